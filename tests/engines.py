"""The MkDocs-1.x engines the tests build with: MkDocs (a dependency) and ProperDocs (an extra).

A test that needs an engine which is not installed skips with the reason; in CI (CI=true) it fails
instead, so that a missing extra cannot pass for a green run."""

from __future__ import annotations

import os

import pytest

from generator.engine.run import MKDOCS_LIKE, not_installed

__all__ = ["MKDOCS_LIKE", "require"]


def require(engine: str) -> None:
    missing = not_installed(engine)
    if not missing:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{missing} (required in CI)", pytrace=False)
    pytest.skip(missing)
