"""A read-only SPARQL 1.1 Protocol endpoint over a kg store, and a page to type queries.

``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded ``query=...`` or a
``application/sparql-query`` body) answer with the format the ``Accept`` header
asks for: SPARQL results as JSON (the default), XML, CSV or TSV; CONSTRUCT and
DESCRIBE as Turtle (the default) or N-Triples. Every query goes through
:func:`kg.query.run`, so the same rules hold as on the command line: SERVICE,
LOAD and foreign FROM are refused (403), updates are refused (403), syntax
errors are 400 with the engine's message, a timeout is 503.

kg's named queries (``kg query --list``) are served too: ``GET /queries`` lists
them as JSON (name, description, parameters), and ``GET /queries/NAME?actor=ISIL``
runs one with its parameters bound (never pasted), answering like ``/sparql``.

``GET /`` is a small HTML page with a query box and the results as a table;
everything from the store is escaped (it is untrusted text from the news).

The server is the standard library's ``ThreadingHTTPServer``: one thread per
request, all reading the same Oxigraph store, which allows concurrent readers.
"""

from __future__ import annotations

import html
import json
import logging
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, unquote, urlsplit

from kg.query import (
    DEFAULT_MAX_ROWS,
    DEFAULT_TIMEOUT,
    QueryError,
    QueryTimeout,
    Result,
    UnsafeQueryError,
    named_queries,
    readable,
    run,
    run_named,
)

__all__ = ["make_server", "serve", "RESULT_TYPES", "GRAPH_TYPES", "MAX_BODY"]

logger = logging.getLogger(__name__)

#: Media types of SELECT/ASK results -> kg.query result format; the first is the default.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
}
#: Media types of CONSTRUCT/DESCRIBE results -> graph format; the first is the default.
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt"}
#: Largest request body accepted, in bytes.
MAX_BODY = 1_000_000
#: Rows shown on the HTML page (the SPARQL endpoint is limited by max_rows only).
PAGE_ROWS = 1000

_ERRORS: list[tuple[type[Exception], HTTPStatus]] = [
    (UnsafeQueryError, HTTPStatus.FORBIDDEN),
    (QueryTimeout, HTTPStatus.SERVICE_UNAVAILABLE),
    (QueryError, HTTPStatus.BAD_REQUEST),
]


def _negotiate(accept: str, types: dict[str, str]) -> tuple[str, str] | None:
    """The best of ``types`` for an Accept header (q-values honoured), or None if none fits."""
    default = next(iter(types.items()))
    if not accept.strip():
        return default
    choices = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        choices.append((-quality, position, media.lower()))
    for quality, _, media in sorted(choices):
        if quality == 0:
            continue
        if media in types:
            return media, types[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without this, Nagle's algorithm and the
    # client's delayed ACK add 40 ms to every keep-alive request.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        logger.info("%s " + format, self.address_string(), *args)

    # -- routing ---------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        url = urlsplit(self.path)
        fields = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/":
            self._page(fields.get("query", [""])[0])
        elif url.path == "/queries":
            self._list_queries()
        elif url.path.startswith("/queries/"):
            self._named(unquote(url.path[len("/queries/"):]), fields)
        elif url.path == "/sparql":
            if "update" in fields:
                self._error(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only")
            elif "query" not in fields:
                self._error(HTTPStatus.BAD_REQUEST, "missing the query parameter: /sparql?query=SELECT...")
            else:
                self._query(fields["query"][0])
        else:
            self._error(HTTPStatus.NOT_FOUND,
                        f"no such page: {url.path}; the endpoint is /sparql, named queries are under /queries")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            # the body is not read, so the connection cannot carry another request: say so
            # (Connection: close), or a client reuses it and meets a closed socket
            if url.path == "/queries" or url.path.startswith("/queries/"):
                self._error(HTTPStatus.METHOD_NOT_ALLOWED, "named queries are read with GET: /queries/NAME?param=...",
                            allow="GET", connection="close")
            else:
                self._error(HTTPStatus.NOT_FOUND, f"no such endpoint: {url.path}; POST queries to /sparql",
                            connection="close")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY:,} bytes",
                        connection="close")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            self._query(body)
        elif kind == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only")
        elif kind == "application/x-www-form-urlencoded":
            fields = parse_qs(body, keep_blank_values=True)
            if "update" in fields:
                self._error(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only")
            elif "query" not in fields:
                self._error(HTTPStatus.BAD_REQUEST, "missing the query field")
            else:
                self._query(fields["query"][0])
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "POST application/sparql-query or application/x-www-form-urlencoded")

    # -- answers ---------------------------------------------------------------

    def _run(self, sparql: str) -> Result:
        return run(self.server.store, sparql, timeout=self.server.query_timeout, max_rows=self.server.max_rows)

    def _query(self, sparql: str) -> None:
        self._answer(lambda: self._run(sparql))

    def _named(self, name: str, fields: dict[str, list[str]]) -> None:
        queries = named_queries()
        if name not in queries:
            self._error(HTTPStatus.NOT_FOUND, f"no named query {name!r}; available: {', '.join(queries)}")
            return
        repeated = sorted(key for key, values in fields.items() if len(values) > 1)
        if repeated:
            self._error(HTTPStatus.BAD_REQUEST, f"parameter {repeated[0]!r} given more than once")
            return
        params = {key: values[0] for key, values in fields.items()}
        self._answer(lambda: run_named(self.server.store, name, params,
                                       timeout=self.server.query_timeout, max_rows=self.server.max_rows))

    def _list_queries(self) -> None:
        listing = [{"name": query.name, "description": query.description, "url": f"/queries/{query.name}",
                    "parameters": {param: {"type": kind, "help": help_text}
                                   for param, (kind, help_text) in query.params.items()}}
                   for query in named_queries().values()]
        self._send(HTTPStatus.OK, "application/json; charset=utf-8", json.dumps(listing, indent=1) + "\n")

    def _answer(self, execute: Callable[[], Result]) -> None:
        try:
            result = execute()
        except QueryError as error:
            self._error(next(status for cls, status in _ERRORS if isinstance(error, cls)), str(error))
            return
        except Exception as error:  # a bug of kg's: answered, logged, and the server goes on
            logger.exception("query failed")
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {type(error).__name__}: {error}")
            return
        graph = result.form in ("CONSTRUCT", "DESCRIBE")
        chosen = _negotiate(self.headers.get("Accept", ""), GRAPH_TYPES if graph else RESULT_TYPES)
        if chosen is None:
            offered = ", ".join(GRAPH_TYPES if graph else RESULT_TYPES)
            self._error(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in the accepted types; offered: {offered}")
            return
        media, fmt = chosen
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", result.serialize(fmt))

    def _error(self, status: HTTPStatus, message: str, **headers: str) -> None:
        self._send(status, "text/plain; charset=utf-8", message + "\n", **headers)

    def _send(self, status: HTTPStatus, content_type: str, text: str, **headers: str) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-").title(), value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _page(self, sparql: str) -> None:
        status, body = HTTPStatus.OK, ""
        if sparql.strip():
            try:
                body = _html_result(self._run(sparql))
            except QueryError as error:
                status = next(s for cls, s in _ERRORS if isinstance(error, cls))
                body = f'<p class="error">{html.escape(str(error))}</p>'
        examples = "".join(f"<li>{html.escape(n)}: {html.escape(q.description)}</li>"
                           for n, q in named_queries().items())
        page = _PAGE.format(query=html.escape(sparql or _EXAMPLE), body=body, examples=examples)
        self.send_response(status)
        data = page.encode("utf-8")
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)


