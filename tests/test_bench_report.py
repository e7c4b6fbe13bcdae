"""The benchmark's report: its block in PERFORMANCE.md is replaced, the prose around it kept."""

from __future__ import annotations

import json
from pathlib import Path

from bench import run

FIGURES = Path(__file__).parent / "data" / "bench-figures.json"


def _results() -> dict:
    return json.loads(FIGURES.read_text(encoding="utf-8"))


def test_report_block_is_replaced_and_prose_kept(tmp_path: Path):
    report = tmp_path / "PERFORMANCE.md"
    report.write_text(f"# Performance\n\nBefore.\n\n{run.START}\nold figures\n{run.END}\n\nAfter.\n",
                      encoding="utf-8")
    run.write_report(_results(), report)
    text = report.read_text(encoding="utf-8")
    assert "old figures" not in text
    assert text.startswith("# Performance\n\nBefore.\n\n" + run.START)
    assert text.endswith(run.END + "\n\nAfter.\n")
    assert "| generation share of total | 33% | 11% |" in text


def test_targets_say_met_or_missed_with_the_figure():
    lines = run.targets(_results()["runs"])
    assert "- **missed**: generation ≤ 10 % of the whole build at 10,000: 11%" in lines
    assert "- met: 10,000 build ≤ 11 × the 1,000 build: 10.0 ×" in lines
    assert "- met: peak memory under 2 GB: 900 MB" in lines
