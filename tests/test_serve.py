"""`briefing serve`: editing a summary updates the served page without a restart; errors, and
crashes of regeneration, are shown in the page until fixed, and the server outlives them."""

from __future__ import annotations

import html
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator.engine import serve as preview
from generator.engine.run import read_config
from generator.signing import KEY_VARIABLE

from .conftest import BRIEFING_ID, BRIEFING_YAML, run
from .content_edits import replace_on_line
from .engines import MKDOCS_LIKE, require
from .test_attribution import ID as CONVOY_ID
from .test_attribution import SUMMARY as CONVOY
from .test_attribution import _value_at as value_at
from .test_attribution import _write as write_convoy
from .test_speaker_review import WALKED_OUT, WALKOUT
from .test_speaker_review import _walkout as write_walkout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    page = ""
    while time.monotonic() < deadline:
        page = _fetch(url)
        if text in page:
            return page
        time.sleep(0.5)
    return page


@pytest.mark.slow  # a live preview, waited on in real time
def test_editing_yaml_updates_the_served_page(project: Path):
    port = _free_port()
    url = f"http://127.0.0.1:{port}/briefings/{BRIEFING_ID}/"
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--root", str(project),
         "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = _wait_for(url, "Bottom line", 60)
        assert "Iran sends ballistic missiles to Russia" in page
        assert "livereload" in page  # the page reloads itself when the site is rebuilt
        summary = project / BRIEFING_YAML
        text = summary.read_text(encoding="utf-8")
        summary.write_text(text.replace("title: Iran sends", "title: Tehran sends"),
                           encoding="utf-8")
        page = _wait_for(url, "Tehran sends ballistic missiles", 60)
        assert "Tehran sends ballistic missiles" in page
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def _serving(project: Path, engine: str = "mkdocs") -> Iterator[tuple[str, subprocess.Popen]]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--root", str(project),
         "--dev-addr", f"127.0.0.1:{port}", "--engine", engine],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield f"http://127.0.0.1:{port}/", proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _status(base: str, wanted, seconds: float = 60) -> dict:
    """The preview's status once `wanted(status)` holds (or the last one seen)."""
    deadline = time.monotonic() + seconds
    status: dict = {}
    while time.monotonic() < deadline:
        try:
            status = json.loads(_fetch(base + f"{preview.FOLDER}/{preview.STATUS}"))
        except ValueError:
            status = {}
        if status and wanted(status):
            return status
        time.sleep(0.5)
    return status


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _rendered(url: str, until: str, present: bool = True, seconds: float = 60) -> str:
    """The page as a browser shows it, scripts run (the error panel is drawn by one), once
    `until` is in it (or, with present=False, gone): MkDocs may still be rebuilding."""
    if CHROMIUM is None:
        pytest.skip("chromium is needed to see what the page's script draws")
    deadline = time.monotonic() + seconds
    dom = ""
    while time.monotonic() < deadline:
        dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                              "--timeout=3000", "--dump-dom", url],
                             capture_output=True, text=True, timeout=90).stdout
        if dom and (until in dom) == present:
            return dom
    return dom


