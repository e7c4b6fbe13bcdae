"""Incremental generation equals generation from nothing, whatever is edited.

The project: the fictional corpus (tests/corpus/: questions answered across briefings, actors
under several names) beside the fixture briefing and the three real VOA articles with their
registry (tests/fixtures/real/). Its pages are generated once; then a random edit is made to a
random field of a random summary or actor registry entry, and the pages are generated again in
the same folder, where the page record says which pages the edit leaves as they were (sometimes a
second edit follows, and a second incremental run).

The property: when the edited content checks, docs/ after the incremental runs holds the same
files, byte for byte, as docs/ of a project holding the edited content and nothing else
(no docs/, no cache). Registers and actors' years are cut into pages of a few entries, and some
briefings report the same relationships, so that an edit moves cuts and the entries a page of the
same briefings shows. The pages' inputs are declared by hand (generator/pages/plan.py): a page
whose inputs miss something it shows keeps its old bytes, and this property finds it.

The edits are derived from the content model's JSON Schema, not from a list of fields: every field
of a briefing and of an actor (nested ones included) can be set to another value of its type, an
optional one removed or added, a list given an item or shorn of one. Values come by the field's
type (`x-type`), its references (`x-refers-to`: an actor of the registry, a quote of the same
briefing, a question of another briefing) and its choices (`enum`); the seed and its hash and the
ids of briefings and actors are left alone. A field is drawn first, then one of its values, so that
each field of the model is as likely as another. Now and then the edit is to an item as a whole: a
summary deleted or copied as a new briefing, a registry entry removed or added, a briefing or
actor renamed with `briefing rename` (its redirect pages with it). Edits that leave the content in
error are dropped.
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.content.model import ActorRegistry, Briefing
from generator.engine import run as engine
from generator.pages import plan, registers
from generator.progress import Progress

from .conftest import run
from .content_edits import load_yaml
from .corpus_project import CORPUS, copy_corpus
from .test_page_plan import _report_alike
from .test_real_articles import _with_real_articles

BRIEFINGS = "content/briefings"
ACTORS = "content/actors"
BRIEFING_SCHEMA = Briefing.model_json_schema()
ACTOR_SCHEMA = ActorRegistry.model_json_schema()
# fields an edit leaves alone: what names the item (its address), and the article it is checked
# against; renaming is `briefing rename`'s, tested on its own
FIXED = {("id",), ("source", "seed"), ("source", "sha256")}

WORDS = ["sanctions", "talks", "missiles", "the ministry", "*new*", "`code`", "ports", "a deal",
         "Valdoria", "Iran", "said", "[a source](https://example.org/a)", "Kestria", "strikes"]
TAGS = ["Sanctions", "Energy", "Russia", "Diplomacy", "Valdoria", "Press freedom", "New tag"]
DATES = ["2024-09-10", "2024-09", "2024", "2024-Q3", "early 2025", "summer 2024", "2025-11-18",
         "2026-01-12", "2018-03-15", "late 2023"]
DAYS = ["2024-09-10", "2025-05-20", "2026-02-01", "2018-08-09", "2023-12-31", "2025-11-18"]

# a few dozen projects generated, checked or built one after another: half a minute
pytestmark = pytest.mark.slow


def _load(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"))


def _dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000),
                    encoding="utf-8")


def _project(root: Path) -> Path:
    """The real project with the fictional corpus beside it, in one registry."""
    _with_real_articles(root, summaries=True)
    for path in (CORPUS / "content" / "actors").iterdir():
        shutil.copy2(path, root / ACTORS / f"corpus-{path.name}")
    for part in (f"{BRIEFINGS}", "seeds"):
        for path in (CORPUS / part).iterdir():
            shutil.copy2(path, root / part / path.name)
    return root


def _generate(root: Path) -> pipeline.Generated:
    config = engine.read_config(root)
    return pipeline.generate(root, config.docs_dir, root / "site_templates", config.site_name,
                             strict=False, progress=Progress(io.StringIO(), interactive=False),
                             settings=config.settings)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _differences(got: dict[str, bytes], want: dict[str, bytes]) -> list[str]:
    out = [f"only after the incremental run: {p}" for p in sorted(got.keys() - want.keys())]
    out += [f"only after the fresh run: {p}" for p in sorted(want.keys() - got.keys())]
    for path in sorted(got.keys() & want.keys()):
        if got[path] != want[path]:
            old = got[path].decode("utf-8", "replace").splitlines()
            new = want[path].decode("utf-8", "replace").splitlines()
            line = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
                        min(len(old), len(new)))
            out.append(f"{path} differs from line {line + 1}: incremental "
                       f"{old[line:line + 1]!r}, fresh {new[line:line + 1]!r}")
    return out


# --- the edits, from the content model's JSON Schema ----------------------------------------------

def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """A field's schema with references followed and `X | None` read as X."""
    if "$ref" in schema:
        return _resolve({**defs[schema["$ref"].rsplit("/", 1)[-1]],
                         **{k: v for k, v in schema.items() if k != "$ref"}}, defs)
    if "anyOf" in schema:
        kept = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return _resolve(kept[0], defs)
    return schema


