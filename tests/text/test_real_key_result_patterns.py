"""The key result parser on the shapes real key results take (issue 15).

Each pattern comes with several sentences of that shape, in our own words. A row is
(text, direction, start, target, change, unit); change is (amount, relative) or None.
"""

import pytest

from cairn.text.key_result_parser import parse_key_result
from cairn.text.languages import language_of


def read(text: str) -> tuple:
    got = parse_key_result(text)
    change = (got.change.amount, got.change.relative) if got.change else None
    return (got.direction, got.start, got.target, change, got.unit)


def check(text: str, expected: tuple) -> None:
    got = read(text)
    assert got[:3] == expected[:3] or _close(got, expected), (text, got)
    assert got == expected or _close(got, expected), (text, got)


def _close(got: tuple, expected: tuple) -> bool:
    if got[0] != expected[0] or got[3:] != expected[3:]:
        return False
    return all(
        (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6)
        for a, b in zip(got[1:3], expected[1:3], strict=True)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Campaign drives a 12% increase in demo requests",
            ("increase", None, None, (12, True), None),
        ),
        ("Achieve an 8% cut in cloud spend", ("decrease", None, None, (8, True), None)),
        ("Time to hire -20%", ("decrease", None, None, (20, True), None)),
        ("Average handle time down 20%", ("decrease", None, None, (20, True), None)),
        ("Trial conversion up 15% this quarter", ("increase", None, None, (15, True), None)),
        ("Onboarding NPS +10 points", ("increase", None, None, (10, False), "points")),
        ("Deliver a 30% reduction in manual invoices", ("decrease", None, None, (30, True), None)),
        ("Grow net revenue +12% QoQ", ("increase", None, None, (12, True), None)),
    ],
)
def test_a_stated_increase_or_reduction_is_a_relative_change_not_a_target(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Answer 90% of tickets in under 12 hours", ("increase", None, 90, None, "%")),
        (
            "Ship 2 integrations requested by >=3 customers each",
            ("increase", None, 2, None, "integrations"),
        ),
        ("Host 12 meetups, at least one per region", ("increase", None, 12, None, "meetups")),
        ("Sign 40 partners with at least 5 seats", ("increase", None, 40, None, "partners")),
        ("For release 4.2 the target is 150", ("increase", None, 150, None, None)),
        (
            "No regressions reach the M57 or later stable channel",
            ("stay_below", None, 0, None, "regressions"),
        ),
        (
            "End the quarter with 30 more customers in the $10-50k band",
            ("increase", None, None, (30, False), "customers"),
        ),
        (
            "Add 3 new dashboards. At least 2 of them for finance.",
            ("increase", None, 3, None, "dashboards"),
        ),
        ("Publish a Product Vision, including up to three KPIs", (None, None, None, None, None)),
    ],
)
def test_qualifying_numbers_are_not_the_measure(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2x pipeline coverage", ("increase", None, 2, None, "x")),
        ("Increase enterprise pipeline coverage to 4x", ("increase", None, 4, None, "x")),
        ("Have 3x replication for every shard", ("increase", None, 3, None, "x")),
        ("Grow sign-ups 3x", ("increase", None, None, (200, True), None)),
        ("Double weekly sign-ups from 800", ("increase", 800, 1600, None, None)),
        ("Speed up the import by a factor of 2", ("increase", None, None, (100, True), None)),
        ("Serve twice as many schools as last year", ("increase", None, None, (100, True), None)),
    ],
)
def test_multiples_are_values_after_to_or_have_and_factors_after_a_change_verb(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spend more than 60% of time on customer work", ("stay_above", None, 60, None, "%")),
        ("Keep dependencies never more than 30 days old", ("stay_below", None, 30, None, "days")),
        ("Stay within 5% of plan", ("stay_below", None, 5, None, "%")),
        (
            "No client inquiry waits more than 2 days for an answer",
            ("stay_below", None, 2, None, "days"),
        ),
        ("CSAT > 4.5/5", ("stay_above", None, 4.5, None, None)),
        ("API calls always < 300ms", ("stay_below", None, 300, None, "ms")),
        ("Improve satisfaction by 3% or more", ("increase", None, None, (3, True), None)),
        (
            "Speed of checkout on par with or higher than the old flow",
            ("stay_above", None, None, None, None),
        ),
        ("Number of online applications increases", ("increase", None, None, None, None)),
        ("Lead time from commit to release is shorter", ("decrease", None, None, None, None)),
    ],
)
def test_direction_follows_explicit_verbs_and_bounds(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reach 80 weekly users (up from 15)", ("increase", 15, 80, None, "users")),
        ("Zero open critical bugs (currently 17)", ("decrease", 17, 0, None, "bugs")),
        ("Raise coverage to 70% from the current 40%", ("increase", 40, 70, None, "%")),
        ("Increase NPS to 48 (from 41)", ("increase", 41, 48, None, None)),
        ("Achieve <1% error rate (reduce from 2.5% to <1%)", ("decrease", 2.5, 1, None, "%")),
        ("Cut onboarding to 5 days (baseline: 12 days)", ("decrease", 12, 5, None, "days")),
        ("Reduce the effort score from a 3 to a 1", ("decrease", 3, 1, None, None)),
    ],
)
def test_baselines_in_parentheses_or_after_the_target_are_the_start(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resolve P1 incidents within 1 hour", ("stay_below", None, 1, None, "hours")),
        ("Acknowledge pages within 5 minutes", ("stay_below", None, 5, None, "minutes")),
        ("Close all critical alerts within 7 days", ("stay_below", None, 7, None, "days")),
        ("Runs for 10 days without a crash", ("stay_above", None, 10, None, "days")),
        ("Handle 1 TB of data", ("increase", None, 1, None, "TB")),
        ("Store 50GBs of media content", ("increase", None, 50, None, "GB")),
        ("Launch the app within 60 days", (None, None, None, None, None)),
        ("Sign 10 customers within 60 days", ("increase", None, 10, None, "customers")),
    ],
)
def test_limits_and_sizes_are_not_timeframes(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cut bundle size from 2.4 MB to under 600 KB", ("decrease", 2400, 600, None, "KB")),
        ("Shrink the image from 3 GB to 800 MB", ("decrease", 3000, 800, None, "MB")),
        ("Cut build time from 2 hours to 30 minutes", ("decrease", 120, 30, None, "minutes")),
        ("Deploy from 3/week to 2/day", ("increase", 3 / 7, 2, None, None)),
        ("Page load under 1m20s", ("stay_below", None, 80, None, "seconds")),
        ("Nightly job under 2h30m", ("stay_below", None, 150, None, "minutes")),
    ],
)
def test_mixed_units_are_read_in_the_targets_unit(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Close all critical alerts within 7 days", "as a limit for each item"),
        ("Add 3 dashboards. At least 2 of them for finance.", "taken as detail"),
        ("Achieve 90% build success (reduce failures from 30% to 10%)", "— check"),
    ],
)
def test_a_guess_is_said_as_a_note_rather_than_made_silently(text, note):
    assert any(note in n for n in parse_key_result(text).notes), parse_key_result(text).notes


@pytest.mark.parametrize(
    "text",
    ["Resolve P1 incidents within 1 hour", "Reach 80 weekly users (up from 15)", "Grow ARR to $5M"],
)
def test_a_plain_reading_has_no_note(text):
    assert parse_key_result(text).notes == ()


