"""Ways to look at the entity network: an interactive HTML page and files for other tools.

* :mod:`kg.views.html` — one self-contained, offline, script-safe HTML page (pyvis / vis-network);
* :mod:`kg.views.exports` — GraphML, GEXF (with a timeline), CSV node and edge lists, node-link JSON;
* :mod:`kg.views.headless` — a small DevTools client for headless Chromium, used to test the page.

Each takes the ``networkx.MultiDiGraph`` that :func:`kg.network.to_networkx` returns.
"""

__all__: list[str] = []
