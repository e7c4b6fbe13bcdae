"""Lighthouse on the built site, as an outside auditor runs it: mobile, default throttling.

    python -m bench.lighthouse [SITE] [--page NAME=PATH ...] [--runs N] [--out DIR] [--plain]

Serves SITE (default site/) on 127.0.0.1 and runs Lighthouse (tests/browser/node_modules, from
`npm ci` there) with Debian's Chromium on each page: by default the home page, the first briefing,
the first actor and the sanctions register. Prints the four scores per page (0-100) and the
metrics behind performance, from the run with the median performance score when --runs is more
than 1; --out keeps each full JSON report. Pages are served gzip-compressed
when the browser asks, as GitHub Pages serves them; --plain serves them as they are on disk.

Lighthouse times the page on this machine with a slowed-down CPU: on a loaded machine the
performance score comes out low, never high, so run it on an idle one, or take the median of a few
runs (--runs 5), as Lighthouse's own documentation advises.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
LIGHTHOUSE = REPO / "tests/browser/node_modules/.bin/lighthouse"
CHROME = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index")
_TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Files from the site folder, gzip-compressed for text when asked (unless plain)."""

    plain = False

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (self.plain or "gzip" not in self.headers.get("Accept-Encoding", "")
                or path.suffix not in _TEXT or not path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *_: Any) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def serve(site: Path, plain: bool = False) -> tuple[http.server.ThreadingHTTPServer, str]:
    """`site` served on 127.0.0.1 at a free port, in a thread: the server and its address."""
    handler = type("Handler", (_Handler,), {"plain": plain})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def default_pages(site: Path) -> dict[str, str]:
    def first(folder: str) -> str | None:
        found = sorted(p.parent.relative_to(site).as_posix() + "/"
                       for p in (site / folder).glob("*/index.html"))
        return found[0] if found else None

    pages = {"home": "", "briefing": first("briefings"), "actor": first("actors"),
             "sanctions": "sanctions/"}
    return {name: path for name, path in pages.items() if path is not None}


def audit(url: str, report: Path) -> dict[str, Any]:
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", CHROME))
    proc = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--form-factor=mobile", "--output=json",
         f"--output-path={report}", f"--only-categories={','.join(CATEGORIES)}",
         f"--chrome-flags={CHROME_FLAGS}"], env=env, capture_output=True, text=True)
    if proc.returncode != 0 or not report.is_file():
        sys.exit(f"lighthouse failed on {url}:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lighthouse", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("--page", action="append", default=[], metavar="NAME=PATH",
                        help="a page to audit, by its path in the site (repeatable)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page (default 1)")
    parser.add_argument("--out", type=Path, help="folder for the full JSON reports")
    parser.add_argument("--plain", action="store_true", help="serve files uncompressed")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site}/index.html is missing: run 'briefing build' first")
    if not LIGHTHOUSE.is_file():
        parser.error(f"{LIGHTHOUSE} is missing: run 'npm ci' in tests/browser")
    pages = dict(p.split("=", 1) for p in args.page) if args.page else default_pages(args.site)
    server, base = serve(args.site, args.plain)
    out = args.out or Path(tempfile.mkdtemp(prefix="lighthouse-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"{'page':<10} {'perf':>4} {'a11y':>4} {'best':>4} {'seo':>4}   "
          "FCP     LCP     TBT      CLS    SI      (CPU benchmark index)")
    try:
        for name, path in pages.items():
            runs = [audit(base + path, out / f"{name}-{n + 1}.json") for n in range(args.runs)]
            runs.sort(key=lambda r: r["categories"]["performance"]["score"] or 0)
            result = runs[len(runs) // 2]
            scores = [round((result["categories"][c]["score"] or 0) * 100) for c in CATEGORIES]
            shown = [result["audits"][m].get("displayValue", "?").replace("\u00a0", " ")
                     for m in METRICS]
            print(f"{name:<10} {scores[0]:>4} {scores[1]:>4} {scores[2]:>4} {scores[3]:>4}   "
                  + " ".join(f"{v:<7}" for v in shown)
                  + f" ({result['environment']['benchmarkIndex']:.0f})", flush=True)
    finally:
        server.shutdown()
    if args.out:
        print(f"reports: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
