"""A quote's speaker is the one its article names, and an actor's mentions name no other actor."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import Result

from generator import verify
from generator.content import load
from generator.content.load import Project
from generator.verify import attribution, matching

from .conftest import BRIEFING_YAML, run
from .content_edits import briefing, output_lines, replace_on_line, reported
from .extra_content import add_briefing

B = BRIEFING_YAML
ID = "2024-10-01-convoy-dispute"
SUMMARY = f"content/briefings/{ID}.yaml"
PEOPLE = """\
actors:
  - id: jane-doe
    name: Jane Doe
    kind: person
    aliases: [Doe]
  - id: richard-roe
    name: Richard Roe
    kind: person
    aliases: [Roe]
  - id: envoy-office
    name: Office of the Envoy
    kind: organization
  - id: mark-vell
    name: Mark Vell
    kind: person
"""
ARTICLE = """\
ARDENNE — Officials traded charges on Tuesday over the convoy.
“Moscow is lying,” Roe told reporters.
Jane Doe said the inquiry would go on. “We will publish everything,” she said.
Doe dismissed Roe’s claim that “the convoy carried grain.”
At the summit, Doe said Roe would answer “in due course.”
“Nobody was hurt,” said Mark Vell, a local official.
“The talks are over,” said Roe.
Richard Roe, the envoy, left early; Roe’s office declined to comment.
The envoys disagreed, Roe said. “We walked out.” Doe told reporters that talks would resume.
Doe called the plan “a good start” and said Roe would respond “in kind.”
“The convoy is gone,” the foreign minister said. “We are leaving,” the envoy said.
A spokesman for Envoy Richard Roe called the talks “a failure of nerve.”
Roe’s aide said “nothing has changed.”
Doe said: “Roe told me, ‘We need more trucks now.’ I believe him.”
"""
ROLES = {"jane-doe": "Foreign Minister", "richard-roe": "Envoy", "envoy-office": "Office",
         "mark-vell": "Local official"}
C, X, U = "confirmed", "contradicted", "unconfirmed"
# quote id -> (words, who said them, the verdict given to Jane Doe, the verdict given to Richard
# Roe): confirmed where the article's words name that speaker, contradicted where they name
# another, unconfirmed where they do not settle it
QUOTES = {
    "roe-lying": ("Moscow is lying,", "richard-roe", X, C),
    "doe-publish": ("We will publish everything,", "jane-doe", C, X),  # 'she' after Jane Doe said
    "roe-grain": ("the convoy carried grain.", "richard-roe", U, U),  # Roe's claim, Doe's report
    "due-course": ("in due course.", "jane-doe", C, X),  # Doe's words on what Roe would do
    "vell-nobody": ("Nobody was hurt,", "mark-vell", X, X),
    "roe-talks-over": ("The talks are over,", "richard-roe", X, C),  # said Roe.
    "walked-out": ("We walked out.", "richard-roe", U, U),  # Roe said before it, Doe told after
    "doe-good-start": ("a good start", "jane-doe", C, X),
    "in-kind": ("in kind.", "jane-doe", C, X),  # 'Doe … and said Roe would': Doe's, as due-course
    # 'the foreign minister' is the role the summary gives Doe: a summary cannot vouch for itself
    "convoy-gone": ("The convoy is gone,", "jane-doe", U, U),
    "envoy-leaving": ("We are leaving,", "richard-roe", U, C),  # 'Richard Roe, the envoy'
    "roe-spokesman": ("a failure of nerve.", "richard-roe", X, U),  # a spokesman for Roe
    "roe-aide": ("nothing has changed.", "richard-roe", U, U),  # Roe's aide, not Roe
    "nested": ("We need more trucks now.", "richard-roe", X, C),  # 'Roe told me, ‘…’', Doe said
}


def _write(root: Path, speakers: dict[str, str], mentions: dict[str, list[str]] | None = None
           ) -> None:
    (root / "content" / "actors" / "convoy-people.yaml").write_text(PEOPLE, encoding="utf-8")
    mentions = mentions or {"jane-doe": ["Jane Doe", "Doe"], "richard-roe": ["Roe"]}
    add_briefing(root, "902_convoy.txt", ARTICLE, {
        "id": ID, "title": "A dispute over a convoy",
        "source": {"outlet": "Test Wire", "published": "2024-10-01"},
        "bottom_line": "Two officials disagree about a convoy.",
        "key_points": ["Roe says “Moscow is lying”."],
        "actors": [{"actor": actor, "role": ROLES[actor], "mentions": names}
                   for actor, names in mentions.items()],
        "quotes": [{"id": qid, "speaker": speakers.get(qid, truth), "text": words}
                   for qid, (words, truth, _, _) in QUOTES.items()],
    })


def _value_at(root: Path, rel: str, text: str) -> tuple[int, int]:
    """(line, column) where `text` starts on the first line that holds nothing else."""
    for n, line in enumerate((root / rel).read_text(encoding="utf-8").split("\n"), 1):
        if line.strip() == text:
            return n, line.index(text) + 1
    raise AssertionError(f"no line '{text}' in {rel}")


def _clean(result) -> bool:
    return result.exit_code == 0 and "0 warnings" in result.output


UNSETTLED = "the article's words do not say who said these words"


def _unsettled(result: Result) -> set[int]:
    """The quotes `check --strict` warns of, without failing, as ones whose speaker the article's
    words do not settle; its only problems, or the set holds -1."""
    warned: set[int] = set()
    for line in output_lines(result)[:-1]:
        found = re.search(rf": warning: quotes\[(\d+)\]\.speaker: {UNSETTLED} \(why: ", line)
        warned.add(int(found.group(1)) if found else -1)
    return warned


def test_correct_speakers_give_no_contradiction_and_unsettled_ones_a_warning(project: Path):
    """Each speaker the article's words do not settle is a warning that still publishes: a
    pronoun among several names, a quotation carried on, a spokesman's or an aide's words given
    to the one they speak for (the last two, in truth, wrong), never a contradiction."""
    _write(project, {})
    result = run(project, "check", "--strict")
    assert result.exit_code == 0, result.output
    unsettled = {n for n, (_, truth, doe, roe) in enumerate(QUOTES.values())
                 if {"jane-doe": doe, "richard-roe": roe}.get(truth) == U}
    assert len(unsettled) == 5
    assert _unsettled(result) == unsettled, result.output
    assert f"{len(unsettled)} warnings" in output_lines(result)[-1]


def test_a_speaker_the_article_contradicts_is_named_with_its_words(project: Path):
    _write(project, {"roe-lying": "jane-doe"})
    line, col = _value_at(project, SUMMARY, "speaker: jane-doe")
    where = f"{SUMMARY}:{line}:{col + len('speaker: ')}:"
    result = run(project, "check")
    assert result.exit_code == 0  # a warning: the site still builds without --strict
    assert reported(result, where, "warning: quotes[0].speaker: the article gives these words "
                    "to 'Richard Roe' (line 2: '“Moscow is lying,” Roe told reporters'), not to "
                    "'jane-doe': fix the speaker"), result.output
    strict = run(project, "check", "--strict")
    assert strict.exit_code == 1
    assert reported(strict, where, "quotes[0].speaker: the article gives these words to "
                    "'Richard Roe'"), strict.output
    assert not any("warning: quotes[0]" in line for line in output_lines(strict))


def _verdicts(root: Path, briefing_id: str) -> dict[str, attribution.Verdict]:
    """Quote id -> the verdict on its speaker, read from the article by the real check."""
    checked = verify.verify(Project(root), load.load(Project(root)))
    content = load.load(Project(root))
    [b] = [loc.value for loc in content.briefings if loc.value.id == briefing_id]
    text = (root / "seeds" / b.source.seed).read_text(encoding="utf-8")
    article = matching.normalize(text)
    spans = {}
    for q in b.quotes:
        found = matching.find(article, q.text, unmarked=q.unmarked)
        assert isinstance(found, matching.Match), q.id
        spans[q.id] = found.spans
    return attribution.verdicts(text, spans, b, checked.actors)


@pytest.mark.parametrize(("speaker", "column"), [("jane-doe", 2), ("richard-roe", 3)])
def test_each_quote_gets_the_verdict_its_article_gives(project: Path, speaker: str, column: int):
    """Every quote given to one speaker: confirmed where the article's words name that speaker,
    contradicted (an error under --strict) where they name another, unconfirmed (no error)
    where they do not settle it."""
    _write(project, dict.fromkeys(QUOTES, speaker))
    found = {qid: v.verdict for qid, v in _verdicts(project, ID).items()}
    assert found == {qid: row[column] for qid, row in QUOTES.items()}
    result = run(project, "check", "--strict")
    refused = {n for n, qid in enumerate(QUOTES)
               if reported(result, SUMMARY, f"quotes[{n}].speaker:", f"not to '{speaker}'")}
    assert refused == {n for n, row in enumerate(QUOTES.values()) if row[column] == X}, \
        result.output
    # each unsettled one is warned of, once, and with --strict still a warning, not an error
    warned = {n for n, qid in enumerate(QUOTES)
              if reported(result, SUMMARY, f"warning: quotes[{n}].speaker: {UNSETTLED} (why: ")}
    assert warned == {n for n, row in enumerate(QUOTES.values()) if row[column] == U}, \
        result.output
    assert sum(UNSETTLED in line for line in output_lines(result)) == len(warned)


def test_a_role_the_summary_gives_vouches_for_nothing(project: Path):
    """'the foreign minister said': the summary gives Doe that role, the article does not, so a
    summary giving the role to Roe instead passes Doe's words as Roe's no more than as Doe's."""
    _write(project, {"convoy-gone": "richard-roe"})
    assert _verdicts(project, ID)["convoy-gone"].verdict == U
    _write(project, {})
    assert _verdicts(project, ID)["convoy-gone"].verdict == U


