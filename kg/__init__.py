"""kg: knowledge graphs of who did what to whom, from news text.

>>> import kg
>>> kg.Article(id="a1", text="ISIL captured Mosul.").id
'a1'

The package imports nothing heavy: spaCy and rdflib load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import InputError, KGError, ModelError, OutputError
from kg.model import Article, ArticleResult, Entity, Mention, Relation, Skipped

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleResult",
    "Entity",
    "InputError",
    "KGError",
    "Mention",
    "ModelError",
    "OutputError",
    "Relation",
    "Skipped",
    "KnowledgeGraph",
    "build",
    "extract",
    "extract_text",
    "open_graph",
    "process",
    "__version__",
]

_LAZY = {"build", "extract", "extract_text", "process", "open_graph", "KnowledgeGraph"}

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph, build, extract, extract_text, open_graph, process


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
