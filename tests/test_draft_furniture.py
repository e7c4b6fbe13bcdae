"""What `briefing draft` reads around the story and in its names: headline, byline, dateline,
outlet, the id, dates by tense, events, candidates, and names without junk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.article.dates import find_dates
from generator.article.furniture import read
from generator.draft import analyse

from .conftest import run

TASS = ("MOSCOW, February 3. /TASS/. Russia will respond to the new sanctions, Kremlin spokesman "
        "Dmitry Peskov said on Monday. “We will not leave this without an answer,” he said.\n"
        "The measures take effect on April 1, the ministry said.\n")


# real articles' first lines, as their pages hold them
TASS_2017 = ("Kremlin vows tit-for-tat response to new sanctions\n\nThe Kremlin says Moscow concerned "
             "over possible new sanctions from the US\n\nMOSCOW, December 25./TASS/. Possible new "
             "sanctions from the US raise concerns in Moscow, it will be guided by the reciprocity "
             "principle in its response, Kremlin Spokesman Dmitry Peskov told reporters \n")
UPI = ("South and North Korea make contact on communication line\nBy UPI Staff | Jan. 03, 2018\n\n"
       "SEOUL, South Korea, Jan. 3 (UPI) -- South and North Korea made contact on a re-established "
       "communication channel running through the truce village of Panmunjom on Wednesday.\n")
SPUTNIK = ("One Protester Killed In Clashes In Minsk - Belarusian Interior Ministry\n\n"
           "Tue 11th August 2020 | 02:20 AM\n\nMINSK (UrduPoint News / Sputnik - 11th August, 2020) "
           "One protester was killed in clashes in Minsk, Belarusian Interior Ministry spokeswoman "
           "Olga Chemodanova said Monday.\n")
KYODO = ("Pyongyang urged to let Tokyo, Seoul attend talks\n\n• Kyodo\n\nJapan, the United States "
         "and South Korea wrapped up a two-day meeting here Friday by adopting a statement urging "
         "North Korea to let Japan and South Korea take part in three-way talks on Pyongyang’s "
         "nuclear program.\n")
MFA = ("Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on May 10, 2023\n"
       "2023-05-10 20:18\n\nBloomberg: According to Bloomberg, the Italian Prime Minister told US "
       "House Speaker Kevin McCarthy in Rome last week that while the final decision hasn’t been "
       "made, her government may consider an exit from its role in the Belt and Road Initiative. "
       "Does the foreign ministry have any comment? \n")
# the furniture of each, which no title, bottom line, key point, event or actor may hold
WIRE = [(TASS_2017, "/TASS/"), (UPI, "(UPI)"), (SPUTNIK, "UrduPoint"), (SPUTNIK, "02:20"),
        (KYODO, "Kyodo"), (MFA, "20:18")]


@pytest.mark.parametrize(("head", "dateline", "outlet", "authors", "story"), [
    (TASS, "MOSCOW, February 3", "TASS", [], "Russia will"),
    # no space before the agency, and a standfirst without its full stop before it
    (TASS_2017, "MOSCOW, December 25", "TASS", [], "Possible new"),
    # a country and a date between the place and the agency
    (UPI, "SEOUL, South Korea, Jan. 3", "UPI", ["UPI Staff"], "South and North"),
    # a time stamp, then the agencies and the date in brackets: the story's agency is the outlet
    (SPUTNIK, "MINSK", "Sputnik", [], "One protester"),
    # a credit line
    (KYODO, None, "Kyodo News", [], "Japan, the United"),
    # a time stamp under the headline
    (MFA, None, None, [], "Bloomberg: According"),
    ("WASHINGTON — The State Department said so.\n", "WASHINGTON", None, [], "The State"),
    ("LONDON (Reuters) - Britain said so.\n", "LONDON", "Reuters", [], "Britain"),
    # the colon form (Dawn's copy of AFP); 'EU:' opening a sentence is no dateline
    ("LONDON: Britain said so.\n", "LONDON", None, [], "Britain"),
    ("EU: the talks failed, officials said.\n", None, None, [], "EU:"),
    ("KYIV, Ukraine (AP) — Russian forces struck.\n", "KYIV, Ukraine", "Associated Press", [],
     "Russian"),
    ("Moscow Targets VOA Reporter\nBy Jeff Seldin and Ana Lind\nWASHINGTON — The White House said.\n",
     "WASHINGTON", None, ["Jeff Seldin", "Ana Lind"], "The White"),
    ("The White House said Friday that it would answer.\nMore.\n", None, None, [], "The White"),
    # a press release (the Commerce Department's BIS, 2023): a headline with 'U.S.' in it, then a
    # one-sentence standfirst, then the dated story
    ("Commerce Adds Four To Entity List Related To Circumvention Of U.S. Sanctions Against "
     "Venezuela, Russia\n\nThe BIS adds Aerofalcon S.L. to the Entity List for activities against "
     "U.S. national security.\n\nWASHINGTON, D.C. – On Friday, the Commerce Department’s Bureau "
     "of Industry and Security (BIS) released a rule.\n", "WASHINGTON, D.C.", None, [], "On Friday"),
    # no dateline after it: a first paragraph is the story's, whatever its length
    ("Commerce Adds Four To Entity List\n\nThe BIS adds four firms to the Entity List.\n\nThe "
     "rule takes effect at once.\n", None, None, [], "The BIS adds"),
])
def test_datelines_bylines_and_outlets_are_read_off_the_story(head, dateline, outlet, authors, story):
    found = read(head)
    assert (found.dateline, found.outlet, found.authors) == (dateline, outlet, authors)
    assert head[found.story_start:].startswith(story)


@pytest.mark.parametrize(("head", "furniture"), WIRE, ids=[f for _, f in WIRE])
def test_wire_furniture_is_no_title_bottom_line_key_point_event_or_actor(head: str,
                                                                        furniture: str):
    a = analyse(head, [], date(2020, 8, 11))
    said = [a.title, a.lead, *a.key_points, *(e.what for e in a.events),
            *(f"{p.id} {p.name}" for p in a.proposed)]
    assert not [words for words in said if furniture in words], said


def test_an_outlet_credited_on_the_last_line_is_read():
    article = ("Head of Philippines news site arrested\n\nThe CEO of Rappler, a news website "
               "critical of the government in the Philippines, has been arrested at its "
               "headquarters in Manila.\n\n\nBY: bbc.com\n")
    assert analyse(article, [], date(2019, 2, 13)).outlet == "BBC"


def test_a_headline_with_abbreviations_is_a_headline():
    line = ("Commerce Adds Four To Entity List Related To Circumvention Of U.S. Sanctions Against "
            "Venezuela, Russia")
    assert read(f"{line}\n\nWASHINGTON, D.C. – The rule is out.\n").headline == line


def test_a_colon_dateline_begins_neither_the_title_nor_the_bottom_line():
    a = analyse("LONDON: Britain on Tuesday imposed sanctions on Iran Air, the Foreign Office "
                "said.\nMore.\n", [], date(2024, 10, 16))
    assert a.dateline == "LONDON"
    assert a.title == a.lead == ("Britain on Tuesday imposed sanctions on Iran Air, the Foreign "
                                 "Office said.")


def test_title_bottom_line_key_point_and_event_never_come_from_the_dateline():
    a = analyse(TASS, [], date(2025, 2, 3))
    assert a.dateline == "MOSCOW, February 3" and a.outlet == "TASS"
    # the story's first sentence, which a quotation after it does not lengthen
    assert a.lead == ("Russia will respond to the new sanctions, Kremlin spokesman Dmitry Peskov "
                      "said on Monday.")
    assert all("TASS" not in k for k in a.key_points)
    assert all("TASS" not in e.what for e in a.events)
    # a future date stays ahead of publication, though the verb is in the present tense
    assert [(e.date.as_reported, e.date.date) for e in a.events] == [
        ("on Monday", "2025-02-03"), ("April 1", "2025-04-01")]


def test_a_headline_line_gives_the_title_and_the_id(project: Path):
    (project / "seeds/headline.txt").write_text(
        "Dock Workers Strike in Kessa\nKESSA — Dock workers walked off the job on Monday.\n"
        "“We are not asking for the moon,” union leader Baro Tunn told reporters.\n", encoding="utf-8")
    result = run(project, "draft", str(project / "seeds/headline.txt"), "--published", "2024-09-10",
                 "--outlet", "Kessa Courier")
    assert result.exit_code == 0, result.output
    written = (project / "content/briefings/2024-09-10-dock-workers-strike-kessa.yaml").read_text(
        encoding="utf-8")
    assert "title: Dock Workers Strike in Kessa  # REVIEW: the article's headline" in written
    # the outlet given with --outlet is no finding to review
    assert "  outlet: Kessa Courier\n" in written
    assert "  dateline: KESSA" in written
    assert "bottom_line: Dock workers walked off the job on Monday." in written


@pytest.mark.parametrize(("words", "expected"), [
    ("The law takes effect on April 1.", "2024-04-01"),
    ("The summit will open on April 1.", "2024-04-01"),
    ("The ban started on April 1.", "2023-04-01"),
    ("Talks resume January 10.", "2024-01-10"),
])
def test_a_day_without_a_year_follows_the_verb_tense(words, expected):
    assert [d.date for d in find_dates(words, 0, len(words), date(2024, 2, 3))] == [expected]


def test_one_event_a_sentence_and_none_for_today():
    text = ("OSLO — Talks began on Monday and will end on Friday, officials said. The minister "
            "arrives today. Norway vowed on Tuesday to keep its ports open.\n")
    a = analyse(text, [], date(2024, 9, 12))
    assert [e.date.as_reported for e in a.events] == ["on Monday", "on Tuesday"]
    assert [c.sentence for c in a.pledges] == ["Norway vowed on Tuesday to keep its ports open."]
    assert [c.first for c in a.pledges] == [["norway"]]


def test_proposed_names_are_whole_and_of_the_right_kind():
    text = ("WASHINGTON — Today the Russian Ministry of Foreign Affairs said it would “answer.” "
            "George H.W. Bush was president then. Russian President Vladi\u00admir Putin "
            "said the U.S. would regret it. “It will not stand,” said Jane Roe, the executive vice "
            "president of the Ford Foundation.\n“Never,” Roe added.\n")
    a = analyse(text, [], date(2024, 9, 12))
    proposed = {p.id: (p.name, p.kind, p.role) for p in a.proposed}
    assert proposed["russian-ministry-of-foreign-affairs"] == (
        "Russian Ministry of Foreign Affairs", "organization", None)
    assert proposed["vladimir-putin"] == ("Vladimir Putin", "person", "Russian President")
    assert proposed["jane-roe"] == ("Jane Roe", "person", "executive vice president of the Ford Foundation")
    assert not {"today", "george-h", "vladi", "mir-putin", "ford-foundation"} & set(proposed)
    # a role never reaches back over the end of the sentence before; 'EU' is the European Union
    b = analyse("The EU vowed on Friday to keep the pressure on. EU foreign policy chief Kaja Kallas "
                "said the bloc “will not blink.”\n", [], date(2025, 2, 3))
    assert {(p.id, p.name, p.role) for p in b.proposed} == {
        ("european-union", "European Union", None),
        ("kaja-kallas", "Kaja Kallas", "EU foreign policy chief")}
    assert [q.attribution.speaker for q in a.quotes] == [
        "russian-ministry-of-foreign-affairs", "jane-roe", "jane-roe"]
