"""Speed of the views on synthetic graphs of 1,000, 5,000 and 20,000 relations.

For each size, builds an RDF graph in kg's ontology from synthetic articles
(entities of every type, a few dozen actions, dates over a year, repeated
relations), then measures

- ``network``: the SPARQL projection to networkx (``kg.network.to_networkx``);
- ``html``: writing the page (``kg.views.html.write_html``, default cap of 1,500 entities);
- ``export``: network + html, what ``kg view`` spends after the RDF exists;
- ``graphml`` / ``gexf``: writing those files;
- the HTML size (``edges`` counts the network's edges: relations aggregated, denials left out);
- ``settled``: headless Chromium opening the file until the page marks the
  layout as settled (``window.kgSettled``, set when stabilisation ends and
  physics stops), as seen from Python; ``page`` is the same moment on the
  page's own clock (``performance.now()``).

Goal: 5,000 edges exported in <= 5 s and settled in <= 10 s.

    python benchmarks/views.py [--sizes 1000 5000 20000] [--max-nodes 1500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from kg.model import Article, ArticleResult, Entity, Mention, Relation
from kg.network import to_networkx
from kg.rdf import to_graph
from kg.views.exports import write_gexf, write_graphml
from kg.views.headless import Chromium, find_chromium
from kg.views.html import DEFAULT_MAX_NODES, write_html

NER = ("PERSON", "ORG", "GPE", "NORP", "EVENT", None, None, None)
ACTIONS = [f"action{i}" for i in range(40)]
RELATIONS_PER_ARTICLE = 25


def synthetic(edges: int, seed: int = 7) -> list[ArticleResult]:
    """Articles with ``edges`` relations among about edges/2 entities; hubs are frequent actors."""
    rng = random.Random(seed)
    names = [f"entity {i}" for i in range(max(edges // 2, 10))]
    types = {name: rng.choice(NER) for name in names}
    start = dt.date(2014, 1, 1)
    results = []
    for a in range(0, edges, RELATIONS_PER_ARTICLE):
        doc = f"s{a // RELATIONS_PER_ARTICLE}"
        relations = []
        for n in range(min(RELATIONS_PER_ARTICLE, edges - a)):
            # a skewed choice of actors makes hubs, as real news does
            actor, target = names[int(len(names) * rng.random() ** 3)], rng.choice(names)
            text = f"{actor} did {n} to {target} in a sentence of ordinary length for a news article."
            relations.append(Relation(doc, n, text, 0, len(text),
                                      Mention(actor, actor, 0, len(actor), "name" if types[actor] else "noun", types[actor]),
                                      rng.choice(ACTIONS), "did",
                                      Mention(target, target, 0, len(target), "name" if types[target] else "noun", types[target]),
                                      negated=rng.random() < 0.05, confidence=round(rng.random(), 3)))
        labels = {r.actor.label for r in relations} | {r.target.label for r in relations}
        entities = tuple(Entity(label, types[label], "name" if types[label] else "noun", (), 1) for label in labels)
        article = Article(doc, "text", title=f"Synthetic article {doc}", date=start + dt.timedelta(days=a % 365))
        results.append(ArticleResult(article, tuple(relations), entities))
    return results


def timed(function, *args, **kwargs):
    began = time.perf_counter()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES)
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print("chromium not found: page load times are skipped", file=sys.stderr)

    header = (f"{'relations':>9} {'edges':>7} {'entities':>8} {'shown':>6} {'network':>8} {'html':>6} {'export':>7} "
              f"{'graphml':>8} {'gexf':>6} {'html size':>10} {'settled':>8} {'page':>6}")
    print(header)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for size in args.sizes:
            graph = to_graph(synthetic(size))
            network, t_network = timed(to_networkx, graph)
            page, t_html = timed(write_html, network, out / f"g{size}.html", title=f"{size:,} synthetic relations",
                                 max_nodes=args.max_nodes)
            _, t_graphml = timed(write_graphml, network, out / f"g{size}.graphml")
            _, t_gexf = timed(write_gexf, network, out / f"g{size}.gexf")
            settled = on_page = float("nan")
            if chromium:
                with Chromium(chromium) as browser:
                    opened = browser.open(page, wait_for="window.kgSettled === true", timeout=300)
                    settled = time.monotonic() - opened.started
                    on_page = int(opened.evaluate("document.documentElement.dataset.kgSettled")) / 1000
            shown = min(network.number_of_nodes(), args.max_nodes)
            print(f"{size:>9,} {network.number_of_edges():>7,} {network.number_of_nodes():>8,} {shown:>6,} "
                  f"{t_network:>7.2f}s {t_html:>5.2f}s {t_network + t_html:>6.2f}s {t_graphml:>7.2f}s {t_gexf:>5.2f}s "
                  f"{page.stat().st_size / 1e6:>8.2f}MB {settled:>7.2f}s {on_page:>5.2f}s", flush=True)


if __name__ == "__main__":
    main()
