"""Words that a summary's own prose puts in quotation marks must be the article's words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.content.model import Quote
from generator.verify import matching
from generator.verify.quoted_text import quoted

from .conftest import BRIEFING_YAML, run
from .content_edits import briefing, output_lines, replace_on_line, reported, set_line
from .extra_content import add_briefing

B = BRIEFING_YAML
SEED_NAME = "000_71c8a87dcccb59d2.txt"


def _clean(result) -> bool:
    return result.exit_code == 0 and "0 warnings" in result.output


def test_invented_words_in_a_key_point_fail_at_the_quotation_mark(project: Path):
    replace_on_line(briefing(project), 36, "  - Blinken and",
                    "  - Google says “there is absolutely nothing wrong anywhere”; Blinken and")
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    # the mark stands after '  - Google says ', at column 17
    assert reported(result, f"{B}:36:17:", "key_points[6]:",
                    "“there is absolutely nothing wrong anywhere” are not in " + SEED_NAME,
                    "the article says (line 5): '", "is nothing more than",
                    "Quote the article's own words, or drop the quotation marks"), result.output


def test_the_articles_own_words_in_a_key_point_pass(project: Path):
    replace_on_line(briefing(project), 36, "  - Blinken and",
                    "  - The ministry says “nothing more than a vile propaganda ploy”; Blinken and")
    assert _clean(run(project, "check", "--strict"))


@pytest.mark.parametrize(("line", "old", "new", "where", "field"), [
    (235, "successfully and responsibly", "“successfully and with restraint”", 70,
     "claims[4].note"),
    (219, "“hundreds”", "“thousands”", 77, "claims[1].claim"),
    (307, "Any change in the", "Any \"final word\" on the", 13, "questions[0].watch[2]"),
    (338, "Help with its", "Help with its «atomic shield» and its", 25, "relations[2].what"),
    (164, "Pushing back against", "Calling them «a Western fairy tale», pushing back against", 27,
     "quotes[7].context"),
    (59, "role: Kremlin spokesman", "role: Kremlin “chief spokesman”", 19, "actors[2].role"),
    (3, "title: Iran sends", "title: Iran “never sent” missiles; Iran sends", 13, "title"),
    (245, "as_reported: late 2023", "as_reported: “late last year”", 18, "events[1].as_reported"),
])
def test_every_free_text_field_is_checked(project: Path, line: int, old: str, new: str,
                                          where: int, field: str):
    replace_on_line(briefing(project), line, old, new)
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"{B}:{line}:{where}:", f"{field}:", "are not in " + SEED_NAME), \
        result.output


def test_the_articles_paraphrase_in_quotation_marks_is_refused(project: Path):
    # the article: "…inside Russia successfully and responsibly, Shmyhal said." — his words as
    # the writer gives them, not a quotation
    replace_on_line(briefing(project), 235, "successfully and responsibly",
                    "“successfully and responsibly”")
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"{B}:235:70:", "claims[4].note:", "“successfully and responsibly” are "
                    "the article's own words, not a quotation (line 24: 'successfully and "
                    "responsibly'): drop the quotation marks"), result.output


@pytest.mark.parametrize(("line", "old", "new"), [
    # the same fields quoting the article's words, with straight marks, guillemets, Markdown
    (235, "successfully and responsibly", "with \"more security for our people\""),
    (307, "Any change in the", "Any «dangerous escalation» in the"),
    (338, "Help with its", "Help with its \"two-way street\" and its"),
    (164, "Pushing back against", "Saying *“Not every time* information of this kind”, pushing"),
    # apostrophes and possessives are no quotation marks
    (307, "Any change in the", "Any change in the countries’ and allies’ stance or in the"),
    (307, "Any change in the", "Any change in Iran’s ’90s rock ’n’ roll or in the"),
    (59, "role: Kremlin spokesman", "role: Kremlin’s spokesman"),
])
def test_quoted_article_words_pass_in_every_field(project: Path, line: int, old: str, new: str):
    replace_on_line(briefing(project), line, old, new)
    result = run(project, "check", "--strict")
    assert _clean(result), result.output


def test_formatting_inside_the_marks_is_stripped_before_matching(project: Path):
    replace_on_line(briefing(project), 36, "  - Blinken and",
                    "  - Kirby says “They share **technology**. They share `tactics`”; Blinken and")
    assert _clean(run(project, "check", "--strict"))
    replace_on_line(briefing(project), 36, "**technology**", "**weapons**")
    result = run(project, "check", "--strict")
    assert reported(result, f"{B}:36:16:", "key_points[6]:",
                    "“They share weapons. They share tactics”",
                    "the article says (line 13): 'They share technology. They share tactics'"), \
        result.output


def test_a_folded_block_value_is_placed_at_its_start(project: Path):
    set_line(briefing(project), 14,
             "  Secretary of State Antony Blinken said on 10 September 2024 that Iran has delivered "
             "short-range",
             "  Secretary of State Antony Blinken said on 10 September 2024 that “Iran has delivered "
             "missiles”")
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    lines = [line for line in output_lines(result) if "bottom_line:" in line]
    assert len(lines) == 1 and lines[0].startswith(f"{B}:13:"), result.output
    assert "“Iran has delivered missiles” are not in" in lines[0]


def test_the_shipped_free_text_quotes_all_pass(project: Path):
    # ten passages in quotation marks across key points, claims, events and questions
    text = briefing(project).read_text(encoding="utf-8")
    assert text.count("“") >= 10
    assert _clean(run(project, "check", "--strict"))


# A real article whose words leave a speaker unsettled: “…,” he warned, a paragraph after Blinken
# is named as the head of the US State Department (tests/fixtures/speaker_notes/SOURCES.md).
NOTES = Path(__file__).parent / "fixtures" / "speaker_notes"
NOTES_SEED = "blogtuan-2022-05-27-china-blinken-smear.txt"
NOTES_ID = "2022-05-27-china-accuses-blinken-of-smear"
# the example FORMAT.md gives for `speaker_checked`
FORMAT_EXAMPLE = Quote.model_fields["speaker_checked"].examples[0]


def _noted(root: Path, note: str | None,
           key_point: str = "Blinken calls China a test for US foreign policy.") -> None:
    """The article's summary, Blinken's warning checked by an editor with `note`."""
    quote = {"id": "blinken-china-is-the-only", "speaker": "antony-blinken",
             "text": "China is the only country intent on reshaping the international order, and "
                     "increasingly has the economic, diplomatic, military and technological "
                     "power to do so,"}
    if note is not None:
        quote["speaker_checked"] = note
    add_briefing(root, NOTES_SEED, (NOTES / NOTES_SEED).read_text(encoding="utf-8"), {
        "id": NOTES_ID, "title": "China accuses Blinken of a smear", "status": "reviewed",
        "source": {"outlet": "blogtuan.info", "published": "2022-05-27"},
        "bottom_line": "China's Foreign Ministry answers Blinken's speech on China.",
        "key_points": [key_point],
        "actors": [{"actor": "antony-blinken", "role": "US Secretary of State",
                    "mentions": ["Secretary of State Antony Blinken", "Blinken"]}],
        "quotes": [quote]})


def test_the_speaker_left_unsettled_is_warned_of_without_a_note(project: Path):
    _noted(project, None)
    result = run(project, "check", "--strict")
    assert result.exit_code == 0 and "1 warning" in result.output, result.output
    assert reported(result, f"content/briefings/{NOTES_ID}.yaml:", "warning: quotes[0].speaker:",
                    "'he' could stand for more than one person"), result.output


@pytest.mark.parametrize("note", [
    FORMAT_EXAMPLE,
    # the article's own case, in any marks
    "'he' is Blinken: the article names him in the paragraph before.",
    "“he warned” is Blinken's: the paragraph before names him as the head of the US State "
    "Department.",
    # the article's words that open its sentence, lower-cased by the note
    "The article's “the head of the US State Department” is Blinken, and so is “He warned”.",
])
def test_an_editors_note_names_the_articles_words_in_quotation_marks(project: Path, note: str):
    assert FORMAT_EXAMPLE == "'He' is Blinken: the article names him in the sentence before."
    _noted(project, note)
    result = run(project, "check", "--strict")
    assert _clean(result), result.output


@pytest.mark.parametrize(("note", "shown"), [
    ("'She' is Blinken: the article names him in the sentence before.", "'She'"),
    ("Blinken is the 'Secretary of Defense' of the paragraph before.", "'Secretary of Defense'"),
    # a case other than a sentence's start sets
    ("'HE' is Blinken: the article names him in the sentence before.", "'HE'"),
])
def test_a_note_naming_words_the_article_does_not_hold_is_refused(project: Path, note: str,
                                                                  shown: str):
    _noted(project, note)
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"content/briefings/{NOTES_ID}.yaml:", "quotes[0].speaker_checked: "
                    f"the words in quotation marks {shown} are not in {NOTES_SEED}"), \
        result.output


def test_the_articles_own_words_in_quotation_marks_are_a_quotation_outside_a_note(project: Path):
    _noted(project, FORMAT_EXAMPLE, "Blinken, “he warned”, calls China a test for US policy.")
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"content/briefings/{NOTES_ID}.yaml:", "key_points[0]: the words in "
                    "quotation marks “he warned” are the "
                    "article's own words, not a quotation"), result.output


@pytest.mark.parametrize(("text", "found"), [
    ("says “a lie” and «a ploy»", [("“", "a lie"), ("«", "a ploy")]),
    ('says "a lie" twice "a lie"', [('"', "a lie"), ('"', "a lie")]),
    ("an “outer ‘inner’ quote”", [("“", "outer ‘inner’ quote")]),
    ("an “unclosed mark", []),
    # single marks quote too; apostrophes do not
    ("Iran’s and the countries’ own ‘phrase’", [("‘", "phrase")]),
    ("Iran’s and the countries’ own", []),
    ('a 12"-long gun', []),
    ("„German“ style", [("„", "German")]),
    ("»German« and ”Swedish” and ＂wide＂", [("»", "German"), ("”", "Swedish"), ("＂", "wide")]),
    ("empty “ ” marks", []),
])
def test_passages_between_double_marks(text: str, found: list[tuple[str, str]]):
    assert [(q.mark, q.words) for q in quoted(text)] == found


def test_finding_marks_is_linear_on_hostile_text():
    text = "“" * 100_000 + '"' * 100_000 + "«" * 100_000
    started = time.process_time()
    assert quoted(text) == []  # nothing closes, or nothing stands between the marks
    assert time.process_time() - started < 2.0
    # and a passage is matched by the rules of quotes
    article = matching.normalize("He said it was “a vile ploy” again.")
    assert isinstance(matching.find(article, quoted("a “vile ploy”")[0].words), matching.Match)
