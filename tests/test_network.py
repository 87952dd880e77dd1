"""The RDF -> networkx projection, its filters and analytics (kg/network.py)."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from rdflib import Dataset, Namespace

from kg.iri import article_iri, entity_iri
from kg.model import Article, ArticleResult, Entity, Mention, Relation
from kg.namespace import KG
from kg.network import (
    Filters,
    NetworkError,
    centrality,
    communities,
    filter_network,
    find_node,
    project,
    shortest_path,
    summary,
    to_networkx,
)
from kg.rdf import to_graph

#: The per-article count a store writes in each article graph (kg/store.py).
ARTICLE_MENTIONS = Namespace(str(KG._NS)).articleMentionCount

TYPES = {"ISIL": "ORG", "Mosul": "GPE", "Obama": "PERSON", "Iraq": "GPE", "advisers": None, "Baghdad": "GPE"}


def mention(label: str) -> Mention:
    kind = "noun" if TYPES.get(label) is None else "name"
    return Mention(label, label, 0, len(label), kind, TYPES.get(label))


def relation(doc: str, n: int, actor: str, action: str, target: str, **extra) -> Relation:
    text = f"{actor} {action} {target} ({n})."
    return Relation(doc, n, text, 0, len(text), mention(actor), action, action, mention(target), **extra)


def article(doc: str, relations: list[Relation], date: dt.date | None = None, title: str | None = None,
            entities: tuple[Entity, ...] = ()) -> ArticleResult:
    return ArticleResult(Article(doc, "text", title=title or f"title {doc}", date=date), tuple(relations), entities)


@pytest.fixture
def news() -> list[ArticleResult]:
    return [
        article("a1", [
            relation("a1", 0, "ISIL", "capture", "Mosul"),
            relation("a1", 1, "ISIL", "capture", "Baghdad", negated=True),
            relation("a1", 2, "Obama", "send", "advisers", modality="offered to"),
            relation("a1", 3, "advisers", "reach", "Iraq"),
        ], date=dt.date(2014, 6, 10), entities=(Entity("ISIL", "ORG", "name", ("Islamic State",), 3),
                                               Entity("Mosul", "GPE", "name", (), 1))),
        article("a2", [relation("a2", 0, "ISIL", "capture", "Mosul")], date=dt.date(2014, 6, 12),
                entities=(Entity("ISIL", "ORG", "name", (), 2),)),
    ]


def edge(G: nx.MultiDiGraph, actor: str, key: str, target: str) -> dict:
    return G.edges[find_node(G, actor), find_node(G, target), key]


def test_network_projects_entities_with_label_type_mentions_and_aliases(news):
    G = project(to_graph(news))
    isil = G.nodes[str(entity_iri("ISIL"))]
    assert isil["label"] == "ISIL"
    assert isil["type"] == "Organization" and isil["ner"] == "ORG"
    assert isil["mentions"] == 5
    assert isil["aliases"] == ["Islamic State"]
    assert G.nodes[str(entity_iri("advisers"))]["type"] == "Concept"


def test_network_aggregates_mentions_of_one_relation_across_articles(news):
    G = project(to_graph(news))
    capture = edge(G, "ISIL", "capture", "Mosul")
    assert capture["mentions"] == 2
    assert capture["dates"] == ["2014-06-10", "2014-06-12"]
    assert (capture["start"], capture["end"]) == ("2014-06-10", "2014-06-12")
    assert [e["title"] for e in capture["evidence"]] == ["title a1", "title a2"]
    assert capture["evidence"][0]["text"] == "ISIL capture Mosul (0)."
    assert capture["articles"] == [str(article_iri("a1")), str(article_iri("a2"))]
    assert capture["negated"] is False and capture["hedged"] is False


def test_network_leaves_out_negated_relations_unless_asked(news):
    graph = to_graph(news)
    assert not project(graph).has_edge(str(entity_iri("ISIL")), str(entity_iri("Baghdad")))
    denial = edge(project(graph, Filters(include_negated=True)), "ISIL", "not capture", "Baghdad")
    assert denial["negated"] is True and denial["label"] == "not capture"


def test_network_flags_hedged_relations_and_can_exclude_them(news):
    graph = to_graph(news)  # kg:modality is written for hedged relations
    send = edge(project(graph), "Obama", "send", "advisers")
    assert send["hedged"] is True and send["evidence"][0]["modality"] == "offered to"
    assert not project(graph, Filters(include_hedged=False)).has_node(str(entity_iri("Obama")))


def test_network_works_without_modality_in_the_graph(news):
    from dataclasses import replace

    plain = [replace(result, relations=tuple(replace(r, modality=None) for r in result.relations)) for result in news]
    send = edge(project(to_graph(plain)), "Obama", "send", "advisers")
    assert send["hedged"] is False and send["hedged_mentions"] == 0


def test_network_reads_a_dataset_of_article_graphs_as_their_union(news):
    dataset = Dataset()
    for result in news:
        to_graph([result], dataset.graph(article_iri(result.article.id)))
    G, H = project(dataset), project(to_graph(news))
    assert set(G.edges(keys=True)) == set(H.edges(keys=True))
    assert G.nodes[str(entity_iri("ISIL"))]["mentions"] == 5  # 3 + 2, one count per article graph


def test_network_reads_an_oxigraph_backed_dataset(news):
    dataset = Dataset()
    for result in news:
        to_graph([result], dataset.graph(article_iri(result.article.id)))
    oxigraph = Dataset(store="Oxigraph")
    oxigraph.parse(data=dataset.serialize(format="nquads"), format="nquads")
    G, H = project(oxigraph), project(to_graph(news))
    assert set(G.edges(keys=True)) == set(H.edges(keys=True))
    assert G.nodes[str(entity_iri("ISIL"))] == H.nodes[str(entity_iri("ISIL"))]


def test_network_sums_per_article_counts_when_no_total_is_stored(news):
    dataset = Dataset()
    for result in news:
        graph = to_graph([result], dataset.graph(article_iri(result.article.id)))
        for entity, count in list(graph.subject_objects(KG.mentionCount)):
            graph.remove((entity, KG.mentionCount, count))
            graph.add((entity, ARTICLE_MENTIONS, count))
    assert project(dataset).nodes[str(entity_iri("ISIL"))]["mentions"] == 5


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(types=frozenset({"Place", "Organization"})), {"ISIL", "Mosul"}),
    (Filters(actions=frozenset({"reach"})), {"advisers", "Iraq"}),
    (Filters(since=dt.date(2014, 6, 11)), {"ISIL", "Mosul"}),
    (Filters(until=dt.date(2014, 6, 10)), {"ISIL", "Mosul", "Obama", "advisers", "Iraq"}),
    (Filters(min_relation_mentions=2), {"ISIL", "Mosul"}),
    (Filters(entities=("Obama",), radius=1), {"Obama", "advisers"}),
    (Filters(entities=("obama",), radius=2), {"Obama", "advisers", "Iraq"}),
    (Filters(top=2, top_by="degree"), {"ISIL", "Mosul"}),
])
def test_network_filters(news, filters, expected):
    G = to_networkx(to_graph(news), filters)
    assert {d["label"] for _, d in G.nodes(data=True)} == expected


def test_network_to_networkx_takes_filters_as_keywords(news):
    G = to_networkx(to_graph(news), entities="ISIL", types=["Organization", "Place"])
    assert {d["label"] for _, d in G.nodes(data=True)} == {"ISIL", "Mosul"}


def test_network_min_mentions_keeps_frequently_mentioned_entities(news):
    G = to_networkx(to_graph(news), min_mentions=2)
    assert G.number_of_nodes() == 0  # only ISIL is mentioned twice, and it has no edge left
    G = filter_network(project(to_graph(news)), Filters(min_mentions=1, entities=("ISIL",)))
    assert {d["label"] for _, d in G.nodes(data=True)} == {"ISIL", "Mosul"}


def test_network_unknown_names_raise_errors_that_say_what_is_valid(news):
    with pytest.raises(NetworkError, match="no entity named 'Nowhere'"):
        to_networkx(to_graph(news), entities=("Nowhere",))
    with pytest.raises(NetworkError, match="valid types: Person"):
        Filters(types=frozenset({"Persons"}))


@pytest.mark.parametrize("measure", ["mentions", "degree", "pagerank", "betweenness"])
def test_network_centrality_scores_every_node(news, measure):
    G = project(to_graph(news))
    scores = centrality(G, measure)
    assert set(scores) == set(G)
    assert all(score >= 0 for score in scores.values())
    assert scores[str(entity_iri("advisers"))] == max(scores.values()) or measure in ("mentions", "pagerank")


def test_network_pagerank_sums_to_one():
    G = nx.MultiDiGraph(nx.gnm_random_graph(40, 120, seed=3, directed=True))
    assert sum(centrality(G, "pagerank").values()) == pytest.approx(1.0)


def test_network_communities_and_paths(news):
    G = project(to_graph(news))
    groups = communities(G)
    assert sorted(map(len, groups), reverse=True) == [len(g) for g in groups]
    assert set().union(*groups) == set(G)
    assert communities(G) == groups  # seeded: the same on every run
    assert shortest_path(G, "Mosul", "ISIL") == [("ISIL", "capture", "Mosul")]
    with pytest.raises(NetworkError, match="no path"):
        shortest_path(G, "ISIL", "Iraq")


def test_network_summary_names_types_actors_actions_and_communities(news):
    text = str(summary(project(to_graph(news))))
    assert text.startswith("5 entities, 3 relations (4 mentions)")  # the denial is left out
    for heading in ("entities by type", "most active actors", "most common actions", "communities"):
        assert heading in text
    assert "ISIL" in text and "capture" in text


def test_network_of_the_reference_article(reference_path):
    import kg

    G = kg.build([reference_path]).to_networkx()
    seize = edge(G, "ISIL", "seize", "al-Waleed")
    assert seize["evidence"][0]["text"] == "They seized a second, al-Waleed, on Sunday."
    assert seize["evidence"][0]["title"] == "Iran rejects US action in Iraq"
    assert G.nodes[find_node(G, "ISIL")]["mentions"] > 10
    assert all(not d["negated"] for _, _, d in G.edges(data=True))
