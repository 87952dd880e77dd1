from __future__ import annotations

import csv
import io
import json
import select
import socket
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from kg.cli import EXIT_ERROR, EXIT_OK, main
from kg.iri import entity_iri
from kg.query import (
    QUERY_PREFIXES,
    QueryError,
    QueryTimeout,
    ResultLimitError,
    UnsafeQueryError,
    bind_inline,
    check,
    named_queries,
    run,
    run_named,
)
from kg.rdf import to_graph
from kg.store import Store
from test_store import HOSTILE, make_articles


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store()
    store.add(make_articles().values())
    return store


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, str]]:
    """A socket listening on 127.0.0.1 that no query may connect to."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    yield sock, f"http://127.0.0.1:{sock.getsockname()[1]}/sparql"
    sock.close()


def assert_no_connection(sock: socket.socket, wait: float = 0.05) -> None:
    # kg refuses before running anything: a request, had one been sent, would already be queued.
    readable, _, _ = select.select([sock], [], [], wait)
    assert not readable, "a query opened a connection to the listener"


# -- the safety check -------------------------------------------------------------------

REFUSED = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<{url}> AS ?u) SERVICE ?u { ?s ?p ?o } }",
    "PREFIX remote: <{url}#> SELECT * WHERE { SERVICE remote:x { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p '#not a comment' SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p <http://x/#frag> SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p '''a\n' SERVICE \"\n''' SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p \"a\\\" SERVICE\" SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { # a comment\n SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o<?p)SERVICE<{url}>{ ?s ?p ?o } }",
    "SELECT * WHERE { { SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
    "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX ex: <{url}/> SELECT * FROM ex:g WHERE { ?s ?p ?o }",
    "SELECT * FROM <http://127.0.0.1\\u003A1/> WHERE { ?s ?p ?o }",
    "ASK FROM <file:///etc/passwd> { ?s ?p ?o }",
    "LOAD <{url}>",
    "LOAD SILENT <{url}> INTO GRAPH <http://x/g>",
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "PREFIX ex: <http://x/> # SELECT\n DROP GRAPH ex:g",
    "PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:p ex:o. SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p _:b1 . SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p 'x'@en-GB SERVICE <{url}> { ?s ?p ?o } }",
]

ALLOWED = [
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <{url}>",
    "SELECT ?service WHERE { ?service ?p 'SERVICE <{url}> { }' }",
    "SELECT * WHERE { ?s ?p \"\"\"LOAD <{url}>\nFROM <{url}>\"\"\" }",
    "PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:SERVICE ex:LOAD }",
    "SELECT * WHERE { ?s ?p <{url}?service=1> }",
    "SELECT * WHERE { ?s ?p 'x'@service }",
    "SELECT * FROM article:a WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <https://w3id.org/newskg/id/article/b> WHERE { GRAPH ?g { ?s ?p ?o } }",
]


@pytest.mark.parametrize("template", REFUSED)
def test_query_refused_before_any_request(store, listener, template):
    sock, url = listener
    sparql = template.replace("{url}", url)
    with pytest.raises(UnsafeQueryError):
        run(store, sparql)
    assert_no_connection(sock)


@pytest.mark.parametrize("template", ALLOWED)
def test_query_keywords_in_comments_strings_and_names_are_not_refused(store, listener, template):
    sock, url = listener
    run(store, template.replace("{url}", url))
    assert_no_connection(sock)


def test_query_refused_from_the_cli_without_a_request(tmp_path, listener, capsys):
    sock, url = listener
    path = tmp_path / "db"
    Store(path).add(make_articles().values())
    code = main(["query", "--store", str(path), f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"])
    assert code == EXIT_ERROR
    assert "SERVICE is refused" in capsys.readouterr().err
    assert_no_connection(sock)


def test_query_updates_only_when_allowed():
    store = Store()
    update = "INSERT DATA { entity:x kg:relatedTo entity:y }"
    with pytest.raises(UnsafeQueryError, match="updates are refused"):
        run(store, update)
    assert len(store) == 0
    assert run(store, update, allow_update=True).form == "UPDATE"
    assert len(store) == 1
    with pytest.raises(UnsafeQueryError, match="LOAD"):
        run(store, "LOAD <http://127.0.0.1:9/>", allow_update=True)


@pytest.mark.parametrize(("sparql", "message"), [
    ("SELEC * WHERE { ?s ?p ?o }", "expected SELECT"),
    ("SELECT * WHERE { ?s ?p }", "syntax error"),
    ("SELECT * WHERE { ?s nope:p ?o }", "Prefix not found"),
    ("", "no query"),
])
def test_query_syntax_errors_are_query_errors(store, sparql, message):
    with pytest.raises(QueryError, match=message):
        run(store, sparql)


def test_query_check_returns_the_form():
    assert check("PREFIX ex: <http://x/> BASE <http://y/> CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert check("describe entity:ISIL") == "DESCRIBE"
    assert check("DROP ALL", allow_update=True) == "UPDATE"


# -- limits ------------------------------------------------------------------------------

def test_query_timeout_is_reported_quickly():
    big = ox.Store()
    p = ox.NamedNode("http://x/p")
    big.extend(ox.Quad(ox.NamedNode(f"http://x/{i}"), p, ox.Literal(str(i))) for i in range(2000))
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than 0.2 s"):
        # about 1.5 s of work, abandoned (it finishes in the background)
        run(big, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?p ?y FILTER(?x < ?y) }", timeout=0.2)
    assert time.monotonic() - started < 1


def test_query_result_limit(store):
    with pytest.raises(ResultLimitError, match="more than 3 rows"):
        run(store, "SELECT * WHERE { ?s ?p ?o }", max_rows=3)
    assert len(run(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", max_rows=3)) == 3


# -- parameters and named queries -------------------------------------------------------

def test_query_parameters_are_bound_not_pasted(store):
    before = store.quads()
    hostile = 'x" } ; DROP ALL ; SELECT * { "'
    result = run(store, "SELECT ?label ?e WHERE { ?e rdfs:label ?label }", label=hostile)
    assert result.rows == []
    assert store.quads() == before
    result = run(store, "SELECT ?label ?e WHERE { ?e rdfs:label ?label }", label=HOSTILE)
    assert [r["e"] for r in result.records()] == [HOSTILE]


@pytest.mark.parametrize(("sparql", "parses"), [
    # a parameter in a FILTER of a UNION branch: a VALUES block outside the branch is not in its scope
    ("SELECT ?who ?actor ?target WHERE { { ?actor action:capture ?target FILTER (?actor = ?who) } "
     "UNION { ?actor action:bomb ?target FILTER (?target = ?who) } }", True),
    # a parameter inside a subquery's pattern, projected by the subquery
    ("SELECT ?who ?target WHERE { { SELECT ?who ?target WHERE { ?who ?p ?target FILTER (isIRI(?target)) } } }", True),
    # a parameter in a nested GROUP BY: bound in the text this does not parse, so Oxigraph binds it
    ("SELECT ?who ?n WHERE { { SELECT ?who (COUNT(?t) AS ?n) WHERE { ?who ?p ?t } GROUP BY ?who } }", False),
])
def test_query_parameters_bound_in_the_text_mean_what_oxigraph_substitution_means(store, sparql, parses):
    who = {ox.Variable("who"): ox.NamedNode(entity_iri(HOSTILE))}
    expected = sorted(str(row) for row in store.oxigraph.query(sparql, prefixes=QUERY_PREFIXES, substitutions=who))
    assert expected, "the case must have answers to compare"
    if parses:
        bound = store.oxigraph.query(bind_inline(sparql, who), prefixes=QUERY_PREFIXES)
        assert sorted(str(row) for row in bound) == expected
    else:
        with pytest.raises(SyntaxError):
            store.oxigraph.query(bind_inline(sparql, who), prefixes=QUERY_PREFIXES)
    assert len(run(store, sparql, who=URIRef(entity_iri(HOSTILE))).rows) == len(expected)


def test_query_bind_inline_puts_values_in_the_pattern_and_keeps_the_projection():
    bound = bind_inline("SELECT ?a (COUNT(?x) AS ?n) WHERE { { SELECT ?a ?x WHERE { ?a ?p ?x } } "
                        "BIND (1 AS ?a) } GROUP BY ?a ORDER BY ?a", {ox.Variable("a"): ox.NamedNode("http://x/a")})
    assert bound == ("SELECT ?a (COUNT(?x) AS ?n) WHERE { VALUES (?a) { (<http://x/a>) } { SELECT ?a ?x WHERE "
                     "{ <http://x/a> ?p ?x } } BIND (1 AS ?a) } GROUP BY ?a ORDER BY ?a")


@pytest.fixture(scope="module")
def reference_store() -> ox.Store:
    """The reference article's graph in an Oxigraph store: attributions, dates, places."""
    import kg
    from kg.query import _oxigraph_store

    return _oxigraph_store(kg.build([Path(__file__).resolve().parent.parent / "examples"]).source)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_query_named_queries_answer_as_with_oxigraph_substitution(reference_store, name):
    """Binding in the text (kg's way, for the planner) and Oxigraph's substitutions agree on every named query."""
    from kg.query import _term

    samples = {"actor": "ISIL", "target": "Mosul", "other": "al Qaeda", "entity": "ISIL", "source": "witnesses",
               "start": "2014-06-01", "end": "2014-06-30"}
    query = named_queries()[name]
    params = {param: samples[param] for param in query.params}
    substitutions = {ox.Variable(k): _term(v) for k, v in query.bind(params).items()}
    expected = [tuple(map(str, row)) for row in reference_store.query(
        query.text, prefixes=QUERY_PREFIXES, substitutions=substitutions or None)]
    bound = bind_inline(query.text, substitutions) if substitutions else query.text
    rows = [tuple(map(str, row)) for row in reference_store.query(bound, prefixes=QUERY_PREFIXES)]
    assert expected, f"{name}: the sample parameters must find something"
    assert rows == expected
    assert len(run_named(reference_store, name, params).rows) == len(expected)


