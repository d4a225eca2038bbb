"""The team's own test coverage is an activity (the session-14 label decision), in the words
round 29 wrote it: coverage alone as the measure of the project's code, the singular "teste",
Korean and Japanese (coach/own_practice.own_coverage; docs/plaintext.md, "After round 29's first
run"). The coverage of a market, a city, the media, accounts or a pipeline stays a result."""

import pytest

from cairn.coach.own_practice import own_coverage
from tests.coach.phrasings import codes


@pytest.mark.parametrize(
    "text",
    [
        "Coverage should be >95%",
        "Coverage must stay above 85%",
        "Coverage at least 90% on every release branch",
        "A minimum of 80% coverage should be achieved.",
        "Reach a state where 75% coverage is enforced in CI",
        "We need to improve the coverage of the project to at least 80%.",
        "Raise the coverage of our codebase from 60% to 80%",
        "Cobertura de teste acima de 90%",
        "Cobertura de prueba del 85% en el backend",
        "라인 커버리지 80% 이상",
        "브랜치 커버리지 70% 이상",
        "테스트 커버리지를 60%에서 80%로 올리기",
        "テストカバレッジを80%以上にする",
        "ラインカバレッジ 70% 以上",
    ],
)
def test_the_teams_own_coverage_is_work(text):
    assert own_coverage(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Increase coverage of SF to 100%",
        "National media coverage in 5 outlets",
        "80% coverage of target accounts by the sales team",
        "Coverage of 80% of the addressable market",
        "パイプライン カバレッジが、50 % から 200 % に増加する",
        "파이프라인 커버리지 200% 달성",
        "Cobertura de 90% del mercado nacional",
    ],
)
def test_other_coverage_is_not_the_teams_tests(text):
    assert not own_coverage(text)
