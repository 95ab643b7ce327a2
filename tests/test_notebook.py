"""The examples notebook runs top to bottom (nbclient), in a kernel on this very interpreter."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "defevents_tour.ipynb"

nbformat = pytest.importorskip(
    "nbformat", reason="nbformat is not installed: pip install -e '.[dev]' to run the examples notebook"
)
nbclient = pytest.importorskip(
    "nbclient", reason="nbclient is not installed: pip install -e '.[dev]' to run the examples notebook"
)


def test_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code cells"
    assert all(c.outputs == [] and c.execution_count is None for c in code), "commit the notebook without outputs"


@pytest.fixture
def kernel_on_this_python(tmp_path, monkeypatch):
    """A "python3" kernelspec that starts this interpreter, found before any user or system one."""
    if importlib.util.find_spec("ipykernel") is None:
        pytest.fail("ipykernel is missing from this environment: pip install -e '.[dev]'")
    spec_dir = tmp_path / "jupyter" / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (defevents tests)",
        "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    scratch = tmp_path / "tmp"  # the notebook writes its outputs to a temporary folder: keep it under tmp_path
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    return "python3"


def test_notebook_runs_top_to_bottom(kernel_on_this_python, tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable, end='')"))
    client = nbclient.NotebookClient(
        nb, kernel_name=kernel_on_this_python, timeout=180,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, if any cell fails

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert Path(outputs[-1]["text"]).resolve() == Path(sys.executable).resolve(), "kernel ran another Python"
    data = [o.get("data", {}) for o in outputs]
    html = [d["text/html"] for d in data if "text/html" in d]
    assert any('class="dfe"' in h for h in html), "the highlighted article is shown"
    assert any("<table" in h and "participants" in h for h in html), "the events table is shown"
    assert sum("image/png" in d for d in data) >= 2, "the timeline and the participant matrix are drawn"
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "events.csv" in text and "events.jsonl" in text and "report.html" in text
    written = sorted(p.name for p in (tmp_path / "tmp").glob("defevents-tour-*/*"))
    assert written == ["events.csv", "events.jsonl", "report.html"], "the outputs go to one temporary folder"
