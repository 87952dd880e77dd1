"""The HTML page (in a real headless Chromium), the file exports and the view commands (kg/views/, kg/cli/view.py)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import socket
import threading
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.model import Article, ArticleResult, Entity, Mention, Relation
from kg.network import find_node, project, to_networkx
from kg.rdf import serialize, to_graph
from kg.views.exports import export
from kg.views.headless import Chromium, find_chromium
from kg.views.html import DEFAULT_MAX_NODES, View, _vis_js, render, script_json, write_html

# -- untrusted text -------------------------------------------------------------------------------

#: Each payload, if it ever ran, would change the title and set window.kgPwned.
IMG = "<img src=x onerror=\"document.title='pwned';window.kgPwned=1\">"
SCRIPT = "<script>document.title='pwned';window.kgPwned=2</script>"
SVG = "<svg onload=\"window.kgPwned=3\"></svg>"
LINK = "<a href=\"javascript:window.kgPwned=4\">href</a>"
URL = "https://attacker.example/pixel.png"
PAGE_TITLE = "Safe title"


def _mention(label: str, ner: str | None) -> Mention:
    return Mention(label, label, 0, len(label), "name" if ner else "noun", ner)


@pytest.fixture(scope="module")
def hostile_results() -> list[ArticleResult]:
    """An article whose entities, aliases, action, title and sentences are HTML and script."""
    actor, target = _mention(f"Rebels {IMG}", "ORG"), _mention(f"{SCRIPT} town", "GPE")
    other = _mention(f"{SVG} {LINK}", None)
    text = f"Rebels {IMG} seized {SCRIPT} town, see {URL} and {LINK} href."
    relations = (
        Relation("x1", 0, text, 0, len(text), actor, f"seize {SVG}", "seized", target, confidence=0.9),
        Relation("x1", 1, text, 0, len(text), target, "attack", "attacked", other, modality=f"may {IMG}"),
        Relation("x1", 2, text, 0, len(text), other, "free", "freed", actor, negated=True),
    )
    entities = (Entity(actor.label, "ORG", "name", (actor.label, f"alias {LINK}"), 3),)
    article = Article("x1", text, title=f"News {SCRIPT}{IMG}", date=dt.date(2014, 6, 22), url=URL)
    return [ArticleResult(article, relations, entities)]


@pytest.fixture(scope="module")
def hostile_network(hostile_results) -> nx.MultiDiGraph:
    return to_networkx(to_graph(hostile_results), include_negated=True)


@pytest.fixture(scope="module")
def hostile_page(hostile_network, tmp_path_factory) -> Path:
    return write_html(hostile_network, tmp_path_factory.mktemp("page") / "hostile.html", title=PAGE_TITLE)


# -- the page, as text ----------------------------------------------------------------------------


def test_views_page_has_no_http_reference_and_no_raw_markup_from_the_data(hostile_page):
    page = hostile_page.read_text(encoding="utf-8")
    assert not re.search(r"https?://", page, re.IGNORECASE)
    ours = page.replace(_vis_js(), "")  # vis-network's own code says "onerror=" itself
    for payload in (IMG, SCRIPT, SVG, LINK, "<img", "<svg", "<a "):
        assert payload not in ours  # the text is there, but only as escaped JSON: \u003cimg ...
    assert ours.count("<script") == 3  # the data (JSON), vis-network, kg's page script


def test_views_page_allows_only_its_own_scripts(hostile_page):
    page = hostile_page.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy
    assert policy.count("'sha256-") == 2 and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_views_page_data_round_trips_through_json(hostile_network, hostile_page):
    page = hostile_page.read_text(encoding="utf-8")
    raw = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    data = json.loads(raw)
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {d["label"] for _, d in hostile_network.nodes(data=True)}
    assert not any("title" in n for n in data["nodes"] + data["edges"])  # no vis tooltips, ever


def test_views_script_json_escapes_everything_a_script_element_cares_about():
    text = script_json({"x": "</script><!-- & https://a/b \u2028"})
    assert not set("<>&") & set(text) and "://" not in text
    assert json.loads(text) == {"x": "</script><!-- & https://a/b \u2028"}


def test_views_page_caps_large_graphs_and_says_so():
    G = nx.MultiDiGraph()
    for i in range(30):
        G.add_node(i, label=f"n{i}", type="Person", mentions=i)
    G.add_edges_from((i, (i * 7 + 1) % 30, "meet", {"mentions": 1}) for i in range(30))
    page = render(G, max_nodes=10)
    notice = re.search(r'<p id="kg-notice" role="note">([^<]*)</p>', page).group(1)
    assert "Showing the 10 entities" in notice and "of 30" in notice
    assert DEFAULT_MAX_NODES == 1500
    assert 'id="kg-notice" role="note" hidden' in render(G)


def test_views_view_displays_inline_in_a_sandboxed_iframe(hostile_network):
    shown = View(hostile_network, title=PAGE_TITLE)._repr_html_()
    assert shown.startswith('<iframe sandbox="allow-scripts"') and "allow-same-origin" not in shown
    assert "<script" not in shown.split("srcdoc=")[1]  # the whole page is an escaped attribute


# -- the page, in a real browser ------------------------------------------------------------------


@pytest.fixture(scope="module")
def listener():
    """A TCP listener on 127.0.0.1 used as the browser's proxy: it must never see a connection."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connection.settimeout(1)
            try:
                seen.append(connection.recv(4096).decode("latin-1").split("\r\n")[0])
            except OSError:
                seen.append("(connection)")
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join()
    server.close()


