"""What a reader meets on a site of five briefings (the four-briefing site and a later one that
reports again a relationship the fixture article reported, with its own details, and asks more
questions), read from the HTML MkDocs built: lists that are cut say so and link to the whole,
no empty rows, an actor's page that does not repeat its own name, a timeline note about the
briefing's own dates, and relationship rows that say what each briefing reported."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import run
from .extra_content import add_briefing
from .page_structure import text_of
from .reader_site import IRAN, SELDIN
from .test_real_articles import _with_real_articles

LATER = "2024-10-02-britain-designations"
SKRIPAL = "2018-08-09-russia-condemns-skripal-sanctions"
LATER_SEED = """\
LONDON — Britain announced nine new designations against Iran on Wednesday over its missile \
shipments to Russia.
“We will not stand by while Iran arms Russia,” Foreign Secretary David Lammy said in a statement.
“These designations are only the start,” Lammy said.
"""
LATER_SUMMARY = {
    "id": LATER, "title": "Britain names nine more Iranian targets", "status": "reviewed",
    "source": {"outlet": "The Test Courier", "published": "2024-10-02", "dateline": "LONDON"},
    "bottom_line": "Britain added nine designations against Iran over missiles sent to Russia.",
    "key_points": ["Britain announced nine new designations against Iran."],
    "actors": [
        {"actor": "united-kingdom", "mentions": ["Britain"]},
        {"actor": "iran", "mentions": ["Iran"]},
        {"actor": "russia", "mentions": ["Russia"]},
        {"actor": "david-lammy", "role": "Foreign Secretary",
         "mentions": ["Foreign Secretary David Lammy", "Lammy"]},
    ],
    "quotes": [
        {"id": "lammy-not-stand-by", "speaker": "david-lammy",
         "text": "We will not stand by while Iran arms Russia,", "setting": "statement"},
        {"id": "lammy-only-the-start", "speaker": "david-lammy",
         "text": "These designations are only the start,", "setting": "statement"},
    ],
    "claims": [{"id": "iran-arms-russia", "claim": "Iran arms Russia.",
                "asserted_by": ["david-lammy"], "quotes": ["lammy-not-stand-by"]}],
    "events": [{"id": "designations", "date": "2024-10-02",
                "what": "Britain announces nine new designations against Iran.",
                "actors": ["united-kingdom", "iran"]}],
    "questions": [
        {"id": f"more-{n}", "question": f"Will Britain name more targets, round {n}?",
         "why_it_matters": "More names would widen the measures.", "watch": ["The next list."]}
        for n in (1, 2, 3)],
    "relations": [{"source": "united-kingdom", "kind": "sanctions", "target": "iran",
                   "what": "Nine new designations"}],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = _with_real_articles(tmp_path_factory.mktemp("faults") / "project", summaries=True)
    add_briefing(root, "900_britain.txt", LATER_SEED, LATER_SUMMARY)
    # a briefing of a 2018 article, published on the site in 2026
    skripal = root / "content" / "briefings" / f"{SKRIPAL}.yaml"
    text = skripal.read_text(encoding="utf-8")
    assert text.count("\nstatus: reviewed\n") == 1
    skripal.write_text(text.replace("\nstatus: reviewed\n", "\nstatus: reviewed\nadded: 2026-11-30\n"),
                       encoding="utf-8")
    built = run(root, "build", "--strict")
    assert built.exit_code == 0, built.output
    return root / "site"


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def content(page: str) -> str:
    return page.split('class="md-content"', 1)[1].split("</article>", 1)[0]


def section(page: str, heading_id: str) -> str:
    return content(page).split(f'id="{heading_id}"', 1)[1].split("<h2", 1)[0]


# --- lists that are cut say so -------------------------------------------------------------------

def test_home_says_how_many_open_questions_it_leaves_out_and_links_to_them_all(site: Path):
    page = read(site, "")
    watch = section(page, "what-to-watch")
    shown = len(re.findall(r"<strong>", watch))
    assert shown < 10  # the five briefings ask ten questions, none answered
    words = text_of(watch)
    assert f"{shown} of 10 open questions" in words, words
    assert 'href="questions/"' in watch


# --- claims ledger: the quotes a claim cites, and no empty rows ----------------------------------

def test_claims_ledger_shows_the_quotes_of_a_claim_and_no_empty_rows(site: Path):
    page = content(read(site, "claims/2024"))
    claim = page.split("Iran arms Russia.", 1)[1].split("<h2", 1)[0]
    words = text_of(claim)
    assert "We will not stand by while Iran arms Russia" in words, words
    assert f'href="../../briefings/{LATER}/#q-lammy-not-stand-by"' in claim
    assert "Denied by" not in words and "Disputed by" not in words
    assert "—" not in re.sub(r"[“”].*?[“”]", "", words)
    # a claim that was denied and disputed still says so
    denied = page.split("Iran has sent short-range ballistic missiles", 1)[1].split("<h2", 1)[0]
    assert "Denied by:" in text_of(denied) and "Disputed by:" in text_of(denied)


# --- an actor's own page ---------------------------------------------------------------------------

_EVIDENCE = re.compile(r'<span class="quote-evidence".*?</span>', re.S)


def test_actor_page_names_neither_the_actor_nor_the_briefing_under_each_quote(site: Path):
    page = section(read(site, "actors/david-lammy"), "quotes")
    figures = re.findall(r"<figure.*?</figure>", page, re.S)
    assert len(figures) == 2
    for figure in figures:
        # the article's own attribution words ('… Foreign Secretary David Lammy said') are the
        # evidence for the speaker, quoted, not the page repeating its actor's name
        caption = text_of(_EVIDENCE.sub("", figure.split("<figcaption", 1)[1]))
        assert "David Lammy" not in caption, caption
        assert "Britain names nine more Iranian targets" not in caption, caption
        assert "Iran sends ballistic missiles" not in caption, caption
    # the briefing is named once, above its quotes
    titles = [text_of(h) for h in re.findall(r'<p class="quote-briefing".*?</p>', page, re.S)]
    assert titles == ["Britain names nine more Iranian targets · 2 October 2024"], titles


def test_actor_page_quote_caption_keeps_how_and_when_it_was_said(site: Path):
    page = section(read(site, "actors/antony-blinken"), "quotes")
    figures = re.findall(r"<figure.*?</figure>", page, re.S)
    assert figures
    for figure in figures:
        assert "Antony Blinken" not in text_of(_EVIDENCE.sub("", figure.split("<figcaption", 1)[1]))
        assert "In remarks, 10 September 2024" in text_of(figure.split("<figcaption", 1)[1])


# --- a briefing's timeline speaks of its own dates -------------------------------------------------

@pytest.mark.parametrize("briefing, own, other", [
    (SKRIPAL, "March 2018", "late 2023"),
    (IRAN, "Late 2023", "March 2018"),
])
def test_briefing_timeline_note_speaks_of_its_own_vague_dates(site: Path, briefing: str,
                                                              own: str, other: str):
    timeline = section(read(site, f"briefings/{briefing}"), "timeline")
    note = text_of(timeline.split("</table>", 1)[1])
    assert "comes after" in note, note
    assert own in note, note
    assert other.lower() not in note.lower(), note


def test_timeline_year_page_note_speaks_of_a_vague_date_of_that_year(site: Path):
    page = content(read(site, "timeline/2018"))
    note = text_of(page.split("</table>", 1)[1])
    assert "“March 2018” after the days of March 2018" in note, note
    assert "2023" not in note


def test_briefing_timeline_without_vague_dates_has_no_note_on_them(site: Path):
    timeline = section(read(site, f"briefings/{SELDIN}"), "timeline")
    assert "comes after" not in text_of(timeline.split("</table>", 1)[1])


# --- a relationship that two briefings reported ----------------------------------------------------

def _row(page: str, *cells: str) -> list[str]:
    """The cells of the table row that begins with these cells."""
    for row in re.findall(r"<tr>(.*?)</tr>", page, re.S):
        found = re.findall(r"<td.*?</td>", row, re.S)
        if [text_of(c) for c in found[:len(cells)]] == list(cells):
            return found
    raise AssertionError(f"no row with {cells}")


@pytest.mark.parametrize("path", ["relations/2024", "actors/united-kingdom", "actors/iran"])
def test_relationship_row_says_what_each_briefing_reported(site: Path, path: str):
    cells = _row(content(read(site, path)), "United Kingdom", "sanctions", "Iran")
    # each briefing on its own line with its own details: only the later one said "nine"
    items = [text_of(i) for i in re.split(r"<br\s*/?>", cells[-1])]
    later = [i for i in items if "Britain names nine more Iranian targets" in i]
    first = [i for i in items if "Iran sends ballistic missiles to Russia" in i]
    assert len(later) == 1 and "Nine new designations" in later[0], items
    assert len(first) == 1 and "Nine new designations" not in first[0], items
    assert "Nine new designations" not in "".join(text_of(c) for c in cells[:-1])


# --- the feed dates an entry by its publication on the site ----------------------------------------

def test_feed_dates_an_entry_by_when_the_site_published_it_beside_the_article_date(site: Path):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.fromstring((site / "feed.xml").read_bytes())
    entries = feed.findall(f"{atom}entry")
    first = entries[0]
    # added in 2026, about an article of 2018: the newest entry, dated 2026
    assert first.findtext(f"{atom}title").startswith("Russia condemns new U.S. sanctions")
    assert first.findtext(f"{atom}published") == "2026-11-30T00:00:00Z"
    assert first.findtext(f"{atom}updated") == "2026-11-30T00:00:00Z"
    assert feed.findtext(f"{atom}updated") == "2026-11-30T00:00:00Z"
    assert "9 August 2018" in first.findtext(f"{atom}summary")
    # without `added`, the article's date stands in
    later = next(e for e in entries if e.findtext(f"{atom}title").startswith("Britain names"))
    assert later.findtext(f"{atom}published") == "2024-10-02T00:00:00Z"
    assert "The Test Courier, 2 October 2024: " in later.findtext(f"{atom}summary")
