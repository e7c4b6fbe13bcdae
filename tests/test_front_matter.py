"""Front matter is written by libyaml's emitter when PyYAML has it: the bytes must be those the
pure-Python emitter writes, for every kind of text a page's front matter holds."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.content import dates
from generator.pages.render import front_matter

TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=300)
VALUES = st.recursive(st.one_of(TEXT, st.integers(), st.booleans(), st.none()),
                      lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=12).filter(str.isidentifier), inner,
                                        max_size=4),
                      max_leaves=20)


def _python(data: object) -> str:
    return "---\n" + yaml.dump(data, Dumper=yaml.SafeDumper, sort_keys=True, allow_unicode=True,
                               default_flow_style=False) + "---"


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.dictionaries(st.text(max_size=12).filter(str.isidentifier), VALUES, max_size=6))
def test_front_matter_is_what_the_python_emitter_writes(data: dict):
    assert str(front_matter(data)) == _python(data)


def test_dates_and_safe_strings_are_written_as_plain_strings():
    data = {"date": dates.DateText("2024-09-10"), "tags": [dates.DateText("late 2023")]}
    assert str(front_matter(data)) == _python({"date": "2024-09-10", "tags": ["late 2023"]})
