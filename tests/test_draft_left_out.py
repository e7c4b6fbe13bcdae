"""`briefing draft` writes only what its model takes, and says what it left out: a quotation the
model refuses (a control character, more than a quote may hold) becomes a REVIEW comment and a
line on stderr naming it and why; an --id the model refuses as a page id (a line break after it,
'index') is refused before anything is written, with the model's own reason, as `rename` refuses
such a new id."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from generator.content.model import PageId, Slug

from .conftest import run
from .test_draft_crashes import PUBLISHED, _checks_and_builds, _draft

ARTICLE = ("Iran rejects the deal\n\n"
           "WASHINGTON — Foreign Minister Abbas Araghchi said on Tuesday: “{first}” He left the "
           "room.\n\n“It is over,” Araghchi said.\n")


def _written(project: Path) -> list[Path]:
    return sorted((project / "content" / "briefings").iterdir())


@pytest.mark.parametrize("bad_id, why", [
    ("x\n", "'x\\n' is not a valid id: use lower-case letters"),
    ("index", "'index' is taken"),
    ("a" * 81, "longer than the 80 characters an id may hold"),
])
def test_an_id_the_model_refuses_is_refused_before_anything_is_written(project: Path, bad_id: str,
                                                                        why: str):
    (project / "seeds" / "x.txt").write_text(ARTICLE.format(first="We will not."),
                                             encoding="utf-8")
    before = _written(project)
    result = run(project, "draft", str(project / "seeds" / "x.txt"), "--published", PUBLISHED,
                 "--id", bad_id)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("draft: --id ") and why in result.output
    assert "a bug in" not in result.output and "Traceback" not in result.output
    assert _written(project) == before


@pytest.mark.parametrize("model", [Slug, PageId])
def test_a_line_break_after_an_id_is_not_an_id(model: object):
    with pytest.raises(ValidationError):
        TypeAdapter(model).validate_python("x\n")


@pytest.mark.parametrize("first, why", [
    ("We will not\x07 accept this deal.", "control character ⟨U+0007⟩ at position 12 is not allowed"),
    ("We will not accept this deal at all. " * 140,
     "longer than the 5,000 characters a quote may hold: quote part of it"),
])
def test_a_quotation_the_model_refuses_is_left_out_and_said_so(project: Path, first: str, why: str):
    before = _written(project)
    output = _draft(project, "x.txt", ARTICLE.format(first=first))
    [said] = [line for line in output.splitlines() if line.startswith("draft: left out")]
    assert said.startswith("draft: left out a quotation, kept as a REVIEW comment under quotes: "
                           "“We will not") and f"”: {why}" in said, said
    assert "no quotations found" not in output
    [summary] = set(_written(project)) - set(before)
    text = summary.read_text(encoding="utf-8")
    assert f"would not verify as one ({why}" in text and "\x07" not in text
    assert "text: It is over," in text  # the quotation the model takes is drafted as ever
    _checks_and_builds(project)


@pytest.mark.parametrize("article", [
    "\ufeff" + ARTICLE.format(first="We will not accept this deal."),
    ARTICLE.format(first="We will\ufeff not accept this deal."),
])
def test_a_byte_order_mark_in_the_article_drafts_what_checks_and_builds(project: Path,
                                                                         article: str):
    output = _draft(project, "x.txt", article)
    assert "left out" not in output
    _checks_and_builds(project)


def test_rename_refuses_a_new_id_ending_in_a_line_break_by_the_same_rule(project: Path):
    result = run(project, "rename", "dmitry-peskov", "peskov\n")
    assert result.exit_code == 2
    assert "Invalid value for NEW: 'peskov\\n' is not a valid id" in result.output