@dataclass(frozen=True)
class Slot:
    """A place an edit can reach: a field (present or not) or a list item, with its schema."""

    loc: tuple[str | int, ...]  # inside the item edited (a briefing, or one registry entry)
    schema: dict[str, Any]
    present: bool
    optional: bool  # may be removed: an optional field, or a list item


def _slots(data: Any, schema: dict[str, Any], defs: dict[str, Any],
           loc: tuple[str | int, ...] = ()) -> Iterator[Slot]:
    for name, field_schema in schema.get("properties", {}).items():
        here = (*loc, name)
        if tuple(n for n in here if isinstance(n, str)) in FIXED and len(loc) <= 1:
            continue
        resolved = _resolve(field_schema, defs)
        optional = name not in schema.get("required", [])
        if name not in data:
            yield Slot(here, resolved, False, optional)
            continue
        yield Slot(here, resolved, True, optional)
        value = data[name]
        if resolved.get("type") == "object" or "properties" in resolved:
            if isinstance(value, dict):
                yield from _slots(value, resolved, defs, here)
        elif resolved.get("type") == "array" and isinstance(value, list):
            items = _resolve(resolved["items"], defs)
            for i, item in enumerate(value):
                yield Slot((*here, i), items, True, True)
                if isinstance(item, dict):
                    yield from _slots(item, items, defs, (*here, i))


@dataclass
class Context:
    """What values of reference fields may name, and the article's words."""

    actors: list[str]
    quotes: list[str]  # of the briefing edited
    questions: list[str]  # briefing-id/question-id of every briefing
    article: list[str]  # words of the briefing's seed, for mentions
    quoted: list[str]  # quote texts of the briefing edited


def _value(draw: st.DrawFn, schema: dict[str, Any], defs: dict[str, Any], ctx: Context,
           name: str, current: Any = None) -> Any:
    """A new value for a field of this schema."""
    schema = _resolve(schema, defs)
    if "enum" in schema:
        choices = [c for c in schema["enum"] if c != current] or schema["enum"]
        return draw(st.sampled_from(choices))
    kind = schema.get("type")
    if kind == "boolean":
        return not current if current is not None else draw(st.booleans())
    if kind == "array":
        return [_value(draw, schema["items"], defs, ctx, name)
                for _ in range(draw(st.integers(schema.get("minItems", 0), 2)))]
    if kind == "object" or "properties" in schema:
        out = {}
        for key, sub in schema["properties"].items():
            if key in schema.get("required", []) or draw(st.booleans()):
                out[key] = _value(draw, sub, defs, ctx, key)
        return out
    refers = schema.get("x-refers-to")
    if refers == "actor":
        return draw(st.sampled_from(ctx.actors))
    if refers == "quote":
        return draw(st.sampled_from(ctx.quotes or ["no-such-quote"]))
    if refers == "question":
        return draw(st.sampled_from(ctx.questions))
    x_type = schema.get("x-type")
    if x_type == "quoted words":  # fewer of the article's quoted words: a word off either end
        words = (current or draw(st.sampled_from(ctx.quoted or ["x"]))).split()
        if len(words) > 3:
            start = draw(st.integers(0, 1))
            words = words[start:len(words) - draw(st.integers(1 - start, 1))]
        return " ".join(words)
    if x_type == "tag":
        return draw(st.sampled_from(TAGS))
    if x_type == "date":
        return draw(st.sampled_from(DATES))
    if x_type == "day":
        return draw(st.sampled_from(DAYS))
    if x_type == "id":
        return f"edited-{draw(st.integers(1, 3))}"
    if x_type == "web address":
        return draw(st.sampled_from(["https://example.org/edited", "https://example.com/a?b=1"]))
    if name == "mentions":  # a name the article holds
        return draw(st.sampled_from(ctx.article))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
    if x_type == "plain text":
        words = [w.strip("*`") for w in words if not w.startswith("[")] or ["plain"]
    return " ".join(words)


def _at(data: Any, loc: tuple[str | int, ...]) -> Any:
    for part in loc:
        data = data[part]
    return data


