"""References are marked in the model: every field that names an actor, a quote or a question is
found by one walker, so a new field of that kind is checked and indexed with nothing else changed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import Field

from generator.content import load as load_stage
from generator.content import model
from generator.content.model import ActorId, Briefing, QuestionId, actor_refs, refs

from .conftest import BRIEFING_ID, BRIEFING_YAML, run
from .content_edits import briefing, insert_after, reported, set_line
from .extra_content import OLDER_ID, add_older_briefing

B = BRIEFING_YAML


def _loaded(root: Path) -> Briefing:
    content = load_stage.load(load_stage.Project(root.resolve()))
    return content.briefings[0].value


def test_the_schema_names_what_each_reference_refers_to():
    props = Briefing.model_json_schema()["$defs"]
    assert props["Quote"]["properties"]["speaker"]["anyOf"][0]["x-refers-to"] == "actor"
    assert props["Sanction"]["properties"]["targets"]["items"]["x-refers-to"] == "actor"
    assert props["Claim"]["properties"]["quotes"]["items"]["x-refers-to"] == "quote"
    assert props["Answer"]["properties"]["question"]["x-refers-to"] == "question"
    assert "x-refers-to" not in props["Quote"]["properties"]["id"]


def test_the_walker_finds_every_actor_reference(project: Path):
    b = _loaded(project)
    found = dict(actor_refs(b))
    assert found[("actors", 0, "actor")] == b.actors[0].actor
    assert found[("quotes", 0, "speaker")] == b.quotes[0].speaker
    assert found[("claims", 0, "asserted_by", 0)] == b.claims[0].asserted_by[0]
    assert found[("relations", 0, "target")] == "russia"
    # one per id written in the summary: the listed actors, speakers, sanctions, claims,
    # events and relations, and nothing else (no quote ids, no question ids)
    expected = (len(b.actors) + sum(q.speaker is not None for q in b.quotes)
                + sum(len(s.imposers) + len(s.targets) for s in b.sanctions)
                + sum(len(c.asserted_by) + len(c.denied_by) + len(c.disputed_by) for c in b.claims)
                + sum(len(e.actors) for e in b.events) + 2 * len(b.relations))
    assert len(found) == expected
    quotes = [(loc, ref) for loc, ref, _ in refs(b, "quote")]
    assert quotes[0] == (("claims", 0, "quotes", 0), "blinken-shipments-received")


def test_a_question_reference_is_parsed_once():
    answer = model.Answer(question="2024-09-10-iran/atacms-inside-russia", answer="Yes.")
    assert isinstance(answer.question, QuestionId)
    assert (answer.question.briefing, answer.question.question) == ("2024-09-10-iran",
                                                                    "atacms-inside-russia")
    assert answer.model_dump()["question"] == "2024-09-10-iran/atacms-inside-russia"
    with pytest.raises(ValueError, match="is not a question reference"):
        model.Answer(question="a/b/c", answer="Yes.")


class _Observed(Briefing):
    """The briefing model with one more field that names actors."""

    observers: list[ActorId] = Field(default_factory=list)


def test_a_new_actor_reference_field_is_checked_without_touching_verify(project: Path,
                                                                       monkeypatch):
    monkeypatch.setattr(load_stage, "Briefing", _Observed)
    insert_after(briefing(project), 1, "observers: [antony-blinken, nobody-at-all]")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:2:29:", "observers[1]: unknown actor 'nobody-at-all': add it to "
                                          "content/actors/ or fix the id")
    assert "observers[0]" not in result.output

    # and the corpus counts the new field's actors as mentioned in the briefing
    set_line(briefing(project), 2, "observers: [antony-blinken, nobody-at-all]",
             "observers: [yemen]")
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert BRIEFING_ID in (project / "docs/actors/yemen.md").read_text(encoding="utf-8")


def test_a_claim_naming_no_quote_of_its_briefing_is_refused(project: Path):
    set_line(briefing(project), 221, "    quotes: [treasury-hundreds]",
             "    quotes: [treasury-hundred]")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:221:14:", "claims[1].quotes[0]: no quote with id "
                                            "'treasury-hundred' in this briefing (did you mean "
                                            "'treasury-hundreds'?)")


@pytest.mark.parametrize("question, message", [
    (f"{BRIEFING_ID}/atacms-inside-russia", None),
    (f"{BRIEFING_ID}/atacms-inside-rusia",
     f"briefing '{BRIEFING_ID}' has no question 'atacms-inside-rusia' (did you mean "
     "'atacms-inside-russia'?)"),
    ("2024-09-10-iran-missiles-to-rusia/atacms-inside-russia",
     f"no briefing '2024-09-10-iran-missiles-to-rusia' (did you mean '{BRIEFING_ID}'?)"),
    (f"{OLDER_ID}/anything", "a briefing cannot answer its own question: remove the question "
                             "instead"),
])
def test_answers_name_a_question_of_another_briefing(project: Path, question: str,
                                                     message: str | None):
    add_older_briefing(project)
    path = project / f"content/briefings/{OLDER_ID}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["answers"] = [{"question": question, "answer": "Not yet."}]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index(f"- question: {question}") + 1
    result = run(project, "check")
    if message is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 1
    where = f"content/briefings/{OLDER_ID}.yaml:{line}:13:"
    assert reported(result, where, f"answers[0].question: {message}"), result.output
