"""One reading of quotation marks, style by style: the article reader finds the quotation, drafting
drafts it, `check --strict` proves a quote of its words, and a summary's prose in that style is
read (held to the article); a summary's marks that do not pair are refused; every field of the
writer's own words is read, the registry's too."""

from __future__ import annotations

import hashlib
import json
import shutil
import types
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import icu  # type: ignore[import-untyped]  # PyICU has no type information
import pytest
from pydantic import BaseModel

from generator.article import quotation_marks
from generator.content import model
from generator.draft import analyse
from generator.verify import matching
from generator.verify.quoted_text import quoted

from .conftest import copy_project, run
from .content_edits import reported

WORDS = "we will not go home"
# (style, the article's sentence, the words quoted there, outermost first)
STYLES = [
    ("English", "Iran’s envoy met Blinken, who said “we will not go home” in the countries’ capital.",
     [WORDS]),
    ("English single", "Iran’s envoy met Blinken, who said ‘we will not go home’ in the countries’ "
     "capital, rock ’n’ roll of the ’90s.", [WORDS]),
    ("straight", 'Iran\'s envoy met Blinken, who said "we will not go home" in the capital.', [WORDS]),
    ("straight single", "Iran's envoy met Blinken, who said 'we will not go home' in the countries' "
     "capital.", [WORDS]),
    ("single in double", "Blinken said “they told us ‘we will not go home’ at the border” today.",
     [f"they told us ‘{WORDS}’ at the border", WORDS]),
    ("double in single", "Blinken said ‘they told us “we will not go home” at the border’ today.",
     [f"they told us “{WORDS}” at the border", WORDS]),
    ("straight nested", "Blinken said \"they told us 'we will not go home' at the border\" today.",
     [f"they told us '{WORDS}' at the border", WORDS]),
    ("German", "Blinken sagte: „we will not go home“ und ging.", [WORDS]),
    ("German single", "Blinken sagte: ‚we will not go home‘ und ging.", [WORDS]),
    ("German guillemets", "Blinken sagte: »we will not go home« und ging.", [WORDS]),
    ("German single guillemets", "Blinken sagte: ›we will not go home‹ und ging.", [WORDS]),
    ("Polish", "Blinken powiedział: „we will not go home” i wyszedł.", [WORDS]),
    ("French", "Blinken a dit «we will not go home» hier.", [WORDS]),
    ("French spaced", "Blinken a dit « we will not go home » hier.", [WORDS]),
    ("Russian", "Блинкен сказал: «мы не поедем домой» вчера. Blinken said so.",
     ["мы не поедем домой"]),
    ("Swedish", "Blinken sa: ”we will not go home” igår.", [WORDS]),
    ("Swedish single", "Blinken sa: ’we will not go home’ igår.", [WORDS]),
    ("Swedish guillemets", "Blinken sa: »we will not go home» igår.", [WORDS]),
    ("CJK corner brackets", "Blinken说「我们不会回家」。", ["我们不会回家"]),
    ("CJK white corner brackets", "Blinken说『我们不会回家』。", ["我们不会回家"]),
    ("full-width", "Blinken said ＂we will not go home＂ today.", [WORDS]),
    ("single guillemets", "Blinken a dit ‹we will not go home› hier.", [WORDS]),
    ("ornaments", "Blinken said ❝we will not go home❞ today.", [WORDS]),
    ("double primes", "Blinken said ″we will not go home″ today.", [WORDS]),
    ("CJK double primes", "Blinken said 〝we will not go home〞 today.", [WORDS]),
    ("reversed", "Blinken said ‟we will not go home” today.", [WORDS]),
    # pasted text mixes marks: a double mark closes the open double quotation where a closing
    # mark stands (after a word, before a space or punctuation), whichever it is
    ("mixed straight and curly", "Blinken said \"we will not go home” today.", [WORDS]),
    ("mixed curly and straight", "Blinken said “we will not go home\" today.", [WORDS]),
    ("mixed two openings", "Blinken said “we will not go home“ today.", [WORDS]),
]
IDS = [style for style, _, _ in STYLES]
SEED = "marks.txt"
ID = "2024-01-02-marks"
PATH = f"content/briefings/{ID}.yaml"


