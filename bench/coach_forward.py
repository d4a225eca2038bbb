"""Would a learned model have beaten the coach's rules on the sets it had never seen? (issue 15)

    python -m bench.coach_forward             # rounds 13-42, each as its first run saw it
    python -m bench.coach_forward --rounds 19 20

Every held-out set of issue 15 was run once by the rules of its day, before any rule was
written from it (docs/plaintext.md, "First run on the round-N held-out set"). This replays
those first runs for a learned model, with the same information the rules had: for round N it
trains on every labelled coach row gathered before round N (tests/coach/real_*.json in the
order they were gathered, plus the written lists), picks its threshold by a grouped 4-fold CV
on those rows only (the lowest that keeps false flags at or under 5%), and is scored once on
round N. Nothing of round N or later is seen.

Systems, scored with bench.coach_accuracy's convention:
  rules then     the coach at the commit of round N's first run, replayed on today's labels
                 (a few labels were decided after some first runs, so it can differ by a row
                 or two from the recorded figure, printed beside it)
  words model    a logistic regression over the words alone flags any activity or vague row
  then | model   the rules of the day, plus KR102 wherever the words model flags

The model is bench.train_coach_model's (hashed words, word pairs, character 4-grams, shapes).
Needs scikit-learn (the dev extra) and the git history (`git archive` of each first run's
commit, read in a subprocess). About two minutes of CPU.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold
from threadpoolctl import threadpool_limits

from bench import train_coach_model as tcm

ROOT = Path(__file__).resolve().parent.parent
# The labelled real sets in the order they were gathered (the first held-out set, "holdout",
# came before "fresh"); round N's model trains on the sets before it.
# (rounds 40 and 41 were searched and yielded no set)
ORDER = (
    "real_dev",
    "real_holdout",
    "real_fresh",
    *(f"real_round{n}" for n in range(3, 40)),
    "real_round42",
)


@dataclass(frozen=True)
class FirstRun:
    """A held-out round's one first run of the rules, as recorded in docs/plaintext.md."""

    commit: str  # the code the first run ran on
    caught: int  # activity and vague rows flagged
    positives: int
    flagged: int  # outcomes wrongly flagged
    outcomes: int


FIRST_RUNS = {
    13: FirstRun("02011204^", 29, 35, 4, 116),
    14: FirstRun("d7794d30^", 46, 57, 7, 56),
    15: FirstRun("6c98f891^", 51, 65, 5, 89),
    16: FirstRun("0585459d^", 29, 40, 1, 38),
    17: FirstRun("2b9772a", 65, 88, 4, 43),
    18: FirstRun("2b9772a", 50, 55, 0, 10),
    19: FirstRun("f8091ca", 27, 36, 10, 125),
    20: FirstRun("f8091ca", 45, 57, 4, 98),
    21: FirstRun("aa1fc6f", 54, 57, 4, 72),
    22: FirstRun("aa1fc6f", 38, 40, 5, 83),
    23: FirstRun("e077dd6", 35, 41, 3, 31),
    24: FirstRun("e077dd6", 29, 34, 1, 78),
    25: FirstRun("b198d65", 33, 37, 1, 47),
    26: FirstRun("d2c2f60", 36, 40, 1, 31),
    27: FirstRun("d2c2f60", 39, 43, 0, 14),
    28: FirstRun("ac7c057", 81, 84, 1, 13),
    29: FirstRun("0ddb4b1", 41, 47, 0, 17),
    30: FirstRun("5c73aab", 26, 27, 0, 36),
    31: FirstRun("5586237", 16, 17, 11, 43),
    32: FirstRun("78fce5b", 9, 10, 2, 42),
    33: FirstRun("bb0db17", 30, 32, 1, 34),
    34: FirstRun("6bdaab8", 13, 28, 1, 33),
    35: FirstRun("c857b2b", 53, 59, 2, 18),
    36: FirstRun("c857b2b", 49, 52, 4, 18),
    37: FirstRun("a5133db", 25, 28, 1, 17),
    38: FirstRun("5bb0cd1", 10, 14, 1, 11),
    39: FirstRun("cc45134", 2, 2, 0, 1),
    42: FirstRun("128cd12", 8, 10, 0, 2),
}

