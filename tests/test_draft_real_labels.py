"""The real-news drafting sets (`tests/draft_real/`, `tests/draft_real_other/` from outlets other
than Voice of America, and the held-aside `tests/draft_held/`): every label holds its words, names a
known speaker, and no two quotations overlap unless one is nested in the other. The held-aside set
also gives each article's dateline and the actors an analyst would list: every speaker is one of
them, as the same entity, and every other form of a name it gives is in the article.

The labels are the measure `python -m generator.draft.bench` holds the rules to, so a label that
drifted from its article (an edited text file, a mistyped span) would silently turn a right answer
into a wrong one. The file is read with the project's own YAML reader, as the bench reads it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.content import yaml_source

HERE = Path(__file__).parent
HELD = HERE / "draft_held"
SETS = [HERE / "draft_real", HERE / "draft_real_other", HELD]
ARTICLE_KEYS = {"article", "published", "outlet", "byline", "speakers", "quotes"}
# the held-aside set labels two things more: the article's dateline and its actors
HELD_KEYS = ARTICLE_KEYS | {"dateline", "actors"}
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
    keys = HELD_KEYS if labelled == HELD else ARTICLE_KEYS
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
        # a mark can be stranded at the end of the line before, as it was published
        assert text[:start].rstrip()[-1:] in tuple(OPENING), f"{where}: no quotation mark opens it"
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


@pytest.mark.parametrize("entry", _articles(HELD), ids=lambda entry: entry["article"])
def test_held_articles_list_their_actors_and_dateline(entry: dict):
    text = (HELD / entry["article"]).read_text(encoding="utf-8")
    dateline = entry["dateline"]
    # the place a dateline names opens the first paragraph, as printed
    assert dateline is None or (isinstance(dateline, str) and dateline and
                                text.lstrip(" \"“'‘").startswith(dateline)), dateline
    actors = entry["actors"]
    assert isinstance(actors, dict) and actors, "an article has at least one actor"
    for key, actor in actors.items():
        assert set(actor) == {"name", "kind", "role", "aliases"}, key
        assert isinstance(actor["name"], str) and actor["name"], key
        assert actor["kind"] in SPEAKER_KINDS, key
        assert actor["role"] is None or (isinstance(actor["role"], str) and actor["role"]), key
        assert isinstance(actor["aliases"], list), key
        for alias in actor["aliases"]:
            assert isinstance(alias, str) and alias in text, f"{key}: alias {alias!r} is not in the article"
        assert len(set(actor["aliases"])) == len(actor["aliases"]), f"{key}: an alias given twice"
    for key, speaker in (entry["speakers"] or {}).items():
        assert key in actors, f"speaker {key} is not one of the actors"
        for field in ("name", "kind", "role"):
            assert speaker.get(field) == actors[key][field], f"{key}: its {field} differs among the actors"
