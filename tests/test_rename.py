"""`briefing rename`: every reference changes in place, the old address leads to the new page in the
built site, and every refusal leaves the project as it was."""

from __future__ import annotations

import html as html_lib
import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from generator import files
from generator.content import load as load_stage
from generator.content.model import refs

from .conftest import BRIEFING_ID, BRIEFING_YAML, copy_project, run
from .content_edits import insert_after, replace_on_line, reported, snapshot
from .extra_content import add_briefing

TREASURY = "us-treasury-department"
PEOPLE = "content/actors/people.yaml"
ORGANIZATIONS = "content/actors/organizations.yaml"
LATER_ID = "2024-09-20-atacms-decision"
REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')


def content_files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted((root / "content").rglob("*.yaml"))}


def redirect_target(site: Path, old: str) -> Path:
    """The built page that the page at `old` refreshes to; it must exist."""
    html = (site / old / "index.html").read_text(encoding="utf-8")
    found = REFRESH.findall(html)
    assert len(found) == 1, html[:2000]
    assert f'<link rel="canonical" href="{found[0]}">' in html
    target = (site / old / found[0] / "index.html").resolve()
    assert target.is_file(), f"{old} refreshes to {found[0]}, which was not built"
    return target


def all_refs(root: Path) -> list[tuple[str, str]]:
    content = load_stage.load(load_stage.Project(root))
    return [(ref.kind, str(value)) for x in [*content.actors, *content.briefings, *content.redirects]
            for _, value, ref in refs(x.value)]


@pytest.fixture
def treasury_everywhere(tmp_path: Path) -> Path:
    """The Treasury as a speaker (in quotes, with a comment), an imposer of a sanction and the
    source of a relationship, as well as an actor of the briefing and the asserter of a claim."""
    root = copy_project(tmp_path / "project")
    summary = root / BRIEFING_YAML
    replace_on_line(summary, 127, f"speaker: {TREASURY}",
                    f'speaker: "{TREASURY}"  # {TREASURY}: the department, not a person')
    replace_on_line(summary, 205, "imposers: [united-states,",
                    f"imposers: [united-states, {TREASURY},")
    insert_after(summary, 354, "\n".join([
        f"  - source: {TREASURY}   # who signed the measure",
        "    kind: sanctions",
        "    target: iran-air",
        f"    what: Measures signed by the {TREASURY} team",
    ]))
    assert run(root, "check", "--strict").exit_code == 0
    return root


def test_renaming_an_actor_changes_every_reference_and_keeps_the_old_address(
        treasury_everywhere: Path):
    root = treasury_everywhere
    before = content_files(root)
    named = sum(1 for kind, value in all_refs(root) if (kind, value) == ("actor", TREASURY))
    assert named >= 6

    result = run(root, "rename", TREASURY, "treasury")
    assert result.exit_code == 0, result.output
    assert f"rename: actor '{TREASURY}' → 'treasury'" in result.output
    after = content_files(root)
    # only the references changed, as written: comments and free text that name the id are kept
    for name, text in before.items():
        expected = [line if "what:" in line else
                    line.partition("#")[0].replace(TREASURY, "treasury")
                    + "".join(line.partition("#")[1:]) for line in text.split("\n")]
        assert after[name].split("\n") == expected, name
    assert "  - source: treasury   # who signed the measure" in after[BRIEFING_YAML]
    assert f'speaker: "treasury"  # {TREASURY}: the department' in after[BRIEFING_YAML]
    # the free text is left as written, and said so
    notes = [line for line in result.output.splitlines() if " note: " in line]
    assert len(notes) == 1 and f"{BRIEFING_YAML}:358:11: note: relations[7].what:" in notes[0], \
        result.output
    assert yaml.safe_load(after["content/redirects.yaml"]) == {
        "redirects": [{"from": f"actors/{TREASURY}", "to": "actors/treasury"}]}
    assert ("actor", TREASURY) not in all_refs(root)
    assert sum(1 for r in all_refs(root) if r == ("actor", "treasury")) == named

    assert run(root, "check", "--strict").exit_code == 0
    built = run(root, "build", "--strict")
    assert built.exit_code == 0, built.output
    site = root / "site"
    new_page = redirect_target(site, f"actors/{TREASURY}")
    assert new_page == (site / "actors/treasury/index.html").resolve()
    html = new_page.read_text(encoding="utf-8")
    summary = yaml.safe_load(after[BRIEFING_YAML])
    said = [q for q in summary["quotes"] if q["speaker"] == "treasury"]
    assert said and all(q["text"].rstrip(".,") in html for q in said)
    old = (site / f"actors/{TREASURY}/index.html").read_text(encoding="utf-8")
    assert 'href="../treasury/"' in old  # the visible link
    assert '<meta name="robots" content="noindex">' in old
    # a page of its own, not the theme's frame around a sentence: an archive keeps thousands
    assert len(old.encode()) < 2_000 and "md-header" not in old and "<nav" not in old, len(old)
    # not in search, not a second Treasury in the Actors index
    index = (site / "search/search_index.json").read_text(encoding="utf-8")
    assert f"actors/{TREASURY}/" not in index
    assert f"actors/{TREASURY}/" not in (site / "actors/index.html").read_text(encoding="utf-8")


