"""The page plan: the site as a stream of page descriptions, one at a time.

`plan(corpus, templates, settings)` yields a `Page` for every file generation writes into docs/:
its path, its template and context (computed only if the page is rendered), and the digest of the
inputs it depends on. Nothing is rendered here; the writer renders a page only when its digest
differs from the one recorded for that file, and lets it go before the next.

What a page depends on, the one rule:

- a page's digest is the SHA-256 of the generator's code version and pydantic's (which make the
  models of the summaries), the site settings, the bytes of the page templates (all of them, as
  one template may include another), its path, the values of its own it is given (a register's
  year and part, the counts on an index, the articles awaiting a summary; a copied asset's bytes;
  on a page cut from a year, which entries of its briefings it holds, as the cut moves with the
  entries before it), and the digests of the briefings and actors it declares;
- it declares every briefing whose content it shows (a briefing's page: itself, the briefings that
  answer its questions, those whose questions it answers; an actor's page: every briefing that
  names the actor; a register's page: the briefings of its entries), and any actor it shows that
  none of those briefings names (an actor's country); a page that shows the whole archive (home,
  the lists of briefings and actors, the export) declares all of them;
- a briefing's digest covers its summary (the path and SHA-256 of the file's bytes, which the
  model is made of; the model itself when those are unknown), its article's SHA-256, the quote
  spans found in it and the digest of every actor it names; an actor's digest covers its registry
  entry and whether it has a page.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2
import pydantic
import pydantic_core

from ..content.model import ActorRegistry, Briefing
from ..settings import SiteSettings
from ..verify.cache import CODE_VERSION
from . import diagrams, export, feeds, metadata, parts, registers, source_text
from .corpus import Corpus
from .render import (
    MARKDOWN_SUFFIXES,
    PageContext,
    actor_groups,
    environment,
    named_actors,
    schema_bytes,
    tag_path,
    tidy,
    unnamed_actors,
)


@dataclass(frozen=True)
class Page:
    path: str
    template: str | None  # in site_templates/pages/; None for a data file or a copied asset
    context: Callable[[], dict[str, Any]]  # the template's values, made when it is rendered
    digest: str  # of the inputs it depends on (see the module's rule)
    make: Callable[[Page], bytes]

    def render(self) -> bytes:
        return self.make(self)


def _sha(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _templates_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        if path.is_file():
            data = path.read_bytes()
            digest.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


class Inputs:
    """The digests of the rule above, each briefing's and actor's computed once."""

    def __init__(self, corpus: Corpus, templates: Path, settings: SiteSettings,
                 paged: frozenset[str]):
        # the models are made by this code and pydantic's validation: the summaries' digests
        # stand for their models under these versions alone
        self.base = _sha(CODE_VERSION, pydantic.VERSION, pydantic_core.__version__,
                         repr(settings))
        self.actor = {a_id: _sha(view.actor.model_dump_json(), str(a_id in paged))
                      for a_id, view in corpus.actors.items()}
        self.briefing = {}
        for item in corpus.briefings:
            b = item.briefing
            refs = sorted(corpus.named[b.id])
            # the summary's bytes and path stand for the model made of them (by the code and
            # the pydantic whose versions are in `base`): finer than the model, never coarser
            summary = (f"summary {item.path.as_posix()} {item.summary_sha256}"
                       if item.summary_sha256 else b.model_dump_json())
            self.briefing[b.id] = _sha(
                summary, item.seed_sha256,
                json.dumps(sorted(item.spans.items())), *(self.actor[r] for r in refs))
        # the whole archive: every briefing (newest first, as the corpus), every actor, and the
        # articles still awaiting a summary
        self.everything = _sha(*self.briefing.values(), *self.actor.values(), *corpus.awaiting)
        self.templates_digest = _templates_digest(templates / "pages")

    @cached_property
    def parts(self) -> dict[str, str]:
        """The name each briefing's part of a whole-archive file is kept under: all its part is
        made of is the briefing, the code, pydantic and the settings (`parts`)."""
        return {b_id: _sha(self.base, digest) for b_id, digest in self.briefing.items()}

    def digest(self, path: str, template: str | None, briefings: Iterable[str] = (),
               actors: Iterable[str] = (), extra: Any = None, everything: bool = False) -> str:
        parts = [self.base, path, str(template), json.dumps(extra, default=str)]
        if template is not None:
            parts.append(self.templates_digest)
        if everything:
            parts.append(self.everything)
        parts += sorted(self.briefing[b] for b in set(briefings))
        parts += sorted(self.actor[a] for a in set(actors))
        return _sha(*parts)


class _Templates:
    """Renders a template page: its bytes, Markdown tidied, nothing kept."""

    def __init__(self, corpus: Corpus, templates: Path, settings: SiteSettings,
                 paged: frozenset[str]):
        self.corpus, self.templates, self.settings, self.paged = corpus, templates, settings, paged

    @cached_property
    def env(self) -> jinja2.Environment:
        return environment(self.templates)

    def __call__(self, page: Page) -> bytes:
        assert page.template is not None
        text = self.env.get_template(page.template).render(
            corpus=self.corpus, link=PageContext(self.corpus, page.path, self.paged),
            page_path=page.path, site_name=self.settings.site_name, **page.context())
        return tidy(text).encode("utf-8")


def _data(produce: Callable[[], bytes]) -> Callable[[Page], bytes]:
    return lambda _page: produce()


def _none() -> dict[str, Any]:
    return {}


def plan(corpus: Corpus, templates: Path, settings: SiteSettings,
         cache_dir: Path | None = None) -> Iterator[Page]:
    """Every file of docs/, one at a time, in a fixed order; rendering is left to the caller.
    With `cache_dir`, the files that hold the whole archive keep each briefing's part there."""
    paged = named_actors(corpus)
    inputs = Inputs(corpus, templates, settings, paged)
    render = _Templates(corpus, templates, settings, paged)

    def page(path: str, template: str, context: Callable[[], dict[str, Any]] = _none,
             **deps: Any) -> Page:
        return Page(path, template, context, inputs.digest(path, template, **deps), render)

    def data(path: str, produce: Callable[[], bytes], **deps: Any) -> Page:
        return Page(path, None, _none, inputs.digest(path, None, **deps), _data(produce))

    yield page("index.md", "home.md.j2", lambda: {"actor_count": len(paged)}, everything=True)
    yield from _archive_pages(corpus, page)
    for item in corpus.briefings:
        yield from _briefing_pages(item, corpus, settings, page)
    yield from _actor_index_pages(corpus, paged, page)
    for view in corpus.actors.values():
        if view.actor.id in paged:
            yield from _actor_pages(view, corpus, page)
    yield from _redirect_pages(corpus, paged, page)
    for register in registers.REGISTERS:
        yield from _register_pages(register, corpus, page)
    yield from _tag_pages(corpus, page)
    yield page("awaiting.md", "awaiting.md.j2", extra=corpus.awaiting)
    def kept(folder: str) -> parts.Parts:
        return parts.Parts(cache_dir / folder if cache_dir else None, inputs.parts)

    yield data("data/sanctions.csv",
               lambda: parts.sanctions_csv(corpus, kept(parts.SANCTION_PARTS)),
               briefings=[e.item.briefing.id for e in corpus.sanctions])
    yield data(feeds.FEED_PATH, lambda: feeds.atom_feed(corpus, settings),
               briefings=[i.briefing.id for i in feeds.entries(corpus)])
    yield data(export.CORPUS_PATH,
               lambda: parts.corpus_json(corpus, settings, paged, kept(parts.CORPUS_PARTS)),
               everything=True)
    yield data(export.SCHEMA_PATH, export.corpus_schema_json)
    yield data("schema/briefing.schema.json", lambda: schema_bytes(Briefing, "Briefing summary"))
    yield data("schema/actors.schema.json", lambda: schema_bytes(ActorRegistry, "Actor registry"))
    for asset in sorted((templates / "assets").rglob("*")):
        # MkDocs makes a page of every .md in docs/: a vendored README is not one of ours
        if asset.is_file() and asset.suffix.lower() not in MARKDOWN_SUFFIXES:
            yield data(f"assets/{asset.relative_to(templates / 'assets').as_posix()}",
                       asset.read_bytes, extra=hashlib.sha256(asset.read_bytes()).hexdigest())


