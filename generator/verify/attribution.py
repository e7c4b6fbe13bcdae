"""Who said it: a quote's speaker against the attribution its article gives, and names that an
actor's entry borrows from another actor.

The article is read with the drafting rules (article.text, article.names, article.speakers). Only an
attribution that names its speaker in the quote's own sentence counts (`“…,” Roe told reporters`,
`Roe said that “…”`, `said Roe.`, or `the foreign minister said` where the briefing gives one of
its actors that role), and only when that name is one registry actor: pronouns, unnamed officials,
spokespeople and quotes carried over from the sentence before stay silent, for a warning that is
wrong would teach people to ignore the right ones.

Cost: only the paragraphs that hold a matched quote are read, each once, and a paragraph longer
than WINDOW characters not at all; the drafting rules are quadratic in what they read, so this
bounds the work per briefing by the article's length times a constant.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import look_alike
from ..article import quotation_marks
from ..article import text as draft_text
from ..article.names import Mention, Registry, find_names
from ..article.speakers import Frame, Speakers
from ..content.load import Located
from ..content.model import Actor, Briefing, actor_refs
from ..problems import Problem, field_path, problem

WINDOW = 4000  # characters of article read at once: real paragraphs are far shorter
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_POSSESSIVE = re.compile(r"[’']s\b")
# someone who speaks for the person named after it: 'a spokesman for', 'an aide to', 'lawyers of'
_ON_BEHALF = re.compile(
    r"\b(?:spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|assistants?|envoys?"
    r"|representatives?|officials?|lawyers?|attorneys?|deputy|deputies|staff|office|members?"
    r"|allies|ally|supporters?|opponents?|critics?|friends?|family|relatives?|press secretary)"
    r"\s+(?:for|to|of)\s+(?:[\w.’'-]+\s+){0,5}$", re.IGNORECASE)
# what may follow a name that comes after its verb: `said Roe.` `said Roe, the envoy`; not
# `said Korvath would respond`, where the name begins what was said
_AFTER_INVERTED = re.compile(rf"\s*(?:[,.;:!?—–){quotation_marks.IN_CLOSING}]|$)")


def name_key(name: str) -> str:
    """A name as compared: case, apostrophes, spacing and a leading 'the' do not count."""
    # str.replace, not translate with a table: translate looks up each character in Python
    key = " ".join(name.replace("’", "'").replace("‘", "'").casefold().split())
    return key[4:] if key.startswith("the ") else key


@dataclass
class Names:
    """The registry's names for scanning articles and judging mentions, built once per registry."""

    registry: Registry
    owners: dict[str, set[str]]  # name_key of every name and alias -> actor ids
    people: dict[str, str]  # name_key of a person's full name (two words or more) -> actor id
    longest: int  # words in the longest of those full names


_names: tuple[dict[str, Actor], Names] | None = None


def registry_names(actors: dict[str, Actor]) -> Names:
    global _names
    if _names is None or _names[0] is not actors:  # the same registry for every briefing of a run
        owners: dict[str, set[str]] = {}
        people: dict[str, str] = {}
        for actor in actors.values():
            for form in [actor.name, *actor.aliases]:
                owners.setdefault(name_key(form), set()).add(actor.id)
            words = _words(name_key(actor.name))
            if actor.kind == "person" and len(words) > 1:
                people.setdefault(" ".join(words), actor.id)
        longest = max((len(k.split()) for k in people), default=0)
        _names = actors, Names(Registry(list(actors.values())), owners, people, longest)
    return _names[1]


