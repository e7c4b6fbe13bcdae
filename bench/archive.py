"""The archive's day, as CI meets it: a cold build, one edited summary, one new briefing, and a
build with nothing changed, each a whole `briefing build` with its time and the peak memory of
every process under it (bench.memory).

    python -m bench.replicate --n 10000 --out /tmp/r10k --span-weeks 52
    python -m bench.archive /tmp/r10k [--jobs 2] [--json bench/results/archive.json]

The project is changed in place (an edit to the first briefing's bottom line, a copy of it as a new
briefing with its own seed), so give it a replica made for the run. The machine's load is read
before and after each step: on a shared machine the figures are only as good as its quiet.

With `--generation-only` each step is generation alone (`bench.run`'s generate step: what
`briefing build` does before the engine starts), in a fresh process, with its time by stage, and
one more step, the added briefing removed again; a cold MkDocs build of 10,000 briefings takes over
half an hour where generation takes minutes. `--code FOLDER` runs the generator of another checkout
(a copy of another commit) on the same project, for a figure before a change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import memory
from .run import REPO, edit_summary, machine


def add_briefing(root: Path) -> str:
    """A new briefing: the first one copied under a new id, with a seed of its own."""
    summaries = sorted((root / "content" / "briefings").glob("*.yaml"))
    first = summaries[0]
    text = first.read_text(encoding="utf-8")
    old_id = first.stem
    new_id = f"{old_id.rsplit('-', 1)[0]}-added"
    seed_line = next(line for line in text.splitlines() if line.strip().startswith("seed:"))
    old_seed = seed_line.split(":", 1)[1].strip()
    raw = (root / "seeds" / old_seed).read_bytes()
    body = raw.split(b"\n", 1)[1]
    new_raw = b"REPLICA added: a briefing added after the archive was built\n" + body
    digest = hashlib.sha256(new_raw).hexdigest()
    new_seed = f"added_{digest[:16]}.txt"
    (root / "seeds" / new_seed).write_bytes(new_raw)
    old_sha = next(line for line in text.splitlines() if line.strip().startswith("sha256:"))
    text = (text.replace(f"id: {old_id}", f"id: {new_id}", 1)
                .replace(seed_line, seed_line.replace(old_seed, new_seed), 1)
                .replace(old_sha, old_sha.split(":", 1)[0] + f": {digest}", 1))
    (root / "content" / "briefings" / f"{new_id}.yaml").write_text(text, encoding="utf-8")
    return new_id


def _step(name: str, root: Path, extra: list[str]) -> dict[str, Any]:
    load = os.getloadavg()[0]
    done = memory.build(root, extra)
    after = os.getloadavg()[0]
    per_process = memory.process_lines(done)
    # what the build says it did: the pages written and rendered anew, the site's size
    summary = next((line for line in reversed(done.output.splitlines())
                    if line.startswith("build: ")), "")
    print(f"{name}: {done.seconds:.1f} s (CPU {done.cpu_seconds:.1f} s), peak {done.peak_mb:.0f} MB"
          f" over the process tree, exit {done.code}; load {load:.1f} before, {after:.1f} after",
          flush=True)
    print(f"  {summary}", flush=True)
    print("\n".join(f"  {line}" for line in per_process), flush=True)
    if done.code:
        print(done.output[-2000:], file=sys.stderr)
    return {"step": name, "seconds": done.seconds, "cpu_seconds": done.cpu_seconds,
            "peak_mb": done.peak_mb, "code": done.code, "processes": per_process,
            "load": [load, after], "summary": summary}


def _generation_step(name: str, root: Path, code: Path | None) -> dict[str, Any]:
    load = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, "-m", "bench.run", "--step", "generate", str(root)],
                          cwd=code or REPO, capture_output=True, text=True)
    after = os.getloadavg()[0]
    if proc.returncode:
        print(proc.stderr[-2000:], file=sys.stderr)
        return {"step": name, "code": proc.returncode, "load": [load, after]}
    done = json.loads(proc.stdout.strip().splitlines()[-1])
    stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in done["stages"].items())
    print(f"{name}: generation {done['seconds']:.2f} s (CPU {done['cpu_seconds']:.2f} s; {stages}),"
          f" {done['written']} pages rendered and written of {done['pages']}, peak "
          f"{done['peak_mb']:.0f} MB; load {load:.1f} before, {after:.1f} after", flush=True)
    return {"step": name, "code": 0, **done, "load": [load, after]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.archive",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path, help="a replica project (bench.replicate)")
    parser.add_argument("--jobs", default="2", help="engine shards (briefing build --jobs)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--generation-only", action="store_true",
                        help="time generation alone, each step in its own process")
    parser.add_argument("--code", type=Path, help="with --generation-only: the checkout whose "
                        "generator runs (default: this one)")
    parser.add_argument("--warm", action="store_true", help="with --generation-only: no cold "
                        "step, the project's cache being that code's already")
    args = parser.parse_args(argv)
    if args.generation_only:
        return _generation_day(args.project, args.code, args.json, args.warm)
    extra = ["--jobs", args.jobs]
    steps = [_step("cold", args.project, extra)]
    first = sorted((args.project / "content" / "briefings").glob("*.yaml"))[0]
    edit_summary(first, "Edited.")
    steps.append(_step("one summary edited", args.project, extra))
    add_briefing(args.project)
    steps.append(_step("one briefing added", args.project, extra))
    steps.append(_step("nothing changed", args.project, extra))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "project": str(args.project),
                                         "steps": steps}, indent=1), encoding="utf-8")
    return max(s["code"] for s in steps)


def _generation_day(root: Path, code: Path | None, out: Path | None, warm: bool) -> int:
    steps = [] if warm else [_generation_step("cold", root, code)]
    first = sorted((root / "content" / "briefings").glob("*.yaml"))[0]
    edit_summary(first, "Edited.")
    steps.append(_generation_step("one summary edited", root, code))
    new_id = add_briefing(root)
    steps.append(_generation_step("one briefing added", root, code))
    steps.append(_generation_step("nothing changed", root, code))
    added = root / "content" / "briefings" / f"{new_id}.yaml"
    seed = next(line for line in added.read_text(encoding="utf-8").splitlines()
                if line.strip().startswith("seed:")).split(":", 1)[1].strip()
    added.unlink()
    (root / "seeds" / seed).unlink()
    steps.append(_generation_step("the added briefing removed", root, code))
    if out:
        out.write_text(json.dumps({"machine": machine(), "project": str(root),
                                   "code": str(code or REPO), "steps": steps}, indent=1),
                       encoding="utf-8")
    return max(s["code"] for s in steps)


if __name__ == "__main__":
    sys.exit(main())
