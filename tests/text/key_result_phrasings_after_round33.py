"""Families of composed key results after round 33's first run (issue 15, session 19), labels by
construction (docs/plaintext.md, "After the first run of round 33"), never what the parser answers:

- a Vietnamese counted noun of several syllables (`language_words.VIETNAMESE_COUNTED_NOUNS`):
  "Đạt 200 doanh nghiệp đăng ký sử dụng trước 30/06" counts doanh nghiệp — the noun ends where
  the lexicon's entry ends, not at "doanh nghiệp đăng ký" — in the shapes of earlier rows (a
  verb of reaching, a floor "ít nhất", a change "thêm", a deadline "trước 30/06").

Each family carries near misses that must keep their reading, in `near_misses()`: a number
before a time unit, a date, a percentage, a counter word alone.
`python -m tests.text.key_result_phrasings_after_round33` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, INCREASE, Phrasing

NOUNS = (
    "doanh nghiệp",
    "khách hàng",
    "người dùng",
    "đối tác",
    "học viên",
    "nhân viên",
    "đơn hàng",
    "lượt tải",
    "bài viết",
    "sản phẩm",
    "cửa hàng",
    "thành viên",
    "lượt truy cập",
    "nhà đầu tư",
)
# (template, direction, target or None, change amount or None); {n} the count, {noun} the noun
SHAPES = (
    ("Đạt {n} {noun} đăng ký sử dụng trước 30/06", INCREASE, True, False),
    ("Đạt {n} {noun} mới trong quý 3", INCREASE, True, False),
    ("Đạt ít nhất {n} {noun} trả phí", ABOVE, True, False),
    ("Tăng thêm {n} {noun} trước cuối năm", INCREASE, False, True),
)


def vietnamese_counted_nouns() -> list[Phrasing]:
    """Return "Đạt 200 doanh nghiệp đăng ký …": a target of 200, unit doanh nghiệp."""
    out = []
    for i, noun in enumerate(NOUNS):
        for template, way, target, change in SHAPES:
            n = 20 * (i + 2)
            text = template.format(n=n, noun=noun)
            out.append(
                Phrasing(
                    text,
                    "vi",
                    "vietnamese counted noun",
                    way,
                    None,
                    n if target else None,
                    {"amount": n, "relative": False} if change else None,
                    noun,
                )
            )
    return out


def after_round33_phrasings() -> list[Phrasing]:
    return vietnamese_counted_nouns()


def near_misses() -> list[Phrasing]:
    return [
        # a percentage before the noun: the unit is "%"
        Phrasing("Đạt 30% doanh nghiệp đăng ký", "vi", "near miss", INCREASE, None, 30, None, "%"),
        # a time unit after the number
        Phrasing(
            "Giảm thời gian phản hồi xuống 3 giờ",
            "vi",
            "near miss",
            "decrease",
            None,
            3,
            None,
            "hours",
        ),
        # a date after "trước" is no count: the count before it keeps its noun
        Phrasing(
            "Đạt 1.000 đơn hàng trước 30/06",
            "vi",
            "near miss",
            INCREASE,
            None,
            1000,
            None,
            "đơn hàng",
        ),
        # a counter word alone is no unit ("5 lượt")
        Phrasing("Đạt 5 lượt", "vi", "near miss", INCREASE, None, 5, None, None),
        # the earlier rounds' rows keep their nouns
        Phrasing(
            "Ký được 5 hợp đồng pilot", "vi", "near miss", INCREASE, None, 5, None, "hợp đồng"
        ),
        Phrasing(
            "Đạt 500 phụ huynh đăng ký", "vi", "near miss", INCREASE, None, 500, None, "phụ huynh"
        ),
        # the earlier rounds' near misses: "người" before a verb, "sinh viên" left open
        Phrasing("Có 50 người tham gia", "vi", "near miss", INCREASE, None, 50, None, "người"),
        Phrasing("Đạt 50 sinh viên tham gia", "vi", "near miss", INCREASE, None, 50),
    ]


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round33_phrasings(), "near misses": near_misses()})
