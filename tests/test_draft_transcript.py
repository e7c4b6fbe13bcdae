"""A transcript (a press conference's record, an interview in question-and-answer form) gives
each speaker's words after their name and a colon, without quotation marks: the draft quotes
each answer of a named speaker, `unmarked`, as that speaker's, proposes the speaker with the
role the headline gives, and quotes no question and proposes no outlet for asking one. Wording
from the Chinese foreign ministry's record of 10 May 2023."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from generator.draft import analyse

from .conftest import run

MFA = (
    "Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on May 10, 2023\n"
    "2023-05-10 20:18\n\n"
    "Bloomberg: According to Bloomberg, the Italian Prime Minister told US House Speaker Kevin "
    "McCarthy in Rome last week that her government may consider an exit from its role in the "
    "Belt and Road Initiative. Does the foreign ministry have any comment? \n\n"
    "Wang Wenbin: Since China and Italy signed a cooperation document on the Belt and Road "
    "Initiative (BRI) between the two governments, fruitful outcomes have been achieved in our "
    "cooperation. \n\n"
    "AFP: Yesterday, Germany’s Foreign Minister Annalena Baerbock urged Beijing to take a clear "
    "stance against Russian aggression in Ukraine. Does the Chinese foreign ministry have any "
    "reaction?\n\n"
    "Wang Wenbin: You mentioned the remarks of the German Foreign Minister. I would like to take "
    "this opportunity to share some details about the visit.\n"
)


def test_each_answer_is_an_unmarked_quote_of_the_speaker_the_headline_gives_a_role():
    a = analyse(MFA, [], date(2023, 5, 10))
    assert [(q.attribution.speaker, q.unmarked, q.text) for q in a.quotes] == [
        ("wang-wenbin", True, "Since China and Italy signed a cooperation document on the Belt "
         "and Road Initiative (BRI) between the two governments, fruitful outcomes have been "
         "achieved in our cooperation."),
        ("wang-wenbin", True, "You mentioned the remarks of the German Foreign Minister. I would "
         "like to take this opportunity to share some details about the visit."),
    ]
    assert {q.setting for q in a.quotes} == {"news-conference"}
    proposed = {p.id: p for p in a.proposed}
    assert proposed["wang-wenbin"].kind == "person"
    assert proposed["wang-wenbin"].role == "Foreign Ministry Spokesperson"
    # the outlets asking are no actors of the story
    assert "bloomberg" not in proposed and "afp" not in proposed
    assert "bloomberg" not in {e.actor for e in a.actors}


def test_a_name_and_a_colon_that_do_not_recur_are_prose():
    text = ("Kremlin warns of response to new sanctions\n\n"
            "Dmitry Peskov: the word the agency printed before his remarks.\n\n"
            "Note: the talks resumed on Monday, officials said.\n")
    assert [q for q in analyse(text, [], date(2023, 5, 10)).quotes if q.unmarked] == []


def test_drafted_answers_are_accepted_by_check_strict(project: Path):
    (project / "seeds" / "mfa.txt").write_text(MFA, encoding="utf-8")
    drafted = run(project, "draft", str(project / "seeds" / "mfa.txt"), "--published",
                  "2023-05-10")
    assert drafted.exit_code == 0, drafted.output
    briefing = next((project / "content" / "briefings").glob("2023-05-10-*.yaml"))
    written = briefing.read_text(encoding="utf-8")
    assert written.count("    unmarked: true") == 2
    assert written.count("    speaker: wang-wenbin") == 2
    # reviewed as drafted: every REVIEW mark accepted
    for path in [briefing, *(project / "content" / "actors").glob("draft-2023-05-10-*.yaml")]:
        reviewed = re.sub(r"\s*# REVIEW.*", "", path.read_text(encoding="utf-8"))
        path.write_text(reviewed.replace("status: draft", "status: reviewed"), encoding="utf-8")
    strict = run(project, "check", "--strict")
    assert strict.exit_code == 0, strict.output
    assert re.search(r"\b\d+ quotes verified", strict.output), strict.output
    assert " error" not in strict.output, strict.output
