"""The eighteenth round's coach rules (docs/plaintext.md, "Eighteenth round (issue 15): coach"):
the eleventh batch of composed key results (tests/coach/phrasings_eighteenth.py) and each rule's
pattern with its near misses. Labels follow the convention: activity (KR102), vague (KR104 or
KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import any_language, others_served, own_hygiene, parties
from tests.coach.phrasings import codes


# The team's own codebase, pipeline and test hygiene as a goal state.
@pytest.mark.parametrize(
    "text",
    [
        "Achieve zero hardcoded credentials across the monorepo.",
        "Remove all hard-coded API keys from the mobile app",
        "Zéro mot de passe codé en dur dans le dépôt",
        "硬编码密钥清零",
        "Achieve 100% strict TypeScript compliance across all shared packages (0 `any` types).",
        "mypy --strict passes with 0 errors on src/",
        "Attain 100% route auth coverage for all network communication boundaries.",
        "100% of pull requests to `main` must pass automated E2E tests before merge.",
        "Todos los PRs deben pasar lint y pruebas antes del merge",
        "Zero manual steps required to produce `.exe` artifacts.",
        "Keine manuellen Schritte im Release-Prozess",
        "100% automation deploy",
        "90% de automação dos testes",
        "Resilience/chaos suite running nightly with 0 unresolved failures.",
        "Zero untraced decisions",
        "Lograr ≥ 90% de éxito en pruebas",
        "Predecir defectos con precisión ≥ 85%",
        "Predict churn with 80% accuracy",
    ],
)
def test_the_teams_own_hygiene_is_work(text):
    assert own_hygiene.own_hygiene(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zero critical vulnerabilities",
        "Ensure zero manual SSH fixes in production",
        "CI green on every merge to main: typecheck, tests, production build",
        "Achieve 90% CI/CD pipeline success rate (reduce failures from 30% to 10%)",
        "Maintain Zero Infrastructure SDK imports inside the `src/core` layer",
        "Quarterly bookings forecast accuracy 80% (within +/- % of actual)",
        "Historian trend predictions match outcomes 60%+ of time",
        "Reduce manual effort by 30%",
        "Achieve 90% self-service adoption for deployments (from 60%)",
        "Zunahme um 12 % bei der Bindung von Kursteilnehmern, gemessen durch interne Systeme.",
        "Grow TypeScript course sign-ups by 20%",
        "No PRs merged to master (excluding bugfixes) after the module test",
        "Nightly update running without errors",
    ],
)
def test_what_users_see_and_other_rounds_outcomes_are_not_own_hygiene(text):
    assert not own_hygiene.own_hygiene(text)
    assert not {"KR102", "KR104"} & codes(text)


# A zero written as a word of another language: a limit to hold.
@pytest.mark.parametrize(
    "text",
    [
        "Null Kundenbeschwerden",
        "Zéro réclamation client",
        "Noll kundklagomål",
        "Nul klachten van klanten",
        "KR2: Bis Ende Q3 Null Kundenbeschwerden",
        "客户投诉为零",
    ],
)
def test_a_zero_word_before_what_is_counted_is_a_result(text):
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Null hartcodierte Zugangsdaten im Monorepo",
        "Keine manuellen Schritte zur Erstellung der Artefakte",
        "Nul handmatige stappen om de artefacten te bouwen",
        "代码库中硬编码凭据为零",
    ],
)
def test_a_zero_word_before_the_teams_own_hygiene_stays_work(text):
    assert "KR102" in codes(text)


# Others onboarded: businesses of any kind, and a share of customers.
@pytest.mark.parametrize(
    "text",
    [
        "Onboard 50 new Pro Tier ($99/mo) studios.",
        "Onboard 12 clinics to the platform",
        "Win 8 new dealerships",
        "100% of customers onboarded within 7 days",
        "80% of new users activated in their first week",
    ],
)
def test_businesses_onboarded_and_a_share_of_customers_onboarded_are_results(text):
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visit 12 clinics to interview the staff",
        "Add 20 firms with validated rule data",
        "Complete 80% of customer onboarding calls within 10 days of signing",
        "Onboard 5 new engineers to the platform team",
    ],
)
def test_the_teams_own_visits_calls_and_hires_stay_work(text):
    assert "KR102" in codes(text)


def test_the_vocabulary_sits_beside_its_concern():
    assert "studios" in parties.OUTSIDE_PARTIES
    assert "intervjua" in any_language.WORK_VERBS


# Swedish verbs of work before a count.
@pytest.mark.parametrize(
    "text",
    [
        "Intervjua 20 kunder varje månad och få feedback.",
        "Skriva 6 blogginlägg",
        "Genomföra 4 kundworkshops",
        "Publicera 10 artiklar före årets slut",
    ],
)
def test_swedish_verbs_of_work_are_work(text):
    assert "KR102" in codes(text)


# Customers' orders handled within a time: the service they get.
@pytest.mark.parametrize(
    "text",
    [
        "Order dispatch SLA: ≥ 95% of orders dispatched within 48h (matches published shipping policy)",
        "90% of orders shipped within 24 hours",
        "98% of bookings confirmed within 2 hours",
    ],
)
def test_orders_handled_within_a_time_are_results(text):
    assert others_served.orders_within(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Complete 80% of customer onboarding calls within 10 days of signing",
        "Triage 100% of new bugs within 1 week",
        "Ship 3 orders of magnitude faster builds within Q3",
    ],
)
def test_the_teams_own_work_within_a_time_is_not_orders_within(text):
    assert not others_served.orders_within(text)