def _read(sentence: str) -> list[str]:
    return [sentence[q.start:q.end].strip() for q in quotation_marks.read(sentence) if q.closed]


@pytest.mark.parametrize(("style", "sentence", "words"), STYLES, ids=IDS)
def test_the_reader_finds_the_quotation(style: str, sentence: str, words: list[str]):
    assert _read(sentence) == words


@pytest.mark.parametrize(("style", "sentence", "words"), STYLES, ids=IDS)
def test_drafting_finds_the_quotation(style: str, sentence: str, words: list[str]):
    drafted = [q.text for q in analyse(f"Headline\n\n{sentence}\n", [], date(2024, 1, 2)).quotes]
    assert words[-1] in drafted, drafted


def _project(tmp_path: Path, sentence: str, quotes: list[str], point: str,
             description: str | None = None, checked: str | None = None) -> Path:
    root = copy_project(tmp_path / "project")
    for old in [*(root / "seeds").iterdir(), *(root / "content" / "briefings").iterdir()]:
        old.unlink() if old.is_file() else shutil.rmtree(old)
    seed = f"Headline\n\n{sentence}\n".encode()
    (root / "seeds" / SEED).write_bytes(seed)
    lines = [f"id: {ID}", "title: Marks", "source:", "  outlet: Example", "  published: 2024-01-02",
             f"  seed: {SEED}", f"  sha256: {hashlib.sha256(seed).hexdigest()}",
             "bottom_line: The envoy speaks.", "key_points:", f"  - {_scalar(point)}",
             "actors:", "  - actor: antony-blinken", "    mentions: [Blinken]", "quotes:"]
    for i, words in enumerate(quotes):
        lines += [f"  - id: q{i}", "    speaker: antony-blinken",
                  f"    text: {json.dumps(words, ensure_ascii=False)}"]
    if checked is not None:
        lines.append(f"    speaker_checked: {checked}")
    (root / PATH).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if description is not None:
        people = root / "content" / "actors" / "people.yaml"
        text = people.read_text(encoding="utf-8")
        at = text.index("    role: U.S. Secretary of State\n")
        people.write_text(text[:at] + f"    description: {json.dumps(description, ensure_ascii=False)}\n"
                          + text[at:], encoding="utf-8")
    return root


def _scalar(text: str) -> str:
    """The text as a YAML scalar that writes it as it is, so that columns are the text's."""
    return f"'{text}'" if "'" not in text else json.dumps(text, ensure_ascii=False)


def _marks(sentence: str, words: str) -> tuple[str, str]:
    """The marks around `words` in the sentence."""
    at = sentence.index(words)
    end = at + len(words)
    before, after = sentence[at - 1], sentence[end]
    if before == " ":  # « … »
        return sentence[at - 2:at], sentence[end:end + 2]
    return before, after


@pytest.mark.parametrize(("style", "sentence", "words"), STYLES, ids=IDS)
def test_check_proves_the_quote_and_reads_the_prose(tmp_path: Path, style: str, sentence: str,
                                                    words: list[str]):
    opening, closing = _marks(sentence, words[-1])
    if closing.strip() not in quotation_marks.closers(opening.strip()):
        # a summary writes matching marks: the opening mark's own pair
        closing = quotation_marks.closers(opening.strip())[:1]
    point = f"Blinken says {opening}{words[-1]}{closing}."
    # the reading knows no Chinese verb: an editor checks that 说 after Blinken is 'said'
    checked = "Blinken说 is Blinken said, right before the quotation." if "说" in sentence else None
    root = _project(tmp_path, sentence, words, point, checked=checked)
    result = run(root, "check", "--strict")
    if len(words) == 1:
        assert result.exit_code == 0 and "0 warnings" in result.output, result.output
    else:
        # 'they told us' the inner words: not Blinken's, as the summary has them, nor anyone's
        # the article names, a warning that still publishes
        assert result.exit_code == 0 and "1 warning" in result.output, result.output
        assert reported(result, f"{PATH}:19:14: warning: quotes[1].speaker: the article's words "
                        "do not say who said these words (why: these words are quoted inside "
                        "another quotation, and no sentence names who said them first: "), result.output
    # the same marks around words the article does not say: the prose checker reads them
    invented = point.replace(words[-1], "we will stay")
    (root / PATH).write_text((root / PATH).read_text(encoding="utf-8").replace(
        _scalar(point), _scalar(invented)), encoding="utf-8")
    result = run(root, "check", "--strict")
    assert result.exit_code == 1
    assert reported(result, f"{PATH}:10:", "key_points[0]:", "we will stay", "are not in",
                    SEED), result.output


