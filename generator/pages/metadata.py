"""What a briefing page says about itself to search engines, link previews and feed readers.

The values go into the page's front matter; the theme override (overrides/main.html) prints them.
Material prints `page.meta.description` into an attribute without escaping, so the description is
made safe here: it holds no `"`, `<`, `>` or `&`. The JSON-LD is a plain mapping that the theme
serialises with `tojson`, which writes `<`, `>`, `&` and `'` as \\u escapes: no text from content
can close the script element.
"""

from __future__ import annotations

from typing import Any

from ..content import safe_text
from ..settings import SiteSettings
from .corpus import Corpus

DESCRIPTION_LIMIT = 300

# Characters that would end or break an HTML attribute, and what a reader sees instead.
_ATTRIBUTE_SAFE = str.maketrans({'"': "'", "<": "‹", ">": "›", "&": "and"})

# A state speaks through its government (an Organization) but is written about as a Country.
_CREATOR_TYPES = {"person": "Person", "organization": "Organization", "state": "Organization"}
_SUBJECT_TYPES = {"person": "Person", "organization": "Organization", "state": "Country"}


def attribute_safe(text: str) -> str:
    """Plain text that can stand inside a double-quoted HTML attribute as it is."""
    return " ".join(text.translate(_ATTRIBUTE_SAFE).split())


def description(markdown: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """The words of an inline-Markdown text, attribute-safe, cut at a word within `limit`."""
    text = attribute_safe(safe_text.plain(markdown))
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def briefing_page_url(briefing_id: str) -> str:
    return f"briefings/{briefing_id}/"


def briefing_meta(item: Any, corpus: Corpus, settings: SiteSettings) -> dict[str, Any]:
    """Front-matter entries of a briefing page: description, open_graph, schema_org."""
    b = item.briefing
    summary = description(b.bottom_line)
    # the theme escapes these; only `description` is printed by Material as it is
    open_graph = {"type": "article", "title": b.title, "published_time": b.source.published,
                  "tags": list(b.tags)}
    return {"description": summary, "open_graph": open_graph,
            "schema_org": json_ld(item, corpus, settings)}


def json_ld(item: Any, corpus: Corpus, settings: SiteSettings) -> dict[str, Any]:
    """schema.org Report on the article it is based on, its quotes as Quotation with creator."""
    b = item.briefing
    page = settings.absolute(briefing_page_url(b.id))
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "datePublished": b.source.published,
        "publisher": {"@type": "Organization", "name": b.source.outlet},
    }
    if b.source.url:
        article["url"] = b.source.url
    if b.source.authors:
        article["author"] = [{"@type": "Person", "name": name} for name in b.source.authors]
    if b.source.dateline:
        article["dateline"] = b.source.dateline
    quotes = []
    for q in b.quotes:
        quote: dict[str, Any] = {
            "@type": "Quotation",
            "@id": f"{page or ''}#q-{q.id}",
            "text": q.text,
        }
        if q.speaker is not None:  # a draft may not know the speaker yet: no creator, not a guess
            speaker = corpus.actors[q.speaker].actor
            quote["creator"] = {"@type": _CREATOR_TYPES[speaker.kind], "name": speaker.name}
        if q.date:
            quote["dateCreated"] = q.date
        quotes.append(quote)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Report",
        "headline": b.title,
        "description": safe_text.plain(b.bottom_line),
        "inLanguage": "en",
        "keywords": list(b.tags),
        "isBasedOn": article,
        "about": [{"@type": _SUBJECT_TYPES[corpus.actors[a.actor].actor.kind],
                   "name": corpus.actor_name(a.actor)} for a in b.actors],
        "hasPart": quotes,
    }
    if page:
        data["url"] = page
        data["@id"] = page
    if b.status != "reviewed":
        data["creativeWorkStatus"] = "Draft"
    return data
