"""`briefing draft` of real articles whose people the registry does not know: a draft to review,
not to retype, that check and build accept as it is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from .conftest import copy_project, run
from .test_real_articles import REAL, _summary, _with_real_articles

BRIEFINGS = sorted(p.stem for p in (REAL / "content" / "briefings").glob("*.yaml"))


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture project with the three real seeds and none of their actors, each drafted."""
    root = copy_project(tmp_path_factory.mktemp("unknown") / "project")
    for seed in (REAL / "seeds").iterdir():
        shutil.copy2(seed, root / "seeds" / seed.name)
    for briefing_id in BRIEFINGS:
        source = _summary(briefing_id)["source"]
        result = run(root, "draft", str(root / "seeds" / source["seed"]), "--published",
                     source["published"], "--id", f"draft-{briefing_id}")
        assert result.exit_code == 0, result.output
    return root


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_speakers_the_registry_lacks_are_filled_with_proposed_actors(drafted: Path):
    draft = _load(drafted / "content/briefings/draft-2018-03-21-us-sanctions-russia-notpetya.yaml")
    proposals = drafted / "content/actors/draft-draft-2018-03-21-us-sanctions-russia-notpetya.yaml"
    proposed = {a["id"]: a for a in _load(proposals)["actors"]}
    assert proposed["steven-mnuchin"] == {"id": "steven-mnuchin", "name": "Steven Mnuchin",
                                          "kind": "person", "role": "Treasury Secretary"}
    assert draft["quotes"][0]["speaker"] == "steven-mnuchin"
    assert {"actor": "steven-mnuchin", "role": "Treasury Secretary",
            "mentions": ["Steven Mnuchin"]} in draft["actors"]
    assert all(line.endswith("# REVIEW: proposed from the article")
               for line in proposals.read_text(encoding="utf-8").splitlines() if "- id:" in line)
    skripal = _load(drafted / "content/actors/"
                    "draft-draft-2018-08-09-russia-condemns-skripal-sanctions.yaml")["actors"]
    assert {"id": "sergei-skripal", "name": "Sergei Skripal", "kind": "person",
            "role": "Former Russian military intelligence official"} in skripal
    # Putin's own role, not that of the spokesman for him
    assert {"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person",
            "role": "Russian President"} in skripal


def test_a_spokesman_for_a_named_person_is_a_described_source(drafted: Path):
    draft = _load(drafted / "content/briefings/draft-2018-08-09-russia-condemns-skripal-sanctions.yaml")
    unfriendly = next(q for q in draft["quotes"] if q["text"] == "unfriendly")
    assert "speaker" not in unfriendly
    assert unfriendly["source"] == {"description": "A spokesman for Russian President Vladimir Putin"}


def test_drafts_with_proposed_actors_check_and_build_with_the_draft_banner(drafted: Path):
    checked = run(drafted, "check")
    assert checked.exit_code == 0, checked.output
    assert "is a proposal not yet reviewed" in checked.output
    strict = run(drafted, "check", "--strict")
    assert strict.exit_code == 1
    built = run(drafted, "build")
    assert built.exit_code == 0, built.output
    for briefing_id in BRIEFINGS:
        page = drafted / f"site/briefings/draft-{briefing_id}/index.html"
        assert "Unreviewed draft" in page.read_text(encoding="utf-8")
    # the proposed speaker is named on the draft's page, the described source as written
    page = (drafted / "site/briefings/draft-2018-03-21-us-sanctions-russia-notpetya/index.html"
            ).read_text(encoding="utf-8")
    assert '<strong><a href="../../actors/steven-mnuchin/">Steven Mnuchin</a></strong>' in page
    page = (drafted / "site/briefings/draft-2018-08-09-russia-condemns-skripal-sanctions/"
                      "index.html").read_text(encoding="utf-8")
    assert "<strong>A spokesman for Russian President Vladimir Putin</strong>" in page


def test_a_draft_with_the_registry_at_hand_proposes_nothing_it_knows(tmp_path: Path):
    root = _with_real_articles(tmp_path / "project", summaries=False)
    source = _summary(BRIEFINGS[-1])["source"]
    result = run(root, "draft", str(root / "seeds" / source["seed"]), "--published",
                 source["published"], "--id", "known")
    assert result.exit_code == 0, result.output
    draft = _load(root / "content/briefings/known.yaml")
    assert {q.get("speaker") for q in draft["quotes"]} >= {"john-kirby", "russia-foreign-ministry"}
    proposals = root / "content/actors/draft-known.yaml"
    known = {a["id"] for a in _load(root / "content/actors/real.yaml")["actors"]}
    if proposals.exists():
        assert not {a["id"] for a in _load(proposals)["actors"]} & known
