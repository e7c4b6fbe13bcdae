"""The files that hold the whole archive (data/corpus.json, data/sanctions.csv) are made of each
briefing's part, kept in the cache by the briefing's digest: after an edit they hold the bytes a
build from nothing gives, the edited briefing's part alone is serialized again, and a part kept
for other inputs (another briefing, other settings, a file not signed with the user's key) is not
used."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pydantic
import pytest

from bench import synth
from bench.run import edit_summary
from generator import pipeline, signing
from generator.pages import export, parts
from generator.progress import Progress
from generator.settings import SiteSettings

N = 12
FILES = ("data/corpus.json", "data/sanctions.csv")


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _generate(root: Path, settings: SiteSettings | None = None) -> pipeline.Generated:
    result = pipeline.generate(root, root / "docs", root / "site_templates", "Briefing", False,
                               Progress(interactive=False),
                               settings or SiteSettings(site_name="Briefing"))
    assert result.ok, [str(p) for p in result.problems]
    return result


def _docs(root: Path) -> dict[str, bytes]:
    docs = root / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file()}


def _cold(root: Path, where: Path, settings: SiteSettings | None = None) -> dict[str, bytes]:
    """docs/ of the same content generated from nothing: no docs/, no cache."""
    shutil.copytree(root, where, ignore=shutil.ignore_patterns("docs", pipeline.CACHE_DIR))
    _generate(where, settings)
    return _docs(where)


def _summaries(root: Path) -> list[Path]:
    return sorted((root / "content/briefings").glob("*.yaml"))


def _with_sanctions(root: Path) -> Path:
    return next(p for p in _summaries(root) if "\nsanctions:\n" in p.read_text(encoding="utf-8"))


def _kept(root: Path, folder: str) -> dict[str, bytes]:
    path = root / pipeline.CACHE_DIR / folder
    return {p.name: p.read_bytes() for p in path.iterdir()} if path.is_dir() else {}


def _serialized(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many briefings pydantic serializes for the export, counted as the run goes: an
    export serialized whole counts each of its briefings."""
    count = [0]
    real = pydantic.BaseModel.model_dump_json

    def counting(self: pydantic.BaseModel, *args: Any, **kwargs: Any) -> str:
        if isinstance(self, export.CorpusExport):
            count[0] += len(self.briefings)
        elif isinstance(self, export.ExportedBriefing):
            count[0] += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pydantic.BaseModel, "model_dump_json", counting)
    return count


def test_an_edit_serializes_its_briefing_alone_and_gives_a_cold_builds_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root = tmp_path / "project"
    synth.make(N, 1, root)
    _generate(root)
    before = {folder: _kept(root, folder) for folder in (parts.CORPUS_PARTS, parts.SANCTION_PARTS)}
    assert len(before[parts.CORPUS_PARTS]) == N
    edited = _with_sanctions(root)
    edit_summary(edited, "Edited.")
    with monkeypatch.context() as patch:
        serialized = _serialized(patch)
        report = _generate(root).report
    assert report is not None and set(FILES) <= set(report.rendered)
    # before, the export was serialized whole: every briefing of the archive after any edit
    assert serialized[0] == 1
    for folder, kept in before.items():
        after = _kept(root, folder)
        assert len(after) == len(kept)
        assert len(set(after) - set(kept)) == 1, folder  # the edited briefing's part, anew
    docs, cold = _docs(root), _cold(root, tmp_path / "cold")
    assert {f: docs[f] for f in FILES} == {f: cold[f] for f in FILES}
    assert docs == cold


def test_parts_kept_for_other_inputs_are_not_used(tmp_path: Path):
    root = tmp_path / "project"
    synth.make(N, 1, root)
    _generate(root)
    # other settings: every source page shows excerpts, which every briefing's entry says
    excerpts = SiteSettings(site_name="Briefing", source_text="excerpts")
    _generate(root, excerpts)
    assert _docs(root) == _cold(root, tmp_path / "cold", excerpts)
    assert b'"source_text": "excerpts"' in _docs(root)["data/corpus.json"]
    # a part under another briefing's name, and a part whose bytes were changed after signing
    for folder in (parts.CORPUS_PARTS, parts.SANCTION_PARTS):
        path = root / pipeline.CACHE_DIR / folder
        first, second = sorted(path.iterdir())[:2]
        second.write_bytes(first.read_bytes())
        data = first.read_bytes()
        first.write_bytes(data.replace(b"a", b"b") if folder == parts.CORPUS_PARTS
                          else data[:-2] + b' "forged row\\n"]')
    edit_summary(_summaries(root)[-1], "Edited.")  # any edit renders both files again
    edit_summary(_with_sanctions(root), "Edited.")
    _generate(root, excerpts)
    assert _docs(root) == _cold(root, tmp_path / "cold2", excerpts)


def test_a_part_signed_by_other_code_is_not_used(tmp_path: Path):
    root = tmp_path / "project"
    synth.make(N, 1, root)
    _generate(root)
    folder = root / pipeline.CACHE_DIR / parts.CORPUS_PARTS
    names = sorted(p.name for p in folder.iterdir())
    other = signing.SignedFolder(folder, b"other code\n")
    for name in names:
        other.put(name, b'{"forged": true}')
    other.save()
    edit_summary(_summaries(root)[0], "Edited.")
    _generate(root)
    assert b"forged" not in (root / "docs/data/corpus.json").read_bytes()
    assert _docs(root) == _cold(root, tmp_path / "cold")
