"""One-on-ones: private to a person and their manager; admins delete them without reading them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.audit.models import AuditEvent
from cairn.okrs.models import CycleState, Visibility
from cairn.okrs.services import check_in_record
from cairn.one_on_ones import services
from cairn.one_on_ones.models import ActionItem, Note, OneOnOne
from tests.factories import KeyResultFactory, ObjectiveFactory, PersonFactory

XSS = '<script>alert("1:1")</script>'


@pytest.fixture
def pair(world):
    """The member reports to the lead; their one-on-one is open."""
    world.member.manager = world.lead
    world.member.save()
    world.one_on_one = services.one_on_one_open(actor=world.lead, other=world.member)
    return world


def client_for(person) -> Client:
    client = Client()
    client.force_login(person.user)
    return client


def page(world) -> str:
    return reverse("one_on_one", args=[world.one_on_one.pk])


def test_either_of_the_two_opens_the_same_one_on_one(pair):
    again = services.one_on_one_open(actor=pair.member, other=pair.lead)

    assert again == pair.one_on_one
    assert (again.manager, again.report) == (pair.lead, pair.member)


def test_only_a_manager_and_their_report_hold_one(pair):
    with pytest.raises(ValidationError, match="your manager or your reports"):
        services.one_on_one_open(actor=pair.admin, other=pair.member)
    with pytest.raises(ValidationError):
        services.one_on_one_open(actor=pair.outsider, other=pair.member)


@pytest.mark.parametrize("persona", ["lead", "member"])
def test_the_two_read_it(pair, persona):
    services.note_add(
        one_on_one=pair.one_on_one,
        actor=pair.lead,
        held_on=dt.date(2026, 12, 1),
        text_="Agreed to pair on the churn analysis.",
    )

    response = client_for(getattr(pair, persona)).get(page(pair))

    assert response.status_code == 200
    assert "Agreed to pair on the churn analysis." in response.content.decode()


@pytest.mark.parametrize("persona", ["admin", "viewer", "outsider"])
def test_nobody_else_reads_it_not_even_an_admin(pair, persona):
    someone = getattr(pair, persona)
    action = services.action_add(one_on_one=pair.one_on_one, actor=pair.lead, text_="Secret")
    client = client_for(someone)

    assert client.get(page(pair)).status_code == 404
    for name, args in [
        ("one_on_one_note_add", [pair.one_on_one.pk]),
        ("one_on_one_action_add", [pair.one_on_one.pk]),
        ("one_on_one_action_done", [pair.one_on_one.pk, action.pk]),
    ]:
        response = client.post(reverse(name, args=args), {"text": "x", "held_on": "2026-12-01"})
        assert response.status_code == 404
    assert Note.objects.count() == 0
    assert ActionItem.objects.get(pk=action.pk).done_at is None


def test_another_team_member_cannot_write_through_the_service(pair):
    colleague = PersonFactory(organisation=pair.organisation)

    with pytest.raises(PermissionDenied):
        services.note_add(
            one_on_one=pair.one_on_one, actor=colleague, held_on=dt.date.today(), text_="Hi"
        )


def test_open_action_items_come_back_until_done(pair):
    client = client_for(pair.member)
    client.post(
        reverse("one_on_one_action_add", args=[pair.one_on_one.pk]),
        {"text": "Draft the hiring plan", "owner": pair.member.pk, "due": "2026-12-10"},
    )
    action = ActionItem.objects.get(one_on_one=pair.one_on_one)
    later = client_for(pair.lead).get(page(pair)).content.decode()

    client.post(reverse("one_on_one_action_done", args=[pair.one_on_one.pk, action.pk]))
    done = client.get(page(pair)).content.decode()

    assert "Draft the hiring plan" in later.split("Recently done")[0]
    assert "<s>Draft the hiring plan</s>" in done
    assert ActionItem.objects.get(pk=action.pk).done_at is not None


def test_an_action_item_belongs_to_one_of_the_two(pair):
    with pytest.raises(ValidationError):
        services.action_add(
            one_on_one=pair.one_on_one, actor=pair.lead, text_="Call", owner=pair.admin
        )
    response = client_for(pair.lead).post(
        reverse("one_on_one_action_add", args=[pair.one_on_one.pk]),
        {"text": "Call", "owner": pair.admin.pk},
    )
    assert response.status_code == 400
    assert ActionItem.objects.count() == 0


def test_empty_notes_are_refused_and_nothing_is_lost(pair):
    response = client_for(pair.lead).post(
        reverse("one_on_one_note_add", args=[pair.one_on_one.pk]),
        {"held_on": "not a date", "text": "Keep this text"},
    )

    assert response.status_code == 400
    assert "Keep this text" in response.content.decode()
    assert Note.objects.count() == 0


def test_the_agenda_lists_the_reports_key_results_both_may_see(pair):
    pair.cycle.state = CycleState.ACTIVE
    pair.cycle.save()
    shared = KeyResultFactory(
        objective=pair.objective, owner=pair.member, title="Cut churn to 2%", start=5, target=2
    )
    check_in_record(
        key_result=shared, author=pair.member, value=4, confidence=3, blockers="Waiting on data"
    )
    private = ObjectiveFactory(
        organisation=pair.organisation,
        cycle=pair.cycle,
        owner=pair.member,
        visibility=Visibility.PRIVATE,
        title="Private plan",
    )
    KeyResultFactory(objective=private, owner=pair.member, title="Hidden key result")

    html = client_for(pair.lead).get(page(pair)).content.decode()

    problems = html.split('id="problems-heading"')[1].split('id="progress-heading"')[0]
    assert "Cut churn to 2%" in problems and "Waiting on data" in problems
    assert "Hidden key result" not in html


def test_notes_and_actions_are_escaped(pair):
    services.note_add(
        one_on_one=pair.one_on_one, actor=pair.lead, held_on=dt.date.today(), text_=XSS
    )
    services.action_add(one_on_one=pair.one_on_one, actor=pair.lead, text_=XSS)

    html = client_for(pair.member).get(page(pair)).content.decode()

    assert XSS not in html
    assert "&lt;script&gt;alert(&quot;1:1&quot;)&lt;/script&gt;" in html


def test_the_query_count_does_not_grow_with_notes_and_actions(pair):
    client = client_for(pair.lead)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page(pair)).status_code == 200
        return len(captured)

    services.note_add(
        one_on_one=pair.one_on_one, actor=pair.lead, held_on=dt.date.today(), text_="One"
    )
    services.action_add(one_on_one=pair.one_on_one, actor=pair.lead, text_="One")
    few = queries()
    for n in range(15):
        services.note_add(
            one_on_one=pair.one_on_one,
            actor=pair.member,
            held_on=dt.date.today(),
            text_=f"Note {n}",
        )
        action = services.action_add(
            one_on_one=pair.one_on_one, actor=pair.member, text_=f"Action {n}"
        )
        if n % 2:
            services.action_set_done(action=action, actor=pair.member, done=True)

    assert queries() == few


def test_the_list_offers_the_manager_and_reports_from_the_directory(pair):
    report = PersonFactory(organisation=pair.organisation, manager=pair.member)

    html = client_for(pair.member).get(reverse("one_on_ones")).content.decode()
    started = client_for(pair.member).post(reverse("one_on_ones"), {"with": report.pk})

    assert reverse("one_on_one", args=[pair.one_on_one.pk]) in html
    assert f"With {report.name}" in html
    made = OneOnOne.objects.get(manager=pair.member, report=report)
    assert started.url == reverse("one_on_one", args=[made.pk])
    refused = client_for(pair.member).post(reverse("one_on_ones"), {"with": pair.admin.pk})
    assert refused.status_code == 404


def test_an_admin_sees_only_names_and_counts_and_deletes_with_an_audit_event(pair):
    services.note_add(
        one_on_one=pair.one_on_one, actor=pair.lead, held_on=dt.date.today(), text_="Confidential"
    )
    admin = client_for(pair.admin)

    listing = admin.get(reverse("organisation_one_on_ones")).content.decode()
    deleted = admin.post(reverse("one_on_one_delete", args=[pair.one_on_one.pk]))

    assert pair.lead.name in listing and pair.member.name in listing
    assert "Confidential" not in listing
    assert deleted.status_code == 302
    assert not OneOnOne.objects.exists() and not Note.objects.exists()
    event = AuditEvent.objects.get(action="one_on_one_deleted")
    assert event.actor == pair.admin and "Confidential" not in str(event.details)


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_list_and_delete(pair, persona):
    client = client_for(getattr(pair, persona))

    assert client.get(reverse("organisation_one_on_ones")).status_code == 403
    assert client.post(reverse("one_on_one_delete", args=[pair.one_on_one.pk])).status_code == 403
    assert OneOnOne.objects.filter(pk=pair.one_on_one.pk).exists()


def test_an_admin_of_another_organisation_gets_404(pair):
    other_admin = PersonFactory(organisation=pair.outsider.organisation, role="admin")

    response = client_for(other_admin).post(reverse("one_on_one_delete", args=[pair.one_on_one.pk]))

    assert response.status_code == 404
    assert OneOnOne.objects.filter(pk=pair.one_on_one.pk).exists()


def test_the_persons_own_export_holds_what_they_wrote_an_admins_only_counts(pair):
    from cairn.organisations.personal_data import personal_data_export

    services.note_add(
        one_on_one=pair.one_on_one,
        actor=pair.member,
        held_on=dt.date(2026, 12, 1),
        text_="I want to grow into a lead role.",
    )
    services.note_add(
        one_on_one=pair.one_on_one,
        actor=pair.lead,
        held_on=dt.date(2026, 12, 1),
        text_="The lead's own words.",
    )
    services.action_add(
        one_on_one=pair.one_on_one, actor=pair.lead, text_="Find a mentor", owner=pair.member
    )

    own = personal_data_export(person=pair.member, actor=pair.member)["one_on_ones"]
    by_admin = personal_data_export(person=pair.member, actor=pair.admin)["one_on_ones"]

    assert [row["with"] for row in own] == [pair.lead.name]
    assert [n["text"] for n in own[0]["notes_written"]] == ["I want to grow into a lead role."]
    assert [a["text"] for a in own[0]["action_items_owned"]] == ["Find a mentor"]
    assert (by_admin[0]["notes_written"], by_admin[0]["action_items_owned"]) == (1, 1)
    assert "grow into a lead role" not in str(by_admin) and "Find a mentor" not in str(by_admin)
    assert "The lead's own words." not in str(own)
