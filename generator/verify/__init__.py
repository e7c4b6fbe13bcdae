"""Verify stage: cross references, seeds and their hashes, and every quote against its article."""

from __future__ import annotations

import os
import shlex
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..content.load import Content, Located, Project
from ..content.model import Actor, Briefing, Redirect
from ..problems import Problem, problem
from . import attribution, seed_names
from . import cache as verify_cache
from .briefing import VerifiedBriefing
from .cached import Slot, look_up, registry_key, verify_misses
from .links import check_answers, check_redirects, link_problems
from .registry import actor_registry, duplicate_id, registry_quotations, unreviewed_actors

__all__ = ["Verified", "VerifiedBriefing", "verify"]


@dataclass
class Verified:
    actors: dict[str, Actor]
    briefings: list[VerifiedBriefing]
    awaiting: list[str]  # seeds that no summary covers
    problems: list[Problem] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)  # old addresses that lead on
    checked: int = 0  # briefings whose quotes were matched in this run
    cached: int = 0  # briefings whose result came from the cache


def verify(project: Project, content: Content, strict: bool = False,
           cache_dir: Path | None = None) -> Verified:
    """Check every briefing; with a cache_dir, reuse what earlier runs found for briefings whose
    summary, seed, strictness, generator code and the part of the registry that their checks
    read (`attribution.Reads`) are all unchanged. References to actors are checked every run."""
    out: list[Problem] = list(content.problems)
    actors = actor_registry(content.actors, out, content)
    out += unreviewed_actors(project, content.actors, strict)
    cache = verify_cache.VerifyCache.open(cache_dir)
    reads = attribution.Reads(actors)
    registry = registry_key(actors, content)
    seen: dict[str, Located] = {}
    slots: list[Slot] = []
    for located in content.briefings:
        b: Briefing = located.value
        if b.id in seen:
            slots.append(Slot([duplicate_id(located, seen[b.id],
                                              f"briefing id '{b.id}' is already used by",
                                              "give each briefing its own id")], refused=True))
            continue
        seen[b.id] = located
        slots.append(look_up(project, content, located, actors, strict, cache, reads, registry))
    verify_misses(project, [s for s in slots if s.task is not None], actors, strict, cache)
    briefings: list[VerifiedBriefing] = []
    for slot in slots:
        out.extend(slot.problems)
        if slot.result is not None and not slot.refused:
            briefings.append(slot.result)
    cache.save()
    out.extend(cache.notes)
    check_answers(seen, out, content)
    redirects = check_redirects(content.redirects, content.actors, seen, out, content)
    out += link_problems([*content.briefings, *content.actors], seen, redirects, content)
    out += registry_quotations(project, content, seen)
    article = _articles(project, content)
    out += _one_summary_per_seed(content, seen, article)
    covered = {article(loc.value.source.seed) for loc in content.briefings}
    # a summary that did not load may be this seed's: its own error is the one to fix, and
    # `briefing draft` would write a second summary of the article
    awaiting = sorted(name for name in content.seeds if article(name) not in covered
                      and not content.may_hold("briefings", name))
    severity = "error" if strict else "warning"
    for name in awaiting:
        draft = shlex.join(["briefing", "draft", f"seeds/{name}"])
        out.append(seed_names.misnamed(project.seeds, name, severity) or problem(
            f"seeds/{name}", 1, 1, "",
            f"seed has no summary yet: run `{draft} --published YYYY-MM-DD` for a draft to "
            "review, or write content/briefings/<id>.yaml (it shows on the 'Awaiting summary' "
            "page meanwhile)", severity))
    return Verified(actors, briefings, awaiting, out, redirects, checked=cache.misses,
                    cached=cache.hits)


def _articles(project: Project, content: Content) -> Callable[[str], Path | str]:
    """The file a seed name leads to: a link in seeds/ to another seed is that one's article.
    Each name is resolved once a run, and a file that is no link without a lookup of every part
    of its path."""
    found: dict[str, Path | str] = {}

    def article(seed: str) -> Path | str:
        if seed not in found:
            path = content.seeds.get(seed)
            try:
                found[seed] = (seed if path is None else project.seeds_folder[0] / path.name
                               if stat.S_ISREG(os.lstat(path).st_mode) else path.resolve())
            except (OSError, RuntimeError):  # a loop of links: read_seed reports it
                found[seed] = seed
        return found[seed]

    return article


def _one_summary_per_seed(content: Content, ids: dict[str, Located],
                          article: Callable[[str], Path | str]) -> list[Problem]:
    """A seed summarized twice, under its name or another that leads to it: the site would show
    the article twice, under two titles, and a fix to one summary would leave the other as it
    was."""
    first: dict[Path | str, Located] = {}
    found = []
    for located in content.briefings:
        if ids.get(located.value.id) is not located:
            continue  # a copy under a used id: reported as such, and fixed by deleting the copy
        seed = located.value.source.seed
        other = first.setdefault(article(seed), located)
        if other is located:
            continue
        named = other.value.source.seed
        same = "" if named == seed else f" is the same file as '{named}', which"
        found.append(problem(located.path, *located.where("source", "seed"), "source.seed",
                             f"seed '{seed}'{same} already has a summary, {other.path} (line "
                             f"{other.where('source', 'seed')[0]}): an article has one summary; "
                             "keep one of the two files, moving into it what the other adds"))
    return found


