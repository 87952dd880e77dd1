from __future__ import annotations

import csv
import io
import json
import select
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from rdflib import Graph, URIRef

from kg.iri import entity_iri
from kg.server import make_server, serve_in_thread
from kg.store import Store
from test_store import HOSTILE, make_articles

SELECT = "SELECT ?actor ?target WHERE { ?actor action:capture ?target } LIMIT 1"
CONSTRUCT = "CONSTRUCT { ?a ?p ?t } WHERE { ?a ?p ?t . ?p a kg:Action }"


@pytest.fixture(scope="module")
def base_url():
    store = Store()
    store.add(make_articles().values())
    server = make_server(store, port=0, timeout=5)
    serve_in_thread(server)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def client(base_url):
    with httpx.Client(base_url=base_url, timeout=10) as client:
        yield client


def test_server_get_json_by_default(client):
    response = client.get("/sparql", params={"query": SELECT})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    binding = response.json()["results"]["bindings"][0]
    assert binding["actor"]["value"] == str(entity_iri(HOSTILE))


@pytest.mark.parametrize("accept", ["application/sparql-results+xml", "text/csv", "text/tab-separated-values",
                                    "application/sparql-results+json"])
def test_server_post_form_in_each_format(client, accept):
    response = client.post("/sparql", data={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    text = response.text
    if accept.endswith("xml"):
        root = ET.fromstring(text)
        assert root.tag == "{http://www.w3.org/2005/sparql-results#}sparql"
    elif accept == "text/csv":
        assert list(csv.reader(io.StringIO(text)))[1] == [str(entity_iri(HOSTILE)), str(entity_iri("Mosul"))]
    elif accept == "text/tab-separated-values":
        assert text.splitlines()[0] == "?actor\t?target"
    else:
        assert json.loads(text)["head"]["vars"] == ["actor", "target"]


def test_server_post_sparql_query_body(client):
    response = client.post("/sparql", content=SELECT.encode(), headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200
    assert len(response.json()["results"]["bindings"]) == 1


def test_server_accept_with_quality_values(client):
    response = client.get("/sparql", params={"query": SELECT},
                          headers={"Accept": "text/csv;q=0.5, application/sparql-results+xml;q=0.9"})
    assert response.headers["content-type"].startswith("application/sparql-results+xml")


@pytest.mark.parametrize(("accept", "fmt"), [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                             ("", "turtle")])
def test_server_graphs_as_turtle_or_ntriples(client, accept, fmt):
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format=fmt)
    assert (URIRef(entity_iri("Iran")), None, URIRef(entity_iri("Iraq"))) in graph


def test_server_ask(client):
    response = client.get("/sparql", params={"query": "ASK { ?a action:back entity:Iraq }"})
    assert response.json()["boolean"] is True


def test_server_not_acceptable(client):
    response = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_server_syntax_error_is_400_with_the_message(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert "syntax error" in response.text and "1:" in response.text


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
    "LOAD <{url}>",
    "DROP ALL",
])
def test_server_refuses_without_any_outbound_request(client, query):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    try:
        response = client.get("/sparql", params={"query": query.replace("{url}", url)})
        assert response.status_code == 403
        assert "refused" in response.text
        assert not select.select([listener], [], [], 0.05)[0]
    finally:
        listener.close()


@pytest.mark.parametrize(("data", "headers"), [
    ({"update": "DROP ALL"}, {}),
    (None, {"Content-Type": "application/sparql-update"}),
])
def test_server_refuses_updates(client, data, headers):
    if data is None:
        response = client.post("/sparql", content=b"DROP ALL", headers=headers)
    else:
        response = client.post("/sparql", data=data)
    assert response.status_code == 403
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_server_bad_requests(client):
    assert client.get("/sparql").status_code == 400
    assert client.get("/nothing").status_code == 404
    assert client.post("/sparql", content=b"x", headers={"Content-Type": "image/png"}).status_code == 415
    huge = client.post("/sparql", content=b"x" * 1_000_001, headers={"Content-Type": "application/sparql-query"})
    assert huge.status_code == 413


def test_server_parallel_requests(client, base_url):
    queries = [SELECT, CONSTRUCT, "ASK { ?s ?p ?o }", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"] * 8

    def ask(query: str) -> int:
        with httpx.Client(base_url=base_url, timeout=10) as own:
            return own.get("/sparql", params={"query": query}).status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        assert list(pool.map(ask, queries)) == [200] * len(queries)


def test_server_page_escapes_everything(client):
    page = client.get("/")
    assert page.status_code == 200 and "<textarea" in page.text
    response = client.get("/", params={"query": "SELECT ?label WHERE { ?e rdfs:label ?label } ORDER BY ?label"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "default-src 'none'" in response.headers["content-security-policy"]
    bad = client.get("/", params={"query": "</textarea><script>x</script>"})
    assert "<script>x</script>" not in bad.text
    assert bad.status_code == 400


def _start_cli_server(path, *options: str) -> tuple[subprocess.Popen, str]:
    """``kg serve --store PATH`` in a process of its own, once it answers; and its /sparql URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(path), "--port", str(port),
                                *options], stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url, params={"query": "ASK { }"})
            return process, url
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"kg serve did not start: {process.stderr.read()}")
            time.sleep(0.1)


def test_server_cli_serves_a_store(tmp_path):
    path = tmp_path / "db"
    Store(path).add(make_articles().values())
    process, url = _start_cli_server(path)
    try:
        assert httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_server_cli_in_memory_serves_a_snapshot_and_frees_the_directory(tmp_path):
    articles = make_articles()
    path = tmp_path / "db"
    Store(path).add([articles["a"], articles["b"]])
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    process, url = _start_cli_server(path, "--in-memory")
    try:
        served = httpx.get(url, params={"query": count}).json()
        assert served["results"]["bindings"][0]["n"]["value"] == "2"
        store = Store(path)  # would raise StoreError if the server still held the directory
        store.add([articles["c"]])
        assert store.articles() == ["a", "b", "c"]
        again = httpx.get(url, params={"query": count}).json()
        assert again["results"]["bindings"][0]["n"]["value"] == "2"  # the snapshot, as it was
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_store_snapshot_is_an_in_memory_copy(tmp_path):
    store = Store(tmp_path / "db")
    store.add(make_articles().values())
    snapshot = store.snapshot()
    assert snapshot.path is None and snapshot.quads() == store.quads()


# -- named queries over HTTP ---------------------------------------------------------------------

def test_server_lists_named_queries(client):
    from kg.query import named_queries

    response = client.get("/queries")
    assert response.status_code == 200
    listing = {entry["name"]: entry for entry in response.json()}
    assert set(listing) == set(named_queries())
    assert listing["actor-actions"]["parameters"]["actor"]["type"] == "entity"
    assert listing["date-range"]["url"] == "/queries/date-range"
    assert set(listing["date-range"]["parameters"]) == {"start", "end"}


def test_server_runs_a_named_query_with_parameters(client):
    response = client.get("/queries/actor-actions", params={"actor": "United States"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    rows = response.json()["results"]["bindings"]
    assert sorted(row["target"]["value"] for row in rows) == sorted(
        str(entity_iri(name)) for name in ("advisers", "Iraq", HOSTILE))


def test_server_named_query_in_csv_and_without_parameters(client):
    response = client.get("/queries/most-active", headers={"Accept": "text/csv"})
    assert response.status_code == 200
    table = list(csv.reader(io.StringIO(response.text)))
    assert table[0] == ["actor", "relations", "articles"]
    assert table[1][0] == str(entity_iri(HOSTILE))


@pytest.mark.parametrize(("path", "params", "status", "message"), [
    ("/queries/nope", {}, 404, "no named query 'nope'"),
    ("/queries/actor-actions", {}, 400, "needs --param actor"),
    ("/queries/actor-actions", {"actor": "Iran", "colour": "red"}, 400, "no parameter 'colour'"),
    ("/queries/date-range", {"start": "June", "end": "2014-06-30"}, 400, "not a date (YYYY-MM-DD): 'June'"),
    ("/queries/actor-actions", [("actor", "Iran"), ("actor", "Iraq")], 400, "more than once"),
    ("/queries/actor-actions", {"actor": "<a b>"}, 400, "not a valid absolute IRI"),
    ("/queries/actor-actions", {"actor": "<relative>"}, 400, "not a valid absolute IRI"),
])
def test_server_named_query_errors(client, path, params, status, message):
    response = client.get(path, params=params)
    assert response.status_code == status
    assert message in response.text


@pytest.mark.parametrize("path", ["/queries", "/queries/most-active"])
def test_server_named_queries_are_read_with_get_only(client, path):
    response = client.post(path, content="SELECT * WHERE { ?s ?p ?o }",
                           headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET"
    assert "GET" in response.text


def test_server_refused_post_leaves_the_client_usable(client):
    """A POST whose body the server does not read closes its connection and says so; the next request works."""
    for path in ("/nowhere", "/queries/most-active"):
        response = client.post(path, content="x" * 5000, headers={"Content-Type": "text/plain"})
        assert response.status_code in (404, 405)
        assert response.headers["Connection"] == "close"
        assert client.get("/queries").status_code == 200


def test_server_named_query_parameter_is_bound_not_pasted(client):
    """A parameter written as SPARQL stays a value: no rows, no syntax error, no request."""
    sneaky = "x> } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #"
    response = client.get("/queries/actor-actions", params={"actor": sneaky})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"] == []
