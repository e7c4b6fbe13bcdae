"""Reading content YAML at N briefings: libyaml's composer against events composed in Python.

    python -m bench.yaml_load --n 1000 [--out /tmp/yaml-load-1000] [--repeat 3] [--check]

On a replica project (bench.replicate: the real briefing copied N times) it times, in one process,
each way content YAML can be composed: `libyaml` (libyaml parses and composes: what the code does
when PyYAML has libyaml), `events` (libyaml parses, Python composes its events: what it did
before), `pure` (Python parses and composes: PyYAML without libyaml). For each it gives:

- parse: yaml_source.parse of every file under content/, bytes read beforehand;
- load: the load stage as a cold `briefing check` runs it (no cache: every file parsed, validated);
- with --check, the whole `briefing check`, cold, and its load and verify laps.

The ways take turns, --repeat rounds of them; the best of each is shown, wall clock and CPU time
(the whole check runs once). The machine's load (`uptime`) is read
before and after: on a shared machine the figures are only as good as its quiet.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from generator import pipeline
from generator.content import load as load_stage
from generator.content import yaml_source
from generator.progress import Progress

from . import replicate

WAYS = ("libyaml", "events", "pure")


@contextmanager
def composed(way: str) -> Iterator[None]:
    if way == "events":
        with mock.patch.object(yaml_source, "_composed_in_c", lambda *args: None):
            yield
    elif way == "pure":
        with mock.patch.object(yaml_source, "CParser", None):
            yield
    else:
        yield


def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _cold_load(root: Path) -> None:
    cache = Path(tempfile.mkdtemp(prefix="yaml-load-cache-"))
    try:
        content = load_stage.load(load_stage.Project(root), cache)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    if not content.briefings:
        raise SystemExit("bench: the replica loaded no briefing")


def _cold_check(root: Path) -> dict[str, float]:
    shutil.rmtree(root / pipeline.CACHE_DIR, ignore_errors=True)
    started = time.perf_counter()
    result = pipeline.check(root, False, Progress(interactive=False))
    laps = {"check": time.perf_counter() - started, **result.timings}
    if result.verified is None:
        raise SystemExit(f"bench: briefing check failed: {result.problems[:3]}")
    return laps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.yaml_load",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="briefings (default: %(default)s)")
    parser.add_argument("--out", type=Path, help="the replica's folder, made if it does not exist")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="also time a whole cold `briefing check`")
    args = parser.parse_args(argv)
    root = args.out or Path(tempfile.gettempdir()) / f"yaml-load-{args.n}"
    if not (root / "content").is_dir():
        replicate.make(args.n, root, replicate.PER_ACTOR, replicate.SPAN_WEEKS)
    raws = [path.read_bytes() for path in sorted((root / "content").rglob("*.yaml"))]
    print(f"yaml_load: {len(raws)} files, {sum(map(len, raws)):,} bytes in {root}; libyaml "
          f"{'present' if yaml_source.CParser is not None else 'absent'}")
    print(f"before: {_uptime()}")
    print("| composed by | parse, wall / CPU | load (cold), wall / CPU |"
          + (" check (cold): all / load / verify |" if args.check else ""))
    print("|---|---|---|" + ("---|" if args.check else ""))
    best: dict[tuple[str, str], tuple[float, float]] = {}
    for _ in range(args.repeat):  # the ways take turns, so that a busier minute is shared by all
        for way in WAYS:
            with composed(way):
                for what, run in (("parse", lambda: [yaml_source.parse(raw) for raw in raws]),
                                  ("load", lambda: _cold_load(root))):
                    best[way, what] = min(best.get((way, what), (float("inf"),) * 2), _timed(run))
    for way in WAYS:
        (pw, pc), (lw, lc) = best[way, "parse"], best[way, "load"]
        row = f"| {way} | {pw:.2f} s / {pc:.2f} s | {lw:.2f} s / {lc:.2f} s |"
        if args.check:
            with composed(way):
                laps = _cold_check(root)
            row += f" {laps['check']:.1f} s / {laps['load']:.1f} s / {laps['verify']:.1f} s |"
        print(row, flush=True)
    print(f"after: {_uptime()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
