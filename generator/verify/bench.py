"""How often `check` refuses quotes that say what the article said, and which cuts it refuses,
measured on labelled real articles.

    python -m generator.verify.bench [LABELS ...]

For each labelled quotation (default: the labels of `tests/draft_real/`, `tests/draft_real_other/`
and `tests/draft_outlets/`) it asks the matcher for:

- the whole quotation, and each of its sentences: faithful, so every refusal is a false alarm
  (unless the quotation goes on to rebut the sentence, which a reader of the list judges);
- cuts made by a fixed random seed, from a word's start to a word's end within the quotation,
  and cuts with an ellipsis over some words: some change what the quotation says. Their
  refusals are listed, by rule, for a reader to judge.

The figures are the same on every run: the cuts come from a seeded generator.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ..article.text import ABBREVIATION
from . import matching

LABELS = tuple(Path("tests") / name / "labels.yaml"
               for name in ("draft_real", "draft_real_other", "draft_outlets", "draft_held",
                            "draft_held2"))
CUTS_PER_QUOTE = 3
_WORD = re.compile(r"[^\W_](?:[\w'’.,-]*[^\W_])?")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def _quotes(labels: Path) -> list[tuple[str, str, tuple[int, int]]]:
    """(article name, article text, span of the quotation's words) for every labelled quote."""
    data: Any = yaml.safe_load(labels.read_text(encoding="utf-8"))
    out: list[tuple[str, str, tuple[int, int]]] = []
    for entry in data["articles"]:
        text = (labels.parent / entry["article"]).read_text(encoding="utf-8")
        out.extend((entry["article"], text, (q["span"][0], q["span"][1])) for q in entry["quotes"])
    return out


def _sentences(words: str) -> list[str]:
    """The sentences of a quotation; the period of an abbreviation ('U.S.') ends none."""
    out, begin = [], 0
    for m in _SENTENCE_END.finditer(words):
        if not ABBREVIATION.search(words, max(0, m.start() - 12), m.start()):
            out.append(words[begin:m.start()].strip())
            begin = m.end()
    out.append(words[begin:].strip())
    return [s for s in out if s]


def _reason(found: matching.Match | matching.Miss) -> str | None:
    if isinstance(found, matching.Match):
        return None
    return found.reason + (f": {found.differences[0]}" if found.differences else "")


def measure(labels: Path, out: list[str]) -> dict[str, int]:
    rng = random.Random(20261207)
    counts: Counter[str] = Counter()
    cache: dict[str, matching.Normalized] = {}
    for name, text, (start, end) in _quotes(labels):
        article = cache.get(name) or cache.setdefault(name, matching.normalize(text))
        words = text[start:end]
        faithful = [words] + [s for s in _sentences(words) if s != words and len(s.split()) > 2]
        for quote in faithful:
            counts["faithful"] += 1
            why = _reason(matching.find(article, quote))
            if why is not None:
                counts["false alarms"] += 1
                out.append(f"FALSE ALARM {name}: '{quote}': {why}")
        spans = [m.span() for m in _WORD.finditer(words)]
        if len(spans) < 4:
            continue
        for _ in range(CUTS_PER_QUOTE):
            i = rng.randrange(len(spans) - 1)
            j = rng.randrange(i + 1, len(spans))
            quote = words[spans[i][0]:spans[j][1]]
            if j - i > 3 and rng.random() < 0.5:
                k = rng.randrange(i + 1, j - 1)
                quote = f"{words[spans[i][0]:spans[k][0]].rstrip()} … {words[spans[k + 1][0]:spans[j][1]]}"
            counts["cuts"] += 1
            why = _reason(matching.find(article, quote))
            if why is not None:
                counts["cuts refused"] += 1
                out.append(f"refused {name}: '{quote}': {why}")
    return dict(counts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.verify.bench",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", nargs="*", type=Path,
                        help="labels.yaml files to measure (default: the development sets)")
    given = parser.parse_args(argv).labels
    missing = [p for p in given if not p.is_file()]
    if missing:
        parser.error(f"no labels file {missing[0]}: give the path of a labels.yaml")
    sets = given or [p for p in LABELS if p.exists()]
    for labels in sets:
        lines: list[str] = []
        counts = measure(labels, lines)
        print("\n".join(lines))
        print(f"{labels}: {counts.get('faithful', 0)} faithful quotes, "
              f"{counts.get('false alarms', 0)} refused (false alarms); "
              f"{counts.get('cuts', 0)} random cuts, {counts.get('cuts refused', 0)} refused")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
