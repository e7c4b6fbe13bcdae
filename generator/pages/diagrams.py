"""Relationship diagrams as Mermaid flowcharts: who supplies, sanctions or accuses whom.

Node labels and edge labels come from content, so they pass through `label`, which keeps letters,
digits and a little punctuation and drops everything Mermaid or a Markdown fence could read as
syntax (quotes, brackets, angle brackets, semicolons, pipes, backticks, newlines). Node ids are
generated (`a_` + the actor id), never names. Each diagram comes with the same relationships as a
text list, so readers without JavaScript or a screen reader lose nothing.

A diagram is drawn only for a few relationships (DIAGRAM_LIMIT): past about fifteen edges Mermaid's
layout crosses them into a tangle nobody reads. The relationship pages stay legible at any size by
narrowing before drawing: a briefing's own relationships, an actor's (the ones reported most, when
there are more), a year page's by kind; the tables beside them are always complete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import get_args

from ..content.model import RelationKind
from ..content.safe_text import MdSafe
from .corpus import Edge

DIAGRAM_LIMIT = 15  # edges in one diagram, at most; the table beside it holds them all
KINDS: tuple[str, ...] = get_args(RelationKind)

_UNSAFE = re.compile(r"[^\w .,:'’()/+–-]", re.UNICODE)
_STYLE = {"sanctions": "-.->", "accuses": "==>"}  # the rest: a plain arrow


def label(text: str, limit: int = 60) -> str:
    """Text that is safe inside a quoted Mermaid label."""
    text = " ".join(_UNSAFE.sub(" ", text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or "?"


def node_id(actor_id: str) -> str:
    return "a_" + actor_id.replace("-", "_")


@dataclass
class Link:
    """All edges of one (source, kind, target), with what each says and how often it was reported."""

    source: str
    kind: str
    target: str
    what: list[str] = field(default_factory=list)
    weight: int = 0
    briefings: list[str] = field(default_factory=list)  # ids, first seen first
    # what each briefing reported of it, by briefing id in the order of `briefings`: two briefings
    # may tell the same relationship with different details, and a row says whose they are
    reports: dict[str, list[str]] = field(default_factory=dict)
    continues: bool = False  # a row of a register page that goes on from the page before


def merge(edges: Iterable[Edge]) -> list[Link]:
    links: dict[tuple[str, str, str], Link] = {}
    for e in edges:
        link = links.setdefault((e.source, e.kind, e.target), Link(e.source, e.kind, e.target))
        link.weight += 1
        if e.what and e.what not in link.what:
            link.what.append(e.what)
        bid = e.item.briefing.id
        if bid not in link.briefings:
            link.briefings.append(bid)
        said = link.reports.setdefault(bid, [])
        if e.what and e.what not in said:
            said.append(e.what)
    return list(links.values())


def piece(link: Link, briefings: list[str], continues: bool) -> Link:
    """The same relationship as reported by some of its briefings (a register page's share)."""
    reports = {b: link.reports[b] for b in briefings}
    what = list(dict.fromkeys(w for said in reports.values() for w in said))
    return Link(link.source, link.kind, link.target, what, len(briefings), briefings, reports,
                continues)


@dataclass
class Statement:
    """Links that differ only in their source, as one line of text: 'A, B and C sanction D'."""

    sources: list[str]
    kind: str
    target: str
    what: list[str]


def statements(links: list[Link]) -> list[Statement]:
    out: dict[tuple, Statement] = {}
    for link in links:
        key = (link.kind, link.target, tuple(link.what))
        if key in out:
            out[key].sources.append(link.source)
        else:
            out[key] = Statement([link.source], link.kind, link.target, link.what)
    return list(out.values())


def strongest(links: list[Link], limit: int = DIAGRAM_LIMIT) -> list[Link]:
    """The `limit` links reported in most briefings (then most often), ties broken by ids."""
    ranked = sorted(links, key=lambda k: (-len(k.briefings), -k.weight, k.source, k.kind, k.target))
    return ranked[:limit]


def mermaid(links: list[Link], name: Callable[[str], str]) -> MdSafe:
    """A fenced Mermaid flowchart of the links; `name` gives an actor's display name."""
    nodes: dict[str, None] = {}
    for link in links:
        nodes.setdefault(link.source)
        nodes.setdefault(link.target)
    # the diagram's source is no text for search: its words are in the list or table beside it
    lines = ['<div class="diagram" data-search-exclude markdown="block">', "", "``` mermaid",
             "flowchart LR"]
    lines += [f'    {node_id(a)}["{label(name(a))}"]' for a in nodes]
    for link in links:
        text = link.kind
        if link.what:
            text += ": " + ", ".join(link.what[:2]) + ("…" if len(link.what) > 2 else "")
        arrow = _STYLE.get(link.kind, "-->")
        lines.append(f'    {node_id(link.source)} {arrow}|"{label(text)}"| {node_id(link.target)}')
    lines += ["```", "", "</div>"]
    return MdSafe("\n".join(lines))


def by_kind(links: Iterable[Link]) -> dict[str, list[Link]]:
    """Links grouped by kind, kinds in the order the format lists them."""
    groups: dict[str, list[Link]] = {kind: [] for kind in KINDS}
    for link in links:
        groups[link.kind].append(link)
    return {kind: group for kind, group in groups.items() if group}


@dataclass
class Panel:
    """One diagram of a page: of every link shown (kind None), or of one kind's."""

    kind: str | None
    count: int
    diagram: MdSafe | None  # None: too many links to draw legibly


def panels(links: list[Link], name: Callable[[str], str]) -> list[Panel]:
    """A page's diagrams: one of all its links when they are few, else one per kind that is."""
    if len(links) <= DIAGRAM_LIMIT:
        return [Panel(None, len(links), mermaid(links, name))] if links else []
    return [Panel(kind, len(group), mermaid(group, name) if len(group) <= DIAGRAM_LIMIT else None)
            for kind, group in by_kind(links).items()]
