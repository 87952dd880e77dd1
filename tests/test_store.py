from __future__ import annotations

import re

import datetime as dt
import itertools

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from kg.iri import action_iri, article_graph_iri, edge_iri, entity_iri
from kg.model import Article, ArticleResult, Entity, EventDate, Mention, Relation
from kg.namespace import KG
from kg.rdf import to_graph
from kg.store import Store, StoreError, open_store

HOSTILE = 'Islamic State "ISIL" <script>alert(1)</script> \u2014 الدولة 🏴'


def _mention(text: str, start: int, type_: str | None = "ORG", kind="name", label: str | None = None) -> Mention:
    return Mention(text, label or text, start, start + len(text), kind, type_)


def _relation(doc, sentence, text, actor, action, target, **fields) -> Relation:
    fields.setdefault("action_text", action)
    return Relation(doc, sentence, text, 0, len(text), actor, action, target=target, **fields)


def make_articles() -> dict[str, ArticleResult]:
    """Three dated articles sharing entities and edges (one negated, one hostile label)."""
    isil, mosul = _mention(HOSTILE, 0), _mention("Mosul", 60, "GPE")
    us, iraq = _mention("United States", 0, "GPE"), _mention("Iraq", 30, "GPE")
    a = ArticleResult(
        Article("a", "...", title="A", date=dt.date(2014, 6, 10), source="Reuters"),
        (
            _relation("a", 0, f"{HOSTILE} captured Mosul.", isil, "capture", mosul, confidence=0.9),
            _relation("a", 1, "The United States did not withdraw from Iraq.", us, "withdraw from", iraq,
                      negated=True),
            _relation("a", 2, "The United States bombed ISIL on Sunday.", us, "bomb", _mention(HOSTILE, 25),
                      date=EventDate("2014-06-08", "2014-06-08", "day", "on Sunday")),
        ),
        (Entity(HOSTILE, "ORG", "name", aliases=("ISIL",), mentions=3), Entity("Mosul", "GPE", "name", mentions=1),
         Entity("United States", "GPE", "name", aliases=("U.S.",), mentions=2),
         Entity("Iraq", "GPE", "name", mentions=1)),
    )
    b = ArticleResult(
        Article("b", "...", date=dt.date(2014, 6, 20)),
        (
            _relation("b", 0, "ISIL captured Mosul again.", _mention(HOSTILE, 0), "capture", mosul),
            _relation("b", 4, "The United States sent advisers.", us, "send", _mention("advisers", 20, None, "noun")),
        ),
        (Entity(HOSTILE, "ORG", "name", aliases=("the group",), mentions=2),
         Entity("United States", "GPE", "name", mentions=5), Entity("advisers", None, "noun", mentions=1)),
    )
    c = ArticleResult(
        Article("c", "..."),  # undated
        (_relation("c", 0, "Iran backed Iraq.", _mention("Iran", 0, "GPE"), "back", iraq),),
        (Entity("Iran", "GPE", "name", mentions=4), Entity("Iraq", "GPE", "name", mentions=2)),
    )
    return {"a": a, "b": b, "c": c}


@pytest.fixture
def articles() -> dict[str, ArticleResult]:
    return make_articles()


def stored(*results: ArticleResult, path=None) -> Store:
    store = Store(path)
    store.add(results)
    return store


def _value(store: Store, subject, predicate):
    values = [q.object for q in store.oxigraph.quads_for_pattern(
        ox.NamedNode(str(subject)), ox.NamedNode(str(predicate)), None, ox.DefaultGraph())]
    assert len(values) <= 1 or predicate == KG.mentionedIn
    return values[0].value if len(values) == 1 else sorted(v.value for v in values) or None


def test_store_adding_the_same_articles_twice_changes_nothing(articles):
    once = stored(*articles.values())
    twice = stored(*articles.values())
    twice.add(articles.values())
    twice.add([articles["b"]])
    assert twice.quads() == once.quads()
    assert twice.articles() == ["a", "b", "c"]


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_store_order_of_adds_does_not_matter(articles, order):
    together = stored(*articles.values())
    one_by_one = Store()
    for doc in order:
        one_by_one.add([articles[doc]])
    assert one_by_one.quads() == together.quads()


@pytest.mark.parametrize("removed", ["a", "b", "c", "ab", "abc"])
def test_store_removing_articles_is_as_if_never_added(articles, removed):
    store = stored(*articles.values())
    assert store.remove(list(removed)) == len(removed)
    kept = [articles[d] for d in "abc" if d not in removed]
    assert store.quads() == stored(*kept).quads()
    if removed == "abc":
        assert len(store) == 0