class Reads:
    """What attribution reads of the registry for one briefing, as a digest for cache keys.

    Attribution scans an article for the registry's names, aliases and unique surnames, and
    resolves the briefing's own actors, speakers, mentions and roles; a registry actor none of
    whose names could occur in the article, nor in the briefing's mentions and roles, changes
    nothing it finds. So the digest covers the actors a briefing refers to (or their absence) and
    every actor with a name whose words all occur in the article: a name can only match where all
    its words are, so an actor outside that set, edited, added or removed, leaves the key alone,
    while an edit that gives an actor a name the article holds (or takes one away) changes it.
    Their registry order counts too: when two actors share a name, the first one owns it.

    A digest of the whole names table would be simpler, but every alias edited anywhere would
    then re-verify every briefing; this costs one pass over each article's words."""

    def __init__(self, actors: dict[str, Actor]):
        self.actors = actors
        self.order = {actor_id: i for i, actor_id in enumerate(actors)}
        # each name is filed under its longest word, the rarest in practice: a lookup per word
        self.by_word: dict[str, list[tuple[frozenset[str], str]]] = {}
        self.always: set[str] = set()  # names without a letter or digit: assumed read everywhere
        for actor in actors.values():
            forms = [actor.name, *actor.aliases]
            if actor.kind == "person" and " " in actor.name:
                forms.append(actor.name.split()[-1])  # the Registry's unique surnames
            for form in forms:
                words = _word_set(form)
                if not words:
                    self.always.add(actor.id)
                    continue
                self.by_word.setdefault(max(words, key=len), []).append((words, actor.id))

    def digest(self, text: str, b: Briefing) -> str:
        words = _word_set("\n".join([text, *(phrase for entry in b.actors
                                              for phrase in [*entry.mentions, entry.role or ""])]))
        ids = set(self.always) | {ref for _, ref in actor_refs(b)}
        for word in words:
            for needed, actor_id in self.by_word.get(word, ()):
                if needed <= words:
                    ids.add(actor_id)
        read = []
        for actor_id in sorted(ids, key=lambda i: (self.order.get(i, len(self.order)), i)):
            actor = self.actors.get(actor_id)
            read.append([actor_id] if actor is None
                        else [actor_id, actor.name, actor.aliases, actor.kind])
        return hashlib.sha256(json.dumps(read, ensure_ascii=False).encode("utf-8")).hexdigest()


def _word_set(text: str) -> frozenset[str]:
    """The words of a text without case; apostrophes, straight or curly, part words alike."""
    return frozenset(_WORD.findall(text.casefold()))


_WORD = re.compile(r"\w+")


# --- mentions ------------------------------------------------------------------------------------

def mention_problems(located: Located, actors: dict[str, Actor]) -> Iterator[Problem]:
    """A mention is how the article names this actor: never another actor's name or alias, nor a
    phrase holding another person's full name ('Also named: Richard Roe')."""
    b: Briefing = located.value
    names = registry_names(actors)
    listed = {entry.actor for entry in b.actors}
    for i, entry in enumerate(b.actors):
        own = actors.get(entry.actor)
        own_keys = {name_key(f) for f in ([own.name, *own.aliases] if own else [])}
        for j, mention in enumerate(entry.mentions):
            other = _other_actor(mention, entry.actor, own_keys, names)
            if other is None:
                continue
            actor = actors[other[0]]
            how = "is" if other[1] else "holds"
            fix = ("move it to that actor's entry" if actor.id in listed
                   else f"list '{actor.id}' in actors with this mention")
            loc = ("actors", i, "mentions", j)
            yield problem(located.path, *located.where(*loc), field_path(loc),
                          f"'{mention}' {how} the name of actor '{actor.id}' ({actor.name}), not of "
                          f"'{entry.actor}': {fix}, or remove it")


def _other_actor(mention: str, actor_id: str, own_keys: set[str], names: Names
                 ) -> tuple[str, bool] | None:
    """(the other actor, whether the mention is its very name), or None."""
    key = name_key(mention)
    owners = names.owners.get(key, set()) - {actor_id}
    if owners and key not in own_keys:
        return min(owners), True
    # a full name anywhere in it, as whole words; "roe's" stays a word of its own, so that
    # 'Richard Roe's office', something of Roe's and not Roe, holds no name
    words = _words(key)
    for size in range(min(names.longest, len(words)), 1, -1):
        for start in range(len(words) - size + 1):
            gram = " ".join(words[start:start + size])
            other = names.people.get(gram)
            if other is not None and other != actor_id and not any(gram in k for k in own_keys):
                return other, False
    return None


def _words(key: str) -> list[str]:
    return re.findall(r"[^\s,;:()“”\"«»!?]+", key)


# --- speakers ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Given:
    """The speaker an article gives a passage, and the words that say so."""

    actor: str
    at: int  # offset in the article of the attribution's verb
    words: str