# Actors on one page of the actors index, at most (a line takes about 250 bytes of HTML): an
# archive of 10,000 briefings names some 13,000 actors, a list of several megabytes on one page.
ACTOR_INDEX_ROWS = 2000


def actor_index_path(number: int) -> str:
    # ids never hold "--": a page of the index cannot be an actor's page
    return "actors/index.md" if number == 1 else f"actors/page--{number}.md"


def _actor_index_pages(corpus: Corpus, paged: frozenset[str],
                       page: Callable[..., Page]) -> Iterator[Page]:
    """The actors index, by kind and country, then the registry's actors no briefing names, cut
    into pages of ACTOR_INDEX_ROWS in that order."""
    lines: list[tuple[str, str, Any]] = [
        (label, country, view) for label, groups in actor_groups(corpus, paged)
        for country, views in groups for view in views]
    lines += [("", "", actor) for actor in unnamed_actors(corpus, paged)]
    cuts = [lines[i:i + ACTOR_INDEX_ROWS] for i in range(0, len(lines), ACTOR_INDEX_ROWS)] or [[]]
    paths = [actor_index_path(n) for n in range(1, len(cuts) + 1)]
    unnamed_total = len(lines) - sum(1 for label, _, _ in lines if label)
    for number, chunk in enumerate(cuts, 1):
        def context(chunk: Any = chunk, number: int = number) -> dict[str, Any]:
            groups: list[tuple[str, list[tuple[str, list[Any]]]]] = []
            for label, country, view in chunk:
                if not label:
                    continue
                if not groups or groups[-1][0] != label:
                    groups.append((label, []))
                if not groups[-1][1] or groups[-1][1][-1][0] != country:
                    groups[-1][1].append((country, []))
                groups[-1][1][-1][1].append(view)
            return {"groups": groups, "unnamed": [a for label, _, a in chunk if not label],
                    "unnamed_total": unnamed_total, "number": number, "paths": paths}

        # what the page shows of each actor: its registry entry (its digest, with whether it has
        # a page), the labels it is listed under and its counts; not the whole archive, which
        # would render every page of the index again after any edit
        shown = [(label, country, view.actor.id, len(view.briefings), len(view.quotes))
                 if label else ("", "", view.id, 0, 0) for label, country, view in chunk]
        yield page(paths[number - 1], "actors.md.j2", context,
                   actors=[a_id for _, _, a_id, _, _ in shown],
                   extra=[number, paths, unnamed_total, shown])


