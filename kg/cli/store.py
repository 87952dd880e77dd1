"""``kg query``, ``kg serve``, ``kg remove``, ``kg import`` and ``kg export``: the store as a database."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.cli._common import EXIT_OK, EXIT_SKIPPED, positive_int

#: ``kg query --format`` names for SELECT/ASK results; CONSTRUCT/DESCRIBE always give Turtle.
RESULT_FORMATS = ("table", "csv", "tsv", "json")


def register(commands: argparse._SubParsersAction) -> None:
    query = commands.add_parser(
        "query", help="run a SPARQL query on a store",
        description="Run a SPARQL query on a store: QUERY is SPARQL text, a .rq file or the name of a "
                    "query shipped with kg (see --list). kg's prefixes (kg, entity, action, article, rdfs, "
                    "skos, dcterms, prov, schema, xsd ...) are predeclared. SERVICE, LOAD and FROM with "
                    "other graphs are refused; updates are refused.")
    query.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, FILE.rq, or a named query")
    query.add_argument("--store", metavar="DIR|URL",
                       help="the store: a directory made by kg build --store, or a SPARQL server's URL")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                       help="a named query's parameter, e.g. --param actor=ISIL (repeatable)")
    query.add_argument("--format", choices=RESULT_FORMATS,
                       help="results format (default: table on a terminal, else tsv); graphs are Turtle")
    query.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    query.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                       help="give up after SECONDS (default 30)")
    query.add_argument("--max-rows", type=positive_int, default=None, metavar="N",
                       help="fail past N result rows (default 100,000)")
    query.set_defaults(handler=run_query)

    serve = commands.add_parser("serve", help="serve a store over HTTP (SPARQL 1.1 Protocol, read-only)",
                                description="A read-only SPARQL endpoint at /sparql and a query page at /.")
    serve.add_argument("--store", metavar="DIR", required=True)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    serve.add_argument("--in-memory", action="store_true",
                       help="serve an in-memory snapshot of the store: faster queries, memory for the whole "
                            "store, and the directory stays free for kg build (which the snapshot won't see)")
    serve.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help="per-query time limit")
    serve.add_argument("--max-rows", type=positive_int, default=None, metavar="N", help="per-query row limit")
    serve.set_defaults(handler=run_serve)

    remove = commands.add_parser("remove", help="withdraw articles from a store",
                                 description="Remove articles (by id) from a store, with their aggregates.")
    remove.add_argument("ids", nargs="+", metavar="ARTICLE_ID")
    remove.add_argument("--store", metavar="DIR|URL", required=True)
    remove.set_defaults(handler=run_remove)

    load = commands.add_parser("import", help="bulk-load RDF files (a kg export) into a store",
                               description="Load RDF files into a store as they are: N-Quads/TriG keep their "
                                           "graphs, triples go to the default graph. 'kg export --format "
                                           "nquads' then 'kg import' copies a store. Large N-Triples and "
                                           "N-Quads files are loaded by parallel loaders.")
    load.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".nq, .trig, .nt, .ttl or .jsonld")
    load.add_argument("--store", metavar="DIR|URL", required=True, help="the store (created if missing)")
    load.add_argument("--format", choices=("turtle", "nt", "nquads", "trig", "jsonld"),
                      help="the files' format (default: from each suffix)")
    load.add_argument("--rebuild-aggregates", action="store_true",
                      help="recompute the default graph from the article graphs afterwards "
                           "(for files that hold article graphs only)")
    load.add_argument("--trusted", action="store_true",
                      help="skip the validation of IRIs and literals (about 15%% faster) for files kg "
                           "itself wrote: an invalid file is then loaded as it is instead of refused")
    load.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="write a store out as RDF",
                                 description="Write the whole store: nquads, trig and jsonld keep the "
                                             "per-article graphs; turtle and nt write the union as triples.")
    export.add_argument("--store", metavar="DIR|URL", required=True)
    export.add_argument("--format", choices=("turtle", "nt", "nquads", "trig", "jsonld"), default="nquads")
    export.add_argument("-o", "--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(handler=run_export)


def _existing_store(location: str):
    from kg.store import StoreError, is_remote, open_store

    if not is_remote(location) and not Path(location).is_dir():
        raise StoreError(f"no store at {location}: build one with kg build ARTICLES --store {location}")
    return open_store(location)


def _params(pairs: list[str]) -> dict[str, str]:
    from kg.query import QueryError

    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"--param wants NAME=VALUE, got {pair!r}")
        params[name] = value
    return params


def run_query(args: argparse.Namespace) -> int:
    from kg.query import QueryError, named_queries, run, run_named

    if args.list:
        for name, named in named_queries().items():
            params = " ".join(f"--param {p}=<{kind}>" for p, (kind, _) in named.params.items())
            print(f"{name:<16} {named.description}" + (f"\n{'':<16}   {params}" if params else ""))
        return EXIT_OK
    if not args.query:
        raise QueryError("give a query (SPARQL text, FILE.rq or a name from kg query --list)")
    if not args.store:
        raise QueryError("--store DIR|URL is required")
    options = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_rows is not None:
        options["max_rows"] = args.max_rows
    store = _existing_store(args.store)
    params = _params(args.param)
    if args.query in named_queries():
        result = run_named(store, args.query, params, **options)
    else:
        text = args.query
        if text.endswith(".rq") or (len(text) < 4096 and "\n" not in text and Path(text).is_file()):
            try:
                text = Path(text).read_text(encoding="utf-8")
            except OSError as error:
                raise QueryError(f"cannot read the query file {args.query}: {error.strerror or error}") from None
        if params:
            raise QueryError("--param applies to named queries; bind values in your own query text instead")
        result = run(store, text, **options)
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        sys.stdout.write(result.serialize("turtle"))
    else:
        sys.stdout.write(result.serialize(args.format or ("table" if sys.stdout.isatty() else "tsv")))
    return EXIT_OK


def run_serve(args: argparse.Namespace) -> int:
    from kg.server import make_server
    from kg.store import StoreError, is_remote

    if is_remote(args.store):
        raise StoreError(f"kg serve serves a store directory; {args.store} is already a SPARQL server "
                         "(query it with kg query --store URL)")
    store = _existing_store(args.store)
    if args.in_memory:
        started = time.perf_counter()
        on_disk, store = store, store.snapshot()
        del on_disk  # closes the directory
        print(f"kg: copied {len(store):,} quads into memory in {time.perf_counter() - started:.1f} s; "
              f"{args.store} is free for kg build (restart kg serve to see its changes)", file=sys.stderr)
    options = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_rows is not None:
        options["max_rows"] = args.max_rows
    try:
        server = make_server(store, host=args.host, port=args.port, **options)
    except OSError as error:
        raise StoreError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    host, port = server.server_address[:2]
    print(f"kg: serving {args.store} at http://{host}:{port}/sparql (query page: http://{host}:{port}/); "
          "Ctrl-C stops", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    store = _existing_store(args.store)
    removed = store.remove(args.ids)
    store.flush()
    print(f"kg: removed {removed} of {len(args.ids)} article(s); {len(store.articles())} left in {args.store}",
          file=sys.stderr)
    return EXIT_OK if removed == len(set(args.ids)) else EXIT_SKIPPED


def run_import(args: argparse.Namespace) -> int:
    from kg.store import open_store

    store = open_store(args.store)
    for path in args.files:
        added = store.load(path, args.format, trusted=args.trusted)
        print(f"kg: loaded {path}: {added:,} new quads", file=sys.stderr)
    if args.rebuild_aggregates:
        store.rebuild_aggregates()
    store.flush()
    print(f"kg: {len(store):,} quads, {len(store.articles())} articles in {args.store}", file=sys.stderr)
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    store = _existing_store(args.store)
    if args.out is not None:
        store.export(args.out, args.format)
    else:
        sys.stdout.buffer.write(store.export(None, args.format))
        sys.stdout.flush()
    return EXIT_OK
