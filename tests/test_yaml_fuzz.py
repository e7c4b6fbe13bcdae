"""Random damage to real content files: whatever the bytes, loading gives a model or problems that
point into the file, never an exception. Derandomized and without an example database, so that every
run, here and in CI, tries the same examples."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.content import load
from generator.content.model import ActorRegistry, Briefing

from .conftest import BRIEFING_YAML, FIXTURE, copy_project, run

ACTORS_YAML = "content/actors/people.yaml"
FILES = {BRIEFING_YAML: Briefing, ACTORS_YAML: ActorRegistry}
ORIGINAL = {name: (FIXTURE / name).read_bytes() for name in FILES}

# Characters no YAML file may hold, and bytes that are not UTF-8: one of them refuses the whole file
FATAL = [
    b"\x00", b"\x01", b"\x07", b"\x08", b"\x0b", b"\x0c", b"\x1b", b"\x7f",
    "\x80".encode(), "\x9f".encode(), "\ufffe".encode(), "\uffff".encode(),
    b"\xff", b"\xfe", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf",
]
# What YAML reads, or reads differently: tried more often, so that damage also reaches the model
PIECES = [
    "\x85".encode(), "\u2028".encode(), "\u2029".encode(), "\ufeff".encode(), "\u202e".encode(),
    b"[", b"]", b"{", b"}", b"[[[[", b"{a: {b: {c: ", b"'", b'"', b"`", b":", b": ", b",", b", ",
    b"&a ", b"*a", b"!", b"!!python/object/apply:os.system ", b"!!binary ", b"<<: ", b"? ", b"%YAML 1.1\n",
    b"---\n", b"...\n", b"|", b">-", b"#", b"@", b"%", b"\t", b"  ", b"    ", b"\n", b"\r", b"\r\n",
    b"- ", b"\n- ", b"\\", b"\\x", b"yes", b"null", b"~", b"2024-02-30", b"0x1F", b".inf",
]
PIECE = st.one_of(st.sampled_from(PIECES), st.sampled_from(PIECES), st.sampled_from(FATAL))


@st.composite
def damaged(draw: st.DrawFn, raw: bytes) -> bytes:
    """Up to six edits: pieces inserted or put in place of a span, spans deleted, lines
    re-indented or doubled, the file cut short."""
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["insert", "replace", "delete", "indent", "dedent", "double",
                                   "truncate", "byte"]))
        at = draw(st.integers(0, len(data)))
        if op == "insert":
            data[at:at] = draw(PIECE)
        elif op == "replace":
            data[at:at + draw(st.integers(1, 4))] = draw(PIECE)
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif op == "byte":
            data[at:at] = bytes([draw(st.integers(0x20, 0x7E) | st.integers(0, 255))])
        elif op == "truncate":
            del data[at:]
        else:
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end + 1
            line = bytes(data[start:end])
            if op == "indent":
                data[start:start] = b" " * draw(st.integers(1, 3))
            elif op == "dedent":
                del data[start:start + min(2, len(line) - len(line.lstrip(b" ")))]
            else:
                data[end:end] = line if line.endswith(b"\n") else b"\n" + line
    return bytes(data)


def _lines(raw: bytes) -> list[str]:
    """The file's lines as an editor shows them: broken at CR LF, CR and LF only."""
    return re.split(r"\r\n|\r|\n", raw.decode("utf-8", errors="replace"))


def _assert_points_into(raw: bytes, line: int, col: int, what: str) -> None:
    lines = _lines(raw)
    assert 1 <= line <= len(lines), (line, len(lines), what)
    assert 1 <= col <= len(lines[line - 1]) + 1, (line, col, lines[line - 1], what)


FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=500,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])


@FUZZ
@given(st.sampled_from(sorted(FILES)).flatmap(lambda name: st.tuples(st.just(name),
                                                                      damaged(ORIGINAL[name]))))
def test_damaged_yaml_loads_or_is_refused_with_places(tmp_path_factory, case: tuple[str, bytes]):
    name, raw = case
    path = tmp_path_factory.getbasetemp() / "fuzz.yaml"
    path.write_bytes(raw)
    model, _, problems = load.parse_file(path, Path(name), FILES[name])
    event("loaded" if model is not None else problems[0].message.split(":")[0][:40])
    assert (model is None) == bool(problems)
    for p in problems:
        _assert_points_into(raw, p.line, p.col, str(p))
        assert p.path == name


_PLACE = re.compile(r"^(content/\S+?|seeds/\S+?):(\d+):(\d+):")


@settings(FUZZ, max_examples=40)
@given(st.sampled_from(sorted(FILES)).flatmap(lambda name: st.tuples(st.just(name),
                                                                      damaged(ORIGINAL[name]))))
def test_briefing_check_on_damaged_content_gives_a_clean_verdict(tmp_path_factory,
                                                                 case: tuple[str, bytes]):
    name, raw = case
    root = tmp_path_factory.getbasetemp() / "fuzz-project"
    if not root.exists():
        copy_project(root)
    for other, original in ORIGINAL.items():
        (root / other).write_bytes(original)
    (root / name).write_bytes(raw)
    shutil.rmtree(root / ".briefing-cache", ignore_errors=True)
    result = run(root, "check")
    event(f"exit status {result.exit_code}")
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    for line in result.output.splitlines():
        place = _PLACE.match(line)
        if place and place.group(1) == name:
            _assert_points_into(raw, int(place.group(2)), int(place.group(3)), line)
    if result.exit_code == 1:
        assert _PLACE.match(result.output.splitlines()[0]), result.output
