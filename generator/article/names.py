"""Who an article names: registry actors by name and alias, and people or organizations the
registry does not know yet, each with the role the article gives them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..content.model import Actor

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

ROLE_NOUNS = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "envoy", "chief", "director", "commander", "general", "governor", "mayor", "senator", "leader",
    "chairman", "chairwoman", "chair", "adviser", "advisor", "official", "head", "premier",
    "chancellor", "king", "queen", "prince", "diplomat", "negotiator", "representative", "lawmaker",
    "deputy", "captain", "colonel", "admiral", "judge", "prosecutor", "inspector", "engineer",
    "analyst", "professor", "researcher", "founder", "executive", "manager", "officer",
    "coordinator", "commissioner", "administrator", "economist", "activist", "superintendent",
    "councillor", "councilor", "speaker", "marshal", "sheriff", "warden", "mediator", "attorney",
    "counsel", "editor", "correspondent", "secretary-general", "ceo", "vice", "pastor",
    "bishop", "rabbi", "imam", "doctor", "surgeon", "physician", "scientist", "historian", "mp",
}
# lower-case words that may stand inside a role: "Secretary of State", "head of the agency"
_ROLE_LINKS = {"of", "for", "the", "and", "on", "at"}
ORG_NOUNS = {
    "ministry", "department", "agency", "office", "council", "party", "army", "bank", "court",
    "commission", "company", "corporation", "institute", "university", "committee", "union",
    "group", "front", "command", "service", "authority", "embassy", "government", "parliament",
    "senate", "assembly", "police", "guard", "navy", "forces", "administration", "board",
    "federation", "association", "organization", "organisation", "foundation", "fund", "trust",
    "coalition", "alliance", "directorate", "bureau", "cabinet", "kremlin", "secretariat",
}
# capitalized words that begin sentences but never begin a name
_NOT_NAMES = {
    "the", "a", "an", "on", "in", "at", "but", "and", "or", "as", "asked", "after", "before",
    "when", "while", "since", "until", "though", "although", "if", "by", "for", "from", "with",
    "without", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some",
    "many", "both", "officials", "analysts", "residents", "critics", "experts", "diplomats",
    "witnesses", "authorities", "protesters", "observers", "officers", "soldiers", "lawmakers",
    "sources", "others", "police", "prosecutors", "doctors", "workers", "it", "he", "she", "they",
    "we", "i", "you", "there", "here", "then", "still", "yet", "also", "meanwhile", "speaking",
    "according", "shortly", "hours", "days", "later", "earlier", "last", "next", "every", "each",
    "mr", "mrs", "ms", "dr", "western", "eastern", "northern", "southern", "several", "two",
    "three", "four", "five", "no", "not", "once", "now", "so", "such", "what", "who", "why", "how",
    "where", "de", "fictional", "note",
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_CALENDAR = {w.lower() for w in WEEKDAYS} | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept"}
_TOKEN = r"(?:[A-Z][’'][A-Z][\w-]*|[A-Z][\w]*(?:[-’'][A-Za-z][\w]*)*\.?)"
_PARTICLE = r"(?:(?:van|von|der|den|de|da|del|di|dos|bin|ibn|al|el|la|le)[\s-]+)"
_CAP_RUN = re.compile(rf"{_TOKEN}(?:\s+{_PARTICLE}?{_TOKEN})*")


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or "x"


@dataclass
class Mention:
    start: int
    end: int
    key: str  # registry id, or the proposed id of an actor the registry lacks
    kind: str  # person, organization, state
    known: bool  # in the registry
    name: str  # the registry name, or the full name as the article gives it


@dataclass
class Proposed:
    id: str
    name: str
    kind: str
    role: str | None = None


@dataclass
class Names:
    mentions: list[Mention]
    proposed: dict[str, Proposed] = field(default_factory=dict)


class Registry:
    """Names and aliases of the registry's actors, longest first, for scanning an article."""

    def __init__(self, actors: list[Actor]):
        self.actors = {a.id: a for a in actors}
        forms: dict[str, str] = {}
        for a in actors:
            for form in [a.name, *a.aliases]:
                forms.setdefault(_key(form), a.id)
        surnames: dict[str, set[str]] = {}
        for a in actors:
            if a.kind == "person" and " " in a.name:
                surnames.setdefault(_key(a.name.split()[-1]), set()).add(a.id)
        for surname, ids in surnames.items():
            if len(ids) == 1:
                forms.setdefault(surname, next(iter(ids)))
        self.forms = forms
        ordered = sorted(forms, key=len, reverse=True)
        alternatives = "|".join(_form_pattern(f) for f in ordered) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w])")

    def scan(self, text: str) -> list[Mention]:
        folded = text.translate(_APOSTROPHES)
        out = []
        for m in self.pattern.finditer(folded):
            actor = self.actors[self.forms[_key(m.group(0))]]
            out.append(Mention(m.start(), m.end(), actor.id, actor.kind, True, actor.name))
        return out


