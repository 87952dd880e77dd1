from __future__ import annotations

import dataclasses
import unicodedata
from urllib.parse import unquote

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.iri import (
    MAX_SEGMENT,
    action_iri,
    article_iri,
    entity_iri,
    relation_iri,
    segment,
    sentence_iri,
)
from kg.model import Mention, Relation
from kg.namespace import bind_prefixes

NASTY = [
    "ISIL",
    "Barack Obama",
    "withdraw from",
    'say "no"',
    "it's",
    "<script>alert(1)</script>",
    "a>b<c",
    "{braces}",
    "back\\slash",
    "caret^",
    "pipe|pipe",
    "back`tick",
    "percent %20 already",
    "%",
    "#fragment",
    "?query=1&x=2",
    "a/b/../c",
    ".",
    "..",
    "...",
    "~",
    "-",
    "_",
    "a:b",
    "mailto:x@y",
    "http://example.org/x",
    "tab\tnew\nline\rcr",
    "nul\x00bell\x07esc\x1b del\x7f",
    "\x85next line\u2028line sep",
    "zero\u200bwidth",
    "Ünïcödé",
    "Straße",
    "الدولة الإسلامية",
    "伊斯兰国",
    "emoji 🙂🏳️‍🌈",
    "lone \ud800 surrogate",
    " ",
    "  leading and trailing  ",
    "x" * 199,
    "x" * 200,
    "x" * 201,
    "y" * 5000,
    "é" * 300,
    "🙂" * 100,
]

# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

MINTERS = [entity_iri, action_iri, article_iri, lambda text: sentence_iri(text, 7)]


def _relation(doc: str = "a1", actor: str = "ISIL", target: str = "Mosul", **changes) -> Relation:
    fields = dict(
        doc=doc,
        sentence=0,
        text=f"{actor} captured {target}.",
        start=0,
        end=len(actor) + len(target) + 11,
        actor=Mention(actor, actor, 0, len(actor), "name", "ORG"),
        action="capture",
        action_text="captured",
        target=Mention(target, target, len(actor) + 10, len(actor) + 10 + len(target), "name", "GPE"),
    )
    fields.update(changes)
    return Relation(**fields)


def _iris(text: str) -> list[URIRef]:
    return [mint(text) for mint in MINTERS] + [relation_iri(_relation(doc=text, actor=text, action=text))]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_iri_is_ascii_without_forbidden_characters(text):
    for iri in _iris(text):
        assert iri.isascii()
        assert not set(str(iri)) & set('<>"{}|\\^` \t\n\r')
        assert all(ord(c) > 0x20 for c in str(iri))
        assert "/./" not in iri and "/../" not in iri and not iri.endswith(("/.", "/.."))


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_iri_is_deterministic(text):
    assert _iris(text) == _iris(text)


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "xml"])
def test_iri_round_trips_through_rdflib(text, fmt):
    graph = bind_prefixes(Graph())
    iris = _iris(text)
    for iri in iris:
        graph.add((iri, RDFS.seeAlso, iri))
    graph.add((iris[0], RDFS.label, Literal("label")))
    parsed = Graph().parse(data=graph.serialize(format=fmt), format=fmt)
    assert set(parsed) == set(graph)


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_iri_is_accepted_by_pyoxigraph(text):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    for iri in _iris(text):
        node = pyoxigraph.NamedNode(str(iri))
        store.add(pyoxigraph.Quad(node, node, node))
    nt = store.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode()
    assert len(list(pyoxigraph.parse(nt, format=pyoxigraph.RdfFormat.N_QUADS))) == len(set(_iris(text)))


def test_iri_distinct_labels_give_distinct_iris():
    labels = [t for t in NASTY if unicodedata.normalize("NFC", t) == t]
    for minter in MINTERS:
        iris = [minter(t) for t in labels]
        assert len(set(iris)) == len(labels), minter


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ISIL", "isil"),  # case is canonicalisation's business, not the IRI's
        ("Barack Obama", "Barack_Obama"),  # no replace(" ", "_") collisions
        ("a b", "a%20b"),  # an already-encoded label stays distinct
        ("x" * 1000, "x" * 1001),  # cut labels are told apart by their hash
        ("x" * 1000, "x" * 183 + "," + "0" * 16),  # a label cannot imitate a cut one
    ],
)
def test_iri_near_labels_stay_distinct(a, b):
    assert entity_iri(a) != entity_iri(b)


def test_iri_nfc_equivalent_labels_are_one_entity():
    assert entity_iri("Cafe\u0301") == entity_iri("Caf\u00e9")


def test_iri_entity_is_global_across_articles():
    assert _relation(doc="a1").actor.label == _relation(doc="a2").actor.label
    assert entity_iri(_relation(doc="a1").actor.label) == entity_iri(_relation(doc="a2").actor.label)


@pytest.mark.parametrize("text", ["Barack Obama", "伊斯兰国", "a/b", "100%"])
def test_iri_short_segment_decodes_to_text(text):
    assert unquote(segment(text)) == text


@pytest.mark.parametrize("text", ["y" * 5000, "é" * 300, "🙂" * 100, "a" * 199 + "é"])
def test_iri_long_segment_is_cut(text):
    cut = segment(text)
    assert len(cut) <= MAX_SEGMENT
    prefix, digest = cut.rsplit(",", 1)
    assert len(digest) == 16 and int(digest, 16) >= 0
    # The cut falls between characters, never inside a %XX escape.
    assert prefix and text.startswith(unquote(prefix, errors="strict"))


@pytest.mark.parametrize("minter", MINTERS)
def test_iri_empty_text_raises(minter):
    with pytest.raises(ValueError, match="empty"):
        minter("")


@pytest.mark.parametrize("value", [None, 3, b"ISIL"])
def test_iri_non_string_raises(value):
    with pytest.raises(TypeError):
        entity_iri(value)


@pytest.mark.parametrize("index", [-1, 1.5, "3", True])
def test_iri_bad_sentence_index_raises(index):
    with pytest.raises(ValueError, match="sentence index"):
        sentence_iri("a1", index)


def test_iri_sentence_and_relation_live_under_their_article():
    rel = _relation(doc="doc 1")
    assert sentence_iri("doc 1", 0).startswith(article_iri("doc 1") + "/")
    assert relation_iri(rel).startswith(article_iri("doc 1") + "/relation/0-")


def test_iri_relation_depends_on_identity_not_scores():
    rel = _relation()
    assert relation_iri(rel) == relation_iri(_relation(confidence=0.3, construction="passive"))
    assert relation_iri(rel) != relation_iri(_relation(negated=True))
    assert relation_iri(rel) != relation_iri(_relation(action="seize"))
    assert relation_iri(rel) != relation_iri(_relation(sentence=1))
    assert relation_iri(rel) != relation_iri(_relation(doc="a2"))
    moved = Mention("ISIL", "ISIL", 1, 5, "name", "ORG")
    assert relation_iri(rel) != relation_iri(dataclasses.replace(rel, actor=moved))
