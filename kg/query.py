"""SPARQL over a kg graph: safety checks, limits, bound parameters, results as rows or DataFrames.

Every query runs on Oxigraph (:mod:`pyoxigraph`), whatever holds the graph: a
:class:`kg.store.Store`, a :class:`pyoxigraph.Store`, or an rdflib graph (copied
into an in-memory Oxigraph store first, so there is one engine and one set of
rules) — or, for a :class:`kg.store.RemoteStore`, the server it names, after
the same checks. The default graph of a kg store holds every article's statements (and
the aggregates), so ``SELECT ?a ?t WHERE { ?a action:seize ?t }`` finds every
article's edges, each once; ``GRAPH ?g { ... }`` reads the article graphs.

Before anything runs, :func:`check` reads the query with a SPARQL tokenizer
(comments, strings, IRIs and prefixed names are tokens of their own, so text
that merely *mentions* a keyword is not mistaken for it) and refuses:

* ``SERVICE`` (a federated query would send an HTTP request) and ``LOAD``;
* ``FROM`` / ``FROM NAMED`` with an IRI that is not one of kg's graph names;
* updates (``INSERT``, ``DELETE``, ``DROP`` ...) unless ``allow_update=True``.

Each query also has a time limit and a result limit (:data:`DEFAULT_TIMEOUT`,
:data:`DEFAULT_MAX_ROWS`).

>>> from kg.query import check
>>> check("SELECT * WHERE { ?s ?p ?o }")
'SELECT'
>>> check("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.query.UnsafeQueryError: SERVICE is refused: kg does not send queries to other endpoints
>>> check("# SERVICE <http://x/> in a comment\\nSELECT ?service WHERE { ?s ?p 'SERVICE <http://x/>' }")
'SELECT'

Parameters are bound, never pasted into the text: a parameter is a variable
that the query projects, and its value is substituted before evaluation
(Oxigraph's ``substitutions``), so ``actor='ISIL" } DROP ALL #'`` is only an
odd label. Named queries ship as ``kg/queries/*.rq`` (see :func:`named_queries`).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import logging
import re
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote
from xml.sax.saxutils import escape as xml_escape

from kg.errors import KGError
from kg.iri import action_iri, article_iri, entity_iri
from kg.namespace import ACTION, ARTICLE, DATA, ENTITY, PREFIXES

if TYPE_CHECKING:
    import pandas as pd
    import pyoxigraph as ox

__all__ = [
    "QueryError",
    "UnsafeQueryError",
    "QueryTimeout",
    "ResultLimitError",
    "Result",
    "NamedQuery",
    "QUERY_PREFIXES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_ROWS",
    "check",
    "run",
    "run_named",
    "named_queries",
]

logger = logging.getLogger(__name__)

#: Seconds a query may run before kg gives up on it.
DEFAULT_TIMEOUT = 30.0
#: Most rows (or triples) a query may return; past it kg stops and says so.
DEFAULT_MAX_ROWS = 100_000

#: Prefixes every query may use without declaring them.
QUERY_PREFIXES: dict[str, str] = {name: str(ns) for name, ns in PREFIXES.items()}

#: The query forms; any other first keyword is an update.
QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})
#: The first keywords of SPARQL 1.1 update operations.
UPDATE_FORMS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
#: Keywords refused wherever they appear as keywords, and why.
REFUSED_KEYWORDS = {
    "SERVICE": "SERVICE is refused: kg does not send queries to other endpoints",
    "LOAD": "LOAD is refused: kg does not fetch data from the web while querying",
}
#: FROM / FROM NAMED may name only graphs kg itself names (article graphs live under DATA).
LOCAL_GRAPHS = str(DATA)


class QueryError(KGError):
    """A query that cannot be run: a syntax error, a missing parameter, an engine error."""


class UnsafeQueryError(QueryError):
    """A query refused before execution (SERVICE, LOAD, remote FROM, an update not allowed)."""


class QueryTimeout(QueryError):
    """A query that ran longer than its time limit."""


class ResultLimitError(QueryError):
    """A query that returned more rows than its result limit."""


# ---------------------------------------------------------------------------
# The safety check: a SPARQL tokenizer, not a regular expression over the text
# ---------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<pname>(?:[^\W\d_][\w\-.]*)?:(?:[\w\-.:%]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
    | (?P<word>[^\W\d]\w*)
    | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str


def _tokens(sparql: str) -> list[_Token]:
    """The significant tokens of ``sparql`` (no whitespace or comments)."""
    tokens = []
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            tokens.append(_Token(kind, match.group()))
    return tokens


_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _iri_value(token: _Token, prefixes: Mapping[str, str]) -> str | None:
    """The IRI a token stands for (an IRI or a prefixed name), or None if it is neither."""
    if token.kind == "iri":
        return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), token.text[1:-1])
    if token.kind == "pname":
        prefix, _, local = token.text.partition(":")
        namespace = prefixes.get(prefix)
        return None if namespace is None else namespace + re.sub(r"\\(.)", r"\1", local)
    return None


def check(sparql: str, *, allow_update: bool = False) -> str:
    """Refuse what kg never runs; return the query form (``SELECT``, ``ASK`` ... or ``UPDATE``).

    Raises :class:`UnsafeQueryError` for SERVICE, LOAD, ``FROM``/``FROM NAMED``
    naming a graph outside kg's data (``https://w3id.org/newskg/id/``), and for
    updates unless ``allow_update``. Syntax is left to the engine.

    >>> check("PREFIX ex: <http://example.org/> ASK { ex:a ex:service 'LOAD <x>' }")
    'ASK'
    >>> check("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.query.UnsafeQueryError: FROM <http://example.org/g> is refused: FROM and FROM NAMED may only name kg's own graphs (https://w3id.org/newskg/id/...)
    >>> check("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.query.UnsafeQueryError: updates are refused (DELETE): queries are read-only unless updates are explicitly allowed
    """
    tokens = _tokens(sparql)
    prefixes = dict(QUERY_PREFIXES)
    form = None
    for i, token in enumerate(tokens):
        if token.kind != "word":
            continue
        keyword = token.text.upper()
        if keyword in REFUSED_KEYWORDS:
            raise UnsafeQueryError(REFUSED_KEYWORDS[keyword])
        if keyword == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].kind == "iri":
            prefixes[tokens[i + 1].text.rstrip(":")] = _iri_value(tokens[i + 2], prefixes) or ""
        elif keyword == "FROM":
            _check_from(tokens[i + 1 : i + 3], prefixes)
        if form is None and keyword not in ("PREFIX", "BASE"):
            form = keyword
    if form is None:
        raise QueryError("no query: expected SELECT, CONSTRUCT, DESCRIBE or ASK")
    if form not in QUERY_FORMS | UPDATE_FORMS:
        raise QueryError(f"SPARQL syntax error: expected SELECT, CONSTRUCT, DESCRIBE or ASK, found {form!r}")
    if form in UPDATE_FORMS:
        if not allow_update:
            raise UnsafeQueryError(
                f"updates are refused ({form}): queries are read-only unless updates are explicitly allowed"
            )
        return "UPDATE"
    return form


def bind_inline(sparql: str, substitutions: Mapping[Any, Any]) -> str:
    """``sparql`` with its parameters bound in its text, for Oxigraph's planner and for servers
    that take no bindings beside the text (:class:`kg.store.RemoteStore`).

    Inside the WHERE group each parameter is replaced by its value, as SEP-0007's
    substitution does (so a FILTER in a nested group or a UNION branch sees it, and the
    planner starts from the value: Oxigraph applies its own ``substitutions`` after
    planning, and "what ISIL did" scanned every relation); a ``VALUES`` block opening the
    group gives the projected variable its value. The terms are written by Oxigraph in
    N-Triples syntax, so a value is only ever a value. Where a parameter is kept as a
    variable: a nested SELECT's projection, ``AS ?x``, a ``VALUES`` header; and the
    solution modifiers after the group.

    >>> import pyoxigraph as ox
    >>> bind_inline("SELECT ?a WHERE { ?a ?p ?o }", {ox.Variable("a"): ox.Literal('x" } DROP ALL #')})
    'SELECT ?a WHERE { VALUES (?a) { ("x\\\\" } DROP ALL #") } "x\\\\" } DROP ALL #" ?p ?o }'
    """
    if not substitutions:
        return sparql
    values = {variable.value: str(term) for variable, term in substitutions.items()}
    names = " ".join(f"?{name}" for name in values)
    terms = " ".join(values.values())
    has_where = re.search(r"(?i)\bWHERE\b", sparql) is not None
    pieces: list[str] = []
    opened = None  # the position after the WHERE group's opening brace
    depth, kept, after_where, previous = 0, None, False, ""
    for match in _TOKEN.finditer(sparql):
        kind, text = match.lastgroup, match.group()
        if opened is None:
            if kind == "word" and text.upper() == "WHERE":
                after_where = True
            elif kind == "other" and text == "{" and (after_where or not has_where):
                opened, depth = match.end(), 1
            pieces.append(text)
            continue
        if depth == 0:  # the solution modifiers of the whole query
            pieces.append(text)
            continue
        word = text.upper() if kind == "word" else ""
        if word in ("SELECT", "VALUES"):
            kept = word
        elif kept == "SELECT" and (word == "WHERE" or text == "{"):
            kept = None
        elif kept == "VALUES" and text == "{":
            kept = None
        if text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
        if kind == "var" and text[1:] in values and kept is None and previous != "AS":
            text = values[text[1:]]
        pieces.append(text)
        if kind not in ("ws", "comment"):
            previous = word or text
    if opened is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    bound = "".join(pieces)
    cut = len("".join(pieces[: _piece_index(pieces, opened)]))
    return f"{bound[:cut]} VALUES ({names}) {{ ({terms}) }}{bound[cut:]}"


def _piece_index(pieces: list[str], position: int) -> int:
    """How many leading pieces make up the first ``position`` characters (all before the binding)."""
    length = 0
    for index, piece in enumerate(pieces):
        if length >= position:
            return index
        length += len(piece)
    return len(pieces)


def _check_from(following: list[_Token], prefixes: Mapping[str, str]) -> None:
    if following and following[0].kind == "word" and following[0].text.upper() == "NAMED":
        following = following[1:]
    iri = _iri_value(following[0], prefixes) if following else None
    if iri is None or not iri.startswith(LOCAL_GRAPHS):
        shown = f"<{iri}>" if iri is not None else (following[0].text if following else "")
        raise UnsafeQueryError(
            f"FROM {shown} is refused: FROM and FROM NAMED may only name kg's own graphs ({LOCAL_GRAPHS}...)"
        )


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}


@dataclass
class Result:
    """What a query returned.

    ``form`` is ``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` or ``UPDATE``.
    A SELECT has ``variables`` and ``rows`` (tuples of Oxigraph terms, None when
    unbound); ASK has ``boolean``; CONSTRUCT/DESCRIBE have ``triples``.
    Iterating a SELECT result gives its rows.
    """

    form: str
    variables: tuple[str, ...] = ()
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.triples) if self.form in ("CONSTRUCT", "DESCRIBE") else len(self.rows)

    def records(self, labels: bool = True) -> list[dict[str, Any]]:
        """Rows as dicts of Python values; with ``labels``, kg's IRIs read as their labels."""
        convert = readable if labels else python_value
        return [{v: convert(t) for v, t in zip(self.variables, row)} for row in self.rows]

    def to_dataframe(self, labels: bool = True) -> pd.DataFrame:
        """A pandas DataFrame, one column per variable (see :func:`readable`)."""
        import pandas as pd

        if self.form == "ASK":
            return pd.DataFrame({"boolean": [self.boolean]})
        if self.form in ("CONSTRUCT", "DESCRIBE"):
            convert = readable if labels else python_value
            return pd.DataFrame(
                [(convert(t.subject), convert(t.predicate), convert(t.object)) for t in self.triples],
                columns=["subject", "predicate", "object"],
            )
        return pd.DataFrame(self.records(labels), columns=list(self.variables))

    def serialize(self, format: str) -> str:  # noqa: A002 - the word users know
        """Text in ``format``: for SELECT/ASK ``json``, ``xml``, ``csv``, ``tsv`` (the SPARQL
        1.1 results formats) or ``table``; for CONSTRUCT/DESCRIBE ``turtle`` or ``nt``."""
        if self.form in ("CONSTRUCT", "DESCRIBE"):
            return _graph_text(self.triples, format)
        try:
            writer = _RESULT_WRITERS[format]
        except KeyError:
            raise QueryError(f"unknown results format {format!r}; valid: {', '.join(_RESULT_WRITERS)}") from None
        return writer(self)


def python_value(term: Any) -> Any:
    """An Oxigraph term as a plain Python value: str for IRIs, int/float/Decimal/date/bool for literals.

    >>> import pyoxigraph as ox
    >>> python_value(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    3
    """
    import pyoxigraph as ox

    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return term.value if isinstance(term, (ox.NamedNode, ox.BlankNode)) else str(term)
    datatype, value = term.datatype.value, term.value
    try:
        if datatype in _INTEGERS:
            return int(value)
        if datatype == f"{_XSD}decimal":
            return Decimal(value)
        if datatype in (f"{_XSD}double", f"{_XSD}float"):
            return float(value)
        if datatype == f"{_XSD}boolean":
            return value in ("true", "1")
        if datatype == f"{_XSD}date":
            return dt.date.fromisoformat(value)
    except ValueError:
        pass  # an ill-typed literal stays text
    return value


def readable(term: Any) -> Any:
    """Like :func:`python_value`, but entity and action IRIs read as their label and
    article IRIs as the article id.

    >>> from kg.iri import entity_iri, action_iri
    >>> import pyoxigraph as ox
    >>> readable(ox.NamedNode(entity_iri("Islamic State")) ), readable(ox.NamedNode(action_iri("pull out of")))
    ('Islamic State', 'pull out of')
    """
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        value = term.value
        for namespace in (str(ENTITY), str(ACTION), str(ARTICLE)):
            if value.startswith(namespace) and "/" not in value[len(namespace):]:
                return unquote(value[len(namespace):])
        return value
    return python_value(term)


def _cell(term: Any) -> str:
    value = readable(term)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())  # one row per line whatever the text holds


def _write_table(result: Result) -> str:
    if result.form == "ASK":
        return ("yes" if result.boolean else "no") + "\n"
    rows = [[_cell(t) for t in row] for row in result.rows]
    header = list(result.variables)
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != f"{_XSD}string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # a quoted triple, written as text


def _write_json(result: Result) -> str:
    if result.form == "ASK":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows
    ]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False) + "\n"


def _write_xml(result: Result) -> str:
    import pyoxigraph as ox

    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f'<variable name="{xml_escape(v)}"/>' for v in result.variables]
    out.append("</head>")
    if result.form == "ASK":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            out.append("<result>")
            for name, term in zip(result.variables, row):
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode):
                    value = f"<uri>{xml_escape(term.value)}</uri>"
                elif isinstance(term, ox.BlankNode):
                    value = f"<bnode>{xml_escape(term.value)}</bnode>"
                elif isinstance(term, ox.Literal) and term.language:
                    value = f'<literal xml:lang="{xml_escape(term.language)}">{xml_escape(term.value)}</literal>'
                elif isinstance(term, ox.Literal) and term.datatype.value != f"{_XSD}string":
                    value = (f'<literal datatype="{xml_escape(term.datatype.value)}">'
                             f"{xml_escape(term.value)}</literal>")
                else:
                    value = f"<literal>{xml_escape(getattr(term, 'value', str(term)))}</literal>"
                out.append(f'<binding name="{xml_escape(name)}">{value}</binding>')
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def _write_csv(result: Result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180, as the SPARQL CSV format says
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else getattr(t, "value", str(t)) for t in row])
    return buffer.getvalue()


def _write_tsv(result: Result) -> str:
    if result.form == "ASK":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    # str() of an Oxigraph term is its N-Triples form, which the SPARQL TSV format uses
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


_RESULT_WRITERS = {"table": _write_table, "json": _write_json, "xml": _write_xml, "csv": _write_csv,
                   "tsv": _write_tsv}
#: Graph formats of CONSTRUCT/DESCRIBE results.
GRAPH_FORMATS = ("turtle", "nt")


def _graph_text(triples: list[Any], format: str) -> str:  # noqa: A002
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
    if format not in formats:
        raise QueryError(f"unknown graph format {format!r}; valid: {', '.join(formats)}")
    prefixes = QUERY_PREFIXES if format == "turtle" else None
    return ox.serialize(triples, format=formats[format], prefixes=prefixes).decode("utf-8")


# ---------------------------------------------------------------------------
# Running a query
# ---------------------------------------------------------------------------


def _oxigraph_store(source: Any) -> ox.Store:
    """The Oxigraph store behind ``source``; an rdflib graph is copied into a new in-memory one."""
    import pyoxigraph as ox

    if isinstance(source, ox.Store):
        return source
    inner = getattr(source, "oxigraph", None)  # kg.store.Store
    if isinstance(inner, ox.Store):
        return inner
    inner = getattr(getattr(source, "store", None), "_inner", None)  # an oxrdflib-backed rdflib graph
    if isinstance(inner, ox.Store):
        return inner
    from rdflib import Graph

    if isinstance(source, Graph):
        store = ox.Store()
        # A Dataset's graphs are read as their union (each triple once) in the default graph.
        if getattr(source, "context_aware", False):
            union = Graph(bind_namespaces="none")
            for subject, predicate, obj, *_ in source.quads((None, None, None, None)):
                union.add((subject, predicate, obj))
            source = union
        store.load(source.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(f"cannot query a {type(source).__name__}: expected a kg.store.Store, "
                    "a pyoxigraph.Store or an rdflib Graph")


def _term(value: Any) -> Any:
    """A parameter value as an Oxigraph term: rdflib terms and Oxigraph terms keep their kind;
    Python str, int, float, bool, Decimal and dates become typed literals."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if not isinstance(value, Literal):
        value = Literal(value)
    if value.language:
        return ox.Literal(str(value), language=value.language)
    if value.datatype:
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
    return ox.Literal(str(value))


def run(
    source: Any,
    sparql: str,
    /,  # positional-only, so a query may bind parameters called "source" or "sparql"
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    allow_update: bool = False,
    **params: Any,
) -> Result:
    """Run ``sparql`` on ``source`` after :func:`check`, with kg's prefixes predeclared.

    ``params`` bind variables the query projects (``actor=URIRef(...)``, ``since=date(...)``);
    a plain ``str`` binds a string literal. The query fails with :class:`QueryTimeout`
    after ``timeout`` seconds and with :class:`ResultLimitError` past ``max_rows``
    rows (None: no limit).

    >>> from kg.rdf import to_graph
    >>> from kg.model import Article, ArticleResult, Mention, Relation
    >>> isil, mosul = Mention("ISIL", "ISIL", 0, 4, "name", "ORG"), Mention("Mosul", "Mosul", 14, 19, "name", "GPE")
    >>> g = to_graph([ArticleResult(Article("a1", "ISIL captured Mosul."), (Relation(
    ...     "a1", 0, "ISIL captured Mosul.", 0, 20, isil, "capture", "captured", mosul),))])
    >>> result = run(g, "SELECT ?actor ?target WHERE { ?actor action:capture ?target }")
    >>> result.records()
    [{'actor': 'ISIL', 'target': 'Mosul'}]
    >>> run(g, "SELECT ?actor ?target WHERE { ?actor action:capture ?target }", actor=entity_iri("Mosul")).rows
    []
    """
    import pyoxigraph as ox

    form = check(sparql, allow_update=allow_update)
    substitutions = {ox.Variable(name): _term(value) for name, value in params.items()}
    from kg.store import RemoteStore

    if isinstance(source, RemoteStore):
        # The server runs it; checked above, and given up on after ``timeout`` like a local query.
        try:
            answer = source.execute(sparql, form, substitutions, timeout)
        except SyntaxError as error:
            raise QueryError(f"the store answered with results kg cannot read: {error}") from None
        return Result("UPDATE") if form == "UPDATE" else _collect(answer, form, max_rows, None)
    store = _oxigraph_store(source)
    deadline = None if timeout is None else time.monotonic() + timeout
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = _execute(store, sparql, form, substitutions, max_rows, deadline)
        except BaseException as error:  # handed to the caller's thread below
            # Without its traceback, nothing of Oxigraph's (which must be dropped on the
            # thread that made it) travels to the caller's thread.
            outcome["error"] = error.with_traceback(None)

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        # Oxigraph cannot be interrupted: the worker finishes in the background, its result unused.
        raise QueryTimeout(f"query took longer than {timeout:g} s and was abandoned; "
                           "narrow it (a LIMIT, a more selective pattern) or raise the timeout")
    error = outcome.get("error")
    if isinstance(error, QueryError):
        raise error
    if isinstance(error, SyntaxError):
        raise QueryError(f"SPARQL syntax error: {error}") from None
    if isinstance(error, (RuntimeError, ValueError, OSError)):
        raise QueryError(f"query failed: {error}") from None
    if error is not None:
        raise error
    return outcome["result"]


def _execute(store: ox.Store, sparql: str, form: str, substitutions: dict[Any, Any], max_rows: int | None,
             deadline: float | None) -> Result:
    if form == "UPDATE":
        store.update(sparql, prefixes=QUERY_PREFIXES)
        return Result("UPDATE")
    # Parameters are bound in the text (bind_inline), as for a remote store: Oxigraph applies
    # its ``substitutions`` after planning, so the planner could not start from the bound value
    # ("what ISIL did" scanned every relation of 1M triples, 140 ms instead of 1 ms; decision 0005).
    # Where the bound text does not parse (a parameter in a nested GROUP BY), Oxigraph binds them.
    try:
        answer = store.query(bind_inline(sparql, substitutions), prefixes=QUERY_PREFIXES)
    except (SyntaxError, QueryError):
        answer = store.query(sparql, prefixes=QUERY_PREFIXES, substitutions=substitutions or None)
    try:
        return _collect(answer, form, max_rows, deadline)
    finally:
        del answer


def _collect(answer: Any, form: str, max_rows: int | None, deadline: float | None) -> Result:
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return Result("ASK", boolean=bool(answer))
    items = []
    for count, item in enumerate(answer, 1):
        if max_rows is not None and count > max_rows:
            raise ResultLimitError(f"the query returned more than {max_rows:,} rows; "
                                   "add a LIMIT or raise the result limit")
        if deadline is not None and count % 1024 == 0 and time.monotonic() > deadline:
            return Result(form)  # the caller has already reported the timeout
        items.append(item)
    if form in ("CONSTRUCT", "DESCRIBE"):
        return Result(form, triples=items)
    variables = tuple(v.value for v in answer.variables)
    return Result(form, variables, [tuple(s[v] for v in variables) for s in items])


# ---------------------------------------------------------------------------
# Named queries: kg/queries/*.rq
# ---------------------------------------------------------------------------

#: How a named query's parameter text becomes a term, by the type its header declares.
PARAM_TYPES = {
    "entity": lambda text: _iri_or(text, entity_iri),
    "action": lambda text: _iri_or(text, action_iri),
    "article": lambda text: _iri_or(text, article_iri),
    "date": lambda text: _date(text),
    "string": lambda text: text,
    "integer": lambda text: int(text),
}


def _iri_or(text: str, mint: Any) -> Any:
    import pyoxigraph as ox
    from rdflib import URIRef

    if text.startswith("<") and text.endswith(">"):
        try:
            ox.NamedNode(text[1:-1])  # "<a b>", "<relative>": not an IRI, said as such
        except ValueError as error:
            raise ValueError(f"not a valid absolute IRI ({error})") from None
        return URIRef(text[1:-1])  # an IRI given as such: bound as a term, never pasted
    return mint(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"not a date (YYYY-MM-DD): {text!r}") from None


_PARAM_LINE = re.compile(r"#\s*@param\s+(\w+)\s*:\s*(\w+)\s*(.*)")


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped with kg: its name, one-line description, typed parameters and text.

    The header of the ``.rq`` file gives them::

        # What an actor did, newest first.
        # @param actor: entity  an entity label (ISIL) or <IRI>
    """

    name: str
    description: str
    params: dict[str, tuple[str, str]]  # name -> (type, help)
    text: str

    def bind(self, values: Mapping[str, str]) -> dict[str, Any]:
        """Parameter texts -> typed values; every parameter is required and no other is allowed."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r}; "
                             f"its parameters: {', '.join(self.params) or 'none'}")
        missing = [p for p in self.params if p not in values]
        if missing:
            raise QueryError(f"query {self.name!r} needs --param {missing[0]}=... ({self.params[missing[0]][1]})")
        bound = {}
        for name, text in values.items():
            kind = self.params[name][0]
            try:
                bound[name] = PARAM_TYPES[kind](text)
            except ValueError as error:
                raise QueryError(f"parameter {name}={text!r}: {error}") from None
        return bound


def _parse_named(name: str, text: str) -> NamedQuery:
    description, params = "", {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM_LINE.match(line)
        if match:
            kind = match.group(2)
            if kind not in PARAM_TYPES:
                raise QueryError(f"{name}.rq: unknown parameter type {kind!r}; valid: {', '.join(PARAM_TYPES)}")
            params[match.group(1)] = (kind, match.group(3).strip())
        elif not description:
            description = line.lstrip("# ").strip()
    return NamedQuery(name, description, params, text)


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in ``kg/queries/``, by name.

    >>> sorted(named_queries())[:3]
    ['actor-actions', 'between', 'date-range']
    >>> named_queries()["actor-actions"].params["actor"][0]
    'entity'
    """
    return dict(_shipped_queries())


@functools.cache
def _shipped_queries() -> dict[str, NamedQuery]:
    """Read and parsed once per process (the server answers ``/queries/NAME`` from it)."""
    folder = resources.files("kg") / "queries"
    return {
        entry.name[:-3]: _parse_named(entry.name[:-3], entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def run_named(source: Any, name: str, params: Mapping[str, str] | None = None, **options: Any) -> Result:
    """Run the named query ``name`` with parameter texts ``params`` (``{"actor": "ISIL"}``).

    ``options`` are :func:`run`'s ``timeout`` and ``max_rows``.
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; available: {', '.join(queries)}")
    query = queries[name]
    return run(source, query.text, **options, **query.bind(params or {}))
