"""Reading untrusted YAML: plain data plus the line and column of every value.

PyYAML's own loader keeps the last of two duplicate keys, expands aliases without limit and turns
dates into objects; content comes from many hands, so we compose nodes ourselves and refuse all three.
Whatever the bytes, parse() returns a Document or raises YamlError with a line and a column: control
characters, nesting deep enough to exhaust Python's stack and every error of PyYAML included.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import yaml

from ..problems import code_point

MAX_BYTES = 5 * 1024 * 1024
# Content nests a handful of levels; the composer recurses once per level, so a file of a few
# hundred '[' would otherwise end in RecursionError.
MAX_DEPTH = 64

# What YAML refuses in a stream (PyYAML's Reader.NON_PRINTABLE): C0 and C1 controls but tab, line
# feed, carriage return and NEL; U+FFFE and U+FFFF. Found up front, so no parser raises on them.
_FORBIDDEN = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
# Line breaks as editors count them. YAML also breaks lines at NEL, U+2028 and U+2029, which
# editors show inside a line: positions are counted the editors' way.
_BREAK = re.compile(r"\r\n|\r|\n")
_YAML_ONLY_BREAKS = re.compile("[\x85\u2028\u2029]")

Loc = tuple[str | int, ...]


class _Mark(Protocol):
    """A place in the text, as PyYAML's and libyaml's marks give it (0-based)."""
    line: int
    column: int
    index: int


class YamlError(Exception):
    def __init__(self, line: int, col: int, message: str, index: int | None = None):
        super().__init__(message)
        self.line = line
        self.col = col
        self.message = message
        self.index = index  # of the character in the text, when PyYAML's mark gave the place

    @classmethod
    def at(cls, mark: _Mark | None, message: str) -> YamlError:
        if mark is None:  # PyYAML leaves it out of a few errors: the start of the file, then
            return cls(1, 1, message)
        return cls(mark.line + 1, mark.column + 1, message, mark.index)


@dataclass
class Document:
    data: Any
    # (path in the data) -> (line, col), both 1-based; keys map to the position of their value
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    # paths of the mappings and sequences written in flow style, {…} or […], often on one line,
    # where a comma or colon in an unquoted value silently splits it
    flow: set[Loc] = field(default_factory=set)
    # paths of the values with an application's own tag (!ENV, !!python/name:…), which only that
    # application can read; their data here is the plain value under the tag
    tagged: set[Loc] = field(default_factory=set)
    sha256: str = ""  # of the file's bytes: what caches of later stages are keyed by

    def where(self, loc: Loc) -> tuple[int, int]:
        """The closest known position for a path: the value itself, else its nearest parent."""
        loc = tuple(loc)
        while loc:
            if loc in self.positions:
                return self.positions[loc]
            loc = loc[:-1]
        return self.positions.get((), (1, 1))

    def where_key(self, loc: Loc) -> tuple[int, int]:
        return self.key_positions.get(tuple(loc)) or self.where(loc)


@dataclass
class Editable:
    """A file's text, edited in place by the positions parse() gave: comments, layout, quoting
    and line breaks stay as written, and the byte-order mark, which positions do not count."""

    text: str
    bom: str = ""
    _starts: tuple[str, list[int]] = ("", [0])  # the text they were counted in, line starts

    @classmethod
    def of(cls, raw: bytes) -> Editable:
        text = raw.decode("utf-8")  # the file parsed: it is UTF-8
        return cls(text[1:], "\ufeff") if text.startswith("\ufeff") else cls(text)

    def offset(self, line: int, col: int) -> int:
        """The index in `text` of the character at a 1-based line and column."""
        if self._starts[0] is not self.text:  # counted once for many edits of one text
            self._starts = (self.text, [0] + [m.end() for m in _BREAK.finditer(self.text)])
        return self._starts[1][line - 1] + col - 1

    def bytes(self) -> bytes:
        return (self.bom + self.text).encode("utf-8")


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character, lines counted as editors count them."""
    line, start = 1, 0
    for match in _BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


