"""The scale benchmark: projects of N briefings, of two kinds, built as a user builds them, every
figure timed and set against its target.

    python -m bench.run --n 1000 [--n 10000] [--corpus synth|replica ...]

Corpus kinds: `synth` (bench.synth: made-up short articles, many small actors) and `replica`
(bench.replicate: one real briefing and its article copied N times, each actor in about 20
briefings). For each kind and N it makes the project, then measures, each step in a fresh process:
generation alone from a cold cache (by stage, with its peak memory); a cold `briefing build
--root` as the command line runs it (wall clock, and the peak memory of its whole process tree,
bench.memory); a bare `mkdocs build` of the same Markdown; the largest HTML page of the site; a
`briefing build` with nothing changed; and, after editing one summary, the whole build and its
generation. A bare `properdocs build`, Zensical and Pagefind on the same pages are optional. Figures go to
bench/results/latest.json and into PERFORMANCE.md between its bench markers, with each target met or
missed; the rest of PERFORMANCE.md is left as it is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import memory, replicate, synth

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "latest.json"
REPORT = REPO / "PERFORMANCE.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
STAGES = ("load", "verify", "corpus", "render", "write")


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux gives KiB


def _cpu(who: int) -> float:
    """User and system seconds: unlike the wall clock, not stretched by other work on the
    machine."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


# --- steps, each run in its own process ------------------------------------------------------

def step_generate(root: Path) -> dict[str, Any]:
    from generator import pipeline
    from generator.engine import run as build
    from generator.progress import Progress

    config = build.read_config(root)
    cpu = _cpu(resource.RUSAGE_SELF)
    started = time.perf_counter()
    # with the site's settings, as `briefing build` passes them: a run of either after the other
    # then finds the pages the other wrote
    result = pipeline.generate(root, config.docs_dir, root / "site_templates", config.site_name,
                               False, Progress(interactive=False), config.settings)
    total = time.perf_counter() - started
    assert result.ok, [str(p) for p in result.problems[:5]]
    return {"seconds": total, "cpu_seconds": _cpu(resource.RUSAGE_SELF) - cpu,
            "stages": result.timings, "pages": result.counts["pages"],
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


def step_bare(root: Path, engine: str = "mkdocs") -> dict[str, Any]:
    """MkDocs (or ProperDocs) alone on the Markdown already in docs/: the engine's own cost."""
    out = Path(tempfile.mkdtemp(prefix="bare-", dir=root))
    try:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        cpu = _cpu(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", engine, "build", "-q", "-f", "mkdocs.yml",
                        "-d", str(out)], cwd=root, env=env, check=True, capture_output=True)
        seconds = time.perf_counter() - started
        cpu = _cpu(resource.RUSAGE_CHILDREN) - cpu
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": _peak_mb(resource.RUSAGE_CHILDREN)}


def step_pagefind(root: Path) -> dict[str, Any]:
    """A Pagefind index of the site MkDocs built, in one run over every page, as `briefing build
    --search pagefind` made it before the index came in parts (`bench.search_parts` times
    those)."""
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


