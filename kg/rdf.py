"""Extraction results -> an rdflib graph in the kg ontology, and its serialisations.

Each relation is written twice over (see docs/decisions/0003):

* an **event node** of class ``kg:Relation`` carrying actor, action, target,
  surface text, offsets, negation, confidence, construction and its evidence
  sentence, for provenance and for everything a plain triple cannot say;
* a **direct edge** ``actor --action--> target`` so that simple questions stay
  simple SPARQL. A negated relation ("ISIL did not capture Mosul") gets the
  event node with ``kg:negated true`` and *no* direct edge: every direct edge
  is something an article asserted.

Terms come from :mod:`kg.namespace`; IRIs from :mod:`kg.iri`.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from os import PathLike
from typing import IO

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdfns
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.errors import OutputError
from kg.iri import action_iri, article_iri, attribution_iri, entity_iri, relation_iri, sentence_iri
from kg.model import Article, ArticleResult, Entity, Mention, MentionKind, Relation
from kg.namespace import KG, bind_prefixes

__all__ = ["NER_CLASSES", "UNTYPED_CLASSES", "OTHER_CLASS", "FORMATS", "to_graph", "article_graph", "serialize"]

logger = logging.getLogger(__name__)

#: The class of an entity by its spaCy NER label.
NER_CLASSES: dict[str, URIRef] = {
    "PERSON": KG.Person,
    "ORG": KG.Organization,
    "GPE": KG.Place,  # countries, cities, states
    "LOC": KG.Place,  # mountains, rivers, regions
    "FAC": KG.Place,  # buildings, airports, bridges
    "NORP": KG.Group,  # nationalities, religious and political groups
    "EVENT": KG.Event,
}
#: The class of an NER label missing from NER_CLASSES (LAW, PRODUCT, WORK_OF_ART ...).
OTHER_CLASS: URIRef = KG.Entity
#: The class of an entity without an NER label, by the kind of mention or entity.
UNTYPED_CLASSES: dict[MentionKind, URIRef] = {
    "noun": KG.Concept,  # a common noun phrase: "military advisers"
    "name": KG.Entity,  # a name the recogniser did not type
    "pronoun": KG.Entity,  # an unresolved pronoun: we know nothing of it
}

#: Output format names kg accepts -> rdflib's serializer names.
FORMATS: dict[str, str] = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}
#: Extra serializer options by rdflib format: JSON-LD gets an @context from the bound prefixes.
_FORMAT_OPTIONS: dict[str, dict[str, object]] = {"json-ld": {"auto_compact": True}}

#: Confidence is written as an xsd:decimal with this many places.
CONFIDENCE_PLACES = 3

# SDO and XSD are reached through the module: see the note in kg/namespace.py.
_SCHEMA_URL = rdfns.SDO.url
_ANY_URI = rdfns.XSD.anyURI


def to_graph(results: Iterable[ArticleResult], graph: Graph | None = None) -> Graph:
    """Add ``results`` to ``graph`` (a new graph when None) and return it.

    Entity IRIs are global, so entity nodes are shared between articles. Each
    entity's ``kg:mentionCount`` is the sum of ``Entity.mentions`` over the
    articles in the graph: articles added by this call are summed and added to
    any count already in ``graph``; an article already in ``graph`` (or repeated
    in ``results``) is not counted again, so adding it twice changes nothing.
    Aliases, types and counts come from ``ArticleResult.entities`` for every
    entity that takes part in a relation somewhere in the graph; entities that
    take part in no relation are not written.

    >>> from kg.model import Article, ArticleResult, Mention, Relation
    >>> isil = Mention("ISIL", "ISIL", 0, 4, "name", "ORG")
    >>> mosul = Mention("Mosul", "Mosul", 14, 19, "name", "GPE")
    >>> r = Relation("a1", 0, "ISIL captured Mosul.", 0, 20, isil, "capture", "captured", mosul)
    >>> g = to_graph([ArticleResult(Article("a1", r.text), (r,))])
    >>> (entity_iri("ISIL"), action_iri("capture"), entity_iri("Mosul")) in g
    True
    >>> g.value(relation_iri(r), KG.evidence) == sentence_iri("a1", 0)
    True
    """
    # A new graph binds only kg's prefixes, not rdflib's thirty defaults (they
    # would all land in the JSON-LD @context).
    graph = bind_prefixes(Graph(bind_namespaces="none") if graph is None else graph)
    counts: Counter[str] = Counter()
    counted: set[str] = set()
    participants: set[URIRef] = set()
    articles = 0
    for result in results:  # one pass: the stream of results is never held in memory
        articles += 1
        _count_mentions(result, graph, counted, counts)
        participants |= _add_result(graph, result)
    _add_default_types(graph, participants)
    _add_mention_counts(graph, counts)
    logger.debug("graph has %d triples after adding %d articles", len(graph), articles)
    return graph


def article_graph(result: ArticleResult) -> Graph:
    """The statements of one article alone: what a store keeps in the article's named graph.

    The same triples :func:`to_graph` writes for this article, except that the
    article's own mention counts are ``kg:articleMentionCount`` (the store sums
    them into ``kg:mentionCount`` in its default graph, see :mod:`kg.store`).

    >>> from kg.model import Article, ArticleResult, Entity, Mention, Relation
    >>> isil = Mention("ISIL", "ISIL", 0, 4, "name", "ORG")
    >>> mosul = Mention("Mosul", "Mosul", 14, 19, "name", "GPE")
    >>> r = Relation("a1", 0, "ISIL captured Mosul.", 0, 20, isil, "capture", "captured", mosul)
    >>> g = article_graph(ArticleResult(Article("a1", r.text), (r,), (Entity("ISIL", "ORG", "name", mentions=2),)))
    >>> g.value(entity_iri("ISIL"), KG.articleMentionCount), g.value(entity_iri("ISIL"), KG.mentionCount)
    (rdflib.term.Literal('2', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), None)
    """
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    _add_default_types(graph, _add_result(graph, result))
    counts: Counter[str] = Counter()
    for entity in result.entities:
        counts[entity.label] += entity.mentions
    for label, count in counts.items():
        node = entity_iri(label)
        if count > 0 and (node, RDFS.label, None) in graph:
            graph.add((node, KG.articleMentionCount, Literal(count)))
    return graph


def _add_result(graph: Graph, result: ArticleResult) -> set[URIRef]:
    """Add one article's node, relations and entity facts; return the entity nodes of its relations."""
    participants: set[URIRef] = set()
    _add_article(graph, result.article)
    for relation in result.relations:
        if relation.doc != result.article.id:
            raise ValueError(f"relation from article {relation.doc!r} is listed under article {result.article.id!r}")
        _add_relation(graph, relation, result.article)
        participants.update(
            _add_participant(graph, m)
            for m in (relation.actor, relation.target, relation.attributed_to, relation.place)
            if m is not None
        )
    for entity in result.entities:
        _add_entity_facts(graph, entity)
    return participants


