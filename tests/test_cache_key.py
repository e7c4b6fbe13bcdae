"""A $BRIEFING_CACHE_KEY too short to keep a forger from guessing it is refused by every command,
with the command that makes a good one, and never signs a cache; an empty one is no key (a pull
request from a fork gets no secrets), and a long one signs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import signing

from .conftest import run

MAKES_ONE = 'python3 -c "import secrets; print(secrets.token_hex(32))"'


@pytest.mark.parametrize("key", ["x", "k" * 31, "é" * 15 + "x"])
def test_a_key_shorter_than_32_bytes_is_refused_saying_how_to_make_one(
        project: Path, monkeypatch: pytest.MonkeyPatch, key: str):
    monkeypatch.setenv("BRIEFING_CACHE_KEY", key)
    for command in ("check", "build"):
        result = run(project, command)
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        [line] = result.output.splitlines()
        assert line.startswith(f"briefing: $BRIEFING_CACHE_KEY is {len(key.encode())} byte")
        assert "at least 32" in line and MAKES_ONE in line
    assert signing.secret() is None
    assert not (project / ".briefing-cache").exists() and not (project / "docs").exists()


@pytest.mark.parametrize("key", ["", "k" * 32])
def test_an_empty_key_is_none_and_a_key_of_32_bytes_signs(
        project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, key: str):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setenv("BRIEFING_CACHE_KEY", key)
    result = run(project, "check")
    assert result.exit_code == 0, result.output
    assert signing.secret() == (key.encode() if key else
                                (tmp_path / "user-cache" / "briefing" / "cache-key").read_bytes())
    assert any((project / ".briefing-cache").iterdir())
