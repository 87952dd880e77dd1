"""What kg works out once per Doc, kept beside the Doc rather than in it.

Coreference and extraction read the same facts of an article again and again
(the parts of speech as integers, what the article says of each name, the
entity covering each token, the children of each token ...). They are worked
out once per Doc and kept in :func:`memo`, a dictionary that lives exactly as
long as its Doc. Not in ``doc.user_data``: spaCy serialises that with the Doc
(``Doc.to_bytes``, ``DocBin``, ``nlp.pipe(n_process=...)``), and these caches hold
Spans, Tokens and kg's own objects, which cannot be serialised; a Doc leaves kg's
pipeline with only its outputs in ``user_data`` (``doc._.kg_coref``, the mentions
considered).

Only code that runs on a finished tree may use it: the parse repairs change heads,
so they read ``token.children`` themselves.

A memo holds Tokens, and a Token holds its Doc: a Doc with a memo cannot die by itself.
So :func:`kg.pipeline.run` forgets each Doc's memo once the article is extracted, and
memos are kept for at most :data:`MAX_DOCS` Docs at a time (the oldest is dropped first,
and rebuilt if asked for again), for Docs that pass through kg's components without
kg's pipeline (``nlp(text)`` in a loop). Without both, every article of a run stayed in
memory to the end, with its parse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from spacy.attrs import HEAD, POS
from spacy.tokens import Doc, Span, Token

__all__ = ["children", "doc_tokens", "entities", "forget", "head_indices", "memo", "parts_of_speech", "per_token"]

#: How many Docs keep a memo at once. In kg's pipeline one does: spaCy streams Docs through
#: function components one at a time (only trained components take whole batches), so each
#: Doc is extracted and forgotten before the next one's coreference starts, whatever the batch
#: size (tests/test_memo.py).
MAX_DOCS = 64

_MEMOS: WeakKeyDictionary[Doc, dict[str, Any]] = WeakKeyDictionary()  # (in the order made)
#: (Doc, its memo) and (Doc, the children of each of its tokens) for the last Doc asked
#: about: the hot paths skip the weak dictionary. One tuple each, so that a thread reading
#: one never pairs a Doc with another Doc's table.
_LAST: tuple[Doc | None, dict[str, Any]] = (None, {})
_LAST_CHILDREN: tuple[Doc | None, list[list[Token]]] = (None, [])


def memo(doc: Doc) -> dict[str, Any]:
    """The caches of ``doc`` (created empty on first use)."""
    global _LAST
    last, found = _LAST
    if last is not doc:
        found = _MEMOS.get(doc)
        if found is None:
            if len(_MEMOS) >= MAX_DOCS:
                _drop_oldest()
            found = _MEMOS[doc] = {}
        _LAST = (doc, found)
    return found


def forget(doc: Doc) -> None:
    """Drop every cache of ``doc``: for a Doc whose tags, entities or tree were changed after use."""
    global _LAST, _LAST_CHILDREN
    _MEMOS.pop(doc, None)
    if _LAST[0] is doc:
        _LAST = (None, {})
    if _LAST_CHILDREN[0] is doc:
        _LAST_CHILDREN = (None, [])


def per_token(token: Token, name: str, work: Callable[[Token], Any]) -> Any:
    """``work(token)``, worked out once per token and kept in its Doc's memo under ``name``:
    for what depends only on the token and the finished Doc, asked again and again."""
    found = memo(token.doc).get(name)
    if found is None:
        found = memo(token.doc)[name] = {}
    if token.i not in found:
        found[token.i] = work(token)
    return found[token.i]


def _drop_oldest() -> None:
    # a WeakKeyDictionary keeps its keys in a dict, in the order they were put in
    oldest = next((doc for ref in _MEMOS.keyrefs() if (doc := ref()) is not None), None)
    if oldest is not None:
        forget(oldest)


def doc_tokens(doc: Doc) -> list[Token]:
    """The Tokens of ``doc``, made once: ``doc_tokens(doc)[i]`` is ``doc[i]`` without a new object."""
    found = memo(doc).get("doc_tokens")
    if found is None:
        found = memo(doc)["doc_tokens"] = list(doc)
    return found


def entities(doc: Doc) -> tuple[Span, ...]:
    """The named entities of ``doc`` (``doc.ents``), read once: ``Doc.ents`` scans the whole Doc
    and builds new Spans on every access. Only after the last component that sets entities
    (``kg_names``)."""
    found = memo(doc).get("entities")
    if found is None:
        found = memo(doc)["entities"] = doc.ents
    return found


def parts_of_speech(doc: Doc) -> list[int]:
    """The part of speech of every token of ``doc`` as spaCy's integer symbol, read at once:
    passes that look only at nouns or verbs pick them from here and never make the other
    Tokens."""
    found = memo(doc).get("parts_of_speech")
    if found is None:
        found = memo(doc)["parts_of_speech"] = doc.to_array(POS).tolist()
    return found


def head_indices(doc: Doc) -> list[int]:
    """The index of every token's syntactic head (its own index for the root of a sentence),
    read at once: walking up the tree by ``token.head`` makes a new Token at every step."""
    found = memo(doc).get("head_indices")
    if found is None:
        found = memo(doc)["head_indices"] = [
            i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
    return found


def children(token: Token) -> list[Token]:
    """The syntactic children of ``token``, in order (as ``token.children``); do not modify.

    spaCy makes a new Token for every child each time ``token.children`` is walked, and
    coreference and extraction walk them thousands of times per article; here
    the children of every token are read once per Doc (one array of head offsets, one Token
    per word) and the same lists are handed out.
    """
    global _LAST_CHILDREN
    doc, table = _LAST_CHILDREN
    if doc is not token.doc:
        doc = token.doc
        table = memo(doc).get("children")
        if table is None:
            table = memo(doc)["children"] = _children_table(doc)
        _LAST_CHILDREN = (doc, table)
    return table[token.i]


def _children_table(doc: Doc) -> list[list[Token]]:
    words = doc_tokens(doc)
    table: list[list[Token]] = [[] for _ in words]
    for i, head in enumerate(head_indices(doc)):
        if head != i:  # (a root is its own head)
            table[head].append(words[i])
    return table
