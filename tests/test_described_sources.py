"""A speaker the article describes without naming ('a spokesman for Russian President Vladimir
Putin'): a quote's `source`, checked against the article and shown where a speaker's name goes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import run
from .test_real_articles import _with_real_articles

SKRIPAL = "content/briefings/2018-08-09-russia-condemns-skripal-sanctions.yaml"
VOA = "content/briefings/2024-03-15-russia-sanctions-voa-reporter.yaml"
PUTIN_SPOKESMAN = "A spokesman for Russian President Vladimir Putin"


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _described(root: Path, description: str = PUTIN_SPOKESMAN, organization: str = "russia") -> None:
    _edit(root, SKRIPAL, "  - id: kremlin-unfriendly\n    speaker: russia\n",
          f"  - id: kremlin-unfriendly\n    source:\n      description: {description}\n"
          f"      organization: {organization}\n")


@pytest.fixture
def real(tmp_path: Path) -> Path:
    return _with_real_articles(tmp_path / "project", summaries=True)


def test_a_described_source_passes_strict_and_shows_with_its_organization(real: Path):
    _described(real)
    checked = run(real, "check", "--strict")
    assert checked.exit_code == 0, checked.output
    built = run(real, "build", "--strict")
    assert built.exit_code == 0, built.output
    page = (real / "site/briefings/2018-08-09-russia-condemns-skripal-sanctions/index.html"
            ).read_text(encoding="utf-8")
    figure = re.search(r'<figure class="quote" id="q-kremlin-unfriendly">(.*?)</figure>', page, re.S)
    assert figure is not None
    caption = re.search(r"<figcaption>(.*?)</figcaption>", figure.group(1), re.S)
    assert caption is not None
    shown = f'{PUTIN_SPOKESMAN} (<a href="../../actors/russia/">Russia</a>)'
    assert caption.group(1).lstrip().startswith(f"<p data-search-exclude>— <strong>{shown}</strong>")
    source = (real / "site/sources/2018-08-09-russia-condemns-skripal-sanctions/index.html"
              ).read_text(encoding="utf-8")
    item = next(li for li in re.findall(r"<li>(.*?)</li>", source, re.S) if "#q-kremlin-unfriendly" in li)
    assert f"— {shown}" in item


def test_a_description_the_article_does_not_give_is_reported(real: Path):
    _described(real, "a Kremlin aide")
    result = run(real, "check")
    assert result.exit_code == 0, result.output
    assert (f"{SKRIPAL}:65:20: warning: quotes[2].source.description: 'a Kremlin aide' does not "
            "occur in the article") in result.output, result.output
    strict = run(real, "check", "--strict")
    assert strict.exit_code == 1
    assert f"{SKRIPAL}:65:20: quotes[2].source.description: 'a Kremlin aide'" in strict.output


def test_a_source_for_words_the_article_gives_a_named_speaker_is_reported(real: Path):
    _edit(real, VOA, "  - id: kirby-real-danger-of-an-autocrat\n    speaker: john-kirby\n",
          "  - id: kirby-real-danger-of-an-autocrat\n    source:\n      description: a White House "
          "official\n")
    strict = run(real, "check", "--strict")
    assert strict.exit_code == 1
    assert re.search(r"quotes\[6\]\.source: the article names the speaker of these words, "
                     r"'John Kirby' \(line 8: .*\): give 'speaker: john-kirby' instead of a described "
                     "source", strict.output), strict.output


def test_a_quote_with_both_a_speaker_and_a_source_is_refused(real: Path):
    _edit(real, SKRIPAL, "  - id: kremlin-unfriendly\n    speaker: russia\n",
          f"  - id: kremlin-unfriendly\n    speaker: russia\n    source:\n"
          f"      description: {PUTIN_SPOKESMAN}\n")
    result = run(real, "check")
    assert result.exit_code == 1
    assert "quotes[2].source: a quote has a speaker or a described source, not both" in result.output


def test_a_reviewed_quote_needs_a_speaker_or_a_source(real: Path):
    _edit(real, SKRIPAL, "  - id: kremlin-unfriendly\n    speaker: russia\n",
          "  - id: kremlin-unfriendly\n")
    result = run(real, "check")
    assert result.exit_code == 1
    assert "quotes[2].speaker: quote 'kremlin-unfriendly' has no speaker" in result.output
    assert "`source: {description: …}`" in result.output


def test_an_unknown_organization_is_an_unknown_actor(real: Path):
    _described(real, organization="kremlin-press-office")
    result = run(real, "check")
    assert result.exit_code == 1
    assert "quotes[2].source.organization: unknown actor 'kremlin-press-office'" in result.output