@pytest.mark.parametrize(
    "text",
    [
        "(",
        ")(",
        "(((1)))",
        "[[",
        "x (up from )",
        "from a to a",
        "1m",
        "within",
        "No",
        "( Target: )",
    ],
)
def test_odd_asides_never_break_the_parser(text):
    parse_key_result(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Help 7+ partner teams adopt the new API", ("stay_above", None, 7, None, "teams")),
        (
            "Ship 25 or more releases to the stable channel",
            ("stay_above", None, 25, None, "releases"),
        ),
        ("Get 3 or fewer escalations per month", ("stay_below", None, 3, None, "escalations")),
        ("Reach the final round at 4+ agencies", ("stay_above", None, 4, None, "agencies")),
    ],
)
def test_a_bound_after_the_number_still_counts_the_noun(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥ 95% SLO compliance for 12 consecutive weeks", ("stay_above", None, 95, None, "%")),
        ("99% SLA attainment across regions", ("increase", None, 99, None, "%")),
        ("Resolve tickets within a 4 hour SLA", ("stay_below", None, 4, None, "hours")),
        ("Keep a 2 hour turnaround on refunds", ("stay_below", None, 2, None, "hours")),
    ],
)
def test_only_a_duration_before_sla_is_a_limit(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organic bookings growth $83k/mo to $93k/mo", ("increase", 83000, 93000, None, "$")),
        ("Qualified pipeline $387K MRR to $550K MRR", ("increase", 387000, 550000, None, "$")),
        ("Weekly active users 300 to 500", ("increase", 300, 500, None, None)),
        ("Average order value $40 net to $55 net", ("increase", 40, 55, None, "$")),
    ],
)
def test_a_to_b_with_the_same_word_after_both_numbers(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget variance within ±5% of plan", ("stay_below", None, 5, None, "%")),
        ("Forecast accuracy within ±10% (planned vs actual)", ("stay_below", None, 10, None, "%")),
        ("Inventory count error ±2%", ("stay_below", None, 2, None, "%")),
    ],
)
def test_a_plus_minus_band_is_a_tolerance_to_stay_within(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Achieve NPS 55 in the mobile app (current: 41).", ("increase", 41, 55, None, None)),
        ("Reach 80 weekly users (current 15)", ("increase", 15, 80, None, "users")),
        ("Cut churn to 3% (current: 5%)", ("decrease", 5, 3, None, "%")),
    ],
)
def test_a_current_value_in_parentheses_is_the_baseline(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1+ case study published per month", ("stay_above", None, 1, None, "studies")),
        ("1+ customer story a quarter", ("stay_above", None, 1, None, "stories")),
    ],
)
def test_one_plus_a_singular_noun_counts_that_noun(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Number of open bugs did not increase during the quarter",
            ("stay_below", None, None, None, None),
        ),
        ("Support tickets do not grow as users double", ("stay_below", None, None, None, None)),
        ("No increase in churn after the price change", ("stay_below", None, None, None, None)),
        ("Retention does not drop after the redesign", ("stay_above", None, None, None, None)),
        (
            "Login success rate matches or is higher than on the web",
            ("stay_above", None, None, None, None),
        ),
        ("Uptime matches or exceeds last year's", ("stay_above", None, None, None, None)),
    ],
)
def test_a_negated_trend_or_a_written_floor_sets_the_direction(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Improve paint performance by a total of 10%", ("increase", None, None, (10, True), None)),
        (
            "Cut build time by a total of 30 minutes",
            ("decrease", None, None, (30, False), "minutes"),
        ),
    ],
)
def test_by_a_total_of_is_a_change(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Achieve renewal rate of >X%", ("increase", None, None, None, None)),
        ("X% of users choose to allow biometric login", ("increase", None, None, None, None)),
        ("Maintain customer acquisition cost at Y.", ("stay_below", None, None, None, None)),
        ("Cut first-response time to [N%] of today's", ("decrease", None, None, None, None)),
        ("Ship the x86 build", (None, None, None, None, None)),
    ],
)
def test_a_placeholder_value_still_gives_the_direction(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cut infra cost by ~20%", ("decrease", None, None, (20, True), None)),
        ("Reach 1,000 GitHub stars (currently ~400)", ("increase", 400, 1000, None, "stars")),
        ("Grow weekly sign-ups from ~300 to 500", ("increase", 300, 500, None, None)),
        ("Keep ~/.config under version control", (None, None, None, None, None)),
    ],
)
def test_an_approximate_number_is_the_number(text, expected):
    check(text, expected)


# Third round (issue 15): rules written on all three real sets, each tested here on invented
# sentences of the same shape, with the near misses that must stay as they were.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Achieve zero support tickets for password resets",
            ("stay_below", None, 0, None, "tickets"),
        ),
        (
            "Maintain zero SDK imports inside the core layer",
            ("stay_below", None, 0, None, "imports"),
        ),
        (
            "Pass the audit with zero high or critical findings",
            ("stay_below", None, 0, None, "findings"),
        ),
        ("Ship the release with 0 open blockers", ("stay_below", None, 0, None, "blockers")),
        # a lower-is-better metric keeps the verb's reading; a start keeps the change
        ("Achieve zero lost-time injuries in 2026", ("stay_below", None, 0, None, "injuries")),
        ("Reduce open escalations from 12 to 0", ("decrease", 12, 0, None, None)),
    ],
)
def test_zero_is_a_ceiling_never_a_level_to_rise_to(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Upgrade the search cluster to the new Elasticsearch", (None, None, None, None, None)),
        ("Users can upgrade the plugin without losing settings", (None, None, None, None, None)),
        ("Upgrade 40 build agents to the new image", ("increase", None, 40, None, "agents")),
        ("Improve onboarding", ("increase", None, None, None, None)),
    ],
)
def test_upgrade_names_a_new_version_not_a_direction(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Validate the models in KR 2.1 to score >= 0.9 on each segment",
            ("stay_above", None, 0.9, None, None),
        ),
        (
            "Close the gaps named in Objective 3 for 12 customers",
            ("increase", None, 12, None, "customers"),
        ),
        ("Deploy a 4-level approval flow to 3 teams", ("increase", None, 3, None, "teams")),
        ("Roll out 2-factor login and a 3-tier cache", (None, None, None, None, None)),
        ("Reach a 5-star rating", ("increase", None, 5, None, None)),  # "star" is a unit
        ("Two design‑system components shipped", ("increase", None, 2, None, "components")),
    ],
)
def test_ids_and_number_adjectives_are_words(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data quality violations reduced by 80%", ("decrease", None, None, (80, True), None)),
        ("Weekly signups increased by 10%", ("increase", None, None, (10, True), None)),
        ("Cost per lead cut to $40", ("decrease", None, 40, None, "$")),
        ("Checkout errors halved by 30% in Q3", ("decrease", None, None, (30, True), None)),
    ],
)
def test_a_change_participle_after_the_metric_gives_the_direction(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maintain log schema compatibility across all services",
            ("stay_above", None, None, None, None),
        ),
        ("Sustain deploy frequency through the migration", ("stay_above", None, None, None, None)),
        ("Preserve low checkout latency during the sale", ("stay_below", None, None, None, None)),
        ("maintain or increase repeat usage of the app", ("stay_above", None, None, None, None)),
        ("Ensure that bugs get filed automatically", (None, None, None, None, None)),
    ],
)
def test_maintain_holds_a_level_even_without_a_number(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Run at least one customer workshop (pricing, onboarding)",
            ("stay_above", None, 1, None, "workshops"),
        ),
        ("Publish at least one case study", ("stay_above", None, 1, None, "studies")),
        ("Ship for one common trigger first", (None, None, None, None, None)),
        ("Scouts flag 2+ actionable items/sprint", ("stay_above", None, 2, None, "items")),
        ("Volunteers give 5,000 hours/year", ("increase", None, 5000, None, "hours")),
        ("Ship 3 features/month", ("increase", None, 3, None, "features")),
    ],
)
def test_a_bound_one_and_a_glued_rate_still_count_the_noun(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Complete the climb in six days or fewer", ("stay_below", None, 6, None, "days")),
        ("Close the books within 5 days or less", ("stay_below", None, 5, None, "days")),
        ("Onboard new hires in 3 days or fewer", ("stay_below", None, 3, None, "days")),
        ("Launch the beta in 2 weeks", (None, None, None, None, None)),
    ],
)
def test_a_bounded_duration_is_a_limit_not_a_timeframe(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one on the crew suffers a serious injury", ("stay_below", None, 0, None, "injuries")),
        ("Nobody has a failed deploy this quarter", ("stay_below", None, 0, None, "deploys")),
        ("No one waits", (None, None, None, None, None)),
    ],
)
def test_no_one_with_a_counted_noun_stays_below_zero(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reduce by 50% the context losses on resume", ("decrease", None, None, (50, True), None)),
        ("Grow by 20% weekly active teams", ("increase", None, None, (20, True), None)),
        ("Grow weekly active teams by 20 teams", ("increase", None, None, (20, False), "teams")),
    ],
)
def test_a_relative_change_does_not_count_the_noun_after_it(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hold a monthly review call with all accounts over $1m", (None, None, None, None, None)),
        ("Run business reviews for all customers above $50k ARR", (None, None, None, None, None)),
        ("Keep all pages under 2 seconds", ("stay_below", None, 2, None, "seconds")),
    ],
)
def test_a_bound_after_with_all_items_picks_the_items(text, expected):
    check(text, expected)


def test_a_bound_that_picks_items_says_so():
    notes = parse_key_result("Hold a monthly review call with all accounts over $1m").notes
    assert notes == ("read 'over $1m' as which accounts count, not as a target — check",)
    assert parse_key_result("Keep all pages under 2 seconds").notes == ()


