"""The MkDocs hook of every MkDocs or ProperDocs run a build makes, named in the copy of mkdocs.yml
that run reads: once the run has written its pages (a shard's, or all of them), the same process
scans the files it wrote for third-party resources and records each one's size and modification
time, and leaves both in the file that BRIEFING_SHARD_REPORT names. So the scan is spread over the
shards, each over its own files while they are fresh, and nothing reads the whole site again
after the engine. MkDocs loads this file by its path."""

from __future__ import annotations

import json
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from generator.engine.privacy import scan_folder
from generator.files import manifest

REPORT_VARIABLE = "BRIEFING_SHARD_REPORT"


@event_priority(-100)  # after every plugin's own post_build: the search index is written by then
def on_post_build(config: MkDocsConfig) -> None:
    target = os.environ.get(REPORT_VARIABLE)
    if not target:
        return
    site = Path(config.site_dir)
    Path(target).write_text(json.dumps({"remote": scan_folder(site), "files": manifest(site)},
                                       separators=(",", ":")), encoding="utf-8")
