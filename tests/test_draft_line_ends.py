"""An article drafts and checks the same whatever ends its lines: a newline, a carriage return
and newline, a carriage return alone (old Macs), U+2028 or U+2029 (word processors), and whether
or not a byte-order mark opens it. The spans of its quotes are offsets into the file as read."""

from __future__ import annotations

import re
from pathlib import Path

from generator.content.load import Project, load, parse_file
from generator.content.model import Briefing
from generator.verify import verify

from .conftest import run

PARAGRAPHS = [
    "Sanctions on Iran",
    "WASHINGTON — The United States imposed new sanctions on Iran on Monday over its missile "
    "program, the Treasury Department said.",
    "“These measures hold Iran to account for its missiles,” Treasury Secretary Janet Yellen told "
    "reporters at the White House.",
    "Iran rejected the measures. “The sanctions are illegal and will fail,” said Nasser Kanaani, a "
    "spokesman for the Iranian foreign ministry.",
    "“We will answer them in our own time.",
    "“Our people will not bow,” Kanaani added.",
    # the rest of a long article: read as one paragraph, it is more than the speaker check reads
    *["The European Union is expected to follow with its own measures next week, diplomats in "
      "Brussels said, after a month of talks among its members on the scope of the measures."] * 40,
]
ENDS = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "ps": "\u2029", "ls": "\u2028"}


def _drafted(project: Path, name: str, text: str) -> Briefing:
    (project / "seeds" / f"{name}.txt").write_bytes(text.encode("utf-8"))
    result = run(project, "draft", str(project / "seeds" / f"{name}.txt"), "--published",
                 "2025-03-04", "--id", name)
    assert result.exit_code == 0, result.output
    path = project / "content" / "briefings" / f"{name}.yaml"
    briefing, _, problems = parse_file(path, path, Briefing)
    assert problems == [] and briefing is not None
    # the spans the draft gives are offsets into the file as read: they hold the quotes' words
    spans = re.findall(r"# span \[(\d+), (\d+)\)", path.read_text(encoding="utf-8"))
    assert [text[int(a):int(b)] for a, b in spans] == [q.text for q in briefing.quotes]
    return briefing


def _read(briefing: Briefing) -> tuple[object, ...]:
    return (briefing.title, briefing.bottom_line, briefing.key_points,
            [(q.text, q.speaker) for q in briefing.quotes])


def _checked(project: Path) -> dict[str, tuple[object, ...]]:
    """For each briefing: the words of the file at its quotes' spans, and the speaker check's
    verdicts."""
    verified = verify(Project(project), load(Project(project)))
    assert [str(p) for p in verified.problems if p.severity == "error"] == []
    out: dict[str, tuple[object, ...]] = {}
    for v in verified.briefings:
        text = (project / "seeds" / v.briefing.source.seed).read_bytes().decode("utf-8")
        out[v.briefing.id] = ({q: [text[a:b] for a, b in spans] for q, spans in v.spans.items()},
                              {q: (s.verdict, s.words) for q, s in v.speakers.items()})
    return out


def test_every_kind_of_line_end_drafts_and_checks_the_same(project):
    drafted = {name: _read(_drafted(project, name, end.join(PARAGRAPHS) + end))
               for name, end in ENDS.items()}
    assert drafted["lf"][0] == "Sanctions on Iran"  # the headline alone, not the dateline's story
    assert len(drafted["lf"][3]) == 4  # type: ignore[arg-type]
    for name in ENDS:
        assert drafted[name] == drafted["lf"], name
    checked = _checked(project)
    assert len(checked["lf"][0]) == 4  # type: ignore[arg-type]
    assert checked["lf"][1] and all(v == "confirmed" for v, _ in checked["lf"][1].values())
    for name in ENDS:
        assert checked[name] == checked["lf"], name


def test_a_byte_order_mark_at_the_start_is_read_as_no_part_of_the_article(project):
    # the byline, the dateline and a quotation opening the article are each read from its first
    # character, which the mark stood before
    articles = {
        "byline": "By Jane Doe\nWASHINGTON (AP) — Janet Yellen said on Monday: “These measures "
                  "hold Iran to account.”\nIran rejected the measures.\n",
        "dateline": "WASHINGTON — Treasury Secretary Janet Yellen said on Monday: “These measures "
                    "hold Iran to account.”\nIran rejected the measures.\n",
        "quote": "“The sanctions are illegal,” said Nasser Kanaani.\n“They will fail,” he said.\n"
                 "Iran rejected the measures on Monday.\n",
    }
    for name, text in articles.items():
        plain = _read(_drafted(project, name, text))
        marked = _read(_drafted(project, f"{name}-marked", "\ufeff" + text))
        assert marked == plain, name
    checked = _checked(project)
    for name in articles:
        assert checked[f"{name}-marked"] == checked[name], name
        assert checked[name][1], name


def test_a_byte_order_mark_alone_is_an_empty_article(project):
    (project / "seeds" / "mark.txt").write_bytes("\ufeff\u2029\r\n".encode("utf-8"))
    result = run(project, "draft", str(project / "seeds" / "mark.txt"), "--published",
                 "2025-03-04")
    assert result.exit_code == 1
    assert "seeds/mark.txt: the article is empty: nothing to draft" in result.output
    assert not list((project / "content" / "briefings").glob("*mark*"))
