"""Load stage: YAML files and seed articles into model objects, with every problem located."""

from __future__ import annotations

import difflib
import functools
import hashlib
import json
import os
import pickle
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pydantic
import pydantic_core
from pydantic import BaseModel, ValidationError

from .. import signing
from ..problems import Problem, code_point, field_path, problem, visible
from . import yaml_source
from .model import ActorRegistry, Briefing, Redirects

M = TypeVar("M", bound=BaseModel)

SEED_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Located:
    """A model object with the file it came from and where each of its values sits."""

    value: Any
    path: Path  # relative to the project root, for messages
    doc: yaml_source.Document

    def where(self, *loc: str | int) -> tuple[int, int]:
        return self.doc.where(loc)


# The words of a text that an id or a seed file name can be, quoted or not: 'iran', 'us-treasury',
# '000_71c8a87dcccb59d2.txt'; a full stop ending a sentence is not part of one.
_NAME_WORD = re.compile(r"[\w-]+(?:\.[\w-]+)*", re.ASCII)


@dataclass(frozen=True)
class Unread:
    """A summary or actor file that did not load: its YAML or its fields are wrong, and its problem
    is reported. What it holds is unknown, so nothing it may hold is reported missing elsewhere:
    the one mistake gets one message, not one more for every id that other files name.

    What it may hold is what its text names: an id or a seed file name is written as one word,
    quoted or not, so a name that is no word of the text is held by no value of the file. A file
    whose text could not be read at all may hold anything."""

    path: Path
    words: frozenset[str] | None  # None: the text could not be read

    @classmethod
    def of(cls, path: Path, rel: Path) -> Unread:
        try:
            yaml_source.check_size(path.stat().st_size)
            text = path.read_bytes().decode("utf-8", errors="replace")
        except (OSError, yaml_source.YamlError):
            return cls(rel, None)
        return cls(rel, frozenset(_NAME_WORD.findall(text)))