def speaker_problems(located: Located, text: str, spans: dict[str, list[tuple[int, int]]],
                     actors: dict[str, Actor], strict: bool) -> Iterator[Problem]:
    """A warning (an error with --strict) for each quote whose article names another speaker, and
    for each described source that the article names or does not describe so."""
    b: Briefing = located.value
    severity = "error" if strict else "warning"
    # an unknown speaker id is reported as such already
    quotes = [(i, q, spans[q.id]) for i, q in enumerate(b.quotes)
              if (q.speaker in actors or q.source is not None) and q.id in spans]
    if not quotes:
        return
    given = attributions(text, [(s[0][0], s[-1][1]) for _, _, s in quotes], b, actors)
    newlines: list[int] | None = None  # found once, and only when there is something to report
    folded: str | None = None
    for (i, q, _), found in zip(quotes, given, strict=True):
        if q.source is not None and found is None:
            folded = _folded(text) if folded is None else folded
            if _folded(q.source.description) not in folded:
                loc: tuple[str | int, ...] = ("quotes", i, "source", "description")
                yield problem(located.path, *located.where(*loc), field_path(loc),
                              f"'{q.source.description}' does not occur in the article: describe "
                              "the speaker in the article's own words ('a Google spokesman')",
                              severity)
            continue
        if found is None or found.actor == q.speaker:
            continue
        if newlines is None:
            newlines = [m.start() for m in re.finditer("\n", text)]
        line = bisect.bisect_left(newlines, found.at) + 1
        actor = actors[found.actor]
        if q.source is not None:
            loc = ("quotes", i, "source")
            yield problem(located.path, *located.where(*loc), field_path(loc),
                          f"the article names the speaker of these words, '{actor.name}' (line "
                          f"{line}: '{found.words}'): give 'speaker: {found.actor}' instead of a "
                          "described source", severity)
            continue
        loc = ("quotes", i, "speaker")
        yield problem(located.path, *located.where(*loc), field_path(loc),
                      f"the article gives these words to '{actor.name}' (line {line}: "
                      f"'{found.words}'), not to '{q.speaker}': fix the speaker", severity)


def _folded(text: str) -> str:
    """Text as a description is looked for: case, apostrophes, spacing and invisible characters
    do not count."""
    return " ".join(look_alike.skeleton(text).replace("’", "'").casefold().split())


def attributions(text: str, spans: list[tuple[int, int]], b: Briefing,
                 actors: dict[str, Actor]) -> list[Given | None]:
    """For each span of the article, the registry actor its own sentence names as the speaker of
    the quotation holding it, or None."""
    paras = draft_text.paragraphs(text)
    starts = [p.start for p in paras]
    ranges = []
    for start, end in spans:
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = max(first, bisect.bisect_right(starts, max(start, end - 1)) - 1)
        ranges.append((first, last))
    windows = _merge(sorted(set(ranges)))
    scanner = _Scanner(registry_names(actors).registry, b, actors)
    out: list[Given | None] = [None] * len(spans)
    pending = sorted(range(len(spans)), key=lambda k: ranges[k])
    cursor = 0
    for first, last in windows:
        members = []
        while cursor < len(pending) and ranges[pending[cursor]][0] <= last:
            members.append(pending[cursor])
            cursor += 1
        begin, finish = paras[first].start, paras[last].end
        if finish - begin > WINDOW:
            continue
        reader = _Reader(text, begin, paras[first:last + 1], scanner, b, actors)
        for k in members:
            out[k] = reader.given(spans[k][0] - begin, spans[k][1] - begin)
    return out


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


