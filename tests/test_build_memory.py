"""`briefing build` starts the engine with generation's memory given back to the system: the
summaries, articles, verification and page plan are held by a process of their own, which ends
before MkDocs starts, and only its outcome comes back (generator/parallel.py, `apart`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import replicate

from .conftest import ROOT

# What the command holds when the engine would start: its own resident memory then, and the
# highest it ever was (the kernel's VmHWM), both against what it held before the build, in MB.
# The engine itself is stopped at its door: what it does with the pages is the other tests' part.
PROBE = """
import io, sys
from pathlib import Path
from generator import pipeline
from generator.engine import run as engine
from generator.progress import Progress

def memory():
    with open("/proc/self/status") as f:
        fields = dict(line.split(":", 1) for line in f)
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024

class AtTheEngine(Exception):
    pass

def at_the_engine(*args, **kwargs):
    print("engine", *memory(), flush=True)
    raise AtTheEngine

engine.run_engine = at_the_engine
root = Path(sys.argv[1])
config = engine.read_config(root)
print("before", *memory(), flush=True)
try:
    pipeline.build(root, config, False, "mkdocs", "builtin",
                   Progress(io.StringIO(), interactive=False))
except AtTheEngine:
    pass
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_the_engine_starts_without_generations_memory_held(tmp_path: Path):
    # 100 copies of the real briefing: generating them takes this process 40 to 60 MB more than
    # it holds before, in its own heap, where the memory stays once freed
    root = tmp_path / "replica"
    replicate.make(100, root)
    done = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    seen = {line.split()[0]: [int(n) for n in line.split()[1:]]
            for line in done.stdout.splitlines()}
    assert "engine" in seen, done.stdout + done.stderr  # generation succeeded: the engine's turn
    (before, _), (held, highest) = seen["before"], seen["engine"]
    assert (root / "docs" / "index.md").is_file()
    assert held - before < 15, seen  # nothing of generation kept
    assert highest - before < 15, seen  # nor ever loaded here


APART = """
import os
from generator import parallel
assert parallel.apart(lambda: {"pages": ["a.md"], "pid": os.getpid()})["pid"] != os.getpid()
for work, error in ((lambda: 1 / 0, ZeroDivisionError), (lambda: {}["missing"], KeyError)):
    try:
        parallel.apart(work)
    except error as exc:
        assert error is not KeyError or "missing" in str(exc)
    else:
        raise AssertionError(f"no {error.__name__}")
"""


def test_work_done_apart_hands_back_its_result_and_its_error():
    # in an interpreter of its own: a thread another test left running in this worker would
    # make forking unsafe, and the work would rightly be done here instead
    done = subprocess.run([sys.executable, "-c", APART], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
