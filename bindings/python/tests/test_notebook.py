"""The example notebook runs clean: every cell executes without an error or a warning."""

from __future__ import annotations

import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "examples" / "notebooks" / "asz-portfolio.ipynb"


def test_the_example_notebook_runs_clean():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    outputs = [output for cell in code_cells for output in cell.outputs]
    assert [o for o in outputs if o.output_type == "error"] == []
    assert [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"] == []
    images = [o for o in outputs if o.output_type == "display_data" and "image/png" in o.data]
    assert len(images) == 2
    printed = "".join(o.text for o in outputs if o.output_type == "stream")
    assert "<inclusio.Report: 0 errors, 107 warnings, 39 info>" in printed
    assert "approved in total:" in printed
    assert "<inclusio.ImportReport: 2 added, 0 updated, 0 errors," in printed