class _Scanner:
    """The registry's names and aliases, and the mentions (in any case: 'The White House' opens a
    sentence, 'the White House' does not) and roles this briefing gives its actors.

    The same words given to two actors name neither."""

    def __init__(self, base: Registry, b: Briefing, actors: dict[str, Actor]):
        self.actors = base.actors
        self.base = base
        owners = registry_names(actors).owners
        listed: dict[str, set[str]] = {}
        for entry in b.actors:
            if entry.actor in actors:
                for mention in entry.mentions:
                    listed.setdefault(name_key(mention), set()).add(entry.actor)
        # most mentions are the registry's own names, which the registry's scan finds already
        self.listed = {key: next(iter(ids)) for key, ids in listed.items()
                       if len(ids) == 1 and owners.get(key) != ids}
        self._pattern: re.Pattern[str] | None = None
        # a role of two words or more that this briefing gives one actor: 'the foreign minister'
        # names that actor here; 'the president' may name anyone
        roles: dict[str, set[str]] = {}
        for entry in b.actors:
            if entry.role and entry.actor in actors and len(entry.role.split()) > 1:
                roles.setdefault(name_key(entry.role), set()).add(entry.actor)
        self.roles = {key: next(iter(ids)) for key, ids in roles.items() if len(ids) == 1}

    @property
    def listed_pattern(self) -> re.Pattern[str] | None:  # compiled on the first article read
        if self._pattern is None and self.listed:
            forms = sorted(self.listed, key=len, reverse=True)
            alternatives = "|".join(r"(?:the\s+)?" + re.escape(f).replace("\\ ", r"\s+")
                                    for f in forms)
            self._pattern = re.compile(rf"(?<![\w'])(?:{alternatives})(?!\w)", re.IGNORECASE)
        return self._pattern

    def named(self, form: str) -> str | None:
        return self.base.named(form)

    def scan(self, text: str) -> list[Mention]:
        found = self.base.scan(text)
        pattern = self.listed_pattern
        if pattern is None:
            return found
        for match in pattern.finditer(text.translate(_APOSTROPHES)):
            key = self.listed.get(name_key(match.group(0)))
            if key is None:  # a letter whose case folds two ways: no name of ours
                continue
            actor = self.actors[key]
            found.append(Mention(match.start(), match.end(), actor.id, actor.kind, True, actor.name))
        # leftmost, then longest
        found.sort(key=lambda m: (m.start, m.start - m.end))
        kept: list[Mention] = []
        for m in found:
            if kept and m.start < kept[-1].end:
                if (m.start, m.end) == (kept[-1].start, kept[-1].end) and m.key != kept[-1].key:
                    kept[-1] = Mention(m.start, m.end, "", m.kind, False, "")
                continue
            kept.append(m)
        return kept


