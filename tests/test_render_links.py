"""Links between generated pages: our relative paths must equal posixpath.relpath's."""

from __future__ import annotations

import posixpath

from generator.pages.render import relative

TARGETS = ["index.md", "briefings/index.md", "briefings/a.md", "actors/b.md", "sources/a.md",
           "data/sanctions.csv", "a/b/c.md", "a/x.md", "sanctions.md"]
FOLDERS = ["", "briefings", "actors", "a", "a/b", "sources"]


def test_relative_links_equal_relpath():
    for target in TARGETS:
        for here in FOLDERS:
            assert relative(target, here) == posixpath.relpath(target, here or "."), (target, here)
