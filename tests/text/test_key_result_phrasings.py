"""The key result parser on the space of phrasings (issue 15, ninth round).

Sentences are composed by tests/text/key_result_phrasings.py with their labels known by
construction: every language × template family × fixed numbers (parametrised), then random
numbers, verbs, units, bounds and number shapes drawn by hypothesis with a fixed seed.
"""

import math
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairn.text.key_result_parser import parse_key_result
from tests.text.key_result_phrasings import FAMILIES, LANGUAGES, Phrasing, compose, grid
from tests.text.key_result_phrasings_english import (
    COUNTED,
    UNITS,
    english_bounds,
    english_counts,
    english_moves,
    english_qualified,
    english_symbols,
    extra,
)
from tests.text.key_result_phrasings_variants import (
    bound_variants,
    count_variants,
    factor_variants,
    scaled_money_variants,
    verb_by_variants,
    verb_variants,
)

_SETTINGS = settings(
    derandomize=True,
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _same(got, expected) -> bool:
    if isinstance(expected, dict) or isinstance(got, dict):
        return (
            isinstance(got, dict)
            and isinstance(expected, dict)
            and got["relative"] == expected["relative"]
            and math.isclose(got["amount"], expected["amount"], rel_tol=1e-6)
        )
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return math.isclose(got, expected, rel_tol=1e-6)
    return got == expected


def fields(text: str) -> tuple:
    """Return the five value fields the parser reads, in the order of issue 15's figure."""
    got = parse_key_result(text).as_dict()
    return tuple(got[name] for name in ("direction", "start", "target", "change", "unit"))


def check(phrasing: Phrasing) -> None:
    got = parse_key_result(phrasing.text).as_dict()
    wrong = {
        name: (value, got[name])
        for name, value in phrasing.labels().items()
        if not _same(got[name], value)
    }
    assert not wrong, (phrasing.language, phrasing.family, phrasing.text, wrong)


def print_figures(groups: dict[str, list[Phrasing]]) -> None:
    """Print how many phrasings of each group read right, and each wrong one (a generator's
    figure before and after its rules: `python -m tests.text.key_result_phrasings_<round>`)."""
    for name, phrasings in groups.items():
        right = 0
        for phrasing in phrasings:
            try:
                check(phrasing)
                right += 1
            except AssertionError as error:
                print("  wrong:", error)
        print(f"{name}: {right} of {len(phrasings)}")


def print_survey(phrasings: list[Phrasing], argv: list[str]) -> None:
    """Print a survey's figure: right of each family, all, and right of each language; with
    `-v`, each wrong phrasing (`python -m tests.text.key_result_survey_<round> [-v]`)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    lang_right: Counter[str] = Counter()
    misses = []
    for p in phrasings:
        total[p.family] += 1
        langs[p.language] += 1
        try:
            check(p)
            right[p.family] += 1
            lang_right[p.language] += 1
        except AssertionError as wrong:
            misses.append(wrong.args[0])
    for family in total:
        print(f"{family:20} {right[family]:3} / {total[family]}")
    print(f"{'all':20} {sum(right.values()):3} / {sum(total.values())}")
    print("  ".join(f"{k} {lang_right[k]}/{v}" for k, v in langs.items()))
    if "-v" in argv:
        for miss in misses:
            print(" ", miss)


@pytest.mark.parametrize("phrasing", grid(), ids=lambda p: f"{p.language}-{p.family}-{p.text}")
def test_every_language_and_family(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", extra(), ids=lambda p: f"{p.family}-{p.text}")
def test_english_by_parts(phrasing):
    check(phrasing)


@pytest.mark.parametrize(
    "phrasing", verb_variants() + verb_by_variants(), ids=lambda p: f"{p.language}-{p.text}"
)
def test_the_verbs_of_each_language(phrasing):
    check(phrasing)


@pytest.mark.parametrize(
    "phrasing",
    count_variants() + factor_variants() + bound_variants() + scaled_money_variants(),
    ids=lambda p: f"{p.language}-{p.text}",
)
def test_counted_nouns_factors_and_bounds_in_each_language(phrasing):
    check(phrasing)


def test_the_labels_follow_from_the_composition():
    """The generator itself: a few compositions and the labels the conventions give."""
    english = LANGUAGES[0]
    assert compose(english, "lower_from_to", (48, 24)).labels() == {
        "direction": "decrease",
        "start": 48,
        "target": 24,
        "change": None,
        "unit": "hours",
    }
    assert compose(english, "raise_by_pct", 15).labels()["change"] == {
        "amount": 15,
        "relative": True,
    }
    assert compose(english, "raise_by_pct", 15).unit is None  # a relative change's % is no unit
    german = next(language for language in LANGUAGES if language.code == "de")
    assert compose(german, "raise_to_money", 12500).text == "Den Umsatz auf 12.500 € steigern"
    persian = next(language for language in LANGUAGES if language.code == "fa")
    assert "۲٫۵٪" in compose(persian, "raise_from_to", (2.5, 4)).text


# Numbers hypothesis draws: percentages and hours in halves, money in hundreds.
_PERCENT = st.integers(1, 199).map(lambda n: n / 2)
_HOURS = st.integers(1, 144).map(lambda n: n / 2)
_MONEY = st.integers(1, 9000).map(lambda n: n * 100)
_KINDS = {"pct": _PERCENT, "hours": _HOURS, "money": _MONEY}
_FAMILY_KIND = {
    "raise_from_to": "pct",
    "raise_from_to_article": "pct",
    "baseline": "pct",
    "lower_from_to": "hours",
    "raise_to_money": "money",
    "at_least": "pct",
    "raise_by_pct": "pct",
    "lower_by_pct": "pct",
    "trend_up": "pct",
    "trend_down": "pct",
    "trend_up_mid": "pct",
    "trend_down_mid": "pct",
    "at_most": "hours",
    "limit_within": "hours",
    "by_hours": "hours",
    "under_bound": "hours",
    "lower_to": "hours",
}
_RAISES = ("raise_from_to", "raise_from_to_article", "baseline")


@st.composite
def any_language_phrasing(draw) -> Phrasing:
    language = draw(st.sampled_from(LANGUAGES))
    family = draw(st.sampled_from([f for f in FAMILIES if f in language.families]))
    numbers = draw(_KINDS[_FAMILY_KIND[family]])
    if family in _RAISES or family == "lower_from_to":
        other = draw(_KINDS[_FAMILY_KIND[family]].filter(lambda n: n != numbers))
        low, high = sorted((numbers, other))
        numbers = (low, high) if family in _RAISES else (high, low)
    return compose(language, family, numbers)


@_SETTINGS
@given(any_language_phrasing())
def test_any_numbers_in_any_language(phrasing):
    check(phrasing)


@st.composite
def english_phrasing(draw) -> Phrasing:
    unit = draw(st.sampled_from(UNITS))
    kind = draw(st.sampled_from(["move", "bound", "symbol", "count", "qualified"]))
    small = st.integers(2, 400).map(lambda n: n / 2 if n % 3 == 0 else float(n))
    if kind == "move":
        a = draw(small)
        b = draw(small.filter(lambda n: n != a))
        choices = english_moves(unit, a, b, verb_at=draw(st.integers(0, 4)))
    elif kind == "bound":
        choices = english_bounds(unit, draw(small), bound_at=draw(st.integers(0, 4)))
    elif kind == "symbol":
        choices = english_symbols(unit, draw(small))
    elif kind == "count":
        noun, label = draw(st.sampled_from(COUNTED))
        shape = draw(st.sampled_from(["plain", "comma", "space", "k"]))
        value = draw(st.integers(1, 400).map(lambda n: n * draw(st.sampled_from([1, 10, 100]))))
        choices = english_counts(noun, label, float(value * 2), shape)
    else:
        choices = english_qualified(draw(st.integers(2, 99)), draw(st.integers(1, 24)))
    return draw(st.sampled_from(choices))


@_SETTINGS
@given(english_phrasing())
def test_any_numbers_verbs_units_and_shapes_in_english(phrasing):
    check(phrasing)
