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
                  named: Collection[str] | None = None) -> CorpusExport:
    """The export; with `named`, only those actors of the registry (the ones briefings name)."""
    briefings = [
        ExportedBriefing(page=briefing_page_url(item.briefing.id),
                         source_page=f"sources/{item.briefing.id}/",
                         source_text=settings.source_mode(item.briefing.source.outlet),
                         seed_sha256=item.seed_sha256, summary=item.briefing)
        for item in corpus.briefings
    ]
    return CorpusExport(site_name=settings.site_name, site_url=settings.site_url,
                        briefings=briefings,
                        actors=[v.actor for v in corpus.actors.values()
                                if named is None or v.actor.id in named])


def corpus_json(corpus: Corpus, settings: SiteSettings,
                named: Collection[str] | None = None) -> bytes:
    # pydantic's own encoder: the bytes json.dumps(indent=1, ensure_ascii=False) gives, several
    # times faster, and this file is written again whenever any briefing changes
    text = corpus_export(corpus, settings, named).model_dump_json(indent=1)
    # the same data once parsed; but no markup in the bytes, should anything sniff them as HTML
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (text + "\n").encode("utf-8")


def corpus_schema() -> dict[str, Any]:
    return json_schema(CorpusExport, "Briefing corpus export")


def corpus_schema_json() -> bytes:
    return (json.dumps(corpus_schema(), indent=2, ensure_ascii=False, sort_keys=True)
            + "\n").encode("utf-8")
