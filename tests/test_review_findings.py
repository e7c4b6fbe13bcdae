"""Tag pages and actor pages by year against hostile tag names and incremental builds: every tag
has a page of its own that no other page shadows, and a page rendered again only when its inputs
change still shows what a fresh build would."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.pages import plan
from generator.pages.corpus import slugify

from .conftest import run
from .corpus_project import A1, A2, copy_corpus
from .engines import MKDOCS_LIKE, require
from .test_load_cache import _count_parses
from .test_page_plan import _generate

A1_TAGS = "tags: [Valdoria, Kestria, Marrow Isles, Drones, Sanctions]"



def _retag(root: Path, tags: str) -> None:
    summary = root / f"content/briefings/{A1}.yaml"
    text = summary.read_text(encoding="utf-8")
    assert A1_TAGS in text
    summary.write_text(text.replace(A1_TAGS, f"tags: [{tags}]"), encoding="utf-8")


def _h1(html: str) -> str:
    found = re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", html, re.S)
    assert found, html[:500]
    return found.group(1).strip()


def test_tags_in_other_scripts_and_a_tag_named_index_each_get_their_own_page(tmp_path: Path):
    """Tags written in Cyrillic or Chinese were all folded to the one slug 'tag': one page, named
    after the first, listed the briefings of all. A tag 'Index' made tags/index.md, which the site
    builds into tags/index.html, where the tags index is: the index was replaced by that tag."""
    root = copy_corpus(tmp_path / "corpus")
    _retag(root, "Valdoria, Россия, Україна, 中国, Index")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    index = (root / "docs/tags.md").read_text(encoding="utf-8")
    links = dict(re.findall(r"^- \[([^\]]+)\]\(([^)]+)\)", index, re.M))
    for name in ("Россия", "Україна", "中国", "Index"):
        assert name in links, index
    assert len({links[n] for n in ("Россия", "Україна", "中国", "Index")}) == 4, links
    assert links["Index"] != "tags/index.md"
    site = root / "site"
    assert _h1((site / "tags/index.html").read_text(encoding="utf-8")) == "Tags"
    for name, path in links.items():
        page = site / path.removesuffix(".md") / "index.html"
        assert _h1(page.read_text(encoding="utf-8")) == f"Tag: {name}", path


def test_tag_slugs_drop_latin_accents_and_keep_the_letters_of_other_scripts():
    """Spellings of one Latin tag share a page; tags of other scripts that differ in a letter or a
    mark (й and и, the vowel signs of Devanagari) do not."""
    assert slugify("Café") == slugify("cafe") == "cafe"
    assert slugify("İstanbul") == slugify("Istanbul") == "istanbul"
    assert slugify("Marrow Isles") == "marrow-isles" and slugify("Iran’s") == slugify("Iran's")
    distinct = ["Россия", "Украина", "Йемен", "Иемен", "中国", "日本", "किम", "कीम", "한국", "Tag"]
    assert len({slugify(t) for t in distinct}) == len(distinct)
    assert all("--" not in slugify(t) for t in distinct)


def test_a_long_tag_of_wide_characters_gets_a_file_name_the_disk_accepts(tmp_path: Path):
    """Slugs keep the letters of every script, and NFKD turns one Arabic ligature into 18 of
    them: 60 such would make a file name of 2,000 bytes, which no file system takes."""
    root = copy_corpus(tmp_path / "corpus")
    _retag(root, "Valdoria, " + "ﷺ" * 60)
    _generate(root)
    names = [p.name for p in (root / "docs/tags").iterdir()]
    assert len(names) == len(set(names)) and all(len(n.encode()) < 200 for n in names), names


def test_a_split_actor_page_shows_a_name_an_older_briefing_adds(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    """The page of an actor split by year lists every name the articles gave it ('Also named'),
    gathered from all the briefings that name it, while it declares only those of its newest
    quotes: a name added in an older briefing left the page as it was. The briefing edited here
    names Valdoria and nothing more: none of the page's quotes or relationships is from it."""
    monkeypatch.setattr(plan, "ACTOR_ROWS", 3)
    monkeypatch.setattr(plan, "ACTOR_LATEST", 2)
    root = copy_corpus(tmp_path / "incremental")
    _generate(root)
    assert (root / "docs/actors/valdoria--2025.md").is_file()  # its record is split by year
    page = "docs/actors/valdoria.md"
    assert A2 not in (root / page).read_text(encoding="utf-8")
    summary = root / f"content/briefings/{A2}.yaml"
    text = summary.read_text(encoding="utf-8")
    old = "  - actor: valdoria\n    mentions: [Valdoria]\n"
    assert old in text
    summary.write_text(text.replace(old, "  - actor: valdoria\n"
                                         "    mentions: [Valdoria, Valdorian officials]\n"),
                       encoding="utf-8")
    _generate(root)
    fresh = copy_corpus(tmp_path / "fresh")
    shutil.copy2(summary, fresh / f"content/briefings/{A2}.yaml")
    _generate(fresh)
    assert "Valdorian officials" in (fresh / page).read_text(encoding="utf-8")
    assert (root / page).read_text(encoding="utf-8") == (fresh / page).read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["actor", "briefing"])