# Fourth round (issue 15): rules written from half A of the round-3 set only (bench.halves).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Across the 10 latest releases, ≥8 ship on time",
            ("stay_above", None, 8, None, "releases"),
        ),
        ("Of the 12 pilot customers, 9 renew", ("increase", None, 9, None, "customers")),
        (
            "Among 40 sampled tickets, at least 36 are answered within a day",
            ("stay_above", None, 36, None, "tickets"),
        ),
        # no number after the comma: the scope's number is the value as before
        ("Across 5 regions, open new stores", ("increase", None, 5, None, "regions")),
        # a scope without a number leaves the value and its noun alone
        ("Across all teams, ship 3 features", ("increase", None, 3, None, "features")),
        # not a scope opener: the first number still leads
        ("Ship 2 features, at least 1 per team", ("increase", None, 2, None, "features")),
    ],
)
def test_a_leading_scope_names_the_set_and_the_value_follows_it(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facto has one or more benchmark tasks defined", ("stay_above", None, 1, None, "tasks")),
        ("Publish one or more case studies", ("stay_above", None, 1, None, "case studies")),
        ("Have 3 or more repeatable benchmarks", ("stay_above", None, 3, None, "benchmarks")),
        # a bare "one" before a singular noun is still an article
        ("Agree on one common format", (None, None, None, None, None)),
    ],
)
def test_one_or_more_counts_the_noun(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1st export deal closed (≥$2M GMV)", ("stay_above", None, 2_000_000, None, "$")),
        ("2nd office opened (≥12 staff)", ("stay_above", None, 12, None, "staff")),
        (
            "Technique library (50+ techniques from all 8 experts, with sources)",
            ("stay_above", None, 50, None, "techniques"),
        ),
        ("Catalogue (at least 40 recipes, 3 cuisines)", ("stay_above", None, 40, None, "recipes")),
        # an unbounded list of counts in parentheses is still a spec, not the value
        ("Role model (10 custom roles, 50 granular permissions)", (None, None, None, None, None)),
        # a real number outside still wins over the parenthesis
        ("Close 3 deals (≥$2M GMV each)", ("increase", None, 3, None, "deals")),
    ],
)
def test_a_bounded_count_in_parentheses_is_the_value(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('App Store screenshots (6.7" + 5.5")', (None, None, None, None, None)),
        ('Support 27" monitors for 300 users', ("increase", None, 300, None, "users")),
        ('Ship a 10" tablet layout', (None, None, None, None, None)),
        # a mark that closes a quotation is a quote: the number stays the value
        ('"Reach 500" weekly users', ("increase", None, 500, None, None)),
    ],
)
def test_a_number_glued_to_an_inch_mark_is_a_size(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Press coverage in ≥2 KG media outlets", ("stay_above", None, 2, None, "outlets")),
        ("Sign 40 KM farms", ("increase", None, 40, None, "farms")),
        # the unit stays a unit before "of", at the end, in lower case or a capital unit like GB
        ("Ship 500 KG of feed", ("increase", None, 500, None, "kg")),
        ("Lose 5 kg", ("decrease", None, 5, None, "kg")),  # "lose" a decrease (session 20)
        ("Store 500 GB backups", ("increase", None, 500, None, "GB")),
    ],
)
def test_a_lower_case_unit_in_capitals_before_a_noun_is_a_code(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flow produces rich activities for all 6 weeks", (None, None, None, None, None)),
        ("Library of techniques from all 8 experts", (None, None, None, None, None)),
        (
            "Train staff across all 3 regions to reach 90% adoption",
            ("increase", None, 90, None, "%"),
        ),
        # no preposition before "all": the number is the value
        ("Migrate all 40 services", ("increase", None, 40, None, "services")),
    ],
)
def test_all_n_after_a_preposition_names_the_whole_set(text, expected):
    check(text, expected)


# Fifth round: rules written from the round-4 set's misses (docs/plaintext.md, "Fifth round").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viable conversation rate (3+ members within 24 hours)", (None,) + (None,) * 4),
        ("Repeat purchase rate (2+ orders in 90 days)", (None,) + (None,) * 4),
        ("Mean agreement with gold labels (tier ≥ 2 reviewers)", (None,) + (None,) * 4),
        ("Average basket size (orders over $20)", (None,) + (None,) * 4),
        # a target stated in the parenthesis is still the target
        ("Median conversation lifespan (target 3-7 days)", ("increase", None, 3, None, "days")),
        ("Activation rate (≥ 40%)", ("stay_above", None, 40, None, "%")),
        ("Participant reach (Target: 10,000+)", ("stay_above", None, 10000, None, None)),
    ],
)
def test_a_statistic_s_parenthesis_defines_what_it_counts(text, expected):
    check(text, expected)
    if expected[0] is None:
        assert any("definition of the measure" in n for n in parse_key_result(text).notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Images served per spec §16 instead of raw PNGs", (None,) + (None,) * 4),
        ("All acceptance checks pass in the suite (11 §2)", (None,) + (None,) * 4),
        ("Unknown slugs return real 404s", (None,) + (None,) * 4),
        ("No more 500s on checkout", ("stay_below", None, 0, None, "500s")),
        ("Port the importer to modules Odoo 17", (None,) + (None,) * 4),
        ("Run the test suite on Django 5.2", (None,) + (None,) * 4),
        # measured names and acronyms keep their value; a glued "s" on other numbers is seconds
        ("Achieve Net Promoter Score 40", ("increase", None, 40, None, None)),
        ("Cut p95 latency under 300s", ("stay_below", None, 300, None, "seconds")),
    ],
)
def test_references_status_codes_and_versions_are_names(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Release 4 new workshops, excluding E", ("increase", None, 4, None, "workshops")),
        ("Release 2 new SDKs", ("increase", None, 2, None, "SDKs")),
        ("Release 4.2 ships to all users", (None,) + (None,) * 4),
        ("Phase 2 customers onboarded", (None,) + (None,) * 4),
    ],
)
def test_a_leading_verb_that_is_a_name_word_counts_a_plural(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Public launch with all 10 designed screens live",
            ("increase", None, 10, None, "screens"),
        ),
        ("Ship v2 with all 5 integrations working", ("increase", None, 5, None, "integrations")),
        ("Library of techniques from all 8 experts", (None,) + (None,) * 4),
    ],
)
def test_with_all_n_names_what_is_delivered(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zero oversells: stock sweeps green all quarter; accuracy spot-check ≥ 98% monthly",
            ("stay_below", None, 0, None, "oversells"),
        ),
        ("No outages: drills run 3 times per quarter", ("stay_below", None, 0, None, "outages")),
        # an ordinal label is still set apart
        ("Ticket volume: reduce by 10%", ("decrease", None, None, (10, True), None)),
    ],
)
def test_a_label_stating_zero_is_the_measure(text, expected):
    check(text, expected)
    if expected[2] == 0:
        assert any("as the measure" in n for n in parse_key_result(text).notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beat the baseline model by >10% using 3 models",
            ("increase", None, None, (10, True), None),
        ),
        ("Grow revenue by at least 20%", ("increase", None, None, (20, True), None)),
        ("Cut costs by more than 15% this year", ("decrease", None, None, (15, True), None)),
        # "by" naming who does it is not a change
        ("Exports adopted by at least 5 active users", ("stay_above", None, 5, None, "users")),
    ],
)
def test_a_bounded_change_after_by_is_a_change(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health check green 30 consecutive days", ("stay_above", None, 30, None, "days")),
        ("Ship a build 7 days in a row", ("stay_above", None, 7, None, "days")),
        ("Run 10 days straight without a crash", ("stay_above", None, 10, None, "days")),
        ("Publish 12 consecutive weekly posts", ("increase", None, 12, None, "posts")),
        ("Reach 30 days of runway", ("increase", None, 30, None, "days")),
    ],
)
def test_a_streak_of_days_stays_above(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publish at least one op-ed on the blog", ("stay_above", None, 1, None, "op-eds")),
        (
            "CSV import used for ≥ 1 bulk price/stock update",
            ("stay_above", None, 1, None, "updates"),
        ),
        ('Hold 1 final "Project Retrospective"', ("increase", None, 1, None, "retrospectives")),
        ("1 piloto activo con ≥20 pacientes", ("increase", None, 1, None, "pilotos")),
        ("500 clientes activos para junio", ("increase", None, 500, None, "clientes")),
        ("Signer 3 clients actifs pour le produit", ("increase", None, 3, None, "clients")),
    ],
)
def test_a_single_count_names_its_noun(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuel treasury never breaches its reserve floor", ("stay_below", None, 0, None, None)),
        ("Our status page never shows red", ("stay_below", None, 0, None, None)),
        (
            "Canisters topped up by the keeper, no manual top-ups",
            ("stay_below", None, 0, None, "top-ups"),
        ),
        ("Ship the new checkout; zero payment errors", ("stay_below", None, 0, None, "errors")),
        # a bound after "never" keeps its number
        (
            "Ensure the build never takes more than ten minutes",
            ("stay_below", None, 10, None, "minutes"),
        ),
    ],
)
def test_never_and_a_later_no_state_zero(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Purge expired files within 5 minutes of expiry to keep storage below 2TB.",
            ("stay_below", None, 5, None, "minutes"),
        ),
        (
            "Hire 3 engineers so that on-call drops to 1 week in 6",
            ("increase", None, 3, None, "engineers"),
        ),
        (
            "Keep p95 latency under 300ms to ensure 99% of users stay",
            ("stay_below", None, 300, None, "ms"),
        ),
    ],
)
def test_a_purpose_clause_is_not_the_measure(text, expected):
    check(text, expected)


