"""The reference parts of the documentation, generated so that they cannot drift: the command
reference in README.md from each command's `--help`, and FORMAT.md (with its index in README.md)
from the content model's JSON Schema, its field descriptions and examples.

    python -m generator.docs_ref --check    # exit 1 with a diff when README.md or FORMAT.md is stale
    python -m generator.docs_ref --write    # regenerate them

It sits beside the stages, not in them: it reads the CLI and the model, and nothing imports it.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, get_origin

import click
import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from .content import model as content_model

PROG = "briefing"
# Help is wrapped at a fixed width, whatever the terminal running the generator: the width click
# gives it in any terminal of 80 columns or more.
WIDTH = 78
FIX = "python -m generator.docs_ref --write"
README, FORMAT = "README.md", "FORMAT.md"

# What each `Ref` kind of the model names, and where that thing is described.
REFERS_TO = {
    "actor": "an [Actor](#actor) of the registry",
    "quote": "a [Quote](#quote) of the same briefing",
    "question": "a [Question](#question) of an earlier briefing",
}


@dataclass(frozen=True)
class ContentFile:
    """A kind of content file: where it lives, its model, and its schema's title."""

    where: str
    model: type[BaseModel]
    title: str

    def schema(self) -> dict[str, Any]:
        return content_model.json_schema(self.model, self.title)


@dataclass(frozen=True)
class Sources:
    """What the reference is generated from: the command line and the kinds of content file."""

    cli: click.Command
    files: tuple[ContentFile, ...]
    types_from: ModuleType = content_model  # the module whose Annotated types carry `x-type`


def default_sources() -> Sources:
    from .cli import main

    return Sources(main, (
        ContentFile("content/actors/*.yaml", content_model.ActorRegistry, "Actor registry"),
        ContentFile("content/briefings/<id>.yaml", content_model.Briefing, "Briefing summary"),
    ))


class DocsError(Exception):
    """The model lacks what the reference needs (a description, a valid example), or a
    document lacks its markers."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# --- shared Markdown helpers --------------------------------------------------------------------

def anchor(heading: str) -> str:
    """The fragment GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", r"\|")


