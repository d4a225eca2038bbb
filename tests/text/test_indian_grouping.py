"""Indian digit grouping (session 19): "1,00,000" is one lakh and "10,00,00,000" ten crore — two
digits a group above the thousands. It was read as 1 (the coach's thirty-first round found it)."""

import pytest

from cairn.text.key_result_parser import parse_key_result


@pytest.mark.parametrize(
    ("text", "start", "target"),
    [
        ("Raise ₹1,00,000 in donations", None, 100_000),
        ("Reach Rs. 12,50,000 monthly revenue", None, 1_250_000),
        ("Grow revenue from 2,50,000 to 10,00,000 INR", 250_000, 1_000_000),
        ("Grow the fund to ₹10,00,00,000", None, 100_000_000),
        ("1,00,000 तक पहुंचाना", None, 100_000),
        ("Reach 1,25,000.50 in sales", None, 125_000.5),
    ],
)
def test_two_digit_groups_above_the_thousands_are_one_number(text, start, target):
    parsed = parse_key_result(text)
    assert (parsed.start, parsed.target) == (start, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Reach 1,000 users", 1_000),  # thousands as before
        ("Reach 1,250,000 users", 1_250_000),
        ("Reach 12,345 users", 12_345),
    ],
)
def test_near_misses_keep_their_reading(text, target):
    assert parse_key_result(text).target == target
