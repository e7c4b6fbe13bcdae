"""A summary records its seed's SHA-256: a changed seed makes it stale until an editor restamps it."""

from __future__ import annotations

import hashlib
import re
import shlex
from pathlib import Path

import pytest

from .conftest import BRIEFING_YAML, run
from .content_edits import SEED, briefing, output_lines, replace_on_line, reported

B = BRIEFING_YAML
SHA_LINE = 11
OLD_SHA = "83c2058cbaf8c88853f76cb38dbd1f2fe0123359399a28ff58a2899a4f91a74a"
QUOTE_IDS = ["blinken-warned-tehran", "blinken-shipments-received", "treasury-hundreds",
             "iran-fm-vile-propaganda", "kirby-dozens", "blinken-two-way-street",
             "kirby-partnership", "peskov-not-every-time", "peskov-developing-dialogue",
             "shmyhal-immediate-concern", "blinken-listening", "shmyhal-more-security",
             "zelensky-victory-plan"]


def _append_sentence(root: Path) -> str:
    seed = root / SEED
    seed.write_bytes(seed.read_bytes() + b"The talks are expected to continue next week.\n")
    return hashlib.sha256(seed.read_bytes()).hexdigest()


def _restamp(root: Path, *extra: str):
    return run(root, "restamp", *extra, str(briefing(root)))


def test_appending_a_sentence_makes_the_summary_stale_quote_by_quote(project: Path):
    digest = _append_sentence(project)
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:{SHA_LINE}:11:", "source.sha256:", "has changed since this "
                    f"summary was checked (recorded {OLD_SHA[:12]}…, now {digest[:12]}…)",
                    "13 of 13 quotes still match", f"`briefing restamp {B}`"), result.output
    for quote_id in QUOTE_IDS:
        assert reported(result, B, f"note: quotes[{QUOTE_IDS.index(quote_id)}].text:",
                        f"quote '{quote_id}' still matches the changed seed"), quote_id
    assert result.output.splitlines()[-1] == "check: 1 error, 0 warnings in 1 file"


def test_the_restamp_command_check_prints_runs_as_printed(project: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    # a summary's file named by hand, with what a shell would split, run or expand
    named = "content/briefings/iran's missiles & $(id).yaml"
    briefing(project).rename(project / named)
    _append_sentence(project)
    result = run(project, "check")
    line = next(line for line in output_lines(result) if "source.sha256:" in line)
    command = re.search(r"then run `([^`]*)`$", line)
    assert command is not None, line
    assert command.group(1) == "briefing restamp " + shlex.quote(named)
    argv = shlex.split(command.group(1))  # what a shell passes to the command, pasted as printed
    assert argv == ["briefing", "restamp", named]
    monkeypatch.chdir(project)
    assert run(project, *argv[1:]).exit_code == 0
    assert run(project, "check", "--strict").exit_code == 0


def test_a_changed_seed_says_which_quotes_no_longer_match(project: Path):
    replace_on_line(project / SEED, 2, "these missiles", "those missiles")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:{SHA_LINE}:11:", "12 of 13 quotes still match")
    assert reported(result, f"{B}:122:11:", "quotes[1].text: no longer matches the changed seed",
                    "the quote has 'these' where the article has 'those'"), result.output
    assert reported(result, f"{B}:116:11:", "note:", "'blinken-warned-tehran' still matches")
    assert not reported(result, f"{B}:122:11:", "still matches")


def test_restamp_records_the_new_hash_and_changes_nothing_else(project: Path):
    before = briefing(project).read_bytes()
    digest = _append_sentence(project)
    result = _restamp(project)
    assert result.exit_code == 0, result.output
    assert f"sha256 {OLD_SHA[:12]}… → {digest[:12]}…" in result.output
    assert briefing(project).read_bytes() == before.replace(OLD_SHA.encode(), digest.encode())
    assert before.count(OLD_SHA.encode()) == 1
    assert run(project, "check").exit_code == 0
    again = _restamp(project)
    assert again.exit_code == 0 and "already up to date" in again.output


def test_restamp_keeps_windows_line_ends_and_a_quoted_value(project: Path):
    path = briefing(project)
    text = path.read_bytes().replace(f"sha256: {OLD_SHA}".encode(), f"sha256: '{OLD_SHA}'".encode())
    crlf = text.replace(b"\n", b"\r\n")
    path.write_bytes(crlf)
    assert run(project, "check").exit_code == 0
    digest = _append_sentence(project)
    assert _restamp(project).exit_code == 0
    assert path.read_bytes() == crlf.replace(OLD_SHA.encode(), digest.encode())


def test_restamp_fills_in_a_placeholder_hash(project: Path):
    path = briefing(project)
    path.write_bytes(path.read_bytes().replace(OLD_SHA.encode(), b"0" * 64))
    assert run(project, "check").exit_code == 1
    assert _restamp(project).exit_code == 0
    assert OLD_SHA in path.read_text(encoding="utf-8")
    assert run(project, "check").exit_code == 0


def test_restamp_refuses_while_a_quote_no_longer_matches(project: Path):
    before = briefing(project).read_bytes()
    replace_on_line(project / SEED, 2, "these missiles", "those missiles")
    result = _restamp(project)
    assert result.exit_code == 1
    assert reported(result, f"{B}:122:11:", "no longer matches the changed seed")
    assert "fix the problems above first; hash not changed" in result.output
    assert "Traceback" not in result.output
    assert briefing(project).read_bytes() == before


def test_restamp_refuses_a_broken_summary(project: Path):
    path = briefing(project)
    path.write_bytes(re.sub(rb"quotes:\n", b"qoutes:\n", path.read_bytes()))
    before = path.read_bytes()
    result = _restamp(project)
    assert result.exit_code == 1
    assert reported(result, f"{B}:113:1:", "did you mean 'quotes'?")
    assert path.read_bytes() == before


def test_restamp_edits_the_line_an_editor_sees_past_a_yaml_only_line_break(project: Path):
    # YAML reads U+2028 in a comment as a line break; editors, and error positions, do not
    path = briefing(project)
    text = path.read_bytes()
    odd = text.replace(b"\n", "  # a note\u2028# that runs on\n".encode(), 1)
    path.write_bytes(odd)
    assert run(project, "check").exit_code == 0
    digest = _append_sentence(project)
    assert _restamp(project).exit_code == 0
    assert path.read_bytes() == odd.replace(OLD_SHA.encode(), digest.encode())
