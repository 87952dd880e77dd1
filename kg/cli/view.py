"""``kg view`` (an interactive HTML page), ``kg stats`` (a summary) and ``kg network`` (GraphML, GEXF, CSV, JSON).

Each reads ARTICLES (processed as ``kg build`` does) or RDF files written by
``kg build`` (recognised by their suffix: .ttl, .nt, .jsonld, .nq, .trig),
projects the graph to an entity network, applies the filters and hands it to
:mod:`kg.views` or :mod:`kg.network`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli._common import article_options, date, exit_code, load_pipeline, positive_int, results
from kg.errors import InputError
from kg.model import Skipped

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

#: Suffixes of RDF files accepted in place of articles, and rdflib's parser for each.
RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".nq": "nquads", ".trig": "trig"}
#: Formats holding several graphs: read into a Dataset (and then as the union of its graphs).
QUAD_FORMATS = {"nquads", "trig"}

#: The entity classes --type accepts (kg.network.TYPE_ORDER, without importing networkx for --help).
ENTITY_TYPES = ("Person", "Organization", "Place", "Group", "Event", "Concept", "Entity")


def register(commands: argparse._SubParsersAction) -> None:
    common = article_options()
    for action in common._actions:
        if action.dest == "articles":
            action.nargs = "*"  # optional when --store names the graph
    common.add_argument("--store", metavar="DIR|URL",
                        help="read the graph kept by 'kg build --store DIR|URL' (with or without ARTICLES)")
    filters = _filter_options()

    view = commands.add_parser(
        "view", parents=[common, filters], help="write an interactive HTML page of the graph",
        description="Write one self-contained HTML page (no network needed) to explore the entities "
                    "and relations of ARTICLES or of RDF files written by kg build.")
    view.add_argument("--out", type=Path, required=True, metavar="FILE", help="HTML file to write")
    view.add_argument("--title", help="page title (default: the article title, or 'kg graph')")
    view.add_argument("--size-by", choices=("mentions", "degree", "pagerank", "betweenness"), default="mentions",
                      help="what a node's size shows (default: mentions)")
    view.add_argument("--max-nodes", type=positive_int, default=1500, metavar="N",
                      help="draw at most N entities, the most connected (default 1,500); the page says what was cut")
    view.set_defaults(handler=run_view)

    stats = commands.add_parser(
        "stats", parents=[common, filters], help="print a summary of the graph",
        description="Print entities by type, the most active actors, the most common actions, "
                    "the most central entities and the communities.")
    stats.add_argument("--rows", type=positive_int, default=10, metavar="N", help="rows per table (default 10)")
    stats.add_argument("--path", nargs=2, metavar=("FROM", "TO"), help="also print a shortest path between two entities")
    stats.set_defaults(handler=run_stats)

    network = commands.add_parser(
        "network", parents=[common, filters], help="export the entity network (GraphML, GEXF, CSV, JSON)",
        description="Export the entity network for Gephi, Cytoscape, spreadsheets or scripts.")
    network.add_argument("--out", type=Path, required=True, metavar="FILE",
                         help="file to write (csv: the edge list; the node list goes to FILE-nodes.csv)")
    network.add_argument("--format", choices=("graphml", "gexf", "csv", "json"),
                         help="default: from the --out suffix")
    network.set_defaults(handler=run_network)


def _filter_options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("filters")
    group.add_argument("--entity", action="append", default=[], metavar="NAME",
                       help="keep the network around this entity (label, alias or IRI; repeatable)")
    group.add_argument("--radius", type=int, default=1, metavar="N", help="hops around --entity (default 1)")
    group.add_argument("--type", action="append", default=[], choices=ENTITY_TYPES, dest="types",
                       help="keep entities of this type (repeatable)")
    group.add_argument("--action", action="append", default=[], dest="actions", metavar="ACTION",
                       help="keep relations with this action, e.g. 'seize' (repeatable)")
    group.add_argument("--since", type=date, metavar="YYYY-MM-DD", help="keep relations dated on or after")
    group.add_argument("--until", type=date, metavar="YYYY-MM-DD", help="keep relations dated on or before")
    group.add_argument("--min-mentions", type=int, default=0, metavar="N",
                       help="keep entities mentioned at least N times")
    group.add_argument("--min-relation-mentions", type=int, default=1, metavar="N",
                       help="keep relations reported at least N times")
    group.add_argument("--top", type=positive_int, metavar="N", help="keep the N top entities (see --top-by)")
    group.add_argument("--top-by", choices=("degree", "mentions"), default="degree")
    group.add_argument("--include-negated", action="store_true", help="also show denied relations (as 'not ACTION')")
    group.add_argument("--exclude-hedged", action="store_true",
                       help="leave out hedged relations ('may', 'threatened to')")
    return parser


def _filters(args: argparse.Namespace):
    from kg.network import Filters

    return Filters(
        entities=tuple(args.entity), radius=args.radius, types=frozenset(args.types),
        actions=frozenset(args.actions), since=args.since, until=args.until, min_mentions=args.min_mentions,
        min_relation_mentions=args.min_relation_mentions, top=args.top, top_by=args.top_by,
        include_negated=args.include_negated, include_hedged=not args.exclude_hedged,
    )


def _graph(args: argparse.Namespace, skipped: list[Skipped]) -> tuple[Graph, int]:
    """The RDF graph of the inputs: RDF files parsed, articles processed; and the number of articles."""
    from rdflib import Dataset, Graph

    from kg.rdf import to_graph

    if not args.articles and args.store is None:
        raise InputError("kg", "give ARTICLES (files or directories) or --store DIR")
    rdf_files = [Path(p) for p in args.articles if Path(p).suffix.lower() in RDF_SUFFIXES and Path(p).is_file()]
    articles = [p for p in args.articles if Path(p) not in rdf_files]
    quads = any(RDF_SUFFIXES[p.suffix.lower()] in QUAD_FORMATS for p in rdf_files)
    graph: Graph = Dataset() if quads else Graph()
    if args.store is not None:
        from kg.api import open_graph
        from kg.store import is_remote

        if not is_remote(args.store) and not Path(args.store).is_dir():
            raise InputError(args.store, "no kg store here (make one with: kg build ARTICLES --store DIR)")
        graph += open_graph(args.store).rdf  # the store's default graph holds every article
    for path in rdf_files:
        try:
            graph.parse(path, format=RDF_SUFFIXES[path.suffix.lower()])
        except Exception as error:  # rdflib raises many kinds of parse errors
            raise InputError(path, f"cannot read RDF: {error}") from None
    count = 0
    if articles:
        load_pipeline(args)
        args.articles = articles

        def counted():
            nonlocal count
            for result in results(args, skipped):
                count += 1
                yield result

        if quads:
            to_graph(counted(), graph.default_graph)
        else:
            to_graph(counted(), graph)
    return graph, count


def _network(args: argparse.Namespace, skipped: list[Skipped]) -> tuple[nx.MultiDiGraph, Graph, int]:
    from kg.network import to_networkx

    graph, articles = _graph(args, skipped)
    return to_networkx(graph, _filters(args)), graph, articles


def run_view(args: argparse.Namespace) -> int:
    from kg.views.html import write_html

    skipped: list[Skipped] = []
    network, graph, articles = _network(args, skipped)
    title = args.title or _title(graph) or "kg graph"
    write_html(network, args.out, title=title, size_by=args.size_by, max_nodes=args.max_nodes)
    shown = min(network.number_of_nodes(), args.max_nodes)
    print(f"kg: wrote {args.out} ({shown:,} of {network.number_of_nodes():,} entities, "
          f"{network.number_of_edges():,} relations)", file=sys.stderr)
    return exit_code(articles, skipped)


def _title(graph: Graph) -> str | None:
    """The title of the only article in ``graph``, if there is exactly one."""
    from rdflib.namespace import DCTERMS, RDF

    from kg.namespace import KG

    articles = list(graph.subjects(RDF.type, KG.Article))
    if len(articles) == 1:
        title = graph.value(articles[0], DCTERMS.title)
        return str(title) if title is not None else None
    return None


def run_stats(args: argparse.Namespace) -> int:
    from kg.network import shortest_path, summary

    skipped: list[Skipped] = []
    network, _, articles = _network(args, skipped)
    sys.stdout.write(str(summary(network, top=args.rows)))
    if args.path:
        steps = shortest_path(network, *args.path)
        sys.stdout.write(f"\nshortest path from {args.path[0]} to {args.path[1]} ({len(steps)} relations)\n")
        sys.stdout.write("".join(f"  {a} —{action}→ {t}\n" for a, action, t in steps))
    return exit_code(articles, skipped)


def run_network(args: argparse.Namespace) -> int:
    from kg.views.exports import export

    skipped: list[Skipped] = []
    network, _, articles = _network(args, skipped)
    written = export(network, args.out, args.format)
    print(f"kg: wrote {', '.join(map(str, written))} ({network.number_of_nodes():,} entities, "
          f"{network.number_of_edges():,} relations)", file=sys.stderr)
    return exit_code(articles, skipped)


