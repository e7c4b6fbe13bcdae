"""What a quote's frame refers back to, read once the speaker rules have given their answer.

The speaker rules read who a frame names; an article often names someone once and then speaks
of them by what they are: 'the chairman said', 'the organization said', 'said Hamas official
Ayman Taha'. These rules give such a frame the one actor the article named that fits it, and
leave it empty for review where more than one does or none.
"""
from __future__ import annotations

import re

from ..article.names import ORG_NOUNS, ROLE_NOUNS, Mention, role_around, role_before
from ..article.speakers import Attribution
from ..article.text import Paragraph, Quote, Sentence, sentence_at

# the rank or office a short form stands for: 'Air Force Gen. Richard B. Myers' is a general
_SHORT_TITLES = {"gen": "general", "adm": "admiral", "amb": "ambassador", "sen": "senator",
                 "rep": "representative", "gov": "governor", "col": "colonel", "lt": "lieutenant",
                 "sgt": "sergeant", "capt": "captain", "cpl": "corporal", "brig": "brigadier",
                 "prof": "professor", "supt": "superintendent", "cmdr": "commander"}
# 'the organization said' when only one organization is named near it; a noun that is part of
# bodies' names ('the party', 'the ministry') is left to the speaker rules, which match it there
_BODY_NOUNS = {"organization", "organisation", "group", "charity", "watchdog"}
# what may stand between a subject and its verb: 'Thursday', 'humourously', 'has'
_UP_TO_VERB = re.compile(r"(?:[^\S\n]+(?:[A-Z][a-z]+day|today|yesterday|also|[a-z]+ly|has|have|had"
                         r"|will|would))*[^\S\n]*")
# a word that makes what follows part of a longer phrase: 'curator at the University of …'
_PLACED = re.compile(r"(?:\b(?:at|of|for|from|in|with|by|to|on|and)|,)[^\S\n]+$")
# a word that opens a sentence and is set off by a comma: 'However, The Onion's editor …'
_CONNECTOR = re.compile(r"\b(?:However|Meanwhile|Still|Later|Earlier|Separately|Instead|Nonetheless"
                        r"|Nevertheless|Moreover|Afterwards|Yet|But|And),[^\S\n]+$")
# a clause that opens on an office and a verb: ', the secretary praised', 'The general said'
_OFFICE_OPENS = re.compile(r"(?:^|,[^\S\n]+|^[^\S\n]*)[Tt]he[^\S\n]+([a-z]+)[^\S\n]+"
                           r"(?:[a-z]+ly[^\S\n]+)?(?:said|says|told|[a-z]{3,}ed|[a-z]{3,}s)\b",
                           re.MULTILINE)
# a pronoun read as a person named before the sentence before it
READ_BACK = re.compile(r"'(?:he|she)' is the (?:subject of the sentence before|last person named)")
# how the speaker rules say they gave a quote to the person the sentence after it names
_NEXT_SENTENCE = "named in the next sentence"
# a run of capitalised words, with the small words a body’s name may hold
_BODY_NAME = re.compile(r"[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|to|for|the|on)[^\S\n]+)*[A-Z][\w’'-]*)+")
# a frame's subject that is only a definite description: 'the chairman', 'The ambassador'
_THE_ONE = re.compile(r"[Tt]he\s+([a-z][\w-]*)")
# a rank in short right before a name, which the roles the names rules read leave out
_RANK_BEFORE = re.compile(r"\b([A-Z][a-z]{1,4})\.?[^\S\n]+$")
# an office given to a person in a comma-set phrase before their name: 'U.S. ambassador to the
# United Nations, John Bolton,'
_TITLED_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+(?:to|of|for|at)\s+[^,.;:“”\"\n]{1,60},\s*$")
# what stands between a body a frame names and a person it gives an office: 'said Hamas official
# Ayman Taha', 'stated Natural Resources Defense Council President Rhea Suh'
_OFFICE_BETWEEN = re.compile(r"[^\S\n]+((?:[A-Za-z][\w’'-]*[^\S\n]+){0,3})$")
# one of some people the article does not name: 'one policeman said', 'a fireman said'
_ONE_OF_THEM = re.compile(r"(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+)?[a-z]+(?:man|woman|men|women)")
# a writing nobody in particular signs: 'the announcement says'
_WRITINGS = {"announcement", "resolution", "communique", "communiqué", "declaration", "notice",
             "memo", "memorandum", "proclamation", "manifesto", "petition", "advertisement"}


