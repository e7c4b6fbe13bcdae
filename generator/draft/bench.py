"""How well `briefing draft` finds quotes and their speakers, measured on labelled articles.

    python -m generator.draft.bench [LABELS]   (default: tests/draft_labelled/labels.yaml)

Quote spans count as found only when they match the label exactly. Speaker accuracy is over the
quotes found: the speaker must equal the label, and an empty speaker is right only where the label
says the text names none.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..content import yaml_source
from ..content.load import parse_file
from ..content.model import Actor, ActorRegistry
from . import analyse

DEFAULT_LABELS = Path("tests/draft_labelled/labels.yaml")


@dataclass
class Score:
    labelled: int = 0
    predicted: int = 0
    found: int = 0  # exact span matches
    speaker_right: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.found if self.found else 1.0


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
        analysis = analyse(text, _registry(labels.parent / entry["registry"]),
                           date.fromisoformat(str(entry["published"])))
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
                score.failures.append(f"{article.name}: missed quote {list(span)} "
                                      f"“{_short(label['text'])}”")
                continue
            score.found += 1
            # a spokeswoman for an organization the labels give as the organization itself: the
            # draft gives her as a described source speaking for it
            ours = q.attribution.speaker or q.attribution.organization
            if ours == label["speaker"]:
                score.speaker_right += 1
            else:
                score.failures.append(
                    f"{article.name}: “{_short(label['text'])}” speaker "
                    f"{ours or '(none)'}, labelled {label['speaker'] or '(none)'}"
                    f" — {q.attribution.how}")
        for span in predicted:
            if span not in gold:
                score.failures.append(f"{article.name}: not a labelled quote {list(span)} "
                                      f"“{_short(text[span[0]:span[1]])}”")
    return score


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    labels = Path(args[0]) if args else DEFAULT_LABELS
    if not labels.is_file():
        print(f"draft.bench: no labels at {labels}", file=sys.stderr)
        return 2
    s = evaluate(labels)
    for failure in s.failures:
        print(f"  {failure}")
    print(f"draft.bench: {s.labelled} labelled quotes, {s.predicted} found by the rules; "
          f"quote spans precision {s.precision:.3f}, recall {s.recall:.3f}; speaker accuracy "
          f"{s.speaker_accuracy:.3f} ({s.speaker_right}/{s.found}); {len(s.failures)} failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
