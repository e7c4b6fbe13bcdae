"""How often `check --strict` names the right speaker of a quote, measured on labelled real
articles and on the project's own content.

    python -m generator.verify.speaker_bench [LABELS ...]

For each label set (default: `tests/draft_real/labels.yaml` and, where present,
`tests/draft_real_other/labels.yaml`) it writes a real project in a temporary folder: each
article as a seed, an actor registry of the labels' speakers (their names and kinds only: no
role, no alias), and a reviewed summary of each article quoting every labelled quotation with its
labelled speaker (`speaker:`, or a described source for an `unnamed:` label whose description is
the article's own words). Then `check --strict` runs on it, as a user runs it, and on swapped
copies of each summary, where a quote's speaker is each other person or organization the labels
give that article, in turn. It counts, per quote:

- false alarms: the labelled (true) speaker contradicted;
- confirmed: the labelled speaker confirmed by the article's words;
- swaps caught: a swapped speaker contradicted (an error under `--strict`);
- warned of: a true or swapped speaker the article's words do not settle, a warning that
  publishes; what is neither caught nor warned of, a swap would publish unsaid.

The shipped project (`content/`, `seeds/`) and the fixture projects under `tests/fixtures/` are
measured the same way, their summaries as written (every speaker problem is a false alarm) and
swapped to each other person or organization of the same summary's `actors`, without the
editor's `speaker_checked`, which vouches for the true speaker alone.

Where a label set lists every actor of an article (`actors:`), those who never speak are in the
registry too, as a newsroom's would hold them: the check may read them as rivals; swaps stay
among the labelled speakers.

Each failure is printed with its class (`FALSE ALARM`, `missed`, `unconfirmed`), the quote and
the speaker given, so the figures can be read back to the quotes behind them.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .. import pipeline
from ..problems import counted
from ..progress import Progress
from . import attribution, matching

LABELS = (Path("tests/draft_real/labels.yaml"), Path("tests/draft_real_other/labels.yaml"))
# each project with the registry it is checked with: the real-article fixture uses the shipped one
PROJECTS = ((Path("."), None), (Path("tests/fixtures/project"), None),
            (Path("tests/fixtures/real"), Path("tests/fixtures/project/content/actors")))
SWAPPABLE = ("person", "organization")


@dataclass
class Case:
    """One quote of one summary: the speaker it truly has and the speakers to swap in."""

    briefing: str
    index: int
    text: str
    truth: str  # an actor id, or 'a described source: …'
    quote: str  # the quote's id
    swaps: list[str] = field(default_factory=list)


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        c = self.counts
        return (f"{name}: {c['quotes']} quotes: {c['false alarms']} false alarms "
                f"({_pct(c['false alarms'], c['quotes'])}), {c['confirmed']} confirmed "
                f"({_pct(c['confirmed'], c['quotes'])}); {c['swaps']} swaps, {c['caught']} caught "
                f"({_pct(c['caught'], c['swaps'])}); warned of, without an error: "
                f"{counted(c['true warned'], 'true speaker')} "
                f"({_pct(c['true warned'], c['quotes'])}), {counted(c['swaps warned'], 'swap')} "
                f"({_pct(c['swaps warned'], c['swaps'])})")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def _speaker_field(fld: str, index: int) -> bool:
    prefix = f"quotes[{index}]."
    return fld.startswith(prefix) and fld[len(prefix):].split(".")[0] in ("speaker", "source")


# --- label sets ----------------------------------------------------------------------------------

def _label_project(labels: Path, root: Path) -> list[tuple[dict[str, Any], list[Case]]]:
    """Write the project of a label set under root; return each summary with its cases."""
    data: Any = yaml.safe_load(labels.read_text(encoding="utf-8"))
    (root / "seeds").mkdir(parents=True)
    (root / "content" / "briefings").mkdir(parents=True)
    registry: dict[str, dict[str, str]] = {}
    out = []
    for n, entry in enumerate(data["articles"]):
        text = (labels.parent / entry["article"]).read_text(encoding="utf-8")
        # the same key in two articles is one actor only when the labels give it one name
        ids: dict[str, str] = {}
        for key, who in (entry.get("speakers") or {}).items():
            actor = {"id": key, "name": who["name"], "kind": who["kind"]}
            if key in registry and registry[key] != actor:
                actor["id"] = f"{key}-{n}"
            registry[actor["id"]] = actor
            ids[key] = actor["id"]
        # the other actors a set labels (people who never speak, bodies, states): in the registry
        # too, as a newsroom's would hold them, where the check may read them as rivals
        for key, who in (entry.get("actors") or {}).items():
            if key in ids:
                continue
            actor = {"id": key, "name": who["name"], "kind": who["kind"]}
            if key in registry and registry[key] != actor:
                actor["id"] = f"{key}-{n}"
            registry[actor["id"]] = actor
        kinds = {ids[k]: w["kind"] for k, w in (entry.get("speakers") or {}).items()}
        others = [i for i, k in kinds.items() if k in SWAPPABLE]
        bid = Path(entry["article"]).stem
        quotes: list[dict[str, Any]] = []
        cases: list[Case] = []
        folded = " ".join(text.replace("’", "'").casefold().split())
        for q in entry["quotes"]:
            if q.get("speaker"):
                given: dict[str, Any] = {"speaker": ids[q["speaker"]]}
                truth = ids[q["speaker"]]
            elif q.get("unnamed") and " ".join(q["unnamed"].replace("’", "'").casefold().split()
                                               ) in folded:
                source: dict[str, Any] = {"description": q["unnamed"]}
                if q.get("organization"):
                    source["organization"] = ids[q["organization"]]
                given = {"source": source}
                truth = f"a described source: {q['unnamed']}"
            else:
                continue  # nobody's words, or a description that is not the article's own
            index = len(quotes)
            quotes.append({"id": f"q{index + 1}", **given, "text": q["text"]})
            cases.append(Case(bid, index, q["text"], truth, f"q{index + 1}",
                              [o for o in others if o != truth]))
        seed = f"{bid}.txt"
        (root / "seeds" / seed).write_text(text, encoding="utf-8")
        summary = {
            "id": bid, "title": bid, "status": "reviewed",
            "source": {"outlet": entry.get("outlet") or "Unknown", "published":
                       str(entry["published"]), "seed": seed,
                       "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()},
            "bottom_line": "A summary.", "key_points": ["A point."],
            "actors": [{"actor": a} for a in ids.values()],
            "quotes": quotes,
        }
        out.append((summary, cases))
    (root / "content" / "actors").mkdir()
    (root / "content" / "actors" / "actors.yaml").write_text(
        yaml.safe_dump({"actors": list(registry.values())}, sort_keys=False, allow_unicode=True),
        encoding="utf-8")
    return out


# --- existing projects ---------------------------------------------------------------------------

def _copied_project(source: Path, actors: Path | None, root: Path
                    ) -> list[tuple[dict[str, Any], list[Case]]]:
    """Copy a project's content and seeds under root, with more actor files if given; return
    each summary with its cases."""
    shutil.copytree(source / "content", root / "content")
    shutil.copytree(source / "seeds", root / "seeds")
    for path in sorted(actors.glob("*.yaml")) if actors else ():
        shutil.copy(path, root / "content" / "actors" / f"shared-{path.name}")
    kinds: dict[str, str] = {}
    for path in sorted((root / "content" / "actors").glob("*.yaml")):
        for actor in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("actors", []):
            kinds[actor["id"]] = actor["kind"]
    out = []
    for path in sorted((root / "content" / "briefings").glob("*.yaml")):
        summary = yaml.safe_load(path.read_text(encoding="utf-8"))
        listed = [e["actor"] for e in summary.get("actors", [])
                  if kinds.get(e["actor"]) in SWAPPABLE]
        cases = []
        for i, q in enumerate(summary.get("quotes", [])):
            truth = q.get("speaker") or f"a described source: {q.get('source', {}).get('description')}"
            cases.append(Case(summary["id"], i, q["text"], truth, q["id"],
                              [a for a in listed if a != q.get("speaker")]))
        out.append((summary, cases))
    return out


# --- measuring -----------------------------------------------------------------------------------

def _write(root: Path, summary: dict[str, Any]) -> None:
    (root / "content" / "briefings" / f"{summary['id']}.yaml").write_text(
        yaml.safe_dump(summary, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _variants(summary: dict[str, Any], cases: list[Case]
              ) -> list[tuple[dict[str, Any], dict[int, str]]]:
    """The summary as it is, then copies with the k-th swap of every quote that has one: the
    speaker check reads each quote alone, so a copy tries many swaps at once."""
    out: list[tuple[dict[str, Any], dict[int, str]]] = [(summary, {})]
    for k in range(max((len(c.swaps) for c in cases), default=0)):
        copy = yaml.safe_load(yaml.safe_dump(summary, allow_unicode=True))
        copy["id"] = f"{summary['id']}-swap-{k + 1}"
        swapped: dict[int, str] = {}
        for c in cases:
            if k < len(c.swaps):
                quote = copy["quotes"][c.index]
                quote.pop("source", None)
                quote.pop("speaker_checked", None)  # an editor checked the true speaker only
                quote["speaker"] = c.swaps[k]
                swapped[c.index] = c.swaps[k]
        out.append((copy, swapped))
    return out


def measure(summaries: list[tuple[dict[str, Any], list[Case]]], root: Path) -> Tally:
    """Run `check --strict` on the project at root holding every summary and its swapped copies."""
    for path in (root / "content" / "briefings").glob("*.yaml"):
        path.unlink()
    plan = []
    for summary, cases in summaries:
        for variant, swapped in _variants(summary, cases):
            _write(root, variant)
            plan.append((variant["id"], cases, swapped))
    result = pipeline.check(root, True, Progress(interactive=False))
    by_briefing: dict[str, list[Any]] = {}
    for p in result.problems:
        by_briefing.setdefault(Path(p.path).stem, []).append(p)
    # every summary's verdicts, also of the summaries check refused, to tell why a swap passed
    verdicts: dict[str, dict[str, attribution.Verdict]] = {}
    if result.verified is not None and result.content is not None:
        for located in result.content.briefings:
            b = located.value
            text = (root / "seeds" / b.source.seed).read_text(encoding="utf-8")
            article = matching.normalize(text)
            spans = {}
            for q in b.quotes:
                found = matching.find(article, q.text, unmarked=q.unmarked)
                if isinstance(found, matching.Match):
                    spans[q.id] = found.spans
            verdicts[b.id] = attribution.verdicts(text, spans, b, result.verified.actors)
    tally = Tally()
    c = tally.counts
    for bid, cases, swapped in plan:
        problems = by_briefing.get(bid, [])
        for case in cases:
            said = [p for p in problems if _speaker_field(p.field, case.index)]
            contradicted = [p for p in said if p.severity == "error"]
            # a speaker the article's words do not settle: a warning that still publishes
            warned = not contradicted and any(p.severity == "warning" for p in said)
            if not swapped:
                c["quotes"] += 1
                c["true warned"] += warned
                verdict = verdicts.get(bid, {}).get(case.quote)
                if contradicted:
                    c["false alarms"] += 1
                    tally.failures.append(f"FALSE ALARM {bid} quotes[{case.index}] "
                                          f"“{case.text}” ({case.truth}): {contradicted[0].message}")
                elif verdict is not None and verdict.verdict == attribution.CONFIRMED:
                    c["confirmed"] += 1
                else:
                    why = verdict.why if verdict is not None else "no verdict"
                    tally.failures.append(f"unconfirmed {bid} quotes[{case.index}] "
                                          f"“{case.text}” ({case.truth}): {why}")
            elif case.index in swapped:
                c["swaps"] += 1
                c["swaps warned"] += warned
                if contradicted:
                    c["caught"] += 1
                else:
                    verdict = verdicts.get(bid, {}).get(case.quote)
                    why = (verdict.why or verdict.verdict) if verdict is not None else "no verdict"
                    tally.failures.append(f"missed {bid} quotes[{case.index}] “{case.text}” "
                                          f"({case.truth}) given to {swapped[case.index]}: {why}")
    return tally


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.verify.speaker_bench",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", nargs="*", type=Path,
                        help="labels.yaml files to measure (default: the development sets, "
                             "then the shipped and fixture projects)")
    argv = [str(p) for p in parser.parse_args(argv).labels]
    missing = [a for a in argv if not Path(a).is_file()]
    if missing:
        parser.error(f"no labels file {missing[0]}: give the path of a labels.yaml")
    sets = [Path(a) for a in argv] or [p for p in LABELS if p.exists()]
    lines = []
    for labels in sets:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            tally = measure(_label_project(labels, root), root)
        print("\n".join(sorted(tally.failures)))
        lines.append(tally.line(str(labels)))
    if not argv:
        for source, actors in PROJECTS:
            if not (source / "content" / "briefings").is_dir():
                continue
            with tempfile.TemporaryDirectory() as tmp:
                root = Path(tmp)
                tally = measure(_copied_project(source, actors, root), root)
            print("\n".join(sorted(tally.failures)))
            lines.append(tally.line(f"project {source}"))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
