"""Render stage: the corpus, through the Jinja2 templates in site_templates/, into Markdown pages.

Rendering returns {path: text} and writes nothing; `write` then touches only files whose bytes
changed, and removes generated files that no longer have a page. Every value printed by a template
is escaped as Markdown unless it is Markdown we generated (MdSafe): escaping is the default.
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
from ..content.model import ActorRegistry, Briefing, actor_refs, json_schema
from ..content.safe_text import MdSafe, md_escape
from ..settings import SiteSettings
from . import diagrams, export, feeds, metadata, source_text
from .corpus import Corpus, event_period, slugify

Pages = dict[str, bytes]

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
    env.filters["md"] = lambda text: safe_text.inline_markdown(text) if text else MdSafe("")
    env.filters["date"] = lambda text: dates.parse(text).label
    env.filters["period"] = lambda text: dates.parse(text)
    env.filters["plain"] = safe_text.plain
    env.filters["slug"] = slugify
    env.globals["front_matter"] = front_matter
    env.filters["count"] = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    env.filters["code"] = lambda text: MdSafe(safe_text.code_span(str(text)))
    env.filters["file_name"] = file_name
    env.filters["md_url"] = lambda url: MdSafe(safe_text.safe_url(url))
    env.filters["chronological"] = lambda items: sorted(
        items, key=lambda e: dates.sort_key(event_period(e)))
    env.filters["join_md"] = lambda items, sep=", ": MdSafe(sep.join(_finalize(i) for i in items))
    return env


def file_name(name: str) -> MdSafe:
    """A file name as inert text: anyone who adds a file chooses it, and any character but '/'
    may be in it. Escaped rather than put in a code span, so that not even the Markdown holds
    its markup; every line break or control shows as ⟨U+XXXX⟩."""
    return MdSafe(f"<code>{md_escape(safe_text.show_controls(str(name)))}</code>")


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

    def actor(self, actor_id: str) -> MdSafe:
        name = md_escape(self.corpus.actor_name(actor_id))
        if actor_id not in self.paged:  # in the registry, named by no briefing: no page to link
            return name
        return MdSafe(f"[{name}]({self.rel(f'actors/{actor_id}.md')})")

    def actors(self, ids: list[str]) -> MdSafe:
        return MdSafe(", ".join(self.actor(i) for i in ids)) if ids else MdSafe("—")

    def briefing(self, item: Any, anchor: str = "") -> MdSafe:
        b: Briefing = item.briefing
        target = f"briefings/{b.id}.md" + (f"#{anchor}" if anchor else "")
        return MdSafe(f"[{md_escape(b.title)}]({self.rel(target)})")

    def question(self, briefing_id: str, question_id: str) -> MdSafe:
        entry = self.corpus.question_index.get((briefing_id, question_id))
        target = self.rel(f"briefings/{briefing_id}.md#question-{question_id}")
        text = md_escape(safe_text.plain(entry.question.question)) if entry else MdSafe(
            md_escape(f"{briefing_id}/{question_id}"))
        return MdSafe(f"[{text}]({target})")

    def quote(self, item: Any, q: Any, on_briefing_page: bool) -> MdSafe:
        """A quote as a figure: the words, then who said them, where, when, and links."""
        b: Briefing = item.briefing
        anchor = f' id="q-{q.id}"' if on_briefing_page else ""
        fragment = " *(quoted fragment)*" if q.fragment else ""
        who = f"— **{self.actor(q.speaker)}**" if q.speaker else "— *speaker not yet identified*"
        if SETTINGS.get(q.setting):
            who += f", {SETTINGS[q.setting]}"
        if q.date:
            who += f", {dates.parse(q.date).label}"
        parts = [who]
        if not on_briefing_page:
            parts.append(self.briefing(item, f"q-{q.id}"))
        if q.id in item.spans:
            parts.append(f"[in the article]({self.rel(f'sources/{b.id}.md#src-{q.id}')})")
        if on_briefing_page:
            parts.append(f'[link](#q-{q.id} "Permanent link to this quote")')
        lines = [
            f'<figure class="quote"{anchor} markdown="block">',
            '<blockquote markdown="block">',
            f"“{md_escape(q.text)}”{fragment}",
            "</blockquote>",
            '<figcaption markdown="block">',
            " · ".join(parts),
        ]
        if q.context:
            lines += ["", safe_text.inline_markdown(q.context)]
        lines += ["</figcaption>", "</figure>"]
        return MdSafe("\n".join(lines))

    def briefing_line(self, item: Any) -> MdSafe:
        b: Briefing = item.briefing
        draft = " *(unreviewed draft)*" if b.status == "draft" else ""
        return MdSafe(f"{self.briefing(item)} — {md_escape(b.source.outlet)}, "
                      f"{dates.parse(b.source.published).label}{draft}")


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


def render(corpus: Corpus, templates: Path, site_name: str = "Briefing",
           settings: SiteSettings | None = None) -> Pages:
    settings = settings or SiteSettings(site_name=site_name)
    env = environment(templates)
    pages: Pages = {}
    paged = named_actors(corpus)

    def page(path: str, template: str, **context: Any) -> None:
        helpers = PageContext(corpus, path, paged)
        text = env.get_template(template).render(
            corpus=corpus, link=helpers, page_path=path, site_name=site_name, **context)
        pages[path] = _tidy(text).encode("utf-8")

    page("index.md", "home.md.j2", actor_count=len(paged))
    page("briefings/index.md", "briefings.md.j2")
    for item in corpus.briefings:
        links = diagrams.merge(corpus.edges_by_briefing.get(item.briefing.id, []))
        page(f"briefings/{item.briefing.id}.md", "briefing.md.j2", item=item,
             meta=metadata.briefing_meta(item, corpus, settings),
             relationships=diagrams.statements(links),
             diagram=diagrams.mermaid(links, corpus.actor_name) if links else None)
        excerpts_only = settings.source_mode(item.briefing.source.outlet) == "excerpts"
        page(f"sources/{item.briefing.id}.md", "source.md.j2", item=item,
             excerpts_only=excerpts_only, context_words=source_text.CONTEXT_WORDS,
             paragraphs=(source_text.excerpts(item) if excerpts_only
                         else source_text.paragraphs(item)))
    page("actors/index.md", "actors.md.j2", groups=actor_groups(corpus, paged),
         unnamed=unnamed_actors(corpus, paged))
    for view in corpus.actors.values():
        if view.actor.id in paged:
            page(f"actors/{view.actor.id}.md", "actor.md.j2", view=view)
    page("sanctions.md", "sanctions.md.j2")
    page("timeline.md", "timeline.md.j2", groups=timeline_groups(corpus))
    page("claims.md", "claims.md.j2")
    links = diagrams.merge(corpus.edges)
    shown = diagrams.strongest(links)
    page("relations.md", "relations.md.j2", links=sorted(links, key=_link_order), shown=shown,
         limit=diagrams.OVERVIEW_LIMIT,
         diagram=diagrams.mermaid(shown, corpus.actor_name) if shown else None)
    page("questions.md", "questions.md.j2")
    page("tags.md", "tags.md.j2")
    page("awaiting.md", "awaiting.md.j2")
    pages["data/sanctions.csv"] = sanctions_csv(corpus)
    pages[feeds.FEED_PATH] = feeds.atom_feed(corpus, settings)
    pages[export.CORPUS_PATH] = export.corpus_json(corpus, settings, paged)
    pages[export.SCHEMA_PATH] = export.corpus_schema_json()
    pages["schema/briefing.schema.json"] = schema_bytes(Briefing, "Briefing summary")
    pages["schema/actors.schema.json"] = schema_bytes(ActorRegistry, "Actor registry")
    for asset in sorted((templates / "assets").rglob("*")):
        # MkDocs makes a page of every .md in docs/: a vendored README is not one of ours
        if asset.is_file() and asset.suffix.lower() not in MARKDOWN_SUFFIXES:
            pages[f"assets/{asset.relative_to(templates / 'assets').as_posix()}"] = asset.read_bytes()
    return pages


def _link_order(link: diagrams.Link) -> tuple:
    return (link.kind, link.source, link.target)


def _tidy(text: str) -> str:
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
    return frozenset(ref for item in corpus.briefings for _, ref in actor_refs(item.briefing))


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


def timeline_groups(corpus: Corpus) -> list[tuple[str, list]]:
    """Events by year, in order; imprecise events sit where their period ends, labelled as such."""
    groups: dict[str, list] = {}
    for entry in corpus.events:
        groups.setdefault(str(entry.period.end.year), []).append(entry)
    return list(groups.items())


def sanctions_csv(corpus: Corpus) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "date", "imposers", "targets", "measure", "reason", "briefing",
                     "source_outlet", "source_published"])
    for entry in corpus.sanctions:
        s, b = entry.sanction, entry.item.briefing
        writer.writerow([_csv_safe(cell) for cell in (
            s.id, s.date, "; ".join(corpus.actor_name(a) for a in s.imposers),
            "; ".join(corpus.actor_name(a) for a in s.targets), safe_text.plain(s.measure),
            safe_text.plain(s.reason), b.id, b.source.outlet, b.source.published)])
    return buffer.getvalue().encode("utf-8")


_FORMULA = re.compile(r"^[\s\u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]")


def _csv_safe(text: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ (or a tab, a return, or any of those after
    spaces) as a formula: every cell is defused, not only the free-text ones, since a name or an
    outlet comes from content too."""
    return "'" + text if _FORMULA.match(text) else text