def _key(form: str) -> str:
    form = form.translate(_APOSTROPHES)
    return ("the " + form[4:]) if form[:4].lower() == "the " else form


def _form_pattern(form: str) -> str:
    escaped = re.escape(form[4:] if form[:4].lower() == "the " else form)
    return ("[Tt]he\\s+" + escaped if form[:4].lower() == "the " else escaped).replace("\\ ", "\\s+")


def find_names(text: str, masked: str, registry: Registry) -> Names:
    """Registry actors wherever the article names them (outside quotes), and people or
    organizations it introduces by role or as speakers, proposed as new actors."""
    known = registry.scan(masked)
    taken = [(m.start, m.end) for m in known]
    found: list[Mention] = list(known)
    proposed: dict[str, Proposed] = {}
    surnames: dict[str, str] = {}
    for run in _CAP_RUN.finditer(masked):
        start, end = run.start(), run.end()
        if any(s < end and start < e for s, e in taken):
            continue
        tokens = _tokens(masked, start, end)
        for i, (_, _, word) in enumerate(tokens):
            if word.endswith(".") and len(word) > 2 and "." not in word[:-1]:
                tokens = tokens[:i + 1]  # a full stop ends the sentence, and the name
                break
        while tokens and (tokens[0][2].lower().rstrip(".") in _NOT_NAMES
                          or tokens[0][2].lower().rstrip(".") in _CALENDAR):
            tokens = tokens[1:]
        while tokens and tokens[-1][2].lower().rstrip(".") in _CALENDAR:
            tokens = tokens[:-1]
        if not tokens:
            continue
        words = [t[2].rstrip(".").lower() for t in tokens]
        if any(w in ORG_NOUNS for w in words[1:]) or (len(words) > 1 and words[-1] in ORG_NOUNS):
            s, e = tokens[0][0], tokens[-1][1]
            name = " ".join(text[s:e].split())
            if masked[e - 1] == "." and not name.endswith(("Inc.", "Co.")):
                name, e = name[:-1], e - 1
            key = slugify(name)
            proposed.setdefault(key, Proposed(key, name, "organization"))
            found.append(Mention(s, e, key, "organization", False, name))
            continue
        # a role in capitals before the name: "Interior Minister Mara Quell"
        last_role = max((i for i, w in enumerate(words) if w in ROLE_NOUNS), default=-1)
        name_tokens = tokens[last_role + 1:]
        if not name_tokens:
            continue
        s, e = name_tokens[0][0], name_tokens[-1][1]
        if masked[e - 1] == "." and len(name_tokens[-1][2]) > 2:
            e -= 1
        name = " ".join(text[s:e].split())
        surname = name.split()[-1]
        if len(name_tokens) == 1 and surname in surnames:
            key = surnames[surname]
            found.append(Mention(s, e, key, "person", False, proposed[key].name))
            continue
        if len(name_tokens) == 1 and re.match(r" [a-z]", masked[e:e + 2]):
            continue  # an adjective: 'Velmoran trade envoy'
        if not (last_role >= 0 or role_before(text, s) or _looks_like_speaker(masked, s, e)
                or re.match(r",\s+(?:a|an|the|its|his|her)\s", masked[e:e + 8])
                or re.search(r"(?i:its|his|her|their|the)\s+[\w\s-]{1,40},\s*$",
                             masked[max(0, s - 50):s])):
            continue
        if len(name_tokens) > 4:
            continue
        key = slugify(name)
        proposed.setdefault(key, Proposed(key, name, "person"))
        surnames.setdefault(surname, key)
        found.append(Mention(s, e, key, "person", False, name))
    found.sort(key=lambda m: m.start)
    return Names(found, proposed)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group(0))
            for m in re.finditer(r"\S+", text[start:end])]