class _Positions:
    """Line and column of PyYAML's marks. Those count NEL, U+2028 and U+2029 as line breaks; only
    when the text holds one are marks translated from their character index, which costs more."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] | None = None
        if _YAML_ONLY_BREAKS.search(text):
            self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def __call__(self, mark: yaml.Mark) -> tuple[int, int]:
        if self.starts is None:
            return mark.line + 1, mark.column + 1
        return self.of(mark.index)

    def of(self, index: int) -> tuple[int, int]:
        assert self.starts is not None
        line = bisect.bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1


class _NoAliasComposer(yaml.composer.Composer):
    """Composes nodes from parser events like PyYAML's Composer, refusing anchors, aliases and
    nesting deeper than MAX_DEPTH."""

    _depth = 0

    if TYPE_CHECKING:  # the parser mixed in beside it supplies these: PyYAML's Parser or libyaml's
        def check_event(self, *choices: Any) -> bool: ...
        def peek_event(self) -> yaml.Event | None: ...

    def _at_next_event(self, message: str) -> YamlError:
        event = self.peek_event()
        return YamlError.at(event.start_mark if event is not None else None, message)

    # index: a position in a sequence, or the key node of a mapping's value
    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.MappingStartEvent, yaml.SequenceStartEvent):
            if self._depth >= MAX_DEPTH:
                raise self._at_next_event(f"nested more than {MAX_DEPTH} levels deep: content is "
                                          "never nested like this; close the brackets or indent less")
            self._depth += 1
            try:
                return self._compose_checked(parent, index)
            finally:
                self._depth -= 1
        return self._compose_checked(parent, index)

    def _compose_checked(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise self._at_next_event("YAML aliases (*name) are not allowed: write the value out")
        anchor = getattr(self.peek_event(), "anchor", None)
        if anchor is not None:
            raise self._at_next_event(f"YAML anchors (&{anchor}) are not allowed: write the value out")
        return super().compose_node(parent, index)


class _PureLoader(_NoAliasComposer, yaml.SafeLoader):
    pass


try:
    from yaml._yaml import CParser as _LibyamlParser
except ImportError:  # PyYAML built without libyaml
    CParser: type[_LibyamlParser] | None = None
else:
    CParser = _LibyamlParser  # set to None, every load goes through the pure parser

    class _FastLoader(_LibyamlParser, _NoAliasComposer, yaml.composer.Composer, yaml.resolver.Resolver):
        """libyaml scans and parses (most of the time of a load); our composer still sees every
        event. Its own get_single_node would expand aliases unchecked, so Composer's is used."""

        get_single_node = yaml.composer.Composer.get_single_node

        def __init__(self, stream: str) -> None:
            _LibyamlParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)