def _add_default_types(graph: Graph, participants: set[URIRef]) -> None:
    for node in participants:
        if (node, RDF.type, None) not in graph:
            graph.add((node, RDF.type, OTHER_CLASS))


def serialize(
    graph: Graph,
    destination: str | PathLike[str] | IO[bytes] | None = None,
    format: str = "turtle",  # noqa: A002 - the name rdflib and the CLI use
) -> str | None:
    """Write ``graph`` to ``destination`` (a path or binary file) in ``format``.

    ``format`` is one of :data:`FORMATS`. With no destination the text is returned.

    >>> g = to_graph([])
    >>> serialize(g, format="nt").strip()
    ''
    >>> serialize(g, format="rdfxml")
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: unknown RDF format 'rdfxml'; valid formats: turtle, nt, jsonld
    """
    try:
        rdflib_format = FORMATS[format]
    except KeyError:
        raise OutputError(f"unknown RDF format {format!r}; valid formats: {', '.join(FORMATS)}") from None
    options = _FORMAT_OPTIONS.get(rdflib_format, {})
    if destination is None:
        return graph.serialize(format=rdflib_format, **options)
    try:
        graph.serialize(destination=destination, format=rdflib_format, encoding="utf-8", **options)
    except OSError as error:
        raise OutputError(f"cannot write RDF to {destination}: {error.strerror or error}") from error
    return None


def _add_article(graph: Graph, article: Article) -> None:
    node = article_iri(article.id)
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, DCTERMS.identifier, Literal(article.id)))
    if article.title is not None:
        graph.add((node, DCTERMS.title, Literal(article.title)))
    if article.date is not None:
        date = article.date.date() if isinstance(article.date, dt.datetime) else article.date
        graph.add((node, DCTERMS.date, Literal(date)))  # xsd:date
    if article.source is not None:
        graph.add((node, DCTERMS.source, Literal(article.source)))
    if article.url is not None:
        # A literal, not an IRI: a URL read from input need not be a valid IRI.
        graph.add((node, _SCHEMA_URL, Literal(article.url, datatype=_ANY_URI)))


def _add_relation(graph: Graph, relation: Relation, article_record: Article | None = None) -> None:
    article = article_iri(relation.doc)
    sentence = sentence_iri(relation.doc, relation.sentence)
    graph.add((sentence, RDF.type, KG.Sentence))
    graph.add((sentence, KG.article, article))
    graph.add((sentence, KG.sentenceIndex, Literal(relation.sentence)))
    graph.add((sentence, KG.text, Literal(relation.text)))
    graph.add((sentence, KG.startOffset, Literal(relation.start)))
    graph.add((sentence, KG.endOffset, Literal(relation.end)))

    action = action_iri(relation.action)
    graph.add((action, RDF.type, KG.Action))
    graph.add((action, RDF.type, RDF.Property))
    graph.add((action, RDFS.subPropertyOf, KG.relatedTo))
    graph.add((action, RDFS.label, Literal(relation.action)))

    actor, target = entity_iri(relation.actor.label), entity_iri(relation.target.label)
    node = relation_iri(relation)
    for predicate, value in _relation_facts(relation, actor, action, target, sentence, article):
        graph.add((node, predicate, value))
    if not relation.negated:
        # The direct edge: only what the article asserted, never what it denied.
        graph.add((actor, action, target))
    if relation.attribution_cue is not None:
        # who reports it: a statement about the relation, not a flattening of it
        report = attribution_iri(relation)
        graph.add((node, KG.attribution, report))
        graph.add((report, RDF.type, KG.Attribution))
        graph.add((report, KG.cue, Literal(relation.attribution_cue)))
        if relation.attributed_to is not None:
            source = entity_iri(relation.attributed_to.label)
            graph.add((report, KG.source, source))
            graph.add((node, PROV.wasAttributedTo, source))
        if article_record is not None and article_record.date is not None:
            graph.add((report, DCTERMS.date, Literal(article_record.date)))


