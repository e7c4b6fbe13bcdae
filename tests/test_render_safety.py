"""Safe by construction: no text from content, seeds or file names can make a page run script.

Line separators are refused at the model and never split rendered text; seed text opens no
Markdown block; file names are shown as inert text; look-alike names are not distinct actors;
every CSV cell is defused; nothing vendored becomes a page.
"""

from __future__ import annotations

import csv
import html as htmllib
import io
import re
from pathlib import Path

import markdown
import pytest
import yaml

from generator import look_alike
from generator.content import safe_text
from generator.pages import render

from . import page_structure
from .conftest import BRIEFING_YAML, copy_project, run
from .content_edits import briefing, reported, set_line
from .extra_content import add_briefing

B = BRIEFING_YAML
PEOPLE = "content/actors/people.yaml"
CONTEXT = "    context: Speaking in London after meetings with British officials."
TITLE = ("title: Iran sends ballistic missiles to Russia; the U.S. and Europe answer with "
         "sanctions")

BLOCKY_ID = "2024-09-12-block-syntax"
# one seed paragraph (line) per kind of block that Markdown could open from the start of a line
BLOCK_LINES = [
    "~~~mermaid", 'graph LR; A-->B; click A "javascript:alert(1)"', "~~~", "```html",
    "<script>alert(1)</script>", "```", "# A heading", "## Another heading", "- a list item",
    "+ a list item", "* a list item", "1. a numbered item", "2) a numbered item", "> a quote",
    "| a | b |", "| --- | --- |", "<div onclick=alert(1)>a block</div>", "    indented code",
    "\tcode after a tab", "Setext heading", "===", "Setext heading two", "---", "***", "- - -",
    "_ _ _", ": a definition", '!!! danger "An admonition"', '=== "A tab"', "[TOC]",
    "{: .class onclick=alert(1) }", "<!-- a comment -->", "&lt; an entity &amp;",
]
BLOCKY_SEED = ("Intro: officials said “nothing is hidden here” on Thursday.\n"
               + "\n".join(BLOCK_LINES) + "\n")
# no '/' in a file name, so no closing tag: an open <script> or an <img> is enough to run.
# (Names with line breaks or control characters are refused outright: tests/test_input_links.py.)
HOSTILE_NAME = "evil <script>alert(1) `x` [31m<img src=x onerror=alert(2)> *b* _i_.txt"
# a code span whose code holds backticks: a fence no longer than the longest run inside would end
# the span at that run, and the markup after it would be the page's own (a handler after a '/', so
# that the generated Markdown, which holds it as code, passes the scan for handlers below)
SPAN_CODE = "a`<svg/onload=alert(3)>`b``c"
FENCED_CODE = "```" + SPAN_CODE + "```"
FORMULA_ACTOR = "=HYPERLINK(\"https://evil.example\",\"click\")"


@pytest.fixture(scope="module")
def project_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("safety") / "project")
    orgs = root / "content/actors/organizations.yaml"
    registry = yaml.safe_load(orgs.read_text(encoding="utf-8"))
    registry["actors"].append({"id": "formula-corp", "name": FORMULA_ACTOR,
                               "kind": "organization"})
    orgs.write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")
    add_briefing(root, "902_blocks.txt", BLOCKY_SEED, {
        "id": BLOCKY_ID, "title": "A seed made of Markdown block syntax",
        "source": {"outlet": "@SUM(1+1)", "published": "2024-09-12"},
        "bottom_line": "Seed lines look like Markdown.", "key_points": ["They stay text."],
        "quotes": [{"id": "hidden", "speaker": "dmitry-peskov", "text": "nothing is hidden here",
                    "context": f"Wrote {FENCED_CODE} in a code span."}],
        "sanctions": [{"id": "formula", "imposers": ["formula-corp"], "targets": ["iran-air"],
                       "measure": "+1 a measure", "reason": "-2 a reason", "date": "2024-09-12"}],
    })
    (root / "seeds" / HOSTILE_NAME).write_text("Not summarized.\n", encoding="utf-8")
    result = run(root, "build")  # not --strict: an article awaits its summary
    assert result.exit_code == 0, result.output
    return root


# --- separators and controls, refused at the model --------------------------------------------

