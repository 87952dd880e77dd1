"""The entity network as files for other tools: GraphML, GEXF, CSV node and edge lists, node-link JSON.

GraphML and GEXF only hold strings, numbers and booleans, so :func:`flatten`
writes every list or dict attribute (aliases, dates, evidence …) as JSON text
and leaves out missing values. GEXF edges carry ``start`` and ``end`` (the
first and last date of their evidence), which makes the file dynamic: Gephi's
timeline shows relations appearing over time.

>>> import networkx as nx, io
>>> G = nx.MultiDiGraph()
>>> G.add_node("e/isil", label="ISIL", type="Organization", aliases=["Islamic State"], mentions=3)
>>> G.add_node("e/mosul", label="Mosul", type="Place", aliases=[], mentions=1)
>>> _ = G.add_edge("e/isil", "e/mosul", key="capture", action="capture", mentions=1,
...                dates=["2014-06-10"], start="2014-06-10", end="2014-06-10", ner=None)
>>> flatten(G).nodes["e/isil"]["aliases"]
'["Islamic State"]'
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import OutputError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FORMATS", "SUFFIXES", "flatten", "write_graphml", "write_gexf", "write_csv", "write_json", "export"]

logger = logging.getLogger(__name__)

#: Columns of the CSV node list, in order.
NODE_COLUMNS = ("id", "label", "type", "ner", "mentions", "aliases", "out_degree", "in_degree")
#: Columns of the CSV edge list, in order.
EDGE_COLUMNS = ("source", "source_label", "action", "target", "target_label", "negated", "hedged", "mentions",
                "hedged_mentions", "confidence", "start", "end", "dates", "articles", "evidence")


def flatten(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML and GEXF writers accept: lists and dicts as JSON text,
    no None values."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    flat.graph.update(_flat_attributes(network.graph))
    for node, data in network.nodes(data=True):
        flat.add_node(node, **_flat_attributes(data))
    for u, v, key, data in network.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **_flat_attributes(data))
    return flat


def _flat_attributes(data: dict[str, Any]) -> dict[str, Any]:
    flat = {}
    for name, value in data.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset, dict)):
            value = json.dumps(sorted(value) if isinstance(value, (set, frozenset)) else value,
                               ensure_ascii=False, default=str)
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        flat[name] = value
    return flat


def write_graphml(network: nx.MultiDiGraph, path: str | PathLike[str]) -> list[Path]:
    """GraphML, readable by ``networkx.read_graphml``, yEd, Gephi and Cytoscape."""
    import networkx as nx

    path = Path(path)
    with _opened(path, "wb") as out:
        nx.write_graphml(flatten(network), out, named_key_ids=True)
    return [path]


def write_gexf(network: nx.MultiDiGraph, path: str | PathLike[str]) -> list[Path]:
    """GEXF 1.2 for Gephi, with edge ``start``/``end`` dates for its timeline."""
    import networkx as nx

    path = Path(path)
    with _opened(path, "wb") as out:
        nx.write_gexf(flatten(network), out)
    return [path]


def write_csv(network: nx.MultiDiGraph, path: str | PathLike[str], nodes_path: str | PathLike[str] | None = None) -> list[Path]:
    """An edge list at ``path`` and a node list at ``nodes_path`` (default: ``<stem>-nodes.csv``
    next to it); list cells are JSON text.

    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A"); G.add_node("b", label="B")
    >>> _ = G.add_edge("a", "b", key="meet", action="meet", mentions=1)
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_csv(G, folder / "g.csv")]
    ['g.csv', 'g-nodes.csv']
    >>> (folder / "g.csv").read_text().splitlines()[1]
    'a,A,meet,b,B,false,false,1,0,,,,[],[],[]'
    """
    path = Path(path)
    nodes_path = Path(nodes_path) if nodes_path else path.with_name(f"{path.stem}-nodes{path.suffix or '.csv'}")
    label = lambda n: network.nodes[n].get("label", n)  # noqa: E731
    with _opened(path, "w") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(EDGE_COLUMNS)
        for u, v, key, data in network.edges(keys=True, data=True):
            row = {"source": u, "source_label": label(u), "target": v, "target_label": label(v),
                   "action": data.get("label") or key, **data}
            writer.writerow([_cell(row.get(c), c) for c in EDGE_COLUMNS])
    with _opened(nodes_path, "w") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(NODE_COLUMNS)
        for node, data in network.nodes(data=True):
            row = {"id": node, "out_degree": network.out_degree(node), "in_degree": network.in_degree(node), **data}
            writer.writerow([_cell(row.get(c), c) for c in NODE_COLUMNS])
    return [path, nodes_path]


_LIST_COLUMNS = {"aliases", "dates", "articles", "evidence"}
_ZERO_COLUMNS = {"mentions", "hedged_mentions"}
_FLAG_COLUMNS = {"negated", "hedged"}


def _cell(value: Any, column: str) -> str:
    if column in _LIST_COLUMNS:
        return json.dumps(list(value or []), ensure_ascii=False, default=str)
    if column in _FLAG_COLUMNS:
        return "true" if value else "false"
    if value is None:
        return "0" if column in _ZERO_COLUMNS else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_json(network: nx.MultiDiGraph, path: str | PathLike[str]) -> list[Path]:
    """Node-link JSON (``networkx.node_link_data`` with ``edges="edges"``), lists kept as lists."""
    import networkx as nx

    path = Path(path)
    data = nx.node_link_data(network, edges="edges")
    with _opened(path, "w") as out:
        json.dump(data, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
    return [path]


#: ``kg network --format`` names and their writers; each returns the files it wrote.
FORMATS: dict[str, Callable[..., list[Path]]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "csv": write_csv,
    "json": write_json,
}
#: File suffixes that imply a format.
SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".csv": "csv", ".json": "json"}


def export(network: nx.MultiDiGraph, path: str | PathLike[str], format: str | None = None) -> list[Path]:  # noqa: A002
    """Write ``network`` to ``path`` in ``format`` (default: from the suffix); return the files written."""
    path = Path(path)
    name = format or SUFFIXES.get(path.suffix.lower())
    if name not in FORMATS:
        raise OutputError(f"unknown network format {name or path.suffix!r}; valid formats: {', '.join(FORMATS)}")
    return FORMATS[name](network, path)


class _opened:
    """``open`` that raises OutputError naming the path."""

    def __init__(self, path: Path, mode: str) -> None:
        self.path, self.mode = path, mode

    def __enter__(self) -> Any:
        try:
            if "b" in self.mode:
                self.file = open(self.path, self.mode)  # noqa: SIM115
            else:
                self.file = open(self.path, self.mode, encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as error:
            raise OutputError(f"cannot write {self.path}: {error.strerror or error}") from None
        return self.file

    def __exit__(self, *exc_info: object) -> None:
        self.file.close()
