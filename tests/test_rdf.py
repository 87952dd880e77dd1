from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib import namespace as rdfns
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.errors import OutputError
from kg.iri import action_iri, article_iri, entity_iri, relation_iri, sentence_iri
from kg.model import Article, ArticleResult, Entity, Mention, Relation
from kg.namespace import KG
from kg.rdf import FORMATS, serialize, to_graph

# SDO and XSD are reached through the module: see the note in kg/namespace.py.
# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

HOSTILE_ACTOR = 'Islamic State "ISIL" <script>alert(1)</script>'
HOSTILE_TARGET = "Mosul\u2019s {old} city \\ | ^ ` — الموصل 🏙️"


def _mention(text: str, start: int, type_: str | None = "ORG", kind="name", label: str | None = None) -> Mention:
    return Mention(text, label or text, start, start + len(text), kind, type_)


def _relation(
    doc: str, text: str, actor: Mention, action: str, target: Mention, *, sentence=0, start=0, **fields
) -> Relation:
    """A relation whose action text is the action and whose sentence starts at ``start``."""
    fields.setdefault("action_text", action)
    return Relation(doc, sentence, text, start, start + len(text), actor, action, target=target, **fields)


def _results() -> list[ArticleResult]:
    """Two articles sharing entities, with hostile text, a negation, a pronoun and a noun-phrase node."""
    s0 = f'{HOSTILE_ACTOR} captured {HOSTILE_TARGET}.\nIt said "we won" 🎉'
    actor = _mention(HOSTILE_ACTOR, 0)
    target = _mention(HOSTILE_TARGET, len(HOSTILE_ACTOR) + 10, "GPE")
    captured = _relation("a1", s0, actor, "capture", target, action_text="captured", confidence=0.9)

    s1 = "The United States did not withdraw from Iraq."
    us = _mention("The United States", 100, "GPE", label="United States")
    iraq = _mention("Iraq", 140, "GPE")
    denied = _relation("a1", s1, us, "withdraw from", iraq, sentence=1, start=100, negated=True, confidence=0.75)

    s2 = "It sent 300 military advisers to Iraq."
    it = _mention("It", 147, None, kind="pronoun", label="United States")
    advisers = _mention("military advisers", 159, None, kind="noun")
    sent = _relation(
        "a1", s2, it, "send", advisers, sentence=2, start=147, action_text="sent", confidence=0.6, construction="coref"
    )

    article1 = Article(
        "a1",
        f"{s0} {s1} {s2}",
        title='Title with "quotes" & <tags>',
        date=dt.date(2014, 6, 10),
        source="Reuters",
        url="https://example.org/news?id=1&x=<y>",
    )
    entities1 = (
        Entity(HOSTILE_ACTOR, "ORG", "name", aliases=("ISIL", "the group", HOSTILE_ACTOR), mentions=3),
        Entity(HOSTILE_TARGET, "GPE", "name", mentions=1),
        Entity("United States", "GPE", "name", aliases=("The United States", "U.S."), mentions=2),
        Entity("Iraq", "GPE", "name", mentions=1),
        Entity("military advisers", None, "noun", mentions=1),
        Entity("Baghdad", "GPE", "name", mentions=4),  # in no relation: not written
    )

    s3 = f"The United States bombed {HOSTILE_ACTOR}."
    us2 = _mention("The United States", 0, "GPE", label="United States")
    bombed = _relation("a2", s3, us2, "bomb", _mention(HOSTILE_ACTOR, 25), action_text="bombed")
    entities2 = (Entity("United States", "GPE", "name", mentions=5), Entity(HOSTILE_ACTOR, "ORG", "name", mentions=1))
    return [
        ArticleResult(article1, (captured, denied, sent), entities1),
        ArticleResult(Article("a2", s3), (bombed,), entities2),
    ]


@pytest.fixture
def results() -> list[ArticleResult]:
    return _results()


@pytest.fixture
def graph(results) -> Graph:
    return to_graph(results)


def test_rdf_direct_edge_for_positive_relation(graph):
    assert (entity_iri(HOSTILE_ACTOR), action_iri("capture"), entity_iri(HOSTILE_TARGET)) in graph
    assert (entity_iri("United States"), action_iri("bomb"), entity_iri(HOSTILE_ACTOR)) in graph


def test_rdf_negated_relation_has_event_but_no_direct_edge(graph, results):
    denied = results[0].relations[1]
    assert (entity_iri("United States"), action_iri("withdraw from"), entity_iri("Iraq")) not in graph
    assert (entity_iri("United States"), None, entity_iri("Iraq")) not in graph
    node = relation_iri(denied)
    assert (node, RDF.type, KG.Relation) in graph
    assert graph.value(node, KG.negated) == Literal(True)
    assert graph.value(node, KG.action) == action_iri("withdraw from")


