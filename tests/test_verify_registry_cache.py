"""The verification cache and the actor registry: a briefing is re-verified when the registry
changes in what its checks read (the actors it refers to, and actors with a name its article or
its own prose holds), and not for any other registry edit; references to actors are checked on
every run."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bench import synth
from generator import pipeline
from generator.progress import Progress

from .conftest import BRIEFING_YAML, copy_project, run


def _check(root: Path) -> pipeline.Generated:
    return pipeline.check(root, False, Progress(interactive=False))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "p"
    synth.make(12, 5, root)
    assert _check(root).verified.checked == 12
    return root


def _people(root: Path) -> Path:
    return root / "content/actors/people.yaml"


def _actors(root: Path) -> list[dict]:
    return yaml.safe_load(_people(root).read_text(encoding="utf-8"))["actors"]


def _reading(root: Path, actor: dict) -> set[str]:
    """Summaries that name the actor's id, or whose article holds every word of one of its
    names (its name, an alias, its surname)."""
    forms = [actor["name"], *actor.get("aliases", []), actor["name"].split()[-1]]
    found = set()
    for path in (root / "content/briefings").glob("*.yaml"):
        summary = path.read_text(encoding="utf-8")
        seed = yaml.safe_load(summary)["source"]["seed"]
        words = set(re.findall(r"\w+", (root / "seeds" / seed).read_text(encoding="utf-8")))
        if (re.search(rf"\b{re.escape(actor['id'])}\b", summary)
                or any(set(form.split()) <= words for form in forms)):
            found.add(path.name)
    return found


def _append_to(root: Path, actor_id: str, line: str) -> None:
    """Add a field to one actor of people.yaml, below its id."""
    path = _people(root)
    text = path.read_text(encoding="utf-8")
    anchor = f"- id: {actor_id}\n"
    assert anchor in text
    path.write_text(text.replace(anchor, anchor + line, 1), encoding="utf-8")


def test_editing_an_actor_no_briefing_reads_reverifies_none(corpus: Path):
    path = _people(corpus)
    path.write_text(path.read_text(encoding="utf-8") + "- id: nobody-anywhere\n"
                    "  name: Nobody Anywhere\n  kind: person\n", encoding="utf-8")
    result = _check(corpus)
    assert result.ok
    assert (result.verified.checked, result.verified.cached) == (0, 12)
    _append_to(corpus, "nobody-anywhere", "  aliases: [Wholly Unmentioned]\n")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "name: Nobody Anywhere\n", "name: Nobody Anywhere Renamed\n", 1), encoding="utf-8")
    result = _check(corpus)
    assert result.ok
    assert (result.verified.checked, result.verified.cached) == (0, 12)


def test_an_alias_of_an_actor_one_article_names_reverifies_that_briefing(corpus: Path):
    once = [a for a in _actors(corpus) if a.get("aliases") and len(_reading(corpus, a)) == 1]
    assert once, "the synthetic corpus has a person named by one briefing alone"
    path = _people(corpus)
    text = path.read_text(encoding="utf-8")
    block = re.search(rf"- id: {re.escape(once[0]['id'])}\n(?:  .*\n)*", text).group(0)
    path.write_text(text.replace(block, block.replace("aliases:\n", "aliases:\n  - Kestrel Quorvan\n")),
                    encoding="utf-8")
    result = _check(corpus)
    assert result.ok
    assert (result.verified.checked, result.verified.cached) == (1, 11)
    # a new actor whose name one article holds might be the speaker attribution finds there
    # (names are compared without case, and roles and mentions in summaries count too)
    counts: Counter[str] = Counter()
    in_seeds: set[str] = set()
    for path in (corpus / "content/briefings").glob("*.yaml"):
        summary = path.read_text(encoding="utf-8")
        seed = (corpus / "seeds" / yaml.safe_load(summary)["source"]["seed"]).read_text("utf-8")
        counts.update(set(re.findall(r"\w+", (summary + seed).casefold())))
        in_seeds.update(re.findall(r"\w+", seed.casefold()))
    word = min(w for w, n in counts.items()
               if n == 1 and w in in_seeds and w.isalpha() and len(w) > 3).title()
    path = _people(corpus)
    path.write_text(path.read_text(encoding="utf-8") + f"- id: new-actor\n  name: {word}\n"
                    "  kind: organization\n", encoding="utf-8")
    assert _check(corpus).verified.checked == 1


def test_a_speaker_removed_from_the_registry_is_reported_every_run(corpus: Path):
    summary = sorted((corpus / "content/briefings").glob("*.yaml"))[0]
    speaker = summary.read_text(encoding="utf-8").split("speaker: ", 1)[1].split("\n", 1)[0]
    path = _people(corpus)
    text = path.read_text(encoding="utf-8")
    block = re.search(rf"- id: {re.escape(speaker)}\n(?:  .*\n)*", text)
    assert block is not None
    path.write_text(text.replace(block.group(0), "", 1), encoding="utf-8")
    for _ in range(2):  # the second run finds its verdict in the cache, and still the reference
        result = run(corpus, "check")
        assert result.exit_code == 1
        assert f"unknown actor '{speaker}'" in result.output


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_state_an_actor_belongs_to_reverifies_the_claims_that_rely_on_it(tmp_path: Path):
    """A ministry's words take the side its state takes in a claim: the registry's `country`
    is read by the claim check, so editing it must not leave a verdict kept from before."""
    root = copy_project(tmp_path / "p")
    _replace(root / BRIEFING_YAML, "denied_by: [iran-foreign-ministry]", "denied_by: [iran]")
    assert run(root, "check", "--strict").exit_code == 0
    _replace(root / "content/actors/organizations.yaml",
             "name: Iranian Foreign Ministry\n    kind: organization\n    country: iran\n",
             "name: Iranian Foreign Ministry\n    kind: organization\n")
    result = run(root, "check", "--strict")
    assert result.exit_code == 1
    assert "quote 'iran-fm-vile-propaganda' is 'iran-foreign-ministry's, who neither" in \
        result.output


def test_an_actor_named_only_in_the_summarys_prose_reverifies_it(tmp_path: Path):
    """Words the summary's prose gives someone by name are held to the article: an actor added
    to the registry under a name that prose alone uses (not the article) changes the verdict."""
    root = copy_project(tmp_path / "p")
    _replace(root / BRIEFING_YAML, "key_points:\n",
             "key_points:\n  - Jane Roe said “Russia has now received shipments of these "
             "missiles.”\n")
    assert run(root, "check", "--strict").exit_code == 0
    people = root / "content/actors/people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "  - id: jane-roe\n"
                      "    name: Jane Roe\n    kind: person\n", encoding="utf-8")
    result = run(root, "check", "--strict")
    assert result.exit_code == 1
    assert "is given here to 'Jane Roe', but the article gives these words to" in result.output


def test_a_registry_name_with_a_states_possessive_is_read_where_written_without(tmp_path: Path):
    """'Oman's Foreign Ministry' in the registry names 'the Oman Foreign Ministry' of an article
    that writes no possessive anywhere: adding it changes whom the article gives words to."""
    root = copy_project(tmp_path / "p")
    seed = root / "seeds/001_ministry.txt"
    seed.write_text("MUSCAT —\n\n“We reject this lie,” the Oman Foreign Ministry said in a "
                    "statement on Monday.\n", encoding="utf-8")
    (root / "content/briefings/ministry.yaml").write_text(
        "id: ministry\ntitle: Oman rejects it\nstatus: reviewed\nsource:\n  outlet: Test\n"
        "  published: 2024-09-10\n  seed: 001_ministry.txt\n"
        f"  sha256: {hashlib.sha256(seed.read_bytes()).hexdigest()}\n"
        "bottom_line: Oman rejects it.\nkey_points: [Oman rejects it.]\n"
        "actors:\n  - actor: iran\nquotes:\n  - id: q1\n    speaker: iran\n"
        "    text: We reject this lie,\n    setting: statement\n", encoding="utf-8")
    assert "to 'Oman Foreign Ministry' (line 3" in run(root, "check").output
    _replace(root / "content/actors/organizations.yaml", "actors:\n",
             "actors:\n  - id: oman-ministry\n    name: Oman's Foreign Ministry\n"
             "    kind: organization\n")
    assert "to 'Oman's Foreign Ministry' (line 3" in run(root, "check").output
