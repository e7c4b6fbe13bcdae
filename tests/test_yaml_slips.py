"""One mistake, one message: a slip in the YAML of a summary, an actor file or the redirects is
reported once, at its place, with what is wrong and how to fix it in plain words; nothing else is
inferred from the file that could not be read (no page missing, no seed awaiting a summary, no
actor or briefing unknown), by `check` and by `build`, which leaves the last good site in place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator import verify
from generator.content import load, yaml_source

from .conftest import BRIEFING_ID, BRIEFING_YAML, run
from .content_edits import (
    SEED,
    briefing,
    build_project,
    copy_built,
    insert_after,
    output_lines,
    outputs,
    replace_on_line,
    set_line,
)
from .extra_content import add_briefing

B = BRIEFING_YAML
PEOPLE = "content/actors/people.yaml"
STATES = "content/actors/states.yaml"
REDIRECTS = "content/redirects.yaml"
SEED_NAME = Path(SEED).name
SECOND = "2024-09-12-second-look"


def _dateline(new: str) -> Callable[[Path], None]:
    return lambda root: set_line(briefing(root), 8, "  dateline: LONDON", new)


def _redirect_to_it(root: Path) -> None:
    """An old address leading to the shipped briefing, which must not be reported as missing."""
    (root / REDIRECTS).write_text(f"redirects:\n  - from: briefings/iran-missiles\n"
                                  f"    to: briefings/{BRIEFING_ID}\n"
                                  f"  - from: actors/tony-blinken\n    to: actors/antony-blinken\n",
                                  encoding="utf-8")


def _answering_briefing(root: Path) -> None:
    """A later briefing with its own article, answering a question of the shipped one."""
    add_briefing(root, "002_second.txt", "Blinken said the talks went “very well.”\n", {
        "id": SECOND, "title": "A second look",
        "source": {"outlet": "Another Outlet", "published": "2024-09-12"},
        "bottom_line": "Blinken speaks.", "key_points": ["He spoke."],
        "actors": [{"actor": "antony-blinken", "mentions": ["Blinken"]}],
        "quotes": [{"id": "very-well", "speaker": "antony-blinken", "text": "very well."}],
        "answers": [{"question": f"{BRIEFING_ID}/atacms-inside-russia", "answer": "Not yet."}],
    })


def _broken_summary_among_others(edit: Callable[[Path], None]) -> Callable[[Path], None]:
    """The slip, with everything that names the broken summary or what it holds around it."""
    def apply(root: Path) -> None:
        _redirect_to_it(root)
        _answering_briefing(root)
        edit(root)
    return apply


def _one_line_point(root: Path) -> None:
    set_line(briefing(root), 21, "  - Blinken says Russia has received shipments of Iranian "
             "short-range ballistic missiles and is", "  - Blinken: Russia has the missiles")
    set_line(briefing(root), 22, "    likely to use them *within weeks*; the White House names "
             "the system as the **Fath-360**.", "  - Russia is likely to use them within weeks.")


def _people(line: int, old: str, new: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        _redirect_to_it(root)
        set_line(root / PEOPLE, line, old, new)
    return apply


def _second_summary(root: Path) -> None:
    text = briefing(root).read_text(encoding="utf-8")
    (root / "content/briefings/2024-09-11-copy.yaml").write_text(
        text.replace(f"id: {BRIEFING_ID}", "id: 2024-09-11-copy", 1), encoding="utf-8")


def _second_summary_and_a_slip(root: Path) -> None:
    _second_summary(root)
    _dateline("   dateline: LONDON")(root)


def _slip_beside_an_article_with_no_summary(root: Path) -> None:
    _dateline(" dateline: LONDON")(root)
    (root / "seeds/003_unsummarized.txt").write_text("Nothing yet.\n", encoding="utf-8")


TITLE = "title: Iran sends ballistic missiles to Russia; the U.S. and Europe answer with sanctions"
TAG_FIX = "are not allowed: remove the tag and write the value itself"


def _title(new: str) -> Callable[[Path], None]:
    return _broken_summary_among_others(lambda root: set_line(briefing(root), 3, TITLE, new))


def _summary_holding(text: str) -> Callable[[Path], None]:
    """The summary's file holding no fields: nothing in it names the seed, which awaits one."""
    return lambda root: briefing(root).write_text(text, encoding="utf-8")


