"""How well `briefing draft` reads sanction candidates, measured on sentences labelled by hand.

    python -m generator.draft.bench_sanctions LABELS

LABELS (tests/data/draft_sanctions.yaml) lists, for each article, every sentence that speaks of
sanctions, whether it says who imposes a measure on whom, and if so the imposers, targets and
measure an analyst would enter from that sentence. Each article is read with an empty registry.
A candidate counts for the labelled sentence it was drafted from; a candidate from a sentence
labelled as no imposition is a false one. Imposers and targets are scored as (sentence, actor id)
pairs; a measure is right when it is the labelled words, whatever their case.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..content import yaml_source
from .analysis import analyse


@dataclass
class Field:
    labelled: int = 0
    drafted: int = 0
    right: int = 0

    def line(self, name: str) -> str:
        precision = self.right / self.drafted if self.drafted else 1.0
        recall = self.right / self.labelled if self.labelled else 1.0
        return (f"{name}: precision {precision:.3f} ({self.right}/{self.drafted}), "
                f"recall {recall:.3f} ({self.right}/{self.labelled})")


def measure(labels_path: Path) -> dict[str, Field]:
    data: dict[str, Any] = yaml_source.parse(labels_path.read_bytes()).data
    root = labels_path.resolve().parents[2]  # tests/data/x.yaml: the project's folder
    scores = {name: Field() for name in ("candidates", "imposers", "targets", "measure")}
    for entry in data["articles"]:
        text = (root / entry["article"]).read_text(encoding="utf-8")
        analysis = analyse(text, [], date.fromisoformat(str(entry["published"])))
        labels = entry["sentences"]
        for label in labels:
            if label["imposes"]:
                scores["candidates"].labelled += 1
                scores["imposers"].labelled += len(label["imposers"])
                scores["targets"].labelled += len(label["targets"])
                scores["measure"].labelled += 1
        for c in analysis.sanctions:
            scores["candidates"].drafted += 1
            drafted_measure = getattr(c, "measure", c.sentence)
            scores["imposers"].drafted += len(c.first)
            scores["targets"].drafted += len(c.second)
            scores["measure"].drafted += bool(drafted_measure)
            label = next((x for x in labels if x["sentence"] in c.sentence), None)
            if label is None or not label["imposes"]:
                continue
            scores["candidates"].right += 1
            scores["imposers"].right += len(set(c.first) & set(label["imposers"]))
            scores["targets"].right += len(set(c.second) & set(label["targets"]))
            scores["measure"].right += drafted_measure.lower() == label["measure"].lower()
    return scores


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    for name, score in measure(Path(argv[0])).items():
        print(f"draft.bench_sanctions {score.line(name)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
