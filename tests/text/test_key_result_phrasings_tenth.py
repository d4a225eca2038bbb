"""The key result parser on the tenth-round families (issue 15; see key_result_phrasings_tenth)."""

import pytest

from tests.text.key_result_phrasings_tenth import tenth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", tenth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_tenth_round_families(phrasing):
    check(phrasing)


# Near misses of each tenth-round rule: sentences that must read as before.
NEAR_MISSES = {
    # a count before the cadence is the value; a rate is not a cadence of N periods
    "Publish 2 posts every 2 weeks": ("increase", None, 2, None, "posts"),
    "Publicar 5 artículos cada 2 semanas": ("increase", None, 5, None, "artículos"),
    "Publish 4 posts every week": ("increase", None, 4, None, "posts"),
    "每周健身4天": ("increase", None, 4, None, "days"),
    # "with no" before a singular, a bound, after a finished state or a condition
    "Ship the release with no downtime": (None, None, None, None, None),
    "Ship the release with no more than 3 bugs": ("stay_below", None, 3, None, "bugs"),
    "Launched on all platforms, with no performance regressions": (None, None, None, None, None),
    "Add alerts for scheduled runs failing with no jobs": (None, None, None, None, None),
    "Ship 3 features with no critical bugs": ("increase", None, 3, None, "features"),
    # "in N% of" something other than cases; a bound with its own value
    "Response time stays below 2 seconds in 95% of cases": ("stay_below", None, 2, None, "seconds"),
    "Reach 95% of customers": ("increase", None, 95, None, "%"),
    # "about" before a number is "approximately"
    "Onboard about 40 customers": ("increase", None, 40, None, "customers"),
    # money spent and bounded spend stay as they were
    "Spend less than $500 on ads": ("stay_below", None, 500, None, "$"),
    "Reduce time spent on reporting to 2 hours": ("decrease", None, 2, None, "hours"),
    # a factor after a change verb, a multiple as a value
    "Grow sign-ups 3x": ("increase", None, None, {"amount": 200, "relative": True}, None),
    "Increase pipeline coverage to 4x": ("increase", None, 4, None, "x"),
    "2x pipeline coverage per quarter": ("increase", None, 2, None, "x"),
    # "meet" without a service objective is an activity
    "Meet 40 customers": ("increase", None, 40, None, "customers"),
    # a change verb with a period-over-period rate is a change
    "Grow paid seats 25% quarter-over-quarter": (
        "increase",
        None,
        None,
        {"amount": 25, "relative": True},
        None,
    ),
    "Achieve a 12% increase in demo requests": (
        "increase",
        None,
        None,
        {"amount": 12, "relative": True},
        None,
    ),
    # one of a compound whose head is a verb, only when the phrase ends there or goes on "per"
    "Have at least one team run a retro": ("stay_above", None, 1, None, "teams"),
    "Ship at least one feature per sprint": ("stay_above", None, 1, None, "features"),
    "Within the first 2 weeks, onboard 10 customers": ("increase", None, 10, None, "customers"),
}


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_tenth_round_rules(text, expected):
    assert fields(text) == expected
