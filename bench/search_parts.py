"""The Pagefind step of `briefing build --search pagefind`, in one run and in parts.

    python -m bench.search_parts --n 1000 [--out /tmp/bench-search-parts]

On a replica project of N briefings (bench.replicate), built once with `briefing build --search
pagefind`, it times the Pagefind step alone, each on a copy of the built site (hard links) without
its index: one Pagefind run over every page, as builds made it before the index came in parts; the
index in parts as a full build makes it; then, after one summary's bottom line is edited and
`briefing build` republishes its pages, the index in parts as that rebuild makes it (the parts of
the pages it changed indexed again, the others taken from the last site) and, again, one run over
every page of the new site, which is what that rebuild cost before. The machine's load (`uptime`)
is read before and after: on a shared machine the figures are only as good as its quiet. Figures
are printed as a Markdown table and kept in bench/results/search_parts.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from generator.engine import run as engine
from generator.engine import search_parts, shards

from . import replicate
from .run import REPO, _pick, edit_summary, machine

RESULTS = REPO / "bench" / "results" / "search_parts.json"


def _load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def _build(root: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--root", str(root),
                           "--search", "pagefind"], cwd=REPO, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bench: briefing build failed:\n{proc.stderr[-3000:]}")
    return seconds


def _copy(site: Path, dest: Path, index: bool) -> Path:
    """A copy of site (hard links) at dest, with its Pagefind index or without."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir()
    shards.link_tree(site, dest, lambda rel: not index and rel.startswith("pagefind/"))
    if not index:
        shutil.rmtree(dest / "pagefind", ignore_errors=True)
    return dest


def _one_run(root: Path, site: Path, arguments: list[str]) -> float:
    out = root / "bench-one-run"
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-P", "-m", "pagefind", "--site", str(site), "--glob",
                    search_parts.GLOB, *arguments, "--output-path", str(out), "--quiet"],
                   cwd=root, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return seconds


def _in_parts(root: Path, site: Path, old: Path | None) -> tuple[float, list[str]]:
    entries = {name: (old / search_parts.FOLDER / name / "pagefind-entry.json")
               for name in search_parts.pages(site)} if old else {}
    started = time.perf_counter()
    ok, output = engine.pagefind_index(root, site, "", old)
    seconds = time.perf_counter() - started
    if not ok:
        raise SystemExit(f"bench: the index in parts failed:\n{output[-3000:]}")
    # the parts indexed again: those whose entry is not the last site's file
    indexed = [name for name in search_parts.pages(site)
               if not (name in entries and entries[name].is_file() and os.path.samefile(
                   entries[name], site / search_parts.FOLDER / name / "pagefind-entry.json"))]
    return seconds, indexed


def measure(n: int, work: Path) -> dict[str, Any]:
    root = work / f"replica-{n}"
    shutil.rmtree(root, ignore_errors=True)
    replicate.make(n, root)
    out: dict[str, Any] = {"n": n, "load_before": _load()}
    out["cold_build_seconds"] = _build(root)
    site = root / "site"
    parts = search_parts.pages(site)
    manifest = json.loads((site / search_parts.MANIFEST).read_text(encoding="utf-8"))
    arguments = list(manifest["arguments"])
    out["pages"] = sum(map(len, parts.values()))
    out["parts"] = len(parts)
    out["largest_part_pages"] = max(map(len, parts.values()))
    bare = _copy(site, root / "bench-site", index=False)
    out["one_run_full_seconds"] = _one_run(root, bare, arguments)
    out["parts_full_seconds"], _ = _in_parts(root, bare, None)
    last = _copy(site, root / "bench-last", index=True)
    edited = _pick(root, 0)
    edit_summary(edited, "Edited.")
    out["edited"] = edited.name
    out["edit_build_seconds"] = _build(root)
    new = _copy(site, root / "bench-site", index=False)
    out["parts_edit_seconds"], indexed = _in_parts(root, new, last)
    out["parts_indexed_after_edit"] = indexed
    out["pages_indexed_after_edit"] = sum(len(parts.get(name, [])) for name in indexed)
    out["one_run_edit_seconds"] = _one_run(root, new, arguments)
    out["load_after"] = _load()
    for folder in (new, last):
        shutil.rmtree(folder, ignore_errors=True)
    return out


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def table(runs: list[dict[str, Any]]) -> str:
    rows = [("briefings", lambda r: f"{r['n']:,}"),
            ("pages indexed / parts / largest part", lambda r:
             f"{r['pages']:,} / {r['parts']} / {r['largest_part_pages']:,} pages"),
            ("full: one Pagefind run (before)", lambda r: f"{r['one_run_full_seconds']:.1f} s"),
            ("full: the index in parts", lambda r: f"{r['parts_full_seconds']:.1f} s"),
            ("one edit: one Pagefind run (before)",
             lambda r: f"{r['one_run_edit_seconds']:.1f} s"),
            ("one edit: the parts of its pages", lambda r:
             f"{r['parts_edit_seconds']:.1f} s ({_count(len(r['parts_indexed_after_edit']), 'part')}, "
             f"{r['pages_indexed_after_edit']:,} pages: "
             f"{', '.join(r['parts_indexed_after_edit'])})"),
            ("`briefing build` cold / after the edit", lambda r:
             f"{r['cold_build_seconds']:.1f} s / {r['edit_build_seconds']:.1f} s"),
            ("load before / after", lambda r:
             f"{r['load_before'].split('load average:')[-1].strip()} / "
             f"{r['load_after'].split('load average:')[-1].strip()}")]
    lines = ["| | " + " | ".join(f"replica, N = {r['n']:,}" for r in runs) + " |",
             "|---|" + "---|" * len(runs)]
    lines += [f"| {name} | " + " | ".join(cell(r) for r in runs) + " |" for name, cell in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_parts",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, action="append", required=True,
                        help="number of briefings (repeat for several)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench-search-parts"),
                        help="folder for the replica projects")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    runs = [measure(n, args.out) for n in args.n]
    result = {"machine": machine(), "runs": runs}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(table(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
