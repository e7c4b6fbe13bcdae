"""Briefings written by tests into a copy of the project: a second, older briefing, and one whose
article and summary try every script injection the content model lets through."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from .conftest import BRIEFING_YAML

HOSTILE_ID = "2024-09-11-hostile-markup"
OLDER_ID = "2024-09-01-earlier-briefing"

HOSTILE_SEED = """\
Kremlin says nothing new
By Staff
MOSCOW — Kremlin spokesman Dmitry Peskov said “<script>alert(1)</script> is not our policy,” and he \
added that “<img src=x onerror=alert(1)> means nothing at all.”
Another paragraph holds markup that is not a quote: <script>alert(1)</script> and \
<img src=x onerror=alert(1)> and </script><script>alert(1)</script> and "straight" & 'single'.
Peskov said later that “</script><script>alert(1)</script>” was all he had to say.
"""


def add_briefing(root: Path, seed_name: str, seed_text: str, summary: dict[str, Any]) -> None:
    """Write a seed and its summary, the summary stamped with the seed's hash."""
    seed = root / "seeds" / seed_name
    seed.write_text(seed_text, encoding="utf-8")
    summary["source"]["seed"] = seed_name
    summary["source"]["sha256"] = hashlib.sha256(seed.read_bytes()).hexdigest()
    target = root / "content" / "briefings" / f"{summary['id']}.yaml"
    target.write_text(yaml.safe_dump(summary, sort_keys=False, allow_unicode=True),
                      encoding="utf-8")


def add_hostile_briefing(root: Path) -> None:
    add_briefing(root, "900_hostile.txt", HOSTILE_SEED, {
        "id": HOSTILE_ID,
        "title": "Peskov says \"means nothing at all\" & more; 'single' stays text",
        "source": {"outlet": "Test & \"Outlet\"", "published": "2024-09-11",
                   "dateline": "MOSCOW"},
        "bottom_line": ("Peskov's words \\<script>alert(1)\\</script> and "
                        "\\<img src=x onerror=alert(1)\\> are \"straight\" & 1 < 2 > 0, "
                        "with `</script><script>alert(1)</script>` as code."),
        "key_points": ["A point with \\<img src=x onerror=alert(1)\\> as text.",
                       "A [link](https://example.org/?q=\"><script>alert(1)</script>) in text."],
        "tags": ["Kremlin"],
        "actors": [{"actor": "dmitry-peskov", "role": "Kremlin spokesman",
                    "mentions": ["Kremlin spokesman Dmitry Peskov"]}],
        "quotes": [
            {"id": "script-policy", "speaker": "dmitry-peskov",
             "text": "<script>alert(1)</script> is not our policy,", "setting": "to-reporters",
             "context": "Says `<script>alert(1)</script>` in a code span."},
            {"id": "img-nothing", "speaker": "dmitry-peskov",
             "text": "<img src=x onerror=alert(1)> means nothing at all."},
            {"id": "closing-script", "speaker": "dmitry-peskov",
             "text": "</script><script>alert(1)</script>"},
        ],
    })


def add_older_briefing(root: Path, title: str = "An earlier briefing on the same article") -> None:
    """A second summary of the shipped article, dated earlier: for ordering and feed ids."""
    summary = yaml.safe_load((root / BRIEFING_YAML).read_text(encoding="utf-8"))
    seed_text = (root / "seeds" / summary["source"]["seed"]).read_text(encoding="utf-8")
    summary = {
        "id": OLDER_ID, "title": title,
        "source": {"outlet": "Another Outlet", "published": "2024-09-01"},
        "bottom_line": "An older summary, for the order of the feed.",
        "key_points": ["It exists."],
        "quotes": [q for q in summary["quotes"] if q["id"] == "peskov-not-every-time"],
    }
    add_briefing(root, "901_older.txt", seed_text, summary)
