"""The Atom feed of reviewed briefings, newest first (RFC 4287).

Entry ids are derived from the briefing id alone, so they stay the same when a title, a summary
or the site's address changes. Dates come from the content, never from the clock or the files'
times: the same content gives the same bytes. An entry is dated by when the briefing was published
on this site (its summary's `added`, or without one the article's date), so that a briefing added
today about an old article is news to a feed reader; the article's own date is in the entry's
summary and its related link.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from typing import Any

from ..content import safe_text
from ..settings import SiteSettings
from .corpus import Corpus
from .metadata import briefing_page_url

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "feed.xml"
ENTRY_LIMIT = 50
# A fixed namespace for the feed's ids; never change it, or every reader sees every entry anew.
_ID_NAMESPACE = uuid.UUID("0d4c8d6e-5f0b-5a43-9a51-6b0f3c1f2a77")
# Characters that XML 1.0 cannot hold at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def entry_id(briefing_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'briefing/' + briefing_id)}"


def _timestamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = _NOT_XML.sub("", text)
    return element


def added(item: Any) -> str:
    """The day a briefing was published on this site."""
    b = item.briefing
    return str(b.added or b.source.published)


def entries(corpus: Corpus) -> list[Any]:
    """The reviewed briefings the feed holds: the ENTRY_LIMIT last published on this site, newest
    first (then by the article's date, newest first, as the corpus orders them)."""
    reviewed = [item for item in corpus.briefings if item.briefing.status == "reviewed"]
    return sorted(reviewed, key=added, reverse=True)[:ENTRY_LIMIT]  # a stable sort


def atom_feed(corpus: Corpus, settings: SiteSettings) -> bytes:
    ET.register_namespace("", ATOM)
    items = entries(corpus)

    def href(path: str) -> str:
        # without a site address, links are relative to the feed, which sits at the site's root
        return settings.absolute(path) or (path or "./")

    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'feed')}")
    _add(feed, "title", f"{settings.site_name}: briefings")
    _add(feed, "subtitle", "Verified summaries of news articles, newest first.")
    _add(feed, "updated", _timestamp(added(items[0])) if items else "1970-01-01T00:00:00Z")
    _add(feed, "link", rel="self", type="application/atom+xml", href=href(FEED_PATH))
    _add(feed, "link", rel="alternate", type="text/html", href=href(""))
    author = _add(feed, "author")
    _add(author, "name", settings.site_name)
    _add(feed, "generator", "Briefing")
    for item in items:
        _entry(feed, item, href)
    ET.indent(feed, space="  ")
    body = ET.tostring(feed, encoding="unicode", short_empty_elements=True)
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def _entry(feed: ET.Element, item: Any, href: Any) -> None:
    b = item.briefing
    entry = _add(feed, "entry")
    _add(entry, "id", entry_id(b.id))
    _add(entry, "title", b.title)
    _add(entry, "link", rel="alternate", type="text/html", href=href(briefing_page_url(b.id)))
    _add(entry, "published", _timestamp(added(item)))
    _add(entry, "updated", _timestamp(added(item)))
    _add(entry, "summary", f"{b.source.outlet}, {b.source.published.period.label}: "
         + safe_text.plain(b.bottom_line), type="text")
    source = f"{b.source.outlet}, {b.source.published}"
    if b.source.url:
        _add(entry, "link", rel="related", type="text/html", href=b.source.url, title=source)
    for tag in b.tags:
        _add(entry, "category", term=tag)
