"""``kg extract`` (relations as JSON lines, TSV or a table) and ``kg build`` (an RDF file)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from kg.cli._common import article_options, exit_code, load_pipeline, open_output, results
from kg.model import ArticleResult, Relation, Skipped

#: Columns of the tsv format of ``kg extract``.
TABLE_COLUMNS = ("doc", "sentence", "actor", "action", "target", "negated", "confidence", "actor_type", "target_type", "text")

#: Columns of the table format, for reading in a terminal.
READING_COLUMNS = ("actor", "action", "target", "negated", "confidence", "doc", "sentence")

#: ``kg build --format`` names, and the file suffixes that imply them.
GRAPH_FORMATS = ("turtle", "nt", "jsonld")
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld"}


def register(commands: argparse._SubParsersAction) -> None:
    common = article_options()
    extract = commands.add_parser("extract", parents=[common], help="print relations",
                                  description="Print the actor-action-target relations of ARTICLES.")
    extract.add_argument("--format", choices=tuple(WRITERS), default="jsonl")
    extract.add_argument("-o", "--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    extract.set_defaults(handler=run_extract)

    build = commands.add_parser("build", parents=[common], help="write an RDF graph",
                                description="Build an RDF graph of the relations in ARTICLES.")
    destination = build.add_mutually_exclusive_group(required=True)
    destination.add_argument("--out", type=Path, metavar="FILE", help="graph file to write")
    destination.add_argument("--store", metavar="DIR|URL",
                             help="add to the Oxigraph store in DIR (created if missing), or to a kg store "
                                  "on the SPARQL server at URL; articles already there are replaced")
    build.add_argument("--format", choices=GRAPH_FORMATS,
                       help="graph format of --out (default: from the --out suffix, else turtle)")
    build.set_defaults(handler=run_build)


def run_extract(args: argparse.Namespace) -> int:
    skipped: list[Skipped] = []
    seen = 0

    def relations() -> Iterator[Relation]:
        nonlocal seen
        for result in results(args, skipped):
            seen += 1
            yield from result.relations

    load_pipeline(args)  # a bad --model fails before -o FILE is created
    out = open_output(args.out) if args.out else sys.stdout
    try:
        WRITERS[args.format](relations(), out)
    finally:
        if args.out:
            out.close()
    return exit_code(seen, skipped)


def _write_jsonl(relations: Iterable[Relation], out: TextIO) -> None:
    for relation in relations:
        out.write(json.dumps(relation.to_record(), ensure_ascii=False))
        out.write("\n")


def _write_tsv(relations: Iterable[Relation], out: TextIO) -> None:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(TABLE_COLUMNS)
    for relation in relations:
        record = relation.to_record()
        writer.writerow([_cell(record[c]) for c in TABLE_COLUMNS])


def _write_table(relations: Iterable[Relation], out: TextIO) -> None:
    rows = [[_cell(r.to_record()[c]) for c in READING_COLUMNS] for r in relations]  # widths need all rows
    widths = [max([len(c), *(len(row[i]) for row in rows)]) for i, c in enumerate(READING_COLUMNS)]
    out.write("  ".join(c.ljust(w) for c, w in zip(READING_COLUMNS, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    # one relation per line whatever the sentence contains
    return " ".join(str(value).split())


WRITERS = {"jsonl": _write_jsonl, "tsv": _write_tsv, "table": _write_table}


def run_build(args: argparse.Namespace) -> int:
    if args.store is not None:
        return _build_store(args)
    from kg.rdf import serialize, to_graph

    fmt = args.format or SUFFIX_FORMATS.get(args.out.suffix.lower(), "turtle")
    skipped: list[Skipped] = []
    articles = relations = 0

    def counted(stream: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        nonlocal articles, relations
        for result in stream:
            articles += 1
            relations += len(result.relations)
            yield result

    graph = to_graph(counted(results(args, skipped)))
    serialize(graph, args.out, fmt)
    print(f"kg: wrote {len(graph)} triples ({relations} relations from {articles} articles) to {args.out}",
          file=sys.stderr)
    return exit_code(articles, skipped)


def _build_store(args: argparse.Namespace) -> int:
    """``kg build ARTICLES --store DIR``: each article into its own graph of the store."""
    from kg.store import open_store

    if args.format is not None:
        print("kg: --format applies to --out only; a store keeps its own format", file=sys.stderr)
    load_pipeline(args)  # a bad --model fails before the store is created
    store = open_store(args.store)
    skipped: list[Skipped] = []
    relations = 0

    def counted(stream: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        nonlocal relations
        for result in stream:
            relations += len(result.relations)
            yield result

    articles = store.add(counted(results(args, skipped)))
    store.flush()
    print(f"kg: stored {relations} relations from {articles} articles in {args.store} "
          f"({len(store)} quads, {len(store.articles())} articles in the store)", file=sys.stderr)
    return exit_code(articles, skipped)