def _benchmark_queries() -> tuple[dict[str, str], dict[str, str]]:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "sparql.py"
    spec = importlib.util.spec_from_file_location("sparql_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.NAIVE, module.QUERIES


@pytest.mark.parametrize("name", ["two-hop join", "group-by count"])
def test_query_planner_forms_answer_as_the_naive_forms(reference_store, name):
    """The benchmark's (and README's) planner-friendly forms return exactly the naive forms' rows."""
    naive, planned = _benchmark_queries()
    assert naive[name] != planned[name]
    params = {"actor": entity_iri("Barack Obama")} if name == "two-hop join" else {}

    def rows(text: str) -> list[tuple[str, ...]]:
        text = text.replace("LIMIT 20", "")  # ties at the limit may be cut either way
        return sorted(tuple(map(str, row)) for row in run(reference_store, text, **params).rows)

    expected = rows(naive[name])
    assert expected, f"{name}: the reference article must give rows"
    assert rows(planned[name]) == expected


def test_query_named_queries_all_parse_and_declare_parameters():
    queries = named_queries()
    assert set(queries) >= {"actor-actions", "target-actions", "between", "timeline", "most-active", "date-range"}
    for query in queries.values():
        assert query.description
        assert check(query.text) == "SELECT"
        for param in query.params:
            assert f"?{param}" in query.text.split("WHERE")[0], f"{query.name}: ?{param} must be projected"


@pytest.mark.parametrize(("name", "params", "expected"), [
    ("actor-actions", {"actor": "United States"},
     [("United States", "send", "advisers"), ("United States", "withdraw from", "Iraq"),
      ("United States", "bomb", HOSTILE)]),
    ("target-actions", {"target": "Mosul"}, [(HOSTILE, "capture", "Mosul")] * 2),
    ("between", {"actor": "Iraq", "other": "Iran"}, [("Iran", "back", "Iraq")]),
    ("timeline", {"entity": HOSTILE},
     [("United States", "bomb", HOSTILE), (HOSTILE, "capture", "Mosul"), (HOSTILE, "capture", "Mosul")]),
    ("date-range", {"start": "2014-06-09", "end": "2014-06-30"},
     [(HOSTILE, "capture", "Mosul"), ("United States", "withdraw from", "Iraq"), (HOSTILE, "capture", "Mosul"),
      ("United States", "send", "advisers")]),
])
def test_query_named(store, name, params, expected):
    records = run_named(store, name, params).records()
    key = "from" if name == "between" else "actor"
    target = "to" if name == "between" else "target"
    assert [(r[key], r["action"], r[target]) for r in records] == expected


def test_query_named_most_active(store):
    records = run_named(store, "most-active").records()
    assert [(r["actor"], r["relations"], r["articles"]) for r in records] == [
        (HOSTILE, 2, 2), ("United States", 2, 2), ("Iran", 1, 1)]


def test_query_named_accepts_an_iri(store):
    by_iri = run_named(store, "actor-actions", {"actor": f"<{entity_iri('Iran')}>"}).records()
    assert [r["target"] for r in by_iri] == ["Iraq"]


@pytest.mark.parametrize(("params", "message"), [
    ({}, "needs --param actor"),
    ({"actor": "x", "colour": "red"}, "no parameter 'colour'"),
])
def test_query_named_parameter_errors(store, params, message):
    with pytest.raises(QueryError, match=message):
        run_named(store, "actor-actions", params)


def test_query_named_malformed_iri_is_a_query_error(store):
    with pytest.raises(QueryError, match="not a valid absolute IRI"):
        run_named(store, "actor-actions", {"actor": "<a b>"})


def test_query_every_relation_has_one_negated_flag(reference_store):
    """What the MINUS form of "not negated" (README's query guide) relies on."""
    rows = run(reference_store, """SELECT ?r (COUNT(?flag) AS ?n) (SAMPLE(DATATYPE(?flag)) AS ?type)
        WHERE { ?r a kg:Relation OPTIONAL { ?r kg:negated ?flag } } GROUP BY ?r""").rows
    assert rows
    assert {(int(n.value), t.value) for _, n, t in rows} == {(1, "http://www.w3.org/2001/XMLSchema#boolean")}


def test_query_named_bad_date(store):
    with pytest.raises(QueryError, match="not a date"):
        run_named(store, "date-range", {"start": "June", "end": "2014-06-30"})


def test_query_unknown_named_query(store):
    with pytest.raises(QueryError, match="available: actor-actions"):
        run_named(store, "nope")


# -- results -----------------------------------------------------------------------------

SELECT_ACTIONS = "SELECT ?actor ?target ?n WHERE { ?actor action:capture ?target ; kg:mentionCount ?n } LIMIT 1"


def test_query_results_json(store):
    data = json.loads(run(store, SELECT_ACTIONS).serialize("json"))
    assert data["head"]["vars"] == ["actor", "target", "n"]
    binding = data["results"]["bindings"][0]
    assert binding["actor"] == {"type": "uri", "value": str(entity_iri(HOSTILE))}
    assert binding["n"] == {"type": "literal", "value": "5", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_query_results_xml(store):
    root = ET.fromstring(run(store, SELECT_ACTIONS).serialize("xml"))
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)] == ["actor", "target", "n"]
    assert root.find("s:results/s:result/s:binding[@name='actor']/s:uri", ns).text == str(entity_iri(HOSTILE))


