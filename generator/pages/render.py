"""Render stage: the Jinja2 environment and link helpers that turn the corpus, through the
templates in site_templates/, into Markdown pages.

Which pages there are, and what each depends on, is the page plan (plan.py); writing them is
write.py. Every value printed by a template is escaped as Markdown unless it is Markdown we
generated (MdSafe): escaping is the default.
"""

from __future__ import annotations

import csv
import io
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

from ..content import dates, safe_text
from ..content.model import Briefing, json_schema
from ..content.safe_text import MdSafe, md_escape
from ..verify import VerifiedBriefing
from .corpus import Corpus, event_period, expected, slugify

MANIFEST = ".briefing-manifest.json"
# What MkDocs reads as a page (mkdocs.utils.markdown_extensions): never copied from assets/.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")

SETTINGS = {"statement": "in a statement", "news-conference": "at a news conference",
            "to-reporters": "to reporters", "interview": "in an interview", "speech": "in a speech",
            "social-media": "on social media", "testimony": "in testimony",
            "remarks": "in remarks", "other": ""}


def _finalize(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, MdSafe):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    return md_escape(str(value))


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates / "pages"),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = _content_markdown
    env.filters["date"] = lambda text: _period(text).label
    env.filters["period"] = _period
    env.filters["plain"] = safe_text.plain
    env.filters["slug"] = slugify
    env.globals["front_matter"] = front_matter
    env.filters["count"] = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    env.filters["code"] = lambda text: MdSafe(safe_text.code_span(str(text)))
    env.filters["file_name"] = file_name
    env.filters["md_url"] = lambda url: MdSafe(safe_text.safe_url(url))
    env.filters["chronological"] = lambda items: sorted(
        items, key=lambda e: dates.sort_key(event_period(e)))
    env.filters["expected"] = lambda e, published: expected(event_period(e), published)
    env.filters["join_md"] = lambda items, sep=", ": MdSafe(sep.join(_finalize(i) for i in items))
    return env


@jinja2.pass_context
def _content_markdown(context: jinja2.runtime.Context, text: str | None) -> MdSafe:
    """A text of the content as Markdown, its relative links made to lead from this page."""
    if not text:
        return MdSafe("")
    page = context.get("link")
    return safe_text.inline_markdown(
        text, page.from_briefing if isinstance(page, PageContext) else None)


def _period(text: str) -> dates.Period:
    """Content dates come parsed; a date the pages make themselves (a month heading) is parsed here."""
    return text.period if isinstance(text, dates.DateText) else dates.parse(text)


def file_name(name: str) -> MdSafe:
    """A file name as inert text: anyone who adds a file chooses it, and any character but '/'
    may be in it. Escaped rather than put in a code span, so that not even the Markdown holds
    its markup; every line break or control shows as ⟨U+XXXX⟩."""
    return MdSafe(f"<code>{md_escape(safe_text.show_controls(str(name)))}</code>")


def tag_path(slug: str, number: int = 1) -> str:
    # a tag's slug never holds "--", so a later page cannot be another tag's first
    return f"tags/{slug}.md" if number == 1 else f"tags/{slug}--{number}.md"


