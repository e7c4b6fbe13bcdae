"""YAML that breaks parsers: control characters, nesting that would exhaust the stack, line breaks
only YAML sees, and one-line maps split by a comma. Each ends in a located error, never a traceback,
with libyaml and with the pure-Python parser alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import yaml_source

from .conftest import BRIEFING_YAML, run
from .content_edits import briefing, insert_after, reported

B = BRIEFING_YAML
RELATION = "  - {source: iran, kind: supplies, target: russia, what: %s}"


@pytest.fixture(params=["libyaml", "pure"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every case runs through both loaders: libyaml's when present, and PyYAML's own."""
    if request.param == "pure":
        monkeypatch.setattr(yaml_source, "CParser", None)
    elif yaml_source.CParser is None:
        pytest.skip("PyYAML without libyaml")
    return request.param


def refusal(raw: bytes) -> yaml_source.YamlError:
    with pytest.raises(yaml_source.YamlError) as caught:
        yaml_source.parse(raw)
    return caught.value


@pytest.mark.parametrize(("char", "shown"), [
    ("\x00", "⟨U+0000⟩"), ("\x07", "⟨U+0007⟩"), ("\x1b", "⟨U+001B⟩"), ("\x7f", "⟨U+007F⟩"),
    ("\x80", "⟨U+0080⟩"), ("\x9f", "⟨U+009F⟩"), ("\ufffe", "⟨U+FFFE⟩"), ("\uffff", "⟨U+FFFF⟩"),
])
def test_a_control_character_is_named_at_its_place(parser: str, char: str, shown: str):
    for where in ("plain", "quoted", "key"):
        text = {"plain": f"a: 1\nb: x{char}y\n", "quoted": f"a: 1\nb: 'x{char}y'\n",
                "key": f"a: 1\nb{char}: xy\n"}[where]
        error = refusal(text.encode("utf-8"))
        col = 2 if where == "key" else 5 if where == "plain" else 6
        assert (error.line, error.col) == (2, col), (where, error.line, error.col)
        assert error.message == f"control character {shown} is not allowed in YAML: remove it"
        assert char not in error.message


def test_columns_count_characters_not_bytes(parser: str):
    error = refusal("title: «Tehran’s» \x00\n".encode())
    assert (error.line, error.col) == (1, 19)
    error = refusal("a: 1\nb: «Tehran’s» \x92\n".encode().replace(b"\xc2\x92", b"\x92"))
    assert (error.line, error.col) == (2, 15)
    assert "byte 0x92 is not valid UTF-8" in error.message


@pytest.mark.parametrize(("text", "where"), [
    # the top mapping is the first level: the 64th bracket opens the 65th
    ("a: " + "[" * 500, (1, 4 + 63)),
    ("a: " + "{x: " * 500, (1, 4 + 63 * 4)),
    ("".join("  " * i + f"k{i}:\n" for i in range(500)), (65, 129)),
    ("".join("  " * i + "-\n" for i in range(500)), (65, 129)),
    ("a:\n  b:\n    c: " + "[" * 70, (3, 8 + 61)),
])
def test_nesting_deeper_than_the_limit_is_refused_at_its_place(parser: str, text: str,
                                                               where: tuple[int, int]):
    error = refusal(text.encode())
    assert (error.line, error.col) == where
    assert f"nested more than {yaml_source.MAX_DEPTH} levels deep" in error.message


def test_nesting_up_to_the_limit_is_read(parser: str):
    depth = yaml_source.MAX_DEPTH
    doc = yaml_source.parse(("a: " + "[" * (depth - 1) + "x" + "]" * (depth - 1)).encode())
    value = doc.data["a"]
    for _ in range(depth - 2):
        value = value[0]
    assert value == ["x"]


def test_a_recursion_error_all_the_same_is_a_located_error(parser: str,
                                                          monkeypatch: pytest.MonkeyPatch):
    # without the depth limit the composer itself runs out of stack: the last line of defence
    monkeypatch.setattr(yaml_source, "MAX_DEPTH", 10**6)
    error = refusal(("a: " + "[" * 5000).encode())
    assert (error.line, error.col) == (1, 1)
    assert "nests too deep" in error.message