def test_query_results_csv_and_tsv(store):
    rows = list(csv.reader(io.StringIO(run(store, SELECT_ACTIONS).serialize("csv"))))
    assert rows == [["actor", "target", "n"], [str(entity_iri(HOSTILE)), str(entity_iri("Mosul")), "5"]]
    lines = run(store, SELECT_ACTIONS).serialize("tsv").splitlines()
    assert lines[0] == "?actor\t?target\t?n"
    assert lines[1].split("\t")[2] == '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'


def test_query_results_table_is_readable_and_one_line_per_row(store):
    text = run(store, "SELECT ?text WHERE { ?s kg:text ?text FILTER(CONTAINS(?text, 'captured Mosul.')) }"
               ).serialize("table")
    assert text.splitlines()[2].startswith(HOSTILE)
    assert len(text.splitlines()) == 3


def test_query_ask(store):
    result = run(store, "ASK { ?a action:capture entity:Mosul }")
    assert result.boolean is True
    assert json.loads(result.serialize("json"))["boolean"] is True


def test_query_construct_gives_turtle(store):
    result = run(store, "CONSTRUCT { ?a ?p ?t } WHERE { ?a ?p ?t . ?p a kg:Action }")
    graph = Graph().parse(data=result.serialize("turtle"), format="turtle")
    assert (URIRef(entity_iri(HOSTILE)), None, URIRef(entity_iri("Mosul"))) in graph
    assert len(graph) == 4  # capture, bomb, send, back (the negated withdrawal has no edge)


