"""The key result parser on the twenty-first-round families (see key_result_phrasings_twenty_first)."""

import pytest

from tests.text.key_result_phrasings_twenty_first import twenty_first_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", twenty_first_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_twenty_first_round_families(phrasing):
    check(phrasing)


# Near misses of each rule: sentences that read as before the twenty-first round.
NEAR_MISSES = {
    '线上故障小于3次': ('stay_below', None, 3, None, None),
    '3天以内完成上线': (None, None, None, None, None),
    '3日以内に返信する': (None, None, None, None, None),
    '将响应时间缩短到2小时': ('decrease', None, 2, None, 'hours'),
    '将响应时间缩短到2小时以内': ('stay_below', None, 2, None, 'hours'),
    '从30分钟缩短到10分钟': ('decrease', 30, 10, None, 'minutes'),
    '30天内完成10个客户签约': ('increase', None, 10, None, None),
    '一周内完成10个客户签约': ('increase', None, 10, None, None),
    '成长体系上线': (None, None, None, None, None),
    '成長率達到15%': ('increase', None, 15, None, '%'),
    '较去年同期增长15%': ('increase', None, None, {'amount': 15, 'relative': True}, None),
    '25%の社員が参加': ('increase', None, 25, None, '%'),
    '商談数を50件に増加': ('increase', None, None, {'amount': 50, 'relative': False}, None),
    '粉丝数达到10万': ('increase', None, 100000, None, None),
    '客户流失率控制在2%以下': ('stay_below', None, 2, None, '%'),
    '平均日数を10日短縮する': ('decrease', None, 10, None, None),
    'Meningkatkan traffic web sebesar 30%': ('increase', None, None, {'amount': 30, 'relative': True}, None),
    'pertumbuhan lead generation sebesar 20%': ('increase', None, None, {'amount': 20, 'relative': True}, None),
    'Menurunkan churn sebesar 5%': ('decrease', None, None, {'amount': 5, 'relative': True}, None),
    'Maksymalnie 5 błędów': ('stay_below', None, 5, None, 'błędów'),
    'Puls max 190': ('stay_below', None, 190, None, None),
    '销售额从10,000元增加到20,000元': ('increase', 10000, 20000, None, '元'),
    '预算控制在10万元以内': ('stay_below', None, 100000, None, '元'),
    '美元汇率': (None, None, None, None, None),
    'trouver 10 nouveaux clients': ('increase', None, 10, None, 'clients'),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_twenty_first_round_rules(text, expected):
    assert fields(text) == expected