def decode(raw: bytes) -> str:
    """UTF-8 text, or a YamlError at the first byte that is not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # valid up to there: columns count characters, as editors do, and not a byte-order mark
        before = raw[: exc.start].decode("utf-8").removeprefix("\ufeff")
        line, col = _position(before, len(before))
        raise YamlError(line, col, f"byte 0x{raw[exc.start]:02x} is not valid UTF-8: "
                        "save the file as UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def check_size(size: int) -> None:
    """Refuse a file over MAX_BYTES: callers that can see the size ask before reading it."""
    if size > MAX_BYTES:
        raise YamlError(1, 1, f"file is {size:,} bytes, over the limit of {MAX_BYTES:,}: "
                        "split it into smaller files")


def parse(raw: bytes) -> Document:
    check_size(len(raw))
    text = decode(raw)
    bad = _FORBIDDEN.search(text)
    if bad:
        line, col = _position(text, bad.start())
        raise YamlError(line, col, f"control character {code_point(bad.group())} is not allowed in "
                        "YAML: remove it")
    positions = _Positions(text)
    try:
        doc = _parse_text(text, positions)
    except YamlError as exc:
        raise _relocated(exc, text, positions) from None
    except RecursionError:  # MAX_DEPTH keeps it away; should a stage of PyYAML recurse all the same
        raise YamlError(1, 1, "the file nests too deep to read: content is never nested like "
                        "this") from None
    doc.sha256 = hashlib.sha256(raw).hexdigest()
    return doc


def _parse_text(text: str, positions: _Positions) -> Document:
    if CParser is not None:
        fast = _FastLoader(text)
        try:
            return _document(fast.get_single_node(), positions)
        except yaml.YAMLError:
            pass  # libyaml words its errors differently: the pure parser reports them as always
        finally:
            fast.dispose()
    return _document(_compose_pure(text), positions)


def _relocated(exc: YamlError, text: str, positions: _Positions) -> YamlError:
    """The error at the position an editor shows, with a word on YAML-only line breaks."""
    if positions.starts is None or exc.index is None:
        return exc
    line, col = positions.of(exc.index)
    before = list(_YAML_ONLY_BREAKS.finditer(text, 0, exc.index))
    odd = before[-1] if before else None  # the nearest one before the error
    message = exc.message
    if odd is not None:
        where, _ = positions.of(odd.start())
        message += (f" (line {where} holds {code_point(odd.group())}, which YAML reads as a line break: "
                    "replace it with a space or a real line break)")
    return YamlError(line, col, message)


def _compose_pure(text: str) -> yaml.Node | None:
    loader = None
    try:
        loader = _PureLoader(text)  # its reader raises on some text too: inside the try
        return loader.get_single_node()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{exc.context}, {what}"
        # the parser names the flow collection it was in; the scanner still sits inside one
        if "flow" in (exc.context or "") or getattr(loader, "flow_level", 0) > 0:
            if "quoted scalar" in what:
                what += ": a quote is never closed"
            elif "stream end" in what or "end of stream" in what:
                what += ": a '[' or '{' is never closed"
            else:
                what += (": inside [...] or {...} a comma, colon or bracket ends an unquoted value; "
                         "put the value in quotes, or write the list or map on several lines")
        raise YamlError.at(mark, f"invalid YAML: {what}") from None
    except yaml.reader.ReaderError as exc:  # the text was checked above: only a safety net
        line, col = _position(text, min(exc.position, len(text)))
        raise YamlError(line, col, f"invalid YAML: {exc.reason}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, 1, f"invalid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()


def _document(node: yaml.Node | None, at: _Positions | None = None) -> Document:
    at = at or _Positions("")
    doc = Document(data=None)
    if node is None:
        doc.positions[()] = (1, 1)
        return doc
    doc.data = _build(node, (), doc, at)
    return doc


# Numbers stay text: no field of the model is a number, and converting would lose characters that
# matter (64 zeros as a placeholder SHA-256 would become 0, a title '1984.10' would become 1984.1).
_SCALAR_TAGS: dict[str, Callable[[str], Any]] = {
    "tag:yaml.org,2002:null": lambda v: None,
    "tag:yaml.org,2002:bool": lambda v: v.lower() in ("true", "yes", "on"),
}


_CORE_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in (
    "str", "int", "float", "bool", "null", "map", "seq", "timestamp", "binary", "merge", "omap",
    "pairs", "set", "value"))


def _build(node: yaml.Node, loc: Loc, doc: Document, at: _Positions) -> Any:
    doc.positions[loc] = at(node.start_mark)
    if node.tag not in _CORE_TAGS:
        doc.tagged.add(loc)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.flow_style:
        doc.flow.add(loc)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError.at(mark, "mapping keys must be plain words")
            key = key_node.value
            if key_node.tag == "tag:yaml.org,2002:merge" or key == "<<":
                raise YamlError.at(mark, "YAML merge keys (<<) are not allowed: write the keys out")
            if key in out:
                first = doc.key_positions[loc + (key,)]
                raise YamlError.at(mark, f"duplicate key '{key}' (first at line {first[0]}): "
                                "YAML would silently keep only the last one; merge them")
            doc.key_positions[loc + (key,)] = at(mark)
            out[key] = _build(value_node, loc + (key,), doc, at)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loc + (i,), doc, at) for i, item in enumerate(node.value)]
    value = node.value
    convert = _SCALAR_TAGS.get(node.tag)
    plain = not (isinstance(node, yaml.ScalarNode) and node.style)  # None from PyYAML, "" from libyaml
    if convert is not None and plain:
        return convert(value)
    # strings, numbers, and timestamps kept as text so that the model judges the date and says why
    return value
