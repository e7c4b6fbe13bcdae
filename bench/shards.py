"""The engine in parts: a replica project of N briefings built in one process and in several.

    python -m bench.shards --n 200 --n 1000 [--out /tmp/bench-shards]

For each N (bench.replicate: the real briefing copied N times) it times, each as a user runs it:
a cold `briefing build --jobs 1` and `--jobs 2` (no docs/, site/ or cache: generation and engine);
the engine alone on the same Markdown in one process and in two (`engine.run.render`); a bare
`mkdocs build`; then `briefing build` after editing one summary, and with nothing changed. The
machine's load (`uptime`) is read before and after each N: on a shared machine the figures are
only as good as its quiet. Figures are printed as a Markdown table and kept in
bench/results/shards.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import replicate
from .run import REPO, _reset, edit_summary, machine

RESULTS = REPO / "bench" / "results" / "shards.json"


def _load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def _briefing(root: Path, *args: str) -> float:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--root", str(root),
                           "--search", "builtin", *args], cwd=REPO, capture_output=True,
                          text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bench: briefing build {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return seconds


def _engine(root: Path, jobs: int) -> float:
    from generator.engine import run as engine

    config = engine.read_config(root)
    out = Path(tempfile.mkdtemp(prefix="engine-", dir=root))
    try:
        started = time.perf_counter()
        ok, output, _ = engine.render(config, False, "mkdocs", "builtin", out, jobs)
        seconds = time.perf_counter() - started
        if not ok:
            raise SystemExit(f"bench: engine in {jobs} parts failed:\n{output[-3000:]}")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return seconds


def _bare(root: Path) -> float:
    out = Path(tempfile.mkdtemp(prefix="bare-", dir=root))
    try:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml",
                        "-d", str(out)], cwd=root, check=True, capture_output=True,
                       env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        return time.perf_counter() - started
    finally:
        shutil.rmtree(out, ignore_errors=True)


def measure(n: int, work: Path, log: Any) -> dict[str, Any]:
    root = work / f"replica-{n}"
    shutil.rmtree(root, ignore_errors=True)
    replicate.make(n, root)
    out: dict[str, Any] = {"n": n, "load_before": _load()}
    for jobs in (1, 2):
        _reset(root)
        out[f"cold_jobs{jobs}"] = _briefing(root, "--jobs", str(jobs))
        log(f"{n}: cold build --jobs {jobs}: {out[f'cold_jobs{jobs}']:.1f} s")
    out["pages"] = sum(1 for _ in (root / "docs").rglob("*.md"))
    for jobs in (1, 2):
        out[f"engine_jobs{jobs}"] = _engine(root, jobs)
        log(f"{n}: engine alone in {jobs}: {out[f'engine_jobs{jobs}']:.1f} s")
    out["bare_mkdocs"] = _bare(root)
    log(f"{n}: bare mkdocs build: {out['bare_mkdocs']:.1f} s")
    paths = sorted((root / "content/briefings").glob("*.yaml"))
    edit_summary(paths[len(paths) // 2], "Edited.")
    out["edit_one"] = _briefing(root)
    log(f"{n}: one summary edited: {out['edit_one']:.1f} s")
    out["nothing_changed"] = _briefing(root)
    log(f"{n}: nothing changed: {out['nothing_changed']:.1f} s")
    out["load_after"] = _load()
    return out


def markdown(runs: list[dict[str, Any]]) -> str:
    rows = [("pages (Markdown files)", "pages", "{:d}"),
            ("cold `briefing build --jobs 1`", "cold_jobs1", "{:.1f} s"),
            ("cold `briefing build --jobs 2`", "cold_jobs2", "{:.1f} s"),
            ("engine alone, one process", "engine_jobs1", "{:.1f} s"),
            ("engine alone, two processes", "engine_jobs2", "{:.1f} s"),
            ("bare `mkdocs build`", "bare_mkdocs", "{:.1f} s"),
            ("`briefing build` after editing one summary", "edit_one", "{:.1f} s"),
            ("`briefing build`, nothing changed", "nothing_changed", "{:.1f} s")]
    lines = ["| replicated briefings | " + " | ".join(str(r["n"]) for r in runs) + " |",
             "| --- |" + " --- |" * len(runs)]
    for label, key, fmt in rows:
        lines.append(f"| {label} | " + " | ".join(fmt.format(r[key]) for r in runs) + " |")
    for r in runs:
        lines.append(f"\nload at {r['n']}: before `{r['load_before']}`, after `{r['load_after']}`")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="replicated briefings (repeat)")
    parser.add_argument("--out", type=Path, default=None, help="work folder (default: a new one)")
    args = parser.parse_args(argv)
    work = args.out or Path(tempfile.mkdtemp(prefix="bench-shards-"))

    def log(what: str) -> None:
        print(what, file=sys.stderr, flush=True)

    runs = [measure(n, work, log) for n in (args.n or [200, 1000])]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": machine(), "runs": runs}, indent=2) + "\n",
                       encoding="utf-8")
    print(markdown(runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
