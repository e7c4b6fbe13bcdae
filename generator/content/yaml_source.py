"""Reading untrusted YAML: plain data plus the line and column of every value.

PyYAML's own loader keeps the last of two duplicate keys, expands aliases without limit and turns
dates into objects; content comes from many hands, so we build the data from the nodes ourselves and
refuse all three. libyaml composes the nodes when PyYAML has it and the text can hold no anchor;
otherwise, and for every refusal, the nodes are composed event by event in Python.
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
    # path -> tag of the values under a tag this reader does not read as the tag means: an
    # application's own (!ENV, !!python/name:…), which only that application can read, and YAML's
    # !!binary, !!set, !!omap and !!pairs (bytes in base64, a set, ordered pairs); their data here is
    # the plain value under the tag, which content files refuse (`load.parse_bytes`)
    tagged: dict[Loc, str] = field(default_factory=dict)
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
            self._starts = (self.text, line_starts(self.text))
        return self._starts[1][line - 1] + col - 1

    def bytes(self) -> bytes:
        return (self.bom + self.text).encode("utf-8")


def line_starts(text: str) -> list[int]:
    """Where each line of a text starts, lines counted as editors count them: a line number is
    bisect.bisect_right(line_starts(text), index)."""
    return [0] + [m.end() for m in _BREAK.finditer(text)]


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
            self.starts = line_starts(text)

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

    class _CLoader(_LibyamlParser, yaml.resolver.Resolver):
        """libyaml parses and composes: nodes with the marks of the events they came from, tags
        resolved as PyYAML's Composer resolves them, but anchors kept out of sight and nesting
        unchecked; _parse_text gives it only text free of both."""

        def __init__(self, stream: str) -> None:
            _LibyamlParser.__init__(self, stream)
            yaml.resolver.Resolver.__init__(self)

    class _FastLoader(_LibyamlParser, _NoAliasComposer, yaml.composer.Composer, yaml.resolver.Resolver):
        """libyaml scans and parses, and our composer sees every event, for text that _CLoader may
        not compose. libyaml's own get_single_node would expand aliases unchecked, so Composer's is
        used."""

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


# An anchor as libyaml reads one: '&' and a character of its name, where a token can begin (after a
# space, a line break, an indicator or a byte-order mark libyaml skips at the start of a line).
# Text like 'R&D' or ' & ' cannot be one; text that may be one is composed event by event.
_AMPERSAND = re.compile(r"&[\w-]")  # a plain search: a look-behind would cost more than the parse
_TOKEN_AFTER = frozenset("-?:[{,\ufeff")


def _may_hold_anchor(text: str) -> bool:
    for match in _AMPERSAND.finditer(text):
        at = match.start()
        if at == 0 or text[at - 1].isspace() or text[at - 1] in _TOKEN_AFTER:
            return True
    return False


# libyaml's composer recurses in C, once a level, a depth it reaches on a thread's stack
# (tests/test_yaml_source_fast.py). The libyaml of PyYAML's wheels refuses to nest deeper itself;
# another may not, and gets only text that cannot nest deeper.
_C_DEPTH = 1000


# What may stand at the start of a line before a block collection's first key or '-': spaces, and
# the indicators of compact nesting ('- - a', '? - a', ': - a'), tabs after them, a byte-order mark
# libyaml skips there; after any break YAML counts, so that no line escapes the count.
_LINE_PREFIX = re.compile("(?:^|[\r\n\x85\u2028\u2029])[ \t?:\ufeff-]*")


def _nesting_bound(text: str) -> int:
    """At least the depth of any nesting in the text: a flow level opens at each '[' or '{', and a
    block collection begins right of the one two levels out, at a column no further than the
    longest run of those characters that begins a line."""
    prefix = max(map(len, _LINE_PREFIX.findall(text)), default=0)
    return text.count("[") + text.count("{") + 2 * prefix + 4


def _composed_in_c(text: str, positions: _Positions) -> Document | None:
    """The document libyaml composes, or None for a text that needs the checks only composing
    event by event gives: one that may hold an anchor or nest deeper than _C_DEPTH, one that
    nests deeper than MAX_DEPTH, or that libyaml or _build refuses (so that every refusal reads
    exactly as it does composed event by event)."""
    if _may_hold_anchor(text) or (not _LIBYAML_LIMITS_DEPTH and _nesting_bound(text) > _C_DEPTH):
        return None
    loader = _CLoader(text)
    try:
        return _document(loader.get_single_node(), positions)
    except (yaml.YAMLError, YamlError, _TooDeep):
        return None
    finally:
        loader.dispose()


def _limits_depth() -> bool:
    """Whether libyaml refuses, by itself, to nest deeper than _C_DEPTH."""
    if CParser is None:
        return False
    loader = _CLoader("[" * (_C_DEPTH + 1))
    try:
        loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return "nesting depth" in (exc.problem or "")
    finally:
        loader.dispose()
    return False


_LIBYAML_LIMITS_DEPTH = _limits_depth()


def _parse_text(text: str, positions: _Positions) -> Document:
    if CParser is not None:
        doc = _composed_in_c(text, positions)
        if doc is not None:
            return doc
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
    # the lines the message names are PyYAML's, which count those breaks: when the text without
    # them (a space each, the same length) fails at the same place, the slip is not theirs, and
    # that text's message names the lines an editor shows
    plain = _YAML_ONLY_BREAKS.sub(" ", text)
    try:
        _parse_text(plain, _Positions(plain))
    except YamlError as same:
        if same.index == exc.index:
            message = same.message
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
        # the parser names the flow collection it was in; the scanner still sits inside one
        in_flow = "flow" in (exc.context or "") or getattr(loader, "flow_level", 0) > 0
        raise YamlError.at(mark, f"invalid YAML: {_explained(exc, text, in_flow)}") from None
    except yaml.reader.ReaderError as exc:  # the text was checked above: only a safety net
        line, col = _position(text, min(exc.position, len(text)))
        raise YamlError(line, col, f"invalid YAML: {exc.reason}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, 1, f"invalid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()


# Lines as PyYAML counts them, so that its marks index them: NEL, U+2028 and U+2029 included.
_YAML_LINES = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# A line that opens a field, 'key: value' or 'key:', after the '- ' of any list items: the
# indentation and dashes, the key, and where the value starts.
_FIELD = re.compile(r"""( *)((?:- +)*)([^\s#'"\[\]{},&*!|>%@`-][^:#]*?|"[^"]*"|'[^']*'):(?: +|$)""")
_ITEM = re.compile(r"( *)((?:- +)+)")
_NAME = re.compile(r"[\w-]+")  # what a field's name looks like, unlike words of text


def _explained(exc: yaml.MarkedYAMLError, text: str, in_flow: bool) -> str:
    """What is wrong, in plain words, and how to fix it, for the slips people make in YAML written
    by hand: an indentation that lines up with nothing, a tab, a ': ' or a quoted word inside a
    value that is not in quotes, a quote or bracket never closed. Anything else keeps PyYAML's words,
    with where to look. The position stays PyYAML's."""
    problem_text = exc.problem or "invalid YAML"
    said = f"{exc.context}, {problem_text}" if exc.context else problem_text
    mark, opened = exc.problem_mark, exc.context_mark
    lines = _YAML_LINES.split(text)
    if mark is None or mark.line >= len(lines):
        return said
    line = lines[mark.line]
    at = mark.column
    if "'\\t'" in problem_text:
        if not line[:at].strip():
            return "a tab indents this line: YAML indents with spaces only; replace the tab with spaces"
        return "a tab stands where YAML expects a value: replace it with a space"
    if "cannot start any token" in problem_text and at < len(line):
        return (f"a value that is not in quotes cannot begin with '{line[at]}': put the value in "
                "quotes")
    if "quoted scalar" in (exc.context or "") and opened is not None:
        if "escape" in problem_text:
            return (f"{problem_text}: in double quotes a backslash begins an escape; write \\\\ for "
                    "a backslash, or put the value in single quotes")
        if "end of stream" in problem_text:
            return (f"the quote ({_at(text, opened)}) at line {opened.line + 1}, column "
                    f"{opened.column + 1} is never closed: close it where the value ends")
    if in_flow:
        return _explained_flow(exc, said, text)
    if problem_text == "mapping values are not allowed here":
        return _colon_in_value(lines, mark.line, at) or _fallback(said)
    if problem_text.startswith("expected <block end>"):
        return _block_end(lines, mark, problem_text, text) or _fallback(said)
    if problem_text == "could not find expected ':'" and opened is not None:
        return _no_colon(lines, opened.line) or _fallback(said)
    return _fallback(said)


def _at(text: str, mark: _Mark) -> str:
    return text[mark.index] if mark.index < len(text) else ""


def _fallback(said: str) -> str:
    return (f"{said}: look on this line and the one above it for an indentation that does not line "
            "up, a ': ' or ' #' inside a value that is not in quotes, or a quote or bracket left "
            "open or closed twice")


def _explained_flow(exc: yaml.MarkedYAMLError, said: str, text: str) -> str:
    opened, mark = exc.context_mark, exc.problem_mark
    bracket = _at(text, opened) if opened is not None else ""
    if "quoted scalar" in said:
        return f"{said}: a quote is never closed"
    if "stream end" in said or "end of stream" in said:
        if opened is not None and bracket in "[{":
            return (f"the '{bracket}' at line {opened.line + 1}, column {opened.column + 1} is "
                    f"never closed: close it with '{']' if bracket == '[' else '}'}'")
        return f"{said}: a '[' or '{{' is never closed"
    if opened is not None and mark is not None and bracket in "[{" and opened.line < mark.line:
        return (f"the '{bracket}' at line {opened.line + 1}, column {opened.column + 1} is not "
                f"closed before this line: close it with '{']' if bracket == '[' else '}'}' where "
                "its values end")
    return (f"{said}: inside [...] or {{...}} a comma, colon or bracket ends an unquoted value; "
            "put the value in quotes, or write the list or map on several lines")


def quoted(value: str) -> str:
    """A value in YAML's quotes, as it would be written to keep every character as it is."""
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def _example(key: str, value: str) -> str:
    """The fixed line to show, when it is short enough to read in a message."""
    value = value.rstrip()
    return f" ({key}: {quoted(value)})" if len(value) <= 80 and " #" not in value else ""


def _colon_in_value(lines: list[str], row: int, at: int) -> str | None:
    """'mapping values are not allowed here': a ': ' after a value that is not in quotes, either in
    the value itself or on the next line, which YAML reads as more of the value when it is
    indented more than the field above."""
    line = lines[row]
    field = _FIELD.match(line)
    if field is not None and field.end() <= at:
        key = field.group(3)
        return (f"a ': ' inside a value that is not in quotes ends the value: put the whole value "
                f"of '{key}' in quotes{_example(key, line[field.end():])}")
    above = _owner(lines, row)
    indent = len(line) - len(line.lstrip(" "))
    if above is None or indent <= above[0]:
        return None
    column, name, number = above
    words = line[indent:at].strip()
    if field is not None and field.group(3) == words and _NAME.fullmatch(words):
        return (f"'{words}' is indented {_spaces(indent)} but {name} on line {number} is "
                f"indented {column}, so YAML reads this line as more of the value on line "
                f"{number}: indent '{words}' {_spaces(column)}, like {name}")
    return (f"a ': ' inside a value that is not in quotes ends the value: the value on line "
            f"{number} goes on to this line; put the whole value in quotes")


def _no_colon(lines: list[str], row: int) -> str | None:
    """'could not find expected ':'': a line of text where YAML expects the next field of a map,
    most often after a ': ' in a list item's text, which made the item a map."""
    above = next((number for number in range(row, 0, -1)
                  if lines[number - 1].strip() and not lines[number - 1].lstrip().startswith("#")),
                 None)
    field = None if above is None else _FIELD.match(lines[above - 1])
    if above is None or field is None:
        return None
    key = field.group(3)
    if len(key) > 30:  # text that the ':' made a field name: its start is enough to find it
        key = key[:30].rsplit(" ", 1)[0] + "…"
    if field.group(2):
        return (f"the ':' after '{key}' on line {above} makes that list item a field named "
                f"'{key}', so YAML reads line {row + 1} as another field, and it has no ': ': "
                "put the whole text of the item in quotes")
    return (f"YAML reads line {row + 1} as a field beside '{key}' (line {above}), and it has no "
            f"': ': indent it more than '{key}' if it goes on with that value, or write it as "
            "'name: value'")


def _block_end(lines: list[str], mark: _Mark, problem_text: str, text: str) -> str | None:
    """'expected <block end>': a line indented as far as no line above it, or text after the
    closing quote of a value."""
    row, at = mark.line, mark.column
    line = lines[row]
    indent = len(line) - len(line.lstrip(" "))
    before = line[:at].rstrip()
    if at > indent and before.endswith(('"', "'")):
        quote = before[-1]
        if before.count(quote) % 2:
            opened = _opening_quote(text, mark.index - (at - len(before)) - 1, quote)
            return (f"text follows the closing quote ({quote}) of a value in quotes that begins at "
                    f"line {opened[0]}, column {opened[1]}: close the quote there where its value "
                    "ends, or put that value in quotes of the other kind")
        field = _FIELD.match(line)
        example = "" if field is None else _example(field.group(3), line[field.end():])
        return ("text follows the closing quote of a value in quotes: put the whole value in "
                f"quotes{example}")
    if at != indent:
        return None
    levels = _levels(lines, row)
    if any(column == indent for column, _, _ in levels):
        if "'-'" in problem_text:
            return ("a list item ('- ') among the fields of a map: give it a field name, or indent "
                    "the list under the field it belongs to")
        return None
    shown = ", ".join(f"{name} on line {number} has {_spaces(column)}" for column, name, number
                      in [*[lv for lv in levels if lv[0] > indent][-1:],
                          *[lv for lv in levels if lv[0] < indent][:1]])
    field = _FIELD.match(line)
    what = (f"'{field.group(3)}'" if field is not None and not field.group(2)
            else "this list item" if _ITEM.match(line) else "this line")
    return (f"{what} is indented {_spaces(indent)}, which lines up with no line above it "
            f"({shown}): indent it as far as the lines it belongs with")


def _opening_quote(text: str, closing: int, quote: str) -> tuple[int, int]:
    """Line and column of the quote that a closing quote at an index of the text closes: the one
    before it, passing over \\" in double quotes and '' in single ones."""
    at = closing
    while True:
        at = text.rfind(quote, 0, at)
        if at <= 0:
            break
        if quote == '"' and text[at - 1] == "\\":
            continue
        if quote == "'" and text[at - 1] == "'":
            at -= 1
            continue
        break
    lines = _YAML_LINES.split(text[:max(at, 0)])
    return len(lines), len(lines[-1]) + 1


def _spaces(n: int) -> str:
    return "1 space" if n == 1 else f"{n} spaces"


def _describe(line: str) -> tuple[int, str] | None:
    """Where a line's own field or item begins, and how to name it in a message."""
    field = _FIELD.match(line)
    if field is not None:
        return len(field.group(1)) + len(field.group(2)), f"'{field.group(3)}'"
    item = _ITEM.match(line)
    if item is not None:
        return len(item.group(1)), "the '-'"
    return None


def _owner(lines: list[str], row: int) -> tuple[int, str, int] | None:
    """The nearest field or list item above a line: its column, its name, its line number."""
    for number in range(row, 0, -1):
        found = _describe(lines[number - 1])
        if found is not None:
            return found[0], found[1], number
    return None


def _levels(lines: list[str], row: int) -> list[tuple[int, str, int]]:
    """The indentations a line could line up with, nearest first: the field or item above it,
    then each one further out, up to the left edge. Blank lines and comments are skipped."""
    out: list[tuple[int, str, int]] = []
    limit = None
    for number in range(row, 0, -1):
        line = lines[number - 1]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = _describe(line)
        indent = len(line) - len(line.lstrip(" "))
        columns = [] if found is None else [found]
        item = _ITEM.match(line)
        if item is not None and found is not None and found[0] != indent:
            columns.append((indent, "the '-'"))  # a list item opening a field: '- id: x'
        if found is None:
            columns = [(indent, "the text")]
        for column, name in columns:
            if limit is None or column < limit:
                out.append((column, name, number))
                limit = column
        if limit == 0:
            break
    return out


class _TooDeep(Exception):
    """A collection nested deeper than MAX_DEPTH, found in nodes libyaml composed."""


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


# The tags whose values are read as written: those a plain value resolves to ('<<' to merge, '='
# to value), and !!str, !!int … that only say so. YAML's other tags (!!binary, !!set, !!omap,
# !!pairs) and an application's stand for values that their text, read here, is not.
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in (
    "str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge", "value"))
_SHORT_TAG = "tag:yaml.org,2002:"


def shown_tag(tag: str) -> str:
    """A tag as it is written: 'tag:yaml.org,2002:binary' -> '!!binary'."""
    return "!!" + tag[len(_SHORT_TAG):] if tag.startswith(_SHORT_TAG) else tag


def found(value: Any) -> str:
    """What YAML read where a message expected another kind of value."""
    if value is None:
        return "no value"
    if isinstance(value, list):
        return "a list"
    return "fields" if isinstance(value, dict) else "text"


def _build(node: yaml.Node, loc: Loc, doc: Document, at: _Positions) -> Any:
    doc.positions[loc] = at(node.start_mark)
    if node.tag not in _PLAIN_TAGS:
        doc.tagged[loc] = node.tag
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        # each step of a path enters a collection: this one is inside len(loc) of them, which the
        # composer event by event refuses from MAX_DEPTH on, and libyaml's does not
        if len(loc) >= MAX_DEPTH:
            raise _TooDeep
        if node.flow_style:
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
