"""The benchmark's report: its block in PERFORMANCE.md is replaced, the prose around it kept, and
every target is stated met, missed or not measured, with its figure."""

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
    assert "| | synth, N = 1,000 | synth, N = 10,000 | replica, N = 1,000 |" in text
    assert "| **ratio cold build / bare MkDocs** | 1.05 | 1.40 | 1.25 |" in text
    assert "| **largest HTML page** | 1.5 MB (`claims/index.html`) |" in text
    assert "on 2 cores (Example CPU), 23.5 GB of memory" in text
    # figures saved before CPU time was measured still make a report
    assert "| ratio of CPU time, cold build / bare MkDocs | 1.06 | 1.36 | not measured |" in text


def test_report_is_written_again_from_saved_figures(tmp_path: Path):
    report = tmp_path / "PERFORMANCE.md"
    assert run.main(["--from-json", str(FIGURES), "--report", str(report)]) == 0
    assert run.markdown(_results()) in report.read_text(encoding="utf-8")


def _section(lines: list[str], label: str) -> list[str]:
    start = lines.index(f"{label}:")
    end = next((i for i in range(start + 2, len(lines)) if not lines[i].startswith("- ")),
               len(lines))
    return lines[start + 2:end]


def test_targets_say_met_or_missed_with_the_figure():
    lines = run.targets(_results()["runs"])
    small = _section(lines, "synth, N = 1,000")
    assert small == [
        "- met: cold `briefing build` ≤ 1.10 × a bare `mkdocs build`: 1.05 × (20.0 s / 19.0 s; "
        "CPU time 1.06 ×)",
        "- met: `briefing build` with nothing changed < 3 s (wall clock, engine included): 2.0 s",
        "- met: one edited summary, generation < 3 s: 2.5 s (the whole build: 18.0 s)",
        "- met: `briefing serve` shows an edited summary < 10 s: 8.0 s",
        "- met: generation peak memory < 1 GB: 150 MB (whole cold build, process tree: 300 MB)",
        "- met: largest HTML page < 2 MB: 1.50 MB (`claims/index.html`)",
    ]
    big = _section(lines, "synth, N = 10,000")
    assert "- **missed**: cold `briefing build` ≤ 1.10 × a bare `mkdocs build`: 1.40 × " \
           "(210.0 s / 150.0 s; CPU time 1.36 ×)" in big
    assert "- **missed**: generation peak memory < 1 GB: 1100 MB (whole cold build, process " \
           "tree: 1250 MB)" in big
    assert "- **missed**: largest HTML page < 2 MB: 19.80 MB (`claims/index.html`)" in big
    # 210 s against 20 s: the growth from 1,000 to 10,000 is judged once both ran
    assert "- met: cold build from 1,000 to 10,000 briefings ≤ 11 ×: 10.5 ×" in big
    # serve answered, but the edit never showed: a miss, not a gap
    assert "- **missed**: `briefing serve` shows an edited summary < 10 s: edit not shown after " \
           "600 s" in big


def test_what_was_not_measured_says_so():
    replica = _section(run.targets(_results()["runs"]), "replica, N = 1,000")
    assert "- not measured: `briefing serve` shows an edited summary < 10 s (run without " \
           "--no-serve)" in replica
    assert "- not measured: cold build from 1,000 to 10,000 briefings ≤ 11 × (needs N = 1,000 " \
           "and 10,000)" in replica
    # the command's summary gave no generation time: generation alone (5.8 s) stands in
    assert "- **missed**: one edited summary, generation < 3 s: 5.8 s (the whole build: 48.0 s)" \
        in replica