def test_rdf_event_node_properties(graph, results):
    captured = results[0].relations[0]
    node = relation_iri(captured)
    sentence = sentence_iri("a1", 0)
    expected = {
        RDF.type: KG.Relation,
        KG.actor: entity_iri(HOSTILE_ACTOR),
        KG.action: action_iri("capture"),
        KG.target: entity_iri(HOSTILE_TARGET),
        KG.actionText: Literal("captured"),
        KG.actorText: Literal(HOSTILE_ACTOR),
        KG.targetText: Literal(HOSTILE_TARGET),
        KG.actorStart: Literal(0),
        KG.actorEnd: Literal(len(HOSTILE_ACTOR)),
        KG.targetStart: Literal(captured.target.start),
        KG.targetEnd: Literal(captured.target.end),
        KG.negated: Literal(False),
        KG.confidence: Literal(Decimal("0.900")),
        KG.construction: Literal("active"),
        KG.evidence: sentence,
        PROV.wasDerivedFrom: sentence,
        KG.article: article_iri("a1"),
    }
    assert {p: o for _, p, o in graph.triples((node, None, None))} == expected
    assert len(list(graph.triples((node, None, None)))) == len(expected)


def test_rdf_literals_are_typed(graph, results):
    node = relation_iri(results[0].relations[0])
    assert graph.value(node, KG.actorStart).datatype == rdfns.XSD.integer
    assert graph.value(node, KG.negated).datatype == rdfns.XSD.boolean
    assert graph.value(node, KG.confidence).datatype == rdfns.XSD.decimal
    assert graph.value(article_iri("a1"), DCTERMS.date) == Literal(dt.date(2014, 6, 10))
    assert graph.value(article_iri("a1"), DCTERMS.date).datatype == rdfns.XSD.date
    assert graph.value(article_iri("a1"), rdfns.SDO.url).datatype == rdfns.XSD.anyURI


def test_rdf_sentence_node(graph, results):
    captured = results[0].relations[0]
    sentence = sentence_iri("a1", 0)
    assert (sentence, RDF.type, KG.Sentence) in graph
    assert graph.value(sentence, KG.text) == Literal(captured.text)
    assert graph.value(sentence, KG.sentenceIndex) == Literal(0)
    assert graph.value(sentence, KG.startOffset) == Literal(0)
    assert graph.value(sentence, KG.endOffset) == Literal(captured.end)
    assert graph.value(sentence, KG.article) == article_iri("a1")
    assert graph.value(sentence_iri("a1", 1), KG.startOffset) == Literal(100)


def test_rdf_article_node(graph, results):
    article = results[0].article
    node = article_iri("a1")
    assert (node, RDF.type, KG.Article) in graph
    assert graph.value(node, DCTERMS.identifier) == Literal("a1")
    assert graph.value(node, DCTERMS.title) == Literal(article.title)
    assert graph.value(node, DCTERMS.source) == Literal("Reuters")
    assert str(graph.value(node, rdfns.SDO.url)) == article.url
    # Optional fields left empty are simply absent.
    assert graph.value(article_iri("a2"), DCTERMS.title) is None


def test_rdf_action_property_declared(graph):
    action = action_iri("withdraw from")  # declared even though only a negated relation uses it
    assert (action, RDF.type, KG.Action) in graph
    assert (action, RDF.type, RDF.Property) in graph
    assert (action, RDFS.subPropertyOf, KG.relatedTo) in graph
    assert graph.value(action, RDFS.label) == Literal("withdraw from")


@pytest.mark.parametrize(
    ("label", "classes", "ner"),
    [
        (HOSTILE_ACTOR, {KG.Organization}, "ORG"),
        (HOSTILE_TARGET, {KG.Place}, "GPE"),
        ("United States", {KG.Place}, "GPE"),  # the pronoun "It" adds no type of its own
        ("military advisers", {KG.Concept}, None),
    ],
)
def test_rdf_entity_types(graph, label, classes, ner):
    node = entity_iri(label)
    assert set(graph.objects(node, RDF.type)) == classes
    assert graph.value(node, RDFS.label) == Literal(label)
    assert graph.value(node, KG.entityType) == (Literal(ner) if ner else None)


