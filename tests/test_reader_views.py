"""What a reader finds on a site of four briefings (the fixture article and three real ones), read
from the HTML MkDocs built: the briefings list, quote footers, expected events and vague dates,
pages without an empty sidebar, each actor's relationships, the relationships overview, and the
search index."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest
import yaml

from generator.content import dates
from generator.pages import diagrams, registers
from generator.pages.corpus import expected

from .page_structure import text_of
from .reader_site import IRAN, SELDIN, build_four_briefings
from .test_real_articles import REAL

FIXTURE_SUMMARIES = [Path(__file__).parent / "fixtures/project/content/briefings" / f"{IRAN}.yaml",
                     *sorted((REAL / "content/briefings").glob("*.yaml"))]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_four_briefings(tmp_path_factory.mktemp("reader") / "project") / "site"


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def summaries() -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in FIXTURE_SUMMARIES]


# --- the briefings list ------------------------------------------------------------------------

def test_briefings_list_shows_date_outlet_and_bottom_line_of_each(site: Path):
    page = read(site, "briefings")
    items = re.findall(r"<li>(.*?)</li>", page.split('class="md-content"', 1)[1], re.S)
    assert len(items) == 4
    for summary in summaries():
        item = next(i for i in items if f'href="{summary["id"]}/"' in i)
        words = text_of(item)
        label = dates.parse(str(summary["source"]["published"])).label
        assert f"{label} · {summary['source']['outlet']}" in words
        # the bottom line, as plain words (its Markdown rendered)
        bottom = " ".join(re.sub(r"[*_`]", "", summary["bottom_line"]).split())
        assert bottom[:80] in words, (bottom[:80], words)
    # newest first, and no navigation entry for any single briefing
    order = [re.search(r'href="([a-z0-9-]+)/"', i).group(1) for i in items]
    assert order == sorted(order, reverse=True)
    nav = page.split('class="md-content"', 1)[0]
    assert not [s["id"] for s in summaries() if s["id"] in nav]


# --- quotes: one permalink, one copy button (added by script), one link to the article ---------

def _figures(page: str) -> list[str]:
    return re.findall(r"<figure class=\"quote\"[^>]*>.*?</figure>", page, re.S)


@pytest.mark.parametrize("briefing", [IRAN, SELDIN])
def test_each_quote_has_one_permalink_and_one_link_to_the_article(site: Path, briefing: str):
    page = read(site, f"briefings/{briefing}")
    summary = next(s for s in summaries() if s["id"] == briefing)
    figures = _figures(page)
    assert len(figures) == len(summary["quotes"])
    for quote, figure in zip(summary["quotes"], figures, strict=True):
        assert f'id="q-{quote["id"]}"' in figure
        links = re.findall(r"<a ([^>]*)>([^<]*)</a>", figure.split("<figcaption>", 1)[1])
        permalinks = [(a, t) for a, t in links if "quote-permalink" in a]
        sources = [(a, t) for a, t in links if "quote-source-link" in a]
        assert [t for _, t in permalinks] == ["Permalink"]
        assert f'href="#q-{quote["id"]}"' in permalinks[0][0]
        assert 'aria-label="Permalink to this quote"' in permalinks[0][0]
        assert [t for _, t in sources] == ["In the article"]
        assert f'href="../../sources/{briefing}/#src-{quote["id"]}"' in sources[0][0]
        # no other link in the footer reads like either
        others = [t for a, t in links if "quote-" not in a]
        assert not [t for t in others if re.search(r"\b(link|article)\b", t, re.I)], others


def test_actor_page_quote_permalink_leads_to_the_quote_on_its_briefing(site: Path):
    page = read(site, "actors/dmitry-peskov")
    figures = _figures(page)
    assert len(figures) == 2
    for figure in figures:
        permalink = re.search(r'<a [^>]*class="quote-permalink" href="([^"]+)"', figure).group(1)
        assert permalink.startswith(f"../../briefings/{IRAN}/#q-peskov-")
        # the briefing's title, above the quotes, links to the briefing
        assert f'href="../../briefings/{IRAN}/">Iran sends' not in figure
    quotes = page.split('id="quotes"', 1)[1].split("<h2", 1)[0]
    assert quotes.count(f'href="../../briefings/{IRAN}/">Iran sends') == 1


# --- events: expected ones marked, vague dates explained -------------------------------------

def test_an_event_after_publication_is_marked_expected():
    day = dates.parse("2024-09-11")
    assert expected(day, dates.DateText("2024-09-10"))
    assert not expected(dates.parse("2024-09-10"), dates.DateText("2024-09-10"))
    assert not expected(dates.parse("2024-09"), dates.DateText("2024-09-10"))  # the month it was published in
    assert expected(dates.parse("2024-10"), dates.DateText("2024-09-10"))
    assert expected(dates.parse("late 2024"), dates.DateText("2024-08-31"))


def _rows(table_html: str) -> list[str]:
    body = table_html.split("<tbody>", 1)[1]
    return [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_briefing_timeline_marks_expected_events_and_says_where_vague_dates_sit(site: Path):
    page = read(site, f"briefings/{IRAN}")
    section = page.split('id="timeline"', 1)[1].split("<h2", 1)[0]
    rows = _rows(section)
    marked = [r for r in rows if "· expected" in r]
    # Blinken and Lammy are due in Kyiv on Wednesday, the day after the article
    assert marked == [r for r in rows if r.startswith("11 September 2024")] and len(marked) == 1
    assert not [r for r in rows if r.startswith("September 2024") and "· expected" in r]
    note = text_of(section.split("</table>", 1)[1])
    assert "comes after the dated events it spans" in note
    assert "Expected: still ahead when the article was published (10 September 2024)" in note
    # and so they are placed: "late 2023" after every dated event of 2023, before 2024's
    whens = [r.split(" (")[0] for r in rows]
    assert whens.index("Late 2023") < whens.index("July 2024")


def test_timeline_year_page_marks_expected_events(site: Path):
    page = read(site, "timeline/2024")
    rows = _rows(page)
    assert [r for r in rows if "· expected" in r] == [
        r for r in rows if r.startswith("11 September 2024")]
    assert "Expected: an event that its article, when published, reported as still ahead" in (
        text_of(page.split("</table>", 1)[1]))


@pytest.mark.parametrize("path", [f"briefings/{IRAN}", "actors/russia", f"sources/{IRAN}",
                                  "relations/2024", "timeline/2024"])
def test_pages_outside_the_navigation_have_no_empty_sidebar(site: Path, path: str):
    page = read(site, path)
    sidebar = re.search(r'<div class="md-sidebar md-sidebar--primary"[^>]*>', page).group(0)
    assert "hidden" in sidebar
    # the table of contents stays
    assert 'class="md-sidebar md-sidebar--secondary"' in page


# --- relationships ---------------------------------------------------------------------------

def _links_of(actor: str) -> set[tuple[str, str, str]]:
    """(source, kind, target) of every relationship the summaries report with the actor in it,
    sanctions counted as the generator counts them (each imposer on each target)."""
    found = set()
    for s in summaries():
        for r in s.get("relations", []):
            found.add((r["source"], r["kind"], r["target"]))
        for m in s.get("sanctions", []):
            found |= {(i, "sanctions", t) for i in m["imposers"] for t in m["targets"]}
    return {f for f in found if actor in (f[0], f[2])}


@pytest.mark.parametrize("actor", ["russia", "iran", "jeff-seldin"])
def test_actor_page_shows_its_relationships_as_a_diagram_and_a_complete_table(site: Path,
                                                                              actor: str):
    page = read(site, f"actors/{actor}")
    section = page.split('id="relationships"', 1)[1].split("<h2", 1)[0]
    rows = _rows(section)
    assert len(rows) == len(_links_of(actor))
    fence = html_lib.unescape(re.search(r'<pre class="mermaid"><code>(.*?)</code>', section,
                                        re.S).group(1))
    edges = [line for line in fence.splitlines() if "|" in line]
    assert len(edges) == min(len(rows), diagrams.DIAGRAM_LIMIT)
    assert all(diagrams.node_id(actor) in e for e in edges)


def test_relationships_overview_counts_by_kind_and_year_and_opens_narrowed_pages(site: Path):
    page = read(site, "relations")
    section = page.split('id="by-kind-and-year"', 1)[1].split("<h2", 1)[0]
    rows = dict(re.findall(r"<tr>\s*<td>(\w+)</td>(.*?)</tr>", section, re.S))
    assert set(rows) == {"supplies", "sanctions", "accuses", "trains"}
    assert '<a href="2024/?kind=sanctions">9</a>' in rows["sanctions"]
    assert '<a href="2018/?kind=sanctions">1</a>' in rows["sanctions"]
    # 19 relationships: more than one diagram shows, so the overview draws none
    assert 'class="mermaid"' not in page
    year = read(site, "relations/2024")
    assert 'data-facets="actor:Actor:0,2;kind:Relationship:1"' in year
    assert len(_rows(year)) == 16
    # the year's 16 are drawn kind by kind, each under the limit
    kinds = re.findall(r'<h3 id="[^"]+">(\w+): (\d+) relationships?', year)
    assert kinds == [("Supplies", "4"), ("Sanctions", "9"), ("Accuses", "2"), ("Trains", "1")]
    assert year.count('<pre class="mermaid">') == 4


def test_a_page_draws_one_diagram_when_few_else_one_per_kind_that_is_small():
    def links(kind: str, n: int) -> list[diagrams.Link]:
        return [diagrams.Link(f"s{i}", kind, "t") for i in range(n)]

    few = diagrams.panels(links("supplies", 3) + links("sanctions", 2), lambda a: a)
    assert [(p.kind, p.count, p.diagram is not None) for p in few] == [(None, 5, True)]
    many = diagrams.panels(links("sanctions", 20) + links("accuses", 4), lambda a: a)
    assert [(p.kind, p.count, p.diagram is not None) for p in many] == [
        ("sanctions", 20, False), ("accuses", 4, True)]
    assert diagrams.panels([], lambda a: a) == []


# --- search ----------------------------------------------------------------------------------

def test_search_index_reads_each_quote_with_its_speaker_and_no_shared_heading(site: Path):
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    shared = {"Bottom line", "Key points", "Quotes", "Actors", "Relationships", "Sanctions",
              "Claims and denials", "Timeline", "Open questions", "Claims", "Briefings"}
    assert not [d["location"] for d in docs if d["title"] in shared]
    quotes = next(d for d in docs if d["location"] == "actors/dmitry-peskov/#quotes")
    assert quotes["title"] == "Dmitry Peskov"
    assert ("<p>“Not every time information of this kind corresponds to reality,” — "
            "Dmitry Peskov, to reporters, 10 September 2024</p>") in quotes["text"]
    briefing = next(d for d in docs if d["location"] == f"briefings/{IRAN}/#quotes")
    assert briefing["title"].startswith("Iran sends ballistic missiles")
    assert "— Dmitry Peskov, to reporters" in briefing["text"]
    # the links under each quote and the diagrams' sources are no text to search
    text = " ".join(d["text"] for d in docs)
    assert "flowchart" not in text and "Permalink" not in text


def test_overview_links_each_kind_to_the_first_page_of_its_year_that_holds_it():
    def part(year: str, number: int, parts: int, kinds: list[str]) -> registers.Part:
        links = [diagrams.Link(f"a{i}", kind, "t") for i, kind in enumerate(kinds)]
        return registers.Part(registers.RELATIONS, year, number, parts, links, frozenset(), [])

    # a busy year cut into two pages, its rows in kind order, and a quiet one
    parts = [part("2025", 1, 2, ["accuses"] * 2 + ["sanctions"] * 3),
             part("2025", 2, 2, ["sanctions"] * 4 + ["supplies"]),
             part("2024", 1, 1, ["supplies"] * 2)]
    kinds = {kind: (counts, total) for kind, counts, total in registers.relation_kinds(parts)}
    assert list(kinds) == ["supplies", "sanctions", "accuses"]  # the format's order of kinds
    counts, total = kinds["sanctions"]
    assert total == 7 and counts[1] is None
    assert (counts[0].count, counts[0].path) == (7, "relations/2025.md")
    counts, total = kinds["supplies"]
    assert [(c.count, c.path) for c in counts] == [(1, "relations/2025-2.md"),
                                                   (2, "relations/2024.md")]
