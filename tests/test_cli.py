"""The ``kg`` command, run for real: as a subprocess where the process boundary
matters (exit codes, stderr, tracebacks), in-process through ``main`` elsewhere
(the spaCy pipeline is then loaded once for the whole module)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF

from kg.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, TABLE_COLUMNS, main
from kg.ingest import article_id
from kg.iri import action_iri, article_iri, entity_iri
from kg.namespace import KG
from kg.nlp import DEFAULT_MODEL

# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

#: Keys every ``kg extract --format jsonl`` record has, with the types of their values.
RECORD_TYPES = {
    "doc": str,
    "sentence": int,
    "text": str,
    "actor": str,
    "actor_text": str,
    "actor_type": (str, type(None)),
    "action": str,
    "action_text": str,
    "target": str,
    "target_text": str,
    "target_type": (str, type(None)),
    "start": int,
    "end": int,
    "negated": bool,
    "confidence": float,
}

#: ``kg build --format`` names -> rdflib parser names.
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}

#: A short article whose relation the extractor is known to find.
HAMA = "Rebels seized the town of Hama on Sunday.\n"

#: An article made to break naive serialisers: markup, quotes, backslashes, a newline
#: inside a sentence, a tab, emoji and non-ASCII names.
HOSTILE = (
    'Zoë Ōtsuka\'s "Brigade\\Nord" 🚀 seized the town of\nKraków <script>alert(1)</script> on Sunday.\n\n'
    'José Núñez condemned the "attack" on\tAğrı 🔥.\n'
)


def run_kg(*args: str | Path, module: str = "kg.cli") -> subprocess.CompletedProcess[str]:
    """Run the real command in a new process."""
    return subprocess.run(
        [sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True, encoding="utf-8", timeout=300
    )


def kg_main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run ``main`` in this process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    """Run ``main`` with arguments argparse rejects: (exit code, stderr)."""
    with pytest.raises(SystemExit) as exit_:
        main([str(a) for a in args])
    return exit_.value.code, capsys.readouterr().err


def records(jsonl: str) -> list[dict]:
    return [json.loads(line) for line in jsonl.splitlines()]


def triples(recs: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["actor"], r["action"], r["target"]) for r in recs}


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr


@pytest.fixture(scope="module")
def reference_run(reference_path: Path) -> subprocess.CompletedProcess[str]:
    return run_kg("extract", reference_path, "--format", "jsonl")


@pytest.fixture(scope="module")
def reference_records(reference_run) -> list[dict]:
    assert reference_run.returncode == EXIT_OK, reference_run.stderr
    return records(reference_run.stdout)


@pytest.fixture(scope="module")
def reference_text(reference_path: Path) -> str:
    # the file's text exactly as decoded, newlines untranslated: what offsets refer to
    return reference_path.read_bytes().decode("utf-8")


# --- kg extract: jsonl -------------------------------------------------------


def test_cli_extract_jsonl_exits_ok_quietly(reference_run):
    assert reference_run.returncode == EXIT_OK
    assert reference_run.stderr == ""


def test_cli_extract_jsonl_records_have_keys_and_types(reference_records):
    assert len(reference_records) > 20
    for record in reference_records:
        for key, type_ in RECORD_TYPES.items():
            assert isinstance(record[key], type_), (key, record)
        assert 0.0 <= record["confidence"] <= 1.0
        assert 0 <= record["start"] < record["end"]


def test_cli_extract_jsonl_offsets_point_into_article(reference_records, reference_text):
    for record in reference_records:
        assert reference_text[record["start"] : record["end"]] == record["text"]
        assert reference_text[record["actor_start"] : record["actor_end"]] == record["actor_text"]
        assert reference_text[record["target_start"] : record["target_end"]] == record["target_text"]


def test_cli_extract_jsonl_doc_is_content_hash(reference_records, reference_text):
    assert {r["doc"] for r in reference_records} == {article_id(reference_text)}


def test_cli_extract_jsonl_finds_reference_relations(reference_records):
    assert ("ISIL", "seize", "al-Waleed") in triples(reference_records)
    offers = [r for r in reference_records if r["actor"] == "Barack Obama" and r["action"] == "offer"]
    assert any(r["target"].endswith("advisers") for r in offers), offers


def test_cli_extract_is_deterministic_across_processes(capsys, reference_path, reference_run):
    code, out, _ = kg_main(capsys, "extract", reference_path)
    assert code == EXIT_OK
    assert out == reference_run.stdout


def test_cli_extract_out_writes_file(capsys, tmp_path, reference_path, reference_run):
    out_file = tmp_path / "relations.jsonl"
    code, out, _ = kg_main(capsys, "extract", reference_path, "-o", out_file)
    assert code == EXIT_OK
    assert out == ""
    assert out_file.read_text(encoding="utf-8") == reference_run.stdout


@pytest.mark.parametrize("destination", ["missing-dir/out.jsonl", "."], ids=["no-such-dir", "a-directory"])
def test_cli_extract_unwritable_out_is_one_line_error(capsys, tmp_path, destination):
    article = tmp_path / "hama.txt"
    article.write_text(HAMA, encoding="utf-8")
    code, out, err = kg_main(capsys, "extract", article, "-o", tmp_path / destination)
    assert code == EXIT_ERROR
    assert err.startswith("kg: error: cannot write to ")
    assert len(err.strip().splitlines()) == 1


# --- kg extract: tsv and table ------------------------------------------------


def test_cli_extract_tsv_is_rectangular_and_matches_jsonl(capsys, reference_path, reference_records):
    code, out, _ = kg_main(capsys, "extract", reference_path, "--format", "tsv")
    assert code == EXIT_OK
    rows = list(csv.reader(out.splitlines(), delimiter="\t"))
    assert rows[0] == list(TABLE_COLUMNS)
    assert {len(row) for row in rows} == {len(TABLE_COLUMNS)}
    body = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert [(r["actor"], r["action"], r["target"]) for r in body] == [
        (r["actor"], r["action"], r["target"]) for r in reference_records
    ]
    assert {r["negated"] for r in body} <= {"true", "false"}


def test_cli_extract_tsv_keeps_one_row_per_relation_whatever_the_text(capsys, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    _, jsonl, _ = kg_main(capsys, "extract", article)
    code, out, _ = kg_main(capsys, "extract", article, "--format", "tsv")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert len(lines) == 1 + len(records(jsonl)) > 1
    assert {len(line.split("\t")) for line in lines} == {len(TABLE_COLUMNS)}


def test_cli_extract_table_columns_are_aligned(capsys, reference_path, reference_records):
    code, out, _ = kg_main(capsys, "extract", reference_path, "--format", "table")
    assert code == EXIT_OK
    header, rule, *rows = out.splitlines()
    assert header.split() == ["actor", "action", "target", "negated", "confidence", "doc", "sentence"]
    # the rule under the header gives each column's start and width
    spans, start = [], 0
    for dashes in rule.split("  "):
        spans.append((start, start + len(dashes)))
        start += len(dashes) + 2
    assert [header[a:b].strip() for a, b in spans] == header.split()
    cells = [[row[a:b].strip() for a, b in spans] for row in rows]
    assert [tuple(c[:3]) for c in cells] == [(r["actor"], r["action"], r["target"]) for r in reference_records]
    assert [c[5] for c in cells] == [r["doc"] for r in reference_records]


# --- kg extract: --date --------------------------------------------------------


def test_cli_date_is_accepted_and_dates_articles(capsys, tmp_path):
    article = tmp_path / "hama.txt"
    article.write_text(HAMA, encoding="utf-8")
    code, out, _ = kg_main(capsys, "extract", article, "--date", "2014-06-22")
    assert code == EXIT_OK and records(out)
    graph_file = tmp_path / "g.nt"
    code, _, _ = kg_main(capsys, "build", article, "--date", "2014-06-22", "--out", graph_file)
    assert code == EXIT_OK
    graph = Graph().parse(graph_file, format="nt")
    assert graph.value(article_iri(article_id(HAMA)), DCTERMS.date) == Literal(dt.date(2014, 6, 22))


@pytest.mark.parametrize("value", ["22/06/2014", "2014-13-01", "yesterday", ""])
def test_cli_bad_date_is_usage_error(capsys, reference_path, value):
    code, err = usage_error(capsys, "extract", reference_path, "--date", value)
    assert code == EXIT_USAGE
    assert f"argument --date: not a date: {value!r}" in err


def test_cli_bad_date_exits_with_usage_from_real_command(reference_path):
    result = run_kg("extract", reference_path, "--date", "22/06/2014")
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""
    assert "--date" in result.stderr and "'22/06/2014'" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert_no_traceback(result.stderr)


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_cli_bad_max_chars_is_usage_error(capsys, reference_path, value):
    code, err = usage_error(capsys, "extract", reference_path, "--max-chars", value)
    assert code == EXIT_USAGE
    assert "argument --max-chars" in err


# --- inputs: directories, JSONL, CSV ---------------------------------------------


def test_cli_extract_walks_directories_recursively(capsys, tmp_path):
    deep = tmp_path / "news" / "2014" / "june"
    deep.mkdir(parents=True)
    top_text = "Rebels seized the town of Hama on Sunday.\n"
    deep_text = "Kurdish forces captured the city of Kirkuk on Thursday.\n"
    (tmp_path / "news" / "top.txt").write_text(top_text, encoding="utf-8")
    (deep / "deep.md").write_text(deep_text, encoding="utf-8")
    (deep / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article type: ignored, not skipped
    code, out, err = kg_main(capsys, "extract", tmp_path / "news")
    assert code == EXIT_OK, err
    assert {r["doc"] for r in records(out)} == {article_id(top_text), article_id(deep_text)}


def _write_records(folder: Path, kind: str, rows: list[dict]) -> Path:
    path = folder / f"news.{kind}"
    if kind == "jsonl":
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    else:
        columns = ["ID", "Title", "Date", "Text"]  # header names match case-insensitively
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.DictWriter(file, fieldnames=columns)
            writer.writeheader()
            writer.writerows({c: row.get(c.lower(), "") for c in columns} for row in rows)
    return path


RECORDS = [
    {"id": "reuters-1", "title": "Hama falls", "date": "2014-06-10", "text": HAMA},
    {"id": "afp 2", "title": "Kirkuk", "date": "2014-06-12T08:30:00Z",
     "text": "Kurdish forces captured the city of Kirkuk on Thursday.\n"},
]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_cli_record_files_keep_given_ids(capsys, tmp_path, kind):
    path = _write_records(tmp_path, kind, RECORDS)
    code, out, err = kg_main(capsys, "extract", path)
    assert code == EXIT_OK, err
    assert {r["doc"] for r in records(out)} == {"reuters-1", "afp 2"}


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_cli_record_files_put_title_and_date_in_graph(capsys, tmp_path, kind):
    path = _write_records(tmp_path, kind, RECORDS)
    graph_file = tmp_path / "g.ttl"
    code, _, err = kg_main(capsys, "build", path, "--out", graph_file)
    assert code == EXIT_OK, err
    graph = Graph().parse(graph_file, format="turtle")
    hama, kirkuk = article_iri("reuters-1"), article_iri("afp 2")
    assert graph.value(hama, DCTERMS.title) == Literal("Hama falls")
    assert graph.value(hama, DCTERMS.date) == Literal(dt.date(2014, 6, 10))
    assert graph.value(kirkuk, DCTERMS.date) == Literal(dt.date(2014, 6, 12))


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_cli_record_files_without_id_use_content_hash(capsys, tmp_path, kind):
    rows = [{k: v for k, v in row.items() if k != "id"} for row in RECORDS]
    path = _write_records(tmp_path, kind, rows)
    first = kg_main(capsys, "extract", path)
    second = kg_main(capsys, "extract", path)
    assert first == second  # same input, same output
    assert first[0] == EXIT_OK
    assert {r["doc"] for r in records(first[1])} == {article_id(row["text"]) for row in rows}


# --- bad inputs ----------------------------------------------------------------

#: Bad inputs, each with a fragment of the reason kg must give for skipping it.
BAD_INPUTS = {
    "empty.txt": "file is empty",
    "binary.txt": "binary file",
    "latin1.txt": "not valid UTF-8",
    "long.txt": "characters long",
    "long.jsonl:1": "characters long",
    "missing.txt": "No such file or directory",
    "no-text.csv": "no 'text' column",
}


def _write_bad_inputs(folder: Path) -> list[Path]:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes("Les rebelles ont pris Hama à l'aube.\n".encode("latin-1"))
    (folder / "long.txt").write_text("a" * 2_000_000 + "\n", encoding="utf-8")  # one 2 MB line
    (folder / "long.jsonl").write_text(json.dumps({"id": "long", "text": "b " * 1_000_001}) + "\n", encoding="utf-8")
    (folder / "no-text.csv").write_text("title,body\nHama,Rebels seized Hama.\n", encoding="utf-8")
    return [folder / name.split(":")[0] for name in BAD_INPUTS]


@pytest.fixture(scope="module")
def bad_inputs_run(tmp_path_factory, reference_path) -> subprocess.CompletedProcess[str]:
    folder = tmp_path_factory.mktemp("bad")
    bad = _write_bad_inputs(folder)
    return run_kg("extract", *bad[:3], reference_path, *bad[3:])


def test_cli_bad_inputs_exit_skipped_without_traceback(bad_inputs_run):
    assert bad_inputs_run.returncode == EXIT_SKIPPED
    assert_no_traceback(bad_inputs_run.stderr)
    assert bad_inputs_run.stderr.splitlines()[-1] == (
        f"kg: {len(BAD_INPUTS)} input(s) skipped, 1 article(s) processed"
    )


def test_cli_bad_inputs_do_not_stop_good_article(bad_inputs_run, reference_run):
    assert bad_inputs_run.stdout == reference_run.stdout


@pytest.mark.parametrize(("name", "reason"), BAD_INPUTS.items(), ids=list(BAD_INPUTS))
def test_cli_bad_input_is_named_on_one_line(bad_inputs_run, name, reason):
    lines = [line for line in bad_inputs_run.stderr.splitlines() if f"{name}:" in line]
    assert len(lines) == 1, bad_inputs_run.stderr
    assert lines[0].startswith("kg: WARNING: ") and reason in lines[0]


@pytest.mark.parametrize("quiet", [False, True], ids=["reported", "quiet"])
def test_cli_skips_reported_in_process_unless_quiet(capsys, tmp_path, reference_path, quiet):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = kg_main(capsys, "extract", *(["-q"] if quiet else []), empty, reference_path)
    assert code == EXIT_SKIPPED
    assert records(out)
    reported = f"kg: WARNING: {empty}: file is empty" in err.splitlines()
    assert reported is not quiet


def test_cli_unknown_model_is_one_line_error(reference_path):
    result = run_kg("extract", reference_path, "--model", "no_such_pipeline")
    assert result.returncode == EXIT_ERROR
    assert result.stdout == ""
    assert_no_traceback(result.stderr)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("kg: error: ")
    assert "'no_such_pipeline'" in line and f"installed pipelines: {DEFAULT_MODEL}" in line


# --- kg build ------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory, reference_path) -> dict[str, Path]:
    """The reference article built to each format: turtle by a subprocess, the others in-process."""
    folder = tmp_path_factory.mktemp("build")
    files = {"turtle": folder / "g.ttl", "nt": folder / "g.nt", "jsonld": folder / "g.jsonld"}
    result = run_kg("build", reference_path, "--out", files["turtle"])
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr.startswith("kg: wrote ")
    for fmt in ("nt", "jsonld"):
        assert main(["build", str(reference_path), "--out", str(files[fmt])]) == EXIT_OK
    return files


@pytest.fixture(scope="module")
def reference_graph(built) -> Graph:
    return Graph().parse(built["turtle"], format="turtle")


@pytest.mark.parametrize("fmt", RDFLIB_FORMATS)
def test_cli_build_writes_graph_that_parses_back(built, reference_graph, fmt):
    graph = Graph().parse(built[fmt], format=RDFLIB_FORMATS[fmt])
    assert len(graph) > 100
    assert isomorphic(graph, reference_graph)


@pytest.mark.parametrize(
    ("suffix", "looks_like"),
    [
        (".ttl", lambda text: "@prefix kg:" in text),
        (".nt", lambda text: "@prefix" not in text and all(line.endswith(" .") for line in text.splitlines())),
        (".jsonld", lambda text: "@context" in json.loads(text)),
        (".json", lambda text: "@context" in json.loads(text)),
        (".rdf", lambda text: "@prefix kg:" in text),  # unknown suffix: turtle
    ],
)
def test_cli_build_infers_format_from_out_suffix(capsys, tmp_path, reference_path, suffix, looks_like):
    out = tmp_path / f"graph{suffix}"
    code, _, _ = kg_main(capsys, "build", reference_path, "--out", out)
    assert code == EXIT_OK
    assert looks_like(out.read_text(encoding="utf-8"))


def test_cli_build_format_overrides_suffix(capsys, tmp_path, reference_path, reference_graph):
    out = tmp_path / "graph.json"
    code, _, _ = kg_main(capsys, "build", reference_path, "--out", out, "--format", "nt")
    assert code == EXIT_OK
    assert isomorphic(Graph().parse(out, format="nt"), reference_graph)


def test_cli_build_twice_gives_isomorphic_graphs(capsys, tmp_path, reference_path, reference_graph):
    out = tmp_path / "again.ttl"
    code, _, _ = kg_main(capsys, "build", reference_path, "--out", out)
    assert code == EXIT_OK
    assert isomorphic(Graph().parse(out, format="turtle"), reference_graph)


def test_cli_build_has_direct_edge(reference_graph):
    assert (entity_iri("ISIL"), action_iri("seize"), entity_iri("al-Waleed")) in reference_graph


def test_cli_build_has_relation_node_per_relation(reference_graph, reference_records):
    nodes = set(reference_graph.subjects(RDF.type, KG.Relation))
    assert len(nodes) == len(reference_records)
    for node in nodes:
        assert isinstance(reference_graph.value(node, KG.negated).toPython(), bool)
        assert 0 <= reference_graph.value(node, KG.confidence).toPython() <= 1
        evidence = reference_graph.value(node, KG.evidence)
        assert (evidence, RDF.type, KG.Sentence) in reference_graph


def test_cli_build_relation_node_carries_evidence(reference_graph, reference_records):
    [node] = [
        n for n in reference_graph.subjects(KG.action, action_iri("seize"))
        if reference_graph.value(n, KG.actor) == entity_iri("ISIL")
        and reference_graph.value(n, KG.target) == entity_iri("al-Waleed")
    ]
    [record] = [r for r in reference_records if (r["actor"], r["action"], r["target"]) == ("ISIL", "seize", "al-Waleed")]
    assert reference_graph.value(node, KG.negated) == Literal(False)
    assert float(reference_graph.value(node, KG.confidence)) == pytest.approx(record["confidence"])
    evidence = reference_graph.value(node, KG.evidence)
    assert str(reference_graph.value(evidence, KG.text)) == record["text"]
    assert reference_graph.value(evidence, KG.startOffset).toPython() == record["start"]


def test_cli_build_unwritable_out_is_one_line_error(tmp_path, reference_path):
    out = tmp_path / "no-such-dir" / "g.ttl"
    result = run_kg("build", reference_path, "--out", out)
    assert result.returncode == EXIT_ERROR
    assert_no_traceback(result.stderr)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("kg: error: cannot write") and str(out) in line
    assert not out.parent.exists()


# --- hostile text ----------------------------------------------------------------


@pytest.fixture
def hostile_files(tmp_path) -> list[Path]:
    text_file = tmp_path / "hostile <b>.txt"
    text_file.write_text(HOSTILE, encoding="utf-8")
    record = {"id": 'id <script>"1"\\ 🚀', "title": "<script>alert(1)</script> \"T\" \\ 🚀\nline 2",
              "date": "2014-06-22", "text": HOSTILE.replace("Kraków", "Łódź")}
    records_file = tmp_path / "hostile.jsonl"
    records_file.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return [text_file, records_file]


def test_cli_hostile_text_extracts_with_exact_offsets(capsys, hostile_files):
    code, out, _ = kg_main(capsys, "extract", *hostile_files)
    assert code == EXIT_OK
    recs = records(out)
    assert {r["doc"] for r in recs} == {article_id(HOSTILE), 'id <script>"1"\\ 🚀'}
    assert any("<script>alert(1)</script>" in r["text"] for r in recs)
    texts = {article_id(HOSTILE): HOSTILE, 'id <script>"1"\\ 🚀': HOSTILE.replace("Kraków", "Łódź")}
    for r in recs:
        assert texts[r["doc"]][r["start"] : r["end"]] == r["text"]


def test_cli_hostile_text_graph_round_trips_in_every_format(capsys, tmp_path, hostile_files):
    graphs = {}
    for fmt, parser in RDFLIB_FORMATS.items():
        out = tmp_path / f"hostile.{fmt}"
        code, _, err = kg_main(capsys, "build", *hostile_files, "--out", out, "--format", fmt)
        assert code == EXIT_OK, err
        graphs[fmt] = Graph().parse(out, format=parser)
    turtle = graphs["turtle"]
    assert len(turtle) > 20
    assert all(isomorphic(turtle, graph) for graph in graphs.values())
    sentences = {str(o) for o in turtle.objects(None, KG.text)}
    assert any("of\nKraków <script>alert(1)</script>" in s for s in sentences)
    assert turtle.value(article_iri('id <script>"1"\\ 🚀'), DCTERMS.title) == Literal(
        "<script>alert(1)</script> \"T\" \\ 🚀\nline 2"
    )


# --- help and usage ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args", [["--help"], ["extract", "--help"], ["build", "--help"]], ids=["kg", "extract", "build"]
)
def test_cli_help_exits_ok(args):
    result = run_kg(*args)
    assert result.returncode == EXIT_OK
    assert result.stdout.startswith("usage: kg")
    assert result.stderr == ""


def test_cli_without_command_is_usage_error():
    result = run_kg()
    assert result.returncode == EXIT_USAGE
    assert result.stderr.startswith("usage: kg") and "COMMAND" in result.stderr
    assert_no_traceback(result.stderr)


def test_cli_runs_as_python_dash_m_kg():
    from kg import __version__

    result = run_kg("--version", module="kg")
    assert result.returncode == EXIT_OK
    assert result.stdout.strip() == f"kg {__version__}"
