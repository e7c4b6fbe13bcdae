"""Corpus stage: every briefing as one body of knowledge, indexed once, in one pass.

Registers (sanctions, claims, timeline, questions, actor pages) draw on reviewed briefings only; a
draft shows on its own page with a banner until an editor marks it reviewed.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from ..content import dates
from ..content.model import (
    Actor,
    Answer,
    Briefing,
    Claim,
    Event,
    Question,
    Quote,
    Redirect,
    Sanction,
    actor_refs,
)
from ..verify import Verified, VerifiedBriefing

# Bytes of a tag's slug at most: with "--N.md" after it, well inside a file name's 255 bytes
SLUG_BYTES = 120


# a tag is on many briefings, and its slug is asked for each: worked out once per name
@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """A tag's file name in tags/: case, Latin accents and punctuation dropped, so that "Café" and
    "cafe" share a page; the letters of every other script kept with their marks, so that
    "Россия" and "中国", "किम" and "कीम" do not (folded to ASCII, every tag written in another
    script would be one page, named "tag")."""
    kept: list[str] = []
    for c in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(c) and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter
        kept.append(c)
    folded = unicodedata.normalize("NFC", "".join(kept)).casefold()
    word = "".join(c if c.isalnum() or unicodedata.category(c)[0] == "M" else "-" for c in folded)
    slug = re.sub("-+", "-", word).strip("-") or "tag"
    if len(slug.encode()) > SLUG_BYTES:  # a compatibility character may decompose into many
        digest = hashlib.sha256(slug.encode()).hexdigest()[:10]
        slug = f"{slug.encode()[:SLUG_BYTES - 11].decode(errors='ignore').rstrip('-')}-{digest}"
    # tags/index.md and the tags index (tags.md) would both be the site's tags/index.html; a slug
    # never holds "--" otherwise, nor ends in a word after it, so this one is no other tag's
    return "index--tag" if slug == "index" else slug


@dataclass(frozen=True)
class QuoteEntry:
    item: VerifiedBriefing
    quote: Quote
    period: dates.Period


@dataclass(frozen=True)
class SanctionEntry:
    item: VerifiedBriefing
    sanction: Sanction
    period: dates.Period


@dataclass(frozen=True)
class ClaimEntry:
    item: VerifiedBriefing
    claim: Claim


@dataclass(frozen=True)
class EventEntry:
    item: VerifiedBriefing
    event: Event
    period: dates.Period

    @property
    def expected(self) -> bool:
        return expected(self.period, self.item.briefing.source.published)


@dataclass
class QuestionEntry:
    item: VerifiedBriefing
    question: Question
    answers: list[tuple[VerifiedBriefing, Answer]] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return bool(self.answers)


@dataclass(frozen=True)
class Edge:
    item: VerifiedBriefing
    source: str
    kind: str
    target: str
    what: str | None


@dataclass
class TagEntry:
    name: str
    slug: str
    briefings: list[VerifiedBriefing] = field(default_factory=list)  # newest first, drafts too
    actors: list[str] = field(default_factory=list)  # ids, in the registry's order


@dataclass
class ActorView:
    """Everything the corpus knows about one actor."""

    actor: Actor
    names: list[str] = field(default_factory=list)  # aliases and how articles named it
    quotes: list[QuoteEntry] = field(default_factory=list)
    imposed: list[SanctionEntry] = field(default_factory=list)
    faced: list[SanctionEntry] = field(default_factory=list)
    claims: list[tuple[str, ClaimEntry]] = field(default_factory=list)  # (role, claim)
    briefings: list[tuple[VerifiedBriefing, str | None]] = field(default_factory=list)


@dataclass
class Corpus:
    briefings: list[VerifiedBriefing]  # newest first, drafts included
    actors: dict[str, ActorView]
    sanctions: list[SanctionEntry]
    claims: list[ClaimEntry]
    events: list[EventEntry]
    questions: list[QuestionEntry]
    edges: list[Edge]
    tags: dict[str, TagEntry]
    awaiting: list[str]
    by_id: dict[str, VerifiedBriefing] = field(default_factory=dict)
    question_index: dict[tuple[str, str], QuestionEntry] = field(default_factory=dict)
    edges_by_briefing: dict[str, list[Edge]] = field(default_factory=dict)
    redirects: list[Redirect] = field(default_factory=list)  # old addresses of renamed pages
    edges_by_actor: dict[str, list[Edge]] = field(default_factory=dict)  # as source or target
    # the actors each briefing names, drafts too, in the order it first names them: read once
    # from the summary here, where the page plan and the index of named actors need them again
    named: dict[str, list[str]] = field(default_factory=dict)

    @property
    def reviewed(self) -> list[VerifiedBriefing]:
        return [b for b in self.briefings if b.briefing.status == "reviewed"]

    def actor_name(self, actor_id: str) -> str:
        return self.actors[actor_id].actor.name


def event_period(e: Event) -> dates.Period:
    """An event's span: from its date's first day to its end's last day, if it has an end."""
    start = e.date.period
    if e.end is None:
        return start
    end = e.end.period
    return dates.Period(start.start, min(start.end, end.end) if end.end >= start.start
                        else end.end, start.precision, start.text)


