"""MkDocs and ProperDocs, its maintained fork, build the same docs/ into the same site, each with
a real build: strict, searchable, loading nothing from other hosts, swapped in only on success,
and skipped when nothing changed. `briefing serve` previews on either."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import signing
from generator.engine import privacy
from generator.engine import serve as preview

from .conftest import BRIEFING_ID, BRIEFING_YAML, copy_project, run
from .content_edits import copy_built, snapshot
from .engines import MKDOCS_LIKE, require
from .test_serve import _free_port, _wait_for

# what each engine writes in <meta name="generator">: proof of which one built the page
SIGNATURE = {"mkdocs": re.compile(r'content="mkdocs-1\.\d+\.\d+, mkdocs-material-'),
             "properdocs": re.compile(r'content="mkdocs-ProperDocs 1\.\d+\.\d+, mkdocs-material-')}
GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')
UP_TO_DATE = "; no input changed; site/ up to date"


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key folder of this test's own for the signed site record."""
    monkeypatch.delenv(signing.KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The fixture project built with `build --strict --engine E`, once per engine."""
    roots: dict[str, Path] = {}

    def build(engine: str) -> Path:
        require(engine)
        if engine not in roots:
            root = copy_project(tmp_path_factory.mktemp(engine) / "project")
            result = run(root, "build", "--strict", "--engine", engine)
            assert result.exit_code == 0, result.output
            assert "from another host" not in result.output
            roots[engine] = root
        return roots[engine]

    return build


def _leftovers(root: Path) -> list[str]:
    """Build folders and copies of mkdocs.yml that a build or serve left behind."""
    return sorted(p.name for p in root.iterdir()
                  if p.name.startswith(".site-") or p.name.endswith(".yml") and p.name != "mkdocs.yml")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("engine", MKDOCS_LIKE)
def test_a_strict_build_makes_every_page_and_its_search_index(built, engine: str):
    site = built(engine) / "site"
    page = (site / f"briefings/{BRIEFING_ID}/index.html").read_text(encoding="utf-8")
    assert SIGNATURE[engine].search(page), "built by another engine than the one asked for"
    assert len(re.findall(r'<figure class="quote" id="q-', page)) == 13
    assert 'href="../../actors/dmitry-peskov/"' in page
    assert "Kremlin spokesman" in (site / "actors/dmitry-peskov/index.html").read_text("utf-8")
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    text = " ".join(d["title"] + d["text"] for d in index["docs"]
                    if d["location"].startswith(f"briefings/{BRIEFING_ID}/"))
    assert "Peskov" in text and "Iran Air" in text
    assert {"actors/dmitry-peskov/", "actors/iran-air/"} <= {d["location"] for d in index["docs"]}
    assert _leftovers(built(engine)) == []


@pytest.mark.parametrize("engine", MKDOCS_LIKE)
def test_the_site_loads_nothing_from_other_hosts(built, engine: str):
    site = built(engine) / "site"
    assert privacy.scan_site(site, "site") == []
    assert len(list(site.rglob("*.html"))) > 40


def test_both_engines_get_the_same_markdown_and_make_the_same_site(built):
    mkdocs, properdocs = built("mkdocs"), built("properdocs")
    docs = _files(mkdocs / "docs")
    assert len(docs) > 50 and docs == _files(properdocs / "docs")
    # byte for byte but for the engine's name; the sitemap is dated by the day of the build
    a, b = ({name: GENERATOR_TAG.sub(b"", data) for name, data in _files(root / "site").items()
             if not name.startswith("sitemap.xml")} for root in (mkdocs, properdocs))
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []


def _drop_site_name(root: Path) -> None:
    """An engine error: MkDocs 1.x requires site_name (the generator defaults it)."""
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: Briefing\n", ""),
                      encoding="utf-8")


def _add_analytics(root: Path) -> None:
    """A build that succeeds but loads a script from another host: refused under --strict."""
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\nextra:\n", "\nextra:\n  analytics:\n    provider: google\n    property: G-XXXX\n", 1),
        encoding="utf-8")


@pytest.mark.parametrize("engine", MKDOCS_LIKE)
@pytest.mark.parametrize(("breakage", "said"), [
    (_drop_site_name, "build: the site engine failed (see above); site/ left as it was"),
    (_add_analytics, "from other hosts (see above); site/ left as it was"),
], ids=["engine-error", "third-party-load"])
def test_a_failed_build_keeps_the_last_good_site(built, tmp_path: Path, engine: str, breakage,
                                                said: str):
    root = copy_built(built(engine), tmp_path / "p")  # a good strict build with this engine
    before = snapshot(root / "site")
    breakage(root)
    result = run(root, "build", "--strict", "--engine", engine)
    assert result.exit_code == 1, result.output
    assert said in result.output
    assert snapshot(root / "site") == before
    assert _leftovers(root) == []


def test_nothing_changed_skips_properdocs_and_a_change_of_engine_runs_it(project: Path):
    require("properdocs")

    def build(engine: str) -> tuple[bool, str]:
        result = run(project, "build", "--engine", engine)
        assert result.exit_code == 0, result.output
        page = (project / "site/index.html").read_text(encoding="utf-8")
        return not result.output.strip().endswith(UP_TO_DATE), page

    assert build("properdocs")[0]
    ran, page = build("properdocs")
    assert not ran and SIGNATURE["properdocs"].search(page)
    ran, page = build("mkdocs")
    assert ran and SIGNATURE["mkdocs"].search(page)
    ran, page = build("properdocs")
    assert ran and SIGNATURE["properdocs"].search(page)


@pytest.mark.slow  # a live preview, waited on in real time
def test_serve_previews_on_properdocs_and_follows_edits(project: Path):
    require("properdocs")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/briefings/{BRIEFING_ID}/"
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--root", str(project),
         "--dev-addr", f"127.0.0.1:{port}", "--engine", "properdocs"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = _wait_for(url, "Bottom line", 60)
        assert SIGNATURE["properdocs"].search(page), page[:500]
        assert "livereload" in page
        summary = project / BRIEFING_YAML
        summary.write_text(summary.read_text(encoding="utf-8").replace(
            "title: Iran sends", "title: Tehran sends"), encoding="utf-8")
        assert "Tehran sends ballistic missiles" in _wait_for(url, "Tehran sends", 60)
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0]
    assert proc.returncode == 0, output
    assert output.count(f"serve: {preview.NOTE}") == 1  # the engine's dirty warning, said once
    assert "Traceback" not in output
    assert not (project / "docs" / preview.FOLDER).exists() and _leftovers(project) == []
