"""A kg store on a real SPARQL server: ``oxigraph serve`` (the ``oxigraph`` package), on 127.0.0.1.

Every operation is checked against the embedded store doing the same thing: the
remote store must hold exactly the quads the local one holds.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.api import open_graph
from kg.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, main
from kg.model import ArticleResult
from kg.query import QueryError, UnsafeQueryError, named_queries, run, run_named
from kg.store import RemoteStore, Store, StoreError, open_store
from test_query import assert_no_connection, listener  # noqa: F401 - a fixture
from test_store import HOSTILE, make_articles


def _oxigraph() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The URL of an in-memory ``oxigraph serve`` started for these tests."""
    binary = _oxigraph()
    if binary is None:
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]' installs it")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            if httpx.get(f"{url}/query", params={"query": "ASK {}"}).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode(errors='replace')}")
        time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture
def remote(server) -> Iterator[RemoteStore]:
    """An empty kg store on the server."""
    httpx.post(f"{server}/update", content=b"DROP ALL",
               headers={"Content-Type": "application/sparql-update"}).raise_for_status()
    store = open_store(server)
    assert isinstance(store, RemoteStore)
    yield store
    store.close()


@pytest.fixture
def articles() -> dict[str, ArticleResult]:
    return make_articles()


def local(*results: ArticleResult) -> Store:
    store = Store()
    store.add(results)
    return store


def test_remote_store_holds_what_the_embedded_store_holds(remote, articles):
    assert remote.add(articles.values()) == 3
    assert remote.quads() == local(*articles.values()).quads()
    assert remote.articles() == ["a", "b", "c"]
    assert len(remote) == len(local(*articles.values()))


def test_remote_store_adding_again_changes_nothing(remote, articles):
    remote.add(articles.values())
    once = remote.quads()
    remote.add(articles.values())
    remote.add([articles["b"]])
    assert remote.quads() == once


@pytest.mark.parametrize("removed", ["a", "bc", "abc"])
def test_remote_store_removing_is_as_if_never_added(remote, articles, removed):
    remote.add(articles.values())
    assert remote.remove(list(removed)) == len(removed)
    assert remote.quads() == local(*(articles[d] for d in "abc" if d not in removed)).quads()


def test_remote_store_a_changed_article_replaces_the_old_one(remote, articles):
    changed = ArticleResult(articles["a"].article, articles["a"].relations[:1], articles["a"].entities[:2])
    remote.add(articles.values())
    remote.add([changed])
    assert remote.quads() == local(changed, articles["b"], articles["c"]).quads()


def test_remote_store_rebuild_aggregates_changes_nothing(remote, articles):
    remote.add(articles.values())
    before = remote.quads()
    remote.rebuild_aggregates()
    assert remote.quads() == before


@pytest.mark.parametrize("fmt", ["nquads", "trig", "nt"])
def test_remote_store_export_is_the_embedded_export(remote, articles, fmt):
    remote.add(articles.values())
    exported, expected = ox.Store(), ox.Store()
    rdf_format = ox.RdfFormat.N_TRIPLES if fmt == "nt" else getattr(ox.RdfFormat, fmt.upper().replace("NQUADS", "N_QUADS"))
    exported.load(remote.export(format=fmt), rdf_format)
    expected.load(local(*articles.values()).export(format=fmt), rdf_format)
    assert set(exported) == set(expected)


def test_remote_store_import_of_an_embedded_export(remote, articles, tmp_path):
    embedded = local(*articles.values())
    embedded.export(tmp_path / "dump.trig", "trig")
    assert remote.load(tmp_path / "dump.trig") == len(embedded)
    assert remote.quads() == embedded.quads()


# -- queries -------------------------------------------------------------------------------

PARAMS = {"actor-actions": {"actor": HOSTILE}, "between": {"actor": "United States", "other": HOSTILE},
          "date-range": {"start": "2014-06-01", "end": "2014-06-30"}, "most-active": {},
          "reported-by": {"source": "nobody"}, "target-actions": {"target": "Iraq"},
          "timeline": {"entity": "United States"}}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_remote_store_named_queries_answer_as_the_embedded_store(remote, articles, name):
    remote.add(articles.values())
    expected = run_named(local(*articles.values()), name, PARAMS[name]).records()
    assert run_named(remote, name, PARAMS[name]).records() == expected
    if name in ("actor-actions", "timeline", "most-active"):
        assert expected  # a comparison of two empty tables would prove nothing


def test_remote_store_bound_parameters_stay_values(remote, articles):
    remote.add(articles.values())
    sparql = "SELECT ?label ?e WHERE { ?e rdfs:label ?label }"
    assert [r["label"] for r in run(remote, sparql, label=HOSTILE).records()] == [HOSTILE]
    hostile = 'x" } } DROP ALL ; INSERT DATA { <a:b> <a:c> "'
    assert run(remote, sparql, label=hostile).rows == []
    assert remote.articles() == ["a", "b", "c"]


def test_remote_store_construct_ask_and_syntax_errors(remote, articles):
    remote.add(articles.values())
    graph = run(remote, "CONSTRUCT { ?a action:capture ?t } WHERE { ?a action:capture ?t }")
    assert len(graph) == 1 and "capture" in graph.serialize("turtle")
    assert run(remote, "ASK { ?a action:capture entity:Mosul }").boolean is True
    with pytest.raises(QueryError, match="refused the query"):
        run(remote, "SELECT ?x WHERE { ?x ?y }")


def test_remote_store_unsafe_queries_are_refused_before_sending(listener):  # noqa: F811
    sock, url = listener
    store = RemoteStore(url.removesuffix("/sparql"))
    for sparql in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "DROP ALL",
                   f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}"):
        with pytest.raises(UnsafeQueryError):
            run(store, sparql)
    assert_no_connection(sock)


def test_remote_store_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot reach the store at http://127.0.0.1:"):
        RemoteStore(f"http://127.0.0.1:{_free_port()}").articles()


def test_remote_store_python_api(remote, articles, server):
    remote.add(articles.values())
    graph = open_graph(server)
    assert len(graph) == len(remote)
    frame = graph.query("most-active")
    assert HOSTILE in set(frame["actor"])
    assert graph.to_networkx().number_of_edges() > 0


# -- the command line ----------------------------------------------------------------------

def test_remote_store_cli(remote, server, reference_path, tmp_path, capsys):
    assert main(["build", str(reference_path), "--store", server, "--date", "2014-06-22"]) == EXIT_OK
    assert "in the store" in capsys.readouterr().err
    on_disk = tmp_path / "db"
    assert main(["build", str(reference_path), "--store", str(on_disk), "--date", "2014-06-22"]) == EXIT_OK
    assert remote.quads() == Store(on_disk).quads()

    capsys.readouterr()
    assert main(["query", "--store", server, "actor-actions", "--param", "actor=ISIL", "--format", "json"]) == EXIT_OK
    assert "seize" in capsys.readouterr().out
    assert main(["query", "--store", server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"]) \
        == EXIT_ERROR
    assert "SERVICE is refused" in capsys.readouterr().err
    assert main(["export", "--store", server, "--format", "nt"]) == EXIT_OK
    assert len(Graph().parse(data=capsys.readouterr().out, format="nt")) > 1000
    assert main(["serve", "--store", server]) == EXIT_ERROR
    assert "already a SPARQL server" in capsys.readouterr().err

    (doc,) = remote.articles()
    assert main(["remove", doc, "missing-id", "--store", server]) == EXIT_SKIPPED
    assert len(remote) == 0
