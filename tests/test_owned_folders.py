"""docs/ and the cache are the generator's own: nothing in them is followed as a link, for
reading or writing, and the engine, which publishes all of docs/, gets only what generation wrote,
in an environment without the cache key."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator.signing import KEY_VARIABLE

from .conftest import run

KEY = "5ec2e7" * 11  # a key of the length `secrets.token_hex(32)` gives, easy to find in a file


def _published(project: Path) -> bytes:
    site = project / "site"
    return b"".join(p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()) \
        if site.is_dir() else b""


@contextmanager
def _readers(fifo: Path) -> Iterator[list[str]]:
    """Whoever opens the FIFO to read while the block runs is let go at once (a writer opens it
    and closes it: the reader reads an empty file) and counted."""
    seen: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # nobody has it open to read
                time.sleep(0.01)
                continue
            os.close(fd)
            seen.append("read")

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        yield seen
    finally:
        stop.set()
        thread.join()


@pytest.fixture
def keyed(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The project, built by a run that holds the cache key in its environment, as CI does."""
    monkeypatch.setenv(KEY_VARIABLE, KEY)
    return project


@pytest.mark.parametrize("built_before", [False, True], ids=["fresh", "after-a-clean-build"])
def test_links_planted_in_docs_are_refused_and_nothing_they_lead_to_is_published(
        keyed: Path, built_before: bool):
    project = keyed
    secrets = project.parent / "home" / ".ssh"
    secrets.mkdir(parents=True)
    (secrets / "id_ed25519").write_text("PRIVATE KEY\n", encoding="utf-8")
    if built_before:  # then nothing changed since: the run that would skip generation
        assert run(project, "build", "--strict").exit_code == 0
    (project / "docs").mkdir(exist_ok=True)
    (project / "docs/env.txt").symlink_to("/proc/self/environ")
    (project / "docs/private").symlink_to(secrets, target_is_directory=True)
    before = _published(project)
    result = run(project, "build", "--strict")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0] == ("docs/env.txt:1:1: is a link to /proc/self/environ: the site would "
                        "publish what it leads to; remove it (docs/ is generated: it can be "
                        "deleted and built again)")
    assert lines[1].startswith(f"docs/private:1:1: is a link to {secrets}: ")
    assert lines[-1].startswith("build: 2 errors, 0 warnings in 2 files; nothing written")
    assert "Traceback" not in result.output
    assert _published(project) == before  # site/ as it was: the last good one, or none
    assert KEY.encode() not in before and b"PRIVATE KEY" not in before
    assert not (project / "site/env.txt").exists() and not (project / "site/private").exists()


def test_a_fifo_in_docs_is_refused_unread(project: Path):
    (project / "docs").mkdir()
    os.mkfifo(project / "docs/pipe.md")
    with _readers(project / "docs/pipe.md") as seen:
        result = run(project, "build")
    assert seen == []
    assert result.exit_code == 1, result.output
    assert result.output.startswith("docs/pipe.md:1:1: is neither a file nor a folder (a FIFO, "
                                    "socket or device): remove it")


def test_the_engine_never_sees_the_cache_key(keyed: Path):
    """The engine reads mkdocs.yml, where `!ENV` puts a variable of its environment into every
    page: what reaches the built pages is what the engine's environment held."""
    project = keyed
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("site_description:"))
    config.write_text(text.replace(
        line, f"site_description: !ENV [{KEY_VARIABLE}, 'no key here']", 1), encoding="utf-8")
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert "no key here" in (project / "site/index.html").read_text(encoding="utf-8")
    assert KEY.encode() not in _published(project)
    assert os.environ[KEY_VARIABLE] == KEY  # this process keeps it: the caches are signed with it
    assert (project / ".briefing-cache/verify.json").is_file()


def test_a_cache_folder_linked_into_the_project_is_refused(project: Path):
    """A link from the cache to docs/ would have every run write its cache files where the site
    publishes them."""
    (project / "docs").mkdir()
    (project / ".briefing-cache").symlink_to(project / "docs", target_is_directory=True)
    for command in ("check", "build"):
        result = run(project, command)
        assert result.exit_code == 1, result.output
        assert result.output.startswith(f".briefing-cache:1:1: is a link to a folder "
                                        f"({project / 'docs'}): remove it; the cache is made "
                                        "anew"), result.output
    assert list((project / "docs").iterdir()) == []
    assert not (project / "site").exists()


def test_links_at_the_cache_files_are_never_read_and_are_replaced(project: Path):
    """A link in the cache could lead a read anywhere: to a FIFO, which would hold the run until
    someone writes, to a device that never ends, to a secret. Each is left unread and replaced."""
    assert run(project, "build").exit_code == 0
    fifo = project.parent / "pipe"
    os.mkfifo(fifo)
    cache = project / ".briefing-cache"
    names = ["verify.json", "generation.json", "pages.json", "site.json",
             *(f"load/{p.name}" for p in (cache / "load").iterdir())]
    for name in names:
        (cache / name).unlink(missing_ok=True)
        (cache / name).symlink_to(fifo)
    with _readers(fifo) as seen:
        result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert seen == []
    for name in names:
        assert not (cache / name).is_symlink(), name


def test_without_its_manifest_docs_is_refused_whole_until_made_anew(project: Path):
    """The manifest is how briefing tells its pages from files put there by hand: without it
    every file is in doubt, said in one line rather than one per file."""
    assert run(project, "build").exit_code == 0
    files = sum(1 for p in (project / "docs").rglob("*") if p.is_file()) - 1
    (project / "docs/.briefing-manifest.json").unlink()
    result = run(project, "build")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0] == (
        f"docs/.briefing-manifest.json:1:1: is missing or unreadable, so {files} files in docs/ "
        "cannot be told from files put there by hand: delete docs/ and build again (docs/ is "
        "generated)")
    shutil.rmtree(project / "docs")
    assert run(project, "build").exit_code == 0
