"""Where the graph lives: an Oxigraph store, on disk or in memory, kept article by article.

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

import logging
from collections.abc import Iterable, Iterator
from os import PathLike
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import KGError, OutputError
from kg.iri import article_graph_iri, edge_iri
from kg.model import ArticleResult
from kg.namespace import ACTION, ARTICLE, KG, PREFIXES

__all__ = ["Store", "StoreError", "EXPORT_FORMATS", "open_store"]

logger = logging.getLogger(__name__)

#: ``kg export --format`` names -> Oxigraph formats (by attribute name of ``pyoxigraph.RdfFormat``).
EXPORT_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG", "jsonld": "JSON_LD"}
#: Formats that keep the named graphs; the others write the default graph (what queries read).
DATASET_FORMATS = frozenset({"nquads", "trig", "jsonld"})
#: Articles written per batch before aggregates are recomputed (bounds memory on long builds).
BATCH_SIZE = 256

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DCTERMS_DATE = "http://purl.org/dc/terms/date"


class StoreError(KGError):
    """A store that cannot be opened, read or written."""


class Store:
    """A kg graph in an Oxigraph store: on disk at ``path`` (created if missing), or in memory.

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

    def articles(self) -> list[str]:
        """The ids of the stored articles, sorted."""
        from urllib.parse import unquote

        prefix = str(ARTICLE)
        return sorted(unquote(g.value[len(prefix):]) for g in self.oxigraph.named_graphs()
                      if g.value.startswith(prefix))

    # -- writing ---------------------------------------------------------------

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
        change = _Change()
        removed = 0
        for doc in doc_ids:
            name = ox.NamedNode(str(article_graph_iri(doc)))
            if not self.oxigraph.contains_named_graph(name):
                logger.warning("article %r is not in the store: nothing to remove", doc)
                continue
            change.old(self.oxigraph.quads_for_pattern(None, None, None, name))
            self.oxigraph.remove_graph(name)
            removed += 1
        self._apply(change)
        return removed

    def _add_batch(self, batch: list[ArticleResult]) -> int:
        from kg.rdf import article_graph

        change = _Change()
        latest: dict[str, ArticleResult] = {r.article.id: r for r in batch}  # the last one of an id wins
        for doc, result in latest.items():
            name = ox.NamedNode(str(article_graph_iri(doc)))
            if self.oxigraph.contains_named_graph(name):
                change.old(self.oxigraph.quads_for_pattern(None, None, None, name))
                self.oxigraph.remove_graph(name)
            data = article_graph(result).serialize(format="nt", encoding="utf-8")
            self.oxigraph.add_graph(name)
            self.oxigraph.load(data, ox.RdfFormat.N_TRIPLES, to_graph=name)
            change.new(self.oxigraph.quads_for_pattern(None, None, None, name))
        self._apply(change)
        logger.debug("stored %d articles; %d quads in the store", len(latest), len(self))
        return len(latest)

    def rebuild_aggregates(self) -> None:
        """Rebuild the default graph from the article graphs (after a crash, or to check a store)."""
        self.oxigraph.clear_graph(ox.DefaultGraph())
        change = _Change()
        change.new(q for q in self.oxigraph if not isinstance(q.graph_name, ox.DefaultGraph))
        self._apply(change)

    def _apply(self, change: _Change) -> None:
        """Bring the default graph in line with the article graphs after ``change``."""
        store, default = self.oxigraph, ox.DefaultGraph()
        for subject, predicate, obj in change.stale - change.added:
            if not any(not isinstance(q.graph_name, ox.DefaultGraph)
                       for q in store.quads_for_pattern(subject, predicate, obj, None)):
                store.remove(ox.Quad(subject, predicate, obj, default))
        store.extend(ox.Quad(s, p, o, default) for s, p, o in change.added)
        self._recompute(change)

    def _recompute(self, touched: _Change) -> None:
        store, default = self.oxigraph, ox.DefaultGraph()
        dates = _ArticleDates(store)
        new: list[ox.Quad] = []
        for entity in touched.entities:
            for predicate in _AGGREGATES:
                for quad in list(store.quads_for_pattern(entity, predicate, None, default)):
                    store.remove(quad)
            relations: set[Any] = set()
            graphs: set[Any] = set()
            for role in (_KG_ACTOR, _KG_TARGET):
                for quad in store.quads_for_pattern(None, role, entity, None):
                    if not isinstance(quad.graph_name, ox.DefaultGraph):
                        relations.add(quad.subject)
                        graphs.add(quad.graph_name)
            if not relations:
                continue  # no article relates it any more: no aggregates
            mentions = sum(int(q.object.value) for q in store.quads_for_pattern(entity, _KG_MENTIONS, None, None)
                           if not isinstance(q.graph_name, ox.DefaultGraph))
            if mentions:
                new.append(ox.Quad(entity, _KG_MENTION_COUNT, _integer(mentions), default))
            new.append(ox.Quad(entity, _KG_RELATION_COUNT, _integer(len(relations)), default))
            new.extend(_article_aggregates(entity, graphs, dates))
        for subject, predicate, obj in touched.edges:
            node = ox.NamedNode(str(edge_iri(subject.value, predicate.value, obj.value)))
            for quad in list(store.quads_for_pattern(node, None, None, default)):
                store.remove(quad)
            graphs = {q.graph_name for q in store.quads_for_pattern(subject, predicate, obj, None)
                      if not isinstance(q.graph_name, ox.DefaultGraph)}
            if not graphs:
                continue
            relations = {
                q.subject
                for g in graphs
                for q in store.quads_for_pattern(None, _KG_ACTION, predicate, g)
                if ox.Quad(q.subject, _KG_ACTOR, subject, g) in store
                and ox.Quad(q.subject, _KG_TARGET, obj, g) in store
                and ox.Quad(q.subject, _KG_NEGATED, _FALSE, g) in store
            }
            new += [
                ox.Quad(node, _RDF_TYPE, _RDF_STATEMENT, default),
                ox.Quad(node, _RDF_SUBJECT, subject, default),
                ox.Quad(node, _RDF_PREDICATE, predicate, default),
                ox.Quad(node, _RDF_OBJECT, obj, default),
                ox.Quad(node, _KG_RELATION_COUNT, _integer(len(relations)), default),
            ]
            new.extend(_article_aggregates(node, graphs, dates))
        store.extend(new)

    # -- reading out -----------------------------------------------------------

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


