"""Peak memory of one whole `briefing build`, as the machine sees it: the resident memory of the
command and every process under it, sampled every 50 ms while it runs, added up and per process.

    python -m bench.memory PROJECT [--code FOLDER] [--json FILE] [-- extra build options]

The benchmark's own figures measure generation and the engine in separate processes; this measures
them as one build runs them. Per process it gives the kernel's own high-water mark (VmHWM, exact
whatever the sampling) and what the command itself held while the engine ran (sampled), which is
what a build that gives generation's memory back before the engine starts keeps small. A forked
process's resident memory counts the pages it still shares with its parent, so the figures of
parent and child overlap; the sum over the tree is an upper bound of what the machine gave.

`--code FOLDER` runs the build from another checkout's code (a copy of another commit), to compare
two versions on the same project.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Sample:
    """One process seen under the build."""

    pid: int
    ppid: int
    command: list[str]
    rss_kib: int
    hwm_kib: int  # the kernel's record of its highest resident memory so far


def _read(pid: int) -> Sample | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        rss = hwm = 0
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
        with open(f"/proc/{pid}/cmdline", "rb") as fb:
            command = [part.decode("utf-8", "replace") for part in fb.read().split(b"\0") if part]
    except (OSError, IndexError, ValueError):
        return None
    return Sample(pid, int(fields[1]), command, rss, hwm)


def _tree(root_pid: int) -> list[Sample]:
    """The command and every process under it, as they stand now."""
    seen = [s for s in (_read(int(e)) for e in os.listdir("/proc") if e.isdigit()) if s]
    children: dict[int, list[Sample]] = {}
    for s in seen:
        children.setdefault(s.ppid, []).append(s)
    out = [s for s in seen if s.pid == root_pid]
    stack = [root_pid]
    while stack:
        for child in children.get(stack.pop(), []):
            out.append(child)
            stack.append(child.pid)
    return out


def _tree_rss_kib(root_pid: int) -> int:
    return sum(s.rss_kib for s in _tree(root_pid))


def _engine(command: list[str]) -> bool:
    return "build" in command and any(c in ("mkdocs", "properdocs", "zensical") for c in command)


@dataclass
class Process:
    """One process of the build, named by what it is: the command, a process forked from it (the
    same command line; `forked` counts the forks from the command), an engine run, another."""

    role: str
    pid: int
    peak_mb: float  # VmHWM at the last sample
    first: float  # seconds from the start when first seen, and last seen
    last: float


@dataclass
class Build:
    """One `briefing build` as the command line runs it."""

    peak_mb: float  # resident memory of the command and every process under it, at its highest
    seconds: float  # wall clock, from start to exit
    cpu_seconds: float  # user and system time of the command and the processes it ran
    code: int
    output: str  # what it printed, standard output then standard error
    processes: list[Process] = field(default_factory=list)
    # the command's own resident memory while an engine process ran (None: no engine ran)
    command_during_engine_mb: float | None = None
    # the whole tree's, while an engine process ran
    tree_during_engine_mb: float | None = None


def _role(s: Sample, by_pid: dict[int, Sample], root_pid: int, root_command: list[str]) -> str:
    if s.pid == root_pid:
        return "command"
    if _engine(s.command):
        config = next((c for c in s.command if c.endswith(".yml")), "")
        return f"engine {Path(config).name or '(mkdocs.yml)'}"
    if s.command == root_command:
        depth, at = 0, s
        while at.pid != root_pid and at.ppid in by_pid:
            depth += 1
            at = by_pid[at.ppid]
        return "forked" if depth == 1 else f"forked ×{depth}"
    return " ".join(Path(c).name if n == 0 else c for n, c in enumerate(s.command[:3]))


def build(project: Path, extra: list[str], every: float = 0.05, code: Path | None = None) -> Build:
    """Run it, sampling every `every` seconds (reading /proc costs a little CPU each time); with
    `code`, the generator of that folder runs (its copy of `generator/`)."""
    started = time.perf_counter()
    # the output goes to a file: a pipe nobody reads while we sample could fill and stall the build
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", "--root",
                                 str(project), *extra], stdout=out, stderr=err,
                                cwd=code)  # -m puts the working folder first on the path
        peak = 0
        seen: dict[int, Process] = {}
        root_command: list[str] = []
        during: float | None = None
        tree_during: float | None = None
        while True:
            # wait4, not poll: its usage counts the build and every process it waited for
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            now = time.perf_counter() - started
            tree = _tree(proc.pid)
            by_pid = {s.pid: s for s in tree}
            if proc.pid in by_pid and not root_command:
                root_command = by_pid[proc.pid].command
            peak = max(peak, sum(s.rss_kib for s in tree))
            if any(_engine(s.command) for s in tree) and proc.pid in by_pid:
                during = max(during or 0.0, by_pid[proc.pid].rss_kib / 1024)
                tree_during = max(tree_during or 0.0, sum(s.rss_kib for s in tree) / 1024)
            for s in tree:
                if not s.command:  # ended, not yet waited for: nothing left to read
                    continue
                role = _role(s, by_pid, proc.pid, root_command)
                known = seen.get(s.pid)
                if known is None or known.role != role:
                    # a fork that became the engine: the engine's memory starts at its exec
                    first = now if known is None else known.first
                    seen[s.pid] = known = Process(role, s.pid, 0.0, first, now)
                known.peak_mb = max(known.peak_mb, s.hwm_kib / 1024)
                known.last = now
            time.sleep(every)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Build(peak / 1024, seconds, usage.ru_utime + usage.ru_stime, proc.returncode,
                     out.read() + err.read(), sorted(seen.values(), key=lambda p: p.first),
                     during, tree_during)


def measure(project: Path, extra: list[str]) -> tuple[float, float, int]:
    """(peak MB of the process tree, seconds, exit code) of one `briefing build`."""
    done = build(project, extra)
    return done.peak_mb, done.seconds, done.code


def process_lines(done: Build) -> list[str]:
    lines = [f"{'process':<34} {'pid':>7} {'peak MB':>8} {'seen (s from start)':>20}"]
    for p in done.processes:
        if p.peak_mb >= 1:
            lines.append(f"{p.role:<34} {p.pid:>7} {p.peak_mb:>8.0f} "
                         f"{p.first:>9.1f} – {p.last:<8.1f}")
    if done.command_during_engine_mb is not None:
        lines.append(f"while the engine ran: the command held {done.command_during_engine_mb:.0f}"
                     f" MB, the whole tree {done.tree_during_engine_mb:.0f} MB")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("extra", nargs="*", help="further options for `briefing build`")
    parser.add_argument("--code", type=Path, help="a checkout whose generator runs the build")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()
    if not Path("/proc/self/status").exists():
        sys.exit("bench.memory: reads /proc, so it runs on Linux only")
    load = os.getloadavg()
    done = build(args.project, args.extra, code=args.code)
    after = os.getloadavg()
    print(f"bench.memory: briefing build {' '.join(args.extra)} of {args.project}"
          f"{f' (code of {args.code})' if args.code else ''}: peak {done.peak_mb:.0f} MB (process "
          f"tree, sampled every 50 ms) in {done.seconds:.1f} s (CPU {done.cpu_seconds:.1f} s), "
          f"exit {done.code}; load average {load[0]:.1f} before, {after[0]:.1f} after")
    print("\n".join(process_lines(done)))
    if done.code:
        print(done.output[-2000:], file=sys.stderr)
    if args.json:
        figures = asdict(done)
        figures["output"] = figures["output"][-4000:]
        figures["load"] = [load, after]
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    sys.exit(done.code)


if __name__ == "__main__":
    main()
