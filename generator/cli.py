"""The `briefing` command: check, build, serve, schema, restamp, rename, draft."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import pipeline, signing
from .content import load as load_stage
from .content.model import ActorRegistry, Briefing, json_schema
from .engine import privacy
from .engine import record as site_record
from .engine import run as build_stage
from .problems import Problem, counted, errors, visible
from .progress import Progress

if TYPE_CHECKING:
    from .pages.write import WriteReport

ROOT_OPTION = click.option(
    "--root", type=click.Path(file_okay=False, exists=True, path_type=Path), default=".",
    show_default=True, help="Project folder holding mkdocs.yml, content/ and seeds/.")
STRICT_OPTION = click.option(
    "--strict", is_flag=True,
    help="Treat warnings as errors: seeds without a summary, unreviewed drafts, a speaker the "
         "article contradicts, third-party resources in the built pages, and engine warnings "
         "such as broken links; and warn, without failing, of a speaker the article's words do "
         "not settle. CI publishes with --strict.")


def _report(problems: list[Problem], progress: Progress) -> tuple[int, int]:
    progress.clear()
    for p in problems:
        click.echo(str(p), err=True)
    n_err = len(errors(problems))
    n_warn = sum(1 for p in problems if p.severity == "warning")
    return n_err, n_warn


def _counts(n: int, word: str) -> str:
    return counted(n, word)


def _problem_summary(command: str, n_err: int, n_warn: int, files: int) -> str:
    return (f"{command}: {_counts(n_err, 'error')}, {_counts(n_warn, 'warning')} in "
            f"{_counts(files, 'file')}; nothing written")


def _refuse_bad_settings(config: build_stage.SiteConfig, command: str) -> None:
    if config.problems:
        n_err, n_warn = _report(list(config.problems), Progress())
        files = len({p.path for p in config.problems})
        click.echo(_problem_summary(command, n_err, n_warn, files), err=True)
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
# the installed package's version, which pyproject.toml alone sets: `briefing 0.1.0`
@click.version_option(package_name="briefing", message="%(package)s %(version)s")
def main() -> None:
    """Briefing: verified summaries of news articles, published as a static site.

    \b
    Typical use:
      briefing check            validate content/ and verify every quote against seeds/
      briefing build            check, generate docs/, and build site/ with MkDocs
      briefing serve            live preview at http://127.0.0.1:8000

    Exit status: 0 when all is well, 1 for content errors, 2 for a wrong command line (or a
    $BRIEFING_CACHE_KEY too short to sign caches).
    """
    bad_key = signing.key_problem()
    if bad_key:
        click.echo(f"briefing: {bad_key}", err=True)
        sys.exit(2)


@main.command()
@ROOT_OPTION
@STRICT_OPTION
def check(root: Path, strict: bool) -> None:
    """Validate the summaries and verify every quote against its article. Builds nothing.

    Errors read `file:line:col: field: what is wrong`; all of them are reported at once.
    Exit status: 0 when the content is sound, 1 when it is not.
    """
    progress = Progress()
    result = pipeline.check(root, strict, progress)
    n_err, n_warn = _report(result.problems, progress)
    v = result.verified
    if n_err or v is None:  # nothing is verified without an error that says why
        files = len({p.path for p in errors(result.problems)})
        click.echo(f"check: {_counts(n_err, 'error')}, {_counts(n_warn, 'warning')} in "
                   f"{_counts(files, 'file')}", err=True)
        sys.exit(1)
    n_quotes = sum(len(b.spans) for b in v.briefings)
    click.echo(f"check: {_counts(len(v.briefings), 'briefing')}, {_counts(len(v.actors), 'actor')}"
               f", {_counts(n_quotes, 'quote')} verified against their articles; "
               f"{_counts(n_warn, 'warning')} ({progress.elapsed:.1f} s)")


@main.command()
@ROOT_OPTION
@STRICT_OPTION
@click.option("--engine", type=click.Choice(build_stage.ENGINES), default="mkdocs",
              show_default=True,
              help="Site engine: MkDocs with Material; ProperDocs, its maintained fork (pip install "
                   "'.[properdocs]'); or Zensical (pip install '.[zensical]').")
@click.option("--search", type=click.Choice(("auto", *build_stage.SEARCHES)), default="auto",
              show_default=True,
              help="builtin: the theme's one-file index; pagefind: a chunked Pagefind index, for "
                   "large archives (pip install '.[pagefind]'); auto: builtin up to "
                   f"{build_stage.SEARCH_AUTO_LIMIT} briefings, pagefind above.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="MkDocs and ProperDocs render the pages in this many processes at once, each "
                   "leaving out the others' pages, and the parts are joined into the site one "
                   "process would make [default: one per core, at least "
                   f"{build_stage.SHARD_MIN_PAGES} pages each]. An anchor (page#part) on a page "
                   "another process renders is not checked: --jobs 1 checks every one.")
@click.option("--verify-full", is_flag=True,
              help="Build the site both in parts (--jobs, at least 2; or page by page, when "
                   "only some pages changed, came or went) and in one process, and refuse it, "
                   "naming the files that differ, unless the two are the same to the byte.")
@click.option("--shard", type=str, default=None, metavar="I/K",
              help="Render only part I of K (MkDocs or ProperDocs) into site-shard-I-of-K/ beside "
                   "site/, with the digest of what it was built from, for `briefing assemble` "
                   "to join: a large archive built on K machines at once.")
def build(root: Path, strict: bool, engine: str, search: str, jobs: int | None,
          verify_full: bool, shard: str | None) -> None:
    """Check the content, generate the Markdown pages into docs/, then build site/ with MkDocs
    (or ProperDocs, or Zensical).

    The site is built in a temporary folder and swapped in only on success: a failed build
    leaves the last good site/ untouched. Markdown files whose bytes did not change are not
    rewritten, and quotes are re-verified only for briefings whose summary or seed changed.
    Only pages it wrote itself are removed (listed in docs/.briefing-manifest.json): the pages
    of a removed briefing or actor go. docs/ holds the generated pages alone: a file put there
    by hand, a link or anything but plain files and folders is refused by name, and nothing is
    written; nothing outside docs/ and site/ (with --shard, its own folder) is touched.
    When docs/ and site/ are as the last clean build left them, and mkdocs.yml, the templates
    and the options are unchanged, the engine is not started; when only some pages changed, the
    engine renders those alone and the new site is the last one with them replaced.
    """
    progress = Progress()
    config = build_stage.read_config(root)
    _refuse_bad_settings(config, "build")
    part = _shard_option(shard)
    built = pipeline.build(root, config, strict, engine, search, progress, jobs, verify_full, part)
    result = built.generated
    n_err, n_warn = _report(result.problems, progress)
    if not result.ok:
        files = len({p.path for p in errors(result.problems)})
        click.echo(_problem_summary("build", n_err, n_warn, files) + "; site/ left as it was",
                   err=True)
        sys.exit(1)
    if built.search_note:
        click.echo(built.search_note, err=True)
    progress.clear()
    if built.engine_failed and built.remote:
        _report_remote(built.remote, "error")
        click.echo(f"build: the pages load {_counts(len({r.url for r in built.remote}), 'resource')}"
                   " from other hosts (see above); site/ left as it was", err=True)
        sys.exit(1)
    if built.differences:
        shown = built.differences[:_DIFFERENCES_SHOWN]
        more = len(built.differences) - len(shown)
        click.echo("\n".join(shown) + (f"\n… and {more} more" if more else ""), err=True)
        click.echo(f"build: the site built in parts differs from the site built in one process "
                   f"in {_counts(len(built.differences), 'file')} (see above); site/ left as it "
                   "was", err=True)
        sys.exit(1)
    if built.engine_failed:
        click.echo(built.engine_output, err=True)
        click.echo("build: the site engine failed (see above); site/ left as it was", err=True)
        sys.exit(1)
    for warning in built.warnings:
        click.echo(warning, err=True)
    _report_remote(built.remote, "warning")
    if built.shard_folder is not None and part is not None:
        files, size = build_stage.site_size(built.shard_folder)
        click.echo(f"build: shard {part[0]} of {part[1]} → {visible(str(built.shard_folder))} "
                   f"({files} files, {size / 1e6:.1f} MB) in {progress.elapsed:.1f} s; join "
                   "every shard with `briefing assemble`")
        return
    assert built.site is not None and result.report is not None  # a good build has both
    summary = _build_summary(result.counts, built.verified, result.report,
                             result.skipped and built.engine_ran,
                             built.generated_at,
                             built.site, progress.elapsed)
    if built.republished:
        summary += (f"; only pages changed: {_counts(built.republished, 'page')} rendered anew, "
                    "the rest kept from the last site")
    click.echo(summary + ("" if built.engine_ran else "; no input changed; site/ up to date"))


_DIFFERENCES_SHOWN = 10


def _shard_option(given: str | None) -> tuple[int, int] | None:
    if given is None:
        return None
    index, _, count = given.partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        raise click.BadParameter(f"{given!r}: give I/K, shard I of K, with 1 <= I <= K",
                                 param_hint="--shard")
    return int(index), int(count)


def _build_summary(counts: dict[str, int], verified: tuple[int, int] | None, report: WriteReport,
                   skipped: bool, generated_at: float, site: site_record.Record,
                   elapsed: float) -> str:
    checked = f" ({verified[0]} verified, {verified[1]} from the cache)" if verified else ""
    return (f"build: {_counts(counts['briefings'], 'briefing')}{checked}, "
            f"{_counts(counts['actors'], 'actor')} → {counts['pages']} generated files "
            f"({report.written} written, {report.unchanged} unchanged, {report.removed} removed"
            f"{'; no input changed' if skipped else ''}) in "
            f"{generated_at:.1f} s; site/ {site.files} files, {site.size / 1e6:.1f} MB in "
            f"{elapsed:.1f} s")


def _report_remote(remote: list[privacy.Remote], severity: str) -> None:
    """Each third-party URL once, with the first file that loads it: analytics in every page
    would otherwise print one line per page."""
    files: dict[str, list[str]] = {}
    for r in remote:
        files.setdefault(r.url, []).append(r.file)
    for url, where in files.items():
        others = f" (and {_counts(len(where) - 1, 'other file')})" if len(where) > 1 else ""
        click.echo(privacy.Remote(where[0], url).message(severity) + others, err=True)


@main.command()
@ROOT_OPTION
@click.argument("folders", nargs=-1, required=True,
                type=click.Path(file_okay=False, exists=True, path_type=Path))
def assemble(root: Path, folders: tuple[Path, ...]) -> None:
    """Join the shards made by `briefing build --shard I/K` (one folder each, every shard once,
    all built from the same inputs) into site/, swapped in as a build's site is.

    A shard built from other inputs (its digest differs), a shard given twice or one missing is
    refused by name, and site/ is left as it was.
    """
    progress = Progress()
    config = build_stage.read_config(root)
    _refuse_bad_settings(config, "assemble")
    problems, result = pipeline.assemble(root, config, list(folders))
    n_err, _ = _report(problems, progress)
    if n_err:
        click.echo(f"assemble: {_counts(n_err, 'error')}; site/ left as it was", err=True)
        sys.exit(1)
    if not result.ok:
        click.echo(result.output, err=True)
        click.echo("assemble: the shards could not be joined (see above); site/ left as it was",
                   err=True)
        sys.exit(1)
    for warning in result.warnings:
        click.echo(warning, err=True)
    files, size = build_stage.site_size(config.site_dir)
    click.echo(f"assemble: {_counts(len(folders), 'shard')} → site/ {files} files, "
               f"{size / 1e6:.1f} MB in {progress.elapsed:.1f} s")


@main.command()
@ROOT_OPTION
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True,
              help="Address and port to serve on.")
@click.option("--engine", type=click.Choice(build_stage.MKDOCS_LIKE), default="mkdocs",
              show_default=True,
              help="Site engine: MkDocs, or ProperDocs, its maintained fork (pip install "
                   "'.[properdocs]').")
def serve(root: Path, dev_addr: str, engine: str) -> None:
    """Live preview: regenerates pages when content/, seeds/ or site_templates/ change, and the
    open page reloads. Only pages whose Markdown changed are rebuilt, so lists and search may
    lag until a full `briefing build`; the page says so. Errors are shown over the page, with
    file and line, until they are fixed; meanwhile the last good pages stay up. Warnings are
    shown there too, under their own heading. The speakers of the summary saved last are listed
    at the foot of the page, folded, each with its verdict: confirmed by the article's words
    (quoted), contradicted, unconfirmed, or checked by an editor (with the reason)."""
    import logging

    from .engine import serve as preview

    missing = build_stage.not_installed(engine)
    if missing:
        click.echo(f"serve: {missing}", err=True)
        sys.exit(1)
    engine_serve, logger = preview.engine_server(engine)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("serve: %(message)s"))
    # on the logger that warns, ahead of the engine's own counter: strict: true would abort on it
    logging.getLogger(f"{logger}.commands.build").addFilter(
        preview.SayDirtyOnce(lambda note: click.echo(f"serve: {note}", err=True)))
    logging.getLogger(logger).addHandler(handler)
    logging.getLogger(logger).setLevel(logging.INFO)
    progress = Progress()
    config = build_stage.read_config(root)
    _refuse_bad_settings(config, "serve")
    templates = root / "site_templates"
    page = preview.Preview(root, config)

    def crashed(exc: BaseException) -> None:
        progress.clear()
        where, message = preview.describe(exc, root)
        click.echo(f"{where}: {message}", err=True)
        click.echo("serve: regeneration failed (shown in the page); still watching for changes",
                   err=True)
        page.show(preview.Outcome([], exc))

    def regenerate() -> bool:
        try:
            result = pipeline.generate(root, config.docs_dir, templates, config.site_name, False,
                                       progress, config.settings)
        except Exception as exc:  # noqa: BLE001 - a template or a bug: reported, not fatal
            crashed(exc)
            return False
        n_err, _ = _report(result.problems, progress)
        if n_err:
            click.echo(f"serve: {_counts(n_err, 'error')} (shown in the page); showing the last "
                       "good pages", err=True)
        elif result.report and result.report.written + result.report.removed:
            click.echo(f"serve: regenerated {result.report.written} pages, removed "
                       f"{result.report.removed}", err=True)
        page.show(preview.Outcome(result.problems,
                                  speakers=preview.speaker_verdicts(result.verified, root)))
        return not n_err

    preview.stop_on_sigterm()
    stop = threading.Event()
    # the engine runs in this process: the cache key leaves its environment while it does
    with signing.withheld(), page:
        # the last good pages are served through content errors, never a docs/ that holds what
        # generation did not write (reported above): the engine would serve that as well
        if not regenerate() and (not (config.docs_dir / "index.md").exists()
                                 or pipeline.docs_problems(root, config.docs_dir)):
            sys.exit(1)
        watched = [root / "content", root / "seeds", templates]
        thread = threading.Thread(target=preview.watch, args=(watched, regenerate, stop, crashed),
                                  daemon=True)
        thread.start()
        try:
            # dirty: the engine rebuilds only pages whose Markdown changed; build stays full and exact
            engine_serve(config_file=str(page.config_copy), livereload=True,
                         build_type="dirty", dev_addr=dev_addr,
                         watch=[str(templates / "overrides")])
        except OSError as exc:  # the address is taken, or not ours to listen on
            click.echo(f"serve: cannot listen on {dev_addr} ({exc.strerror}): stop what uses it, "
                       "or give another with --dev-addr 127.0.0.1:8001", err=True)
            sys.exit(1)
        finally:
            stop.set()
            thread.join(timeout=5)
    click.echo("serve: stopped")


@main.command()
@click.option("--actors", is_flag=True, help="Print the schema of actor registry files instead.")
def schema(actors: bool) -> None:
    """Print the JSON Schema of briefing files (or, with --actors, of actor registry files).

    Editors with the YAML language server get completion and inline errors from it: put
    `# yaml-language-server: $schema=../../schema/briefing.schema.json` at the top of a file.
    """
    model, title = (ActorRegistry, "Actor registry") if actors else (Briefing, "Briefing summary")
    click.echo(json.dumps(json_schema(model, title), indent=2, ensure_ascii=False, sort_keys=True))


@main.command()
@ROOT_OPTION
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, exists=True, path_type=Path))
def restamp(root: Path, files: tuple[Path, ...]) -> None:
    """Record the current SHA-256 of each summary's seed, after reviewing the summary against
    the changed article. Refused while any quote no longer matches the article."""
    from .restamp import restamp as restamp_one

    project = load_stage.Project(root.resolve())
    failed = 0
    for file in files:
        done = restamp_one(project, file.resolve())
        if done.problems:
            _report(done.problems, Progress())
            if done.old:
                click.echo(f"restamp: {done.rel}: fix the problems above first; hash not changed",
                           err=True)
            failed += 1
        elif done.changed:
            click.echo(f"restamp: {done.rel}: sha256 {done.old[:12]}… → {done.new[:12]}…")
        else:
            click.echo(f"restamp: {done.rel}: already up to date")
    if failed:
        sys.exit(1)


@main.command()
@ROOT_OPTION
@click.argument("old")
@click.argument("new")
@click.option("--actor", "kind", flag_value="actor",
              help="OLD is an actor's id (needed when a briefing has the same id).")
@click.option("--briefing", "kind", flag_value="briefing",
              help="OLD is a briefing's id (needed when an actor has the same id).")
@click.option("--merge", is_flag=True,
              help="NEW is an actor already and OLD a duplicate of it: OLD's references, "
                   "briefing entries (mentions joined), name and aliases become NEW's, and OLD's "
                   "entry goes.")
def rename(root: Path, old: str, new: str, kind: str | None, merge: bool) -> None:
    """Rename the actor or briefing OLD to NEW: every reference to it in content/ changes (comments
    and layout kept), a summary's file named after its id is renamed, and the old address is
    recorded in content/redirects.yaml, where the site keeps a page that leads to the new one.
    Ids in free text are left as written and listed as notes. Nothing is written unless the
    content checks before and after."""
    from . import rename as rename_stage

    why = rename_stage.slug_problem(new)
    if why:
        raise click.BadParameter(why, param_hint="NEW")
    progress = Progress()
    done = rename_stage.rename(root.resolve(), old, new, kind, progress, merge)
    if done.problems:
        n_err, _ = _report(done.problems, progress)
        click.echo(f"rename: {_counts(n_err, 'error')}; nothing "
                   f"{'merged' if merge else 'renamed'}", err=True)
        sys.exit(1)
    _report(done.notes, progress)
    section = rename_stage.SECTION[done.kind]
    moved = f"; {done.moved[0]} → {done.moved[1]}" if done.moved else ""
    how = "merged into" if merge else "→"
    click.echo(f"rename: {done.kind} '{old}' {how} '{new}': {_counts(done.references, 'value')} in "
               f"{_counts(len(done.changed), 'file')} ({', '.join(done.changed)}){moved}; "
               f"{section}/{old}/ now leads to {section}/{new}/ (content/redirects.yaml)")


@main.command()
@ROOT_OPTION
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", required=True, metavar="YYYY-MM-DD",
              help="Publication date of the article: 'Tuesday' or 'earlier this month' are "
                   "resolved against it.")
@click.option("--force", is_flag=True, help="Replace an existing summary of the article.")
@click.option("--id", "briefing_id", metavar="ID", help="Id (and file name) of the summary.")
@click.option("--outlet", metavar="NAME", help="The outlet that published the article, when its "
                                               "text does not say (a dateline's '(Reuters)').")
def draft(root: Path, article: Path, published: str, force: bool, briefing_id: str | None,
          outlet: str | None) -> None:
    """Write a draft summary of ARTICLE (a file in seeds/) into content/briefings/: every quote
    with its speaker, the actors, dates and candidate sanctions and denials, marked for review."""
    from datetime import date

    from . import draft as draft_stage

    try:
        day = date.fromisoformat(published)
    except ValueError:
        raise click.BadParameter(f"'{published}' is not a date like 2024-09-10",
                                 param_hint="--published") from None
    project = load_stage.Project(root.resolve())
    try:
        written = draft_stage.draft(project, article, day, force, briefing_id, outlet)
    except draft_stage.DraftError as exc:
        click.echo(f"draft: {exc.message}", err=True)
        sys.exit(exc.status)
    a = written.analysis
    open_quotes = sum(1 for q in a.quotes if not (q.attribution.speaker or q.attribution.source))
    for words, why in a.unverified:
        click.echo(f"draft: left out a quotation, kept as a REVIEW comment under quotes: "
                   f"“{visible(words, 80)}”: {why}", err=True)
    if not a.quotes:
        found = "no quotation could be drafted" if a.unverified else "no quotations found in the article"
        click.echo(f"draft: {found}: the draft has no quotes", err=True)
    click.echo(f"draft: {'replaced' if written.replaced else 'wrote'} {project.rel(written.path)}: "
               f"{_counts(len(a.quotes), 'quote')} ({open_quotes} to attribute), "
               f"{_counts(len(a.actors), 'actor')} ({len(a.proposed)} proposed"
               + (f" in {project.rel(written.proposals)}" if written.proposals else "") + "), "
               f"{_counts(len(a.events), 'date')}, "
               f"{_counts(len(a.sanctions) + len(a.denials) + len(a.pledges), 'candidate')} to review; "
               "set 'status: reviewed' once reviewed")


if __name__ == "__main__":
    main()