def _resolved(root: Path, briefing_id: str) -> dict[str, str]:
    """Quote id -> the registry actor the article's own sentence names, where the rules find one."""
    checked = verify.verify(Project(root), load.load(Project(root)))
    [vb] = [vb for vb in checked.briefings if vb.briefing.id == briefing_id]
    quotes = vb.briefing.quotes
    given = attribution.attributions(vb.seed_text, [(vb.spans[q.id][0][0], vb.spans[q.id][-1][1])
                                                    for q in quotes], vb.briefing, checked.actors)
    return {q.id: g.actor for q, g in zip(quotes, given, strict=True) if g is not None}


def test_the_shipped_quotes_are_all_confirmed_with_the_articles_words(project: Path):
    verdicts = _verdicts(project, "2024-09-10-iran-missiles-to-russia")
    assert len(verdicts) == 13
    assert {v.verdict for v in verdicts.values()} == {C}
    assert verdicts["kirby-partnership"].words == ("“Both Iran and Russia get better …” Kirby "
                                                   "said")


def test_a_wrong_speaker_in_the_shipped_summary_is_caught(project: Path):
    replace_on_line(briefing(project), 154, "speaker: john-kirby", "speaker: antony-blinken")
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"{B}:154:14:", "quotes[6].speaker: the article gives these words to "
                    "'John Kirby' (line 13: '“Both Iran and Russia get better …” Kirby said'), "
                    "not to 'antony-blinken'"), result.output