class _Dumper(yaml.SafeDumper):
    """YAML as analysts write it: lists indented under their key, and dates bare, since the
    loader reads dates as text."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()}

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _dump(value: Any, flow: bool) -> str:
    return yaml.dump(value, Dumper=_Dumper, default_flow_style=flow, sort_keys=False,
                     allow_unicode=True, width=10**9 if flow else 100)


def _yaml(value: Any) -> str:
    """A value as one line of YAML, as it would be written in a content file."""
    return _dump(value, True).removesuffix("\n").removesuffix("\n...").strip()


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


# --- the command reference ---------------------------------------------------------------------

@dataclass(frozen=True)
class CommandHelp:
    path: str
    short: str
    text: str


def command_helps(cli: click.Command) -> Iterator[CommandHelp]:
    """Every command's `--help`, at a fixed width, as `briefing COMMAND --help` prints it: the
    group first, then its commands in the order they are declared, groups within groups too."""

    def walk(cmd: click.Command, ctx: click.Context) -> Iterator[CommandHelp]:
        yield CommandHelp(ctx.command_path, cmd.get_short_help_str(limit=WIDTH * 4),
                          cmd.get_help(ctx))
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                if not sub.hidden:
                    yield from walk(sub, _context(sub, name, ctx))

    yield from walk(cli, _context(cli, PROG, None))


def _context(cmd: click.Command, name: str, parent: click.Context | None) -> click.Context:
    # the command's own settings (such as `-h` for help) apply, as when it runs
    settings = {**cmd.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
    return click.Context(cmd, info_name=name, parent=parent, **settings)


def render_commands(cli: click.Command) -> str:
    helps = list(command_helps(cli))
    lines = [f"<!-- generated from `{PROG} --help` and each command's `--help` by `{FIX}`: edit "
             "the help in generator/cli.py, not this -->", ""]
    lines += _table(["command", "what it does"],
                    [[f"[`{h.path}`](#{anchor(h.path)})", h.short] for h in helps[1:]])
    for h in helps:
        lines += ["", f"### `{h.path}`", "", "```", h.text.rstrip("\n"), "```"]
    return "\n".join(lines) + "\n"


# --- the format reference ----------------------------------------------------------------------

def value_types(module: ModuleType) -> dict[str, dict[str, Any]]:
    """The schema of each value type of the model, by its `x-type` name, in the order the model
    defines them; the first type to take a name describes it."""
    found: dict[str, dict[str, Any]] = {}
    for value in vars(module).values():
        if get_origin(value) is Annotated:
            schema = TypeAdapter(value).json_schema()
            if "x-type" in schema:
                found.setdefault(schema["x-type"], schema)
    return found


def _merged(node: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """A field's schema without its `null` alternative, and whether it had one. What the field
    itself says (description, examples, default) wins over what its type says."""
    if "anyOf" not in node:
        return node, False
    options = [o for o in node["anyOf"] if o.get("type") != "null"]
    outer = {k: v for k, v in node.items() if k != "anyOf"}
    if len(options) != 1:
        return outer, len(options) < len(node["anyOf"])
    return {**options[0], **outer}, len(options) < len(node["anyOf"])


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[1] if ref else None


def _type_text(node: dict[str, Any]) -> str:
    node, _ = _merged(node)
    if (name := _ref_name(node)) is not None:
        return f"[{name}](#{anchor(name)})"
    if node.get("type") == "array":
        text = "list of " + _type_text(node.get("items", {}))
        if node.get("minItems"):
            text += f"; at least {node['minItems']}"
        return text
    if "enum" in node:
        return "one of " + ", ".join(_code(_yaml(v)) for v in node["enum"])
    if "x-type" in node:
        text = f"[{node['x-type']}](#{anchor(node['x-type'])})"
        if "maxLength" in node:
            text += f" (up to {node['maxLength']:,} characters)"
        return text
    if node.get("type") == "boolean":
        return "`true` or `false`"
    return str(node.get("type", "any value"))


def _refers_to(node: dict[str, Any]) -> str:
    node, _ = _merged(node)
    kind = node.get("x-refers-to") or node.get("items", {}).get("x-refers-to")
    return REFERS_TO.get(kind, kind) if kind else ""


def _required(name: str, node: dict[str, Any], required: list[str]) -> str:
    node, nullable = _merged(node)
    if name in required:
        return "yes, may be empty" if nullable else "yes"
    default = node.get("default")
    return f"no (default {_code(_yaml(default))})" if default not in (None, [], "") else "no"


@dataclass
class _Format:
    """Walks the schemas once: the records in the order they are reached, where each appears, and
    the problems that keep the reference from being generated."""

    defs: dict[str, dict[str, Any]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    used_in: dict[str, list[str]] = field(default_factory=dict)
    types_used: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    all_defs: dict[str, dict[str, Any]] = field(default_factory=dict)
    # a field without a description of its own shows its type's, which says nothing of the field
    type_descriptions: dict[str, str] = field(default_factory=dict)

    def visit(self, name: str, schema: dict[str, Any]) -> None:
        if name in self.order:
            return
        self.order.append(name)
        self.defs[name] = schema
        if not schema.get("description"):
            self.problems.append(f"{name}: no description: give the model a docstring")
        for field_name, node in schema.get("properties", {}).items():
            inner, _ = _merged(node)
            if inner.get("type") == "array":
                inner, _ = _merged(inner.get("items", {}))
            if "x-type" in inner:
                self.types_used.add(inner["x-type"])
            if (ref := _ref_name(inner)) is not None:
                many = "each item of " if _merged(node)[0].get("type") == "array" else ""
                self.used_in.setdefault(ref, []).append(
                    f"{many}`{field_name}` in [{name}](#{anchor(name)})")
                self.visit(ref, self.all_defs[ref])

    def example(self, name: str, field_name: str, node: dict[str, Any]) -> Any:
        merged, _ = _merged(node)
        if merged.get("examples"):
            return merged["examples"][0]
        if (ref := _ref_name(merged)) is not None:
            return self.record_example(ref)
        if merged.get("type") == "array" and (ref := _ref_name(merged.get("items", {}))):
            return [self.record_example(ref)]
        if "enum" in merged:
            return merged.get("default", merged["enum"][0])
        if merged.get("type") == "boolean" and "default" in merged:
            return merged["default"]
        self.problems.append(f"{name}.{field_name}: no example: give the field "
                             "`examples=[...]` in generator/content/model.py")
        return None

    def record_example(self, name: str) -> dict[str, Any]:
        schema = self.defs[name]
        # a field that stands instead of another (a quote's `source` for its `speaker`) has its
        # own example in its table, and none in the complete file, which would then not validate
        return {f: self.example(name, f, node) for f, node in schema.get("properties", {}).items()
                if node.get("x-in-complete-example", True)}

    def section(self, name: str, heading: str, where: str | None) -> list[str]:
        schema = self.defs[name]
        intro = schema.get("description", "")
        if where:
            intro += f" Files: `{where}`."
        if name in self.used_in:
            intro += " Appears as " + "; ".join(self.used_in[name]) + "."
        rows = []
        for field_name, node in schema.get("properties", {}).items():
            merged, _ = _merged(node)
            meaning = merged.get("description", "")
            if not meaning or meaning == self.type_descriptions.get(merged.get("x-type", "")):
                self.problems.append(f"{name}.{field_name}: no description: give the field "
                                     "`description=...` in generator/content/model.py")
            example = self.example(name, field_name, node)
            record = _ref_name(merged) or _ref_name(merged.get("items", {}))
            shown = f"see [{record}](#{anchor(record)})" if record else _code(_yaml(example))
            rows.append([f"`{field_name}`", _type_text(node),
                         _required(field_name, node, schema.get("required", [])),
                         _refers_to(node), meaning, shown])
        return [f"## {heading}", "", " ".join(intro.split()), "",
                *_table(["field", "type", "required", "refers to", "meaning", "example"], rows),
                ""]


def render_format(sources: Sources) -> tuple[str, str]:
    """FORMAT.md, and its index for README.md. Raises DocsError when a record or field lacks a
    description or an example, or the assembled examples are not valid content."""
    walk = _Format()
    roots = []
    for file in sources.files:
        schema = file.schema()
        root = schema["title"]
        walk.all_defs = {**schema.get("$defs", {}), root: schema}
        walk.visit(root, schema)
        roots.append((file, root))
    types = {k: v for k, v in value_types(sources.types_from).items() if k in walk.types_used}
    walk.type_descriptions = {k: v.get("description", "") for k, v in types.items()}

    body = [f"<!-- generated from the content model (generator/content/model.py) by `{FIX}`: "
            "edit the model's descriptions and examples, not this -->", "",
            "# The content format", "",
            "Every field of every record: its type and allowed values, whether it is required, "
            "what it means, what it refers to, and an example. `briefing check` enforces all of "
            "it; the JSON Schema in `schema/` says the same to editors. The examples together "
            "make the [complete files](#complete-examples) at the end, which are valid content.",
            ""]
    wheres = {root: file.where for file, root in roots}
    for name in walk.order:
        body += walk.section(name, name, wheres.get(name))
    body += ["## Value types", "",
             "Every text value is stripped of surrounding white space and may not hold control "
             "characters.", ""]
    for name, schema in types.items():
        body += [f"### {name}", "", " ".join(schema.get("description", "").split())]
        if "pattern" in schema:
            body += ["", f"Pattern: {_code(schema['pattern'])}"]
        body += [""]
    body += ["## Complete examples", ""]
    for file, root in roots:
        example = walk.record_example(root)
        try:
            file.model.model_validate(example)
        except ValidationError as exc:
            if not walk.problems:  # a missing example is reported as that, once
                walk.problems += [f"{root} example: {'.'.join(map(str, e['loc']))}: {e['msg']}"
                                  for e in exc.errors()]
        text = _dump(example, False)
        body += [f"`{file.where}`:", "", "```yaml", text.rstrip("\n"), "```", ""]
    if walk.problems:
        raise DocsError(list(dict.fromkeys(walk.problems)))

    index = [f"<!-- generated from the content model by `{FIX}` -->", "",
             "Every field of every record, with its type and allowed values, whether it is "
             "required, what it means, what it refers to and an example, is in "
             f"[{FORMAT}]({FORMAT}):", ""]
    for file, root in roots:
        parts = [n for n in walk.order if n != root and _owner(walk, n, roots) == root]
        links = ", ".join(f"[{n}]({FORMAT}#{anchor(n)})" for n in parts)
        index.append(f"- [{root}]({FORMAT}#{anchor(root)}) (`{file.where}`)"
                     + (f": {links}" if links else ""))
    index.append(f"- [Value types]({FORMAT}#value-types): "
                 + ", ".join(f"[{n}]({FORMAT}#{anchor(n)})" for n in types))
    return "\n".join(body).rstrip("\n") + "\n", "\n".join(index) + "\n"


def _owner(walk: _Format, name: str, roots: list[tuple[ContentFile, str]]) -> str:
    """The root whose walk reached the record first."""
    position = walk.order.index(name)
    return max((r for _, r in roots if walk.order.index(r) <= position), key=walk.order.index)


# --- the documents -----------------------------------------------------------------------------

def splice(text: str, name: str, body: str, path: str = README) -> str:
    """`text` with what stands between `<!-- name:start -->` and `<!-- name:end -->` replaced."""
    start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
    if text.count(start) != 1 or text.count(end) != 1 or text.index(start) > text.index(end):
        raise DocsError([f"{path}: needs one '{start.strip()}' line and, after it, one '{end}' "
                         f"line, around the generated {name} reference"])
    head, rest = text.split(start)
    _, tail = rest.split(end)
    return f"{head}{start}{body}{end}{tail}"


def generate(readme: str, sources: Sources) -> dict[str, str]:
    """The generated documents: README.md (given its current text) and FORMAT.md."""
    format_md, index = render_format(sources)
    readme = splice(readme, "commands", render_commands(sources.cli))
    return {README: splice(readme, "format", index), FORMAT: format_md}


def stale(current: dict[str, str | None], sources: Sources) -> dict[str, str]:
    """A unified diff for each document that differs from what the sources generate."""
    expected = generate(current.get(README) or "", sources)
    diffs = {}
    for path, text in expected.items():
        now = current.get(path) or ""
        if now != text:
            diffs[path] = "".join(difflib.unified_diff(
                now.splitlines(keepends=True), text.splitlines(keepends=True),
                fromfile=f"{path} (as it is)", tofile=f"{path} (generated)"))
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.docs_ref",
                                     description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--check", action="store_true",
                        help="exit 1, showing a diff, when README.md or FORMAT.md is stale")
    action.add_argument("--write", action="store_true", help="regenerate them")
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="the repository, holding README.md (default: this folder)")
    args = parser.parse_args(argv)
    readme_path = args.root / README
    if not readme_path.is_file():
        print(f"docs: no {README} in {args.root.resolve()}: run from the repository or pass --root",
              file=sys.stderr)
        return 2
    current = {path: (args.root / path).read_text(encoding="utf-8")
               if (args.root / path).is_file() else None for path in (README, FORMAT)}
    sources = default_sources()
    try:
        if args.write:
            from .files import write_atomic

            for path, text in generate(current[README] or "", sources).items():
                if text != current[path]:
                    write_atomic(args.root / path, text.encode("utf-8"))
                    print(f"docs: wrote {path}")
            return 0
        diffs = stale(current, sources)
    except DocsError as exc:
        for problem in exc.problems:
            print(f"docs: {problem}", file=sys.stderr)
        return 1
    if diffs:
        sys.stdout.write("".join(diffs.values()))
        print(f"docs: {' and '.join(diffs)} out of date with the command line or the content "
              f"model: run `{FIX}` and commit the result", file=sys.stderr)
        return 1
    print(f"docs: {README} and {FORMAT} match the command line and the content model")
    return 0


if __name__ == "__main__":
    sys.exit(main())
