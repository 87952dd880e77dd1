"""Errors raised by kg.

Every error kg raises on purpose derives from :class:`KGError`, so a caller can
catch one class. The CLI is the only place that turns them into a one-line
message and an exit code.

::

    KGError
    ├── InputError        an article file or record that cannot be read
    ├── ModelError        the spaCy pipeline cannot be loaded or lacks a component
    └── OutputError       an output format or destination that cannot be used
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["KGError", "InputError", "ModelError", "OutputError"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """An input file (or one record in it) that cannot be turned into an article.

    ``source`` names the file, with ``:LINE`` for a record of a JSONL/CSV file;
    ``reason`` says what is wrong in words a user can act on.

    >>> str(InputError("news/a.txt", "file is empty"))
    'news/a.txt: file is empty'
    """

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class ModelError(KGError):
    """The spaCy pipeline named by the user cannot be loaded or used."""


class OutputError(KGError):
    """An output format or destination that kg cannot write."""
