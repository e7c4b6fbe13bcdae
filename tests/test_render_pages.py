"""Every kind of page, built by MkDocs from the fictional corpus, read back as HTML: one h1,
headings of sane length, lists as lists with the right number of items, the table of contents a
reader gets, and no template or escaping syntax left in sight.

The corpus gets two drafts beside its five reviewed briefings (one written by `briefing draft`
with no speakers identified, one that lists an actor and has no quotes), an actor of the registry
that no briefing names, and an article awaiting its summary.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from . import page_structure
from .conftest import run
from .corpus_project import A4, copy_corpus
from .extra_content import add_briefing

DRAFT_SEED = """\
FICTION — invented for the Briefing test corpus. Every name, place and event in this article is \
made up.

PORT SELVA — The harbour of the Marrow Isles will stay open to all shipping, its harbour master \
said on Friday.

“The port stays open to every ship that pays its dues,” harbour master Pell Ostrander told \
reporters. “We do not ask where a ship has been.”
"""
DRAFTED = "2026-02-06-invented-briefing-test-corpus"  # the id `briefing draft` gives it
QUIET_DRAFT = "2026-02-10-quiet-draft"
UNNAMED = ("hedda-marsk", "Hedda Marsk")
MOVED = "ilse-v"  # an old address of Ilse Varga's page
LEAKS = ("{%", "%}", "{{", "}}", "\\*", "\\_", "\\[", "&amp;lt;", "&amp;gt;", "&amp;amp;")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_corpus(tmp_path_factory.mktemp("pages") / "corpus")
    seed = root / "seeds" / "fiction_06_harbour.txt"
    seed.write_text(DRAFT_SEED, encoding="utf-8")
    drafted = run(root, "draft", str(seed), "--published", "2026-02-06")
    assert drafted.exit_code == 0, drafted.output
    # the draft gives both quotes to Pell Ostrander, whom it proposes as an actor; the reviewer
    # has not settled the second one yet
    path = root / "content" / "briefings" / f"{DRAFTED}.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    given = [i for i, line in enumerate(lines) if line.startswith("    speaker: pell-ostrander")]
    assert len(given) == 2, lines
    lines[given[1]] = "    speaker:"
    path.write_text("\n".join(lines), encoding="utf-8")
    add_briefing(root, "fiction_07_quiet.txt", "Valdoria said nothing on Tuesday.\n", {
        "id": QUIET_DRAFT, "title": "Valdoria says nothing", "status": "draft",
        "source": {"outlet": "The Lindavar Courier (fictional)", "published": "2026-02-10"},
        "bottom_line": "Nothing was said.", "key_points": ["Valdoria said nothing."],
        "actors": [{"actor": "valdoria", "mentions": ["Valdoria"]}],
    })
    people = root / "content/actors/people.yaml"
    registry = yaml.safe_load(people.read_text(encoding="utf-8"))
    registry["actors"].append({"id": UNNAMED[0], "name": UNNAMED[1], "kind": "person",
                               "country": "valdoria"})
    people.write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")
    (root / "seeds" / "fiction_08_unsummarized.txt").write_text("Not summarized yet.\n",
                                                                 encoding="utf-8")
    (root / "content" / "redirects.yaml").write_text(
        f"redirects:\n  - from: actors/{MOVED}\n    to: actors/ilse-varga\n", encoding="utf-8")
    result = run(root, "build")  # not --strict: drafts and an unsummarized article are warnings
    assert result.exit_code == 0, result.output
    return root / "site"


def page(site: Path, path: str) -> page_structure.Page:
    return page_structure.read(site / path / "index.html")


PAGES = {  # kind: path in site/
    "home": "", "briefings": "briefings", "briefing": f"briefings/{A4}", "actor": "actors/ilse-varga",
    "actors": "actors", "source": f"sources/{A4}", "sanctions": "sanctions", "timeline": "timeline",
    "claims": "claims", "relations": "relations", "questions": "questions", "tags": "tags",
    "awaiting": "awaiting", "register year": "timeline/2025", "questions year": "questions/2025",
    "draft": f"briefings/{DRAFTED}", "draft source": f"sources/{DRAFTED}",
    "redirect": f"actors/{MOVED}",
}


@pytest.mark.parametrize("kind", PAGES)
def test_every_page_kind_has_one_h1_short_headings_and_no_leaks(site: Path, kind: str):
    path = site / PAGES[kind] / "index.html"
    built = page_structure.read(path)
    assert len(built.texts("h1")) == 1, built.headings
    for _, text in built.headings:
        assert 0 < len(text) <= 150, f"heading of {len(text)} characters: {text[:80]!r}…"
    # the theme's own scripts hold '}}': look at what the page's Markdown became
    html = path.read_text(encoding="utf-8")
    article = html[html.index('<article class="md-content__inner'):html.index("</article>")]
    for leak in LEAKS:
        assert leak not in article, f"{leak!r} in {kind} page"
    # every heading of the article is in the table of contents, in order
    assert built.toc == [text for tag, text in built.headings if tag in ("h2", "h3")]


def test_home_lists_latest_briefings_registers_and_reuse(site: Path):
    home = page(site, "")
    assert home.texts("h1") == ["Briefing"]
    assert home.toc == ["Latest briefings", "What to watch", "Registers", "Follow and reuse"]
    # 7 briefings (two drafts), 2 open questions, 8 registers with 'Awaiting summary', 3 files
    assert home.top_lists() == [("ul", 7), ("ul", 2), ("ul", 8), ("ul", 3)]
    # actors with a page: not the registry entry that no briefing names
    # the draft names Pell Ostrander, an actor it proposes: his page comes with it
    assert "7 briefings · 13 actors · 5 sanctions" in home.article_text


def test_briefings_list_groups_by_month(site: Path):
    listing = page(site, "briefings")
    assert listing.toc == ["February 2026", "January 2026", "November 2025", "September 2025",
                           "May 2025", "March 2025"]
    assert listing.top_lists() == [("ul", 2), ("ul", 1), ("ul", 1), ("ul", 1), ("ul", 1),
                                   ("ul", 1)]


def test_briefing_page_sections_lists_and_tables(site: Path):
    b = page(site, f"briefings/{A4}")
    assert b.texts("h1") == ["The Marrow Shipping Line asks Valdoria to lift its port ban"]
    assert b.toc == ["Bottom line", "Key points", "Quotes", "Actors", "Relationships",
                     "Sanctions", "Claims and denials", "The Grey Heron carried Kestrian drones.",
                     "Timeline", "Open questions",
                     "Will the Norland trade court side with the shipping line?"]
    # key points, relationships, the claim's asserted/denied/quotes
    assert b.top_lists() == [("ul", 2), ("ul", 2), ("ul", 3)]
    assert b.table_rows == [6, 1, 5]  # actors, sanctions, timeline


def test_actor_page(site: Path):
    varga = page(site, "actors/ilse-varga")
    assert varga.texts("h1") == ["Ilse Varga"]
    assert varga.toc == ["Quotes", "Claims", "Relationships", "Briefings"]
    assert varga.top_lists() == [("ul", 3)]
    assert varga.table_rows == [2, 1]  # two claims, one relationship
    # six quotes, and under each the article's words that confirm its speaker, quoting it again
    assert varga.article_text.count("“") == 12
    assert varga.article_text.count("The article: ") == 6


def test_actors_index_lists_registry_entries_without_a_page(site: Path):
    index = page(site, "actors")
    assert index.toc == ["People", "Kestria", "Marrow Isles", "Valdoria", "No country",
                         "Organizations", "Kestria", "Marrow Isles", "Valdoria", "No country",
                         "States", "In the registry, not yet in a briefing"]
    assert index.top_lists()[-1] == ("ul", 1)
    html = (site / "actors/index.html").read_text(encoding="utf-8")
    assert f"<li>{UNNAMED[1]} (person)</li>" in html  # name and kind, no link
    assert not (site / "actors" / UNNAMED[0]).exists()
    assert UNNAMED[0] not in html
    # every actor some briefing names has its page
    for name in ("ilse-varga", "tomas-rell", "valdoria", "kestria", "norland-union"):
        assert (site / "actors" / name / "index.html").is_file()


def test_source_page_numbers_its_quotes_and_sets_the_article_apart(site: Path):
    source = page(site, f"sources/{A4}")
    assert source.toc == ["Quoted passages", "The article"]
    assert source.top_lists() == [("ol", 3)]
    html = (site / f"sources/{A4}/index.html").read_text(encoding="utf-8")
    assert "<hr" not in html.split('class="md-content"')[1].split("</article>")[0]
    assert html.count('class="quote-source"') == 3


def test_registers(site: Path):
    # each register: an index listing its years, and a page per year
    assert page(site, "sanctions").top_lists() == [("ul", 1)]
    assert page(site, "sanctions/2025").table_rows == [5]
    timeline = page(site, "timeline")
    assert timeline.top_lists() == [("ul", 2)] and timeline.table_rows == []
    assert page(site, "timeline/2024").table_rows == [1]
    assert page(site, "timeline/2025").table_rows == [19]
    claims = page(site, "claims/2025")
    # asserted by, the briefing, and only the stances taken and quotes cited that there are
    assert len(claims.toc) == 5 and claims.top_lists() == [("ul", n) for n in (4, 3, 3, 3, 4)]
    relations = page(site, "relations")
    # the overview counts relationships by kind and year: one row per kind
    assert relations.toc == ["By kind and year", "By year"] and relations.table_rows == [3]
    assert page(site, "relations/2025").table_rows == [11]
    assert '<pre class="mermaid">' in (site / "relations/index.html").read_text(encoding="utf-8")
    assert page(site, "questions").top_lists() == [("ul", 2)]  # two years
    questions = page(site, "questions/2025")
    assert questions.toc == ["Open", "Answered"]
    assert questions.top_lists() == [("ul", 1), ("ul", 3)]
    tags = page(site, "tags")
    assert tags.toc == [] and tags.top_lists() == [("ul", 10)]
    sanctions = page(site, "tags/sanctions")
    assert sanctions.toc == ["Briefings"] and sanctions.top_lists() == [("ul", 4)]
    awaiting = page(site, "awaiting")
    assert awaiting.top_lists() == [("ul", 1)]
    assert "fiction_08_unsummarized.txt" in awaiting.article_text


def test_draft_with_a_proposed_speaker_and_one_left_open_builds_with_banner(site: Path):
    draft = page(site, f"briefings/{DRAFTED}")
    html = (site / f"briefings/{DRAFTED}/index.html").read_text(encoding="utf-8")
    assert "Unreviewed draft" in html
    # the one quote left open: shown once, and once in the line search reads
    assert html.count("speaker not yet identified") == 2
    assert '<strong><a href="../../actors/pell-ostrander/">Pell Ostrander</a></strong>' in html
    assert '"creativeWorkStatus": "Draft"' in html.replace("\\u0022", '"')
    assert draft.toc[:3] == ["Bottom line", "Key points", "Quotes"]
    source = (site / f"sources/{DRAFTED}/index.html").read_text(encoding="utf-8")
    assert source.count("speaker not yet identified") == 1
    quiet = (site / f"briefings/{QUIET_DRAFT}/index.html").read_text(encoding="utf-8")
    assert "Unreviewed draft" in quiet and 'href="../../actors/valdoria/"' in quiet
    # drafts stay out of the registers and the feed, but the export holds them
    assert DRAFTED not in (site / "feed.xml").read_text(encoding="utf-8")
    assert DRAFTED in (site / "data/corpus.json").read_text(encoding="utf-8")
    # the proposed actor is in the registry file the draft wrote beside it, marked for review
    proposals = site.parent / "content" / "actors" / f"draft-{DRAFTED}.yaml"
    assert "  - id: pell-ostrander  # REVIEW: proposed from the article" in proposals.read_text(
        encoding="utf-8")
