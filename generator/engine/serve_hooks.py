"""The MkDocs hooks of `briefing serve`, named in the copy of mkdocs.yml that only serve uses: never
part of a built site. MkDocs loads this file by its path for every build; what must outlive a
build is kept in the serve module."""

from __future__ import annotations

import logging
import os
import stat
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from generator.engine.serve import SOURCES, refuse_long_epochs

log = logging.getLogger("mkdocs.briefing")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Before any page is read: a file of docs/ reached through a link, or that is no plain file,
    is left out (a link planted while serve runs would serve what it leads to; generation, which
    refuses it, only looks when the content changes); what changed since a build last read it is
    built again."""
    docs = os.path.realpath(config.docs_dir)
    for f in list(files):
        if f.abs_src_path is None or not f.abs_src_path.startswith(config.docs_dir):
            continue  # the theme's files
        path = f.abs_src_path
        try:
            plain = stat.S_ISREG(os.lstat(path).st_mode)
        except FileNotFoundError:
            # gone since the engine listed docs/: a file of the folder generation stages its
            # pages in and renames away as it finishes; the build its new pages start reads them
            files.remove(f)
            continue
        if os.path.realpath(path) != os.path.join(docs, f.src_path) or not plain:
            files.remove(f)
            log.warning("%s: a link, or not a plain file: not served; remove it (docs/ holds "
                        "what briefing writes alone)", f.src_uri)
    SOURCES.rebuild_changed((f.abs_src_path, f.abs_dest_path) for f in files
                            if f.abs_src_path is not None)
    for f in list(files):
        # A dirty build asks each file twice whether it changed: before reading its page and
        # before writing it. Generation writing the Markdown between the two turned a skipped
        # page into one written with no content (a crash in the search plugin). One answer per
        # build: a write landing later starts the next build, which `SOURCES` makes rebuild it.
        try:
            answer = f.is_modified()
        except OSError:  # gone since the look above, as a staged page is: the next build
            files.remove(f)
            continue
        f.is_modified = _fixed(answer)  # type: ignore[method-assign]
    return files


def _fixed(answer: bool) -> Any:
    return lambda: answer


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """Once, before the server starts: a reload request it cannot read is refused before it."""
    server.set_app(refuse_long_epochs(server.get_app()))
    return server
