"""The key result parser on the thirteenth-round families (see key_result_phrasings_thirteenth)."""

import pytest

from cairn.text.key_result_parser import parse_key_result
from tests.text.key_result_phrasings_thirteenth import thirteenth_round_phrasings
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", thirteenth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_thirteenth_round_families(phrasing):
    check(phrasing)


def _fields(text: str) -> tuple:
    got = parse_key_result(text).as_dict()
    return tuple(got[name] for name in ("direction", "start", "target", "change", "unit"))


_PCT = "%"

# Near misses of each rule: sentences that must read as before the thirteenth round.
NEAR_MISSES = {
    # a target after the number, or a verb that reaches: a target, not a change
    "Giảm tỷ lệ lỗi xuống 5%": ("decrease", None, 5, None, _PCT),
    "Alcanzar 15% de cuota": ("increase", None, 15, None, _PCT),
    "Lograr 20% de retención": ("increase", None, 20, None, _PCT),
    "Reducir el churn de 5% a 3%": ("decrease", 5, 3, None, _PCT),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_thirteenth_round_rules(text, expected):
    assert _fields(text) == expected