def test_a_purpose_clause_holding_the_only_value_is_read_with_a_note():
    got = parse_key_result("Reduce cloud spend to keep margin above 40%")
    assert (got.direction, got.target, got.unit) == ("stay_above", 40, "%")
    assert got.notes == ("read the value of 'to keep margin above 40%' as the measure — check",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MVP listo en 4–6 semanas", (None,) + (None,) * 4),
        ("MVP ready in 4-6 weeks", (None,) + (None,) * 4),
        ("Lancer le produit dans 3 mois", (None,) + (None,) * 4),
        ("Sign 40 customers in 4-6 weeks", ("increase", None, 40, None, "customers")),
    ],
)
def test_timeframes_as_ranges_and_in_romance_languages(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Invite-code owners whose agent completes ≥ 50 tasks", (None,) + (None,) * 4),
        ("Users who log in at least 3 times a week", (None,) + (None,) * 4),
        # a share in the clause is the target; a leading count is the value
        ("Customers who renew ≥ 90%", ("stay_above", None, 90, None, "%")),
        ("20 creator profiles who add at least one item", ("increase", None, 20, None, "profiles")),
    ],
)
def test_a_bound_in_a_relative_clause_defines_the_items(text, expected):
    check(text, expected)
    if expected[0] is None:
        assert any("which items count" in n for n in parse_key_result(text).notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Load test passing at 10k req/min with p99 < 200ms",
            ("stay_below", None, 200, None, "ms"),
        ),
        ("Hold p95 under 150ms at 2,000 rps", ("stay_below", None, 150, None, "ms")),
        (
            "Checkout works at 500 rps with error rate below 0.1%",
            ("stay_below", None, 0.1, None, "%"),
        ),
        # without "at" the first count is the measure
        ("Ship 2 features requested by ≥3 customers", ("increase", None, 2, None, "features")),
    ],
)
def test_a_throughput_after_at_is_the_condition_of_a_bound(text, expected):
    check(text, expected)


# Fifth round, second half: rules written from the round-3 set's misses.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Launch in 2 new global markets (target: 2.0)", ("increase", None, 2, None, "markets")),
        ("$3.1 million in new revenue (target: 3100000.0)", ("increase", None, 3100000, None, "$")),
        (
            "Deliver >= 2 enhancements with ≥80% positive feedback (target: 2.0)",
            ("stay_above", None, 2, None, "enhancements"),
        ),
        (
            "Cut handling time by at least 30% against the old flow (target: 30.0)",
            ("decrease", None, None, (30, True), None),
        ),
        (
            "Reduce manual effort by >= 200 hours (target: 200.0)",
            ("decrease", None, None, (200, False), "hours"),
        ),
        # a different number in "(target: …)" is still the target
        ("Cost to raise $1 (Target: $0.15 or less)", ("stay_below", None, 0.15, None, "$")),
    ],
)
def test_a_target_suffix_repeating_the_sentence_s_number_is_a_restatement(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voiceover alignment with +/- 200ms accuracy", ("stay_below", None, 200, None, "ms")),
        ("Forecast within +/- 5% of actuals", ("stay_below", None, 5, None, "%")),
        ("Hold bi-weekly 1:1 meetings with the team", (None,) + (None,) * 4),
        ("Complete 60% of MySQL 8.0 → 8.4 upgrades", ("increase", None, 60, None, "%")),
        ("Cut build time 8.0 → 4.5 minutes", ("decrease", 8, 4.5, None, "minutes")),
        ("Deliver with at least 1 client live by Q3", ("stay_above", None, 1, None, "clients")),
    ],
)
def test_tolerances_one_on_ones_versions_and_states(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maintain a velocity increase of 10% each week",
            ("increase", None, None, (10, True), None),
        ),
        ("Achieve a reduction of 20% in churn", ("decrease", None, None, (20, True), None)),
        ("Maintain a clear downward trend throughout the year", ("decrease",) + (None,) * 4),
        ("Keep an upward trend in weekly signups", ("increase",) + (None,) * 4),
    ],
)
def test_a_named_change_or_trend_gives_the_direction(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 2–3 interesting destinations", ("stay_above", None, 2, None, "destinations")),
        ("Ship at most 4-5 releases", ("stay_below", None, 5, None, "releases")),
        ("Ship 4-5 releases", ("increase", None, 4, None, "releases")),
        ("95% success rate for 60–120s clips by Dec 31", ("increase", None, 95, None, "%")),
        ("E2E 30–90s narrative pipeline >90% success", ("stay_above", None, 90, None, "%")),
        ("Automatic cleanup of temp assets after 7 days", (None,) + (None,) * 4),
    ],
)
def test_bounded_and_qualifying_ranges(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Postmortems for incidents > 30 minutes", (None,) + (None,) * 4),
        ("Reviews for orders over $500", (None,) + (None,) * 4),
        # with a verb the bound is the target
        ("Keep response times for tickets under 4 hours", ("stay_below", None, 4, None, "hours")),
    ],
)
def test_a_bound_after_a_plural_without_a_verb_picks_items(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No agent has access to production credentials.", ("stay_below", None, 0, None, None)),
        ("No customer is charged twice", ("stay_below", None, 0, None, None)),
        ("Boost + Verified Breeder V1 shipped", (None,) + (None,) * 4),
        (
            "Free tier: 2 assessments + Week 1 strategies",
            ("increase", None, 2, None, "assessments"),
        ),
        ("Onboard 7+ teams", ("stay_above", None, 7, None, "teams")),
    ],
)
def test_no_singular_noun_and_plus_between_words(text, expected):
    check(text, expected)


# Sixth round: rules written from the round-5 set's misses (Chinese, Korean, Vietnamese,
# Portuguese, Spanish and English key results). Sentences in our own words.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每周写3篇博客", ("increase", None, 3, None, None)),
        ("每月读两本书", ("increase", None, 2, None, None)),
        ("每周锻炼3天", ("increase", None, 3, None, "days")),
        ("本季度签约至少10家客户", ("stay_above", None, 10, None, None)),
        ("客户满意度达到90%", ("increase", None, 90, None, "%")),
        ("一季度完成一次架构评审", ("increase", None, 1, None, None)),
        # "一个" is an article when the sentence has a number of its own
        ("一个季度内上线3个功能", ("increase", None, 3, None, None)),
        ("线上稳定第一，问题日清", (None,) + (None,) * 4),
        ("打造一个学习型团队", (None,) + (None,) * 4),  # "一个" is "a", as "one" before a noun
    ],
)
def test_chinese_numbers_measure_words_and_bounds(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("응답 시간 30% 이상 감소", ("decrease", None, None, (30, True), None)),
        ("오류율 2% 이하 유지", ("stay_below", None, 2, None, "%")),
        ("신규 고객 100명 이상 확보", ("stay_above", None, 100, None, None)),
        ("Tỷ lệ lỗi thanh toán dưới 2%", ("stay_below", None, 2, None, "%")),
        # an uninflected counted noun is the unit (round-6 and round-9 conventions; twelfth round)
        ("Đạt ít nhất 500 người dùng mới", ("stay_above", None, 500, None, "người dùng")),
        # the English shape of the Korean one
        ("Deliver a 20% or greater reduction in churn", ("decrease", None, None, (20, True), None)),
    ],
)
def test_korean_and_vietnamese_bounds_and_trends(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Processar 20.000+ pedidos por mês", ("stay_above", None, 20000, None, "pedidos")),
        ("Llegar a 1.500.000 descargas", ("increase", None, 1500000, None, "descargas")),
        ("Faturamento ≥ R$ 2 milhões/mês", ("stay_above", None, 2_000_000, None, "R$")),
        ("Custo de aquisição ≤ R$ 35", ("stay_below", None, 35, None, "R$")),
        ("Tiempo de respuesta ≤ 2 segundos", ("stay_below", None, 2, None, "seconds")),
        ("Délai de traitement ≤ 48 heures", ("stay_below", None, 48, None, "hours")),
        ("NPS ≥ 50 nos primeiros 6 meses", ("stay_above", None, 50, None, None)),
        ("Reducir 30% de los costos de envío", ("decrease", None, None, (30, True), None)),
        ("Cut 20% of cloud spend", ("decrease", None, None, (20, True), None)),
        ("Certificado de seguridad nivel 2", (None,) + (None,) * 4),
        # a decimal stays a decimal: three decimals that are not "000", and percentages
        ("Keep uptime at 99.999%", ("stay_above", None, 99.999, None, "%")),
        ("Reach a ratio of 2.125", ("increase", None, 2.125, None, None)),
    ],
)
def test_portuguese_spanish_and_french_numbers_units_and_timeframes(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ship the beta by end of Week 6", (None,) + (None,) * 4),
        ("Launch 3 pilots by the end of sprint 4", ("increase", None, 3, None, "pilots")),
        ("Stand-up at 9:30 every day", (None,) + (None,) * 4),
        ("Lights out by 11:00 pm on weekdays", (None,) + (None,) * 4),
        ("Design doc approved by 3+ reviewers", ("stay_above", None, 3, None, "reviewers")),
        ("Proposal endorsed by 2 partner teams", ("increase", None, 2, None, "teams")),
        # a participle of change keeps its change
        ("Weekly signups increased by 500 users", ("increase", None, None, (500, False), "users")),
        ("Pitch resonates with 5/5 interviewees", ("increase", None, 5, None, "interviewees")),
        ("Confidence scoring (0-1) shown on every card", (None,) + (None,) * 4),
        ("Finish in the top 10% of the leaderboard", ("stay_below", None, 10, None, "%")),
    ],
)
def test_dates_times_agents_fractions_scales_and_ranks(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Escalations >48h old ≤ 5", ("stay_below", None, 5, None, None)),
        ("Stale branches >30 days < 3", ("stay_below", None, 3, None, None)),
        ("Incidents older than 14 days: 0", ("stay_below", None, 0, None, None)),
        # two measures joined: the first leads, as before
        ("p95 latency < 300ms; uptime ≥ 99.9%", ("stay_below", None, 300, None, "ms")),
    ],
)
def test_a_value_written_last_after_a_qualifying_bound(text, expected):
    check(text, expected)


