"""The weekly digest: on the person's digest day from 08:00 local, once, with what concerns them."""

from __future__ import annotations

from datetime import date

import pytest

from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.digests import digest_for, digests_send
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.notifications.services import preference_update
from cairn.okrs.models import Visibility
from cairn.okrs.services import key_result_create
from tests.factories import ObjectiveFactory
from tests.notifications.conftest import at, later, parts

MONDAY_8_BERLIN = "2026-03-30 06:00"  # 08:00 CEST


@pytest.fixture
def okrs(world, kr):
    world.member.time_zone = "Europe/Berlin"
    world.member.save()
    world.cycle.start, world.cycle.end = date(2026, 2, 1), date(2026, 4, 30)
    world.cycle.save()
    ObjectiveFactory(cycle=world.cycle, owner=world.admin, team=None, title="Company goal")
    ObjectiveFactory(
        cycle=world.cycle,
        owner=world.admin,
        team=None,
        title="Secret plan",
        visibility=Visibility.PRIVATE,
    )
    return world


def digested() -> dict[str, str]:
    return {
        n.recipient.user.email: n
        for n in Notification.objects.filter(kind=Kind.DIGEST_WEEKLY).select_related(
            "recipient__user"
        )
    }


def test_it_is_sent_from_eight_on_monday_in_the_persons_zone_once(okrs):
    digests_send(now=at("2026-03-30 05:59"))
    assert "member@acme.test" not in digested()

    digests_send(now=at(MONDAY_8_BERLIN))
    digests_send(now=at("2026-03-30 09:00"))

    assert Notification.objects.filter(kind=Kind.DIGEST_WEEKLY, recipient=okrs.member).count() == 1


def test_each_role_gets_what_concerns_them_and_may_see(okrs):
    now = at("2026-03-30 12:00")

    member = [o["title"] for o in digest_for(okrs.member, now).objectives]
    lead = [o["title"] for o in digest_for(okrs.lead, now).objectives]
    admin = [o["title"] for o in digest_for(okrs.admin, now).objectives]

    assert member == ["Make support feel effortless"]
    assert lead == ["Make support feel effortless"]  # the lead's team
    assert sorted(admin) == ["Company goal", "Secret plan"]
    assert digest_for(okrs.outsider, now).objectives == []
    assert digest_for(okrs.viewer, now).objectives == []


def test_it_lists_risks_and_is_emailed_with_progress_bars(okrs, smtp):
    key_result_create(
        actor=okrs.member, objective=okrs.objective, title="Launch <b>chat</b>", kind="milestone"
    )
    moment = at(MONDAY_8_BERLIN)

    digests_send(now=moment)
    deliveries_send_due(now=later(moment))

    note = digested()["member@acme.test"]
    assert note.data["objectives"][0]["title"] == "Make support feel effortless"
    assert {r["title"] for r in note.data["risks"]} >= {"Launch <b>chat</b>"}
    (message,) = [m for m in smtp.messages if m["To"] == "member@acme.test"]
    text, html = parts(message)
    assert "Make support feel effortless" in html and ">0%<" in html
    assert "Launch &lt;b&gt;chat&lt;/b&gt;" in html
    assert "Make support feel effortless" in text


def test_a_person_picks_another_day_or_turns_it_off(okrs):
    preference_update(actor=okrs.member, person=okrs.member, digest_weekday=2)
    preference_update(actor=okrs.lead, person=okrs.lead, kinds_off=[Kind.DIGEST_WEEKLY])

    digests_send(now=at("2026-03-30 12:00"))
    assert "member@acme.test" not in digested() and "lead@acme.test" not in digested()
    digests_send(now=at("2026-04-01 12:00"))
    assert "member@acme.test" in digested()


def test_a_lead_of_a_department_gets_the_teams_below_and_admins_the_company(okrs):
    from tests.factories import MembershipFactory, PersonFactory

    head = PersonFactory(organisation=okrs.organisation, user__email="head@acme.test")
    MembershipFactory(team=okrs.company, person=head, is_lead=True)  # leads the team above
    digests_send(now=at("2026-03-30 12:00"))
    got = digested()
    assert [o["title"] for o in got["head@acme.test"].data["objectives"]] == [
        "Make support feel effortless"
    ]
    assert [o["title"] for o in got["lead@acme.test"].data["objectives"]] == [
        "Make support feel effortless"
    ]
    admin = sorted(o["title"] for o in got["admin@acme.test"].data["objectives"])
    assert admin == ["Company goal", "Secret plan"]
    assert "viewer@acme.test" not in got and "outsider@other.test" not in got
