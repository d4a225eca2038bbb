"""Cross-validate and train the coach's learned activity classifier (issue 15).

    python -m bench.train_coach_model             # grouped CV: rules, model, rules+model
    python -m bench.train_coach_model --write model.json   # then train on all rows, write it
    python -m bench.train_coach_model --skip-cv --time         # per-key-result inference time
    python -m bench.train_coach_model --skip-cv --matched      # at the rules' operating point

Rows: every labelled real coach row (tests/coach/real_*.json, rounds 1-4, all development
material now) plus the written lists (activity_outcome.json, holdout.json, the vague rows of
vague.json), each list its own group. Real rows are grouped by the repository (or page) of
their `source`, so a fold never trains on rows from the repository it is tested on
(leave-one-source-out). Figures are pooled over the held-out groups and read with
bench.coach_accuracy's convention: an activity is caught by KR102, a vague key result by KR104
or KR101, an outcome is wrongly flagged by KR102 or KR104.

Systems compared:
  rules        the coach's rules alone (no training: development figures, not held out)
  model        KR102 decided by a model over the words alone (KR101, KR104 from the rules)
  rules+model  KR102 decided by a model that also sees the parser's reading and the rules'
               verdicts (the rules' signals as features)
  rules|model  the rules, plus KR102 where the words-only model flags what the rules left alone

Each fold picks its threshold by an inner grouped 4-fold CV on its training groups only:
the lowest threshold whose inner false flags stay at or under 5%. Training is deterministic
(lbfgs, no random state involved; rows in file order, duplicates dropped).

Needs scikit-learn (the dev extra); the coach itself only reads the JSON weights.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from threadpoolctl import threadpool_limits

from bench.coach_features import rule_features, rule_signals, text_features
from bench.linear_model import LinearModel, vector
from cairn.coach import review_sentence
from cairn.text.key_result_parser import parse_key_result

COACH = Path(__file__).resolve().parent.parent / "tests" / "coach"
REAL_SETS = ("real_dev", "real_holdout", "real_fresh", "real_round3", "real_round4")
BUCKETS = 1 << 14
C = 1.0
FALSE_FLAG_TARGET = 0.05
INNER_FOLDS = 4
DIGITS = 4  # weights are stored rounded to this many decimals


@dataclass
class Row:
    text: str
    kind: str  # activity, vague, outcome
    group: str
    set: str
    codes: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()

    @property
    def positive(self) -> bool:
        return self.kind != "outcome"


def source_group(source: str) -> str:
    """Return the repository (or page) a row's `source` names."""
    if match := re.match(r"(?:github:|https://github\.com/)([^/\s]+/[^/\s]+)", source):
        return match.group(1).lower()
    if match := re.search(r"code-search index id (\d+)", source):
        return f"code-search:{match.group(1)}"
    if match := re.match(r"https?://([^/]+)", source):
        return match.group(1).lower()
    return re.split(r"[,(]", source)[0].strip()


def load_rows() -> list[Row]:
    """Return every labelled row once (first occurrence wins), with its group."""
    rows: list[Row] = []
    for name in REAL_SETS:
        for row in json.loads((COACH / f"{name}.json").read_text(encoding="utf-8")):
            rows.append(Row(row["text"], row["kind"], source_group(row["source"]), name))
    for row in json.loads((COACH / "activity_outcome.json").read_text(encoding="utf-8")):
        kind = "activity" if row["activity"] else "outcome"
        rows.append(Row(row["text"], kind, "written:activity_outcome", "written"))
    for row in json.loads((COACH / "holdout.json").read_text(encoding="utf-8")):
        kind = "activity" if row["activity"] else "vague" if row["vague"] else "outcome"
        rows.append(Row(row["text"], kind, "written:holdout", "written"))
    for row in json.loads((COACH / "vague.json").read_text(encoding="utf-8")):
        if row["vague"]:  # its other rows mix outcomes and activities without saying which
            rows.append(Row(row["text"], "vague", "written:vague", "written"))
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row.text not in seen:
            seen.add(row.text)
            unique.append(row)
    return unique