def test_a_value_written_last_says_how_it_was_read():
    notes = parse_key_result("Escalations >48h old ≤ 5").notes
    assert notes == ("read '<= 5' as the target and '> 48h' as which items count — check",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monthly review with the 3 founders", (None,) + (None,) * 4),
        ("Taller quincenal con los 5 equipos", (None,) + (None,) * 4),
        ("Interview the 10 churned customers", ("increase", None, 10, None, "customers")),
        ("Sign 4 deals with the 3 distributors", ("increase", None, 4, None, "deals")),
    ],
)
def test_a_count_of_a_known_set_is_not_a_target(text, expected):
    check(text, expected)


def test_a_count_of_a_known_set_says_how_it_was_read():
    notes = parse_key_result("Monthly review with the 3 founders").notes
    assert notes == ("read 'with the 3 founders' as a known set, not a target — check",)


# Seventh round: key results in the languages OKRs are commonly written in, read through the
# English rules by `cairn.text.languages` (verbs first, bound words, "from A to B", "by N",
# units, thousands separators and scale words). Sentences in our own words, none from a set.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German
        ("Umsatz um 20% steigern", ("increase", None, None, (20, True), None)),
        ("Wir senken die Kosten von 5.000 € auf 3.000 €", ("decrease", 5000, 3000, None, "€")),
        # German counted nouns are units since the twelfth round (the round-10 convention)
        ("Mindestens 50 neue Kunden gewinnen", ("stay_above", None, 50, None, "Kunden")),
        ("Antwortzeit unter 2 Stunden halten", ("stay_below", None, 2, None, "hours")),
        ("Kundenzufriedenheit auf 90% erhöhen", ("increase", None, 90, None, "%")),
        # Spanish
        (
            "Reducir el tiempo de respuesta de 48 horas a 24 horas",
            ("decrease", 48, 24, None, "hours"),
        ),
        (
            "Aumentar las ventas en un 15% para fin de año",
            ("increase", None, None, (15, True), None),
        ),
        ("Alcanzar al menos 1.200 usuarios activos", ("stay_above", None, 1200, None, "usuarios")),
        # Portuguese
        ("Aumentar a receita recorrente em 25%", ("increase", None, None, (25, True), None)),
        ("Reduzir o churn de 8% para 5%", ("decrease", 8, 5, None, "%")),
        # French
        ("Réduire le délai de livraison de 5 jours à 2 jours", ("decrease", 5, 2, None, "days")),
        ("Augmenter le chiffre d'affaires de 20 %", ("increase", None, None, (20, True), None)),
        ("Atteindre au moins 500 clients payants", ("stay_above", None, 500, None, "clients")),
        # Italian
        ("Ridurre i costi operativi del 10%", ("decrease", None, None, (10, True), None)),
        (
            "Aumentare il fatturato da 2 milioni a 3 milioni di euro",
            ("increase", 2_000_000, 3_000_000, None, "€"),
        ),
        ("Raggiungere almeno 100 nuovi clienti", ("stay_above", None, 100, None, "clienti")),
        # Dutch
        ("Verhoog de omzet met 15%", ("increase", None, None, (15, True), None)),
        ("Verlaag de doorlooptijd van 10 dagen naar 5 dagen", ("decrease", 10, 5, None, "days")),
        # Polish
        ("Zwiększyć sprzedaż o 20% do końca roku", ("increase", None, None, (20, True), None)),
        ("Skrócić czas odpowiedzi z 48 godzin do 24 godzin", ("decrease", 48, 24, None, "hours")),
        # twentieth round: a Polish count keeps its noun (rounds 19 and 20's labels)
        ("Pozyskać co najmniej 300 nowych klientów", ("stay_above", None, 300, None, "klientów")),
        # Russian
        ("Увеличить выручку на 25% к концу года", ("increase", None, None, (25, True), None)),
        ("Снизить отток клиентов с 8% до 5%", ("decrease", 8, 5, None, "%")),
        ("Привлечь не менее 1 000 новых клиентов", ("stay_above", None, 1000, None, None)),
        ("Сократить время ответа до 2 часов", ("decrease", None, 2, None, "hours")),
        # Ukrainian
        (
            "Збільшити кількість активних користувачів на 30%",
            ("increase", None, None, (30, True), None),
        ),
        ("Скоротити час відповіді з 24 годин до 4 годин", ("decrease", 24, 4, None, "hours")),
        # Turkish
        ("Müşteri kaybını %20 azaltmak", ("decrease", None, None, (20, True), None)),
        (
            "Aylık aktif kullanıcı sayısını 10 bin'den 25 bin'e çıkarmak",
            ("increase", 10000, 25000, None, None),
        ),
        ("Yanıt süresini 2 saatin altına indirmek", ("stay_below", None, 2, None, "hours")),
        ("En az 5 yeni müşteri kazanmak", ("stay_above", None, 5, None, None)),
        # Indonesian
        (
            "Meningkatkan penjualan sebesar 20% dalam 6 bulan",
            ("increase", None, None, (20, True), None),
        ),
        (
            "Menurunkan waktu respons dari 10 menit menjadi 5 menit",
            ("decrease", 10, 5, None, "minutes"),
        ),
        # the counted noun as written is the unit (round-9 convention; twelfth round)
        ("Mencapai minimal 1.000 pengguna aktif", ("stay_above", None, 1000, None, "pengguna")),
        # Vietnamese
        ("Tăng doanh thu thêm 20%", ("increase", None, None, (20, True), None)),
        ("Giảm thời gian phản hồi từ 48 giờ xuống 24 giờ", ("decrease", 48, 24, None, "hours")),
        # Chinese (simplified and traditional)
        ("将客户流失率从5%降低到3%", ("decrease", 5, 3, None, "%")),
        ("將客戶流失率從5%降低到3%", ("decrease", 5, 3, None, "%")),
        ("月活跃用户提升到10万", ("increase", None, 100000, None, None)),
        ("营收增长20%", ("increase", None, None, (20, True), None)),
        # Japanese
        ("解約率を5%から3%に下げる", ("decrease", 5, 3, None, "%")),
        ("売上を30%増やす", ("increase", None, None, (30, True), None)),
        # Korean
        ("이탈률을 5%에서 3%로 줄이기", ("decrease", 5, 3, None, "%")),
        ("월간 활성 사용자 10만 명 달성", ("increase", None, 100000, None, None)),
    ],
)
def test_key_results_in_other_languages(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Umsatz um 20% steigern", "de"),
        ("Verhoog de omzet met 15%", "nl"),
        ("Reducir el tiempo de respuesta de 48 horas a 24 horas", "es"),
        ("Reduzir o churn de 8% para 5%", "pt"),
        ("Réduire le délai de livraison", "fr"),
        ("Ridurre i costi operativi del 10%", "it"),
        ("Zwiększyć sprzedaż o 20%", "pl"),
        ("Снизить отток клиентов", "ru"),
        ("Збільшити кількість користувачів", "uk"),
        ("Müşteri kaybını %20 azaltmak", "tr"),
        ("Meningkatkan penjualan sebesar 20%", "id"),
        ("Giảm thời gian phản hồi", "vi"),
        # English stays English, also with words other languages share ("as", "de", "organize")
        ("Make complex text as fast as simple text", None),
        ("Organize 12 lunch-and-learn sessions", None),
        ("Reduce time to first value from 14 days to 3 days", None),
        ("Run 4 customer workshops in Q3", None),
    ],
)
def test_the_language_of_a_key_result(text, language):
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces, dots and commas grouping thousands or marking decimals, per language
        ("Привлечь 12 500 новых пользователей", ("increase", None, 12500, None, None)),
        ("Erreiche 1.500 zahlende Kunden", ("increase", None, 1500, None, "Kunden")),
        ("Снизить долю ошибок до 1,5%", ("decrease", None, 1.5, None, "%")),
        ("Augmenter la marge à 12,5 %", ("increase", None, 12.5, None, "%")),
        # scale words and currencies written after the number
        ("Увеличить выручку до 5 млн ₽", ("increase", None, 5_000_000, None, "RUB")),
        ("Umsatz auf 2 Mio. € steigern", ("increase", None, 2_000_000, None, "€")),
        ("Mencapai pendapatan 3 juta per bulan", ("increase", None, 3_000_000, None, None)),
        ("Tăng doanh thu lên 2 tỷ đồng", ("increase", None, 2_000_000_000, None, "VND")),
        ("营收达到1.2亿", ("increase", None, 120_000_000, None, None)),
        ("매출 3억 원 달성", ("increase", None, 300_000_000, None, "원")),
    ],
)
def test_numbers_written_the_way_of_each_language(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article joined to the preposition of a bound
        ("Mantener la tasa de abandono por debajo del 2%", ("stay_below", None, 2, None, "%")),
        ("Maintenir la disponibilité au-dessus de 99,9 %", ("stay_above", None, 99.9, None, "%")),
        ("Mantenere il tasso di abbandono sotto il 3%", ("stay_below", None, 3, None, "%")),
        ("Garantir disponibilidade acima de 99,5%", ("stay_above", None, 99.5, None, "%")),
        # an adjective written before the noun it counts
        ("Conseguir 500 nuevos clientes de pago", ("increase", None, 500, None, "clientes")),
        # Turkish case endings on percentages; a counter before a Japanese or Korean particle
        ("Churn oranını %5'ten %3'e düşürmek", ("decrease", 5, 3, None, "%")),
        (
            "月間アクティブユーザーを5万人から10万人に増やす",
            ("increase", 50000, 100000, None, None),
        ),
        (
            "월간 활성 사용자를 10만 명에서 15만 명으로 늘리기",
            ("increase", 100000, 150000, None, None),
        ),
        ("Ridurre il tempo di risposta da 48 ore a 24 ore", ("decrease", 48, 24, None, "hours")),
        ("Maintenir le taux d'erreur sous 1 %", ("stay_below", None, 1, None, "%")),
        ("エラー率を1%未満に抑える", ("stay_below", None, 1, None, "%")),
        # currencies written as words after a scale word
        ("Alcanzar 2 millones de euros en ventas", ("increase", None, 2_000_000, None, "€")),
        ("Faturar 5 milhões de reais no ano", ("increase", None, 5_000_000, None, "R$")),
        ("Fatturato a 3 mln di euro entro dicembre", ("increase", None, 3_000_000, None, "€")),
        ("Omzet verhogen naar 2,5 mln euro", ("increase", None, 2_500_000, None, "€")),
        (
            "Atteindre 1,5 million d'euros de chiffre d'affaires",
            ("increase", None, 1_500_000, None, "€"),
        ),
    ],
)
def test_bounds_counts_and_particles_of_other_languages(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change named by a noun: "an increase of N%", or a leading noun then "by N"
        ("Un aumento del 20% en las ventas online", ("increase", None, None, (20, True), None)),
        ("Reducción del 15% en el tiempo de entrega", ("decrease", None, None, (15, True), None)),
        ("Redução de 30% no churn", ("decrease", None, None, (30, True), None)),
        ("Baisse de 20 % des coûts d'acquisition", ("decrease", None, None, (20, True), None)),
        ("Riduzione del 25% dei costi operativi", ("decrease", None, None, (25, True), None)),
        ("Senkung der Kosten um 10%", ("decrease", None, None, (10, True), None)),
        ("Снижение оттока на 20%", ("decrease", None, None, (20, True), None)),
        ("Penurunan biaya operasional sebesar 10%", ("decrease", None, None, (10, True), None)),
        ("Reduction of onboarding time by 20%", ("decrease", None, None, (20, True), None)),
        ("Increase in trial conversions by 5%", ("increase", None, None, (5, True), None)),
        # French "de N" is "by N" only after a verb of change; a score "sur 5" is out of 5
        ("Augmenter le chiffre d'affaires de 20 %", ("increase", None, None, (20, True), None)),
        ("Note de satisfaction de 4,5 sur 5", ("increase", None, 4.5, None, None)),
        # a scale word marks the language of a short label
        ("Umsatz: 1,2 Mio. €", ("increase", None, 1_200_000, None, "€")),
    ],
)
def test_changes_named_by_a_noun_in_any_language(text, expected):
    check(text, expected)