def test_renaming_a_state_changes_the_country_of_its_people(project: Path):
    before = content_files(project)
    result = run(project, "rename", "united-states", "usa")
    assert result.exit_code == 0, result.output
    after = content_files(project)
    assert after[PEOPLE] == before[PEOPLE].replace("country: united-states", "country: usa")
    assert "country: usa" in after[PEOPLE]
    assert run(project, "check", "--strict").exit_code == 0


def add_answering_briefing(root: Path) -> None:
    add_briefing(root, "002_later.txt", "Washington let Kyiv fire ATACMS inside Russia.\n", {
        "id": LATER_ID, "title": "Washington lets Kyiv fire ATACMS inside Russia",
        "source": {"outlet": "Test Outlet", "published": "2024-09-20"},
        "bottom_line": "The question of the earlier briefing is answered.",
        "key_points": ["Washington said yes."],
        "answers": [{"question": f"{BRIEFING_ID}/atacms-inside-russia",
                     "answer": "Yes: Washington let Kyiv fire them."}],
    })


def test_renaming_a_briefing_moves_its_file_its_answers_and_its_addresses(project: Path):
    add_answering_briefing(project)
    later = project / f"content/briefings/{LATER_ID}.yaml"
    summary_before = (project / BRIEFING_YAML).read_text(encoding="utf-8")
    later_before = later.read_text(encoding="utf-8")

    result = run(project, "rename", BRIEFING_ID, "iran-missiles-to-russia")
    assert result.exit_code == 0, result.output
    assert not (project / BRIEFING_YAML).exists()
    moved = project / "content/briefings/iran-missiles-to-russia.yaml"
    assert moved.read_text(encoding="utf-8") == summary_before.replace(
        f"id: {BRIEFING_ID}", "id: iran-missiles-to-russia", 1)
    assert later.read_text(encoding="utf-8") == later_before.replace(
        f"{BRIEFING_ID}/atacms-inside-russia", "iran-missiles-to-russia/atacms-inside-russia")

    built = run(project, "build", "--strict")
    assert built.exit_code == 0, built.output
    site = project / "site"
    for section in ("briefings", "sources"):
        target = redirect_target(site, f"{section}/{BRIEFING_ID}")
        assert target == (site / section / "iran-missiles-to-russia/index.html").resolve()
    answered = (site / "briefings/iran-missiles-to-russia/index.html").read_text(encoding="utf-8")
    assert "Washington lets Kyiv fire ATACMS inside Russia" in answered


def test_renaming_back_and_on_keeps_one_step_redirects(project: Path):
    for old, new in (("john-kirby", "kirby"), ("kirby", "jk"), ("jk", "john-kirby")):
        result = run(project, "rename", old, new)
        assert result.exit_code == 0, result.output
    entries = yaml.safe_load((project / "content/redirects.yaml").read_text(encoding="utf-8"))
    # john-kirby is a page again: its old redirect went, and every old address leads to it
    assert entries == {"redirects": [{"from": "actors/kirby", "to": "actors/john-kirby"},
                                     {"from": "actors/jk", "to": "actors/john-kirby"}]}
    assert run(project, "check", "--strict").exit_code == 0


