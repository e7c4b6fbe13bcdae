"""A speaker an editor has checked against the article's reading is published with the editor's
reason; every confirmed speaker is shown with the article's own attribution words."""

from __future__ import annotations

import io
from pathlib import Path

from generator import pipeline
from generator.engine import run as build
from generator.progress import Progress

from .conftest import BRIEFING_YAML, run
from .content_edits import briefing, replace_on_line, reported

ID = "2024-09-10-iran-missiles-to-russia"
REASON = "Kirby spoke for the administration Blinken leads on this, as the editor confirmed."


def _docs_page(root: Path) -> str:
    """The briefing's page as generation writes it, before MkDocs turns it into HTML."""
    config = build.read_config(root)
    result = pipeline.generate(root, config.docs_dir, root / "site_templates", config.site_name,
                               strict=True, progress=Progress(io.StringIO(), interactive=False),
                               settings=config.settings)
    assert result.ok, [str(p) for p in result.problems]
    return (config.docs_dir / "briefings" / f"{ID}.md").read_text(encoding="utf-8")


def _give_kirby_to_blinken(root: Path, reason: str | None) -> None:
    replace_on_line(briefing(root), 154, "speaker: john-kirby", "speaker: antony-blinken")
    if reason is not None:
        path = briefing(root)
        lines = path.read_text(encoding="utf-8").split("\n")
        lines.insert(154, f"    speaker_checked: {reason}")
        path.write_text("\n".join(lines), encoding="utf-8")


def test_an_unreviewed_contradiction_never_publishes(project: Path):
    _give_kirby_to_blinken(project, None)
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"{BRIEFING_YAML}:154:14:", "quotes[6].speaker: the article gives "
                    "these words to 'John Kirby'"), result.output


def test_a_reviewed_disagreement_passes_strict_and_shows_on_the_card(project: Path):
    _give_kirby_to_blinken(project, REASON)
    result = run(project, "check", "--strict")
    assert result.exit_code == 0, result.output
    assert "0 warnings" in result.output, result.output
    page = _docs_page(project)
    card = page[page.index('id="q-kirby-partnership"'):]
    card = card[:card.index("</figure>")]
    assert f"Speaker checked by an editor: {REASON}" in card
    assert "The article:" not in card


def test_a_confirmed_speaker_shows_the_articles_own_attribution(project: Path):
    page = _docs_page(project)
    card = page[page.index('id="q-kirby-partnership"'):]
    card = card[:card.index("</figure>")]
    assert "The article: “Both Iran and Russia get better …” Kirby said" in card
    assert page.count('class="quote-evidence"') == 13  # every shipped quote is confirmed


def test_the_source_page_shows_the_attribution_over_each_confirmed_passage(project: Path):
    _give_kirby_to_blinken(project, REASON)
    _docs_page(project)
    source = (project / "docs" / "sources" / f"{ID}.md").read_text(encoding="utf-8")
    assert ('<mark id="src-shmyhal-immediate-concern" class="quote-source" title="Attributed: '
            'Ukrainian Prime Minister Denys Shmyhal said … missiles from Iran are “very much of '
            'our immediate concern.”">') in source
    # the speaker the editor keeps against the article's reading has no article words to show
    assert '<mark id="src-kirby-partnership" class="quote-source">' in source
