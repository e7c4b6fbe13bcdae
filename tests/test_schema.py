"""The JSON Schema comes from the model, is checked in for editors, and validates the content."""

from __future__ import annotations

import json

import jsonschema
import pytest

from generator.content import yaml_source

from .conftest import BRIEFING_YAML, FIXTURE, ROOT, run


@pytest.mark.parametrize("flag, name", [((), "briefing"), (("--actors",), "actors")])
def test_checked_in_schema_matches_the_model(flag, name):
    from click.testing import CliRunner

    from generator.cli import main

    printed = CliRunner().invoke(main, ["schema", *flag]).output
    assert json.loads(printed) == json.loads((ROOT / f"schema/{name}.schema.json").read_text()), (
        f"schema/{name}.schema.json is stale: run `briefing schema {' '.join(flag)} > "
        f"schema/{name}.schema.json`")


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / f"schema/{name}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_schema_validates_the_shipped_yaml():
    briefing = yaml_source.parse((FIXTURE / BRIEFING_YAML).read_bytes()).data
    assert list(_validator("briefing").iter_errors(briefing)) == []
    for path in sorted((FIXTURE / "content/actors").glob("*.yaml")):
        data = yaml_source.parse(path.read_bytes()).data
        assert list(_validator("actors").iter_errors(data)) == [], path


def test_schema_rejects_an_unknown_field():
    briefing = yaml_source.parse((FIXTURE / BRIEFING_YAML).read_bytes()).data
    briefing["quotes"][0]["qoute_text"] = "typo"
    errors = list(_validator("briefing").iter_errors(briefing))
    assert any("qoute_text" in e.message for e in errors)


def test_site_publishes_the_schema(built_site):
    published = json.loads((built_site / "site/schema/briefing.schema.json").read_text())
    assert published == json.loads((ROOT / "schema/briefing.schema.json").read_text())


def test_schema_command_prints_json(tmp_path):
    result = run(tmp_path, "check")  # an empty folder: no registry, an error, not a traceback
    assert result.exit_code == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("edit, words", [
    (lambda b: b["quotes"][0].update(setting="tweet"), "'tweet' is not one of"),
    (lambda b: b.update(status="published"), "'published' is not one of"),
    (lambda b: b.update(id="Iran/Missiles"), "does not match"),
    (lambda b: b["source"].update(seed="../secrets.txt"), "does not match"),
    (lambda b: b["source"].pop("sha256"), "'sha256' is a required property"),
    (lambda b: b.update(title="<script>alert(1)</script>"), "does not match"),
])
def test_schema_rejects_invalid_values(edit, words):
    briefing = yaml_source.parse((FIXTURE / BRIEFING_YAML).read_bytes()).data
    edit(briefing)
    errors = [e.message for e in _validator("briefing").iter_errors(briefing)]
    assert any(words in e for e in errors), errors


def test_actor_schema_rejects_an_unknown_kind():
    data = yaml_source.parse((FIXTURE / "content/actors/people.yaml").read_bytes()).data
    data["actors"][0]["kind"] = "company"
    errors = [e.message for e in _validator("actors").iter_errors(data)]
    assert any("'company' is not one of" in e for e in errors), errors
