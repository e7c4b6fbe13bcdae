"""A relative link in the content leads from the briefing's page: `check` reports one that leads
to no page at the field that holds it, and every other page that shows the text gets the link
made to lead from it to the same place."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import BRIEFING_ID, BRIEFING_YAML, run
from .content_edits import replace_on_line, reported


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_relative_link_to_no_page_is_reported_at_its_field(project: Path, command: str):
    replace_on_line(project / BRIEFING_YAML, 22, "*within weeks*;",
                    "*within weeks* ([see](missing-page.md#here));")
    replace_on_line(project / BRIEFING_YAML, 207, "Iran Air,", f"[Iran Air](./{BRIEFING_ID}),")
    replace_on_line(project / BRIEFING_YAML, 201, "missile supply.",
                    "missile supply ([quote](#q-blinken-shipments-received)).")
    result = run(project, command, "--strict")
    assert result.exit_code == 1, result.output
    assert reported(result, f"{BRIEFING_YAML}:21:5: key_points[0]: link 'missing-page.md#here' "
                            "leads to no page: a relative link leads from the briefing's page to "
                            "another briefing's, written '<briefing-id>.md'"), result.output
    # the page's address without '.md' is no file of docs/: the engine would not know it
    assert reported(result, f"{BRIEFING_YAML}:207:14: sanctions[1].measure: link "
                            f"'./{BRIEFING_ID}' leads to no page (did you mean "
                            f"'{BRIEFING_ID}.md'?)"), result.output
    # a place on the page that shows the text: the registers and actor pages show it too
    assert reported(result, f"{BRIEFING_YAML}:201:14: sanctions[0].measure: link "
                            "'#q-blinken-shipments-received' leads to a place on the page that "
                            "shows it, and other pages show it too: name the briefing's page "
                            f"before it, '{BRIEFING_ID}.md#q-blinken-shipments-received'"), \
        result.output
    assert "docs/" not in result.output
    assert not (project / "docs").exists() and not (project / "site").exists()


def test_a_relative_link_leads_to_its_page_from_every_page_that_shows_it(project: Path):
    """A sanction's measure shows on the briefing's page, the sanctions register and the actors'
    pages; a question on the home page too: the link leads to the briefing from each."""
    link = f"[the same report]({BRIEFING_ID}.md#q-blinken-shipments-received)"
    replace_on_line(project / BRIEFING_YAML, 207, "Iran Air,", f"Iran Air ({link}),")
    replace_on_line(project / BRIEFING_YAML, 302, "deep inside Russia?",
                    f"deep inside Russia ({link})?")
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    docs = project / "docs"
    shown = {page.relative_to(docs).as_posix(): page.read_text(encoding="utf-8")
             for page in docs.rglob("*.md") if "the same report" in page.read_text(encoding="utf-8")}
    assert {"index.md", f"briefings/{BRIEFING_ID}.md", "sanctions/2024.md",
            "actors/iran-air.md"} <= shown.keys()
    place = f"{BRIEFING_ID}.md#q-blinken-shipments-received"
    assert f"[the same report]({place})" in shown[f"briefings/{BRIEFING_ID}.md"]
    assert f"[the same report](briefings/{place})" in shown["index.md"]
    for page in ("sanctions/2024.md", "actors/iran-air.md"):
        assert f"[the same report](../briefings/{place})" in shown[page]