# --- writing -------------------------------------------------------------------------------------

@dataclass
class WriteReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0


def write(pages: Pages, out_dir: Path, on_progress: Callable[[int, int], None] | None = None
          ) -> WriteReport:
    """Write pages whose bytes changed; remove files we wrote before that have no page now.

    Only files listed in our own manifest are ever removed, so nothing else in the folder (or
    outside it) is touched.
    """
    report = WriteReport()
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = out_dir / MANIFEST
    try:
        previous = set(json.loads(manifest_path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        previous = set()
    root = out_dir.resolve()
    total = len(pages)
    for n, (rel, data) in enumerate(sorted(pages.items()), 1):
        target = (out_dir / rel)
        if root not in target.resolve().parents:
            raise ValueError(f"refusing to write outside {out_dir}: {rel}")
        try:
            if target.read_bytes() == data:
                report.unchanged += 1
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        report.written += 1
        if on_progress and n % 500 == 0:
            on_progress(n, total)
    for rel in sorted(previous - set(pages)):
        target = out_dir / rel
        if root in target.resolve().parents and target.is_file():
            target.unlink()
            report.removed += 1
            _prune_empty(target.parent, root)
    manifest = (json.dumps(sorted(pages), indent=0) + "\n").encode("utf-8")
    if not manifest_path.exists() or manifest_path.read_bytes() != manifest:
        manifest_path.write_bytes(manifest)
    return report


def _prune_empty(folder: Path, root: Path) -> None:
    while folder.resolve() != root and root in folder.resolve().parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def front_matter(data: dict[str, Any]) -> MdSafe:
    return MdSafe("---\n" + yaml.safe_dump(data, sort_keys=True, allow_unicode=True,
                                           default_flow_style=False) + "---")
