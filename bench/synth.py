"""A synthetic project for measuring scale: N articles with their summaries, deterministic from a
seed number.

    python -m bench.synth --n 1000 --seed 1 --out /tmp/synth-1000

Every file it writes says SYNTHETIC: the names, places and events are made up from syllables and a
small vocabulary, and are not news. Quotes are sentences that stand in their article between
quotation marks, so `briefing check` verifies them like real ones; actors, tags, sanctions and
questions recur across briefings the way a real archive's do (a few actors and tags are in many
briefings, most in few), and some briefings answer questions that earlier ones raised.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from generator.verify import meaning

REPO = Path(__file__).resolve().parent.parent
MARK = "SYNTHETIC"
START = date(2021, 1, 4)
PER_DAY = 10  # briefings a day: an archive that grows by dozens of articles a week-day

SYLLABLES = ["ka", "ri", "lo", "ven", "tar", "mi", "so", "del", "an", "bor", "ce", "du", "el", "fa",
             "gor", "ha", "is", "jo", "ku", "lan", "mar", "nel", "or", "pra", "qui", "ros", "sel",
             "tu", "ul", "vor", "wen", "za", "yel", "bri", "ston", "mek", "tha", "gal", "der", "po"]
_VOCABULARY = (
    "the a of and to in on for with from by about after before over under against between amid "
    "government ministry officials talks agreement sanctions trade energy pipeline border troops "
    "ceasefire negotiations election parliament budget inflation exports imports grain shipment "
    "missiles drones aircraft navy port harbour bank currency reserves loans debt investors market "
    "protest court ruling law reform coalition opposition minister president envoy delegation summit "
    "alliance security defence attack strike convoy refugees aid corridor reconstruction contract "
    "tariffs quota licence satellite cable network outage supply chain factory workers union wages "
    "drought harvest flood emergency relief hospital vaccine research university students policy "
    "statement warning deadline proposal draft treaty ratification veto committee inquiry report "
    "evidence dispute claim denial analysts diplomats sources week month year morning evening "
    "quickly slowly sharply firmly publicly privately again still already soon later earlier "
    "new old large small major minor key final first second third several many few most "
    "said says told announced denied confirmed warned urged rejected accepted signed agreed "
    "expected planned delayed resumed suspended blocked approved raised cut extended ended began"
)
WORDS = _VOCABULARY.split()
VERBS = ["announces", "rejects", "signs", "delays", "expands", "suspends", "resumes", "approves",
         "disputes", "extends", "tightens", "eases"]
OBJECTS = ["grain corridor deal", "energy tariffs", "border checks", "port access", "bank licences",
           "drone exports", "satellite contract", "debt talks", "aid convoys", "pipeline permits",
           "election timetable", "customs union plan", "fishing quotas", "rail link", "cable repairs"]
TOPICS = ["Sanctions", "Energy", "Trade", "Elections", "Security", "Diplomacy", "Aid", "Debt",
          "Shipping", "Technology", "Health", "Agriculture", "Courts", "Migration", "Climate",
          "Labour", "Defence", "Cyber", "Transport", "Finance"]
ORG_KINDS = ["Foreign Ministry", "Defence Ministry", "Central Bank", "State Railways",
             "Energy Agency", "National Airline", "Trade Council", "Border Service", "Grain Board",
             "Port Authority"]
ROLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "government "
         "spokesperson", "ambassador", "central bank governor", "opposition leader", "trade envoy",
         "energy minister"]
SETTINGS = ["statement", "news-conference", "to-reporters", "interview", "speech", "remarks"]
SAID = {"statement": "said in a statement", "news-conference": "told a news conference",
        "to-reporters": "told reporters", "interview": "said in an interview",
        "speech": "said in a speech", "remarks": "said"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATION_KINDS = ["supplies", "sanctions", "accuses", "trains", "supports", "warns", "meets",
                  "attacks"]
OUTLETS = ["Synthetic Wire", "The Synthetic Courier", "Synthetic Daily", "Synthetic Gazette"]


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    role: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    surname: str | None = None

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "kind": self.kind}
        if self.role:
            out["role"] = self.role
        if self.country:
            out["country"] = self.country
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out


def slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in out.split("-") if part)


class _Dumper(yaml.SafeDumper):
    """The loader refuses YAML anchors, so no value may be written as one."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: Any, header: str) -> str:
    return header + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


