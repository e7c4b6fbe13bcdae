"""The load stage: the shipped content as model objects, with the line of every value."""

from __future__ import annotations

from generator.content import dates, load, yaml_source

from .conftest import BRIEFING_YAML, FIXTURE


def test_shipped_content_loads_without_problems():
    content = load.load(load.Project(FIXTURE))
    assert content.problems == []
    assert [b.value.id for b in content.briefings] == ["2024-09-10-iran-missiles-to-russia"]
    assert len(content.briefings[0].value.quotes) == 13
    ids = {a.value.id for a in content.actors}
    assert {"antony-blinken", "dmitry-peskov", "iran-air", "iran", "russia"} <= ids
    assert list(content.seeds) == ["000_71c8a87dcccb59d2.txt"]


def test_positions_point_at_the_value_in_the_file():
    raw = (FIXTURE / BRIEFING_YAML).read_bytes()
    doc = yaml_source.parse(raw)
    lines = raw.decode("utf-8").splitlines()
    line, col = doc.where(("quotes", 2, "speaker"))
    assert lines[line - 1][col - 1:].startswith("us-treasury-department")
    line, col = doc.where_key(("source", "sha256"))
    assert lines[line - 1][col - 1:].startswith("sha256:")


def test_dates_keep_their_precision():
    assert dates.parse("late 2023").label == "Late 2023"
    late = dates.parse("late 2023")
    assert (late.start.isoformat(), late.end.isoformat()) == ("2023-09-01", "2023-12-31")
    september = dates.parse("2024-09")
    day = dates.parse("2024-09-10")
    # a month sorts with its days, after those it spans, not before them
    assert dates.sort_key(day) < dates.sort_key(september)
    assert dates.sort_key(dates.parse("2024-08-31")) < dates.sort_key(september)
    assert dates.sort_key(september) < dates.sort_key(dates.parse("2024-10-01"))
