"""The cross-briefing registers (sanctions, timeline, claims, relationships, questions), one page
per year.

A register on one page grows with the archive without bound: at 10,000 briefings the claims
register alone was a 20 MB page. Each register is an index page (the one in the navigation),
listing its years with counts, and a page per year under a folder of the register's name. A year
with more entries than the register's ROWS is cut into pages of at most that many, in the
register's order, so that no page outgrows what a browser opens comfortably, however dense the
archive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import diagrams
from .corpus import Corpus

# Entries on one page, at most: each at most about 0.7 MB of HTML on the archive of the shipped
# briefing replicated (a claim with the quotes it cites takes about 2.3 kB of HTML, a sanction
# 0.65 kB, a timeline row 0.36 kB, a question 0.4 kB). The relationships register counts a line
# per briefing that reported a relationship (about 0.3 kB each), not rows: a relationship that a
# thousand briefings reported is a thousand lines.
ROWS = {"sanctions": 1000, "timeline": 2000, "claims": 300, "relations": 1200, "questions": 1000}


@dataclass(frozen=True)
class Register:
    name: str  # the index page is {name}.md, the year pages {name}/{year}.md
    noun: str  # what one entry is, for counts
    template: str  # of a year page; the index uses {name}.md.j2


@dataclass
class Part:
    """One page of a register: the entries of one year, or of one part of a year."""

    register: Register
    year: str
    number: int  # 1 for the first (or only) part of the year
    parts: int  # how many parts the year has
    entries: list[Any]
    briefings: frozenset[str]  # ids of the briefings whose entries the page shows
    # which of those briefings' entries, in order: where the year is cut depends on the entries
    # before the page, so a page can show other entries of the same briefings after a change
    # elsewhere in the year, and its digest must tell (see `cut`)
    cut: list[Any]

    @property
    def path(self) -> str:
        return page_path(self.register, self.year, self.number)

    @property
    def paths(self) -> list[str]:
        """Every page of the same year, this one included."""
        return [page_path(self.register, self.year, n) for n in range(1, self.parts + 1)]


@dataclass(frozen=True)
class Year:
    """A line of a register's index: a year, how many entries it has, and its pages."""

    year: str
    count: int
    paths: tuple[str, ...]


def page_path(register: Register, year: str, number: int = 1) -> str:
    return f"{register.name}/{year}{'' if number == 1 else f'-{number}'}.md"


SANCTIONS = Register("sanctions", "measure", "sanctions_year.md.j2")
TIMELINE = Register("timeline", "event", "timeline_year.md.j2")
CLAIMS = Register("claims", "claim", "claims_year.md.j2")
RELATIONS = Register("relations", "relationship", "relations_year.md.j2")
QUESTIONS = Register("questions", "question", "questions_year.md.j2")
REGISTERS = (SANCTIONS, TIMELINE, CLAIMS, RELATIONS, QUESTIONS)


def _by_year(entries: Iterable[Any], year: Callable[[Any], str]) -> dict[str, list[Any]]:
    """Entries grouped by year, years in the order the register's own order first meets them."""
    groups: dict[str, list[Any]] = {}
    for entry in entries:
        groups.setdefault(year(entry), []).append(entry)
    return groups


def _relation_years(corpus: Corpus) -> dict[str, list[diagrams.Link]]:
    """Relationships by the year of the briefings that report them: a link reported in two years
    is a row of each year, listing that year's briefings."""
    edges = _by_year(corpus.edges, lambda e: e.item.briefing.source.published[:4])
    return {year: sorted(diagrams.merge(found), key=link_order)
            for year, found in sorted(edges.items(), reverse=True)}


def link_order(link: diagrams.Link) -> tuple:
    return (link.kind, link.source, link.target)


def years(corpus: Corpus, register: Register) -> dict[str, list[Any]]:
    if register is SANCTIONS:  # newest first, as the corpus orders them
        return _by_year(corpus.sanctions, lambda e: str(e.period.end.year))
    if register is TIMELINE:  # oldest first; a period sits in the year it ends in
        return _by_year(corpus.events, lambda e: str(e.period.end.year))
    if register in (CLAIMS, QUESTIONS):  # by the briefing that reports them, newest first
        entries = corpus.claims if register is CLAIMS else corpus.questions
        return _by_year(entries, lambda e: e.item.briefing.source.published[:4])
    return _relation_years(corpus)


