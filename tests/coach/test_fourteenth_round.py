"""The fourteenth round's coach rules (docs/coach.md, "Fourteenth round"): the seventh batch of
composed key results (tests/coach/phrasings_fourteenth.py) and each rule's pattern with its near
misses. Labels follow the convention: activity (KR102), vague (KR104 or KR101), outcome
(neither KR102 nor KR104)."""

import pytest

from cairn.coach import funnel, own_practice
from tests.coach.phrasings import codes


# The writer's own study, then a count contributed or written.
@pytest.mark.parametrize(
    "text",
    [
        "Read Kubernetes source code, contribute 3 Pull Requests",
        'Read <a href="/okr/k8s/k8s-doc-index.md">Kubernetes documentation</a>, contribute 3 Pull Requests',
        "Study the Django codebase and submit 2 pull requests",
        "Ler a documentação do Go e enviar 3 pull requests",
    ],
)
def test_study_then_a_count_contributed_is_work(text):
    assert own_practice.learning_then_count(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reading time on the blog up to 3 minutes",
        "Read the docs and reach 90% on the certification exam",
    ],
)
def test_reading_as_a_metric_or_before_a_result_is_not_this_rule(text):
    assert not own_practice.learning_then_count(text)
    assert "KR102" not in codes(text)


# The team's own monitoring coverage, people aware or trained, training given, backups.
@pytest.mark.parametrize(
    "text",
    [
        "Increase SLI coverage from 95 percent to 100 percent for all services provided",
        "Aumentar a cobertura de monitoramento de 60% para 90% dos serviços",
        "Die SLI-Abdeckung aller Dienste von 80% auf 95% erhöhen",
        "Increase the percentage of developers who are aware of black-swan events to 90%",
        "Provide excellent security training to all team members.",
        "Increase the frequency of data backups.",
        "Aumentar la frecuencia de las copias de seguridad",
    ],
)
def test_the_teams_own_coverage_training_and_backups_are_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Increase coverage of SF to 100%", "outcome"),
        ("Increase coverage for all active cities to 75%", "outcome"),
        ("Increase the percentage of customers who are aware of our brand to 40%", "outcome"),
        ("Increase the share of employees who use the new tool to 80%", "outcome"),
        ("Accelerate deployment frequency from monthly to weekly", "vague"),
        ("Increase the frequency of customer orders", "vague"),
        ("Provide excellent customer support to all users", "vague"),
        ("Improve security training for all team members", "vague"),
    ],
)
def test_others_coverage_awareness_or_frequency_is_not_this_rule(text, kind):
    found = codes(text)
    assert "KR102" not in found
    assert bool({"KR101", "KR104"} & found) == (kind == "vague")


# The team's own test coverage is work (the lead's decision, docs/plaintext.md "Two label
# decisions"), in the words and languages the labelled sets write it.
@pytest.mark.parametrize(
    "text",
    [
        "Increase unit test coverage from 65% to 85%",
        "Achieve 95% code coverage",
        "Keep test coverage above 80% on the billing modules.",
        "Comprehensive test suite >90 % coverage",
        "Raise integration test coverage to 70% by Q3",
        "Cobertura de testes > 80%",
        "Aumentar la cobertura de pruebas del 40% al 70%",
        "Testabdeckung von 50% auf 80% erhöhen",
        "单测覆盖率达到 80%",
        "Увеличить test coverage с 60% до 85%",
    ],
)
def test_the_teams_own_test_coverage_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Secure national media coverage",
        "Press coverage on our launch in 3 national outlets",
        "Increase enterprise pipeline coverage to 4x",
        "Raise health insurance coverage to 95% of employees",
        "Reduce test flakiness from 8% to 1% of CI runs",
    ],
)
def test_coverage_by_others_or_test_results_are_not_test_coverage(text):
    assert "KR102" not in codes(text)


# The team's own contacts with leads, counted or raised.
@pytest.mark.parametrize(
    "text",
    [
        "Bei Anfragen haben wir nicht weniger als acht Berührungspunkte",
        "Die Anzahl ausgetauschter Nachrichten soll um 10% gesteigert werden",
        "For every inquiry we have no fewer than 6 touchpoints",
    ],
)
def test_the_teams_own_contacts_are_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reduce the number of touchpoints needed to close a deal from 8 to 5",
        "No more than 5 touchpoints per deal",
        "Increase messages sent by users by 10%",
    ],
)
def test_fewer_touchpoints_or_users_messages_are_results(text):
    assert "KR102" not in codes(text)


# A count restated from zero, and a deadline written first.
def test_a_count_restated_from_zero_is_read_without_it():
    text = "Veröffentlichung von 3 ausführlichen Fallstudien mit Beta-Testern vor dem offiziellen Launch-Datum (von 0 auf 3)."
    assert own_practice.without_from_zero(text).endswith("Launch-Datum.")
    assert "KR102" in codes(text)
    assert "KR102" in codes("Bis Ende Q3 Veröffentlichung von 12 Fallstudien (von 0 auf 12)")


@pytest.mark.parametrize(
    "text",
    [
        "Generierung von 5.000 qualifizierten Leads (MQLs) durch unsere Pre-Launch-Kampagne (von 0 auf 5.000).",
        "Erreichen einer Conversion-Rate von 15% von der Landingpage zur kostenlosen Testversion (von 0% auf 15%).",
        "50 paying customers (from 0 to 50)",
    ],
)
def test_results_from_zero_stay_results(text):
    assert "KR102" not in codes(text)


# What prospects and users do, a launch measured by what it brings, a Chinese level reached.
@pytest.mark.parametrize(
    "text",
    [
        "500 trials iniciados (qualified)",
        "50 diagnósticos completados",
        "10 consultores ativos usando semanalmente",
        "Launch referral program generating 20% of new customers by June 30",
        "官网自然搜索流量 (Organic Traffic) 实现突破，达到每月 100,000 次独立访客 (UV)。",
    ],
)
def test_what_prospects_and_users_do_is_a_result(text):
    assert funnel.others_did(text) or funnel.brings_share(text) or funnel.cjk_reached(text)
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "3 case studies shipped",
        "5 security audits completed",
        "3 planos de assinatura ativos",
        "Launch 3 referral programs",
        "每周健身4次",
        "每个维度的打分案例数量至少达到50个。",
    ],
)
def test_the_teams_own_outputs_stay_work(text):
    assert not (funnel.others_did(text) or funnel.brings_share(text) or funnel.cjk_reached(text))
    assert "KR102" in codes(text)
