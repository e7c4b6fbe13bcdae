"""Properties of `briefing check` on a real project whose registry lacks things.

The project: the fixture briefing and the three real VOA articles with their reviewed summaries
and registry (tests/fixtures/real/). A random mix of changes is made to its actor registry:

- renames of actors of every kind, with `briefing rename` or by hand in every file that names
  them (the registry's `id` and each reference the content model marks);
- added actors: states of the drafting table (generator/article/states.py) the registry lacks,
  people and organizations;
- removed actors, states above all: the articles then name states the registry no longer holds.

The property: `check` never ends in a traceback; when no summary or registry entry refers to a
removed actor, it exits 0 with no problem at all; otherwise it exits 1 and reports exactly one
error per reference to a removed actor, at that value's path:line:col, as an unknown actor, and
nothing else. The verdict is the same with the cache of a check of the project before the change
and without any cache.

Where each reference stands is found here independently of the generator: by PyYAML's node
positions, along the field paths the content model marks as actor references.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.article import states
from generator.article.names import slugify
from generator.content.model import ActorRegistry, Briefing, refs

from .conftest import run
from .content_edits import compose_yaml, load_yaml
from .test_real_articles import _with_real_articles

ACTOR_FILES = "content/actors"
BRIEFING_FILES = "content/briefings"
CACHE = ".briefing-cache"

# people and organizations no article here names, to add (with one of the registry's states as
# their country, or none)
NEW_PEOPLE = ["Olena Marchenko", "Tomasz Wierzbicki", "Amara Okafor"]
NEW_ORGANIZATIONS = ["Baltic Freight Union", "Nordic Grain Council", "Caspian Pipeline Office"]

_PROBLEM = re.compile(r"^(?P<where>\S+:\d+:\d+):(?P<label> (?:warning|note):)? (?P<rest>.*)$")
_SUMMARY = re.compile(r"^check: ")

# a few dozen projects generated, checked or built one after another: half a minute
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, checked once: its cache holds the verdicts before any change."""
    root = _with_real_articles(tmp_path_factory.mktemp("registry") / "project", summaries=True)
    result = run(root, "check", "--strict")
    assert result.exit_code == 0, result.output
    return root


# --- the registry, read and edited as text --------------------------------------------------------

@dataclass
class Entry:
    file: str  # content/actors/<name>.yaml
    id: str
    name: str
    kind: str
    aliases: list[str]


def _registry(root: Path) -> dict[str, Entry]:
    out = {}
    for path in sorted((root / ACTOR_FILES).glob("*.yaml")):
        for a in yaml.safe_load(path.read_text(encoding="utf-8"))["actors"]:
            out[a["id"]] = Entry(path.relative_to(root).as_posix(), a["id"], a["name"], a["kind"],
                                 list(a.get("aliases", [])))
    return out


def _entry_lines(lines: list[str], actor_id: str) -> tuple[int, int]:
    """The lines [start, end) of one registry entry, laid out as `  - id: X` and its fields."""
    start = lines.index(f"  - id: {actor_id}")
    end = start + 1
    while end < len(lines) and lines[end].startswith("    "):
        end += 1
    return start, end


def _remove(root: Path, entry: Entry) -> None:
    path = root / entry.file
    lines = path.read_text(encoding="utf-8").split("\n")
    start, end = _entry_lines(lines, entry.id)
    del lines[start:end]
    if not any(line.startswith("  - id: ") for line in lines):
        path.unlink()  # a registry file holds one actor at least
    else:
        path.write_text("\n".join(lines), encoding="utf-8")


def _add(root: Path, actor: dict[str, Any]) -> None:
    path = root / ACTOR_FILES / "added.yaml"
    text = path.read_text(encoding="utf-8") if path.exists() else "actors:\n"
    # JSON's strings and lists are YAML's double-quoted strings and flow sequences
    fields = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in actor.items()]
    path.write_text(text + "  - " + "\n    ".join(fields) + "\n", encoding="utf-8")


# --- references, found by the content model and placed by PyYAML ---------------------------------

@dataclass(frozen=True)
class Reference:
    file: str
    line: int
    col: int
    actor: str


def _node(root_node: yaml.Node, loc: tuple) -> yaml.Node:
    node = root_node
    for part in loc:
        if isinstance(part, int):
            node = node.value[part]
        else:
            node = next(v for k, v in node.value if k.value == part)
    return node