def _briefings_of(register: Register, entries: list[Any]) -> frozenset[str]:
    if register is RELATIONS:
        return frozenset(bid for link in entries for bid in link.briefings)
    if register is QUESTIONS:  # the answers show too
        return frozenset([e.item.briefing.id for e in entries] + [
            item.briefing.id for e in entries for item, _ in e.answers])
    return frozenset(entry.item.briefing.id for entry in entries)


def ordinals(ids: Iterable[str]) -> list[tuple[str, int]]:
    """Each briefing id with how many entries of the same briefing came before it: the n-th entry
    of a briefing in a register's order is the same entry while that briefing is unchanged, as the
    register orders one briefing's entries by that briefing alone."""
    seen: dict[str, int] = {}
    out = []
    for bid in ids:
        out.append((bid, seen.get(bid, 0)))
        seen[bid] = seen.get(bid, 0) + 1
    return out


def _cuts(register: Register, entries: list[Any], chunks: list[list[Any]]) -> list[list[Any]]:
    """What identifies each chunk's entries (see Part.cut): a relationship's row by its ends, kind
    and the briefings it lists on the page; any other entry by its briefing and its rank among
    that briefing's entries of the year."""
    if register is RELATIONS:
        return [[(link.kind, link.source, link.target, link.briefings, link.continues)
                 for link in chunk] for chunk in chunks]
    keys = ordinals(entry.item.briefing.id for entry in entries)
    out, start = [], 0
    for chunk in chunks:
        out.append(keys[start:start + len(chunk)])
        start += len(chunk)
    return out


def _report_chunks(links: list[diagrams.Link], rows: int) -> list[list[diagrams.Link]]:
    """Relationship rows cut by what a row shows, one line per briefing that reported it: a
    relationship told by a thousand briefings is a thousand lines, so a page holds at most `rows`
    of them, and such a row goes on over the pages that follow."""
    chunks: list[list[diagrams.Link]] = [[]]
    room = rows
    for link in links:
        start = 0
        while start < len(link.briefings):
            if room == 0:
                chunks.append([])
                room = rows
            taken = link.briefings[start:start + room]
            chunks[-1].append(diagrams.piece(link, taken, continues=start > 0))
            start += len(taken)
            room -= len(taken)
    return chunks if chunks[0] else []


def split(corpus: Corpus, register: Register) -> tuple[list[Year], list[Part]]:
    """The register's index lines and its pages."""
    index: list[Year] = []
    pages: list[Part] = []
    for year, entries in years(corpus, register).items():
        rows = ROWS[register.name]
        chunks = (_report_chunks(entries, rows) if register is RELATIONS
                  else [entries[i:i + rows] for i in range(0, len(entries), rows)])
        parts = [Part(register, year, n, len(chunks), chunk, _briefings_of(register, chunk), cut)
                 for n, (chunk, cut) in enumerate(zip(chunks, _cuts(register, entries, chunks),
                                                      strict=True), 1)]
        index.append(Year(year, len(entries), tuple(p.path for p in parts)))
        pages += parts
    return index, pages


@dataclass(frozen=True)
class KindCount:
    """How many relationships of one kind a year has, and the first of its pages that shows them
    (a year's rows are in kind order, so a kind's rows follow one another)."""

    year: str
    count: int
    path: str


def relation_kinds(parts: list[Part]) -> list[tuple[str, list[KindCount | None], int]]:
    """The relationships register's overview: for each kind, its count in each year (newest
    first, None where it has none) and over all years."""
    years = list(dict.fromkeys(part.year for part in parts))
    found: dict[str, dict[str, KindCount]] = {}
    for part in parts:
        for link in part.entries:
            if link.continues:  # counted on the page where its row begins
                continue
            by_year = found.setdefault(link.kind, {})
            old = by_year.get(part.year)
            by_year[part.year] = KindCount(part.year, (old.count if old else 0) + 1,
                                           old.path if old else part.path)
    return [(kind, [found[kind].get(y) for y in years], sum(c.count for c in found[kind].values()))
            for kind in diagrams.KINDS if kind in found]
