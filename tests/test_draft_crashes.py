"""`briefing draft` never crashes and never writes what the model refuses: sanctions headlines,
invisible characters in the article, a relative ARTICLE with --root, and any article made of the
pieces news writing has, drafted then checked and built."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.content import yaml_source
from generator.content.load import Project, parse_file
from generator.content.model import Briefing
from generator.draft import DraftError, draft

from .conftest import copy_project, run

PUBLISHED = "2025-03-04"


def _draft(project: Path, name: str, text: str, *extra: str) -> str:
    (project / "seeds" / name).write_text(text, encoding="utf-8")
    result = run(project, "draft", str(project / "seeds" / name), "--published", PUBLISHED, *extra)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "a bug in" not in result.output
    return result.output


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.search(r":\d+:\d+: (?!warning)", line)]


def _checks_and_builds(project: Path) -> None:
    checked = run(project, "check")
    assert checked.exit_code == 0 and _errors(checked.output) == [], checked.output
    built = run(project, "build")
    assert built.exit_code == 0 and _errors(built.output) == [], built.output


def _briefing(project: Path, briefing_id: str) -> Briefing:
    path = project / "content" / "briefings" / f"{briefing_id}.yaml"
    briefing, _, problems = parse_file(path, path, Briefing)
    assert problems == [] and briefing is not None
    return briefing


SANCTIONS = {
    "eu.txt": ("EU imposes sanctions on Iran\n"
               "BRUSSELS (Reuters) - The European Union imposed sanctions on Iran on Monday over "
               "its transfer of missiles to Russia, its foreign ministers said.\n"
               "“This is a clear message,” EU foreign policy chief Kaja Kallas told reporters.\n"),
    "us.txt": ("US sanctions Russian banks\n"
               "WASHINGTON — The United States imposed sanctions on Russia’s largest banks on "
               "Friday. The United States also imposed sanctions on Russia’s energy firms.\n"),
    "uk.txt": ("UK and EU impose new sanctions on Iran over missiles\n"
               "LONDON (AP) — The United Kingdom and the European Union imposed new sanctions on "
               "Iran on Tuesday over its missiles.\n"
               "Iran denied sending missiles to Russia.\n"),
}


def test_an_article_under_a_sanctions_headline_drafts_checks_and_builds(project):
    # the headline ends before the story starts: its sentence gave a candidate of no words
    for name, text in SANCTIONS.items():
        _draft(project, name, text, "--id", Path(name).stem + "-sanctions")
    eu = _briefing(project, "eu-sanctions")
    assert [s.imposers for s in eu.sanctions] == [["european-union"]]
    assert eu.sanctions[0].targets[0] == "iran"
    assert eu.sanctions[0].measure.startswith("The European Union imposed sanctions on Iran")
    us = _briefing(project, "us-sanctions")  # two measures against Russia: two ids
    assert [s.targets[0] for s in us.sanctions] == ["russia", "russia"]
    assert len({s.id for s in us.sanctions}) == 2
    assert _briefing(project, "uk-sanctions").sanctions[0].imposers == ["united-kingdom",
                                                                        "european-union"]
    _checks_and_builds(project)


INVISIBLE = ("Putin ap\u00adproves new cur\u200bbs\n"
             "MOSCOW (Reuters) — Russian Presi\u00addent Vladi\u00admir\u00a0Putin signed a decree "
             "on Monday, the Krem\u200blin said.\n"
             "“We will not be intimi\u00addated,” Vladi\u00admir Putin told reporters.\n"
             "Kremlin spokes\u00adman Dmitry\u00a0Pes\u200bkov said: “The West has lost.”\n")


def test_invisible_characters_stay_in_quotes_and_nowhere_else(project):
    _draft(project, "invisible.txt", INVISIBLE, "--id", "invisible")
    written = (project / "content/briefings/invisible.yaml").read_text(encoding="utf-8")
    briefing = _briefing(project, "invisible")
    data = yaml_source.parse(written.encode("utf-8")).data
    quotes = data.pop("quotes")
    odd = re.compile("[\u00a0\u00ad\u200b]")
    assert odd.search(str(data)) is None  # no invisible character outside a quote's words
    assert [q["text"] for q in quotes] == ["We will not be intimi\u00addated,", "The West has lost."]
    assert briefing.title == "Putin approves new curbs"
    putin = next(a for a in briefing.actors if a.actor == "vladimir-putin")
    assert putin.role == "Russian President" and "Vladimir Putin" in putin.mentions
    proposals = (project / "content/actors/draft-invisible.yaml").read_text(encoding="utf-8")
    assert "name: Vladimir Putin" in proposals and odd.search(proposals) is None
    _checks_and_builds(project)


def test_a_mention_is_found_in_the_article_whatever_its_invisible_characters(project):
    # a reviewer types 'Vladimir Putin' for the article's 'Vladi\u00admir\u00a0Putin'
    _draft(project, "invisible.txt", INVISIBLE, "--id", "invisible")
    path = project / "content/briefings/invisible.yaml"
    text = path.read_text(encoding="utf-8")
    assert "      - Vladimir Putin\n" in text
    path.write_text(text.replace("      - Vladimir Putin\n", "      - vladimir putin\n"),
                    encoding="utf-8")
    checked = run(project, "check")
    assert checked.exit_code == 0 and "does not occur" not in checked.output, checked.output


def test_an_article_path_is_read_relative_to_the_project_root(project, tmp_path, monkeypatch):
    (project / "seeds/eu.txt").write_text(SANCTIONS["eu.txt"], encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "seeds").mkdir(parents=True)
    # a file of the same name where the command runs is not the project's article
    (elsewhere / "seeds/eu.txt").write_text("Another article entirely.\n", encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    result = run(project, "draft", "seeds/eu.txt", "--published", PUBLISHED, "--id", "eu")
    assert result.exit_code == 0, result.output
    assert _briefing(project, "eu").title == "EU imposes sanctions on Iran"
    # a path from the current folder into the project works as before
    monkeypatch.chdir(project.parent)
    result = run(project, "draft", "project/seeds/eu.txt", "--published", PUBLISHED, "--id", "eu",
                 "--force")
    assert result.exit_code == 0, result.output
    result = run(project, "draft", "seeds/none.txt", "--published", PUBLISHED)
    assert result.exit_code == 2
    assert f"seeds/none.txt: no such file (in the current folder or in {project})" in result.output
