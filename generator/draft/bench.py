"""How well `briefing draft` finds quotes and their speakers, measured on labelled articles.

    python -m generator.draft.bench [LABELS ...]

With no argument it measures two sets and reports each on its own: the fictional articles in
`tests/draft_labelled/` (each with its actor registry) and the real news in `tests/draft_real/`
(read with an empty registry, as a new article meets the drafter).

Quote spans count as found only when they match the label exactly. Speakers are judged on the
quotes found. A label names its speaker by key (`speaker: key`), says the text names none
(`speaker: null`), or describes an unnamed source (`unnamed: "a Google spokesman"`):

- a named label is right when the drafter's speaker is that key, or an actor (in the registry, or
  proposed by the drafter) whose name equals the labelled name;
- a null label is right when the drafter leaves the speaker empty;
- an unnamed label is right when the drafter gives the quote a described source (`source:` in the
  draft, 'a Google spokesman') rather than a speaker; an empty speaker there is not invented, but
  not right either;
- a named label of an organization is right, too, when the drafter gives a source that speaks for
  it ('a spokeswoman for the cinema chain, Kino Velmora': a source for `kino-velmora`).

An invented speaker is one the drafter sets where the label has none or an unnamed source, or a
named speaker other than the labelled one: the error a reviewer is most likely to let through.

The proposed actors are measured too, with the registry empty, as a new article meets the
drafter. Where a set labels an article's `actors:` (every entity it is about or quotes, with its
aliases), each proposal is matched to the labelled actor whose name or an alias equals the
proposal's name or one of its aliases, read without case, punctuation, extra spaces or a leading
"the". A proposal is a duplicate when another proposal already matched its actor, a non-entity
when it matches none: an analyst deletes both, so their share of the proposals is the measure.
Kinds are judged on the matched proposals. Every set is measured on its people quoted (the
`speakers` of kind person): the share of them proposed. Failures are given by class (dateline,
byline, place, acronym or short form beside the full name, junk phrase, kind wrong, …).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..article import states
from ..article.names import Proposed
from ..content import yaml_source
from ..content.load import parse_file
from ..content.model import Actor, ActorRegistry
from .analysis import analyse

DEFAULT_LABELS = Path("tests/draft_labelled/labels.yaml")
REAL_LABELS = Path("tests/draft_real/labels.yaml")
SETS = (("fictional", DEFAULT_LABELS), ("real", REAL_LABELS))

# failure classes, in the order they are reported
MISSED = "missed quote"
EXTRA = "not a labelled quote"
WRONG = "wrong speaker"  # a named label, another speaker drafted
INVENTED = "speaker where the label has none"  # a null or unnamed label, a speaker drafted
NO_SPEAKER = "no speaker drafted"  # a named label, the speaker left empty
UNNAMED = "unnamed source not marked"  # an unnamed label, the speaker left empty
CLASSES = (MISSED, EXTRA, WRONG, INVENTED, NO_SPEAKER, UNNAMED)

# classes of the proposed actors' failures, in the order they are reported
SHORT_FORM = "acronym or short form beside the full name"  # a duplicate, or a form not labelled
RESPELLED = "the same actor proposed again"  # a duplicate under another spelling
DATELINE = "dateline"
BYLINE = "byline"
PLACE = "place"
JUNK = "junk phrase"
NOT_LABELLED = "not a labelled actor"
KIND_WRONG = "kind wrong"
ROLE_WRONG = "role not the labelled office"
UNPROPOSED_SPEAKER = "person quoted, not proposed"
UNPROPOSED = "labelled actor not proposed"
DUPLICATES = (SHORT_FORM, RESPELLED)
NON_ENTITIES = (DATELINE, BYLINE, PLACE, JUNK, NOT_LABELLED)
ACTOR_CLASSES = (*DUPLICATES, *NON_ENTITIES, KIND_WRONG, ROLE_WRONG, UNPROPOSED_SPEAKER, UNPROPOSED)


@dataclass
class ActorScore:
    """The proposed actors against the labels. `proposed`, `duplicates`, `non_entities` and
    `kinds_*` count only the articles that label their `actors:`."""

    proposed: int = 0
    duplicates: int = 0
    non_entities: int = 0
    kinds_judged: int = 0
    kinds_right: int = 0
    labelled: int = 0  # labelled actors
    labelled_found: int = 0  # of them, matched by a proposal
    people_quoted: int = 0
    people_quoted_proposed: int = 0
    by_class: dict[str, list[str]] = field(default_factory=dict)

    @property
    def labelled_sets(self) -> bool:
        return self.labelled > 0

    @property
    def wrong_share(self) -> float:
        """Duplicates and non-entities, over the proposals."""
        return (self.duplicates + self.non_entities) / self.proposed if self.proposed else 0.0

    @property
    def people_quoted_share(self) -> float:
        return self.people_quoted_proposed / self.people_quoted if self.people_quoted else 1.0

    def fail(self, kind: str, message: str) -> None:
        self.by_class.setdefault(kind, []).append(message)


@dataclass
class Score:
    labelled: int = 0
    predicted: int = 0
    found: int = 0  # exact span matches
    speaker_right: int = 0
    invented: int = 0  # over the quotes found
    failures: list[str] = field(default_factory=list)
    by_class: dict[str, list[str]] = field(default_factory=dict)
    actors: ActorScore = field(default_factory=ActorScore)

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.found if self.found else 1.0

    @property
    def invented_share(self) -> float:
        return self.invented / self.found if self.found else 0.0

    def fail(self, kind: str, message: str) -> None:
        self.failures.append(message)
        self.by_class.setdefault(kind, []).append(message)


@dataclass(frozen=True)
class Verdict:
    right: bool
    invented: bool
    failure: str | None  # its class, when not right


def judge(label: Mapping[str, Any], drafted: str | None, names: Mapping[str, str],
          speakers: Mapping[str, Any], source: str | None = None,
          organization: str | None = None) -> Verdict:
    """The drafter's speaker for one found quote against its label. `names` maps the drafter's
    actor ids to their names; `speakers` is the article's labelled speakers (key -> name, kind);
    `source` is the drafter's described source, if it gave one, and `organization` whom it speaks
    for."""
    if "unnamed" in label:
        # no drafted speaker can be the anonymous source: any name given is made up
        if drafted is None and source:
            return Verdict(True, False, None)
        return Verdict(False, drafted is not None, INVENTED if drafted else UNNAMED)
    key = label.get("speaker")
    if key is None:
        given = drafted is not None or bool(source)
        return Verdict(not given, given, INVENTED if given else None)
    labelled_name = (speakers.get(key) or {}).get("name")
    if drafted is None and source and organization is not None and (organization == key or (
            labelled_name is not None and organization in names
            and _same_name(names[organization], str(labelled_name)))):
        return Verdict(True, False, None)
    if drafted is None:
        return Verdict(False, False, NO_SPEAKER)
    if drafted == key or (labelled_name is not None and drafted in names
                          and _same_name(names[drafted], str(labelled_name))):
        return Verdict(True, False, None)
    return Verdict(False, True, WRONG)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.replace("’", "'").split()).casefold() == \
        " ".join(b.replace("’", "'").split()).casefold()


def normalised(name: str) -> str:
    """A name as the actors' labels are matched: no case, punctuation (a hyphen or a dash is a
    space), extra white space or leading 'the'."""
    folded = re.sub(r"[-‐‑–—/]", " ", name.replace("’", "'").casefold())
    folded = " ".join(re.sub(r"[^\w\s]", "", folded).split())
    return folded.removeprefix("the ")


def _forms(name: str, aliases: list[str]) -> set[str]:
    return {f for f in map(normalised, [name, *aliases]) if f}


def _initials(name: str) -> str:
    return "".join(w[0] for w in normalised(name).split() if w not in ("of", "for", "and", "the"))


def _short_form(form: str, labelled: list[set[str]]) -> bool:
    """'IMF' (initials) or 'Fund' (words of it) for a labelled actor's name or alias."""
    for forms in labelled:
        for full in forms:
            if form != full and (form.replace(" ", "") == _initials(full) or (
                    set(form.split()) < set(full.split()))):
                return True
    return False


