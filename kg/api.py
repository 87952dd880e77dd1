"""The Python API: the same operations as the CLI, returning data.

>>> import kg
>>> relations = kg.extract_text("Rebels seized the town of Hama on Sunday.")
>>> [(r.actor.label, r.action, r.target.label) for r in relations]
[('rebels', 'seize', 'Hama')]
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.ingest import MAX_CHARS, article_id, read_articles
from kg.model import Article, ArticleResult, Relation, Skipped

__all__ = ["process", "extract", "extract_text", "build", "open_graph", "KnowledgeGraph"]

log = logging.getLogger(__name__)

Source = str | Path | Article


def process(
    sources: Source | Iterable[Source],
    *,
    date: dt.date | None = None,
    model: str | None = None,
    max_chars: int = MAX_CHARS,
    progress: bool = False,
) -> Iterator[ArticleResult | Skipped]:
    """Stream one :class:`~kg.model.ArticleResult` per article, or a
    :class:`~kg.model.Skipped` for each input that could not be read.

    ``sources`` are files, directories or :class:`~kg.model.Article` objects.
    """
    from kg import nlp as nlp_module
    from kg.pipeline import run

    pipeline = nlp_module.load(model)
    pipeline.max_length = max(pipeline.max_length, max_chars + 1)
    return run(_items(sources, date, max_chars), pipeline, progress=progress)


def _items(sources: Source | Iterable[Source], date: dt.date | None, max_chars: int) -> Iterator[Article | Skipped]:
    if isinstance(sources, (str, Path, Article)):
        sources = [sources]
    for source in sources:
        if isinstance(source, Article):
            yield source
        else:
            yield from read_articles([source], date=date, max_chars=max_chars)


def extract(
    sources: Source | Iterable[Source],
    *,
    date: dt.date | None = None,
    model: str | None = None,
    max_chars: int = MAX_CHARS,
    progress: bool = False,
) -> list[Relation]:
    """All relations found in ``sources`` (skipped inputs are logged)."""
    return [
        relation
        for result in process(sources, date=date, model=model, max_chars=max_chars, progress=progress)
        if isinstance(result, ArticleResult)
        for relation in result.relations
    ]


def extract_text(
    text: str,
    *,
    title: str | None = None,
    date: dt.date | None = None,
    model: str | None = None,
) -> list[Relation]:
    """Relations of one text given as a string."""
    article = Article(id=article_id(text), text=text, title=title, date=date)
    return extract([article], model=model, max_chars=max(len(text), MAX_CHARS))


def build(
    sources: Source | Iterable[Source],
    *,
    date: dt.date | None = None,
    model: str | None = None,
    max_chars: int = MAX_CHARS,
    progress: bool = False,
    store: str | Path | None = None,
) -> KnowledgeGraph:
    """A :class:`KnowledgeGraph` of the relations in ``sources``, in kg's ontology.

    In memory by default; with ``store=DIR`` the articles are added to the
    on-disk Oxigraph store there, with ``store="http://..."`` to a kg store on a
    SPARQL server (replacing earlier versions of the same articles).
    """
    results = (
        r for r in process(sources, date=date, model=model, max_chars=max_chars, progress=progress)
        if isinstance(r, ArticleResult)
    )
    if store is not None:
        from kg.store import open_store

        kept = open_store(store)
        kept.add(results)
        kept.flush()
        return KnowledgeGraph(kept)
    from kg.rdf import to_graph

    return KnowledgeGraph(to_graph(results))


def open_graph(store: str | Path) -> KnowledgeGraph:
    """The knowledge graph kept in the store ``store``: a directory (see ``kg build --store``)
    or the ``http://`` URL of a SPARQL server holding a kg store."""
    from kg.store import open_store

    return KnowledgeGraph(open_store(store))


class KnowledgeGraph:
    """What :func:`build` returns: a graph to query, analyse and look at.

    ``g.query(sparql, **params)`` gives a pandas DataFrame (kg's prefixes are
    declared, parameters are bound, never pasted, and kg's safety rules apply);
    ``g.to_networkx(**filters)`` the entity network; ``g.view(**filters)`` an
    interactive page that displays itself in Jupyter; ``g.rdf`` the rdflib graph.
    """

    def __init__(self, source) -> None:
        #: an rdflib Graph, a :class:`kg.store.Store` or a :class:`kg.store.RemoteStore`
        self.source = source

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {len(self):,} statements in {type(self.source).__name__}>"

    def __len__(self) -> int:
        return len(self.source)

    @property
    def rdf(self):
        """The graph as rdflib sees it (for a store: a copy of its default graph)."""
        from rdflib import Graph

        if isinstance(self.source, Graph):
            return self.source
        return Graph().parse(data=self.source.export(format="nt").decode("utf-8"), format="nt")

    def query(self, sparql: str, **params):
        """Run a SPARQL SELECT (or a named query, e.g. ``"actor-actions"``) as a DataFrame."""
        from kg import query as queries

        if sparql in queries.named_queries():
            return queries.run_named(self.source, sparql, params).to_dataframe()
        return queries.run(self.source, sparql, **params).to_dataframe()

    def to_networkx(self, **filters):
        """The entity network (see :func:`kg.network.to_networkx` for the filters)."""
        from kg.network import to_networkx

        return to_networkx(self.rdf, **filters)

    def view(self, *, height: int = 640, **filters):
        """An interactive page of the (filtered) network; it displays itself in Jupyter."""
        from kg.views.html import View

        return View(self.to_networkx(**filters), height=height)

    def serialize(self, destination=None, format: str = "turtle"):  # noqa: A002 - rdflib's word
        """Write the graph as Turtle, N-Triples or JSON-LD (see :func:`kg.rdf.serialize`)."""
        from kg.rdf import serialize

        return serialize(self.rdf, destination, format)

    def _repr_html_(self) -> str:
        from html import escape

        top = self.query("most-active").head(5) if len(self) else None
        rows = "" if top is None else "".join(
            f"<tr><td>{escape(str(r.actor))}</td><td>{escape(str(r.relations))}</td></tr>"
            for r in top.itertuples()
        )
        return (f"<p><b>KnowledgeGraph</b>: {len(self):,} statements</p>"
                f"<table><tr><th>most active actor</th><th>relations</th></tr>{rows}</table>")
