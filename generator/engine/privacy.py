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

import html
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# attributes that make the browser fetch, per element
_SOURCES: dict[str, tuple[str, ...]] = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "iframe": ("src",),
    "frame": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",),
    "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
    # <base> sends every relative address of the page to its host
    "base": ("href",), "body": ("background",), "table": ("background",), "td": ("background",),
    "th": ("background",), "a": ("ping",), "area": ("ping",),
}
# <link rel=...> values that fetch or open a connection; others (alternate, canonical) do not
_LOADING_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect",
                 "dns-prefetch", "icon", "shortcut", "apple-touch-icon", "mask-icon", "manifest",
                 "prerender"}
# An address with a host of its own, as a browser reads it: tabs and line breaks inside it are
# dropped, a backslash is a slash, and 'http:host/x' on an https page goes to that host.
_REMOTE = re.compile(r"^(?://|(?:https?|ftp|wss?):)", re.IGNORECASE)
_URL_NOISE = re.compile(r"[\t\n\r]")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# inline data (an SVG icon names its XML namespace, http://www.w3.org/2000/svg, and fetches nothing)
_CSS_DATA = re.compile(r""""data:[^"]*"|'data:[^']*'|\(\s*data:[^)]*\)""", re.IGNORECASE)
# in CSS, an address after url( or @import, or as any quoted string (image-set, src lists)
_CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["']|["'])\s*((?:https?:)?//[^"')\s]+)""",
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
    if not value:
        return False
    return _REMOTE.match(_URL_NOISE.sub("", value).strip().replace("\\", "/")) is not None


# One pass over the page: comments (skipped), and every start tag, its quoted attribute values
# allowed to hold '>'. A regex walk rather than html.parser: the same tags at several times the
# speed, which matters on a site of thousands of pages.
_MARKUP = re.compile(r"""<!--|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_READ = {*_SOURCES, "link", "meta", "script", "style", "iframe"}
_CLOSE = {"script": re.compile(r"</script\s*>", re.IGNORECASE),
          "style": re.compile(r"</style\s*>", re.IGNORECASE)}


def _attributes(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        value = m.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        out.setdefault(m.group(1).lower(), html.unescape(value))
    return out


def _loads(tag: str, a: dict[str, str]) -> list[str]:
    """What one start tag makes the browser fetch from another host."""
    found: list[str] = []
    for name in _SOURCES.get(tag, ()):
        value = a.get(name)
        if name == "srcset" and value:
            found += [c for c in (p.strip().split(" ")[0] for p in value.split(",")) if _remote(c)]
        elif value and _remote(value):
            found.append(value.strip())
    if tag == "link" and _remote(a.get("href")) \
            and _LOADING_RELS & set(a.get("rel", "").lower().split()):
        found.append(a["href"].strip())
    if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
        m = _REFRESH_URL.search(a.get("content", ""))
        if m and _remote(m.group(1)):
            found.append(m.group(1))
    if "style" in a:
        found += scan_css(a["style"])
    if tag == "iframe" and a.get("srcdoc"):
        found += scan_html(a["srcdoc"])
    # Material fetches a repository's stars and forks from its host's API (repo_url)
    if a.get("data-md-component") == "source" and _remote(a.get("href")):
        found.append(a["href"].strip())
    for name, value in a.items():  # onerror="fetch('https://…')"
        if name.startswith("on"):
            found += _JS_URL.findall(value)
    return found


def scan_html(text: str) -> list[str]:
    found: list[str] = []
    pos = 0
    while (m := _MARKUP.search(text, pos)) is not None:
        if m.group(1) is None:  # a comment: nothing in it loads
            pos = _comment_end(text, m.end())
            continue
        tag = m.group(1).lower()
        raw = m.group(2)
        # most tags (span, div) load nothing: their attributes are read only if styled or handled
        lowered = raw.lower()
        a = _attributes(raw) if tag in _READ or "style" in lowered or " on" in lowered else {}
        if a:
            found += _loads(tag, a)
        pos = m.end()
        if tag in _CLOSE:  # raw text up to the end tag: not markup, though it may look like it
            close = _CLOSE[tag].search(text, pos)
            body = text[pos:close.start() if close else len(text)]
            if tag == "style":
                found += _CSS_URL.findall(body)
            elif "src" not in a and a.get("type", "").lower() in _SCRIPT_TYPES:
                found += _JS_URL.findall(body)
            pos = close.end() if close else len(text)
    return found


_COMMENT_END = re.compile(r"--!?>")


def _comment_end(text: str, start: int) -> int:
    """Where a comment opened just before `start` ends, as browsers read it: `<!-->` and `<!--->`
    are whole (empty) comments, and `--!>` closes one as `-->` does."""
    if text.startswith(">", start):
        return start + 1
    if text.startswith("->", start):
        return start + 2
    end = _COMMENT_END.search(text, start)
    return len(text) if end is None else end.end()


def scan_css(text: str) -> list[str]:
    return _CSS_URL.findall(_CSS_DATA.sub('""', _CSS_COMMENT.sub("", text)))


# .js files are not read: bundles hold addresses they never fetch (Material's, for one)
SCANNED = (".html", ".htm", ".svg", ".css")


def scan_folder(built: Path) -> dict[str, list[str]]:
    """What each file below `built` would load from other hosts, by its path relative to built
    (files that load nothing left out), each address once, in the order the file gives them."""
    found: dict[str, list[str]] = {}
    base = len(str(built)) + 1
    for top, dirs, names in os.walk(built):
        dirs.sort()
        for name in names:
            suffix = os.path.splitext(name)[1].lower()
            path = os.path.join(top, name)
            if suffix not in SCANNED or not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            urls = list(dict.fromkeys(scan_css(text) if suffix == ".css" else scan_html(text)))
            if urls:
                found[path[base:].replace(os.sep, "/")] = urls
    return found


def listed(found: Mapping[str, Sequence[str]], shown_as: str) -> list[Remote]:
    """The findings of scan_folder (of one folder, or of the shards' folders joined) in file
    order, as scan_site gives them."""
    return [Remote(f"{shown_as}/{rel}", url)
            for rel in sorted(found, key=lambda rel: rel.split("/")) for url in found[rel]]


def scan_site(built: Path, shown_as: str) -> list[Remote]:
    """Every third-party resource the pages in `built` would load, in file order; file names
    are given under `shown_as` (the folder the site is published to, e.g. 'site')."""
    return listed(scan_folder(built), shown_as)
