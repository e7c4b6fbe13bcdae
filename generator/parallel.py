"""Work that is independent per item (matching one briefing's quotes, rendering one page), spread
over the machine's cores by forked workers.

Workers are forked after the work is set up, so they inherit everything it reads (the plan, the
registry, the articles) and nothing is pickled but each item's result. Only where forking is safe
and pays: more than one core, enough items, no other thread running (a server's threads would be
copied mid-step). `BRIEFING_JOBS=1` keeps all work in this process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

JOBS_VARIABLE = "BRIEFING_JOBS"
_T = TypeVar("_T")


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


def _fork_safe() -> bool:
    """No other thread (a server's, a watcher's) that a fork would copy mid-step."""
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def mapped(work: Callable[[int], Any], count: int, minimum: int) -> Iterator[Any]:
    """work(0), work(1), … work(count - 1), in order. Items a worker failed on are done again in
    this process, so that an error is raised here with its traceback."""
    n = jobs()
    if n < 2 or count < minimum or not _fork_safe():
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


def apart(work: Callable[[], _T]) -> _T:
    """work() run in a forked process of its own, its result (pickled) handed back: what it
    loaded for the result is given back to the system when that process exits, not kept in this
    one's heap (a process that frees memory seldom returns it). Its exception is raised here as
    it was there. Where forking is not safe (see _fork_safe), work() runs in this process."""
    if not _fork_safe():
        return work()
    for stream in (sys.stdout, sys.stderr):  # or the child would print what is buffered again
        stream.flush()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        code = 0
        try:
            os.close(read)
            try:
                answer: tuple[bool, Any] = (True, work())
            except BaseException as exc:  # noqa: BLE001 - raised again in the parent
                answer = (False, exc)
            try:
                data = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - an error that does not pickle: its text does
                data = pickle.dumps((False, RuntimeError(
                    "".join(traceback.format_exception(answer[1])))))
            with os.fdopen(write, "wb") as pipe:
                pipe.write(data)
        except BaseException:  # noqa: BLE001 - nothing may unwind into the parent's code
            code = 1
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    stream.flush()
            os._exit(code)
    os.close(write)
    try:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
    finally:
        _, status = os.waitpid(pid, 0)
    if not data:
        raise RuntimeError(f"the forked process ended (exit status {status}) without an answer")
    ok, value = pickle.loads(data)
    if not ok:
        raise value
    return cast(_T, value)
