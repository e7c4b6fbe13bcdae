"""A replica project for measuring scale: one real briefing and its article, copied N times.

    python -m bench.replicate --n 1000 --out /tmp/replica-1000

Where bench.synth makes up short articles from a small vocabulary, this copies the fixture
project's real article (7.5 kB, 13 quotes, 25 actors named, sanctions, claims, events, questions,
relations) and its summary, so that every page is as dense as a real one. Copy n gets its own id,
its own seed file (the article's bytes with a first line `REPLICA n …`, so that every seed hashes
differently; the summary's sha256 follows), and a date spread over four years. The actors change
every PER_ACTOR copies: from the second group on, every name in the article and the summary (the
actors' names and aliases, the places that name a state) is replaced by a made-up word, the same in
the article and the summary so that quotes and speakers still verify, and the registry gains a new
actor for each; so each actor is named in about PER_ACTOR briefings, as in an archive. Every file it
writes says REPLICA: it is a copy for benchmarking, not news as published.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from .synth import REPO, SYLLABLES, dump, slug

MARK = "REPLICA"
FIXTURE = REPO / "tests" / "fixtures" / "project"
SEED = "000_71c8a87dcccb59d2.txt"
SUMMARY = "2024-09-10-iran-missiles-to-russia.yaml"
PER_ACTOR = 20  # briefings that name the same actors: each actor is in about this many
SPAN_WEEKS = 4 * 52  # copies spread over four years, in whole weeks so 'Tuesday' stays a Tuesday

# The words of the article and summary that name an actor, or make one of its names or aliases
# unique ('the Defense Department', 'the Islamic republic', 'U.S.' in 'the top U.S. diplomat').
# Each is replaced as a substring, so 'Iran' takes 'Iranian' and 'Iran’s' with it; longer first.
NAME_WORDS = (
    "Antony", "Blinken", "John", "Kirby", "Joe", "Biden", "Lloyd", "Austin", "Dmitry", "Peskov",
    "Masoud", "Pezeshkian", "Denys", "Shmyhal", "Volodymyr", "Zelensky", "David", "Lammy",
    "United States", "United Kingdom", "U.S.", "Iran", "Russia", "Ukraine", "Britain", "France",
    "Germany", "China", "Israel", "Lebanon", "Yemen", "Tehran", "Moscow", "Kremlin", "Kyiv",
    "Washington", "Islamic", "Treasury", "Pentagon", "White House", "Defense", "Hezbollah",
    "Houthis",
)
_NAME_WORDS = re.compile("|".join(re.escape(w) for w in sorted(NAME_WORDS, key=len, reverse=True)))
# the summary's fields that hold actor ids, by the list or record that holds them
_ID_FIELDS = {"actor", "speaker", "imposers", "targets", "asserted_by", "denied_by", "disputed_by",
              "actors", "source", "target", "country"}
_KEEP = {"id", "seed", "sha256", "status", "setting"}  # never names: copied as they are


class Names:
    """The replacement of every name word for each group of copies: made-up words, each used once,
    the same every run."""

    def __init__(self) -> None:
        self.rng = random.Random(0)
        self.used: set[str] = {w.casefold() for w in NAME_WORDS}
        self.groups: dict[int, dict[str, str]] = {0: {w: w for w in NAME_WORDS}}

    def _word(self) -> str:
        while True:
            w = "".join(self.rng.choice(SYLLABLES) for _ in range(3)).capitalize()
            if w.casefold() not in self.used:
                self.used.add(w.casefold())
                return w

    def group(self, g: int) -> dict[str, str]:
        while len(self.groups) <= g:
            self.groups[len(self.groups)] = {w: self._word() for w in NAME_WORDS}
        return self.groups[g]


def _rename(text: str, words: dict[str, str]) -> str:
    return _NAME_WORDS.sub(lambda m: words[m.group()], text)


def _shift(value: Any, days: int, years: int) -> Any:
    """A date moved by days; a month moved with its first day; a season or year by whole years."""
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=days)
    if isinstance(value, str):
        month = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if month:
            moved = dt.date(int(month[1]), int(month[2]), 1) + dt.timedelta(days=days)
            return f"{moved.year:04d}-{moved.month:02d}"
        return re.sub(r"\b(19|20)\d{2}\b", lambda m: str(int(m.group()) + years), value)
    return value


def _copy(value: Any, key: str | None, words: dict[str, str], ids: dict[str, str], days: int,
          years: int) -> Any:
    """The summary or an actor record with names, actor ids and dates of one copy."""
    if isinstance(value, dict):
        return {k: _copy(v, k, words, ids, days, years) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v, key, words, ids, days, years) for v in value]
    if key in _ID_FIELDS and isinstance(value, str) and value in ids:
        return ids[value]
    if key in _KEEP or not isinstance(value, str | dt.date):
        return value
    if key in ("date", "end", "published"):
        return _shift(value, days, years)
    return _rename(value, words)


def _load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


def make(n: int, out: Path, per_actor: int = PER_ACTOR, span_weeks: int = SPAN_WEEKS
         ) -> dict[str, int]:
    """Write a project of n copies of the fixture's briefing into out (which must be empty or
    absent), dated over span_weeks (0: all on the article's day, so in one year)."""
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"replicate: {out} is not empty; give a new folder")
    header = (f"# {MARK}: made by `python -m bench.replicate --n {n}` for benchmarking; a copy of "
              "a real briefing, names replaced after the first copies; not news as published.\n")
    out.mkdir(parents=True, exist_ok=True)
    (out / "mkdocs.yml").write_text(header + (REPO / "mkdocs.yml").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    shutil.copytree(REPO / "site_templates", out / "site_templates")
    (out / f"{MARK}.txt").write_text(
        f"{MARK} project made by `python -m bench.replicate --n {n}` for benchmarking Briefing.\n"
        f"Every briefing is a copy of one real briefing ({SUMMARY}) and its article; after the "
        f"first {per_actor} copies the names in them are made up. None of it is news as "
        "published.\n", encoding="utf-8")

    article = (FIXTURE / "seeds" / SEED).read_text(encoding="utf-8")
    summary = _load(FIXTURE / "content" / "briefings" / SUMMARY)
    published: dt.date = summary["source"]["published"]
    registry = {path.name: _load(path)["actors"]
                for path in sorted((FIXTURE / "content" / "actors").glob("*.yaml"))}
    names = Names()
    groups = (n + per_actor - 1) // per_actor
    actors_out: dict[str, list[dict[str, Any]]] = {file: [] for file in registry}
    group_ids: list[dict[str, str]] = []
    for g in range(groups):
        words = names.group(g)
        ids: dict[str, str] = {}
        for records in registry.values():
            for record in records:
                ids[record["id"]] = record["id"] if g == 0 else slug(_rename(record["name"], words))
        group_ids.append(ids)
        for file, records in registry.items():
            for record in records:
                copy = _copy(record, None, words, ids, 0, 0)
                copy["id"] = ids[record["id"]]
                actors_out[file].append(copy)
    actors_dir = out / "content" / "actors"
    actors_dir.mkdir(parents=True)
    for file, records in actors_out.items():
        (actors_dir / file).write_text(dump({"actors": records}, header), encoding="utf-8")

    briefings_dir = out / "content" / "briefings"
    seeds_dir = out / "seeds"
    briefings_dir.mkdir(parents=True)
    seeds_dir.mkdir()
    for i in range(n):
        g = i // per_actor
        words, ids = names.group(g), group_ids[g]
        days = 7 * (i * span_weeks // n)
        day = published + dt.timedelta(days=days)
        raw = (f"{MARK} {i}: a copy of a real article, made by bench.replicate for benchmarking\n"
               + _rename(article, words)).encode("utf-8")
        digest = hashlib.sha256(raw).hexdigest()
        seed_name = f"{i:05d}_{digest[:16]}.txt"
        (seeds_dir / seed_name).write_bytes(raw)
        b = _copy(summary, None, words, ids, days, day.year - published.year)
        b["id"] = f"{day.isoformat()}-replica-{i:05d}"
        b["source"]["seed"] = seed_name
        b["source"]["sha256"] = digest
        (briefings_dir / f"{b['id']}.yaml").write_text(dump(b, header), encoding="utf-8")
    per = {name: len(records) for name, records in actors_out.items()}
    return {"briefings": n, "actors": sum(per.values()), "quotes": n * len(summary["quotes"]),
            "events": n * len(summary["events"]), "groups": groups}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.replicate",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of briefings")
    parser.add_argument("--out", type=Path, required=True, help="new folder for the project")
    parser.add_argument("--per-actor", type=int, default=PER_ACTOR,
                        help="briefings that name the same actors (default: %(default)s)")
    parser.add_argument("--span-weeks", type=int, default=SPAN_WEEKS,
                        help="weeks the copies' dates spread over; 0 dates them all on the "
                             "article's day, one year (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.span_weeks < 0:
        parser.error("--span-weeks must be 0 or more")
    if args.n < 1 or args.per_actor < 1:
        parser.error("--n and --per-actor must be at least 1")
    stats = make(args.n, args.out, args.per_actor, args.span_weeks)
    print("replicate: " + ", ".join(f"{v} {k}" for k, v in stats.items()) + f" → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
