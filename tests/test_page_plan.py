"""The page plan and its writer: pages come one at a time, are rendered only when their inputs
changed, and the registers are cut by year."""

from __future__ import annotations

import inspect
import io
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import parallel, pipeline
from generator.engine import run as build
from generator.pages import plan, registers, write
from generator.progress import Progress

from .conftest import run
from .content_edits import load_yaml
from .corpus_project import A1, A2, A3, A4, A5, A6, add_sixth_briefing, copy_corpus


def _generate(root: Path, strict: bool = True) -> pipeline.Generated:
    config = build.read_config(root)
    result = pipeline.generate(root, config.docs_dir, root / "site_templates", config.site_name,
                               strict=strict, progress=Progress(io.StringIO(), interactive=False),
                               settings=config.settings)
    assert result.ok, [str(p) for p in result.problems]
    return result


def _corpus(root: Path):
    from generator import verify
    from generator.content import load
    from generator.pages import corpus

    project = load.Project(root)
    return corpus.build(verify.verify(project, load.load(project)))


# --- one page at a time --------------------------------------------------------------------------

class _Counted(bytes):
    """A rendered page that counts itself while alive."""

    alive = 0

    def __new__(cls, data: bytes) -> _Counted:
        cls.alive += 1
        return super().__new__(cls, data)

    def __del__(self) -> None:
        type(self).alive -= 1


def test_the_plan_is_a_generator_and_renders_nothing(tmp_path: Path):
    root = copy_corpus(tmp_path / "corpus")
    config = build.read_config(root)
    pages = plan.plan(_corpus(root), root / "site_templates", config.settings)
    assert inspect.isgenerator(pages)
    first = next(pages)
    assert first.path == "index.md" and first.template == "home.md.j2"
    assert len(first.digest) == 64
    assert b"# Briefing" in first.render()



def test_a_briefing_s_pages_are_keyed_by_its_summary_and_the_pydantic_that_made_its_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import pydantic

    root = copy_corpus(tmp_path / "corpus")
    config = build.read_config(root)
    corpus = _corpus(root)

    def digests() -> dict[str, str]:
        return {p.path: p.digest for p in plan.plan(corpus, root / "site_templates",
                                                     config.settings)}

    before = digests()
    item = corpus.briefings[0]
    assert item.summary_sha256  # known from loading: the plan dumps no model
    monkeypatch.setattr(pydantic, "VERSION", pydantic.VERSION + ".other")
    # the same summary's bytes may make another model under another pydantic: every page whose
    # briefings are keyed by those bytes is rendered again
    assert digests()[f"briefings/{item.briefing.id}.md"] != before[f"briefings/{item.briefing.id}.md"]

def test_the_writer_holds_one_rendered_page_at_a_time(tmp_path: Path):
    drawn = 0
    renders: list[tuple[int, int]] = []  # (pages drawn from the plan, pages alive) at each render

    def make(page: plan.Page) -> bytes:
        renders.append((drawn, _Counted.alive))
        return _Counted(f"# {page.path}\n".encode() * 1000)

    def lazy_plan():
        nonlocal drawn
        for n in range(50):
            drawn += 1
            yield plan.Page(f"p/{n}.md", None, dict, f"{n:064x}", make)

    report = write.write(lazy_plan(), tmp_path / "docs")
    assert report.written == 50 and len(report.rendered) == 50
    # the plan's descriptions are drawn first (workers may share the rendering), then each page
    # is rendered with the one before it gone
    assert renders == [(50, 0)] * 50
    assert _Counted.alive == 0
    assert (tmp_path / "docs/p/49.md").read_text(encoding="utf-8").startswith("# p/49.md\n")


def test_a_failing_page_leaves_docs_as_it_was(tmp_path: Path):
    docs = tmp_path / "docs"
    ok = [plan.Page("a.md", None, dict, "1" * 64, lambda p: b"old\n")]
    write.write(iter(ok), docs)

    def broken(page: plan.Page) -> bytes:
        raise RuntimeError("template failed")

    pages = [plan.Page("a.md", None, dict, "2" * 64, lambda p: b"new\n"),
             plan.Page("b.md", None, dict, "3" * 64, broken)]
    with pytest.raises(RuntimeError):
        write.write(iter(pages), docs)
    assert (docs / "a.md").read_bytes() == b"old\n"
    assert not (docs / "b.md").exists() and not list(docs.glob(f"{write.STAGING}*"))


