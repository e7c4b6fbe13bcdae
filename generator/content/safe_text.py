"""Text from content, made safe for Markdown pages.

Free-text fields hold inline Markdown. We parse it with markdown-it-py, refuse raw HTML, images and
links to anything but http, https, mailto or a relative path, and write it back out as Markdown we
generate ourselves, with every piece of text escaped, so that what MkDocs reads is never the
author's raw syntax.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import quote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .. import look_alike
from ..problems import code_point


class MdSafe(str):
    """Markdown that we generated: templates print it as it is."""

    __slots__ = ()


ALLOWED_SCHEMES = ("http", "https", "mailto")

# Characters that Python-Markdown (with the extensions in mkdocs.yml) may read as syntax anywhere.
_ESCAPE_ANYWHERE = re.compile(r"([\\`*_{}\[\]|])")
# What may open a block at the start of a line: a heading, list, quote, admonition, fence (``` is
# escaped anywhere, ~~~ is not), setext underline, definition or thematic break. Python-Markdown
# takes a backslash before # + - ! . ) but prints it before = : ~, so those become references.
_LINE_START = re.compile(r"^(\s*)([#+\-!]|[=:~]|\d+[.)])")
_REFERENCE = {"=": "&#61;", ":": "&#58;", "~": "&#126;"}
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# C0 and C1 controls, DEL, and the line and paragraph separators: str.splitlines() and some
# Markdown readers end a line at U+0085, U+2028, U+2029, U+000B, U+000C and U+001C-U+001E, so any
# of them inside a code span could end it and let what follows open an HTML block. Tab and line
# feed are ordinary whitespace in YAML text and are allowed where text may run over lines.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_OR_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def show_controls(text: str) -> str:
    """Text with every control, separator and invisible character written as ⟨U+XXXX⟩."""
    return look_alike.INVISIBLE.sub(lambda m: code_point(m.group()),
                                    _CONTROL_OR_BREAK.sub(lambda m: code_point(m.group()), text))


def control_problem(text: str) -> str | None:
    """Why text is refused for a control or separator character, naming it visibly."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return (f"control character {code_point(found.group())} at position {found.start() + 1} is not "
            "allowed: delete it (write a line break as a new line, a tab as spaces)")


def invisible_problem(text: str) -> str | None:
    found = look_alike.INVISIBLE.search(text)
    if found is None:
        return None
    return (f"invisible character {code_point(found.group())} at position {found.start() + 1} is "
            "not allowed in a name, title or alias (it shows as nothing, or as a space, so the "
            "text looks like other text): delete it, or type a space where it stands for one")


def mixed_script_problem(text: str) -> str | None:
    """Why a word of the text is a look-alike by UTS #39: Latin mixed with Armenian, Cherokee,
    Cyrillic or any script its rules do not allow beside Latin, digits of two systems, a hidden
    mark."""
    if text.isascii():  # nearly every name: no need to look up each letter
        return None
    for word in look_alike.WORD.finditer(text):
        if not word.group().isascii() and (why := look_alike.word_problem(word.group())):
            return why
    return None


def md_escape(text: str) -> MdSafe:
    """Plain text as Markdown that shows exactly that text: nothing in it is syntax or HTML."""
    return MdSafe(_escape(str(text).strip()))


@lru_cache(maxsize=1 << 16)  # names and titles recur on thousands of pages
def _escape(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = _ESCAPE_ANYWHERE.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _LINE_START.sub(_line_start, text)


def _line_start(m: re.Match[str]) -> str:
    space, mark = m.group(1), m.group(2)
    if mark in _REFERENCE:
        return space + _REFERENCE[mark]
    return space + mark[:-1] + "\\" + mark[-1]


def plain_text_problem(text: str) -> str | None:
    """Why a plain-text field (a title, a name) is refused, or None.

    Titles end up in <title> through Material's `striptags`, which turns `&lt;` back into `<`:
    so angle brackets and character references are refused here, at the model, not escaped later.
    """
    why = control_problem(text) or invisible_problem(text) or mixed_script_problem(text)
    if why:
        return why
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


# The site engine walks the elements of a page recursively: Python-Markdown's table-of-contents
# extension ends in RecursionError at 980 nested elements (emphasis in a quote's context; 981 in a
# key point). It reads the Markdown we write back by its own rules, which may nest marks that
# markdown-it read side by side, so the count of marks is bounded too: every unescaped '*' we
# write comes from a mark (strong writes four), so no reading of 100 marks nests deeper than 200.
MAX_NESTING = 20
MAX_MARKS = 100


def _marks_problem(tokens: list[Token]) -> str | None:
    depth = deepest = marks = 0
    for token in tokens:
        depth += token.nesting
        deepest = max(deepest, depth)
        marks += token.nesting == 1
    if deepest > MAX_NESTING:
        return (f"emphasis and links nested {deepest} deep: at most {MAX_NESTING} levels are "
                "allowed (the site engine fails on deep nesting): remove some of the '*', '_' "
                "or '[…]' marks")
    if marks > MAX_MARKS:
        return (f"{marks} pieces of emphasis and links: at most {MAX_MARKS} are allowed in one "
                "text (the site engine may nest them): emphasize less, or write '\\*' for a "
                "star that is not emphasis")
    return None


def inline_markdown_problems(text: str) -> list[str]:
    """Why a free-text field is refused: raw HTML, images, unsafe links, marks nested deeper or
    more of them than the site engine can take."""
    control = control_problem(text)
    if control:
        return [control]
    tokens = _inline_tokens(text)
    marks = _marks_problem(tokens)
    found: list[str] = [marks] if marks else []
    for token in tokens:
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
    # a line break of any kind would end the span where the page is read line by line
    code = show_controls(code)
    longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code.startswith("`") or code.endswith("`") or longest else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def safe_url(url: str) -> str:
    return quote(url.strip(), safe=":/?#@!$&*+,;=%~-._")


def relative_links(text: str) -> list[str]:
    """The relative links of inline Markdown that validation lets through, as written."""
    return [href for token in _inline_tokens(text) if token.type == "link_open"
            and (href := str(token.attrGet("href") or "").strip())
            and not urlsplit(href).scheme and not link_problem(href)]


def inline_markdown(text: str, rebase: Callable[[str], str] | None = None) -> MdSafe:
    """Validated inline Markdown, written back out as Markdown that we generated; `rebase` turns
    a relative link, written from a briefing's page, into one from the page the text is on."""
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
            if link_problem(href):
                links.append(None)
            elif rebase is not None and not urlsplit(href.strip()).scheme:
                links.append(safe_url(rebase(href.strip())))
            else:
                links.append(safe_url(href))
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
