"""Reading untrusted YAML: plain data plus the line and column of every value.

PyYAML's own loader keeps the last of two duplicate keys, expands aliases without limit and turns
dates into objects; content comes from many hands, so we compose nodes ourselves and refuse all three.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_BYTES = 5 * 1024 * 1024

Loc = tuple[str | int, ...]


class YamlError(Exception):
    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line = line
        self.col = col
        self.message = message


@dataclass
class Document:
    data: Any
    # (path in the data) -> (line, col), both 1-based; keys map to the position of their value
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
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


class _NoAliasComposer:
    """Composes nodes from parser events like PyYAML's Composer, refusing anchors and aliases."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            mark = event.start_mark
            raise YamlError(mark.line + 1, mark.column + 1,
                            "YAML aliases (*name) are not allowed in content: write the value out")
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            mark = event.start_mark
            raise YamlError(mark.line + 1, mark.column + 1,
                            f"YAML anchors (&{anchor}) are not allowed in content: write the value out")
        return super().compose_node(parent, index)  # type: ignore[misc]


class _PureLoader(_NoAliasComposer, yaml.SafeLoader):
    pass


try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml
    CParser = None

if CParser is not None:
    class _FastLoader(CParser, _NoAliasComposer, yaml.composer.Composer, yaml.resolver.Resolver):
        """libyaml scans and parses (most of the time of a load); our composer still sees every
        event. Its own get_single_node would expand aliases unchecked, so Composer's is used."""

        get_single_node = yaml.composer.Composer.get_single_node

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)


def decode(raw: bytes) -> str:
    """UTF-8 text, or a YamlError at the first byte that is not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlError(line, col, f"byte 0x{raw[exc.start]:02x} is not valid UTF-8: "
                        "save the file as UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def parse(raw: bytes) -> Document:
    if len(raw) > MAX_BYTES:
        raise YamlError(1, 1, f"file is {len(raw):,} bytes, over the limit of {MAX_BYTES:,}: "
                        "split it into smaller files")
    text = decode(raw)
    doc = None
    if CParser is not None:
        fast = _FastLoader(text)
        try:
            doc = _document(fast.get_single_node())
        except yaml.YAMLError:
            pass  # libyaml words its errors differently: the pure parser reports them as always
        finally:
            fast.dispose()
    if doc is None:
        doc = _document(_compose_pure(text))
    doc.sha256 = hashlib.sha256(raw).hexdigest()
    return doc


def _compose_pure(text: str) -> yaml.Node | None:
    loader = _PureLoader(text)
    try:
        return loader.get_single_node()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{exc.context}, {what}"
        raise YamlError(line, col, f"invalid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, 1, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def _document(node: yaml.Node | None) -> Document:
    doc = Document(data=None)
    if node is None:
        doc.positions[()] = (1, 1)
        return doc
    doc.data = _build(node, (), doc)
    return doc


# Numbers stay text: no field of the model is a number, and converting would lose characters that
# matter (64 zeros as a placeholder SHA-256 would become 0, a title '1984.10' would become 1984.1).
_SCALAR_TAGS = {
    "tag:yaml.org,2002:null": lambda v: None,
    "tag:yaml.org,2002:bool": lambda v: v.lower() in ("true", "yes", "on"),
}


def _build(node: yaml.Node, loc: Loc, doc: Document) -> Any:
    doc.positions[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError(line, col, "mapping keys must be plain words")
            key = key_node.value
            if key_node.tag == "tag:yaml.org,2002:merge" or key == "<<":
                raise YamlError(line, col, "YAML merge keys (<<) are not allowed in content")
            if key in out:
                first = doc.key_positions[loc + (key,)]
                raise YamlError(line, col, f"duplicate key '{key}' (first at line {first[0]}): "
                                "YAML would silently keep only the last one; merge them")
            doc.key_positions[loc + (key,)] = (line, col)
            out[key] = _build(value_node, loc + (key,), doc)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loc + (i,), doc) for i, item in enumerate(node.value)]
    value = node.value
    convert = _SCALAR_TAGS.get(node.tag)
    if convert is not None and not node.style:  # plain: None from PyYAML, "" from libyaml
        return convert(value)
    # strings, numbers, and timestamps kept as text so that the model judges the date and says why
    return value
