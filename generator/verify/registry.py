"""The actor registry: ids once, names and aliases naming one actor, countries that are states,
proposals not yet reviewed, and the words its texts quote held to the articles."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .. import look_alike
from ..content import safe_text
from ..content.load import Content, Located, Project, read_seed
from ..content.model import Actor, Briefing
from ..problems import Problem, field_path, problem
from . import matching, quoted_text
from .messages import suggest


def duplicate_id(located: Located, first: Located, what: str, fix: str) -> Problem:
    return problem(located.path, *located.where("id"), "id",
                   f"{what} {first.path}:{first.where('id')[0]}; {fix}")


_REVIEW = re.compile(r"(?:^|\s)#\s*REVIEW\b")


def unreviewed_actors(project: Project, located: list[Located], strict: bool) -> list[Problem]:
    """Actors that `briefing draft` proposed and nobody has accepted yet: their `id` line still
    carries its `# REVIEW` mark. A warning, an error with --strict: a proposal is read first."""
    out: list[Problem] = []
    lines: dict[Path, list[str]] = {}
    for loc in located:
        if loc.path not in lines:
            try:
                lines[loc.path] = (project.root / loc.path).read_text(encoding="utf-8").split("\n")
            except (OSError, UnicodeDecodeError):
                lines[loc.path] = []
        line, _ = loc.where("id")
        written = lines[loc.path]
        mark = _REVIEW.search(written[line - 1]) if 0 < line <= len(written) else None
        if mark:
            out.append(problem(loc.path, line, mark.start() + 1 + (written[line - 1][mark.start()] != "#"),
                               "id", f"actor '{loc.value.id}' is a proposal not yet reviewed: check "
                               "its name, kind and role against the article, then delete this "
                               "REVIEW mark", "error" if strict else "warning"))
    return out


def actor_registry(located: list[Located], out: list[Problem], content: Content
                    ) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    where: dict[str, Located] = {}
    # skeleton -> the actor, the name as written, and where it is written
    names: dict[str, tuple[str, str, str]] = {}
    for loc in located:
        actor: Actor = loc.value
        if actor.id in actors:
            out.append(duplicate_id(loc, where[actor.id], f"actor id '{actor.id}' is already defined at",
                                     "merge the two records"))
            continue
        actors[actor.id] = actor
        where[actor.id] = loc
        for i, name in enumerate([actor.name, *actor.aliases]):
            # names are compared as a reader sees them (UTS #39's confusables skeleton): 'Blinken'
            # with a Cyrillic 'е', a dotless 'ı' or in Cherokee capitals is the same name
            where_in = ("name",) if i == 0 else ("aliases", i - 1)
            keys = look_alike.skeletons(name)
            clash = next((names[key] for key in keys
                          if key in names and names[key][0] != actor.id), None)
            if clash is not None:
                other, other_name, other_at = clash
                same = "" if other_name == name else f", it looks the same as '{other_name}'"
                out.append(problem(loc.path, *loc.where(*where_in), field_path(where_in),
                                   f"'{safe_text.show_controls(name)}' already names actor "
                                   f"'{other}' ({other_at}{same}): a name or alias must point "
                                   "to one actor only: merge the two actors if they are one; if "
                                   "they are two, tell them apart in one of the names (a given "
                                   "name, an initial), as a reader could not"))
            at = "{}:{}:{}".format(loc.path, *loc.where(*where_in))
            for key in keys:
                names.setdefault(key, (actor.id, name, at))
    for actor_id, actor in actors.items():
        if actor.country is None:
            continue
        loc = where[actor_id]
        state = actors.get(actor.country)
        if state is None and content.may_hold("actors", actor.country):
            continue  # the state may be in an actor file that did not load
        if state is None:
            out.append(problem(loc.path, *loc.where("country"), "country",
                               f"unknown actor '{actor.country}'{suggest(actor.country, actors)}"))
        elif state.kind != "state":
            out.append(problem(loc.path, *loc.where("country"), "country",
                               f"'{actor.country}' is a {state.kind}, not a state"))
    return actors


def registry_quotations(project: Project, content: Content, ids: dict[str, Located]
                         ) -> list[Problem]:
    """Words a registry actor's description or role puts in quotation marks, held to the
    articles of the briefings that list the actor: the registry belongs to no one article. Each
    article is read once, and only for an actor whose text quotes something."""
    listing: dict[str, list[str]] = {}
    for located in ids.values():
        b: Briefing = located.value
        for entry in b.actors:
            listing.setdefault(entry.actor, []).append(b.source.seed)
    read: dict[str, matching.Normalized | None] = {}

    def article(seed: str) -> matching.Normalized | None:
        if seed not in read:
            text, _, _ = read_seed(project, seed)
            read[seed] = None if text is None else matching.normalize(text)
        return read[seed]

    def articles(actor_id: str) -> Iterable[matching.Normalized]:
        for seed in dict.fromkeys(listing.get(actor_id, [])):
            found = article(seed)
            if found is not None:
                yield found

    out: list[Problem] = []
    for located in content.actors:
        out += quoted_text.check_actor(project.root, located, articles(located.value.id))
    return out
