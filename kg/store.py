"""Where the graph lives: an Oxigraph store on disk or in memory, or a remote SPARQL server,
kept article by article.

Layout (docs/decisions/0005):

* each article's statements — the article node, its sentences, relation event
  nodes, direct edges, the facts it states about the entities it relates and
  its own mention counts (``kg:articleMentionCount``) — are the named graph
  ``article_graph_iri(article id)``, exactly :func:`kg.rdf.article_graph`.
  These graphs are the source of truth;
* the default graph is what queries read: the set union of the article graphs
  (each triple once, however many articles state it; the articles' own counts
  left out) plus aggregates, recomputed from the article graphs for the
  entities and edges an add or a removal touched: per entity
  ``kg:mentionCount`` (the sum), ``kg:relationCount``, ``kg:articleCount``,
  ``kg:mentionedIn`` and ``kg:firstDate``/``kg:lastDate``; per direct edge an
  ``rdf:Statement`` node (:func:`kg.iri.edge_iri`) with the same aggregates.

Adding an article that is already stored replaces its graph (nothing is
duplicated); removing one deletes its graph, withdraws from the default graph
the triples no other article states and recomputes what it touched, so the
store is as if the article had never been added.

That upkeep is written once, as SPARQL 1.1 Update (:class:`_Upkeep`), and runs
on either kind of store: :class:`Store`, an embedded Oxigraph store, and
:class:`RemoteStore`, any server that speaks the SPARQL 1.1 Protocol, Update
and Graph Store protocols (tested against ``oxigraph serve``).

>>> from kg.model import Article, ArticleResult, Entity, Mention, Relation
>>> isil, mosul = Mention("ISIL", "ISIL", 0, 4, "name", "ORG"), Mention("Mosul", "Mosul", 14, 19, "name", "GPE")
>>> r = Relation("a1", 0, "ISIL captured Mosul.", 0, 20, isil, "capture", "captured", mosul)
>>> store = Store()                      # in memory; Store("graph.db") is on disk
>>> store.add([ArticleResult(Article("a1", r.text), (r,), (Entity("ISIL", "ORG", "name", mentions=2),))])
1
>>> store.articles()
['a1']
>>> store.remove(["a1"]), len(store)
(1, 0)
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from os import PathLike
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

import pyoxigraph as ox

from kg.errors import KGError, OutputError
from kg.iri import article_graph_iri, edge_iri
from kg.model import ArticleResult
from kg.namespace import ACTION, ARTICLE, KG, PREFIXES

__all__ = ["Store", "RemoteStore", "StoreError", "EXPORT_FORMATS", "open_store", "is_remote"]

logger = logging.getLogger(__name__)

#: ``kg export --format`` names -> Oxigraph formats (by attribute name of ``pyoxigraph.RdfFormat``).
EXPORT_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG", "jsonld": "JSON_LD"}
#: Formats that keep the named graphs; the others write the default graph (what queries read).
DATASET_FORMATS = frozenset({"nquads", "trig", "jsonld"})
#: Articles written per batch before aggregates are recomputed (bounds memory and request size).
BATCH_SIZE = 256
#: File suffixes -> format names, for :meth:`Store.load` (``kg import``).
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "jsonld"}
#: Line-based formats, which :meth:`Store.load` cuts into parts for parallel loaders.
LINE_FORMATS = frozenset({"nt", "nquads"})
#: Smallest file worth cutting into parts (bytes).
PARALLEL_MIN_BYTES = 4 * 2**20
#: Largest part a parallel loader holds in memory at once (bytes).
CHUNK_BYTES = 128 * 2**20
#: Seconds a remote store may take to answer one request of the upkeep.
REMOTE_TIMEOUT = 120.0


class StoreError(KGError):
    """A store that cannot be opened, read or written."""


class _Upkeep:
    """Adding and removing articles, and the aggregates, as SPARQL Update over a few primitives.

    A subclass provides :meth:`_select` (rows of Oxigraph terms), :meth:`_update`
    (one request of operations separated by ``;``), :meth:`_load_quads`
    (N-Quads into the named graphs) and :meth:`_existing` (which of some graphs exist).
    """

    def _select(self, sparql: str) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _update(self, sparql: str) -> None:
        raise NotImplementedError

    def _load_quads(self, data: bytes) -> None:
        raise NotImplementedError

    def _existing(self, graphs: Sequence[str]) -> list[str]:
        rows = self._select(f"SELECT ?g WHERE {{ VALUES ?g {{ {_iris(graphs)} }} GRAPH ?g {{ }} }}")
        return [row[0].value for row in rows]

    def articles(self) -> list[str]:
        """The ids of the stored articles, sorted."""
        prefix = str(ARTICLE)
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(unquote(g.value[len(prefix):]) for (g,) in rows if g.value.startswith(prefix))

    def add(self, results: Iterable[ArticleResult]) -> int:
        """Store each article's statements in its own graph, replacing what an earlier add stored;
        recompute the aggregates they touch. Returns the number of articles added."""
        added = 0
        batch: list[ArticleResult] = []
        for result in results:
            batch.append(result)
            if len(batch) >= BATCH_SIZE:
                added += self._add_batch(batch)
                batch = []
        if batch:
            added += self._add_batch(batch)
        return added

    def remove(self, doc_ids: Iterable[str]) -> int:
        """Withdraw the articles ``doc_ids``; returns how many were stored. Unknown ids are logged."""
        wanted = {str(article_graph_iri(doc)): doc for doc in doc_ids}
        existing = self._existing(list(wanted)) if wanted else []
        for graph, doc in wanted.items():
            if graph not in existing:
                logger.warning("article %r is not in the store: nothing to remove", doc)
        if existing:
            touched = self._touched(existing)
            self._update(_joined([_withdraw(existing), *_drops(existing), *_recompute(*touched)]))
        return len(existing)

    def rebuild_aggregates(self) -> None:
        """Rebuild the default graph from the article graphs (after a crash, or to check a store)."""
        graphs = [g.value for (g,) in self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")]
        operations = ["CLEAR DEFAULT"]
        if graphs:
            operations += [_mirror(graphs), *_recompute(*self._touched(graphs))]
        self._update(_joined(operations))

    def _add_batch(self, batch: list[ArticleResult]) -> int:
        from kg.rdf import article_graph

        latest: dict[str, ArticleResult] = {r.article.id: r for r in batch}  # the last one of an id wins
        graphs = {str(article_graph_iri(doc)): result for doc, result in latest.items()}
        old = self._existing(list(graphs))
        entities, edges = self._touched(old) if old else (set(), set())
        if old:
            self._update(_joined([_withdraw(old), *_drops(old)]))
        quads = b"".join(_as_quads(article_graph(result).serialize(format="nt", encoding="utf-8"), graph)
                         for graph, result in graphs.items())
        self._load_quads(quads)
        new_entities, new_edges = self._touched(list(graphs))
        self._update(_joined([_mirror(list(graphs)), *_recompute(entities | new_entities, edges | new_edges)]))
        logger.debug("stored %d articles", len(latest))
        return len(latest)

    def _touched(self, graphs: Sequence[str]) -> tuple[set[str], set[tuple[str, str, str]]]:
        """The entities the relations of ``graphs`` relate, and the direct edges they state."""
        values = _iris(graphs)
        entities = {row[0].value for row in self._select(
            f"PREFIX kg: <{KG}> SELECT DISTINCT ?e WHERE {{ VALUES ?g {{ {values} }} "
            f"GRAPH ?g {{ ?r kg:actor|kg:target ?e }} }}")}
        edges = {(s.value, p.value, o.value) for s, p, o in self._select(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER (STRSTARTS(STR(?p), "{ACTION}")) }}')}
        return entities, edges


class Store(_Upkeep):
    """A kg graph in an embedded Oxigraph store: on disk at ``path`` (created if missing), or in memory.

    ``oxigraph`` is the underlying :class:`pyoxigraph.Store`; query it through
    :func:`kg.query.run`, which adds kg's safety rules.
    """

    def __init__(self, path: str | PathLike[str] | None = None) -> None:
        self.path = None if path is None else Path(path)
        try:
            self.oxigraph: ox.Store = ox.Store(None if path is None else str(path))
        except OSError as error:
            raise StoreError(f"cannot open the store at {path}: {error} "
                             "(is another kg command or server using it?)") from None

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})" if self.path else "Store()"

    def __len__(self) -> int:
        """The number of quads in the store."""
        return len(self.oxigraph)

    def quads(self) -> set[ox.Quad]:
        """Every quad, as a set (kg writes no blank nodes, so equal sets mean equal stores)."""
        return set(self.oxigraph)

    def _select(self, sparql: str) -> list[tuple[Any, ...]]:
        solutions = self.oxigraph.query(sparql)
        variables = solutions.variables
        return [tuple(solution[v] for v in variables) for solution in solutions]

    def _update(self, sparql: str) -> None:
        self.oxigraph.update(sparql)

    def _load_quads(self, data: bytes) -> None:
        self.oxigraph.load(data, ox.RdfFormat.N_QUADS)

    def _existing(self, graphs: Sequence[str]) -> list[str]:
        return [g for g in graphs if self.oxigraph.contains_named_graph(ox.NamedNode(g))]

    def export(self, destination: str | PathLike[str] | IO[bytes] | None = None,
               format: str = "nquads") -> bytes | None:  # noqa: A002
        """Write the store in ``format`` (:data:`EXPORT_FORMATS`). N-Quads, TriG and JSON-LD
        write everything, article graphs included; Turtle and N-Triples write the default
        graph, the one queries read (every article's statements and the aggregates).
        With no destination the bytes are returned."""
        if format not in EXPORT_FORMATS:
            raise OutputError(f"unknown export format {format!r}; valid formats: {', '.join(EXPORT_FORMATS)}")
        rdf_format = getattr(ox.RdfFormat, EXPORT_FORMATS[format])
        prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
        try:
            if format in DATASET_FORMATS:
                options = {} if format == "nquads" else {"prefixes": prefixes}
                return self.oxigraph.dump(destination, rdf_format, **options)
            options = {} if format == "nt" else {"prefixes": prefixes}
            return self.oxigraph.dump(destination, rdf_format, from_graph=ox.DefaultGraph(), **options)
        except OSError as error:
            raise OutputError(f"cannot write to {destination}: {error.strerror or error}") from None

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if self.path is not None:
            self.oxigraph.flush()

    def snapshot(self) -> Store:
        """An in-memory copy of the store, as it is now (``kg serve --in-memory``): queries on it
        run two to three times faster than on disk, and once this store is closed the
        directory is free for ``kg build`` again while the copy is served."""
        copy = Store()
        copy.oxigraph.bulk_load(self.oxigraph.dump(format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
        return copy

    def load(self, source: str | PathLike[str], format: str | None = None,  # noqa: A002
             *, parallel: int | None = None, trusted: bool = False) -> int:
        """Bulk-load the RDF file ``source`` as it is: triples into the default graph, quads into
        their graphs (``kg export --format nquads`` then ``load`` copies a store). Returns the
        number of quads the store gained.

        N-Triples and N-Quads files are cut at line ends into parts (at least ``parallel``,
        none over :data:`CHUNK_BYTES`) read by ``parallel`` Oxigraph bulk loaders at once
        (default: one per core). Nothing is
        recomputed: a file of article graphs without their default graph wants
        :meth:`rebuild_aggregates` afterwards.

        ``trusted`` skips Oxigraph's validation of IRIs and literals (its ``lenient`` mode),
        about 15% less work, for files kg itself wrote (``kg export``): a file that is not
        valid RDF then puts what it holds in the store (an IRI with a space) instead of
        being refused.
        """
        path = Path(source)
        rdf_format = _file_format(path, format)
        before = len(self.oxigraph)
        try:
            size = path.stat().st_size
            parts = parallel or len(os.sched_getaffinity(0))
            bulk_load = functools.partial(self.oxigraph.bulk_load, lenient=trusted)
            if format_name(path, format) not in LINE_FORMATS or size < PARALLEL_MIN_BYTES or parts < 2:
                bulk_load(path=str(path), format=rdf_format)
            else:
                _parallel(bulk_load, path, _line_slices(path, size, parts), rdf_format, parts)
        except OSError as error:
            raise StoreError(f"cannot load {path}: {error.strerror or error}") from None
        except SyntaxError as error:
            raise StoreError(f"cannot load {path}: not valid {format_name(path, format)}: {error}") from None
        return len(self.oxigraph) - before


class RemoteStore(_Upkeep):
    """A kg graph on a SPARQL server at ``url``, written through SPARQL Update and the Graph Store
    Protocol and read through the SPARQL Protocol.

    The endpoints default to Oxigraph's layout (``url/query``, ``url/update``,
    ``url/store``); pass ``query=``, ``update=``, ``graph_store=`` for other servers
    (Fuseki: ``url/sparql``, ``url/update``, ``url/data``). kg's query checks run
    before anything is sent (see :func:`kg.query.run`).
    """

    def __init__(self, url: str, *, query: str | None = None, update: str | None = None,
                 graph_store: str | None = None, timeout: float = REMOTE_TIMEOUT) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.query_endpoint = query or f"{self.url}/query"
        self.update_endpoint = update or f"{self.url}/update"
        self.graph_store = graph_store or f"{self.url}/store"
        self.client = httpx.Client(timeout=timeout, follow_redirects=False)

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    def __len__(self) -> int:
        """The number of quads in the store."""
        rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(rows[0][0].value)

    def close(self) -> None:
        self.client.close()

    def quads(self) -> set[ox.Quad]:
        """Every quad, as a set."""
        return set(ox.parse(self._get_dataset(), ox.RdfFormat.N_QUADS))

    # -- the SPARQL protocols ----------------------------------------------------------------

    def request(self, method: str, url: str, *, timeout: float | None = None, **options: Any) -> Any:
        """One HTTP request to the server; a refusal or an unreachable server is a StoreError
        (a refused query, status 400, is a :class:`kg.query.QueryError` with the server's message)."""
        import httpx

        from kg.query import QueryError, QueryTimeout

        if timeout is not None:
            options["timeout"] = timeout
        try:
            response = self.client.request(method, url, **options)
        except httpx.TimeoutException:
            raise QueryTimeout(f"the store at {self.url} did not answer within the time limit") from None
        except httpx.HTTPError as error:
            raise StoreError(f"cannot reach the store at {self.url}: {error}") from None
        if response.status_code == 400:
            raise QueryError(f"the store at {self.url} refused the query: {response.text.strip()}")
        if response.status_code >= 300:
            raise StoreError(f"the store at {self.url} answered {response.status_code} to {method} {url}: "
                             f"{response.text.strip()[:500]}")
        return response

    def execute(self, sparql: str, form: str, substitutions: dict[Any, Any], timeout: float | None) -> Any:
        """Send a query that :func:`kg.query.check` passed, kg's prefixes declared; the answer as
        pyoxigraph gives one (solutions, a boolean, or a list of triples). Bound parameters travel as a
        ``VALUES`` block of terms (:func:`kg.query.bind_inline`), never as pasted text."""
        from kg.query import QUERY_PREFIXES, bind_inline

        # kg's prefixes, declared first so that the query's own declarations win
        sparql = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in QUERY_PREFIXES.items()) + sparql
        if form == "UPDATE":
            self._update(sparql, timeout=timeout)
            return None
        sparql = bind_inline(sparql, substitutions)
        graph = form in ("CONSTRUCT", "DESCRIBE")
        accept = "application/n-triples" if graph else "application/sparql-results+json"
        response = self.request("POST", self.query_endpoint, timeout=timeout, data={"query": sparql},
                                headers={"Accept": accept})
        if graph:
            return [ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(response.content, ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)

    def _select(self, sparql: str) -> list[tuple[Any, ...]]:
        solutions = self.execute(sparql, "SELECT", {}, None)
        variables = solutions.variables
        return [tuple(solution[v] for v in variables) for solution in solutions]

    def _update(self, sparql: str, *, timeout: float | None = None) -> None:
        self.request("POST", self.update_endpoint, timeout=timeout, content=sparql.encode("utf-8"),
                     headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def _load_quads(self, data: bytes) -> None:
        self.request("POST", self.graph_store, content=data, headers={"Content-Type": "application/n-quads"})

    def _get_dataset(self) -> bytes:
        return self.request("GET", self.graph_store, headers={"Accept": "application/n-quads"}).content

    def export(self, destination: str | PathLike[str] | IO[bytes] | None = None,
               format: str = "nquads") -> bytes | None:  # noqa: A002
        """Write the store in ``format``, as :meth:`Store.export` does (a local copy is written out)."""
        if format not in EXPORT_FORMATS:
            raise OutputError(f"unknown export format {format!r}; valid formats: {', '.join(EXPORT_FORMATS)}")
        copy = Store()
        copy.oxigraph.bulk_load(self._get_dataset(), ox.RdfFormat.N_QUADS)
        return copy.export(destination, format)

    def flush(self) -> None:
        """Nothing to do: the server has written each request before answering it."""

    def load(self, source: str | PathLike[str], format: str | None = None,  # noqa: A002
             *, trusted: bool = False) -> int:
        """Send the RDF file ``source`` to the server's graph store, as :meth:`Store.load` loads it
        (``trusted`` changes nothing here: the server validates what it is sent)."""
        path = Path(source)
        media = _file_format(path, format).media_type
        before = len(self)
        try:
            with path.open("rb") as data:
                self.request("POST", self.graph_store, content=data, headers={"Content-Type": media})
        except OSError as error:
            raise StoreError(f"cannot load {path}: {error.strerror or error}") from None
        return len(self) - before


def format_name(path: Path, format: str | None = None) -> str:  # noqa: A002
    """The format name (:data:`EXPORT_FORMATS`) given, or read from the file suffix."""
    name = format or SUFFIX_FORMATS.get(path.suffix.lower())
    if name not in EXPORT_FORMATS:
        raise StoreError(f"cannot tell the RDF format of {path}: give one of {', '.join(EXPORT_FORMATS)}")
    return name


def _file_format(path: Path, format: str | None) -> Any:  # noqa: A002
    return getattr(ox.RdfFormat, EXPORT_FORMATS[format_name(path, format)])


def _line_slices(path: Path, size: int, parts: int) -> list[tuple[int, int]]:
    """Byte ranges of the file, each ending at a line end: at least ``parts`` of them, none over
    :data:`CHUNK_BYTES` (unless a single line is longer)."""
    parts = max(parts, -(-size // CHUNK_BYTES))
    cuts = [0]
    with path.open("rb") as file:
        for i in range(1, parts):
            file.seek(max(size * i // parts, cuts[-1]))
            file.readline()  # to the start of the next line
            cuts.append(min(file.tell(), size))
    cuts.append(size)
    return [(start, end) for start, end in zip(cuts, cuts[1:]) if end > start]


def _line_at(path: Path, offset: int) -> int:
    """The number of the line that starts at byte ``offset`` of the file (1-based)."""
    lines, left = 1, offset
    with path.open("rb") as file:
        while left > 0:
            block = file.read(min(left, 2**20))
            if not block:
                break
            lines += block.count(b"\n")
            left -= len(block)
    return lines


def _parallel(load: Any, path: Path, slices: list[tuple[int, int]], rdf_format: Any, threads: int) -> None:
    """Load each byte range of ``path`` with ``load(data, format)``, ``threads`` at a time.

    Each worker reads its range into memory and hands Oxigraph the bytes: parsing from
    bytes never calls back into Python, where a file object would take the GIL for every
    read (~8% of the load's CPU). Memory stays at ``threads`` x :data:`CHUNK_BYTES`.
    The first error is raised once all have finished.
    """
    errors: list[BaseException] = []
    pending = list(reversed(slices))
    lock = threading.Lock()

    def work() -> None:
        with path.open("rb") as file:
            while not errors:
                with lock:
                    if not pending:
                        return
                    start, end = pending.pop()
                try:
                    file.seek(start)
                    load(file.read(end - start), rdf_format)
                except SyntaxError as error:  # Oxigraph counts lines from the part's start
                    errors.append(SyntaxError(f"{error} (counting from line {_line_at(path, start)} of the file)"))
                except BaseException as error:  # raised on the caller's thread below
                    errors.append(error.with_traceback(None))

    workers = [threading.Thread(target=work, name="kg-load") for _ in range(min(threads, len(slices)))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if errors:
        raise errors[0]


def is_remote(location: str | PathLike[str] | None) -> bool:
    """Whether ``location`` names a SPARQL server rather than a directory.

    >>> is_remote("http://127.0.0.1:7878"), is_remote("graph.db")
    (True, False)
    """
    return location is not None and str(location).startswith(("http://", "https://"))


def open_store(location: str | PathLike[str] | None) -> Store | RemoteStore:
    """The store at ``location``: a directory (created if missing), an ``http(s)://`` SPARQL
    server (:class:`RemoteStore`), or None for a new in-memory store."""
    return RemoteStore(str(location)) if is_remote(location) else Store(location)


# ---------------------------------------------------------------------------
# The upkeep in SPARQL Update
# ---------------------------------------------------------------------------

_PROLOGUE = (f"PREFIX kg: <{KG}>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
             "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n")
#: What the store computes on entity nodes (the rest of the default graph mirrors the article graphs).
_AGGREGATES = "kg:mentionCount kg:relationCount kg:articleCount kg:mentionedIn kg:firstDate kg:lastDate"


def _joined(operations: Iterable[str]) -> str:
    """Update operations as one request, kg's prefixes declared once at its start."""
    return _PROLOGUE + " ;\n".join(operations)


def _iris(values: Iterable[str]) -> str:
    """IRIs as SPARQL terms (N-Triples syntax, escaped by Oxigraph)."""
    return " ".join(str(ox.NamedNode(v)) for v in values)


def _as_quads(triples: bytes, graph: str) -> bytes:
    """N-Triples lines (one triple each, no blank nodes) as N-Quads lines in ``graph``."""
    suffix = f" {ox.NamedNode(graph)} .".encode()
    return b"".join(line[:-2] + suffix + b"\n" for line in triples.splitlines() if line.endswith(b" ."))


def _withdraw(graphs: Sequence[str]) -> str:
    """Delete from the default graph what ``graphs`` state and no other article graph states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {_iris(graphs)} }} GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} "
            f"FILTER (?other NOT IN ({', '.join(str(ox.NamedNode(g)) for g in graphs)})) }} }}")


def _drops(graphs: Sequence[str]) -> list[str]:
    return [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in graphs]


def _mirror(graphs: Sequence[str]) -> str:
    """Copy ``graphs`` into the default graph, their own mention counts left out."""
    return (f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {_iris(graphs)} }} GRAPH ?g {{ ?s ?p ?o }} "
            "FILTER (?p != kg:articleMentionCount) }")


def _recompute(entities: set[str], edges: set[tuple[str, str, str]]) -> list[str]:
    """Operations that replace the aggregates of ``entities`` and of the direct ``edges``.

    Dates are aggregated apart from the counts: SPARQL's MIN of a group with an
    undated article would be unbound (unbound sorts first), not the earliest date.
    """
    operations = []
    if entities:
        values = f"VALUES ?e {{ {_iris(sorted(entities))} }}"
        related = "GRAPH ?g { ?r kg:actor|kg:target ?e }"
        operations += [
            f"DELETE {{ ?e ?aggregate ?v }} WHERE {{ {values} VALUES ?aggregate {{ {_AGGREGATES} }} ?e ?aggregate ?v }}",
            "INSERT { ?e kg:relationCount ?relations ; kg:articleCount ?articles }\n"
            "WHERE { { SELECT ?e (COUNT(DISTINCT ?r) AS ?relations) (COUNT(DISTINCT ?g) AS ?articles) "
            f"WHERE {{ {values} {related} }} GROUP BY ?e }} }}",
            f"INSERT {{ ?e kg:mentionedIn ?g }} WHERE {{ {values} {related} }}",
            _dates("?e", values, related),
            "INSERT { ?e kg:mentionCount ?mentions }\n"
            "WHERE { { SELECT ?e (SUM(?n) AS ?mentions) "
            f"WHERE {{ {values} GRAPH ?g {{ ?e kg:articleMentionCount ?n }} }} GROUP BY ?e }} "
            "FILTER (?mentions > 0 && EXISTS { GRAPH ?h { ?r kg:actor|kg:target ?e } }) }",
        ]
    if edges:
        rows = " ".join(f"({ox.NamedNode(edge_iri(s, p, o))} {ox.NamedNode(s)} {ox.NamedNode(p)} {ox.NamedNode(o)})"
                        for s, p, o in sorted(edges))
        values = f"VALUES (?node ?s ?p ?o) {{ {rows} }}"
        stated = "GRAPH ?g { ?s ?p ?o }"
        operations += [
            f"DELETE {{ ?node ?x ?y }} WHERE {{ {values} ?node ?x ?y }}",
            "INSERT { ?node a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
            "kg:articleCount ?articles }\n"
            "WHERE { { SELECT ?node ?s ?p ?o (COUNT(DISTINCT ?g) AS ?articles) "
            f"WHERE {{ {values} {stated} }} GROUP BY ?node ?s ?p ?o }} }}",
            # an article states a direct edge only for its relations that are not negated
            "INSERT { ?node kg:relationCount ?relations }\n"
            "WHERE { { SELECT ?node (COUNT(DISTINCT ?r) AS ?relations) "
            f"WHERE {{ {values} GRAPH ?g {{ ?r kg:actor ?s ; kg:action ?p ; kg:target ?o ; kg:negated false }} }} "
            "GROUP BY ?node } }",
            f"INSERT {{ ?node kg:mentionedIn ?g }} WHERE {{ {values} {stated} }}",
            _dates("?node", values, stated),
        ]
    return operations


def _dates(node: str, values: str, pattern: str) -> str:
    """Insert the first and last publication date of the articles (graphs ``?g``) where ``pattern`` holds."""
    return (f"INSERT {{ {node} kg:firstDate ?first ; kg:lastDate ?last }}\n"
            f"WHERE {{ {{ SELECT {node} (MIN(?date) AS ?first) (MAX(?date) AS ?last) "
            f"WHERE {{ {values} {pattern} GRAPH ?g {{ ?g dcterms:date ?date }} }} GROUP BY {node} }} }}")
