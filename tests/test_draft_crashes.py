"""`briefing draft` never crashes and never writes what the model refuses: sanctions headlines,
invisible characters in the article, a relative ARTICLE with --root, and any article made of the
pieces news writing has, drafted then checked and built."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.content import yaml_source
from generator.content.load import Project, load, parse_file
from generator.content.model import Actor, Briefing
from generator.draft import DraftError, analyse, draft
from generator.verify import verify

from .conftest import FIXTURE, run

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
    assert eu.sanctions[0].measure == "sanctions"  # the measure's words, not the sentence
    us = _briefing(project, "us-sanctions")  # two measures against Russia: two ids
    assert [s.targets[0] for s in us.sanctions] == ["russia", "russia"]
    assert len({s.id for s in us.sanctions}) == 2
    assert _briefing(project, "uk-sanctions").sanctions[0].imposers == ["united-kingdom",
                                                                        "european-union"]
    _checks_and_builds(project)


def test_a_word_longer_than_a_field_takes_is_cut_to_fit_with_its_ellipsis(project):
    # no space to cut at: the words stop one short of the limit, leaving room for the '…'
    word = "x" * 6000
    _draft(project, "long.txt", f"{word}\n\nBlinken said on Monday {word} sanctions on Iran.\n\n"
           "“We act,” said Blinken.\n", "--id", "long")
    points = _briefing(project, "long").key_points
    assert [len(points[0]), points[0][-2:]] == [5000, "x…"]
    assert points[1] == "Blinken said on Monday…"
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


def test_a_mention_is_found_in_the_article_whatever_its_marks(project):
    # the article's curly apostrophe, and the straight one a reviewer types for it
    path = project / "content/briefings/2024-09-10-iran-missiles-to-russia.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    mentions: [Iran Air]\n" in text
    path.write_text(text.replace("    mentions: [Iran Air]\n", "    mentions: [Iran Air, the "
                                 "Islamic republic’s main commercial airline, \"the Islamic "
                                 "republic's main commercial airline\"]\n"), encoding="utf-8")
    checked = run(project, "check")
    assert checked.exit_code == 0 and "does not occur" not in checked.output, checked.output


def test_a_name_the_registry_holds_in_another_form_is_its_actor_and_a_new_id_its_own():
    registry = [Actor(id="mara-quell", name="Mara Quell-Varn", kind="person"),
                Actor(id="omar-al-bashir", name="Omar al-Bashir", kind="person")]
    text = ("KESSA — Interior Minister Mara Quell said on Monday that talks failed.\n"
            "“We tried,” Mara Quell told reporters.\n"
            "“We did not,” envoy Mara Quell-Varn said.\n"
            "President Omar Al-Bashir denied the claims.\n")
    a = analyse(text, registry, date(2025, 3, 4))
    # 'Omar Al-Bashir' looks the same as the registry's name: `check` refuses a second actor
    assert [(e.actor, e.known, e.mentions) for e in a.actors] == [
        ("mara-quell-2", False, ["Mara Quell"]), ("mara-quell", True, ["Mara Quell-Varn"]),
        ("omar-al-bashir", True, ["Omar Al-Bashir"])]
    # the new Mara Quell takes another id, and the registry's keeps its own words
    assert [(p.id, p.name) for p in a.proposed] == [("mara-quell-2", "Mara Quell")]
    assert [q.attribution.speaker for q in a.quotes] == ["mara-quell-2", "mara-quell"]


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


# --- any article made of news writing's pieces ------------------------------------------------------

HEADLINES = [
    "EU imposes sanctions on Iran", "US sanctions Russian banks",
    "UK and EU impose new sanctions on Iran over missiles", "Iran denies sending missiles to Russia",
    "Putin vows response", "“We will respond,” says Kremlin", "Talks stall", "Sanctions now",
    "China’s Ministry of Commerce blacklists U.S. firms", "Вladimir Putin *wins* <again> & again",
]
BYLINES = ["By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Kaja Kallas | AP"]
DATELINES = ["MOSCOW (Reuters) - ", "WASHINGTON — ", "KYIV, Ukraine (AP) — ",
             "MOSCOW, February 3. /TASS/. ", "BEIRUT, Jan 3 (Reuters) -", "LONDON -- ", "PARIS — "]
SENTENCES = [
    "The European Union imposed sanctions on Iran on Monday.",
    "The United States and Britain imposed new sanctions on Russia’s central bank last week.",
    "Washington blacklisted three Chinese firms over their support for Moscow; China vowed to "
    "respond.",
    "Iran denied sending missiles to Russia.", "The Kremlin dismissed the claims on Tuesday.",
    "Russia pledged to retaliate against the European Union.", "Sanctions.", "On.",
    "Talks were held in Geneva between May and June 2024, and again on March 3.",
    "Foreign Minister Sergei Lavrov said on Friday that the measures were illegal.",
    "Kremlin spokesman Dmitry Peskov told reporters the move was hostile.",
    "U.S. Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelensky.",
    "The Ministry of Foreign Affairs of the Islamic Republic of Iran issued a statement.",
    "A senior official, who spoke on condition of anonymity, said so.",
    "Côte d’Ivoire and São Tomé were not named.", "Вladimir Putin met Xi Jinping.",
    "AT&T <b>and</b> *Acme* _Corp_ [link](http://x.y) `code` were named &amp; fined.",
    "@harinatha posted on Telegram.", "The EU’s embargo took effect earlier this month.",
    "Alabama Republican Richard Shelby, the Senate’s chair, said: yes: no # not a comment",
    "Interior Minister Mara Quell, 38, of Digby, Nova Scotia said nothing.",
    "The " + "Alpha " * 120 + "Ministry, whose " + "deputy " * 100 + "minister Jo Roe spoke, "
    + "imposed sanctions on Iran and " * 100 + "Russia.",  # longer than a field may be
    "Talks ended between May 5 and May 3, 2024.", "Yes", "*Sanctions* [on](x) `Iran` now",
]
MARKS = [("“", "”"), ('"', '"'), ("“", '"'), ('"', "”"), ("«", "»"), ("‘", "’"), ("“", ""),
         ("", "”"), ("„", "“")]
WORDS = ["We will respond", "This is a clear message.", "No", "Only our wages",
         "Nobody wins a long ‘trade war, whatever they say about it’ today",
         "We are not asking for the moon. Only our wages", "Sanctions on Iran are coming",
         "We will respond and " * 300 + "now", "", "rock &amp; roll"]
CREDITS = [" Peskov said.", " Foreign Minister Sergei Lavrov told reporters.",
           ", said a spokesman for the ministry.", " she said.", "", " – Harbour resident Mira Soll",
           ", the European Union said in a statement on Monday."]
LEADS = ["", "Lavrov said: ", "Russian President Vladimir Putin said on Tuesday that "]
ODD = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u200e", "\u202e",
       "\x01", "\x7f", "\x85", "\u2028", "\ufffe", "\t", "\r", "\u3000", "\u0301"]
TRAILERS = ["(Reporting by Jane Doe; Editing by John Roe)",
            "O’Grady reported from Kyiv. Karen DeYoung in Washington contributed to this report."]

quotations = st.builds(lambda lead, marks, words, credit: f"{lead}{marks[0]}{words}{marks[1]}{credit}",
                       st.sampled_from(LEADS), st.sampled_from(MARKS), st.sampled_from(WORDS),
                       st.sampled_from(CREDITS))
paragraph = st.lists(st.one_of(st.sampled_from(SENTENCES), quotations), min_size=0, max_size=3
                     ).map(" ".join)


@st.composite
def articles(draw: st.DrawFn) -> str:
    top = [draw(st.sampled_from(HEADLINES))] if draw(st.booleans()) else []
    top += [draw(st.sampled_from(BYLINES))] if draw(st.booleans()) else []
    body = draw(st.lists(paragraph, min_size=1, max_size=6))
    if draw(st.booleans()):
        body[0] = draw(st.sampled_from(DATELINES)) + body[0]
    body += [draw(st.sampled_from(TRAILERS))] if draw(st.booleans()) else []
    text = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])).join(top + body)
    # invisible characters, controls and odd spaces anywhere: inside names, words and quotes
    for at, odd in draw(st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(ODD)),
                                 max_size=8)):
        at %= len(text) + 1
        text = text[:at] + odd + text[at:]
    return text


@pytest.fixture(scope="module")
def small_projects(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Project]:
    """A project with a registry of states and people, and one with no registry at all."""
    out = {}
    for registry in (True, False):
        root = tmp_path_factory.mktemp("drafts") / "project"
        (root / "seeds").mkdir(parents=True)
        (root / "content" / "actors").mkdir(parents=True)
        for name in ("states.yaml", "people.yaml", "organizations.yaml") if registry else ():
            (root / "content" / "actors" / name).write_bytes(
                (FIXTURE / "content" / "actors" / name).read_bytes())
        out[registry] = Project(root)
    return out


@settings(derandomize=True, max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=articles(), registry=st.booleans())
# found by this property: an actor whose one mention is the headline's (no mentions: null), a
# title whose quotation held a control character, a lead whose quotation ran over a line break
# or held a character reference
@example(text="“We will respond,” says Kremlin\nBy Jane Doe\n", registry=False)
@example(text="\x7f“We\x7f will respond,” says Kremlin\n\nBy Kaja Kallas | AP\n\nTalks.",
         registry=True)
@example(text="Talks stall\nLONDON — He called it “rock &amp; roll” on Monday.", registry=False)
@example(text="Talks stall\r\nLONDON -- «Nobody wins a long ‘trade wa\rr, whatever they say "
              "about it’ today», the European Union said.", registry=False)
def test_any_article_drafts_into_a_summary_that_the_model_and_check_accept(small_projects, text,
                                                                          registry):
    project = small_projects[registry]
    seed = project.seeds / "article.txt"
    seed.write_bytes(text.encode("utf-8"))
    try:
        draft(project, seed, date(2025, 3, 4), force=True, briefing_id="drafted")
    except DraftError as exc:
        assert "bug" not in exc.message, exc.message
        assert not text.strip(), exc.message  # only an empty article has no draft
        return
    # what the draft quotes and names, `check` finds in the article
    content = load(project)
    problems = verify(project, content).problems
    assert [str(p) for p in problems if p.severity == "error"] == []
