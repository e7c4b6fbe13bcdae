"""The real-news drafting sets (`tests/draft_real/`, and `tests/draft_real_other/`,
`tests/draft_outlets/`, `tests/draft_held/` and `tests/draft_held2/` from outlets other than Voice
of America): every label holds its words, names a known speaker, and no two quotations overlap
unless one is nested in the other (the held-aside `tests/draft_held3/` too: these tests run no
rule on it). `draft_outlets` and the three held aside also
give each article's dateline and the actors an analyst would list: every speaker is one of them, as
the same entity, and every alias is a form the article uses.

The labels are the measure `python -m generator.draft.bench` holds the rules to, so a label that
drifted from its article (an edited text file, a mistyped span) would silently turn a right answer
into a wrong one. The file is read with the project's own YAML reader, as the bench reads it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.content import yaml_source

SETS = [Path(__file__).parent / name
        for name in ("draft_real", "draft_real_other", "draft_outlets", "draft_held", "draft_held2",
                     "draft_held3")]
# the sets labelled with the actors each article is about, and its dateline
WITH_ACTORS = {"draft_outlets", "draft_held", "draft_held2", "draft_held3"}
ARTICLE_KEYS = {"article", "published", "outlet", "byline", "speakers", "quotes"}
ACTOR_KEYS = {"name", "kind", "role", "aliases"}
SPEAKER_KINDS = {"person", "organization", "state"}
# a quotation's own marks: the character just before its span opens it (or ends the line before,
# where the published text strands it there), the one just after closes it (or the paragraph ends:
# a quotation running on into the next paragraph has no closing mark)
OPENING = "\"“'‘"
CLOSING = "\"”'’"


def _articles(labelled: Path) -> list[dict]:
    data = yaml_source.parse((labelled / "labels.yaml").read_bytes()).data
    assert isinstance(data, dict) and set(data) == {"articles"}
    return data["articles"]


@pytest.mark.parametrize("labelled", SETS, ids=lambda path: path.name)
def test_the_set_has_its_files_and_every_article_is_labelled(labelled: Path):
    articles = _articles(labelled)
    names = [entry["article"] for entry in articles]
    assert len(names) == len(set(names)), "an article is labelled twice"
    on_disk = {path.name for path in labelled.glob("*.txt")}
    assert on_disk == set(names), "every .txt is labelled and every label has its .txt"
    assert (labelled / "SOURCES.md").is_file()
    sources = (labelled / "SOURCES.md").read_text(encoding="utf-8")
    missing = [name for name in names if name not in sources]
    assert not missing, f"not credited in SOURCES.md: {missing}"


@pytest.mark.parametrize(("labelled", "entry"), [(labelled, entry) for labelled in SETS
                                             for entry in _articles(labelled)],
                         ids=lambda value: value["article"] if isinstance(value, dict) else value.name)
def test_article_labels_are_well_formed(labelled: Path, entry: dict):
    keys = ARTICLE_KEYS | ({"dateline", "actors"} if labelled.name in WITH_ACTORS else set())
    assert set(entry) == keys, f"keys must be exactly {sorted(keys)}"
    date.fromisoformat(str(entry["published"]))
    assert isinstance(entry["outlet"], str) and entry["outlet"]
    assert entry["byline"] is None or isinstance(entry["byline"], str)
    text = (labelled / entry["article"]).read_text(encoding="utf-8")
    assert text == text.strip("\n") + "\n", "one paragraph a line, no blank lines at either end"
    assert "\n\n" not in text, "no blank lines between paragraphs"
    speakers = entry["speakers"] or {}
    for key, speaker in speakers.items():
        assert set(speaker) <= {"name", "kind", "role"} and {"name", "kind"} <= set(speaker), key
        assert speaker["kind"] in SPEAKER_KINDS, key
    spans: list[tuple[int, int]] = []
    for quote in entry["quotes"]:
        where = f"{entry['article']} {quote.get('span')}"
        assert {"span", "text"} <= set(quote), where
        named = "speaker" in quote
        assert named != ("unnamed" in quote), f"{where}: give either speaker or unnamed"
        assert set(quote) <= {"span", "text", "speaker", "unnamed", "organization"}, where
        start, end = (int(n) for n in quote["span"])
        assert 0 < start < end < len(text), where
        assert text[start:end] == quote["text"], f"{where}: the span holds {text[start:end]!r}"
        # a mark can be stranded at the end of the line before, as it was published, or be a
        # closing mark misprinted after a space to open (`a dire warning that ”tens of …”`)
        assert (text[:start].rstrip()[-1:] in tuple(OPENING)
                or text[start - 2:start] in (" ”", "\n”")), f"{where}: no quotation mark opens it"
        assert text[end] in CLOSING or text[end] == "\n", f"{where}: no quotation mark closes it"
        if named:
            assert quote["speaker"] is None or quote["speaker"] in speakers, where
        else:
            assert isinstance(quote["unnamed"], str) and quote["unnamed"], where
            assert quote.get("organization") is None or quote["organization"] in speakers, where
        spans.append((start, end))
    # a nested quotation lies wholly inside the one that quotes it; any other overlap is an error
    open_spans: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        while open_spans and start >= open_spans[-1][1]:
            open_spans.pop()
        assert not open_spans or end <= open_spans[-1][1], \
            f"{entry['article']}: span {start, end} overlaps {open_spans[-1]}"
        open_spans.append((start, end))


@pytest.mark.parametrize("entry", [entry for labelled in SETS if labelled.name in WITH_ACTORS
                                   for entry in _articles(labelled)],
                         ids=lambda entry: entry["article"])
def test_actors_are_well_formed_and_hold_every_speaker(entry: dict):
    labelled = next(path for path in SETS
                    if path.name in WITH_ACTORS and (path / entry["article"]).is_file())
    text = (labelled / entry["article"]).read_text(encoding="utf-8")
    assert entry["dateline"] is None or (isinstance(entry["dateline"], str)
                                         and entry["dateline"] in text)
    actors = entry["actors"]
    assert isinstance(actors, dict) and actors, "an article is about someone"
    for key, actor in actors.items():
        assert set(actor) == ACTOR_KEYS, f"{key}: keys must be exactly {sorted(ACTOR_KEYS)}"
        assert isinstance(actor["name"], str) and actor["name"], key
        assert actor["kind"] in SPEAKER_KINDS, key
        assert actor["role"] is None or (isinstance(actor["role"], str) and actor["role"]), key
        assert isinstance(actor["aliases"], list), key
        for alias in actor["aliases"]:
            assert isinstance(alias, str) and alias in text, f"{key}: the article never says {alias!r}"
            assert alias != actor["name"], f"{key}: its name is not an alias"
        assert len(set(actor["aliases"])) == len(actor["aliases"]), f"{key}: an alias given twice"
    speakers = entry["speakers"] or {}
    for key, speaker in speakers.items():
        assert key in actors, f"speaker {key} is not an actor"
        assert (speaker["name"], speaker["kind"]) == (actors[key]["name"], actors[key]["kind"]), key
    for quote in entry["quotes"]:
        assert quote.get("organization") is None or quote["organization"] in actors, quote["span"]
