"""The language picker, and pages, the board and the coach in the person's language."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cairn.coach.i18n import Message, gettext_noop
from cairn.okrs.services import check_in_record
from cairn.web.templatetags.coach_tags import translate_coach
from tests.factories import PersonFactory

URL = "/settings/language/"
ORG_URL = "/settings/language/organisation/"


def _german(person) -> None:
    person.user.language = "de"
    person.user.save(update_fields=["language"])


@pytest.mark.parametrize("who", ["admin", "lead", "member", "viewer"])
def test_every_role_opens_the_language_page(world, client_for, who):
    response = client_for(getattr(world, who)).get(URL)
    assert response.status_code == 200
    assert "Organisation default (your browser&#x27;s language)" in response.content.decode()


def test_only_admins_see_the_organisation_default(world, client_for):
    assert "Save the default" in client_for(world.admin).get(URL).content.decode()
    assert "Save the default" not in client_for(world.member).get(URL).content.decode()


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/sign-in/" in response["Location"]


def test_choosing_german_turns_the_pages_german(world, client_for):
    client = client_for(world.member)
    response = client.post(URL, {"language": "de"}, follow=True)
    world.member.user.refresh_from_db()
    assert world.member.user.language == "de"
    page = response.content.decode()
    assert "Sprache gespeichert." in page
    assert "Meine Woche" in page
    assert client.cookies["django_language"].value == "de"  # the sign-in page speaks it too


def test_an_unknown_language_is_refused_and_nothing_is_written(world, client_for):
    response = client_for(world.member).post(URL, {"language": "xx"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    world.member.user.refresh_from_db()
    assert world.member.user.language == ""


def test_the_organisation_default_applies_until_a_person_chooses(world, client_for):
    response = client_for(world.admin).post(ORG_URL, {"language": "fr"})
    assert response.status_code == 302
    world.organisation.refresh_from_db()
    assert world.organisation.language == "fr"
    assert "Ma semaine" in client_for(world.member).get("/").content.decode()
    _german(world.member)
    assert "Meine Woche" in client_for(world.member).get("/").content.decode()


@pytest.mark.parametrize("who", ["lead", "member", "viewer"])
def test_only_admins_change_the_organisation_default(world, client_for, who):
    response = client_for(getattr(world, who)).post(ORG_URL, {"language": "es"})
    assert response.status_code == 403
    world.organisation.refresh_from_db()
    assert world.organisation.language == ""


def test_an_admin_changes_only_their_own_organisation(world, client_for):
    client_for(world.outsider).post(ORG_URL, {"language": "es"})
    world.organisation.refresh_from_db()
    world.outsider.organisation.refresh_from_db()
    assert world.organisation.language == ""
    assert world.outsider.organisation.language == "es"


def test_the_organisation_default_refuses_an_unknown_language(world, client_for):
    response = client_for(world.admin).post(ORG_URL, {"language": "klingon"})
    assert response.status_code == 400
    world.organisation.refresh_from_db()
    assert world.organisation.language == ""


def test_the_sign_in_page_follows_the_browser_language():
    page = Client().get("/sign-in/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").content.decode()
    assert "Se connecter" in page
    assert 'lang="fr"' in page
    page = Client().get("/sign-in/", HTTP_ACCEPT_LANGUAGE="it,en;q=0.5").content.decode()
    assert "Sign in" in page  # Italian is not shipped: English, not half-translated Django


def test_the_page_names_are_escaped(world, client_for):
    world.member.user.first_name = "<script>alert(1)</script>"
    world.member.user.save()
    page = client_for(world.member).get(URL).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_language_page_costs_the_same_queries_with_more_people(world, client_for):
    client = client_for(world.admin)
    client.get(URL)
    with CaptureQueriesContext(connection) as before:
        client.get(URL)
    for _ in range(5):
        PersonFactory(organisation=world.organisation)
    with CaptureQueriesContext(connection) as after:
        client.get(URL)
    assert len(after) == len(before)


def test_a_german_person_sees_the_home_page_board_and_coach_in_german(world, client_for):
    _german(world.member)
    client = client_for(world.member)
    home = client.get("/").content.decode()
    assert "Meine Woche" in home
    assert 'lang="de"' in home
    board = client.get("/board/", follow=True).content.decode()
    assert "Alle aufklappen" in board  # "Expand all"
    objective = client.get(f"/objectives/{world.objective.pk}/").content.decode()
    # The world's objective has no key results: the coach's OKR001 message, in German.
    assert "Das Ziel hat keine Schlüsselergebnisse; 3–5 ergeben ein ausgewogenes Bild." in objective
    assert "The objective has no key results" not in objective


def test_dates_follow_the_persons_language(world, kr, client_for):
    moment = dt.datetime(2026, 1, 1, 23, 30, tzinfo=dt.UTC)
    check_in_record(key_result=kr, author=world.member, value=10, confidence=6, at=moment)
    world.member.user.time_zone = "Europe/Berlin"
    world.member.user.save()
    url = f"/objectives/{world.objective.pk}/"
    assert "01/02/2026 12:30 a.m." in client_for(world.member).get(url).content.decode()
    _german(world.member)
    page = client_for(world.member).get(url).content.decode()
    assert "02.01.2026 00:30" in page  # German short date and 24-hour time, Berlin time
    assert "a.m." not in page


def test_coach_text_without_a_translation_falls_back_to_english():
    made_up = Message(gettext_noop("A rule nobody translated, %(n)d times."), n=3)
    with translation.override("de"):
        assert translate_coach(made_up) == "A rule nobody translated, 3 times."
        assert translate_coach("Plain text from an older cache") == "Plain text from an older cache"
        assert translate_coach(None) == ""
        known = Message(gettext_noop("The key result has no owner."))
        assert translate_coach(known) == "Das Schlüsselergebnis hat keine verantwortliche Person."
    assert str(made_up) == "A rule nobody translated, 3 times."


def test_a_language_cairn_does_not_ship_renders_in_english(world, client_for):
    world.member.user.language = "it"  # set outside the picker, e.g. through the admin
    world.member.user.save()
    response = client_for(world.member).get("/")
    assert response.status_code == 200
    assert "My week" in response.content.decode()


def test_emails_go_out_in_the_recipients_language(world):
    from cairn.notifications.channels.email import email_message
    from cairn.notifications.services import notify

    world.organisation.language = "es"
    world.organisation.save()
    made = [
        notify(recipient=world.member, kind="cycle.grading_due", dedupe_key=key, title=key)
        for key in ("Q3", "Q4")
    ]
    assert None not in made
    message = email_message(world.member, made)
    assert message.subject == "[Acme] 2 novedades de Cairn"
    assert 'lang="es"' in message.alternatives[0][0]
    world.member.user.language = "de"
    world.member.user.save()
    assert email_message(world.member, made).subject == "[Acme] 2 Neuigkeiten von Cairn"
