"""The stages in their one order: load → verify → corpus → render → write → engine."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from . import files, parallel
from . import verify as verify_stage
from .content import load as load_stage
from .engine import privacy
from .engine import record as site_record
from .engine import run as engine_stage
from .engine.serve import FOLDER as PREVIEW_FOLDER
from .engine.serve import remove_leftovers as preview_leftovers
from .pages import corpus as corpus_stage
from .pages import fingerprint
from .pages import plan as plan_stage
from .pages import write as write_stage
from .problems import Problem, errors, raised_at, shown_path, sort_problems, visible
from .progress import Progress
from .settings import SiteSettings

CACHE_DIR = ".briefing-cache"  # git-ignored; safe to delete at any time
# above this share of changed pages, a whole build in parts costs less than rendering them alone;
# and the engine matches every file of docs/ against a pattern per changed page, so their number
# is kept to a handful
REPUBLISH_SHARE = 0.25
REPUBLISH_MOST = 100


@dataclass
class Generated:
    problems: list[Problem]
    verified: verify_stage.Verified | None = None
    content: load_stage.Content | None = None  # as loaded, with the positions of its values
    corpus: corpus_stage.Corpus | None = None
    report: write_stage.WriteReport | None = None
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    counts: dict[str, int] = field(default_factory=dict)  # briefings, actors, pages
    skipped: bool = False  # nothing changed since the last clean run: nothing was generated

    @property
    def ok(self) -> bool:
        return not errors(self.problems)


def cache_problem(root: Path) -> Problem | None:
    """The cache folder must be a folder of the project's own: a link would have every run read
    and write its files elsewhere, outside the project or into a folder that is published."""
    cache = root / CACHE_DIR
    if cache.is_symlink():
        where = "" if files.inside(cache, root) else " outside the project"
        return Problem(CACHE_DIR, 1, 1, "", f"is a link to a folder{where} "
                       f"({cache.resolve()}): remove it; the cache is made anew")
    return None


def docs_problems(root: Path, docs_dir: Path) -> list[Problem]:
    """What in docs/ the generator did not write: the engine publishes all of docs/, so it must
    hold what generation wrote and nothing else (the preview's status folder is serve's own)."""
    shown = shown_path(docs_dir, root)
    return [Problem(f"{shown}/{visible(rel)}", 1, 1, "", why)
            for rel, why in write_stage.strays(docs_dir, kept=(PREVIEW_FOLDER,))]


@contextlib.contextmanager
def _lasting() -> Iterator[None]:
    """Build what lasts the whole run without Python's collector of reference cycles, then leave
    it out of every later collection (it is frozen).

    A run builds one large heap that lives to its end and holds no cycles to collect: every
    summary unpickled or parsed, then the corpus. The collector walks what was made since its
    last walk every few hundred objects made, and the whole heap each time it has grown by a
    quarter, which cost more than the building itself: at 1,000 cached summaries, 7.2 s of
    unpickling with the collector, 1.7 s without. The stages
    after it make and drop garbage of their own, so the collector runs again for them, over
    what they make alone. `_thawed` hands the heap back at the end of the run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _thawed() -> Iterator[None]:
    """What `_lasting` froze, collected as usual again once the run ends: a process that runs
    again (serve) must not keep every run's heap."""
    try:
        yield
    finally:
        gc.unfreeze()


def check(root: Path, strict: bool, progress: Progress) -> Generated:
    with _thawed():
        return _check(root, strict, progress)


def _check(root: Path, strict: bool, progress: Progress) -> Generated:
    refused = cache_problem(root)
    if refused is not None:
        return Generated([refused])
    clock = _Clock()
    project = load_stage.Project(root)
    progress.step("loading content…")
    with _lasting():
        content = load_stage.load(project, root / CACHE_DIR)
    clock.lap("load")
    progress.step(f"verifying {len(content.briefings)} briefings…")
    verified = verify_stage.verify(project, content, strict=strict,
                                   cache_dir=root / CACHE_DIR)
    clock.lap("verify")
    return Generated(sort_problems(verified.problems), verified, content, timings=clock.laps)


def generate(root: Path, docs_dir: Path, templates: Path, site_name: str, strict: bool,
             progress: Progress, settings: SiteSettings | None = None) -> Generated:
    """Check, then render and write the Markdown, or write nothing at all if any error.

    When nothing that generation reads has changed since its last clean run and nothing it wrote
    has been touched, that run's outcome stands and no stage runs."""
    with _thawed():
        return _generate(root, docs_dir, templates, site_name, strict, progress, settings)


