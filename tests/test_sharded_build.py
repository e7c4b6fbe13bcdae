"""A site rendered in shards, several engine processes each leaving out the others' pages, is the
site one process makes, to the byte: every page, the theme's assets, the sitemap and its gzip copy,
and the search index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pathspec
import pytest
import yaml

from bench.run import edit_summary
from generator.engine import run as engine_stage
from generator.engine import shards

from .conftest import BRIEFING_YAML, ROOT, run
from .engines import require
from .test_real_articles import _with_real_articles


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def four(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture project with the three real articles and their summaries, every page kind, at
    an address (so that the sitemap lists every page), its docs/ generated and built in one
    process."""
    root = _with_real_articles(tmp_path_factory.mktemp("sharded") / "project", summaries=True)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_name: Briefing\n", "site_name: Briefing\nsite_url: https://example.org/news/\n"),
        encoding="utf-8")
    built = run(root, "build", "--strict", "--jobs", "1")
    assert built.exit_code == 0, built.output
    return root


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_site_built_in_shards_is_the_site_built_in_one_process(four: Path, tmp_path: Path,
                                                                 jobs: int):
    config = engine_stage.read_config(four)
    pages = shards.pages(config.docs_dir)
    parts = shards.split(pages, jobs)
    assert len(parts) == jobs and sorted(p for s in parts for p in s.pages) == sorted(pages)
    out = tmp_path / "site"
    out.mkdir()
    ok, output, warnings = engine_stage.render(config, True, "mkdocs", "builtin", out, jobs)
    assert ok and not warnings, output
    single, sharded = _tree(config.site_dir), _tree(out)
    assert [f for f in sorted(single.keys() | sharded.keys())
            if single.get(f) != sharded.get(f)] == []
    # what a shard alone would get wrong is there whole: every page in the sitemap and the index
    assert sharded["sitemap.xml"].count(b"<url>") == len(pages)
    assert sharded["search/search_index.json"].count(b'"location":"briefings/') > len(pages) // 10
    assert not list(tmp_path.glob(".site-*")) and not list(four.glob(".briefing-*.yml"))


