"""The key result parser on the nineteenth-round families (see key_result_phrasings_nineteenth)."""

import pytest

from tests.text.key_result_phrasings_nineteenth import nineteenth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", nineteenth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_nineteenth_round_families(phrasing):
    check(phrasing)


# Near misses of each rule: sentences that read as before the nineteenth round.
NEAR_MISSES = {
    'Increase the marketing budget by 10%': ('increase', None, None, {'amount': 10, 'relative': True}, None),
    'Define the maintenance budget for 2025': (None, None, None, None, None),
    'Present the budget to the board': (None, None, None, None, None),
    'Get the budget approved by finance': (None, None, None, None, None),
    'Wir halten das Team zusammen': (None, None, None, None, None),
    'Keep the team within scope': (None, None, None, None, None),
    'Stay within 5% of the budget': ('stay_below', None, 5, None, '%'),
    'Keep spend under $5,000': ('stay_below', None, 5000, None, '$'),
    'Reach 500 customers and grow revenue by 10%': ('increase', None, None, {'amount': 10, 'relative': True}, None),
    'Identify the top 5 manual steps': (None, None, None, None, None),
    'Wir erreichen 500 Kunden': ('increase', None, 500, None, 'Kunden'),
    'Latency from 16% to <5%': ('decrease', 16, 5, None, '%'),
    'Reduce churn from 8% to 5%': ('decrease', 8, 5, None, '%'),
    'Error rate < 5% (from 16%)': ('decrease', 16, 5, None, '%'),
    '≥145 active students by Sep 30 (from ~110)': ('increase', 110, 145, None, 'students'),
    'Vender desde 10 productos': ('increase', None, 10, None, 'productos'),
    'Launch on 3 platforms with < 2% crash rate': ('increase', None, 3, None, 'platforms'),
    'Run the load test across 5 regions, with p95 latency < 200ms': ('stay_below', None, 200, None, 'ms'),
    'NPS ≥ 50': ('stay_above', None, 50, None, None),
    'Uptime ≥ 99.9% and p95 latency < 200ms': ('stay_above', None, 99.9, None, '%'),
    'Write 10 blog posts': ('increase', None, 10, None, 'posts'),
    'Get 10 JS code reviews': ('increase', None, 10, None, 'code reviews'),
    'Publish 3 posts / articles per month': ('increase', None, 3, None, 'posts'),
    '20 sales assistants hired': ('increase', None, 20, None, 'assistants'),
    'Set up monitoring for 5 services': ('increase', None, 5, None, 'services'),
    'Wir gewinnen 200 neue Kunden': ('increase', None, 200, None, 'Kunden'),
    'Umsatzwachstum von 10%': ('increase', None, 10, None, '%'),
    'Steigern wir den Umsatz von 5 auf 8 Mio': ('increase', 5, 8000000, None, None),
    '开发自测能力增强': ('increase', None, None, None, None),
    '提升用户满意度': ('increase', None, None, None, None),
    '用户数增长': ('increase', None, None, None, None),
    '加强团队建设': (None, None, None, None, None),
    '通过新增两个渠道，实现收入增长': ('increase', None, None, None, None),
    '全面提升用户转化与LTV': (None, None, None, None, None),
    '完成 3 个版本上线': ('increase', None, 3, None, None),
    '错误率小于 5%': ('stay_below', None, 5, None, '%'),
    '不少于 10 个客户': ('stay_above', None, 10, None, None),
    'Achieve high availability': ('increase', None, None, None, None),
    'Achieve a 95% satisfaction score': ('increase', None, 95, None, '%'),
    'Drive down infrastructure costs': ('decrease', None, None, None, None),
    'Drive 500 signups from the campaign': ('increase', None, 500, None, 'signups'),
    'Measured across 3 regions, grow revenue by 10%': ('increase', None, None, {'amount': 10, 'relative': True}, None),
    'Ship 4 features across three teams': ('increase', None, 4, None, 'features'),
    'ダイエット -15kg': ('decrease', None, None, {'amount': 15, 'relative': False}, 'kg'),
    'AOV +€10': ('increase', None, None, {'amount': 10, 'relative': False}, '€'),
    'C++開発を 3 件': ('increase', None, 3, None, None),
    'By month 12, onboard 500 accounts': ('increase', None, 500, None, 'accounts'),
    'Menurunkan biaya operasional 25%': ('decrease', None, None, {'amount': 25, 'relative': True}, None),
    'biaya operasional 25%': ('increase', None, 25, None, '%'),
    'Meningkatkan pendapatan 20%': ('increase', None, None, {'amount': 20, 'relative': True}, None),
    '≥145 clientes activos (desde 2023)': ('stay_above', None, 145, None, 'clientes'),
    'Vender 500 unidades (desde enero)': ('increase', None, 500, None, 'unidades'),
    'Tech-debt items >90 days old ≤ 10': ('stay_below', None, 10, None, None),
    'Items >30 days with owner ≤ 3': ('stay_below', None, 3, None, None),
    '1 on-the-ground KZ partner / GM hired': ('increase', None, 1, None, 'partners'),
    'Hire 1 designer / developer': ('increase', None, 1, None, 'designers'),
    'Speed up builds by 20%': ('increase', None, None, {'amount': 20, 'relative': True}, None),
    'Revenue up 20%': ('increase', None, None, {'amount': 20, 'relative': True}, None),
    'Signups up 500': ('increase', None, None, {'amount': 500, 'relative': False}, None),
    'Speed up 20%': ('increase', None, None, {'amount': 20, 'relative': True}, None),
    'End to end latency from 2s to 1s': ('decrease', 2, 1, None, 'seconds'),
    'Hire 5 engineers / designers': ('increase', None, 5, None, 'engineers'),
    'Increase the budget and hire 3 engineers': ('increase', None, 3, None, 'engineers'),
    'Plan the roadmap': (None, None, None, None, None),
    'Wir analysieren die Kosten': (None, None, None, None, None),
    'Measure and report revenue': (None, None, None, None, None),
    'Medir y reportar el churn': (None, None, None, None, None),
    'Drive tentative standards agreement on a raster scale spec': (None, None, None, None, None),
    'Drive the migration to completion': (None, None, None, None, None),
    'Grow revenue by 10%, measured by ARR': ('increase', None, None, {'amount': 10, 'relative': True}, None),
    'Revenue measured in EUR grows to 5M': ('increase', None, 5000000, None, None),
    '重塑组织架构以适应最新目标，提高产出质量': (None, None, None, None, None),
    '将人工维护的字段映射收敛为可复用的方法，减少排查': (None, None, None, None, None),
    '建设数据平台': (None, None, None, None, None),
    '資産1000万': ('increase', None, 10000000, None, None),
    '売上を2024-03までに10%増やす': ('increase', None, None, {'amount': 10, 'relative': True}, None),
    'Didukung 5 mitra baru': ('increase', None, 5, None, None),
    'AI-assisted Sales aumenta conversion rate en 25%': ('increase', None, None, {'amount': 25, 'relative': True}, None),
    'Aumentar la conversión en 25%': ('increase', None, None, {'amount': 25, 'relative': True}, None),
    'Reduce em dash usage in docs by 50%': ('decrease', None, None, {'amount': 50, 'relative': True}, None),
    "Lancer 3 produits d'ici le 7 mars": ('increase', None, 3, None, 'produits'),
    'Send 7 Mars rovers': ('increase', None, 7, None, 'rovers'),
    "Atteindre 5 000 clients d'ici mars": ('increase', None, 5000, None, 'clients'),
    '建设数据平台，全面提高报表效率': (None, None, None, None, None),
    '建立培训体系，提升团队能力': (None, None, None, None, None),
    'No customer represents more than 20% of revenue': ('stay_below', None, 20, None, '%'),
    'No menos del 80% de los clientes': ('stay_above', None, 80, None, '%'),
    'Ningún incidente P1 en producción': (None, None, None, None, None),
    'launch/test at least 3 OSS funding tools': ('stay_above', None, 3, None, 'tools'),
    'Hire 3 bosses': ('increase', None, 3, None, 'bosses'),
    '品牌提升计划': (None, None, None, None, None),
    '数据提升方案落地': (None, None, None, None, None),
    'Analizar la tendencia del mercado': (None, None, None, None, None),
    'Demanda creciente de clientes nuevos en 2025': (None, None, None, None, None),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_nineteenth_round_rules(text, expected):
    assert fields(text) == expected
