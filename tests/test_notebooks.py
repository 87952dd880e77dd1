"""Every notebook runs top to bottom without an error, and is stored without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_notebooks_exist():
    assert len(NOTEBOOKS) >= 4


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_stored_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: strip the outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_run_without_error(path):
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    # The kernel is this interpreter's (ipykernel's "python3"); the notebook runs in its own folder.
    client = NotebookClient(notebook, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError naming the cell on any error
    html_outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs
                    if "text/html" in o.get("data", {})]
    if path.stem.endswith("interactive-view"):
        assert html_outputs and all("srcdoc=" in o["data"]["text/html"] for o in html_outputs)
