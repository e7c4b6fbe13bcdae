"""The fictional multi-article corpus in tests/corpus/, as a project folder ready to build."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import ROOT

CORPUS = Path(__file__).parent / "corpus"
ADDITION = Path(__file__).parent / "corpus_addition"

A1 = "2025-03-04-valdoria-accuses-kestria"
A2 = "2025-05-20-norland-union-sanctions"
A3 = "2025-09-02-kestria-mineral-ban"
A4 = "2025-11-18-marrow-shipping-port-ban"
A5 = "2026-01-12-valdoria-battery-plants"
A6 = "2026-02-20-kestrel-plant-marrow-isles"  # in corpus_addition/


def copy_corpus(dest: Path) -> Path:
    """tests/corpus/ with the repository's mkdocs.yml and site_templates/ beside it."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in ("content", "seeds"):
        shutil.copytree(CORPUS / part, dest / part)
    shutil.copytree(ROOT / "site_templates", dest / "site_templates")
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def add_sixth_briefing(root: Path) -> None:
    shutil.copytree(ADDITION / "content", root / "content", dirs_exist_ok=True)
    shutil.copytree(ADDITION / "seeds", root / "seeds", dirs_exist_ok=True)