@pytest.mark.parametrize("escape, shown", [
    ("\\L", "⟨U+2028⟩"), ("\\P", "⟨U+2029⟩"), ("\\N", "⟨U+0085⟩"), ("\\v", "⟨U+000B⟩"),
    ("\\f", "⟨U+000C⟩"), ("\\x1c", "⟨U+001C⟩"), ("\\x1e", "⟨U+001E⟩"), ("\\r", "⟨U+000D⟩"),
    ("\\e", "⟨U+001B⟩"), ("\\x9b", "⟨U+009B⟩"), ("\\0", "⟨U+0000⟩"),
])
def test_separator_in_a_code_span_is_refused_with_its_place(project: Path, escape: str,
                                                             shown: str):
    set_line(briefing(project), 119, CONTEXT,
             f'    context: "Says `x{escape}<script>alert(1)</script>` here."')
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:119:14:", "quotes[0].context:",
                    f"control character {shown}"), result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("line, old, new, where", [
    (3, TITLE, 'title: "Iran\\Lsends missiles"', "3:8: title:"),
    (116, "    text: We’ve warned Tehran publicly, we’ve warned Tehran privately, that taking "
          "this step would be a dangerous escalation,",
     '    text: "We’ve warned Tehran\\N publicly"', "116:11: quotes[0].text:"),
])
def test_separators_are_refused_in_plain_text_and_quotes(project: Path, line: int, old: str,
                                                         new: str, where: str):
    set_line(briefing(project), line, old, new)
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:{where}", "control character ⟨U+"), result.output


def test_rendering_never_splits_at_a_separator():
    # should such text ever reach rendering, the code span stays on its line and shows it
    span = safe_text.code_span("x\u2028<script>alert(1)</script>")
    assert span == "`x⟨U+2028⟩<script>alert(1)</script>`"
    tidy = render.tidy("# T\n\na `x\u2028<b>` b\u0085c\n")
    assert tidy.split("\n")[2] == "a `x\u2028<b>` b\u0085c"


@pytest.mark.parametrize("run_length", [1, 2, 3])
def test_a_code_span_is_fenced_longer_than_any_backticks_it_holds(run_length: int):
    ticks = "`" * run_length
    code = f"{ticks}x{ticks}<img src=x onerror=alert(1)>{ticks}"
    span = safe_text.code_span(code)
    page = markdown.markdown(f"a {span} b")
    assert page == f"<p>a <code>{htmllib.escape(code, quote=False)}</code> b</p>", span


def test_a_code_span_holding_backticks_shows_its_markup_as_code(project_site: Path):
    page = (project_site / f"site/briefings/{BLOCKY_ID}/index.html").read_text(encoding="utf-8")
    assert f"<code>{htmllib.escape(SPAN_CODE, quote=False)}</code>" in page
    assert "<svg/onload" not in page


# --- names: invisible characters, mixed scripts, look-alikes ----------------------------------

@pytest.mark.parametrize("name, words", [
    ("Antony Blinken\u200b", "invisible character ⟨U+200B⟩"),
    ("Antony \u202eBlinken", "invisible character ⟨U+202E⟩"),
    ("Antony Blinken\u2066", "invisible character ⟨U+2066⟩"),
    ("\u200fAntony Blinken", "invisible character ⟨U+200F⟩"),
    ("Antony Blinkеn", "'Blinkеn' mixes Latin with Cyrillic letters"),
    ("Antony Βlinken", "mixes Latin with Greek letters"),
])
def test_invisible_and_mixed_script_names_are_refused(project: Path, name: str, words: str):
    set_line(project / PEOPLE, 4, "    name: Antony Blinken", f"    name: {name}")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:4:11: actors[0].name:", words), result.output


# 'Јое' is wholly Cyrillic: a word in one script passes alone, and is read as the name it imitates
@pytest.mark.parametrize("name", ["Ｊｏｅ Ｂｉｄｅｎ", "Јое Biden", "JOE BIDEN", "ＢＩＤＥＮ"])
def test_look_alike_names_are_not_distinct_actors(project: Path, name: str):
    people = project / PEOPLE
    people.write_text(people.read_text(encoding="utf-8")
                      + f"  - id: joe-biden-2\n    name: {name}\n    kind: person\n",
                      encoding="utf-8")
    line = people.read_text(encoding="utf-8").count("\n") - 1
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"{PEOPLE}:{line}:11: name:", "already names actor 'joe-biden'"), \
        result.output