@pytest.mark.slow  # a live preview, waited on in real time
def test_errors_are_shown_in_the_page_and_the_server_outlives_a_crash(project: Path):
    summary = project / BRIEFING_YAML
    template = project / "site_templates/pages/briefing.md.j2"
    good_template = template.read_text(encoding="utf-8")
    with _serving(project) as (base, proc):
        page_url = base + f"briefings/{BRIEFING_ID}/"
        assert "Bottom line" in _wait_for(page_url, "Bottom line", 60)

        # a quote that is not in the article, written as markup: the panel shows it as text
        replace_on_line(summary, 116, "We’ve warned Tehran publicly",
                        "<img src=x id=injected> We’ve warned Tehran publicly")
        status = _status(base, lambda s: s["errors"])
        assert status["errors"][0]["where"].startswith(f"{BRIEFING_YAML}:116:")
        assert "quote 'blinken-warned-tehran' is not in" in status["errors"][0]["message"]
        dom = _rendered(page_url, 'id="briefing-serve-errors"')
        assert 'id="briefing-serve-errors"' in dom
        assert f"{BRIEFING_YAML}:116:" in dom and "quote 'blinken-warned-tehran' is not in" in dom
        assert "&lt;img src=x id=injected&gt;" in dom and 'id="injected"' not in dom
        assert "Iran sends ballistic missiles to Russia" in dom  # the last good page stays up

        # fixed, and edited: the page shows the new content and no panel
        replace_on_line(summary, 116, "<img src=x id=injected> ", "")
        text = summary.read_text(encoding="utf-8")
        summary.write_text(text.replace("title: Iran sends", "title: Tehran sends"),
                           encoding="utf-8")
        assert "Tehran sends" in _wait_for(page_url, "Tehran sends ballistic missiles", 60)
        assert _status(base, lambda s: not s["errors"])["errors"] == []
        assert 'id="briefing-serve-errors"' not in _rendered(page_url, 'id="briefing-serve-errors"',
                                                              present=False)

        # regeneration raises (a template divides by zero): the server stays up and says so
        template.write_text(good_template + "\n{{ 1 // 0 }}\n", encoding="utf-8")
        status = _status(base, lambda s: s["errors"])
        line = good_template.count("\n") + 2
        assert status["errors"][0]["where"] == f"site_templates/pages/briefing.md.j2:{line}"
        assert status["errors"][0]["message"].startswith("ZeroDivisionError: ")
        dom = _rendered(page_url, "regeneration failed")
        assert "regeneration failed; the server is still running" in dom
        assert "site_templates/pages/briefing.md.j2:" in dom
        assert proc.poll() is None

        # and it still picks up later edits once the template is fixed
        template.write_text(good_template, encoding="utf-8")
        text = summary.read_text(encoding="utf-8")
        summary.write_text(text.replace("title: Tehran sends", "title: Iran ships"),
                           encoding="utf-8")
        assert "Iran ships" in _wait_for(page_url, "Iran ships ballistic missiles", 60)
        assert _status(base, lambda s: not s["errors"])["errors"] == []
    assert proc.returncode is not None
    # nothing of the preview is left behind
    assert not (project / "docs" / preview.FOLDER).exists()
    assert not list(project.glob(".briefing-serve-*.yml"))


def test_a_preview_folder_left_by_a_killed_serve_is_not_built(project: Path):
    left = project / "docs" / preview.FOLDER
    left.mkdir(parents=True)
    (left / preview.STATUS).write_text('{"errors": []}', encoding="utf-8")
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert not left.exists() and not (project / "site" / preview.FOLDER).exists()


@pytest.mark.slow  # a live preview, waited on in real time
def test_an_edit_is_served_quickly_and_the_preview_says_lists_may_be_stale(project: Path):
    with _serving(project) as (base, proc):
        page_url = base + f"briefings/{BRIEFING_ID}/"
        assert "Bottom line" in _wait_for(page_url, "Bottom line", 60)
        assert _status(base, lambda s: s.get("note"))["note"] == preview.NOTE
        summary = project / BRIEFING_YAML
        text = summary.read_text(encoding="utf-8")
        saved = time.monotonic()
        summary.write_text(text.replace("title: Iran sends", "title: Tehran sends"),
                           encoding="utf-8")
        page = ""
        while time.monotonic() - saved < 60 and "Tehran sends" not in page:
            page = _fetch(page_url)
            time.sleep(0.1)
        shown = time.monotonic() - saved
        assert "Tehran sends ballistic missiles" in page
        # regeneration of one briefing and MkDocs' rebuild of the pages that changed
        assert shown < 15, f"the edit took {shown:.1f} s to show"
        dom = _rendered(page_url, 'id="briefing-serve-note"')
        assert preview.NOTE in dom and 'id="briefing-serve-errors"' not in dom
        proc.terminate()
        output = proc.communicate(timeout=10)[0]
    # MkDocs' dirty build ran, and its warning became the note, said once
    assert output.count(f"serve: {preview.NOTE}") == 1
    assert preview.DIRTY_WARNING not in output


