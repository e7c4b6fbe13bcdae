"""A quote passes only if its words stand in the article with the same meaning.

One fictional article and one summary hold every misquote next to its legitimate neighbour; a
single `briefing check --strict` reports them all, and each test reads its own line of the report.
"""

from __future__ import annotations

import pytest
from click.testing import Result

from generator.problems import visible

from .conftest import copy_project, run
from .content_edits import output_lines
from .extra_content import add_briefing

ARTICLE = (
    "FICTION — invented for the Briefing tests.\n"                                       # 1
    "“We can’t accept this deal,” Foreign Minister Ana Rocha said on Monday.\n"         # 2
    "“The deal is un\u00adlawful,” she said. “The plan is unlawful. The offer is "
    "un-lawful.”\n"                                                                      # 3
    "“We will send non-lethal aid,” Rocha said, “and nothing else.”\n"                  # 4
    "“We will never, under any circumstances, sign it,” she said.\n"                    # 5
    "“We won’t pay, and we will go.”\n"                                                  # 6
    "The written statement read: Our ports stay open to every lawful ship.\n"            # 7
    "“The first paragraph of a long statement goes on\n"                                 # 8
    "“and the next paragraph continues it,” Rocha said.\n"                               # 9
    "She called the vote “heartbreaking” and left.\n"                                    # 10
    "‘Talks are over,’ says Rocha\n"                                                     # 11
    "“The \u00adIsraeli-Palestinian talks are stalled,” she said. “The port\u00a0authority "
    "has\u200b closed.”\n"                                                               # 12
    "“Tehr\u0430n has been warned,” she said.\n"                                         # 13
    "“The cafe\u0301 is closed,” she said.\n"                                            # 14
    "“I have never said that the fleet left port,” Rocha said.\n"                        # 15
    "“We categorically deny that the fleet left port,” she said.\n"                      # 16
    "“The deal is unlikely to be signed this year,” she said.\n"                         # 17
    "In the '90s, the fleet patrolled the strait, the ministers' report said.\n"        # 18
    "“We held in-depth talks and agreed to meet again,” she said.\n"                     # 19
    "“False reports say we are leaving; that is nothing more than a bluff,” she said.\n"  # 20
)
BRIEFING_ID = "2025-04-01-rocha-rejects-deal"
PATH = f"content/briefings/{BRIEFING_ID}.yaml"

