"""Text from content, made safe for Markdown pages.

Free-text fields hold inline Markdown. We parse it with markdown-it-py, refuse raw HTML, images and
links to anything but http, https, mailto or a relative path, and write it back out as Markdown we
generate ourselves, with every piece of text escaped, so that what MkDocs reads is never the
author's raw syntax.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token


class MdSafe(str):
    """Markdown that we generated: templates print it as it is."""

    __slots__ = ()


ALLOWED_SCHEMES = ("http", "https", "mailto")

# Characters that Python-Markdown (with the extensions in mkdocs.yml) may read as syntax anywhere.
_ESCAPE_ANYWHERE = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START = re.compile(r"^(\s*)([#+\-=>!:]|\d+[.)])")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def md_escape(text: str) -> MdSafe:
    """Plain text as Markdown that shows exactly that text: nothing in it is syntax or HTML."""
    return MdSafe(_escape(str(text).strip()))


@lru_cache(maxsize=1 << 16)  # names and titles recur on thousands of pages
def _escape(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = _ESCAPE_ANYWHERE.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if len(m.group(2)) == 1
                           else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)
    return text


def plain_text_problem(text: str) -> str | None:
    """Why a plain-text field (a title, a name) is refused, or None.

    Titles end up in <title> through Material's `striptags`, which turns `&lt;` back into `<`:
    so angle brackets and character references are refused here, at the model, not escaped later.
    """
    if _CONTROL.search(text):
        return "control characters are not allowed"
    if "<" in text or ">" in text:
        return "angle brackets '<' '>' are not allowed in plain text (write 'less than' or use ‹ ›)"
    # html.unescape applies the browser's rules, so '&lt' or '&#60' without ';' count as well
    if _ENTITY.search(text) or html.unescape(text) != text:
        return "HTML character references like '&amp;' are not allowed: type the character itself"
    if not text.strip():
        return "must not be empty"
    return None


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "linkify": False})
    # tokenize every link so that we judge the scheme ourselves and can say why it is refused
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def link_problem(url: str) -> str | None:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme:
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            return (f"link scheme '{parts.scheme}:' is not allowed; "
                    "use http, https, mailto or a relative path")
        if parts.scheme.lower() in ("http", "https") and not parts.netloc:
            return f"link '{url}' has no host"
        return None
    if url.startswith(("/", "\\")) or parts.netloc:
        return f"link '{url}' must be relative to the page, or start with https://"
    if ".." in parts.path.split("/") or "\\" in url:
        return f"link '{url}' may not leave its folder ('..')"
    return None


def inline_markdown_problems(text: str) -> list[str]:
    """Why a free-text field is refused: raw HTML, images, unsafe links."""
    found: list[str] = []
    if _CONTROL.search(text):
        found.append("control characters are not allowed")
    for token in _inline_tokens(text):
        if token.type == "html_inline":
            found.append(f"raw HTML is not allowed: {token.content!r}; write plain text or Markdown")
        elif token.type == "image":
            found.append("images are not allowed in text fields")
        elif token.type == "link_open":
            bad = link_problem(str(token.attrGet("href") or ""))
            if bad:
                found.append(bad)
    return found


def _inline_tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    for block in _parser().parseInline(text):
        tokens.extend(block.children or [])
    return tokens


def code_span(code: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code.startswith("`") or code.endswith("`") or longest else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def safe_url(url: str) -> str:
    return quote(url.strip(), safe=":/?#@!$&*+,;=%~-._")


def inline_markdown(text: str) -> MdSafe:
    """Validated inline Markdown, written back out as Markdown that we generated."""
    out: list[str] = []
    links: list[str | None] = []
    for token in _inline_tokens(text):
        kind = token.type
        if kind == "text":
            out.append(_escape(token.content))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind == "code_inline":
            out.append(code_span(token.content))
        elif kind in ("em_open", "em_close"):
            out.append("*")
        elif kind in ("strong_open", "strong_close"):
            out.append("**")
        elif kind == "link_open":
            href = str(token.attrGet("href") or "")
            # validation refuses bad links first; should one get here, it stays text
            links.append(None if link_problem(href) else safe_url(href))
            out.append("[" if links[-1] else "\\[")
        elif kind == "link_close":
            url = links.pop()
            out.append(f"]({url})" if url else "\\]")
        else:  # html and images are refused by validation; never pass them through
            out.append(_escape(token.content))
    return MdSafe("".join(out).strip())


def plain(text: str) -> str:
    """Inline Markdown reduced to its words: for descriptions, feeds and search."""
    words: list[str] = []
    for token in _inline_tokens(text):
        if token.type in ("text", "code_inline"):
            words.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            words.append(" ")
    return " ".join("".join(words).split())
