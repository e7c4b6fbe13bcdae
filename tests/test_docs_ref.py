"""The command reference in README.md and FORMAT.md are generated from the CLI and the content
model: they are current, a change to either without regenerating is caught, and the examples they
show are valid content."""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner
from pydantic import Field

from generator import docs_ref
from generator.cli import main as cli
from generator.content.model import Briefing, Slug, Strict

from .conftest import ROOT, run

README, FORMAT = docs_ref.README, docs_ref.FORMAT


def _current() -> dict[str, str | None]:
    return {path: (ROOT / path).read_text(encoding="utf-8") for path in (README, FORMAT)}


def _with(cli_group: click.Command | None = None, *files: docs_ref.ContentFile) -> docs_ref.Sources:
    sources = docs_ref.default_sources()
    return docs_ref.Sources(cli_group or sources.cli, files or sources.files)


def test_readme_and_format_are_current():
    diffs = docs_ref.stale(_current(), docs_ref.default_sources())
    assert not diffs, (f"{' and '.join(diffs)} out of date: run `{docs_ref.FIX}`\n"
                       + "".join(diffs.values()))


def test_an_option_or_command_added_without_regenerating_is_caught():
    changed = copy.deepcopy(cli)
    check = changed.commands["check"]
    check.params.append(click.Option(["--fast"], is_flag=True, help="Skip the slow checks."))

    @changed.command()
    @click.argument("old")
    def archive(old: str) -> None:
        """Archive an actor."""

    diffs = docs_ref.stale(_current(), _with(changed))
    assert list(diffs) == [README]
    added = [line for line in diffs[README].splitlines() if line.startswith("+")]
    assert any("--fast" in line and "Skip the slow checks." in line for line in added)
    assert "+### `briefing archive`" in added
    assert any("[`briefing archive`](#briefing-archive)" in line for line in added)
    # the real command line is left as it was
    assert "--fast" not in {p.name for p in cli.commands["check"].params}


def _help_blocks() -> dict[str, str]:
    readme = _current()[README]
    section = readme.split("<!-- commands:start -->")[1].split("<!-- commands:end -->")[0]
    return dict(re.findall(r"### `(briefing[^`]*)`\n\n```\n(.*?)```", section, re.S))


def test_each_block_is_what_the_command_prints():
    blocks = _help_blocks()
    assert set(blocks) == {"briefing", *(f"briefing {name}" for name in cli.commands)}
    for path, block in blocks.items():
        printed = CliRunner().invoke(cli, [*path.split()[1:], "--help"], prog_name="briefing",
                                     terminal_width=docs_ref.WIDTH)
        assert printed.exit_code == 0
        assert printed.output == block, path


@pytest.mark.parametrize("path", ["briefing", "briefing build"])
def test_a_wide_terminal_prints_the_same(path: str):
    briefing = Path(sys.executable).parent / "briefing"
    printed = subprocess.run([briefing, *path.split()[1:], "--help"], capture_output=True,
                             text=True, env={**os.environ, "COLUMNS": "200"}, check=True)
    assert printed.stdout == _help_blocks()[path]


def test_help_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COLUMNS", "200")
    wide = docs_ref.render_commands(cli)
    monkeypatch.setenv("COLUMNS", "40")
    assert docs_ref.render_commands(cli) == wide
    # wrapped at the fixed width, not at either terminal's
    assert "\n  Validate the summaries and verify every quote against its article. Builds\n" in wide
    assert "\n  -h, --help        Show this message and exit.\n" in wide


def test_a_field_added_without_regenerating_is_caught():
    class Extended(Briefing):
        """The summary of one article."""

        language: str = Field("en", description="The article's language.", examples=["en"])

    files = (docs_ref.default_sources().files[0],
             docs_ref.ContentFile("content/briefings/<id>.yaml", Extended, "Briefing summary"))
    diffs = docs_ref.stale(_current(), _with(None, *files))
    assert set(diffs) == {FORMAT}
    assert "+| `language` | string | no (default `en`) |  | The article's language. | `en` |" in (
        diffs[FORMAT].splitlines())


def test_a_field_without_description_or_example_is_refused():
    class Record(Strict):
        """A record."""

        id: Slug = Field(examples=["an-id"])
        name: str = Field(description="A name.")

    with pytest.raises(docs_ref.DocsError) as caught:
        docs_ref.render_format(_with(None, docs_ref.ContentFile("x.yaml", Record, "Record")))
    assert caught.value.problems == [
        "Record.id: no description: give the field `description=...` in generator/content/model.py",
        "Record.name: no example: give the field `examples=[...]` in generator/content/model.py",
    ]


def test_an_example_that_is_not_valid_content_is_refused():
    class Record(Strict):
        """A record."""

        id: Slug = Field(description="Its id.", examples=["Not An Id"])

    with pytest.raises(docs_ref.DocsError) as caught:
        docs_ref.render_format(_with(None, docs_ref.ContentFile("x.yaml", Record, "Record")))
    [problem] = caught.value.problems
    assert problem.startswith("Record example: id: Value error, 'Not An Id' is not a valid id")


def test_the_complete_examples_pass_a_strict_check(project: Path):
    """The examples are real content: the actor file replaces that actor in the fixture registry,
    and the briefing, a summary of a copy of the fixture article (an article has one summary),
    answers its question."""
    examples = re.findall(r"`(content/[^`]+)`:\n\n```yaml\n(.*?)```", _current()[FORMAT], re.S)
    (actors_where, actors_text), (_, briefing_text) = examples
    assert actors_where == "content/actors/*.yaml"
    example_actors = yaml.safe_load(actors_text)["actors"]
    people = project / "content/actors/people.yaml"
    registry = yaml.safe_load(people.read_text(encoding="utf-8"))
    ids = {a["id"] for a in example_actors}
    registry["actors"] = [a for a in registry["actors"] if a["id"] not in ids]
    people.write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")
    (project / "content/actors/example.yaml").write_text(actors_text, encoding="utf-8")
    seed = yaml.safe_load(briefing_text)["source"]["seed"]
    (project / "seeds/001_example.txt").write_bytes((project / "seeds" / seed).read_bytes())
    briefing_text = briefing_text.replace(f"seed: {seed}\n", "seed: 001_example.txt\n", 1)
    briefing_id = yaml.safe_load(briefing_text)["id"]
    (project / f"content/briefings/{briefing_id}.yaml").write_text(briefing_text, encoding="utf-8")

    result = run(project, "check", "--strict")
    assert result.exit_code == 0, result.output
    assert "check: 2 briefings" in result.output


def test_markers_are_required():
    with pytest.raises(docs_ref.DocsError) as caught:
        docs_ref.generate("# A README without markers\n", docs_ref.default_sources())
    assert caught.value.problems == [
        "README.md: needs one '<!-- commands:start -->' line and, after it, one "
        "'<!-- commands:end -->' line, around the generated commands reference"]


def test_check_and_write_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture):
    readme = _current()[README].replace("  --strict ", "  --lenient ", 1)
    (tmp_path / README).write_text(readme, encoding="utf-8")
    (tmp_path / FORMAT).write_text(_current()[FORMAT], encoding="utf-8")

    assert docs_ref.main(["--check", "--root", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "-  --lenient " in out and "+  --strict " in out
    assert f"README.md out of date with the command line or the content model: run `{docs_ref.FIX}`" in err

    assert docs_ref.main(["--write", "--root", str(tmp_path)]) == 0
    assert (tmp_path / README).read_text(encoding="utf-8") == _current()[README]
    assert docs_ref.main(["--check", "--root", str(tmp_path)]) == 0
