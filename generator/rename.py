"""`briefing rename OLD NEW`: give an actor or a briefing a new id, everywhere it is named, and keep
its old address working.

Ids are addresses: `actors/<id>/`, `briefings/<id>/` and `sources/<id>/` are cited from outside
the site. A rename edits every reference to the id (the fields the model marks with `Ref`, found
by `refs`, and the item's own `id`), renames a summary's file when it is named after its id, and
records the old address in content/redirects.yaml, where the site serves a page that leads on.

Files are edited in place, value by value, at the positions the parser gave: comments, key order,
quoting and line breaks stay as written. Free text is never edited: it is the analyst's words, and
an id like 'iran' is also a word; where an id stands in free text, a note says so.

All or nothing: the content must check before; the renamed content is parsed and checked in
memory before anything is written; then every file changes together (`files.replace_all`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import files, pipeline
from . import verify as verify_stage
from .content import load as load_stage
from .content import yaml_source
from .content.model import Actor, ActorRegistry, Briefing, Redirects, Ref, Slug, refs
from .draft import scalar
from .problems import Problem, errors, field_path, problem, shown_path
from .progress import Progress

KINDS = ("actor", "briefing")
SECTION = {"actor": "actors", "briefing": "briefings"}
_SLUG_CHAR = re.compile(r"[a-z0-9-]")
_SLUG = TypeAdapter(Slug)
REDIRECTS_HEADER = """\
# Old addresses of renamed actors and briefings, so that links and citations keep working:
# `briefing rename` adds each here, and the site serves a page at the old address that leads to
# the new one. Remove an entry only if no one should use that address any more.
redirects:
"""


@dataclass
class Renamed:
    kind: str = ""
    old: str = ""
    new: str = ""
    references: int = 0  # values changed, the item's own id included
    changed: list[str] = field(default_factory=list)  # files, as the project names them
    moved: tuple[str, str] | None = None  # a summary's file renamed: (before, after)
    notes: list[Problem] = field(default_factory=list)  # the id in free text, left as written
    problems: list[Problem] = field(default_factory=list)  # why it was refused


def slug_problem(value: str) -> str | None:
    """Why a text is not an id, in the words the content model uses; None if it is one."""
    try:
        _SLUG.validate_python(value)
    except ValidationError as exc:
        return str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
    return None


def _named(ref: Ref, value: Any) -> tuple[str, str, int] | None:
    """(section, id, where the id starts in the value) of what a reference names, or None for a
    quote: quotes are named within their own briefing."""
    if ref.kind == "actor":
        return "actors", value, 0
    if ref.kind == "question":
        return "briefings", value.briefing, 0
    if ref.kind == "page":
        return value.section, value.id, len(value.section) + 1
    return None


@dataclass
class _Edit:
    line: int
    col: int
    skip: int  # characters of the value before the id
    loc: tuple  # for messages


def rename(root: Path, old: str, new: str, kind: str | None = None,
           progress: Progress | None = None, merge: bool = False) -> Renamed:
    """Plan, check and make the rename; with problems, nothing is written. With `merge`, NEW is an
    actor already and OLD, a duplicate of it, becomes part of it (see `_merge_entries`)."""
    progress = progress or Progress()
    done = Renamed(old=old, new=new)
    why = slug_problem(new)
    if why:
        done.problems.append(problem("content", 1, 1, "", f"NEW {why}"))
        return done
    before = pipeline.check(root, False, progress)
    content = before.content
    if merge and content is not None:
        # a name the two share is what the check asks to merge for: no reason to refuse it
        before.problems = _without_shared_names(before.problems, content, old, new)
    if errors(before.problems) or content is None:
        done.problems = [*errors(before.problems), problem(
            "content", 1, 1, "", "the content does not check (see above): fix it first, then "
            "rename; nothing was renamed")]
        return done
    project = load_stage.Project(root)
    ids = {"actor": {a.value.id: a for a in content.actors},
           "briefing": {b.value.id: b for b in content.briefings}}
    kind = _which(old, kind, ids, done.problems)
    if kind is None:
        return done
    done.kind = kind
    section = SECTION[kind]
    redirect_from = {r.value.old: r for r in content.redirects}
    if merge:
        _refuse_merge(kind, old, new, ids, done.problems)
    else:
        _refuse_taken(project, kind, old, new, ids, redirect_from, done.problems)
    if done.problems:
        return done

    progress.step("finding references…")
    edits: dict[Path, list[_Edit]] = {}
    twice: dict[Path, list[tuple]] = {}  # merge: items naming OLD in a list that names NEW too
    for located in [*content.actors, *content.briefings, *content.redirects]:
        item = located.value
        here = edits.setdefault(located.path, [])
        if kind in _kind_of(item) and item.id == old and not merge:
            here.append(_edit(located, ("id",), 0))
        naming = [(loc, named) for loc, value, ref in refs(item)
                 if (named := _named(ref, value)) is not None and named[:2] in ((section, old),
                                                                                (section, new))]
        with_new = {loc[:-1] for loc, named in naming if named[1] == new and merge}
        for loc, named in naming:
            if named[1] != old:
                continue
            if loc[:-1] in with_new and isinstance(loc[-1], int):
                twice.setdefault(located.path, []).append(loc)
                done.references += 1
            else:
                here.append(_edit(located, loc, named[2]))
    texts: dict[Path, yaml_source.Editable] = {}
    for rel, found in edits.items():
        if found:
            texts[rel] = yaml_source.Editable.of((root / rel).read_bytes())
        for e in found:
            _replace_id(texts[rel], e, old, new, rel, done.problems)
            done.references += 1
    emptied: Path | None = None
    if merge and not done.problems:
        emptied = _merge_entries(root, content, texts, twice, old, new, done.problems)
    redirects_rel = project.rel(project.redirects)
    if redirects_rel not in texts:
        texts[redirects_rel] = (yaml_source.Editable.of(project.redirects.read_bytes())
                                if project.redirects.is_file()
                                else yaml_source.Editable(REDIRECTS_HEADER))
    _record_redirect(texts[redirects_rel], redirects_rel, f"{section}/{old}", f"{section}/{new}",
                     redirect_from.get(f"{section}/{new}"), done.problems)
    if done.problems:
        return done

    changes: dict[Path, bytes | None] = {}
    for rel, text in texts.items():
        changes[rel] = None if rel == emptied else text.bytes()
    if kind == "briefing":
        path = ids["briefing"][old].path
        if path.stem == old:
            moved = path.with_name(new + path.suffix)
            changes[moved], changes[path] = changes.pop(path), None
            done.moved = (path.as_posix(), moved.as_posix())
    changes = {rel: data for rel, data in changes.items()
               if data is None or not (root / rel).is_file() or (root / rel).read_bytes() != data}
    for rel in changes:
        if (root / rel).is_symlink():
            done.problems.append(problem(rel, 1, 1, "", "is a link: rename edits files only; "
                                         "put the file itself in its place"))
    if done.problems:
        return done

    progress.step("checking the renamed content…")
    _check_after(project, content, changes, section, old, new, done)
    if done.problems:
        return done
    done.notes = _free_text_notes(content, old)
    try:
        files.replace_all({root / rel: data for rel, data in changes.items()})
    except OSError as exc:
        where = shown_path(Path(exc.filename), root) if exc.filename else "content"
        done.problems.append(problem(where, 1, 1, "", f"cannot write: {exc.strerror}; the files "
                                     "already written were put back: nothing was renamed"))
        return done
    done.changed = sorted(rel.as_posix() for rel, data in changes.items() if data is not None)
    return done


def _kind_of(item: BaseModel) -> tuple[str, ...]:
    """Which kind of id an item's own `id` is, if it is one a rename can change."""
    return ("briefing",) if isinstance(item, Briefing) else ("actor",) if isinstance(item, Actor) else ()


