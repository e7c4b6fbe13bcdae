"""The scale benchmark: synthetic projects of N briefings, generated and built, every figure timed.

    python -m bench.run --n 1000 --n 10000

For each N it makes a project with bench.synth, then measures, each step in a fresh process so that
its peak memory is its own: generation from a cold cache (load, verify, corpus, render, write),
the MkDocs build as `briefing build` runs it, a bare `mkdocs build` of the same Markdown, Zensical
on the same Markdown, a Pagefind index of the built site, a rebuild with nothing changed and one
after editing one summary. Figures go to bench/results/latest.json and into PERFORMANCE.md between
its bench markers; the rest of PERFORMANCE.md is left as it is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import synth

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "latest.json"
REPORT = REPO / "PERFORMANCE.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
STAGES = ("load", "verify", "corpus", "render", "write")


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux gives KiB


def _folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


# --- steps, each run in its own process ------------------------------------------------------

def step_generate(root: Path) -> dict[str, Any]:
    from generator import pipeline
    from generator.engine import run as build
    from generator.progress import Progress

    config = build.read_config(root)
    started = time.perf_counter()
    result = pipeline.generate(root, config.docs_dir, root / "site_templates", config.site_name,
                               False, Progress(interactive=False))
    total = time.perf_counter() - started
    assert result.ok, [str(p) for p in result.problems[:5]]
    return {"seconds": total, "stages": result.timings, "pages": result.counts["pages"],
            "written": result.report.written if result.report else 0, "skipped": result.skipped,
            "checked": result.verified.checked if result.verified else 0,
            "cached": result.verified.cached if result.verified else 0,
            "peak_mb": _peak_mb(resource.RUSAGE_SELF)}


ZENSICAL_LIMIT_GB = 10  # the machine is shared: a runaway engine fails instead of swapping others


def step_engine(root: Path, engine: str) -> dict[str, Any]:
    from generator.engine import run as build

    if engine == "zensical":
        limit = ZENSICAL_LIMIT_GB << 30
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))  # inherited by the engine

    config = build.read_config(root)
    started = time.perf_counter()
    result = build.run_engine(config, False, engine)
    seconds = time.perf_counter() - started
    assert result.ok, result.output[-2000:]
    files, size = _folder_size(config.site_dir)
    index = config.site_dir / ("search/search_index.json" if engine == "mkdocs" else "search.json")
    return {"seconds": seconds, "site_files": files, "site_bytes": size,
            "search_index_bytes": index.stat().st_size if index.is_file() else None,
            "warnings": len(result.warnings), "peak_mb": _peak_mb(resource.RUSAGE_CHILDREN)}


def step_bare(root: Path) -> dict[str, Any]:
    """MkDocs alone on the Markdown already in docs/: the engine's own cost."""
    out = Path(tempfile.mkdtemp(prefix="bare-", dir=root))
    try:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml",
                        "-d", str(out)], cwd=root, env=env, check=True, capture_output=True)
        seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {"seconds": seconds, "peak_mb": _peak_mb(resource.RUSAGE_CHILDREN)}


