"""Tests for kg.ingest: every format's happy path, and every bad input skipped, not fatal."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import MAX_CHARS, article_id, parse_date, read_articles, read_file
from kg.model import Article, Skipped

TEXT = "Floods in Dhaka\n\nRivers rose on Monday.\n"


def write(path: Path, content: str | bytes) -> Path:
    """Write exactly these characters or bytes (no newline translation)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def articles(results: list[Article | Skipped]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def skipped(results: list[Article | Skipped]) -> list[Skipped]:
    return [r for r in results if isinstance(r, Skipped)]


# --- ids and dates -------------------------------------------------------------


def test_ingest_article_id_is_a_stable_content_hash():
    assert article_id("ISIL captured Mosul.") == article_id("ISIL captured Mosul.")
    assert article_id("ISIL captured Mosul.") != article_id("ISIL captured Mosul!")
    assert len(article_id("x")) == 16
    assert article_id("é") == hashlib.sha256("é".encode("utf-8")).hexdigest()[:16]


def test_ingest_same_text_in_two_files_has_the_same_id(tmp_path):
    a = write(tmp_path / "a.txt", TEXT)
    b = write(tmp_path / "sub" / "b.txt", TEXT)
    first, second = read_file(a)[0], read_file(b)[0]
    assert first.id == second.id == article_id(TEXT)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2014-06-10", dt.date(2014, 6, 10)),
        (" 2014-06-10 ", dt.date(2014, 6, 10)),
        ("2014-06-10T08:30:00", dt.date(2014, 6, 10)),
        ("2014-06-10T08:30:00Z", dt.date(2014, 6, 10)),
        ("2014-06-10 08:30:00+02:00", dt.date(2014, 6, 10)),
    ],
)
def test_ingest_parse_date_accepts_iso_dates_and_datetimes(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["", "June 10, 2014", "10/06/2014", "2014-13-01", "2014-06-10T25:00", "20140610"]
)
def test_ingest_parse_date_rejects_other_strings_naming_the_value(value):
    with pytest.raises(ValueError, match="not a date"):
        parse_date(value)


# --- formats -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, title",
    [
        ("a.txt", TEXT, "Floods in Dhaka"),
        ("a.TXT", "\n\n   Floods in Dhaka  \nBody.", "Floods in Dhaka"),
        ("a.md", "# Floods in Dhaka\n\nRivers rose.\n", "Floods in Dhaka"),
        ("a.md", "\n###   Floods in Dhaka\nRivers rose.", "Floods in Dhaka"),
    ],
)
def test_ingest_text_file_is_one_article(tmp_path, name, content, title):
    path = write(tmp_path / name, content)
    [article] = read_file(path, date=dt.date(2014, 6, 10))
    assert article.text == content  # exactly, not stripped
    assert article.title == title
    assert article.id == article_id(content)
    assert article.date == dt.date(2014, 6, 10)
    assert article.origin == str(path)
    assert article.source is None and article.url is None


def test_ingest_text_file_without_date_argument_has_no_date(tmp_path):
    [article] = read_file(write(tmp_path / "a.txt", TEXT))
    assert article.date is None


def test_ingest_jsonl_records(tmp_path):
    lines = [
        {"id": 7, "text": "ISIL captured Mosul.", "title": "Mosul", "date": "2014-06-10",
         "source": "Reuters", "url": "https://example.org/a", "extra": "ignored"},
        {},  # placeholder for a blank line, see below
        {"text": "Rivers rose."},
    ]
    content = json.dumps(lines[0]) + "\n\n   \n" + json.dumps(lines[2]) + "\n"
    path = write(tmp_path / "news.jsonl", content)
    first, second = read_file(path, date=dt.date(2020, 1, 1))
    assert first == Article(
        id="7", text="ISIL captured Mosul.", title="Mosul", date=dt.date(2014, 6, 10),
        source="Reuters", url="https://example.org/a", origin=f"{path}:1",
    )
    # no id: the content hash; no date: the date argument; origin names the line
    assert second.id == article_id("Rivers rose.")
    assert second.date == dt.date(2020, 1, 1)
    assert second.origin == f"{path}:4"
    assert second.title is None


def test_ingest_jsonl_keeps_line_separators_inside_strings(tmp_path):
    # U+2028 is valid unescaped inside a JSON string; it must not split the line
    text = "First part\u2028second part."
    path = write(tmp_path / "news.jsonl", json.dumps({"text": text}, ensure_ascii=False) + "\r\n")
    [article] = read_file(path)
    assert article.text == text


