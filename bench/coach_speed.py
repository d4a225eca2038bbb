"""The coach's own work per key result: `is_activity` over every labelled coach row, the parse
cached, CPU time (`time.process_time`), best of 5 (docs/coach.md); warm (the memoised helpers
keep what earlier passes computed) and cold (they are emptied before each pass).

Run `python -m bench.coach_speed`.
"""

from __future__ import annotations

import json
import sys
import time

from bench.coach_breakdown import HERE, SETS
from cairn.coach.wording import is_activity
from cairn.text.key_result_parser import parse_key_result


def main() -> int:
    """Print the best of 5 CPU microseconds per key result."""
    texts = sorted(
        {row["text"] for name in SETS for row in json.loads((HERE / f"{name}.json").read_text())}
    )
    parsed = [(text, parse_key_result(text)) for text in texts]
    for cold in (False, True):
        best = float("inf")
        for _ in range(5):
            if cold:
                _clear_caches()
            start = time.process_time()
            for text, parse in parsed:
                is_activity(text, parse)
            best = min(best, time.process_time() - start)
        label = "caches cleared before each pass" if cold else "warm"
        print(f"{len(parsed)} key results, {label}: {best / len(parsed) * 1e6:.1f} µs CPU each")
    return 0


def _clear_caches() -> None:
    """Empty the memoised helpers of the coach and the text layer (not the parses)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("cairn.coach", "cairn.text")):
            continue
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and hasattr(value, "cache_info"):
                value.cache_clear()


if __name__ == "__main__":
    raise SystemExit(main())
