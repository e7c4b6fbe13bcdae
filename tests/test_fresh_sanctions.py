"""A real press release from an outlet the drafter was never shaped on, drafted and then reviewed.

tests/fixtures/fresh_sanctions/ is a project of its own: a BIS press release in seeds/ (see
SOURCES.md there), the draft `briefing draft` gave of it kept untouched in draft/, and the summary an
analyst reviewed from that draft in content/ (REVIEW.md lists what was kept, edited, deleted and
added). The reviewed summary must publish; drafting the seed again must give the kept draft byte for
byte, so that a change to the drafter shows as a change to review against.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import CODE_PARTS, ROOT, run

FRESH = ROOT / "tests" / "fixtures" / "fresh_sanctions"
SEED = "bis-entity-list-venezuela-russia.txt"
BRIEFING_ID = "2023-11-17-commerce-adds-four-entity-list-related"
# The registry the project started from: the shipped one, as it was when the draft was made.
STARTING_REGISTRY = ["organizations.yaml", "people.yaml", "states.yaml"]


def _reviewed_project(dest: Path) -> Path:
    """The reviewed project with its own mkdocs.yml, and the shipped templates it names beside it."""
    shutil.copytree(FRESH, dest, ignore=shutil.ignore_patterns("draft", ".briefing-cache"))
    for part in CODE_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, dirs_exist_ok=True)
    return dest


def test_the_reviewed_summary_passes_strict_check_and_builds(tmp_path: Path):
    root = _reviewed_project(tmp_path / "project")
    checked = run(root, "check", "--strict")
    assert checked.exit_code == 0, checked.output
    assert "0 warnings" in checked.output, checked.output
    built = run(root, "build", "--strict")
    assert built.exit_code == 0, built.output
    assert (root / f"site/briefings/{BRIEFING_ID}/index.html").is_file()
    for actor in ["alan-estevez", "matthew-s-axelrod", "si2microsystems-private-limited"]:
        assert (root / f"site/actors/{actor}/index.html").is_file(), actor


def test_drafting_the_seed_again_gives_the_kept_draft_byte_for_byte(tmp_path: Path):
    root = tmp_path / "project"
    (root / "content" / "actors").mkdir(parents=True)
    (root / "content" / "briefings").mkdir()
    (root / "seeds").mkdir()
    shutil.copy2(FRESH / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copy2(FRESH / "seeds" / SEED, root / "seeds" / SEED)
    for name in STARTING_REGISTRY:
        shutil.copy2(FRESH / "content" / "actors" / name, root / "content" / "actors" / name)
    drafted = run(root, "draft", f"seeds/{SEED}", "--published", "2023-11-17",
                  "--outlet", "U.S. Department of Commerce, Bureau of Industry and Security")
    assert drafted.exit_code == 0, drafted.output
    kept = FRESH / "draft"
    for written in [root / "content" / "briefings" / f"{BRIEFING_ID}.yaml",
                    root / "content" / "actors" / f"draft-{BRIEFING_ID}.yaml"]:
        assert written.read_bytes() == (kept / written.name).read_bytes(), (
            f"the draft of {SEED} changed: compare {written} with {kept / written.name}, "
            "review the change and record it in REVIEW.md")
    assert sorted(p.name for p in kept.iterdir()) == sorted(
        [f"{BRIEFING_ID}.yaml", f"draft-{BRIEFING_ID}.yaml"])

