"""The key result parser on the patterns named in issue 5."""

import json

import pytest

from cairn.text.key_result_parser import Change, ParsedKeyResult, json_number, parse_key_result


def fields(text: str) -> dict:
    return parse_key_result(text).as_dict()


def test_it_reads_start_target_unit_and_metric():
    got = fields("Cut first-reply time from 18 hours to 4 hours")
    assert got == {
        "text": "Cut first-reply time from 18 hours to 4 hours",
        "direction": "decrease",
        "start": 18,
        "target": 4,
        "change": None,
        "unit": "hours",
        "metric": "first-reply time",
    }


def test_it_reads_a_relative_change_that_still_needs_a_baseline():
    got = parse_key_result("Grow weekly sign-ups by 15%")
    assert got.change == Change(15, relative=True)
    assert (got.start, got.target, got.direction) == (None, None, "increase")
    assert got.metric == "weekly sign-ups"


@pytest.mark.parametrize(
    ("text", "start", "target"),
    [
        ("Grow visits from 40,000 to 90,000", 40_000, 90_000),
        ("Grow ARR to $2.5 million", None, 2_500_000),
        ("Reach 12k subscribers", None, 12_000),
        ("Bring the error rate from 12 to 8%", 12, 8),
        ("Lift NPS by 10 points to 70", 60, 70),
        ("Reduce P1 incidents to zero", None, 0),
        ("Grow ARR by 25% to $5M", 4_000_000, 5_000_000),
        ("Increase accuracy from 91.5% to 94.25%", 91.5, 94.25),
        ("Grow volunteers from two hundred to three hundred", 200, 300),
    ],
)
def test_it_reads_numbers_in_every_notation(text, start, target):
    got = parse_key_result(text)
    assert (got.start, got.target) == (start, target)


@pytest.mark.parametrize(
    ("text", "start", "target", "unit"),
    [
        ("Lose weight from 67kg to 55kg", 67, 55, "kg"),
        ("Reduce body weight from 92 kg to 85kg", 92, 85, "kg"),
        ("Grow the weekly long run from 8km to 21km", 8, 21, "km"),
        ("Cut shipping weight from 12lbs to 9lbs", 12, 9, "lbs"),
    ],
)
def test_weights_and_distances_glued_to_their_number_are_units(text, start, target, unit):
    got = parse_key_result(text)
    assert (got.start, got.target, got.unit) == (start, target, unit)


def test_from_12_to_8_percent_gives_the_start_the_targets_unit():
    assert fields("Bring the defect rate from 12 to 8%")["unit"] == "%"


@pytest.mark.parametrize(
    ("text", "amount", "relative", "unit"),
    [
        ("Grow sign-ups by 12%", 12, True, None),
        ("Shorten onboarding by 3 days", 3, False, "days"),
        ("Double the number of paying teams", 100, True, None),
        ("Cut open bugs by half", 50, True, None),
        ("Increase repeat purchase rate by 6 percentage points", 6, False, "%"),
        ("Increase trial starts 3x", 200, True, None),
    ],
)
def test_it_reads_changes_without_a_baseline(text, amount, relative, unit):
    got = parse_key_result(text)
    assert got.change == Change(amount, relative)
    assert got.unit == unit


@pytest.mark.parametrize(
    ("text", "direction", "target"),
    [
        ("Sell at least 120 annual plans", "stay_above", 120),
        ("Keep uptime at 99.9% or higher", "stay_above", 99.9),
        ("Reach 5,000 members or more", "stay_above", 5000),
        ("Keep page load time under 2 seconds", "stay_below", 2),
        ("Keep churn below 2%", "stay_below", 2),
        ("Have at most 2 open P0 bugs", "stay_below", 2),
        ("No more than 3 outages", "stay_below", 3),
        ("Maintain 99.95% availability", "stay_above", 99.95),
        ("Keep customer effort score at 2.0 or better", "stay_below", 2.0),
    ],
)
def test_bounds_without_a_start_mean_staying_above_or_below(text, direction, target):
    got = parse_key_result(text)
    assert (got.direction, got.target, got.start) == (direction, target, None)


