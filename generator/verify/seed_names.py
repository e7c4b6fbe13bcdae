"""Seed files whose names no summary can give (`SeedFile`): named as a browser saves a page
('My Article.txt', 'pékin.txt', 'article (1).txt', 'x.TXT'). `check` reports each one, and `draft`
refuses it, with the one message: the rule, and a name to rename the file to."""

from __future__ import annotations

from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..article.names import slugify
from ..content.model import SEED_RULE, SeedFile
from ..problems import Problem, problem

_SEED_FILE = TypeAdapter(SeedFile)


def misnamed(seeds: Path, name: str, severity: str = "error") -> Problem | None:
    """A problem at seeds/NAME:1:1 for a seed whose name the model refuses, or None."""
    try:
        _SEED_FILE.validate_python(name)
    except ValidationError:
        return problem(f"seeds/{name}", 1, 1, "",
                       f"no summary can name this seed: a seed's name holds {SEED_RULE}; rename "
                       f"the file, e.g. to '{rename(seeds, name)}'", severity)
    return None


def rename(seeds: Path, name: str) -> str:
    """The slug of a name (the project's one slug rule) with '.txt', that no other file of seeds/
    holds: 'My Article.txt' -> 'my-article.txt', 'x.TXT' -> 'x.txt'."""
    stem = name[:-4] if name.casefold().endswith(".txt") else name
    slug = slugify(stem)
    candidate, n = f"{slug}.txt", 1
    while _other(seeds / candidate, seeds / name):
        n += 1
        candidate = f"{slug}-{n}.txt"
    return candidate


def _other(path: Path, own: Path) -> bool:
    """Whether a file other than `own` has this path (a folder that ignores case makes
    'x.txt' the very file 'x.TXT')."""
    try:
        return path.exists() and not path.samefile(own)
    except OSError:
        return True