# id -> (text, extra fields, words the report must show on the quote's line)
MISQUOTES: dict[str, tuple[str, dict, list[str]]] = {
    # 1. a word goes on across apostrophes, hyphens and soft hyphens
    "can-cut": ("We can", {}, ["The article says (line 2): 'We can’t'",
                               "the quote has 'can' where the article has 'can’t'"]),
    "deal-soft-hyphen": ("The deal is lawful", {}, [
        "The article says (line 3): 'The deal is un⟨U+00AD⟩lawful'",
        "the quote has 'lawful' where the article has 'un⟨U+00AD⟩lawful'"]),
    "plan-lawful": ("The plan is lawful.", {}, [
        "the quote has 'lawful' where the article has 'unlawful'"]),
    "offer-lawful": ("The offer is lawful.", {}, [
        "the quote has 'lawful' where the article has 'un-lawful'"]),
    "lethal": ("lethal aid", {"fragment": True}, [
        "The article says (line 4): 'non-lethal aid'"]),
    # 2. an ellipsis neither cuts a word nor leaves out a negation, nor joins two quotations
    "can-ellipsis": ("We can … accept this deal", {}, [
        "The article says (line 2): 'We can’t'",
        "the quote has 'can' where the article has 'can’t'"]),
    "never-cut": ("We will … sign it", {}, [
        "changes what the article says: the words it leaves out at '…' hold the negation "
        "'never'", "The article says (line 5): 'We will never, under any circumstances, sign it'"]),
    "wont-cut": ("We … pay, and we will go.", {}, [
        "the negation 'won’t'", "The article says (line 6): 'We won’t pay, and we will go'"]),
    "aid-joined": ("We will send non-lethal aid … and nothing else.", {}, [
        "joins words of different quotations with '…'",
        "The article says (line 4): 'We will send non-lethal aid,” Rocha said, “and nothing "
        "else'"]),
    "continued-joined": ("goes on … and the next paragraph", {}, [
        "joins words of different paragraphs with '…'", "'goes on' (line 8)",
        "'and the next paragraph' (line 9) are in different paragraphs"]),
    # 3. a quote needs words
    "dash-only": ("—", {}, ["the quote has no words ('—')"]),
    "ellipsis-only": ("…", {}, ["the quote has no words ('…')"]),
    # 4. no quote runs across a paragraph break
    "across-break": ("goes on and the next paragraph continues it", {}, [
        "'goes on and the next paragraph continues it' runs across a paragraph break of the "
        "article (lines 8–9): 'goes on ¶ “and the next paragraph continues it'"]),
    # 5. the article's own words are not a quote
    "own-words": ("Foreign Minister Ana Rocha said on Monday", {}, [
        "quote 'own-words' is the article's own words, not in quotation marks (line 2: 'Foreign "
        "Minister Ana Rocha said on Monday'): quote only what the article puts in quotation "
        "marks, or set 'unmarked: true' if it reproduces a statement"]),
    "statement-not-flagged": ("Our ports stay open to every lawful ship.", {}, [
        "is the article's own words, not in quotation marks (line 7: 'Our ports stay open to "
        "every lawful ship')"]),
    # 6. messages show invisible and look-alike characters
    "port-opened": ("The port authority has opened.", {}, [
        "The article says (line 12): 'The port⟨U+00A0⟩authority has⟨U+200B⟩ closed'",
        "the quote has 'opened' where the article has 'closed'"]),
    "port-cyrillic": ("The port auth\u043erity has closed.", {}, [
        "'The port auth⟨U+043E⟩rity has closed'",
        "the quote has 'auth⟨U+043E⟩rity' where the article has 'authority'"]),
    "tehran": ("Tehran has been warned", {}, [
        "The article says (line 13): 'Tehr⟨U+0430⟩n has been warned'"]),
    # 7. a quote that opens after the negation of its clause, with or without a leading '…'
    "never-lead": ("… the fleet left port", {}, [
        "leaves out the words before it in the article's clause, 'I have never said that', "
        "which hold the negation 'never'"]),
    "never-fragment": ("the fleet left port,", {}, ["the negation 'never'"]),
    "deny-lead": ("We … the fleet left port", {}, ["the negation 'deny'"]),
    "unlikely-cut": ("The deal is … to be signed this year", {}, ["the negation 'unlikely'"]),
    # 8. a straight apostrophe ('90s, ministers') is no quotation mark
    "nineties": ("the fleet patrolled the strait", {}, [
        "is the article's own words, not in quotation marks (line 18"]),
}