def expected(period: dates.Period, published: dates.DateText) -> bool:
    """Whether an event was still ahead when the article was published: it starts after that day.
    An event whose span holds the publication day (this month, this year) is not."""
    return period.start > published.period.end


def _newest_first(item: VerifiedBriefing) -> tuple:
    b = item.briefing
    return (b.source.published, b.id)


def build(verified: Verified) -> Corpus:
    briefings = sorted(verified.briefings, key=_newest_first, reverse=True)
    actors = {a_id: ActorView(actor, names=[actor.name, *actor.aliases])
              for a_id, actor in sorted(verified.actors.items())}
    sanctions: list[SanctionEntry] = []
    claims: list[ClaimEntry] = []
    events: list[EventEntry] = []
    questions: dict[tuple[str, str], QuestionEntry] = {}
    answers: list[tuple[VerifiedBriefing, Answer]] = []
    edges: list[Edge] = []
    edges_by_briefing: dict[str, list[Edge]] = {}
    tags: dict[str, TagEntry] = {}
    named: dict[str, list[str]] = {}

    for item in briefings:
        b: Briefing = item.briefing
        mentioned = list(dict.fromkeys([ref for _, ref in actor_refs(b)]))
        named[b.id] = mentioned
        for tag in b.tags:
            slug = slugify(tag)
            entry = tags.setdefault(slug, TagEntry(tag, slug))
            if not entry.briefings or entry.briefings[-1] is not item:  # "UN" and "U.N." once
                entry.briefings.append(item)
        if b.status != "reviewed":
            continue
        published = b.source.published.period
        first_edge = len(edges)
        roles = {a.actor: a.role for a in b.actors}
        for a in b.actors:
            view = actors[a.actor]
            if a.mentions:
                # the names it has so far, folded once per briefing, not once per mention
                known = {n.casefold() for n in view.names}
                view.names += [m for m in a.mentions if m.casefold() not in known]
        for actor_id in mentioned:
            actors[actor_id].briefings.append((item, roles.get(actor_id)))
        for q in b.quotes:
            period = q.date.period if q.date else published
            if q.speaker is not None:  # verify refuses reviewed quotes without one
                actors[q.speaker].quotes.append(QuoteEntry(item, q, period))
        for s in b.sanctions:
            sanction = SanctionEntry(item, s, s.date.period)
            sanctions.append(sanction)
            for ref in s.imposers:
                actors[ref].imposed.append(sanction)
            for ref in s.targets:
                actors[ref].faced.append(sanction)
                for imposer in s.imposers:
                    edges.append(Edge(item, imposer, "sanctions", ref, None))
        for c in b.claims:
            claim = ClaimEntry(item, c)
            claims.append(claim)
            for role, refs in (("asserted", c.asserted_by), ("denied", c.denied_by),
                               ("disputed", c.disputed_by)):
                for ref in refs:
                    actors[ref].claims.append((role, claim))
        for e in b.events:
            events.append(EventEntry(item, e, event_period(e)))
        for question in b.questions:
            questions[(b.id, question.id)] = QuestionEntry(item, question)
        answers += [(item, a) for a in b.answers]
        edges += [Edge(item, r.source, r.kind, r.target, r.what) for r in b.relations]
        if len(edges) > first_edge:
            edges_by_briefing[b.id] = edges[first_edge:]

    for a_id, view in actors.items():
        for tag in view.actor.tags:
            slug = slugify(tag)
            tags.setdefault(slug, TagEntry(tag, slug)).actors.append(a_id)

    edges_by_actor: dict[str, list[Edge]] = {}
    for edge in edges:
        edges_by_actor.setdefault(edge.source, []).append(edge)
        if edge.target != edge.source:
            edges_by_actor.setdefault(edge.target, []).append(edge)

    for item, answer in answers:
        key = (answer.question.briefing, answer.question.question)
        if key in questions:  # an answer to a draft's question waits for the draft's review
            questions[key].answers.append((item, answer))

    def newest_sanction_first(entries: list[SanctionEntry]) -> None:
        # stable even when reversed: measures of one date and briefing keep the article's order
        entries.sort(key=lambda e: (dates.sort_key(e.period), e.item.briefing.source.published,
                                    e.item.briefing.id), reverse=True)

    for view in actors.values():
        view.quotes.sort(key=lambda e: (e.period.end, e.item.briefing.source.published,
                                        e.item.briefing.id), reverse=True)
        newest_sanction_first(view.imposed)
        newest_sanction_first(view.faced)
    newest_sanction_first(sanctions)
    events.sort(key=lambda e: (dates.sort_key(e.period), e.item.briefing.source.published,
                               e.item.briefing.id, e.event.id))
    return Corpus(
        briefings=briefings,
        actors=actors,
        sanctions=sanctions,
        claims=claims,
        events=events,
        questions=list(questions.values()),
        edges=edges,
        tags=dict(sorted(tags.items())),
        awaiting=verified.awaiting,
        by_id={item.briefing.id: item for item in briefings},
        question_index=questions,
        edges_by_briefing=edges_by_briefing,
        redirects=verified.redirects,
        edges_by_actor=edges_by_actor,
        named=named,
    )
