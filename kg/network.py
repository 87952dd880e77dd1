"""The RDF graph as a networkx ``MultiDiGraph``, its filters and its analytics.

:func:`project` reads a kg graph with a few plain SPARQL ``SELECT`` queries run
by ``graph.query`` (so an in-memory rdflib ``Graph``, a ``Dataset`` with one
named graph per article — read as their union — and an Oxigraph-backed rdflib
graph all work) and builds:

* one **node** per entity taking part in a relation, keyed by its IRI, with
  ``label``, ``type`` (the most specific kg class: Person, Organization, Place,
  Group, Event, Concept or Entity), ``types``, ``ner`` (the NER label, if any),
  ``mentions`` (``kg:mentionCount``) and ``aliases``;
* one **edge** per (actor, action, target, negated) — every ``kg:Relation``
  event node saying the same thing is aggregated into it — keyed by the action
  (``"not capture"`` for a denial), with ``action``, ``negated``, ``hedged``
  (every mention is hedged), ``mentions``, ``hedged_mentions``,
  ``confidence`` (the highest), ``dates`` / ``start`` / ``end`` (ISO dates:
  the event's date if the relation has one, else the article's), ``articles``
  and ``evidence``, one dict per mention: sentence ``text``, ``article``,
  ``title``, ``date``, ``confidence``, ``modality``, ``negated``.

An assertion and its denial are different claims, so they are different
edges; negated mentions are left out unless asked for, hedged ones ("may",
"threatened to") are kept unless excluded. :class:`Filters` narrows the graph
(ego network, types, actions, dates, mentions, top N), and the analytics are
plain functions over the result: :func:`centrality`, :func:`communities`,
:func:`shortest_path`, :func:`summary`.

>>> from kg.model import Article, ArticleResult, Mention, Relation
>>> from kg.rdf import to_graph
>>> isil, mosul = Mention("ISIL", "ISIL", 0, 4, "name", "ORG"), Mention("Mosul", "Mosul", 14, 19, "name", "GPE")
>>> r = Relation("a1", 0, "ISIL captured Mosul.", 0, 20, isil, "capture", "captured", mosul)
>>> G = project(to_graph([ArticleResult(Article("a1", r.text, title="Mosul falls"), (r,))]))
>>> [(G.nodes[u]["label"], k, G.nodes[v]["label"]) for u, v, k in G.edges(keys=True)]
[('ISIL', 'capture', 'Mosul')]
>>> G.nodes[next(iter(G))]["type"], G.edges[next(iter(G.edges(keys=True)))]["evidence"][0]["title"]
('Organization', 'Mosul falls')
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote

from kg.errors import KGError
from kg.namespace import KG

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

__all__ = [
    "Filters",
    "NetworkError",
    "TYPE_ORDER",
    "MEASURES",
    "project",
    "filter_network",
    "to_networkx",
    "find_node",
    "centrality",
    "communities",
    "shortest_path",
    "top_nodes",
    "Summary",
    "summary",
]

logger = logging.getLogger(__name__)

#: Entity classes from the most to the least specific: a node's ``type`` is the first it has.
TYPE_ORDER = ("Person", "Organization", "Place", "Group", "Event", "Concept", "Entity")

#: Centrality measures :func:`centrality` knows; "mentions" is the entity's mention count.
MEASURES = ("mentions", "degree", "pagerank", "betweenness")

#: Above this many nodes, betweenness is estimated from this many sampled sources.
BETWEENNESS_SAMPLE = 500

#: Louvain is randomised: a fixed seed gives the same communities on every run.
COMMUNITY_SEED = 42

_PREFIXES = f"""PREFIX kg: <{KG._NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

# The queries are kept simple (a required core, each optional fact on its own)
# and are joined here, in Python: that is fast on rdflib's engine as well as on
# Oxigraph, and a missing property (kg:modality before the extractor writes it,
# kg:date) only leaves a variable unbound. No user value is ever part of a query.

#: Every relation event node with its core, evidence sentence and article.
RELATIONS_QUERY = _PREFIXES + """
SELECT ?relation ?actor ?action ?target ?negated ?confidence ?text ?article ?modality ?date WHERE {
  ?relation a kg:Relation ; kg:actor ?actor ; kg:action ?action ; kg:target ?target .
  OPTIONAL { ?relation kg:negated ?negated }
  OPTIONAL { ?relation kg:confidence ?confidence }
  OPTIONAL { ?relation kg:evidence/kg:text ?text }
  OPTIONAL { ?relation kg:article ?article }
  OPTIONAL { ?relation kg:modality ?modality }
  OPTIONAL { ?relation kg:date ?date }
}"""

#: The label of every action property.
ACTIONS_QUERY = _PREFIXES + """
SELECT ?action ?label WHERE { ?action a kg:Action ; rdfs:label ?label }"""

#: Title and publication date of every article.
ARTICLES_QUERY = _PREFIXES + """
SELECT ?article ?title ?date WHERE {
  ?article a kg:Article .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
}"""

#: One row per fact of an entity: ?key says which. (Entities are written only when they take
#: part in a relation; facts of other resources, such as action labels, are ignored.)
ENTITIES_QUERY = _PREFIXES + """
SELECT ?entity ?key ?value WHERE {
  { VALUES ?value { kg:Person kg:Organization kg:Place kg:Group kg:Event kg:Concept kg:Entity }
    ?entity a ?value BIND("class" AS ?key) }
  UNION { ?entity rdfs:label ?value BIND("label" AS ?key) }
  UNION { ?entity kg:entityType ?value BIND("ner" AS ?key) }
  UNION { ?entity skos:altLabel ?value BIND("alias" AS ?key) }
}"""

#: Mention counts: ``kg:mentionCount`` is an entity's total (a plain graph, or a store's default
#: graph); ``kg:articleMentionCount`` its count in one article graph, summed when no total exists.
#: In a dataset both are read per graph: the union would merge equal counts of two graphs.
MENTIONS_QUERY = _PREFIXES + """
SELECT ?entity ?key ?mentions WHERE {
  { ?entity kg:mentionCount ?mentions BIND("total" AS ?key) }
  UNION { ?entity kg:articleMentionCount ?mentions BIND("article" AS ?key) }
}"""
MENTIONS_BY_GRAPH_QUERY = _PREFIXES + """
SELECT ?g ?entity ?key ?mentions WHERE {
  GRAPH ?g {
    { ?entity kg:mentionCount ?mentions BIND("total" AS ?key) }
    UNION { ?entity kg:articleMentionCount ?mentions BIND("article" AS ?key) }
  }
}"""


class NetworkError(KGError):
    """A filter or analytics argument that does not fit the graph (an unknown entity, measure ...)."""


@dataclass(frozen=True)
class Filters:
    """What to keep of the projected graph. The defaults keep everything but denials.

    Mention-level filters pick the relation mentions that are aggregated into
    edges: ``include_negated`` (denials, as edges of their own), ``include_hedged``,
    ``actions`` (action labels), ``since``/``until`` (a mention without any date
    is left out when either is given). Node-level filters follow, in this order:
    ``types`` (kg class names such as ``"Person"``), ``min_mentions`` (entity
    mention count), ``min_relation_mentions`` (per edge), ``entities`` with
    ``radius`` (the ego network around them, ignoring direction), ``top`` nodes
    by ``top_by`` ("degree" or "mentions"). Nodes left without an edge are
    dropped, except the centre of an ego network.
    """

    entities: tuple[str, ...] = ()
    radius: int = 1
    types: frozenset[str] = frozenset()
    actions: frozenset[str] = frozenset()
    since: dt.date | None = None
    until: dt.date | None = None
    min_mentions: int = 0
    min_relation_mentions: int = 1
    top: int | None = None
    top_by: Literal["degree", "mentions"] = "degree"
    include_negated: bool = False
    include_hedged: bool = True

    def __post_init__(self) -> None:
        unknown = set(self.types) - set(TYPE_ORDER)
        if unknown:
            raise NetworkError(f"unknown entity type(s) {', '.join(sorted(unknown))}; "
                               f"valid types: {', '.join(TYPE_ORDER)}")
        if self.top_by not in ("degree", "mentions"):
            raise NetworkError(f"unknown ranking {self.top_by!r}; valid: degree, mentions")
        if self.radius < 0:
            raise NetworkError(f"radius must be 0 or more, not {self.radius}")


# -- projection ------------------------------------------------------------------------------------


def project(graph: Graph, filters: Filters | None = None) -> nx.MultiDiGraph:
    """The entity network of ``graph``, with the mention-level ``filters`` applied.

    Node-level filters are not applied here: see :func:`filter_network` and :func:`to_networkx`.
    """
    import networkx as nx

    filters = filters or Filters()
    graph = _union_view(graph)
    titles, dates = _articles(graph)
    actions = {str(row.action): str(row.label) for row in graph.query(ACTIONS_QUERY)}

    edges: dict[tuple[str, str, str, bool], list[dict[str, Any]]] = defaultdict(list)
    for row in graph.query(RELATIONS_QUERY):
        negated = bool(row.negated.toPython()) if row.negated is not None else False
        modality = str(row.modality) if row.modality is not None else None
        if negated and not filters.include_negated or modality and not filters.include_hedged:
            continue
        action = actions.get(str(row.action)) or _local_name(str(row.action))
        if filters.actions and action not in filters.actions:
            continue
        article = str(row.article) if row.article is not None else None
        date = _iso(row.date) or dates.get(article)
        if (filters.since or filters.until) and not _within(date, filters.since, filters.until):
            continue
        edges[(str(row.actor), action, str(row.target), negated)].append({
            "text": str(row.text) if row.text is not None else "",
            "article": article,
            "title": titles.get(article),
            "date": date,
            "confidence": float(row.confidence.toPython()) if row.confidence is not None else None,
            "modality": modality,
            "negated": negated,
            "relation": str(row.relation),
        })

    participants = {actor for actor, *_ in edges} | {target for _, _, target, _ in edges}
    entities = _entities(graph, participants)
    network = nx.MultiDiGraph()
    for (actor, action, target, negated), evidence in sorted(edges.items()):
        for node in (actor, target):
            if node not in network:
                network.add_node(node, **entities.get(node) or _bare_entity(node))
        network.add_edge(actor, target, key=f"not {action}" if negated else action,
                         **_aggregate(action, negated, evidence))
    logger.debug("projected %d entities and %d edges", network.number_of_nodes(), network.number_of_edges())
    return network


def _union_view(graph: Graph) -> Graph:
    """Query a dataset as the union of its graphs (an rdflib Dataset's default graph is its own)."""
    from rdflib import ConjunctiveGraph, Dataset

    if isinstance(graph, ConjunctiveGraph) and not graph.default_union:
        return Dataset(store=graph.store, default_union=True)
    return graph


def _articles(graph: Graph) -> tuple[dict[str, str], dict[str, str]]:
    titles: dict[str, str] = {}
    dates: dict[str, str] = {}
    for row in graph.query(ARTICLES_QUERY):
        article = str(row.article)
        if row.title is not None:
            titles[article] = str(row.title)
        date = _iso(row.date)
        if date:
            dates[article] = date
    return titles, dates


def _entities(graph: Graph, participants: set[str]) -> dict[str, dict[str, Any]]:
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in graph.query(ENTITIES_QUERY):
        entity = str(row.entity)
        if entity in participants:
            facts[entity][str(row.key)].add(str(row.value))
    mentions = _mention_counts(graph)
    kg_ns = str(KG._NS)
    entities = {}
    for iri, fact in facts.items():
        classes = {c[len(kg_ns):] for c in fact["class"] if c.startswith(kg_ns)}
        types = [t for t in TYPE_ORDER if t in classes]
        label = min(fact["label"], key=lambda s: (len(s), s)) if fact["label"] else _local_name(iri)
        entities[iri] = {
            "label": label,
            "type": types[0] if types else "Entity",
            "types": types or ["Entity"],
            "ner": min(fact["ner"]) if fact["ner"] else None,
            "mentions": mentions.get(iri, 0),
            "aliases": sorted(fact["alias"] | (fact["label"] - {label})),
            "iri": iri,
        }
    return entities


def _mention_counts(graph: Graph) -> dict[str, int]:
    from rdflib import ConjunctiveGraph

    by_graph = isinstance(graph, ConjunctiveGraph)
    rows = {(str(row.g) if by_graph else "", str(row.entity), str(row.key), int(row.mentions))
            for row in graph.query(MENTIONS_BY_GRAPH_QUERY if by_graph else MENTIONS_QUERY)}
    totals: Counter[str] = Counter()
    per_article: Counter[str] = Counter()
    for _, entity, key, count in rows:
        (totals if key == "total" else per_article)[entity] += count
    return {entity: totals.get(entity) or per_article[entity] for entity in totals.keys() | per_article.keys()}


def _bare_entity(iri: str) -> dict[str, Any]:
    return {"label": _local_name(iri), "type": "Entity", "types": ["Entity"], "ner": None,
            "mentions": 0, "aliases": [], "iri": iri}


def _aggregate(action: str, negated: bool, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    evidence.sort(key=lambda e: (e["date"] or "", e["title"] or "", e["text"]))
    dates = sorted({e["date"] for e in evidence if e["date"]})
    hedged = sum(1 for e in evidence if e["modality"])
    confidences = [e["confidence"] for e in evidence if e["confidence"] is not None]
    return {
        "action": action,
        "label": f"not {action}" if negated else action,
        "negated": negated,
        "hedged": hedged == len(evidence),
        "mentions": len(evidence),
        "hedged_mentions": hedged,
        "confidence": max(confidences) if confidences else None,
        "dates": dates,
        "start": dates[0] if dates else None,
        "end": dates[-1] if dates else None,
        "articles": sorted({e["article"] for e in evidence if e["article"]}),
        "evidence": evidence,
    }


def _local_name(iri: str) -> str:
    """The last path segment of an IRI, decoded: the label of last resort.

    >>> _local_name("https://w3id.org/newskg/id/entity/US%20action")
    'US action'
    """
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _iso(value: Any) -> str | None:
    """An ISO date from an RDF literal (xsd:date, xsd:dateTime or text), or None."""
    if value is None:
        return None
    python = value.toPython() if hasattr(value, "toPython") else value
    if isinstance(python, dt.datetime):
        return python.date().isoformat()
    if isinstance(python, dt.date):
        return python.isoformat()
    text = str(python)
    return text[:10] if len(text) >= 10 else text or None


def _within(date: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    if not date:
        return False
    return (since is None or date >= since.isoformat()) and (until is None or date[:10] <= until.isoformat())


# -- node-level filters ----------------------------------------------------------------------------


def filter_network(network: nx.MultiDiGraph, filters: Filters) -> nx.MultiDiGraph:
    """A copy of ``network`` narrowed by the node-level ``filters`` (see :class:`Filters`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="A", type="Person", mentions=3)
    >>> G.add_node("b", label="B", type="Place", mentions=1)
    >>> G.add_node("c", label="C", type="Place", mentions=1)
    >>> _ = G.add_edge("a", "b", key="visit", mentions=1); _ = G.add_edge("b", "c", key="border", mentions=2)
    >>> sorted(filter_network(G, Filters(types=frozenset({"Place"}))))
    ['b', 'c']
    >>> sorted(filter_network(G, Filters(entities=("A",), radius=1)))
    ['a', 'b']
    """
    keep = network.copy()
    if filters.types:
        keep.remove_nodes_from([n for n, t in keep.nodes(data="type") if t not in filters.types])
    if filters.min_mentions:
        keep.remove_nodes_from([n for n, m in keep.nodes(data="mentions", default=0) if m < filters.min_mentions])
    if filters.min_relation_mentions > 1:
        keep.remove_edges_from([(u, v, k) for u, v, k, m in keep.edges(keys=True, data="mentions", default=1)
                                if m < filters.min_relation_mentions])
    centres = {find_node(network, name) for name in filters.entities}
    if centres:
        centres &= set(keep)
        undirected = keep.to_undirected(as_view=True)
        near: set[str] = set()
        for centre in centres:
            near.update(_within_radius(undirected, centre, filters.radius))
        keep = keep.subgraph(near).copy()
    keep.remove_nodes_from([n for n in list(keep) if keep.degree(n) == 0 and n not in centres])
    if filters.top is not None:
        keep = keep.subgraph(top_nodes(keep, filters.top, by=filters.top_by)).copy()
        keep.remove_nodes_from([n for n in list(keep) if keep.degree(n) == 0 and n not in centres])
    return keep


def _within_radius(undirected: Any, centre: str, radius: int) -> Iterable[str]:
    import networkx as nx

    return nx.single_source_shortest_path_length(undirected, centre, cutoff=radius).keys()


def to_networkx(graph: Graph, filters: Filters | None = None, **options: Any) -> nx.MultiDiGraph:
    """The filtered entity network of ``graph``: :func:`project`, then :func:`filter_network`.

    ``options`` are fields of :class:`Filters` (``to_networkx(g, entities=("ISIL",), radius=2)``).
    """
    filters = replace(filters or Filters(), **_filter_fields(options))
    return filter_network(project(graph, filters), filters)


def _filter_fields(options: Mapping[str, Any]) -> dict[str, Any]:
    fields = dict(options)
    for name in ("types", "actions"):
        if name in fields and not isinstance(fields[name], frozenset):
            value = fields[name]
            fields[name] = frozenset([value] if isinstance(value, str) else value or ())
    if "entities" in fields and isinstance(fields["entities"], str):
        fields["entities"] = (fields["entities"],)
    elif "entities" in fields:
        fields["entities"] = tuple(fields["entities"] or ())
    return fields


def find_node(network: nx.MultiDiGraph, name: str) -> str:
    """The node named ``name``: its IRI, its label, a label differing in case, or an alias.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("e/isil", label="ISIL", aliases=["Islamic State"])
    >>> find_node(G, "isil"), find_node(G, "Islamic State")
    ('e/isil', 'e/isil')
    >>> find_node(G, "Mosul")
    Traceback (most recent call last):
    ...
    kg.network.NetworkError: no entity named 'Mosul' in the graph (1 entities; e.g. ISIL)
    """
    if name in network:
        return name
    folded = name.casefold()
    for test in (lambda d: d.get("label") == name,
                 lambda d: str(d.get("label", "")).casefold() == folded,
                 lambda d: any(a.casefold() == folded for a in d.get("aliases") or ())):
        found = sorted(n for n, data in network.nodes(data=True) if test(data))
        if found:
            return found[0]
    examples = ", ".join(sorted(str(d.get("label")) for _, d in network.nodes(data=True))[:5])
    raise NetworkError(f"no entity named {name!r} in the graph ({network.number_of_nodes()} entities; "
                       f"e.g. {examples or 'none'})")


def top_nodes(network: nx.MultiDiGraph, n: int, by: str = "degree") -> list[str]:
    """The ``n`` nodes with the most edges (``by="degree"``, counting mentions) or mentions.

    Ties are broken by the other measure, then by label, so the choice is stable.
    """
    degree = dict(network.degree(weight="mentions"))
    mentions = dict(network.nodes(data="mentions", default=0))
    if by == "degree":
        key = lambda node: (-degree[node], -mentions[node], str(network.nodes[node].get("label")))  # noqa: E731
    elif by == "mentions":
        key = lambda node: (-mentions[node], -degree[node], str(network.nodes[node].get("label")))  # noqa: E731
    else:
        raise NetworkError(f"unknown ranking {by!r}; valid: degree, mentions")
    return sorted(network, key=key)[: max(n, 0)]


# -- analytics -------------------------------------------------------------------------------------


def centrality(network: nx.MultiDiGraph, measure: str = "degree") -> dict[str, float]:
    """A score per node: ``mentions``, ``degree`` (normalised, counting relation mentions),
    ``pagerank`` (edges weighted by mentions) or ``betweenness`` (sampled above
    :data:`BETWEENNESS_SAMPLE` nodes, with a fixed seed).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c"), ("b", "c")])
    >>> centrality(G, "degree")["a"]
    1.0
    >>> centrality(G, "closeness")
    Traceback (most recent call last):
    ...
    kg.network.NetworkError: unknown measure 'closeness'; valid measures: mentions, degree, pagerank, betweenness
    """
    import networkx as nx

    if measure not in MEASURES:
        raise NetworkError(f"unknown measure {measure!r}; valid measures: {', '.join(MEASURES)}")
    if network.number_of_nodes() == 0:
        return {}
    if measure == "mentions":
        return {n: float(m) for n, m in network.nodes(data="mentions", default=0)}
    if measure == "degree":
        degree = dict(network.degree(weight="mentions"))
        top = max(degree.values()) or 1
        return {n: d / top for n, d in degree.items()}
    if measure == "pagerank":
        return _pagerank(_weighted(network, directed=True))
    k = BETWEENNESS_SAMPLE if network.number_of_nodes() > BETWEENNESS_SAMPLE else None
    return nx.betweenness_centrality(_weighted(network, directed=True), k=k, seed=COMMUNITY_SEED)


def _pagerank(graph: nx.DiGraph, alpha: float = 0.85, tol: float = 1.0e-8, max_iter: int = 200) -> dict[str, float]:
    """PageRank by power iteration on edge ``weight`` (what ``nx.pagerank`` computes, without SciPy).

    A node without out-edges spreads its rank evenly over all nodes.

    >>> import networkx as nx
    >>> G = nx.DiGraph(); G.add_edge("a", "b", weight=1); G.add_edge("b", "a", weight=1)
    >>> {n: round(r, 3) for n, r in _pagerank(G).items()}
    {'a': 0.5, 'b': 0.5}
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    out_weight = {u: sum(w for _, _, w in graph.out_edges(u, data="weight", default=1)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if not out_weight[u]) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v, w in graph.edges(data="weight", default=1):
            new[v] += alpha * rank[u] * w / out_weight[u]
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


def _weighted(network: nx.MultiDiGraph, *, directed: bool) -> nx.Graph:
    """A simple graph whose edge ``weight`` sums the mentions of the parallel edges."""
    import networkx as nx

    simple = nx.DiGraph() if directed else nx.Graph()
    simple.add_nodes_from(network)
    for u, v, mentions in network.edges(data="mentions", default=1):
        if u == v:
            continue
        weight = simple[u][v]["weight"] + mentions if simple.has_edge(u, v) else mentions
        simple.add_edge(u, v, weight=weight)
    return simple


def communities(network: nx.MultiDiGraph, *, resolution: float = 1.0, seed: int = COMMUNITY_SEED) -> list[set[str]]:
    """Louvain communities of the undirected network (weighted by mentions), largest first.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")])
    >>> [sorted(c) for c in communities(G)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    import networkx as nx

    if network.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(_weighted(network, directed=False), weight="weight",
                                             resolution=resolution, seed=seed)
    return sorted(found, key=lambda c: (-len(c), sorted(c)))


def shortest_path(network: nx.MultiDiGraph, source: str, target: str, *,
                  directed: bool = False) -> list[tuple[str, str, str]]:
    """The relations on a shortest path between two entities (names as for :func:`find_node`),
    as ``(actor, action, target)`` labels in the direction each relation was reported.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for n in "abc": G.add_node(n, label=n.upper())
    >>> _ = G.add_edge("a", "b", key="attack"); _ = G.add_edge("c", "b", key="defend")
    >>> shortest_path(G, "A", "C")
    [('A', 'attack', 'B'), ('C', 'defend', 'B')]
    """
    import networkx as nx

    start, end = find_node(network, source), find_node(network, target)
    searched = network if directed else network.to_undirected(as_view=True)
    try:
        nodes = nx.shortest_path(searched, start, end)
    except nx.NetworkXNoPath:
        raise NetworkError(f"no path from {source!r} to {target!r}") from None
    label = lambda n: network.nodes[n].get("label", n)  # noqa: E731
    steps = []
    for u, v in zip(nodes, nodes[1:]):
        forward = network.get_edge_data(u, v) or {}
        if forward:
            steps.append((label(u), sorted(forward)[0], label(v)))
        else:
            steps.append((label(v), sorted(network.get_edge_data(v, u))[0], label(u)))
    return steps


@dataclass(frozen=True)
class Summary:
    """What ``kg stats`` prints: sizes, entities by type, the most active actors,
    the most common actions, the most central entities (betweenness) and the
    communities of more than one entity (as labels)."""

    entities: int
    relations: int
    mentions: int
    by_type: list[tuple[str, int]]
    actors: list[tuple[str, int]]
    actions: list[tuple[str, int]]
    central: list[tuple[str, float]]
    communities: list[list[str]] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [f"{self.entities:,} entities, {self.relations:,} relations ({self.mentions:,} mentions)", ""]
        sections = (
            ("entities by type", self.by_type, "{:,}"),
            ("most active actors (relation mentions as actor)", self.actors, "{:,}"),
            ("most common actions (mentions)", self.actions, "{:,}"),
            ("most central (betweenness: on the paths between others)", self.central, "{:.4f}"),
        )
        for title, rows, number in sections:
            lines.append(title)
            width = max((len(name) for name, _ in rows), default=0)
            lines.extend(f"  {name.ljust(width)}  {number.format(value)}" for name, value in rows)
            lines.append("")
        lines.append(f"communities (Louvain): {len(self.communities)}")
        for i, members in enumerate(self.communities[:10], 1):
            shown = ", ".join(members[:8]) + (f" … (+{len(members) - 8})" if len(members) > 8 else "")
            lines.append(f"  {i}. [{len(members)}] {shown}")
        return "\n".join(lines).rstrip() + "\n"


def summary(network: nx.MultiDiGraph, *, top: int = 10) -> Summary:
    """A :class:`Summary` of ``network`` with ``top`` rows per table.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="ISIL", type="Organization"); G.add_node("b", label="Mosul", type="Place")
    >>> _ = G.add_edge("a", "b", key="capture", action="capture", mentions=2)
    >>> s = summary(G)
    >>> s.entities, s.relations, s.actors, s.actions
    (2, 1, [('ISIL', 2)], [('capture', 2)])
    """
    label = lambda n: str(network.nodes[n].get("label", n))  # noqa: E731
    types = Counter(t for _, t in network.nodes(data="type", default="Entity"))
    actors: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    mentions = 0
    for u, _, data in network.edges(data=True):
        count = data.get("mentions", 1)
        mentions += count
        actors[u] += count
        actions[data.get("label") or data.get("action", "")] += count
    rank = centrality(network, "betweenness")  # brokers; PageRank favours frequent targets
    central = sorted(rank.items(), key=lambda item: (-item[1], label(item[0])))[:top]
    groups = [sorted((label(n) for n in c), key=lambda s: s.casefold()) for c in communities(network)]
    return Summary(
        entities=network.number_of_nodes(),
        relations=network.number_of_edges(),
        mentions=mentions,
        by_type=sorted(types.items(), key=lambda item: (-item[1], item[0])),
        actors=[(label(n), c) for n, c in sorted(actors.items(), key=lambda i: (-i[1], label(i[0])))[:top]],
        actions=sorted(actions.items(), key=lambda item: (-item[1], item[0]))[:top],
        central=[(label(n), score) for n, score in central],
        communities=[g for g in groups if len(g) > 1],
    )