def open_store(location: str | PathLike[str] | None) -> Store:
    """The store at ``location``: a directory (created if missing), or None for a new in-memory store."""
    if location is not None and str(location).startswith(("http://", "https://")):
        raise StoreError(f"remote stores are not supported yet: {location}")
    return Store(location)


def _integer(value: int) -> Any:
    return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


class _Change:
    """What a batch of adds and removals changed: the entities and direct edges its article
    graphs mention, the triples they no longer state and the triples they now state."""

    def __init__(self) -> None:
        self.entities: set[Any] = set()
        self.edges: set[tuple[Any, Any, Any]] = set()
        self.stale: set[tuple[Any, Any, Any]] = set()
        self.added: set[tuple[Any, Any, Any]] = set()

    def old(self, quads: Iterable[Any]) -> None:
        self.stale |= self._read(quads)

    def new(self, quads: Iterable[Any]) -> None:
        self.added |= self._read(quads)

    def _read(self, quads: Iterable[Any]) -> set[tuple[Any, Any, Any]]:
        action_ns = str(ACTION)
        triples = set()
        for quad in quads:
            predicate = quad.predicate
            if predicate == _KG_MENTIONS:
                continue  # an article's own count: summed into kg:mentionCount, never mirrored
            triples.add((quad.subject, predicate, quad.object))
            if predicate == _KG_ACTOR or predicate == _KG_TARGET:
                self.entities.add(quad.object)
            elif predicate.value.startswith(action_ns):
                self.edges.add((quad.subject, predicate, quad.object))
        return triples


class _ArticleDates:
    """Publication dates of article graphs, looked up once each."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.cache: dict[Any, Any] = {}

    def __getitem__(self, graph: Any) -> Any:
        if graph not in self.cache:
            dates = [q.object for q in self.store.quads_for_pattern(graph, _DCTERMS_DATE_NODE, None, graph)]
            self.cache[graph] = min(dates, key=lambda d: d.value) if dates else None
        return self.cache[graph]


def _article_aggregates(node: Any, graphs: set[Any], dates: _ArticleDates) -> Iterator[Any]:
    default = ox.DefaultGraph()
    yield ox.Quad(node, _KG_ARTICLE_COUNT, _integer(len(graphs)), default)
    for graph in graphs:
        yield ox.Quad(node, _KG_MENTIONED_IN, graph, default)
    known = [d for d in (dates[g] for g in graphs) if d is not None]
    if known:
        yield ox.Quad(node, _KG_FIRST_DATE, min(known, key=lambda d: d.value), default)
        yield ox.Quad(node, _KG_LAST_DATE, max(known, key=lambda d: d.value), default)


# Oxigraph terms, made once.
_KG_ACTOR = ox.NamedNode(str(KG.actor))
_KG_TARGET = ox.NamedNode(str(KG.target))
_KG_ACTION = ox.NamedNode(str(KG.action))
_KG_NEGATED = ox.NamedNode(str(KG.negated))
_KG_MENTIONS = ox.NamedNode(str(KG.articleMentionCount))
_KG_MENTION_COUNT = ox.NamedNode(str(KG.mentionCount))
_KG_RELATION_COUNT = ox.NamedNode(str(KG.relationCount))
_KG_ARTICLE_COUNT = ox.NamedNode(str(KG.articleCount))
_KG_MENTIONED_IN = ox.NamedNode(str(KG.mentionedIn))
_KG_FIRST_DATE = ox.NamedNode(str(KG.firstDate))
_KG_LAST_DATE = ox.NamedNode(str(KG.lastDate))
_FALSE = ox.Literal("false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
_RDF_TYPE = ox.NamedNode(f"{_RDF}type")
_RDF_STATEMENT = ox.NamedNode(f"{_RDF}Statement")
_RDF_SUBJECT = ox.NamedNode(f"{_RDF}subject")
_RDF_PREDICATE = ox.NamedNode(f"{_RDF}predicate")
_RDF_OBJECT = ox.NamedNode(f"{_RDF}object")
_DCTERMS_DATE_NODE = ox.NamedNode(_DCTERMS_DATE)
#: What the store computes on entity nodes (the rest of the default graph mirrors the article graphs).
_AGGREGATES = (_KG_MENTION_COUNT, _KG_RELATION_COUNT, _KG_ARTICLE_COUNT, _KG_MENTIONED_IN, _KG_FIRST_DATE,
               _KG_LAST_DATE)