@dataclass(frozen=True)
class Edit:
    file: str
    entry: int | None  # the registry entry edited, in an actor file
    loc: tuple[str | int, ...]
    # "set", "remove", "insert" a field or item; "delete" the file; "rename" its id; "copy" a
    # summary under another id, with a seed of its own: a briefing added
    action: str
    value: Any = None

    def apply(self, root: Path) -> bool:
        """Make the edit; False if it cannot be made (a rename refused)."""
        path = root / self.file
        if self.action == "delete":
            path.unlink()
            return True
        if self.action == "copy":
            summary = _load(path)
            body = (root / "seeds" / summary["source"]["seed"]).read_bytes().split(b"\n", 1)[1]
            seed = b"COPY: a briefing added after the pages were generated\n" + body
            (root / "seeds" / f"{self.value}.txt").write_bytes(seed)
            summary["id"] = self.value
            summary["source"].update(seed=f"{self.value}.txt",
                                     sha256=hashlib.sha256(seed).hexdigest())
            _dump(path.with_name(f"{self.value}.yaml"), summary)
            return True
        if self.action == "rename":
            kind = "--actor" if self.entry is not None else "--briefing"
            return run(root, "rename", kind, *self.value).exit_code == 0
        data = _load(path)
        item = data if self.entry is None else data["actors"][self.entry]
        parent, last = (data["actors"], self.entry) if not self.loc else (
            _at(item, self.loc[:-1]), self.loc[-1])
        if self.action == "remove":
            del parent[last]
        elif self.action == "insert":
            assert isinstance(last, int)
            parent.insert(last, self.value)
        else:
            parent[last] = self.value
        _dump(path, data)
        return True


def _context(root: Path, briefing: dict[str, Any] | None) -> Context:
    actors = sorted(a["id"] for p in (root / ACTORS).glob("*.yaml") for a in _load(p)["actors"])
    questions = []
    for path in sorted((root / BRIEFINGS).glob("*.yaml")):
        b = _load(path)
        questions += [f"{b['id']}/{q['id']}" for q in b.get("questions", [])]
    if briefing is None:
        return Context(actors, [], questions, ["Valdoria"], [])
    seed = (root / "seeds" / briefing["source"]["seed"]).read_text(encoding="utf-8")
    names = sorted(set(re.findall(r"\b[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?\b", seed))) or ["The"]
    quotes = briefing.get("quotes", [])
    return Context(actors, [q["id"] for q in quotes], questions, names,
                   [q["text"] for q in quotes])


@st.composite
def edits(draw: st.DrawFn, root: Path) -> Edit:
    in_briefing = draw(st.integers(0, 3)) > 0  # summaries hold most fields
    folder = BRIEFINGS if in_briefing else ACTORS
    path = draw(st.sampled_from(sorted((root / folder).glob("*.yaml"))))
    file = path.relative_to(root).as_posix()
    data = _load(path)
    if in_briefing:
        entry, item, schema, ctx = None, data, BRIEFING_SCHEMA, _context(root, data)
    else:
        entry = draw(st.integers(0, len(data["actors"]) - 1))
        item = data["actors"][entry]
        schema, ctx = ACTOR_SCHEMA["$defs"]["Actor"], _context(root, None)
    defs = (BRIEFING_SCHEMA if in_briefing else ACTOR_SCHEMA)["$defs"]
    whole = draw(st.integers(0, 9))
    if whole == 0:  # the item itself: gone, or renamed with `briefing rename`
        if draw(st.booleans()):
            return Edit(file, entry, (), "rename", (item["id"], f"{item['id']}-renamed"))
        return Edit(file, entry, (), "delete" if in_briefing else "remove")
    if whole == 1 and in_briefing:  # a new briefing, as the briefings beside it tell it
        return Edit(file, None, (), "copy", f"{item['id']}-copy")
    if whole == 1 and not in_briefing:  # a new registry entry beside this one
        actor = _value(draw, schema, defs, ctx, "actor")
        return Edit(file, entry, (), "insert", {**actor, "id": "added-actor"})
    # a field first, then one of its values: each field of the model is as likely as another,
    # however many quotes or events hold it
    by_field: dict[tuple[str, ...], list[Slot]] = {}
    for one in _slots(item, schema, defs):
        by_field.setdefault(tuple(p if isinstance(p, str) else "[]" for p in one.loc),
                            []).append(one)
    slot = draw(st.sampled_from(by_field[draw(st.sampled_from(sorted(by_field)))]))
    name = next(str(p) for p in reversed(slot.loc) if isinstance(p, str))
    current = _at(item, slot.loc) if slot.present else None
    actions = ["set"] + (["remove"] if slot.present and slot.optional else [])
    if slot.present and slot.schema.get("type") == "array":
        actions += ["insert", "insert"]
    action = draw(st.sampled_from(actions))
    if action == "remove":
        return Edit(file, entry, slot.loc, "remove")
    if action == "insert":
        at = draw(st.integers(0, len(current)))
        if current and isinstance(current[0], dict) and draw(st.booleans()):
            # a copy of an item beside it, with ids of its own: valid more often than not
            value = copy.deepcopy(draw(st.sampled_from(current)))
            if "id" in value:
                value["id"] = f"{value['id']}-copy"
        else:
            value = _value(draw, slot.schema["items"], defs, ctx, name)
        return Edit(file, entry, (*slot.loc, at), "insert", value)
    return Edit(file, entry, slot.loc, "set", _value(draw, slot.schema, defs, ctx, name, current))