def _generate(root: Path, docs_dir: Path, templates: Path, site_name: str, strict: bool,
              progress: Progress, settings: SiteSettings | None) -> Generated:
    started = time.perf_counter()
    cache_dir = root / CACHE_DIR
    refused = cache_problem(root)
    if refused is not None:
        return Generated([refused])
    strays = docs_problems(root, docs_dir)
    if strays:  # nothing is written; the content's own problems are reported with these
        result = check(root, strict, progress)
        result.problems = sort_problems([*result.problems, *strays])
        result.verified = result.content = None
        return result
    # the settings (site name, address, source-text mode) shape the pages as much as the content
    settings = settings or SiteSettings(site_name=site_name)
    config = repr(settings)
    # the files as the last clean run recorded them are not read again (fingerprint.py says how
    # an edit that keeps a file's size and modification time is still seen)
    key, inputs = fingerprint.inputs(root, templates, config, strict,
                                     fingerprint.known_inputs(cache_dir))
    last = fingerprint.unchanged(cache_dir, key, docs_dir)
    if last is not None:
        return Generated(last.problems, counts=last.counts, skipped=True,
                         report=write_stage.WriteReport(unchanged=last.counts["pages"]),
                         timings={"unchanged": time.perf_counter() - started})
    fingerprint.forget(cache_dir)
    result = check(root, strict, progress)
    result.content = None  # the pages are made from what was verified: the positions can go
    if not result.ok or result.verified is None:
        return result
    clock = _Clock(result.timings)
    progress.step("indexing the corpus…")
    with _lasting():
        result.corpus = corpus_stage.build(result.verified)
    clock.lap("corpus")
    progress.step("rendering and writing pages…")
    pages = plan_stage.plan(result.corpus, templates, settings, cache_dir)
    try:
        result.report = write_stage.write(
            pages, docs_dir, cache_dir, lambda n: progress.step(f"rendering and writing pages… {n}"))
    except write_stage.Refused as exc:
        result.problems = sort_problems([*result.problems, Problem(
            shown_path(docs_dir, root), 1, 1, "", f"{exc} (nothing was written)")])
        return result
    except jinja2.TemplateError as exc:  # the project's templates are input like its content
        found = raised_at(exc, [templates])
        path, line = found if found else (templates / "pages", 1)
        if isinstance(exc, jinja2.TemplateNotFound) and found is None:
            # no template of the project's own names it: the folder, or a file of it, is gone
            message = (f"the template '{exc.name}' is missing: the page templates are part of "
                       f"the project; restore {shown_path(templates, root)}/ from it (a new "
                       "project starts from the repository's copy) (nothing was written)")
        else:
            message = f"{type(exc).__name__}: {exc}: fix the template (nothing was written)"
        result.problems = sort_problems([*result.problems, Problem(
            shown_path(path, root), line, 1, "template", message)])
        return result
    clock.lap("write")
    # rendering happens page by page inside writing: the two laps are split by the writer's clock
    clock.laps["render"] = result.report.render_seconds
    clock.laps["write"] -= result.report.render_seconds
    result.counts = {"briefings": len(result.corpus.briefings), "actors": len(result.corpus.actors),
                     "pages": result.report.files}
    # a file edited during the run and then put back would give the same key for other bytes
    again, inputs = fingerprint.inputs(root, templates, config, strict, inputs)
    if again == key:
        fingerprint.save(cache_dir, key, docs_dir, result.problems, result.counts, inputs)
    return result


class _Clock:
    def __init__(self, laps: dict[str, float] | None = None):
        self.laps = {} if laps is None else laps
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self.last
        self.last = now


@dataclass
class Built:
    """What `build` did: generation's outcome, then the engine's (or why it did not run)."""

    generated: Generated
    verified: tuple[int, int] | None = None  # briefings matched in this run, and from the cache
    generated_at: float = 0.0  # seconds from the start when generation ended
    search_note: str | None = None  # why the search asked for is not the one built
    engine_ran: bool = False
    engine_failed: bool = False
    engine_output: str = ""
    warnings: list[str] = field(default_factory=list)
    remote: list[privacy.Remote] = field(default_factory=list)
    site: site_record.Record | None = None
    differences: list[str] = field(default_factory=list)  # --verify-full: sharded vs single
    republished: int = 0  # only pages changed: these were rendered, the rest of site/ kept
    shard_folder: Path | None = None  # --shard I/K: where the shard was put

    @property
    def ok(self) -> bool:
        return self.generated.ok and not self.engine_failed