@pytest.fixture(scope="module")
def browser(listener):
    if find_chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but chromium is not installed: the browser tests must run in CI (.ci/run installs it)")
        pytest.skip("chromium is not installed (apt-get install chromium); the browser tests need it")
    port, _ = listener
    with Chromium(proxy=f"127.0.0.1:{port}", width=1280, height=800) as chromium:
        yield chromium


SETTLED = "window.kgSettled === true"


def test_views_browser_runs_nothing_from_the_data(browser, hostile_page, listener):
    page = browser.open(hostile_page, wait_for=SETTLED)
    # Open the details of every node and edge, as clicks would, then hover a node with the mouse.
    page.evaluate("kgView.nodes.getIds().forEach(id => kgView.showNode(id)); "
                  "kgView.edges.getIds().forEach(id => kgView.showEdge(id)); true")
    shown = page.evaluate("document.getElementById('kg-details-body').textContent")
    x, y = page.evaluate("(() => { const v = kgView, id = v.nodes.getIds()[0];"
                         " const p = v.network.canvasToDOM(v.network.getPositions([id])[id]);"
                         " const r = document.getElementById('kg-graph').getBoundingClientRect();"
                         " return [r.left + p.x, r.top + p.y]; })()")
    page.hover(x, y)
    page.wait_for("!document.getElementById('kg-tooltip').hidden", timeout=10)
    page.click(x, y)
    page.wait_for("document.getElementById('kg-details-body').textContent.length > 0", timeout=10)
    page.evaluate("kgView.go('rebels'); true")

    assert page.evaluate("document.title") == PAGE_TITLE
    assert page.evaluate("typeof window.kgPwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed, a[href]').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.console_errors == []
    # The payloads are there, as text the reader can see.
    assert SCRIPT in shown and URL in shown
    tooltip_or_panel = page.evaluate("document.body.innerText")
    assert "<img src=x onerror=" in tooltip_or_panel


#: Chromium itself calls these (extension updates, account services, push messaging, the search
#: engine's preconnect) whatever the page does: Debian's Chromium 150 opens www.google.com and
#: android.clients.google.com at start and retries every few seconds, even for about:blank.
#: The page's own requests are checked through DevTools (``page.requests``) as well.
BROWSER_SERVICE_HOSTS = ("update.googleapis.com", "accounts.google.com", "clients2.google.com",
                         "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
                         "CONNECT www.google.com:443", "CONNECT android.clients.google.com:443")


def page_traffic(seen: list[str]) -> list[str]:
    return [line for line in seen if not any(host in line for host in BROWSER_SERVICE_HOSTS)]


def test_views_browser_proxy_listener_sees_requests(browser, listener, tmp_path):
    """The control: a page that does fetch something is seen, by DevTools and by the listener."""
    control = tmp_path / "control.html"
    control.write_text('<img src="http://control.example/pixel.png">', encoding="utf-8")
    page = browser.open(control)
    _, seen = listener
    deadline = time.monotonic() + 10
    while not any("control.example" in line for line in seen) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "http://control.example/pixel.png" in page.requests
    assert any("control.example" in line for line in seen)


def test_views_browser_makes_no_network_request(browser, hostile_page, listener):
    _, seen = listener
    before = len(seen)
    page = browser.open(hostile_page, wait_for=SETTLED)
    page.evaluate("kgView.nodes.getIds().forEach(id => kgView.showNode(id)); "
                  "kgView.edges.getIds().forEach(id => kgView.showEdge(id)); true")
    assert page.requests == [hostile_page.resolve().as_uri()]
    assert page_traffic(seen[before:]) == []


def test_views_browser_renders_the_graph(browser, hostile_network, hostile_page, tmp_path):
    from PIL import Image

    page = browser.open(hostile_page, wait_for=SETTLED)
    assert page.evaluate("kgView.nodes.length") == hostile_network.number_of_nodes()
    assert page.evaluate("kgView.edges.length") == hostile_network.number_of_edges()
    assert page.evaluate("document.querySelector('#kg-graph canvas') !== null")
    shot = page.screenshot(tmp_path / "hostile.png")
    with Image.open(shot) as image:
        box = page.evaluate("(() => { const r = document.getElementById('kg-graph').getBoundingClientRect();"
                            " return [r.left, r.top, r.right, r.bottom].map(Math.round); })()")
        graph = image.convert("RGB").crop(tuple(box))
        colours = graph.getcolors(maxcolors=1 << 20)
    background = max(colours)[1]
    drawn = sum(count for count, colour in colours if colour != background)
    assert len(colours) > 20 and drawn > 500, "the graph area is blank"


def test_views_browser_page_of_the_reference_article(browser, reference_path, tmp_path):
    out = tmp_path / "graph.html"
    assert main(["view", str(reference_path), "--out", str(out)]) == 0
    page = browser.open(out, wait_for=SETTLED)
    assert page.evaluate("document.title") == "Iran rejects US action in Iraq"
    assert page.evaluate("kgView.nodes.length") > 50
    assert page.evaluate("kgView.go('ISIL') !== null")
    assert "Islamic State" in page.evaluate("document.getElementById('kg-details-body').textContent")
    # Unticking a type in the legend hides exactly the entities of that type.
    concepts = page.evaluate("Object.values(kgView.details.nodes).filter(n => n.type === 'Concept').length")
    page.evaluate("[...document.querySelectorAll('#kg-types label')].find(l => l.textContent.startsWith('Concept'))"
                  ".querySelector('input').click(); true")
    assert page.evaluate("kgView.nodes.get({filter: n => n.hidden}).length") == concepts > 0
    assert page.console_errors == []


# -- exports ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dated_network() -> nx.MultiDiGraph:
    def rel(doc, n, actor, action, target, a_type, t_type):
        text = f"{actor} {action} {target}."
        return Relation(doc, n, text, 0, len(text), _mention(actor, a_type), action, action, _mention(target, t_type))

    results = [
        ArticleResult(Article("d1", "t", title="One", date=dt.date(2014, 6, 10)),
                      (rel("d1", 0, "ISIL", "capture", "Mosul", "ORG", "GPE"),),
                      (Entity("ISIL", "ORG", "name", ("Islamic State",), 2),)),
        ArticleResult(Article("d2", "t", title="Two", date=dt.date(2014, 6, 22)),
                      (rel("d2", 0, "ISIL", "capture", "Mosul", "ORG", "GPE"),
                       rel("d2", 1, "ISIL", "seize", "al-Waleed", "ORG", "GPE"))),
    ]
    return project(to_graph(results))


def test_views_graphml_loads_back_with_networkx(dated_network, tmp_path):
    [path] = export(dated_network, tmp_path / "g.graphml")
    loaded = nx.read_graphml(path, force_multigraph=True)
    assert loaded.number_of_nodes() == 3 and loaded.number_of_edges() == 2
    isil = find_node(dated_network, "ISIL")
    assert json.loads(loaded.nodes[isil]["aliases"]) == ["Islamic State"]
    data = next(d for _, _, d in loaded.edges(data=True) if d["action"] == "capture")
    assert data["mentions"] == 2 and json.loads(data["dates"]) == ["2014-06-10", "2014-06-22"]
    assert [e["title"] for e in json.loads(data["evidence"])] == ["One", "Two"]


def test_views_gexf_loads_back_with_edge_dates_for_the_timeline(dated_network, tmp_path):
    [path] = export(dated_network, tmp_path / "g.gexf")
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    loaded = nx.read_gexf(path)
    assert loaded.number_of_nodes() == 3 and loaded.number_of_edges() == 2
    spans = {d["label"]: (d["start"], d["end"]) for _, _, d in loaded.edges(data=True)}
    assert spans == {"capture": ("2014-06-10", "2014-06-22"), "seize": ("2014-06-22", "2014-06-22")}


def test_views_csv_node_and_edge_lists(dated_network, tmp_path):
    edges_path, nodes_path = export(dated_network, tmp_path / "g.csv")
    with open(edges_path, encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    with open(nodes_path, encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    assert {(e["source_label"], e["action"], e["target_label"], e["mentions"]) for e in edges} == {
        ("ISIL", "capture", "Mosul", "2"), ("ISIL", "seize", "al-Waleed", "1")}
    assert {n["label"]: n["type"] for n in nodes} == {"ISIL": "Organization", "Mosul": "Place", "al-Waleed": "Place"}


def test_views_node_link_json_loads_back(dated_network, tmp_path):
    [path] = export(dated_network, tmp_path / "g.json")
    loaded = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert loaded.number_of_edges() == 2 and loaded.is_directed() and loaded.is_multigraph()


# -- commands ----------------------------------------------------------------------------------------


@pytest.fixture
def graph_file(hostile_results, tmp_path) -> Path:
    path = tmp_path / "graph.ttl"
    serialize(to_graph(hostile_results), path, "turtle")
    return path


def test_views_cli_view_stats_and_network_read_rdf_files(graph_file, tmp_path, capsys):
    assert main(["view", str(graph_file), "--out", str(tmp_path / "g.html"), "--include-negated"]) == 0
    assert "3 of 3 entities" in capsys.readouterr().err
    assert main(["stats", str(graph_file)]) == 0
    assert "entities by type" in capsys.readouterr().out
    assert main(["network", str(graph_file), "--out", str(tmp_path / "g.gexf")]) == 0
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == 3


def test_views_cli_reports_an_unknown_entity_in_one_line(graph_file, tmp_path, capsys):
    assert main(["view", str(graph_file), "--out", str(tmp_path / "g.html"), "--entity", "Nowhere"]) == 1
    assert capsys.readouterr().err.startswith("kg: error: no entity named 'Nowhere'")


def test_views_cli_reads_a_store(tmp_path, reference_path):
    from kg.cli import EXIT_OK, main

    store = tmp_path / "store"
    assert main(["build", str(reference_path), "--store", str(store), "--no-progress"]) == EXIT_OK
    page = tmp_path / "graph.html"
    assert main(["view", "--store", str(store), "--out", str(page), "--no-progress"]) == EXIT_OK
    html = page.read_text(encoding="utf-8")
    assert "al-Waleed" in html and "https://" not in html


def test_views_cli_needs_articles_or_a_store(capsys):
    from kg.cli import EXIT_ERROR, main

    assert main(["stats"]) == EXIT_ERROR
    assert "ARTICLES" in capsys.readouterr().err
