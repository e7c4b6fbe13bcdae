"""bench.lighthouse serves the site as GitHub Pages does (gzip when asked) and picks one page of
each kind the audit covers. Lighthouse itself is too slow for the test suite: run the script."""

from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path

from bench.lighthouse import default_pages, serve


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for page in ("", "briefings/b-2/", "briefings/b-1/", "actors/zed/", "actors/amy/",
                 "sanctions/"):
        (site / page).mkdir(parents=True, exist_ok=True)
        (site / page / "index.html").write_text(f"<p>{page or 'home'}</p>" * 50, encoding="utf-8")
    (site / "logo.png").write_bytes(b"\x89PNG" + bytes(100))
    return site


def test_default_pages_are_one_of_each_kind(tmp_path: Path):
    assert default_pages(_site(tmp_path)) == {
        "home": "", "briefing": "briefings/b-1/", "actor": "actors/amy/", "sanctions": "sanctions/"}


def _get(url: str, gzip_ok: bool) -> tuple[str | None, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("Content-Encoding"), response.read()


def test_text_is_served_compressed_when_asked_and_plain_otherwise(tmp_path: Path):
    site = _site(tmp_path)
    page = (site / "actors/amy/index.html").read_bytes()
    server, base = serve(site)
    try:
        encoding, body = _get(base + "actors/amy/", gzip_ok=True)
        assert encoding == "gzip" and gzip.decompress(body) == page and len(body) < len(page)
        assert _get(base + "actors/amy/", gzip_ok=False) == (None, page)
        assert _get(base + "logo.png", gzip_ok=True)[0] is None  # images are compressed already
    finally:
        server.shutdown()
    server, base = serve(site, plain=True)
    try:
        assert _get(base + "actors/amy/index.html", gzip_ok=True) == (None, page)
    finally:
        server.shutdown()
