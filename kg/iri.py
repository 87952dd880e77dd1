"""The one place kg mints IRIs for its data.

Every IRI is a fixed namespace (see :mod:`kg.namespace`) followed by path
segments made from text by :func:`segment`: the text is NFC-normalised, then
UTF-8 percent-encoded with nothing left safe, so whatever an article contains
(spaces, quotes, ``<>``, braces, backslashes, control characters, emoji) the
IRI is plain ASCII that every RDF syntax and store accepts. The same text
always gives the same IRI; different (NFC-distinct) texts give different IRIs.

The scheme::

    https://w3id.org/newskg/id/article/{doc}                            article_iri
    https://w3id.org/newskg/id/article/{doc}/sentence/{index}           sentence_iri
    https://w3id.org/newskg/id/article/{doc}/relation/{index}-{sha256}  relation_iri
    https://w3id.org/newskg/id/entity/{label}                           entity_iri
    https://w3id.org/newskg/action/{lemma phrase}                       action_iri
    https://w3id.org/newskg/id/edge/{actor}/{action}/{target}           edge_iri

In a kg store (:mod:`kg.store`) the named graph of an article's statements is
named by the article's IRI itself (:func:`article_graph_iri`).

Entity IRIs depend on the label alone, so "ISIL" in two articles is one node.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.model import Relation
from kg.namespace import ACTION, ARTICLE, DATA, ENTITY

__all__ = [
    "attribution_iri",
    "segment",
    "article_iri",
    "article_graph_iri",
    "sentence_iri",
    "entity_iri",
    "action_iri",
    "relation_iri",
    "edge_iri",
]

#: Longest encoded path segment kept whole; longer ones are cut and hashed.
MAX_SEGMENT = 200
#: Hex digits of sha256 that tell cut segments (and relations) apart: 64 bits.
HASH_DIGITS = 16
#: Joins a cut segment to its hash. ``quote(..., safe="")`` never outputs a
#: comma, so a cut segment can never equal the encoding of some other text.
CUT_MARK = ","
#: Lone surrogates (from a broken JSON escape) are encoded as their code
#: units rather than rejected, so that any Python string has an IRI.
_ENCODE_ERRORS = "surrogatepass"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", _ENCODE_ERRORS)).hexdigest()


def segment(text: str, *, what: str = "text") -> str:
    """Percent-encode ``text`` into one IRI path segment.

    Raises ``ValueError`` for an empty ``text``; ``what`` names it in the message.
    A segment longer than :data:`MAX_SEGMENT` characters keeps an encoded
    prefix and ends with :data:`CUT_MARK` and a hash of the whole text.

    >>> segment("withdraw from")
    'withdraw%20from'
    >>> segment('<script>"É"</script>')
    '%3Cscript%3E%22%C3%89%22%3C%2Fscript%3E'
    >>> segment("..")
    '%2E%2E'
    >>> len(segment("x" * 1000)), segment("x" * 1000)[-17:-16]
    (200, ',')
    >>> segment("")
    Traceback (most recent call last):
    ...
    ValueError: cannot mint an IRI from an empty text
    """
    if not isinstance(text, str):
        raise TypeError(f"cannot mint an IRI from {what} {text!r}: expected str, got {type(text).__name__}")
    if not text:
        raise ValueError(f"cannot mint an IRI from an empty {what}")
    text = unicodedata.normalize("NFC", text)
    encoded = quote(text, safe="", errors=_ENCODE_ERRORS)
    if encoded in {".", ".."}:
        # Dot segments would be removed when the IRI is resolved or normalised.
        return encoded.replace(".", "%2E")
    if len(encoded) <= MAX_SEGMENT:
        return encoded
    budget = MAX_SEGMENT - len(CUT_MARK) - HASH_DIGITS
    prefix: list[str] = []
    used = 0
    for char in text:  # cut between characters, never inside a %XX escape
        piece = quote(char, safe="", errors=_ENCODE_ERRORS)
        if used + len(piece) > budget:
            break
        prefix.append(piece)
        used += len(piece)
    return "".join(prefix) + CUT_MARK + _sha256(text)[:HASH_DIGITS]


def article_iri(doc_id: str) -> URIRef:
    """The IRI of the article with id ``doc_id``.

    >>> article_iri("reuters/2014-06-10 #1")
    rdflib.term.URIRef('https://w3id.org/newskg/id/article/reuters%2F2014-06-10%20%231')
    """
    return ARTICLE[segment(doc_id, what="article id")]


def article_graph_iri(doc_id: str) -> URIRef:
    """The name of the named graph that holds article ``doc_id``'s statements in a store.

    It is the article's own IRI: ``GRAPH article:a1 { ... }`` reads as "what
    article a1 says", and no second IRI per article has to be kept in step.

    >>> article_graph_iri("a1") == article_iri("a1")
    True
    """
    return article_iri(doc_id)


def sentence_iri(doc_id: str, index: int) -> URIRef:
    """The IRI of sentence ``index`` (counting from 0) of article ``doc_id``.

    >>> sentence_iri("a1", 3)
    rdflib.term.URIRef('https://w3id.org/newskg/id/article/a1/sentence/3')
    """
    return ARTICLE[f"{segment(doc_id, what='article id')}/sentence/{_index(index)}"]


def entity_iri(label: str) -> URIRef:
    """The IRI of the entity with canonical label ``label``, the same in every article.

    >>> entity_iri("Islamic State of Iraq and the Levant")
    rdflib.term.URIRef('https://w3id.org/newskg/id/entity/Islamic%20State%20of%20Iraq%20and%20the%20Levant')
    >>> entity_iri('Kurdish "Peshmerga"')
    rdflib.term.URIRef('https://w3id.org/newskg/id/entity/Kurdish%20%22Peshmerga%22')
    """
    return ENTITY[segment(label, what="entity label")]


def action_iri(action: str) -> URIRef:
    """The IRI of the action property for the lemma phrase ``action``.

    >>> action_iri("withdraw from")
    rdflib.term.URIRef('https://w3id.org/newskg/action/withdraw%20from')
    """
    return ACTION[segment(action, what="action")]


def relation_iri(relation: Relation) -> URIRef:
    """The IRI of the event node of ``relation``.

    It is made from the article, the sentence index and a hash of what
    identifies the relation within its sentence: the actor and target spans,
    the action and the negation. Confidence, construction and labels are
    left out, so a rule change that rescores a relation keeps its IRI.

    >>> from kg.model import Mention, Relation
    >>> m = Mention("ISIL", "ISIL", 0, 4, "name", "ORG")
    >>> t = Mention("Mosul", "Mosul", 14, 19, "name", "GPE")
    >>> r = Relation("a1", 0, "ISIL captured Mosul.", 0, 20, m, "capture", "captured", t)
    >>> relation_iri(r)
    rdflib.term.URIRef('https://w3id.org/newskg/id/article/a1/relation/0-...')
    >>> relation_iri(r) == relation_iri(r)
    True
    """
    key = json.dumps(
        [
            relation.doc,
            relation.sentence,
            relation.actor.start,
            relation.actor.end,
            unicodedata.normalize("NFC", relation.action),
            relation.target.start,
            relation.target.end,
            relation.negated,
        ],
        ensure_ascii=False,
    )
    doc = segment(relation.doc, what="article id")
    return ARTICLE[f"{doc}/relation/{_index(relation.sentence)}-{_sha256(key)[:HASH_DIGITS]}"]


def edge_iri(actor: str, action: str, target: str) -> URIRef:
    """The IRI of the aggregate node describing the direct edge ``actor --action--> target``.

    The arguments are the edge's own IRIs (from :func:`entity_iri` and
    :func:`action_iri`); their last segments are reused, so the IRI is readable
    and two different edges never share it. Any other IRI raises ``ValueError``.

    >>> edge_iri(entity_iri("ISIL"), action_iri("withdraw from"), entity_iri("Mosul"))
    rdflib.term.URIRef('https://w3id.org/newskg/id/edge/ISIL/withdraw%20from/Mosul')
    """
    parts = (_suffix(actor, ENTITY), _suffix(action, ACTION), _suffix(target, ENTITY))
    return DATA["edge/" + "/".join(parts)]


def _suffix(iri: str, namespace: str) -> str:
    rest = str(iri)[len(namespace):] if str(iri).startswith(namespace) else ""
    if not rest or "/" in rest:
        raise ValueError(f"not an IRI kg minted under {namespace}: {iri!r}")
    return rest


def _index(index: int) -> int:
    if isinstance(index, bool) or not isinstance(index, int) or index < 0:
        raise ValueError(f"sentence index must be a non-negative integer, got {index!r}")
    return index


def attribution_iri(relation: Relation) -> URIRef:
    """The IRI of the attribution node of ``relation`` (who reports it).

    >>> from kg.model import Mention, Relation
    >>> m = Mention("ISIL", "ISIL", 0, 4, "name", "ORG")
    >>> r = Relation("a1", 0, "ISIL captured Mosul.", 0, 20, m, "capture", "captured", m)
    >>> str(attribution_iri(r)).startswith(str(relation_iri(r)))
    True
    """
    return URIRef(f"{relation_iri(relation)}/attribution")