def _html_result(result: Result) -> str:
    if result.form == "ASK":
        return f"<p>{'yes' if result.boolean else 'no'}</p>"
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        return f"<pre>{html.escape(result.serialize('turtle'))}</pre>"
    head = "".join(f"<th>{html.escape(v)}</th>" for v in result.variables)
    rows = []
    for row in result.rows[:PAGE_ROWS]:
        cells = "".join(f"<td>{html.escape('' if t is None else str(readable(t)))}</td>" for t in row)
        rows.append(f"<tr>{cells}</tr>")
    more = (f"<p>showing {PAGE_ROWS:,} of {len(result.rows):,} rows</p>" if len(result.rows) > PAGE_ROWS
            else f"<p>{len(result.rows):,} rows</p>")
    return f"{more}<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


_EXAMPLE = "SELECT ?actor ?action ?target WHERE {\n  ?r a kg:Relation ; kg:actor ?actor ; kg:action ?action ; kg:target ?target .\n} LIMIT 20"

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>
body {{ font: 14px system-ui, sans-serif; margin: 1.5em; }}
textarea {{ width: 100%; height: 10em; font: 13px monospace; }}
table {{ border-collapse: collapse; margin-top: 1em; }}
th, td {{ border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }}
.error {{ color: #a00; white-space: pre-wrap; }}
</style></head>
<body>
<h1>kg SPARQL</h1>
<p>Prefixes kg, entity, action, article, rdfs, skos, dcterms, prov, schema, xsd are predeclared.
The endpoint for tools is <code>/sparql</code> (SPARQL 1.1 Protocol, read-only).</p>
<form method="get" action="/"><textarea name="query">{query}</textarea><br><button type="submit">Run</button></form>
{body}
<details><summary>Named queries (kg query --list; over HTTP: /queries, /queries/NAME?param=...)</summary><ul>{examples}</ul></details>
</body></html>
"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Any, timeout: float, max_rows: int) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.query_timeout = timeout
        self.max_rows = max_rows


def make_server(store: Any, host: str = "127.0.0.1", port: int = 7878, *,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS) -> _Server:
    """A server bound to ``host:port`` (0 picks a free port: see ``server.server_address``),
    not yet serving: call ``serve_forever()`` (in a thread, for tests) and ``shutdown()``.

    >>> from kg.store import Store
    >>> server = make_server(Store(), port=0)
    >>> server.server_address[0]
    '127.0.0.1'
    >>> server.server_close()
    """
    return _Server((host, port), store, timeout, max_rows)


def serve(store: Any, host: str = "127.0.0.1", port: int = 7878, **options: Any) -> None:
    """Serve ``store`` until interrupted."""
    server = make_server(store, host, port, **options)
    bound_host, bound_port = server.server_address[:2]
    logger.info("serving SPARQL at http://%s:%d/sparql", bound_host, bound_port)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def serve_in_thread(server: _Server) -> threading.Thread:
    """Start ``server`` in a daemon thread (for tests and notebooks); stop it with ``server.shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, name="kg-sparql-server", daemon=True)
    thread.start()
    return thread