_PLACE_WORDS = re.compile(r"\b(?:in|at|from|near|to|outside|across|into|of)\s+(?:the\s+)?$", re.IGNORECASE)
# words that may stand in a name in lower case; any other lower-case word makes a phrase
_NAME_LINKS = {"of", "for", "the", "and", "on", "de", "da", "del", "di", "du", "van", "von", "der",
               "den", "al", "el", "bin", "ibn", "la", "le", "y", "in", "at", "to", "dos", "das"}


def _non_entity_class(p: Proposed, text: str, dateline: str | None, byline: str | None,
                      labelled: list[set[str]]) -> str:
    form = normalised(p.name)
    opening = re.match(r"\s*([A-Z][A-Za-z .'’-]{1,40}?)\s*(?:,|:|\(|—|–| - )", text)
    if (dateline and form in (normalised(dateline), *map(normalised, re.split(r",\s*", dateline)))) \
            or (opening and form == normalised(opening.group(1)) and text.count(opening.group(1)) == 1):
        return DATELINE
    if byline and form and form in normalised(byline):
        return BYLINE
    if p.name in states.NAMES or p.kind == "state":
        return PLACE  # a state the labels leave out is one the article names only as a place
    spots = [m.start() for m in re.finditer(re.escape(p.name), text)]
    if spots and all(_PLACE_WORDS.search(text, max(0, s - 12), s) for s in spots):
        return PLACE
    if _short_form(form, labelled):
        return SHORT_FORM
    words = p.name.replace("’", "'").split()
    if len(words) > 6 or any(w[:1].islower() and w.lower() not in _NAME_LINKS for w in words):
        return JUNK
    return NOT_LABELLED


