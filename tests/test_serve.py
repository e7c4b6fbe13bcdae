"""`briefing serve`: editing a summary updates the served page without a restart."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import BRIEFING_ID, BRIEFING_YAML


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    page = ""
    while time.monotonic() < deadline:
        page = _fetch(url)
        if text in page:
            return page
        time.sleep(0.5)
    return page


def test_editing_yaml_updates_the_served_page(project: Path):
    port = _free_port()
    url = f"http://127.0.0.1:{port}/briefings/{BRIEFING_ID}/"
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--root", str(project),
         "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = _wait_for(url, "Bottom line", 60)
        assert "Iran sends ballistic missiles to Russia" in page
        assert "livereload" in page  # the page reloads itself when the site is rebuilt
        summary = project / BRIEFING_YAML
        text = summary.read_text(encoding="utf-8")
        summary.write_text(text.replace("title: Iran sends", "title: Tehran sends"),
                           encoding="utf-8")
        page = _wait_for(url, "Tehran sends ballistic missiles", 60)
        assert "Tehran sends ballistic missiles" in page
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