def test_a_briefing_mention_resolves_an_attribution(project: Path):
    # 'The Foreign Ministry in Tehran' is how this briefing names iran-foreign-ministry
    replace_on_line(briefing(project), 134, "speaker: iran-foreign-ministry", "speaker: iran")
    result = run(project, "check", "--strict")
    assert reported(result, f"{B}:134:14:", "quotes[3].speaker:", "to 'Iranian Foreign Ministry'",
                    "The Foreign Ministry in Tehran said in a statement that “dissemination"), \
        result.output


# --- mentions ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("mentions", "line_text", "field", "message"), [
    (["Jane Doe", "Doe", "Roe"], "- Roe", "actors[0].mentions[2]",
     "'Roe' is the name of actor 'richard-roe' (Richard Roe), not of 'jane-doe': move it to that "
     "actor's entry, or remove it"),
    (["Jane Doe", "Richard Roe, the envoy"], "- Richard Roe, the envoy", "actors[0].mentions[1]",
     "'Richard Roe, the envoy' holds the name of actor 'richard-roe' (Richard Roe), not of "
     "'jane-doe': list 'richard-roe' in actors with this mention"),
])
def test_a_mention_naming_another_actor_fails(project: Path, mentions: list[str], line_text: str,
                                              field: str, message: str):
    listed = {"jane-doe": mentions} | ({"richard-roe": ["Roe"]} if "Roe" in mentions else {})
    _write(project, {}, listed)
    line, col = _value_at(project, SUMMARY, line_text)
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"{SUMMARY}:{line}:{col + 2}:", f"{field}: {message}"), result.output


