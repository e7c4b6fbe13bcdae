"""Time linear in every input size: each input is measured at one size and at twice that, and the
CPU time may at most a little more than double. Each smaller size is also held to a budget, so that
quadratic work fails at once instead of running for minutes at the larger size."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from generator.draft import analyse

RATIO = 2.6


def _seconds(work: Callable[[], object], budget: float) -> float:
    """The least CPU time of three runs: the others carry the noise of a shared machine."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        work()
        took = time.process_time() - started
        assert took < budget, f"{took:.2f} s, over the {budget} s budget"
        best = min(best, took)
    return best


def _doubles_linearly(make: Callable[[int], Callable[[], object]], size: int,
                      budget: float) -> tuple[float, float]:
    small = _seconds(make(size), budget)
    large = _seconds(make(2 * size), RATIO * budget)
    assert large < RATIO * max(small, 0.05), (
        f"{small:.3f} s at size {size}, {large:.3f} s at {2 * size}: not linear")
    return small, large


def test_drafting_single_quotation_marks_that_never_close_is_linear():
    # “ then ‘x over and over: each ‘ looked for its closing ’ through the rest of the line
    def make(n: int) -> Callable[[], object]:
        text = "Talks end\n\n“" + "‘x " * n + "\n"
        return lambda: analyse(text, [], date(2025, 3, 4))

    _doubles_linearly(make, 30_000, budget=2.0)
