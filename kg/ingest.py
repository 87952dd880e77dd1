"""Files -> :class:`~kg.model.Article` objects; the only module that knows input formats.

Formats, chosen by extension (case-insensitive):

``.txt``, ``.md``
    One article per file. The text is the file's text exactly as decoded (no
    stripping, ``\\r\\n`` kept), so character offsets refer to the file. The
    title is the first non-empty line (for Markdown without its ``#`` marks).
``.jsonl``
    One JSON object per line: ``text`` and optional ``id``, ``title``,
    ``date``, ``source``, ``url``. Blank lines are ignored.
``.json``
    One such object, or a list of them.
``.csv``
    A header row with a ``text`` column and the same optional columns
    (header names are matched case-insensitively).

A file that cannot be read at all raises :class:`~kg.errors.InputError` from
:func:`read_file`; :func:`read_articles` turns it, and every bad record, into a
:class:`~kg.model.Skipped` that it logs and yields, and carries on.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Article, Skipped

__all__ = ["MAX_CHARS", "SUFFIXES", "read_articles", "read_file", "article_id", "parse_date"]

log = logging.getLogger(__name__)

#: The longest article text accepted, in characters: spaCy's own default ``nlp.max_length``.
MAX_CHARS = 1_000_000

#: Formats whose whole file is one article, so that its size on disk bounds its length.
WHOLE_FILE_SUFFIXES = frozenset({".txt", ".md"})

#: How much of a file is sniffed for binary content.
SNIFF_BYTES = 8192

#: Control bytes that never occur in text (C0 controls other than \b \t \n \v \f \r ESC, and DEL).
BINARY_BYTES = frozenset(set(range(0x20)) - {0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) | {0x7F}

#: Share of binary control bytes above which an undecodable file is called binary, not
#: mis-encoded (random data has about 10%, text in a legacy encoding about none).
BINARY_SHARE = 0.05

#: A calendar date at the start of a date or ISO datetime string.
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?")

#: What a format reader yields: an article, or the error of one bad record in the file.
_Result = Article | InputError
_Reader = Callable[[str, Path, dt.date | None, int], Iterator[_Result]]


def article_id(text: str) -> str:
    """A stable id for an article: the first 16 hex digits of the SHA-256 of its UTF-8 text.

    >>> article_id("ISIL captured Mosul.")
    'c5dfaaeca9227f82'

    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str) -> dt.date:
    """The date in ``YYYY-MM-DD`` or in a full ISO datetime (its date part).

    Raises ``ValueError`` naming the value otherwise (usable as an argparse ``type``).

    >>> parse_date("2014-06-10")
    datetime.date(2014, 6, 10)
    >>> parse_date("2014-06-10T08:30:00Z")
    datetime.date(2014, 6, 10)
    >>> parse_date("10/06/2014")
    Traceback (most recent call last):
    ...
    ValueError: not a date: '10/06/2014' (expected YYYY-MM-DD or an ISO datetime)
    """
    match = _DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD or an ISO datetime)")
    try:
        if match.group(0) != match.group(1):
            # a full datetime: it must be valid as a whole, not just its first ten characters
            dt.datetime.fromisoformat(match.group(0))
        return dt.date.fromisoformat(match.group(1))
    except ValueError as error:
        raise ValueError(f"not a date: {value!r} ({error})") from None


