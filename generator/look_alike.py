"""Text that looks like other text, judged by Unicode's own data: UTS #39, Unicode Security
Mechanisms, as ICU implements it.

Why ICU (the `pyicu-wheels` package): ICU is the Unicode Consortium's own library and its spoof
checker is the reference implementation of UTS #39: the confusables skeleton from Unicode's
confusables.txt, the restriction levels over Script_Extensions, and the checks for mixed digits
and marks a letter hides. PyICU publishes only source that compiles against an ICU installed on
the machine; `pyicu-wheels` builds that same PyICU with ICU inside the wheel (Apache-2.0, with
ICU's Unicode licence), for Linux, macOS and Windows on every Python we support, so `pip install`
needs nothing else. Packages that ship confusables.txt alone are years behind Unicode, or ship a
derived table that no longer says which character is the prototype, and have no restriction
levels: we would be writing half of UTS #39 ourselves.
"""

from __future__ import annotations

import re

import icu  # type: ignore[import-untyped]  # PyICU has no type information

# Characters that show as nothing, or as a space where none is typed: every Default_Ignorable
# code point (zero-width characters, bidirectional controls, variation selectors, tag characters,
# the Hangul fillers, the combining grapheme joiner), plus U+2800 BRAILLE PATTERN BLANK, a
# graphic character with no ink that Unicode gives no property of its own.
_INVISIBLE_SET = "[[:Default_Ignorable_Code_Point:]\\u2800]"


def _char_class(pattern: str) -> re.Pattern[str]:
    """A regular expression for an ICU set: one pass of `re` over long text, not a call per
    character into ICU."""
    found = icu.UnicodeSet(pattern)
    ranges = ((str(found.getRangeStart(i)), str(found.getRangeEnd(i)))
              for i in range(found.getRangeCount()))
    return re.compile("[" + "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in ranges) + "]")


INVISIBLE = _char_class(_INVISIBLE_SET)
# A word as UTS #39 judges an identifier: letters, digits and the marks on them. Spaces and
# punctuation part words, so 'Sergey Lavrov (Сергей Лавров)' is two names in two scripts. ICU's
# categories, not Python's: a letter newer than Python's Unicode must not part a word either.
WORD = re.compile(_char_class("[[:L:][:M:][:N:]]").pattern + "+")

_SPOOF = icu.SpoofChecker()
# UTS #39's level that lets Latin stand only beside Han with Kana (Japanese), Bopomofo (Chinese)
# or Hangul (Korean); a word wholly in any one script is always allowed
_SPOOF.setRestrictionLevel(icu.URestrictionLevel.HIGHLY_RESTRICTIVE)
# USPOOF_HIDDEN_OVERLAY (ICU 62): a mark that a letter's own shape hides, as a dot on a dotless i
_HIDDEN_OVERLAY = 1 << 8
_SPOOF.setChecks(icu.USpoofChecks.RESTRICTION_LEVEL | icu.USpoofChecks.MIXED_NUMBERS
                 | icu.USpoofChecks.INVISIBLE | _HIDDEN_OVERLAY)
_NFKC_CASEFOLD = icu.Normalizer2.getNFKCCasefoldInstance()
_COMMON_OR_INHERITED = {icu.UScriptCode.COMMON, icu.UScriptCode.INHERITED}


def _skeleton(text: str) -> str:
    return str(_SPOOF.getSkeleton(0, text))


def skeleton(text: str) -> str:
    """Text as it looks, for comparing: UTS #39's skeleton of its NFKC case folding, with
    whitespace collapsed. Equal skeletons look the same (up to case); the skeleton itself is no
    text to show ('m' becomes 'rn')."""
    return " ".join(_skeleton(str(_NFKC_CASEFOLD.normalize(text))).split())


def skeletons(name: str) -> tuple[str, ...]:
    """The skeletons a name is compared by: two names look alike when they share one.

    The skeleton of the case-folded name finds 'JOE BIDEN' in 'Joe Biden'; the case-folded
    skeleton of the name as written finds Greek 'ΤΟΜ' in 'Tom', whose small letters 'τομ' look
    like nothing Latin, and a capital 'I' standing for a small 'l'."""
    folded = skeleton(name)
    written = " ".join(_skeleton(_skeleton(name).casefold()).split())
    return (folded,) if written == folded else (folded, written)


def scripts(word: str) -> list[str]:
    """The scripts of a word's letters, by their Script_Extensions, in order of first use:
    digits, punctuation and marks (Common, Inherited) belong to none."""
    seen: dict[str, None] = {}
    for char in word:
        codes = [c for c in icu.Script.getScriptExtensions(char) if c not in _COMMON_OR_INHERITED]
        for code in codes:
            seen.setdefault(str(icu.Script(code).getName()), None)
    return list(seen)


def _named(chars: list[str]) -> str:
    return ", ".join(f"⟨U+{ord(c):04X}⟩ {icu.Char.charName(c)}" for c in dict.fromkeys(chars))


def word_problem(word: str) -> str | None:
    """Why one word of a name is a look-alike by UTS #39's checks of an identifier, or None."""
    failed = int(_SPOOF.check(word))
    if not failed:
        return None
    if failed & icu.USpoofChecks.RESTRICTION_LEVEL and len(found := scripts(word)) > 1:
        first = "Latin" if "Latin" in found else found[0]
        others = " and ".join(s for s in found if s != first)
        foreign = _named([word[i] for i in sorted(foreign_letters(word))])
        return (f"the word '{word}' mixes {first} with {others} letters ({foreign}), which "
                "Unicode's rules for names do not allow together (a look-alike): type it in one "
                "script")
    if failed & icu.USpoofChecks.MIXED_NUMBERS:
        return (f"the word '{word}' has digits of more than one system (a look-alike): type "
                "them in one")
    if failed & icu.USpoofChecks.INVISIBLE:
        return (f"the word '{word}' puts the same mark twice on one letter, where it shows once "
                "(a look-alike): delete the second")
    if failed & _HIDDEN_OVERLAY:
        return (f"the word '{word}' holds a mark that a letter hides, such as a dot on a dotless "
                "i (a look-alike): type the letter itself")
    return (f"the word '{word}' fails Unicode's checks of names (UTS #39) as a look-alike: type "
            "it in one script")


def foreign_letters(word: str) -> set[int]:
    """Positions in a word that mixes scripts of the letters not in its first script: the
    letters to show as code points, so that a reader sees which ones they are."""
    if not _SPOOF.check(word) & icu.USpoofChecks.RESTRICTION_LEVEL:
        return set()
    found = scripts(word)
    first = "Latin" if "Latin" in found else found[0]
    return {i for i, char in enumerate(word) if (own := scripts(char)) and first not in own}