def featurise(rows: list[Row]) -> None:
    """Fill each row's rule codes, word features and rule-signal features."""
    for row in rows:
        parsed = parse_key_result(row.text)
        codes = {f.code for f in review_sentence(row.text)}
        row.codes = frozenset(codes)
        row.words = tuple(text_features(row.text))
        row.signals = tuple(rule_features(parsed, codes, rule_signals(row.text, parsed)))


def matrix(features: list[tuple[str, ...]]) -> csr_matrix:
    """Return the rows' hashed feature vectors, exactly as bench.linear_model builds them."""
    data, indices, indptr = [], [], [0]
    for row in features:
        for index, value in sorted(vector(row, BUCKETS).items()):
            indices.append(index)
            data.append(value)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(features), BUCKETS), dtype=np.float64)


def fit(x: csr_matrix, y: np.ndarray) -> LogisticRegression:
    """Return a logistic regression fitted deterministically."""
    return LogisticRegression(C=C, solver="lbfgs", max_iter=5000, tol=1e-6).fit(x, y)


def caught(kind: str, codes: set[str] | frozenset[str]) -> bool:
    """Return bench.coach_accuracy's verdict: caught (activity/vague) or flagged (outcome)."""
    if kind == "activity":
        return "KR102" in codes
    if kind == "vague":
        return bool({"KR104", "KR101"} & codes)
    return bool({"KR102", "KR104"} & codes)


# How each system turns the rules' codes and the model's verdict into the final codes.
SYSTEMS: dict[str, tuple[str, Callable[[frozenset[str], bool], set[str]]]] = {
    "model": ("words", lambda codes, flag: (codes - {"KR102"}) | ({"KR102"} if flag else set())),
    "rules+model": (
        "both",
        lambda codes, flag: (codes - {"KR102"}) | ({"KR102"} if flag else set()),
    ),
    "rules|model": ("words", lambda codes, flag: codes | ({"KR102"} if flag else set())),
}


def features_of(row: Row, view: str) -> tuple[str, ...]:
    return row.words if view == "words" else row.words + row.signals


def choose_threshold(rows: list[Row], probs: np.ndarray, combine) -> float:
    """Return the lowest threshold whose false flags stay at or under the target."""
    outcomes = [i for i, r in enumerate(rows) if not r.positive]
    always = sum(caught("outcome", combine(rows[i].codes, False)) for i in outcomes)
    extra = sorted(
        (
            float(probs[i])
            for i in outcomes
            if not caught("outcome", combine(rows[i].codes, False))
            and caught("outcome", combine(rows[i].codes, True))
        ),
        reverse=True,
    )
    allowed = int(FALSE_FLAG_TARGET * len(outcomes)) - always
    if allowed < 0:
        return 1.0 + 1e-9  # the rules alone already flag too many: the model adds nothing
    if allowed >= len(extra):
        return 0.0
    return extra[allowed] + 1e-9


def out_of_fold(rows: list[Row], view: str, splits) -> np.ndarray:
    """Return each row's probability from a model trained without its fold."""
    x = matrix([features_of(r, view) for r in rows])
    y = np.array([r.positive for r in rows], dtype=int)
    probs = np.zeros(len(rows))
    for train, test in splits:
        probs[test] = fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    return probs