def read_articles(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    date: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article | Skipped]:
    """Every article in ``paths`` (files or directories), and a Skipped for every bad input.

    Directories are walked recursively in sorted order, leaving out hidden
    files and directories and files of unknown types. ``date`` is the
    publication date of articles whose record gives none. Each skip is also
    logged as a warning ``SOURCE: REASON``; nothing here raises for bad input.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "a.txt").write_text("Floods in Dhaka\\n\\nRivers rose.\\n")
    ...     _ = Path(folder, "b.txt").write_text("")
    ...     results = list(read_articles([folder]))
    >>> [type(r).__name__ for r in results]
    ['Article', 'Skipped']
    >>> results[0].title, results[1].reason
    ('Floods in Dhaka', 'file is empty')
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in map(Path, paths):
        try:
            is_dir = path.is_dir()
        except OSError as error:  # a name too long for the system (text passed as a path) ...
            source = str(path) if len(str(path)) <= 80 else str(path)[:77] + "..."
            hint = "; to extract from a text, use kg.extract_text(text)" if "\n" in str(path) or " " in str(path) else ""
            yield _skip(InputError(source, f"cannot read: {error.strerror or error}{hint}"))
            continue
        if is_dir:
            files, errors = _walk(path)
            for error in errors:
                yield _skip(error)
            for file in files:
                yield from _read_or_skip(file, date=date, max_chars=max_chars)
        else:
            yield from _read_or_skip(path, date=date, max_chars=max_chars)


def read_file(
    path: str | os.PathLike[str], *, date: dt.date | None = None, max_chars: int = MAX_CHARS
) -> list[Article]:
    """The articles in one file; raises InputError for the first problem with it or a record.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "news.jsonl")
    ...     _ = path.write_text('{"id": 7, "text": "ISIL captured Mosul.", "date": "2014-06-10"}\\n')
    ...     [article] = read_file(path)
    >>> article.id, article.date, article.origin.endswith("news.jsonl:1")
    ('7', datetime.date(2014, 6, 10), True)
    >>> read_file("missing.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: missing.txt: cannot read: No such file or directory
    """
    articles = []
    for result in _read(Path(path), date=date, max_chars=max_chars):
        if isinstance(result, InputError):
            raise result
        articles.append(result)
    return articles


# --- files ------------------------------------------------------------------


def _walk(directory: Path) -> tuple[list[Path], list[InputError]]:
    """The readable files under ``directory`` in sorted order, and the directories that failed."""
    files: list[Path] = []
    errors: list[InputError] = []

    def unreadable(error: OSError) -> None:
        errors.append(InputError(error.filename, f"cannot read: {error.strerror or error}"))

    for root, dirs, names in os.walk(directory, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            file = Path(root, name)
            if file.suffix.lower() in _READERS:
                files.append(file)
            else:
                log.debug("%s: ignored, not a known article file type", file)
    return sorted(files), errors


def _read_or_skip(
    path: Path, *, date: dt.date | None, max_chars: int
) -> Iterator[Article | Skipped]:
    try:
        for result in _read(path, date=date, max_chars=max_chars):
            # a bad record is skipped; the rest of the file is still read
            yield _skip(result) if isinstance(result, InputError) else result
    except InputError as error:
        # a bad file is skipped; the other files are still read
        yield _skip(error)


def _skip(error: InputError) -> Skipped:
    log.warning("%s: %s", error.source, error.reason)
    return Skipped(error.source, error.reason)


def _read(path: Path, *, date: dt.date | None, max_chars: int) -> Iterator[_Result]:
    """Yield the articles of a file, and an InputError (not raised) for each bad record.

    A problem with the file as a whole is raised. Yielding the record errors
    lets read_articles skip one record and go on, and read_file raise it.
    """
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if path.is_dir():
        raise InputError(path, "is a directory (read_articles walks directories)")
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        what = f"'{suffix}'" if suffix else "(no extension)"
        raise InputError(path, f"unsupported file type {what} (expected {_EXPECTED})")
    if suffix in WHOLE_FILE_SUFFIXES and size > 4 * max_chars + 3:
        # at most 4 bytes a character (and 3 for a byte-order mark): too long without reading it
        raise InputError(path, f"article is over {max_chars} characters long (the file is "
                         f"{size} bytes); the limit is {max_chars} (raise it with --max-chars)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    text = _decode(data, path)
    if not text.strip():
        raise InputError(path, "file is empty")
    yield from reader(text, path, date, max_chars)


def _decode(data: bytes, path: Path) -> str:
    """The UTF-8 text of a file, without a byte-order mark and with newlines as they are."""
    if b"\x00" in data[:SNIFF_BYTES]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(path, "not valid UTF-8 (it is UTF-16; save it as UTF-8)")
        raise InputError(path, "binary file, not text")
    try:
        # decoding bytes translates no newlines; with the BOM left in, error offsets are file offsets
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        sample = data[:SNIFF_BYTES]
        if sum(byte in BINARY_BYTES for byte in sample) > BINARY_SHARE * len(sample):
            raise InputError(path, "binary file, not text") from None
        byte = data[error.start]
        raise InputError(
            path, f"not valid UTF-8 (invalid byte 0x{byte:02x} at offset {error.start})"
        ) from None


def _check_length(text: str, source: str | Path, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError(source, f"article is {len(text)} characters long; the limit is "
                         f"{max_chars} (raise it with --max-chars)")


# --- formats ----------------------------------------------------------------


def _read_txt(text: str, path: Path, date: dt.date | None, max_chars: int) -> Iterator[_Result]:
    # the whole file is one article; its first non-empty line is the title
    _check_length(text, path, max_chars)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    yield Article(article_id(text), text, title=title, date=date, origin=str(path))


def _read_md(text: str, path: Path, date: dt.date | None, max_chars: int) -> Iterator[_Result]:
    # as plain text, but a heading's "#" marks are not part of the title
    _check_length(text, path, max_chars)
    titles = (line.strip().lstrip("#").strip() for line in text.splitlines())
    title = next((t for t in titles if t), None)
    yield Article(article_id(text), text, title=title, date=date, origin=str(path))


def _read_jsonl(text: str, path: Path, date: dt.date | None, max_chars: int) -> Iterator[_Result]:
    # split on "\n" only: str.splitlines would also split at U+2028 and others, valid inside JSON strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(source, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        yield _record_or_error(record, source, date, max_chars)


def _read_json(text: str, path: Path, date: dt.date | None, max_chars: int) -> Iterator[_Result]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not valid JSON ({error})") from None
    if isinstance(value, dict):
        # one object: the file is the article
        yield _article(value, str(path), date, max_chars)
    elif isinstance(value, list):
        if not value:
            raise InputError(path, "no records (the JSON list is empty)")
        for index, record in enumerate(value):
            yield _record_or_error(record, f"{path}:#{index}", date, max_chars)
    else:
        raise InputError(path, "expected a JSON object or a list of objects, "
                         f"not {_json_type(value)}")


def _read_csv(text: str, path: Path, date: dt.date | None, max_chars: int) -> Iterator[_Result]:
    # fields up to any article length; longer articles are refused per row, with the usual reason
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    # strict: a stray quote is an error, not text silently merged into the next rows
    rows = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [name.strip().lower() for name in next(rows)]
    except csv.Error as error:
        raise InputError(path, f"not valid CSV on line 1 ({error})") from None
    if "text" not in header:
        raise InputError(path, f"no 'text' column (the columns are: {', '.join(header) or 'none'})")
    found = False
    while True:
        number = rows.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as error:
            # where the next row starts is a guess from here on: stop rather than read junk
            raise InputError(
                path, f"not valid CSV on line {number} ({error}); the rest of the file is skipped"
            ) from None
        if not row:
            continue  # a blank line
        found = True
        source = f"{path}:{number}"
        if len(row) != len(header):
            # usually an unquoted comma or newline: the columns would be shifted
            yield InputError(source, f"row has {len(row)} fields; the header has {len(header)}")
            continue
        yield _record_or_error(dict(zip(header, row)), source, date, max_chars)
    if not found:
        raise InputError(path, "no records (the CSV file has only a header)")


_READERS: dict[str, _Reader] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".jsonl": _read_jsonl,
    ".json": _read_json,
    ".csv": _read_csv,
}

SUFFIXES = tuple(_READERS)  #: The file extensions kg reads, in lower case.
_EXPECTED = ", ".join(SUFFIXES[:-1]) + " or " + SUFFIXES[-1]


# --- records ----------------------------------------------------------------


def _record_or_error(record: Any, source: str, date: dt.date | None, max_chars: int) -> _Result:
    try:
        return _article(record, source, date, max_chars)
    except InputError as error:
        return error


def _article(record: Any, source: str, date: dt.date | None, max_chars: int) -> Article:
    """The article in one JSON object or CSV row (a dict of strings)."""
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, not {_json_type(record)}")
    if "text" not in record:
        fields = ", ".join(map(str, record)) or "none"
        raise InputError(source, f"record has no text (no 'text' field; the fields are: {fields})")
    text = record["text"]
    if not isinstance(text, str) and text is not None:
        raise InputError(source, f"'text' must be a string, not {_json_type(text)}")
    if not text or not text.strip():
        raise InputError(source, "record has no text")
    _check_length(text, source, max_chars)
    given_id = record.get("id")
    if isinstance(given_id, bool) or not isinstance(given_id, (str, int, type(None))):
        raise InputError(source, f"'id' must be a string or an integer, not {_json_type(given_id)}")
    given_date = _optional_str(record, "date", source)
    if given_date is not None:
        try:
            date = parse_date(given_date)
        except ValueError as error:
            raise InputError(source, f"bad date: {error}") from None
    given_id = "" if given_id is None else str(given_id).strip()
    return Article(
        id=given_id or article_id(text),
        text=text,
        title=_optional_str(record, "title", source),
        date=date,
        source=_optional_str(record, "source", source),
        url=_optional_str(record, "url", source),
        origin=source,
    )


def _optional_str(record: dict[str, Any], key: str, source: str) -> str | None:
    """A string field of a record, stripped; None when absent, null or blank."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(source, f"'{key}' must be a string, not {_json_type(value)}")
    return value.strip() or None


def _json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