@pytest.mark.parametrize(
    ("ner", "kind", "cls"),
    [
        ("PERSON", "name", KG.Person),
        ("ORG", "name", KG.Organization),
        ("GPE", "name", KG.Place),
        ("LOC", "name", KG.Place),
        ("FAC", "name", KG.Place),
        ("NORP", "name", KG.Group),
        ("EVENT", "name", KG.Event),
        ("WORK_OF_ART", "name", KG.Entity),
        (None, "noun", KG.Concept),
        (None, "name", KG.Entity),
        (None, "pronoun", KG.Entity),  # an unresolved pronoun with no entity record
    ],
)
def test_rdf_ner_type_mapping(ner, kind, cls):
    actor = _mention("X", 0, ner, kind=kind)
    rel = _relation("d", "X hit Y.", actor, "hit", _mention("Y", 6, "ORG"))
    graph = to_graph([ArticleResult(Article("d", rel.text), (rel,))])
    assert set(graph.objects(entity_iri("X"), RDF.type)) == {cls}


def test_rdf_aliases_and_mention_counts_summed_across_articles(graph):
    isil = entity_iri(HOSTILE_ACTOR)
    assert set(graph.objects(isil, SKOS.altLabel)) == {Literal("ISIL"), Literal("the group")}
    assert graph.value(isil, KG.mentionCount) == Literal(4)  # 3 in a1 + 1 in a2
    assert graph.value(entity_iri("United States"), KG.mentionCount) == Literal(7)
    assert len(list(graph.objects(entity_iri("United States"), KG.mentionCount))) == 1


def test_rdf_entity_in_no_relation_is_not_written(graph):
    assert (entity_iri("Baghdad"), None, None) not in graph


def test_rdf_adding_articles_one_by_one_matches_adding_them_together(results):
    together = to_graph(results)
    one_by_one = to_graph(results[1:], to_graph(results[:1]))
    assert isomorphic(together, one_by_one)


def test_rdf_adding_an_article_again_changes_nothing(results):
    once = to_graph(results)
    twice = to_graph(results, to_graph(results))
    assert isomorphic(once, twice)
    assert isomorphic(once, to_graph(results + results))


def test_rdf_build_is_deterministic(results):
    assert isomorphic(to_graph(results), to_graph(_results()))
    assert serialize(to_graph(results), format="nt") == serialize(to_graph(_results()), format="nt")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_rdf_serialize_round_trips(graph, fmt, tmp_path):
    path = tmp_path / f"graph.{fmt}"
    serialize(graph, path, fmt)
    parsed = Graph().parse(path, format=FORMATS[fmt])
    assert isomorphic(graph, parsed)
    assert isomorphic(graph, Graph().parse(data=serialize(graph, format=fmt), format=FORMATS[fmt]))


@pytest.mark.parametrize("fmt", ["xml", "ttl", "json-ld", "", "TURTLE"])
def test_rdf_serialize_unknown_format_raises(graph, fmt, tmp_path):
    with pytest.raises(OutputError, match="turtle, nt, jsonld"):
        serialize(graph, tmp_path / "out", fmt)
    assert not (tmp_path / "out").exists()


def test_rdf_serialize_unwritable_destination_raises(graph, tmp_path):
    with pytest.raises(OutputError, match="missing"):
        serialize(graph, tmp_path / "missing" / "graph.ttl", "turtle")


def test_rdf_turtle_reads_as_prefixed_names(graph):
    text = serialize(graph, format="turtle")
    assert "@prefix kg: <https://w3id.org/newskg/ontology#>" in text
    assert "action:capture" in text


def test_rdf_sparql_finds_who_did_what(graph):
    # No inference needed: the action properties say they are kg:relatedTo.
    rows = graph.query(
        """SELECT ?actor ?target WHERE {
               ?p rdfs:subPropertyOf kg:relatedTo . ?a ?p ?t .
               ?a rdfs:label ?actor . ?t rdfs:label ?target }""",
        initNs={"kg": KG._NS, "rdfs": RDFS},
    )
    assert {(str(a), str(t)) for a, t in rows} == {
        (HOSTILE_ACTOR, HOSTILE_TARGET),
        ("United States", HOSTILE_ACTOR),
        ("United States", "military advisers"),
    }


def test_rdf_relation_from_another_article_raises(results):
    stray = results[1].relations[0]
    with pytest.raises(ValueError, match="'a2'.*'a1'"):
        to_graph([ArticleResult(results[0].article, (stray,))])


@pytest.mark.parametrize("confidence", [-0.1, 1.5, float("nan"), float("inf")])
def test_rdf_confidence_outside_unit_interval_raises(results, confidence):
    rel = dataclasses.replace(results[1].relations[0], confidence=confidence)
    with pytest.raises(ValueError, match="confidence"):
        to_graph([ArticleResult(results[1].article, (rel,))])
