"""The drafting benchmark: speakers judged by key or by name, unnamed sources and invented
speakers counted apart, the fictional and real sets reported each on its own, and the proposed
actors judged against the labelled ones: duplicates, non-entities by class, kinds, people quoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.article.names import Proposed
from generator.draft.bench import (
    DATELINE,
    INVENTED,
    JUNK,
    KIND_WRONG,
    NO_SPEAKER,
    PLACE,
    SHORT_FORM,
    UNNAMED,
    UNPROPOSED,
    UNPROPOSED_SPEAKER,
    WRONG,
    ActorScore,
    Verdict,
    evaluate,
    judge,
    judge_actors,
    main,
    normalised,
    office,
)

from .conftest import ROOT

SPEAKERS = {"lind": {"name": "Ana Lind", "kind": "person"}}
NAMES = {"ana-lind": "Ana Lind", "olek-strand": "Olek Strand"}


@pytest.mark.parametrize(("label", "drafted", "verdict"), [
    ({"speaker": "lind"}, "lind", Verdict(True, False, None)),
    # another id for the same person: right by name, as a registry id meets a proposed one
    ({"speaker": "lind"}, "ana-lind", Verdict(True, False, None)),
    ({"speaker": "lind"}, "olek-strand", Verdict(False, True, WRONG)),
    ({"speaker": "lind"}, None, Verdict(False, False, NO_SPEAKER)),
    ({"speaker": None}, None, Verdict(True, False, None)),
    ({"speaker": None}, "ana-lind", Verdict(False, True, INVENTED)),
    ({"unnamed": "a government spokesman"}, None, Verdict(False, False, UNNAMED)),
    ({"unnamed": "a government spokesman"}, "ana-lind", Verdict(False, True, INVENTED)),
])
def test_a_drafted_speaker_is_judged_against_its_label(label, drafted, verdict):
    assert judge(label, drafted, NAMES, SPEAKERS) == verdict


@pytest.mark.parametrize(("label", "source", "organization", "verdict"), [
    ({"unnamed": "a government spokesman"}, "a government spokesman", None, Verdict(True, False, None)),
    # a source that speaks for the labelled organization names it as well as the draft can
    ({"speaker": "velmora"}, "a spokeswoman for the cinema chain", "velmora",
     Verdict(True, False, None)),
    ({"speaker": "lind"}, "a spokeswoman", None, Verdict(False, False, NO_SPEAKER)),
    # a source where the text names no one is made up all the same
    ({"speaker": None}, "an official", None, Verdict(False, True, INVENTED)),
])
def test_a_described_source_is_judged_against_its_label(label, source, organization, verdict):
    speakers = SPEAKERS | {"velmora": {"name": "Kino Velmora", "kind": "organization"}}
    assert judge(label, None, NAMES, speakers, source, organization) == verdict


def test_names_match_across_apostrophes_case_and_spacing():
    speakers = {"obrien": {"name": "Mike O’Sullivan", "kind": "person"}}
    assert judge({"speaker": "obrien"}, "x", {"x": "mike  o'sullivan"}, speakers).right


def test_a_real_style_set_is_scored_with_an_empty_registry(tmp_path: Path):
    text = ("“We will stay,” Minister Ana Lind said on Monday. “Nobody leaves,” a government "
            "spokesman said. The talks were “useful.”\n")
    (tmp_path / "talks.txt").write_text(text, encoding="utf-8")
    (tmp_path / "labels.yaml").write_text(
        "articles:\n"
        "  - article: talks.txt\n"
        "    published: 2025-03-04\n"
        "    outlet: Test\n"
        "    byline: null\n"
        "    speakers:\n"
        "      lind: {name: \"Ana Lind\", kind: person}\n"
        "    quotes:\n"
        "      - {span: [1, 14], text: \"We will stay,\", speaker: lind}\n"
        "      - {span: [51, 65], text: \"Nobody leaves,\", unnamed: \"a government spokesman\"}\n"
        "      - {span: [112, 119], text: \"useful.\", speaker: null}\n"
        "      - {span: [80, 90], text: \"" + text[80:90] + "\", speaker: null}\n",
        encoding="utf-8")
    score = evaluate(tmp_path / "labels.yaml")
    assert (score.labelled, score.predicted, score.found) == (4, 3, 3)
    # Ana Lind right by name; the unnamed spokesman a described source; "useful." right
    assert (score.speaker_right, score.invented) == (3, 0)
    assert [len(score.by_class.get(k, [])) for k in ("missed quote", UNNAMED)] == [1, 0]


def test_the_bench_reports_the_fictional_and_the_real_set_apart(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main([]) == 0
    out = capsys.readouterr().out
    summaries = [line for line in out.splitlines() if line.startswith("draft.bench [")]
    assert [line.split("]")[0] for line in summaries] == ["draft.bench [fictional",
                                                          "draft.bench [real"]
    assert all("invented speakers" in line and "precision" in line for line in summaries)


def test_missing_labels_are_refused_with_status_2(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere.yaml")]) == 2
    assert "no labels at" in capsys.readouterr().err


@pytest.mark.parametrize(("a", "b"), [
    ("The White House", "white house"),
    ("Iran’s  Foreign Ministry", "Iran's Foreign Ministry"),
    ("U.S. Navy", "US Navy"),
    ("Omar Al-Bashir", "omar al bashir"),
])
def test_actor_names_match_without_case_punctuation_spacing_or_a_leading_the(a, b):
    assert normalised(a) == normalised(b)


ARTICLE = ("LONDON (Reuters) - The International Monetary Fund (IMF) said on Monday it would lend "
           "to Iraq. “We will act,” IMF spokesman Ana Lind said. Talks in Iraq go on, Olek Strand "
           "said.\n")
LABELS = {
    "dateline": "LONDON",
    "speakers": {"ana-lind": {"name": "Ana Lind", "kind": "person"}},
    "actors": {
        "imf": {"name": "International Monetary Fund", "kind": "organization", "aliases": ["IMF"]},
        "ana-lind": {"name": "Ana Lind", "kind": "person", "role": "IMF spokesman"},
        "olek-strand": {"name": "Olek Strand", "kind": "person", "role": None},
    },
}


def test_proposals_are_judged_against_the_labelled_actors():
    score = ActorScore()
    proposals = [Proposed("london", "LONDON", "organization"),
                 Proposed("imf-2", "International Monetary Fund", "organization"),
                 Proposed("imf", "IMF", "organization"),  # an alias of an actor matched before
                 Proposed("iraq", "Iraq", "state"),  # named only as a place
                 Proposed("ana-lind", "Ana Lind", "organization", "IMF spokesman"),
                 Proposed("lending-talks", "Lending talks go", "person")]
    judge_actors(score, "a.txt", ARTICLE, proposals, LABELS)
    assert (score.proposed, score.duplicates, score.non_entities) == (6, 1, 3)
    assert score.wrong_share == 4 / 6
    assert (score.kinds_right, score.kinds_judged) == (1, 2)
    assert (score.people_quoted_proposed, score.people_quoted) == (1, 1)
    assert (score.labelled_found, score.labelled) == (2, 3)
    assert {k: len(v) for k, v in score.by_class.items()} == {
        DATELINE: 1, SHORT_FORM: 1, PLACE: 1, JUNK: 1, KIND_WRONG: 1, UNPROPOSED: 1}


def test_a_person_quoted_is_proposed_when_one_proposal_has_a_labelled_form():
    score = ActorScore()
    labels = {"speakers": {"lind": {"name": "Ana Lind", "kind": "person"},
                           "imf": {"name": "IMF", "kind": "organization"},
                           "strand": {"name": "Olek Strand", "kind": "person"}}}
    judge_actors(score, "a.txt", ARTICLE, [Proposed("ana-lind", "Ana  lind", "person")], labels)
    # a set without `actors:` labels is measured on its people quoted alone
    assert (score.people_quoted_proposed, score.people_quoted, score.proposed) == (1, 2, 0)
    assert score.by_class == {UNPROPOSED_SPEAKER: ["a.txt: Olek Strand (strand)"]}


@pytest.mark.parametrize(("proposed", "labelled", "right"), [
    ("Iranian president", "president", True),
    ("US Secretary of State", "Secretary of State", True),
    ("Prime Minister of Ireland visited the White House Monday to commemorate St",
     "Prime Minister of Ireland", False),
    ("GOP nomination for governor", None, False),
    ("Senator", "Representative", False),
])
def test_a_role_is_right_when_it_is_the_labelled_office(proposed, labelled, right):
    assert office(proposed, labelled) is right


def test_the_bench_reports_the_proposed_actors_of_a_set_with_actor_labels(capsys):
    assert main([str(ROOT / "tests/draft_outlets/labels.yaml")]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines()
                if x.startswith("draft.bench actors [draft_outlets]"))
    assert "people quoted proposed" in line and "duplicates and non-entities" in line
    assert "kinds right" in line