def test_query_to_dataframe_has_readable_labels(store):
    frame = run_named(store, "most-active").to_dataframe()
    assert list(frame.columns) == ["actor", "relations", "articles"]
    assert frame.iloc[0]["actor"] == HOSTILE
    assert frame["relations"].tolist() == [2, 2, 1]
    raw = run_named(store, "most-active").to_dataframe(labels=False)
    assert raw.iloc[0]["actor"] == str(entity_iri(HOSTILE))


def test_query_runs_on_an_rdflib_graph():
    graph = to_graph(make_articles().values())
    result = run(graph, "SELECT ?label ?n WHERE { ?e rdfs:label ?label ; kg:mentionCount ?n }", label=HOSTILE)
    assert [r["n"] for r in result.records()] == [5]


def test_query_prefixes_predeclared():
    for prefix in ("kg", "entity", "action", "article", "rdfs", "skos", "dcterms", "prov", "schema", "xsd"):
        assert prefix in QUERY_PREFIXES


# -- the command line --------------------------------------------------------------------

@pytest.fixture
def store_dir(tmp_path):
    path = tmp_path / "db"
    Store(path).add(make_articles().values())
    return path


def test_query_cli_named_with_params(store_dir, capsys):
    code = main(["query", "--store", str(store_dir), "actor-actions", "--param", "actor=Iran", "--format", "json"])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert json.loads(out)["results"]["bindings"][0]["target"]["value"] == str(entity_iri("Iraq"))


