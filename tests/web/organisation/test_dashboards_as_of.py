"""Dashboards as of a past date: the figures the live dashboard showed at that moment,
key results made later absent, refusals, permissions, query counts, escaping and downloads."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from cairn.okrs.permissions import Access
from cairn.okrs.services import (
    check_in_correct,
    check_in_record,
    key_result_create,
    key_result_update,
    objective_align,
    objective_create,
    objective_update,
)
from cairn.web.queries.dashboards import PARTS, company_heat, dashboard, person_heat, team_heat
from tests.okrs.test_as_of import Clock
from tests.web.as_of.conftest import backdate
from tests.web.organisation.test_dashboards import _count, _grow, urls

XSS = "<script>alert(1)</script>"


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def yesterday() -> str:
    return str(timezone.localdate() - dt.timedelta(days=1))


def summary(board) -> dict:
    """Return every figure of a dashboard in comparable form."""
    return {
        "total": (board.total.count, round(board.total.progress_sum, 9),
                  board.total.confidence_sum, board.total.recent),
        "teams": [(r.key, r.label, dict(r.paces), r.count, round(r.progress_sum, 9),
                   r.confidence_sum, r.recent) for r in board.teams],
        "paces": board.paces,
        "at_risk": [(kr.pk, kr.title, kr.objective.title, round(kr.progress, 9), kr.confidence)
                    for kr in board.at_risk],
        "unaligned": ([(o.pk, o.title, o.team_id) for o in board.unaligned],
                      board.unaligned_count),
        "weeks": [(w.starts, w.check_ins, w.confidence_sum) for w in board.weeks],
        "discipline": [(r.key, r.key_results, r.checked) for r in board.discipline],
        "grades": [(g.cycle_id, g.kind, g.bands) for g in board.grades],
    }  # fmt: skip


@pytest.mark.parametrize("scope", ["company", "team", "person"])
def test_as_of_figures_equal_the_live_figures_at_that_moment(world, scope):
    heat = {
        "company": lambda: company_heat(world.organisation),
        "team": lambda: team_heat(world.team),
        "person": lambda: person_heat(world.member),
    }[scope]
    access = Access(world.admin)
    with Clock(timezone.now() + dt.timedelta(minutes=1)) as clock:
        company = objective_create(actor=world.admin, cycle=world.cycle, title="Company aim")
        reply = key_result_create(
            actor=world.admin,
            objective=world.objective,
            title="Reply fast",
            start=0,
            target=10,
            owner=world.member,
        )
        slow = key_result_create(
            actor=world.admin,
            objective=world.objective,
            title="Close tickets",
            start=0,
            target=100,
            owner=world.member,
        )
        top = key_result_create(actor=world.admin, objective=company, title="Grow", start=0,
                                target=50)  # fmt: skip
        check_in_record(key_result=reply, author=world.member, value=6, confidence=7)
        clock.tick(24)
        check_in_record(key_result=slow, author=world.member, value=5, confidence=3)
        check_in_record(key_result=top, author=world.admin, value=10, confidence=6)
        clock.tick(1)
        moment = clock.tick(48)
        live = summary(dashboard(access, heat(), "x", world.cycle, PARTS, now=moment))
        # Later: check-ins, edits, a realignment and a new key result.
        check_in_record(key_result=slow, author=world.member, value=90, confidence=9)
        check_in_record(key_result=reply, author=world.member, value=1, confidence=2)
        key_result_update(key_result=reply, actor=world.admin, target=2, title="Renamed")
        objective_update(objective=world.objective, actor=world.admin, title="Renamed too")
        objective_align(objective=world.objective, actor=world.admin, parent_objective=company)
        key_result_create(actor=world.admin, objective=world.objective, title="Later",
                          start=0, target=10, owner=world.member)  # fmt: skip
        clock.tick(24)
        now = summary(dashboard(access, heat(), "x", world.cycle, PARTS, now=clock.now))
        then = summary(dashboard(access, heat(), "x", world.cycle, PARTS, at=moment))
    assert then == live
    assert now != live  # the later changes did change the live figures
    assert (
        live["total"][0] >= 2
        and any(week[1] for week in live["weeks"])
        and live["paces"]["off_track"] >= 1
    )
    assert live["at_risk"] and live["discipline"]


def test_a_key_result_made_after_the_date_is_absent_and_old_titles_show(world, client_for):
    old = key_result_create(actor=world.admin, objective=world.objective, title="Old KR",
                            start=0, target=10, owner=world.member)  # fmt: skip
    check_in_record(key_result=old, author=world.member, value=0, confidence=4)
    backdate(3, world.objective)
    key_result_update(key_result=old, actor=world.admin, title="Old KR renamed")
    key_result_create(actor=world.admin, objective=world.objective, title="Brand new KR",
                      start=0, target=10, owner=world.member)  # fmt: skip
    client = client_for(world.admin)
    live = client.get(reverse("dashboard")).content.decode()
    assert "Brand new KR" in live and "Old KR renamed" in live
    response = client.get(reverse("dashboard"), {"as_of": yesterday()})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Showing how this stood on" in html and "back to today" in html
    assert "Brand new KR" not in html and "Old KR renamed" not in html and "Old KR<" in html
    assert f'name="as_of" value="{yesterday()}"' in html


def test_a_date_before_the_key_result_existed_shows_none(world, client_for):
    key_result_create(actor=world.admin, objective=world.objective, title="Today KR",
                      start=0, target=10)  # fmt: skip
    board = dashboard(Access(world.admin), company_heat(world.organisation), "x", world.cycle,
                      PARTS, at=timezone.now() - dt.timedelta(days=2))  # fmt: skip
    assert board.total.count == 0 and board.at_risk == []


@pytest.mark.parametrize(
    "value", ["", "nope", "2026-13-01", "2026-02-30", "1999-01-01", "3000-01-01", "2026-1-1"]
)
def test_a_bad_or_future_date_is_a_400_with_the_form(world, client_for, value):
    client = client_for(world.member)
    for url in urls(world):
        response = client.get(url, {"as_of": value})
        assert response.status_code == 400, (url, value)
        assert b'id="as-of-error"' in response.content
    response = client.get(reverse("dashboard"), {"as_of": value, "format": "csv", "table": "teams"})
    assert response.status_code == 400


def test_tomorrow_is_refused_today_is_shown(world, client_for):
    client = client_for(world.viewer)
    tomorrow = str(timezone.localdate() + dt.timedelta(days=2))
    assert client.get(reverse("dashboard"), {"as_of": tomorrow}).status_code == 400
    assert client.get(reverse("dashboard"), {"as_of": str(timezone.localdate())}).status_code == 200


@pytest.mark.parametrize("role", ["admin", "lead", "member", "viewer"])
def test_every_role_reads_every_dashboard_as_of(world, client_for, role):
    client = client_for(getattr(world, role))
    for url in urls(world):
        response = client.get(url, {"as_of": yesterday()})
        assert response.status_code == 200, url
        assert b"Showing how this stood on" in response.content
        part = client.get(url, {"as_of": yesterday(), "part": "confidence"})
        assert part.status_code == 200


def test_another_organisations_dashboards_are_not_found_as_of(world, client_for):
    outsider = client_for(world.outsider)
    day = {"as_of": yesterday()}
    assert outsider.get(reverse("team_dashboard", args=[world.team.pk]), day).status_code == 404
    assert outsider.get(reverse("person_dashboard", args=[world.member.pk]), day).status_code == 404
    day["cycle"] = world.cycle.pk
    assert outsider.get(reverse("dashboard"), day).status_code == 404


def test_a_private_objective_counts_only_for_those_who_may_see_it(world, client_for):
    from cairn.okrs.models import Visibility

    secret = objective_create(actor=world.admin, cycle=world.cycle, title="Secret aim",
                              visibility=Visibility.PRIVATE)  # fmt: skip
    key_result_create(actor=world.admin, objective=secret, title="Secret KR", start=0, target=9)
    backdate(2, secret)
    at = timezone.now() - dt.timedelta(days=1)
    heat = company_heat(world.organisation)
    seen = dashboard(Access(world.admin), heat, "x", world.cycle, PARTS, at=at)
    hidden = dashboard(Access(world.viewer), heat, "x", world.cycle, PARTS, at=at)
    assert "Secret KR" in [kr.title for kr in seen.at_risk]
    assert "Secret KR" not in [kr.title for kr in hidden.at_risk]
    assert seen.total.count == hidden.total.count + 1


@pytest.mark.parametrize("role", ["admin", "member"])
def test_as_of_query_counts_do_not_grow_with_the_data(world, client_for, role):
    client = client_for(getattr(world, role))
    _grow(world, 2)
    day = f"as_of={timezone.localdate()}"
    pages = [f"{u}?{day}" for u in urls(world)]
    pages += [f"{u}?{day}&part=confidence" for u in urls(world)]
    pages.append(reverse("dashboard") + f"?{day}&format=csv&table=at_risk")
    small = [_count(client, url) for url in pages]
    _grow(world, 15)
    assert [_count(client, url) for url in pages] == small


def test_titles_are_escaped_as_of(world, client_for):
    kr = key_result_create(actor=world.admin, objective=world.objective, title=XSS,
                           start=0, target=10)  # fmt: skip
    check_in_record(key_result=kr, author=world.admin, value=0, confidence=2)
    backdate(2, world.objective)
    html = client_for(world.admin).get(reverse("dashboard"), {"as_of": yesterday()}).content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in html and XSS.encode() not in html


def test_csv_download_as_of_a_date(world, client_for):
    kr = key_result_create(actor=world.admin, objective=world.objective, title="=Old title",
                           start=0, target=10, owner=world.member)  # fmt: skip
    check_in_record(key_result=kr, author=world.member, value=1, confidence=3)
    backdate(3, world.objective)
    key_result_update(key_result=kr, actor=world.admin, title="New title")
    check_in_record(key_result=kr, author=world.member, value=10, confidence=9)
    client = client_for(world.admin)
    query = {"as_of": yesterday(), "format": "csv", "table": "at_risk"}
    response = client.get(reverse("dashboard"), query)
    assert response.status_code == 200
    assert f"as-of-{yesterday()}" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][0] == "'=Old title" and rows[1][-1] == "3"
    live = client.get(reverse("dashboard"), {"format": "csv", "table": "at_risk"})
    assert "Old title" not in live.content.decode()  # done today: no longer at risk


def test_the_dashboard_links_keep_the_date(world, client_for):
    html = client_for(world.admin).get(reverse("dashboard"), {"as_of": yesterday()}).content
    page = html.decode()
    assert f"as_of={yesterday()}&amp;format=csv" in page
    assert f"as_of={yesterday()}&amp;part=confidence" in page


def test_a_later_correction_shows_its_corrected_value_as_of_the_date(world):
    """As on every time-travel page: a correction counts from the corrected check-in's time."""
    access, heat = Access(world.admin), company_heat(world.organisation)
    with Clock(timezone.now() + dt.timedelta(minutes=1)) as clock:
        kr = key_result_create(actor=world.admin, objective=world.objective, title="Grow",
                               start=0, target=50)  # fmt: skip
        first = check_in_record(key_result=kr, author=world.admin, value=10, confidence=6)
        clock.tick(1)
        moment = clock.tick(48)
        live = dashboard(access, heat, "x", world.cycle, PARTS, now=moment)
        check_in_correct(check_in=first, author=world.admin, value=40, confidence=1)
        then = dashboard(access, heat, "x", world.cycle, PARTS, at=moment)
    assert (live.total.progress_sum, live.total.confidence_sum) == (pytest.approx(0.2), 6)
    assert (then.total.progress_sum, then.total.confidence_sum) == (pytest.approx(0.8), 1)
    assert [w.confidence_sum for w in then.weeks if w.check_ins] == [1]