def test_an_actor_or_a_briefing_cannot_take_the_id_index(tmp_path: Path, kind: str):
    """actors/<id>.md of an actor 'index' is actors/index.md, the list of actors: the plan gave two
    pages one path, and the writer stopped with a traceback after moving the first into docs/."""
    root = copy_corpus(tmp_path / "corpus")
    if kind == "actor":
        path = root / "content/actors/organizations.yaml"
        old, line = "valdoria-treasury", "actors[2].id"
    else:
        path = root / f"content/briefings/{A1}.yaml"
        old, line = A1, "id"
    for yaml_file in (root / "content").rglob("*.yaml"):
        yaml_file.write_text(yaml_file.read_text(encoding="utf-8").replace(old, "index"),
                             encoding="utf-8")
    result = run(root, "build", "--strict")
    assert result.exit_code == 1
    rel = path.relative_to(root).as_posix()
    assert re.search(rf"^{re.escape(rel)}:\d+:\d+: {re.escape(line)}: 'index' is taken", result.output,
                     re.M), result.output
    assert not (root / "docs").exists()


@pytest.mark.parametrize("engine", MKDOCS_LIKE)
def test_the_engine_imports_nothing_from_the_project_folder(tmp_path: Path, engine: str):
    """The engine runs as `python -m ENGINE` in the project folder, and `-m` puts the current
    folder first on the module path: a yaml.py that anyone adds beside mkdocs.yml ran as code in
    the engine's process, ahead of PyYAML."""
    require(engine)
    root = copy_corpus(tmp_path / "corpus")
    marker = tmp_path / "ran"
    for module in ("yaml", engine):
        (root / f"{module}.py").write_text(
            f"open({str(marker)!r}, 'a').write({module!r})\nraise SystemExit(3)\n",
            encoding="utf-8")
    result = run(root, "build", "--strict", "--engine", engine)
    assert not marker.exists(), marker.read_text()
    assert result.exit_code == 0, result.output


def test_models_pickled_by_another_pydantic_are_validated_again(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch):
    """The Pages workflow restores .briefing-cache/ on a runner that installs the newest pydantic
    each time: a pickled model is only as good as the pydantic that made it."""
    import pydantic_core

    from generator import signing
    from generator.content import load

    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = copy_corpus(tmp_path / "corpus")
    project = load.Project(root)
    load.load(project, root / pipeline.CACHE_DIR)
    parses = _count_parses(monkeypatch)
    load.load(project, root / pipeline.CACHE_DIR)
    assert parses[0] == 0  # the same pydantic: every model from the cache
    monkeypatch.setattr(pydantic_core, "__version__", "0.0.1-another")
    content = load.load(project, root / pipeline.CACHE_DIR)
    assert not content.problems
    assert parses[0] == len(list((root / "content").rglob("*.yaml")))  # every file read afresh
