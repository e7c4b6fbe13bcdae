"""bench.archive adds a briefing as an editor would: its own id and seed, the seed's digest in the
summary, so that `check --strict` takes it as one more reviewed briefing."""

from __future__ import annotations

import json
from pathlib import Path

from bench import archive, replicate
from bench.archive import add_briefing

from .conftest import run


def test_an_added_briefing_passes_the_strict_check(tmp_path: Path):
    root = tmp_path / "p"
    replicate.make(3, root)
    new_id = add_briefing(root)
    summaries = sorted((root / "content" / "briefings").glob("*.yaml"))
    assert len(summaries) == 4 and (root / "content" / "briefings" / f"{new_id}.yaml") in summaries
    result = run(root, "check", "--strict")
    assert result.exit_code == 0, result.output
    assert "check: 4 briefings" in result.output, result.output


def test_generation_alone_times_each_step_of_the_day(tmp_path: Path):
    root = tmp_path / "p"
    replicate.make(3, root)
    out = tmp_path / "figures.json"
    assert archive.main([str(root), "--generation-only", "--json", str(out)]) == 0
    steps = {s["step"]: s for s in json.loads(out.read_text(encoding="utf-8"))["steps"]}
    assert list(steps) == ["cold", "one summary edited", "one briefing added", "nothing changed",
                           "the added briefing removed"]
    assert steps["one summary edited"]["written"] < steps["cold"]["written"]
    assert steps["nothing changed"]["skipped"]
    # the added briefing and its seed are gone again: the project is the one the cold step saw
    assert len(list((root / "content" / "briefings").glob("*.yaml"))) == 3
    assert len(list((root / "seeds").glob("*.txt"))) == 3