@dataclass
class PageContext:
    """Link helpers for one page: every link is relative to where that page sits."""

    corpus: Corpus
    path: str
    paged: frozenset[str] = frozenset()  # actors with a page of their own

    def rel(self, target: str) -> MdSafe:
        target_path, _, anchor = target.partition("#")
        link = relative(target_path, posixpath.dirname(self.path)) if target_path else ""
        return MdSafe(link + (f"#{anchor}" if anchor else ""))

    def from_briefing(self, url: str) -> str:
        """A relative link of the content, which leads from a briefing's page (the one page
        that shows every text of a summary), made to lead there from this page. A link to a
        place on the same page is left as it is."""
        if url.startswith(("#", "?")):
            return url
        return relative(f"briefings/{url}", posixpath.dirname(self.path))

    def actor(self, actor_id: str) -> MdSafe:
        name = md_escape(self.corpus.actor_name(actor_id))
        if actor_id not in self.paged:  # in the registry, named by no briefing: no page to link
            return name
        return MdSafe(f"[{name}]({self.rel(f'actors/{actor_id}.md')})")

    def tags(self, names: list[str]) -> MdSafe:
        return MdSafe(" · ".join(f"[{md_escape(n)}]({self.rel(tag_path(slugify(n)))})"
                                 for n in names))

    def speaker(self, q: Any, bold: bool = False) -> MdSafe:
        """Who said a quote: the speaker, or the source as the article describes it with the
        organization it speaks for, 'a Google spokesman (Google)'."""
        if q.speaker:
            return MdSafe(f"**{self.actor(q.speaker)}**" if bold else self.actor(q.speaker))
        if q.source is not None:
            shown = md_escape(q.source.description)
            if q.source.organization:
                shown = MdSafe(f"{shown} ({self.actor(q.source.organization)})")
            return MdSafe(f"**{shown}**" if bold else shown)
        return MdSafe("*speaker not yet identified*")

    def actors(self, ids: list[str]) -> MdSafe:
        return MdSafe(", ".join(self.actor(i) for i in ids)) if ids else MdSafe("—")

    def briefing(self, item: Any, anchor: str = "") -> MdSafe:
        b: Briefing = item.briefing
        target = f"briefings/{b.id}.md" + (f"#{anchor}" if anchor else "")
        return MdSafe(f"[{md_escape(b.title)}]({self.rel(target)})")

    def reports(self, link: Any, limit: int | None = None) -> MdSafe:
        """Who reported a relationship, for a table cell: each briefing with what it said of it
        (two briefings may tell it with different details), one to a line; past `limit`, how
        many more and where the register lists them all."""
        lines = ["continued from the page before"] if link.continues else []
        for bid in link.briefings[:limit]:
            said = link.reports.get(bid) or []
            lines.append(self.briefing(self.corpus.by_id[bid]) + (
                ": " + "; ".join(md_escape(w) for w in said) if said else ""))
        if limit is not None and len(link.briefings) > limit:
            lines.append(f"and {len(link.briefings) - limit} more in the "
                         f"[relationships register]({self.rel('relations.md')})")
        return MdSafe("<br>".join(lines))

    def question(self, briefing_id: str, question_id: str) -> MdSafe:
        entry = self.corpus.question_index.get((briefing_id, question_id))
        target = self.rel(f"briefings/{briefing_id}.md#question-{question_id}")
        text = md_escape(safe_text.plain(entry.question.question)) if entry else MdSafe(
            md_escape(f"{briefing_id}/{question_id}"))
        return MdSafe(f"[{text}]({target})")

    def quote(self, item: Any, q: Any, on_briefing_page: bool, actor: str | None = None
              ) -> MdSafe:
        """A quote as a figure: the words, who said them, where and when, then its links.

        The links are one of each kind, each named differently: the quote's permalink (its anchor
        on the briefing page), its place in the article, and (added by quote-links.js) a button
        that copies the permalink. On the page of `actor`, under a line naming its briefing, the
        caption names neither that actor nor the briefing: the page and the line above say both."""
        b: Briefing = item.briefing
        anchor = f' id="q-{q.id}"' if on_briefing_page else ""
        fragment = " *(quoted fragment)*" if q.fragment else ""
        speaker = (md_escape(self.corpus.actor_name(q.speaker)) if q.speaker
                   else None if q.source is None
                   else md_escape(q.source.description) + (
                       f" ({md_escape(self.corpus.actor_name(q.source.organization))})"
                       if q.source.organization else ""))
        said = self.speaker(q, bold=True)
        details = (f", {SETTINGS[q.setting]}" if SETTINGS.get(q.setting) else "") + (
            f", {q.date.period.label}" if q.date else "")
        where = "" if on_briefing_page or actor else f" · in {self.briefing(item)}"
        own = actor is not None and q.speaker == actor
        caption = (details[2:3].upper() + details[3:] if own else f"— {said}{details}") + where
        permalink = (f"#q-{q.id}" if on_briefing_page
                     else self.rel(f"briefings/{b.id}.md#q-{q.id}"))
        actions = [f'[Permalink]({permalink}){{ .quote-permalink title="Permanent link to this '
                   f'quote" aria-label="Permalink to this quote" }}']
        if q.id in item.spans:
            actions.append(f"[In the article]({self.rel(f'sources/{b.id}.md#src-{q.id}')})"
                           '{ .quote-source-link title="The quote in the text of the article" }')
        words = f"“{md_escape(q.text)}”{fragment}"
        lines = [
            f'<figure class="quote"{anchor} markdown="block">',
            '<blockquote markdown="block" data-search-exclude>',
            words,
            "</blockquote>",
            # Search reads the quote and its speaker as one passage (this hidden line), so that
            # a result for a name shows what the person said: the visible quote and attribution
            # are left out of the index, and this line out of Pagefind's, which reads those.
            f'<p class="quote-search" hidden data-pagefind-ignore markdown="span">{words} — '
            f"{speaker or 'speaker not yet identified'}{details}</p>",
            '<figcaption markdown="block">',
        ]
        if caption:
            lines += [caption, "{: data-search-exclude }"]
        if q.context:
            lines += ["", safe_text.inline_markdown(q.context, self.from_briefing)]
        lines += self._evidence(item, q)
        # the separators are elements, so that print can leave out the permalink with its own
        lines += ["", '<span class="quote-actions" data-search-exclude>'
                  + '<span class="quote-sep"> · </span>'.join(actions) + "</span>",
                  "</figcaption>",
                  "</figure>"]
        return MdSafe("\n".join(lines))

    def _evidence(self, item: Any, q: Any) -> list[str]:
        """Why the site names this speaker: the article's own attribution, where its words
        confirm the speaker, else the editor's reason, where an editor checked a speaker the
        article's words give someone else or do not settle. The article's words come first: a
        reader can check them, and an editor's check they make needless is left over."""
        verdict = item.speakers.get(q.id)
        if verdict is not None and verdict.verdict == "confirmed" and verdict.words:
            return ["", f'<span class="quote-evidence" data-search-exclude>'
                        f"The article: {md_escape(verdict.words)}</span>"]
        if q.speaker_checked:
            return ["", f'<span class="quote-evidence" data-search-exclude>'
                        f"Speaker checked by an editor: {md_escape(q.speaker_checked)}</span>"]
        return []

    def briefing_entry(self, item: Any) -> MdSafe:
        """A briefing in a list: its title, then its date and outlet, then its bottom line."""
        b: Briefing = item.briefing
        draft = " *(unreviewed draft)*" if b.status == "draft" else ""
        return MdSafe(f"{self.briefing(item)}{draft}<br>\n"
                      f'<span class="briefing-meta">{b.source.published.period.label} · '
                      f"{md_escape(b.source.outlet)}</span><br>\n"
                      f"{safe_text.inline_markdown(b.bottom_line, self.from_briefing)}")

    def briefing_line(self, item: Any) -> MdSafe:
        b: Briefing = item.briefing
        draft = " *(unreviewed draft)*" if b.status == "draft" else ""
        return MdSafe(f"{self.briefing(item)} — {md_escape(b.source.outlet)}, "
                      f"{b.source.published.period.label}{draft}")


