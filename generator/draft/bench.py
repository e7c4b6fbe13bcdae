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
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

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


@dataclass
class Score:
    labelled: int = 0
    predicted: int = 0
    found: int = 0  # exact span matches
    speaker_right: int = 0
    invented: int = 0  # over the quotes found
    failures: list[str] = field(default_factory=list)
    by_class: dict[str, list[str]] = field(default_factory=dict)

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
