"""The replica corpus maker: N copies of a real briefing that `briefing check --strict` passes, each
with its own seed and date, each actor in about as many briefings as the group size."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bench import replicate

from .conftest import run


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def replica(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("replica") / "p"
    return root, replicate.make(25, root, per_actor=10)


def test_replica_passes_strict_check(replica):
    root, stats = replica
    result = run(root, "check", "--strict")
    assert result.exit_code == 0, result.output
    assert stats == {"briefings": 25, "actors": 27 * 3, "quotes": 25 * 13, "events": 25 * 12,
                     "groups": 3}
    assert f"check: 25 briefings, {27 * 3} actors, {25 * 13} quotes verified" in result.output


def test_every_seed_differs_and_its_summary_holds_its_hash(replica):
    root, _ = replica
    summaries = [_load(p) for p in sorted((root / "content/briefings").glob("*.yaml"))]
    assert len({b["id"] for b in summaries}) == 25
    digests = set()
    for b in summaries:
        raw = (root / "seeds" / b["source"]["seed"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == b["source"]["sha256"]
        digests.add(b["source"]["sha256"])
    assert len(digests) == 25
    years = {b["source"]["published"].year for b in summaries}
    assert len(years) >= 4  # spread over four years, not 25 copies of one day


def test_each_actor_is_named_in_its_group_of_briefings_only(replica):
    root, _ = replica
    named = Counter(entry["actor"] for p in (root / "content/briefings").glob("*.yaml")
                    for entry in _load(p)["actors"])
    # 25 actors listed per briefing; groups of 10, 10 and 5 briefings
    assert sorted(Counter(named.values()).items()) == [(5, 25), (10, 50)]
    registry = [a for p in (root / "content/actors").glob("*.yaml") for a in _load(p)["actors"]]
    assert set(named) <= {a["id"] for a in registry}
    names = [n.casefold() for a in registry for n in [a["name"], *a.get("aliases", [])]]
    assert len(names) == len(set(names))  # no name or alias given to two actors


def test_later_groups_rename_the_article_and_summary_alike(replica):
    root, _ = replica
    first = sorted((root / "seeds").glob("*.txt"))
    text0, text20 = first[0].read_text(encoding="utf-8"), first[20].read_text(encoding="utf-8")
    assert "Antony Blinken" in text0 and "Antony Blinken" not in text20
    b20 = _load(sorted((root / "content/briefings").glob("*.yaml"))[20])
    speaker = next(a for a in b20["actors"] if a["actor"] == b20["quotes"][0]["speaker"])
    assert speaker["mentions"][0] in text20
    for quote in b20["quotes"]:  # renamed in the summary as in the article, word for word
        assert all(part.strip() in text20 for part in quote["text"].split("…")), quote["id"]


def test_every_file_says_replica(replica):
    root, _ = replica
    files = [*root.glob("content/**/*.yaml"), *root.glob("seeds/*.txt"), root / "mkdocs.yml"]
    assert len(files) == 25 + 25 + 3 + 1
    for path in files:
        assert "REPLICA" in path.read_text(encoding="utf-8").splitlines()[0], path


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_same_files_every_run(tmp_path: Path):
    replicate.make(22, tmp_path / "a", per_actor=10)
    replicate.make(22, tmp_path / "b", per_actor=10)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_refuses_a_folder_that_holds_files(tmp_path: Path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit, match="not empty"):
        replicate.make(3, tmp_path)
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"
