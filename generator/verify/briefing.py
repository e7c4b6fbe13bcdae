"""One briefing against its article: references, ids, quotes, quoted words in prose and
speakers."""

from __future__ import annotations

import hashlib
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from ..content.load import Content, Located, Project
from ..content.model import Actor, Briefing, actor_refs, refs
from ..problems import Problem, field_path, problem
from . import attribution, matching, quoted_text
from .messages import quote_message, suggest


@dataclass(frozen=True)
class VerifiedBriefing:
    briefing: Briefing
    path: Path
    seed_text: str
    seed_sha256: str
    spans: dict[str, list[tuple[int, int]]]  # quote id -> spans in the seed
    # quote id -> what the article's words say of its speaker, with those words
    speakers: dict[str, attribution.Verdict] = field(default_factory=dict)
    # of the summary's bytes, which the model is made from by this code alone: what the page
    # plan keys the briefing by, where a dump of the model costs a tenth of a millisecond a
    # briefing of the archive on every run; "" when unknown (the plan dumps the model then)
    summary_sha256: str = ""


def reference_problems(located: Located, actors: dict[str, Actor], content: Content
                        ) -> tuple[list[Problem], bool]:
    """Actor ids the registry does not hold, and mentions that name another actor; and whether
    the briefing names an actor that an actor file that did not load may hold."""
    b: Briefing = located.value
    found = []
    unsure = False
    for loc, ref in actor_refs(b):
        if ref in actors:
            continue
        if content.may_hold("actors", ref):
            unsure = True
            continue
        found.append(problem(located.path, *located.where(*loc), field_path(loc),
                             f"unknown actor '{ref}'{suggest(ref, actors)}: add it to "
                             "content/actors/ or fix the id"))
    found += attribution.mention_problems(located, actors)
    return found, unsure


def verify_briefing(project: Project, located: Located, actors: dict[str, Actor], strict: bool,
                     out: list[Problem], seed: tuple[str | None, bytes | None, str | None]
                     ) -> VerifiedBriefing | None:
    b: Briefing = located.value
    path = located.path
    n_errors = 0  # errors of this briefing; counting all of `out` each time would be quadratic

    def err(loc: tuple, message: str, severity: str = "error") -> None:
        nonlocal n_errors
        n_errors += severity == "error"
        out.append(problem(path, *located.where(*loc), field_path(loc), message, severity))

    if b.status == "draft":
        err(("status",), "this briefing is an unreviewed draft: review it and set "
                         "'status: reviewed' (--strict publishes reviewed briefings only)",
            "error" if strict else "warning")
    for i, q in enumerate(b.quotes):
        if q.speaker is None and q.source is None and b.status != "draft":
            err(("quotes", i, "speaker"), f"quote '{q.id}' has no speaker: name its actor id, or "
                                          "describe an unnamed speaker as the article does under "
                                          "`source: {description: …}` (only a draft may leave "
                                          "both empty)")
    for name in ("quotes", "sanctions", "claims", "events", "questions"):
        ids: dict[str, int] = {}
        for i, item in enumerate(getattr(b, name)):
            if item.id in ids:
                err((name, i, "id"), f"id '{item.id}' is already used by {name}[{ids[item.id]}]")
            ids.setdefault(item.id, i)
    listed: set[str] = set()
    for i, a in enumerate(b.actors):
        if a.actor in listed:
            err(("actors", i, "actor"), f"actor '{a.actor}' is listed twice: merge the entries")
        listed.add(a.actor)
    quote_ids = {q.id for q in b.quotes}
    for loc, ref, _ in refs(b, "quote"):
        if ref not in quote_ids:
            err(loc, f"no quote with id '{ref}' in this briefing{suggest(ref, quote_ids)}")
    text, raw, why = seed
    if text is None or raw is None:
        err(("source", "seed"), f"{why}; name a .txt file in seeds/")
        return None
    digest = hashlib.sha256(raw).hexdigest()
    spans: dict[str, list[tuple[int, int]]] = {}
    article = matching.normalize(text)
    results = []
    for i, q in enumerate(b.quotes):
        found = matching.find(article, q.text, unmarked=q.unmarked)
        results.append((i, q, found))
        if isinstance(found, matching.Match):
            spans[q.id] = found.spans
    speakers = attribution.verdicts(text, spans, b, actors)
    stale = digest != b.source.sha256
    for i, q, found in results:
        if isinstance(found, matching.Match):
            if stale:
                err(("quotes", i, "text"), f"quote '{q.id}' still matches the changed seed",
                    "note")
            continue
        message = quote_message(q.id, q.text, b.source.seed, found)
        if stale:
            message = "no longer matches the changed seed: " + message
        err(("quotes", i, "text"), message)
    if stale:
        matched = sum(1 for _, _, f in results if isinstance(f, matching.Match))
        err(("source", "sha256"),
            f"the seed {b.source.seed} has changed since this summary was checked "
            f"(recorded {b.source.sha256[:12]}…, now {digest[:12]}…): {matched} of {len(results)} "
            f"quotes still match. Review the summary against the article, then run "
            f"`{shlex.join(['briefing', 'restamp', path.as_posix()])}`")
    for more in [*quoted_text.check(project.root, located, article),
                 *attribution.speaker_problems(located, text, speakers, strict),
                 *attribution.claim_problems(located, actors, strict),
                 *attribution.prose_problems(located, text, article, actors, strict)]:
        n_errors += more.severity == "error"
        out.append(more)
    for i, a in enumerate(b.actors):
        for j, mention in enumerate(a.mentions):
            if not article.holds(mention):
                err(("actors", i, "mentions", j), f"'{mention}' does not occur in the article")
    if n_errors:
        return None
    return VerifiedBriefing(b, path, text, digest, spans, speakers, located.doc.sha256)