@pytest.mark.parametrize(
    "text",
    [
        "Reach 300 customers by June 30",
        "Reach 300 customers within 60 days",
        "Reach 300 customers in Q3",
        "Reach 300 customers by 2027",
        "Reach 300 customers by 31 December 2026",
        "Reach 300 customers by the end of the year",
        "Reach 300 customers in H2",
        "Reach 300 customers by 2026-12-31",
        "Reach 300 customers by week 6",
    ],
)
def test_dates_are_never_taken_for_values(text):
    got = parse_key_result(text)
    assert (got.start, got.target, got.unit, got.metric) == (None, 300, "customers", "customers")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Complete the SOC 2 audit", None),
        ("Cut Tier 1 tickets to 40", 40),
        ("Hit p95 of 300 ms", 300),
    ],
)
def test_numbers_inside_names_are_not_values(text, target):
    assert parse_key_result(text).target == target


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Grow deal size from USD 18,000 to USD 24,000", "USD"),
        ("Grow revenue from €40k to €65k", "€"),
        ("Lower cost per acquisition from £85 to £60", "£"),
        ("Grow MRR from 85k to 120k euros", "€"),
        ("Grow donations to CHF 50,000", "CHF"),
        ("Cut latency to 300ms", "ms"),
        ("Reach 4.6 stars", "stars"),
        ("Run 4 customer workshops", "workshops"),
    ],
)
def test_it_reads_currencies_and_unit_words(text, unit):
    assert parse_key_result(text).unit == unit


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Improve average response time to 4 hours", "decrease"),
        ("Improve the activation rate to 40%", "increase"),
        ("Bring DSO down to 45 days", "decrease"),
        ("Improve team morale", "increase"),
        ("Reduce technical debt", "decrease"),
        ("Launch the new pricing page", None),
        ("Zero unplanned outages", "stay_below"),
        # losing or shedding weight, with or without a start (session 20)
        ("Lose 5 kg", "decrease"),
        ("Shed 3 kg before summer", "decrease"),
        ("Lose 10 lbs (190 → 180 lbs)", "decrease"),
        ("Lose weight from 67kg to 55kg", "decrease"),
        # a bound after "lose" still caps what is lost
        ("Lose no more than 3 customers", "stay_below"),
        ("Lose fewer than 10 deals per quarter", "stay_below"),
    ],
)
def test_direction_follows_verb_particle_or_metric(text, direction):
    assert parse_key_result(text).direction == direction


def test_ranges_take_the_end_that_counts_as_achieved():
    assert parse_key_result("Hire 3–5 data scientists").target == 3
    assert parse_key_result("Cut lead time to 2-3 days").target == 3
    assert parse_key_result("Grow the team to between 12 and 15 engineers").target == 12


@pytest.mark.parametrize(
    "text", ["", "   ", "KR", "100", "→", "from to by", "€", "½ %", "a" * 5000]
)
def test_it_never_fails_on_odd_input(text):
    got = parse_key_result(text)
    assert isinstance(got, ParsedKeyResult)
    json.dumps(got.as_dict())


def test_json_numbers_are_whole_when_they_can_be():
    assert json_number(40000.0) == 40000 and isinstance(json_number(40000.0), int)
    assert json_number(2.5) == 2.5
    assert json_number(None) is None


@pytest.mark.parametrize("digits", [16, 400])
def test_absurdly_large_numbers_are_not_measures(digits):
    # 400 nines overflow to infinity, which JSON cannot carry; no KR counts in quadrillions.
    parsed = parse_key_result(f"Grow users from 10 to {'9' * digits}")

    assert parsed.target is None or parsed.target < 1e15
    assert all(abs(v) < 1e15 for v in (parsed.start, parsed.target) if v is not None)
    json.dumps(parsed.as_dict(), allow_nan=False)  # raises on inf or nan
