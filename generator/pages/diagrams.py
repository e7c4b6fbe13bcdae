"""Relationship diagrams as Mermaid flowcharts: who supplies, sanctions or accuses whom.

Node labels and edge labels come from content, so they pass through `label`, which keeps letters,
digits and a little punctuation and drops everything Mermaid or a Markdown fence could read as
syntax (quotes, brackets, angle brackets, semicolons, pipes, backticks, newlines). Node ids are
generated (`a_` + the actor id), never names. Each diagram comes with the same relationships as a
text list, so readers without JavaScript or a screen reader lose nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..content.safe_text import MdSafe
from .corpus import Edge

OVERVIEW_LIMIT = 40  # edges in the overall diagram; the text list below it holds them all

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
    return list(links.values())


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


def strongest(links: list[Link], limit: int = OVERVIEW_LIMIT) -> list[Link]:
    """The `limit` links reported in most briefings (then most often), ties broken by ids."""
    ranked = sorted(links, key=lambda k: (-len(k.briefings), -k.weight, k.source, k.kind, k.target))
    return ranked[:limit]


def mermaid(links: list[Link], name: Callable[[str], str]) -> MdSafe:
    """A fenced Mermaid flowchart of the links; `name` gives an actor's display name."""
    nodes: dict[str, None] = {}
    for link in links:
        nodes.setdefault(link.source)
        nodes.setdefault(link.target)
    lines = ["``` mermaid", "flowchart LR"]
    lines += [f'    {node_id(a)}["{label(name(a))}"]' for a in nodes]
    for link in links:
        text = link.kind
        if link.what:
            text += ": " + ", ".join(link.what[:2]) + ("…" if len(link.what) > 2 else "")
        arrow = _STYLE.get(link.kind, "-->")
        lines.append(f'    {node_id(link.source)} {arrow}|"{label(text)}"| {node_id(link.target)}')
    lines.append("```")
    return MdSafe("\n".join(lines))
