"""Broken and hostile content: each case changes a copy of the shipped, already built project, then
runs `briefing build`. Every one must end in exit status 1 with an error naming the file and the
line that holds the bad value, no traceback, and docs/ and site/ exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.content import load

from .conftest import BRIEFING_YAML, run
from .content_edits import (
    briefing,
    build_project,
    copy_built,
    insert_after,
    outputs,
    replace_on_line,
    reported,
    set_line,
)

B = BRIEFING_YAML
PEOPLE = "content/actors/people.yaml"
STATES = "content/actors/states.yaml"

BILLION_LAUGHS = """\
lol1: &lol1 [lol, lol, lol, lol, lol, lol, lol, lol, lol]
lol2: &lol2 [*lol1, *lol1, *lol1, *lol1, *lol1, *lol1, *lol1, *lol1, *lol1]
lol3: &lol3 [*lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2]
lol4: [*lol3, *lol3, *lol3, *lol3, *lol3, *lol3, *lol3, *lol3, *lol3]"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped project, built once; each case works on a copy of it."""
    return build_project(tmp_path_factory.mktemp("hostile") / "project")


def _oversized(root: Path) -> None:
    with briefing(root).open("ab") as f:
        f.write(b"# " + b"x" * (5 * 1024 * 1024) + b"\n")


def _duplicate_actor(root: Path) -> None:
    path = root / STATES
    with path.open("a", encoding="utf-8") as f:
        f.write("  - id: antony-blinken\n    name: Tony Blinken\n    kind: person\n")


def _symlinked_seed(root: Path) -> None:
    outside = root.parent / "outside.txt"
    outside.write_text("Russia has now received shipments of these missiles.\n", encoding="utf-8")
    (root / "seeds/leak.txt").symlink_to(outside)
    set_line(briefing(root), 10, "  seed: 000_71c8a87dcccb59d2.txt", "  seed: leak.txt")


def _second_file_same_id(root: Path) -> None:
    (root / "content/briefings/copy-of-it.yaml").write_bytes(briefing(root).read_bytes())


def _latin1(root: Path) -> None:
    """The file saved as Windows-1252, as an editor might: ’ becomes the single byte 0x92."""
    path = briefing(root)
    lines = path.read_bytes().split(b"\n")
    assert "O’Grady".encode() in lines[8]
    lines[8] = lines[8].replace("O’Grady".encode(), b"O\x92Grady")
    path.write_bytes(b"\n".join(lines))


def _id(value: str) -> Callable[[Path], None]:
    return lambda root: set_line(briefing(root), 2, "id: 2024-09-10-iran-missiles-to-russia",
                                 f"id: {value}")


def _seed(value: str) -> Callable[[Path], None]:
    return lambda root: set_line(briefing(root), 10, "  seed: 000_71c8a87dcccb59d2.txt",
                                 f"  seed: {value}")


