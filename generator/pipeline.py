"""The stages in their one order: load → verify → corpus → render → write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import corpus as corpus_stage
from . import load as load_stage
from . import render as render_stage
from . import verify as verify_stage
from .problems import Problem, errors, sort_problems
from .progress import Progress
from .settings import SiteSettings


@dataclass
class Generated:
    problems: list[Problem]
    verified: verify_stage.Verified | None = None
    corpus: corpus_stage.Corpus | None = None
    pages: render_stage.Pages | None = None
    report: render_stage.WriteReport | None = None

    @property
    def ok(self) -> bool:
        return not errors(self.problems)


def check(root: Path, strict: bool, progress: Progress) -> Generated:
    project = load_stage.Project(root)
    progress.step("loading content…")
    content = load_stage.load(project)
    progress.step(f"verifying {len(content.briefings)} briefings…")
    verified = verify_stage.verify(project, content, strict=strict)
    return Generated(sort_problems(verified.problems), verified)


def generate(root: Path, docs_dir: Path, templates: Path, site_name: str, strict: bool,
             progress: Progress, settings: SiteSettings | None = None) -> Generated:
    """Check, then render and write the Markdown, or write nothing at all if any error."""
    result = check(root, strict, progress)
    if not result.ok or result.verified is None:
        return result
    progress.step("indexing the corpus…")
    result.corpus = corpus_stage.build(result.verified)
    progress.step("rendering pages…")
    result.pages = render_stage.render(result.corpus, templates, site_name, settings)
    progress.step(f"writing {len(result.pages)} files…")
    result.report = render_stage.write(
        result.pages, docs_dir,
        lambda n, total: progress.step(f"writing files… {n}/{total}"))
    return result