def step_pagefind(root: Path) -> dict[str, Any]:
    """A Pagefind index of the site MkDocs built, as `briefing build --search pagefind` makes it."""
    from generator.engine.run import PAGEFIND_GLOB

    out = Path(tempfile.mkdtemp(prefix="pagefind-"))
    try:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pagefind", "--site", str(root / "site"),
                        "--glob", PAGEFIND_GLOB, "--root-selector", "article",
                        "--output-path", str(out), "--quiet"],
                       cwd=root, check=True, capture_output=True)
        seconds = time.perf_counter() - started
        files, size = _folder_size(out)
        # before the first result a reader fetches the entry, the script, the wasm and the
        # metadata, then one index chunk per word typed
        first = [p for p in out.iterdir() if p.is_file() and (
            p.name in ("pagefind-entry.json", "pagefind.js") or p.name.startswith("wasm.en")
            or p.suffix == ".pf_meta")]
        chunks = sorted((p.stat().st_size for p in (out / "index").iterdir()), reverse=True)
        return {"seconds": seconds, "files": files, "bytes": size,
                "first_query_bytes": sum(p.stat().st_size for p in first) + (chunks[0] if chunks
                                                                               else 0),
                "largest_chunk_bytes": chunks[0] if chunks else 0,
                "peak_mb": _peak_mb(resource.RUSAGE_CHILDREN)}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def step_edit(root: Path) -> dict[str, Any]:
    """Change one summary's bottom line, as an editor would."""
    path = sorted((root / "content/briefings").glob("*.yaml"))[len(os.listdir(root / "seeds")) // 2]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("bottom_line: 'SYNTHETIC:", "bottom_line: 'SYNTHETIC (edited):", 1),
                    encoding="utf-8")
    return {"edited": path.name}


STEPS = {"generate": step_generate, "bare": step_bare, "pagefind": step_pagefind,
         "edit": step_edit, "mkdocs": lambda root: step_engine(root, "mkdocs"),
         "zensical": lambda root: step_engine(root, "zensical")}