def _names(count: int) -> list[str]:
    """The pages of a large archive, as docs/ names them."""
    found = ["index.md", "claims.md", "sanctions.md"]
    found += ["actors/index.md", *(f"actors/actor-{n:05d}.md" for n in range(count // 3))]
    found += ["briefings/index.md", *(f"briefings/20{10 + n % 16}-{1 + n % 12:02d}-{1 + n % 28:02d}"
                                      f"-story-{n}.md" for n in range(count // 3))]
    found += [f"sources/{n:06d}-source.md" for n in range(count // 3)]
    return sorted(found)


@pytest.mark.parametrize("jobs", [2, 4])
def test_each_shard_is_named_by_a_few_patterns_that_pick_its_pages_alone(jobs: int):
    pages = _names(33_000)
    parts = shards.split(pages, jobs)
    assert len(parts) == jobs
    sizes = [len(s.pages) for s in parts]
    assert max(sizes) < 1.3 * len(pages) / jobs
    for shard in parts:
        assert len(shard.patterns) <= 40, shard.patterns
        # as MkDocs reads exclude_docs: its own exclusions first, then the configuration's
        spec = pathspec.gitignore.GitIgnoreSpec.from_lines(
            [".*", "/templates/", *shards.exclusion(shard, None).splitlines()])
        assert [p for p in pages if not spec.match_file(p)] == list(shard.pages)


def test_the_project_exclude_docs_keeps_the_last_word():
    shard = shards.split(["index.md", "a.md", "b.md"], 1)[0]
    spec = pathspec.gitignore.GitIgnoreSpec.from_lines(
        shards.exclusion(shard, "/b.md\n").splitlines())
    assert [p for p in shard.pages if not spec.match_file(p)] == ["index.md", "a.md"]


@pytest.mark.parametrize("engine", engine_stage.MKDOCS_LIKE)
def test_verify_full_builds_both_ways_and_passes_when_they_agree(four: Path, tmp_path: Path,
                                                                 engine: str):
    require(engine)
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    result = run(root, "build", "--strict", "--engine", engine, "--jobs", "3", "--verify-full")
    assert result.exit_code == 0, result.output
    assert (root / "site" / "index.html").is_file()


def test_verify_full_names_the_files_that_differ_and_keeps_the_last_site(four: Path,
                                                                         tmp_path: Path):
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache"))
    before = _tree(root / "site")
    # a theme change that makes every page depend on the others: the count of pages built with it
    main = root / "site_templates" / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "{% block scripts %}", "{% block scripts %}<!-- {{ pages | length }} -->", 1),
        encoding="utf-8")
    result = run(root, "build", "--strict", "--jobs", "2", "--verify-full")
    assert result.exit_code == 1
    assert "index.html: differs" in result.output
    assert "the site built in parts differs from the site built in one process" in result.output
    assert _tree(root / "site") == before


def test_shards_built_apart_and_assembled_are_the_site_built_in_one_process(four: Path,
                                                                           tmp_path: Path):
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    for n in (3, 1, 2):
        result = run(root, "build", "--strict", "--shard", f"{n}/3")
        assert result.exit_code == 0, result.output
        assert f"shard {n} of 3" in result.output
    assert not (root / "site").exists()
    folders = [str(root / f"site-shard-{n}-of-3") for n in (1, 2, 3)]
    shard_two = _tree(root / "site-shard-2-of-3")
    result = run(root, "assemble", *folders)
    assert result.exit_code == 0, result.output
    single, joined = _tree(four / "site"), _tree(root / "site")
    assert [f for f in sorted(single.keys() | joined.keys())
            if single.get(f) != joined.get(f)] == []
    assert _tree(root / "site-shard-2-of-3") == shard_two  # the shards' folders stay as they were


def test_a_shard_built_from_other_inputs_or_missing_is_refused(four: Path, tmp_path: Path):
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache"))
    before = _tree(root / "site")
    assert run(root, "build", "--strict", "--shard", "1/2").exit_code == 0
    edit_summary(root / BRIEFING_YAML, "Edited.")
    assert run(root, "build", "--strict", "--shard", "2/2").exit_code == 0
    result = run(root, "assemble", str(root / "site-shard-1-of-2"), str(root / "site-shard-2-of-2"))
    assert result.exit_code == 1
    assert "site-shard-2-of-2/.briefing-shard.json:1:1: digest: shard 2 was built from other " \
           "inputs" in result.output
    missing = run(root, "assemble", str(root / "site-shard-1-of-2"))
    assert missing.exit_code == 1 and "shard(s) 2 of 2 missing" in missing.output
    assert _tree(root / "site") == before


def test_the_pages_workflow_builds_in_parts_with_the_default_search_installed():
    workflow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text(encoding="utf-8"))
    runs = [str(s.get("run", "")) for s in workflow["jobs"]["build"]["steps"]]
    [install] = [r for r in runs if r.startswith("pip install")]
    assert "pagefind" in install
    [build] = [r for r in runs if r.startswith("briefing build")]
    assert "--jobs" in build and "--strict" in build


def test_a_link_to_no_page_still_fails_a_strict_build_in_shards(four: Path, tmp_path: Path):
    """A page of another shard is left out, not missing: a link to it passes --strict, while a
    link to a page that does not exist is still a warning, which --strict refuses."""
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    config = engine_stage.read_config(root)
    page = config.docs_dir / "briefings" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](../actors/no-such-actor.md)\n",
                    encoding="utf-8")
    out = tmp_path / "site"
    out.mkdir()
    ok, output, warnings = engine_stage.render(config, True, "mkdocs", "builtin", out, 2)
    assert not ok
    assert [w for w in warnings if "no-such-actor.md" in w], output