NEIGHBOURS: dict[str, tuple[str, dict]] = {
    "can-full": ("We can’t accept this deal,", {}),
    "can-straight": ("We can't accept this deal", {}),
    "deal-typed": ("The deal is unlawful", {}),  # the article's soft hyphen is not a letter
    "offer-full": ("The offer is un-lawful.", {}),
    "non-lethal": ("non-lethal aid", {"fragment": True}),
    "never-kept": ("We will never … sign it", {}),
    "never-bracketed": ("We will never […] sign it", {}),
    "aid-first": ("We will send non-lethal aid,", {}),
    "nothing-else": ("and nothing else.", {}),
    "statement-flagged": ("Our ports stay open to every lawful ship.", {"unmarked": True}),
    "continued-first": ("The first paragraph of a long statement goes on", {}),
    "continued-next": ("and the next paragraph continues it,", {}),
    "heartbreaking": ("heartbreaking", {"fragment": True}),
    "headline": ("Talks are over,", {}),
    "israeli": ("Israeli-Palestinian talks are stalled,", {}),
    "port-closed": ("The port authority has closed.", {}),
    "cafe-composed": ("The caf\u00e9 is closed,", {}),
    "in-depth": ("We held … talks and agreed to meet again,", {}),
    "bluff": ("nothing more than a bluff", {}),  # 'False reports' is another clause
    "deny-whole": ("We categorically deny that the fleet left port,", {}),
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = copy_project(tmp_path_factory.mktemp("meaning") / "project")
    # the article's speaker in the registry, so that every quote's speaker is the article's
    (root / "content/actors/rocha.yaml").write_text(
        "actors:\n  - id: ana-rocha\n    name: Ana Rocha\n    kind: person\n"
        "    role: Foreign Minister\n", encoding="utf-8")
    quotes = [{"id": qid, "speaker": "ana-rocha", "text": text, **extra}
              for qid, (text, extra, _) in MISQUOTES.items()]
    quotes += [{"id": qid, "speaker": "ana-rocha", "text": text, **extra}
               for qid, (text, extra) in NEIGHBOURS.items()]
    add_briefing(root, "950_rocha.txt", ARTICLE, {
        "id": BRIEFING_ID, "title": "Rocha rejects the deal",
        "source": {"outlet": "Test Outlet", "published": "2025-04-01"},
        "bottom_line": "Rocha rejects the deal.", "key_points": ["She rejects it."],
        "quotes": quotes})
    return run(root, "check", "--strict")


def _line_of(result: Result, quote_id: str) -> str:
    lines = [line for line in output_lines(result)
             if line.startswith(PATH) and f"quote '{quote_id}' " in line]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize("quote_id", list(MISQUOTES))
def test_misquote_fails_with_the_articles_words(report: Result, quote_id: str):
    assert report.exit_code == 1
    line = _line_of(report, quote_id)
    assert ".text: " in line
    for words in MISQUOTES[quote_id][2]:
        assert words in line, line


@pytest.mark.parametrize("quote_id", list(NEIGHBOURS))
def test_legitimate_neighbour_passes(report: Result, quote_id: str):
    assert not any(f"quote '{quote_id}' " in line for line in output_lines(report)), report.output


def test_only_the_misquotes_are_reported(report: Result):
    # a speaker the article's words do not settle ('she said' among the article's lines, a
    # statement no one is named for) is the speaker check's warning, which still publishes
    errors = [line for line in output_lines(report) if line.startswith(PATH)
              and "the article's words do not say who said these words" not in line]
    assert len(errors) == len(MISQUOTES), report.output


def test_every_message_is_one_line_without_invisible_characters(report: Result):
    for line in output_lines(report):
        assert not any(ch in line for ch in "\u00ad\u200b\u00a0\u0430\u043e"), line


@pytest.mark.parametrize("text, shown", [
    ("plain words", "plain words"),
    ("un\u00adlawful", "un⟨U+00AD⟩lawful"),
    ("a\u200bb\u200cc\u200dd\u2060e\ufeff", "a⟨U+200B⟩b⟨U+200C⟩c⟨U+200D⟩d⟨U+2060⟩e⟨U+FEFF⟩"),
    ("a\u00a0b\u202fc\u2007d\te\nf", "a⟨U+00A0⟩b⟨U+202F⟩c⟨U+2007⟩d⟨U+0009⟩e⟨U+000A⟩f"),
    ("Tehr\u0430n and \u03bfil", "Tehr⟨U+0430⟩n and ⟨U+03BF⟩il"),
    # Cyrillic and Greek words of their own are words, not look-alikes
    ("\u041c\u043e\u0441\u043a\u0432\u0430 λόγος caf\u00e9 Stra\u00dfe", "Москва λόγος café Straße"),
])
def test_visible_shows_what_a_reader_cannot_see(text: str, shown: str):
    assert visible(text) == shown


def test_visible_keeps_the_ends_of_a_long_text():
    text = " ".join(f"word{i}" for i in range(200))
    shown = visible(text, 90)
    assert shown.startswith("word0 word1 ") and shown.endswith(" word198 word199")
    assert " […] " in shown and len(shown) < 100