def _relation_facts(
    relation: Relation, actor: URIRef, action: URIRef, target: URIRef, sentence: URIRef, article: URIRef
) -> Iterator[tuple[URIRef, URIRef | Literal]]:
    yield RDF.type, KG.Relation
    yield KG.actor, actor
    yield KG.action, action
    yield KG.target, target
    yield KG.actorText, Literal(relation.actor.text)
    yield KG.actionText, Literal(relation.action_text)
    yield KG.targetText, Literal(relation.target.text)
    yield KG.actorStart, Literal(relation.actor.start)
    yield KG.actorEnd, Literal(relation.actor.end)
    yield KG.targetStart, Literal(relation.target.start)
    yield KG.targetEnd, Literal(relation.target.end)
    yield KG.negated, Literal(relation.negated)
    yield KG.confidence, Literal(_confidence(relation))
    yield KG.construction, Literal(relation.construction)
    yield KG.evidence, sentence
    yield PROV.wasDerivedFrom, sentence
    yield KG.article, article
    if relation.date is not None:
        if relation.date.start == relation.date.end:
            # kg:date is one xsd:date: only a single day is written, never a widened interval.
            yield KG.date, Literal(dt.date.fromisoformat(relation.date.start))
        yield KG.dateStart, Literal(dt.date.fromisoformat(relation.date.start))
        yield KG.dateEnd, Literal(dt.date.fromisoformat(relation.date.end))
        yield KG.dateGranularity, Literal(relation.date.granularity)
        yield KG.dateText, Literal(relation.date.text)
    if relation.modality is not None:
        yield KG.modality, Literal(relation.modality)
    if relation.place is not None:
        yield KG.place, entity_iri(relation.place.label)


def _confidence(relation: Relation) -> Decimal:
    value = relation.confidence
    if not (math.isfinite(value) and 0 <= value <= 1):
        raise ValueError(
            f"confidence must be between 0 and 1, got {value!r} for {relation.action!r} in {relation.doc!r}"
        )
    return Decimal(f"{value:.{CONFIDENCE_PLACES}f}")


def _add_participant(graph: Graph, mention: Mention) -> URIRef:
    """Label and (unless it is a pronoun) type the entity node of ``mention``."""
    node = entity_iri(mention.label)
    graph.add((node, RDFS.label, Literal(mention.label)))
    # A pronoun says nothing about what it refers to: its antecedent's entity
    # record (or, failing that, OTHER_CLASS) types the node.
    if mention.kind != "pronoun":
        _add_type(graph, node, mention.type, mention.kind)
    return node


def _add_entity_facts(graph: Graph, entity: Entity) -> None:
    """Type and aliases from an entity record, if its node takes part in a relation."""
    node = entity_iri(entity.label)
    if (node, RDFS.label, None) not in graph:
        return
    _add_type(graph, node, entity.type, entity.kind)
    for alias in entity.aliases:
        if alias != entity.label:
            graph.add((node, SKOS.altLabel, Literal(alias)))


def _add_type(graph: Graph, node: URIRef, ner_type: str | None, kind: MentionKind) -> None:
    if ner_type is None:
        graph.add((node, RDF.type, UNTYPED_CLASSES.get(kind, OTHER_CLASS)))
        return
    graph.add((node, RDF.type, NER_CLASSES.get(ner_type, OTHER_CLASS)))
    graph.add((node, KG.entityType, Literal(ner_type)))


def _count_mentions(result: ArticleResult, graph: Graph, counted: set[str], counts: Counter[str]) -> None:
    """Add an article's mentions per entity label, unless it is already counted or in ``graph``."""
    doc = result.article.id
    if doc in counted or (article_iri(doc), RDF.type, KG.Article) in graph:
        logger.debug("article %r is already in the graph: its mentions are not counted again", doc)
        return
    counted.add(doc)
    for entity in result.entities:
        counts[entity.label] += entity.mentions


def _add_mention_counts(graph: Graph, counts: Counter[str]) -> None:
    for label, count in counts.items():
        node = entity_iri(label)
        # Entities in no relation are not in the graph; a count of 0 means "not counted".
        if count <= 0 or (node, RDFS.label, None) not in graph:
            continue
        previous = graph.value(node, KG.mentionCount)
        total = count + (int(previous) if previous is not None else 0)
        graph.set((node, KG.mentionCount, Literal(total)))