AWAITING = (f"seeds/{SEED_NAME}:1:1: warning: seed has no summary yet: run `briefing draft "
            f"seeds/{SEED_NAME} --published YYYY-MM-DD` for a draft to review, or write "
            "content/briefings/<id>.yaml (it shows on the 'Awaiting summary' page meanwhile)")


# (case, edit, the lines `check` prints before its count, that count)
CASES: list[tuple[str, Callable[[Path], None], list[str], str]] = [
    ("indented-one-space-more", _broken_summary_among_others(_dateline("   dateline: LONDON")),
     [f"{B}:8:12: invalid YAML: 'dateline' is indented 3 spaces but 'published' on line 7 is "
      "indented 2, so YAML reads this line as more of the value on line 7: indent 'dateline' "
      "2 spaces, like 'published'"], "1 error, 0 warnings in 1 file"),
    ("indented-one-space-less", _broken_summary_among_others(_dateline(" dateline: LONDON")),
     [f"{B}:8:2: invalid YAML: 'dateline' is indented 1 space, which lines up with no line above "
      "it ('published' on line 7 has 2 spaces, 'source' on line 5 has 0 spaces): indent it as far "
      "as the lines it belongs with"], "1 error, 0 warnings in 1 file"),
    ("tab", _broken_summary_among_others(_dateline("\tdateline: LONDON")),
     [f"{B}:8:1: invalid YAML: a tab indents this line: YAML indents with spaces only; replace the "
      "tab with spaces"], "1 error, 0 warnings in 1 file"),
    ("colon-in-a-plain-value", _broken_summary_among_others(_dateline("  dateline: LONDON: AP")),
     [f"{B}:8:19: invalid YAML: a ': ' inside a value that is not in quotes ends the value: put "
      "the whole value of 'dateline' in quotes (dateline: \"LONDON: AP\")"],
     "1 error, 0 warnings in 1 file"),
    ("colon-in-a-list-item-of-two-lines", _broken_summary_among_others(
        lambda root: replace_on_line(briefing(root), 21, "Blinken says", "Blinken:")),
     [f"{B}:23:3: invalid YAML: the ':' after 'Blinken' on line 21 makes that list item a field "
      "named 'Blinken', so YAML reads line 22 as another field, and it has no ': ': put the whole "
      "text of the item in quotes"], "1 error, 0 warnings in 1 file"),
    ("colon-in-a-list-item-of-one-line", _broken_summary_among_others(_one_line_point),
     [f"{B}:21:5: key_points[0]: a ': ' inside text that is not in quotes makes YAML read it as a "
      "field and its value: put the whole text in quotes (\"Blinken: Russia has the missiles\")"],
     "1 error, 0 warnings in 1 file"),
    ("colon-in-the-second-line-of-a-list-item", _broken_summary_among_others(
        lambda root: replace_on_line(briefing(root), 22, "; the White House names the system as",
                                     "; the White House: the system is")),
     [f"{B}:22:55: invalid YAML: a ': ' inside a value that is not in quotes ends the value: the "
      "value on line 21 goes on to this line; put the whole value in quotes"],
     "1 error, 0 warnings in 1 file"),
    ("text-after-a-quoted-value",
     _broken_summary_among_others(_dateline('  dateline: "LONDON" (AP)')),
     [f"{B}:8:22: invalid YAML: text follows the closing quote of a value in quotes: put the whole "
      "value in quotes (dateline: '\"LONDON\" (AP)')"], "1 error, 0 warnings in 1 file"),
    ("unclosed-quote", _broken_summary_among_others(_dateline('  dateline: "LONDON')),
     [f"{B}:25:6: invalid YAML: text follows the closing quote (\") of a value in quotes that "
      "begins at line 8, column 13: close the quote there where its value ends, or put that "
      "value in quotes of the other kind"], "1 error, 0 warnings in 1 file"),
    ("unclosed-bracket",
     _broken_summary_among_others(lambda root: set_line(
         briefing(root), 9, "  authors: [O’Grady, Karen DeYoung]", "  authors: [O’Grady, Karen DeYoung"
     )),
     [f"{B}:10:7: invalid YAML: the '[' at line 9, column 12 is not closed before this line: close "
      "it with ']' where its values end"], "1 error, 0 warnings in 1 file"),
    ("duplicate-key", _broken_summary_among_others(
        lambda root: insert_after(briefing(root), 4, "status: draft")),
     [f"{B}:5:1: duplicate key 'status' (first at line 4): YAML would silently keep only the last "
      "one; merge them"], "1 error, 0 warnings in 1 file"),
    ("actor-file-indented-one-space-more",
     _people(5, "    kind: person", "     kind: person"),
     [f"{PEOPLE}:5:10: invalid YAML: 'kind' is indented 5 spaces but 'name' on line 4 is "
      "indented 4, so YAML reads this line as more of the value on line 4: indent 'kind' "
      "4 spaces, like 'name'"], "1 error, 0 warnings in 1 file"),
    ("states-file-with-a-tab",
     lambda root: set_line(root / STATES, 5, "    kind: state", "\tkind: state"),
     [f"{STATES}:5:1: invalid YAML: a tab indents this line: YAML indents with spaces only; "
      "replace the tab with spaces"], "1 error, 0 warnings in 1 file"),
    ("redirects-file-unclosed-quote",
     lambda root: (root / REDIRECTS).write_text(
         "redirects:\n  - from: 'briefings/iran-missiles\n    to: briefings/x\n", encoding="utf-8"),
     [f"{REDIRECTS}:4:1: invalid YAML: the quote (') at line 2, column 11 is never closed: close "
      "it where the value ends"], "1 error, 0 warnings in 1 file"),
    ("two-summaries-of-one-seed", _second_summary,
     [f"content/briefings/2024-09-11-copy.yaml:10:9: source.seed: seed '{SEED_NAME}' already "
      f"has a summary, {B} (line 10): an article has one summary; keep one of "
      "the two files, moving into it what the other adds"], "1 error, 0 warnings in 1 file"),
    ("a-copy-under-the-same-id", lambda root: (root / "content/briefings/copy.yaml").write_bytes(
        briefing(root).read_bytes()),
     [f"content/briefings/copy.yaml:2:5: id: briefing id '{BRIEFING_ID}' is already used by "
      f"{B}:2; give each briefing its own id"], "1 error, 0 warnings in 1 file"),
    ("two-summaries-one-broken", _second_summary_and_a_slip,
     [f"{B}:8:12: invalid YAML: 'dateline' is indented 3 spaces but 'published' on line 7 is "
      "indented 2, so YAML reads this line as more of the value on line 7: indent 'dateline' "
      "2 spaces, like 'published'"], "1 error, 0 warnings in 1 file"),
    # a tag's value is not its text: refused for the tag, once
    ("binary-tag", _title("title: !!binary aGVsbG8="),
     [f"{B}:3:8: title: YAML tags (!!binary) {TAG_FIX}"], "1 error, 0 warnings in 1 file"),
    ("application-tag", _title("title: !ENV HOME"),
     [f"{B}:3:8: title: YAML tags (!ENV) {TAG_FIX}"], "1 error, 0 warnings in 1 file"),
    ("set-tag", _title("title: !!set {a, b}"),
     [f"{B}:3:8: title: YAML tags (!!set) {TAG_FIX}"], "1 error, 0 warnings in 1 file"),
    ("python-tag", _title("title: !!python/object/apply:os.system ['id']"),
     [f"{B}:3:8: title: YAML tags (!!python/object/apply:os.system) {TAG_FIX}"],
     "1 error, 0 warnings in 1 file"),
    # what YAML read, not pydantic's names of Python's types
    ("no-title", _title("title: ~"),
     [f"{B}:3:8: title: expected text, found no value: write the value: YAML reads an empty "
      "value, '~' and 'null' as none (text that is '~' or 'null' goes in quotes)"],
     "1 error, 0 warnings in 1 file"),
    ("a-list-for-a-title", _title("title: [Iran, Russia]"),
     [f"{B}:3:8: title: expected text, found a list: write the text on the line, in quotes if it "
      "starts with '[', '{', '-', '!' or '&'"], "1 error, 0 warnings in 1 file"),
    ("a-title-too-long", _title("title: " + "Iran " * 120),
     [f"{B}:3:8: title: 599 characters, more than the 200 allowed here: shorten it"],
     "1 error, 0 warnings in 1 file"),
    ("an-empty-summary", _summary_holding("# to be written\n"),
     [f"{B}:1:1: expected fields at the top of the file, found no value (the file is empty, or "
      "holds comments alone): write the file's fields, one 'name: value' a line", AWAITING],
     "1 error, 1 warning in 1 file"),
    ("a-summary-that-is-a-list", _summary_holding(f"- id: {BRIEFING_ID}\n"),
     [f"{B}:1:1: expected fields at the top of the file, found a list: write the file's fields, "
      "one 'name: value' a line", AWAITING], "1 error, 1 warning in 1 file"),
    ("an-article-with-no-summary-is-still-named", _slip_beside_an_article_with_no_summary,
     [f"{B}:8:2: invalid YAML: 'dateline' is indented 1 space, which lines up with no line above "
      "it ('published' on line 7 has 2 spaces, 'source' on line 5 has 0 spaces): indent it as far "
      "as the lines it belongs with",
      "seeds/003_unsummarized.txt:1:1: warning: seed has no summary yet: run `briefing draft "
      "seeds/003_unsummarized.txt --published YYYY-MM-DD` for a draft to review, or write "
      "content/briefings/<id>.yaml (it shows on the 'Awaiting summary' page meanwhile)"],
     "1 error, 1 warning in 1 file"),
]