def test_a_possessive_or_a_states_name_inside_a_mention_passes(project: Path):
    # 'Roe’s office' is the office, not Roe; the fixture's 'The Foreign Ministry in Tehran' holds
    # an alias of Iran and passes in every other test
    _write(project, {}, {"jane-doe": ["Jane Doe", "Doe"], "richard-roe": ["Roe"],
                         "envoy-office": ["Roe’s office"]})
    result = run(project, "check", "--strict")
    # nothing but the speakers this article leaves unsettled, as with every mention
    assert result.exit_code == 0 and -1 not in _unsettled(result), result.output


# --- cost ------------------------------------------------------------------------------------------

def test_attribution_reads_a_long_article_in_linear_time(project: Path):
    content = load.load(Project(project))
    actors = verify.verify(Project(project), content).actors
    b = content.briefings[0].value
    paragraph = "“Moscow is lying,” Kirby told reporters, and Blinken said “it is over.”\n"
    for count in (1_000, 4_000):
        text = paragraph * count
        spans = [(k * len(paragraph) + 1, k * len(paragraph) + 16) for k in range(count)]
        started = time.process_time()
        given = attribution.attributions(text, spans, b, actors)
        elapsed = time.process_time() - started
        assert all(g is not None and g.actor == "john-kirby" for g in given)
        if count == 1_000:
            small = elapsed
    assert elapsed < 6 * small + 1.0  # four times the article: about four times the time, not 16
    # one paragraph of a megabyte is not read at all, and quickly
    text = paragraph.replace("\n", " ") * 15_000
    started = time.process_time()
    assert attribution.attributions(text, spans[:100], b, actors) == [None] * 100
    assert time.process_time() - started < 2.0


def test_a_country_the_registry_lacks_beside_a_quote_is_read(project: Path):
    """The speaker check reads states the registry does not hold ('Norway's envoy') as the
    drafting rules do: they used to ask the briefing's reader for the registry's own table of
    names, which it does not keep, and every command ended in a traceback."""
    article = ("OSLO — Norway’s envoy and the Swedish government met the convoy’s officials.\n"
               "“The talks are over,” said Roe, after talks with Norway.\n")
    (project / "content" / "actors" / "convoy-people.yaml").write_text(PEOPLE, encoding="utf-8")
    add_briefing(project, "903_norway.txt", article, {
        "id": "2024-10-02-talks-in-oslo", "title": "Talks in Oslo",
        "source": {"outlet": "Test Wire", "published": "2024-10-02"},
        "bottom_line": "The talks ended.", "key_points": ["Roe says the talks are over."],
        "actors": [{"actor": "richard-roe", "role": "Envoy", "mentions": ["Roe"]}],
        "quotes": [{"id": "over", "speaker": "richard-roe", "text": "The talks are over,"}],
    })
    result = run(project, "check", "--strict")
    assert _clean(result), result.output
    output = _roe_given_to_doe(project, "2024-10-02-talks-in-oslo")
    assert "the article gives these words to 'Richard Roe'" in output, output


def _roe_given_to_doe(project: Path, briefing_id: str) -> str:
    """The output of `check` once the briefing gives Roe's quotes to Doe."""
    wrong = project / "content" / "briefings" / f"{briefing_id}.yaml"
    wrong.write_text(wrong.read_text(encoding="utf-8").replace("speaker: richard-roe",
                                                               "speaker: jane-doe"),
                     encoding="utf-8")
    return run(project, "check").output


