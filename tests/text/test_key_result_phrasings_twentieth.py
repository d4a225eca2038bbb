"""The key result parser on the twentieth-round families (see key_result_phrasings_twentieth)."""

import pytest

from tests.text.key_result_phrasings_twentieth import twentieth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", twentieth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_twentieth_round_families(phrasing):
    check(phrasing)


# Near misses of each rule: sentences that read as before the twentieth round.
NEAR_MISSES = {
    '线上故障小于3次': ('stay_below', None, 3, None, None),
    '至少3个新客户': ('stay_above', None, 3, None, None),
    '减少3个审批环节': ('decrease', None, None, {'amount': 3, 'relative': False}, None),
    '控制在预算内': (None, None, None, None, None),
    '3天以内完成上线': (None, None, None, None, None),
    '客户流失率控制在2%以下': ('stay_below', None, 2, None, '%'),
    '将响应时间缩短到2小时': ('decrease', None, 2, None, 'hours'),
    '成本降低 30%': ('decrease', None, None, {'amount': 30, 'relative': True}, None),
    '3日以内に返信する': (None, None, None, None, None),
    '書類通過率を25%以上に': ('stay_above', None, 25, None, '%'),
    '平均日数を10日短縮する': ('decrease', None, 10, None, None),
    '从30分钟缩短到10分钟': ('decrease', 30, 10, None, 'minutes'),
    'NPS从45提升到55': ('increase', 45, 55, None, None),
    '到面率提升至90%': ('increase', None, 90, None, '%'),
    '较去年同期增长15%': ('increase', None, None, {'amount': 15, 'relative': True}, None),
    '30天内完成10个客户签约': ('increase', None, 10, None, None),
    '每月组织2次培训': ('increase', None, 2, None, None),
    'Revenue up 20%': ('increase', None, None, {'amount': 20, 'relative': True}, None),
    'Time-to-first-value down 50%': ('decrease', None, None, {'amount': 50, 'relative': True}, None),
    'Reduce churn by 5% ↓ risk': ('decrease', None, None, {'amount': 5, 'relative': True}, None),
    'Sälj för 100 miljoner.': ('increase', None, 100000000, None, None),
    'NPS over 70': ('stay_above', None, 70, None, None),
    'Oltre 70 clienti attivi': ('stay_above', None, 70, None, 'clienti'),
    'Öka försäljningen': (None, None, None, None, None),
    'Aumentar las ventas en un 40%': ('increase', None, None, {'amount': 40, 'relative': True}, None),
    'Aumentar la retención al menos un 10%': ('increase', None, None, {'amount': 10, 'relative': True}, None),
    'Llegar al 40% de cuota': ('increase', None, 40, None, '%'),
    '2 Company Offsites/ano realizados (unificação presencial)': ('increase', None, 2, None, None),
    'Bajas ≤4/mes en Q3': ('stay_below', None, 4, None, None),
    'Reach 5000 visitors/month': ('increase', None, 5000, None, 'visitors'),
    'Meningkatkan penjualan hingga 30%': ('increase', None, 30, None, '%'),
    'Meningkatkan pelanggan dari 100 menjadi 1000': ('increase', 100, 1000, None, None),
    'Grow revenue to $5M, from 3 regions': ('increase', None, 5000000, None, '$'),
    'Reach 500 customers, currently onboarding': ('increase', None, 500, None, 'customers'),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_twentieth_round_rules(text, expected):
    assert fields(text) == expected