class _Reader:
    """The drafting rules run over a few paragraphs of an article."""

    def __init__(self, article: str, begin: int, paras: list[draft_text.Paragraph],
                 scanner: _Scanner, b: Briefing, actors: dict[str, Actor]):
        self.article, self.begin = article, begin
        text = article[begin:paras[-1].end]
        self.text = text
        self.paras = [draft_text.Paragraph(p.start - begin, p.end - begin, p.text) for p in paras]
        self.quotes = draft_text.find_quotes(text, self.paras)
        blank = draft_text.masked(text, self.quotes)
        self.sents = draft_text.sentences(blank, self.paras, self.quotes)
        names = find_names(text, blank, scanner)
        self.known = {m.start: m for m in names.mentions if m.known}
        self.people = [m.start for m in names.mentions if m.kind == "person"]
        speakers = Speakers(text, blank, self.paras, self.sents, self.quotes, names.mentions)
        self.attributed = speakers.attribute()
        self.frames = speakers.frames
        self.actors = actors
        self.roles = scanner.roles
        # the quotations within each quotation, read once however many quotes stand in it
        self.inner: dict[int, list[tuple[int, int]]] = {}

    def given(self, start: int, end: int) -> Given | None:
        index = next((k for k, q in enumerate(self.quotes) if q.start <= start and end <= q.end),
                     None)
        if index is None:
            return None  # words outside quotation marks: another rule's business
        q, frame = self.quotes[index], self.attributed[index].frame
        if frame is None or not self._in_sentence(q, frame) or self._nested(q, start, end):
            return None
        speaker = self._speaker(frame)
        if speaker is None or self._on_behalf(frame):
            return None
        if frame.subject_start > frame.verb_start and not _AFTER_INVERTED.match(
                self.text, frame.subject_end):
            return None
        if frame.verb_end <= q.open_at and self._between(max(frame.subject_end, frame.verb_end),
                                                         q.open_at):
            return None
        after = self._named_right_after(q)
        if after is not None and after.speaker != speaker:
            return None  # `Roe said. “…” Doe told reporters.`: two candidates, no verdict
        return Given(speaker, self.begin + frame.verb_start, self._words(q, frame))

    def _speaker(self, frame: Frame) -> str | None:
        """The registry actor a frame names, or that this briefing gives the role it names."""
        if frame.how == "named":
            mention = self.known.get(frame.subject_start)
            return mention.key if mention is not None and mention.key in self.actors else None
        if re.match(r"[Tt]he\s", frame.subject):  # 'the foreign minister', not 'a minister'
            return self.roles.get(name_key(frame.subject))
        return None

    def _nested(self, q: draft_text.Quote, start: int, end: int) -> bool:
        """The words stand in a quotation within the quotation (`Blinken said: “Zelensky told
        me, ‘We need ATACMS.’”`, or in straight marks, `"… running up, like 'No, these are our
        businesses,' " Arabasadi said`): someone the attribution does not name said them."""
        if q.open_at not in self.inner:
            self.inner[q.open_at] = [(inner.start, inner.end) for inner in
                                     quotation_marks.read(self.text, q.start, q.end) if inner.closed]
        return any(lo <= start and end <= hi for lo, hi in self.inner[q.open_at])

    def _on_behalf(self, frame: Frame) -> bool:
        """The name is whom the speaker works for, not the speaker: `a spokesman for Russian
        President Vladimir Putin called…`, `Putin’s spokesman said`."""
        before = self.text[max(0, frame.subject_start - 120):frame.subject_start]
        return bool(_ON_BEHALF.search(before) or _POSSESSIVE.match(self.text, frame.subject_end))

    def _in_sentence(self, q: draft_text.Quote, frame: Frame) -> bool:
        """The frame is in the sentence, or the sentences, of the quotation itself."""
        first = draft_text.sentence_at(self.sents, q.open_at)
        last = draft_text.sentence_at(self.sents, max(q.open_at, q.end - 1))
        return first <= draft_text.sentence_at(self.sents, frame.verb_start) <= last

    def _named_right_after(self, q: draft_text.Quote) -> Frame | None:
        """A name and a speech verb that follow the quotation at once, even past its full stop."""
        for f in self.frames:
            first = min(f.subject_start, f.verb_start)
            if f.how == "named" and q.close_at <= first <= q.close_at + 8 and re.fullmatch(
                    r"[\s,—–-]*", self.text[q.close_at:first]):
                return f
        return None

    def _between(self, start: int, end: int) -> bool:
        """Another person named, or someone's words (X's claim), between an attribution and the
        quotation it introduces: `Roe dismissed Doe's claim that “…”` gives the words to Doe."""
        k = bisect.bisect_left(self.people, start)
        if k < len(self.people) and self.people[k] < end:
            return True
        return bool(_POSSESSIVE.search(self.text, start, end))

    def _words(self, q: draft_text.Quote, frame: Frame) -> str:
        """The quotation and its attribution as the article writes them, what stands between them
        and a long quote cut short."""
        words = self.text[q.start:q.end].split()
        inner = " ".join(words if len(words) <= 8 else [*words[:6], "…"])
        closing = self.text[q.end] if q.closed and q.end < len(self.text) else ""
        quotation = f"{self.text[q.open_at]}{inner}{closing}"
        who = min(frame.subject_start, frame.verb_start)
        said = self.text[who:max(frame.subject_end, frame.verb_end)]
        if who >= q.close_at:
            more = re.match(r"[^\s.,;:!?“”\"]*(?:\s+[^\s.,;:!?“”\"]+){0,3}",
                            self.text[max(frame.subject_end, frame.verb_end):])
            return _joined(quotation, _middle(self.text[q.close_at:who]),
                           said + (more.group(0) if more else ""))
        return _joined(said, _middle(self.text[max(frame.subject_end, frame.verb_end):q.open_at]),
                       quotation)


def _middle(text: str) -> str:
    words = text.split()
    return " ".join(words if len(words) <= 6 else ["…", *words[-4:]])


def _joined(*parts: str) -> str:
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(" ".join(parts).split()))
