"""The briefings to verify, with what the cache holds of earlier runs, and those it does not,
verified by forked workers when there are many."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .. import parallel
from ..content.load import Content, Located, Project, read_seed
from ..content.model import Actor, Briefing
from ..problems import Problem
from . import attribution
from . import cache as verify_cache
from .briefing import VerifiedBriefing, reference_problems, verify_briefing


@dataclass
class Slot:
    """One briefing's outcome, in the order of the summaries: its problems and its result, or the
    matching still to do (`task`: the summary, its seed, and the cache key to keep the verdict)."""

    problems: list[Problem]
    refused: bool = False  # a reference error: the briefing is left out whatever its quotes
    result: VerifiedBriefing | None = None
    task: tuple[Located, tuple[str | None, bytes | None, str | None], str | None] | None = None


# Briefings to match before forked workers share them (`parallel`): fewer are done here faster.
PARALLEL_FROM = 50


def registry_key(actors: dict[str, Actor], content: Content) -> str | None:
    """The whole registry as the references and the speaker check read it, for the cache's
    shortcuts; None when an actor file did not load (what it holds is unknown)."""
    if content.unread.get("actors"):
        return None
    digest = hashlib.sha256()
    for actor in actors.values():
        digest.update(actor.model_dump_json().encode("utf-8") + b"\0")
    return digest.hexdigest()


def look_up(project: Project, content: Content, located: Located, actors: dict[str, Actor],
             strict: bool, cache: verify_cache.VerifyCache, reads: attribution.Reads,
             registry: str | None = None) -> Slot:
    """References to the registry checked afresh, unless the cache's shortcut for this summary,
    seed and whole `registry` (registry_key) holds them; the quotes, their quotation marks and
    speakers from the cache when it has them."""
    b: Briefing = located.value
    seed = read_seed(project, b.source.seed)
    text, raw, _ = seed
    quick = None
    if registry is not None and text is not None and raw is not None and located.doc.sha256:
        seed_digest = hashlib.sha256(raw).hexdigest()
        quick = verify_cache.key("shortcut", str(located.path), located.doc.sha256, seed_digest,
                                 registry, "strict" if strict else "lenient")
        hit = cache.shortcut(quick, lambda e: _as_written(e, b, str(located.path), len(text)))
        if hit is not None:
            shortcut, kept = hit
            slot = Slot([*shortcut.refs, *kept.problems])
            slot.refused = any(p.severity == "error" for p in shortcut.refs)
            slot.result = (None if kept.spans is None else VerifiedBriefing(
                b, located.path, text, seed_digest, kept.spans, kept.speakers,
                located.doc.sha256))
            return slot
    found, unsure = reference_problems(located, actors, content)
    slot = Slot(found)
    if unsure:
        # it names actors that an actor file that did not load may hold: that file's error is
        # the one reported, and the briefing is checked once the registry is whole again
        slot.refused = True
        return slot
    slot.refused = any(p.severity == "error" for p in slot.problems)
    if text is None or raw is None or not located.doc.sha256:
        cache.misses += 1
        slot.task = (located, seed, None)
        return slot
    digest = hashlib.sha256(raw).hexdigest()
    key = verify_cache.key(str(located.path), located.doc.sha256, digest,
                           reads.digest(text, b), "strict" if strict else "lenient")
    if quick is not None:
        cache.put_shortcut(quick, verify_cache.Shortcut(key, list(found)))
    entry = cache.get(key, lambda e: _as_written(e, b, str(located.path), len(text)))
    if entry is None:
        slot.task = (located, seed, key)
    else:
        slot.problems += entry.problems
        slot.result = (None if entry.spans is None
                       else VerifiedBriefing(b, located.path, text, digest, entry.spans,
                                             entry.speakers, located.doc.sha256))
    return slot


def verify_misses(project: Project, slots: list[Slot], actors: dict[str, Actor], strict: bool,
                   cache: verify_cache.VerifyCache) -> None:
    """Match the quotes of the briefings the cache could not vouch for, each independent of the
    others: by forked workers when there are many, which send back problems, spans and verdicts
    only."""
    tasks = [slot.task for slot in slots if slot.task is not None]

    def work(index: int) -> tuple[list[Problem], dict[str, list[tuple[int, int]]] | None,
                                  dict[str, attribution.Verdict]]:
        located, seed, _ = tasks[index]
        found: list[Problem] = []
        result = verify_briefing(project, located, actors, strict, found, seed)
        return (found, None, {}) if result is None else (found, result.spans, result.speakers)

    for slot, task, (found, spans, speakers) in zip(
            slots, tasks, parallel.mapped(work, len(tasks), PARALLEL_FROM), strict=True):
        located, (text, raw, _), key = task
        slot.problems += found
        if spans is not None and text is not None and raw is not None:
            slot.result = VerifiedBriefing(located.value, located.path, text,
                                           hashlib.sha256(raw).hexdigest(), spans, speakers,
                                           located.doc.sha256)
        if key is not None:
            cache.put(key, verify_cache.Entry(found, spans, speakers))
        slot.task = None


def _as_written(entry: verify_cache.Entry, b: Briefing, path: str, length: int) -> bool:
    """Whether a cached verdict has the shape this generator writes for this briefing: its own
    file's problems only, and, when it verified, a span inside the article for every quote."""
    if any(p.path != path or p.severity not in ("error", "warning", "note")
           for p in entry.problems):
        return False
    failed = any(p.severity == "error" for p in entry.problems)
    if entry.spans is None:
        return failed
    return (not failed and entry.spans.keys() == {q.id for q in b.quotes}
            and entry.speakers.keys() <= entry.spans.keys()
            and all(0 <= start < end <= length
                    for found in entry.spans.values() for start, end in found))
