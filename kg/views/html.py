"""The entity network as one interactive HTML page that works offline and runs nothing from the data.

The page is built with pyvis (nodes, edges and the vis-network library it
ships) but rendered with kg's own template (``page.html``, ``page.js``,
``page.css`` next to this module), because pyvis's template loads Bootstrap
and vis from CDNs and writes ``heading`` and any title containing "href" as
raw HTML. Here:

* **no network**: vis-network is inlined from pyvis's package, without its
  source-map comment, and written so that the file contains no ``http://`` or
  ``https://`` at all (``://`` becomes ``:\\/\\/``, the same JavaScript);
  a Content-Security-Policy of ``default-src 'none'`` forbids every fetch;
* **no execution**: the data travels as JSON in a ``<script type=
  "application/json">`` element with ``<``, ``>``, ``&`` and ``/`` escaped;
  the page script reads it with ``JSON.parse`` and puts every string into the
  document with ``textContent`` (vis-network draws labels on a canvas and is
  given no tooltips); the CSP lets only the two scripts kg wrote run (by
  hash), so even an injected ``<script>`` or ``onerror`` handler could not;
* **usable when large**: at most ``max_nodes`` entities (default 1,500, the
  most connected) are drawn, with a notice saying what was left out; physics
  stabilises, then stops; big graphs use cheaper settings.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", label="<img src=x onerror=alert(1)>", type="Person", mentions=2, aliases=[])
>>> G.add_node("b", label="Mosul", type="Place", mentions=1, aliases=[])
>>> _ = G.add_edge("a", "b", key="capture", action="capture", label="capture", mentions=1, evidence=[])
>>> page = render(G, title="<b>news</b>")
>>> "<img" in page, "&lt;b&gt;news&lt;/b&gt;" in page, "http://" in page or "https://" in page
(False, True, False)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import OutputError
from kg.network import MEASURES, TYPE_ORDER, centrality, top_nodes

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

__all__ = ["TYPE_STYLES", "DEFAULT_MAX_NODES", "Cut", "View", "cap", "to_pyvis", "render", "write_html"]

logger = logging.getLogger(__name__)

#: Colour (Tableau 10, readable for most colour-blind readers) and vis-network shape per entity type.
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#e15759", "dot"),
    "Organization": ("#4e79a7", "square"),
    "Place": ("#59a14f", "triangle"),
    "Group": ("#f28e2b", "diamond"),
    "Event": ("#b07aa1", "star"),
    "Concept": ("#bab0ac", "dot"),
    "Entity": ("#76b7b2", "hexagon"),
}
#: At most this many entities are drawn unless the caller asks otherwise.
DEFAULT_MAX_NODES = 1500
#: Evidence sentences written per edge; the page says how many more there are.
MAX_EVIDENCE = 20
#: Above this many nodes (or 3x as many edges), the page uses cheaper layout settings.
LARGE = 300
#: Edges of negated relations are drawn in this colour.
NEGATED_COLOUR = "#d64545"

_HERE = Path(__file__).parent


@dataclass(frozen=True)
class Cut:
    """What :func:`cap` left out: shown and total counts of nodes and edges."""

    nodes_shown: int
    nodes_total: int
    edges_shown: int
    edges_total: int
    by: str

    def __str__(self) -> str:
        return (f"Showing the {self.nodes_shown:,} entities with the highest {self.by} of {self.nodes_total:,} "
                f"({self.edges_shown:,} of {self.edges_total:,} relations). Narrow the graph with filters "
                f"(an entity, types, dates) or raise the cap (--max-nodes) to see the rest.")


def cap(network: nx.MultiDiGraph, max_nodes: int | None, by: str = "degree") -> tuple[nx.MultiDiGraph, Cut | None]:
    """``network`` reduced to its ``max_nodes`` top nodes (see :func:`kg.network.top_nodes`), and what was cut.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c"), ("d", "e")])
    >>> small, cut = cap(G, 3)
    >>> sorted(small), cut.nodes_total, cut.edges_shown
    (['a', 'b', 'c'], 5, 2)
    """
    if max_nodes is None or network.number_of_nodes() <= max_nodes:
        return network, None
    kept = network.subgraph(top_nodes(network, max_nodes, by=by)).copy()
    cut = Cut(kept.number_of_nodes(), network.number_of_nodes(), kept.number_of_edges(),
              network.number_of_edges(), by)
    logger.info("%s", cut)
    return kept, cut


def to_pyvis(network: nx.MultiDiGraph, *, size_by: str = "mentions") -> Network:
    """A pyvis ``Network`` of ``network``: one node per entity (styled by type, sized by
    ``size_by``, one of :data:`kg.network.MEASURES`) and one arrow per edge, labelled
    with the action. Each node and edge carries its details under the key ``kg``
    (and no ``title``, so no tooltip is ever rendered as HTML).
    """
    from pyvis.network import Network

    sizes = centrality(network, size_by)
    label = lambda n: str(network.nodes[n].get("label", n))  # noqa: E731
    order = sorted(network, key=lambda n: (label(n).casefold(), n))
    ids = {node: i for i, node in enumerate(order)}
    net = Network(directed=True, cdn_resources="in_line")
    for node in order:
        data = network.nodes[node]
        kind = data.get("type") if data.get("type") in TYPE_STYLES else "Entity"
        colour, shape = TYPE_STYLES[kind]
        net.add_node(ids[node], label=label(node), shape=shape, color=colour,
                     value=round(float(sizes.get(node, 0)), 6) + 1e-3, kg={
                         "label": label(node), "type": kind, "ner": data.get("ner"),
                         "mentions": int(data.get("mentions") or 0), "aliases": list(data.get("aliases") or []),
                         "iri": str(data.get("iri") or node),
                         "out": network.out_degree(node), "in": network.in_degree(node)})
    large = _is_large(network)
    pair_counts: Counter[frozenset[str]] = Counter()
    for i, (u, v, key, data) in enumerate(sorted(network.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))):
        negated, hedged = bool(data.get("negated")), bool(data.get("hedged"))
        evidence = list(data.get("evidence") or [])
        edge: dict[str, Any] = {
            "id": i, "label": str(data.get("label") or key), "value": int(data.get("mentions") or 1),
            "dashes": negated or hedged,
            "kg": {"actor": label(u), "target": label(v), "action": str(data.get("action") or key),
                   "label": str(data.get("label") or key), "negated": negated, "hedged": hedged,
                   "mentions": int(data.get("mentions") or len(evidence) or 1),
                   "hedged_mentions": int(data.get("hedged_mentions") or 0),
                   "confidence": data.get("confidence"), "dates": list(data.get("dates") or []),
                   "evidence": [_evidence(e) for e in evidence[:MAX_EVIDENCE]],
                   "more": max(len(evidence) - MAX_EVIDENCE, 0)},
        }
        if negated:
            edge["color"] = {"color": NEGATED_COLOUR, "highlight": NEGATED_COLOUR, "hover": NEGATED_COLOUR}
        # Parallel relations between one pair bend apart so their labels do not overlap.
        pair = frozenset((u, v))
        nth = pair_counts[pair]
        pair_counts[pair] += 1
        if nth and not large:
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                              "roundness": 0.18 * ((nth + 1) // 2)}
        net.add_edge(ids[u], ids[v], **edge)
    net.set_options(json.dumps(_options(network)))
    return net


def _evidence(evidence: dict[str, Any]) -> dict[str, Any]:
    keys = ("text", "title", "article", "date", "modality", "negated")
    return {k: evidence.get(k) for k in keys}


def _is_large(network: nx.MultiDiGraph) -> bool:
    return network.number_of_nodes() > LARGE or network.number_of_edges() > 3 * LARGE


def _iterations(network: nx.MultiDiGraph) -> int:
    """Stabilisation steps: each costs about (nodes log nodes + edges), so big graphs get fewer.

    >>> import networkx as nx
    >>> _iterations(nx.path_graph(10)), _iterations(nx.path_graph(1000)), _iterations(nx.path_graph(2000))
    (1000, 300, 200)
    """
    if not _is_large(network):
        return 1000
    return 300 if network.number_of_nodes() <= DEFAULT_MAX_NODES else 200


def _options(network: nx.MultiDiGraph) -> dict[str, Any]:
    """vis-network options: stabilise (fewer, cheaper iterations when large), then the page stops physics."""
    large = _is_large(network)
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": not large},
        "physics": {
            "enabled": network.number_of_nodes() > 1,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -55, "centralGravity": 0.018, "springLength": 95,
                                 "springConstant": 0.05, "damping": 0.5, "avoidOverlap": 0.6},
            "minVelocity": 1.5,
            "stabilization": {"enabled": True, "iterations": _iterations(network), "updateInterval": 25,
                              "fit": True},
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 15, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff",
                     "color": "#1f2933"},
            "scaling": {"min": 8, "max": 34, "label": {"enabled": True, "min": 14, "max": 20, "drawThreshold": 4}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#9aa5b1", "highlight": "#323f4b", "hover": "#323f4b", "inherit": False},
            "font": {"size": 12, "align": "middle", "color": "#3e4c59", "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False, "drawThreshold": 3}},
            "smooth": {"enabled": not large, "type": "continuous", "roundness": 0.2},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
        "interaction": {"hover": True, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "tooltipDelay": 120, "keyboard": {"enabled": True, "bindToWindow": False}},
    }


def render(
    network: nx.MultiDiGraph,
    *,
    title: str = "kg graph",
    size_by: str = "mentions",
    max_nodes: int | None = DEFAULT_MAX_NODES,
    cut_by: str = "degree",
) -> str:
    """The HTML page of ``network`` (see the module docstring for what it guarantees)."""
    if size_by not in MEASURES:
        raise OutputError(f"unknown size measure {size_by!r}; valid: {', '.join(MEASURES)}")
    shown, cut = cap(network, max_nodes, by=cut_by)
    net = to_pyvis(shown, size_by=size_by)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    types = Counter(n["kg"]["type"] for n in nodes)
    legend = [{"name": t, "color": TYPE_STYLES[t][0], "shape": TYPE_STYLES[t][1], "count": types[t]}
              for t in TYPE_ORDER if types[t]]
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options), "types": legend}
    vis_js, page_js = _vis_js(), _page_js()
    counts = f"{len(nodes):,} entities · {len(edges):,} relations"
    return _template().render(
        title=title,
        counts=counts,
        notice=str(cut) if cut else "",
        size_by=size_by,
        version=_version(),
        page_css=_markup(_asset("page.css")),
        vis_js=_markup(vis_js),
        page_js=_markup(page_js),
        data=_markup(script_json(data)),
        script_hashes=_markup(" ".join(f"'sha256-{_sha256(s)}'" for s in (vis_js, page_js))),
    )


def write_html(network: nx.MultiDiGraph, path: str | PathLike[str], **options: Any) -> Path:
    """Write :func:`render`'s page to ``path`` and return the path."""
    path = Path(path)
    try:
        path.write_text(render(network, **options), encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    return path


class View:
    """A page that displays itself in Jupyter (``_repr_html_``) in a sandboxed iframe,
    with no file and no network: the page travels in the iframe's ``srcdoc``.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A", type="Person")
    >>> "srcdoc=" in View(G)._repr_html_()
    True
    """

    def __init__(self, network: nx.MultiDiGraph, *, height: int = 640, **options: Any) -> None:
        self.network = network
        self.height = height
        self.html = render(network, **options)

    def save(self, path: str | PathLike[str]) -> Path:
        path = Path(path)
        path.write_text(self.html, encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        # allow-scripts without allow-same-origin: the page runs, but cannot touch the notebook.
        return (f'<iframe sandbox="allow-scripts" style="width:100%;height:{int(self.height)}px;border:0" '
                f'srcdoc="{html.escape(self.html, quote=True)}"></iframe>')


# -- assets ----------------------------------------------------------------------------------------


def script_json(value: Any) -> str:
    r"""JSON safe inside a ``<script>`` element and free of ``http://``: ``<``, ``>``,
    ``&`` become ``\u003c`` etc. and ``/`` becomes ``\/`` (all the same to ``JSON.parse``).

    >>> script_json({"a": "</script><b>&https://x"})
    '{"a":"\\u003c\\/script\\u003e\\u003cb\\u003e\\u0026https:\\/\\/x"}'
    """
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), default=str)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/")):
        text = text.replace(char, escaped)
    return text


@cache
def _vis_js() -> str:
    """vis-network from pyvis's package, inlinable and without any http(s) reference."""
    import pyvis

    path = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", text)
    # Inside strings, comments and regular expressions "\/" is "/", so this changes no
    # behaviour; it leaves no URL (licence links, the SVG namespace) for anything to follow.
    text = text.replace("://", ":\\/\\/")
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise OutputError(f"{path} cannot be inlined: it contains '</script' or '<!--'")
    return text


@cache
def _page_js() -> str:
    return _asset("page.js")


@cache
def _asset(name: str) -> str:
    return (_HERE / name).read_text(encoding="utf-8")


@cache
def _template() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    environment = Environment(loader=FileSystemLoader(_HERE), autoescape=True, undefined=StrictUndefined,
                              keep_trailing_newline=True)
    return environment.get_template("page.html")


def _markup(text: str) -> Any:
    from markupsafe import Markup

    return Markup(text)  # noqa: S704 - trusted: kg's own assets and escaped JSON


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _version() -> str:
    from kg import __version__

    return __version__