def office(proposed: str, labelled: str | None) -> bool:
    """Whether a proposed role is the labelled office: its words, with at most a few of the
    article's words around them ('Iranian president' for 'president'), not a phrase that runs on
    ('Prime Minister of Ireland visited the White House Monday')."""
    if labelled is None:
        return False
    ours, theirs = normalised(proposed), normalised(labelled)
    return f" {theirs} " in f" {ours} " and len(ours.split()) <= len(theirs.split()) + 3


def judge_actors(score: ActorScore, name: str, text: str, proposals: list[Proposed],
                 entry: Mapping[str, Any]) -> None:
    """One article's proposed actors against its labels (see the module's docstring)."""
    speakers = entry.get("speakers") or {}
    labels: Mapping[str, Any] = entry.get("actors") or {}
    # a speaker's forms: the labelled actor's where the article labels its actors
    def forms_of(key: str, label: Mapping[str, Any]) -> set[str]:
        full = labels.get(key) or label
        return _forms(str(full.get("name", "")), [str(a) for a in full.get("aliases") or []])

    proposal_forms = [_forms(p.name, p.aliases) for p in proposals]
    for key, label in speakers.items():
        if (label or {}).get("kind") != "person":
            continue
        score.people_quoted += 1
        forms = forms_of(key, label)
        if any(forms & own for own in proposal_forms):
            score.people_quoted_proposed += 1
        else:
            score.fail(UNPROPOSED_SPEAKER, f"{name}: {label.get('name')} ({key})")
    if not labels:
        return
    labelled = {key: forms_of(key, label) for key, label in labels.items()}
    owner: dict[str, str] = {}
    for key, forms in labelled.items():
        for form in forms:
            owner.setdefault(form, key)
    score.proposed += len(proposals)
    score.labelled += len(labels)
    matched: dict[str, Proposed] = {}
    for p, own in zip(proposals, proposal_forms, strict=True):
        key = next((owner[f] for f in [normalised(p.name), *sorted(own)] if f in owner), None)
        if key is None:
            score.non_entities += 1
            why = _non_entity_class(p, text, entry.get("dateline"), entry.get("byline"),
                                    list(labelled.values()))
            if why == SHORT_FORM:
                score.fail(SHORT_FORM, f"{name}: {p.name!r} ({p.kind}), no labelled form of any actor")
            else:
                score.fail(why, f"{name}: {p.name!r} ({p.kind})")
            continue
        label = labels[key]
        if key in matched:
            score.duplicates += 1
            first = matched[key]
            shorter = len(normalised(p.name)) < len(normalised(first.name)) or \
                normalised(p.name).replace(" ", "") == _initials(first.name)
            score.fail(SHORT_FORM if shorter else RESPELLED,
                       f"{name}: {p.name!r} beside {first.name!r}, both {label.get('name')!r}")
            continue
        matched[key] = p
        score.kinds_judged += 1
        if p.kind == label.get("kind"):
            score.kinds_right += 1
        else:
            score.fail(KIND_WRONG, f"{name}: {p.name!r} proposed as {p.kind}, labelled "
                                   f"{label.get('kind')}")
        role = label.get("role")
        if p.role and not office(p.role, str(role) if role else None):
            score.fail(ROLE_WRONG, f"{name}: {p.name!r} role {p.role!r}, labelled {role!r}")
    score.labelled_found += len(matched)
    for key, label in labels.items():
        if key not in matched:
            score.fail(UNPROPOSED, f"{name}: {label.get('name')!r} ({label.get('kind')})")