def test_a_dot_grouping_thousands_says_how_it_was_read():
    # "1.500" is 1,500 in German or Spanish and 1.5 in English: the reading is noted
    assert parse_key_result("Erreiche 1.500 zahlende Kunden").notes == (
        "read '1.500' as 1500 (a dot grouping thousands) — check",
    )
    assert parse_key_result("Alcanzar 2.125 usuarios activos").target == 2125
    assert parse_key_result("Reach a ratio of 2.125").notes == ()  # English: a decimal
    assert parse_key_result("Llegar a 1.500.000 descargas").notes == ()  # two dots: thousands


# Seventh round, from the round-6 set's misses in English (sentences in our own words).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula before the bound makes it the predicate, not a bound that picks items
        ("Open tickets on all teams is <20", ("stay_below", None, 20, None, None)),
        ("Errors across all services stays below 15", ("stay_below", None, 15, None, None)),
        ("Postmortems for incidents > 30 minutes", (None,) + (None,) * 4),  # still picks
        # a level or tier with "+" is a level to reach or pass; without it, a name
        ("Team operating at maturity level 3+", ("stay_above", None, 3, None, None)),
        ("All vendors at tier 2+", ("stay_above", None, 2, None, None)),
        ("Certify the plant at level 2", (None,) + (None,) * 4),
        # "maximum N" / "minimum N" without "of"; "exceeds N" after a subject
        ("Handoffs are reduced to maximum 3", ("stay_below", None, 3, None, None)),
        ("Keep coverage at minimum 80%", ("stay_above", None, 80, None, "%")),
        ("Net revenue retention exceeds 110%", ("stay_above", None, 110, None, "%")),
        ("Uptime surpasses 99.9%", ("stay_above", None, 99.9, None, "%")),
        # a named change with a bound, and a change named after one word
        (
            "A cache hit-rate improvement >= 20% on hot paths",
            ("increase", None, None, (20, True), None),
        ),
        ("Median latency reduction > 15% vs. baseline", ("decrease", None, None, (15, True), None)),
        (
            "Tune top 5 queries (≥30% speed improvement each)",
            ("increase", None, None, (30, True), None),
        ),
        ("Deliver a 10% cost reduction", ("decrease", None, None, (10, True), None)),
        # a bounded change before a trailing bound is the measure, the bound its condition
        (
            "At least one variant achieves a latency reduction ≥ 20% with error rate < 2%",
            ("decrease", None, None, (20, True), None),
        ),
        # an age says which items count
        ("Close all tickets 30-60 days old", (None,) + (None,) * 4),
        ("Archive branches 90 days old", (None,) + (None,) * 4),
        # "for / of all N" is the count when it is the only one; a period stays a period
        ("Compute error metrics for all 400 sample sites", ("increase", None, 400, None, "sites")),
        ("Publish a comparison of all four vendors", ("increase", None, 4, None, "vendors")),
        ("Produce daily summaries for all 6 weeks", (None,) + (None,) * 4),
        # "Method 2", "Option 3", "Variant 1" are names
        ("Run the baseline (Method 1) on the full data set", (None,) + (None,) * 4),
        ("Pick Option 3 and report the cost", (None,) + (None,) * 4),
        # Markdown emphasis does not stand between a bound and its number
        ("Sign at least **12 design partners**", ("stay_above", None, 12, None, "partners")),
    ],
)
def test_round6_shapes_in_english(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thai, read inside its script like Chinese: verbs first, bounds, from-to, units
        ("เพิ่มยอดขายจาก 1,000 เป็น 1,500 หน่วย", ("increase", 1000, 1500, None, None)),
        ("ลดเวลาตอบกลับให้ไม่เกิน 2 ชั่วโมง", ("stay_below", None, 2, None, "hours")),
        ("ลูกค้าใหม่อย่างน้อย 50 ราย", ("stay_above", None, 50, None, None)),
        ("เพิ่มยอดขาย 20%", ("increase", None, None, (20, True), None)),
        ("ลดต้นทุนลง 10% ภายใน 6 เดือน", ("decrease", None, None, (10, True), None)),
    ],
)
def test_key_results_in_thai(text, expected):
    check(text, expected)