@pytest.mark.parametrize("as_list", [False, True])
def test_ingest_json_object_or_list(tmp_path, as_list):
    record = {"id": "a1", "text": "ISIL captured Mosul.", "title": "Mosul", "date": "2014-06-10",
              "source": "Reuters", "url": "https://example.org/a"}
    path = write(tmp_path / "news.json", json.dumps([record, record] if as_list else record))
    results = read_file(path)
    assert len(results) == (2 if as_list else 1)
    article = results[-1]
    assert (article.id, article.text, article.title, article.date, article.source, article.url) == (
        "a1", "ISIL captured Mosul.", "Mosul", dt.date(2014, 6, 10), "Reuters",
        "https://example.org/a",
    )
    assert article.origin == (f"{path}:#1" if as_list else str(path))


def test_ingest_csv_rows(tmp_path):
    content = (
        " ID ,Text,TITLE,Date,source,url,other\r\n"
        'x1,"ISIL captured Mosul.\r\nIt was quick.",Mosul,2014-06-10,Reuters,https://e.org/a,z\r\n'
        "\r\n"
        ",Rivers rose.,,,,,\r\n"
    )
    path = write(tmp_path / "news.CSV", content)
    first, second = read_file(path, date=dt.date(2020, 1, 1))
    assert first == Article(
        id="x1", text="ISIL captured Mosul.\r\nIt was quick.", title="Mosul",
        date=dt.date(2014, 6, 10), source="Reuters", url="https://e.org/a", origin=f"{path}:2",
    )
    # empty cells are absent values: the content hash, the date argument, no title
    assert (second.id, second.date, second.title, second.origin) == (
        article_id("Rivers rose."), dt.date(2020, 1, 1), None, f"{path}:5",
    )


def test_ingest_csv_field_longer_than_the_default_csv_limit(tmp_path):
    text = "word " * 40_000  # 200,000 characters: over csv's default 131,072
    path = write(tmp_path / "big.csv", f"text\n{text}\n")
    [article] = read_file(path)
    assert article.text == text


def test_ingest_bom_is_not_part_of_the_text(tmp_path):
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + TEXT.encode())
    [article] = read_file(path)
    assert article.text == TEXT
    assert article.title == "Floods in Dhaka"


def test_ingest_bom_csv_header_is_recognised(tmp_path):
    path = write(tmp_path / "a.csv", b"\xef\xbb\xbftext\nRivers rose.\n")
    [article] = read_file(path)
    assert article.text == "Rivers rose."


def test_ingest_crlf_is_kept_so_offsets_match_the_file(tmp_path):
    content = "Floods\r\n\r\nRivers rose in Dhaka.\r\n"
    path = write(tmp_path / "a.txt", content)
    [article] = read_file(path)
    assert article.text == content
    start = path.read_bytes().decode().index("Dhaka")
    assert article.text[start : start + 5] == "Dhaka"
    assert article.title == "Floods"


# --- paths ---------------------------------------------------------------------


def test_ingest_directory_walk_is_sorted_recursive_and_ignores_unknown_and_hidden(tmp_path, caplog):
    for name in ["b.txt", "a/z.md", "a/b/c.jsonl", "c.csv", "A.json", "notes.pdf", "img.PNG",
                 ".hidden.txt", ".git/config.txt", "a/.cache/x.txt"]:
        write(tmp_path / name, '{"text": "Some text."}' if "json" in name else "text\nSome text.\n")
    caplog.set_level(logging.DEBUG, logger="kg.ingest")
    results = list(read_articles([tmp_path]))
    assert not skipped(results)
    origins = [Path(a.origin.split(":")[0]).relative_to(tmp_path).as_posix() for a in results]
    assert origins == ["A.json", "a/b/c.jsonl", "a/z.md", "b.txt", "c.csv"]
    # unknown types are left out without a warning, noted at debug level only
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("notes.pdf" in r.getMessage() for r in caplog.records)