def _briefing_pages(item: Any, corpus: Corpus, settings: SiteSettings,
                    page: Callable[..., Page]) -> Iterator[Page]:
    b = item.briefing
    entries = [corpus.question_index.get((b.id, q.id)) for q in b.questions]
    answers = [answering.briefing.id for e in entries if e for answering, _ in e.answers]
    answered = [a.question.split("/")[0] for a in b.answers]

    def briefing_context() -> dict[str, Any]:
        links = diagrams.merge(corpus.edges_by_briefing.get(b.id, []))
        return {"item": item, "meta": metadata.briefing_meta(item, corpus, settings),
                "relationships": diagrams.statements(links),
                "diagram": diagrams.mermaid(links, corpus.actor_name) if links else None}

    yield page(f"briefings/{b.id}.md", "briefing.md.j2", briefing_context,
               briefings=[b.id, *answers, *(i for i in answered if i in corpus.by_id)])
    excerpts_only = settings.source_mode(b.source.outlet) == "excerpts"

    def source_context() -> dict[str, Any]:
        return {"item": item, "excerpts_only": excerpts_only,
                "context_words": source_text.CONTEXT_WORDS,
                "paragraphs": (source_text.excerpts(item) if excerpts_only
                               else source_text.paragraphs(item))}

    yield page(f"sources/{b.id}.md", "source.md.j2", source_context, briefings=[b.id])


def _redirect_pages(corpus: Corpus, paged: frozenset[str],
                    page: Callable[..., Page]) -> Iterator[Page]:
    """A page at each old address of a renamed briefing (and its source page) or actor, leading
    to the new one; an actor that no briefing names has no page, and its old address leads to the
    Actors index, which lists it."""
    for r in corpus.redirects:
        if r.to.section == "briefings":
            item = corpus.by_id[r.to.id]
            for section in ("briefings", "sources"):
                yield _redirect(page, f"{section}/{r.old.id}.md", f"{section}/{r.to.id}.md",
                                item.briefing.title, briefings=[r.to.id])
        else:
            target = f"actors/{r.to.id}.md" if r.to.id in paged else "actors/index.md"
            yield _redirect(page, f"actors/{r.old.id}.md", target, corpus.actor_name(r.to.id),
                            actors=[r.to.id])


