"""Browser fixtures: Debian's Chromium driven by Playwright, the built site served on 127.0.0.1.

Playwright's own browser download does not work here, so the tests use /usr/bin/chromium. Where it
(or Playwright, or axe-core from `npm ci`) is missing, the tests skip with the reason; in CI
(CI=true) they fail instead, so that a broken machine cannot pass for a green run.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..conftest import copy_project, run

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
AXE = Path(__file__).parent / "node_modules/axe-core/axe.min.js"
# Screenshots, printed PDFs and axe results: into the folder this names (CI keeps them), else into
# pytest's temporary folder of the run, never into the checkout
ARTIFACTS_VARIABLE = "BRIEFING_TEST_ARTIFACTS"


def missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (required in CI)", pytrace=False)
    pytest.skip(reason)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class Site:
    """A folder served over HTTP on 127.0.0.1 at a free port, for the life of the object."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "") -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed: pip install -e '.[test]'")
    if not CHROMIUM.is_file():
        missing(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        missing("axe-core is missing: run 'npm ci' in tests/browser")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def site(built_site: Path) -> Iterator[Site]:
    served = Site(built_site / "site")
    yield served
    served.close()


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get(ARTIFACTS_VARIABLE)
    folder = Path(given) if given else tmp_path_factory.getbasetemp() / "test-artifacts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build_and_serve(tmp: Path, prepare: Any) -> tuple[Path, Site]:
    root = copy_project(tmp / "project")
    prepare(root)
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    return root, Site(root / "site")
