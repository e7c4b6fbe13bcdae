"""libyaml parses and composes content when PyYAML has it: the result must equal the pure-Python
parser's, and every refusal must read as it reads when the nodes are composed event by event."""

from __future__ import annotations

import threading
from contextlib import ExitStack
from unittest import mock

import pytest
import yaml
from hypothesis import event, given
from hypothesis import strategies as st

from generator.content import yaml_source

from .conftest import BRIEFING_YAML, FIXTURE
from .test_yaml_fuzz import FUZZ, ORIGINAL, damaged

needs_libyaml = pytest.mark.skipif(yaml_source.CParser is None, reason="PyYAML without libyaml")

SAMPLES = [
    (FIXTURE / BRIEFING_YAML).read_text(encoding="utf-8"),
    "a: 'true'\nb: \"1\"\nc: 1.5\nd: '1.5'\ne: null\nf: ~\ng: |\n  true\nh: yes\ni: 0x1F\n",
    "list:\n  - “curly” words: ’quoted’\n  - {x: 1, y: [a, b]}\n",
]


def _outcome(raw: bytes, how: str = "libyaml") -> tuple[object, ...]:
    """Everything parse() gives: the document's values and places, or the error's place and words.
    'events' composes libyaml's events in Python, as before libyaml composed; 'pure' parses in
    Python alone."""
    with ExitStack() as stack:
        if how == "events":
            stack.enter_context(mock.patch.object(yaml_source, "_composed_in_c", lambda *a: None))
        elif how == "pure":
            stack.enter_context(mock.patch.object(yaml_source, "CParser", None))
        try:
            doc = yaml_source.parse(raw)
        except yaml_source.YamlError as exc:
            return ("error", exc.line, exc.col, exc.message)
    return ("doc", doc.data, doc.positions, doc.key_positions, doc.flow, doc.tagged)


@needs_libyaml
@pytest.mark.parametrize("text", SAMPLES)
def test_libyaml_and_pure_parser_give_the_same_document(text: str):
    assert _outcome(text.encode()) == _outcome(text.encode(), "pure")


@needs_libyaml
def test_libyaml_composes_a_summary_without_the_composer_in_python():
    with mock.patch.object(yaml_source._NoAliasComposer, "compose_node", side_effect=AssertionError):
        doc = yaml_source.parse(ORIGINAL[BRIEFING_YAML])
    assert doc.data["id"] == "2024-09-10-iran-missiles-to-russia"


@pytest.mark.parametrize(("text", "where", "words"), [
    ("a: &x 1\nb: *x\n", (1, 4), "anchors (&x) are not allowed"),
    ("a: [&x 1]\n", (1, 5), "anchors (&x) are not allowed"),
    ('a: {"b":&x 1}\n', (1, 9), "anchors (&x) are not allowed"),
    ("a:\n- &x-y 1\n", (2, 3), "anchors (&x-y) are not allowed"),
    ("a: *x\n", (1, 4), "aliases (*name) are not allowed"),
    ("a: 1\na: 2\n", (2, 1), "duplicate key 'a'"),
    ("a: 1\n<<: {b: 2}\n", (2, 1), "merge keys (<<) are not allowed"),
    ("? [a]\n: 1\n", (1, 3), "mapping keys must be plain words"),
    ("a: [1\n", (2, 1), "the '[' at line 1, column 4 is never closed"),
    ("a: 1\n---\nb: 2\n", (2, 1), "expected a single document"),
    ("[" * 65 + "]" * 65, (1, 65), "nested more than 64 levels deep"),
    ("".join(" " * i + "a:\n" for i in range(65)) + " " * 65 + "x\n", (65, 65),
     "nested more than 64 levels deep"),
    ("[" * 2000 + "]" * 2000, (1, 65), "nested more than 64 levels deep"),
])
def test_refusals_read_the_same_with_libyaml(text: str, where: tuple[int, int], words: str):
    with pytest.raises(yaml_source.YamlError) as caught:
        yaml_source.parse(text.encode("utf-8"))
    assert (caught.value.line, caught.value.col) == where
    assert words in caught.value.message
    assert _outcome(text.encode()) == _outcome(text.encode(), "events")


def test_sixty_four_levels_are_read_and_sixty_five_are_not():
    deepest = "[" * 64 + "x" + "]" * 64
    doc = yaml_source.parse(deepest.encode())
    assert doc.positions[(0,) * 63] == (1, 64)
    assert _outcome(deepest.encode()) == _outcome(deepest.encode(), "pure")


@needs_libyaml
def test_libyaml_of_the_wheels_refuses_to_nest_past_its_composers_depth():
    assert yaml_source._LIBYAML_LIMITS_DEPTH


