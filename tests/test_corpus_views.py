"""The cross-briefing views, proven on the fictional five-article corpus in tests/corpus/.

One real strict build (MkDocs and Material) of the corpus; the tests read the Markdown it generated
and the HTML MkDocs made of it.
"""

from __future__ import annotations

import csv
import html as htmllib
import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.content import dates
from generator.pages import diagrams

from .conftest import run
from .corpus_project import A1, A2, A3, A4, A5, A6, CORPUS, add_sixth_briefing, copy_corpus


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_corpus(tmp_path_factory.mktemp("corpus") / "project")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert "5 briefings" in result.output
    return root


def md(root: Path, page: str) -> str:
    return (root / "docs" / page).read_text(encoding="utf-8")


def html(root: Path, page: str) -> str:
    return (root / "site" / page).read_text(encoding="utf-8")


def register(root: Path, name: str) -> str:
    """A register's year pages, in the order its index lists them, as one text."""
    index = md(root, f"{name}.md")
    pages = dict.fromkeys(re.findall(rf"\]\(({name}/[0-9]{{4}}(?:-[0-9]+)?\.md)\)", index))
    return "".join(md(root, page) for page in pages)


def summaries() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
            for p in sorted((CORPUS / "content/briefings").glob("*.yaml"))}


def test_corpus_checks_clean_as_it_is(tmp_path: Path):
    # the folder as it is, without the mkdocs.yml copy_corpus adds; a copy, as `check` leaves its
    # cache in the project
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root, ignore=shutil.ignore_patterns(".briefing-cache"))
    result = run(root, "check", "--strict")
    assert result.exit_code == 0, result.output
    assert "5 briefings, 12 actors, 16 quotes verified" in result.output


def test_every_article_and_summary_says_it_is_fiction():
    for seed in (CORPUS / "seeds").glob("*.txt"):
        assert seed.read_text(encoding="utf-8").startswith("FICTION"), seed
    for yaml_file in (CORPUS / "content").rglob("*.yaml"):
        assert "# FICTION" in yaml_file.read_text(encoding="utf-8"), yaml_file


# --- actors ----------------------------------------------------------------------------------

def test_actor_page_lists_quotes_of_several_briefings_newest_first(corpus_site: Path):
    page = md(corpus_site, "actors/ilse-varga.md")
    captions = re.findall(r"<figcaption markdown=\"block\">\n(.*?)\n", page)
    links = re.findall(r"\[Permalink\]\(\.\./briefings/([a-z0-9-]+)\.md#q-", page)
    assert len(captions) == 6 and len(links) == 6
    found = []
    for caption, link in zip(captions, links, strict=True):
        when = re.search(r", (\d{1,2} \w+ \d{4})$", caption)
        assert when, caption
        found.append((link, when.group(1)))
    # each briefing named once, above its quotes
    assert re.findall(r"^\[[^\]]+\]\(\.\./briefings/([a-z0-9-]+)\.md\) · ", page, re.M) == [
        A5, A4, A1]
    assert [b for b, _ in found] == [A5, A5, A5, A4, A1, A1]
    assert [d for _, d in found] == ["12 January 2026"] * 3 + ["17 November 2025"] + [
        "4 March 2025"] * 2
    # the HTML keeps that order and links each quote to its place in its briefing
    text = html(corpus_site, "actors/ilse-varga/index.html")
    positions = [text.index(words) for words in (
        "We knew the ban would find its way to us", "The Grey Heron’s hold told us everything",
        "We have seen the crates")]
    assert positions == sorted(positions)
    assert f'href="../../briefings/{A4}/#q-varga-grey-heron"' in text


def test_quote_without_its_own_date_takes_the_briefing_date(corpus_site: Path):
    page = md(corpus_site, "actors/tomas-rell.md")
    order = re.findall(r"briefings/([a-z0-9-]+)\.md#q-", page)
    assert order == [A3, A2, A2, A1, A1]
    assert "2 September 2025" in page  # rell-as-long-as has no date: the article's is used


