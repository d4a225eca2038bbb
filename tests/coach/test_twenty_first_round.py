"""The twenty-first round's coach rules (docs/plaintext.md, "Twenty-first round (issue 15): the
coach"): the fourteenth batch of composed key results (tests/coach/phrasings_twenty_first.py) and
each rule's pattern with its near misses. Labels follow the convention: activity (KR102), vague
(KR104 or KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import others_won, own_participation, own_study
from tests.coach.phrasings import codes


# Deals won, leads found, and others' sign-ups or leads counted: results.
@pytest.mark.parametrize(
    "text",
    [
        "Cerrar 10 nuevos acuerdos con partners regionales",
        "Firmar 3 parcerias estratégicas",
        "Signer 3 partenariats stratégiques",
        "Close 12 new deals with regional partners",
        "Chiudere 5 nuovi accordi con distributori",
        "Encontrar 40 leads qualificados",
        "展示会でのリード数300件",
        "三个月内用户注册量突破10万",
        "新用户注册数达到5000",
    ],
)
def test_deals_and_leads_won_are_results(text):
    assert others_won.others_won(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cerrar 20 incidencias abiertas",
        "Escribir 4 artículos para el blog",
        "Identify 20 potential partners",
        "编写5篇技术文章",
    ],
)
def test_the_teams_own_closing_and_writing_stay_work(text):
    assert not others_won.others_won(text)
    assert "KR102" in codes(text)


# Prospects researched and the team's own checks' coverage: work.
@pytest.mark.parametrize(
    "text",
    [
        "Pesquisar 10 potenciais clientes",
        "Research 20 prospective customers in the region",
        "Ricercare 30 potenziali clienti",
        "Rechercher 10 clients potentiels",
    ],
)
def test_prospects_researched_are_work(text):
    assert own_participation.prospects_researched(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text", ["Reach 10 paying customers", "Atingir 200 clientes pagantes", "Win 10 new clients"]
)
def test_clients_won_are_not_prospects_researched(text):
    assert not own_participation.prospects_researched(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text", ["定期进行内部交叉检查,覆盖率达到90%", "每周进行代码自查,覆盖率达到100%"]
)
def test_the_teams_own_checks_coverage_is_work(text):
    assert own_participation.own_rates(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize("text", ["用户覆盖率达到90%", "客户续约率达到95%", "市场覆盖率达到30%"])
def test_users_and_markets_coverage_is_not_own_checks(text):
    assert not own_participation.own_rates(text)
    assert not {"KR102", "KR104"} & codes(text)


# Others engaged, counted bare, and users' adherence had: results.
@pytest.mark.parametrize(
    "text",
    [
        "30 territoires engagés via leurs documents d'urbanisme dans des politiques concrètes",
        "40 escolas engajadas no projeto",
        "20 municipios comprometidos con el programa",
        "Ter no mínimo 70% de aderência no lançamento",
        "Tener al menos 60% de adhesión en el lanzamiento",
    ],
)
def test_others_engaged_and_adherence_are_results(text):
    assert others_won.others_won(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "30 documents rédigés",
        "20 tests automatisés ajoutés",
        "Ter 70% de cobertura de testes",
        "Have 90% test coverage",
    ],
)
def test_own_outputs_and_coverage_are_not_others_engaged(text):
    assert not others_won.others_won(text)
    assert "KR102" in codes(text)


# The writer's own hours of work or study: work.
@pytest.mark.parametrize(
    "text",
    [
        "연휴 동안 50시간 이상 일하기(하루 평균 8시간 정도)",
        "주당 10시간 이상 공부하기",
        "Work 50 hours over the holidays",
        "Dedicar 10 horas semanales a la formación",
        "週に10時間以上勉強する",
        "每周学习10小时以上",
    ],
)
def test_own_hours_are_work(text):
    assert own_study.own_hours(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reduce response time to 2 hours",
        "Save 50 hours per month for customers",
        "응답 시간을 2시간 이내로 단축",
        "Invest 21% of net income",
    ],
)
def test_hours_saved_or_kept_under_are_not_own_hours(text):
    assert not own_study.own_hours(text)
