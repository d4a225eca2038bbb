"""Per-field accuracy of the key result parser on labelled sentences (see bench.accuracy).

kr_sentences.json is the development set the rules were written against; kr_sentences_holdout.json
was written afterwards, without looking at the parser's output, to keep the figure honest.
`metric` uses the tolerant normalised comparison documented in bench.accuracy.
"""

from pathlib import Path

import pytest

from bench.accuracy import FIELDS, evaluate, load_labelled, same_metric

HERE = Path(__file__).parent
SETS = ["kr_sentences.json", "kr_sentences_holdout.json"]


@pytest.mark.parametrize("name", SETS)
def test_each_field_is_read_correctly_for_at_least_95_percent(name):
    report = evaluate(load_labelled(HERE / name))
    print(f"\n{name}: {report.total} sentences\n{report.table()}")
    low = {f: report.accuracy(f) for f in FIELDS if f != "metric (strict)"}
    assert all(value >= 0.95 for value in low.values()), (low, report.misses)


def test_the_development_set_has_at_least_150_sentences_in_every_pattern():
    rows = load_labelled(HERE / "kr_sentences.json")
    texts = " ".join(r["text"].lower() for r in rows)
    assert len(rows) >= 150
    for phrase in ["at least", "or higher", "zero", "half", ",000", "by june 30", "within 60"]:
        assert phrase in texts or phrase.replace("60", "90") in texts, phrase
    assert {r["direction"] for r in rows} >= {"increase", "decrease", "stay_above", "stay_below"}


def test_metric_comparison_tolerates_one_word_but_not_a_different_thing():
    assert same_metric("orders", "orders on time")
    assert same_metric(
        "Employees complete security training", "employees completing security training"
    )
    assert not same_metric("churn", "revenue")
    assert not same_metric(None, "churn")
    assert same_metric(None, None)