class Synth:
    def __init__(self, n: int, seed: int):
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed)
        self.used_words: set[str] = set()
        self.used_names: set[str] = set()
        self.header = (f"# {MARK}: made by `python -m bench.synth --n {n} --seed {seed}` to measure "
                       "scale; not real news.\n")

    # --- names ------------------------------------------------------------------------------

    def word(self, lo: int = 2, hi: int = 3) -> str:
        while True:
            w = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(lo, hi)))
            w = w.capitalize()
            if w not in self.used_words:
                self.used_words.add(w)
                return w

    def name(self, text: str) -> bool:
        """Claim a name or alias for one actor: each may point to one actor only."""
        key = text.casefold()
        if key in self.used_names:
            return False
        self.used_names.add(key)
        return True

    def actors(self) -> list[Actor]:
        total = max(60, round(self.n * 0.3))
        n_states = max(8, total // 25)
        n_orgs = max(10, total // 6)
        out: list[Actor] = []
        states = []
        for _ in range(n_states):
            name = self.word(2, 3) + "ia"
            capital = self.word(2, 3)
            self.name(name)
            aliases = [capital] if self.name(capital) else []
            state = Actor(slug(name), name, "state", aliases=aliases)
            states.append(state)
            out.append(state)
        for i in range(n_orgs):
            state = states[i % n_states]
            kind = ORG_KINDS[(i // n_states) % len(ORG_KINDS)]
            name = f"{state.name} {kind}" if i < n_states * len(ORG_KINDS) else \
                f"{self.word()} {kind}"
            self.name(name)
            out.append(Actor(slug(name), name, "organization", country=state.id))
        while len(out) < total:
            first = "".join(self.rng.choice(SYLLABLES) for _ in range(2)).capitalize()
            last = self.word(2, 3)  # unique: a surname is an alias, and names one actor only
            full = f"{first} {last}"
            state = self.rng.choice(states)
            role = self.rng.choice(ROLES)
            self.name(full)
            aliases = [a for a in (last, f"{role.capitalize()} {full}") if self.name(a)]
            out.append(Actor(slug(full), full, "person", role=f"{role.capitalize()} of {state.name}",
                             country=state.id, aliases=aliases, surname=last))
        return out

    # --- text -------------------------------------------------------------------------------

    def sentence(self, lo: int = 8, hi: int = 18) -> str:
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(lo, hi))]
        return " ".join(words).capitalize() + "."

    def paragraph(self, names: list[str]) -> str:
        parts = [self.sentence() for _ in range(self.rng.randint(2, 5))]
        if names:
            at = self.rng.randrange(len(parts))
            parts[at] = parts[at][:-1] + f", according to {self.rng.choice(names)}."
        return " ".join(parts)


def _zipf(rng: random.Random, cum: list[float], items: list, k: int) -> list:
    """k distinct items, the first ones in the list far more often than the last."""
    chosen: dict[int, None] = {}
    k = min(k, len(items))
    while len(chosen) < k:
        chosen.setdefault(bisect.bisect(cum, rng.random() * cum[-1]), None)
    return [items[i] for i in chosen]


def _cum(n: int) -> list[float]:
    total, out = 0.0, []
    for i in range(n):
        total += 1.0 / (i + 1) ** 0.9
        out.append(total)
    return out


def make(n: int, seed: int, out: Path) -> dict[str, int]:
    """Write a complete project of n briefings into out (which must be empty or absent)."""
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"synth: {out} is not empty; give a new folder")
    s = Synth(n, seed)
    rng = s.rng
    out.mkdir(parents=True, exist_ok=True)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (out / "mkdocs.yml").write_text(s.header + config, encoding="utf-8")
    shutil.copytree(REPO / "site_templates", out / "site_templates")
    (out / "SYNTHETIC.txt").write_text(
        f"{MARK} project made by `python -m bench.synth --n {n} --seed {seed}`.\n"
        "Every article, summary and actor in it is made up; none of it is news.\n", encoding="utf-8")

    actors = s.actors()
    actors_dir = out / "content" / "actors"
    actors_dir.mkdir(parents=True)
    for kind, file in (("state", "states"), ("organization", "organizations"), ("person", "people")):
        records = [a.record() for a in actors if a.kind == kind]
        (actors_dir / f"{file}.yaml").write_text(dump({"actors": records}, s.header),
                                                 encoding="utf-8")
    states = [a for a in actors if a.kind == "state"]
    orgs = [a for a in actors if a.kind == "organization"]
    people = [a for a in actors if a.kind == "person"]
    rng.shuffle(people)  # which people are prominent is drawn, not the order they were made in
    people_cum, orgs_cum, states_cum = _cum(len(people)), _cum(len(orgs)), _cum(len(states))
    tags = [st.name for st in states] + TOPICS + [s.word(2, 3) for _ in range(max(20, n // 50))]
    tags_cum = _cum(len(tags))

    briefings_dir = out / "content" / "briefings"
    seeds_dir = out / "seeds"
    briefings_dir.mkdir(parents=True)
    seeds_dir.mkdir()
    open_questions: list[tuple[str, str, str]] = []  # (briefing id, question id, subject)
    stats = {"briefings": n, "actors": len(actors), "quotes": 0, "sanctions": 0, "claims": 0,
             "events": 0, "questions": 0, "answers": 0}
    span = max(1, n // PER_DAY)
    for i in range(n):
        day = START + timedelta(days=i * span // n)
        home, other = _zipf(rng, states_cum, states, 2)
        cast = _zipf(rng, people_cum, people, rng.randint(2, 5))
        org = _zipf(rng, orgs_cum, orgs, 1)[0]
        verb, obj = rng.choice(VERBS), rng.choice(OBJECTS)
        title = f"{home.name} {verb} {obj} with {other.name}"
        bid = f"{day.isoformat()}-{slug(home.name)}-{slug(verb)}-{i:05d}"
        names = [p.name for p in cast] + [home.name, other.name, org.name]

        lines = [f"{MARK} ARTICLE (bench.synth seed {seed}, no. {i}); not real news.", ""]
        lead = cast[0]
        lines.append(f"{home.name.upper()} — {lead.name}, {lead.role}, said on {WEEKDAYS[day.weekday()]}"
                     f" that {home.name} {verb} the {obj} with {other.name}. {s.sentence()}")
        quotes: list[dict[str, Any]] = []
        for j, speaker in enumerate(cast):
            setting = rng.choice(SETTINGS)
            said = s.sentence(10, 22)[:-1]  # the quotation ends where news style puts its comma
            lines.append(f"“{said},” {speaker.name} {SAID[setting]}. {s.sentence()}")
            q: dict[str, Any] = {"id": f"q{j + 1}-{slug(speaker.surname or '')}",
                                 "speaker": speaker.id, "text": said, "setting": setting,
                                 "date": day.isoformat()}
            words = said.split()
            # an omission, marked as the house style asks; never of a negation, which check refuses
            if len(words) > 8 and rng.random() < 0.3 and not any(
                    meaning.is_negation(w) for w in words[3:-3]):
                q["text"] = " ".join(words[:3]) + " … " + " ".join(words[-3:])
            quotes.append(q)
            if rng.random() < 0.3:
                lines.append(s.paragraph(names))
        lines.append(f"The {org.name} said the {obj} would be reviewed. {s.sentence()}")
        for _ in range(rng.randint(3, 7)):
            lines.append(s.paragraph(names))
        text = "\n".join(lines) + "\n"
        raw = text.encode("utf-8")
        seed_name = f"{i:05d}_{hashlib.sha256(f'{seed}/{i}'.encode()).hexdigest()[:16]}.txt"
        (seeds_dir / seed_name).write_bytes(raw)

        b: dict[str, Any] = {
            "id": bid, "title": title, "status": "reviewed",
            "source": {"outlet": rng.choice(OUTLETS), "published": day.isoformat(),
                       "dateline": home.name.upper(), "authors": ["Synthetic Desk"],
                       "seed": seed_name, "sha256": hashlib.sha256(raw).hexdigest()},
            "bottom_line": f"{MARK}: {lead.name} says {home.name} {verb} the *{obj}* with "
                           f"{other.name}. {s.sentence()}",
            "key_points": [f"{s.sentence()}" for _ in range(rng.randint(2, 4))]
                          + [f"The **{org.name}** will review the {obj}."],
            "tags": sorted({t for t in _zipf(rng, tags_cum, tags, rng.randint(3, 6))}),
            "actors": [{"actor": p.id, "role": p.role, "mentions": [p.name, p.surname]}
                       for p in cast]
                      + [{"actor": home.id, "mentions": [home.name]},
                         {"actor": other.id, "mentions": [other.name]},
                         {"actor": org.id, "mentions": [org.name]}],
            "quotes": quotes,
        }
        if rng.random() < 0.35:
            b["sanctions"] = [{"id": f"sanction-{slug(obj)}", "imposers": [home.id],
                               "targets": [other.id] + ([org.id] if rng.random() < 0.3 else []),
                               "measure": f"Restrictions on the {obj}. {s.sentence(6, 10)}",
                               "reason": s.sentence(6, 12), "date": day.isoformat()}]
        claims = [{"id": f"claim-{k + 1}", "claim": s.sentence(8, 14), "asserted_by": [quotes[k]["speaker"]],
                   "quotes": [quotes[k]["id"]]}
                  for k in range(min(len(quotes), rng.randint(1, 2)))]
        if len(cast) > 1 and rng.random() < 0.5:
            claims[0]["denied_by"] = [cast[-1].id]
        b["claims"] = claims
        b["events"] = [{"id": f"event-{k + 1}", "date": _event_date(rng, day),
                        "what": s.sentence(8, 14), "actors": [home.id, other.id][: k % 2 + 1]}
                       for k in range(rng.randint(2, 4))]
        if rng.random() < 0.5:
            qid = f"will-{slug(verb)}-{slug(obj)}"
            b["questions"] = [{"id": qid, "question": f"Will {other.name} answer the {obj} move?",
                               "why_it_matters": s.sentence(8, 14),
                               "watch": [s.sentence(5, 9) for _ in range(rng.randint(1, 2))]}]
        answers = []
        if open_questions and rng.random() < 0.2:
            target, qid, subject = open_questions.pop(rng.randrange(len(open_questions)))
            answers.append({"question": f"{target}/{qid}", "answer": f"On {subject}: {s.sentence(6, 12)}"})
            b["answers"] = answers
        if "questions" in b:
            open_questions.append((bid, b["questions"][0]["id"], obj))
        b["relations"] = [{"source": home.id, "kind": rng.choice(RELATION_KINDS), "target": other.id,
                           "what": f"The {obj}"}]
        if rng.random() < 0.5:
            b["relations"].append({"source": lead.id, "kind": "meets", "target": cast[-1].id})
        (briefings_dir / f"{bid}.yaml").write_text(dump(b, s.header), encoding="utf-8")
        stats["quotes"] += len(quotes)
        stats["sanctions"] += len(b.get("sanctions", []))
        stats["claims"] += len(claims)
        stats["events"] += len(b["events"])
        stats["questions"] += len(b.get("questions", []))
        stats["answers"] += len(answers)
    return stats


def _event_date(rng: random.Random, day: date) -> str:
    back = day - timedelta(days=rng.randint(0, 400))
    form = rng.random()
    if form < 0.6:
        return back.isoformat()
    if form < 0.8:
        return back.isoformat()[:7]
    if form < 0.9:
        return f"{back.year}-Q{(back.month - 1) // 3 + 1}"
    return f"{rng.choice(['early', 'mid', 'late'])} {back.year}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of briefings")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same files)")
    parser.add_argument("--out", type=Path, required=True, help="new folder for the project")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    stats = make(args.n, args.seed, args.out)
    print("synth: " + ", ".join(f"{v} {k}" for k, v in stats.items()) + f" → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
