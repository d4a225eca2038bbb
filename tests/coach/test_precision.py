"""Precision and recall of the wording rules on labelled sentences.

activity_outcome.json, measurable.json and vague.json were written with the rules;
holdout.json was written afterwards without running the coach on it.
"""

import json
from pathlib import Path

import pytest

from cairn.coach import review_sentence

HERE = Path(__file__).parent


def load(name: str) -> list[dict]:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def score(rows: list[dict], code: str, fires_when) -> tuple[float, float, list[str]]:
    """Return precision, recall and the misread sentences for one rule."""
    tp = fp = fn = 0
    wrong = []
    for row in rows:
        fired = any(f.code == code for f in review_sentence(row["text"]))
        expected = fires_when(row)
        tp += fired and expected
        fp += fired and not expected
        fn += expected and not fired
        if fired != expected:
            wrong.append(row["text"])
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), wrong


CASES = [
    ("activity_outcome.json", "KR102", lambda r: r["activity"]),
    ("measurable.json", "KR101", lambda r: not r["measurable"]),
    ("vague.json", "KR104", lambda r: r["vague"]),
    ("holdout.json", "KR102", lambda r: r["activity"]),
    ("holdout.json", "KR101", lambda r: not r["measurable"]),
    ("holdout.json", "KR104", lambda r: r["vague"]),
]


@pytest.mark.parametrize(("name", "code", "fires_when"), CASES)
def test_the_rule_is_precise_on_labelled_sentences(name, code, fires_when):
    rows = load(name)
    precision, recall, wrong = score(rows, code, fires_when)
    print(f"\n{code} on {name} ({len(rows)}): precision {precision:.1%}, recall {recall:.1%}")
    assert len(rows) >= 30
    assert precision >= 0.9, wrong
    assert recall >= 0.85, wrong


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Run 4 customer workshops", True),
        ("Reduce churn from 6% to 3%", False),
        ("Launch the referral programme to reach 500 sign-ups", False),
        ("Rollout of the new expense tool", True),
    ],
)
def test_the_examples_of_issue_5_are_read_right(text, activity):
    assert any(f.code == "KR102" for f in review_sentence(text)) is activity


def test_improve_team_morale_is_not_measurable_and_vague():
    codes = [f.code for f in review_sentence("Improve team morale")]
    assert codes == ["KR101", "KR104"]
