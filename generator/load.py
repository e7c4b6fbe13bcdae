"""Load stage: YAML files and seed articles into model objects, with every problem located."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import yaml_source
from .model import ActorRegistry, Briefing
from .problems import Problem, field_path, problem

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


@dataclass
class Content:
    actors: list[Located] = field(default_factory=list)  # one per Actor
    briefings: list[Located] = field(default_factory=list)
    seeds: dict[str, Path] = field(default_factory=dict)  # seed file name -> absolute path
    # seeds named by summaries that failed to load: they have a summary, just a broken one
    claimed_seeds: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)


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
    def seeds(self) -> Path:
        return self.root / "seeds"

    def rel(self, path: Path) -> Path:
        try:
            return path.relative_to(self.root)
        except ValueError:
            return path


def _pydantic_problems(exc: ValidationError, rel: Path, doc: yaml_source.Document,
                       model: type[BaseModel], prefix: tuple = ()) -> list[Problem]:
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
            line, col = doc.where_key(loc)
        elif kind == "missing":
            message = f"required field '{loc[-1]}' is missing"
            line, col = doc.where(loc[:-1])
        else:
            if message.startswith("Value error, "):
                message = message[len("Value error, "):]
            if kind == "string_type" and isinstance(err["input"], bool):
                message = ("YAML reads this word as yes/no, not as text: put it in quotes, "
                           "like 'yes'")
            if kind == "literal_error":
                message = f"{err['input']!r} is not one of: {message.split('Input should be ')[-1]}"
            line, col = doc.where(loc)
        found.append(problem(rel, line, col, field_path(loc), message))
    return found


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the (nested) model at a location, for 'did you mean' hints."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part) if isinstance(current, type) else None
        if info is None:
            return []
        current = _inner_model(info.annotation)
        if current is None:
            return []
    return list(current.model_fields) if isinstance(current, type) else []


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def parse_file(path: Path, rel: Path, model: type[M]) -> tuple[M | None, yaml_source.Document,
                                                                list[Problem]]:
    try:
        raw = path.read_bytes()
        doc = yaml_source.parse(raw)
    except OSError as exc:
        return None, yaml_source.Document(None), [problem(rel, 1, 1, "", f"cannot read: {exc.strerror}")]
    except yaml_source.YamlError as exc:
        return None, yaml_source.Document(None), [problem(rel, exc.line, exc.col, "", exc.message)]
    if not isinstance(doc.data, dict):
        return None, doc, [problem(rel, 1, 1, "", f"expected a mapping of fields at the top of the "
                                   f"file, found {type(doc.data).__name__}")]
    try:
        return model.model_validate(doc.data), doc, []
    except ValidationError as exc:
        return None, doc, _pydantic_problems(exc, rel, doc, model)


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load(project: Project) -> Content:
    content = Content()
    if not project.actors_dir.is_dir():
        content.problems.append(problem(project.rel(project.actors_dir), 1, 1, "",
                                        "no actor registry: create content/actors/ with a YAML file"))
    for path in _yaml_files(project.actors_dir):
        rel = project.rel(path)
        registry, doc, found = parse_file(path, rel, ActorRegistry)
        content.problems += found
        if registry is not None:
            views = _item_views(doc, "actors", len(registry.actors))
            content.actors += [Located(actor, rel, views[i])
                               for i, actor in enumerate(registry.actors)]
    for path in _yaml_files(project.briefings_dir):
        rel = project.rel(path)
        briefing, doc, found = parse_file(path, rel, Briefing)
        content.problems += found
        if briefing is not None:
            content.briefings.append(Located(briefing, rel, doc))
        elif isinstance(doc.data, dict) and isinstance(doc.data.get("source"), dict):
            content.claimed_seeds.add(str(doc.data["source"].get("seed")))
    content.seeds = find_seeds(project)
    return content


def _item_views(doc: yaml_source.Document, key: str, n: int) -> list[yaml_source.Document]:
    """A view of the document rooted at each item of the list doc[key], so that locations read the
    same for every model. One pass over the positions: a registry holds thousands of actors."""
    views = [yaml_source.Document(data=None) for _ in range(n)]
    for source, target in ((doc.positions, "positions"), (doc.key_positions, "key_positions")):
        for loc, where in source.items():
            if len(loc) >= 2 and loc[0] == key and isinstance(loc[1], int) and loc[1] < n:
                getattr(views[loc[1]], target)[loc[2:]] = where
    return views


def find_seeds(project: Project) -> dict[str, Path]:
    if not project.seeds.is_dir():
        return {}
    return {p.name: p for p in sorted(project.seeds.iterdir()) if p.suffix == ".txt"}


def read_seed(project: Project, name: str) -> tuple[str | None, bytes | None, str | None]:
    """(text, raw bytes, None) or (None, None, why). Refuses any path that leaves seeds/."""
    seeds = project.seeds.resolve()
    candidate = project.seeds / name
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None, None, f"seed '{name}' does not exist in seeds/"
    if resolved.parent != seeds:
        return None, None, f"seed '{name}' leads outside seeds/ (a link?): seeds must be files in seeds/"
    if not resolved.is_file():
        return None, None, f"seed '{name}' is not a file"
    raw = resolved.read_bytes()
    if len(raw) > SEED_MAX_BYTES:
        return None, None, f"seed '{name}' is over {SEED_MAX_BYTES:,} bytes"
    try:
        return raw.decode("utf-8"), raw, None
    except UnicodeDecodeError as exc:
        return None, None, f"seed '{name}' is not UTF-8 (byte {exc.start})"