def test_store_adding_a_changed_article_replaces_it(articles):
    changed = ArticleResult(articles["a"].article, articles["a"].relations[:1], articles["a"].entities[:2])
    store = stored(*articles.values())
    store.add([changed])
    assert store.quads() == stored(changed, articles["b"], articles["c"]).quads()


def test_store_last_copy_of_an_article_in_one_batch_wins(articles):
    changed = ArticleResult(articles["a"].article, articles["a"].relations[:1], articles["a"].entities[:2])
    assert stored(articles["a"], changed).quads() == stored(changed).quads()


def test_store_each_article_in_its_own_graph(articles):
    store = stored(*articles.values())
    graphs = {g.value for g in store.oxigraph.named_graphs()}
    assert graphs == {str(article_graph_iri(d)) for d in "abc"}
    capture = ox.Quad(ox.NamedNode(entity_iri(HOSTILE)), ox.NamedNode(action_iri("capture")),
                      ox.NamedNode(entity_iri("Mosul")), ox.NamedNode(article_graph_iri("b")))
    assert capture in store.oxigraph


def test_store_entity_aggregates(articles):
    store = stored(*articles.values())
    isil, us = entity_iri(HOSTILE), entity_iri("United States")
    assert _value(store, isil, KG.mentionCount) == "5"  # 3 in a + 2 in b
    assert _value(store, isil, KG.relationCount) == "3"  # actor twice, target once
    assert _value(store, isil, KG.articleCount) == "2"
    assert _value(store, isil, KG.mentionedIn) == [str(article_graph_iri("a")), str(article_graph_iri("b"))]
    assert (_value(store, isil, KG.firstDate), _value(store, isil, KG.lastDate)) == ("2014-06-10", "2014-06-20")
    assert _value(store, us, KG.mentionCount) == "7"
    iraq = entity_iri("Iraq")  # in a (negated) and c (undated): dates from a only
    assert (_value(store, iraq, KG.firstDate), _value(store, iraq, KG.lastDate)) == ("2014-06-10", "2014-06-10")
    assert _value(store, entity_iri("Iran"), KG.firstDate) is None


def test_store_edge_aggregates(articles):
    store = stored(*articles.values())
    isil, mosul, capture = entity_iri(HOSTILE), entity_iri("Mosul"), action_iri("capture")
    node = edge_iri(isil, capture, mosul)
    assert _value(store, node, RDF.type) == str(RDF.Statement)
    assert (_value(store, node, RDF.subject), _value(store, node, RDF.predicate), _value(store, node, RDF.object)) \
        == (str(isil), str(capture), str(mosul))
    assert _value(store, node, KG.relationCount) == "2"
    assert _value(store, node, KG.articleCount) == "2"
    # a negated relation has no direct edge, hence no edge aggregate
    withdraw = edge_iri(entity_iri("United States"), action_iri("withdraw from"), entity_iri("Iraq"))
    assert _value(store, withdraw, KG.relationCount) is None


def test_store_union_holds_everything_the_in_memory_graph_holds(articles):
    """Besides the counts, the union of the article graphs is what ``kg build --out`` writes."""
    store = stored(*articles.values())
    union = Graph().parse(data=store.export(format="nt"), format="nt")
    memory = to_graph(articles.values())
    memory.remove((None, KG.mentionCount, None))
    # Oxigraph keeps values, not lexical forms: "0.900"^^xsd:decimal comes back as "0.9".
    assert _by_value(memory) <= _by_value(union)
    assert len(memory) > 50


def _by_value(graph: Graph) -> set:
    return {(s, p, o.toPython() if isinstance(o, Literal) else o) for s, p, o in graph}


def test_store_on_disk_survives_reopening(articles, tmp_path):
    store = stored(*articles.values(), path=tmp_path / "db")
    expected = store.quads()
    store.flush()
    del store
    assert Store(tmp_path / "db").quads() == expected


def test_store_locked_by_another_open_raises(tmp_path):
    first = Store(tmp_path / "db")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(tmp_path / "db")
    del first


def test_store_rebuild_aggregates_changes_nothing(articles):
    store = stored(*articles.values())
    expected = store.quads()
    store.rebuild_aggregates()
    assert store.quads() == expected


