"""Progress on a terminal; quiet, line-oriented output in CI and pipes."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO | None = None, interactive: bool | None = None):
        self.stream = stream or sys.stderr
        if interactive is None:
            interactive = self.stream.isatty() and not os.environ.get("CI")
        self.interactive = interactive
        self.started = time.perf_counter()
        self._open_line = False

    def step(self, message: str) -> None:
        if not self.interactive:
            return
        self.stream.write(f"\r\033[K{message}")
        self.stream.flush()
        self._open_line = True

    def resumed(self) -> None:
        """After a forked process wrote steps to the same stream: its last line may be open."""
        self._open_line = self.interactive

    def clear(self) -> None:
        if self._open_line:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._open_line = False

    def line(self, message: str) -> None:
        self.clear()
        self.stream.write(message + "\n")
        self.stream.flush()

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started