def _which(old: str, kind: str | None, ids: dict[str, dict[str, load_stage.Located]],
           out: list[Problem]) -> str | None:
    """Whether OLD is an actor or a briefing: known as the one asked for, or as exactly one."""
    found = [k for k in KINDS if old in ids[k] and kind in (None, k)]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        for k in found:
            where = ids[k][old]
            out.append(problem(where.path, *where.where("id"), "id",
                               f"'{old}' is the id of an actor and of a briefing: say which to "
                               f"rename with --actor or --briefing"))
        return None
    asked = [kind] if kind else list(KINDS)
    known = [i for k in asked for i in ids[k]]
    close = difflib.get_close_matches(old, known, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    folder = f"content/{SECTION[kind]}" if kind else "content"
    out.append(problem(folder, 1, 1, "", f"no {' or '.join(asked)} has the id '{old}'{hint}: "
                       "give the id of one to rename"))
    return None


def _refuse_taken(project: load_stage.Project, kind: str, old: str, new: str,
                  ids: dict[str, dict[str, load_stage.Located]],
                  redirect_from: dict[str, load_stage.Located], out: list[Problem]) -> None:
    """NEW must name nothing yet: no item of the kind, no summary file, and no old address of
    another page (its citations would land on this one)."""
    section = SECTION[kind]
    if new == old:
        out.append(problem("content", 1, 1, "", f"OLD and NEW are both '{old}': nothing to rename"))
    if new in ids[kind]:
        where = ids[kind][new]
        out.append(problem(where.path, *where.where("id"), "id",
                           f"the {kind} id '{new}' is already taken: choose another NEW"))
    if kind == "briefing":
        for suffix in (".yaml", ".yml"):
            taken = project.briefings_dir / f"{new}{suffix}"
            if taken.exists() or taken.is_symlink():
                out.append(problem(project.rel(taken), 1, 1, "",
                                   f"a summary file named '{taken.name}' already exists: choose "
                                   "another NEW, or move that file"))
    redirect = redirect_from.get(f"{section}/{new}")
    if redirect is not None and redirect.value.to != f"{section}/{old}":
        out.append(problem(redirect.path, *redirect.where("from"), "from",
                           f"'{section}/{new}' is the old address of '{redirect.value.to}', and "
                           "links to it lead there: choose another NEW"))


def _edit(located: load_stage.Located, loc: tuple, skip: int) -> _Edit:
    line, col = located.doc.positions[loc]  # every reference was read from the file: it has one
    return _Edit(line, col, skip, loc)


def _replace_id(text: yaml_source.Editable, e: _Edit, old: str, new: str, rel: Path,
                out: list[Problem]) -> None:
    """The id in one value, as written: plain, or in quotes (kept)."""
    at = text.offset(e.line, e.col)
    if text.text[at:at + 1] in ("'", '"'):
        at += 1
    at += e.skip
    after = text.text[at + len(old):at + len(old) + 1]
    if text.text[at:at + len(old)] != old or _SLUG_CHAR.match(after):
        out.append(problem(rel, e.line, e.col, field_path(e.loc),
                           f"the id '{old}' is written here with escapes or over several lines: "
                           "write it plainly, then rename"))
        return
    text.text = text.text[:at] + new + text.text[at + len(old):]


def _record_redirect(text: yaml_source.Editable, rel: Path, old: str, new: str,
                     back: load_stage.Located | None, out: list[Problem]) -> None:
    """Add `old → new` to the redirects file as text, in the layout of its entries; drop the
    entry of `new` when the rename gives an item back its earlier id (that address is live again).
    References to `old` in the file were edited before: earlier renames lead to `new` in one step."""
    try:
        doc = yaml_source.parse(text.bytes())
    except yaml_source.YamlError as exc:  # only our own header can be new: it parses
        out.append(problem(rel, exc.line, exc.col, "", exc.message))
        return
    data = doc.data if isinstance(doc.data, dict) else {}
    entries = data.get("redirects") or []
    if ("redirects",) in doc.flow and not entries:  # 'redirects: []': the entries go below
        at = text.offset(*doc.positions[("redirects",)])
        close = text.text.index("]", at) + 1
        text.text = text.text[:at].rstrip(" ") + text.text[close:]
        doc.flow.discard(("redirects",))
    if () in doc.flow or ("redirects",) in doc.flow:
        line, col = doc.where(("redirects",))
        out.append(problem(rel, line, col, "redirects", "rename adds entries to a list written "
                           "one entry per '- from:' line: write the list that way"))
        return
    newline = "\r\n" if "\r\n" in text.text else "\n"
    indent = "  "
    if entries:
        line, col = doc.positions[("redirects", 0)]
        start = text.offset(line, 1)
        before = text.text[start:start + col - 1]
        indent = before[:before.index("-")] if before.strip() == "-" else before[
            :len(before) - len(before.lstrip())]
    if back is not None:
        i = next(i for i, e in enumerate(entries) if e.get("from") == new)
        start = text.offset(doc.positions[("redirects", i)][0], 1)
        end = (text.offset(doc.positions[("redirects", i + 1)][0], 1)
               if i + 1 < len(entries) else len(text.text))
        text.text = text.text[:start] + text.text[end:]
    if text.text and not text.text.endswith(("\n", "\r")):
        text.text += newline
    if "redirects" not in data:
        text.text += "redirects:" + newline
    text.text += f"{indent}- from: {old}{newline}{indent}  to: {new}{newline}"


def _check_after(project: load_stage.Project, content: load_stage.Content,
                 changes: dict[Path, bytes | None], section: str, old: str, new: str,
                 done: Renamed) -> None:
    """The renamed content, parsed from the staged bytes and checked as a whole: it must check as
    the content did, with every reference to OLD now one to NEW."""
    models: dict[str, type[BaseModel]] = {"actors": ActorRegistry, "briefings": Briefing}
    after = load_stage.Content(seeds=content.seeds, unread=content.unread,
                               problems=[])
    for name in ("actors", "briefings", "redirects"):
        setattr(after, name, [x for x in getattr(content, name) if x.path not in changes])
    for rel, data in changes.items():
        if data is None:
            continue
        model: type[BaseModel] = (Redirects if rel == project.rel(project.redirects)
                                  else models[rel.parts[1]])
        value, doc, found = load_stage.parse_bytes(data, rel, model)
        after.problems += found
        if value is not None:
            target = {ActorRegistry: "actors", Briefing: "briefings", Redirects: "redirects"}[model]
            getattr(after, target).extend(load_stage.located(value, rel, doc))
    verified = verify_stage.verify(project, after, cache_dir=project.root / pipeline.CACHE_DIR)
    found = errors(verified.problems)
    left = [(x.path, loc) for x in [*after.actors, *after.briefings, *after.redirects]
            for loc, value, ref in refs(x.value)
            if (named := _named(ref, value)) is not None and named[:2] == (section, old)]
    if left:
        found.append(problem(left[0][0], *_first_where(after, left[0]), "",
                             f"still names '{old}' after the rename: nothing was renamed"))
    if found:
        done.problems = [*found, problem("content", 1, 1, "", "the renamed content would not "
                                         "check (see above): nothing was renamed")]


def _first_where(content: load_stage.Content, where: tuple[Path, tuple]) -> tuple[int, int]:
    for x in [*content.actors, *content.briefings, *content.redirects]:
        if x.path == where[0]:
            return x.where(*where[1])
    return 1, 1


def _free_text_notes(content: load_stage.Content, old: str) -> list[Problem]:
    """Where OLD stands as a whole id in text that is not a reference (prose, names, tags): left
    as written, since the analyst's words are theirs and an id is often a word too."""
    token = re.compile(rf"(?<![a-z0-9-]){re.escape(old)}(?![a-z0-9-])")
    notes = []
    for located in [*content.actors, *content.briefings, *content.redirects]:
        skip = {loc for loc, _, _ in refs(located.value)} | {("id",)}
        for loc, text in _strings(located.value, ()):
            if loc not in skip and token.search(text):
                notes.append(problem(located.path, *located.where(*loc), field_path(loc),
                                     f"'{old}' stands in this text, which rename leaves as "
                                     "written: edit it if it names the renamed item", "note"))
    return notes


def _strings(value: Any, at: tuple) -> list[tuple[tuple, str]]:
    """Every text of a model object with its path, fields by their YAML names."""
    if isinstance(value, str):
        return [(at, value)]
    if isinstance(value, list):
        return [found for i, one in enumerate(value) for found in _strings(one, (*at, i))]
    if isinstance(value, BaseModel):
        return [found for name, info in type(value).model_fields.items()
                for found in _strings(getattr(value, name), (*at, info.alias or name))]
    return []


_NAMES_ACTOR = re.compile(r"already names actor '([^']+)'")


def _without_shared_names(found: list[Problem], content: load_stage.Content, old: str, new: str
                          ) -> list[Problem]:
    """The problems but those that say a name or alias of OLD names NEW, or one of NEW names OLD,
    each reported at that name in the registry."""
    at: set[tuple[str, int]] = set()
    for located in content.actors:
        actor = located.value
        if actor.id not in (old, new):
            continue
        places = [located.where("name"),
                  *(located.where("aliases", i) for i in range(len(actor.aliases)))]
        at |= {(problem(located.path, line, col, "", "").path, line) for line, col in places}
    other = {old: new, new: old}
    kept = []
    for p in found:
        named = _NAMES_ACTOR.search(p.message)
        if named and named.group(1) in other and (p.path, p.line) in at:
            continue
        kept.append(p)
    return kept


def _refuse_merge(kind: str, old: str, new: str, ids: dict[str, dict[str, load_stage.Located]],
                  out: list[Problem]) -> None:
    """A merge joins two actors of one kind: NEW must be another actor, of OLD's kind."""
    if new == old:
        out.append(problem("content", 1, 1, "", f"OLD and NEW are both '{old}': an actor cannot "
                           "be merged into itself"))
        return
    if kind != "actor":
        where = ids[kind][old]
        out.append(problem(where.path, *where.where("id"), "id",
                           f"'{old}' is a briefing: only actors are merged; rename it without "
                           "--merge"))
        return
    if new not in ids["actor"]:
        if new in ids["briefing"]:
            where = ids["briefing"][new]
            out.append(problem(where.path, *where.where("id"), "id",
                               f"'{new}' is a briefing, not an actor: merge into an actor"))
            return
        close = difflib.get_close_matches(new, list(ids["actor"]), n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        out.append(problem("content/actors", 1, 1, "", f"no actor has the id '{new}'{hint}: "
                           "merge into an existing actor, or rename without --merge"))
        return
    was, into = ids["actor"][old], ids["actor"][new]
    if was.value.kind != into.value.kind:
        out.append(problem(was.path, *was.where("kind"), "kind",
                           f"'{old}' is {_A[was.value.kind]} and '{new}' {_A[into.value.kind]}: only "
                           "actors of one kind are merged; correct the kind of one first"))


_A = {"person": "a person", "organization": "an organization", "state": "a state"}
_Splice = tuple[int, int, str]  # replace text[start:end] with the string


def _merge_entries(root: Path, content: load_stage.Content,
                   texts: dict[Path, yaml_source.Editable], twice: dict[Path, list[tuple]],
                   old: str, new: str, out: list[Problem]) -> Path | None:
    """After every reference to OLD names NEW: OLD's registry entry goes, its name and aliases
    join NEW's aliases, and a briefing that listed both keeps one entry with the mentions of
    both; in a list of ids that named both (an event's actors), OLD's item goes. Edited as
    text, bottom up, so comments and layout elsewhere stay. Returns the registry file that OLD
    alone filled (it goes too: a registry holds at least one actor)."""
    was = next(a for a in content.actors if a.value.id == old)
    into = next(a for a in content.actors if a.value.id == new)
    splices: dict[Path, list[_Splice]] = {}
    taken = {into.value.name, *into.value.aliases}
    aliases = [x for x in dict.fromkeys([was.value.name, *was.value.aliases]) if x not in taken]
    docs: dict[Path, yaml_source.Document] = {}

    def doc_of(rel: Path) -> yaml_source.Document | None:
        if rel not in texts:
            texts[rel] = yaml_source.Editable.of((root / rel).read_bytes())
        if rel not in docs:
            try:
                docs[rel] = yaml_source.parse(texts[rel].bytes())
            except yaml_source.YamlError as exc:  # only ids were replaced, by ids: it parses
                out.append(problem(rel, exc.line, exc.col, "", exc.message))
                return None
        return docs[rel]

    emptied = None
    doc = doc_of(was.path)
    if doc is not None:
        entries = doc.data["actors"]
        i = next(i for i, e in enumerate(entries) if e.get("id") == old)
        if len(entries) == 1:
            emptied = was.path
        else:
            splices.setdefault(was.path, []).append(
                _drop(texts[was.path], doc, ("actors",), i, was.path, out))
    doc = doc_of(into.path)
    if doc is not None and aliases:
        j = next(j for j, e in enumerate(doc.data["actors"]) if e.get("id") == new)
        splices.setdefault(into.path, []).extend(
            _add(texts[into.path], doc, ("actors", j), "aliases", aliases, into.path, out))
    for located in content.briefings:
        for k, relation in enumerate(located.value.relations):
            if {relation.source, relation.target} == {old, new}:
                out.append(problem(located.path, *located.where("relations", k, "source"),
                                   field_path(("relations", k, "source")),
                                   f"after the merge, '{new}' would be both source and target of "
                                   "this relation: remove it, then merge"))
        listed = [a.actor for a in located.value.actors]
        if old not in listed or new not in listed:
            continue
        i, j = listed.index(old), listed.index(new)
        was_entry, into_entry = located.value.actors[i], located.value.actors[j]
        doc = doc_of(located.path)
        if doc is None:
            continue
        text, rel = texts[located.path], located.path
        here = splices.setdefault(rel, [])
        here.append(_drop(text, doc, ("actors",), i, rel, out))
        mentions = [m for m in dict.fromkeys(was_entry.mentions) if m not in into_entry.mentions]
        if mentions:
            here.extend(_add(text, doc, ("actors", j), "mentions", mentions, rel, out))
        if into_entry.role is None and was_entry.role is not None:
            here.extend(_add(text, doc, ("actors", j), "role", was_entry.role, rel, out))
    for rel, locs in twice.items():
        doc = doc_of(rel)
        if doc is None:
            continue
        text = texts[rel]
        for loc in locs:
            if loc[:-1] in doc.flow:
                splices.setdefault(rel, []).append(_drop_flow(text, doc, loc))
            else:
                splices.setdefault(rel, []).append(_drop(text, doc, loc[:-1], loc[-1], rel, out))
    if out:
        return None
    for rel, found in splices.items():
        text = texts[rel]
        for start, end, put in sorted(found, key=lambda s: (s[0], s[1]), reverse=True):
            text.text = text.text[:start] + put + text.text[end:]
    return emptied


def _extent(text: str, at: int) -> tuple[int, int]:
    """Where the block item whose value starts at `at` lies: from its line to its last line that
    is not blank, its lines being those indented deeper than its own first line."""
    start = text.rfind("\n", 0, at) + 1
    first = text[start:at]
    indent = len(first) - len(first.lstrip(" "))
    end = text.find("\n", at)
    end = len(text) if end < 0 else end + 1
    pos = end
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop + 1
        line = text[pos:stop]
        if line.strip():
            if len(line) - len(line.lstrip(" ")) <= indent:
                break
            end = stop
        pos = stop
    return start, end


def _in_block(doc: yaml_source.Document, loc: tuple, rel: Path, out: list[Problem]) -> bool:
    if any(loc[:k] in doc.flow for k in range(1, len(loc) + 1)):
        line, col = doc.where(loc)
        out.append(problem(rel, line, col, field_path(loc), "merge edits lists written one "
                           "'- ' entry per line and entries one key per line: write it that way, "
                           "then merge"))
        return False
    return True


def _drop(text: yaml_source.Editable, doc: yaml_source.Document, loc: tuple, i: int, rel: Path,
          out: list[Problem]) -> _Splice:
    """Remove item i of a block list, with its comments inside it."""
    if not _in_block(doc, (*loc, i), rel, out):
        return 0, 0, ""
    start, end = _extent(text.text, text.offset(*doc.positions[(*loc, i)]))
    return start, end, ""


def _drop_flow(text: yaml_source.Editable, doc: yaml_source.Document, loc: tuple) -> _Splice:
    """Remove an id from a flow list, with the comma that joins it to the next item, or to the
    one before when it is the last."""
    start = text.offset(*doc.positions[loc])
    following = (*loc[:-1], loc[-1] + 1)
    if following in doc.positions:
        return start, text.offset(*doc.positions[following]), ""
    end = _past_item(text, doc, loc)
    if loc[-1] == 0:
        return start, end, ""
    return _past_item(text, doc, (*loc[:-1], loc[-1] - 1)), end, ""


def _past_item(text: yaml_source.Editable, doc: yaml_source.Document, loc: tuple) -> int:
    """Where an item of a flow list of ids ends: past its quotes, or, plain, as long as its id."""
    start = text.offset(*doc.positions[loc])
    end = _after_scalar(text.text, start)
    return start + len(str(_at(doc, loc))) if end == start else end


def _at(doc: yaml_source.Document, loc: tuple) -> Any:
    held = doc.data
    for part in loc:
        held = held[part]
    return held


def _item(value: str, in_flow: bool) -> str:
    written = scalar(value)
    if in_flow and not written.startswith('"') and "," in written:  # a comma splits a flow item
        written = '"' + written.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return written


def _add(text: yaml_source.Editable, doc: yaml_source.Document, entry: tuple, key: str,
         value: str | list[str], rel: Path, out: list[Problem]) -> list[_Splice]:
    """Give an entry of a block list the key, or add the values to the list the key holds."""
    if not _in_block(doc, entry, rel, out):
        return []
    newline = "\r\n" if "\r\n" in text.text else "\n"
    held = _at(doc, entry)
    loc = (*entry, key)
    if key not in held:
        _, end = _extent(text.text, text.offset(*doc.positions[entry]))
        line_end = "" if text.text[:end].endswith("\n") or not end else newline
        written = (_flow_list(value) if isinstance(value, list) else _item(value, False))
        indent = " " * (doc.positions[entry][1] - 1)
        return [(end, end, f"{line_end}{indent}{key}: {written}{newline}")]
    items = held[key]
    if not isinstance(items, list) or not isinstance(value, list):
        line, col = doc.where_key(loc)
        out.append(problem(rel, line, col, field_path(loc), f"'{key}' has no list to add to: "
                           "write it as a list, then merge"))
        return []
    if loc in doc.flow:
        at = text.offset(*doc.where(loc))
        if items:
            at = _after_scalar(text.text, text.offset(*doc.positions[(*loc, len(items) - 1)]))
        close = text.text.index("]", at)
        lead = ", " if items else ""
        return [(close, close, lead + ", ".join(_item(v, True) for v in value))]
    last = text.offset(*doc.positions[(*loc, len(items) - 1)])
    start, end = _extent(text.text, last)
    prefix = text.text[start:last]
    line_end = "" if text.text[:end].endswith("\n") else newline
    return [(end, end, line_end + "".join(f"{prefix}{_item(v, False)}{newline}" for v in value))]


def _flow_list(values: list[str]) -> str:
    return "[" + ", ".join(_item(v, True) for v in values) + "]"


def _after_scalar(text: str, at: int) -> int:
    """Past a quoted scalar that starts at `at` (a ']' in it is not the list's end)."""
    quote = text[at:at + 1]
    if quote not in ("'", '"'):
        return at
    pos = at + 1
    while pos < len(text):
        if quote == '"' and text[pos] == "\\":
            pos += 2
            continue
        if text[pos] == quote:
            if quote == "'" and text[pos + 1:pos + 2] == "'":
                pos += 2
                continue
            return pos + 1
        pos += 1
    return pos