def cross_validate(rows: list[Row], system: str) -> tuple[list[bool], list[float]]:
    """Return each row's final flag under leave-one-source-out CV, and each fold's threshold."""
    view, combine = SYSTEMS[system]
    groups = np.array([r.group for r in rows])
    x = matrix([features_of(r, view) for r in rows])
    y = np.array([r.positive for r in rows], dtype=int)
    flags = [False] * len(rows)
    thresholds = []
    for group in sorted(set(groups)):
        test = np.flatnonzero(groups == group)
        train = np.flatnonzero(groups != group)
        inner_rows = [rows[i] for i in train]
        inner = GroupKFold(n_splits=INNER_FOLDS).split(train, groups=groups[train])
        inner_probs = out_of_fold(inner_rows, view, list(inner))
        threshold = choose_threshold(inner_rows, inner_probs, combine)
        thresholds.append(threshold)
        probs = fit(x[train], y[train]).predict_proba(x[test])[:, 1]
        for i, p in zip(test, probs, strict=True):
            flags[i] = caught(rows[i].kind, combine(rows[i].codes, p >= threshold))
    return flags, thresholds


def matched(rows: list[Row], system: str, sets: tuple[str, ...]) -> list[str]:
    """Return, per set, the model's best recall at the rules' false flags and its lowest false
    flags at the rules' recall, over leave-one-source-out probabilities.

    The threshold is read on the set itself, which favours the model: an upper bound on what
    any threshold could give, not a figure a shipped model would reach.
    """
    view, combine = SYSTEMS[system]
    groups = [r.group for r in rows]
    splits = [
        (np.flatnonzero(np.array(groups) != g), np.flatnonzero(np.array(groups) == g))
        for g in sorted(set(groups))
    ]
    probs = out_of_fold(rows, view, splits)
    lines = []
    for name in sets:
        chosen = [i for i, r in enumerate(rows) if r.set == name]
        positives = [i for i in chosen if rows[i].positive]
        outcomes = [i for i in chosen if not rows[i].positive]
        recall, false = _rates(rows, positives, outcomes, lambda i: set(rows[i].codes))
        curve = [
            _rates(rows, positives, outcomes, lambda i, t=t: combine(rows[i].codes, probs[i] >= t))
            for t in np.linspace(0, 1.0 + 1e-9, 401)
        ]
        best_recall = max(r for r, f in curve if f <= false + 1e-9)
        least_false = min(f for r, f in curve if r >= recall - 1e-9)
        lines.append(
            f"{name} {system}: rules {recall:.1%} / {false:.1%}; model's best recall at the "
            f"rules' false flags {best_recall:.1%}; least false flags at the rules' recall "
            f"{least_false:.1%}"
        )
    return lines


def _rates(
    rows: list[Row], positives: list[int], outcomes: list[int], flag: Callable[[int], set[str]]
) -> tuple[float, float]:
    recall = sum(caught(rows[i].kind, flag(i)) for i in positives) / len(positives)
    false = sum(caught("outcome", flag(i)) for i in outcomes) / len(outcomes)
    return recall, false


def figures(rows: list[Row], flags: list[bool]) -> str:
    """Return "recall / false flags (counts)" over rows."""
    positives = [f for r, f in zip(rows, flags, strict=True) if r.positive]
    outcomes = [f for r, f in zip(rows, flags, strict=True) if not r.positive]
    recall = sum(positives) / max(len(positives), 1)
    false = sum(outcomes) / max(len(outcomes), 1)
    return (
        f"{recall:6.1%} ({sum(positives)}/{len(positives)}) / "
        f"{false:5.1%} ({sum(outcomes)}/{len(outcomes)})"
    )


def report(rows: list[Row], results: dict[str, list[bool]]) -> str:
    """Return a table: pooled over all held-out groups, then per labelled set."""
    parts = [("all rows", lambda r: True), ("real rows", lambda r: r.set != "written")]
    parts += [(name, lambda r, n=name: r.set == n) for name in REAL_SETS]
    lines = [f"{'held-out rows':<14}" + "".join(f" | {name:<32}" for name in results)]
    for label, keep in parts:
        chosen = [i for i, r in enumerate(rows) if keep(r)]
        sub = [rows[i] for i in chosen]
        cells = "".join(
            f" | {figures(sub, [flags[i] for i in chosen]):<32}" for flags in results.values()
        )
        lines.append(f"{label:<14}{cells}")
    return "\n".join(lines)


