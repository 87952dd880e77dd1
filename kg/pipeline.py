"""Running the stages over a stream of articles: ingest -> nlp -> extract -> canonical.

The stream is lazy and bounded: articles are read, parsed in batches with
``nlp.pipe`` and handed on one by one, and each Doc's caches are dropped once
its article is extracted (:mod:`kg.memo`), so memory does not grow with the
corpus. Processing one article is a pure function of the article and the
pipeline (:func:`process_doc`), so it can later run in other processes.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.canonical import canonicalize
from kg.coref import DOC_TEXT_KEY
from kg.extraction import extract_doc
from kg.ingest import MAX_CHARS, read_articles
from kg.memo import forget
from kg.model import Article, ArticleResult, Skipped

__all__ = ["process_doc", "run", "run_paths"]

log = logging.getLogger(__name__)

#: Articles parsed together by ``nlp.pipe``.
BATCH_SIZE = 16


def process_doc(doc: Doc, article: Article) -> ArticleResult:
    """Relations and entities of one parsed article."""
    return canonicalize(extract_doc(doc, article))


def run(
    items: Iterable[Article | Skipped],
    nlp: Language,
    *,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
) -> Iterator[ArticleResult | Skipped]:
    """Process a stream of articles; skipped inputs pass through in order.

    An article whose processing fails is logged and yielded as
    :class:`~kg.model.Skipped`; the other articles are still processed.
    """
    skipped: list[Skipped] = []

    def articles() -> Iterator[tuple[Doc, Article]]:
        for item in items:
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                try:
                    doc = nlp.make_doc(item.text)  # what nlp.pipe would do, but the text is kept:
                except ValueError as exc:  # over the pipeline's max_length: this article only
                    log.warning("%s: cannot be parsed: %s", item.origin or item.id, str(exc).split("\n")[0])
                    skipped.append(Skipped(item.origin or item.id, f"cannot be parsed: {str(exc).splitlines()[0]}"))
                    continue
                if _same_text(doc, item.text):  # Doc.text rebuilds it token by token
                    doc.user_data[DOC_TEXT_KEY] = item.text
                yield doc, item

    bar = _progress_bar(progress)
    try:
        for doc, article in nlp.pipe(articles(), as_tuples=True, batch_size=batch_size):
            yield from _drain(skipped)
            try:
                result = process_doc(doc, article)
            except Exception as exc:  # one bad article must not lose the others
                log.warning("%s: extraction failed: %s: %s", article.origin or article.id, type(exc).__name__, exc)
                log.debug("extraction failure", exc_info=True)
                yield Skipped(article.origin or article.id, f"extraction failed: {type(exc).__name__}: {exc}")
                continue
            finally:
                forget(doc)  # its caches hold Tokens, which hold the Doc (kg.memo): let it go
            if bar is not None:
                bar.update(len(doc))
                bar.set_postfix(relations=len(result.relations), refresh=False)
            yield result
        yield from _drain(skipped)
    finally:
        if bar is not None:
            bar.close()


def _same_text(doc: Doc, text: str) -> bool:
    """Whether the tokens cover ``text`` exactly, as spaCy's tokenizers do; a custom one
    (another ``--model``) may rebuild the text, and then kg reads ``Doc.text`` itself."""
    if not len(doc):
        return not text
    last = doc[-1]
    return doc[0].idx == 0 and last.idx + len(last.text_with_ws) == len(text)


def _drain(skipped: list[Skipped]) -> Iterator[Skipped]:
    while skipped:
        yield skipped.pop(0)


def _progress_bar(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" tokens", unit_scale=True, file=sys.stderr, desc="kg", leave=False)


def run_paths(
    paths: Iterable[str | Path],
    nlp: Language,
    *,
    date: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
) -> Iterator[ArticleResult | Skipped]:
    """Read, parse and extract every article under ``paths``."""
    items = read_articles(paths, date=date, max_chars=max_chars)
    return run(items, nlp, batch_size=batch_size, progress=progress)
