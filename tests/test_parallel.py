"""Work spread over forked workers gives what one process gives: the same problems in the same
order, the same verdicts kept in the cache, the same pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import parallel

from .conftest import run
from .corpus_project import copy_corpus

_PIDS = Path()
_CALL = parallel._call  # noqa: SLF001 - wrapped, to see which processes do the work


def _noted(index: int) -> object:
    with _PIDS.open("a") as out:
        out.write(f"{os.getpid()}\n")
    return _CALL(index)


def _broken_corpus(dest: Path) -> Path:
    root = copy_corpus(dest)
    summary = sorted((root / "content/briefings").glob("*.yaml"))[1]
    text = summary.read_text(encoding="utf-8")
    summary.write_text(text.replace("text: ", "text: Never ", 1), encoding="utf-8")
    return root


@pytest.mark.parametrize("command", ["check", "build"])
def test_workers_report_what_one_process_reports(tmp_path: Path, monkeypatch, command: str):
    from generator.verify import cached

    global _PIDS
    _PIDS = tmp_path / "pids"
    monkeypatch.setattr(parallel, "_call", _noted)
    monkeypatch.setattr(parallel, "_fork_safe", lambda: True)  # whatever threads other tests left
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setenv(parallel.JOBS_VARIABLE, jobs)
        monkeypatch.setattr(cached, "PARALLEL_FROM", 1)
        root = _broken_corpus(tmp_path / f"jobs-{jobs}")
        first = run(root, command)
        again = run(root, command)  # the verdicts the workers found, read back from the cache
        assert first.exit_code == again.exit_code == 1
        outputs.append([line.replace(str(root), "ROOT") for line in
                        (first.output + again.output).splitlines()
                        if not line.startswith(("check:", "build:"))])
    assert outputs[0] == outputs[1]
    workers = set(_PIDS.read_text().split())  # written by forked workers alone
    assert workers and str(os.getpid()) not in workers
    assert any("Never" in line for line in outputs[1])


def test_no_fork_while_another_thread_runs(monkeypatch):
    """A server's threads would be copied mid-step into the workers: the work stays here."""
    import threading

    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        pids = list(parallel.mapped(lambda index: os.getpid(), 20, 1))
    finally:
        stop.set()
        thread.join()
    assert pids == [os.getpid()] * 20
    if threading.active_count() == 1:  # no thread left by other tests: the workers do the work
        assert os.getpid() not in parallel.mapped(lambda index: os.getpid(), 20, 1)
