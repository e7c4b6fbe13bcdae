"""Work that is independent per item (matching one briefing's quotes, rendering one page), spread
over the machine's cores by forked workers.

Workers are forked after the work is set up, so they inherit everything it reads (the plan, the
registry, the articles) and nothing is pickled but each item's result. Only where forking is safe
and pays: more than one core, enough items, no other thread running (a server's threads would be
copied mid-step). `BRIEFING_JOBS=1` keeps all work in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any

JOBS_VARIABLE = "BRIEFING_JOBS"


class _Failed:
    """A worker's answer for an item it failed on (the error itself may not survive pickling)."""


_work: Callable[[int], Any] | None = None  # what a forked worker runs, inherited from its parent


def jobs() -> int:
    wanted = os.environ.get(JOBS_VARIABLE, "")
    return min(int(wanted) if wanted.isdigit() and int(wanted) > 0 else (os.cpu_count() or 1), 8)


def _call(index: int) -> Any:
    assert _work is not None
    try:
        return _work(index)
    except Exception:  # noqa: BLE001 - done again by the parent, which raises it with its place
        return _Failed()


def mapped(work: Callable[[int], Any], count: int, minimum: int) -> Iterator[Any]:
    """work(0), work(1), … work(count - 1), in order. Items a worker failed on are done again in
    this process, so that an error is raised here with its traceback."""
    n = jobs()
    if (n < 2 or count < minimum or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        for index in range(count):
            yield work(index)
        return
    global _work
    _work = work
    try:
        with multiprocessing.get_context("fork").Pool(n) as pool:
            for index, result in enumerate(pool.imap(_call, range(count), chunksize=8)):
                yield work(index) if isinstance(result, _Failed) else result
    finally:
        _work = None
