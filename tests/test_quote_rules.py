"""The README's table of what a quote may not do, row by row: the quote that passes is found in
its article, the refused one is not, for the reason the row gives. The table is the rules' one
statement; a row that stopped holding would be a promise the check breaks."""

from __future__ import annotations

import re

import pytest
from click.testing import Result

from generator.verify import matching

from .conftest import ROOT, copy_project, run
from .content_edits import output_lines
from .extra_content import add_briefing

README = ROOT / "README.md"
_CELL = re.compile(r"`([^`]*)`")


def _rows() -> list[tuple[str, str, str, str]]:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("<!-- quote-rules"):text.index("<!-- end of quote-rules -->")]
    rows, rule = [], ""
    for line in table.splitlines():
        if not line.startswith("| ") and not line.startswith("| |"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) != 4 or cells[0] == "Rule":
            continue
        rule = cells[0] or rule
        article, passes, refused = (_CELL.fullmatch(c).group(1) for c in cells[1:])  # type: ignore[union-attr]
        rows.append((rule, article, passes, refused))
    return rows


ROWS = _rows()


def test_the_table_states_every_rule_with_an_example():
    rules = {rule for rule, *_ in ROWS}
    assert len(ROWS) >= 20 and len(rules) >= 10, ROWS


@pytest.mark.parametrize("rule, article, passes, refused", ROWS,
                         ids=[f"{i}-{r[3][:30]}" for i, r in enumerate(ROWS)])
def test_each_row_passes_one_quote_and_refuses_the_other(rule: str, article: str, passes: str,
                                                         refused: str):
    text = matching.normalize(article)
    assert isinstance(matching.find(text, passes), matching.Match), (rule, passes)
    found = matching.find(text, refused)
    assert isinstance(found, matching.Miss), (rule, refused)
    # the message shows the article's words the quote leaves out or cuts
    shown = found.closest + " ".join(found.differences)
    assert shown, found


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Result:
    """One article of every row's sentence, attributed to a speaker the registry does not know
    (the speaker check gives no verdict), and a summary quoting each row both ways."""
    root = copy_project(tmp_path_factory.mktemp("rules") / "project")
    articles = list(dict.fromkeys(_unattributed(article) for _, article, _, _ in ROWS))
    quotes = []
    for i, (_, _, passes, refused) in enumerate(ROWS):
        quotes.append({"id": f"passes-{i}", "speaker": "dmitry-peskov", "text": passes})
        quotes.append({"id": f"refused-{i}", "speaker": "dmitry-peskov", "text": refused})
    add_briefing(root, "950_rules.txt", "FICTION — invented for the Briefing tests.\n"
                 + "\n".join(articles) + "\n", {
                     "id": BRIEFING_ID, "title": "The rules of quotes",
                     "source": {"outlet": "Test Outlet", "published": "2025-04-01"},
                     "bottom_line": "Every rule, both ways.", "key_points": ["Both ways."],
                     "quotes": quotes})
    return run(root, "check", "--strict")


BRIEFING_ID = "2025-04-01-quote-rules"
_SAID = re.compile(r"(?<=[,?”]”) .*$|(?<=”) .*$")


def _unattributed(article: str) -> str:
    """The row's sentence with its attribution given to a name the registry lacks."""
    return _SAID.sub(" Rocha said.", article)


def _lines(report: Result) -> dict[str, str]:
    out = {}
    for line in output_lines(report):
        m = re.search(r"quote '((?:passes|refused)-\d+)' ", line)
        if m:
            out[m.group(1)] = line
    return out


def test_check_strict_refuses_every_refused_quote_with_the_words_it_drops(report: Result):
    assert report.exit_code == 1
    lines = _lines(report)
    for i, (rule, _, passes, refused) in enumerate(ROWS):
        line = lines.get(f"refused-{i}")
        assert line is not None, (rule, refused, report.output)
        # the article's words the quote cuts or leaves out are shown
        dropped = [w.strip(",.?") for w in passes.split() if w not in refused.split()]
        assert any(word in line for word in dropped if word and word != "…"), (rule, line)


def test_check_strict_passes_every_passing_quote(report: Result):
    lines = _lines(report)
    assert not [lines[k] for k in lines if k.startswith("passes-")]
