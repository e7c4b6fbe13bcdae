"""When only pages changed, came or went, `briefing build` renders those pages alone (with the kept
pages whose links reach one that came or went) and makes the new site from the last one, never
writing into it; the result is the site a fresh build makes, to the byte. Anything that may change
every page (the configuration, the theme, the templates) builds it all."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bench.run import edit_summary
from generator import files, pipeline
from generator.engine import record as site_record
from generator.engine import run as engine_stage
from generator.engine import shards
from generator.pipeline import CACHE_DIR

from .conftest import BRIEFING_YAML, run
from .test_sharded_build import _tree, four  # noqa: F401 - the built project, a fixture

KEPT = "the rest kept from the last site"


def _fresh_copy(four: Path, dest: Path) -> Path:  # noqa: F811
    shutil.copytree(four, dest, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    built = run(dest, "build", "--strict")
    assert built.exit_code == 0 and KEPT not in built.output, built.output
    return dest


def _hold(site: Path, side: Path) -> dict[str, int]:
    """A hard link in `side` to every file of site/, so that the files outlive its removal:
    their inode numbers, by path."""
    held = {}
    for path in site.rglob("*"):
        if path.is_file():
            rel = path.relative_to(site).as_posix()
            (side / rel).parent.mkdir(parents=True, exist_ok=True)
            os.link(path, side / rel)
            held[rel] = path.stat().st_ino
    return held


def test_an_edited_summary_republishes_its_pages_into_a_new_site(four: Path,  # noqa: F811
                                                                 tmp_path: Path):
    root = _fresh_copy(four, tmp_path / "project")
    before = _tree(root / "site")
    held = _hold(root / "site", tmp_path / "held")
    edit_summary(root / BRIEFING_YAML, "Edited.")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert KEPT in result.output
    # the last site was never written into: every file of it still holds its bytes
    assert _tree(tmp_path / "held") == before
    after = {p.relative_to(root / "site").as_posix(): p.stat().st_ino
             for p in (root / "site").rglob("*.html")}
    kept = [rel for rel, ino in after.items() if held.get(rel) == ino]
    assert "briefings/2024-09-10-iran-missiles-to-russia/index.html" not in kept
    assert len(kept) > len(after) // 2
    republished = _tree(root / "site")
    assert republished["sitemap.xml"].count(b"<url>") > 50
    # a fresh build of the same docs/ makes the same site
    shutil.rmtree(root / "site")
    shutil.rmtree(root / ".briefing-cache")
    fresh = run(root, "build", "--strict", "--jobs", "1")
    assert fresh.exit_code == 0, fresh.output
    full = _tree(root / "site")
    assert [f for f in sorted(full.keys() | republished.keys())
            if full.get(f) != republished.get(f)] == []


@pytest.mark.parametrize("change", ["theme", "config"])
def test_a_change_to_the_theme_or_configuration_builds_every_page(four: Path,  # noqa: F811
                                                                  tmp_path: Path, change: str):
    root = _fresh_copy(four, tmp_path / "project")
    held = _hold(root / "site", tmp_path / "held")
    if change == "theme":
        main = root / "site_templates" / "overrides" / "main.html"
        main.write_text(main.read_text(encoding="utf-8") + "\n{#- a comment -#}\n",
                        encoding="utf-8")
    else:
        config = root / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + "\n# a comment\n",
                          encoding="utf-8")
    edit_summary(root / BRIEFING_YAML, "Edited.")
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert KEPT not in result.output
    after = [p for p in (root / "site").rglob("*.html")]
    assert after and not [p for p in after
                          if held.get(p.relative_to(root / "site").as_posix()) == p.stat().st_ino]



def add_briefing(root: Path) -> str:
    """A new briefing: a copy of one under an id of its own, of a copy of its article."""
    old_id = "2018-03-21-us-sanctions-russia-notpetya"
    new_id = "2018-03-22-us-sanctions-russia-notpetya-again"
    seed = "103_us-sanctions-russia-notpetya.txt"
    shutil.copy2(root / "seeds" / seed, root / "seeds" / f"again_{seed}")
    text = (root / "content" / "briefings" / f"{old_id}.yaml").read_text(encoding="utf-8")
    (root / "content" / "briefings" / f"{new_id}.yaml").write_text(
        text.replace(f"id: {old_id}", f"id: {new_id}", 1)
        .replace(f"seed: {seed}", f"seed: again_{seed}", 1), encoding="utf-8")
    return new_id


def _same_as_a_fresh_build(root: Path) -> dict[str, bytes]:
    """site/ as it is, after checking that a fresh whole build of the same docs/ makes it to the
    byte, every file (sitemap, its gzip copy and the search index among them)."""
    republished = _tree(root / "site")
    shutil.rmtree(root / "site")
    shutil.rmtree(root / ".briefing-cache")
    fresh = run(root, "build", "--strict", "--jobs", "1")
    assert fresh.exit_code == 0 and KEPT not in fresh.output, fresh.output
    full = _tree(root / "site")
    assert [f for f in sorted(full.keys() | republished.keys())
            if full.get(f) != republished.get(f)] == []
    return full


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """A briefing of the small project changes about a third of its pages (the lists, the actors
    it names): here they are rendered alone all the same."""
    monkeypatch.setattr(pipeline, "REPUBLISH_SHARE", 1.0)


def test_a_new_briefing_is_rendered_page_by_page_into_the_site_a_fresh_build_makes(
        four: Path, tmp_path: Path, small: None):  # noqa: F811
    root = _fresh_copy(four, tmp_path / "project")
    before = _tree(root / "site")
    held = _hold(root / "site", tmp_path / "held")
    new_id = add_briefing(root)
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert KEPT in result.output
    assert _tree(tmp_path / "held") == before  # the last site was never written into
    page = f"briefings/{new_id}/index.html"
    after = {p.relative_to(root / "site").as_posix(): p.stat().st_ino
             for p in (root / "site").rglob("*.html")}
    kept = [rel for rel, ino in after.items() if held.get(rel) == ino]
    assert page in after and page not in kept and len(kept) > len(after) // 2
    site = _same_as_a_fresh_build(root)
    assert f"/briefings/{new_id}/</loc>".encode() in site["sitemap.xml"]
    assert f'"location":"briefings/{new_id}/'.encode() in site["search/search_index.json"]


def test_a_removed_briefing_leaves_the_site_a_fresh_build_makes(four: Path,  # noqa: F811
                                                                tmp_path: Path, small: None):
    root = _fresh_copy(four, tmp_path / "project")
    gone = "2018-08-09-russia-condemns-skripal-sanctions"
    assert (root / "site" / "briefings" / gone / "index.html").is_file()
    (root / "content" / "briefings" / f"{gone}.yaml").unlink()
    (root / "seeds" / "102_russia-condemns-skripal-sanctions.txt").unlink()
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert KEPT in result.output
    assert not (root / "site" / "briefings" / gone).exists()
    # the record of the site so made stands for it: the next build has nothing to do
    again = run(root, "build", "--strict")
    assert again.exit_code == 0 and "no input changed" in again.output, again.output
    site = _same_as_a_fresh_build(root)
    assert not [rel for rel in site if gone in rel]
    assert gone.encode() not in site["sitemap.xml"] + site["search/search_index.json"]


def test_verify_full_compares_a_page_by_page_build_with_a_whole_one(four: Path,  # noqa: F811
                                                                    tmp_path: Path,
                                                                    small: None):
    root = _fresh_copy(four, tmp_path / "project")
    add_briefing(root)
    result = run(root, "build", "--strict", "--verify-full")
    assert result.exit_code == 0, result.output
    assert KEPT in result.output  # the site compared is the one made page by page
    _same_as_a_fresh_build(root)


def test_a_kept_page_linking_to_a_page_that_comes_or_goes_is_rendered_anew(
        four: Path, tmp_path: Path):  # noqa: F811
    """The generator never links to a page it does not write, so a page of docs/ is given such a
    link by hand, and the engine stage runs as `briefing build` runs it."""
    root = tmp_path / "project"
    shutil.copytree(four, root, ignore=shutil.ignore_patterns(".briefing-cache", "site"))
    settings = root / "mkdocs.yml"  # the link to no page is a warning, not a refusal
    settings.write_text(settings.read_text(encoding="utf-8").replace("strict: true", ""),
                        encoding="utf-8")
    config = engine_stage.read_config(root)
    cache = root / CACHE_DIR
    key = site_record.settings_key(config, root / "site_templates", "mkdocs", "builtin", False)
    linking = config.docs_dir / "sanctions.md"
    linking.write_text(linking.read_text(encoding="utf-8")
                       + "\n[Later](briefings/zq-later-page.md)\n", encoding="utf-8")
    # a link to no file is left as written whatever comes, but its warning guesses at the file
    # that came ("Did you mean …?")
    guessing = config.docs_dir / "timeline.md"
    guessing.write_text(guessing.read_text(encoding="utf-8")
                        + "\n[Later](briefings/zq-later-page/)\n", encoding="utf-8")
    later = config.docs_dir / "briefings" / "zq-later-page.md"
    # a link to another file of the same name resolves to that file whatever comes: its page is
    # kept as it was
    (config.docs_dir / "sources" / "zq-later-page.md").write_text("# Other\n", encoding="utf-8")
    elsewhere = config.docs_dir / "tags.md"
    elsewhere.write_text(elsewhere.read_text(encoding="utf-8")
                         + "\n[Other](sources/zq-later-page.md)\n", encoding="utf-8")

    def build(changed: site_record.Changed | None) -> list[str]:
        ran = engine_stage.run_engine(config, False, "mkdocs", "builtin", 1,
                                      changed=changed.pages if changed else None,
                                      last=changed.last if changed else None,
                                      removed=changed.removed if changed else ())
        assert ran.ok, ran.output
        assert ran.republished == (len(changed.pages) if changed else 0)
        warnings = changed.warnings_with(ran.warnings) if changed else ran.warnings
        site_record.save(cache, key, config, files.manifest(config.docs_dir), warnings,
                         ran.remote, ran.files)
        return warnings

    def fresh() -> tuple[dict[str, bytes], list[str]]:
        out = tmp_path / "fresh"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        ok, output, warnings = engine_stage.render(config, False, "mkdocs", "builtin", out, 1)
        assert ok, output
        return _tree(out), warnings

    missing = [w for w in build(None) if "zq-later-page" in w]
    assert len(missing) == 2 and "Did you mean" not in " ".join(missing), missing
    for step in ("added", "removed"):
        if step == "added":
            later.write_text("# Later\n\nA page added after the last build.\n", encoding="utf-8")
        else:
            later.unlink()
        changed = site_record.changed_pages(cache, key, config, files.manifest(config.docs_dir))
        assert changed is not None
        if step == "added":
            assert sorted(changed.pages) == ["briefings/zq-later-page.md", "sanctions.md",
                                             "timeline.md"]
        else:
            assert sorted(changed.pages) == ["sanctions.md", "timeline.md"]
            assert changed.removed == ["briefings/zq-later-page.md"]
        warnings = build(changed)
        site, whole = fresh()
        republished = _tree(config.site_dir)
        assert [f for f in sorted(site.keys() | republished.keys())
                if site.get(f) != republished.get(f)] == []
        # a warning about a link that now resolves goes; one about a link that no longer does
        # comes back, as a whole build gives them
        assert [w for w in warnings if "zq-later" in w] == [w for w in whole if "zq-later" in w]
        assert len([w for w in warnings if "zq-later" in w]) == (1 if step == "added" else 2)
        assert bool([w for w in warnings if "Did you mean" in w]) == (step == "added")


def test_the_last_builds_order_is_found_again_from_its_pages_alone(four: Path):  # noqa: F811
    pages = shards.pages(engine_stage.read_config(four).docs_dir)
    assert len(pages) > 50 and sorted(reversed(pages), key=shards.walk_key) == pages


def test_every_spelling_of_a_link_to_a_file_that_came_or_went_is_found(tmp_path: Path):
    links = {"a.md": "[x](sub/new.md)", "b.md": "[x](sub/n%65w.md)", "c.md": "[x](sub/new\\.md)",
             "d.md": "[x](sub/new/)", "e.md": "[x](sub/new.html#part)",
             "f.md": "[y]\n\n[y]: sub/new.md", "g.md": "[x](sub/other.md)", "h.md": "nothing here",
             "i.md": "[x](<sub/new.md>)", "j.md": "[x](sub%2Fnew.md)", "k.md": "[x](sub/new.md/)",
             "l.md": "[x](a(b)/../sub/new.md)", "m.md": "[x](/sub/new.md)",
             "n.md": "[x](sub/new.md.bak) [y](sub/renew.md)", "sub/o.md": "[x](new.md 'title')",
             "sub/p.md": '<a href="./new.md#top">x</a>', "sub/q.md": "[x](x%28new.md)"}
    for name, text in links.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    assert shards.link_words(["sub/new.md"]) is not None
    # d.md and e.md link to no file whatever comes: only their warnings' guesses change, and the
    # last build's warnings name them
    assert shards.linking(tmp_path, sorted(links), ["sub/new.md"]) == [
        "a.md", "b.md", "c.md", "f.md", "i.md", "j.md", "k.md", "l.md", "m.md", "sub/o.md",
        "sub/p.md", "sub/q.md"]
    assert shards.warned(["WARNING -  Doc file 'd.md' contains an unrecognized relative link "
                          "'sub/new/', it was left as is."]) == {"d.md"}
    # a link to a folder, `.` or `..` reaches its index page: no word tells those links
    assert shards.link_words(["sub/index.md"]) is None


def test_a_file_named_like_one_elsewhere_is_linked_only_by_the_pages_that_reach_it(
        tmp_path: Path):
    """The registers name their parts alike: a part that came to claims/ is linked by claims'
    pages, not by the other registers' pages that link their own part of that name."""
    pages = {"claims.md": "[2](claims/2024-2.md)", "claims/2024.md": "[2](2024-2.md)",
             "relations.md": "[2](relations/2024-2.md)", "relations/2024.md": "[2](2024-2.md)",
             "relations/2025.md": "| [x](../claims/2024-2.md#row) |", "timeline.md": "2024-2.md"}
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    # relations/2025.md's `..` may hide where its link starts: kept, as nothing proves it misses
    # the part; timeline.md's name in a sentence resolves to a file of docs/ itself
    assert shards.linking(tmp_path, sorted(pages), ["claims/2024-2.md"]) == [
        "claims.md", "claims/2024.md", "relations/2025.md"]


@pytest.mark.parametrize("gone", ["a.md", "b.md"])
def test_a_removed_page_takes_its_folder_only_when_nothing_else_is_in_it(tmp_path: Path,
                                                                        gone: str):
    old, part, site = tmp_path / "old", tmp_path / "part", tmp_path / "site"
    for rel in ("index.html", "a/index.html", "a/map.png", "b/index.html", "c/index.html"):
        (old / rel).parent.mkdir(parents=True, exist_ok=True)
        (old / rel).write_text(rel, encoding="utf-8")
    (part / "d").mkdir(parents=True)
    (part / "d" / "index.html").write_text("new", encoding="utf-8")
    site.mkdir()
    pages = [p for p in ("index.md", "a.md", "b.md", "c.md", "d.md") if p != gone]
    shards.republish(site, old, part, ["d.md"], pages, True, [gone])
    kept = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    assert kept == {"a.md": ["a", "a/map.png", "b", "b/index.html", "c", "c/index.html", "d",
                             "d/index.html", "index.html"],
                    "b.md": ["a", "a/index.html", "a/map.png", "c", "c/index.html", "d",
                             "d/index.html", "index.html"]}[gone]
