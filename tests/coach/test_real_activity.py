"""KR102 and KR104 on the shapes real key results take (issue 15): activities found without a
fixed verb list, outcomes left alone. Sentences are our own, several per pattern."""

import pytest

from cairn.coach import review_sentence


def codes(text: str) -> list[str]:
    return [f.code for f in review_sentence(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Do 6 customer demos per week",
        "Speak at 8 conferences",
        "Give 4 talks at user groups",
        "Visit 20 partner offices",
        "Onboard 25 customers in the new queue",
    ],
)
def test_counted_work_with_any_verb_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Host 12 meetups, at least one per region",
        "Certify at least 80 staff",
        "Migrate 80% of services to the new stack",
        "Publish error documentation for 90% of the API endpoints",
        ">90% of top customers pitched",
    ],
)
def test_activities_whose_numbers_look_like_measures_are_activities(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "3 case studies shipped",
        "5 engineers hired and onboarded",
        "20 blog posts written this quarter",
        "Intersection observer on trunk",
        "Mac signing",
        "Pricing page; onboarding emails; referral widget",
        "Have 2 PRs merged to the upstream project",
    ],
)
def test_outputs_without_a_leading_verb_and_noun_lists_are_activities(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reduce churn from 6% to 3%",
        "Reach 80 weekly users (up from 15)",
        "Answer 90% of tickets in under 12 hours",
        "Sign 25 new enterprise customers",
        "Zero open critical bugs (currently 17)",
        "Resolve P1 incidents within 1 hour",
        "Keep monthly uptime at 99.9% or higher",
        "have 15 repeat customers",
        "Our platforms hit the elite level on deployment frequency",
        "Make complex text as fast as simple text",
        "Increase NPS from X to Y",
        "x% push notification opt-in rate",
        "2x pipeline coverage",
    ],
)
def test_outcomes_are_not_flagged_as_activities_or_vague(text):
    assert not {"KR102", "KR104"} & set(codes(text)), codes(text)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Improve gr-diff performance", True),
        ("Make the highlight layer more efficient", True),
        ("Land enhanced file status information", False),
        ("Make use of RTrees to optimize rasterization", False),
        ("All new products have a faster transaction time than those they replaced", False),
    ],
)
def test_vague_words_count_only_when_they_are_the_claim(text, vague):
    assert ("KR104" in codes(text)) is vague


def test_an_assumed_reading_is_a_kr111_finding_with_the_reading():
    found = [
        f for f in review_sentence("Close all critical alerts within 7 days") if f.code == "KR111"
    ]
    assert found and "within 7 days" in found[0].message and "check" in found[0].message
    assert found[0].severity == "info"


@pytest.mark.parametrize(
    "text",
    [
        "4 speaking engagements this quarter",
        "3 webinars for partners in Q2",
        "Two customer workshops per month",
        "12 blog posts on the new pricing",
        "Ship 25 or more releases to stable",
        "Ship 12+ integrations to the marketplace",
    ],
)
def test_a_count_of_outputs_without_a_verb_or_after_a_bound_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passing 90% of layout tests",
        "Meet 95% of committed delivery dates",
        "Exceed 80% of sprint goals each quarter",
        "4 hour median first response",
        "12 new paying customers in the GCC",
    ],
)
def test_a_share_of_a_bar_cleared_and_counts_of_results_are_outcomes(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "10 new connectors live with docs",
        "3 regional sites live",
        "4 services in production on Kubernetes",
    ],
)
def test_a_count_of_things_put_live_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "12 customers live on the new platform",
        "Time to live under 2 days",
        "Live chat answered within 2 minutes",
    ],
)
def test_people_live_or_live_as_a_name_is_not_an_activity(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Code review latency: Reduce P50 start latency from Xmin to Ymin.",
        "Cut time to merge from X days to Y days",
        "Lead time from Xh to Yh",
    ],
)
def test_a_placeholder_range_with_a_unit_is_a_measure_to_fill_in_not_work(text):
    assert "KR102" not in codes(text)
