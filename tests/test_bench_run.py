"""The benchmark's measurements, run for real on a tiny project: every figure the targets need is
there, and the project it measured is edited the way the figures say."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench import replicate, run, synth


@pytest.mark.parametrize("make", [lambda out: synth.make(3, 1, out),
                                  lambda out: replicate.make(3, out)], ids=["synth", "replica"])
def test_an_edit_changes_one_bottom_line_and_keeps_the_summary_valid(tmp_path: Path, make):
    make(tmp_path / "p")
    before = {p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
              for p in (tmp_path / "p/content/briefings").glob("*.yaml")}
    edited = run.step_edit(tmp_path / "p", 0)["edited"]
    after = {p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
             for p in (tmp_path / "p/content/briefings").glob("*.yaml")}
    changed = [name for name in before if before[name] != after[name]]
    assert changed == [edited]
    assert after[edited]["bottom_line"] == "Edited. " + before[edited]["bottom_line"]


@pytest.mark.slow  # a whole benchmark run: builds, rebuilds and a bare MkDocs build
def test_measure_gives_every_figure_the_targets_need(tmp_path: Path):
    r = run.measure("replica", 2, 1, tmp_path)
    assert r["corpus"] == "replica" and r["stats"]["briefings"] == 2
    assert r["generate"]["pages"] > 2 and r["generate"]["peak_mb"] > 0
    assert set(r["generate"]["stages"]) >= set(run.STAGES)
    # the command line's own figures: a cold build, one with nothing changed, one after an edit
    for key in ("cold", "nochange", "one_edit"):
        assert r[key]["seconds"] > 0 and r[key]["peak_mb"] > 0, key
        printed = r[key]["generation_seconds"]  # None if the command's summary changes its words
        assert printed is None or 0 <= printed <= r[key]["seconds"], key
    assert r["cold"]["generation_seconds"] is not None  # read from the summary as it is worded
    assert r["cold"]["seconds"] > r["cold"]["generation_seconds"]
    assert r["bare_mkdocs"]["seconds"] > 0 and r["bare_mkdocs"]["cpu_seconds"] > 0
    # CPU time counts the processes the build ran: generation's and the engine's
    assert r["cold"]["cpu_seconds"] > r["bare_mkdocs"]["cpu_seconds"] / 2
    assert r["ratio_to_bare_mkdocs"] == r["cold"]["seconds"] / r["bare_mkdocs"]["seconds"]
    assert r["largest_html"]["path"].endswith(".html") and r["largest_html"]["bytes"] > 10_000
    assert r["edited"] != r["edited2"]
    assert r["one_edit_generate"]["written"] >= 1
    assert 0 < r["serve"]["seconds"] < r["serve"]["ready_seconds"] + 600
    assert not (tmp_path / "replica-2").exists()  # the project is removed once measured
    lines = run.targets([r])
    assert len([x for x in lines if x.startswith("- ")]) == 6
    assert "- not measured: cold build from 1,000 to 10,000 briefings ≤ 11 × " \
           "(needs N = 1,000 and 10,000)" not in lines  # said for N = 1,000 only