def test_skeleton_reads_names_as_they_look():
    assert look_alike.skeleton("Antony Blinkеn\u200b") == look_alike.skeleton("antony  blinken")
    assert look_alike.skeleton("Ｉran Ａir") == "iran air"
    # Greek capitals
    assert set(look_alike.skeletons("ΤΟΜ ΜΑΚΕ")) & set(look_alike.skeletons("Tom Make"))
    assert look_alike.skeleton("Kestria") != look_alike.skeleton("Kestrel")


# --- seed text, file names, CSV, vendored files -----------------------------------------------

def test_seed_text_opens_no_block_on_the_source_page(project_site: Path):
    path = project_site / f"site/sources/{BLOCKY_ID}/index.html"
    built = page_structure.read(path)
    assert built.headings == [("h1", "Source: A seed made of Markdown block syntax"),
                              ("h2", "Quoted passages"), ("h2", "The article")]
    assert built.top_lists() == [("ol", 1)] and built.table_rows == []
    html = path.read_text(encoding="utf-8")
    article = html[html.index('id="the-article"'):html.index("</article>")]
    for tag in ("<pre", "<code", "<table", "<hr", "<blockquote", "<div", "<dl", "<script",
                "<details", "class=\"mermaid", "class=\"admonition", 'class="tabbed'):
        assert tag not in article, tag
    # every line is there, as text, one paragraph each
    paragraphs = re.findall(r"<p>(.*?)</p>", article, re.S)
    text = [page_structure.text_of(p) for p in paragraphs]
    for line in BLOCK_LINES:
        assert line.strip() in text, line
    assert "\\" not in "".join(text)  # no escape left visible


def test_hostile_file_name_is_shown_as_inert_text(project_site: Path):
    html = (project_site / "site/awaiting/index.html").read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img", "<em>", "<strong>"):
        assert raw not in html, raw
    awaiting = page_structure.read(project_site / "site/awaiting/index.html")
    assert awaiting.top_lists() == [("ul", 1)]
    assert HOSTILE_NAME in awaiting.article_text


def test_no_script_from_content_in_any_built_file(project_site: Path):
    checked = 0
    for folder in ("docs", "site"):
        for path in (project_site / folder).rglob("*"):
            if path.suffix not in (".html", ".json", ".xml", ".csv", ".md") or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            checked += 1
            # an attribute that runs script, on any tag
            assert not re.search(r"<[a-z][^<>]*\son[a-z]+\s*=", text), path
            for bad in ("<script>alert", "<div onclick", "<img src"):
                if path.suffix == ".json" and folder == "site":
                    # the search index holds page text, with markup shown as text escaped again
                    text = text.replace("&lt;script&gt;alert", "").replace("&lt;img src", "")
                assert bad not in text, (path, bad)
    assert checked > 50


def test_every_sanctions_csv_cell_is_defused(project_site: Path):
    rows = list(csv.reader(io.StringIO(
        (project_site / "site/data/sanctions.csv").read_text(encoding="utf-8"))))
    formula = [row for row in rows if row[0] == "formula"]
    assert formula, rows
    for cell in formula[0]:
        assert cell.lstrip()[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    assert f"'{FORMULA_ACTOR}" in formula[0] and "'@SUM(1+1)" in formula[0]
    assert "'+1 a measure" in formula[0] and "'-2 a reason" in formula[0]


@pytest.mark.parametrize("cell", ["=1", " =1", "\t=1", "+1", " -1", "@x", "\tx", "\rx",
                                  "\u00a0=1", "  @SUM(1)"])
def test_csv_cell_starting_like_a_formula_is_defused(cell: str):
    assert render._csv_safe(cell) == "'" + cell


def test_vendored_markdown_is_not_a_page(project_site: Path):
    assert not list((project_site / "docs/assets").rglob("*.md"))
    assert not (project_site / "site/assets/vendor/mermaid/README").exists()
    assert (project_site / "site/assets/vendor/mermaid/LICENSE").is_file()
    assert (project_site / "site/assets/vendor/mermaid/mermaid.min.js").is_file()


def test_actor_pages_only_for_named_actors(project_site: Path):
    # the fixture registry holds actors no briefing names: listed, without a page
    index = (project_site / "docs/actors/index.md").read_text(encoding="utf-8")
    listed = index.split("## In the registry, not yet in a briefing")[1]
    names = re.findall(r"^- (.+) \((person|organization|state)\)$", listed, re.M)
    assert names
    for name, _ in names:
        assert "](" not in name
    assert (project_site / "docs/actors/formula-corp.md").is_file()  # named by a sanction