def _pick(root: Path, which: int) -> Path:
    """A summary to edit: the which-th after the middle one, so that each edit finds its own."""
    paths = sorted((root / "content/briefings").glob("*.yaml"))
    return paths[(len(paths) // 2 + which) % len(paths)]


def edit_summary(path: Path, words: str) -> None:
    """Put words at the start of a summary's bottom line, as an editor would."""
    text = path.read_text(encoding="utf-8")
    found = re.search(r"^bottom_line: ?[>|]?-?\n?\s*(['\"]?)", text, re.M)
    assert found, f"no bottom_line in {path}"
    path.write_text(text[:found.end()] + words + " " + text[found.end():], encoding="utf-8")


def step_edit(root: Path, which: int) -> dict[str, Any]:
    path = _pick(root, which)
    edit_summary(path, "Edited.")
    return {"edited": path.name}


STEPS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "generate": step_generate, "bare": step_bare, "pagefind": step_pagefind,
    "bare_properdocs": lambda root: step_bare(root, "properdocs"),
    "edit": lambda root: step_edit(root, 0), "edit2": lambda root: step_edit(root, 1),
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


# the command line's summary: "→ 2314 generated files (… written, …) in 3.2 s; site/ …"
_GENERATED = re.compile(r"generated files \(([^)]*)\) in ([\d.]+) s")


def cli_build(root: Path, every: float = 0.2) -> dict[str, Any]:
    """`briefing build --root` as a user runs it: wall clock, peak memory of the process tree,
    and the generation time and counts it prints (None where its summary reads otherwise)."""
    # the theme's own index, whatever the size: the baseline is a bare `mkdocs build`
    done = memory.build(root, ["--search", "builtin"], every)
    if done.code != 0:
        raise SystemExit(f"bench: briefing build --root {root} failed:\n{done.output[-3000:]}")
    found = _GENERATED.search(done.output)
    return {"seconds": done.seconds, "cpu_seconds": done.cpu_seconds, "peak_mb": done.peak_mb,
            "generation_seconds": float(found[2]) if found else None,
            "generation_note": found[1] if found else None}


def largest_html(site: Path) -> dict[str, Any]:
    pages = [(p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")]
    size, path = max(pages)
    return {"bytes": size, "path": path}


def _reset(root: Path) -> None:
    """Back to a project as checked out: no generated pages, no site, no caches."""
    for name in ("docs", "site", ".briefing-cache", ".cache"):
        shutil.rmtree(root / name, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, text: str, seconds: float, every: float) -> bool:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return True
        except OSError:
            pass  # not serving yet, or rebuilding
        time.sleep(every)
    return False


SERVE_READY_SECONDS = 1800  # the first build of 10,000 briefings takes minutes
SERVE_EDIT_SECONDS = 600


def serve_edit(root: Path) -> dict[str, Any]:
    """`briefing serve`: how long after a summary is saved its served page shows the change."""
    path = _pick(root, 2)
    # the file name is the briefing's id in both corpus kinds
    port = _free_port()
    url = f"http://127.0.0.1:{port}/briefings/{path.stem}/"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--root", str(root),
                             "--dev-addr", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not _wait_for(url, "Bottom line", SERVE_READY_SECONDS, 0.5):
            return {"error": f"not serving {url} after {SERVE_READY_SECONDS} s"}
        ready = time.perf_counter() - started
        time.sleep(1)  # the watcher compares snapshots: let it take one of the project as is
        saved = time.perf_counter()
        edit_summary(path, "Served edit.")
        if not _wait_for(url, "Served edit.", SERVE_EDIT_SECONDS, 0.1):
            return {"error": f"edit not shown after {SERVE_EDIT_SECONDS} s", "ready_seconds": ready}
        return {"seconds": time.perf_counter() - saved, "ready_seconds": ready}
    finally:
        proc.terminate()  # serve ends on SIGTERM as on Ctrl-C, removing its preview files
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


MAKERS: dict[str, Callable[[int, int, Path], dict[str, int]]] = {
    "synth": lambda n, seed, out: synth.make(n, seed, out),
    "replica": lambda n, seed, out: replicate.make(n, out),
}


# --- one corpus and N ------------------------------------------------------------------------

def measure(corpus: str, n: int, seed: int, work: Path, zensical: bool = False,
            pagefind: bool = False, serve: bool = True, properdocs: bool = False
            ) -> dict[str, Any]:
    root = work / f"{corpus}-{n}"
    if root.exists():
        shutil.rmtree(root)
    started = time.perf_counter()
    stats = MAKERS[corpus](n, seed, root)
    out: dict[str, Any] = {"corpus": corpus, "n": n, "seed": seed, "stats": stats,
                           "make_seconds": time.perf_counter() - started}

    def log(what: str) -> None:
        print(f"bench: {corpus} n={n}: {what}", file=sys.stderr, flush=True)

    log("generation alone (cold cache)…")
    gen = out["generate"] = _in_child("generate", root)
    _reset(root)
    log(f"generation {gen['seconds']:.1f} s; cold briefing build…")
    cold = out["cold"] = cli_build(root, every=0.05)  # its peak memory is a figure: sample finely
    out["site_files"], out["site_bytes"] = _folder_size(root / "site")
    index = root / "site" / "search" / "search_index.json"
    out["search_index_bytes"] = index.stat().st_size if index.is_file() else None
    out["largest_html"] = largest_html(root / "site")
    log(f"cold build {cold['seconds']:.1f} s; bare mkdocs build…")
    out["bare_mkdocs"] = _in_child("bare", root)
    if properdocs and importlib.util.find_spec("properdocs"):
        log("bare properdocs build…")
        out["bare_properdocs"] = _in_child("bare_properdocs", root)
    if pagefind and importlib.util.find_spec("pagefind"):
        log("Pagefind index…")
        out["pagefind"] = _in_child("pagefind", root)
    if zensical and importlib.util.find_spec("zensical"):
        log("building with Zensical…")
        shutil.rmtree(root / ".cache", ignore_errors=True)  # a cold build, like MkDocs'
        out["zensical"] = _in_child("zensical", root, may_fail=True)
    log("briefing build with nothing changed…")
    out["nochange"] = cli_build(root)
    out["edited"] = _in_child("edit", root)
    log("briefing build after editing one summary…")
    out["one_edit"] = cli_build(root)
    out["edited2"] = _in_child("edit2", root)
    log("generation alone after editing another summary…")
    out["one_edit_generate"] = _in_child("generate", root)
    if serve:
        log("briefing serve: first build, then one edit…")
        out["serve"] = serve_edit(root)
    out["load_average"] = [round(x, 1) for x in os.getloadavg()]  # others share the machine
    out["ratio_to_bare_mkdocs"] = cold["seconds"] / out["bare_mkdocs"]["seconds"]
    out["cpu_ratio_to_bare_mkdocs"] = cold["cpu_seconds"] / out["bare_mkdocs"]["cpu_seconds"]
    out["seconds"] = time.perf_counter() - started
    shutil.rmtree(root, ignore_errors=True)
    return out


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            return next((line.split(":", 1)[1].strip() for line in f
                         if line.startswith("model name")), platform.processor())
    except OSError:
        return platform.processor()


def machine() -> dict[str, Any]:
    free = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.rstrip()
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "nproc": nproc,
            "memory_gb": round(memory_gb, 1), "cpu": _cpu_model(), "free_g": free,
            "python": platform.python_version(), "platform": platform.platform()}


# --- report --------------------------------------------------------------------------------

def _s(x: float | None) -> str:
    if x is None:
        return "not reported"
    return f"{x:.1f} s" if x >= 1 else f"{x:.2f} s"


def _mb(b: float) -> str:
    return f"{b / 1e6:.1f} MB"


def _label(r: dict[str, Any]) -> str:
    return f"{r['corpus']}, N = {r['n']:,}"


def _stage(gen: dict[str, Any], stage: str) -> str:
    seconds = gen.get("stages", {}).get(stage)
    return "skipped" if seconds is None else _s(seconds)


def _ratio(r: dict[str, Any], key: str) -> str:
    return f"{r[key]:.2f}" if key in r else "not measured"


def _served(r: dict[str, Any], key: str) -> str:
    found = r.get("serve")
    if found is None:
        return "not measured"
    return _s(found[key]) if key in found else found["error"]


def markdown(results: dict[str, Any]) -> str:
    runs = results["runs"]
    m = results["machine"]
    head = "| | " + " | ".join(_label(r) for r in runs) + " |\n|---|" + "---|" * len(runs)
    rows: list[tuple[str, list[str]]] = []

    def row(name: str, show: Callable[[dict[str, Any]], str]) -> None:
        rows.append((name, [show(r) for r in runs]))

    row("briefings / actors / quotes / events", lambda r: " / ".join(
        f"{r['stats'][k]:,}" for k in ("briefings", "actors", "quotes", "events")))
    row("generated Markdown files", lambda r: f"{r['generate']['pages']:,}")
    row("load average (1, 5, 15 min) at the end", lambda r: " / ".join(map(str, r["load_average"])))
    row("time for this column (making the project included)", lambda r: _s(r["seconds"]))
    for stage in STAGES:
        row(f"generation alone, cold: {stage}", lambda r, st=stage: _stage(r["generate"], st))
    row("**generation alone, cold**", lambda r: _s(r["generate"]["seconds"]))
    row("**cold `briefing build`** (wall clock)", lambda r: _s(r["cold"]["seconds"]))
    row("… of which generation (as it prints)", lambda r: _s(r["cold"]["generation_seconds"]))
    row("bare `mkdocs build` of the same Markdown", lambda r: _s(r["bare_mkdocs"]["seconds"]))
    row("**ratio cold build / bare MkDocs**", lambda r: f"{r['ratio_to_bare_mkdocs']:.2f}")
    row("CPU time (user + system): cold build / bare MkDocs",
        lambda r: f"{_s(r['cold'].get('cpu_seconds'))} / {_s(r['bare_mkdocs'].get('cpu_seconds'))}")
    row("ratio of CPU time, cold build / bare MkDocs", lambda r: _ratio(r, "cpu_ratio_to_bare_mkdocs"))
    if any("bare_properdocs" in r for r in runs):
        def bare_properdocs(r: dict[str, Any]) -> str:
            found = r.get("bare_properdocs")
            if found is None:
                return "not run"
            return (f"{_s(found['seconds'])} (CPU {_s(found['cpu_seconds'])}; "
                    f"{found['seconds'] / r['bare_mkdocs']['seconds']:.2f} × bare MkDocs)")

        row("bare `properdocs build` of the same Markdown", bare_properdocs)
    row("**`briefing build`, nothing changed** (wall clock)", lambda r: _s(r["nochange"]["seconds"]))
    row("… of which generation (as it prints)", lambda r: _s(r["nochange"]["generation_seconds"]))
    row("**`briefing build`, one summary edited** (wall clock)",
        lambda r: _s(r["one_edit"]["seconds"]))
    row("… of which generation (as it prints)", lambda r: _s(r["one_edit"]["generation_seconds"]))
    row("… files (as it prints)", lambda r: r["one_edit"]["generation_note"] or "not reported")
    row("generation alone, one other summary edited", lambda r: _s(r["one_edit_generate"]["seconds"]))
    for stage in STAGES:
        row(f"… of which {stage}", lambda r, st=stage: _stage(r["one_edit_generate"], st))
    row("`briefing serve`: first page served", lambda r: _served(r, "ready_seconds"))
    row("**`briefing serve`: an edited summary shown**", lambda r: _served(r, "seconds"))
    row("**peak memory: generation alone**", lambda r: f"{r['generate']['peak_mb']:.0f} MB")
    row("peak memory: cold `briefing build` (process tree)", lambda r: f"{r['cold']['peak_mb']:.0f} MB")
    row("**largest HTML page**", lambda r: f"{_mb(r['largest_html']['bytes'])} "
                                           f"(`{r['largest_html']['path']}`)")
    row("site size (files)", lambda r: f"{_mb(r['site_bytes'])} ({r['site_files']:,})")
    row("search index (search/search_index.json)",
        lambda r: _mb(r["search_index_bytes"]) if r["search_index_bytes"] else "none")
    if all("pagefind" in r for r in runs):
        row("Pagefind: index time", lambda r: _s(r["pagefind"]["seconds"]))
        row("Pagefind: bundle (files)",
            lambda r: f"{_mb(r['pagefind']['bytes'])} ({r['pagefind']['files']:,})")
        row("Pagefind: fetched before a one-word result",
            lambda r: _mb(r["pagefind"]["first_query_bytes"]))
    if any("zensical" in r for r in runs):
        def z(show: Callable[[dict[str, Any]], str]) -> Callable[[dict[str, Any]], str]:
            def cell(r: dict[str, Any]) -> str:
                found = r.get("zensical")
                if found is None:
                    return "not run"
                if "error" in found:
                    return f"failed after {_s(found['seconds'])}: {' '.join(found['error'])[:80]}"
                return show(found)
            return cell

        row("Zensical build (cold)", z(lambda f: _s(f["seconds"])))
        row("Zensical peak memory", z(lambda f: f"{f['peak_mb']:.0f} MB"))
        row("Zensical site size", z(lambda f: _mb(f["site_bytes"])))
    table = head + "\n" + "\n".join(f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows)
    lines = [START, "", f"Measured {m['date']} on {m['nproc']} cores ({m['cpu']}), "
             f"{m['memory_gb']} GB of memory, Python {m['python']}, {m['platform']}; `free -g`:",
             "", "```text", m["free_g"], "```", "", table, ""]
    lines += targets(runs)
    lines += ["", END]
    return "\n".join(lines)


SERVE_NOT_MEASURED = "run without --no-serve"


# The targets, as README and PERFORMANCE.md set them for an archive of 10,000 briefings.
TARGET_RATIO = 1.10  # cold `briefing build` against a bare `mkdocs build` of the same Markdown
TARGET_NOCHANGE_S = 3.0  # `briefing build` with nothing changed, wall clock, engine included
TARGET_EDIT_S = 3.0  # generation after one summary is edited
TARGET_SERVE_S = 10.0  # from saving a summary to `briefing serve` showing it
TARGET_GENERATION_MB = 1024.0  # peak memory of generation
TARGET_PAGE_BYTES = 2e6  # the largest HTML page
TARGET_GROWTH = 11.0  # cold build at 10,000 against 1,000


def targets(runs: list[dict[str, Any]]) -> list[str]:
    """Each target with its figure, met or missed, per corpus kind and N; the reasons for a miss
    are written below the figures."""
    out = ["Targets (each at every N measured; the archive they are set for is 10,000):", ""]

    def line(ok: bool | None, target: str, figure: str) -> None:
        if ok is None:
            out.append(f"- not measured: {target} ({figure})")
        else:
            out.append(f"- {'met' if ok else '**missed**'}: {target}: {figure}")

    for r in runs:
        out += [f"{_label(r)}:", ""]
        ratio = r["ratio_to_bare_mkdocs"]
        line(ratio <= TARGET_RATIO, "cold `briefing build` ≤ 1.10 × a bare `mkdocs build`",
             f"{ratio:.2f} × ({_s(r['cold']['seconds'])} / {_s(r['bare_mkdocs']['seconds'])}; "
             f"CPU time {_ratio(r, 'cpu_ratio_to_bare_mkdocs')} ×)")
        line(r["nochange"]["seconds"] < TARGET_NOCHANGE_S,
             "`briefing build` with nothing changed < 3 s (wall clock, engine included)",
             _s(r["nochange"]["seconds"]))
        edit = r["one_edit"]["generation_seconds"]
        if edit is None:  # the command's summary did not say: generation alone stands in
            edit = r["one_edit_generate"]["seconds"]
        line(edit < TARGET_EDIT_S, "one edited summary, generation < 3 s",
             f"{_s(edit)} (the whole build: {_s(r['one_edit']['seconds'])})")
        served = r.get("serve")
        target = "`briefing serve` shows an edited summary < 10 s"
        if served is None:
            line(None, target, SERVE_NOT_MEASURED)
        elif "seconds" in served:
            line(served["seconds"] < TARGET_SERVE_S, target, _s(served["seconds"]))
        elif "ready_seconds" in served:  # it served, and the edit never showed
            line(False, target, served["error"])
        else:
            line(None, target, served["error"])
        peak = r["generate"]["peak_mb"]
        line(peak < TARGET_GENERATION_MB, "generation peak memory < 1 GB",
             f"{peak:.0f} MB (whole cold build, process tree: {r['cold']['peak_mb']:.0f} MB)")
        page = r["largest_html"]
        line(page["bytes"] < TARGET_PAGE_BYTES, "largest HTML page < 2 MB",
             f"{page['bytes'] / 1e6:.2f} MB (`{page['path']}`)")  # 1.996 is not 2.0
        by_n = {x["n"]: x for x in runs if x["corpus"] == r["corpus"]}
        target = "cold build from 1,000 to 10,000 briefings ≤ 11 ×"
        if r["n"] == 10_000 and 1_000 in by_n:
            growth = r["cold"]["seconds"] / by_n[1_000]["cold"]["seconds"]
            line(growth <= TARGET_GROWTH, target, f"{growth:.1f} ×")
        elif r["n"] == 1_000 and 10_000 not in by_n:
            line(None, target, "needs N = 1,000 and 10,000")
        out.append("")
    return out[:-1]


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
    parser.add_argument("--n", type=int, action="append",
                        help="briefings (repeat for several; default 1000)")
    parser.add_argument("--corpus", choices=sorted(MAKERS), action="append",
                        help="corpus kind (repeat for both; default both)")
    parser.add_argument("--seed", type=int, default=1, help="bench.synth's seed")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the projects (default: a temporary folder)")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where the figures go")
    parser.add_argument("--report", type=Path, default=REPORT,
                        help="Markdown file whose bench block is replaced")
    parser.add_argument("--properdocs", action="store_true",
                        help="also a bare `properdocs build` of the same Markdown")
    parser.add_argument("--zensical", action="store_true", help="also build with Zensical")
    parser.add_argument("--pagefind", action="store_true", help="also index with Pagefind")
    for gone in ("--no-zensical", "--no-pagefind"):  # both are left out unless asked for now
        parser.add_argument(gone, action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-serve", action="store_true",
                        help="leave out the time `briefing serve` takes to show an edit")
    parser.add_argument("--from-json", type=Path, metavar="JSON",
                        help="measure nothing: write the report of figures saved before")
    parser.add_argument("--step", nargs=2, metavar=("STEP", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        step, root = args.step
        print(json.dumps(STEPS[step](Path(root))))
        return 0
    if args.from_json:
        write_report(json.loads(args.from_json.read_text(encoding="utf-8")), args.report)
        return 0
    sizes = args.n or [1000]
    if any(n < 1 for n in sizes):
        parser.error("--n must be at least 1")
    kinds = args.corpus or ["synth", "replica"]
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {"machine": machine(), "runs": [
        measure(kind, n, args.seed, work, args.zensical, args.pagefind, not args.no_serve,
                args.properdocs)
        for kind in kinds for n in sizes]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    write_report(results, args.report)
    print(markdown(results))
    print(f"bench: figures in {args.json}, report in {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
