"""The draft as YAML written by hand, in the article's order, with comments for the reviewer; and
the registry file of the actors it proposes."""

from __future__ import annotations

import re

from pydantic import TypeAdapter

from ..article.names import name_text, slugify
from ..article.speakers import ACROSS
from ..content.model import InlineMd
from .analysis import Analysis
from .fields import plain, shorten, verbatim
from .ids import unique

_PLAIN = re.compile(r"[A-Za-z\u00c0-\uffff][^:#\n\"'`{}\[\]|>&*!%@]*|\d{4}(?:-\d{2}){0,2}")
_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}

_MD_LIMIT = TypeAdapter(InlineMd).json_schema()["maxLength"]


def _md(text: str) -> str:
    """Article words as inline Markdown that shows exactly those words ('&amp;' too, not '&'),
    shortened to fit; empty when nothing in them prints."""
    return shorten(re.sub(r"([\\`*_\[\]<>]|&(?=#?\w+;))", r"\\\1", name_text(text)), _MD_LIMIT)


def scalar(value: str) -> str:
    # a character YAML refuses or reads as a line break is written as an escape, in quotes
    if _PLAIN.fullmatch(value) and value.isprintable() and value.lower() not in _RESERVED \
            and not value.endswith(" ") and ": " not in value and " #" not in value \
            and not value.endswith(":"):
        return value
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or 0x7f <= ord(ch) <= 0x9f or ch in "\u2028\u2029\ufeff\ufffe\uffff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _comment(text: str) -> str:
    return name_text(text)