def _redirect(page: Callable[..., Page], path: str, target: str, name: str,
              **deps: Any) -> Page:
    # the address the theme refreshes to, as MkDocs gives it with use_directory_urls (the
    # pages link to each other by those addresses: see metadata.briefing_page_url)
    url = target.removesuffix("index.md") if target.endswith("/index.md") \
        else target.removesuffix(".md") + "/"
    return page(path, "redirect.md.j2", lambda: {"redirect": url, "target": target, "name": name},
                extra=target, **deps)


def _register_pages(register: registers.Register, corpus: Corpus,
                    page: Callable[..., Page]) -> Iterator[Page]:
    index, parts = registers.split(corpus, register)
    lines = [(y.year, y.count, list(y.paths)) for y in index]
    if register is registers.RELATIONS:
        def overview() -> dict[str, Any]:
            # every relation of the archive, merged: made only when the page is rendered
            links = sorted(diagrams.merge(corpus.edges), key=registers.link_order)
            return {"years": index, "register": register, "total": len(links),
                    "kinds": registers.relation_kinds(parts), "limit": diagrams.DIAGRAM_LIMIT,
                    "diagram": diagrams.mermaid(links, corpus.actor_name)
                    if 0 < len(links) <= diagrams.DIAGRAM_LIMIT else None}

        yield page(f"{register.name}.md", f"{register.name}.md.j2", overview, extra=lines,
                   briefings=list(corpus.edges_by_briefing))
    else:
        # the questions index also says how many have been answered
        answered = (sum(1 for e in corpus.questions if e.answered)
                    if register is registers.QUESTIONS else None)
        yield page(f"{register.name}.md", f"{register.name}.md.j2",
                   lambda: {"years": index, "register": register}, extra=[lines, answered])
    for part in parts:
        yield page(part.path, register.template,
                   lambda part=part: _part_context(register, part, corpus),
                   briefings=part.briefings,
                   extra=[part.year, part.number, part.parts, f"{register.name}.md", part.cut])


# Entries (quotes, sanctions, claims, briefings named in) on one actor page, at most. An actor
# named across a large archive, a state say, would otherwise have a page of many megabytes: its
# page then shows its newest quotes and links a page per year, cut into parts that hold at most
# this many entries in all (a quote, the heaviest, takes about 1.5 kB of HTML).
ACTOR_ROWS = 500
ACTOR_LATEST = 50  # quotes on the page of an actor whose record is split by year
# Relationships in the table of an actor's page, at most: the ones reported most, as its diagram
# shows; each year page of the relationships register filters to the actor's whole list.
ACTOR_LINKS = 300


def _actor_sections(view: Any) -> dict[str, list[Any]]:
    return {"quotes": view.quotes, "imposed": view.imposed, "faced": view.faced,
            "claims": view.claims, "briefings": view.briefings}


def _entry_year(section: str, entry: Any) -> str:
    if section in ("quotes", "imposed", "faced"):  # the year of the date shown beside it
        return str(entry.period.end.year)
    item = entry[1].item if section == "claims" else entry[0]
    return str(item.briefing.source.published)[:4]


def _entry_briefing(section: str, entry: Any) -> str:
    item = entry[1].item if section == "claims" else (
        entry[0] if section == "briefings" else entry.item)
    return str(item.briefing.id)


def _cut_sections(sections: dict[str, list[Any]], rows: int) -> list[dict[str, list[Any]]]:
    """The sections' entries, in order, cut into pages of at most `rows` entries in all: a page
    of `rows` quotes weighs about what one of `rows` entries of every kind would, five times
    less."""
    chunks: list[dict[str, list[Any]]] = [{name: [] for name in sections}]
    room = rows
    for name, entries in sections.items():
        start = 0
        while start < len(entries):
            if room == 0:
                chunks.append({n: [] for n in sections})
                room = rows
            taken = entries[start:start + room]
            chunks[-1][name] += taken
            start += len(taken)
            room -= len(taken)
    return chunks


def actor_part_path(actor_id: str, year: str, number: int = 1) -> str:
    # ids never hold "--": a year page cannot be another actor's page
    return f"actors/{actor_id}--{year}{'' if number == 1 else f'-{number}'}.md"


