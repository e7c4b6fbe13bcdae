"""The drafting benchmark: speakers judged by key or by name, unnamed sources and invented
speakers counted apart, and the fictional and real sets reported each on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.draft.bench import (
    INVENTED,
    NO_SPEAKER,
    UNNAMED,
    WRONG,
    Verdict,
    evaluate,
    judge,
    main,
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
