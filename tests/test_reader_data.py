"""What the site gives readers besides pages: the Atom feed, the corpus export and its schema,
page metadata (description, Open Graph, JSON-LD), and source pages in full or as excerpts."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.content.model import Briefing

from .conftest import BRIEFING_ID, BRIEFING_YAML, FIXTURE, copy_project, run
from .extra_content import HOSTILE_ID, OLDER_ID, add_hostile_briefing, add_older_briefing

ATOM = "{http://www.w3.org/2005/Atom}"


class _Head(HTMLParser):
    """Meta tags and JSON-LD blocks of a page, as a browser's parser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: list[dict[str, str | None]] = []
        self.json_ld: list[str] = []
        self.links: list[dict[str, str | None]] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta":
            self.meta.append(values)
        elif tag == "link":
            self.links.append(values)
        elif tag == "script" and values.get("type") == "application/ld+json":
            self._in_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld[-1] += data

    def content(self, key: str, value: str) -> list[str | None]:
        return [m.get("content") for m in self.meta if m.get(key) == value]


def _head(html_file: Path) -> _Head:
    parser = _Head()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def three_briefings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped briefing, an older one, and one full of markup: built with MkDocs."""
    root = copy_project(tmp_path_factory.mktemp("three") / "project")
    add_older_briefing(root)
    add_hostile_briefing(root)
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    return root


def _shipped_item():
    from generator import verify
    from generator.content import load
    from generator.pages import corpus

    project = load.Project(FIXTURE)
    return corpus.build(verify.verify(project, load.load(project))).by_id[BRIEFING_ID]


def _summary() -> dict:
    return yaml.safe_load((FIXTURE / BRIEFING_YAML).read_text(encoding="utf-8"))


# --- the Atom feed -------------------------------------------------------------------------------

def test_feed_is_atom_newest_first_with_stable_ids(three_briefings: Path, tmp_path: Path):
    feed = ET.parse(three_briefings / "site/feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    published = [e.findtext(f"{ATOM}published") for e in entries]
    assert published == sorted(published, reverse=True)
    links = [e.find(f"{ATOM}link[@rel='alternate']").get("href") for e in entries]
    assert links == [f"briefings/{HOSTILE_ID}/", f"briefings/{BRIEFING_ID}/",
                     f"briefings/{OLDER_ID}/"]
    for link in links:  # each entry leads to a page that exists
        assert (three_briefings / "site" / link / "index.html").is_file()
    assert len(set(ids)) == 3 and all(i.startswith("urn:uuid:") for i in ids)
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    for entry in entries:
        for required in ("id", "title", "updated", "summary"):
            assert (entry.findtext(f"{ATOM}{required}") or "").strip(), required
    # summaries are plain text: markup from content is escaped character data, never elements
    summary = entries[0].find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert summary.text.startswith(
        'Test & "Outlet", 11 September 2024: Peskov\'s words <script>alert(1)</script> and')
    raw = (three_briefings / "site/feed.xml").read_text(encoding="utf-8")
    assert "<script" not in raw and "<img" not in raw

    # an edited title keeps the entry's id
    root = copy_project(tmp_path / "edited")
    add_older_briefing(root, title="A retitled older briefing")
    add_hostile_briefing(root)
    assert run(root, "build").exit_code == 0
    again = ET.parse(root / "docs/feed.xml").getroot()
    assert [e.findtext(f"{ATOM}id") for e in again.findall(f"{ATOM}entry")] == ids
    assert again.findall(f"{ATOM}entry")[2].findtext(f"{ATOM}title") == "A retitled older briefing"


def test_feed_leaves_out_drafts(project: Path):
    path = project / BRIEFING_YAML
    path.write_text(path.read_text(encoding="utf-8").replace("status: reviewed", "status: draft"),
                    encoding="utf-8")
    assert run(project, "build").exit_code == 0
    feed = ET.parse(project / "docs/feed.xml").getroot()
    assert feed.findall(f"{ATOM}entry") == []


def test_feed_uses_the_site_address_when_there_is_one(project: Path):
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://briefing.example.org/news\n"
                      + config.read_text(encoding="utf-8"), encoding="utf-8")
    assert run(project, "build").exit_code == 0
    feed = ET.parse(project / "site/feed.xml").getroot()
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == (
        f"https://briefing.example.org/news/briefings/{BRIEFING_ID}/")
    head = _head(project / f"site/briefings/{BRIEFING_ID}/index.html")
    assert head.content("property", "og:url") == [
        f"https://briefing.example.org/news/briefings/{BRIEFING_ID}/"]
    data = json.loads(head.json_ld[0])
    assert data["url"] == f"https://briefing.example.org/news/briefings/{BRIEFING_ID}/"
    assert data["hasPart"][0]["@id"].startswith(data["url"] + "#q-")


# --- the corpus export ---------------------------------------------------------------------------

def test_corpus_export_validates_against_its_published_schema(three_briefings: Path):
    site = three_briefings / "site"
    schema = json.loads((site / "schema/corpus.schema.json").read_text(encoding="utf-8"))
    data = json.loads((site / "data/corpus.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert [b["summary"]["id"] for b in data["briefings"]] == [HOSTILE_ID, BRIEFING_ID, OLDER_ID]
    shipped = next(b for b in data["briefings"] if b["summary"]["id"] == BRIEFING_ID)
    # the summary reads back into the content model as the same briefing
    assert Briefing.model_validate(shipped["summary"]) == _shipped_item().briefing
    assert shipped["seed_sha256"] == _summary()["source"]["sha256"]
    assert {a["id"] for a in data["actors"]} >= {"dmitry-peskov", "iran-air"}
    for b in data["briefings"]:
        assert (site / b["page"] / "index.html").is_file()
        assert (site / b["source_page"] / "index.html").is_file()
    # the articles themselves are not in the export
    seed = (FIXTURE / "seeds/000_71c8a87dcccb59d2.txt").read_text(encoding="utf-8")
    paragraph = max(seed.splitlines(), key=len)
    assert paragraph not in (site / "data/corpus.json").read_text(encoding="utf-8")


def test_corpus_export_is_indented_json_with_no_markup_in_its_bytes(three_briefings: Path):
    """The export's exact bytes, hostile briefing included: what json.dumps writes with one space
    of indent and UTF-8 text, with <, > and & escaped."""
    raw = (three_briefings / "site/data/corpus.json").read_text(encoding="utf-8")
    expected = json.dumps(json.loads(raw), indent=1, ensure_ascii=False)
    expected = expected.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    assert raw == expected + "\n"
    assert "<" not in raw and "&" not in raw


def test_schema_refuses_an_export_that_breaks_it(three_briefings: Path):
    site = three_briefings / "site"
    schema = json.loads((site / "schema/corpus.schema.json").read_text(encoding="utf-8"))
    data = json.loads((site / "data/corpus.json").read_text(encoding="utf-8"))
    data["briefings"][0]["summary"]["quotes"][0]["speaker"] = "Not A Slug"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_home_page_links_feed_and_data(built_site: Path):
    html = (built_site / "site/index.html").read_text(encoding="utf-8")
    for target in ("feed.xml", "data/corpus.json", "schema/corpus.schema.json",
                   "data/sanctions.csv"):
        assert f'href="{target}"' in html, target
        assert (built_site / "site" / target).is_file(), target
    head = _head(built_site / "site/index.html")
    feeds = [link for link in head.links if link.get("type") == "application/atom+xml"]
    assert [link["href"] for link in feeds] == ["feed.xml"]
    deep = _head(built_site / f"site/briefings/{BRIEFING_ID}/index.html")
    assert [link["href"] for link in deep.links
            if link.get("type") == "application/atom+xml"] == ["../../feed.xml"]


# --- page metadata -------------------------------------------------------------------------------

def test_briefing_json_ld_names_each_quotes_speaker(built_site: Path):
    head = _head(built_site / f"site/briefings/{BRIEFING_ID}/index.html")
    assert len(head.json_ld) == 1
    data = json.loads(head.json_ld[0])
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Report"
    based_on = data["isBasedOn"]
    assert based_on["@type"] == "NewsArticle"
    assert based_on["publisher"]["name"] == "The Washington Post"
    assert based_on["datePublished"] == "2024-09-10"
    registry = {}
    for file in (FIXTURE / "content/actors").glob("*.yaml"):
        for actor in yaml.safe_load(file.read_text(encoding="utf-8"))["actors"]:
            registry[actor["id"]] = actor["name"]
    quotes = _summary()["quotes"]
    assert len(data["hasPart"]) == len(quotes) == 13
    for part, quote in zip(data["hasPart"], quotes, strict=True):
        assert part["@type"] == "Quotation"
        assert part["text"] == " ".join(quote["text"].split())
        assert part["creator"]["name"] == registry[quote["speaker"]]
        assert part["@id"] == f"#q-{quote['id']}"
    peskov = [p for p in data["hasPart"] if p["creator"]["name"] == "Dmitry Peskov"]
    assert peskov and all(p["creator"]["@type"] == "Person" for p in peskov)


def test_every_page_has_valid_json_ld_or_none(three_briefings: Path):
    pages = list((three_briefings / "site").rglob("*.html"))
    with_ld = 0
    for page in pages:
        for block in _head(page).json_ld:
            json.loads(block)
            with_ld += 1
    assert with_ld == 3  # one on each briefing page


def test_metadata_of_hostile_content_stays_data(three_briefings: Path):
    page = three_briefings / f"site/briefings/{HOSTILE_ID}/index.html"
    html = page.read_text(encoding="utf-8")
    head = _head(page)
    (ld,) = head.json_ld
    assert "<" not in ld and ">" not in ld  # nothing can close the script element
    data = json.loads(ld)
    assert [p["text"] for p in data["hasPart"]] == [
        "<script>alert(1)</script> is not our policy,",
        "<img src=x onerror=alert(1)> means nothing at all.",
        "</script><script>alert(1)</script>"]
    assert data["isBasedOn"]["publisher"]["name"] == 'Test & "Outlet"'
    (description,) = head.content("name", "description")
    assert description and not set('"<>&') & set(description)
    assert description.startswith("Peskov's words ‹script›alert(1)‹/script›")
    assert head.content("property", "og:description") == [description]
    assert head.content("property", "og:title") == [
        "Peskov says \"means nothing at all\" & more; 'single' stays text"]
    # the raw page holds no tag from content
    assert not re.search(r"<(script|img)[^>]*(alert|src=x)", html)


def test_description_and_open_graph_of_the_shipped_briefing(built_site: Path):
    head = _head(built_site / f"site/briefings/{BRIEFING_ID}/index.html")
    (description,) = head.content("name", "description")
    assert description.startswith("Secretary of State Antony Blinken said on 10 September 2024")
    assert len(description) <= 300 and description.endswith("…")
    assert head.content("property", "og:type") == ["article"]
    assert head.content("property", "article:published_time") == ["2024-09-10"]
    assert "Iran Air" in head.content("property", "article:tag")
    home = _head(built_site / "site/index.html")
    assert home.content("property", "og:type") == ["website"]
    assert home.json_ld == []


# --- source pages: full text or excerpts ---------------------------------------------------------

_FAR_FROM_QUOTES = "Ukraine is bracing itself for a painful winter"


def _source_page(root: Path) -> str:
    return (root / f"site/sources/{BRIEFING_ID}/index.html").read_text(encoding="utf-8")


def _marks(html: str) -> list[str]:
    return re.findall(r'<mark id="(src-[a-z0-9-]+)" class="quote-source"[^>]*>', html)


def test_source_page_in_full_by_default(built_site: Path):
    html = _source_page(built_site)
    seed = (FIXTURE / "seeds/000_71c8a87dcccb59d2.txt").read_text(encoding="utf-8")
    assert _FAR_FROM_QUOTES in seed and _FAR_FROM_QUOTES in html
    assert "Excerpts only" not in html
    assert set(_marks(html)) >= {f"src-{q['id']}" for q in _summary()["quotes"]}


@pytest.mark.parametrize("setting", [
    "extra:\n  briefing:\n    source_text: excerpts\n",
    "extra:\n  briefing:\n    source_text_by_outlet:\n      The Washington Post: excerpts\n",
])
def test_source_page_as_excerpts(project: Path, built_site: Path, setting: str):
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("extra:\n", setting, 1)
    config.write_text(text, encoding="utf-8")
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    html = _source_page(project)
    assert "Excerpts only" in html
    assert "The full text of this article is not republished here" in html
    assert _FAR_FROM_QUOTES not in html
    marks = _marks(html)
    # every quoted passage is still there, anchored as in the full text
    assert marks == _marks(_source_page(built_site))
    seed = (FIXTURE / "seeds/000_71c8a87dcccb59d2.txt").read_text(encoding="utf-8")
    markdown = (project / f"docs/sources/{BRIEFING_ID}.md").read_text(encoding="utf-8")
    excerpts = markdown.split("\n## Excerpts\n")[1]
    words = len(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", excerpts)))
    assert words < len(re.findall(r"\w+", seed)) * 0.6  # far less than the article
    # the quote links of the briefing page still land on their passages
    briefing = (project / f"site/briefings/{BRIEFING_ID}/index.html").read_text(encoding="utf-8")
    targets = set(re.findall(r'sources/[^"#]+/#(src-[a-z0-9-]+)"', briefing))
    assert targets and targets <= set(marks)
    data = json.loads((project / "site/data/corpus.json").read_text(encoding="utf-8"))
    assert data["briefings"][0]["source_text"] == "excerpts"


def test_excerpts_keep_a_few_words_around_each_quote():
    from generator.pages import source_text

    item = _shipped_item()
    excerpts = source_text.excerpts(item, context_words=3)
    text = " ".join(excerpts)
    assert text.count("<mark ") == sum(len(spans) for spans in item.spans.values())
    # "…" marks each cut, and at most three words stand between a cut and a quoted passage
    for excerpt in excerpts:
        plain = re.sub(r"<mark[^>]*>.*?</mark>", "¶", excerpt)
        if plain.startswith("… "):
            assert len(plain[2:].split("¶")[0].split()) <= 3, excerpt


def test_bad_source_text_setting_is_refused(project: Path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "extra:\n", "extra:\n  briefing:\n    source_text: partial\n", 1), encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 1
    line = config.read_text(encoding="utf-8").splitlines().index("    source_text: partial") + 1
    assert (f"mkdocs.yml:{line}:18: extra.briefing.source_text: 'partial' is not allowed; use "
            "'full'" in result.output)
    assert not (project / "docs").exists()