def _references(root: Path) -> list[Reference]:
    """Every actor reference in the project's briefings and registry, where it stands."""
    out = []
    for folder, model in ((BRIEFING_FILES, Briefing), (ACTOR_FILES, ActorRegistry)):
        for path in sorted((root / folder).glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            tree = compose_yaml(text)
            for loc, value, _ in refs(model.model_validate(load_yaml(text)), "actor"):
                mark = _node(tree, loc).start_mark
                out.append(Reference(path.relative_to(root).as_posix(), mark.line + 1,
                                     mark.column + 1, value))
    return out


def _rename_by_hand(root: Path, old: str, new: str) -> None:
    """What `briefing rename` does, done by hand: the entry's id and every reference to it."""
    at: dict[str, list[Reference]] = {}
    for ref in _references(root):
        if ref.actor == old:
            at.setdefault(ref.file, []).append(ref)
    entry = _registry(root)[old]
    path = root / entry.file
    lines = path.read_text(encoding="utf-8").split("\n")
    start, _ = _entry_lines(lines, old)
    lines[start] = f"  - id: {new}"
    path.write_text("\n".join(lines), encoding="utf-8")
    for file, found in at.items():
        path = root / file
        lines = path.read_text(encoding="utf-8").split("\n")
        for ref in sorted(found, key=lambda r: (r.line, -r.col)):
            line = lines[ref.line - 1]
            assert line[ref.col - 1:ref.col - 1 + len(old)] == old, (file, ref, line)
            lines[ref.line - 1] = line[:ref.col - 1] + new + line[ref.col - 1 + len(old):]
        path.write_text("\n".join(lines), encoding="utf-8")


# --- the changes ----------------------------------------------------------------------------------

@dataclass
class Changes:
    renames: list[tuple[str, str, bool]] = field(default_factory=list)  # old, new, by command?
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _taken_names(root: Path, registry: dict[str, Entry]) -> set[str]:
    """Every name the content gives an actor: added actors must not take one."""
    names = {n.casefold() for e in registry.values() for n in (e.name, *e.aliases)}
    for path in (root / BRIEFING_FILES).glob("*.yaml"):
        for a in yaml.safe_load(path.read_text(encoding="utf-8")).get("actors", []):
            names.update(m.casefold() for m in a.get("mentions", []))
    return names


@st.composite
def changes(draw: st.DrawFn, registry: dict[str, Entry], taken: set[str]) -> Changes:
    by_kind = {kind: sorted(i for i, e in registry.items() if e.kind == kind)
               for kind in ("state", "person", "organization")}
    # states above all: two picks in three are states
    kind = st.sampled_from(["state", "state", "state", "person", "organization", "state"])
    ids = kind.flatmap(lambda k: st.sampled_from(by_kind[k]))
    out = Changes()
    for old in draw(st.lists(ids, max_size=2, unique=True)):
        out.renames.append((old, f"{old}-{draw(st.integers(2, 9))}", draw(st.booleans())))
    renamed = {old for old, _, _ in out.renames}
    lacking = sorted(name for name, (others, _) in states.STATES.items()
                     if not {n.casefold() for n in (name, *others)} & taken)
    for _ in range(draw(st.integers(0, 3))):
        which = draw(st.sampled_from(["state", "state", "person", "organization"]))
        name = draw(st.sampled_from({"state": lacking, "person": NEW_PEOPLE,
                                     "organization": NEW_ORGANIZATIONS}[which]))
        if any(a["name"] == name for a in out.added):
            continue
        actor: dict[str, Any] = {"id": slugify(name), "name": name, "kind": which}
        if which == "state":
            others = states.STATES[name][0]
            if others and draw(st.booleans()):
                actor["aliases"] = list(others)
        elif draw(st.booleans()):
            country = draw(st.sampled_from(by_kind["state"]))
            actor["country"] = next((new for old, new, _ in out.renames if old == country),
                                    country)
        out.added.append(actor)
    for old in draw(st.lists(ids, max_size=3, unique=True)):
        # the page of an actor renamed with `briefing rename` is the target of a redirect: its
        # removal is reported there too, another property's business
        if old not in renamed:
            out.removed.append(old)
    if not (out.renames or out.added or out.removed):
        out.removed.append(draw(ids))
    return out


def _apply(root: Path, change: Changes) -> None:
    # renames first: `briefing rename` refuses content that does not check
    for old, new, by_command in change.renames:
        if by_command:
            result = run(root, "rename", old, new, "--actor")
            assert result.exit_code == 0, result.output
        else:
            _rename_by_hand(root, old, new)
    for actor in change.added:
        _add(root, actor)
    registry = _registry(root)
    for old in change.removed:
        _remove(root, registry[old])


def _untimed(output: str) -> str:
    return re.sub(r" \(\d+\.\d s\)$", "", output, flags=re.M)


def _problems(output: str) -> list[tuple[str, str, str]]:
    """(where, label, rest) of each problem line; every line is a problem or the summary."""
    found = []
    for line in output.splitlines():
        m = _PROBLEM.match(line)
        assert m or _SUMMARY.match(line), f"not a problem line: {line!r}\n{output}"
        if m:
            found.append((m["where"], (m["label"] or "").strip(), m["rest"]))
    return found


# A fixed budget: 2 cores, shared, and CI runs every test
@settings(derandomize=True, max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_check_gives_a_clean_verdict_on_a_registry_that_lacks_things(base: Path,
                                                                      data: st.DataObject):
    registry = _registry(base)
    change = data.draw(changes(registry, _taken_names(base, registry)), label="changes")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        shutil.copytree(base, root)
        _apply(root, change)
        expected = [r for r in _references(root) if r.actor in change.removed]
        cached = run(root, "check")
        shutil.rmtree(root / CACHE)
        fresh = run(root, "check")
    assert _untimed(cached.output) == _untimed(fresh.output), (cached.output, fresh.output)
    found = _problems(fresh.output)
    if not expected:
        assert fresh.exit_code == 0 and not found, fresh.output
        return
    assert fresh.exit_code == 1, fresh.output
    assert all(not label for _, label, _ in found), fresh.output  # no warning, no note
    errors = [(where, rest) for where, _, rest in found]
    want = {f"{r.file}:{r.line}:{r.col}": r.actor for r in expected}
    assert len(want) == len(expected)  # no two references at one place
    assert sorted(where for where, _ in errors) == sorted(want), fresh.output
    for where, rest in errors:
        assert f"unknown actor '{want[where]}'" in rest, (where, rest)
    assert fresh.output.splitlines()[-1].startswith(f"check: {len(expected)} error"), fresh.output