# (case, edit, "file:line:col:", words the error line must hold)
CASES: list[tuple[str, Callable[[Path], None], str, tuple[str, ...]]] = [
    ("invalid-yaml",
     lambda root: set_line(briefing(root), 4, "status: reviewed", "status: reviewed: yes"),
     f"{B}:4:17:", ("invalid YAML: a ': ' inside a value that is not in quotes ends the value: "
                    "put the whole value of 'status' in quotes (status: \"reviewed: yes\")",)),
    ("duplicate-key",
     lambda root: insert_after(briefing(root), 4, "status: draft"),
     f"{B}:5:1:", ("duplicate key 'status' (first at line 4)", "merge them")),
    ("billion-laughs",
     lambda root: insert_after(briefing(root), 4, BILLION_LAUGHS),
     f"{B}:5:7:", ("YAML anchors (&lol1) are not allowed",)),
    ("alias",
     lambda root: set_line(briefing(root), 4, "status: reviewed", "status: *reviewed"),
     f"{B}:4:9:", ("YAML aliases (*name) are not allowed",)),
    ("oversized-file", _oversized,
     f"{B}:1:1:", ("over the limit of 5,242,880", "split it")),
    ("not-utf-8",
     _latin1,
     f"{B}:9:14:", ("byte 0x92 is not valid UTF-8", "save the file as UTF-8")),
    ("id-with-slash", _id("2024/iran"), f"{B}:2:5:", ("id: '2024/iran' is not a valid id",)),
    ("id-dot-dot", _id(".."), f"{B}:2:5:", ("id: '..' is not a valid id",)),
    ("id-climbing", _id("../../etc/passwd"), f"{B}:2:5:", ("'../../etc/passwd' is not a valid id",)),
    ("id-upper-case", _id("Iran-Missiles"), f"{B}:2:5:", ("'Iran-Missiles' is not a valid id",)),
    ("id-with-space", _id("iran missiles"), f"{B}:2:5:", ("'iran missiles' is not a valid id",)),
    ("quote-id-with-slash",
     lambda root: set_line(briefing(root), 114, "  - id: blinken-warned-tehran",
                           "  - id: blinken/warned"),
     f"{B}:114:9:", ("quotes[0].id: 'blinken/warned' is not a valid id",)),
    ("actor-id-upper-case",
     lambda root: set_line(root / PEOPLE, 3, "  - id: antony-blinken", "  - id: Antony-Blinken"),
     f"{PEOPLE}:3:9:", ("actors[0].id: 'Antony-Blinken' is not a valid id",)),
    ("seed-absolute", _seed("/etc/passwd"),
     f"{B}:10:9:", ("source.seed: '/etc/passwd' is not a seed file name",)),
    ("seed-climbing", _seed("../seeds/000_71c8a87dcccb59d2.txt"),
     f"{B}:10:9:", ("'../seeds/000_71c8a87dcccb59d2.txt' is not a seed file name",)),
    ("seed-symlink-leaving-seeds", _symlinked_seed,
     f"{B}:10:9:", ("source.seed: seed 'leak.txt' leads outside seeds/",)),
    ("seed-missing", _seed("nowhere.txt"),
     f"{B}:10:9:", ("source.seed: seed 'nowhere.txt' does not exist in seeds/",)),
    ("same-briefing-id-in-two-files", _second_file_same_id,
     "content/briefings/copy-of-it.yaml:2:5:",
     ("briefing id '2024-09-10-iran-missiles-to-russia' is already used by "
      f"{B}:2",)),
    ("same-actor-id-in-two-files", _duplicate_actor,
     f"{STATES}:41:9:", (f"actor id 'antony-blinken' is already defined at {PEOPLE}:3",)),
    ("speaker-not-an-actor",
     lambda root: set_line(briefing(root), 115, "    speaker: antony-blinken",
                           "    speaker: antony-blinkn"),
     f"{B}:115:14:", ("quotes[0].speaker: unknown actor 'antony-blinkn' "
                      "(did you mean 'antony-blinken'?)",)),
    ("yes-no-word-as-text",
     lambda root: set_line(briefing(root), 6, "  outlet: The Washington Post", "  outlet: yes"),
     f"{B}:6:11:", ("source.outlet: YAML reads this word as yes/no", "put it in quotes")),
    ("unknown-field",
     lambda root: set_line(briefing(root), 113, "quotes:", "qoutes:"),
     f"{B}:113:1:", ("unknown field 'qoutes' (did you mean 'quotes'?)",)),
    ("impossible-date",
     lambda root: set_line(briefing(root), 7, "  published: 2024-09-10", "  published: 2024-02-30"),
     f"{B}:7:14:", ("source.published: '2024-02-30' is not a real date",)),
    ("impossible-quote-date",
     lambda root: set_line(briefing(root), 118, "    date: 2024-09-10", "    date: 2024-13"),
     f"{B}:118:11:", ("quotes[0].date: '2024-13' is not a real date",)),
    ("range-ends-before-it-starts",
     lambda root: set_line(briefing(root), 260, "    end: 2024-09-10", "    end: 2024-08-31"),
     f"{B}:260:10:", ("events[4].end: the date range ends (2024-08-31) before it starts (2024-09)",)),
]


