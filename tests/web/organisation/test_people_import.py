"""Importing people from CSV: preview with per-row errors, all or nothing, admins only; every
row becomes an invitation, so an existing account joins only when its owner accepts."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cairn.accounts.models import Invitation
from cairn.accounts.services import invitation_accept, token_hash
from cairn.organisations.models import Person, TeamMembership
from cairn.organisations.people_import import people_import_apply, people_import_preview
from tests.factories import PersonFactory

GOOD = """email,name,team,manager,role
ana@acme.test,Ana Lima,Support,boss@acme.test,member
boss@acme.test,Bo Boss,acme,lead@acme.test,admin
vic@acme.test,Vic,,,viewer
"""

BAD = """email,name,team,manager,role
ana@acme.test,Ana Lima,Support,,member
not-an-email,Nobody,,,member
ana@acme.test,Ana Again,,,member
member@acme.test,Already Here,,,member
zed@acme.test,Zed,Nowhere,ghost@acme.test,boss
"""


def page_text(response) -> str:
    """Return the page without its CSRF tokens, which differ on every page."""
    return re.sub(
        r'(csrfmiddlewaretoken" value=|"X-CSRFToken": )"[^"]*"', "", response.content.decode()
    )


def imported_emails(world):
    return set(
        Person.objects.filter(organisation=world.organisation).values_list("user__email", flat=True)
    )


def test_a_good_file_previews_without_errors(world):
    preview = people_import_preview(organisation=world.organisation, text=GOOD)
    assert preview.valid and [r.email for r in preview.rows][0] == "ana@acme.test"
    assert preview.rows[0].name == "Ana Lima" and preview.rows[0].team == world.team


def accept_all(world, invitations) -> None:
    """Accept every invitation, as new accounts, in the order given."""
    for invitation in invitations:
        token = "t-" + invitation.email
        Invitation.objects.filter(pk=invitation.pk).update(token_hash=token_hash(token))
        invitation_accept(token=token, password="a-long-pass-phrase-42")


def test_a_good_file_invites_everyone_and_adds_no_one(world, django_capture_on_commit_callbacks):
    before = imported_emails(world)
    with django_capture_on_commit_callbacks(execute=True):
        invited = people_import_apply(organisation=world.organisation, actor=world.admin, text=GOOD)
    assert [i.email for i in invited] == ["ana@acme.test", "boss@acme.test", "vic@acme.test"]
    assert imported_emails(world) == before
    assert sorted(m.to[0] for m in mail.outbox) == sorted(i.email for i in invited)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0)])
def test_accepted_invitations_bring_teams_names_and_managers(world, order):
    invited = people_import_apply(organisation=world.organisation, actor=world.admin, text=GOOD)
    accept_all(world, [invited[i] for i in order])
    ana = Person.objects.get(organisation=world.organisation, user__email="ana@acme.test")
    boss = Person.objects.get(organisation=world.organisation, user__email="boss@acme.test")
    assert ana.manager == boss and boss.manager == world.lead and boss.role == "admin"
    assert TeamMembership.objects.filter(team=world.team, person=ana).exists()
    assert ana.user.first_name == "Ana" and ana.user.last_name == "Lima"


def test_managers_named_across_imports_never_form_a_loop(world):
    first = "email,name,team,manager,role\na@x.test,A,,m@x.test,\nm@x.test,M,,,\n"
    second = "email,name,team,manager,role\nm@x.test,M,,a@x.test,\n"  # m, invited again
    a_invited, m_first = people_import_apply(
        organisation=world.organisation, actor=world.admin, text=first
    )
    (m_again,) = people_import_apply(
        organisation=world.organisation, actor=world.admin, text=second
    )
    accept_all(world, [a_invited, m_again])
    a = Person.objects.get(organisation=world.organisation, user__email="a@x.test")
    m = Person.objects.get(organisation=world.organisation, user__email="m@x.test")
    assert m.manager == a and a.manager is None
    assert not Invitation.objects.filter(pk=m_first.pk).exists()  # void once m joined


def test_every_bad_row_gets_its_own_error(world):
    preview = people_import_preview(organisation=world.organisation, text=BAD)
    errors = {row.line: " ".join(row.errors) for row in preview.rows}
    assert not preview.valid and preview.error_count == 4
    assert errors[2] == ""
    assert "not a valid email" in errors[3]
    assert "appears twice" in errors[4]
    assert "already in the organisation" in errors[5]
    assert "No team is called" in errors[6] and "Role must be" in errors[6]
    assert "not in the file, the organisation or its invitations" in errors[6]


def test_a_bad_file_writes_nothing(world):
    before = imported_emails(world)
    with pytest.raises(ValidationError):
        people_import_apply(organisation=world.organisation, actor=world.admin, text=BAD)
    assert imported_emails(world) == before


def test_a_file_without_headers_or_rows_is_refused(world):
    assert people_import_preview(organisation=world.organisation, text="a,b\n1,2").errors
    assert people_import_preview(organisation=world.organisation, text="email,name\n").errors


def test_manager_loops_in_the_file_are_refused(world):
    text = "email,name,team,manager,role\na@x.test,A,,b@x.test,\nb@x.test,B,,a@x.test,\n"
    preview = people_import_preview(organisation=world.organisation, text=text)
    assert all("loop" in " ".join(r.errors) for r in preview.rows)


@pytest.mark.parametrize("persona", ["lead", "member", "viewer", "outsider"])
def test_only_admins_of_the_organisation_import(world, persona):
    with pytest.raises(PermissionDenied):
        people_import_apply(
            organisation=world.organisation, actor=getattr(world, persona), text=GOOD
        )


def test_the_page_previews_an_uploaded_file(world, client_for):
    upload = SimpleUploadedFile("people.csv", GOOD.encode("utf-8-sig"), "text/csv")
    response = client_for(world.admin).post(reverse("people_import"), {"file": upload})
    html = response.content.decode()
    assert response.status_code == 200 and "Invite 3 people" in html
    assert "ana@acme.test" not in imported_emails(world)


def test_the_page_shows_per_row_errors_and_no_import_button(world, client_for):
    response = client_for(world.admin).post(reverse("people_import"), {"text": BAD})
    html = response.content.decode()
    assert response.status_code == 400
    assert "4 rows have problems" in html and "appears twice" in html
    assert 'name="confirm"' not in html


def test_confirming_invites_everyone(world, client_for):
    data = {"text": GOOD, "confirm": "1"}
    response = client_for(world.admin).post(reverse("people_import"), data)
    assert response.status_code == 200 and "3 invitations sent" in response.content.decode()
    assert set(Invitation.objects.values_list("email", flat=True)) == {
        "ana@acme.test",
        "boss@acme.test",
        "vic@acme.test",
    }


def test_a_row_for_an_existing_account_reads_like_a_row_for_a_new_address(
    world, client_for, django_capture_on_commit_callbacks
):
    alice = PersonFactory(
        user__email="alice@elsewhere.test", user__first_name="Alicia", user__last_name="Zephyr"
    )
    pages = []
    for email in ("alice@elsewhere.test", "nobody-yet@elsewhere.test"):
        text = f"email,name,team,manager,role\n{email},,Support,,member\n"
        client = client_for(world.admin)
        preview = client.post(reverse("people_import"), {"text": text})
        with django_capture_on_commit_callbacks(execute=True):
            done = client.post(reverse("people_import"), {"text": text, "confirm": "1"})
        pages.append([page_text(r).replace(email, "EMAIL") for r in (preview, done)])
        assert preview.status_code == done.status_code == 200
        assert "1 invitation sent" in done.content.decode() and mail.outbox[-1].to == [email]
    assert pages[0] == pages[1]
    assert "Alicia" not in "".join(pages[0]) and "Zephyr" not in "".join(pages[0])
    assert not Person.objects.filter(organisation=world.organisation, user=alice.user).exists()


def test_confirming_a_bad_file_imports_no_one(world, client_for):
    before = imported_emails(world)
    response = client_for(world.admin).post(reverse("people_import"), {"text": BAD, "confirm": "1"})
    assert response.status_code == 400 and "Nothing was imported" in response.content.decode()
    assert imported_emails(world) == before


def test_an_empty_form_is_refused(world, client_for):
    response = client_for(world.admin).post(reverse("people_import"), {"text": ""})
    assert response.status_code == 400
    assert "Choose a CSV file or paste its contents." in response.content.decode()


def test_a_file_that_is_not_utf8_is_refused(world, client_for):
    upload = SimpleUploadedFile("people.csv", "email\nzoë@x.test\n".encode("utf-16"), "text/csv")
    response = client_for(world.admin).post(reverse("people_import"), {"file": upload})
    assert response.status_code == 400


# Upload limits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("email,name" + ",x" * 300_000 + "\nana@acme.test,Ana\n", "at most 50 columns"),
        ("email,name,team" + ",x" * 60 + "\nana@acme.test,Ana\n", "at most 50 columns"),
        ('email,name\nana@acme.test,"' + "a" * 200_000 + '"\n', "more than 10,000 characters"),
        ("email\n" + "".join(f"p{n}@acme.test\n" for n in range(5001)), "at most 5000 people"),
        ("email\n" + "a" * (1024 * 1024), "larger than 1 MB"),
    ],
)
def test_a_file_over_a_limit_is_refused_with_the_limit(world, client_for, text, message):
    before = imported_emails(world)
    response = client_for(world.admin).post(reverse("people_import"), {"text": text})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'name="confirm"' not in response.content.decode()
    with pytest.raises(ValidationError):
        people_import_apply(organisation=world.organisation, actor=world.admin, text=text)
    assert imported_emails(world) == before