# Eighth round, from the round-7 set's misses (sentences in our own words).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "current" in the language of the aside: the baseline, as "(current: 35)" in English
        ("Достичь NPS 60+ (текущий: 42)", ("increase", 42, 60, None, None)),
        ("Повысить конверсию до 12% (текущая: 7%)", ("increase", 7, 12, None, "%")),
        ("Alcançar 40% de retenção (atual: 25%)", ("increase", 25, 40, None, "%")),
        ("Erreiche 30 % Marktanteil (aktuell: 18 %)", ("increase", 18, 30, None, "%")),
        # a rate after the baseline's number: "(current: 3/month)"
        ("Zero data-loss incidents (current: 3/month)", ("decrease", 3, 0, None, "incidents")),
        ("Ship to production 40+ times (current: 12/quarter)", ("increase", 12, 40, None, "times")),
        # a bound before a hyphenated time ("<10-min") or a lone "s" / "h" ("<2 s"): a limit
        ("Guides enable <15-min first deploy", ("stay_below", None, 15, None, "minutes")),
        (
            "Cold start of the app <3 s on mid-range phones",
            ("stay_below", None, 3, None, "seconds"),
        ),
        ("Restore service in ≤ 4 h", ("stay_below", None, 4, None, "hours")),
        # "bigger / larger / higher than" and "smaller than" are bounds like "greater than"
        ("Partner sentiment bigger than 20 NPS", ("stay_above", None, 20, None, None)),
        ("Catalogue larger than 5,000 titles", ("stay_above", None, 5000, None, "titles")),
        ("Keep the bundle smaller than 200 KB", ("stay_below", None, 200, None, "KB")),
        # inline code with a digit is a name or a setting, not a value
        ("Set `retries = 3` in the default config", (None,) + (None,) * 4),
        ("Parse `T=1001` feedback and publish 2 topics", ("increase", None, 2, None, "topics")),
        ("默认映射到 `T=1` 速度命令", (None,) + (None,) * 4),
        # without a bound the hyphenated time is an adjective, and a lone letter is no unit
        ("Offer a 30-day trial to new teams", (None,) + (None,) * 4),
    ],
)
def test_round7_baselines_in_asides(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean: a rise or fall after a percentage is a change ("30% 상승", "10% 하락")
        ("가입 전환율 30% 상승", ("increase", None, None, (30, True), None)),
        ("이탈률 10% 하락", ("decrease", None, None, (10, True), None)),
        # a sentence-final verbal noun without a number is the verb: improve, maximise, minimise
        ("고객 만족도 향상", ("increase", None, None, None, None)),
        ("검색 품질 개선", ("increase", None, None, None, None)),
        ("사용자 참여도 극대화", ("increase", None, None, None, None)),
        ("결제 오류율 최소화", ("decrease", None, None, None, None)),
        # Chinese: a verb that moves a number, then the number, is the change ("增加5000人"
        # by 5000); "到" makes it the target; an opening "通过 …，" is the means, not the measure
        ("月活跃用户增加5000人", ("increase", None, None, (5000, False), None)),
        ("月活跃用户增加到5000人", ("increase", None, 5000, None, None)),
        ("通过优化注册流程，实现注册转化率提升10%", ("increase", None, None, (10, True), None)),
        ("通過兩場線上活動，實現新增客戶增加30家", ("increase", None, None, (30, False), None)),
        # a short Portuguese key result ("com", "de" in lower case): the noun follows the number
        ("4 planos de suporte ativos", ("increase", None, 4, None, "planos")),
        ("Painel com 6 indicadores semanais", ("increase", None, 6, None, "indicadores")),
        ("Launch 3 new features in DE", ("increase", None, 3, None, "features")),
        # and "maximise" in English, as "minimise" already was
        ("Maximise weekly engagement of new members", ("increase", None, None, None, None)),
    ],
)
def test_round7_korean_predicates(text, expected):
    check(text, expected)


# Ninth round: rules found by composing key results (tests/text/key_result_phrasings.py), each
# with sentences of its pattern and near misses that must not change.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a baseline aside is read as the sentence's language writes numbers
        ("Umsatzrendite auf 7,5 % steigern (aktuell 6,2 %)", ("increase", 6.2, 7.5, None, "%")),
        (
            "Увеличить долю повторных покупок до 40,5% (сейчас 31,5%)",
            ("increase", 31.5, 40.5, None, "%"),
        ),
        ("Dönüşüm oranını %25'e çıkarmak (mevcut: %17)", ("increase", 17, 25, None, "%")),
        # … with a glued unit, a currency code, "about"
        ("Cut p95 latency to 250ms (currently 400ms)", ("decrease", 400, 250, None, "ms")),
        ("Grow GMV to EUR 3B (baseline: EUR 2.1B)", ("increase", 2.1e9, 3e9, None, "EUR")),
        ("Grow GMV to EUR 18B from the current EUR 12B", ("increase", 12e9, 18e9, None, "EUR")),
        ("Reach 40 paying teams (currently about 25)", ("increase", 25, 40, None, "teams")),
        ("将留存率提高到45%（当前38%）", ("increase", 38, 45, None, "%")),
        # near misses: English grouping, the same noun, other items, no baseline word
        ("Grow subscribers to 4,000 (currently 2,500)", ("increase", 2500, 4000, None, None)),
        ("Reach 80 weekly users (from 15 users)", ("increase", 15, 80, None, "users")),
        (
            "Reach 12 partner integrations (from 3 teams)",
            ("increase", None, 12, None, "integrations"),
        ),
        (
            "Onboard 20 enterprise accounts (from 4 regions)",
            ("increase", None, 20, None, "accounts"),
        ),
        ("Publish a comparison of vendors (from all 8 experts)", (None, None, None, None, None)),
    ],
)
def test_round9_baselines_in_any_notation(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aumentar a taxa de retenção de 60% para 72%", "pt"),  # "ã" is not Spanish
        ("Aumentar la tasa de retención del 60% al 72%", "es"),
        ("Wzrost przychodu o 12%", "pl"),  # a leading change noun
        ("Spadek rezygnacji o 5%", "pl"),
        ("Geliri %15 yükseltmek", "tr"),  # a closing verb where verbs close
        ("Nâng doanh thu thêm 15%", "vi"),  # an opening verb, no tone mark
        ("افزایش نرخ تبدیل از ۲٪ به ۴٪", "fa"),
        ("قرارداد با طلافروش", "fa"),  # Persian words, no Persian letter
        ("زيادة المبيعات بنسبة ٢٠٪", "ar"),
        # near misses: English stays English
        ("Grow revenue by 15%", None),
        ("Increase NPS to 45 after the Vietnam launch", None),
        ("Cut onboarding time to 2 days (Portugal pilot)", None),
    ],
)
def test_round9_the_language_of_a_key_result(text, language):
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leading change noun
        ("Wzrost sprzedaży o 15%", ("increase", None, None, (15, True), None)),
        ("Spadek rezygnacji o 5%", ("decrease", None, None, (5, True), None)),
        # German and Dutch: the verb before its value alone
        ("Het verloop verlagen met 8%", ("decrease", None, None, (8, True), None)),
        ("De omzet verhogen naar € 250.000", ("increase", None, 250000, None, "€")),
        ("Die Ladezeit senken auf 2 Sekunden", ("decrease", None, 2, None, "seconds")),
        # a change verb after its subject, then only an amount: a stated trend
        ("Doanh thu tăng 20%", ("increase", None, None, (20, True), None)),
        ("Tỷ lệ rời bỏ giảm 8%", ("decrease", None, None, (8, True), None)),
        ("Pendapatan naik 15%", ("increase", None, None, (15, True), None)),
        ("Tăng doanh thu lên 20%", ("increase", None, 20, None, "%")),  # near miss: verb first
        # Spanish contracted from-to
        ("Aumentar la tasa de retención del 60% al 72%", ("increase", 60, 72, None, "%")),
        ("Reducir el tiempo del proceso de 10 días a 4 días", ("decrease", 10, 4, None, "days")),
        # a verb the tables did not list
        ("Incrementar a taxa de conversão de 12% para 18,5%", ("increase", 12, 18.5, None, "%")),
        ("De omzet opvoeren met 15%", ("increase", None, None, (15, True), None)),
        # doubling and halving: multi-word factor verbs, and CJK factors without a number
        ("Reducir a la mitad el tiempo de respuesta", ("decrease", None, None, (50, True), None)),
        ("Réduire de moitié le taux d'attrition", ("decrease", None, None, (50, True), None)),
        ("Reduzir pela metade o tempo de resposta", ("decrease", None, None, (50, True), None)),
        ("Сократить вдвое отток клиентов", ("decrease", None, None, (50, True), None)),
        ("Zmniejszyć o połowę wskaźnik rezygnacji", ("decrease", None, None, (50, True), None)),
        ("Tăng doanh thu gấp đôi", ("increase", None, None, (100, True), None)),
        ("Meningkatkan pendapatan dua kali lipat", ("increase", None, None, (100, True), None)),
        ("收入翻倍", ("increase", None, None, (100, True), None)),
        ("解約率を半減させる", ("decrease", None, None, (50, True), None)),
        ("이탈률 절반으로 감소", ("decrease", None, None, (50, True), None)),
        ("Reducir el tiempo de respuesta a 2 horas", ("decrease", None, 2, None, "hours")),
        ("达到收敛条件自动停止", (None, None, None, None, None)),  # near miss: no factor
        # "como mínimo en 99,9%": the bound, not "by"
        ("Mantener la disponibilidad como mínimo en 99,9%", ("stay_above", None, 99.9, None, "%")),
    ],
)
def test_round9_verbs_and_changes_of_other_languages(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese and Korean from/to with a unit on each number
        ("待ち時間を6時間から2時間に短縮する", ("decrease", 6, 2, None, "hours")),
        ("대기 시간을 6시간에서 2시간으로 단축", ("decrease", 6, 2, None, "hours")),
        # a final verbal noun after a target is the verb
        ("이탈률을 3%로 감소", ("decrease", None, 3, None, "%")),
        ("전환율을 25%로 향상", ("increase", None, 25, None, "%")),
        ("売上を2,000万円に増加させる", ("increase", None, 2e7, None, "円")),
        ("매출 15% 증가", ("increase", None, None, (15, True), None)),  # near miss: a change
        # an amount right before the verb, with no particle or case ending, is "by"
        ("応答時間を2時間短縮する", ("decrease", None, None, (2, False), "hours")),
        ("배포 시간 10분 단축", ("decrease", None, None, (10, False), "minutes")),
        ("Teslim süresini 3 gün azaltmak", ("decrease", None, None, (3, False), "days")),
        # near misses: a target particle or ending, a Chinese "from … to"
        ("応答時間を2時間に短縮する", ("decrease", None, 2, None, "hours")),
        ("Teslim süresini 3 güne düşürmek", ("decrease", None, 3, None, "days")),
        ("Yanıt süresini 4 saate indirmek", ("decrease", None, 4, None, "hours")),
        ("将转化率从2.5%提高到4%", ("increase", 2.5, 4, None, "%")),
    ],
)
def test_round9_japanese_korean_and_turkish_amounts_and_targets(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("کاهش زمان پاسخ از ۱۲ ساعت به ۴ ساعت", ("decrease", 12, 4, None, "hours")),
        ("نرخ تبدیل را از ۲٪ به ۴٪ افزایش دهیم", ("increase", 2, 4, None, "%")),
        ("۱۵٪ کاهش هزینه‌ها", ("decrease", None, None, (15, True), None)),
        ("افزایش درآمد به ۱٬۵۰۰ ریال", ("increase", None, 1500, None, "IRR")),
        ("زيادة المبيعات بنسبة ٢٠٪", ("increase", None, None, (20, True), None)),
        ("الحفاظ على نسبة التوافر بما لا يقل عن ٩٩٫٩٪", ("stay_above", None, 99.9, None, "%")),
        ("خفض زمن التسليم إلى ٣ أيام", ("decrease", None, 3, None, "days")),
        ("حل الحوادث الحرجة خلال ٤ ساعة", ("stay_below", None, 4, None, "hours")),
        # Persian and Arabic digits anywhere
        ("Reach ١٠٠ active users", ("increase", None, 100, None, "users")),
    ],
)
def test_round9_persian_and_arabic(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # within a decimal time, and within-words of other languages: a limit
        ("Resolve P1 incidents within 1.5 hours", ("stay_below", None, 1.5, None, "hours")),
        ("Responder a los clientes en un plazo de 2 horas", ("stay_below", None, 2, None, "hours")),
        ("Responder aos chamados em até 4 horas", ("stay_below", None, 4, None, "hours")),
        (
            "Répondre aux demandes dans un délai de 24 heures",
            ("stay_below", None, 24, None, "hours"),
        ),
        ("Phản hồi khách hàng trong vòng 2 giờ", ("stay_below", None, 2, None, "hours")),
        ("在2小时内响应所有工单", ("stay_below", None, 2, None, "hours")),
        ("24時間以内に問い合わせに返信する", ("stay_below", None, 24, None, "hours")),
        # near misses: "en un" is still "by"; a launch within days is a deadline
        ("Reducir los costes en un 10%", ("decrease", None, None, (10, True), None)),
        ("Launch the mobile app within 60 days", (None, None, None, None, None)),
        # after a keep verb, "over N days" is a bound, elsewhere a period
        ("Keep runway over 158 days", ("stay_above", None, 158, None, "days")),
        ("Maintain cash runway over 12 months", ("stay_above", None, 12, None, "months")),
        ("Grow revenue 20% over 6 months", ("increase", None, None, (20, True), None)),
        ("Keep churn under 3% over 6 months", ("stay_below", None, 3, None, "%")),
    ],
)
def test_round9_limits_and_periods(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "maximum" / "minimum" closing a value is a bound
        (
            "Maintenir le délai de réponse à 4 heures maximum",
            ("stay_below", None, 4, None, "hours"),
        ),
        ("Hire 3 engineers minimum", ("stay_above", None, 3, None, "engineers")),
        ("Keep spend at $20k max per month", ("stay_below", None, 20000, None, "$")),
        ("Reach 500 users with maximum retention", ("increase", None, 500, None, "users")),
        ("Ship 5 features, max 2 per sprint", ("increase", None, 5, None, "features")),
        # a space grouping thousands, in any language
        ("Reach 2 500 paying customers", ("increase", None, 2500, None, "customers")),
        ("Grow MAU from 40 000 to 55 000", ("increase", 40000, 55000, None, None)),
        ("Reach 1 200 000 monthly readers", ("increase", None, 1.2e6, None, "readers")),
        # near misses: a hyphenated adjective, a group of two digits
        ("Run 3 100-person workshops", ("increase", None, 3, None, None)),
        ("Hire 3 25 year olds", ("increase", None, 3, None, None)),
        # a decimal comma where it cannot group thousands (one or two digits, then % or a scale)
        ("Reach 1,2 million downloads", ("increase", None, 1.2e6, None, "downloads")),
        ("Increase trial conversion to 2,5%", ("increase", None, 2.5, None, "%")),
        ("Grow ARR to €1,5M", ("increase", None, 1.5e6, None, "€")),
        ("Increase revenue to $1,200", ("increase", None, 1200, None, "$")),  # near misses
        ("Ship features 1,2 and 3", ("increase", None, 1, None, None)),
        # a currency sign spaced from its number
        ("Grow ARR to € 2.5M", ("increase", None, 2.5e6, None, "€")),
        ("Increase MRR to $ 40,000", ("increase", None, 40000, None, "$")),
        ("Aylık geliri 50.000 TL'ye çıkarmak", ("increase", None, 50000, None, "TRY")),
        ("Try 3 new onboarding flows", ("increase", None, 3, None, "flows")),  # near miss
        # a scale between the number and the currency; CJK amounts in two scales
        ("Augmenter le chiffre d'affaires à 1,2 M€", ("increase", None, 1.2e6, None, "€")),
        ("Réduire les coûts de 500 k€", ("decrease", None, None, (5e5, False), "€")),
        ("Umsatz auf 5.000 € steigern", ("increase", None, 5000, None, "€")),  # near miss
        ("売上を1億2000万円に増加させる", ("increase", None, 1.2e8, None, "円")),
        ("将收入提高到1亿5000万元", ("increase", None, 1.5e8, None, "元")),
        ("매출을 1억 5000만원으로 증가", ("increase", None, 1.5e8, None, "원")),
        ("将收入提高到120万元", ("increase", None, 1.2e6, None, "元")),  # near miss: one scale
    ],
)
def test_round9_number_shapes_and_currencies(text, expected):
    check(text, expected)