def test_two_pages_at_one_path_are_refused_before_docs_changes(tmp_path: Path):
    """The second would replace the first, or fail half-way through moving pages into place."""
    docs = tmp_path / "docs"
    write.write(iter([plan.Page("a.md", None, dict, "1" * 64, lambda p: b"old\n")]), docs)
    pages = [plan.Page("a.md", None, dict, "2" * 64, lambda p: b"new\n"),
             plan.Page("b.md", None, dict, "3" * 64, lambda p: b"b\n"),
             plan.Page("b.md", None, dict, "4" * 64, lambda p: b"another b\n")]
    with pytest.raises(write.Refused, match="b.md: two pages of the plan are written there"):
        write.write(iter(pages), docs)
    assert (docs / "a.md").read_bytes() == b"old\n"
    assert not (docs / "b.md").exists() and not list(docs.glob(f"{write.STAGING}*"))


def test_a_staging_folder_left_by_a_killed_run_goes_and_a_running_one_stays(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    dead = docs / f"{write.STAGING}999999999"  # above any pid the system gives
    alive = docs / f"{write.STAGING}1"  # init: always running
    for folder in (dead, alive):
        (folder / "x").mkdir(parents=True)
    write.write(iter([plan.Page("a.md", None, dict, "1" * 64, lambda p: b"a\n")]), docs)
    assert not dead.exists() and alive.exists()
    assert (docs / "a.md").read_bytes() == b"a\n"


# --- rendered only when an input changed -----------------------------------------------------------

def test_unchanged_pages_are_not_rendered_and_a_new_briefing_renders_its_dependants(
        tmp_path: Path):
    root = copy_corpus(tmp_path / "corpus")
    first = _generate(root)
    assert len(first.report.rendered) == first.report.files  # a cold run renders every page
    add_sixth_briefing(root)
    second = _generate(root)
    assert sorted(second.report.rendered) == sorted([
        f"briefings/{A6}.md", f"sources/{A6}.md",               # its own pages
        "actors/kestrel-arms.md", "actors/kestria.md", "actors/marrow-isles.md",  # it names them
        "index.md", "briefings/index.md", "actors/index.md",   # whole-archive pages
        "data/corpus.json", "feed.xml",
        "tags.md", "tags/marrow-isles.md", "tags/drones.md",   # its tags, one of them new
        "tags/kestrel-arms-works.md",
        "timeline.md", "timeline/2026.md",                      # its events, in a new year
        "relations.md", "relations/2026.md",                    # its relationship
    ])
    # every other page kept its bytes and its file: not even rendered
    assert second.report.unchanged == second.report.files - second.report.written
    assert f"briefings/{A1}.md" not in second.report.rendered


def test_a_page_edited_by_hand_is_rendered_again_and_others_are_not(tmp_path: Path):
    root = copy_corpus(tmp_path / "corpus")
    _generate(root)
    page = root / "docs" / "actors/valdoria.md"
    original = page.read_bytes()
    page.write_text("edited by hand\n", encoding="utf-8")
    # --strict changes no page, but the whole run is no longer the last one: pages are skipped
    again = _generate(root, strict=False)
    assert again.report.rendered == ["actors/valdoria.md"] and again.report.written == 1
    assert page.read_bytes() == original


def test_an_edited_summary_renders_the_pages_that_show_it(tmp_path: Path):
    root = copy_corpus(tmp_path / "corpus")
    _generate(root)
    summary = root / f"content/briefings/{A3}.yaml"
    text = summary.read_text(encoding="utf-8")
    assert "bottom_line:" in text
    summary.write_text(text.replace("bottom_line: ", "bottom_line: Edited. ", 1), encoding="utf-8")
    rendered = set(_generate(root).report.rendered)
    assert {f"briefings/{A3}.md", f"sources/{A3}.md", "index.md"} <= rendered
    # of the other briefings, only those that answer its questions or whose questions it answers
    corpus = _corpus(root)
    linked = {i.briefing.id for e in corpus.questions for i, _ in e.answers
              if e.item.briefing.id == A3} | {a.question.split("/")[0]
                                               for a in corpus.by_id[A3].briefing.answers}
    assert linked  # the corpus has such links, so that the rule is tried
    assert {p for p in rendered if p.startswith("briefings/") and p != "briefings/index.md"} == {
        f"briefings/{b}.md" for b in {A3} | linked}
    assert not rendered & {f"sources/{b}.md" for b in (A1, A2, A4, A5)}
    assert not rendered & {"tags.md", "awaiting.md"}


def test_an_edit_that_keeps_a_page_s_length_rewrites_the_page(tmp_path: Path):
    """A rendered page is compared with its file only when their lengths are equal: a word
    changed for another of the same length changes the page's bytes and not its length."""
    root = copy_corpus(tmp_path / "corpus")
    _generate(root)
    page = root / "docs" / f"briefings/{A3}.md"
    before = page.read_bytes()
    summary = root / f"content/briefings/{A3}.yaml"
    text = summary.read_text(encoding="utf-8")
    assert "to feel it within months" in text
    summary.write_text(text.replace("to feel it within months", "to feel it inside months"),
                       encoding="utf-8")
    again = _generate(root)
    after = page.read_bytes()
    assert len(after) == len(before) and b"to feel it inside months" in after
    assert f"briefings/{A3}.md" in again.report.rendered


# --- registers by year ---------------------------------------------------------------------------

def test_registers_are_split_by_year_and_the_index_links_every_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for register in registers.REGISTERS:  # so that a year takes several pages
        monkeypatch.setitem(registers.ROWS, register.name, 4)
    root = copy_corpus(tmp_path / "corpus")
    result = run(root, "build", "--strict")  # MkDocs checks every link and anchor
    assert result.exit_code == 0, result.output
    docs = root / "docs"
    corpus = _corpus(root)
    for register in registers.REGISTERS:
        index = (docs / f"{register.name}.md").read_text(encoding="utf-8")
        pages = sorted(p.relative_to(docs).as_posix()
                       for p in (docs / register.name).glob("*.md"))
        linked = sorted(set(re.findall(rf"\]\(({register.name}/[^)#]+\.md)\)", index)))
        assert pages and linked == pages, register.name
        for year, entries in registers.years(corpus, register).items():
            assert re.search(rf"^- \[{year}\]\({register.name}/{year}\.md\): "
                             rf"{len(entries)} {register.noun}", index, re.M), (register, year)
            count = -(-len(entries) // 4)
            assert all((docs / registers.page_path(register, year, n)).is_file()
                       for n in range(1, count + 1))
            assert not (docs / registers.page_path(register, year, count + 1)).exists()
    # 19 events of 2025 on pages of 4: five pages, each naming its place among them
    third = (docs / "timeline/2025-3.md").read_text(encoding="utf-8")
    assert "# Timeline: 2025 (page 3 of 5)" in third
    assert "[All years](../timeline.md)" in third and "[2](2025-2.md) · 3 · [4](2025-4.md)" in third
    assert (root / "site/timeline/2025-3/index.html").is_file()



def _docs(root: Path) -> dict[str, bytes]:
    docs = root / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file()}


def _rewrite(root: Path, bid: str, change: Any) -> None:
    path = root / f"content/briefings/{bid}.yaml"
    summary = load_yaml(path.read_text(encoding="utf-8"))
    change(summary)
    path.write_text(yaml.safe_dump(summary, allow_unicode=True, sort_keys=False, width=10_000),
                    encoding="utf-8")


def _report_alike(root: Path) -> None:
    """Three briefings of 2025 report the same two relationships, which sort side by side: rows
    of three lines, each line's briefing on the next row too, as in an archive where many
    briefings tell the same story. A page cut across them holds the same briefings wherever the
    cut falls."""
    for bid in (A1, A2, A3):
        _rewrite(root, bid, lambda s, bid=bid: s.update(relations=[
            {"source": "valdoria", "kind": "accuses", "target": target,
             "what": f"Arming the other side ({bid})"} for target in ("kestria", "marrow-isles")]))


def _add(root: Path) -> None:
    add_sixth_briefing(root)


def _remove(root: Path) -> None:
    (root / f"content/briefings/{A4}.yaml").unlink()


def _edit(root: Path) -> None:
    """One relationship, one measure and one event fewer in a briefing: its entries that follow
    move up a place, and with them every cut of the year after them."""
    def fewer(summary: dict[str, Any]) -> None:
        for field in ("relations", "sanctions", "events"):
            assert summary[field], field  # so that each register's cut moves
            del summary[field][0]

    _rewrite(root, A3, fewer)


def _move(root: Path) -> None:
    """A briefing's relationship of another kind: from the first row of the year to the last,
    the rows between move up a line, and the year keeps its number of pages."""
    _rewrite(root, A4, lambda s: s["relations"][0].update(kind="supplies"))


def _redate(root: Path) -> None:
    """A quote of the year before: it leaves the speaker's 2025 pages, whose entries after it
    move up a place, many of them another briefing's, which named the speaker as before."""
    def earlier(summary: dict[str, Any]) -> None:
        quote = next(q for q in summary["quotes"] if q["id"] == "rell-as-long-as")
        quote["date"] = "2024-06-01"

    _rewrite(root, A3, earlier)


@pytest.mark.parametrize("rows", [1, 2, 3, 4])
@pytest.mark.parametrize("change", [_add, _remove, _edit, _move, _redate])
def test_a_change_that_moves_a_register_s_cuts_rewrites_the_pages_it_moves(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Any, rows: int):
    """A year cut into pages of a few entries (a register's, an actor's), and a change before a
    cut (a briefing added, removed, given fewer entries, one of its relationships moved to
    another row, a quote moved to another year): the pages after it show other entries, often
    of the same briefings as before (the timeline's events of one briefing; the lines of
    relationships that the same briefings report, a row going on from the page before; an
    actor's quotes and claims from one briefing). Each such page is written again, so that docs/
    is, byte for byte, that of a generation from nothing."""
    for register in registers.REGISTERS:
        monkeypatch.setitem(registers.ROWS, register.name, rows)
    monkeypatch.setattr(plan, "ACTOR_ROWS", rows)  # an actor's page per year, cut into parts
    root = copy_corpus(tmp_path / "work")
    _report_alike(root)
    _generate(root)
    change(root)
    # a removed summary leaves its article awaiting one, which --strict refuses
    _generate(root, strict=False)
    fresh = copy_corpus(tmp_path / "fresh")
    for part in ("content", "seeds"):
        shutil.rmtree(fresh / part)
        shutil.copytree(root / part, fresh / part)
    _generate(fresh, strict=False)
    got, want = _docs(root), _docs(fresh)
    assert got.keys() == want.keys()
    assert [p for p in got if got[p] != want[p]] == []


def test_an_edited_include_renders_the_pages_that_use_it(tmp_path: Path):
    root = copy_corpus(tmp_path / "corpus")
    _generate(root)
    include = root / "site_templates/pages/_part.md.j2"
    include.write_text(include.read_text(encoding="utf-8") + "Included line.\n", encoding="utf-8")
    report = _generate(root).report
    assert "timeline/2025.md" in report.rendered
    assert "Included line." in (root / "docs/timeline/2025.md").read_text(encoding="utf-8")


def test_a_tag_on_more_briefings_than_a_page_holds_is_cut_into_parts(tmp_path: Path,
                                                                     monkeypatch):
    root = copy_corpus(tmp_path / "corpus")
    monkeypatch.setattr(plan, "TAG_ROWS", 2)
    pages = plan.render_all(_corpus(root), root / "site_templates",
                            build.read_config(root).settings)
    assert sorted(p for p in pages if p.startswith("tags/sanctions")) == [
        "tags/sanctions--2.md", "tags/sanctions.md"]
    first, second = (pages[p].decode() for p in ("tags/sanctions.md", "tags/sanctions--2.md"))
    assert first.count("\n- [") == 2 and second.count("\n- [") == 2
    assert "(page 2 of 2)" in second and "[1](sanctions.md)" in second
    assert "[Sanctions](tags/sanctions.md): 4 briefings" in pages["tags.md"].decode()


def test_an_actor_named_in_more_than_a_page_holds_gets_a_page_per_year(tmp_path: Path,
                                                                       monkeypatch):
    """Small limits stand in for an actor named across a large archive: its page keeps its
    newest quotes and links a page per year (cut into parts), which together hold everything,
    and the built site resolves every link between them."""
    root = copy_corpus(tmp_path / "corpus")
    monkeypatch.setattr(plan, "ACTOR_ROWS", 3)
    monkeypatch.setattr(plan, "ACTOR_LATEST", 2)
    corpus = _corpus(root)
    pages = plan.render_all(corpus, root / "site_templates", build.read_config(root).settings)
    view = corpus.actors["valdoria"]
    entries = (len(view.quotes) + len(view.imposed) + len(view.faced) + len(view.claims)
               + len(view.briefings))
    assert entries > 3
    main = pages["actors/valdoria.md"].decode()
    assert "## By year" in main and main.count("<figure") == min(2, len(view.quotes))
    parts = {p: pages[p].decode() for p in pages if p.startswith("actors/valdoria--")}
    assert parts and all(f"]({p.removeprefix('actors/')})" in main
                         for p in parts if "-" not in p.removeprefix("actors/valdoria--"))
    # every briefing that names the actor is on exactly one of its year pages
    listed = [b.briefing.id for b, _ in view.briefings]
    for bid in listed:
        assert sum(f"../briefings/{bid}.md) —" in text for text in parts.values()) == 1, bid
    assert sum(text.count("<figure") for text in parts.values()) == len(view.quotes)
    assert run(root, "build", "--strict").exit_code == 0
    year_page = next(iter(parts)).removesuffix(".md")
    assert (root / "site" / year_page / "index.html").is_file()


_PIDS = Path()
_CALL = parallel._call  # noqa: SLF001 - wrapped, to see which processes render


def _noted(index: int) -> object:
    with _PIDS.open("a") as out:
        out.write(f"{os.getpid()}\n")
    return _CALL(index)


def test_pages_rendered_by_forked_workers_are_the_same_bytes(tmp_path: Path, monkeypatch):
    root = copy_corpus(tmp_path / "corpus")
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    _generate(root)
    alone = {p.relative_to(root / "docs"): p.read_bytes() for p in (root / "docs").rglob("*")
             if p.is_file()}
    other = copy_corpus(tmp_path / "other")
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    global _PIDS
    _PIDS = tmp_path / "pids"
    monkeypatch.setattr(parallel, "_call", _noted)
    monkeypatch.setattr(parallel, "_fork_safe", lambda: True)  # whatever threads other tests left
    result = _generate(other)
    renderers = _PIDS.read_text().split()
    assert len(renderers) == result.report.files and str(os.getpid()) not in renderers
    together = {p.relative_to(other / "docs"): p.read_bytes() for p in (other / "docs").rglob("*")
                if p.is_file()}
    assert together == alone


def test_a_large_archive_lists_its_newest_briefings_and_a_page_per_year(tmp_path: Path,
                                                                      monkeypatch):
    root = copy_corpus(tmp_path / "corpus")
    monkeypatch.setattr(plan, "ARCHIVE_ROWS", 2)
    monkeypatch.setattr(plan, "ARCHIVE_LATEST", 1)
    corpus = _corpus(root)
    pages = plan.render_all(corpus, root / "site_templates", build.read_config(root).settings)
    index = pages["briefings/index.md"].decode()
    assert "The newest 1 of 5 briefings" in index and "## By year" in index
    assert index.count("\n- [") - index.count("\n- [20") == 1  # one briefing, then the years
    archive = {p: pages[p].decode() for p in pages if p.startswith("archive/")}
    assert sorted(archive) == ["archive/2025-2.md", "archive/2025.md", "archive/2026.md"]
    listed = [item.briefing.id for item in corpus.briefings]
    for bid in listed:  # every briefing on exactly one page by year
        assert sum(f"(../briefings/{bid}.md)" in text for text in archive.values()) == 1, bid
    assert "(page 2 of 2)" in archive["archive/2025-2.md"]
    assert run(root, "build", "--strict").exit_code == 0
    assert (root / "site/archive/2025-2/index.html").is_file()
