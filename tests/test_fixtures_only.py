"""The suite tests the tool on content it builds itself, never on the project's own content/ and
seeds/, which a team fills with its articles (CI checks those with check and build --strict)."""

from __future__ import annotations

import re
from pathlib import Path

# the shipped content reached through ROOT, or the repository found anew (conftest alone does)
_SHIPPED = re.compile(r"""ROOT\s*/\s*(?:["'](?:content|seeds)\b|BRIEFING_YAML)"""
                      r"""|Project\(\s*ROOT\s*\)|load\.load\(\s*ROOT|__file__\)[\w.()]*\.parent\.parent""")


def test_no_test_reads_the_shipped_content():
    here = Path(__file__).resolve().parent
    offenders = [f"{path.relative_to(here)}:{n}: {line.strip()}"
                 for path in sorted(here.rglob("*.py"))
                 if path not in (Path(__file__).resolve(), here / "conftest.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
                 if _SHIPPED.search(line)]
    assert not offenders, "tests must use tests/fixtures/, not the shipped content:\n" + "\n".join(
        offenders)