# Ninth round, from the round-7 set's remaining misses (sentences in our own words).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N and a half"
        ("Raise NPS to bigger than 42 and a half", ("stay_above", None, 42.5, None, None)),
        ("Cut onboarding to 3 and a half days", ("decrease", None, 3.5, None, "days")),
        # a progress count in an aside ends at the key result's own target: its start
        ("Ship 5 integrations (3/5 done)", ("increase", 3, 5, None, "integrations")),
        ("Launch 4 pilots (0/4 complete)", ("increase", 0, 4, None, "pilots")),
        ("Ship 5 integrations (2/3 teams)", ("increase", None, 5, None, "integrations")),
        ("Ship 6 integrations (2/5 done)", ("increase", None, 6, None, "integrations")),
        # a baseline aside with a rate written with spaces
        (
            "Serve 70 users / week (currently 7 users / week across 2 customers)",
            ("increase", 7, 70, None, "users"),
        ),
        # an English plural after a number in a Russian, Polish or Turkish sentence counts
        ("Запустить 5 major features по roadmap", ("increase", None, 5, None, "features")),
        ("Опубликовать 3 case studies", ("increase", None, 3, None, "case studies")),
        ("Запустить 5 новых функций", ("increase", None, 5, None, None)),  # near miss
        # an Italian plural ends in -i or -e and counts, the noun first as in French
        ("Raggiungere 1.500 utenti attivi", ("increase", None, 1500, None, "utenti")),
        ("Pubblicare 3 articoli sul blog", ("increase", None, 3, None, "articoli")),
        ("Aumentare il fatturato del 10%", ("increase", None, None, (10, True), None)),
        # "N out of M nouns" counts the nouns
        ("Pass 8 out of 10 audits", ("increase", None, 8, None, "audits")),
        ("Close 3 out of 4 deals this quarter", ("increase", None, 3, None, "deals")),
        ("Score 4.5 out of 5 on CSAT", ("increase", None, 4.5, None, None)),  # near miss
        # "achieve high / low …" without a number
        ("Achieve high diagnostic yield", ("increase", None, None, None, None)),
        ("Attain low error rates in production", ("decrease", None, None, None, None)),
        ("Reach high school students in 3 districts", ("increase", None, 3, None, "districts")),
        # "2H planning": the second half-year, not two hours
        ("Size the effort to inform 2H planning", (None, None, None, None, None)),
        ("Finalize 2H roadmap with 3 product bets", ("increase", None, 3, None, "bets")),
        ("Keep planning sessions under 2H", ("stay_below", None, 2, None, "hours")),
        ("Cut response time to 2h", ("decrease", None, 2, None, "hours")),
    ],
)
def test_round9_from_round7_misses(text, expected):
    check(text, expected)