# --- the property ---------------------------------------------------------------------------------

@dataclass
class Folders:
    work: Path  # generated once; each example starts from the copy below, at this same path
    pristine: Path
    fresh: Path


# Entries on one page of a register or of an actor's year, here: each year is cut into pages, and
# an edit that adds, removes or moves an entry moves the cuts after it, so that a page can show
# other entries of the same briefings (see _report_alike) and must be written again.
ROWS = 3


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Folders]:
    with pytest.MonkeyPatch.context() as patch:
        for register in registers.REGISTERS:
            patch.setitem(registers.ROWS, register.name, ROWS)
        patch.setattr(plan, "ACTOR_ROWS", ROWS)
        top = tmp_path_factory.mktemp("incremental")
        work = _project(top / "work")
        _report_alike(work)
        first = _generate(work)
        assert first.ok, [str(p) for p in first.problems]
        # the page record names docs/ by its path: the copy goes back to the same path for each
        # run
        shutil.copytree(work, top / "pristine")
        yield Folders(work, top / "pristine", top / "fresh")


def _restore(folders: Folders) -> None:
    shutil.rmtree(folders.work)
    shutil.copytree(folders.pristine, folders.work)


def _from_nothing(folders: Folders) -> dict[str, bytes]:
    shutil.rmtree(folders.fresh, ignore_errors=True)
    for part in ("content", "seeds", "site_templates"):
        shutil.copytree(folders.work / part, folders.fresh / part)
    shutil.copy2(folders.work / "mkdocs.yml", folders.fresh / "mkdocs.yml")
    fresh = _generate(folders.fresh)
    assert fresh.ok, [str(p) for p in fresh.problems]
    return _files(folders.fresh / "docs")


# A fixed budget: 2 cores, shared, and CI runs every test. Each example generates the site twice.
@settings(derandomize=True, max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_incremental_generation_equals_generation_from_nothing(folders: Folders,
                                                               data: st.DataObject):
    _restore(folders)
    # one edit, or two with a generation between them: the second run reads the page record
    # the first one wrote
    for n in range(data.draw(st.integers(1, 2), label="edits")):
        edit = data.draw(edits(folders.work), label=f"edit {n + 1}")
        result = _generate(folders.work) if edit.apply(folders.work) else None
        if result is None or not result.ok:
            event("edit dropped: the content no longer checks")
        assume(result is not None and result.ok)
        assert result is not None and result.report is not None
        event(f"edit kept: {edit.action}")
        assert len(result.report.rendered) < result.report.files  # the run was incremental
    differences = _differences(_files(folders.work / "docs"), _from_nothing(folders))
    assert not differences, "\n".join(differences)


def test_an_incremental_build_equals_a_build_from_nothing(tmp_path: Path):
    """One example through `briefing build` and MkDocs: after a briefing's title and an actor's
    name change, site/ of the project built before the edit is, file for file, site/ of the
    edited content built from nothing. (MkDocs builds the whole site either way: what differs is
    the Markdown it is given.)"""
    work = copy_corpus(tmp_path / "work")
    assert run(work, "build").exit_code == 0
    briefing = work / BRIEFINGS / "2025-09-02-kestria-mineral-ban.yaml"
    briefing.write_text(re.sub(r"^title: .*$", "title: Kestria bans mineral exports, edited",
                               briefing.read_text(encoding="utf-8"), count=1, flags=re.M),
                        encoding="utf-8")
    people = work / ACTORS / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "name: Ilse Varga", "name: Ilse Varga-Lind", 1), encoding="utf-8")
    incremental = run(work, "build")
    assert incremental.exit_code == 0 and " unchanged" in incremental.output, incremental.output
    fresh = copy_corpus(tmp_path / "fresh")
    for part in ("content", "seeds"):
        shutil.rmtree(fresh / part)
        shutil.copytree(work / part, fresh / part)
    assert run(fresh, "build").exit_code == 0
    got, want = _files(work / "site"), _files(fresh / "site")
    assert b"Ilse Varga-Lind" in got["actors/ilse-varga/index.html"]
    differences = _differences(got, want)
    assert not differences, "\n".join(differences)