def test_aliases_merge_into_one_actor_page(corpus_site: Path):
    varga = html(corpus_site, "actors/ilse-varga/index.html")
    also = re.search(r"<strong>Also named:</strong>(.*?)</p>", varga, re.S).group(1)
    for name in ("Varga", "Foreign Minister Ilse Varga", "Valdoria’s top diplomat"):
        assert name in also
    rell = html(corpus_site, "actors/tomas-rell/index.html")
    also = re.search(r"<strong>Also named:</strong>(.*?)</p>", rell, re.S).group(1)
    for name in ("The Kestrian presidential spokesman", "the spokesman for the Kestrian presidency"):
        assert name in also
    # one page per actor, whatever the article called them; both articles link to it
    titles = [re.search(r"<h1[^>]*>(.*?)<", p.read_text(encoding="utf-8")).group(1)
              for p in (corpus_site / "site/actors").glob("*/index.html")]
    assert titles.count("Ilse Varga") == 1
    for briefing in (A1, A4, A5):
        assert 'href="../../actors/ilse-varga/"' in html(corpus_site, f"briefings/{briefing}/index.html")
    briefings = re.search(r'<h2 id="briefings">.*', varga, re.S).group(0)
    assert [b for b in (A5, A4, A1) if b in briefings] == [A5, A4, A1]
    assert A2 not in briefings


def test_actor_page_gathers_sanctions_and_claims_across_briefings(corpus_site: Path):
    page = md(corpus_site, "actors/kestrel-arms.md")
    faced = page.split(">Faced</span>", 1)[1].split("##", 1)[0]
    assert faced.count("\n| ") == 4  # header, rule and two measures
    assert A1 in faced and A2 in faced
    rell = md(corpus_site, "actors/tomas-rell.md")
    assert re.search(rf"\| Denied \| \[Kestria sold armed drones.*{A1}", rell)
    assert re.search(rf"\| Asserted \| \[The Union's measures are economic warfare.*{A2}", rell)


def test_actor_directory_groups_by_kind_then_country(corpus_site: Path):
    page = md(corpus_site, "actors/index.md")
    groups: dict[tuple[str, str], list[str]] = {}
    kind = country = ""
    for line in page.splitlines():
        if line.startswith("## "):
            kind, country = line[3:], ""
        elif line.startswith("### "):
            country = line[4:]
        elif line.startswith("- ["):
            groups.setdefault((kind, country), []).append(re.match(r"- \[([^\]]+)\]", line).group(1))
    assert groups == {
        ("People", "Kestria"): ["Aurel Danek", "Tomas Rell"],
        ("People", "Marrow Isles"): ["Oren Castellane"],
        ("People", "Valdoria"): ["Ilse Varga"],
        ("People", "No country"): ["Mira Solberg"],
        ("Organizations", "Kestria"): ["Kestrel Arms Works"],
        ("Organizations", "Marrow Isles"): ["Marrow Shipping Line"],
        ("Organizations", "Valdoria"): ["Valdorian Treasury"],
        ("Organizations", "No country"): ["Norland Union"],
        ("States", ""): ["Kestria", "Marrow Isles", "Valdoria"],
    }
    assert [h for h in re.findall(r"<h2 id=\"[^\"]+\">([^<]+)", html(corpus_site, "actors/index.html"))
            ] == ["People", "Organizations", "States"]


# --- sanctions -------------------------------------------------------------------------------

def test_sanctions_register_and_csv_hold_every_measure_once(corpus_site: Path):
    measures = {s["id"]: (briefing, s) for briefing, data in summaries().items()
                for s in data.get("sanctions", [])}
    assert len(measures) == 5
    rows = list(csv.DictReader(io.StringIO(md(corpus_site, "data/sanctions.csv"))))
    assert sorted(r["id"] for r in rows) == sorted(measures)
    for row in rows:
        briefing, s = measures[row["id"]]
        assert row["briefing"] == briefing and row["date"] == str(s["date"])
    assert [r["date"] for r in rows] == ["2025-10", "2025-08-30", "2025-05-19", "2025-05-19",
                                         "2025-03-04"]  # newest first, a month with its month

    page = register(corpus_site, "sanctions")
    table_rows = [line for line in page.splitlines() if line.startswith("| ")][2:]
    assert len(table_rows) == 5
    for _, s in measures.values():
        assert sum(s["measure"] in row for row in table_rows) == 1, s["id"]
    assert table_rows[0].startswith("| October 2025 |")

    site = html(corpus_site, "sanctions/2025/index.html")
    table = re.search(r'<div class="register"[^>]* data-sortable="true".*?</div>', site, re.S).group(0)
    assert table.count("<tr>") == 6  # the complete table is in the page, without script
    assert re.search(r'<script src="\.\./\.\./assets/registers\.js', site)


# --- timeline --------------------------------------------------------------------------------

