"""The verification cache: a run after editing one summary re-verifies that one briefing only, and
anything a result depends on (summary, seed, --strict) invalidates it; what it depends on in the
actor registry is tested in test_verify_registry_cache.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench import synth
from generator import pipeline
from generator.progress import Progress

from .conftest import run


def _check(root: Path, strict: bool = False) -> pipeline.Generated:
    return pipeline.check(root, strict, Progress(interactive=False))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "p"
    synth.make(12, 5, root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_editing_one_summary_reverifies_exactly_that_one(corpus: Path):
    first = _check(corpus)
    assert first.ok and (first.verified.checked, first.verified.cached) == (12, 0)
    again = _check(corpus)
    assert (again.verified.checked, again.verified.cached) == (0, 12)
    summary = sorted((corpus / "content/briefings").glob("*.yaml"))[3]
    _edit(summary, "bottom_line: 'SYNTHETIC:", "bottom_line: 'SYNTHETIC (edited):")
    edited = _check(corpus)
    assert edited.ok
    assert (edited.verified.checked, edited.verified.cached) == (1, 11)
    changed = [v for v in edited.verified.briefings if v.path.name == summary.name]
    assert changed[0].briefing.bottom_line.startswith("SYNTHETIC (edited):")


def test_cached_run_gives_the_same_spans_and_problems(corpus: Path):
    seed = sorted((corpus / "seeds").glob("*.txt"))[0]
    seed.write_bytes(seed.read_bytes() + b"One more line.\n")  # stale hash: an error to remember
    first, second = _check(corpus), _check(corpus)
    assert second.verified.cached == 12
    assert second.problems == first.problems
    assert [p for p in first.problems if p.field == "source.sha256"]
    assert {v.briefing.id: v.spans for v in second.verified.briefings} == \
        {v.briefing.id: v.spans for v in first.verified.briefings}


def test_a_cached_run_reads_no_speaker_again_and_gives_the_same_verdicts(corpus: Path, monkeypatch):
    """Reading who said each quote is the costly half of checking a briefing: the verdicts the
    pages show (with the article's words) are kept with the rest, so an edit to one summary reads
    the speakers of that briefing alone."""
    from generator.verify import attribution

    first = _check(corpus)
    fresh = {v.briefing.id: v.speakers for v in first.verified.briefings}
    assert any(fresh.values()) and all(
        verdict.words for speakers in fresh.values() for verdict in speakers.values()
        if verdict.verdict == attribution.CONFIRMED)
    read: list[str] = []
    real = attribution.verdicts

    def counted(text, spans, b, actors):
        read.append(b.id)
        return real(text, spans, b, actors)

    monkeypatch.setattr(attribution, "verdicts", counted)
    again = _check(corpus)
    assert read == [] and again.verified.cached == 12
    assert {v.briefing.id: v.speakers for v in again.verified.briefings} == fresh
    summary = sorted((corpus / "content/briefings").glob("*.yaml"))[3]
    _edit(summary, "bottom_line: 'SYNTHETIC:", "bottom_line: 'SYNTHETIC (edited):")
    edited = _check(corpus)
    assert edited.ok and len(read) == 1
    assert {v.briefing.id: v.speakers for v in edited.verified.briefings} == fresh


def test_a_changed_seed_is_reverified_and_its_quote_fails(corpus: Path):
    assert _check(corpus).ok
    seed = sorted((corpus / "seeds").glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    quoted = text.split("“", 1)[1].split("”", 1)[0]
    seed.write_text(text.replace(quoted, quoted.replace(" ", "  X ", 1)), encoding="utf-8")
    result = _check(corpus)
    assert (result.verified.checked, result.verified.cached) == (1, 11)
    assert not result.ok
    assert any("is not in" in p.message and p.path.endswith(".yaml") for p in result.problems)


def test_strict_reverifies_everything(corpus: Path):
    _check(corpus)
    assert _check(corpus, strict=True).verified.checked == 12
    assert _check(corpus, strict=True).verified.cached == 12


def test_an_unknown_actor_is_still_reported_from_the_cache(corpus: Path):
    summary = sorted((corpus / "content/briefings").glob("*.yaml"))[0]
    text = summary.read_text(encoding="utf-8")
    speaker = text.split("speaker: ", 1)[1].split("\n", 1)[0]
    summary.write_text(text.replace(f"speaker: {speaker}", f"speaker: {speaker}x", 1),
                       encoding="utf-8")
    for _ in range(2):
        result = run(corpus, "check")
        assert result.exit_code == 1
        assert f"unknown actor '{speaker}x'" in result.output


def test_an_unchanged_registry_lets_a_run_read_no_reference_or_name_again(corpus: Path,
                                                                           monkeypatch):
    """Reading the article's words for the cache key and checking every reference cost a
    millisecond or two per briefing on every run: with no actor file changed, a briefing whose
    summary and seed are as they were is taken from the cache's shortcut, and a removed or renamed
    actor still reaches every briefing that names it."""
    from generator.verify import attribution, cached

    assert _check(corpus).ok
    read: list[str] = []
    real_digest, real_refs = attribution.Reads.digest, cached.reference_problems

    def digest(self, text, b):
        read.append(b.id)
        return real_digest(self, text, b)

    def refs(located, actors, content):
        read.append(located.value.id)
        return real_refs(located, actors, content)

    monkeypatch.setattr(attribution.Reads, "digest", digest)
    monkeypatch.setattr(cached, "reference_problems", refs)
    again = _check(corpus)
    assert again.ok and again.verified.cached == 12 and read == []
    summary = sorted((corpus / "content/briefings").glob("*.yaml"))[3]
    _edit(summary, "bottom_line: 'SYNTHETIC:", "bottom_line: 'SYNTHETIC (edited):")
    edited = _check(corpus)
    assert edited.ok and (edited.verified.checked, edited.verified.cached) == (1, 11)
    assert len(read) == 2  # that briefing's key and references alone
    # an actor file changed: every briefing's references and key are found anew
    actor_file = sorted((corpus / "content/actors").glob("*.yaml"))[0]
    text = actor_file.read_text(encoding="utf-8")
    first_id = text.split("id: ", 1)[1].split("\n", 1)[0].strip()
    actor_file.write_text(text.replace(f"id: {first_id}", f"id: {first_id}-gone", 1),
                          encoding="utf-8")
    read.clear()
    changed = _check(corpus)
    assert len(read) == 24
    named = [p for p in changed.problems if f"unknown actor '{first_id}'" in p.message]
    assert named and not changed.ok


def test_a_broken_cache_file_is_an_empty_cache(corpus: Path):
    _check(corpus)
    (corpus / pipeline.CACHE_DIR / "verify.json").write_text("{not json", encoding="utf-8")
    result = _check(corpus)
    assert result.ok and result.verified.checked == 12
    shutil.rmtree(corpus / pipeline.CACHE_DIR)
    assert _check(corpus).verified.checked == 12


def test_an_edit_writes_the_entries_it_read_as_read_and_no_forged_one(corpus: Path):
    first = _check(corpus)
    cache_file = corpus / pipeline.CACHE_DIR / "verify.json"
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    summary = sorted((corpus / "content/briefings").glob("*.yaml"))[3]
    # an entry of another summary than the one edited: the keys follow the code's bytes, so the
    # first in their order may be the edited one's
    edited_quotes = next(set(v.spans) for v in first.verified.briefings
                         if v.path.name == summary.name)
    forged_key, forged = next((k, v) for k, v in sorted(data["entries"].items())
                              if set(v["spans"]) != edited_quotes)
    true_spans = forged["spans"]
    forged["spans"] = {q: [[0, 1]] for q in true_spans}  # its signature kept, its spans not
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    kept = {k: v for k, v in data["entries"].items() if k != forged_key}
    _edit(summary, "bottom_line: 'SYNTHETIC:", "bottom_line: 'SYNTHETIC (edited):")
    edited = _check(corpus)
    assert edited.ok
    assert any("failed authentication" in p.message for p in edited.problems)
    saved = json.loads(cache_file.read_text(encoding="utf-8"))["entries"]
    # the entries that authenticated and were used again are written back as they were read,
    # signature and all; the forged one is not among them: it was verified afresh and signed anew
    assert all(saved[k] == v for k, v in kept.items() if k in saved)
    assert len(kept.keys() & saved.keys()) == len(saved) - 2  # the forged one, the edited one
    assert saved[forged_key]["spans"] == true_spans
    again = _check(corpus)
    assert not any("failed authentication" in p.message for p in again.problems)
    assert (again.verified.checked, again.verified.cached) == (0, 12)
    assert {v.briefing.id: v.spans for v in again.verified.briefings} == \
        {v.briefing.id: v.spans for v in edited.verified.briefings} == \
        {v.briefing.id: v.spans for v in first.verified.briefings}