# Stored days and comparing two dates ---------------------------------------------------


def _history(world):
    """Two key results made three days ago; one checked in then, both changed today."""
    from cairn.dashboards import days

    steady = key_result_create(actor=world.admin, objective=world.objective, title="Steady KR",
                               start=0, target=10, owner=world.member)  # fmt: skip
    rising = key_result_create(actor=world.admin, objective=world.objective, title=XSS,
                               start=0, target=10, owner=world.member)  # fmt: skip
    check_in_record(key_result=steady, author=world.member, value=9, confidence=8)
    backdate(3, world.objective)
    check_in_record(key_result=steady, author=world.member, value=0, confidence=2)
    check_in_record(key_result=rising, author=world.member, value=10, confidence=9)
    zone = world.organisation.zone
    days.days_store(world.cycle, [timezone.now().astimezone(zone).date() - dt.timedelta(days=1)])
    return steady, rising


def test_as_of_a_stored_day_says_so_and_equals_the_rebuild(world, client_for):
    from cairn.dashboards.models import PaceDay

    _history(world)
    client = client_for(world.admin)
    stored = client.get(reverse("dashboard"), {"as_of": yesterday()}).content.decode()
    assert 'data-testid="as-of-stored-day"' in stored and "&lt;script&gt;" in stored
    PaceDay.objects.all().delete()
    rebuilt = client.get(reverse("dashboard"), {"as_of": yesterday()}).content.decode()
    assert 'data-testid="as-of-stored-day"' not in rebuilt

    def table(html: str) -> str:
        return html[html.index('<table class="table heat">') :].split("</table>")[0]

    assert table(stored) == table(rebuilt) and "&lt;script&gt;" in rebuilt


