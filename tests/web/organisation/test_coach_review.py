"""The cycle quality review: every coach finding of a cycle, grouped by rule, with filters."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.coach import review_objective
from cairn.import_export.selectors import cycle_drafts
from cairn.okrs.models import CycleState, KeyResult, Visibility
from cairn.okrs.permissions import Access
from cairn.organisations.services import coach_config_update
from cairn.web.queries import coach as coach_queries
from cairn.web.queries import coach_findings
from cairn.web.queries.coach import ReviewFilters, quality_review
from tests.factories import (
    CycleFactory,
    InitiativeFactory,
    KeyResultFactory,
    ObjectiveFactory,
    TeamFactory,
)

CLEAN_KRS = [
    ("Cut first-reply time from 18 hours to 4 hours", 18, 4, "hours"),
    ("Raise onboarding completion from 40% to 70%", 40, 70, "%"),
    ("Grow paying customers from 120 to 300", 120, 300, ""),
]


@pytest.fixture(autouse=True)
def fresh_reviews():
    """Kept reviews live per process and findings in the cache; each test starts without any."""
    coach_queries.forget_reviews()
    cache.clear()
    yield
    coach_queries.forget_reviews()


def url(cycle, **params) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return reverse("quality_review", args=[cycle.pk]) + (f"?{query}" if query else "")


def codes(response) -> list[str]:
    return [group.rule.code for group in response.context["review"].groups]


def group(response, code: str):
    return next(g for g in response.context["review"].groups if g.rule.code == code)


def activity(objective, **fields):
    """Return a key result that describes work to do (KR102), typed without numbers."""
    title = "Run 4 customer workshops"
    return KeyResultFactory(objective=objective, title=title, start=None, target=None, **fields)


def clean_objective(world, cycle, **fields):
    """Return a company objective that passes every rule outside an active cycle."""
    objective = ObjectiveFactory(
        cycle=cycle, team=None, owner=world.admin, title="Make onboarding effortless", **fields
    )
    for title, start, target, unit in CLEAN_KRS:
        KeyResultFactory(objective=objective, title=title, start=start, target=target, unit=unit)
    return objective


def test_findings_are_grouped_by_rule_with_why_it_matters_and_a_link(world, client_for):
    response = client_for(world.member).get(url(world.cycle))
    assert response.status_code == 200
    assert {"OKR001", "OKR006"} <= set(codes(response))
    few = group(response, "OKR001")
    assert few.count == 1 and few.severity == "warning"
    row = few.shown[0]
    assert row.subject.title == "Make support feel effortless" and row.owner == world.member.name
    assert row.url == reverse("objective", args=[world.objective.pk]) and row.team == "Support"
    html = response.content.decode()
    assert "Objective has fewer than 3 key results" in html and few.rule.explanation in html
    assert f'href="{row.url}"' in html and "The objective has no key results" in html


def test_key_result_findings_name_the_key_result_its_objective_and_owner(world, client_for):
    kr = activity(world.objective, owner=None)
    response = client_for(world.member).get(url(world.cycle))
    row = group(response, "KR102").shown[0]
    assert row.subject.key_result_id == kr.pk and row.subject.title == kr.title
    assert row.subject.objective_title == world.objective.title and row.owner == ""
    assert row.url.endswith(f"#kr-{kr.pk}")
    assert group(response, "OKR007").shown[0].subject.key_result_id == kr.pk


def test_summary_counts_findings_by_severity(world, client_for):
    activity(world.objective, owner=None)
    review = client_for(world.member).get(url(world.cycle)).context["review"]
    expected = {"error": 0, "warning": 0, "info": 0}
    for g in review.groups:
        expected[g.severity] += g.count
    assert review.counts == expected and review.counts["error"] == 1  # OKR007: no owner


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_everyone_in_the_organisation_may_read_it(world, client_for, persona):
    assert client_for(getattr(world, persona)).get(url(world.cycle)).status_code == 200


def test_another_organisations_cycle_is_not_found(world, client_for):
    assert client_for(world.outsider).get(url(world.cycle)).status_code == 404
    theirs = CycleFactory(organisation=world.outsider.organisation)
    assert client_for(world.member).get(url(theirs)).status_code == 404


def test_signing_in_is_required(world, client):
    response = client.get(url(world.cycle))
    assert response.status_code == 302 and "sign-in" in response["Location"]


def test_objectives_the_person_may_not_see_are_left_out(world, client_for):
    secret = ObjectiveFactory(
        cycle=world.cycle, team=world.team, owner=world.lead, visibility=Visibility.PRIVATE
    )
    for persona, sees in (("member", False), ("admin", True), ("lead", True)):
        review = client_for(getattr(world, persona)).get(url(world.cycle)).context["review"]
        titles = {row.subject.title for g in review.groups for row in g.shown}
        assert (secret.title in titles) is sees, persona


def test_disabled_rules_do_not_appear_and_severity_overrides_apply(world, client_for):
    config = {"rules": {"OKR001": {"enabled": False}, "OKR006": {"severity": "error"}}}
    coach_config_update(organisation=world.organisation, actor=world.admin, config=config)
    response = client_for(world.member).get(url(world.cycle))
    assert "OKR001" not in codes(response)
    assert group(response, "OKR006").severity == "error"
    assert response.context["review"].counts["error"] == 1
    assert "OKR001" not in [rule.code for rule in response.context["review"].rules]


def test_a_clean_cycle_shows_the_empty_state(world, client_for):
    cycle = CycleFactory(organisation=world.organisation, state=CycleState.PLANNING)
    clean_objective(world, cycle)
    response = client_for(world.admin).get(url(cycle))
    assert response.context["review"].groups == [] and response.context["review"].total == 0
    assert "passes the coach's rules" in response.content.decode()


def test_a_cycle_without_objectives_says_so(world, client_for):
    cycle = CycleFactory(organisation=world.organisation)
    response = client_for(world.admin).get(url(cycle))
    assert "no objectives you can see" in response.content.decode()


def test_filter_by_severity_and_rule(world, client_for):
    activity(world.objective, owner=None)
    client = client_for(world.member)
    assert set(codes(client.get(url(world.cycle, severity="error")))) == {"OKR007"}
    assert codes(client.get(url(world.cycle, rule="OKR006"))) == ["OKR006"]
    response = client.get(url(world.cycle, severity="info", rule="OKR006"))
    assert codes(response) == [] and "No findings match these filters" in response.content.decode()


def test_filter_by_team_includes_its_sub_teams(world, client_for):
    sub = TeamFactory(organisation=world.organisation, name="Tier 2", parent=world.team)
    other = TeamFactory(organisation=world.organisation, name="Sales", parent=world.company)
    below = ObjectiveFactory(cycle=world.cycle, team=sub, owner=world.lead)
    elsewhere = ObjectiveFactory(cycle=world.cycle, team=other, owner=world.lead)
    review = client_for(world.admin).get(url(world.cycle, team=world.team.pk)).context["review"]
    objective_ids = {row.subject.objective_id for g in review.groups for row in g.shown}
    assert objective_ids == {world.objective.pk, below.pk} and elsewhere.pk not in objective_ids


def test_filter_by_owner_keeps_their_objectives_and_key_results(world, client_for):
    theirs = ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.lead)
    kr = activity(world.objective, owner=world.lead)
    review = client_for(world.admin).get(url(world.cycle, owner=world.lead.pk)).context["review"]
    rows = [row for g in review.groups for row in g.shown]
    assert {r.subject.objective_id for r in rows if not r.subject.key_result_id} == {theirs.pk}
    assert kr.pk in {r.subject.key_result_id for r in rows}
    assert (world.lead.pk, world.lead.name) in review.owners


def test_bad_filter_values_are_ignored(world, client_for):
    client = client_for(world.member)
    for params in ({"severity": "fatal"}, {"rule": "XX1"}, {"team": "abc"}, {"page": "9" * 30}):
        response = client.get(url(world.cycle, **params))
        assert response.status_code == 200 and "OKR001" in codes(response)
    assert codes(client.get(url(world.cycle, team=987654))) == []


def test_each_group_lists_a_few_and_one_rule_is_shown_in_pages(world, client_for, monkeypatch):
    monkeypatch.setattr(coach_queries, "SHOWN_PER_GROUP", 2)
    monkeypatch.setattr(coach_queries, "PER_PAGE", 2)
    ObjectiveFactory.create_batch(4, cycle=world.cycle, team=world.team, owner=world.lead)
    client = client_for(world.admin)
    response = client.get(url(world.cycle))
    few = group(response, "OKR001")
    assert few.count == 5 and len(few.shown) == 2
    assert "?rule=OKR001" in response.content.decode() and "Show all 5 findings" in (
        response.content.decode()
    )
    pages = [client.get(url(world.cycle, rule="OKR001", page=n)) for n in (1, 2, 3, 99)]
    shown = [[row.subject.objective_id for row in group(p, "OKR001").shown] for p in pages]
    assert [len(s) for s in shown] == [2, 2, 1, 1] and shown[3] == shown[2]
    assert len({pk for s in shown[:3] for pk in s}) == 5
    assert pages[1].context["review"].page_count == 3 and "Page 2 of 3" in pages[1].content.decode()


def test_htmx_gets_only_the_results(world, client_for):
    response = client_for(world.member).get(url(world.cycle, rule="OKR006"), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html and "OKR006" in html


def test_the_page_says_what_the_coach_says(world, client_for):
    """The kept, per-request (KR108) and grouped findings equal a direct review of the cycle."""
    kr = activity(world.objective, owner=None)
    KeyResultFactory(objective=world.objective, title="Grow weekly active users by 15%")
    old = timezone.now() - dt.timedelta(days=30)
    KeyResult.objects.filter(pk=kr.pk).update(last_check_in_at=old)
    InitiativeFactory(organisation=world.organisation).key_results.add(kr)
    ObjectiveFactory(cycle=world.cycle, team=None, owner=None, title="Win 3 new markets in 2027")
    config = world.organisation.coach
    direct = sorted(
        (f.code, f.severity, f.message)
        for draft in cycle_drafts(Access(world.admin), world.cycle)
        for f in review_objective(draft, config)
    )
    review = quality_review(Access(world.admin), world.cycle, ReviewFilters())
    shown = sorted(
        (i.finding.code, i.finding.severity, i.finding.message)
        for g in review.groups
        for i in g.items
    )
    assert shown == direct and "KR108" in {code for code, _, _ in shown}


def test_edits_show_at_once(world, client_for):
    kr = activity(world.objective)
    client = client_for(world.member)
    assert "KR102" in codes(client.get(url(world.cycle)))
    assert "KR107" in codes(client.get(url(world.cycle)))
    kr.title = "Raise activation from 30% to 45%"
    kr.start, kr.target = 30, 45
    kr.save()
    InitiativeFactory(organisation=world.organisation).key_results.add(kr)
    response = client.get(url(world.cycle))
    assert "KR102" not in codes(response) and "KR107" not in codes(response)


def test_a_check_in_clears_staleness_without_a_new_review(world, client_for):
    kr = KeyResultFactory(objective=world.objective)
    KeyResult.objects.filter(pk=kr.pk).update(last_check_in_at=timezone.now() - dt.timedelta(30))
    client = client_for(world.member)
    assert "KR108" in codes(client.get(url(world.cycle)))
    KeyResult.objects.filter(pk=kr.pk).update(last_check_in_at=timezone.now())
    assert "KR108" not in codes(client.get(url(world.cycle)))


def test_a_changed_setting_shows_at_once(world, client_for):
    client = client_for(world.member)
    assert "OKR006" in codes(client.get(url(world.cycle)))
    config = {"rules": {"OKR006": {"enabled": False}}}
    coach_config_update(organisation=world.organisation, actor=world.admin, config=config)
    assert "OKR006" not in codes(client.get(url(world.cycle)))


def count_queries(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("persona", ["admin", "member"])
def test_queries_do_not_grow_with_objectives(world, client_for, add_objectives, persona):
    client = client_for(getattr(world, persona))
    stale = timezone.now() - dt.timedelta(days=30)
    add_objectives(2)
    KeyResult.objects.update(last_check_in_at=stale)
    few = count_queries(client, url(world.cycle))
    add_objectives(9, team=TeamFactory(organisation=world.organisation))
    KeyResult.objects.update(last_check_in_at=stale)
    many = count_queries(client, url(world.cycle))
    assert many == few
    assert count_queries(client, url(world.cycle, rule="KR108")) < few  # kept: fewer queries


def test_only_changed_objectives_are_reviewed_again(world, client_for, monkeypatch):
    reviewed = []

    def spy(draft, config):
        reviewed.append(draft.title)
        return review_objective(draft, config)

    monkeypatch.setattr(coach_findings, "review_objective", spy)
    ObjectiveFactory.create_batch(3, cycle=world.cycle, team=world.team, owner=world.lead)
    client = client_for(world.member)
    client.get(url(world.cycle))
    assert len(reviewed) == 4
    world.objective.title = "Make support feel easy"
    world.objective.save()
    reviewed.clear()
    assert group(client.get(url(world.cycle)), "OKR001").count == 4
    assert reviewed == ["Make support feel easy"]


def test_a_kept_review_is_refreshed_after_a_while(world, client_for, monkeypatch):
    client = client_for(world.member)

    def owner() -> str:
        return group(client.get(url(world.cycle)), "OKR001").shown[0].owner

    before = owner()
    world.member.user.first_name = "Renamed"
    world.member.user.save()
    assert owner() == before  # names are not in the stamp
    monkeypatch.setattr(coach_queries, "MAX_AGE_SECONDS", 0)
    assert owner().startswith("Renamed")