def _titles(role: str) -> set[str]:
    words = {w.lower().rstrip(".") for w in re.split(r"[\s-]+", role) if w}
    return words | {_SHORT_TITLES[w] for w in words if w in _SHORT_TITLES}


def _holders(text: str, people: list[Mention], title: str, before: int) -> set[str]:
    """The people named before `before` whom the article gives the office `title`."""
    found: set[str] = set()
    for m in people:
        if m.end > before:
            break
        if not text[m.end:before].strip(" ,"):
            continue  # 'with Petraeus and Crocker, the secretary praised': no apposition of his
        roles = [role_around(text, m.start, m.end) or "", role_before(text, m.start) or ""]
        comma = _TITLED_BEFORE.search(text, max(0, m.start - 90), m.start)
        if comma:
            roles.append(comma.group(1))
        rank = _RANK_BEFORE.search(text, max(0, m.start - 8), m.start)
        if rank:
            roles.append(rank.group(1))
        if any(title in _titles(r) for r in roles):
            found.add(m.key)
    return found


def _named_next(text: str, blank: str, sents: list[Sentence], people: list[Mention], title: str,
                before: int) -> str | None:
    """'the chairman of the Joint Chiefs of Staff said today. Air Force Gen. Richard B. Myers,
    appearing on …': a lead that gives the office and names, first in the next sentence, who holds
    it."""
    first = re.search(rf"\b[Tt]he\s+{title}\b", blank[:before])
    if first is None:
        return None
    k = sentence_at(sents, first.start())
    if k + 1 >= len(sents):
        return None
    following = sents[k + 1]
    opener = next((m for m in people if m.start >= following.start), None)
    if opener is None or opener.start >= following.end or opener.end > before:
        return None
    # nothing before the name but its rank or office: 'Air Force Gen.'
    lead_in = blank[following.start:opener.start].split()
    titled = not lead_in or (len(lead_in) <= 4 and all(w[0].isupper() for w in lead_in)
                             and bool(_titles(lead_in[-1]) & (ROLE_NOUNS | {*_SHORT_TITLES.values()})))
    return opener.key if titled else None


def _bodies_near(text: str, mentions: list[Mention], paras: list[Paragraph], paragraph: int,
                 before: int) -> set[str]:
    """The organizations named in the frame's paragraph before it, or else in the one before."""
    for p in (paras[paragraph], paras[paragraph - 1] if paragraph else None):
        if p is None:
            break
        end = min(p.end, before)
        inside = [m for m in mentions if p.start <= m.start and m.end <= end]
        keys = {m.key for m in inside if m.kind == "organization" and m.key}
        # a body the names rules did not read ('the Committee to Protect Journalists') may be
        # the one meant as well
        for run in _BODY_NAME.finditer(text, p.start, end):
            if any(w.lower() in ORG_NOUNS for w in run.group(0).split()) and not any(
                    m.start < run.end() and run.start() < m.end for m in inside):
                keys.add(run.group(0))
        if keys:
            return keys
    return set()


def _named_last(blank: str, mentions: list[Mention], start: int, verb: int) -> Mention | None:
    """The actor a subject ends on, with only a time or an adverb before its verb, and before it
    only 'the' or an office: not one a preposition or a comma puts inside a longer subject ('at
    the University of Arkansas, Fayetteville, said')."""
    inside = [m for m in mentions if start <= m.start and m.end <= verb and m.key]
    if not inside or (_PLACED.search(blank, max(0, start - 12), start)
                      and not _CONNECTOR.search(blank, max(0, start - 16), start)):
        return None
    last = inside[-1]
    lead = blank[start:last.start].split()
    if lead and lead != ["the"] and lead != ["The"] and (
            lead[-1].lower() not in ROLE_NOUNS or any(m.start < last.start for m in inside)):
        return None
    return last if _UP_TO_VERB.fullmatch(blank, last.end, verb) else None


def _office_subject(blank: str, sents: list[Sentence], position: int) -> tuple[str, int] | None:
    """The office the sentence before `position` opens its clause on: 'the secretary' of 'In a
    news conference after his meeting with Petraeus, the secretary praised …', and where its
    'the' stands."""
    k = sentence_at(sents, position)
    if k == 0:
        return None
    before = sents[k - 1]
    m = _OFFICE_OPENS.search(blank, before.start, before.end)
    return (m.group(1), m.start(1) - 4) if m and m.group(1) in ROLE_NOUNS else None


