"""The README's example of error output is what the tool prints for those two mistakes."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import ROOT, run
from .content_edits import briefing, replace_on_line


def test_readme_error_example_is_real_output(project: Path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```text\n(.*?)```", readme, re.S)
    replace_on_line(briefing(project), 121, "speaker: antony-blinken", "speaker: antony-blinkn")
    replace_on_line(briefing(project), 122, "these missiles.", "these missile.")
    result = run(project, "check")
    assert result.exit_code == 1
    assert result.output == example
