"""The sixteenth round's coach rules (docs/coach.md, "Sixteenth round"): the ninth batch of
composed key results (tests/coach/phrasings_sixteenth.py) and each rule's pattern with its near
misses. Labels follow the convention: activity (KR102), vague (KR104 or KR101), outcome
(neither KR102 nor KR104)."""

import pytest

from cairn.coach import own_growth
from tests.coach.phrasings import codes


# The team grown or hired, a person's certifications and courses, tooling set up for the team's
# projects, a skill taught to people.
@pytest.mark.parametrize(
    "text",
    [
        "Grow team to 15 people",
        "僱用1名經驗豐富的UI / UX圖形設計師",
        "Conseguir 2 certificaciones (React + AWS)",
        "Obtener certificación AWS/Azure",
        "Conseguir 85%+ en 3 cursos de Coursera",
        "Configurar CI/CD para 3 proyectos",
        "Enseñar React a 2 personas",
    ],
)
def test_the_teams_own_growth_and_learning_are_work(text):
    assert own_growth.own_growth(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grow community to 500 members",
        "Grow the user base to 1,000 users",
        "Obtener la certificación ISO 27001",
        "Get SOC 2 certification",
        "Configure SSO for 10 customers",
        "Teach the model to 95% accuracy",
        "80% of students pass 3 courses",
    ],
)
def test_others_joining_company_certificates_or_customers_are_not_this_rule(text):
    assert not own_growth.own_growth(text)


# Others counted bare: Chinese sign-ups and users, Italian leads, zero audit findings.
@pytest.mark.parametrize(
    "text",
    [
        "1000個註冊",
        "1000個用戶",
        "1000個付費客戶",
        "500 lead qualificati generati",
        "Cero observaciones en auditorías SAT",
    ],
)
def test_others_counted_are_results(text):
    assert own_growth.others_counted(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "写完10个用户故事",
        "访谈20个用户",
        "Generare 500 lead",
        "Zero downtime deployments",
        "Cero errores en producción",
    ],
)
def test_the_teams_own_counts_are_not_others_counted(text):
    assert not own_growth.others_counted(text)


# Second part: a person's own practice on a count of days, a Korean count of one's own doings.
@pytest.mark.parametrize(
    "text",
    [
        "Practice Mandarin regularly for at least one month.",
        "Exercise at least 3 days a week",
        "Hacer ejercicio 3 días por semana",
        "일주일에 5일 이상 운동(휴가 제외)",
        "스타트업과 관련되어 10회 네트워킹하기",
        "책 3권 읽기",
    ],
)
def test_a_persons_own_practice_is_work(text):
    assert own_growth.own_growth(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep uptime 30 days a month",
        "Zero incidents 30 days in a row",
        "사용자 1000명 확보하기",
        "앱 다운로드 1만회 달성하기",
        "리뷰 100개 확보하기",
        "CS229: Machine Learning 강의 수강률 70퍼센트 달성하기",
    ],
)
def test_uptime_or_korean_results_secured_are_not_practice(text):
    assert not own_growth.own_growth(text)