@pytest.mark.parametrize(("opening", "closing"), [('"', "”"), ("“", '"'), ("“", "“"), ("«", '"')])
def test_a_summary_s_marks_that_do_not_pair_are_refused(tmp_path: Path, opening: str,
                                                        closing: str):
    sentence = "Blinken said “we will not go home” today."
    root = _project(tmp_path, sentence, [WORDS], f"Blinken says {opening}{WORDS}{closing} today.")
    result = run(root, "check", "--strict")
    assert result.exit_code == 1
    # the key point is `  - "Blinken says …"`: its mark at column 19
    assert reported(result, f"{PATH}:10:19:", "key_points[0]:", "do not pair",
                    f"'{opening}' opens it and '{closing}' closes it",
                    f"use matching marks: {opening}{WORDS}{quotation_marks.closers(opening)[0]}"), \
        result.output
    assert [(q.words, q.matched) for q in quoted(f"says {opening}{WORDS}{closing} today")] == [
        (WORDS, False)]


def test_a_registry_description_quotes_what_an_article_of_its_actor_quotes(tmp_path: Path):
    sentence = "Blinken said “we will not go home” today."
    root = _project(tmp_path, sentence, [WORDS], "Blinken speaks.",
                    description=f"Said “{WORDS}” once.")
    result = run(root, "check", "--strict")
    assert result.exit_code == 0 and "0 warnings" in result.output, result.output
    people = root / "content" / "actors" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace(WORDS, "we will stay"),
                      encoding="utf-8")
    result = run(root, "check", "--strict")
    assert result.exit_code == 1
    # `    description: "Said “…` puts the mark at column 24
    assert reported(result, "content/actors/people.yaml:6:24:", "description:", "“we will stay”",
                    "the article of the one briefing listing this actor does not quote them",
                    "Drop the quotation marks"), result.output


# Every text field of the content model that is not the writer's own words, and why: a field
# added to the model is one or the other, and the writer's own words are read for quotations.
NOT_OWN_WORDS = {
    ("Actor", "name"): "a name",
    ("Actor", "aliases"): "names",
    ("Source", "outlet"): "a name",
    ("Source", "dateline"): "a place as the article gives it",
    ("Source", "authors"): "names",
    ("BriefingActor", "mentions"): "the article's names, each checked to occur in it",
    ("DescribedSource", "description"): "the article's words, checked as a speaker's",
    ("Quote", "text"): "the quote itself, proven against the article",
}


def _text_fields(m: type[BaseModel], seen: set[type]) -> list[tuple[str, str, bool]]:
    """(model, field, marked as own words) for every field whose values are free text: strings
    that are not ids, references, tags, addresses, hashes, dates or fixed words."""
    if m in seen:
        return []
    seen.add(m)
    out = []
    for name, info in m.model_fields.items():
        for base, metadata in _leaves(info.annotation, [info, *info.metadata]):
            if isinstance(base, type) and issubclass(base, BaseModel):
                out += _text_fields(base, seen)
            elif base is str and not any(isinstance(x, model.Ref) for x in metadata) \
                    and not _structured(metadata):
                out.append((m.__name__, name,
                            any(isinstance(x, model.OwnWords) for x in metadata)))
    return out


def _leaves(annotation: Any, metadata: list[Any]) -> list[tuple[Any, list[Any]]]:
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *extra = get_args(annotation)
        return _leaves(base, [*metadata, *extra])
    if origin in (Union, types.UnionType, list):
        return [leaf for arg in get_args(annotation) if arg is not type(None)
                for leaf in _leaves(arg, metadata)]
    if origin is Literal:
        return []
    return [(annotation, metadata)]