def assert_refused(root: Path, args: list[str], status: int, *where_and_words: str) -> None:
    state = snapshot(root / "content"), snapshot(root / "seeds")
    result = run(root, "rename", *args)
    assert result.exit_code == status, result.output
    assert "Traceback" not in result.output
    if where_and_words:
        assert reported(result, *where_and_words), result.output
    assert (snapshot(root / "content"), snapshot(root / "seeds")) == state


def test_an_unknown_id_is_refused(project: Path):
    assert_refused(project, ["antony-blinkn", "tony"], 1, "content:1:1:", "no actor or briefing",
                   "did you mean 'antony-blinken'")


def test_a_new_id_that_is_taken_is_refused(project: Path):
    assert_refused(project, ["antony-blinken", "john-kirby"], 1, f"{PEOPLE}:",
                   "'john-kirby' is already taken")
    assert_refused(project, ["antony-blinken", "antony-blinken"], 1, "content:1:1:",
                   "nothing to rename")


def test_a_new_id_that_is_the_old_address_of_another_page_is_refused(project: Path):
    assert run(project, "rename", "john-kirby", "kirby").exit_code == 0
    assert_refused(project, ["antony-blinken", "john-kirby"], 1, "content/redirects.yaml:5:",
                   "old address of 'actors/kirby'")


@pytest.mark.parametrize("new", ["Tony Blinken", "tony--blinken", "../x", "tony/blinken", ""])
def test_a_new_id_that_is_not_an_id_is_a_wrong_command_line(project: Path, new: str):
    assert_refused(project, ["antony-blinken", new], 2)


def test_an_id_of_both_an_actor_and_a_briefing_needs_to_be_told_which(project: Path):
    organizations = project / ORGANIZATIONS
    organizations.write_text(organizations.read_text(encoding="utf-8") + (
        f"  - id: {BRIEFING_ID}\n    name: A Name Nobody Uses\n    kind: organization\n"),
        encoding="utf-8")
    assert run(project, "check").exit_code == 0
    assert_refused(project, [BRIEFING_ID, "renamed"], 1, f"{ORGANIZATIONS}:",
                   "--actor or --briefing")
    result = run(project, "rename", "--actor", BRIEFING_ID, "renamed")
    assert result.exit_code == 0, result.output
    assert (project / BRIEFING_YAML).is_file()
    assert "id: renamed" in (project / ORGANIZATIONS).read_text(encoding="utf-8")


def test_content_that_does_not_check_is_not_renamed(project: Path):
    replace_on_line(project / BRIEFING_YAML, 140, "speaker: john-kirby", "speaker: jon-kirby")
    assert_refused(project, ["antony-blinken", "tony"], 1, f"{BRIEFING_YAML}:140:14:",
                   "unknown actor 'jon-kirby'")