def _in_child(step: str, root: Path, may_fail: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench.run", "--step", step, str(root)],
                          cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        if may_fail:
            return {"error": proc.stderr.strip().splitlines()[-1:] or ["failed"],
                    "seconds": time.perf_counter() - started}
        raise SystemExit(f"bench: step {step} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- one N ---------------------------------------------------------------------------------

def measure(n: int, seed: int, work: Path, zensical: bool, pagefind: bool) -> dict[str, Any]:
    root = work / f"n{n}"
    if root.exists():
        shutil.rmtree(root)
    started = time.perf_counter()
    stats = synth.make(n, seed, root)
    out: dict[str, Any] = {"n": n, "seed": seed, "corpus": stats,
                           "synth_seconds": time.perf_counter() - started}

    def log(what: str) -> None:
        print(f"bench: n={n}: {what}", file=sys.stderr, flush=True)

    log("generating (cold cache)…")
    gen = out["generate"] = _in_child("generate", root)
    log(f"generation {gen['seconds']:.1f} s; building with MkDocs…")
    mk = out["mkdocs"] = _in_child("mkdocs", root)
    log(f"MkDocs {mk['seconds']:.1f} s; bare mkdocs build…")
    out["bare_mkdocs"] = _in_child("bare", root)
    if pagefind and importlib.util.find_spec("pagefind"):
        log("Pagefind index…")
        out["pagefind"] = _in_child("pagefind", root)
    if zensical and importlib.util.find_spec("zensical"):
        log("building with Zensical…")
        shutil.rmtree(root / ".cache", ignore_errors=True)  # a cold build, like MkDocs'
        out["zensical"] = _in_child("zensical", root, may_fail=True)
    log("rebuild with nothing changed…")
    out["nochange"] = _in_child("generate", root)
    out["edited"] = _in_child("edit", root)
    log("rebuild after editing one summary…")
    out["one_edit"] = _in_child("generate", root)
    out["load_average"] = [round(x, 1) for x in os.getloadavg()]  # others share the machine
    total = gen["seconds"] + mk["seconds"]
    out["total_seconds"] = total
    out["generation_share"] = gen["seconds"] / total
    out["ratio_to_bare_mkdocs"] = total / out["bare_mkdocs"]["seconds"]
    out["bytes_per_briefing"] = mk["site_bytes"] / n
    out["peak_mb"] = gen["peak_mb"] + mk["peak_mb"]  # generation's memory stays while MkDocs runs
    shutil.rmtree(root, ignore_errors=True)
    return out


def machine() -> dict[str, Any]:
    free = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.rstrip()
    return {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "nproc": os.cpu_count(),
            "free_g": free, "python": platform.python_version(), "platform": platform.platform()}


# --- report --------------------------------------------------------------------------------

def _s(x: float) -> str:
    return f"{x:.1f} s" if x >= 1 else f"{x:.2f} s"


def _mb(b: float) -> str:
    return f"{b / 1e6:.1f} MB"


def markdown(results: dict[str, Any]) -> str:
    runs = results["runs"]
    m = results["machine"]
    head = "| | " + " | ".join(f"N = {r['n']:,}" for r in runs) + " |\n|---|" + "---|" * len(runs)
    rows: list[tuple[str, list[str]]] = []
    rows.append(("actors / quotes / events", [f"{r['corpus']['actors']:,} / {r['corpus']['quotes']:,}"
                                              f" / {r['corpus']['events']:,}" for r in runs]))
    rows.append(("load average (1, 5, 15 min) at the end", [" / ".join(map(str, r["load_average"]))
                                                            for r in runs]))
    rows.append(("generated Markdown files", [f"{r['generate']['pages']:,}" for r in runs]))
    for stage in STAGES:
        rows.append((f"generation: {stage}", [_s(r["generate"]["stages"][stage]) for r in runs]))
    rows.append(("**generation (cold)**", [_s(r["generate"]["seconds"]) for r in runs]))
    rows.append(("MkDocs build (`briefing build`)", [_s(r["mkdocs"]["seconds"]) for r in runs]))
    rows.append(("**total**", [_s(r["total_seconds"]) for r in runs]))
    rows.append(("generation share of total", [f"{r['generation_share']:.0%}" for r in runs]))
    rows.append(("bare `mkdocs build` of the same Markdown", [_s(r["bare_mkdocs"]["seconds"])
                                                            for r in runs]))
    rows.append(("ratio total / bare MkDocs", [f"{r['ratio_to_bare_mkdocs']:.2f}" for r in runs]))
    rows.append(("peak memory: generation", [f"{r['generate']['peak_mb']:.0f} MB" for r in runs]))
    rows.append(("peak memory: MkDocs", [f"{r['mkdocs']['peak_mb']:.0f} MB" for r in runs]))
    rows.append(("**peak memory (both alive)**", [f"{r['peak_mb']:.0f} MB" for r in runs]))
    rows.append(("site size (files)", [f"{_mb(r['mkdocs']['site_bytes'])} "
                                       f"({r['mkdocs']['site_files']:,})" for r in runs]))
    rows.append(("bytes per briefing", [f"{r['bytes_per_briefing'] / 1e3:.1f} kB" for r in runs]))
    rows.append(("search index (search/search_index.json)",
                 [_mb(r["mkdocs"]["search_index_bytes"]) for r in runs]))
    if all("pagefind" in r for r in runs):
        rows.append(("Pagefind: index time", [_s(r["pagefind"]["seconds"]) for r in runs]))
        rows.append(("Pagefind: bundle (files)", [f"{_mb(r['pagefind']['bytes'])} "
                                                  f"({r['pagefind']['files']:,})" for r in runs]))
        rows.append(("Pagefind: fetched before a one-word result",
                     [_mb(r["pagefind"]["first_query_bytes"]) for r in runs]))
    if any("zensical" in r for r in runs):
        def z(r: dict[str, Any], show) -> str:
            found = r.get("zensical")
            if found is None:
                return "not run"
            if "error" in found:
                return f"failed after {_s(found['seconds'])}: {' '.join(found['error'])[:80]}"
            return show(found)

        rows.append(("Zensical build (cold)", [z(r, lambda f: _s(f["seconds"])) for r in runs]))
        rows.append(("Zensical peak memory", [z(r, lambda f: f"{f['peak_mb']:.0f} MB")
                                              for r in runs]))
        rows.append(("Zensical site size", [z(r, lambda f: _mb(f["site_bytes"])) for r in runs]))
        rows.append(("Zensical search index (search.json)",
                     [z(r, lambda f: _mb(f["search_index_bytes"] or 0)) for r in runs]))
    rows.append(("rebuild, nothing changed: generation", [
        f"{_s(r['nochange']['seconds'])} ({r['nochange']['written']} written, "
        f"{r['nochange']['checked']} re-verified)" for r in runs]))
    rows.append(("rebuild, one summary edited: generation", [
        f"{_s(r['one_edit']['seconds'])} ({r['one_edit']['written']} written, "
        f"{r['one_edit']['checked']} re-verified)" for r in runs]))
    for stage in STAGES:
        rows.append((f"… of which {stage} (one edit)",
                     [_s(r["one_edit"]["stages"][stage]) for r in runs]))
    table = head + "\n" + "\n".join(f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows)
    lines = [START, "", f"Measured {m['date']} on {m['nproc']} cores, Python {m['python']}, "
             f"{m['platform']}; `free -g`:", "", "```text", m["free_g"], "```", "", table, ""]
    lines += targets(runs)
    lines += ["", END]
    return "\n".join(lines)


def targets(runs: list[dict[str, Any]]) -> list[str]:
    """Each target with its figure; the reasons for a miss are written below the figures."""
    by_n = {r["n"]: r for r in runs}
    big = by_n.get(10_000)
    small = by_n.get(1_000)
    out = ["Targets:", ""]
    if big is None:
        return out + ["- (the targets are for N = 10,000, which this run did not measure)"]

    def line(ok: bool, text: str) -> None:
        out.append(f"- {'met' if ok else '**missed**'}: {text}")

    line(big["generation_share"] <= 0.10,
         f"generation ≤ 10 % of the whole build at 10,000: {big['generation_share']:.0%}")
    if small:
        ratio = big["total_seconds"] / small["total_seconds"]
        line(ratio <= 11, f"10,000 build ≤ 11 × the 1,000 build: {ratio:.1f} ×")
        bpb = big["bytes_per_briefing"] / small["bytes_per_briefing"]
        line(0.9 <= bpb <= 1.1, f"bytes per briefing flat: {small['bytes_per_briefing'] / 1e3:.1f} kB"
                                f" → {big['bytes_per_briefing'] / 1e3:.1f} kB ({bpb:.2f} ×)")
    line(big["nochange"]["seconds"] < 2, "no-change rebuild under 2 s of generation: "
                                         f"{_s(big['nochange']['seconds'])}")
    line(big["one_edit"]["seconds"] < 3, "one edited summary under 3 s of generation: "
                                         f"{_s(big['one_edit']['seconds'])}")
    line(big["peak_mb"] < 2048, f"peak memory under 2 GB: {big['peak_mb']:.0f} MB")
    index = big["mkdocs"]["search_index_bytes"]
    line(index <= 10e6, f"search index at 10,000 (10 MB triggers the Pagefind option): {_mb(index)}")
    return out


def write_report(results: dict[str, Any], report: Path) -> None:
    block = markdown(results)
    text = report.read_text(encoding="utf-8") if report.exists() else "# Performance\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    report.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="briefings (repeat for several)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the synthetic projects (default: a temporary folder)")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where the figures go")
    parser.add_argument("--report", type=Path, default=REPORT,
                        help="Markdown file whose bench block is replaced")
    parser.add_argument("--no-zensical", action="store_true")
    parser.add_argument("--no-pagefind", action="store_true")
    parser.add_argument("--step", nargs=2, metavar=("STEP", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        step, root = args.step
        print(json.dumps(STEPS[step](Path(root))))
        return 0
    sizes = args.n or [1000, 10000]
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {"machine": machine(), "runs": [
        measure(n, args.seed, work, not args.no_zensical, not args.no_pagefind) for n in sizes]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    write_report(results, args.report)
    print(markdown(results))
    print(f"bench: figures in {args.json}, report in {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