def relative(target: str, here: str) -> str:
    """posixpath.relpath for the clean relative paths of generated pages, without its calls to
    abspath and getcwd: rendering makes tens of links per page."""
    if not here:
        return target
    base, parts = here.split("/"), target.split("/")
    common = 0
    while common < min(len(base), len(parts) - 1) and base[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:])


def tidy(text: str) -> str:
    """Collapse the blank lines that template logic leaves, so the Markdown reads cleanly.

    Split on line feeds only: str.splitlines() also breaks at U+2028, U+0085 and other
    characters that Markdown reads as text, and would open a new line inside a code span."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        if line.startswith("#") and out and out[-1]:
            out.append("")
        out.append(line)
    return "\n".join(out).strip() + "\n"


def schema_bytes(model: Any, title: str) -> bytes:
    return (json.dumps(json_schema(model, title), indent=2, ensure_ascii=False, sort_keys=True)
            + "\n").encode("utf-8")


def named_actors(corpus: Corpus) -> frozenset[str]:
    """Actors that a briefing, reviewed or draft, names: only they get a page. A registry may hold
    far more people than the briefings ever mention, and a page each would dwarf the site."""
    return frozenset(ref for refs in corpus.named.values() for ref in refs)


def unnamed_actors(corpus: Corpus, paged: frozenset[str]) -> list[Any]:
    """Registry entries that no briefing names, by name: listed on the index, without a page."""
    return sorted((v.actor for v in corpus.actors.values() if v.actor.id not in paged),
                  key=lambda a: (a.name.casefold(), a.id))


ACTOR_KINDS = {"person": "People", "organization": "Organizations", "state": "States"}


def actor_groups(corpus: Corpus, paged: frozenset[str]) -> list[tuple[str, list[tuple[str, list]]]]:
    """Actors with a page, by kind, then by country: [(kind label, [(country label, [views])])]."""
    out = []
    for kind, label in ACTOR_KINDS.items():
        by_country: dict[str, list] = {}
        for view in corpus.actors.values():
            if view.actor.kind != kind or view.actor.id not in paged:
                continue
            country = view.actor.country
            key = corpus.actor_name(country) if country else (
                view.actor.name if kind == "state" else "No country")
            if kind == "state":
                key = "States"
            by_country.setdefault(key, []).append(view)
        groups = sorted(by_country.items(), key=lambda kv: (kv[0] == "No country", kv[0]))
        for _, views in groups:
            views.sort(key=lambda v: v.actor.name.casefold())
        if groups:
            out.append((label, groups))
    return out


SANCTIONS_HEADER = ["id", "date", "imposers", "targets", "measure", "reason", "briefing",
                    "source_outlet", "source_published"]


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([_csv_safe(cell) for cell in cells])
    return buffer.getvalue()


def sanction_rows(corpus: Corpus, item: VerifiedBriefing) -> list[str]:
    """The lines of data/sanctions.csv of each of the briefing's sanctions, in its order."""
    b = item.briefing
    return [_csv_line([s.id, s.date, "; ".join(corpus.actor_name(a) for a in s.imposers),
                       "; ".join(corpus.actor_name(a) for a in s.targets),
                       safe_text.plain(s.measure), safe_text.plain(s.reason), b.id,
                       b.source.outlet, b.source.published]) for s in b.sanctions]


