"""How every Cairn process sets Python's garbage collector.

Python collects its youngest generation every 700 new container objects. Cairn's work makes
and drops them by the thousand: a request, or the tokens of each key result sentence an import
reads. At 700 the collector runs so often that it costs about a tenth of a 10,000-objective
import's parse (docs/plaintext.md). Every 10,000 new containers it costs little, and memory
grows by no more than those 10,000 objects between collections.

`cairn serve`'s workers (`cairn.lib.gunicorn_config`) and every `cairn` command (the import,
the worker, the scheduler) set it the same way, so the benchmarks measure what runs.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def tune() -> None:
    """Collect the youngest generation every YOUNG_THRESHOLD new containers; the older
    generations keep their thresholds."""
    _young, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, *older)