def test_query_cli_file_and_formats(store_dir, tmp_path, capsys):
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?t WHERE { entity:Iran ?p ?t . ?p a kg:Action }", encoding="utf-8")
    assert main(["query", "--store", str(store_dir), str(query), "--format", "csv"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["t", str(entity_iri("Iraq"))]
    assert main(["query", "--store", str(store_dir), str(query), "--format", "table"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["t", "----", "Iraq"]


def test_query_cli_construct_is_turtle(store_dir, capsys):
    assert main(["query", "--store", str(store_dir), "DESCRIBE entity:Iran"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "@prefix kg:" in out
    Graph().parse(data=out, format="turtle")


def test_query_cli_list(capsys):
    assert main(["query", "--list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "actor-actions" in out and "--param actor=<entity>" in out


@pytest.mark.parametrize(("args", "message"), [
    (["SELECT * WHERE { ?s ?p }"], "syntax error"),
    (["actor-actions"], "needs --param actor"),
    (["actor-actions", "--param", "actor"], "NAME=VALUE"),
    (["SELECT * WHERE { ?s ?p ?o }", "--param", "a=b"], "named queries"),
    (["SELECT * WHERE { ?s ?p ?o }", "--max-rows", "2"], "more than 2 rows"),
    (["missing.rq"], "cannot read the query file"),
])
def test_query_cli_errors(store_dir, capsys, args, message):
    assert main(["query", "--store", str(store_dir), *args]) == EXIT_ERROR
    assert message in capsys.readouterr().err


def test_query_cli_missing_store(tmp_path, capsys):
    assert main(["query", "--store", str(tmp_path / "none"), "most-active"]) == EXIT_ERROR
    assert "no store at" in capsys.readouterr().err


def test_query_reported_by_a_source(tmp_path):
    """'Relations reported by a given source': attribution is a node of its own in the graph."""
    import kg
    from kg.query import run_named

    from pathlib import Path

    reference = Path(__file__).resolve().parent.parent / "examples"
    graph = kg.build([reference])
    rows = run_named(graph.source, "reported-by", {"source": "witnesses"}).to_dataframe()
    assert {"thrust from", "take", "seize"} <= set(rows["action"])
    assert set(rows["cue"]) <= {"say", "according to"}
    assert set(rows["source"]) == {"witnesses"}