TIMELINE = [  # (what happened, briefing): the expected order, across briefings
    ("Kestria and the Marrow Isles agree on the drone sale", A1),    # late 2024
    ("The first drones reach the Marrow Isles", A1),                 # February 2025
    ("Valdoria freezes the accounts of Kestrel Arms Works", A1),     # 4 March
    ("Varga accuses Kestria", A1),                                   # 4 March
    ("The Marrow Shipping Line stops carrying Kestrian cargo", A4),  # 10 March
    ("Union envoys meet Valdorian officials", A2),                   # 10 April
    ("The Union freezes Kestrel Arms Works", A2),                    # 19 May
    ("Talks among the Union", A2),                                   # spring 2025
    ("The Kestrian parliament approves the ban", A3),                # 29 August
    ("The ban on cobalt and tellurium exports", A3),                 # 30 August
    ("The Kestrian parliament debates the export ban", A3),          # August 2025
    ("Cobalt imports into Valdoria begin to fall", A5),              # September 2025
    ("Valdorian coast guards board the freighter", A4),              # 7 October
    ("Valdoria bans the line", A4),                                  # October 2025
    ("The line negotiates with its insurers", A4),                   # autumn 2025
    ("The Valdorian Treasury reports", A5),                          # 3 December
    ("The plant at Eskeby stops", A5),                               # 19 December
    ("Two of Valdoria", A5),                                         # December 2025
    ("A ruling from the Norland trade court", A4),                   # late 2025
    ("Battery output slows", A5),                                    # late 2025
]


def _timeline_rows(page: str) -> list[str]:
    return [line for line in page.splitlines() if line.startswith("| ") and "---" not in line
            and not line.startswith("| When")]


def test_timeline_interleaves_briefings_in_date_order(corpus_site: Path):
    rows = _timeline_rows(register(corpus_site, "timeline"))
    assert len(rows) == len(TIMELINE)
    for row, (what, briefing) in zip(rows, TIMELINE, strict=True):
        assert what.replace("'", "\\'") in row or what in row, (row, what)
        assert f"../briefings/{briefing}.md" in row
    # a page per year, each event in the year its period ends in
    assert re.findall(r"^- \[(\d{4})\]\(timeline/\1\.md\): (\d+) events?$",
                      md(corpus_site, "timeline.md"), re.M) == [("2024", "1"), ("2025", "19")]
    assert "Late 2024" in md(corpus_site, "timeline/2024.md")


def test_timeline_labels_imprecise_dates(corpus_site: Path):
    rows = _timeline_rows(register(corpus_site, "timeline"))
    labels = [row.split(" | ")[0][2:] for row in rows]
    assert labels[0] == "Late 2024 *(part of year: September–December 2024)*"
    assert labels[1] == "February 2025 *(month, day not given)*"
    assert labels[2] == "4 March 2025"
    assert labels[7] == "Spring 2025 *(season: March–May 2025)*"
    assert labels[14] == "Autumn 2025 *(season: September–November 2025)*"
    site = html(corpus_site, "timeline/2024/index.html")
    assert "Late 2024 <em>(part of year: September–December 2024)</em>" in site


def test_a_season_sorts_with_its_period_not_before_it():
    spring = dates.parse("spring 2025")
    assert dates.sort_key(dates.parse("2025-03-01")) < dates.sort_key(spring)
    assert dates.sort_key(dates.parse("2025-05-31")) < dates.sort_key(spring)
    assert dates.sort_key(dates.parse("2025-05")) < dates.sort_key(spring)
    assert dates.sort_key(spring) < dates.sort_key(dates.parse("2025-06-01"))
    assert dates.parse("winter 2025").precision_note == "season: December 2025–February 2026"


# --- questions -------------------------------------------------------------------------------

def test_answered_question_links_the_raising_and_the_answering_briefing(corpus_site: Path):
    # a page per year of the raising briefings
    pages = [html(corpus_site, f"questions/{year}/index.html") for year in ("2025", "2026")]
    answered = "".join(page.split('id="answered"', 1)[1] for page in pages)
    open_part = "".join(page.split('id="open"', 1)[1].split('id="answered"', 1)[0]
                        for page in pages)
    item = re.search(r"<li><strong><a [^>]*>Will the Norland Union follow Valdoria.*?</li>\s*</ul>",
                     answered, re.S).group(0)
    assert f'href="../../briefings/{A1}/#question-norland-union-joins"' in item
    assert f'href="../../briefings/{A2}/"' in item
    assert "Answered in" in item
    assert "Will the Norland Union follow" not in open_part
    assert "Will Valdoria ask Kestria for an exemption after all?" in open_part
    assert "Will the Norland trade court side with the shipping line?" in open_part
    assert "2 open · 3 answered" in html(corpus_site, "questions/index.html")

    raising = html(corpus_site, f"briefings/{A1}/index.html")
    box = re.search(r'<div class="admonition success">.*?</div>', raising, re.S).group(0)
    assert "Answered" in box and f'href="../{A2}/"' in box
    answering = html(corpus_site, f"briefings/{A2}/index.html")
    section = answering.split('id="answers-to-earlier-questions"', 1)[1]
    assert f'href="../{A1}/#question-norland-union-joins"' in section


