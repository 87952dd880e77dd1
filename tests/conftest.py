"""Shared fixtures: the spaCy pipeline (loaded once) and the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
REFERENCE_ARTICLE = EXAMPLES / "000_e820b1884bc1c1a7.txt"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def reference_path() -> Path:
    return REFERENCE_ARTICLE


@pytest.fixture(scope="session")
def extract_texts(nlp):
    """Extract from several small texts at once: ``extract_texts([...]) -> [ArticleResult]``."""
    from kg.model import Article
    from kg.pipeline import run

    def run_texts(texts: list[str]):
        articles = [Article(id=f"t{i}", text=text) for i, text in enumerate(texts)]
        return list(run(articles, nlp))

    return run_texts


def triples(result, *, negated: bool | None = False) -> set[tuple[str, str, str]]:
    """(actor, action, target) labels of a result's relations, by polarity (None: all)."""
    return {
        (r.actor.label, r.action, r.target.label)
        for r in result.relations
        if negated is None or r.negated == negated
    }
