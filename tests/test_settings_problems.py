"""What is wrong in mkdocs.yml is reported like content: `mkdocs.yml:line:col: setting: message`,
all at once, with the same summary line, and nothing is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.engine.run import read_config

from .conftest import run


def _edit(project: Path, old: str, new: str) -> list[str]:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    config.write_text(text.replace(old, new), encoding="utf-8")
    return config.read_text(encoding="utf-8").splitlines()


def _line(lines: list[str], text: str) -> int:
    return lines.index(text) + 1


def _refused(project: Path, command: str = "build") -> list[str]:
    result = run(project, command)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert sorted(os.listdir(project)) == ["content", "mkdocs.yml", "seeds", "site_templates"]
    lines = result.output.splitlines()
    assert lines[-1] == f"{command}: {len(lines) - 1} error{'s' * (len(lines) > 2)}, 0 warnings " \
                        "in 1 file; nothing written"
    return lines[:-1]


@pytest.mark.parametrize("command", ["build", "serve"])
def test_a_bad_source_text_value_names_its_line(project: Path, command: str):
    lines = _edit(project, "extra:\n", "extra:\n  briefing:\n    source_text: partial\n")
    assert _refused(project, command) == [
        f"mkdocs.yml:{_line(lines, '    source_text: partial')}:18: extra.briefing.source_text: "
        "'partial' is not allowed; use 'full' (the whole article) or 'excerpts' (only the quoted "
        "passages, for articles that may not be republished)"]


def test_an_unknown_setting_names_its_key(project: Path):
    lines = _edit(project, "extra:\n", "extra:\n  briefing:\n    source_txt: excerpts\n")
    assert _refused(project) == [
        f"mkdocs.yml:{_line(lines, '    source_txt: excerpts')}:5: extra.briefing.source_txt: "
        "unknown setting; known: source_text, source_text_by_outlet"]


def test_a_bad_outlet_setting_and_a_bad_address_are_reported_together(project: Path):
    lines = _edit(project, "extra:\n", "extra:\n  briefing:\n    source_text_by_outlet:\n"
                                       "      The Outlet: some\n")
    lines = _edit(project, "site_name: Briefing\n",
                  "site_name: Briefing\nsite_url: briefing.example.org\n")
    assert _refused(project) == [
        f"mkdocs.yml:{_line(lines, 'site_url: briefing.example.org')}:11: site_url: "
        "'briefing.example.org' is not a web address: use http:// or https://",
        f"mkdocs.yml:{_line(lines, '      The Outlet: some')}:19: "
        "extra.briefing.source_text_by_outlet.The Outlet: 'some' is not allowed; use 'full' (the "
        "whole article) or 'excerpts' (only the quoted passages, for articles that may not be "
        "republished)"]


@pytest.mark.parametrize("command", ["build", "serve"])
def test_a_duplicate_key_is_refused(project: Path, command: str):
    lines = _edit(project, "use_directory_urls: true\n",
                  "use_directory_urls: true\nsite_name: Another name\n")
    first = _line(lines, "site_name: Briefing")
    assert _refused(project, command) == [
        f"mkdocs.yml:{_line(lines, 'site_name: Another name')}:1: duplicate key 'site_name' "
        f"(first at line {first}): YAML would silently keep only the last one; merge them"]


def test_a_nested_duplicate_key_is_refused(project: Path):
    lines = _edit(project, "extra:\n", "extra:\n  briefing:\n    source_text: full\n"
                                       "    source_text: excerpts\n")
    assert _refused(project) == [
        f"mkdocs.yml:{_line(lines, '    source_text: excerpts')}:5: duplicate key 'source_text' "
        f"(first at line {_line(lines, '    source_text: full')}): YAML would silently keep "
        "only the last one; merge them"]


def test_application_tags_are_left_to_mkdocs(project: Path):
    _edit(project, "site_name: Briefing\n",
          "site_name: Briefing\nsite_url: !ENV [BRIEFING_SITE_URL, 'not an address']\n"
          "copyright: !!python/name:os.sep\n")
    config = read_config(project)
    assert config.problems == ()
    assert config.settings.site_url is None
    assert config.site_name == "Briefing"


def test_the_shipped_settings_have_no_problems(project: Path):
    config = read_config(project)
    assert config.problems == ()
    assert config.settings.source_text == "full"
    assert config.docs_dir == project / "docs"