def test_a_write_that_fails_midway_puts_back_what_it_wrote(project: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    # the second content file fails: the first must be put back
    calls = rename_failing_at(project, 2, monkeypatch, "antony-blinken", "tony")
    assert len(calls) == 3  # the first, the one that failed, the first put back


def rename_failing_at(root: Path, n: int, monkeypatch: pytest.MonkeyPatch,
                      *args: str) -> list[str]:
    """Rename with the n-th write of a content file failing: every file keeps its old bytes."""
    real = files.os.replace
    calls = []

    def failing(src, dst):
        if (root / "content") in Path(dst).parents:
            calls.append(dst)
            if len(calls) == n:
                raise OSError(28, "No space left on device", str(dst))
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", failing)
    before = content_files(root)
    result = run(root, "rename", *args)
    assert result.exit_code == 1
    assert reported(result, "content/", "No space left on device", "nothing was renamed"), \
        result.output
    assert content_files(root) == before  # the files written first have their old bytes back
    assert not list((root / "content").rglob(".*.tmp"))
    return calls


def test_an_id_written_with_escapes_is_refused_at_its_place(project: Path):
    replace_on_line(project / BRIEFING_YAML, 140, "speaker: john-kirby",
                    'speaker: "john\\x2dkirby"')
    assert run(project, "check").exit_code == 0
    assert_refused(project, ["john-kirby", "kirby"], 1, f"{BRIEFING_YAML}:140:14:",
                   "escapes")


@pytest.mark.parametrize(("entries", "where", "words"), [
    ("  - from: actors/antony-blinken\n    to: actors/john-kirby\n", "3:11:",
     "is a page again"),
    ("  - from: actors/a\n    to: actors/b\n  - from: actors/b\n    to: actors/john-kirby\n",
     "4:9:", "write 'to: actors/john-kirby'"),
    ("  - from: actors/a\n    to: briefings/" + BRIEFING_ID + "\n", "4:9:",
     "not the same kind of page"),
    ("  - from: briefings/a\n    to: briefings/nothing-here\n", "4:9:", "no page"),
    ("  - from: actors/a\n    to: actors/john-kirby\n  - from: actors/a\n    to: actors/iran\n",
     "5:11:", "already redirected at line 3"),
    ("  - from: people/a\n    to: actors/john-kirby\n", "3:11:", "is not the address"),
])
def test_redirects_are_checked_at_both_ends(project: Path, entries: str, where: str, words: str):
    (project / "content/redirects.yaml").write_text("# old addresses\nredirects:\n" + entries,
                                                     encoding="utf-8")
    result = run(project, "check")
    assert result.exit_code == 1
    assert reported(result, f"content/redirects.yaml:{where}", words), result.output


def test_replace_all_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    a.write_bytes(b"a")
    b.write_bytes(b"b")
    files.replace_all({a: b"A", b: None, c: b"C"})
    assert (a.read_bytes(), b.exists(), c.read_bytes()) == (b"A", False, b"C")
    real = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:  # 'c' cannot be removed
        if self.name == "c":
            raise PermissionError(13, "Permission denied", str(self))
        real(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(PermissionError):
        files.replace_all({a: b"AA", tmp_path / "d": b"D", c: None})
    assert a.read_bytes() == b"A" and not (tmp_path / "d").exists() and c.read_bytes() == b"C"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "c"]


@pytest.mark.skipif(importlib.util.find_spec("zensical") is None,
                    reason="zensical is not installed (pip install '.[zensical]')")
def test_zensical_builds_the_redirect_pages_too(project: Path):
    assert run(project, "rename", "john-kirby", "kirby").exit_code == 0
    built = run(project, "build", "--strict", "--engine", "zensical")
    assert built.exit_code == 0, built.output
    site = project / "site"
    html = (site / "actors/john-kirby/index.html").read_text(encoding="utf-8")
    refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', html)
    assert refresh is not None, html[:2000]
    target = site / "actors/john-kirby" / html_lib.unescape(refresh.group(1)) / "index.html"
    assert target.resolve() == (site / "actors/kirby/index.html").resolve()
    assert "This page has moved" not in (site / "search.json").read_text(encoding="utf-8")


def test_an_empty_redirects_file_of_ones_own_gets_the_entry_below_its_comments(project: Path):
    redirects = project / "content/redirects.yaml"
    redirects.write_bytes(b"# kept by hand\r\nredirects: []  # none yet\r\n")
    result = run(project, "rename", "john-kirby", "kirby")
    assert result.exit_code == 0, result.output
    assert redirects.read_bytes() == (b"# kept by hand\r\nredirects:  # none yet\r\n"
                                      b"  - from: actors/john-kirby\r\n    to: actors/kirby\r\n")


@pytest.mark.parametrize("built_before", [False, True], ids=["fresh", "after-a-build"])
@pytest.mark.parametrize("address", ["actors/index", "briefings/index"])
def test_a_redirect_from_a_list_of_the_site_is_refused_by_check_and_build(
        project: Path, address: str, built_before: bool):
    """The lists of all actors and all briefings are pages of the site: a redirect from one
    would replace it (or, written beside it, fail half-way through writing docs/)."""
    section = address.split("/")[0]
    to = "actors/john-kirby" if section == "actors" else f"briefings/{BRIEFING_ID}"
    if built_before:
        assert run(project, "build", "--strict").exit_code == 0
    before = snapshot(project / "docs") if built_before else None
    (project / "content/redirects.yaml").write_text(
        f"# old addresses\nredirects:\n  - from: {address}\n    to: {to}\n", encoding="utf-8")
    for command in ("check", "build"):
        result = run(project, command, "--strict")
        assert result.exit_code == 1, result.output
        assert result.output.startswith(
            f"content/redirects.yaml:3:11: from: '{address}' is the site's list of all "
            f"{section}: a redirect may come only from an address no page of the site uses; "
            "remove this redirect\n"), result.output
        assert "Traceback" not in result.output
    if built_before:
        assert snapshot(project / "docs") == before
    else:
        assert not (project / "docs").exists()


# --- merging a duplicate actor into the one it duplicates (`rename --merge`) -------------------

DUPLICATE = "treasury-dept"
DUPLICATE_ID = "2024-09-12-treasury-dept"


@pytest.fixture
def duplicate_treasury(tmp_path: Path) -> Path:
    """A second Treasury, as drafts make them: listed with the first in the shipped briefing,
    where it speaks and imposes a sanction, and alone in another briefing."""
    root = copy_project(tmp_path / "project")
    organizations = root / ORGANIZATIONS
    insert_after(organizations, 7, "\n".join([
        f"  - id: {DUPLICATE}  # from a draft",
        "    name: Treasury Dept",
        "    kind: organization",
        "    aliases: [the U.S. Treasury]",
    ]))
    summary = root / BRIEFING_YAML
    replace_on_line(summary, 205, "imposers: [united-states,", f"imposers: [united-states, {DUPLICATE},")
    insert_after(summary, 80, "\n".join([
        f"  - actor: {DUPLICATE}   # the same department",
        "    role: issuer of the statement",
        "    mentions: [the Treasury Department said in a statement]",
    ]))
    add_briefing(root, "902_treasury.txt", "“The measures start today,” the Treasury Dept said.\n", {
        "id": DUPLICATE_ID, "title": "The Treasury Dept on the measures",
        "source": {"outlet": "Test Outlet", "published": "2024-09-12"},
        "bottom_line": "The measures start today.",
        "key_points": ["They start today."],
        "actors": [{"actor": DUPLICATE, "mentions": ["the Treasury Dept"]}],
        "quotes": [{"id": "start-today", "speaker": DUPLICATE,
                    "text": "The measures start today,"}],
    })
    checked = run(root, "check", "--strict")
    assert checked.exit_code == 0, checked.output
    return root


def test_merging_a_duplicate_actor_joins_its_entries_aliases_and_address(
        duplicate_treasury: Path):
    root = duplicate_treasury
    before = content_files(root)
    result = run(root, "rename", "--merge", DUPLICATE, TREASURY)
    assert result.exit_code == 0, result.output
    assert f"rename: actor '{DUPLICATE}' merged into '{TREASURY}'" in result.output
    after = content_files(root)
    assert ("actor", DUPLICATE) not in all_refs(root)
    assert run(root, "check", "--strict").exit_code == 0

    # the duplicate's entry is gone; its other names are the Treasury's aliases now
    assert after[ORGANIZATIONS] == before[ORGANIZATIONS].replace("\n".join([
        f"  - id: {DUPLICATE}  # from a draft",
        "    name: Treasury Dept",
        "    kind: organization",
        "    aliases: [the U.S. Treasury]",
        ""]), "").replace("aliases: [the Treasury Department, Treasury]",
                          "aliases: [the Treasury Department, Treasury, Treasury Dept, "
                          "the U.S. Treasury]")
    # one entry for the Treasury in the briefing that listed both: both entries' mentions, once,
    # and the duplicate's role, since the Treasury's entry had none
    lines = before[BRIEFING_YAML].split("\n")
    assert lines[78:82] == [
        f"  - actor: {TREASURY}",
        "    mentions: [the Treasury Department]",
        f"  - actor: {DUPLICATE}   # the same department",
        "    role: issuer of the statement"]
    lines[78:83] = [
        f"  - actor: {TREASURY}",
        "    mentions: [the Treasury Department, the Treasury Department said in a statement]",
        "    role: issuer of the statement"]
    expected = "\n".join(lines).replace(
        f"imposers: [united-states, {DUPLICATE},", f"imposers: [united-states, {TREASURY},")
    assert after[BRIEFING_YAML] == expected
    other = f"content/briefings/{DUPLICATE_ID}.yaml"
    assert after[other] == before[other].replace(f"actor: {DUPLICATE}", f"actor: {TREASURY}") \
        .replace(f"speaker: {DUPLICATE}", f"speaker: {TREASURY}")
    assert yaml.safe_load(after["content/redirects.yaml"]) == {
        "redirects": [{"from": f"actors/{DUPLICATE}", "to": f"actors/{TREASURY}"}]}
    assert set(after) == set(before) | {"content/redirects.yaml"}
    for name in set(before) - {ORGANIZATIONS, BRIEFING_YAML, other}:
        assert after[name] == before[name], name


def test_merging_the_only_actor_of_a_registry_file_removes_the_file(duplicate_treasury: Path):
    root = duplicate_treasury
    registry = root / "content/actors/drafted.yaml"
    organizations = root / ORGANIZATIONS
    text = organizations.read_text(encoding="utf-8")
    entry = text[text.index(f"  - id: {DUPLICATE}"):text.index("  - id: us-defense-department")]
    organizations.write_text(text.replace(entry, ""), encoding="utf-8")
    registry.write_text("actors:\n" + entry, encoding="utf-8")
    assert run(root, "check", "--strict").exit_code == 0
    result = run(root, "rename", "--merge", DUPLICATE, TREASURY)
    assert result.exit_code == 0, result.output
    assert not registry.exists()
    assert run(root, "check", "--strict").exit_code == 0


def test_a_duplicate_sharing_a_name_with_its_actor_is_merged_though_check_asks_for_it(
        duplicate_treasury: Path):
    """A draft's duplicate often bears a name the registry's actor already has: check then
    refuses the content and tells the analyst to merge the two, so the merge must not refuse for
    that same reason. Any other error still stops it."""
    root = duplicate_treasury
    replace_on_line(root / ORGANIZATIONS, 11, "aliases: [the U.S. Treasury]",
                    "aliases: [the U.S. Treasury, Treasury]")
    refused = run(root, "check")
    assert refused.exit_code == 1 and "already names actor" in refused.output
    result = run(root, "rename", "--merge", DUPLICATE, TREASURY)
    assert result.exit_code == 0, result.output
    assert run(root, "check", "--strict").exit_code == 0
    assert DUPLICATE not in (root / ORGANIZATIONS).read_text(encoding="utf-8")


def assert_merge_refused(root: Path, args: list[str], *where_and_words: str) -> None:
    assert_refused(root, ["--merge", *args], 1, *where_and_words)


def test_merging_into_itself_another_kind_or_no_actor_is_refused(duplicate_treasury: Path):
    root = duplicate_treasury
    assert_merge_refused(root, [DUPLICATE, DUPLICATE], "content:1:1:", "merged into itself")
    assert_merge_refused(root, [DUPLICATE, "united-states"], f"{ORGANIZATIONS}:",
                         "'treasury-dept' is an organization and 'united-states' a state",
                         "only actors of one kind")
    assert_merge_refused(root, [DUPLICATE, "us-treasury"], "content/actors:1:1:",
                         "no actor has the id 'us-treasury'",
                         f"did you mean '{TREASURY}'")
    assert_merge_refused(root, [DUPLICATE, BRIEFING_ID], f"{BRIEFING_YAML}:",
                         f"'{BRIEFING_ID}' is a briefing, not an actor")
    assert_merge_refused(root, [BRIEFING_ID, DUPLICATE_ID], f"{BRIEFING_YAML}:",
                         "only actors are merged")


def test_a_merge_that_would_edit_an_entry_written_in_flow_style_writes_nothing(
        duplicate_treasury: Path):
    root = duplicate_treasury
    summary = root / BRIEFING_YAML
    text = summary.read_text(encoding="utf-8")
    summary.write_text(text.replace(
        f"  - actor: {TREASURY}\n    mentions: [the Treasury Department]\n",
        f"  - {{actor: {TREASURY}, mentions: [the Treasury Department]}}\n"), encoding="utf-8")
    assert run(root, "check", "--strict").exit_code == 0
    assert_merge_refused(root, [DUPLICATE, TREASURY], f"{BRIEFING_YAML}:79:",
                         "write it that way, then merge")


def test_a_merge_whose_write_fails_midway_puts_back_what_it_wrote(
        duplicate_treasury: Path, monkeypatch: pytest.MonkeyPatch):
    # the third content file fails: the two before must be put back
    calls = rename_failing_at(duplicate_treasury, 3, monkeypatch, "--merge", DUPLICATE, TREASURY)
    assert len(calls) == 5


def test_a_list_of_ids_naming_both_names_the_merged_actor_once(duplicate_treasury: Path):
    root = duplicate_treasury
    summary = root / BRIEFING_YAML
    flow = f"    asserted_by: [antony-blinken, {TREASURY}, white-house]\n"
    block = f"    asserted_by: [{TREASURY}]\n    quotes: [treasury-hundreds]\n"
    text = summary.read_text(encoding="utf-8")
    assert flow in text and block in text
    summary.write_text(text.replace(flow, (
        f"    asserted_by: [antony-blinken, {TREASURY}, white-house, {DUPLICATE}]  # all\n"
    )).replace(block, (
        f"    asserted_by:\n      - {DUPLICATE}  # from a draft\n      - {TREASURY}\n"
        "    quotes: [treasury-hundreds]\n")), encoding="utf-8")
    assert run(root, "check", "--strict").exit_code == 0
    result = run(root, "rename", "--merge", DUPLICATE, TREASURY)
    assert result.exit_code == 0, result.output
    after = summary.read_text(encoding="utf-8")
    assert flow.replace("\n", "  # all\n") in after
    assert (f"    asserted_by:\n      - {TREASURY}\n    quotes: [treasury-hundreds]\n") in after
    assert run(root, "check", "--strict").exit_code == 0


def test_the_kept_entry_keeps_its_role_and_names_each_mention_once(duplicate_treasury: Path):
    root = duplicate_treasury
    summary = root / BRIEFING_YAML
    kept = f"  - actor: {TREASURY}\n    mentions: [the Treasury Department]\n"
    text = summary.read_text(encoding="utf-8")
    assert kept in text
    summary.write_text(text.replace(kept, (
        f"  - actor: {TREASURY}\n    role: the department\n    mentions:\n"
        "      - the Treasury Department\n"
        "      - the Treasury Department said in a statement\n")), encoding="utf-8")
    organizations = root / ORGANIZATIONS
    flow = "    aliases: [the Treasury Department, Treasury]\n"
    block = "    aliases:\n      - the Treasury Department\n      - Treasury  # short\n"
    text = organizations.read_text(encoding="utf-8")
    assert flow in text
    organizations.write_text(text.replace(flow, block), encoding="utf-8")
    assert run(root, "check", "--strict").exit_code == 0
    result = run(root, "rename", "--merge", DUPLICATE, TREASURY)
    assert result.exit_code == 0, result.output
    after = summary.read_text(encoding="utf-8")
    assert (f"  - actor: {TREASURY}\n    role: the department\n    mentions:\n"
            "      - the Treasury Department\n"
            "      - the Treasury Department said in a statement\n"
            "  - actor: iran-foreign-ministry\n") in after
    assert "issuer of the statement" not in after
    assert (block + "      - Treasury Dept\n      - the U.S. Treasury\n  - id: us-defense-department"
            in organizations.read_text(encoding="utf-8"))
    assert run(root, "check", "--strict").exit_code == 0


def test_a_relation_between_the_two_is_refused_at_its_place(duplicate_treasury: Path):
    root = duplicate_treasury
    summary = root / BRIEFING_YAML
    text = summary.read_text(encoding="utf-8")
    summary.write_text(text.rstrip("\n") + "\n" + "\n".join([
        f"  - source: {DUPLICATE}",
        "    kind: accuses",
        f"    target: {TREASURY}",
        "    what: Nothing",
        ""]), encoding="utf-8")
    assert text.rstrip("\n").endswith("what: Sending ballistic missiles to Russia")
    assert run(root, "check", "--strict").exit_code == 0
    line = text.rstrip("\n").count("\n") + 2
    assert_merge_refused(root, [DUPLICATE, TREASURY], f"{BRIEFING_YAML}:{line}:13:",
                         "both source and target of this relation")