def _structured(metadata: list[Any]) -> bool:
    """A pattern-checked string (an id, tag, address, hash or date) rather than free text."""
    for x in metadata:
        extra = getattr(x, "json_schema_extra", None) or {}
        if isinstance(extra, dict) and extra.get("x-type") not in (None, "plain text",
                                                                   "inline Markdown",
                                                                   "quoted words"):
            return True
        if isinstance(extra, dict) and "pattern" in extra and extra.get("x-type") is None:
            return True
    return False


def test_every_text_field_is_own_words_or_says_why_not():
    fields = []
    seen: set[type] = set()
    for m in (model.Briefing, model.ActorRegistry, model.Redirects):
        fields += _text_fields(m, seen)
    assert len(fields) > 20  # the walk reaches the nested models
    unexplained = [(m, f) for m, f, own in fields if not own and (m, f) not in NOT_OWN_WORDS]
    assert unexplained == [], "mark these OwnWords, or say in NOT_OWN_WORDS why they are not"
    both = [(m, f) for m, f, own in fields if own and (m, f) in NOT_OWN_WORDS]
    assert both == []
    own = {(m, f) for m, f, o in fields if o}
    assert {("Briefing", "title"), ("Briefing", "key_points"), ("Actor", "description"),
            ("Actor", "role"), ("Relation", "what"), ("Event", "as_reported")} <= own


def test_a_field_marked_own_words_is_read_with_no_other_change():
    class Note(model.Strict):
        body: model.InlineMd
        said: model.PlainWords | None = None
        name: model.PlainText

    found = list(model.own_words(Note(body="x “a”", said="y", name="z")))
    assert found == [(("body",), "x “a”", model.OwnWords(markdown=True)),
                     (("said",), "y", model.OwnWords())]


@pytest.mark.parametrize(("text", "found"), [
    # apostrophes are no marks: in a word, before a number, an elided word, after a plural
    ("Iran’s envoy can't say ’em or rock ’n’ roll of the ’90s and '90s", []),
    ("‘the countries’ leaders agree’ he said", ["the countries’ leaders agree"]),
    ("the allies’ talks ended", []),
    # a mark left open inside a quotation that closes is dropped, the outer one read
    ("“He said ‘no way” today", ["He said ‘no way"]),
    # a straight mark with a space before and a word after opens a quotation within
    ('"it is "fake" news" today', ['it is "fake" news', "fake"]),
    # a single mark left open quotes nothing; a double one runs to the end of the paragraph
    ("it ‘opens and never closes", []),
])
def test_apostrophes_and_marks_left_open(text: str, found: list[str]):
    assert [text[q.start:q.end] for q in quotation_marks.read(text) if q.closed] == found


def test_the_marks_are_unicode_s_and_every_one_is_paired_or_said_unpaired():
    unicode = set(icu.UnicodeSet("[:Quotation_Mark:]"))
    assert unicode <= quotation_marks.MARKS
    paired = quotation_marks.OPENING | quotation_marks.CLOSING
    assert quotation_marks.MARKS - paired == {"⹂"}


def test_a_paragraph_that_begins_inside_a_quotation_is_quoted_from_its_start():
    """A published paragraph whose opening mark was lost (`…New Year,” he wrote.`): its words
    before the closing mark are the quoted writer's, and a quote of them is not refused as the
    article's own."""
    article = matching.normalize(
        "Students wrote to the embassy.\n"
        "There are just a handful of students left for the New Year,” he wrote. “Stay indoors.”\n")
    found = matching.find(article, "There are just a handful of students left for the New Year")
    assert isinstance(found, matching.Match), found
    assert isinstance(matching.find(article, "Students wrote to the embassy"), matching.Miss)


@pytest.mark.parametrize("paragraph, quote", [
    # a straight mark before an ellipsis that leaves out the quotation's first words opens it
    ('Rathbun asserted that officials, "... plied the detective with a theory. He sat for 30 '
     'hours."', "plied the detective with a theory."),
    # two straight marks in no place to open or close pair up, as the typist meant them
    ('Wilkins said," [Warhol] liked the way photo booths looked". She explained it.',
     "[Warhol] liked the way photo booths looked"),
])
def test_straight_marks_typed_oddly_still_quote(paragraph: str, quote: str):
    article = matching.normalize(paragraph + "\n")
    assert isinstance(matching.find(article, quote), matching.Match)
    assert isinstance(matching.find(article, "She explained it"), matching.Miss)


