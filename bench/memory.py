"""Peak memory of one whole `briefing build`, as the machine sees it: the resident memory of the
command and every process under it, added up and sampled every 50 ms while it runs.

    python -m bench.memory PROJECT [--engine mkdocs] [-- extra build options]

The benchmark's own figures measure generation and the engine in separate processes; this measures
them as one build runs them, with generation's memory given back before the engine starts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def _tree_rss_kib(root_pid: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/status", encoding="utf-8") as f:
                kib = next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
        except (OSError, IndexError, ValueError):
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = kib
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


@dataclass
class Build:
    """One `briefing build` as the command line runs it."""

    peak_mb: float  # resident memory of the command and every process under it, at its highest
    seconds: float  # wall clock, from start to exit
    cpu_seconds: float  # user and system time of the command and the processes it ran
    code: int
    output: str  # what it printed, standard output then standard error


def build(project: Path, extra: list[str], every: float = 0.05) -> Build:
    """Run it, sampling every `every` seconds (reading /proc costs a little CPU each time)."""
    started = time.perf_counter()
    # the output goes to a file: a pipe nobody reads while we sample could fill and stall the build
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", "--root",
                                 str(project), *extra], stdout=out, stderr=err)
        peak = 0
        while True:
            # wait4, not poll: its usage counts the build and every process it waited for
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, _tree_rss_kib(proc.pid))
            time.sleep(every)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Build(peak / 1024, seconds, usage.ru_utime + usage.ru_stime, proc.returncode,
                     out.read() + err.read())


def measure(project: Path, extra: list[str]) -> tuple[float, float, int]:
    """(peak MB of the process tree, seconds, exit code) of one `briefing build`."""
    done = build(project, extra)
    return done.peak_mb, done.seconds, done.code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("extra", nargs="*", help="further options for `briefing build`")
    args = parser.parse_args()
    if not Path("/proc/self/status").exists():
        sys.exit("bench.memory: reads /proc, so it runs on Linux only")
    peak, seconds, code = measure(args.project, args.extra)
    print(f"bench.memory: briefing build {' '.join(args.extra)} of {args.project}: peak "
          f"{peak:.0f} MB (process tree, sampled every 50 ms) in {seconds:.1f} s, exit {code}")
    sys.exit(code)


if __name__ == "__main__":
    main()