def _registry(path: Path) -> list[Actor]:
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    actors: list[Actor] = []
    for file in files:
        registry, _, problems = parse_file(file, file, ActorRegistry)
        if registry is None:
            raise SystemExit("\n".join(str(p) for p in problems))
        actors += registry.actors
    return actors


def evaluate(labels: Path) -> Score:
    data = yaml_source.parse(labels.read_bytes()).data
    score = Score()
    for entry in data["articles"]:
        article = labels.parent / entry["article"]
        text = article.read_text(encoding="utf-8")
        # an article without a registry is met as a new one is: the drafter knows no actor
        registry = _registry(labels.parent / entry["registry"]) if entry.get("registry") else []
        analysis = analyse(text, registry, date.fromisoformat(str(entry["published"])))
        names = {a.id: a.name for a in registry} | {p.id: p.name for p in analysis.proposed}
        speakers = entry.get("speakers") or {}
        if not registry:
            judge_actors(score.actors, article.name, text, analysis.proposed, entry)
        predicted = {q.quote.span: q for q in analysis.quotes}
        gold = {(int(q["span"][0]), int(q["span"][1])): q for q in entry["quotes"]}
        score.labelled += len(gold)
        score.predicted += len(predicted)
        for span, label in gold.items():
            if text[span[0]:span[1]] != label["text"]:
                raise SystemExit(f"{labels}: {entry['article']}: span {list(span)} does not hold "
                                 f"{label['text']!r}")
            q = predicted.get(span)
            if q is None:
                score.fail(MISSED, f"{article.name}: missed quote {list(span)} "
                                   f"“{_short(label['text'])}”")
                continue
            score.found += 1
            drafted = q.attribution.speaker
            verdict = judge(label, drafted, names, speakers, q.attribution.source,
                            q.attribution.organization)
            score.speaker_right += verdict.right
            score.invented += verdict.invented
            if verdict.failure is not None:
                expected = (f"unnamed ({label['unnamed']})" if "unnamed" in label
                            else label.get("speaker") or "(none)")
                given = drafted or (f"source '{q.attribution.source}'" if q.attribution.source
                                    else "(none)")
                score.fail(verdict.failure,
                           f"{article.name}: “{_short(label['text'])}” speaker "
                           f"{given}, labelled {expected} — {q.attribution.how}")
        for span in predicted:
            if span not in gold:
                score.fail(EXTRA, f"{article.name}: not a labelled quote {list(span)} "
                                  f"“{_short(text[span[0]:span[1]])}”")
    return score


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def report(name: str, labels: Path, s: Score) -> str:
    lines = [f"== {name}: {labels}"]
    for kind in CLASSES:
        failures = s.by_class.get(kind, [])
        if failures:
            lines.append(f"-- {kind} ({len(failures)})")
            lines += [f"  {failure}" for failure in failures]
    lines.append(
        f"draft.bench [{name}]: {s.labelled} labelled quotes, {s.predicted} found by the rules; "
        f"quote spans precision {s.precision:.3f}, recall {s.recall:.3f}; speaker accuracy "
        f"{s.speaker_accuracy:.3f} ({s.speaker_right}/{s.found}); invented speakers "
        f"{s.invented_share:.3f} ({s.invented}/{s.found} quotes found); {len(s.failures)} failures")
    a = s.actors
    if not (a.people_quoted or a.labelled_sets):
        return "\n".join(lines)  # a set read with its registry: nothing proposed is measured
    for kind in ACTOR_CLASSES:
        failures = a.by_class.get(kind, [])
        if failures:
            lines.append(f"-- actors: {kind} ({len(failures)})")
            lines += [f"  {failure}" for failure in failures]
    line = (f"draft.bench actors [{name}]: people quoted proposed {a.people_quoted_share:.3f} "
            f"({a.people_quoted_proposed}/{a.people_quoted})")
    if a.labelled_sets:
        line += (f"; {a.proposed} proposed, duplicates and non-entities {a.wrong_share:.3f} "
                 f"({a.duplicates} duplicates, {a.non_entities} non-entities); kinds right "
                 f"{a.kinds_right}/{a.kinds_judged}; labelled actors proposed "
                 f"{a.labelled_found}/{a.labelled}")
    lines.append(line)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    sets = [(Path(a).parent.name, Path(a)) for a in args] if args else list(SETS)
    for labels in (path for _, path in sets):
        if not labels.is_file():
            print(f"draft.bench: no labels at {labels}", file=sys.stderr)
            return 2
    print("\n\n".join(report(name, labels, evaluate(labels)) for name, labels in sets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
