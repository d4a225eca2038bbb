"""The fifteenth round's coach rules (docs/coach.md, "Fifteenth round"): the eighth batch of
composed key results (tests/coach/phrasings_fifteenth.py) and each rule's pattern with its near
misses. Labels follow the convention: activity (KR102), vague (KR104 or KR101), outcome
(neither KR102 nor KR104)."""

import pytest

from cairn.coach import own_people, own_setup, reached
from tests.coach.phrasings import codes


# The team's own unit tests passing, infrastructure in code, offering expanded, people's plans,
# and a person's own steps.
@pytest.mark.parametrize(
    "text",
    [
        "100 % unit-test pass on critical tax & benefit calculations.",
        "80 % infra defined in Terraform with peer-reviewed PRs.",
        "Expand telehealth services to 5 new specialties",
        "Expand native YT application to 2 new OSs",
        "Achieve 100% of engineers with documented growth plans",
        "100% of Employees have a training plan",
        "Achieve a daily step count of 10K steps walked",
    ],
)
def test_the_teams_own_setup_and_a_persons_steps_are_work(text):
    assert own_setup.own_setup(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passing 90% of layout tests",
        "Load test passing at 10k req/min with p99 < 200ms (Week 4)",
        "Expand to enterprise tier with 3 customers",
        "Expand our product to 3 new customers",
        "80% of customers with a growth plan",
        "Reduce onboarding steps from 8 to 4",
        "Reduce infrastructure cost by 20%",
    ],
)
def test_others_tests_customers_or_steps_of_a_process_are_not_this_rule(text):
    assert not own_setup.own_setup(text)
    assert "KR102" not in codes(text)


# Customers reached, items processed through the product, media landed, MQLs generated.
@pytest.mark.parametrize(
    "text",
    [
        "Ship payroll MVP to 10 design-partner companies by Week 8.",
        "Launch pilot-ready build with ≥3 internal teams by Feb 2026.",
        "Call transcripts processed through Helio's pipeline: 50,000",
        "Land 3 podcast appearances on shows with 10K+ listeners",
    ],
)
def test_others_reached_are_results(text):
    assert reached.others_reached(text)
    assert not {"KR102", "KR104"} & codes(text)


def test_mqls_generated_are_results():
    assert not {"KR102", "KR104"} & codes("Generate **1 000 MQLs** from launch campaign.")


@pytest.mark.parametrize(
    "text",
    [
        "Ship CSS containment to stable",
        "Deliver intial Agentic AI / LLM-powered feature in production to at least 1 pilot module",
        "Launch a new branded podcast available in all major podcast channels",
        "Record 6 podcast episodes",
        "Process 40% more requests with the same team",
    ],
)
def test_work_shipped_recorded_or_processed_by_the_team_is_not_this_rule(text):
    assert not reached.others_reached(text)


# Second part: the team's own people made ready, its own outreach, its own share of work done.
@pytest.mark.parametrize(
    "text",
    [
        "Ensure that all team members complete security training, focusing on best practices.",
        "开发人员100%熟悉上季度常见bug以及解决办法",
        "Охватить 100% новых сотрудников индивидуальными программами онбординга в течение 6 месяцев.",
        "100% of Acutians have a career growth checkin (target: 100.0)",
        "ID & Establish relationships with 25 Instagram influencers",
        "Increase code review participation from 60% to 95% by June 15.",
    ],
)
def test_the_teams_own_people_ready_and_outreach_are_work(text):
    assert own_people.own_people(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ensure that all customers complete the onboarding checklist",
        "Maintain a strong working relationship with Anna",
        "Code Review Latency: Reduce P50 code review start latency from 30min to 10min.",
        "客户100%熟悉新版本功能",
        "Охватить 30% новых клиентов программой лояльности",
    ],
)
def test_customers_or_relationships_without_a_count_are_not_this_rule(text):
    assert not own_people.own_people(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Complete 100% configuration of Azure Key Vault for secure management", True),
        ("Achieve 100% implementation of all MVP features", True),
        ("Achieve 75% onboarding completion", False),
        ("Achieve 100% adoption of the new CRM", False),
    ],
)
def test_a_share_of_the_teams_own_implementation_done(text, rule):
    assert own_setup.own_share_done(text) is rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("20 five-star reviews collected across products (reviews schema already in DB)", True),
        ("Two internal teams migrated from v1 to v2 (Week 6)", True),
        ("Onboard at least 3 external contributors", True),
        ("3 core services migrated to Kubernetes", False),
        ("Onboard 3 new engineers", False),
        ("20 code reviews completed", False),
    ],
)
def test_others_moved_are_results(text, rule):
    assert reached.others_moved(text) is rule
