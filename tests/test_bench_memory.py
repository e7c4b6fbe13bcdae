"""bench.memory names each process of a real `briefing build` and its peak: the command, the
process generation ran in, each engine process; and what the command held while the engine ran."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import memory

from .conftest import ROOT


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_each_process_of_a_build_is_named_with_its_peak(project: Path):
    done = memory.build(project, ["--jobs", "2"], every=0.02, code=ROOT)
    assert done.code == 0, done.output
    roles = [p.role for p in done.processes]
    assert roles[0] == "command"
    assert "forked" in roles  # generation, apart from the command
    engines = [p for p in done.processes if p.role.startswith("engine")]
    assert len(engines) == 2 and all(p.peak_mb > 20 for p in engines)
    assert done.command_during_engine_mb is not None
    assert done.tree_during_engine_mb is not None
    assert done.command_during_engine_mb < done.tree_during_engine_mb
    report = "\n".join(memory.process_lines(done))
    assert "while the engine ran: the command held" in report