# --- claims ----------------------------------------------------------------------------------

def test_claims_page_shows_who_asserts_denies_disputes_across_briefings(corpus_site: Path):
    page = register(corpus_site, "claims")
    sections = page.split("\n## ")[1:]
    assert len(sections) == sum(len(d.get("claims", [])) for d in summaries().values())
    drones = next(s for s in sections if s.startswith("Kestria sold armed drones"))
    assert "**Asserted by:** [Valdoria]" in drones and "[Ilse Varga]" in drones
    assert "**Denied by:** [Tomas Rell]" in drones
    unlawful = next(s for s in sections if s.startswith("The mineral ban is unlawful"))
    assert "**Disputed by:** [Kestria]" in unlawful


# --- relationships ---------------------------------------------------------------------------

def test_relationship_diagrams_per_briefing_and_overall(corpus_site: Path):
    page = md(corpus_site, "relations.md")
    fence = re.search(r"``` mermaid\n(.*?)\n```", page, re.S).group(1)
    assert 'a_kestria -->|"supplies: Armed drones"| a_marrow_isles' in fence
    assert 'a_valdoria -.->|"sanctions"| a_kestrel_arms' in fence
    assert 'a_valdoria ==>|"accuses: Selling drones to the Marrow Isles"| a_kestria' in fence
    assert "shows 15 relationships at most" in page and "all 11 are drawn below" in page
    site = html(corpus_site, "relations/index.html")
    assert '<pre class="mermaid"><code>flowchart LR' in site
    briefing = html(corpus_site, f"briefings/{A1}/index.html")
    assert '<pre class="mermaid"><code>flowchart LR' in briefing
    assert 'a_kestria --&gt;|"supplies: Armed drones"| a_marrow_isles' in briefing
    # a briefing without relationships gets no diagram
    assert 'class="mermaid"' not in html(corpus_site, f"briefings/{A5}/index.html")


def test_mermaid_labels_from_content_cannot_break_the_diagram():
    hostile = 'A "quoted" [name] <b>x</b>; end\n%% click a_x call alert() | `fence` {y} #quot;'
    safe = diagrams.label(hostile, limit=200)
    assert not set(safe) & set('"[]<>;\n%|`{}#')
    assert diagrams.node_id("end") == "a_end"
    assert diagrams.label("x" * 100).endswith("…") and len(diagrams.label("x" * 100)) == 60


def test_overall_diagram_is_capped_at_the_strongest_links():
    links = [diagrams.Link(f"s{i}", "supplies", "t", briefings=[f"b{j}" for j in range(i % 5)])
             for i in range(60)]
    top = diagrams.strongest(links, limit=40)
    assert len(top) == 40
    assert min(len(k.briefings) for k in top) >= max(
        len(k.briefings) for k in links if k not in top)


# --- tags ------------------------------------------------------------------------------------

def test_tags_index_links_a_page_per_tag_with_its_briefings_and_actors(corpus_site: Path):
    page = html(corpus_site, "tags/index.html")
    for tag in ("Drones", "Sanctions", "Minerals", "Shipping", "Diplomacy"):
        assert re.search(rf'href="{tag.lower()}/">\s*{tag}\s*<', page), tag
    assert "Sanctions</a>: 4 briefings" in page and "Diplomacy</a>: 2 actors" in page
    drones = html(corpus_site, "tags/drones/index.html")
    assert f'href="../../briefings/{A1}/"' in drones
    diplomacy = html(corpus_site, "tags/diplomacy/index.html")
    assert 'href="../../actors/ilse-varga/"' in diplomacy
    assert 'href="../../actors/mira-solberg/"' in diplomacy
    briefing = html(corpus_site, f"briefings/{A1}/index.html")
    assert 'href="../../tags/drones/">Drones</a>' in briefing


