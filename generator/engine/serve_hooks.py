"""The MkDocs hooks of `briefing serve`, named in the copy of mkdocs.yml that only serve uses: never
part of a built site. MkDocs loads this file by its path for every build; what must outlive a
build is kept in the serve module."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from generator.engine.serve import SOURCES, refuse_long_epochs


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Before any page is read: what changed since a build last read it is built again."""
    SOURCES.rebuild_changed((f.abs_src_path, f.abs_dest_path) for f in files
                            if f.abs_src_path is not None)
    return files


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """Once, before the server starts: a reload request it cannot read is refused before it."""
    server.set_app(refuse_long_epochs(server.get_app()))
    return server