def test_yaml_only_line_breaks_do_not_shift_the_lines_editors_show(parser: str):
    text = "a: 'one\u2028two'\nb: \"x\u2029y\u0085z\"\nc: [1,\r\n  2]\rd: 1\n"
    doc = yaml_source.parse(text.encode())
    # YAML folds NEL to a space, and keeps U+2028 and U+2029
    assert doc.data == {"a": "one\u2028two", "b": "x\u2029y z", "c": ["1", "2"], "d": "1"}
    assert doc.key_positions[("b",)] == (2, 1)
    assert doc.positions[("c", 1)] == (4, 3)
    assert doc.key_positions[("d",)] == (5, 1)


def test_an_error_after_a_yaml_only_line_break_names_it(parser: str):
    error = refusal("a: x\u2028y\nb: 1\n".encode())
    assert (error.line, error.col) == (2, 1)
    assert "line 1 holds ⟨U+2028⟩, which YAML reads as a line break" in error.message


def test_lines_an_error_names_are_the_lines_editors_show(parser: str):
    # the U+2028 is no part of the slip: the lines the message names are counted without it
    error = refusal("title: one\u2028 two\nsource:\n  published: x\n dateline: y\n".encode())
    assert (error.line, error.col, error.message) == (4, 2, (
        "invalid YAML: 'dateline' is indented 1 space, which lines up with no line above it "
        "('published' on line 3 has 2 spaces, 'source' on line 2 has 0 spaces): indent it as far "
        "as the lines it belongs with (line 1 holds ⟨U+2028⟩, which YAML reads as a line break: "
        "replace it with a space or a real line break)"))


def test_flow_collections_are_recorded(parser: str):
    doc = yaml_source.parse(b"a: [{x: 1}, {y: 2}]\nb:\n  - c: 1\n")
    assert doc.flow == {("a",), ("a", 0), ("a", 1)}


def test_a_comma_in_a_one_line_map_gets_a_hint(project: Path):
    insert_after(briefing(project), 338, RELATION % "missiles, drones and prosecution")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(
        result, f"{B}:339:68:", "relations[3].drones and prosecution: unknown field "
        "'drones and prosecution'", "a comma inside a one-line {…} map splits the value: put the "
        "value in quotes (what: \"missiles, drones and prosecution\") or write the map on several "
        "lines"), result.output
    assert "Traceback" not in result.output


def test_the_hint_puts_every_piece_of_the_value_back(project: Path):
    insert_after(briefing(project), 338, RELATION % "missiles, drones, and prosecution")
    result = run(project, "check")
    assert result.exit_code == 1
    for where, key in ((f"{B}:339:68:", "drones"), (f"{B}:339:76:", "and prosecution")):
        assert reported(result, where, f"unknown field '{key}'",
                        '(what: "missiles, drones, and prosecution")'), result.output


def test_an_unknown_field_in_a_block_map_gets_no_comma_hint(project: Path):
    insert_after(briefing(project), 338, "  - source: iran\n    kind: supplies\n    target: russia\n"
                 "    what: missiles\n    drones and prosecution:")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:343:5:", "unknown field 'drones and prosecution'"), result.output
    assert "one-line" not in result.output


@pytest.mark.parametrize(("value", "col", "words"), [
    ("missiles: drones", 66, "put the value in quotes, or write the list or map on several lines"),
    ("missiles [drones]", 67, "put the value in quotes, or write the list or map on several lines"),
])
def test_a_syntax_error_inside_a_one_line_map_hints_at_quotes(project: Path, value: str, col: int,
                                                               words: str):
    insert_after(briefing(project), 338, RELATION % value)
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:339:{col}:", "invalid YAML", words), result.output


@pytest.mark.parametrize(("text", "where", "hint"), [
    ("a: [1, 2\n", (2, 1), "the '[' at line 1, column 4 is never closed: close it with ']'"),
    ("a: {b: 'x}\n", (2, 1), "the quote (') at line 1, column 8 is never closed: close it where "
     "the value ends"),
    ("a: {b: c: d}\n", (1, 9), "put the value in quotes, or write the list or map on several lines"),
    ("a: [b]]\n", (1, 7), None),
    ("a: b: c\n", (1, 5), None),
])
def test_errors_in_flow_collections_say_what_to_do(parser: str, text: str, where: tuple[int, int],
                                                   hint: str | None):
    error = refusal(text.encode())
    assert (error.line, error.col) == where
    if hint is None:  # not inside a flow collection: no word about one
        assert "[...]" not in error.message and "never closed" not in error.message
    else:
        assert error.message.endswith(hint), error.message