def test_words_quoted_in_straight_single_marks_within_a_quotation_are_not_the_speakers(
        project: Path):
    """`"… running up, like 'No, these are our businesses,' " Arabasadi said`: the words in single
    marks are those of the people he saw, as the draft describes them; the check, which knew
    curly nested marks only, told the analyst to give them to Arabasadi (a real VOA article)."""
    article = ("FERGUSON — Reporters saw protesters clash with residents.\n"
               "\"You had a big wall of people running up, like 'No, these are our businesses, "
               "this is our home,' \" Roe said.\n")
    (project / "content" / "actors" / "convoy-people.yaml").write_text(PEOPLE, encoding="utf-8")
    add_briefing(project, "904_ferguson.txt", article, {
        "id": "2014-11-25-ferguson", "title": "Residents confront protesters",
        "source": {"outlet": "Test Wire", "published": "2014-11-25"},
        "bottom_line": "Residents stood up to protesters.", "key_points": ["Roe saw it."],
        "actors": [{"actor": "richard-roe", "role": "Envoy", "mentions": ["Roe"]}],
        "quotes": [{"id": "wall", "speaker": "richard-roe",
                    "text": "You had a big wall of people running up, like 'No, these are our "
                            "businesses, this is our home,'"},
                   {"id": "ours", "source": {"description": "a big wall of people"},
                    "text": "No, these are our businesses, this is our home,"}],
    })
    result = run(project, "check", "--strict")
    assert _clean(result), result.output
    # the quotation around them is still Roe's, and a wrong speaker for it is still caught
    output = _roe_given_to_doe(project, "2014-11-25-ferguson")
    assert "the article gives these words to 'Richard Roe'" in output, output


# --- who said words about whom, and words quoted inside a quotation --------------------------------

NJ_PEOPLE = """\
actors:
  - {id: dawn-addiego, name: Dawn Addiego, kind: person}
  - {id: chris-christie, name: Chris Christie, kind: person}
  - {id: bob-doherty, name: Bob Doherty, kind: person}
"""
NJ_ARTICLE = (
    "TRENTON — Republicans defended Gov. Chris Christie on Monday.\n"
    "State Sen. Dawn Addiego (R-Burlington), for example, said Christie \"has dedicated his "
    "efforts to make New Jersey affordable for families.\"\n"
    "Mayor Bob Doherty of Belmar was less kind.\n"
    "“I was very alarmed when Gov. Christie said to be ‘Big cities, come to me and we’re "
    "rebuild you,” Doherty said.\n")
NJ_QUOTES = {
    "affordable": "has dedicated his efforts to make New Jersey affordable for families.",
    "big-cities": "Big cities, come to me and we’re rebuild you,",
    "alarmed": "I was very alarmed when Gov. Christie said to be ‘Big cities, come to me and "
               "we’re rebuild you,",
}


def _nj(root: Path, speakers: dict[str, str]) -> Result:
    (root / "content" / "actors" / "nj-people.yaml").write_text(NJ_PEOPLE, encoding="utf-8")
    add_briefing(root, "905_nj.txt", NJ_ARTICLE, {
        "id": "2013-05-01-christie-allies", "title": "Christie's allies and critics",
        "source": {"outlet": "NJ.com", "published": "2013-05-01"},
        "bottom_line": "Republicans defend the governor.", "key_points": ["Addiego backs him."],
        "quotes": [{"id": qid, "speaker": speakers[qid], "text": words}
                   for qid, words in NJ_QUOTES.items()],
    })
    return run(root, "check", "--strict")


TRUE_NJ = {"affordable": "dawn-addiego", "big-cities": "chris-christie", "alarmed": "bob-doherty"}


def test_words_said_about_someone_and_words_quoted_in_a_quotation_keep_their_speakers(
        project: Path):
    """`Addiego said Christie “…”` is Addiego's words about Christie, and Christie's words quoted
    inside Doherty's quotation are Christie's: both used to be refused (real NJ.com lines)."""
    result = _nj(project, TRUE_NJ)
    assert _clean(result), result.output
    verdicts = _verdicts(project, "2013-05-01-christie-allies")
    assert {qid: v.verdict for qid, v in verdicts.items()} == dict.fromkeys(NJ_QUOTES, C)
    assert verdicts["big-cities"].words == "Christie said to be ‘…"


@pytest.mark.parametrize(("quote", "wrong", "named"), [
    ("affordable", "chris-christie", "Dawn Addiego"),
    ("big-cities", "bob-doherty", "Chris Christie"),
    ("alarmed", "chris-christie", "Bob Doherty"),
])
def test_a_swapped_speaker_of_those_words_is_refused(project: Path, quote: str, wrong: str,
                                                     named: str):
    result = _nj(project, TRUE_NJ | {quote: wrong})
    assert result.exit_code == 1
    index = list(NJ_QUOTES).index(quote)
    assert reported(result, "content/briefings/2013-05-01-christie-allies.yaml",
                    f"quotes[{index}].speaker: the article gives these words to '{named}'",
                    f"not to '{wrong}'"), result.output