@pytest.mark.parametrize("edit, where, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_with_its_line_and_nothing_written(
        built: Path, tmp_path: Path, edit, where: str, words: tuple[str, ...]):
    root = copy_built(built, tmp_path / "project")
    before = outputs(root)
    edit(root)
    result = run(root, "build")
    assert result.exit_code == 1, result.output
    assert reported(result, where, *words), result.output
    assert "Traceback" not in result.output
    assert result.output.splitlines()[-1].endswith("nothing written; site/ left as it was")
    assert outputs(root) == before


def test_all_errors_of_a_run_are_reported_together(built: Path, tmp_path: Path):
    root = copy_built(built, tmp_path / "project")
    before = outputs(root)
    second = root / "content/briefings/2024-09-11-second.yaml"
    second.write_bytes(briefing(root).read_bytes())
    # two model errors in one file, a registry error in another, cross-reference and quote errors
    # in a third, and a YAML error in a fourth
    _id("Bad Id")(root)
    set_line(briefing(root), 7, "  published: 2024-09-10", "  published: 2024-02-30")
    _duplicate_actor(root)
    set_line(second, 2, "id: 2024-09-10-iran-missiles-to-russia", "id: 2024-09-11-second")
    set_line(second, 115, "    speaker: antony-blinken", "    speaker: antony-blinkn")
    replace_on_line(second, 122, "these missiles", "those missiles")
    (root / "content/briefings/2024-09-12-broken.yaml").write_text("id: [unclosed\n")
    result = run(root, "build")
    assert result.exit_code == 1
    expected = [
        (f"{B}:2:5:", "'Bad Id' is not a valid id"),
        (f"{B}:7:14:", "'2024-02-30' is not a real date"),
        (f"{STATES}:41:9:", "actor id 'antony-blinken' is already defined"),
        ("content/briefings/2024-09-11-second.yaml:115:14:", "unknown actor 'antony-blinkn'"),
        ("content/briefings/2024-09-11-second.yaml:122:11:",
         "the quote has 'those' where the article has 'these'"),
        ("content/briefings/2024-09-12-broken.yaml:2:1:", "invalid YAML"),
    ]
    for where, words in expected:
        assert reported(result, where, words), (where, result.output)
    assert "build: 6 errors, 0 warnings in 4 files; nothing written" in result.output
    assert "Traceback" not in result.output
    assert outputs(root) == before


def test_check_reports_the_same_errors_and_builds_nothing(built: Path, tmp_path: Path):
    root = copy_built(built, tmp_path / "project")
    before = outputs(root)
    set_line(briefing(root), 113, "quotes:", "qoutes:")
    result = run(root, "check")
    assert result.exit_code == 1
    assert reported(result, f"{B}:113:1:", "did you mean 'quotes'?")
    assert result.output.splitlines()[-1] == "check: 1 error, 0 warnings in 1 file"
    assert outputs(root) == before


def test_a_summary_that_fails_to_load_does_not_also_leave_its_seed_awaiting(built: Path,
                                                                              tmp_path: Path):
    root = copy_built(built, tmp_path / "project")
    set_line(briefing(root), 113, "quotes:", "qoutes:")
    result = run(root, "check", "--strict")
    assert result.exit_code == 1
    assert "has no summary" not in result.output


def test_usage_error_exits_2(tmp_path: Path):
    result = run(tmp_path, "check", "--no-such-option")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_numbers_in_text_fields_keep_their_characters(project: Path):
    set_line(briefing(project), 6, "  outlet: The Washington Post", "  outlet: 1984.10")
    result = run(project, "check")
    assert result.exit_code == 0, result.output
    [located] = load.load(load.Project(project)).briefings
    assert located.value.source.outlet == "1984.10"