@pytest.mark.parametrize("paragraph, quote", [
    # a single-quoted phrase ending in 's' before a word, with another quotation after it
    ("He called the attacks ‘crimes against civilians’ in a speech, and said ‘we will respond’.",
     "crimes against civilians"),
    ("He called it 'a waste of hours' but said it was 'very precise'.", "a waste of hours"),
    # a single-quoted quotation that opens with a number
    ("‘40 people died in the attack,’ the official said.", "40 people died in the attack"),
    ("The official said: ‘2,000 homes were destroyed.’", "2,000 homes were destroyed."),
])
def test_single_marks_around_plurals_and_numbers_quote(paragraph: str, quote: str):
    assert isinstance(matching.find(matching.normalize(paragraph + "\n"), quote), matching.Match)


def test_inch_marks_and_decades_quote_nothing():
    assert quoted("a 55\" television and two 12\" speakers") == []
    assert quoted("in the ’90s and ’07, rock ’n’ roll") == []
    assert [q.words for q in quoted("Peskov called the reports ‘lies and provocations’ and said "
                                    "‘Moscow will respond’.")] == ["lies and provocations",
                                                                   "Moscow will respond"]


# ZIK, 2015-04-27: the closing mark is missing, and the quotation runs into its attribution
ZIK = ("Only half of those who had protested last week in Kyiv demanding increased payments to "
       "miners and dismissal of the coal minister were miners, the rest were hired goons. Some of "
       "them have been detained and will be prosecuted, Interior Minister Arsen Avakov said on "
       "national TV Apr. 27.\n\n"
       " “Half of the protesters [about 1,000] were miners. The other half was goons hired by "
       "protests organizers. They violated the public order and resisted the police, the minister "
       "said.\n\n"
       "The 3-day protests had been held near the presidential administration, government "
       "building and legislature. Protesters blocked Kyiv streets several times. \n")
ZIK_SAID = ("Half of the protesters [about 1,000] were miners. The other half was goons hired by "
            "protests organizers. They violated the public order and resisted the police")


def test_a_quotation_left_open_ends_before_the_attribution_that_ends_its_sentence():
    """The writer forgot the closing mark: ', the minister said.' is the writer's, not the
    minister's. `check` proves the quote without it, and drafting quotes it without it, from the
    minister the attribution names; the quotation goes on into no other paragraph."""
    read = [q for q in quotation_marks.read(ZIK) if q.double]
    assert [ZIK[q.start:q.end] for q in read] == [ZIK_SAID]
    assert not read[0].closed and read[0].attributed
    article = matching.normalize(ZIK)
    assert isinstance(matching.find(article, ZIK_SAID), matching.Match)
    assert isinstance(matching.find(article, "They violated the public order and resisted the "
                                             "police"), matching.Match)
    drafted = analyse(ZIK, [], date(2015, 4, 27)).quotes
    assert [q.text for q in drafted] == [ZIK_SAID]
    assert drafted[0].attribution is not None
    assert drafted[0].attribution.speaker == "arsen-avakov"


@pytest.mark.parametrize("paragraph, words", [
    # no attribution: the quotation runs to the end of its paragraph, as before
    ("“They violated the public order and resisted the police.",
     "They violated the public order and resisted the police."),
    # the speaker's own 'I said' is part of what the speaker says
    ("“We warned them, I said. They resisted the police.",
     "We warned them, I said. They resisted the police."),
    # 'said that …' goes on: no attribution that ends its sentence
    ("“We warned them, the minister said that they resisted.",
     "We warned them, the minister said that they resisted."),
])
def test_a_quotation_left_open_without_an_attribution_runs_to_its_paragraph_s_end(
        paragraph: str, words: str):
    read = quotation_marks.read(paragraph)
    assert [paragraph[q.start:q.end] for q in read] == [words]
    assert not read[0].attributed