@dataclass
class Content:
    actors: list[Located] = field(default_factory=list)  # one per Actor
    briefings: list[Located] = field(default_factory=list)
    redirects: list[Located] = field(default_factory=list)  # one per Redirect
    seeds: dict[str, Path] = field(default_factory=dict)  # seed file name -> absolute path
    # actor files and summaries that did not load, under "actors" and "briefings"
    unread: dict[str, list[Unread]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # per kind: whether a file of it may hold anything, and the words of all of them
    _unread_words: dict[str, tuple[bool, frozenset[str]]] = field(default_factory=dict, repr=False)

    def may_hold(self, kind: str, name: str) -> bool:
        """Whether any file of a kind that did not load may hold the name: the words of all of
        them in one set, so that asking for each of 10,000 seeds costs no more per broken file."""
        if kind not in self._unread_words:
            files = self.unread.get(kind, [])
            self._unread_words[kind] = (any(u.words is None for u in files), frozenset().union(
                *(u.words for u in files if u.words is not None)))
        anything, words = self._unread_words[kind]
        return anything or name in words


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def actors_dir(self) -> Path:
        return self.content / "actors"

    @property
    def briefings_dir(self) -> Path:
        return self.content / "briefings"

    @property
    def redirects(self) -> Path:
        return self.content / "redirects.yaml"

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @functools.cached_property
    def seeds_folder(self) -> tuple[Path, bool]:
        """seeds/ resolved, and whether it leads outside the project: worked out once for the
        thousands of seeds a run reads (a Project lasts one run)."""
        return self.seeds.resolve(), _outside(self, self.seeds) is not None

    def rel(self, path: Path) -> Path:
        try:
            return path.relative_to(self.root)
        except ValueError:
            return path


def _pydantic_problems(exc: ValidationError, rel: Path, doc: yaml_source.Document,
                       model: type[BaseModel], prefix: tuple = ()) -> list[tuple[tuple, Problem]]:
    found = []
    for err in exc.errors(include_url=False):
        loc = prefix + tuple(err["loc"])
        kind = err["type"]
        message = err["msg"]
        if kind == "extra_forbidden":
            name = str(loc[-1])
            allowed = _fields_at(model, loc[len(prefix):-1])
            close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            message = f"unknown field '{name}'{hint}; allowed here: {', '.join(sorted(allowed))}"
            if loc[:-1] in doc.flow:
                message += _flow_hint(doc, loc[:-1], name)
            line, col = doc.where_key(loc)
        elif kind == "missing":
            message = f"required field '{loc[-1]}' is missing"
            line, col = doc.where(loc[:-1])
        else:
            if message.startswith("Value error, "):
                message = message[len("Value error, "):]
            if kind in _NOT_WHAT_IS_EXPECTED:
                expected, fix = _NOT_WHAT_IS_EXPECTED[kind]
                message = (f"expected {expected}, found {yaml_source.found(err['input'])}: "
                           f"{_EMPTY_TEXT if kind == 'string_type' and err['input'] is None else fix}")
            if kind == "string_type" and isinstance(err["input"], bool):
                message = ("YAML reads this word as yes/no, not as text: put it in quotes, "
                           "like 'yes'")
            if kind == "string_type" and _colon_split(err["input"]) is not None:
                message = ("a ': ' inside text that is not in quotes makes YAML read it as a field "
                           f"and its value: put the whole text in quotes "
                           f"({_colon_split(err['input'])})")
            if kind in ("too_long", "string_too_long") and isinstance(err["input"], str):
                length = (err.get("ctx") or {}).get("actual_length") or len(err["input"])
                limit = _longest(model, loc[len(prefix):], err["ctx"]["max_length"])
                message = (f"{length:,} characters, more than the {limit:,} allowed here: "
                           "shorten it")
            if kind == "too_long" and isinstance(err["input"], list):
                message = (f"{len(err['input']):,} items, more than the "
                           f"{err['ctx']['max_length']:,} allowed here: "
                           f"{_TOO_MANY.get(str(loc[-1]), 'keep the ones that matter')}")
            if kind == "literal_error":
                message = f"{err['input']!r} is not one of: {message.split('Input should be ')[-1]}"
            line, col = doc.where(loc)
        found.append((loc, problem(rel, line, col, field_path(loc), message)))
    return found


# a value of the wrong kind (YAML read a list, fields or no value where another kind belongs):
# (what the field holds, how to write it); pydantic's own words name Python's types
_NOT_WHAT_IS_EXPECTED = {
    "string_type": ("text", "write the text on the line, in quotes if it starts with '[', '{', "
                            "'-', '!' or '&'"),
    "list_type": ("a list", "write one '- item' line for each item, or [] for none"),
    "model_type": ("fields", "write its fields on the lines below, one 'name: value' a line, "
                             "indented under it"),
    "dict_type": ("fields", "write its fields on the lines below, one 'name: value' a line, "
                            "indented under it"),
}
_EMPTY_TEXT = ("write the value: YAML reads an empty value, '~' and 'null' as none (text that is "
              "'~' or 'null' goes in quotes)")


def _longest(model: type[BaseModel], loc: tuple, limit: int) -> int:
    """The length a text field may have: the least of its limits, where pydantic names the first
    it checks (a title is plain text, up to 500 characters, held to 200)."""
    current: type[BaseModel] | None = model
    info = None
    for part in loc:
        if isinstance(part, int):
            continue
        info = None if current is None else current.model_fields.get(part)
        if info is None:
            return limit
        current = _inner_model(info.annotation)
    if info is None or isinstance(loc[-1], int):
        return limit
    lengths = (getattr(m, "max_length", None) for m in info.metadata)
    return min([limit, *(n for n in lengths if isinstance(n, int))])


# why a list is bounded, and what to do about it
_TOO_MANY = {
    "quotes": "a summary's page shows every quote and would be too big to build; keep the "
              "quotes that matter",
    "redirects": "each old address is a page of the site; remove the oldest, to which nothing "
                 "links any more",
}


def _colon_split(value: Any) -> str | None:
    """The text a one-field map was written as, in quotes, when it is text that held ': '."""
    if not (isinstance(value, dict) and len(value) == 1):
        return None
    (key, rest), = value.items()
    if not isinstance(rest, str) or not rest:
        return None
    return yaml_source.quoted(f"{key}: {rest}")


def _flow_hint(doc: yaml_source.Document, loc: tuple, key: str) -> str:
    """Why a field no one wrote may appear in a {…} map: an unquoted comma ended the value before it,
    and the rest became keys without values. The fix, shown with the value put back together."""
    fix = "put the value in quotes or write the map on several lines"
    mapping: Any = doc.data
    for part in loc:  # a path of the document's own data: doc.flow holds nothing else
        mapping = mapping[part]
    keys = list(mapping)
    at = keys.index(key)
    first = at - 1
    while first >= 0 and mapping[keys[first]] is None:
        first -= 1
    last = at
    while last + 1 < len(keys) and mapping[keys[last + 1]] is None:
        last += 1
    if mapping[key] is None and first >= 0 and isinstance(mapping[keys[first]], str):
        whole = ", ".join([mapping[keys[first]], *keys[first + 1:last + 1]])
        fix = (f"put the value in quotes ({keys[first]}: {json.dumps(whole, ensure_ascii=False)}) "
               "or write the map on several lines")
    return f"; a comma inside a one-line {{…}} map splits the value: {fix}"


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the (nested) model at a location, for 'did you mean' hints."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        inner = None if info is None else _inner_model(info.annotation)
        if inner is None:
            return []
        current = inner
    # as written in YAML: a field named after a Python keyword has its YAML name as its alias
    return [info.alias or name for name, info in current.model_fields.items()]


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def parse_file(path: Path, rel: Path, model: type[M], kept: Validated | None = None
               ) -> tuple[M | None, yaml_source.Document, list[Problem]]:
    """The file as a model, its positions and its problems; with `kept`, a file whose bytes an
    earlier run validated comes back from there instead of being parsed again."""
    try:
        yaml_source.check_size(path.stat().st_size)
        raw = path.read_bytes()
    except OSError as exc:
        return None, yaml_source.Document(None), [problem(rel, 1, 1, "", f"cannot read: {exc.strerror}")]
    except yaml_source.YamlError as exc:
        return None, yaml_source.Document(None), [problem(rel, exc.line, exc.col, "", exc.message)]
    key = f"{model.__name__}\0{hashlib.sha256(raw).hexdigest()}"
    if kept is not None and (hit := kept.get(key, model)) is not None:
        return hit[0], hit[1], []
    value, doc, found = parse_bytes(raw, rel, model)
    if kept is not None and value is not None:
        kept.put(key, value, doc)
    return value, doc, found


def parse_bytes(raw: bytes, rel: Path, model: type[M]) -> tuple[M | None, yaml_source.Document,
                                                                 list[Problem]]:
    try:
        doc = yaml_source.parse(raw)
    except yaml_source.YamlError as exc:
        return None, yaml_source.Document(None), [problem(rel, exc.line, exc.col, "", exc.message)]
    tags = [problem(rel, *doc.where(loc), field_path(loc),
                    f"YAML tags ({visible(yaml_source.shown_tag(tag))}) are not allowed: remove "
                    "the tag and write the value itself")
            for loc, tag in doc.tagged.items()]
    if not isinstance(doc.data, dict):
        return None, doc, tags if () in doc.tagged else [*tags, problem(
            rel, 1, 1, "", "expected fields at the top of the file, found "
            f"{yaml_source.found(doc.data)}"
            + (" (the file is empty, or holds comments alone)" if doc.data is None else "")
            + ": write the file's fields, one 'name: value' a line")]
    try:
        value = model.model_validate(doc.data)
    except ValidationError as exc:
        # a tagged value is refused for its tag alone: what it reads as is not what was meant
        return None, doc, [*tags, *(p for loc, p in _pydantic_problems(exc, rel, doc, model)
                                    if not any(loc[:len(t)] == t for t in doc.tagged))]
    return (None, doc, tags) if tags else (value, doc, [])


def _pickled_by() -> bytes:
    """The first line of the cache file: the generator's code and the pydantic that pickled its
    models. A run after `pip install -U` (as a CI runner does on every run) unpickles nothing that
    another pydantic made, whose models may hold other internals."""
    return f"{signing.CODE_VERSION} pydantic {pydantic.VERSION} {pydantic_core.__version__}\n".encode()


class Validated:
    """Summaries and actor files as validated by earlier runs, keyed by the SHA-256 of their
    bytes: parsing and validating 10,000 summaries again is most of a run that changed one.

    Kept in .briefing-cache/load/, a file per file validated, named by its model and digest: a
    pickle of the model with its document (values and the line and column of each, which later
    stages report), behind an HMAC made with the key of the verification cache (`signing`) over
    the file's name, the versions of the generator's code and of pydantic, and the pickle.
    Unpickling runs code, so a file that fails the check, or a folder that git tracks, is never
    unpickled; after any change to either version every file fails it and is validated again.
    A file apiece, so that a run that changed one summary writes that one alone, and reads each
    of the others once, where one file of them all was read whole and written again whole (at
    10,000 summaries, half a gigabyte each way). Only files that validated are kept; a file with
    problems is read afresh, so its messages are always this code's. A run removes the files it
    did not use."""

    FOLDER = "load"
    _OLD = "load.pickle"  # the one file of them all that earlier versions kept

    def __init__(self, folder: Path | None):
        self.parent = folder
        self.kept = signing.SignedFolder(None if folder is None else folder / self.FOLDER,
                                         _pickled_by())

    @staticmethod
    def name(key: str) -> str:
        """The file of an entry: its model's name and its file's digest."""
        return key.replace("\0", "-")

    def _mac(self, name: str, payload: bytes) -> bytes:
        return self.kept.mac(name, payload)

    def get(self, key: str, model: type[M]) -> tuple[M, yaml_source.Document] | None:
        payload = self.kept.get(self.name(key))
        if payload is None:
            return None
        try:
            value, sha256, packed = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - our own bytes, yet any failure only costs a parse
            return None
        if not isinstance(value, model) or not isinstance(sha256, str) or not isinstance(
                packed, bytes):
            return None
        return value, _PackedDocument(packed, sha256)

    def put(self, key: str, value: BaseModel, doc: yaml_source.Document) -> None:
        # the positions apart: a run that changed one file needs no other file's positions unless
        # it reports a problem there, and unpickling them is half the cost of a cached file
        packed = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
        self.kept.put(self.name(key), pickle.dumps((value, doc.sha256, packed),
                                                   protocol=pickle.HIGHEST_PROTOCOL))

    def save(self) -> None:
        """Write the files this run validated, and remove those it did not use."""
        if self.parent is None or self.kept.secret is None:
            return
        try:
            self.parent.mkdir(parents=True, exist_ok=True)
            (self.parent / self._OLD).unlink(missing_ok=True)
        except OSError:
            return  # a cache that cannot be written costs time on the next run, nothing else
        self.kept.save()


class _PackedDocument(yaml_source.Document):
    """A cached file's document whose values and positions stay pickled until first asked for."""

    def __init__(self, packed: bytes, sha256: str):  # the dataclass's fields arrive when unpacked
        self._packed: bytes | None = packed
        self.sha256 = sha256

    def __getattr__(self, name: str) -> Any:  # only for attributes not yet set: the packed ones
        packed = self.__dict__.get("_packed")
        if packed is None or name.startswith("__"):
            raise AttributeError(name)
        doc = pickle.loads(packed)
        self.__dict__.update(data=doc.data, positions=doc.positions,
                             key_positions=doc.key_positions, flow=doc.flow, tagged=doc.tagged)
        self._packed = None
        return getattr(self, name)


def _plain_name(name: str) -> bool:
    """A name that is one entry of a folder: no separator, not '.' or '..', no NUL."""
    return bool(name) and name not in (".", "..") and "/" not in name and "\0" not in name \
        and (os.altsep is None or os.altsep not in name)


# Characters that a file name may not hold: printed raw, they would forge or hide lines of a report
# or a page (line breaks, controls, bidirectional overrides); lone surrogates are bytes that are
# not UTF-8, which no output can print.
_UNPRINTABLE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                               "\ufffe\uffff\ud800-\udfff]")


