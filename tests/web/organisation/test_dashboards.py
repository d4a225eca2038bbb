"""The company, team and person dashboards: figures against a hand-built cycle, visibility,
permissions, query counts, escaping and the CSV/XLSX downloads."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.dashboards import aggregates
from cairn.okrs import measures
from cairn.okrs.models import CycleState, KeyResult, Visibility
from cairn.okrs.permissions import Access
from cairn.web.queries.dashboards import company_heat, dashboard, person_heat, team_heat
from tests.factories import (
    CheckInFactory,
    CycleFactory,
    KeyResultFactory,
    ObjectiveFactory,
    PersonFactory,
    TeamFactory,
)

NOW = dt.datetime(2026, 2, 15, tzinfo=dt.UTC)  # half-way through the cycle below
XSS = "<script>alert(1)</script>"


@pytest.fixture
def data(world):
    """A cycle of 90 days, half gone: key results with known pace, in two teams and above them."""
    cycle = world.cycle
    cycle.start, cycle.end = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    cycle.save()
    sales = TeamFactory(organisation=world.organisation, name="Sales", parent=world.company)
    emea = TeamFactory(organisation=world.organisation, name="EMEA", parent=sales)
    recent = NOW - dt.timedelta(days=2)
    support_objective = world.objective  # Support, owned by the member
    sales_objective = ObjectiveFactory(cycle=cycle, team=emea, owner=world.lead, title="Win EMEA")
    company_objective = ObjectiveFactory(cycle=cycle, team=None, owner=world.admin)
    krs = {
        "on": KeyResultFactory(objective=support_objective, progress=0.5, confidence=8,
                               last_check_in_at=recent),
        "over": KeyResultFactory(objective=support_objective, progress=1.3, confidence=9),
        "risk": KeyResultFactory(objective=sales_objective, progress=0.35, confidence=4,
                                 last_check_in_at=recent),
        "off": KeyResultFactory(objective=sales_objective, progress=0.1, confidence=6),
        # Due at the end of January: its window is over, so 0.5 is off track.
        "due": KeyResultFactory(objective=sales_objective, progress=0.5, confidence=2,
                                due_date=dt.date(2026, 1, 31)),
        "top": KeyResultFactory(objective=company_objective, progress=0.0, confidence=5),
    }  # fmt: skip
    sales_objective.parent_objective = company_objective
    sales_objective.save()
    return {"cycle": cycle, "sales": sales, "emea": emea, "krs": krs}


def board_for(person, heat, cycle, **kwargs):
    return dashboard(Access(person), heat, "t", cycle, now=NOW, **kwargs)


def test_company_figures_match_the_hand_built_cycle(world, data):
    board = board_for(world.admin, company_heat(world.organisation), data["cycle"])
    assert board.paces == {"off_track": 3, "at_risk": 1, "on_track": 2, "too_early": 0}
    rows = {row.label: row for row in board.teams}
    # One root team (Acme): its own objectives, then each team below it, sub-teams rolled up.
    assert list(rows) == ["Company level (no team)", "Acme (own objectives)", "Sales", "Support"]
    assert rows["Sales"].paces == {"off_track": 2, "at_risk": 1, "on_track": 0, "too_early": 0}
    assert rows["Sales"].progress == pytest.approx((0.35 + 0.1 + 0.5) / 3)
    assert rows["Sales"].confidence == pytest.approx(4)
    assert rows["Sales"].discipline == pytest.approx(1 / 3)
    assert rows["Support"].progress == pytest.approx((0.5 + 1.0) / 2)  # clamped at 1
    assert rows["Company level (no team)"].count == 1
    assert board.total.count == 6


def test_pace_in_sql_equals_the_engine_for_every_key_result(world, data):
    board = board_for(world.admin, company_heat(world.organisation), data["cycle"], limit=100)
    from_sql = {kr.pk: kr.pace for kr in board.at_risk}
    for kr in KeyResult.objects.select_related("objective__cycle"):
        expected = measures.pace(kr, kr.objective.cycle, world.organisation, NOW).status
        if expected in ("at_risk", "off_track"):
            assert from_sql.pop(kr.pk) == expected, kr.title
    assert from_sql == {}


def test_at_risk_lists_off_track_first_then_lowest_confidence(world, data):
    board = board_for(world.admin, company_heat(world.organisation), data["cycle"])
    krs = data["krs"]
    expected = [krs["due"], krs["top"], krs["off"], krs["risk"]]  # confidence 2, 5, 6; at risk
    assert [kr.pk for kr in board.at_risk] == [kr.pk for kr in expected]


def test_team_dashboard_covers_the_team_and_the_teams_below(world, data):
    board = board_for(world.admin, team_heat(data["sales"]), data["cycle"])
    assert [row.label for row in board.teams] == ["Sales (own objectives)", "EMEA"]
    assert board.teams[1].count == 3
    assert board.total.count == 3
    assert board.unaligned == []  # Win EMEA is aligned to the company objective


def test_person_dashboard_covers_what_they_own(world, data):
    board = board_for(world.admin, person_heat(world.member), data["cycle"])
    assert board.total.count == 2
    assert [row.label for row in board.teams] == ["Support"]
    assert [o.pk for o in board.unaligned] == [world.objective.pk]


def test_unaligned_lists_team_objectives_aligned_to_nothing(world, data):
    board = board_for(world.admin, company_heat(world.organisation), data["cycle"])
    assert [o.title for o in board.unaligned] == [world.objective.title]
    assert board.unaligned_count == 1


def test_unaligned_count_is_the_full_count_when_the_list_is_cut(world, data):
    for _ in range(3):
        ObjectiveFactory(cycle=data["cycle"], team=world.team)
    board = board_for(world.admin, company_heat(world.organisation), data["cycle"], limit=2)
    assert len(board.unaligned) == 2
    assert board.unaligned_count == 4


def test_confidence_weeks_average_check_ins_and_leave_corrected_ones_out(world, data):
    kr = data["krs"]["on"]
    first_week = dt.datetime(2026, 1, 2, 12, tzinfo=dt.UTC)
    third_week = dt.datetime(2026, 1, 16, 12, tzinfo=dt.UTC)
    CheckInFactory(key_result=kr, checked_in_at=first_week, confidence=4)
    CheckInFactory(key_result=kr, checked_in_at=first_week, confidence=8)
    wrong = CheckInFactory(key_result=kr, checked_in_at=third_week, confidence=1)
    CheckInFactory(key_result=kr, checked_in_at=third_week, confidence=7, corrects=wrong)
    CheckInFactory(key_result=kr, checked_in_at=dt.datetime(2025, 12, 30, tzinfo=dt.UTC))
    aggregates.rebuild(data["cycle"])  # the factory writes rows, not through the service
    board = board_for(world.admin, company_heat(world.organisation), data["cycle"])
    weeks = board.weeks
    assert len(weeks) == 7  # Jan 1 … Feb 12: the weeks begun by NOW
    assert weeks[0].starts == dt.date(2026, 1, 1)
    assert (weeks[0].check_ins, weeks[0].average) == (2, 6)
    assert (weeks[1].check_ins, weeks[1].average) == (0, None)
    assert (weeks[2].check_ins, weeks[2].average) == (1, 7)
    # Discipline: Support has two key results; one was checked in in weeks 1 and 3.
    support = next(row for row in board.discipline if row.key == world.team.pk)
    assert support.key_results == 2
    assert support.shares[:4] == [0.5, 0.0, 0.5, 0.0]
    assert {row.label for row in board.discipline} == {
        "Company level (no team)", "Sales", "Support",
    }  # fmt: skip


def test_grades_of_the_last_cycles_by_kind_and_band(world, data):
    past = CycleFactory(organisation=world.organisation, name="Q4", state=CycleState.CLOSED,
                        start=dt.date(2025, 10, 1), end=dt.date(2025, 12, 31))  # fmt: skip
    ObjectiveFactory(cycle=past, team=world.team, grade=1.0)
    ObjectiveFactory(cycle=past, team=world.team, grade=0.3)
    ObjectiveFactory(cycle=past, team=world.team, grade=None, progress=0.66)  # default 0.7
    ObjectiveFactory(cycle=past, team=world.team, kind="aspirational", grade=0.5)
    board = board_for(world.admin, company_heat(world.organisation), data["cycle"])
    rows = {(row.cycle, row.kind): row.bands for row in board.grades}
    assert rows[("Q4", "committed")] == {"red": 1, "yellow": 0, "green": 2}
    assert rows[("Q4", "aspirational")] == {"red": 0, "yellow": 1, "green": 0}
    assert ("Q3", "committed") not in rows  # the active cycle is not graded


def test_private_objectives_count_only_for_those_who_may_see_them(world, data):
    sales_objective = data["krs"]["risk"].objective
    sales_objective.visibility = Visibility.PRIVATE
    sales_objective.save()
    heat = company_heat(world.organisation)
    assert board_for(world.admin, heat, data["cycle"]).total.count == 6
    assert board_for(world.lead, heat, data["cycle"]).total.count == 6  # the owner
    member_board = board_for(world.member, heat, data["cycle"])
    assert member_board.total.count == 3
    assert data["krs"]["off"].pk not in [kr.pk for kr in member_board.at_risk]
    assert board_for(world.viewer, heat, data["cycle"]).paces["off_track"] == 1  # the company's


# The pages


def urls(world):
    return [
        reverse("dashboard"),
        reverse("team_dashboard", args=[world.team.pk]),
        reverse("person_dashboard", args=[world.member.pk]),
    ]


@pytest.mark.parametrize("role", ["admin", "lead", "member", "viewer"])
def test_every_role_reads_every_dashboard(world, client_for, role):
    client = client_for(getattr(world, role))
    for url in urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"Progress and pace by team" in response.content
        assert client.get(url + "?part=confidence").status_code == 200


def test_another_organisations_team_person_or_cycle_is_not_found(world, client_for):
    outsider = client_for(world.outsider)
    assert outsider.get(reverse("team_dashboard", args=[world.team.pk])).status_code == 404
    assert outsider.get(reverse("person_dashboard", args=[world.member.pk])).status_code == 404
    assert outsider.get(reverse("dashboard") + f"?cycle={world.cycle.pk}").status_code == 404
    member = client_for(world.member)
    assert member.get(reverse("person_dashboard", args=[world.outsider.pk])).status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(world, client):
    assert client.get(reverse("dashboard")).status_code == 302


def test_the_navigation_links_the_dashboard(world, client_for):
    page = client_for(world.viewer).get(reverse("home")).content.decode()
    assert f'href="{reverse("dashboard")}"' in page


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _grow(world, n):
    past = CycleFactory(organisation=world.organisation, state=CycleState.CLOSED,
                        start=dt.date(2020, 1, 1), end=dt.date(2020, 3, 31))  # fmt: skip
    for i in range(n):
        team = TeamFactory(organisation=world.organisation, parent=world.team)
        owner = PersonFactory(organisation=world.organisation)
        objective = ObjectiveFactory(
            cycle=world.cycle,
            team=team,
            owner=owner,
            visibility=Visibility.PRIVATE if i % 2 else "public",
        )
        kr = KeyResultFactory(
            objective=objective,
            progress=0.1 * i,
            due_date=world.cycle.end - dt.timedelta(days=i),
            last_check_in_at=timezone.now(),
        )
        CheckInFactory(key_result=kr, checked_in_at=timezone.now() - dt.timedelta(days=i))
        ObjectiveFactory(cycle=past, team=team, grade=0.1 * i)
    # fmt: skip


@pytest.mark.parametrize("role", ["admin", "member"])
def test_query_counts_do_not_grow_with_the_data(world, client_for, role):
    client = client_for(getattr(world, role))
    _grow(world, 2)
    pages = [*urls(world), *(u + "?part=confidence" for u in urls(world))]
    pages.append(reverse("dashboard") + "?format=xlsx&table=at_risk")
    small = [_count(client, url) for url in pages]
    _grow(world, 15)
    assert [_count(client, url) for url in pages] == small


def test_titles_are_escaped_in_tables_and_charts(world, client_for):
    world.team.name = XSS
    world.team.save()
    world.cycle.name = f"Q {XSS}"
    world.cycle.save()
    objective = ObjectiveFactory(cycle=world.cycle, team=world.team, title=XSS)
    KeyResultFactory(objective=objective, title=XSS, progress=0.0)
    past = CycleFactory(organisation=world.organisation, name=XSS, state=CycleState.CLOSED,
                        start=dt.date(2020, 1, 1), end=dt.date(2020, 3, 31))  # fmt: skip
    ObjectiveFactory(cycle=past, team=world.team, grade=0.2)
    client = client_for(world.admin)
    for url in [reverse("dashboard"), reverse("team_dashboard", args=[world.team.pk])]:
        page = client.get(url).content.decode()
        assert XSS not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert XSS not in client.get(reverse("dashboard") + "?part=confidence").content.decode()


def _csv(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_csv_download_of_the_at_risk_table_is_formula_safe(world, client_for, data):
    data["krs"]["off"].title = "=cmd|' /C calc'!A0"
    data["krs"]["off"].save()
    response = client_for(world.member).get(reverse("dashboard") + "?format=csv&table=at_risk")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _csv(response)
    assert rows[0][:2] == ["Key result", "Objective"]
    assert ["'=cmd|' /C calc'!A0", "Win EMEA"] in [row[:2] for row in rows[1:]]


def test_csv_download_of_the_weekly_discipline(world, client_for, data):
    CheckInFactory(key_result=data["krs"]["risk"], checked_in_at=timezone.now())
    response = client_for(world.lead).get(
        reverse("team_dashboard", args=[data["sales"].pk]) + "?format=csv&table=discipline"
    )
    rows = _csv(response)
    assert rows[0][:3] == ["Team", "Key results", data["cycle"].start.isoformat()]
    assert rows[1][:2] == ["EMEA", "3"]


def test_xlsx_download_of_the_team_table(world, client_for, data):
    response = client_for(world.admin).get(
        reverse("team_dashboard", args=[data["sales"].pk]) + "?format=xlsx&table=teams"
    )
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Team", "Key results", "Off track"]
    assert values[2][:3] == ["EMEA", 3, values[2][2]]
    assert isinstance(values[2][1], int)


@pytest.mark.parametrize(
    "table", ["teams", "paces", "confidence", "at_risk", "unaligned", "grades"]
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_table_downloads(world, client_for, data, table, fmt):
    url = reverse("person_dashboard", args=[world.member.pk]) + f"?format={fmt}&table={table}"
    assert client_for(world.viewer).get(url).status_code == 200


@pytest.mark.parametrize(
    "query", ["format=pdf&table=teams", "format=csv&table=secrets", "table=teams", "format=csv"]
)
def test_a_bad_download_is_a_clear_400(world, client_for, query):
    response = client_for(world.member).get(reverse("dashboard") + "?" + query)
    assert response.status_code == 400
    assert b"format=csv or format=xlsx" in response.content


def test_a_bad_cycle_is_not_found_not_an_error(world, client_for):
    client = client_for(world.member)
    assert client.get(reverse("dashboard") + "?cycle=abc").status_code == 200  # the current one
    assert client.get(reverse("dashboard") + "?cycle=999999").status_code == 404


def test_an_organisation_without_cycles_shows_an_empty_dashboard(client_for):
    person = PersonFactory()
    response = client_for(person).get(reverse("dashboard"))
    assert response.status_code == 200
    assert b"There is no cycle yet." in response.content


def test_team_and_person_pages_link_their_dashboards(world, client_for):
    client = client_for(world.member)
    team_page = client.get(reverse("team", args=[world.team.pk])).content.decode()
    assert f'href="{reverse("team_dashboard", args=[world.team.pk])}"' in team_page
    person_page = client.get(reverse("person", args=[world.lead.pk])).content.decode()
    assert f'href="{reverse("person_dashboard", args=[world.lead.pk])}"' in person_page


def test_every_key_result_is_too_early_at_the_start_unless_already_done(world, data):
    cycle = data["cycle"]
    early = dt.datetime(2026, 1, 3, tzinfo=dt.UTC)  # 2 of 90 days
    board = dashboard(Access(world.admin), company_heat(world.organisation), "t", cycle, now=early)
    # "due" (31-day window) is past its too-early share too: 2/31 < 0.1 as well.
    assert board.paces == {"off_track": 0, "at_risk": 0, "on_track": 1, "too_early": 5}
    assert board.at_risk == []
