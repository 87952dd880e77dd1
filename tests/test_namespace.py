from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespace import ACTION, DATA, KG, PREFIXES, bind_prefixes

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontologies" / "kg.ttl"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _declared(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and s in KG}


def test_namespace_terms_equal_ontology_terms(ontology):
    in_ontology = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}
    assert in_ontology == set(dir(KG))


def test_namespace_no_term_used_but_undeclared(ontology):
    # Every kg: IRI the ontology mentions anywhere (as object too) is one it declares.
    used = {t for triple in ontology for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    assert used <= _declared(ontology)


@pytest.mark.parametrize("name", ["actr", "Artcle", "mentioncount", "Relations"])
def test_namespace_typo_raises(name):
    with pytest.raises(AttributeError, match=name):
        getattr(KG, name)


def test_namespace_terms_have_label_comment_and_type(ontology):
    for term in dir(KG):
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term
        kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
        assert set(ontology.objects(term, RDF.type)) & kinds, term


def test_namespace_ontology_header(ontology):
    headers = list(ontology.subjects(RDF.type, OWL.Ontology))
    assert headers == [URIRef(str(KG).rstrip("#"))]


@pytest.mark.parametrize(
    ("cls", "parent"),
    [
        (KG.Person, KG.Entity),
        (KG.Organization, KG.Entity),
        (KG.Place, KG.Entity),
        (KG.Group, KG.Entity),
        (KG.Event, KG.Entity),
        (KG.Concept, KG.Entity),
        (KG.Action, RDF.Property),
    ],
)
def test_namespace_class_hierarchy(ontology, cls, parent):
    assert (cls, RDFS.subClassOf, parent) in ontology


def test_namespace_data_namespaces_are_outside_the_ontology():
    assert not str(DATA).startswith(str(KG))
    assert not str(ACTION).startswith(str(KG))


def test_namespace_bind_prefixes_binds_all():
    bound = dict(bind_prefixes(Graph()).namespaces())
    for prefix, namespace in PREFIXES.items():
        assert bound[prefix] == URIRef(str(namespace))
