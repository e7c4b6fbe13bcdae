"""bench.archive adds a briefing as an editor would: its own id and seed, the seed's digest in the
summary, so that `check --strict` takes it as one more reviewed briefing."""

from __future__ import annotations

from pathlib import Path

from bench import replicate
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