@needs_libyaml
def test_text_that_may_nest_past_libyaml_depth_is_composed_event_by_event(
        monkeypatch: pytest.MonkeyPatch):
    # a libyaml that does not refuse deep nesting itself gets no text that may nest deeper than
    # its composer was seen to reach: the 999 levels below, on a thread's stack
    monkeypatch.setattr(yaml_source, "_LIBYAML_LIMITS_DEPTH", False)
    text = "a: |\n" + " " * 600 + "x\n"
    assert yaml_source._composed_in_c(text, yaml_source._Positions(text)) is None
    assert yaml_source.parse(text.encode()).data == {"a": "x\n"}
    long_line = "a: " + "x" * 5000 + "\n"  # long text is no deeper
    assert yaml_source._composed_in_c(long_line, yaml_source._Positions(long_line)) is not None
    outcome: list[object] = []
    deep = "[" * 999 + "x" + "]" * 999
    thread = threading.Thread(target=lambda: outcome.append(yaml_source._CLoader(deep)
                                                            .get_single_node()))
    thread.start()
    thread.join()
    assert isinstance(outcome[0], yaml.SequenceNode)
    assert _outcome(deep.encode())[:3] == ("error", 1, 65)


# Text of every kind in values: accents, emoji (outside the BMP), CJK, combining marks,
# right-to-left, YAML's own line breaks, tabs, quotes, and characters YAML gives meaning to.
WORDS = st.lists(st.sampled_from(list("aé😀中ẹ̀\u0301שׁ\t '\"\\:#-&*!|>%@`,[]{}?") +
                                 ["\u2028", "\x85", "\u2029", "\ufeff", "\u200b", "x" * 120]),
                 max_size=12).map("".join)
DATA = st.recursive(st.none() | st.booleans() | WORDS,
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(WORDS, inner, max_size=4), max_leaves=20)


@st.composite
def written(draw: st.DrawFn) -> bytes:
    """Data as PyYAML writes it in one of its styles, with line ends of one kind or mixed, maybe
    a byte-order mark, maybe damaged afterwards."""
    text = yaml.safe_dump(draw(DATA), allow_unicode=True, width=draw(st.sampled_from([20, 80, 1000])),
                          indent=draw(st.sampled_from([2, 3, 4])),
                          default_flow_style=draw(st.sampled_from([False, True, None])),
                          default_style=draw(st.sampled_from([None, "'", '"'])))
    text = text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    raw = draw(st.sampled_from([b"", "\ufeff".encode()])) + text.encode()
    return draw(damaged(raw)) if draw(st.booleans()) else raw


@needs_libyaml
@FUZZ
@given(st.one_of(written(), st.sampled_from(sorted(ORIGINAL.values())).flatmap(damaged)))
def test_libyaml_composes_as_events_composed_in_python(raw: bytes):
    """The same values, places, flow and tags, or the same refusal at the same place, whoever
    composes; and, for text the pure parser reads, the same as it."""
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    fast = _outcome(raw)
    event("composed by libyaml" if yaml_source._composed_in_c(text, yaml_source._Positions(text))
          else f"composed event by event: {fast[0]}")
    assert fast == _outcome(raw, "events")
    pure = _outcome(raw, "pure")
    if pure[0] == "doc" and fast != pure:
        # libyaml's parser reads a few texts otherwise than PyYAML's (README, Limits); its events
        # composed in Python did the same before, as the assertion above shows
        event(f"libyaml's parser reads it otherwise: {raw[:40]!r}")


@needs_libyaml
@pytest.mark.parametrize(("raw", "place", "where"), [
    ("a: é😀中x\nb: [é😀, 中]\n".encode(), ("b", 1), (2, 9)),
    ("t: \"ẹ̀\u0301\"\nu: 1\n".encode(), ("u",), (2, 4)),  # combining marks: a column each
    ("\ufeffa: 1\r\nb:\r\n  - x\r\n  - 😀\r\n".encode(), ("b", 1), (4, 5)),
    (b"a:\tx\nb: \t[1,\t2]\n", ("b", 1), (2, 9)),
    # YAML breaks lines at U+2028, NEL and U+2029, editors do not: the value of b is on line 2
    ("a: x\u2028 y\nb: \x85 z\nc: 😀\u2029 1\nd: 2\n".encode(), ("b",), (2, 6)),
    ("a: x\u2028 y\nb: \x85 z\nc: 😀\u2029 1\nd: 2\n".encode(), ("d",), (4, 4)),
    (("a: " + "é" * 20000 + "\nb: [" + "😀, " * 5000 + "x]\n").encode(), ("b", 5000), (2, 15005)),
    ("a: 'It''s'\nb: |\n  é\n  😀\nc: >-\n  x\n".encode(), ("c",), (5, 4)),
])
def test_libyaml_counts_lines_and_columns_as_editors_do(raw: bytes, place: tuple[object, ...],
                                                        where: tuple[int, int]):
    text = raw.decode().removeprefix("\ufeff")
    assert yaml_source._composed_in_c(text, yaml_source._Positions(text)) is not None
    assert yaml_source.parse(raw).where(place) == where
    assert _outcome(raw) == _outcome(raw, "events")
    pure = _outcome(raw, "pure")
    # PyYAML's parser refuses a tab before a value where libyaml's reads it as a space
    assert pure == _outcome(raw) or (b"\t" in raw and pure[0] == "error")