_CODES = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from cairn.coach import review_sentence
texts = json.load(sys.stdin)
json.dump([sorted({f.code for f in review_sentence(t)}) for t in texts], sys.stdout)
"""


def load_rows() -> list[tcm.Row]:
    """Return every labelled row once, real sets first in gathering order, then the lists."""
    written = [r for r in tcm.load_rows() if r.set == "written"]
    rows, seen = [], set()
    for name in ORDER:
        for row in json.loads((tcm.COACH / f"{name}.json").read_text(encoding="utf-8")):
            if row["text"] not in seen:
                seen.add(row["text"])
                rows.append(
                    tcm.Row(row["text"], row["kind"], tcm.source_group(row["source"]), name)
                )
    return rows + [r for r in written if r.text not in seen]


def codes_at(commit: str, texts: list[str]) -> list[frozenset[str]]:
    """Return the coach's codes for each text as the code at `commit` gives them."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
        out = subprocess.run(
            [sys.executable, "-c", _CODES, f"{tree}/src"],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            cwd=tree,
        )
    return [frozenset(codes) for codes in json.loads(out.stdout)]


Combine = Callable[[frozenset[str], bool], set[str]]
WORDS_ALONE: Combine = lambda codes, flag: {"KR102", "KR104"} if flag else set()  # noqa: E731
THEN_OR_MODEL: Combine = lambda codes, flag: set(codes) | ({"KR102"} if flag else set())  # noqa: E731


def training(rows: list[tcm.Row], held_out: str) -> list[tcm.Row]:
    """Return the rows a model for `held_out` may learn from: the sets gathered before it and
    the written lists, never the set itself or a later one."""
    earlier = ORDER[: ORDER.index(held_out)]
    return [r for r in rows if r.set in earlier or r.set == "written"]


def forward(rows: list[tcm.Row], test: list[int], combine: Combine) -> list[bool]:
    """Train on the rows before the test set, choose the threshold there, score the test rows."""
    train_rows = training(rows, rows[test[0]].set)
    groups = np.array([r.group for r in train_rows])
    inner = list(GroupKFold(n_splits=4).split(train_rows, groups=groups))
    threshold = tcm.choose_threshold(
        train_rows, tcm.out_of_fold(train_rows, "words", inner), combine
    )
    x = tcm.matrix([r.words for r in train_rows])
    y = np.array([r.positive for r in train_rows], dtype=int)
    fitted = tcm.fit(x, y)
    probs = fitted.predict_proba(tcm.matrix([rows[i].words for i in test]))[:, 1]
    return [
        tcm.caught(rows[i].kind, combine(rows[i].codes, p >= threshold))
        for i, p in zip(test, probs, strict=True)
    ]


def tally(rows: list[tcm.Row], test: list[int], flags: list[bool]) -> tuple[int, int, int, int]:
    """Return (caught, positives, flagged outcomes, outcomes)."""
    pos = [f for i, f in zip(test, flags, strict=True) if rows[i].positive]
    out = [f for i, f in zip(test, flags, strict=True) if not rows[i].positive]
    return sum(pos), len(pos), sum(out), len(out)


def cell(counts: tuple[int, int, int, int]) -> str:
    caught, positives, flagged, outcomes = counts
    return (
        f"{caught / positives:6.1%} ({caught}/{positives}) / "
        f"{flagged / outcomes:5.1%} ({flagged}/{outcomes})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, nargs="*", default=sorted(FIRST_RUNS))
    args = parser.parse_args(argv)
    threadpool_limits(1)
    start, cpu = time.perf_counter(), time.process_time()
    rows = load_rows()
    for row in rows:
        row.words = tuple(tcm.text_features(row.text))
    columns = ("recorded first run", "rules then", "words model", "then | model")
    totals = {c: [0, 0, 0, 0] for c in columns}
    print(f"{'round':<6}" + "".join(f" | {c:<32}" for c in columns))
    for commit in dict.fromkeys(FIRST_RUNS[n].commit for n in args.rounds):
        then = codes_at(commit, [r.text for r in rows])
        for n in (n for n in args.rounds if FIRST_RUNS[n].commit == commit):
            for row, codes in zip(rows, then, strict=True):
                row.codes = codes
            test = [i for i, r in enumerate(rows) if r.set == f"real_round{n}"]
            run = FIRST_RUNS[n]
            results = {
                "recorded first run": (run.caught, run.positives, run.flagged, run.outcomes),
                "rules then": tally(
                    rows, test, [tcm.caught(rows[i].kind, rows[i].codes) for i in test]
                ),
                "words model": tally(rows, test, forward(rows, test, WORDS_ALONE)),
                "then | model": tally(rows, test, forward(rows, test, THEN_OR_MODEL)),
            }
            for column, counts in results.items():
                totals[column] = [a + b for a, b in zip(totals[column], counts, strict=True)]
            print(f"{n:<6}" + "".join(f" | {cell(results[c]):<32}" for c in columns), flush=True)
    print(f"{'pooled':<6}" + "".join(f" | {cell(tuple(totals[c])):<32}" for c in columns))
    print(
        f"wall {time.perf_counter() - start:.1f} s, cpu {time.process_time() - cpu:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