def _paragraph_of(paras: list[Paragraph], position: int) -> int:
    return next((i for i, p in enumerate(paras) if p.start <= position < p.end), len(paras) - 1)


def refer_back(attributions: list[Attribution], quotes: list[Quote], text: str, blank: str,
               paras: list[Paragraph], sents: list[Sentence], mentions: list[Mention]) -> None:
    people = [m for m in mentions if m.kind == "person" and m.key]
    by_start = {m.start: m for m in mentions}
    names = {m.key: m.name for m in mentions}
    for q, a in zip(quotes, attributions, strict=True):
        if a.speaker and a.how.startswith(_NEXT_SENTENCE) and \
                blank[paras[q.paragraph].start:q.open_at].rstrip().endswith(":"):
            # 'Roberts … stated: “…” Simon Hughes, Member of Parliament, said …': a quote the
            # words before it introduce is theirs, not the next sentence's person's
            a.speaker = None
            a.how = f"{a.how}; but it is introduced with a colon by what comes before: left to review"
            continue
        f = a.frame
        if f is None:
            continue
        named = by_start.get(f.subject_start)
        if a.speaker and named is not None and f.subject_start > f.verb_start:
            # 'said Hamas official Ayman Taha': the name before the office is whom he serves; the
            # words are his
            person = next((m for m in people if m.start > named.end), None)
            gap = _OFFICE_BETWEEN.fullmatch(text, named.end, person.start) if person else None
            if person is not None and gap is not None and person.start - named.end < 60 \
                    and (gap.group(1).split() or [""])[-1].lower().rstrip(".") in ROLE_NOUNS:
                a.speaker = person.key
                a.how = f"“{text[f.subject_start:person.end]}”: the person after the body's name"
            continue
        if a.speaker is None and a.source is None and f.how == "unnamed" \
                and f.subject_start < f.verb_start:
            ending = _named_last(blank, mentions, f.subject_start, f.verb_start)
            if ending is not None:
                # 'the European Parliament Thursday asked', "The Onion's editor Will Tracy
                # humourously remarked": the subject's own last words name the speaker
                a.speaker = ending.key
                a.how = f"“{f.subject}”: its subject ends on {ending.name}"
                continue
        if a.speaker and f.subject.lower() in ("he", "she") and READ_BACK.search(a.how):
            opening = _office_subject(blank, sents, f.subject_start)
            if opening is not None:
                # 'In a news conference after his meeting with Petraeus, the secretary praised
                # the two leaders. “…,” he said': 'he' is the secretary the sentence is about
                office, at = opening
                holders = _holders(text, people, office, at)
                if len(holders) == 1 and a.speaker not in holders:
                    a.speaker = next(iter(holders))
                    a.how = (f"'{f.subject}' is the {office} the sentence before is about,"
                             f" {names[a.speaker]}")
                elif len(holders) > 1:
                    a.speaker = None
                    a.how = f"'{f.subject}' is the {office} the sentence before is about: left to review"
            continue
        described = _THE_ONE.fullmatch(f.subject)
        if described is None:
            if a.speaker is None and a.source is None and _ONE_OF_THEM.fullmatch(f.subject):
                a.source = f.subject  # 'one policeman said': a source the article describes
            continue
        noun = described.group(1).lower()
        if a.speaker is None and a.source is None and noun in _WRITINGS:
            a.source = f.subject  # 'the announcement says': a writing, nobody named signs it
        elif noun in ROLE_NOUNS and (a.speaker is None or a.speaker in {m.key for m in people}):
            holders = _holders(text, people, noun, f.subject_start)
            if len(holders) > 1:
                # 'the ambassador' after two ambassadors were named: either, left to review
                a.how = f"“{f.subject}” may be any of {len(holders)} people given that office, left to review"
                a.speaker = None
            elif a.speaker is None:
                key = next(iter(holders)) if holders else _named_next(
                    text, blank, sents, people, noun, f.subject_start)
                if key:
                    a.speaker = key
                    a.how = f"“{f.subject}” refers back to {names[key]}, the one person given that office"
        elif noun in _BODY_NOUNS and a.speaker is None:
            bodies = _bodies_near(blank, mentions, paras, _paragraph_of(paras, f.subject_start),
                                  f.subject_start)
            if len(bodies) == 1:
                a.speaker = next(iter(bodies))
                a.source = a.organization = None
                a.how = f"“{f.subject}” refers back to {names[a.speaker]}, the one organization named near it"
