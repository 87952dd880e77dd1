"""The kg vocabulary as Python names, and the namespaces of kg's data.

``KG`` lists every term of ``ontologies/kg.ttl`` (the source of truth;
``tests/test_namespace.py`` keeps the two equal) and fails on a typo:

>>> KG.actor
rdflib.term.URIRef('https://w3id.org/newskg/ontology#actor')
>>> KG.actr
Traceback (most recent call last):
...
AttributeError: term 'actr' not in namespace 'https://w3id.org/newskg/ontology#'

Instance IRIs live under ``DATA`` (articles, their sentences and relations,
entities) and ``ACTION`` (the action properties); only :mod:`kg.iri` mints them.
"""

# No ``from __future__ import annotations`` here: DefinedNamespace reads the
# class annotations at run time and expects the URIRef class, not a string.
#
# SDO, XSD and DefinedNamespace itself warn on any unknown attribute, and the
# doctest collector probes every module global for ``_mock_name``; reaching
# them through the module keeps ``pytest --doctest-modules`` quiet.

from rdflib import Graph, Namespace, URIRef
from rdflib import namespace as rdfns
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

__all__ = ["KG", "DATA", "ARTICLE", "ENTITY", "ACTION", "PREFIXES", "bind_prefixes"]

#: Base of every instance IRI kg mints.
DATA = Namespace("https://w3id.org/newskg/id/")
#: Articles, and below each article its sentences and relations.
ARTICLE = Namespace(f"{DATA}article/")
#: Entities, global across articles: one IRI per canonical label.
ENTITY = Namespace(f"{DATA}entity/")
#: Action properties ("capture", "withdraw from"), each an instance of ``KG.Action``.
ACTION = Namespace("https://w3id.org/newskg/action/")


class KG(rdfns.DefinedNamespace):
    """The terms of the newskg ontology (``ontologies/kg.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/ontology#")

    # Classes
    Article: URIRef  # a news article (schema:NewsArticle, prov:Entity)
    Sentence: URIRef  # an evidence sentence of an article
    Entity: URIRef  # anything a relation connects
    Person: URIRef  # NER PERSON
    Organization: URIRef  # NER ORG
    Place: URIRef  # NER GPE, LOC, FAC
    Group: URIRef  # NER NORP: nationalities, religious and political groups
    Event: URIRef  # NER EVENT: a named event taking part in relations
    Concept: URIRef  # a common noun phrase participant, no NER type
    Relation: URIRef  # the event node of one extracted relation
    Action: URIRef  # the class of action properties

    # Relation structure
    relatedTo: URIRef  # super-property of every action property
    actor: URIRef
    target: URIRef
    action: URIRef
    actionText: URIRef
    actorText: URIRef
    targetText: URIRef
    evidence: URIRef  # Relation -> Sentence
    article: URIRef  # Sentence or Relation -> Article
    actorStart: URIRef
    actorEnd: URIRef
    targetStart: URIRef
    targetEnd: URIRef
    negated: URIRef
    confidence: URIRef
    construction: URIRef
    date: URIRef  # the date of the related event (not the publication date)

    # Sentences
    text: URIRef
    sentenceIndex: URIRef
    startOffset: URIRef
    endOffset: URIRef

    # Entities
    entityType: URIRef
    mentionCount: URIRef

    # Store aggregates (kg/store.py): per-article counts and the default graph's summaries
    articleMentionCount: URIRef  # an entity's mentions in one article, inside that article's graph
    mentionedIn: URIRef  # entity or edge -> article
    articleCount: URIRef
    relationCount: URIRef
    firstDate: URIRef  # earliest publication date of the articles
    lastDate: URIRef
    # factuality, attribution, time and place
    modality: URIRef
    Attribution: URIRef
    attribution: URIRef
    source: URIRef
    cue: URIRef
    dateStart: URIRef
    dateEnd: URIRef
    dateGranularity: URIRef
    dateText: URIRef
    place: URIRef


#: The prefixes kg binds on every graph it writes, so Turtle reads as
#: ``entity:ISIL action:capture entity:Mosul``.
PREFIXES: dict[str, Namespace] = {
    "kg": Namespace(str(KG)),
    "entity": ENTITY,
    "action": ACTION,
    "article": ARTICLE,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(rdfns.XSD)),
    "dcterms": Namespace(str(DCTERMS)),
    "prov": Namespace(str(PROV)),
    "schema": Namespace(str(rdfns.SDO)),
    "skos": Namespace(str(SKOS)),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes on ``graph`` (replacing other bindings of the same names) and return it.

    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["entity"]
    rdflib.term.URIRef('https://w3id.org/newskg/id/entity/')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
