"""The sixteenth round's coach rules (docs/coach.md, "Sixteenth round"): the ninth batch of
composed key results (tests/coach/phrasings_sixteenth.py) and each rule's pattern with its near
misses. Labels follow the convention: activity (KR102), vague (KR104 or KR101), outcome
(neither KR102 nor KR104)."""

import pytest

from cairn.coach import own_growth
from tests.coach.phrasings import coach_right, codes, template_params, variants
from tests.coach.phrasings_sixteenth import SIXTEENTH


@pytest.mark.parametrize(("language", "family", "index"), template_params(SIXTEENTH))
def test_the_ninth_batch_is_judged_by_its_label(language, family, index):
    wrong = [p.text for p in variants(language, family, index, SIXTEENTH) if not coach_right(p)]
    assert not wrong


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