def test_ingest_single_path_string_is_one_path(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    assert [a.text for a in read_articles(str(path))] == [TEXT]


def test_ingest_files_and_directories_in_the_order_given(tmp_path):
    write(tmp_path / "dir" / "b.txt", "B")
    write(tmp_path / "dir" / "a.txt", "A")
    z = write(tmp_path / "z.txt", "Z")
    results = list(read_articles([z, tmp_path / "dir"]))
    assert [a.text for a in results] == ["Z", "A", "B"]


@pytest.mark.parametrize("name, shown", [("notes.xyz", "'.xyz'"), ("notes.PDF", "'.pdf'"),
                                         ("README", "(no extension)")])
def test_ingest_explicit_unknown_extension_is_an_error(tmp_path, name, shown):
    path = write(tmp_path / name, "text")
    with pytest.raises(InputError) as info:
        read_file(path)
    assert info.value.source == str(path)
    assert info.value.reason == (
        f"unsupported file type {shown} (expected .txt, .md, .jsonl, .json or .csv)"
    )
    [skip] = read_articles([path])
    assert skip == Skipped(str(path), info.value.reason)


# --- bad input -------------------------------------------------------------------

#: name, file content (None: do not create it), words the reason must contain
BAD_FILES = [
    ("missing.txt", None, "cannot read: No such file or directory"),
    ("empty.txt", b"", "file is empty"),
    ("blank.md", b" \r\n\t\n", "file is empty"),
    ("empty.jsonl", b"\n\n", "file is empty"),
    ("empty.csv", b"", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
    ("random.txt", bytes((i * 7919) % 256 for i in range(1, 4000) if (i * 7919) % 256), "binary"),
    ("utf16.txt", "Floods in Dhaka".encode("utf-16"), "UTF-16"),
    ("latin1.txt", "Caf\xe9 bombing".encode("latin-1"), "not valid UTF-8 (invalid byte 0xe9 at offset 3)"),
    ("latin1.csv", "text\nCaf\xe9\n".encode("latin-1"), "invalid byte 0xe9 at offset 8"),
    ("huge.txt", b"x" * (2 * MAX_CHARS), "article is 2000000 characters long; the limit is 1000000"),
    ("broken.json", b'{"text": "a",', "not valid JSON"),
    ("number.json", b"42", "expected a JSON object or a list of objects, not a number"),
    ("nolist.json", b"[]", "no records"),
    ("notext.json", b'{"body": "a"}', "no text"),
    ("notext.csv", b"Body,Title\nRivers rose.,x\n", "no 'text' column (the columns are: body, title)"),
    ("headeronly.csv", b"text,title\n", "no records"),
    ("badquote.csv", b'text\n"a"b\n', "not valid CSV"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_ingest_bad_file_is_skipped_with_its_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        write(path, content)
    [skip] = read_articles([path])
    assert isinstance(skip, Skipped)
    assert skip.source == str(path)
    assert reason in skip.reason
    assert "\n" not in skip.reason
    with pytest.raises(InputError) as info:
        read_file(path)
    assert (info.value.source, info.value.reason) == (skip.source, skip.reason)


def test_ingest_bad_files_do_not_stop_the_good_ones(tmp_path, caplog):
    for name, content, _ in BAD_FILES:
        if content is not None and Path(name).suffix in {".txt", ".md", ".jsonl", ".json", ".csv"}:
            write(tmp_path / "mix" / name, content)
    write(tmp_path / "mix" / "good.txt", TEXT)
    write(tmp_path / "mix" / "good.csv", "text\nRivers rose.\n")
    paths = [tmp_path / "missing.txt", tmp_path / "mix", tmp_path / "also-missing.md"]
    results = list(read_articles(paths))
    assert [a.text for a in articles(results)] == ["Rivers rose.", TEXT]
    skips = skipped(results)
    assert len(skips) == 2 + len([b for b in BAD_FILES if b[1] is not None])
    assert skips[0].source == str(tmp_path / "missing.txt")
    assert skips[-1].source == str(tmp_path / "also-missing.md")
    # one warning "SOURCE: REASON" per skip
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [f"{s.source}: {s.reason}" for s in skips]


def test_ingest_giant_file_is_refused_from_its_size(tmp_path, monkeypatch):
    path = write(tmp_path / "giant.txt", b"x" * 4_100)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a giant file"))
    [skip] = read_articles([path], max_chars=1_000)
    assert "over 1000 characters" in skip.reason and "4100 bytes" in skip.reason
    assert "--max-chars" in skip.reason


@pytest.mark.parametrize("max_chars, refused", [(len(TEXT), False), (len(TEXT) - 1, True)])
def test_ingest_max_chars_is_the_longest_text_accepted(tmp_path, max_chars, refused):
    path = write(tmp_path / "a.txt", TEXT)
    [result] = read_articles([path], max_chars=max_chars)
    assert isinstance(result, Skipped) is refused


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_ingest_unreadable_file_and_directory(tmp_path):
    secret = write(tmp_path / "secret.txt", TEXT)
    locked = tmp_path / "locked"
    write(locked / "a.txt", TEXT)
    good = write(tmp_path / "z.txt", "Z")
    secret.chmod(0)
    locked.chmod(0)
    try:
        results = list(read_articles([tmp_path]))
    finally:
        secret.chmod(0o644)
        locked.chmod(0o755)
    assert Skipped(str(secret), "cannot read: Permission denied") in results
    assert Skipped(str(locked), "cannot read: Permission denied") in results
    assert [a.origin for a in articles(results)] == [str(good)]


# --- bad records -------------------------------------------------------------------

#: a JSONL line, words the reason must contain
BAD_RECORDS = [
    ('{"text": "a"', "not valid JSON"),
    ('["text", "a"]', "expected a JSON object, not a list"),
    ('"just a string"', "expected a JSON object, not a string"),
    ('{"title": "t"}', "record has no text"),
    ('{"text": ""}', "record has no text"),
    ('{"text": "  \\n "}', "record has no text"),
    ('{"text": null}', "record has no text"),
    ('{"text": 42}', "'text' must be a string, not a number"),
    ('{"text": "a", "date": "yesterday"}', "bad date: not a date: 'yesterday'"),
    ('{"text": "a", "date": 20140610}', "'date' must be a string, not a number"),
    ('{"text": "a", "title": ["t"]}', "'title' must be a string, not a list"),
    ('{"text": "a", "id": {"x": 1}}', "'id' must be a string or an integer, not an object"),
    ('{"text": "' + "x" * 101 + '"}', "article is 101 characters long; the limit is 100"),
]


@pytest.mark.parametrize("line, reason", BAD_RECORDS, ids=[r[1] for r in BAD_RECORDS])
def test_ingest_jsonl_bad_line_is_skipped_and_the_others_read(tmp_path, caplog, line, reason):
    path = write(tmp_path / "news.jsonl", f'{{"text": "First."}}\n\n{line}\n{{"text": "Last."}}\n')
    results = list(read_articles([path], max_chars=100))
    assert [type(r) for r in results] == [Article, Skipped, Article]
    assert [a.text for a in articles(results)] == ["First.", "Last."]
    [skip] = skipped(results)
    assert skip.source == f"{path}:3"
    assert reason in skip.reason
    assert f"{path}:3: {skip.reason}" in caplog.messages
    with pytest.raises(InputError) as info:
        read_file(path, max_chars=100)
    assert (info.value.source, info.value.reason) == (skip.source, skip.reason)


@pytest.mark.parametrize("item, reason", BAD_RECORDS[1:], ids=[r[1] for r in BAD_RECORDS[1:]])
def test_ingest_json_list_bad_item_is_skipped_and_the_others_read(tmp_path, item, reason):
    path = write(tmp_path / "news.json", f'[{{"text": "First."}}, {item}, {{"text": "Last."}}]')
    results = list(read_articles([path], max_chars=100))
    assert [type(r) for r in results] == [Article, Skipped, Article]
    [skip] = skipped(results)
    assert skip.source == f"{path}:#1"
    assert reason in skip.reason


@pytest.mark.parametrize(
    "row, reason",
    [
        (",t", "record has no text"),
        ("   ,t", "record has no text"),
        ("a,t,extra", "row has 3 fields; the header has 2"),
        ("a", "row has 1 fields; the header has 2"),
    ],
)
def test_ingest_csv_bad_row_is_skipped_and_the_others_read(tmp_path, row, reason):
    path = write(tmp_path / "news.csv", f'text,title\nFirst.,t\n"Second,\nline two",t\n{row}\nLast.,t\n')
    results = list(read_articles([path]))
    assert [type(r) for r in results] == [Article, Article, Skipped, Article]
    assert articles(results)[1].text == "Second,\nline two"
    [skip] = skipped(results)
    assert skip == Skipped(f"{path}:5", reason)


def test_ingest_csv_unclosed_quote_skips_the_rest_of_the_file(tmp_path):
    path = write(tmp_path / "news.csv", 'text,title\nFirst.,t\n"Second,t\nThird.,t\n')
    first, skip = read_articles([path])
    assert first.text == "First."
    assert skip.source == str(path)
    assert skip.reason.startswith("not valid CSV on line 3 (")
    assert skip.reason.endswith("the rest of the file is skipped")


def test_ingest_csv_bad_date_names_the_row(tmp_path):
    path = write(tmp_path / "news.csv", "text,date\nFirst.,2014-06-10\nSecond.,10 June\n")
    first, skip = read_articles([path])
    assert first.date == dt.date(2014, 6, 10)
    assert skip.source == f"{path}:3" and "bad date" in skip.reason and "'10 June'" in skip.reason


def test_ingest_text_passed_as_a_path_is_a_skip_not_a_crash(tmp_path):
    """A whole article given where a path belongs names no file (too long for the system):
    a logged skip that says how to pass a text, and the other inputs are still read."""
    (tmp_path / "a.txt").write_text("Floods in Dhaka\n\nRivers rose on Sunday.\n", encoding="utf-8")
    text = "Rebels seized the town of Kosti on Sunday, witnesses said.\n\n" * 40
    results = list(read_articles([text, tmp_path / "a.txt"]))
    assert [type(r).__name__ for r in results] == ["Skipped", "Article"]
    assert "extract_text" in results[0].reason
    assert len(results[0].source) <= 80
