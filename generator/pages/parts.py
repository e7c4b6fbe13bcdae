"""The files that hold the whole archive (data/corpus.json, data/sanctions.csv), made of each
briefing's part, kept between runs.

Such a file is written again whenever any briefing changes; serializing every briefing for it
was, at 10,000 briefings, seconds of every run that changed one. So each briefing's part (its
entry of the export's "briefings", as the file indents and escapes it; its rows of the sanctions
table) is kept in the cache folder under a name that is the SHA-256 of everything the part is made
of: the page plan's digest of the briefing (its summary's bytes, its article's, the spans found
and every actor it names), the generator's code and pydantic's versions and the site settings.
The file is then the parts joined in the archive's order, the bytes that serializing it whole
gives (tests/test_export_parts.py), and an edit serializes the edited briefing's part alone.

The parts are kept as the summaries loaded are (`signing.SignedFolder`): a file per part behind an
HMAC made with the user's key, so a part written by anyone else is made afresh. A file's parts
are written by whichever process renders it (a forked worker on a cold run), when it has been
made; parts of briefings no longer in the archive go then.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from .. import signing
from ..settings import SiteSettings
from ..verify import VerifiedBriefing
from . import export
from .corpus import Corpus
from .render import sanction_rows, sanctions_table

CORPUS_PARTS = "corpus-json"  # in the cache folder: each briefing's entry of data/corpus.json
SANCTION_PARTS = "sanctions-csv"  # and its rows of data/sanctions.csv
# what every part's name already holds; the HMAC binds it too, as the summaries' cache does
_VERSION = f"{signing.CODE_VERSION} parts 1\n".encode()


class Parts:
    """Each briefing's part of one file, by the briefing's id: `keys` gives each the name its
    part is kept under; without a cache folder, every part is made."""

    def __init__(self, folder: Path | None, keys: Mapping[str, str]):
        self.kept = signing.SignedFolder(folder, _VERSION)
        self.keys = keys
        self.made = 0  # parts made in this run, not read

    def get(self, briefing: str, make: Callable[[], bytes]) -> bytes:
        name = self.keys[briefing]
        payload = self.kept.get(name)
        if payload is None:
            payload = make()
            self.made += 1
            self.kept.put(name, payload)
        return payload

    def save(self) -> None:
        """Write the parts made; remove those of briefings that are gone or have changed."""
        self.kept.keep(set(self.keys.values()))
        self.kept.save()


def corpus_json(corpus: Corpus, settings: SiteSettings, named: Collection[str] | None,
                parts: Parts) -> bytes:
    def part(item: VerifiedBriefing) -> Callable[[], bytes]:
        return lambda: export.briefing_part(item, settings)

    entries = [parts.get(item.briefing.id, part(item)) for item in corpus.briefings]
    parts.save()
    return export.joined(corpus, settings, named, entries)


def sanctions_csv(corpus: Corpus, parts: Parts) -> bytes:
    def rows_of(item: VerifiedBriefing) -> list[str]:
        rows: list[str] = json.loads(parts.get(
            item.briefing.id, lambda: json.dumps(sanction_rows(corpus, item)).encode()))
        return rows

    table = sanctions_table(corpus, rows_of)
    parts.save()
    return table
