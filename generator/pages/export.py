"""The whole corpus as one JSON file (data/corpus.json), and the JSON Schema that describes it.

The export holds the summaries as the content model has them, and the actor registry; never the
articles' text, which may not be republishable. The schema comes from the same pydantic models,
so the two cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..content.model import Actor, Briefing, Sha256, json_schema
from ..settings import SiteSettings, SourceText
from ..verify import VerifiedBriefing
from .corpus import Corpus
from .metadata import briefing_page_url

CORPUS_PATH = "data/corpus.json"
SCHEMA_PATH = "schema/corpus.schema.json"
FORMAT: Final = "briefing-corpus/1"


class ExportedBriefing(BaseModel):
    model_config = ConfigDict(extra="forbid")

    page: str = Field(description="Path of the briefing's page, relative to the site's root.")
    source_page: str = Field(description="Path of the page with the article's text or excerpts.")
    source_text: SourceText = Field(
        description="Whether the source page shows the whole article or only quoted passages.")
    seed_sha256: Sha256 = Field(description="SHA-256 of the article the quotes were checked "
                                            "against.")
    summary: Briefing


class CorpusExport(BaseModel):
    """Every briefing of the site (newest first) and every actor they name."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["briefing-corpus/1"] = FORMAT
    site_name: str
    site_url: str | None = Field(None, description="The site's address, when it has one.")
    briefings: list[ExportedBriefing]
    actors: list[Actor]


def corpus_export(corpus: Corpus, settings: SiteSettings,
                  named: Collection[str] | None = None, briefings: bool = True) -> CorpusExport:
    """The export; with `named`, only those actors of the registry (the ones briefings name);
    without `briefings`, its list of briefings empty."""
    return CorpusExport(site_name=settings.site_name, site_url=settings.site_url,
                        briefings=[_exported(item, settings) for item in corpus.briefings]
                        if briefings else [],
                        actors=[v.actor for v in corpus.actors.values()
                                if named is None or v.actor.id in named])


def _exported(item: VerifiedBriefing, settings: SiteSettings) -> ExportedBriefing:
    return ExportedBriefing(page=briefing_page_url(item.briefing.id),
                            source_page=f"sources/{item.briefing.id}/",
                            source_text=settings.source_mode(item.briefing.source.outlet),
                            seed_sha256=item.seed_sha256, summary=item.briefing)


def briefing_part(item: VerifiedBriefing, settings: SiteSettings) -> bytes:
    """The briefing's entry of the export's "briefings", as `corpus_json` writes it there."""
    # pydantic's own encoder: the bytes json.dumps(indent=1, ensure_ascii=False) gives, several
    # times faster
    text = _exported(item, settings).model_dump_json(indent=1)
    # two levels in, as the list of the export's "briefings" holds it; no string holds a line
    # break as it is (JSON escapes it), so every line break is the layout's
    return _escaped(text.replace("\n", "\n  ")).encode("utf-8")


def joined(corpus: Corpus, settings: SiteSettings, named: Collection[str] | None,
           entries: list[bytes]) -> bytes:
    """The export, with the briefings' entries made by `briefing_part`, in the corpus's order:
    joined as bytes, since at 10,000 briefings the file weighs some 200 MB."""
    text = (_escaped(corpus_export(corpus, settings, named, briefings=False).model_dump_json(
        indent=1)) + "\n").encode("utf-8")
    if not entries:
        return text
    # the first such bytes are the key: the two strings before it cannot hold them, as a quote
    # inside a JSON string is escaped
    head, _, tail = text.partition(b'"briefings": []')
    return b"".join([head, b'"briefings": [\n  ', b",\n  ".join(entries), b"\n ]", tail])


def corpus_json(corpus: Corpus, settings: SiteSettings,
                named: Collection[str] | None = None) -> bytes:
    """The export, every briefing serialized afresh (`parts` keeps them between runs)."""
    return joined(corpus, settings, named,
                  [briefing_part(item, settings) for item in corpus.briefings])


def _escaped(text: str) -> str:
    # the same data once parsed; but no markup in the bytes, should anything sniff them as HTML
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def corpus_schema() -> dict[str, Any]:
    return json_schema(CorpusExport, "Briefing corpus export")


def corpus_schema_json() -> bytes:
    return (json.dumps(corpus_schema(), indent=2, ensure_ascii=False, sort_keys=True)
            + "\n").encode("utf-8")