def test_store_remove_unknown_article_is_logged(articles, caplog):
    store = stored(articles["a"])
    assert store.remove(["nope"]) == 0
    assert "nope" in caplog.text


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_store_export_dataset_round_trips(articles, fmt, tmp_path):
    store = stored(*articles.values())
    path = tmp_path / f"out.{fmt}"
    store.export(path, fmt)
    again = ox.Store()
    again.load(path=str(path), format={"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                                       "jsonld": ox.RdfFormat.JSON_LD}[fmt])
    assert set(again) == store.quads()


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_store_export_triples_is_the_default_graph(articles, fmt):
    store = stored(*articles.values())
    graph = Graph().parse(data=store.export(format=fmt), format=fmt)
    default = {ox.Triple(q.subject, q.predicate, q.object) for q in store.oxigraph if q.graph_name == ox.DefaultGraph()}
    expected = Graph().parse(data=ox.serialize(default, format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert isomorphic(graph, expected)
    assert (entity_iri(HOSTILE), KG.mentionCount, Literal(5)) in graph
    assert (None, KG.articleMentionCount, None) not in graph


def test_store_default_graph_is_the_set_union_of_articles_plus_aggregates(articles):
    store = stored(*articles.values())
    default = ox.DefaultGraph()
    in_articles = {(q.subject, q.predicate, q.object) for q in store.oxigraph
                   if q.graph_name != default and q.predicate.value != str(KG.articleMentionCount)}
    in_default = {(q.subject, q.predicate, q.object) for q in store.oxigraph if q.graph_name == default}
    aggregates = {t for t in in_default if t not in in_articles}
    assert in_articles <= in_default
    assert {p.value for _, p, _ in aggregates} <= {
        str(t) for t in (KG.mentionCount, KG.relationCount, KG.articleCount, KG.mentionedIn, KG.firstDate,
                         KG.lastDate, RDF.type, RDF.subject, RDF.predicate, RDF.object)}
    # an action label stated by two articles is one triple: a query sees it once
    rows = list(store.oxigraph.query('SELECT ?l WHERE { <%s> <%s> ?l }' % (action_iri("capture"), RDFS.label)))
    assert len(rows) == 1


def test_store_export_unknown_format_raises(articles):
    from kg.errors import OutputError

    with pytest.raises(OutputError, match="nquads, trig, jsonld"):
        stored(articles["a"]).export(format="rdfxml")


def test_store_open_store_tells_directories_from_servers(tmp_path):
    from kg.store import RemoteStore

    assert isinstance(open_store(tmp_path / "db"), Store)
    assert isinstance(open_store("http://127.0.0.1:9/"), RemoteStore)  # see tests/test_remote_store.py


@pytest.mark.parametrize("parallel", [1, 2, 5])
def test_store_load_of_an_export_copies_the_store(articles, tmp_path, monkeypatch, parallel):
    import kg.store

    monkeypatch.setattr(kg.store, "PARALLEL_MIN_BYTES", 0)  # cut even a small file into parts
    original = stored(*articles.values())
    original.export(tmp_path / "dump.nq", "nquads")
    copy = Store(tmp_path / "copy")
    assert copy.load(tmp_path / "dump.nq", parallel=parallel) == len(original)
    assert copy.quads() == original.quads()
    assert copy.load(tmp_path / "dump.nq", parallel=parallel) == 0  # a set of quads: loading again adds nothing


def test_store_load_of_article_graphs_then_rebuild(articles, tmp_path):
    original = stored(*articles.values())
    graphs_only = [q for q in original.oxigraph if not isinstance(q.graph_name, ox.DefaultGraph)]
    ox.serialize(graphs_only, str(tmp_path / "graphs.nq"), ox.RdfFormat.N_QUADS)
    copy = Store()
    copy.load(tmp_path / "graphs.nq")
    assert copy.quads() != original.quads()
    copy.rebuild_aggregates()
    assert copy.quads() == original.quads()


def test_store_load_in_more_parts_than_loaders(articles, tmp_path, monkeypatch):
    import kg.store

    monkeypatch.setattr(kg.store, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(kg.store, "CHUNK_BYTES", 2048)  # dozens of parts for two loaders, taken in turn
    original = stored(*articles.values())
    original.export(tmp_path / "dump.nq", "nquads")
    assert len(kg.store._line_slices(tmp_path / "dump.nq", (tmp_path / "dump.nq").stat().st_size, 2)) > 10
    copy = Store(tmp_path / "copy")
    assert copy.load(tmp_path / "dump.nq", parallel=2) == len(original)
    assert copy.quads() == original.quads()


def test_store_load_a_bad_line_in_a_later_part_is_an_error(tmp_path, monkeypatch):
    import kg.store

    monkeypatch.setattr(kg.store, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(kg.store, "CHUNK_BYTES", 1024)
    lines = [f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o{i}> .\n" for i in range(200)]
    lines[150] = "<http://example.org/s> <http://example.org/p> this is not RDF\n"
    (tmp_path / "bad.nt").write_text("".join(lines))
    with pytest.raises(StoreError, match="not valid nt") as raised:
        Store().load(tmp_path / "bad.nt", parallel=2)
    # Oxigraph counts from the start of the part it was given; the message says where that is
    line, start = re.search(r"line (\d+).*counting from line (\d+)", str(raised.value), re.S).groups()
    assert int(line) + int(start) - 1 == 151


@pytest.mark.parametrize("parallel", [1, 2])
def test_store_trusted_load_of_an_export_is_the_same_copy(articles, tmp_path, monkeypatch, parallel):
    import kg.store

    monkeypatch.setattr(kg.store, "PARALLEL_MIN_BYTES", 0)
    original = stored(*articles.values())
    original.export(tmp_path / "dump.nq", "nquads")
    copy = Store(tmp_path / "copy")
    assert copy.load(tmp_path / "dump.nq", parallel=parallel, trusted=True) == len(original)
    assert copy.quads() == original.quads()


def test_store_trusted_load_takes_what_a_checked_load_refuses(tmp_path):
    (tmp_path / "space.nt").write_text('<http://example.org/a b> <http://example.org/p> "x" .\n')
    with pytest.raises(StoreError, match="not valid nt"):
        Store().load(tmp_path / "space.nt")  # checked by default
    store = Store()
    assert store.load(tmp_path / "space.nt", trusted=True) == 1  # the price of --trusted: kept as it is


def test_store_load_bad_files_raise(tmp_path):
    (tmp_path / "graph.xyz").write_text("<a:b> <a:c> <a:d> .\n")
    with pytest.raises(StoreError, match="cannot tell the RDF format"):
        Store().load(tmp_path / "graph.xyz")
    (tmp_path / "bad.nt").write_text("<a:b> <a:c> this is not RDF\n")
    with pytest.raises(StoreError, match="not valid nt"):
        Store().load(tmp_path / "bad.nt")
    with pytest.raises(StoreError, match="cannot load"):
        Store().load(tmp_path / "missing.nq")


# -- the command line --------------------------------------------------------------------

def test_store_cli_build_remove_export(reference_path, tmp_path, capsys):
    from kg.cli import EXIT_OK, EXIT_SKIPPED, main

    path = tmp_path / "db"
    assert main(["build", str(reference_path), "--store", str(path), "--date", "2014-06-22"]) == EXIT_OK
    assert "in the store" in capsys.readouterr().err
    first = Store(path).quads()
    assert len(first) > 1000
    assert main(["build", str(reference_path), "--store", str(path), "--date", "2014-06-22"]) == EXIT_OK
    store = Store(path)
    assert store.quads() == first  # building again changes nothing
    (doc,) = store.articles()
    del store
    assert main(["export", "--store", str(path), "--format", "trig", "-o", str(tmp_path / "out.trig")]) == EXIT_OK
    again = ox.Store()
    again.load(path=str(tmp_path / "out.trig"), format=ox.RdfFormat.TRIG)
    assert set(again) == first
    capsys.readouterr()
    assert main(["export", "--store", str(path), "--format", "nt"]) == EXIT_OK
    assert Graph().parse(data=capsys.readouterr().out, format="nt")
    assert main(["import", str(tmp_path / "out.trig"), "--store", str(tmp_path / "copy")]) == EXIT_OK
    assert "1 articles" in capsys.readouterr().err
    assert Store(tmp_path / "copy").quads() == first
    assert main(["export", "--store", str(path), "--format", "nquads", "-o", str(tmp_path / "out.nq")]) == EXIT_OK
    assert main(["import", str(tmp_path / "out.nq"), "--trusted", "--store", str(tmp_path / "trusted")]) == EXIT_OK
    assert Store(tmp_path / "trusted").quads() == first  # kg's own export, loaded unchecked
    assert main(["remove", doc, "missing-id", "--store", str(path)]) == EXIT_SKIPPED
    assert "missing-id" in capsys.readouterr().err
    assert len(Store(path)) == 0


def test_store_cli_build_needs_out_or_store(reference_path, capsys):
    from kg.cli import main

    with pytest.raises(SystemExit):
        main(["build", str(reference_path)])
    assert "--out" in capsys.readouterr().err
