"""Compare the text layer's speed of two checkouts of Cairn, interleaved (issue 15's rule rounds).

    python -m bench.speed_compare BASE_CHECKOUT NEW_CHECKOUT [RUNS] [--objectives N]

Each run starts a fresh interpreter in each checkout (its own `.venv`) and measures CPU time of
`parse_document` on the bench document of N objectives (`bench.import_document`, cold caches;
default 2,000, the rounds before session 17 timed 10,000) and of the coach (`parse_key_result` + `is_activity`) over every labelled coach row; the best of RUNS
(default 5) of each side is compared. Runs alternate between the sides so that load on the
machine falls on both alike. A rules round may add at most +3% to the parse and +5% to the coach.
"""

from __future__ import annotations

import subprocess
import sys

_CODE = r"""
import glob, json, time
from bench.import_document import bench_document, clear_caches
from cairn.coach.wording import is_activity
from cairn.text.document import parse_document
from cairn.text.key_result_parser import parse_key_result
import sys
document = bench_document(int(sys.argv[1]))
clear_caches()
started = time.process_time()
parse_document(document.text, None)
parse = time.process_time() - started
texts = sorted({r["text"] for f in glob.glob("tests/coach/real_*.json") for r in json.load(open(f))})
clear_caches()
started = time.process_time()
for text in texts:
    is_activity(text, parse_key_result(text))
print(parse, time.process_time() - started)
"""
_NAMES = ("parse of {} objectives", "coach over every labelled row")


def _run(checkout: str, objectives: int) -> list[float]:
    """Return the parse and coach CPU seconds of one fresh run in a checkout."""
    python = f"{checkout}/.venv/bin/python"
    command = [python, "-c", _CODE, str(objectives)]
    out = subprocess.run(command, cwd=checkout, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{checkout}: {out.stderr.strip().splitlines()[-1]}")
    return [float(value) for value in out.stdout.split()]


def main(argv: list[str]) -> int:
    """Print each measure's best time on both sides and the change in per cent."""
    objectives = 2000
    if "--objectives" in argv:
        at = argv.index("--objectives")
        objectives = int(argv[at + 1]) if at + 1 < len(argv) and argv[at + 1].isdigit() else 0
        argv = argv[:at] + argv[at + 2 :]
    if len(argv) not in (2, 3) or objectives < 1:
        print(
            "usage: python -m bench.speed_compare BASE NEW [RUNS] [--objectives N]", file=sys.stderr
        )
        return 2
    base, new = argv[0], argv[1]
    runs = int(argv[2]) if len(argv) == 3 else 5
    best = {base: [float("inf")] * 2, new: [float("inf")] * 2}
    for _ in range(runs):
        for checkout in (base, new):
            best[checkout] = [
                min(a, b) for a, b in zip(best[checkout], _run(checkout, objectives), strict=True)
            ]
    for index, name in enumerate(_NAMES):
        before, after = best[base][index], best[new][index]
        print(
            f"{name.format(f'{objectives:,}')}: {before:.3f} s -> {after:.3f} s ({100 * (after - before) / before:+.1f}%)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
