"""How a hostile paste's cost grows with its size (issue 15's reader rounds): the page maker is
called at two sizes, four times apart, and the reader's best of five timings compared. 4× the input
should cost about 4× the time, never 16×; 10× is allowed because the machine is shared and small
timings jitter (a floor of 5 ms stands in for the small one)."""

from __future__ import annotations

import time
from collections.abc import Callable

from cairn.text.document import parse_document


def best_read(text: str) -> float:
    """Return the best of five wall-clock timings of reading the page."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        parse_document(text, None)
        best = min(best, time.perf_counter() - start)
    return best


def assert_reads_in_linear_time(make: Callable[[int], str], size: int) -> None:
    """Fail when the page of 4 × size costs more than 10× the page of size (n² would be 16×)."""
    small, large = best_read(make(size)), best_read(make(4 * size))
    assert large < 10 * max(small, 0.005), (small, large)