def _actor_pages(view: Any, corpus: Corpus, page: Callable[..., Page]) -> Iterator[Page]:
    a = view.actor
    sections = _actor_sections(view)
    country = [a.country] if a.country else []
    # every entry of every section comes from a briefing that names the actor, which its list
    # of briefings holds: that list is what the page shows, at a third of the entries to walk
    everything = [item.briefing.id for item, _ in view.briefings]
    if sum(len(entries) for entries in sections.values()) <= ACTOR_ROWS:
        yield page(f"actors/{a.id}.md", "actor.md.j2",
                   lambda: {**_actor_context(view, corpus), **sections},
                   briefings=everything, actors=[a.id, *country])
        return
    by_year: dict[str, dict[str, list[Any]]] = {}
    for name, entries in sections.items():
        for entry in entries:
            by_year.setdefault(_entry_year(name, entry), {n: [] for n in sections})[name].append(
                entry)
    parts: list[tuple[str, int, int, dict[str, list[Any]], dict[str, list[Any]]]] = []
    for year in sorted(by_year, reverse=True):
        chunks = _cut_sections(by_year[year], ACTOR_ROWS)
        # which entries of its briefings a part shows, cut the same way: a change earlier in the
        # year moves the cut, and a part can show other entries of the same briefings
        cuts = _cut_sections({name: registers.ordinals(_entry_briefing(name, e) for e in entries)
                              for name, entries in by_year[year].items()}, ACTOR_ROWS)
        parts += [(year, n, len(chunks), chunk, cut)
                  for n, (chunk, cut) in enumerate(zip(chunks, cuts, strict=True), 1)]
    years = [(year, sum(len(e) for e in by_year[year].values()),
              [actor_part_path(a.id, year, n) for n in range(1, count + 1)])
             for year, count in ((y, max(p[2] for p in parts if p[0] == y)) for y in
                                 sorted(by_year, reverse=True))]
    latest = view.quotes[:ACTOR_LATEST]
    empty: dict[str, list[Any]] = {name: [] for name in sections}
    related = [edge.item.briefing.id for edge in corpus.edges_by_actor.get(a.id, [])]
    yield page(f"actors/{a.id}.md", "actor.md.j2",
               lambda: {**_actor_context(view, corpus), **empty, "quotes": latest,
                        "years": years},
               briefings=[*(e.item.briefing.id for e in latest), *related],
               actors=[a.id, *country],
               # the names the articles gave it, gathered from every briefing that names it
               extra=[years, view.names])
    for year, number, count, chunk, cut in parts:
        def context(chunk: Any = chunk, year: str = year, number: int = number,
                    count: int = count) -> dict[str, Any]:
            return {"view": view, "links": [], **chunk, "year": year, "part": (number, count),
                    "paths": [actor_part_path(a.id, year, n) for n in range(1, count + 1)]}

        yield page(actor_part_path(a.id, year, number), "actor.md.j2", context,
                   briefings=[_entry_briefing(n, e) for n, es in chunk.items() for e in es],
                   actors=[a.id, *country], extra=[year, number, count, cut])


# Briefings the list of briefings shows on one page. A larger archive keeps its newest on the list
# and a page per year (cut into parts of this many) under archive/: with their bottom lines, 10,000
# briefings on one page would make several megabytes.
ARCHIVE_ROWS = 1000
ARCHIVE_LATEST = 100


def archive_path(year: str, number: int = 1) -> str:
    return f"archive/{year}{'' if number == 1 else f'-{number}'}.md"


