"""The size limit holds in time: a YAML file just under 5 MB of real-looking content loads in a few
seconds, and one over the limit is refused before it is read."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.content import load, yaml_source
from generator.content.model import ActorRegistry

from .conftest import run

ACTOR = ("  - id: person-{i}\n"
         "    name: Person Number {i}\n"
         "    kind: person\n"
         "    role: Deputy minister for regional development, trade and the economy {i}\n"
         "    country: russia\n"
         "    aliases: [Number {i}, Deputy Minister Person Number {i}, the deputy minister {i}]\n")


def _registry(limit: int) -> tuple[str, int]:
    """As many actors as fit in `limit` bytes."""
    parts, size = ["actors:\n"], len("actors:\n")
    while True:
        item = ACTOR.format(i=len(parts) - 1)
        if size + len(item) > limit:
            return "".join(parts), len(parts) - 1
        parts.append(item)
        size += len(item)


@pytest.mark.slow  # a 5 MB file parsed and validated
def test_a_file_just_under_the_limit_loads_in_seconds(tmp_path: Path):
    text, count = _registry(yaml_source.MAX_BYTES)
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    assert yaml_source.MAX_BYTES - 200 < path.stat().st_size <= yaml_source.MAX_BYTES
    # CPU time of this process: what the file costs, whatever else the machine is running
    started = time.process_time()
    registry, _, problems = load.parse_file(path, Path("many.yaml"), ActorRegistry)
    elapsed = time.process_time() - started
    assert problems == []
    assert registry is not None and len(registry.actors) == count > 20_000
    assert elapsed < 10, f"{elapsed:.1f} s"  # about 2.5 s


def test_a_file_over_the_limit_is_refused_at_once(project: Path):
    text, _ = _registry(yaml_source.MAX_BYTES)
    path = project / "content/actors/many.yaml"
    path.write_text(text + "# one more line\n" * 20, encoding="utf-8")
    size = path.stat().st_size
    assert size > yaml_source.MAX_BYTES
    started = time.process_time()
    result = run(project, "check")
    elapsed = time.process_time() - started
    assert result.exit_code == 1
    assert (f"content/actors/many.yaml:1:1: file is {size:,} bytes, over the limit of "
            f"{yaml_source.MAX_BYTES:,}: split it into smaller files") in result.output
    assert elapsed < 1, f"{elapsed:.2f} s"  # the whole check, the fixture's one briefing verified
