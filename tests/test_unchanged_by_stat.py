"""With nothing changed, generation tells so from each input's size, modification time, inode and
change time, reading no input file; an edit is still seen when it keeps both the file's size and
its modification time, since writing (or setting the time back) sets the change time."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator import pipeline
from generator.progress import Progress

from .conftest import BRIEFING_YAML

PAGE = "docs/briefings/2024-09-10-iran-missiles-to-russia.md"


def _generate(root: Path) -> pipeline.Generated:
    return pipeline.generate(root, root / "docs", root / "site_templates", "Briefing", False,
                             Progress(interactive=False))


def _settled() -> None:
    # a file changed within a second of the record is read every time (fingerprint.py): the
    # project was copied just now
    time.sleep(1.2)


def test_with_nothing_changed_no_input_file_is_read(project: Path,
                                                    monkeypatch: pytest.MonkeyPatch):
    _settled()
    assert not _generate(project).skipped
    read: list[str] = []
    real_read = Path.read_bytes

    def recording(self: Path) -> bytes:
        read.append(self.as_posix())
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", recording)
    assert _generate(project).skipped
    inputs = [p for p in read if any(f"/{part}/" in p
                                     for part in ("content", "seeds", "site_templates"))]
    assert inputs == []


def test_an_edit_that_keeps_size_and_modification_time_is_seen(project: Path):
    _settled()
    assert not _generate(project).skipped
    summary = project / BRIEFING_YAML
    st = summary.stat()
    text = summary.read_text(encoding="utf-8")
    edited = text.replace("title: Iran sends", "title: Iran ships", 1)
    assert edited != text and len(edited) == len(text)
    summary.write_text(edited, encoding="utf-8")
    os.utime(summary, ns=(st.st_atime_ns, st.st_mtime_ns))  # the time set back as it was
    assert summary.stat().st_size == st.st_size and summary.stat().st_mtime_ns == st.st_mtime_ns
    again = _generate(project)
    assert not again.skipped
    assert "# Iran ships" in (project / PAGE).read_text(encoding="utf-8")