@pytest.mark.parametrize(("edit", "lines", "count"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_check_reports_one_slip_once_with_its_fix(project: Path, edit: Callable[[Path], None],
                                                  lines: list[str], count: str):
    edit(project)
    result = run(project, "check")
    assert output_lines(result) == [*lines, f"check: {count}"], result.output
    assert result.exit_code == 1


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("slips") / "project")


@pytest.mark.parametrize(("edit", "lines", "count"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_build_reports_one_slip_once_and_keeps_the_last_site(
        built: Path, tmp_path: Path, edit: Callable[[Path], None], lines: list[str], count: str):
    root = copy_built(built, tmp_path / "project")
    before = outputs(root)
    edit(root)
    result = run(root, "build")
    assert output_lines(result) == [
        *lines, f"build: {count}; nothing written; site/ left as it was"], result.output
    assert result.exit_code == 1
    assert outputs(root) == before


def test_draft_writes_no_second_summary_beside_one_that_does_not_load(project: Path):
    _dateline("   dateline: LONDON")(project)
    before = sorted(p.name for p in (project / "content/briefings").iterdir())
    result = run(project, "draft", str(project / SEED), "--published", "2024-09-10")
    assert output_lines(result) == [
        f"draft: {B} does not load and may be the summary of seeds/{SEED_NAME}: fix what "
        "'briefing check' reports in it, rather than write a second summary of the article; or "
        "pass --force to write a draft all the same (without --id it replaces that file)"]
    assert result.exit_code == 1
    assert sorted(p.name for p in (project / "content/briefings").iterdir()) == before


def test_draft_names_the_summary_that_loads_before_a_broken_copy_of_it(project: Path):
    """A summary of the article that loads is its summary, whatever a copy of it sorted before it
    holds: `--force` replaces that one, and leaves the copy to be fixed or deleted."""
    copy = project / "content/briefings/2024-09-01-a-copy.yaml"
    copy.write_text(briefing(project).read_text(encoding="utf-8").replace(
        f"id: {BRIEFING_ID}", "id: 2024-09-01-a-copy", 1).replace(
        "  dateline: LONDON", "   dateline: LONDON", 1), encoding="utf-8")
    result = run(project, "draft", SEED, "--published", "2024-09-10")
    assert output_lines(result) == [
        f"draft: {B} already summarizes seeds/{SEED_NAME}: pass --force to write a draft all the "
        "same (without --id it replaces that file)"]
    broken = copy.read_bytes()
    result = run(project, "draft", SEED, "--published", "2024-09-10", "--force")
    assert result.output.startswith(f"draft: replaced {B}: "), result.output
    assert copy.read_bytes() == broken


def test_draft_proposes_no_actor_of_a_registry_file_that_does_not_load(project: Path):
    """A draft read against part of the registry would propose again every actor of the file
    that does not load, and each would be a second record of its actor once the file is fixed."""
    briefing(project).unlink()
    set_line(project / PEOPLE, 5, "    kind: person", "     kind: person")
    result = run(project, "draft", SEED, "--published", "2024-09-10")
    assert output_lines(result) == [
        f"draft: {PEOPLE} does not load, and the draft would propose again the actors it may "
        "hold: fix what 'briefing check' reports in it first; nothing written"]
    assert result.exit_code == 1
    assert sorted(p.name for p in (project / "content/briefings").iterdir()) == []
    assert not list((project / "content/actors").glob("draft-*"))


def test_a_registry_file_that_does_not_load_hides_no_actor_it_cannot_hold(project: Path):
    """What a summary names that no file that did not load can hold is still reported unknown,
    in the summaries that name actors of that file too."""
    set_line(project / PEOPLE, 5, "    kind: person", "     kind: person")
    replace_on_line(briefing(project), 76, "actor: masoud-pezeshkian", "actor: masud-pezeshkian")
    result = run(project, "check")
    assert output_lines(result) == [
        f"{PEOPLE}:5:10: invalid YAML: 'kind' is indented 5 spaces but 'name' on line 4 is "
        "indented 4, so YAML reads this line as more of the value on line 4: indent 'kind' "
        "4 spaces, like 'name'",
        f"{B}:76:12: actors[8].actor: unknown actor 'masud-pezeshkian': add it to content/actors/ or "
        "fix the id",
        "check: 2 errors, 0 warnings in 2 files"], result.output
    assert result.exit_code == 1


def test_two_summaries_of_one_article_under_two_names_of_it_are_an_error(project: Path):
    """A seed that is a link to another in seeds/ is the same article: a summary of each would
    show it twice, and the link is not an article awaiting its summary."""
    (project / "seeds/alias.txt").symlink_to(SEED_NAME)
    text = briefing(project).read_text(encoding="utf-8")
    (project / "content/briefings/2024-09-11-copy.yaml").write_text(
        text.replace(f"id: {BRIEFING_ID}", "id: 2024-09-11-copy", 1).replace(
            f"seed: {SEED_NAME}", "seed: alias.txt", 1), encoding="utf-8")
    result = run(project, "check")
    assert output_lines(result) == [
        f"content/briefings/2024-09-11-copy.yaml:10:9: source.seed: seed 'alias.txt' is the same "
        f"file as '{SEED_NAME}', which already has a summary, {B} (line 10): an article has one "
        "summary; keep one of the two files, moving into it what the other adds",
        "check: 1 error, 0 warnings in 1 file"], result.output
    (project / "content/briefings/2024-09-11-copy.yaml").unlink()
    result = run(project, "check")
    assert result.exit_code == 0, result.output
    assert "seeds/alias.txt" not in result.output


@pytest.mark.parametrize(("text", "where", "message"), [
    ("title: @home\n", (1, 8), "a value that is not in quotes cannot begin with '@': put the value "
     "in quotes"),
    ('title: "C:\\Temp"\n', (1, 12), "found unknown escape character 'T': in double quotes a "
     "backslash begins an escape; write \\\\ for a backslash, or put the value in single quotes"),
    ("source:\n  outlet: A\n  - B\n", (3, 3), "a list item ('- ') among the fields of a map: give "
     "it a field name, or indent the list under the field it belongs to"),
    ("a: x\nsome text\nb: y\n", (3, 1), "YAML reads line 2 as a field beside 'a' (line 1), and it "
     "has no ': ': indent it more than 'a' if it goes on with that value, or write it as "
     "'name: value'"),
    ("title: a\n---\nid: b\n", (2, 1), "expected a single document in the stream, but found another "
     "document: look on this line and the one above it for an indentation that does not line up, "
     "a ': ' or ' #' inside a value that is not in quotes, or a quote or bracket left open or "
     "closed twice"),
])
def test_other_slips_say_what_to_do(text: str, where: tuple[int, int], message: str):
    with pytest.raises(yaml_source.YamlError) as caught:
        yaml_source.parse(text.encode("utf-8"))
    assert ((caught.value.line, caught.value.col), caught.value.message) == (
        where, f"invalid YAML: {message}")


def test_draft_with_force_replaces_the_summary_that_does_not_load(project: Path):
    _dateline("   dateline: LONDON")(project)
    before = sorted(p.name for p in (project / "content/briefings").iterdir())
    result = run(project, "draft", str(project / SEED), "--published", "2024-09-10", "--force")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "content/briefings").iterdir()) == before
    assert yaml_source.parse(briefing(project).read_bytes()).data["id"] == BRIEFING_ID


def test_a_summary_refused_unread_is_one_message_too(project: Path, tmp_path: Path):
    """A link leading out of the project is never read: its article and its page are unknown, not
    missing."""
    _redirect_to_it(project)
    outside = tmp_path / "outside.yaml"
    briefing(project).rename(outside)
    briefing(project).symlink_to(outside)
    result = run(project, "check")
    assert output_lines(result) == [
        f"{B}:1:1: is a link to a file outside the project ({outside}): copy the file in instead",
        "check: 1 error, 0 warnings in 1 file"]
    assert result.exit_code == 1


def _slips(line: str) -> list[str]:
    """The slips a hand makes on one line: an indentation a space off, a tab, a ': ' too many, a
    quote left open, text after a closing quote."""
    stripped = line.lstrip(" ")
    out = [" " + line, line + ": x"]
    if len(stripped) < len(line):
        out += [line[1:], "\t" + stripped]
    if ": " in line:
        key, value = line.split(": ", 1)
        out += [f'{key}: "{value}', f'{key}: "{value}" more']
    return out


@pytest.mark.parametrize("name", [B, PEOPLE, STATES])
def test_a_file_that_does_not_load_is_the_only_one_reported(project: Path, name: str):
    """Every slip on a dozen lines spread over a summary or an actor file: when the file no longer
    loads, every problem of the run is in that file, and a YAML error is the only one."""
    path = project / name
    original = path.read_text(encoding="utf-8")
    lines = original.split("\n")
    tried = 0
    for i in range(0, len(lines), max(1, len(lines) // 12)):
        for slip in _slips(lines[i]) if lines[i].strip() else []:
            text = "\n".join([*lines[:i], slip, *lines[i + 1:]])
            path.write_text(text, encoding="utf-8")
            content = load.load(load.Project(project))
            if not any(content.unread.values()):
                continue
            tried += 1
            problems = verify.verify(load.Project(project), content).problems
            assert {p.path for p in problems} == {name}, (i + 1, slip, [str(p) for p in problems])
            # what it hides is checked once it loads: until then the run fails, --strict or not
            assert any(p.severity == "error" for p in problems), (i + 1, slip)
            try:
                yaml_source.parse(text.encode("utf-8"))
            except yaml_source.YamlError:
                assert len(problems) == 1, (i + 1, slip, [str(p) for p in problems])
    path.write_text(original, encoding="utf-8")
    assert tried > 12