def _shown(name: str) -> str:
    """A name with its unprintable characters written out: a⟨U+000A⟩b.txt."""
    return _UNPRINTABLE_NAME.sub(
        lambda m: (f"⟨byte 0x{ord(m.group()) - 0xDC00:02X}⟩" if 0xDC80 <= ord(m.group()) <= 0xDCFF
                   else code_point(m.group())), name)


def _outside(project: Project, path: Path) -> Path | None:
    """Where a path leads when that is outside the project (through a link somewhere), else None."""
    try:
        target = path.resolve()
        root = project.root.resolve()
    except (OSError, RuntimeError):  # a loop of links: nothing can be read through it either
        return None
    return None if target.is_relative_to(root) else target


def _leaves_project(project: Project, path: Path, problems: list[Problem]) -> bool:
    """True, with a problem, for a folder or file that is a link to somewhere outside the project:
    content and seeds are published, and must come from the project itself."""
    target = _outside(project, path)
    if target is None:
        return False
    if path.is_dir():
        problems.append(problem(f"{project.rel(path).as_posix()}/", 1, 1, "",
                                f"is a link to a folder outside the project ({target}): "
                                "copy the files in instead"))
    else:
        problems.append(problem(project.rel(path), 1, 1, "",
                                f"is a link to a file outside the project ({target}): "
                                "copy the file in instead"))
    return True