def sanctions_table(corpus: Corpus,
                    rows_of: Callable[[VerifiedBriefing], list[str]] | None = None) -> bytes:
    """data/sanctions.csv: every sanction of the registers, newest first; `rows_of` gives a
    briefing's lines as `sanction_rows` makes them."""
    lines = [_csv_line(SANCTIONS_HEADER)]
    made: dict[str, list[str]] = {}  # a briefing's lines, asked for once
    for entry in corpus.sanctions:
        b = entry.item.briefing
        if b.id not in made:
            made[b.id] = rows_of(entry.item) if rows_of else sanction_rows(corpus, entry.item)
        lines.append(made[b.id][next(i for i, s in enumerate(b.sanctions)
                                     if s is entry.sanction)])
    return "".join(lines).encode("utf-8")


_FORMULA = re.compile(r"^[\s\u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]")


def _csv_safe(text: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ (or a tab, a return, or any of those after
    spaces) as a formula: every cell is defused, not only the free-text ones, since a name or an
    outlet comes from content too."""
    return "'" + text if _FORMULA.match(text) else text


# libyaml's emitter where PyYAML has it: the pure-Python one spent most of the time rendering took
# on front matter (5 ms a page). Both write the same bytes for text within the Basic Multilingual
# Plane (tested); libyaml escapes characters beyond it (emoji, historic scripts), where the
# pure-Python emitter writes them as they are, so such front matter keeps the pure-Python one.
_CDumper: type[yaml.SafeDumper] | None = getattr(yaml, "CSafeDumper", None)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _plain_strings(value: Any, astral: list[bool]) -> Any:
    """The value with every str subclass (dates, safe Markdown) as a plain str, which libyaml
    requires; `astral` records whether any text holds a character beyond the BMP."""
    if isinstance(value, str):
        if not astral[0] and _ASTRAL.search(value):
            astral[0] = True
        return str(value)
    if isinstance(value, dict):
        return {_plain_strings(k, astral): _plain_strings(v, astral) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain_strings(v, astral) for v in value]
    return value


def front_matter(data: dict[str, Any]) -> MdSafe:
    astral = [False]
    plain = _plain_strings(data, astral)
    dumper = yaml.SafeDumper if astral[0] or _CDumper is None else _CDumper
    return MdSafe("---\n" + yaml.dump(plain, Dumper=dumper, sort_keys=True, allow_unicode=True,
                                      default_flow_style=False) + "---")
