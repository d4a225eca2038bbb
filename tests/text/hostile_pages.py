"""How a hostile paste's cost grows with its size (issue 15's reader rounds): the page maker is
called at two sizes, four times apart, and the reader's best of five timings of each compared. 4× the input
should cost about 4× the time, never 16×; 10× is allowed because small timings jitter (a floor of
5 ms stands in for the small one).

The timings are the process's CPU time, not the wall clock, and the two sizes are read in turn,
so that other work on a shared machine (a parallel test worker, a build) neither adds to one side
nor falls on one side only."""

from __future__ import annotations

import time
from collections.abc import Callable

from cairn.text.document import parse_document


def _read(text: str) -> float:
    start = time.process_time()
    parse_document(text, None)
    return time.process_time() - start


def assert_reads_in_linear_time(make: Callable[[int], str], size: int) -> None:
    """Fail when the page of 4 × size costs more than 10× the page of size (n² would be 16×)."""
    small_page, large_page = make(size), make(4 * size)
    small = large = float("inf")
    for _ in range(5):  # in turn: a burst of load falls on both sides alike
        small = min(small, _read(small_page))
        large = min(large, _read(large_page))
    assert large < 10 * max(small, 0.005), (small, large)