def train(rows: list[Row], system: str, threshold: float) -> LinearModel:
    """Return the model trained on every row, weights rounded for shipping."""
    view, _ = SYSTEMS[system]
    x = matrix([features_of(r, view) for r in rows])
    y = np.array([r.positive for r in rows], dtype=int)
    fitted = fit(x, y)
    weights = {
        int(i): round(float(w), DIGITS) for i, w in enumerate(fitted.coef_[0]) if round(w, DIGITS)
    }
    return LinearModel(
        buckets=BUCKETS,
        weights=weights,
        bias=round(float(fitted.intercept_[0]), DIGITS),
        threshold=round(threshold, DIGITS),
        meta={
            "system": system,
            "features": view,
            "positive": "activity or vague",
            "C": C,
            "rows": len(rows),
            "trained_by": "python -m bench.train_coach_model --write",
        },
    )


def time_inference(rows: list[Row], model: LinearModel, view: str) -> str:
    """Return the per-row cost of featurising and scoring in pure Python (parse cached)."""
    for row in rows:  # warm the parser's cache, as the coach's own review has done by then
        parse_key_result(row.text)
    best_cpu = best_wall = float("inf")
    for _ in range(5):
        cpu, wall = time.process_time(), time.perf_counter()
        for row in rows:
            features = text_features(row.text)
            if view == "both":
                parsed = parse_key_result(row.text)
                features += rule_features(parsed, row.codes, rule_signals(row.text, parsed))
            model.probability(features)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    per = 1e6 / len(rows)
    return (
        f"inference ({view}): {best_cpu * per:.0f} µs cpu, {best_wall * per:.0f} µs wall per "
        f"key result (min of 5 over {len(rows)} rows; rule codes precomputed)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", metavar="PATH", help="train on all rows, write the JSON weights")
    parser.add_argument("--system", default="rules+model", choices=sorted(SYSTEMS))
    parser.add_argument("--skip-cv", action="store_true", help="no leave-one-source-out CV")
    parser.add_argument("--time", action="store_true", help="time pure-Python inference per row")
    parser.add_argument(
        "--matched", action="store_true", help="compare with the rules at their own operating point"
    )
    args = parser.parse_args(argv)
    threadpool_limits(1)  # BLAS threads only fight over a shared machine's cores
    start, cpu = time.perf_counter(), time.process_time()
    rows = load_rows()
    featurise(rows)
    groups = sorted({r.group for r in rows})
    print(f"{len(rows)} rows, {len(groups)} groups (leave-one-source-out)")
    results = {"rules": [caught(r.kind, r.codes) for r in rows]}
    systems = [] if args.skip_cv else list(SYSTEMS)
    thresholds = {}
    for system in systems:
        results[system], thresholds[system] = cross_validate(rows, system)
        print(
            f"{system}: fold thresholds {min(thresholds[system]):.3f}-"
            f"{max(thresholds[system]):.3f}, median {np.median(thresholds[system]):.3f}"
        )
    print(report(rows, results))
    if args.matched:
        for system in SYSTEMS:
            print("\n".join(matched(rows, system, ("real_round3", "real_round4"))))
    if args.write or args.time:
        view, combine = SYSTEMS[args.system]
        splits = GroupKFold(n_splits=5).split(rows, groups=[r.group for r in rows])
        probs = out_of_fold(rows, view, list(splits))
        model = train(rows, args.system, choose_threshold(rows, probs, combine))
        if args.write:
            model.dump(args.write)
            size = Path(args.write).stat().st_size
            print(f"wrote {args.write} ({size} bytes), threshold {model.threshold:.4f}")
        if args.time:
            print(time_inference(rows, model, view))
    print(
        f"wall {time.perf_counter() - start:.1f} s, cpu {time.process_time() - cpu:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