def _listed(project: Project, folder: Path, suffixes: tuple[str, ...], problems: list[Problem],
            refused: list[Unread] | None = None, any_case: bool = False) -> list[Path]:
    """The files of a folder with one of the suffixes (in any case, with `any_case`), sorted;
    names that cannot be printed and links leading out of the project are refused, unread (and
    added to `refused`).

    The folder itself leads nowhere outside the project (its callers refuse it otherwise), so
    only an entry that is a link can: the others are not resolved, one lookup of every part of
    its path for each of thousands of files."""
    found = []
    with os.scandir(folder) as listing:
        entries = sorted((folder / entry.name, entry.is_symlink()) for entry in listing)
    for path, link in entries:
        if (path.suffix.lower() if any_case else path.suffix) not in suffixes:
            continue
        if _UNPRINTABLE_NAME.search(path.name):
            shown = project.rel(path.parent).as_posix() + "/" + _shown(path.name)
            problems.append(problem(shown, 1, 1, "", "the file name holds control characters, line "
                                    "breaks or bytes that are not UTF-8: rename the file"))
            if refused is not None:
                refused.append(Unread(Path(shown), None))
        elif link and _leaves_project(project, path, problems):
            if refused is not None:
                refused.append(Unread(project.rel(path), None))
        else:
            found.append(path)
    return found


