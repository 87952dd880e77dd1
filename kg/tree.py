"""Reading a finished parse tree fast.

Coreference and extraction walk the tree of every sentence many times over, and
spaCy builds a new :class:`~spacy.tokens.Token` for every child of every
``token.children`` it is asked for. Once the tree is final (after
:mod:`kg.repairs`), the children of every token are worked out once per Doc and
handed out as the same lists; ``children(token)`` is ``list(token.children)``
read from that table.

The table belongs to the Doc most recently asked about and is kept here, not in
``doc.user_data`` (which ``Doc.to_bytes`` serialises, and Tokens are not
serialisable). Only code that runs on a finished tree may use it: the parse
repairs change heads, so they read ``token.children`` themselves.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

__all__ = ["children"]

#: (Doc, children of each of its tokens), for the last Doc read; one tuple, so that a
#: thread reading it never pairs one Doc with another's table.
_LAST: tuple[Doc | None, list[list[Token]]] = (None, [])


def children(token: Token) -> list[Token]:
    """The syntactic children of ``token``, in order (as ``token.children``); do not modify."""
    global _LAST
    doc, table = _LAST
    if doc is not token.doc:
        doc = token.doc
        table = _children_table(doc)
        _LAST = (doc, table)
    return table[token.i]


def _children_table(doc: Doc) -> list[list[Token]]:
    tokens = list(doc)  # one Token per word, shared by every list
    table: list[list[Token]] = [[] for _ in tokens]
    # the heads as offsets from each token, read at once (0: the root of a sentence)
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])
    return table
