"""Every notification speaks its reader's language, never the language of the person whose action
caused it: in the app, by email, in chat; mentions, alerts, kudos, feedback, digests, reminders."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cairn.feedback.kudos import kudos_give
from cairn.meetings.notices import agendas_send
from cairn.notifications.alerts import pace_alert
from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.digests import digests_send
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification, TeamPost
from cairn.notifications.services import chat_channel_create, preference_update
from tests.notifications.conftest import at, later, parts


@pytest.fixture
def speakers(world):
    """The member reads German, the lead French; the admin chose nothing and gets the
    organisation's default, Spanish."""
    world.member.user.language = "de"
    world.member.user.save()
    world.lead.user.language = "fr"
    world.lead.user.save()
    world.organisation.language = "es"
    world.organisation.save()
    return world


def token(person) -> str:
    return f"@[{person.name}](person:{person.pk})"


def titles(kind: str) -> dict[str, str]:
    rows = Notification.objects.filter(kind=kind).values_list("recipient__user__email", "title")
    return dict(rows)


def test_a_german_speakers_mention_reaches_the_french_lead_in_french(
    speakers, kr, client_for, smtp, django_capture_on_commit_callbacks
):
    author = client_for(speakers.member)
    body = f"{token(speakers.lead)} {token(speakers.admin)} bitte ansehen"
    with django_capture_on_commit_callbacks(execute=True):
        response = author.post(reverse("comments", args=["key-results", kr.pk]), {"body": body})
    assert response.status_code == 302
    assert response.wsgi_request.LANGUAGE_CODE == "de"  # the request ran in the author's language

    name, title = speakers.member.name, kr.title
    assert titles(Kind.COMMENT_MENTION) == {
        "lead@acme.test": f"{name} vous a mentionné sur « {title} »",
        "admin@acme.test": f"{name} te ha mencionado en «{title}»",
    }

    deliveries_send_due(now=later(timezone.now(), 600))
    mail = {m["To"]: m for m in smtp.messages}
    assert (
        mail["lead@acme.test"]["Subject"].strip()
        == f"[Acme] {name} vous a mentionné sur « {title} »"
    )
    text, html = parts(mail["lead@acme.test"])
    assert "Votre check-in hebdomadaire :" in text
    assert "Dein" not in text and "Your weekly" not in text
    assert "Tu check-in semanal:" in parts(mail["admin@acme.test"])[0]

    # The French lead's notification page shows the stored French title, escaped.
    page = client_for(speakers.lead).get(reverse("notifications"))
    assert "vous a mentionné sur" in page.content.decode()


def test_alerts_from_a_german_check_in_are_french_and_spanish(
    speakers, kr, client_for, django_capture_on_commit_callbacks
):
    speakers.objective.owner = speakers.admin
    speakers.objective.save()
    author = client_for(speakers.member)
    prefix = f"kr-{kr.pk}"
    form = {
        f"{prefix}-value": "17",
        f"{prefix}-confidence": "7",
        f"{prefix}-blockers": "Warten auf die Rechtsabteilung",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = author.post(reverse("check_in_record", args=[kr.pk]), form)
    assert response.status_code == 302

    assert titles(Kind.CHECK_IN_BLOCKERS) == {
        "lead@acme.test": f"Blocages sur {kr.title}",
        "admin@acme.test": f"Bloqueos en {kr.title}",
    }
    bodies = dict(
        Notification.objects.filter(kind=Kind.CHECK_IN_BLOCKERS).values_list(
            "recipient__user__email", "body"
        )
    )
    assert bodies["lead@acme.test"].startswith(f"De {speakers.member.name} : Warten")


def test_a_pace_alert_raised_in_german_is_written_per_owner(speakers, kr):
    speakers.objective.owner = speakers.lead
    speakers.objective.save()
    with translation.override("de"):  # a check-in's request, in the German author's language
        told = pace_alert(key_result=kr, old="on_track", new="off_track")
    assert told == 2
    found = titles(Kind.KEY_RESULT_OFF_TRACK)
    assert found["member@acme.test"] == f"{kr.title} ist nicht im Plan"
    assert found["lead@acme.test"] == f"{kr.title} est hors trajectoire"


def test_kudos_from_the_french_lead_reach_the_german_member_in_german(
    speakers, django_capture_on_commit_callbacks
):
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        kudos_give(giver=speakers.lead, person=speakers.member, message="Merci !")
    (note,) = Notification.objects.filter(kind=Kind.KUDOS_RECEIVED)
    assert note.title == f"{speakers.lead.name} hat dir gedankt"


def test_a_chat_post_of_several_updates_is_in_the_readers_language(
    speakers, chat_receiver, django_capture_on_commit_callbacks
):
    preference_update(actor=speakers.lead, person=speakers.lead, email=False)
    url = chat_receiver.url.replace("http://", "json://")
    chat_channel_create(actor=speakers.lead, name="Mon Slack", url=url)
    with translation.override("de"), django_capture_on_commit_callbacks(execute=True):
        for n in range(2):
            kudos_give(giver=speakers.member, person=speakers.lead, message=f"Danke {n}")
    chat_receiver.requests.clear()  # the first went at once; the second waits for the window
    with translation.override("de"):
        kudos_give(giver=speakers.admin, person=speakers.lead, message="Gracias")
        deliveries_send_due(now=later(timezone.now(), 600))
    (request,) = chat_receiver.requests
    assert json.loads(request["body"])["title"] == "2 nouvelles de Cairn"


def test_the_digest_follows_the_reader_not_the_worker(speakers, kr):
    speakers.member.time_zone = "UTC"
    speakers.member.save()
    with translation.override("en"):
        digests_send(now=at("2026-03-30 09:00"))
    found = titles(Kind.DIGEST_WEEKLY)
    assert found["member@acme.test"].startswith("Deine Woche in OKRs")
    assert found["lead@acme.test"].startswith("Votre semaine en OKR")


def test_the_agenda_is_per_member_and_the_team_channel_gets_the_organisations_language(
    speakers, chat_receiver
):
    speakers.organisation.check_in_weekday = 0
    speakers.organisation.save()
    url = chat_receiver.url.replace("http://", "json://")
    chat_channel_create(actor=speakers.lead, name="Salle", url=url, team=speakers.team)
    monday_8 = at("2026-03-23 08:00")  # the 10:00 UTC meeting's agenda, two hours before
    with translation.override("de"):
        agendas_send(now=monday_8)

    found = titles(Kind.MEETING_AGENDA)
    assert found["lead@acme.test"].startswith("Ordre du jour : réunion de Support")
    assert found["member@acme.test"].startswith("Agenda: Meeting von Support")
    post = TeamPost.objects.get()
    assert post.title.startswith("Agenda: reunión de Support")
    assert "Aún sin check-in:" in post.body