def _refused_once_edited(project: Path, line: int, old: str, new: str, where: str,
                         message: str) -> None:
    """`check --strict` refuses the shipped summary once its line is edited, with the message."""
    replace_on_line(briefing(project), line, old, new)
    result = run(project, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, where, message), result.output


# --- claims --------------------------------------------------------------------------------------

def test_a_claim_citing_a_quote_of_someone_who_takes_no_side_in_it_is_refused(project: Path):
    """The claims ledger shows each cited quote as a side of the claim: Peskov's words cited by
    a claim that no longer lists him would stand as no one's side."""
    _refused_once_edited(project, 216, "disputed_by: [dmitry-peskov]", "disputed_by: []",
                         f"{B}:217:", "claims[0].quotes[2]: quote 'peskov-not-every-time' is "
                         "'dmitry-peskov's, who neither asserts, denies nor disputes this claim: "
                         "add 'dmitry-peskov' to asserted_by, denied_by or disputed_by, or cite "
                         "another quote")
    replace_on_line(briefing(project), 215, "denied_by: [iran-foreign-ministry]",
                    "denied_by: [iran-foreign-ministry, russia]")
    # the Kremlin's spokesman speaks for Russia, the state he belongs to
    assert _clean(run(project, "check", "--strict"))


# --- words without quotation marks ---------------------------------------------------------------

@pytest.mark.parametrize(("speaker", "verdict"), [("jane-doe", C), ("richard-roe", X),
                                                  ("envoy-office", X)])
def test_words_reproduced_without_marks_are_held_to_the_name_that_says_them(
        project: Path, speaker: str, verdict: str):
    """`unmarked: true` words ('Jane Doe said the inquiry would go on.') used to get no speaker
    check, so any sentence of the article could be given to anyone."""
    (project / "content" / "actors" / "convoy-people.yaml").write_text(PEOPLE, encoding="utf-8")
    add_briefing(project, "906_inquiry.txt", ARTICLE, {
        "id": "2024-10-03-inquiry", "title": "The inquiry goes on",
        "source": {"outlet": "Test Wire", "published": "2024-10-03"},
        "bottom_line": "The inquiry goes on.", "key_points": ["It goes on."],
        "quotes": [{"id": "inquiry", "speaker": speaker, "unmarked": True,
                    "text": "Jane Doe said the inquiry would go on."}],
    })
    found = _verdicts(project, "2024-10-03-inquiry")
    assert found["inquiry"].verdict == verdict
    result = run(project, "check", "--strict")
    assert (result.exit_code == 1) == (verdict == X), result.output
    if verdict == X:
        assert reported(result, "content/briefings/2024-10-03-inquiry.yaml", "quotes[0].speaker: "
                        "the article gives these words to 'Jane Doe' (line 3: 'Jane Doe said …')",
                        f"not to '{speaker}'"), result.output


# --- quoted words in the summary's own prose ------------------------------------------------------

def test_prose_that_gives_quoted_words_to_another_speaker_is_refused(project: Path):
    """`Peskov called Iran’s move “a dangerous escalation”`: Blinken's words, published as
    Peskov's in a key point, since only quotes were held to their speakers."""
    _refused_once_edited(project, 36, "  - Blinken and British Foreign Secretary",
                         "  - Peskov called Iran’s move “a dangerous escalation”.\n"
                         "  - Blinken and British Foreign Secretary", f"{B}:36:5:",
                         "key_points[6]: “a dangerous escalation” is given here to 'Dmitry "
                         "Peskov', but the article gives these words to 'Antony Blinken' (line 2: "
                         "'“We’ve warned Tehran publicly, we’ve warned …” Blinken said'): name "
                         "who said them")


def test_prose_that_gives_quoted_words_to_their_speaker_passes(project: Path):
    replace_on_line(briefing(project), 36, "  - Blinken and British Foreign Secretary",
                    "  - Blinken called Iran’s move “a dangerous escalation”.\n"
                    "  - Blinken and British Foreign Secretary")
    assert _clean(run(project, "check", "--strict"))


MUGABE = (  # Wikinews, 14 June 2008
    "HARARE — Mugabe accused British Prime Minister Gordon Brown of interfering in Zimbabwe's "
    "affairs, after Brown called for \"free and fair elections\" and \"an end to violence\" on "
    "Friday. \"We have become the focus of the British and the Americans,\" Mugabe said.\n")