_SPEECH_AFTER = re.compile(r"^(?:,[^,“”\"]{1,80},)?\s+(?:(?:has|had|also|later|then|again)\s+)*"
                           r"(?:said|says|told|added|wrote|warned|declared|insisted|noted|"
                           r"argued|replied|explained|stated|asked|called)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|according to|asked|wrote|continued)\s+$")


def _looks_like_speaker(masked: str, start: int, end: int) -> bool:
    return bool(_SPEECH_AFTER.match(masked[end:end + 120])
                or _SPEECH_BEFORE.search(masked[max(0, start - 30):start]))


def role_before(text: str, name_start: int) -> str | None:
    """The role written before a name: 'Kremlin spokesman', 'Secretary of State'."""
    window = max(0, name_start - 120)
    picked: list[str] = []
    boundary = name_start
    for m in reversed(list(re.finditer(r"\S+", text[window:name_start]))):
        s, e = window + m.start(), window + m.end()
        word = m.group(0)
        if text[e:boundary] != " " or word[-1] in ",;:)”\"—–":
            break
        lowered = word.lower().rstrip(".")
        if word[0].isupper():
            if (lowered in _NOT_NAMES and lowered not in ROLE_NOUNS) or lowered in _CALENDAR:
                break
        elif lowered not in ROLE_NOUNS and lowered not in _ROLE_LINKS and not (
                picked and picked[-1].lower().rstrip(".") in ROLE_NOUNS and word.isalpha()):
            break  # a lower-case word stays only as a modifier of a role: 'trade envoy'

        picked.append(word)
        boundary = s
    picked.reverse()
    while picked and picked[0].lower() in _ROLE_LINKS:
        picked = picked[1:]
    if not any(w.lower().rstrip(".").split("-")[-1] in ROLE_NOUNS for w in picked):
        return None
    return " ".join(picked)


_APPOSITIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|[A-Z][\w’']*’s)\s+((?:[\w’'.-]+\s+){0,4}?[\w-]+)\s*,\s*$")
_APPOSITIVE_AFTER = re.compile(
    r"^\s*,\s+(?:the|a|an|its|[A-Z][\w’']*’s)\s+([^,.;“”\"()]{2,80}?)\s*(?:,|\.|;|$)")


def role_around(text: str, start: int, end: int) -> str | None:
    """A role given before the name, or in an apposition: 'a new president, Masoud Pezeshkian'
    or 'Mara Quell, the interior minister,'."""
    role = role_before(text, start)
    if role:
        return role
    m = _APPOSITIVE_BEFORE.search(text[max(0, start - 80):start])
    if m and m.group(1).split()[-1].lower() in ROLE_NOUNS:
        return m.group(1)
    m = _APPOSITIVE_AFTER.match(text[end:end + 100])
    if m and any(w.lower() in ROLE_NOUNS for w in m.group(1).split()):
        return m.group(1)
    return None
