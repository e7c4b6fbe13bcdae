"""libyaml parses content when PyYAML has it: the result must equal the pure-Python parser's."""

from __future__ import annotations

import pytest

from generator.content import yaml_source

from .conftest import BRIEFING_YAML, FIXTURE

SAMPLES = [
    (FIXTURE / BRIEFING_YAML).read_text(encoding="utf-8"),
    "a: 'true'\nb: \"1\"\nc: 1.5\nd: '1.5'\ne: null\nf: ~\ng: |\n  true\nh: yes\ni: 0x1F\n",
    "list:\n  - “curly” words: ’quoted’\n  - {x: 1, y: [a, b]}\n",
]


@pytest.mark.skipif(yaml_source.CParser is None, reason="PyYAML without libyaml")
@pytest.mark.parametrize("text", SAMPLES)
def test_libyaml_and_pure_parser_give_the_same_document(text: str):
    fast = yaml_source.parse(text.encode("utf-8"))
    pure = yaml_source._document(yaml_source._compose_pure(text))
    assert fast.data == pure.data
    assert fast.positions == pure.positions
    assert fast.key_positions == pure.key_positions


@pytest.mark.parametrize(("text", "where", "words"), [
    ("a: &x 1\nb: *x\n", (1, 4), "anchors (&x) are not allowed"),
    ("a: 1\na: 2\n", (2, 1), "duplicate key 'a'"),
    ("a: [1\n", (2, 1), "the '[' at line 1, column 4 is never closed"),
])
def test_refusals_read_the_same_with_libyaml(text: str, where: tuple[int, int], words: str):
    with pytest.raises(yaml_source.YamlError) as caught:
        yaml_source.parse(text.encode("utf-8"))
    assert (caught.value.line, caught.value.col) == where
    assert words in caught.value.message