MUGABE_PEOPLE = "actors:\n  - {id: robert-mugabe, name: Robert Mugabe, kind: person}\n"
BROWN = "  - {id: gordon-brown, name: Gordon Brown, kind: person}\n"


def _mugabe(project: Path, key_point: str, people: str) -> Result:
    (project / "content" / "actors" / "zimbabwe.yaml").write_text(people, encoding="utf-8")
    add_briefing(project, "908_mugabe.txt", MUGABE, {
        "id": "2008-06-14-mugabe", "title": "Mugabe accuses Brown", "bottom_line": "Mugabe "
        "accuses Brown.", "source": {"outlet": "Test Wire", "published": "2008-06-14"},
        "key_points": [key_point],
        "quotes": [{"id": "focus", "speaker": "robert-mugabe",
                    "text": "We have become the focus of the British and the Americans,"}],
    })
    return run(project, "check", "--strict")


@pytest.mark.parametrize("people", [MUGABE_PEOPLE, MUGABE_PEOPLE + BROWN],
                         ids=["brown-not-in-registry", "brown-in-registry"])
def test_prose_that_copies_the_articles_attribution_passes(project: Path, people: str):
    """A key point copying the article's sentence (`Mugabe accused … Brown …, after Brown called
    for “an end to violence”`) was refused: its words were read as given to the first name of
    the sentence and its verb, Mugabe's, where the article's reader gives them to Brown."""
    result = _mugabe(project, "Mugabe accused British Prime Minister Gordon Brown of interfering "
                     "in Zimbabwe's affairs, after Brown called for “free and fair elections” and "
                     "“an end to violence” on Friday.", people)
    assert result.exit_code == 0 and "name who said them" not in result.output, result.output


def test_prose_that_gives_the_articles_words_to_another_than_its_sentence_does_is_refused(
        project: Path):
    result = _mugabe(project, "Mugabe called for “an end to violence” on Friday.",
                     MUGABE_PEOPLE + BROWN)
    assert result.exit_code == 1
    assert reported(result, "content/briefings/2008-06-14-mugabe.yaml", "key_points[0]: “an end "
                    "to violence” is given here to 'Robert Mugabe', but the article gives these "
                    "words to 'Gordon Brown'", "name who said them"), result.output


# --- a name written another way --------------------------------------------------------------------

@pytest.mark.parametrize(("said", "speaker"), [
    ("Maliki said", "nouri-al-maliki"),  # part of a hyphenated name
    ("Bauchtman said", "lydia-buchtmann"),  # the surname misspelled
])
def test_a_name_that_may_be_the_speakers_own_is_no_contradiction(project: Path, said: str,
                                                                 speaker: str):
    """Drafts of real articles propose 'Maliki' and 'Bauchtman' as actors of their own; the
    article's 'Maliki said' then contradicted 'Nouri al-Maliki', a false alarm on real news."""
    people = ("actors:\n"
              "  - {id: nouri-al-maliki, name: Nouri al-Maliki, kind: person}\n"
              "  - {id: maliki, name: Maliki, kind: person}\n"
              "  - {id: lydia-buchtmann, name: Lydia Buchtmann, kind: person}\n"
              "  - {id: bauchtman, name: Bauchtman, kind: person}\n")
    (project / "content" / "actors" / "misspelled.yaml").write_text(people, encoding="utf-8")
    article = f"BAGHDAD — Officials spoke on Thursday.\n“They will face penalties,” {said}.\n"
    add_briefing(project, "907_names.txt", article, {
        "id": "2008-03-27-names", "title": "Penalties", "bottom_line": "Penalties.",
        "source": {"outlet": "Test Wire", "published": "2008-03-27"},
        "key_points": ["Penalties."],
        "quotes": [{"id": "penalties", "speaker": speaker, "text": "They will face penalties,"}],
    })
    result = run(project, "check", "--strict")
    assert result.exit_code == 0, result.output
    # not refused, nor passed unsaid: the article's words leave it for an editor to check
    assert _unsettled(result) == {0}, result.output
    assert (f"(why: the article names '{said.split()[0]}', which shares a part of its name with "
            f"the speaker's and may be another person: '“They will face penalties,” {said}')"
            ) in result.output