def _archive_pages(corpus: Corpus, page: Callable[..., Page]) -> Iterator[Page]:
    if len(corpus.briefings) <= ARCHIVE_ROWS:
        yield page("briefings/index.md", "briefings.md.j2",
                   lambda: {"entries": corpus.briefings, "years": None}, everything=True)
        return
    by_year: dict[str, list[Any]] = {}
    for item in corpus.briefings:  # newest first
        by_year.setdefault(str(item.briefing.source.published)[:4], []).append(item)
    years = [(year, len(items), [archive_path(year, n) for n in
                                 range(1, -(-len(items) // ARCHIVE_ROWS) + 1)])
             for year, items in by_year.items()]
    latest = corpus.briefings[:ARCHIVE_LATEST]
    yield page("briefings/index.md", "briefings.md.j2",
               lambda: {"entries": latest, "years": years, "total": len(corpus.briefings)},
               briefings=[item.briefing.id for item in latest],
               extra=[years, len(corpus.briefings)])
    for year, _, paths in years:
        for number, path in enumerate(paths, 1):
            chunk = by_year[year][(number - 1) * ARCHIVE_ROWS:number * ARCHIVE_ROWS]

            def context(chunk: Any = chunk, year: str = year, number: int = number,
                        paths: Any = paths) -> dict[str, Any]:
                return {"entries": chunk, "years": None, "year": year, "number": number,
                        "paths": paths}

            yield page(path, "briefings.md.j2", context,
                       briefings=[item.briefing.id for item in chunk],
                       extra=[year, number, paths])


# Briefings on one page of a tag, at most: a tag on a third of a large archive would otherwise make
# a page of several megabytes, as the theme's single tags index did.
TAG_ROWS = 1000
# Tags on one page of the tags index, at most (a line takes about 150 bytes of HTML); the page of
# the tag "Index" is tags/index--tag.md, so tags/index--2.md and on are free for it.
TAG_INDEX_ROWS = 2000


def _tag_pages(corpus: Corpus, page: Callable[..., Page]) -> Iterator[Page]:
    """The tags index (each tag with its counts) and a page per tag, cut into parts of TAG_ROWS."""
    lines = []
    for entry in corpus.tags.values():
        parts = max(1, -(-len(entry.briefings) // TAG_ROWS))
        lines.append((entry.name, len(entry.briefings), len(entry.actors),
                      [tag_path(entry.slug, n) for n in range(1, parts + 1)]))
    cuts = [lines[i:i + TAG_INDEX_ROWS] for i in range(0, len(lines), TAG_INDEX_ROWS)] or [[]]
    index = ["tags.md", *(f"tags/index--{n}.md" for n in range(2, len(cuts) + 1))]
    for at, cut in enumerate(cuts, 1):
        def index_context(cut: Any = cut, at: int = at) -> dict[str, Any]:
            return {"lines": cut, "number": at, "paths": index}

        yield page(index[at - 1], "tags.md.j2", index_context, extra=[cut, at, index])
    for entry, (_, _, _, paths) in zip(corpus.tags.values(), lines, strict=True):
        for number, path in enumerate(paths, 1):
            chunk = entry.briefings[(number - 1) * TAG_ROWS:number * TAG_ROWS]
            actors = entry.actors if number == 1 else []

            def context(entry: Any = entry, chunk: Any = chunk, actors: Any = actors,
                        number: int = number, paths: Any = paths) -> dict[str, Any]:
                return {"tag": entry, "briefings": chunk, "actors": actors, "number": number,
                        "paths": paths}

            yield page(path, "tag.md.j2", context, briefings=[i.briefing.id for i in chunk],
                       actors=actors, extra=[entry.name, number, paths])


def _part_context(register: registers.Register, part: registers.Part,
                  corpus: Corpus) -> dict[str, Any]:
    context: dict[str, Any] = {"part": part, "entries": part.entries}
    if register is registers.RELATIONS:
        context["panels"] = diagrams.panels(part.entries, corpus.actor_name)
        context["limit"] = diagrams.DIAGRAM_LIMIT
    return context


def _actor_context(view: Any, corpus: Corpus) -> dict[str, Any]:
    """An actor's page: what the corpus gathered on it, and the relationships it is part of."""
    edges = corpus.edges_by_actor.get(view.actor.id, [])
    every = diagrams.merge(edges)
    links = sorted(diagrams.strongest(every, ACTOR_LINKS), key=registers.link_order)
    shown = diagrams.strongest(links)
    # the register's years that hold its relationships, newest first, for the rest
    years = sorted({e.item.briefing.source.published[:4] for e in edges}, reverse=True)
    return {"view": view, "links": links, "total_links": len(every), "shown": len(shown),
            "limit": diagrams.DIAGRAM_LIMIT, "link_years": years,
            "diagram": diagrams.mermaid(shown, corpus.actor_name) if shown else None}


def render_all(corpus: Corpus, templates: Path, settings: SiteSettings) -> dict[str, bytes]:
    """Every file at once, for a small corpus in tests: the writer never holds them together."""
    return {p.path: p.render() for p in plan(corpus, templates, settings)}