def test_compare_shows_both_dates_the_difference_and_the_at_risk_changes(world, client_for):
    _history(world)
    client = client_for(world.admin)
    response = client.get(
        reverse("dashboard"), {"as_of": yesterday(), "compare": str(timezone.localdate())}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "compared with" in html and 'name="compare" value="' in html
    assert 'data-testid="compare-teams"' in html and 'data-testid="compare-paces"' in html
    teams = html[
        html.index('data-testid="compare-teams"') : html.index('data-testid="compare-paces"')
    ]
    assert "Support" in teams and "→" in teams
    risk = html[html.index('data-testid="compare-at-risk"') :]
    entered, left = risk.split("Left the list")
    assert "Steady KR" in entered  # checked in at 0 today: off track now, on track then
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in left  # done today, at risk then
    assert XSS not in html
    assert f"as_of={yesterday()}&amp;compare={timezone.localdate()}&amp;format=csv" in html


def test_compare_two_past_dates_on_team_and_person_dashboards(world, client_for):
    _history(world)
    before = str(timezone.localdate() - dt.timedelta(days=5))
    for role in ("admin", "member", "viewer"):
        client = client_for(getattr(world, role))
        for url in urls(world):
            response = client.get(url, {"as_of": before, "compare": yesterday()})
            assert response.status_code == 200, (url, role)
            assert b'data-testid="compare-teams"' in response.content


@pytest.mark.parametrize("value", ["nope", "2026-13-01", "1999-01-01", "3000-01-01"])
def test_a_bad_compare_date_is_a_400_with_the_form(world, client_for, value):
    client = client_for(world.member)
    for url in urls(world):
        response = client.get(url, {"as_of": yesterday(), "compare": value})
        assert response.status_code == 400, (url, value)
        assert b'id="as-of-compare-error"' in response.content
        assert b'name="compare"' in response.content
    query = {"as_of": yesterday(), "compare": value, "format": "csv", "table": "teams"}
    assert client.get(reverse("dashboard"), query).status_code == 400


def test_another_organisations_dashboards_are_not_found_when_comparing(world, client_for):
    outsider = client_for(world.outsider)
    dates = {"as_of": yesterday(), "compare": str(timezone.localdate())}
    assert outsider.get(reverse("team_dashboard", args=[world.team.pk]), dates).status_code == 404
    assert (
        outsider.get(reverse("person_dashboard", args=[world.member.pk]), dates).status_code == 404
    )
    dates["cycle"] = world.cycle.pk
    assert outsider.get(reverse("dashboard"), dates).status_code == 404


def test_compare_downloads_keep_both_dates(world, client_for):
    _history(world)
    client = client_for(world.admin)
    today = str(timezone.localdate())
    query = {"as_of": yesterday(), "compare": today, "format": "csv", "table": "teams"}
    response = client.get(reverse("dashboard"), query)
    assert response.status_code == 200
    assert f"as-of-{yesterday()}-compared-with-{today}" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert f"Key results ({yesterday()})" in rows[0] and f"Key results ({today})" in rows[0]
    risk = client.get(reverse("dashboard"), {**query, "table": "at_risk"})
    lines = list(csv.reader(io.StringIO(risk.content.decode())))
    assert {line[0] for line in lines[1:]} == {"Entered the list", "Left the list"}
    xlsx = client.get(reverse("dashboard"), {**query, "format": "xlsx", "table": "paces"})
    assert xlsx.status_code == 200 and "compared-with" in xlsx["Content-Disposition"]


@pytest.mark.parametrize("role", ["admin", "member"])
def test_stored_day_and_compare_query_counts_do_not_grow(world, client_for, role):
    from cairn.dashboards import days
    from cairn.okrs.models import Objective

    client = client_for(getattr(world, role))
    zone = world.organisation.zone
    day = timezone.now().astimezone(zone).date() - dt.timedelta(days=1)

    def grown(n):
        _grow(world, n)
        backdate(3, *Objective.objects.filter(cycle=world.cycle))
        days.days_store(world.cycle, [day])

    grown(2)
    dates = f"as_of={yesterday()}"
    pages = [f"{u}?{dates}" for u in urls(world)]
    pages += [f"{u}?{dates}&compare={timezone.localdate()}" for u in urls(world)]
    pages += [f"{u}?as_of={timezone.localdate() - dt.timedelta(days=2)}&compare={yesterday()}"
              for u in urls(world)]  # fmt: skip
    pages += [f"{u}?{dates}&part=confidence" for u in urls(world)]
    small = [_count(client, url) for url in pages]
    grown(15)
    assert [_count(client, url) for url in pages] == small


def test_the_cycle_and_the_dates_are_one_form_with_one_show_button(world, client_for):
    """The cycle picker and the "As of / Compare with" form were two forms with two "Show"
    buttons; now one form, whose blank dates read as today (the URLs themselves unchanged)."""
    client = client_for(world.viewer)
    for url in urls(world):
        html = client.get(url, {"cycle": world.cycle.pk}).content.decode()
        assert (
            html.count('<form class="filters as-of-picker"') == 1
            and '<form class="as-of-picker"' not in html
        )
        assert html.count(">Show</button>") == 1, url
        assert 'name="cycle"' in html and 'name="as_of"' in html and 'name="compare"' in html
    url = reverse("dashboard")
    cycle = world.cycle.pk
    shown = client.get(url, {"cycle": cycle, "as_of": "", "compare": "", "show": "1"})
    assert shown.status_code == 302 and shown["Location"] == f"{url}?cycle={cycle}"
    day = yesterday()
    shown = client.get(url, {"cycle": cycle, "as_of": day, "compare": "", "show": "1"})
    assert shown["Location"] == f"{url}?cycle={cycle}&as_of={day}"
    shown = client.get(url, {"cycle": cycle, "as_of": "", "compare": day, "show": "1"})
    assert shown["Location"] == f"{url}?cycle={cycle}&as_of=&compare={day}"
    refused = client.get(shown["Location"])  # a comparison without its first date says so
    assert refused.status_code == 400 and b'id="as-of-error"' in refused.content
    live = client.get(f"{url}?cycle={cycle}")
    assert live.status_code == 200 and b"Showing how this stood on" not in live.content
    assert client.get(url, {"as_of": ""}).status_code == 400  # the URL alone: as before