def build(root: Path, config: engine_stage.SiteConfig, strict: bool, engine: str, search: str,
          progress: Progress, jobs: int | None = None, verify: bool = False,
          shard: tuple[int, int] | None = None) -> Built:
    """Generate docs/, then build site/ with the engine into a fresh folder swapped in on success;
    the engine is not started when docs/ and site/ are as the last clean build left them, unless
    `verify` asks for the sharded build to be compared with a single one. With `shard` (I, K)
    only shard I of K is rendered, into a folder of its own beside site/, for `assemble`."""
    # in a process of its own, which hands back only its outcome and ends before the engine
    # starts: the summaries, articles, verification and page plan it held go back to the system
    # with it, where in this process they would stay in its heap through the whole engine run
    result, verified = parallel.apart(lambda: _generated(root, config, strict, progress))
    progress.resumed()
    built = Built(result, verified, generated_at=progress.elapsed)
    if not result.ok:
        return built
    search, built.search_note = engine_stage.choose_search(search, result.counts["briefings"])
    preview_leftovers(config.docs_dir)
    cache_dir = root / CACHE_DIR
    site_key = site_record.settings_key(config, root / "site_templates", engine, search, strict)
    if shard is not None:
        progress.step(f"building shard {shard[0]} of {shard[1]} with {engine}…")
        ran, built.shard_folder = engine_stage.build_shard(
            config, strict, engine, search, *shard,
            site_record.shard_digest(site_key, config.docs_dir))
        built.engine_ran = True
        built.warnings, built.remote, built.engine_output = ran.warnings, ran.remote, ran.output
        built.engine_failed = not ran.ok
        return built
    last = None if verify else site_record.unchanged(cache_dir, site_key, config)
    if last is not None:
        # docs/ and site/ as the last clean build left them: the engine would make the same site
        built.warnings, built.remote, built.site = last.warnings, last.remote, last
        return built
    docs = files.manifest(config.docs_dir)
    # only pages changed (or came, or went): those are rendered, the rest of the last site is
    # kept; with `verify` the site so made is compared with one built whole
    changed = site_record.changed_pages(cache_dir, site_key, config, docs)
    if changed is not None and len(changed.pages) > min(changed.total * REPUBLISH_SHARE,
                                                         REPUBLISH_MOST):
        changed = None
    site_record.forget(cache_dir)
    progress.step(f"building the site with {engine}…")
    ran = engine_stage.run_engine(config, strict, engine, search, jobs, verify,
                                  changed.pages if changed else None,
                                  changed.last if changed else None,
                                  changed.removed if changed else ())
    built.engine_ran = True
    built.warnings, built.remote, built.engine_output = ran.warnings, ran.remote, ran.output
    if changed is not None and ran.ok:
        # the last build's warnings about the pages kept stand, as a whole build would say them
        built.warnings = changed.warnings_with(ran.warnings)
    built.differences, built.republished = ran.differences, ran.republished
    if not ran.ok:
        built.engine_failed = True
        return built
    built.site = site_record.save(cache_dir, site_key, config, docs, built.warnings, ran.remote,
                                  ran.files)
    return built


def _generated(root: Path, config: engine_stage.SiteConfig, strict: bool, progress: Progress
               ) -> tuple[Generated, tuple[int, int] | None]:
    """Generation's outcome without what it held: its problems, counts and report."""
    result = generate(root, config.docs_dir, root / "site_templates", config.site_name,
                      strict, progress, config.settings)
    verified = (result.verified.checked, result.verified.cached) if result.verified else None
    result.verified = result.corpus = result.content = None
    return result, verified


def assemble(root: Path, config: engine_stage.SiteConfig,
             folders: list[Path]) -> tuple[list[Problem], engine_stage.EngineResult]:
    """The shards in folders joined into site/; the record of the last build is dropped, since
    site/ is no longer what it stood for."""
    problems, result = engine_stage.assemble(config, folders)
    if result.ok:
        site_record.forget(root / CACHE_DIR)
    return problems, result
