"""The coach's own work per key result: `is_activity` over every labelled coach row, the parse
cached, CPU time (`time.process_time`), best of 5 (docs/coach.md).

Run `python -m bench.coach_speed`.
"""

from __future__ import annotations

import json
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
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for text, parse in parsed:
            is_activity(text, parse)
        best = min(best, time.process_time() - start)
    print(f"{len(parsed)} key results: {best / len(parsed) * 1e6:.1f} µs CPU each (best of 5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