def _yaml_files(project: Project, folder: Path, problems: list[Problem],
                refused: list[Unread]) -> list[Path]:
    """The YAML files of a content folder; those refused unread, or the folder, go to `refused`:
    what they hold is unknown."""
    if not folder.is_dir():
        return []
    if _leaves_project(project, folder, problems):
        refused.append(Unread(project.rel(folder), None))
        return []
    return [p for p in _listed(project, folder, (".yaml", ".yml"), problems, refused)
            if p.is_file()]


def load(project: Project, cache_dir: Path | None = None) -> Content:
    """Every actor file, summary and seed name, with problems; with a cache_dir, files whose
    bytes are unchanged since an earlier run are not parsed or validated again (`Validated`)."""
    content = Content()
    kept = Validated(cache_dir) if cache_dir is not None else None
    problems = content.problems
    outside = _leaves_project(project, project.content, problems)
    unread_actors = content.unread.setdefault("actors", [])
    unread_briefings = content.unread.setdefault("briefings", [])
    briefings: list[Path] = []
    if outside:
        unread_actors.append(Unread(project.rel(project.content), None))
        unread_briefings.append(Unread(project.rel(project.content), None))
    else:
        if not project.actors_dir.is_dir():
            problems.append(problem(project.rel(project.actors_dir), 1, 1, "",
                                    "no actor registry: create content/actors/ with a YAML file"))
        content.actors = load_actors(project, problems, kept, unread_actors)
        briefings = _yaml_files(project, project.briefings_dir, problems, unread_briefings)
    for path in briefings:
        rel = project.rel(path)
        briefing, doc, found = parse_file(path, rel, Briefing, kept)
        problems += found
        if briefing is not None:
            content.briefings += located(briefing, rel, doc)
        else:
            unread_briefings.append(Unread.of(path, rel))
    if not outside and _redirects_file(project, problems):
        rel = project.rel(project.redirects)
        redirects, doc, found = parse_file(project.redirects, rel, Redirects, kept)
        problems += found
        if redirects is not None:
            content.redirects += located(redirects, rel, doc)
    content.seeds = _seeds(project, problems)
    if kept is not None:
        kept.save()
    return content