def test_an_address_in_use_is_a_message_not_a_traceback(project: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "generator.cli", "serve", "--root", str(project), "--dev-addr",
             f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert f"serve: cannot listen on 127.0.0.1:{port}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (project / "docs" / "_briefing_serve").exists()


def _code(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.slow  # a live preview
@pytest.mark.parametrize("engine", MKDOCS_LIKE)
def test_a_reload_request_with_an_epoch_no_build_made_is_refused_without_a_traceback(
        project: Path, engine: str):
    require(engine)
    with _serving(project, engine) as (base, proc):
        assert "Bottom line" in _wait_for(base + f"briefings/{BRIEFING_ID}/", "Bottom line", 60)
        # past Python's 4,300 digits int() raises; 21 digits is already no epoch of the server's
        for digits in ("9" * 5000, "1" * 21, "0" * 4400 + "1"):
            assert _code(f"{base}livereload/{digits}/1") == 400
        assert _code(f"{base}livereload/0/1") == 200  # the page's own requests still reload it
        proc.terminate()
        log = proc.communicate(timeout=20)[0]
    assert "Traceback" not in log and "500" not in log and "ValueError" not in log, log


def _shows_each_last_save(page_url: str, summary: Path, saves: list[tuple[float, str, str]],
                          between=None) -> None:
    """Each pair of saves, `gap` seconds apart, ends with the page showing the second: the title's
    'Iran sends' is replaced by `first`, then by `second`."""
    text = summary.read_text(encoding="utf-8")
    for gap, first, second in saves:
        summary.write_text(text.replace("title: Iran sends", f"title: {first}"), encoding="utf-8")
        if between is not None:
            between()
        time.sleep(gap)
        summary.write_text(text.replace("title: Iran sends", f"title: {second}"), encoding="utf-8")
        page = _wait_for(page_url, f"{second} ballistic missiles", 60)
        assert f"{second} ballistic missiles" in page, (
            f"{gap} s apart: the page still shows {first!r}, not {second!r}")
        assert f"{first} ballistic missiles" not in page


@pytest.mark.slow  # a live preview, waited on in real time
def test_every_save_is_shown_however_quickly_the_next_comes(project: Path):
    summary = project / BRIEFING_YAML
    with _serving(project) as (base, _):
        page_url = base + f"briefings/{BRIEFING_ID}/"
        assert "Bottom line" in _wait_for(page_url, "Bottom line", 60)
        _shows_each_last_save(page_url, summary, [
            (0.0, "Tehran sends", "Teheran sends"),
            (0.3, "Tehran ships", "Teheran ships"),
            (1.0, "Tehran gives", "Teheran gives"),
            # the same length: the summary's size, and the page's, do not change between saves
            (0.3, "Tehran lends", "Tehran sells"),
            (1.0, "Tehran hands", "Tehran loans")])


# A slow plugin, as a project may have: it holds back the page of the first save after MkDocs has
# read it, until generation has written the Markdown of the second.
_SLOW_HOOK = """\
import time
from pathlib import Path


def on_page_markdown(markdown, page, **kwargs):
    if "# Tehran sends" not in markdown:
        return markdown
    (Path(__file__).parent / "first-save-read").touch()
    source = Path(page.file.abs_src_path)
    deadline = time.monotonic() + 30
    while "# Tehran sends" in source.read_text(encoding="utf-8") and time.monotonic() < deadline:
        time.sleep(0.1)
    return markdown
"""


@pytest.mark.slow  # a live preview, waited on in real time
@pytest.mark.parametrize("engine", MKDOCS_LIKE)
def test_a_save_written_while_the_engine_builds_the_last_one_is_shown(project: Path, engine: str):
    require(engine)
    (project / "slow_hook.py").write_text(_SLOW_HOOK, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nhooks:\n  - slow_hook.py\n",
                      encoding="utf-8")
    read = project / "first-save-read"

    def until_the_engine_read_the_first() -> None:
        deadline = time.monotonic() + 60
        while not read.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert read.exists(), "the engine never read the first save"

    with _serving(project, engine) as (base, _):
        page_url = base + f"briefings/{BRIEFING_ID}/"
        assert "Bottom line" in _wait_for(page_url, "Bottom line", 60)
        _shows_each_last_save(page_url, project / BRIEFING_YAML,
                              [(0.0, "Tehran sends", "Teheran sends")],
                              between=until_the_engine_read_the_first)


def test_a_file_saved_again_within_its_date_at_its_size_is_a_change(tmp_path: Path):
    # a file system that dates files to the second keeps a quick second save's stat whole
    folder = tmp_path / "content"
    folder.mkdir()
    summary = folder / "a.yaml"
    summary.write_text("title: Tehran lends\n", encoding="utf-8")
    dated = summary.stat().st_mtime_ns
    before = preview.snapshot([folder])
    with summary.open("r+", encoding="utf-8") as f:  # in place, as some editors save
        f.write("title: Tehran sells\n")
    os.utime(summary, ns=(dated, dated))
    after = preview.snapshot([folder])
    assert preview.changed(before, after)
    # settled since, and unchanged: no change; saved again unseen while recent: a change
    settled = {p: (*e[:3], "") for p, e in after.items()}
    assert not preview.changed(after, settled)
    with summary.open("r+", encoding="utf-8") as f:
        f.write("title: Tehran loans\n")
    os.utime(summary, ns=(dated, dated))
    assert preview.changed(after, settled)


@pytest.mark.slow  # a live preview, waited on in real time
def test_warnings_are_in_the_panel_too_marked_as_warnings_and_never_built(project: Path):
    # a speaker the article contradicts: a warning, and the page shows the speaker as written
    write_convoy(project, {"roe-lying": "jane-doe"})
    line, col = value_at(project, CONVOY, "speaker: jane-doe")
    where = f"{CONVOY}:{line}:{col + len('speaker: ')}"
    words = ("quotes[0].speaker: the article gives these words to 'Richard Roe' (line 2: "
             "'“Moscow is lying,” Roe told reporters'), not to 'jane-doe': fix the speaker")
    with _serving(project) as (base, _):
        page_url = base + f"briefings/{CONVOY_ID}/"
        status = _status(base, lambda s: s.get("warnings"))
        assert status["errors"] == [] and status["headline"] == ""
        assert status["warnings"] == [{"where": where, "message": words}]
        assert status["warnings_headline"].startswith("briefing serve: 1 warning: ")
        dom = _rendered(page_url, 'id="briefing-serve-warnings"')
        assert 'id="briefing-serve-warnings"' in dom and 'id="briefing-serve-errors"' not in dom
        assert f"{where}: warning: {words}" in html.unescape(dom)
        assert "briefing serve: 1 warning: " in dom

        # what serve adds never reaches a site built meanwhile
        built = run(project, "build")
        assert built.exit_code == 0, built.output
        site = project / "site"
        assert not (site / preview.FOLDER).exists()
        assert not [p for p in site.rglob("*.html")
                    if b"briefing-serve" in p.read_bytes() or preview.FOLDER.encode() in p.read_bytes()]

        # an error as well: both, errors first, each under its own heading
        summary = project / CONVOY
        text = summary.read_text(encoding="utf-8")
        summary.write_text(text.replace("We will publish everything,", "We will publish nothing,"),
                           encoding="utf-8")
        status = _status(base, lambda s: s["errors"] and s.get("warnings"))
        assert len(status["errors"]) == 1 and "is not in" in status["errors"][0]["message"]
        assert status["warnings"] == [{"where": where, "message": words}]
        dom = _rendered(page_url, 'id="briefing-serve-errors"')
        assert dom.index('id="briefing-serve-errors"') < dom.index('id="briefing-serve-warnings"')
        assert "briefing serve: 1 error;" in dom and f"{where}: warning: " in html.unescape(dom)

        # both fixed: no panel
        summary.write_text(text.replace("speaker: jane-doe", "speaker: richard-roe", 1),
                           encoding="utf-8")
        status = _status(base, lambda s: not s["errors"] and not s["warnings"])
        assert status["errors"] == [] and status["warnings"] == []
        assert 'id="briefing-serve-panel"' not in _rendered(page_url, 'id="briefing-serve-panel"',
                                                             present=False)


def test_the_preview_writes_nothing_through_a_link_at_its_folder(project: Path):
    """A link planted at docs/_briefing_serve is replaced by the preview's own folder: the
    status never lands where the link leads, and is not left there."""
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / preview.STATUS).write_text("ORIGINAL\n", encoding="utf-8")
    (project / "docs").mkdir()
    folder = project / "docs" / preview.FOLDER
    folder.symlink_to(elsewhere, target_is_directory=True)
    with preview.Preview(project, read_config(project)) as page:
        page.show(preview.Outcome([]))
        assert folder.is_dir() and not folder.is_symlink()
        assert json.loads((folder / preview.STATUS).read_text(encoding="utf-8"))["errors"] == []
    assert not folder.exists()
    assert sorted(p.name for p in elsewhere.iterdir()) == [preview.STATUS]
    assert (elsewhere / preview.STATUS).read_text(encoding="utf-8") == "ORIGINAL\n"


@pytest.mark.slow  # a live preview, waited on in real time
def test_the_engine_serve_runs_never_sees_the_cache_key(project: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    """serve runs the engine in its own process: the key leaves that process's environment while
    it runs, and `!ENV` in mkdocs.yml, read by the engine, finds nothing."""
    key = "5ec2e7" * 11
    monkeypatch.setenv(KEY_VARIABLE, key)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("site_description:"))
    config.write_text(text.replace(
        line, f"site_description: !ENV [{KEY_VARIABLE}, 'no key here']", 1), encoding="utf-8")
    with _serving(project) as (base, _):
        page = _wait_for(base, "no key here", 60)
        assert "no key here" in page
        assert key not in page
    assert (project / ".briefing-cache/verify.json").is_file()  # signed with the key all along


def test_serve_does_not_start_on_a_docs_folder_holding_a_link(project: Path):
    """The last good pages are served through content errors, but not a docs/ holding what
    generation did not write: the engine would serve what the link leads to."""
    assert run(project, "build").exit_code == 0
    secret = project.parent / "secret.txt"
    secret.write_text("PRIVATE\n", encoding="utf-8")
    (project / "docs/secret.txt").symlink_to(secret)
    proc = subprocess.run(
        [sys.executable, "-m", "generator.cli", "serve", "--root", str(project),
         "--dev-addr", f"127.0.0.1:{_free_port()}"],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"docs/secret.txt:1:1: is a link to {secret}" in proc.stderr
    assert not (project / "docs" / preview.FOLDER).exists()


@pytest.mark.slow  # a live preview, waited on in real time
def test_a_link_planted_in_docs_while_serving_is_not_served(project: Path):
    secret = project.parent / "secret.txt"
    secret.write_text("PRIVATE\n", encoding="utf-8")
    secrets = project.parent / "ssh"
    secrets.mkdir()
    (secrets / "id_ed25519").write_text("PRIVATE KEY\n", encoding="utf-8")
    with _serving(project) as (base, _):
        assert "Bottom line" in _wait_for(base + f"briefings/{BRIEFING_ID}/", "Bottom line", 60)
        (project / "docs/secret.txt").symlink_to(secret)
        (project / "docs/private").symlink_to(secrets, target_is_directory=True)
        (project / "docs/sanctions.md").write_bytes((project / "docs/sanctions.md").read_bytes())
        time.sleep(5)  # MkDocs' own watcher sees docs/ change and builds again
        assert "PRIVATE" not in _fetch(base + "secret.txt")
        assert "PRIVATE" not in _fetch(base + "private/id_ed25519")


def test_the_preview_lists_the_speaker_verdicts_of_the_summary_saved_last(project: Path):
    """What the article's words say of each speaker of the summary being edited, in the status
    the page's script draws: confirmed with the article's words, contradicted, or checked by an
    editor with the reason."""
    from generator import pipeline
    from generator.progress import Progress

    replace_on_line(project / BRIEFING_YAML, 154, "speaker: john-kirby", "speaker: antony-blinken")
    config = read_config(project)
    result = pipeline.generate(project, config.docs_dir, project / "site_templates",
                               config.site_name, False, Progress(interactive=False),
                               config.settings)
    headline, lines = preview.speaker_verdicts(result.verified, project)
    assert headline == f"Speakers of {BRIEFING_YAML}: 12 confirmed, 1 contradicted"
    assert lines[6] == {"where": f"{BRIEFING_YAML}: quotes[6] (kirby-partnership)",
                        "message": "antony-blinken: contradicted: “Both Iran and Russia get "
                                   "better …” Kirby said"}
    assert lines[0]["message"].startswith("antony-blinken: confirmed: ")
    with preview.Preview(project, config) as page:
        page.show(preview.Outcome(result.problems, speakers=(headline, lines)))
        status = json.loads((config.docs_dir / preview.FOLDER / preview.STATUS)
                            .read_text(encoding="utf-8"))
        assert status["speakers_headline"] == headline
        assert status["speakers"] == list(lines)
        script = (config.docs_dir / preview.FOLDER / preview.SCRIPT).read_text(encoding="utf-8")
        assert 'said.id = "briefing-serve-speakers"' in script


def test_the_preview_lists_unsettled_speakers_and_the_editors_checks_as_such(project: Path):
    """A speaker the article's words do not settle is listed as unconfirmed with why; one an
    editor checked, as checked with the reason and the verdict it was checked against; and a
    check the article's words make needless, confirmed, with word that it can go."""
    from generator import pipeline
    from generator.progress import Progress

    write_walkout(project, {"roe-lying": "Roe said it, the article says.",
                            "walked-out": WALKED_OUT})
    config = read_config(project)
    result = pipeline.generate(project, config.docs_dir, project / "site_templates",
                               config.site_name, False, Progress(interactive=False),
                               config.settings)
    headline, lines = preview.speaker_verdicts(result.verified, project)
    assert headline == (f"Speakers of {WALKOUT}: 1 checked by an editor (unconfirmed), "
                        "1 confirmed, 2 unconfirmed")
    assert [line["message"] for line in lines] == [
        "richard-roe: confirmed: “Moscow is lying,” Roe told reporters; 'speaker_checked' is not "
        "needed, remove it",
        f"richard-roe: checked by an editor (unconfirmed): {WALKED_OUT}",
        "richard-roe: unconfirmed: these words stand in the article without quotation marks, and "
        "their sentence does not open with a name and a verb of saying",
        "The envoys: unconfirmed: the words around these do not describe who said them as this "
        "source does: 'Roe said. “We walked out.”'"]


def test_a_staged_page_gone_before_the_engine_reads_it_is_left_out_without_a_traceback(
        project: Path):
    """Generation writes pages into a dot folder of docs/ and renames them into place: the
    engine's file watcher may list a staged page that is gone by the time the preview's hook
    looks at it. That page is left out, and the build goes on (before, a traceback on the
    terminal and a preview stuck until the next save)."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    from generator.engine import serve_hooks

    assert run(project, "build").exit_code == 0
    staged = project / "docs/.briefing-staging-1-x"
    staged.mkdir()
    (staged / "index.md").write_text("# Staged\n", encoding="utf-8")
    config = load_config(config_file=str(project / "mkdocs.yml"))
    listed = get_files(config)
    assert listed.get_file_from_path(".briefing-staging-1-x/index.md") is not None
    shutil.rmtree(staged)

    kept = serve_hooks.on_files(listed, config)
    assert kept.get_file_from_path(".briefing-staging-1-x/index.md") is None
    assert kept.get_file_from_path(f"briefings/{BRIEFING_ID}.md") is not None


def _save(path: Path, text: str) -> None:
    """Save as editors do: the new bytes replace the file at once, never half-written."""
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


@pytest.mark.slow  # a live preview, waited on in real time
def test_each_broken_save_is_told_once_and_the_fixed_save_is_shown(project: Path):
    """Three saves a user gets wrong: YAML that does not parse, a quote the article does not
    hold, a speaker no registry knows. Each is told once on the terminal as path:line:col, what
    is wrong and how to fix it, and in the page's panel, over the last good page; the fixed save
    is shown; nothing prints a traceback."""
    summary = project / BRIEFING_YAML
    good = summary.read_text(encoding="utf-8")
    saves = [  # the broken save, and where and what the error says
        (good.replace("title: Iran sends", "title: [Iran sends", 1), f"{BRIEFING_YAML}:4:7",
         "invalid YAML: the '[' at line 3, column 8 is not closed before this line: close it "
         "with ']' where its values end"),
        (good.replace("text: We’ve warned Tehran publicly", "text: We have warned Tehran publicly",
                      1), f"{BRIEFING_YAML}:116:11",
         "quotes[0].text: quote 'blinken-warned-tehran' is not in"),
        (good.replace("speaker: antony-blinken", "speaker: antony-blinkn", 1),
         f"{BRIEFING_YAML}:115:14",
         "quotes[0].speaker: unknown actor 'antony-blinkn' (did you mean 'antony-blinken'?): add "
         "it to content/actors/ or fix the id"),
    ]
    said: list[str] = []
    with _serving(project) as (base, proc):
        reader = threading.Thread(target=lambda: said.extend(iter(proc.stdout.readline, "")),
                                  daemon=True)
        reader.start()
        page_url = base + f"briefings/{BRIEFING_ID}/"
        assert "Bottom line" in _wait_for(page_url, "Bottom line", 60)
        shown = "Iran sends"
        for n, (broken, where, what) in enumerate(saves):
            _save(summary, broken)
            status = _status(base, lambda s, where=where: [e["where"] for e in s["errors"]]
                             == [where])
            assert [e["where"] for e in status["errors"]] == [where], status
            assert status["errors"][0]["message"].startswith(what)
            assert f"{shown} ballistic missiles" in _fetch(page_url)  # the last good page
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not any(where in line for line in said):
                time.sleep(0.2)
            time.sleep(2)  # and nothing more about this save comes after it
            told = [line for line in said if where in line]
            assert len(told) == 1 and told[0].startswith(f"{where}: {what}"), told

            # fixed, and edited so that the fix shows: the page has it, the panel is gone
            shown = f"Fixed {n} sends"
            _save(summary, good.replace("title: Iran sends", f"title: {shown}", 1))
            assert f"{shown} ballistic" in _wait_for(page_url, f"{shown} ballistic", 60)
            assert _status(base, lambda s: not s["errors"])["errors"] == []
        time.sleep(2)
    output = "".join(said)
    assert "Traceback" not in output and "error happened" not in output, output
