"""The built site fetches nothing from other hosts: checked in the built files, not promised.

mkdocs.yml is code: `extra.analytics`, `extra.polyfills`, `theme.font`, a CDN entry in
`extra_javascript` or an override template each make every page load something from a third-party
host, and the engine builds them without a word. This pass reads every built HTML file once (and
every CSS file for `url(` and `@import`) and reports each resource that a browser would fetch from
another host: scripts, loaded links, images, media, frames, objects, refresh redirects, and URLs
written as string literals in inline scripts (Material's analytics adds its script that way).
Plain navigation (`<a href>`) fetches nothing until followed and is fine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

# attributes that make the browser fetch, per element
_SOURCES: dict[str, tuple[str, ...]] = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "iframe": ("src",),
    "frame": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",),
    "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
}
# <link rel=...> values that fetch or open a connection; others (alternate, canonical) do not
_LOADING_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect",
                 "dns-prefetch", "icon", "shortcut", "apple-touch-icon", "mask-icon", "manifest"}
_REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])\s*((?:https?:)?//[^"')\s]+)""",
                      re.IGNORECASE)
_JS_URL = re.compile(r"""["'`]((?:https?:)?//[^"'`\s]+)""", re.IGNORECASE)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";\s]+)", re.IGNORECASE)
_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}

# where a host usually comes from, so that the message says what to remove
_HINTS = (
    (("googletagmanager.com", "google-analytics.com"),
     "remove it from mkdocs.yml (extra.analytics)"),
    (("fonts.googleapis.com", "fonts.gstatic.com"), "set 'font: false' under theme in mkdocs.yml"),
    (("polyfill",), "remove it from mkdocs.yml (extra.polyfills)"),
)
_DEFAULT_HINT = ("remove it from mkdocs.yml (extra_javascript, extra_css, extra) or from the "
                 "templates in site_templates/overrides")


@dataclass(frozen=True)
class Remote:
    file: str  # as the user knows it: site/…/index.html
    url: str

    def message(self, severity: str = "error") -> str:
        """`file: loads URL …`, labelled like a Problem: errors bare, warnings named."""
        label = "" if severity == "error" else f" {severity}:"
        return (f"{self.file}:{label} loads {self.url} from another host: "
                f"{hint(self.url)}; the site must fetch nothing from third parties (vendor the "
                "file into site_templates/assets instead)")


def hint(url: str) -> str:
    lowered = url.lower()
    for hosts, where in _HINTS:
        if any(h in lowered for h in hosts):
            return where
    return _DEFAULT_HINT


def _remote(value: str | None) -> bool:
    return bool(value) and _REMOTE.match(value) is not None  # type: ignore[arg-type]


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._inline: str | None = None  # 'script' or 'style' while inside one

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for name in _SOURCES.get(tag, ()):
            value = a.get(name)
            if name == "srcset" and value:
                self.found += [c for c in (p.strip().split(" ")[0] for p in value.split(","))
                               if _remote(c)]
            elif _remote(value):
                self.found.append(value.strip())  # type: ignore[union-attr]
        if tag == "link" and _remote(a.get("href")) \
                and _LOADING_RELS & set(a.get("rel", "").lower().split()):
            self.found.append(a["href"].strip())
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = _REFRESH_URL.search(a.get("content", ""))
            if m and _remote(m.group(1)):
                self.found.append(m.group(1))
        if "style" in a:
            self.found += _CSS_URL.findall(a["style"])
        self._inline = None
        if tag == "style" or (tag == "script" and "src" not in a
                              and a.get("type", "").lower() in _SCRIPT_TYPES):
            self._inline = tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._inline = None

    def handle_endtag(self, tag: str) -> None:
        self._inline = None

    def handle_data(self, data: str) -> None:
        if self._inline == "style":
            self.found += _CSS_URL.findall(data)
        elif self._inline == "script":
            self.found += _JS_URL.findall(data)


def scan_html(text: str) -> list[str]:
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    return scanner.found


def scan_css(text: str) -> list[str]:
    return _CSS_URL.findall(text)


def scan_site(built: Path, shown_as: str) -> list[Remote]:
    """Every third-party resource the pages in `built` would load, in file order; file names
    are given under `shown_as` (the folder the site is published to, e.g. 'site')."""
    out: list[Remote] = []
    for path in sorted(built.rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".html", ".htm", ".css") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found = scan_css(text) if suffix == ".css" else scan_html(text)
        name = f"{shown_as}/{path.relative_to(built).as_posix()}"
        seen: set[str] = set()
        for url in found:
            if url not in seen:
                seen.add(url)
                out.append(Remote(name, url))
    return out
