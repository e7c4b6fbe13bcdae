"""The synthetic corpus maker: a project that `briefing check` passes, the same bytes every time."""

from __future__ import annotations

from pathlib import Path

from bench import synth

from .conftest import run


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_synthetic_project_passes_strict_check(tmp_path: Path):
    stats = synth.make(60, 7, tmp_path / "p")
    result = run(tmp_path / "p", "check", "--strict")
    assert result.exit_code == 0, result.output
    assert f"check: 60 briefings, {stats['actors']} actors, {stats['quotes']} quotes verified" \
        in result.output
    assert stats["answers"] > 0 and stats["sanctions"] > 0 and stats["questions"] > 0


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path):
    synth.make(25, 3, tmp_path / "a")
    synth.make(25, 3, tmp_path / "b")
    synth.make(25, 4, tmp_path / "c")
    a = _tree(tmp_path / "a")
    assert a == _tree(tmp_path / "b")
    assert a != _tree(tmp_path / "c")


def test_every_content_file_says_synthetic(tmp_path: Path):
    root = tmp_path / "p"
    synth.make(20, 1, root)
    files = [*root.glob("content/**/*.yaml"), *root.glob("seeds/*.txt"), root / "mkdocs.yml"]
    assert len(files) == 20 + 20 + 3 + 1
    for path in files:
        assert "SYNTHETIC" in path.read_text(encoding="utf-8").splitlines()[0], path


def test_refuses_a_folder_that_holds_files(tmp_path: Path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "keep.txt").write_text("mine", encoding="utf-8")
    try:
        synth.make(5, 1, tmp_path / "p")
    except SystemExit as exc:
        assert "not empty" in str(exc)
    else:
        raise AssertionError("synth wrote into a folder that was not empty")
    assert (tmp_path / "p" / "keep.txt").read_text(encoding="utf-8") == "mine"
