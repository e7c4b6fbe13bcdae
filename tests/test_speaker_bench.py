"""The speaker benchmark runs the real check on a project it writes from labels, and counts true
speakers contradicted, confirmed, and swapped speakers caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.verify import speaker_bench

ARTICLE = ("ARDENNE — Officials traded charges on Tuesday over the convoy.\n"
           "“Moscow is lying,” Jane Doe told reporters.\n"
           "“The talks are over,” said Richard Roe.\n"
           "Somebody wrote that the talks were “a failure.”\n")
LABELS = """\
articles:
  - article: convoy.txt
    published: 2024-10-01
    outlet: Test Wire
    byline: null
    speakers:
      jane-doe: {name: "Jane Doe", kind: person}
      richard-roe: {name: "Richard Roe", kind: person}
      envoy-office: {name: "Office of the Envoy", kind: organization}
    quotes:
      - span: [64, 80]
        text: "Moscow is lying,"
        speaker: jane-doe
      - span: [108, 127]
        text: "The talks are over,"
        speaker: richard-roe
      - span: [183, 193]
        text: "a failure."
        speaker: richard-roe
"""


def test_the_bench_counts_each_verdict_on_a_project_of_the_labels(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    (tmp_path / "convoy.txt").write_text(ARTICLE, encoding="utf-8")
    labels = tmp_path / "labels.yaml"
    labels.write_text(LABELS, encoding="utf-8")
    for span, words in [((64, 80), "Moscow is lying,"), ((108, 127), "The talks are over,"),
                        ((183, 193), "a failure.")]:
        assert ARTICLE[span[0]:span[1]] == words
    assert speaker_bench.main([str(labels)]) == 0
    out = capsys.readouterr().out
    # three true speakers: two confirmed, the third ('Somebody wrote') unsettled; each quote
    # swapped to the two other person or organization speakers: the named two caught, 4 of 6
    assert (f"{labels}: 3 quotes: 0 false alarms (0.0 %), 2 confirmed (66.7 %); 6 swaps, "
            "4 caught (66.7 %)") in out, out
    assert "unconfirmed convoy quotes[2] “a failure.” (richard-roe)" in out
    assert out.count("missed convoy-swap-") == 2
    # the unsettled quote, true or swapped, is warned of: no swap publishes unsaid
    assert ("4 caught (66.7 %); warned of, without an error: 1 true speaker (33.3 %), 2 swaps "
            "(33.3 %)") in out, out


def test_a_swapped_speaker_goes_without_the_editors_check_of_the_true_one():
    summary = {"id": "b", "quotes": [{"id": "q1", "speaker": "jane-doe", "text": "a failure.",
                                      "speaker_checked": "Doe said it, as the editor read."}]}
    cases = [speaker_bench.Case("b", 0, "a failure.", "jane-doe", "q1", ["richard-roe"])]
    (kept, _), (swapped, which) = speaker_bench._variants(summary, cases)
    assert kept["quotes"][0]["speaker_checked"] == "Doe said it, as the editor read."
    assert which == {0: "richard-roe"}
    assert swapped["quotes"][0] == {"id": "q1", "speaker": "richard-roe", "text": "a failure."}
