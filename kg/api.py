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

__all__ = ["process", "extract", "extract_text", "build"]

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
):
    """An rdflib graph of the relations in ``sources``, in kg's ontology."""
    from kg.rdf import to_graph

    results = (
        r for r in process(sources, date=date, model=model, max_chars=max_chars, progress=progress)
        if isinstance(r, ArticleResult)
    )
    return to_graph(results)
