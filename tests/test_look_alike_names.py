"""Look-alike names by Unicode's own data (UTS #39): in any script, not a list of three.

A name mixing Latin with letters of a script UTS #39 does not allow beside it is refused, as is
a name holding an invisible or blank-looking character; two actors whose names have the same
confusables skeleton are one actor named twice. Names written in one script, any script, pass.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import icu  # type: ignore[import-untyped]  # the data the tests draw from: Unicode's, not ours
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import look_alike, problems
from generator.content import safe_text
from generator.draft import analyse

from .conftest import run
from .content_edits import reported, set_line

PEOPLE = "content/actors/people.yaml"
NAME_LINE, NAME = 4, "    name: Antony Blinken"
ALIAS_LINE = 8
ALIASES = "    aliases: [Blinken, Secretary of State Antony Blinken, the top U.S. diplomat]"


def _check_with_name(project: Path, name: str):
    set_line(project / PEOPLE, NAME_LINE, NAME, f"    name: {name}")
    return run(project, "check")


@pytest.mark.parametrize("name, words", [
    # Armenian letters that look Latin: oh (U+0585) and vo (U+0578)
    ("Antօny Blinken", "'Antօny' mixes Latin with Armenian letters"),
    ("Antony Blinkeո", "'Blinkeո' mixes Latin with Armenian letters"),
    # Cherokee capital A (U+13AA)
    ("Ꭺntony Blinken", "'Ꭺntony' mixes Latin with Cherokee letters"),
    # a Garay letter (Unicode 16), newer than the Unicode of Python 3.11, which takes it for no
    # letter at all
    ("Antony \U00010d4aBlinken", "mixes Latin with Garay letters"),
    # Latin with Greek or Cyrillic, as before
    ("Antony Blinkеn", "'Blinkеn' mixes Latin with Cyrillic letters"),
    # digits of two systems in one word, and a dot hidden in a dotless i (it reads as 'i')
    ("Antony Blinken 2٤", "digits of more than one system"),
    ("Antony Blı\u0307nken", "a mark that a letter hides"),
])
def test_a_word_mixing_scripts_is_refused(project: Path, name: str, words: str):
    result = _check_with_name(project, name)
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:{NAME_LINE}:11: actors[0].name:", words), result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("char", [
    "\u034f",  # combining grapheme joiner
    "\ufe0f", "\U000e0100",  # variation selectors 16 and 17
    "\U000e0041", "\U000e007f",  # tag characters
    "\u180b", "\u180f",  # Mongolian free variation selectors
    "\u200b", "\u2066",  # a zero-width space and a bidirectional isolate, as before
])
def test_an_invisible_character_in_a_name_is_refused(project: Path, char: str):
    result = _check_with_name(project, f"Anto{char}ny Blinken")
    shown = f"⟨U+{ord(char):04X}⟩"
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:{NAME_LINE}:11: actors[0].name:",
                    f"invisible character {shown} at position 5", "delete it"), result.output


@pytest.mark.parametrize("blank", ["\u3164", "\u2800", "\u115f", "\u1160", "\uffa0"])
def test_a_blank_looking_character_in_place_of_a_space_is_refused(project: Path, blank: str):
    result = _check_with_name(project, f"Antony{blank}Blinken")
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:{NAME_LINE}:11: actors[0].name:",
                    f"invisible character ⟨U+{ord(blank):04X}⟩ at position 7",
                    "type a space"), result.output


def test_an_invisible_character_in_an_alias_is_refused(project: Path):
    set_line(project / PEOPLE, ALIAS_LINE, ALIASES, ALIASES.replace("[Blinken", "[Blin\ufe00ken"))
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:{ALIAS_LINE}:15: actors[0].aliases[0]:",
                    "invisible character ⟨U+FE00⟩"), result.output


def _add_actor(project: Path, actor_id: str, name: str) -> int:
    people = project / PEOPLE
    people.write_text(people.read_text(encoding="utf-8")
                      + f"  - id: {actor_id}\n    name: {name}\n    kind: person\n",
                      encoding="utf-8")
    return people.read_text(encoding="utf-8").count("\n") - 1


@pytest.mark.parametrize("name, other, looks", [
    # a dotless i is a Turkish letter, Latin like the rest: one script, yet the same look
    ("Joe Bıden", "joe-biden", "Joe Biden"),
    ("Joe BIDEN", "joe-biden", "Joe Biden"),
    # a capital I for a small l: the same glyph in the site's sans-serif type
    ("LIoyd Austin", "lloyd-austin", "Lloyd Austin"),
])
def test_a_look_alike_name_in_one_script_is_the_same_actor(project: Path, name: str, other: str,
                                                           looks: str):
    line = _add_actor(project, "forged", name)
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:{line}:11: name:", f"'{name}' already names actor "
                    f"'{other}'", f"looks the same as '{looks}'",
                    "must point to one actor only"), result.output


def test_a_name_written_wholly_in_another_script_that_looks_latin_is_the_same_actor(project: Path):
    first = _add_actor(project, "tass", "TASS")
    cherokee = "\u13a2\u13aa\u13da\u13da"  # Cherokee TE, GO, DU, DU: 'TASS' to a reader
    line = _add_actor(project, "forged", cherokee)
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:{line}:11: name:", f"'{cherokee}' already names actor "
                    f"'tass' ({PEOPLE}:{first}:11", "looks the same as 'TASS'"), result.output


def test_a_draft_proposes_no_two_actors_that_look_alike():
    """'Kern' and 'Kem' share a skeleton ('rn' looks like 'm'): `check` would refuse the pair, so
    the draft proposes the first alone and leaves the second's quote to attribute."""
    text = ("“The gate held,” said Ilse Kern, the harbour mayor.\n"
            "“The wall is new,” said Ilse Kem, the harbour clerk.\n")
    a = analyse(text, [], date(2030, 5, 14))
    assert [p.name for p in a.proposed] == ["Ilse Kem"]
    assert [q.attribution.speaker for q in a.quotes] == [None, "ilse-kem"]


