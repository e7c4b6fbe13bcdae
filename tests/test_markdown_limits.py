"""Marks in free text that the site engine survives: emphasis and links nested at most
MAX_NESTING deep and at most MAX_MARKS of them in one text build; one more is refused by `check` at
its line, before the engine ends in RecursionError. Lists, quotes and brackets cannot nest at all:
free text is inline, and what would open a block is written as text."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.content import safe_text
from generator.content.safe_text import MAX_MARKS, MAX_NESTING

from .conftest import BRIEFING_YAML, copy_project, run
from .content_edits import insert_after, set_line

KEY_POINTS_LINE = 20  # "key_points:"
CONTEXT_LINE = 119  # the first quote's context
CONTEXT = "    context: Speaking in London after meetings with British officials."
_MARKDOWN_IT = MarkdownIt("commonmark")  # as the model reads free text


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _em(n: int) -> str:
    """Emphasis in emphasis, n deep, alternating '*' and '_' with words between."""
    marks = ["*" if i % 2 == 0 else "_" for i in range(n)]
    return "".join(f"{m}x " for m in marks) + "a" + "".join(f" x{m}" for m in reversed(marks))


# each: n -> a text whose emphasis and links nest n deep
NESTED: dict[str, Callable[[int], str]] = {
    "strong": lambda n: "**" * n + "a" + "**" * n,
    "emphasis": _em,
    "emphasis of one mark": lambda n: "*x " * n + "a" + " x*" * n,
    "a run of stars": lambda n: "*" * (2 * n) + "a" + "*" * (2 * n),
    "a link around strong": lambda n: "[" + "**" * (n - 1) + "a" + "**" * (n - 1)
                                      + "](https://example.org)",
}


def _flat(n: int) -> str:
    """n marks side by side, none inside another."""
    return " ".join((["*a*", "**b**", "[c](https://example.org)"] * n)[:n])


# what would nest in a Markdown block, written as text: no limit is needed
AS_TEXT = ["> " * 2400 + "a", "- " * 2400 + "a", "1. " * 1600 + "a", "[" * 2400 + "a" + "]" * 2400,
           "`" * 2400 + "a"]


def _tokens(text: str) -> list[Token]:
    return [t for block in _MARKDOWN_IT.parseInline(text) for t in block.children or []]


def _marks(text: str) -> int:
    return sum(1 for t in _tokens(text) if t.nesting == 1)


def _depth(text: str) -> int:
    d = deepest = 0
    for t in _tokens(text):
        d += t.nesting
        deepest = max(deepest, d)
    return deepest


def _with_key_points(root: Path, points: list[str]) -> Path:
    insert_after(root / BRIEFING_YAML, KEY_POINTS_LINE, "\n".join(f"  - {_quoted(p)}" for p in points))
    return root


def test_the_constructions_nest_as_they_say():
    for name, make in NESTED.items():
        assert _depth(make(MAX_NESTING)) == MAX_NESTING, name
    flat = _flat(MAX_MARKS)
    assert _marks(flat) == MAX_MARKS and _depth(flat) == 1


def test_a_key_point_of_2400_stars_around_a_letter_is_refused_at_its_line(tmp_path: Path):
    root = _with_key_points(copy_project(tmp_path / "p"), ["*" * 2400 + "a" + "*" * 2400])
    for command in ("check", "build"):
        result = run(root, command, "--strict")
        assert result.exit_code == 1, result.output
        assert f"{BRIEFING_YAML}:21:5: key_points[0]: emphasis and links nested 1200 deep: at most " \
               f"{MAX_NESTING} levels are allowed" in result.output
        assert "Traceback" not in result.output and "RecursionError" not in result.output
    assert not (root / "site").exists() and not (root / "docs").exists()


def test_each_construction_at_its_limit_builds_and_one_past_it_is_refused(tmp_path: Path):
    at_limit = [make(MAX_NESTING) for make in NESTED.values()] + [_flat(MAX_MARKS)]
    root = _with_key_points(copy_project(tmp_path / "at"), at_limit + AS_TEXT)
    set_line(root / BRIEFING_YAML, CONTEXT_LINE + len(at_limit + AS_TEXT), CONTEXT,
             f"    context: {_quoted(NESTED['strong'](MAX_NESTING))}")
    built = run(root, "build", "--strict")
    assert built.exit_code == 0, built.output
    page = (root / "site" / "briefings" / "2024-09-10-iran-missiles-to-russia" / "index.html")
    assert page.read_text(encoding="utf-8").count("<strong>") >= 3 * MAX_NESTING

    past = [make(MAX_NESTING + 1) for make in NESTED.values()] + [_flat(MAX_MARKS + 1)]
    root = _with_key_points(copy_project(tmp_path / "past"), past)
    set_line(root / BRIEFING_YAML, CONTEXT_LINE + len(past), CONTEXT,
             f"    context: {_quoted(NESTED['strong'](MAX_NESTING + 1))}")
    checked = run(root, "check", "--strict")
    assert checked.exit_code == 1
    refused = re.findall(rf"^{re.escape(BRIEFING_YAML)}:(\d+):\d+: (\S+): (.*)$", checked.output,
                         re.MULTILINE)
    assert [field for _, field, _ in refused] == [
        *(f"key_points[{i}]" for i in range(len(past))), "quotes[0].context"], checked.output
    assert all(f"nested {MAX_NESTING + 1} deep" in why for _, _, why in refused[:len(NESTED)])
    assert f"{MAX_MARKS + 1} pieces of emphasis and links" in refused[len(NESTED)][2]


_ENGINE = markdown.Markdown(extensions=["admonition", "attr_list", "md_in_html", "tables", "toc"])


def _engine_depth(text: str) -> int:
    """How deep the elements of the engine's reading of the Markdown we write for `text` nest."""
    html = _ENGINE.reset().convert(safe_text.inline_markdown(text))
    deepest, stack = 0, [(ElementTree.fromstring(f"<r>{html}</r>"), 0)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest - 2  # <r> and the paragraph


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["*", "_", "**", "__", "***", "a", " ", "[", "](u)", "](u*)", "`",
                                 "\\*"]), min_size=1, max_size=200).map("".join))
def test_the_engine_nests_what_the_model_takes_no_deeper_than_twice_its_marks(text: str):
    """The engine may pair the marks we write otherwise than markdown-it did, nesting marks that
    markdown-it read side by side; but every '*' we write comes from a mark (two from strong, one
    from emphasis: every other is escaped), and each element the engine makes takes two, so
    bounding the count of marks bounds how deep the engine nests."""
    if not text.strip() or safe_text.inline_markdown_problems(text):
        return
    assert _engine_depth(text) <= 2 * _marks(text)