# --- the site fetches nothing from other hosts -----------------------------------------------

class _Fetches(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if tag != "a" and name in ("src", "href", "srcset", "poster", "data") and value:
                self.urls.append(value)


def test_corpus_site_fetches_nothing_from_other_hosts(corpus_site: Path):
    for page in (corpus_site / "site").rglob("*.html"):
        parser = _Fetches()
        parser.feed(page.read_text(encoding="utf-8"))
        assert not [u for u in parser.urls if re.match(r"^(https?:)?//", u)], page
    assert (corpus_site / "site/assets/vendor/mermaid/mermaid.min.js").stat().st_size > 1_000_000
    assert (corpus_site / "site/assets/vendor/mermaid/LICENSE").is_file()


def _diagram_script(root: Path, page: str) -> str | None:
    """Where the page's diagram stand-in loads Mermaid from, or None if the page has none."""
    tags = re.findall(r'<script src="[^"]*assets/diagrams\.js" data-mermaid="([^"]+)"',
                      html(root, page))
    assert len(tags) <= 1
    return tags[0] if tags else None


def test_only_pages_that_draw_a_diagram_load_mermaid(corpus_site: Path):
    site = corpus_site / "site"
    drawing = []
    for path in sorted(site.rglob("*.html")):
        page = path.relative_to(site).as_posix()
        text = path.read_text(encoding="utf-8")
        # Mermaid itself is never a script tag of its own: the stand-in fetches it when needed
        assert not re.search(r'<script src="[^"]*mermaid\.min\.js"', text), page
        source = _diagram_script(corpus_site, page)
        assert (source is not None) == ('<pre class="mermaid">' in text), page
        if source:
            drawing.append(page)
            assert (path.parent / source).resolve() == site / "assets/vendor/mermaid/mermaid.min.js"
    assert "relations/index.html" in drawing and f"briefings/{A1}/index.html" in drawing
    # the home page, registers without a diagram and a briefing without relationships load nothing
    assert {"index.html", "sanctions/index.html", f"briefings/{A5}/index.html"}.isdisjoint(drawing)


# --- adding a briefing -----------------------------------------------------------------------

def test_adding_a_briefing_rewrites_only_the_pages_that_depend_on_it(tmp_path: Path):
    root = copy_corpus(tmp_path / "project")
    assert run(root, "build").exit_code == 0
    docs = root / "docs"

    def snapshot() -> dict[str, tuple[int, bytes]]:
        return {p.relative_to(docs).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
                for p in docs.rglob("*") if p.is_file()}

    before = snapshot()
    add_sixth_briefing(root)
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    after = snapshot()
    changed = {p for p in after if p not in before or after[p] != before[p]}
    touched = {p for p in after if p in before and after[p][0] != before[p][0]}
    assert touched <= changed  # nothing rewritten with the same bytes
    assert changed == {
        f"briefings/{A6}.md", f"sources/{A6}.md",          # its own pages
        "actors/kestrel-arms.md", "actors/kestria.md",     # the actors it mentions
        "actors/marrow-isles.md",
        "actors/index.md", "briefings/index.md", "index.md",  # directories and home
        "timeline.md", "timeline/2026.md",                 # it has events, in a new year
        "relations.md", "relations/2026.md",               # and a relationship
        "tags.md", "tags/marrow-isles.md", "tags/drones.md",  # its tags, one of them new
        "tags/kestrel-arms-works.md",
        "feed.xml", "data/corpus.json",                    # the feed and the corpus export
        ".briefing-manifest.json",
    }
    # unrelated pages kept their bytes and their modification time
    for page in ("sanctions.md", "data/sanctions.csv", "claims.md", "questions.md",
                 "tags/sanctions.md", "timeline/2025.md", "relations/2025.md",
                 "sanctions/2025.md", "claims/2025.md",
                 "questions/2025.md", "questions/2026.md",
                 f"briefings/{A1}.md", f"briefings/{A5}.md", "actors/ilse-varga.md",
                 "actors/tomas-rell.md", "actors/valdoria.md"):
        assert after[page] == before[page], page
    assert "6 briefings" in result.output and "written" in result.output


# --- in a real browser, offline ----------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def dump_dom(page: Path) -> str:
    """The page's DOM after its scripts ran, in headless Chromium that cannot reach any host."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed")
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=15000", "--dump-dom",
         page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.mark.browser
def test_mermaid_diagram_renders_offline_from_the_vendored_script(corpus_site: Path):
    dom = dump_dom(corpus_site / "site/relations/index.html")
    # Material swaps the <pre> for a <div> holding the SVG only once Mermaid has drawn it
    assert '<pre class="mermaid">' not in dom
    assert '<div class="mermaid"></div>' in dom


_DRIVE_REGISTER = """<script>
window.addEventListener("load", function () {
  var box = document.querySelector(".register");
  var th = box.querySelectorAll("thead th");
  function column(n) {
    return Array.prototype.filter.call(box.querySelectorAll("tbody tr"), function (r) {
      return !r.hidden; }).map(function (r) { return r.cells[n].textContent.trim(); });
  }
  var out = {buttons: box.querySelectorAll("th > button").length,
             label: box.querySelector("label").textContent};
  th[0].querySelector("button").click();
  out.dateAscending = column(0); out.sort0 = th[0].getAttribute("aria-sort");
  th[0].querySelector("button").click();
  out.dateDescending = column(0); out.sort0again = th[0].getAttribute("aria-sort");
  th[2].querySelector("button").click();
  out.targets = column(2); out.sort0after = th[0].getAttribute("aria-sort");
  var input = box.querySelector("input");
  input.value = "norland union";
  input.dispatchEvent(new Event("input"));
  out.filtered = column(1); out.status = box.querySelector("[role=status]").textContent;
  document.body.setAttribute("data-result", JSON.stringify(out));
});
</script>
</body>"""


@pytest.mark.browser
def test_sanctions_register_sorts_and_filters_in_the_page(corpus_site: Path, tmp_path: Path):
    page = corpus_site / "site/sanctions/2025/driven.html"
    text = html(corpus_site, "sanctions/2025/index.html").replace("</body>", _DRIVE_REGISTER)
    page.write_text(text, encoding="utf-8")
    dom = dump_dom(page)
    found = re.search(r'data-result="([^"]*)"', dom)
    assert found, "the register script did not run"
    result = json.loads(htmllib.unescape(found.group(1)))
    assert result["buttons"] == 6 and result["label"] == "Filter measures"
    assert result["dateAscending"] == ["4 March 2025", "19 May 2025", "19 May 2025",
                                       "30 August 2025", "October 2025"]
    assert result["sort0"] == "ascending" and result["sort0again"] == "descending"
    assert result["dateDescending"] == result["dateAscending"][::-1]
    assert result["targets"] == sorted(result["targets"])
    assert result["sort0after"] is None  # only the sorted column carries aria-sort
    # still sorted by target: Kestrel Arms Works, Marrow Shipping Line, Norland Union
    assert result["filtered"] == ["Norland Union", "Norland Union", "Kestria"]
    assert result["status"] == "3 of 5 measures shown"


# --- the shipped site: the same views, for its one briefing ---------------------------------------

def test_shipped_site_shows_the_cross_briefing_views(built_site: Path):
    from .conftest import BRIEFING_ID

    rows = list(csv.DictReader(io.StringIO(md(built_site, "data/sanctions.csv"))))
    assert [r["id"] for r in rows] == ["sanctions-on-iran-missile-supply", "sanctions-on-iran-air"]
    sanctions = "".join(p.read_text(encoding="utf-8")
                        for p in sorted((built_site / "site/sanctions").glob("*/index.html")))
    assert sanctions.count(f'href="../../briefings/{BRIEFING_ID}/"') == 2
    relations = md(built_site, "relations.md")
    assert 'a_iran -->|"supplies: Short-range ballistic missiles (Fath-360), Attack…"| a_russia' \
        in relations
    assert '<pre class="mermaid">' in html(built_site, f"briefings/{BRIEFING_ID}/index.html")
    peskov = md(built_site, "actors/dmitry-peskov.md")
    assert peskov.count("<figure") == 2 and "Kremlin spokesman Dmitry Peskov" in peskov
    timeline = _timeline_rows(register(built_site, "timeline"))
    assert timeline[0].startswith("| February 2022 *(month, day not given)* |")
    assert timeline[1].startswith("| Late 2023 *(part of year: September–December 2023)* |")
    assert "4 open · 0 answered" in md(built_site, "questions.md")
    assert "No answered questions yet." in register(built_site, "questions")
    tags = html(built_site, "tags/index.html")
    assert 'href="fath-360/"' in tags
    assert f'href="../../briefings/{BRIEFING_ID}/"' in html(built_site, "tags/fath-360/index.html")