LEGITIMATE = [
    ("Arabic", "محمد بن سلمان"),
    ("Chinese", "习近平"),
    ("Russian", "Сергей Лавров"),
    ("Greek", "Κυριάκος Μητσοτάκης"),
    ("Japanese, Han and Kana", "岸田 文雄 きしだ ふみお カタカナ"),
    ("Korean, Hangul and Han", "김정은 金正恩"),
    ("Hindi", "नरेन्द्र मोदी"),
    ("Hebrew", "בנימין נתניהו"),
    ("Armenian", "Նիկոլ Փաշինյան"),
    ("Georgian", "ირაკლი კობახიძე"),
    ("Turkish, with dotless i", "Binali Yıldırım"),
    ("Latin beside Han", "Xi Jinping 习近平"),
    ("Latin beside Cyrillic, word by word", "Sergey Lavrov (Сергей Лавров)"),
]


@pytest.mark.parametrize("script, name", LEGITIMATE, ids=[s for s, _ in LEGITIMATE])
def test_a_name_in_one_script_of_any_script_passes(project: Path, script: str, name: str):
    assert safe_text.plain_text_problem(name) is None, script
    result = _check_with_name(project, name)
    assert result.exit_code == 0, result.output


@lru_cache(maxsize=1)
def _unicode() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """From ICU's copy of Unicode's data: for each ASCII letter, the other characters whose
    UTS #39 skeleton is that letter (confusables.txt); for each script, the letters that belong to
    it alone (Script_Extensions) and show (not Default_Ignorable)."""
    spoof = icu.SpoofChecker()
    ignorable = icu.UnicodeSet("[:Default_Ignorable_Code_Point:]")
    look_alikes: dict[str, list[str]] = {}
    letters: dict[str, list[str]] = {}
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        seen = spoof.getSkeleton(0, char)
        if seen != char and len(seen) == 1 and seen.isascii() and seen.isalpha():
            look_alikes.setdefault(seen, []).append(char)
        if icu.Char.isalpha(char) and not ignorable.contains(char):
            scripts = icu.Script.getScriptExtensions(char)
            if len(scripts) == 1:
                letters.setdefault(icu.Script(scripts[0]).getName(), []).append(char)
    for script in ("Common", "Inherited", "Unknown"):
        letters.pop(script, None)
    return look_alikes, letters


def _look_alikes() -> dict[str, list[str]]:
    return _unicode()[0]


def _letters() -> dict[str, list[str]]:
    return _unicode()[1]


# the scripts UTS #39's highly restrictive level lets stand beside Latin in one word
BESIDE_LATIN = {"Latin", "Han", "Hiragana", "Katakana", "Bopomofo", "Hangul"}


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_word_in_any_one_script_passes(data: st.DataObject):
    """Every script Unicode has letters in, not a chosen few: a word wholly in one passes."""
    script = data.draw(st.sampled_from(sorted(_letters())))
    word = "".join(data.draw(st.lists(st.sampled_from(_letters()[script]), min_size=1,
                                      max_size=8)))
    assert safe_text.plain_text_problem(word) is None, (script, word)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_latin_word_with_a_letter_of_a_script_not_allowed_beside_latin_is_refused(
        data: st.DataObject):
    script = data.draw(st.sampled_from(sorted(set(_letters()) - BESIDE_LATIN)))
    letter = data.draw(st.sampled_from(_letters()[script]))
    name = data.draw(st.sampled_from(["Antony", "Biden", "Kirby", "Austin"]))
    at = data.draw(st.integers(0, len(name)))
    forged = name[:at] + letter + name[at:]
    why = safe_text.plain_text_problem(f"Joe {forged}")
    assert why is not None and f"mixes Latin with {script} letters" in why, (forged, why)


def test_a_message_shows_the_letters_of_another_script_as_code_points():
    assert problems.visible("Bօb Tehrаn Ꭺlice") == "B⟨U+0585⟩b Tehr⟨U+0430⟩n ⟨U+13AA⟩lice"
    assert problems.visible("Joe\u3164Biden\u2800") == "Joe⟨U+3164⟩Biden⟨U+2800⟩"
    assert problems.visible("Сергей Лавров") == "Сергей Лавров"


NAMES = ["Antony Blinken", "John Kirby", "Joe Biden", "Lloyd Austin", "Dmitry Peskov",
         "Masoud Pezeshkian", "Volodymyr Zelensky", "David Lammy", "Iran Air", "Hezbollah"]


@st.composite
def _forged(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(NAMES))
    spots = [i for i, c in enumerate(name) if _look_alikes().get(c)]
    at = draw(st.sampled_from(spots))
    return name, name[:at] + draw(st.sampled_from(_look_alikes()[name[at]])) + name[at + 1:]


@settings(max_examples=300, deadline=None)
@given(_forged())
def test_any_confusable_substitution_of_a_latin_letter_is_refused_or_the_same_name(
        pair: tuple[str, str]):
    """Whatever look-alike Unicode lists for a letter, the forged name is refused outright (a word
    mixing scripts) or compared as the name it imitates: never a second, distinct actor."""
    name, forged = pair
    assert (safe_text.plain_text_problem(forged) is not None
            or set(look_alike.skeletons(forged)) & set(look_alike.skeletons(name))), forged
