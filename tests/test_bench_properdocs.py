"""The benchmark's optional bare `properdocs build`: timed for real on a tiny project, and shown
in the report beside bare MkDocs only when it was measured."""

from __future__ import annotations

import json
from pathlib import Path

from bench import run as bench
from bench import synth

from .conftest import run
from .engines import require

FIGURES = Path(__file__).parent / "data" / "bench-figures.json"
ROW = "| bare `properdocs build` of the same Markdown |"


def test_a_bare_properdocs_build_of_the_generated_markdown_is_timed(tmp_path: Path):
    require("properdocs")
    root = tmp_path / "p"
    synth.make(3, 1, root)
    assert run(root, "build").exit_code == 0
    before = sorted(p.name for p in root.iterdir())
    found = bench.step_bare(root, "properdocs")
    assert found["seconds"] > 0 and found["cpu_seconds"] > 0 and found["peak_mb"] > 0
    assert sorted(p.name for p in root.iterdir()) == before  # its output folder is removed


def test_the_report_shows_properdocs_beside_mkdocs_only_when_measured():
    results = json.loads(FIGURES.read_text(encoding="utf-8"))
    assert ROW not in bench.markdown(results)
    results["runs"][0]["bare_properdocs"] = {"seconds": 20.9, "cpu_seconds": 18.5, "peak_mb": 150}
    lines = bench.markdown(results).splitlines()
    row = next(line for line in lines if line.startswith(ROW))
    # 20.9 s against the 19.0 s of bare MkDocs in the same column; the other columns ran without
    assert row == f"{ROW} 20.9 s (CPU 18.5 s; 1.10 × bare MkDocs) | not run | not run |"
    assert lines.index(row) == 1 + next(i for i, line in enumerate(lines)
                                        if line.startswith("| ratio of CPU time"))