def load_actors(project: Project, problems: list[Problem], kept: Validated | None = None,
                unread: list[Unread] | None = None) -> list[Located]:
    """Every actor of the registry files in content/actors/, without reading a summary: what
    `briefing draft` needs of a project, whatever the size of its archive. The files that do
    not load go to `unread`."""
    unread = [] if unread is None else unread
    out: list[Located] = []
    for path in _yaml_files(project, project.actors_dir, problems, unread):
        rel = project.rel(path)
        registry, doc, found = parse_file(path, rel, ActorRegistry, kept)
        problems += found
        if registry is not None:
            out += located(registry, rel, doc)
        else:
            unread.append(Unread.of(path, rel))
    return out


def located(value: BaseModel, rel: Path, doc: yaml_source.Document) -> list[Located]:
    """The items a file holds, each with the positions of its values: a summary is one item; a
    registry or the redirects file, one per entry of its list."""
    if isinstance(value, ActorRegistry):
        views = _item_views(doc, "actors", len(value.actors))
        return [Located(actor, rel, views[i]) for i, actor in enumerate(value.actors)]
    if isinstance(value, Redirects):
        views = _item_views(doc, "redirects", len(value.redirects))
        return [Located(one, rel, views[i]) for i, one in enumerate(value.redirects)]
    return [Located(value, rel, doc)]


def _redirects_file(project: Project, problems: list[Problem]) -> bool:
    """Whether content/redirects.yaml is there to read: it is optional, and a link out of the
    project is refused like any content file."""
    path = project.redirects
    if not (path.exists() or path.is_symlink()) or _leaves_project(project, path, problems):
        return False
    if not path.is_file():
        problems.append(problem(project.rel(path), 1, 1, "", "is not a file: the old addresses "
                                "of renamed actors and briefings belong in this file"))
        return False
    return True


def _item_views(doc: yaml_source.Document, key: str, n: int) -> list[yaml_source.Document]:
    """A view of the document rooted at each item of the list doc[key], so that locations read the
    same for every model. One pass over the positions: a registry holds thousands of actors."""
    views = [yaml_source.Document(data=None) for _ in range(n)]
    for source, target in ((doc.positions, "positions"), (doc.key_positions, "key_positions")):
        for loc, where in source.items():
            if len(loc) >= 2 and loc[0] == key and isinstance(loc[1], int) and loc[1] < n:
                getattr(views[loc[1]], target)[loc[2:]] = where
    return views


def _seeds(project: Project, problems: list[Problem]) -> dict[str, Path]:
    if not project.seeds.is_dir() or _leaves_project(project, project.seeds, problems):
        return {}
    # 'x.TXT' too: a seed the model refuses by its name is reported, never left out unsaid
    return {p.name: p for p in _listed(project, project.seeds, (".txt",), problems, any_case=True)}


def read_seed(project: Project, name: str) -> tuple[str | None, bytes | None, str | None]:
    """(text, raw bytes, None) or (None, None, why). Refuses any path that leaves seeds/."""
    seeds, outside = project.seeds_folder
    if outside:
        return None, None, "seeds/ is a link to a folder outside the project: copy the files in instead"
    candidate = project.seeds / name
    try:
        if _plain_name(name) and stat.S_ISREG(os.lstat(candidate).st_mode):
            resolved = seeds / name  # a file, not a link, right in seeds/: no part to resolve
        else:
            resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None, None, f"seed '{name}' does not exist in seeds/"
    if resolved.parent != seeds:
        return None, None, f"seed '{name}' leads outside seeds/ (a link?): seeds must be files in seeds/"
    if not resolved.is_file():
        return None, None, f"seed '{name}' is not a file"
    with resolved.open("rb") as f:
        raw = f.read(SEED_MAX_BYTES + 1)  # never more than the limit, however large the file
    if len(raw) > SEED_MAX_BYTES:
        return None, None, f"seed '{name}' is over {SEED_MAX_BYTES:,} bytes"
    try:
        return raw.decode("utf-8"), raw, None
    except UnicodeDecodeError as exc:
        return None, None, f"seed '{name}' is not UTF-8 (byte {exc.start})"
