"""`briefing serve`: the live preview, which outlives every error and shows it in the page.

Regeneration runs in a watcher thread beside MkDocs' own server, which rebuilds only the pages
whose Markdown changed (MkDocs' dirty build; generation rewrites only Markdown whose bytes
change): a preview may show stale lists and search, and says so in the page (NOTE). Whatever
regeneration raises (a content error is a value, but a template or a bug raises), the watcher
reports it and keeps watching. What
the last regeneration found, its errors and its warnings, is written as data to a status file in
docs/, which MkDocs serves and whose change makes the open page reload; a small script, added
through a copy of mkdocs.yml that only serve uses, draws them over the page (with textContent:
their text quotes content).
The status folder and the copy are removed when serve stops, and `build` removes a folder left by a
serve that was killed, so neither reaches a published site.

MkDocs' dirty build rebuilds a page only when its HTML is older than its Markdown. Markdown that
generation writes while MkDocs builds, after the page was read and before its HTML is written,
is older than that HTML: by that rule the page would show the earlier save until its Markdown
changed again. So the copy of mkdocs.yml also adds a hook (serve_hooks.py) that, as each build
starts, has every file whose source changed since a build last read it built again (`Sources`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import files
from ..problems import Problem, counted, raised_at, shown_path
from ..verify import Verified, attribution
from .run import SiteConfig, derive_config

FOLDER = "_briefing_serve"  # inside docs/, for the preview only
# MkDocs rebuilds only the pages whose Markdown changed (its dirty build): fast, but a page that
# lists others keeps its old list until its own Markdown changes, and so does the search index
NOTE = ("Preview: only pages whose Markdown changed are rebuilt; lists, navigation and search "
        "may be stale until a full 'briefing build'.")
# the warning MkDocs logs on every dirty build, said once by NOTE instead
DIRTY_WARNING = "A 'dirty' build is being performed"
STATUS = "status.json"
SCRIPT = "status.js"
HOOKS = Path(__file__).with_name("serve_hooks.py")  # loaded by MkDocs, by its path

# Reads the status beside itself; a page of content with errors or warnings gets a panel listing
# them, errors first, each kind under its own heading and colour.
_SCRIPT_TEXT = """\
// The preview's panel of errors and warnings, added by `briefing serve` only: never part of a
// built site.
(function () {
  var me = document.currentScript;
  if (!me) return;
  fetch(new URL("status.json", me.src), {cache: "no-store"})
    .then(function (r) { return r.json(); })
    .then(function (status) {
      if (status.note) {
        var note = document.createElement("div");
        note.id = "briefing-serve-note";
        // at the foot, where it hides neither the header's search nor the table of contents,
        // and the panel of problems covers it; a click puts it away
        note.style.cssText = "position:fixed;right:0;bottom:0;z-index:9999;max-width:40em;" +
          "background:#fffbe6;color:#5c4b00;border:1px solid #e6c200;padding:.2em .6em;" +
          "font:12px/1.4 sans-serif;opacity:.92;cursor:pointer";
        note.textContent = status.note;
        note.title = "Click to hide";
        note.addEventListener("click", function () { note.remove(); });
        // open, the theme's search takes the whole screen of a phone: the note steps aside
        // while it is open (the search toggle is an earlier child of the body)
        var aside = document.createElement("style");
        aside.textContent = "#__search:checked ~ #briefing-serve-note{display:none!important}";
        document.head.appendChild(aside);
        document.body.appendChild(note);
      }
      var speakers = status.speakers || [];
      if (speakers.length) {
        // what the article's words say of each speaker of the summary saved last: folded, at
        // the foot's left, where it covers neither the header's search nor the note, and the
        // panel of problems covers it; it steps aside while the search is open
        var said = document.createElement("details");
        said.id = "briefing-serve-speakers";
        var away = document.createElement("style");
        away.textContent = "#__search:checked ~ #briefing-serve-speakers{display:none!important}";
        document.head.appendChild(away);
        said.style.cssText = "position:fixed;left:0;bottom:0;z-index:9998;max-width:45vw;" +
          "max-height:50vh;overflow:auto;background:#f4f8ff;color:#123;" +
          "border:1px solid #8ab;padding:.2em .6em;font:12px/1.4 monospace;white-space:pre-wrap";
        var head = document.createElement("summary");
        head.textContent = status.speakers_headline;
        said.appendChild(head);
        var rows = document.createElement("ul");
        speakers.forEach(function (e) {
          var row = document.createElement("li");
          row.textContent = e.where + ": " + e.message;
          rows.appendChild(row);
        });
        said.appendChild(rows);
        document.body.appendChild(said);
      }
      var errors = status.errors || [], warnings = status.warnings || [];
      if (!errors.length && !warnings.length) return;
      var panel = document.createElement("div");
      panel.id = "briefing-serve-panel";
      panel.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;" +
        "overflow:auto;z-index:10000;font:14px/1.45 monospace;white-space:pre-wrap;" +
        "box-shadow:0 -4px 16px rgba(0,0,0,.2)";
      // warnings fold away under their heading: the preview stays usable with ones accepted
      function section(id, role, tag, headTag, colours, headline, items, label) {
        var box = document.createElement(tag);
        box.id = id;
        box.setAttribute("role", role);
        if (tag === "details") box.open = true;
        box.style.cssText = "margin:0;padding:.8em 1.5em;" + colours;
        var head = document.createElement(headTag);
        head.style.cssText = "font-weight:bold;cursor:" + (tag === "details" ? "pointer" : "text");
        head.textContent = headline;
        box.appendChild(head);
        var list = document.createElement("ul");
        list.style.cssText = "margin:.4em 0 0;padding-left:1.5em";
        items.forEach(function (e) {
          var item = document.createElement("li");
          item.textContent = e.where + ": " + label + e.message;
          list.appendChild(item);
        });
        box.appendChild(list);
        panel.appendChild(box);
      }
      if (errors.length) {
        section("briefing-serve-errors", "alert", "div", "strong",
                "background:#fff4f4;color:#600;border-top:4px solid #c00", status.headline,
                errors, "");
      }
      if (warnings.length) {
        section("briefing-serve-warnings", "status", "details", "summary",
                "background:#fff8e1;color:#4a3000;border-top:4px solid #e08a00",
                status.warnings_headline, warnings, "warning: ");
      }
      document.body.appendChild(panel);
    })
    .catch(function () {});
})();
"""


@dataclass
class Outcome:
    """What one regeneration found: content errors, or the exception it raised; and the verdict
    on each speaker of the summary edited last."""
    problems: list[Problem]
    crash: BaseException | None = None
    speakers: tuple[str, tuple[dict[str, str], ...]] = ("", ())


def speaker_verdicts(verified: Verified | None, root: Path
                     ) -> tuple[str, tuple[dict[str, str], ...]]:
    """(a headline, each quote's verdict) for the summary saved last: what the article's own
    words say of each of its speakers, for the one being edited."""
    if verified is None or not verified.briefings:
        return "", ()
    last = max(verified.briefings, key=lambda vb: (_mtime(root / vb.path), str(vb.path)))
    lines = []
    counts: dict[str, int] = {}
    for i, q in enumerate(last.briefing.quotes):
        verdict = last.speakers.get(q.id)
        if verdict is None:
            continue
        who = q.speaker or (q.source.description if q.source is not None else "")
        said, why = verdict.verdict, verdict.words or verdict.why
        if attribution.reviewed(q, verdict):
            # the verdict the editor reviewed stays in view: a reason for keeping a speaker the
            # article gives someone else is not one for a speaker it leaves unsaid
            said, why = f"checked by an editor ({verdict.verdict})", q.speaker_checked or ""
        elif q.speaker_checked and said == attribution.CONFIRMED:
            why += "; 'speaker_checked' is not needed, remove it"
        counts[said] = counts.get(said, 0) + 1
        lines.append({"where": f"{shown_path(root / last.path, root)}: quotes[{i}] ({q.id})",
                      "message": f"{who}: {said}: {why}"})
    summary = ", ".join(f"{n} {what}" for what, n in sorted(counts.items()))
    return f"Speakers of {shown_path(root / last.path, root)}: {summary}", tuple(lines)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


class Preview:
    """The status folder in docs/ and the copy of mkdocs.yml that loads its script."""

    def __init__(self, root: Path, config: SiteConfig):
        self.root = root
        self.folder = config.docs_dir / FOLDER
        self.config_copy = config.config_file.parent / f".briefing-serve-{os.getpid()}.yml"
        self._config = config
        self._last: bytes | None = None

    def __enter__(self) -> Preview:
        self.show(Outcome([]))
        source = self._config.config_file.read_text(encoding="utf-8")
        site = os.path.relpath(self._config.site_dir, self._config.config_file.parent)
        script = f"{FOLDER}/{SCRIPT}"
        files.write_atomic(self.config_copy, derive_config(
            source, Path(site).as_posix(), pagefind=False, scripts=[script],
            hooks=[str(HOOKS)]).encode("utf-8"))
        return self

    def __exit__(self, *exc: object) -> None:
        self.config_copy.unlink(missing_ok=True)
        remove_leftovers(self.folder.parent)

    def show(self, outcome: Outcome) -> None:
        """Write the status; unchanged bytes are not rewritten, so the page reloads only when
        what it would show changed (or the pages did)."""
        errors = [_shown(p) for p in outcome.problems if p.severity == "error"]
        warnings = [_shown(p) for p in outcome.problems if p.severity == "warning"]
        if outcome.crash is not None:
            where, message = describe(outcome.crash, self.root)
            errors.insert(0, {"where": where, "message": message})
            headline = ("briefing serve: regeneration failed; the server is still running and "
                        "watching for changes. Showing the last good pages. Fix this and save:")
        else:
            headline = (f"briefing serve: {counted(len(errors), 'error')};"
                        " showing the last good pages. Fix and save, and this page reloads:")
        warnings_headline = (f"briefing serve: {counted(len(warnings), 'warning')}: pages are "
                             "built with them, but 'briefing build --strict' refuses them:")
        data = json.dumps({"headline": headline if errors else "", "errors": errors,
                           "warnings_headline": warnings_headline if warnings else "",
                           "warnings": warnings, "note": NOTE,
                           "speakers_headline": outcome.speakers[0],
                           "speakers": list(outcome.speakers[1])},
                          ensure_ascii=False, indent=1).encode("utf-8")
        # a `build` run meanwhile removes the folder as a leftover: put it back; a link planted at
        # its name is replaced, so the status never lands where the link leads
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        files.own_folder(self.folder)
        if data == self._last and (self.folder / SCRIPT).is_file():
            return
        self._last = data
        if not (self.folder / SCRIPT).is_file():
            files.write_atomic(self.folder / SCRIPT, _SCRIPT_TEXT.encode("utf-8"))
        files.write_atomic(self.folder / STATUS, data)


class Sources:
    """The source files of the site as the preview's builds last read them, so that a file that
    changed since is built again whatever its output's modification time says.

    A source is known by its inode, modification time and size: docs/ is written by generation
    alone, always by replacing a file with a new one, so any change of its bytes changes the
    inode; the theme's files, edited in place if at all, change their date."""

    def __init__(self) -> None:
        self._read: dict[str, tuple[int, int, int]] = {}
        self._lock = threading.Lock()

    def rebuild_changed(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Called as a build starts, with each file's source and output: an output whose source
        changed since a build last read it is dated to 1970, which makes the dirty build read
        the source again and write the output anew."""
        with self._lock:
            for source, output in pairs:
                try:
                    st = os.stat(source)
                except OSError:
                    continue  # removed meanwhile: MkDocs says so itself
                seen = (st.st_ino, st.st_mtime_ns, st.st_size)
                if self._read.get(source) == seen:
                    continue
                # recorded before this build reads it: a write landing after this look is seen by
                # the next build, which the write's own change starts
                self._read[source] = seen
                with contextlib.suppress(OSError):  # no output yet: it is built anyway
                    os.utime(output, ns=(0, 0))


SOURCES = Sources()  # one serve per process; the hook module, loaded anew per build, uses this


# MkDocs' server reads the epoch of a reload request ('/livereload/<epoch>/<id>', its own build
# clock) with int(), which raises past Python's 4,300-digit limit: a 500 and a traceback in the
# log. Its epochs are milliseconds, far shorter than 20 digits.
_RELOAD = re.compile(r"/livereload/([0-9]+)/[0-9]+")
EPOCH_DIGITS = 20


def refuse_long_epochs(app: Callable[..., Iterable[bytes]]) -> Callable[..., Iterable[bytes]]:
    """The server's WSGI app, answering 400 to a reload request whose epoch no build made."""

    def guarded(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = str(environ.get("PATH_INFO", "")).encode("latin-1", "replace").decode("utf-8",
                                                                                     "ignore")
        found = _RELOAD.fullmatch(path)
        if found and len(found[1]) > EPOCH_DIGITS:
            start_response("400 Bad Request", [("Content-Type", "text/plain")])
            return [b"400 Bad Request: no build has that epoch"]
        return app(environ, start_response)

    return guarded


def _shown(p: Problem) -> dict[str, str]:
    return {"where": f"{p.path}:{p.line}:{p.col}",
            "message": f"{p.field}: {p.message}" if p.field else p.message}


def remove_leftovers(docs_dir: Path) -> None:
    """A serve stopped by SIGKILL cannot clean up: build removes what it left."""
    folder = docs_dir / FOLDER
    if folder.is_symlink():  # rmtree refuses a link: remove the link, never what it leads to
        folder.unlink()
    shutil.rmtree(folder, ignore_errors=True)


def describe(exc: BaseException, root: Path) -> tuple[str, str]:
    """Where an exception arose (in the project, or else in the generator) and what it says."""
    message = f"{type(exc).__name__}: {exc}"
    found = raised_at(exc, [root, Path(__file__).resolve().parent.parent])
    if found is None:
        return "briefing serve", message
    return f"{shown_path(found[0], root)}:{found[1]}", message


def watch(folders: list[Path], regenerate: Callable[[], object], stop: threading.Event,
          on_crash: Callable[[BaseException], None]) -> None:
    """Regenerate on every change until stopped. Nothing that regeneration raises ends the
    loop: a watcher that died would leave the preview serving stale pages in silence. A change
    made while regeneration runs is in the next snapshot, taken after it: another regeneration."""
    last = snapshot(folders)
    while not stop.wait(0.5):
        try:
            before, last = last, snapshot(folders)
            if changed(before, last):
                regenerate()
        except Exception as exc:  # noqa: BLE001 - reported in the page; the loop must go on
            on_crash(exc)


# Some file systems date a file to the second, FAT to two: a file saved again within its date's
# tick, at the same size, keeps its whole stat. Within this of its date a file is known by its bytes.
RACY_NS = 2_000_000_000
Snapshot = dict[str, tuple[int, int, int, str]]  # path: inode, mtime, size, digest while racy


def snapshot(folders: list[Path]) -> Snapshot:
    state = {}
    now = time.time_ns()
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                try:
                    st = path.stat()
                    if not stat.S_ISREG(st.st_mode):
                        continue
                    recent = now - st.st_mtime_ns < RACY_NS
                    state[str(path)] = (st.st_ino, st.st_mtime_ns, st.st_size,
                                        _digest(path) if recent else "")
                except OSError:
                    continue  # an editor's temporary file, gone between listing and stat
    return state


def changed(before: Snapshot, now: Snapshot) -> bool:
    """Whether a file came, went or changed. A file that was recent in `before` and has settled
    since is compared by its bytes once more: it may have been saved again within its tick."""
    if before.keys() != now.keys():
        return True
    for path, entry in now.items():
        old = before[path]
        if old[:3] != entry[:3]:
            return True
        if old[3]:
            try:
                if old[3] != (entry[3] or _digest(Path(path))):
                    return True
            except OSError:
                return True
    return False


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stop_on_sigterm() -> None:
    """SIGTERM ends serve the way Ctrl-C does, so that its cleanup runs."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


class SayDirtyOnce(logging.Filter):
    """MkDocs warns of its dirty build on every rebuild: say NOTE once instead."""

    def __init__(self, say: Callable[[str], None]):
        super().__init__()
        self.say = say
        self.said = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().startswith(DIRTY_WARNING):
            return True
        if not self.said:
            self.said = True
            self.say(NOTE)
        return False


def engine_server(engine: str) -> tuple[Callable[..., None], str]:
    """The serve function of an MkDocs-1.x engine and the name of the logger it reports to.

    ProperDocs is loaded with its alias for `mkdocs.*` (properdocs.replacement), so that the
    theme's plugins, which import from mkdocs, get ProperDocs' classes, as under its own command
    line. The alias holds for the rest of the process: serve owns its process, and nothing of
    MkDocs has been imported before this."""
    if engine == "properdocs":
        import properdocs.replacement  # noqa: F401
        from properdocs.commands import serve as properdocs_serve

        # plugins log to 'mkdocs.*': those records reach ProperDocs' logger, as its CLI arranges
        logging.getLogger("mkdocs").parent = logging.getLogger("properdocs")
        return properdocs_serve.serve, "properdocs"
    from mkdocs.commands import serve as mkdocs_serve

    return mkdocs_serve.serve, "mkdocs"