def to_yaml(a: Analysis, briefing_id: str, seed: str, sha256: str) -> str:
    """The draft as YAML written by hand: in the article's order, with comments for the reviewer."""
    n_proposed = sum(1 for q in a.quotes if q.attribution.speaker and not q.known)
    n_sources = sum(1 for q in a.quotes if q.attribution.source and not q.attribution.speaker)
    n_open = sum(1 for q in a.quotes if not (q.attribution.speaker or q.attribution.source))
    outlet = plain(a.outlet)
    dateline = plain(a.dateline)
    authors = [x for x in map(plain, a.authors) if x]
    lines = [
        "# yaml-language-server: $schema=../../schema/briefing.schema.json",
        f"# DRAFT written by `briefing draft` from seeds/{seed}, published {a.published.isoformat()}.",
        "# Found by rules, not judged: check every line marked REVIEW, write the title, bottom line",
        "# and key points, then set `status: reviewed`. `check --strict` refuses drafts.",
        f"# Quotes: {len(a.quotes)}: {len(a.quotes) - n_proposed - n_sources - n_open} by registry "
        f"actors, {n_proposed} by proposed actors,",
        f"# {n_sources} by sources described but not named, {n_open} with no speaker found. Spans are",
        "# character offsets [start, end) of the words between the quotation marks in the seed.",
        f"id: {briefing_id}",
        f"title: {scalar(a.title or 'Draft summary of ' + seed)}"
        + ("  # REVIEW: the article's headline" if a.headline else "  # REVIEW: write the title"),
        "status: draft",
        "source:",
        f"  outlet: {scalar(outlet)}" + ("" if a.outlet_given else "  # REVIEW: found in the article")
        if outlet else "  outlet: unknown  # REVIEW: name the outlet (or pass --outlet)",
        f"  published: {a.published.isoformat()}",
    ]
    if dateline:
        lines.append(f"  dateline: {scalar(dateline)}")
    if authors:
        lines.append("  authors:")
        lines += [f"    - {scalar(x)}" for x in authors]
    lines += [f"  seed: {seed}", f"  sha256: {sha256}", ""]
    lines.append("# REVIEW: the bottom line and key points below are the article's opening sentences.")
    lines.append(f"bottom_line: {scalar(_md(a.lead) or 'To be written.')}")
    lines.append("key_points:")
    lines += [f"  - {scalar(_md(k))}" for k in (a.key_points or ["To be written."])]
    lines += ["", "tags: []  # REVIEW: add tags", ""]

    if a.proposed:
        lines.append(f"# Actors marked 'proposed' are new: see content/actors/{proposals_name(briefing_id)}.")
    lines.append("actors:" if a.actors else "actors: []")
    for entry in a.actors:
        lines.append(f"  - actor: {entry.actor}" + ("" if entry.known else "  # proposed"))
        if entry.role:
            lines.append(f"    role: {scalar(entry.role)}")
        lines.append("    mentions:" if entry.mentions else "    mentions: []")
        lines += [f"      - {scalar(m)}" for m in entry.mentions]
    lines.append("")

    lines.append("quotes:" if a.quotes else "quotes: []  # no quotations found in the article")
    for q in a.quotes:
        speaker = q.attribution.speaker
        how = _comment(q.attribution.how)
        lines.append(f"  - id: {q.id}  # span [{q.quote.start}, {q.quote.end})"
                     + ("" if q.quote.closed else " REVIEW: no closing quotation mark"))
        if speaker and q.known and ACROSS not in q.attribution.how:
            lines.append(f"    speaker: {speaker}  # {how}")
        elif speaker and q.known:
            lines.append(f"    speaker: {speaker}  # REVIEW: a guess ({how})")
        elif speaker:
            lines.append(f"    speaker: {speaker}  # REVIEW: proposed actor ({how})")
        elif q.attribution.source:
            lines += ["    source:",
                      f"      description: {scalar(q.attribution.source)}  # REVIEW: {how}"]
            if q.attribution.organization:
                lines.append(f"      organization: {q.attribution.organization}")
        else:
            lines.append(f"    speaker:  # REVIEW: {how}")
        lines.append(f"    text: {scalar(q.text)}")
        lines.append(f"    setting: {q.setting}" if q.setting
                     else "    setting: other  # REVIEW: the article does not say how it was said")
        if q.quote.fragment:
            lines.append("    fragment: true")
        if q.unmarked:
            lines.append("    unmarked: true  # a transcript's answer, given without quotation marks")
        if q.date:
            lines.append(f"    date: {scalar(q.date)}")
    for words, why in a.unverified:
        lines += ["  # REVIEW: taken for a quotation, but it would not verify as one "
                  f"({_comment(why)}):", f"  #   {_comment(shorten(words, 200))}"]
    lines.append("")

    sanctions = [c for c in a.sanctions if c.first and c.second]
    lines.append("sanctions:" if sanctions else "sanctions: []")
    used: set[str] = set()
    for c in sanctions:
        measure = _md(c.measure)
        lines += [f"  # {_comment(c.sentence)}",
                  f"  - id: {unique(slugify('sanctions ' + ' '.join(c.second)), used)}"
                  "  # REVIEW: candidate from the sentence above",
                  f"    imposers: {_flow(c.first)}", f"    targets: {_flow(c.second)}",
                  f"    measure: {scalar(measure)}" if measure
                  else "    measure: To be written.  # REVIEW: no measure found",
                  "    reason: To be written.  # REVIEW", f"    date: {scalar(c.date)}"]
    for c in a.sanctions:
        if not (c.first and c.second):
            lines += ["  # REVIEW: a sentence imposing sanctions; "
                      + " and ".join(name for name, found in (("imposers", c.first), ("targets", c.second))
                                     if not found) + " not read in it:",
                      f"  #   {_comment(c.sentence)}"]
            lines += [f"  #   {name}: {_flow(found)}" for name, found in
                      (("imposers", c.first), ("targets", c.second)) if found]
            if c.measure:
                lines.append(f"  #   measure: {_comment(c.measure)}")
    lines.append("")
    lines.append("claims: []")
    for c in a.denials:
        lines += ["  # REVIEW: a denial, to record as a claim (claim, asserted_by, denied_by):",
                  f"  #   {_comment(c.sentence)}"]
        if c.first:
            lines.append(f"  #   denied_by: {_flow(c.first)}")
        if c.quotes:
            lines.append(f"  #   quotes: {_flow(c.quotes)}")
    for c in a.pledges:
        lines += ["  # REVIEW: a pledge, to record as a claim or an event:",
                  f"  #   {_comment(c.sentence)}"]
        if c.first:
            lines.append(f"  #   by: {_flow(c.first)}")
    lines.append("")
    lines.append("events:" if a.events else "events: []")
    for e in a.events:
        lines.append(f"  - id: {e.id}  # REVIEW: check the date and say what happened")
        lines.append(f"    date: {scalar(e.date.date)}")
        if e.date.end_date:
            lines.append(f"    end: {scalar(e.date.end_date)}")
        as_reported = plain(e.date.as_reported)
        if as_reported:
            lines.append(f"    as_reported: {scalar(as_reported)}")
        lines.append(f"    what: {scalar(_md(e.what))}")
        if e.actors:
            lines.append(f"    actors: {_flow(e.actors)}")
    lines.append("")
    return "\n".join(lines)


def proposals_name(briefing_id: str) -> str:
    return f"draft-{briefing_id}.yaml"


def proposals_yaml(a: Analysis, briefing_id: str, seed: str) -> str:
    """The actors a draft refers to that the registry lacks, as a registry file of their own, each
    marked REVIEW: `check` warns of every mark and `check --strict` refuses it, so that no
    proposal is published unread; deleting the mark accepts the actor."""
    lines = [
        "# yaml-language-server: $schema=../../schema/actors.schema.json",
        f"# PROPOSED by `briefing draft` for content/briefings/{briefing_id}.yaml from seeds/{seed}:",
        "# actors the registry lacked, as the article names them. Check each one's name, kind,",
        "# role and aliases against the article, then delete its REVIEW mark to accept it (or move",
        "# it to another registry file). Delete a wrong one and fix the quotes that name it.",
        "actors:",
    ]
    for p in a.proposed:
        why = f"proposed from the article; {p.note}" if p.note else "proposed from the article"
        lines += [f"  - id: {p.id}  # REVIEW: {_comment(why)}", f"    name: {scalar(p.name)}",
                  f"    kind: {p.kind}"]
        if p.role:
            lines.append(f"    role: {scalar(p.role)}")
        aliases = [x for x in map(verbatim, p.aliases) if x]
        if aliases:  # its acronym, its short form: one actor, which `check` finds by each
            lines.append("    aliases:")
            lines += [f"      - {scalar(x)}" for x in aliases]
    lines.append("")
    return "\n".join(lines)


