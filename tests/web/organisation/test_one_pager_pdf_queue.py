"""The one-pager's PDF off the request path: queued for the worker, cached by content, polled.

These tests use the real queue (django-tasks' database backend) and run it with the worker's
own command (`db_worker --batch`), then read the PDF back with pdftotext.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cairn.okrs.models import Visibility
from cairn.okrs.services import check_in_record
from cairn.one_pagers import services
from cairn.one_pagers.models import OnePagerPdf, PdfState
from tests.factories import ObjectiveFactory
from tests.web.organisation.test_one_pager_pdf import pdf_text

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def database_queue(settings, monkeypatch) -> None:
    settings.TASKS = DB_TASKS
    # The worker closes "old" connections between tasks; in a test that would close the
    # test's own transaction. Everything else is the worker's real loop.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def run_worker() -> None:
    """Run every queued task with the worker's command, as `cairn worker` does."""
    call_command("db_worker", "--batch", "--interval", "0", verbosity=0)


def cycle_pdf(world) -> str:
    return reverse("one_pager_pdf", args=[world.cycle.pk])


def test_the_first_request_queues_and_says_preparing(world, client_for):
    response = client_for(world.member).get(cycle_pdf(world))
    assert response.status_code == 202
    body = response.content.decode()
    assert "Preparing your PDF…" in body
    assert f'hx-get="{cycle_pdf(world)}"' in body and 'hx-trigger="every 2s"' in body
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert OnePagerPdf.objects.get().state == PdfState.QUEUED


def test_the_worker_renders_it_and_the_next_request_serves_it(world, client_for, kr):
    client = client_for(world.member)
    assert client.get(cycle_pdf(world)).status_code == 202
    run_worker()
    pdf = OnePagerPdf.objects.get()
    assert pdf.state == PdfState.READY and pdf.render_ms is not None and pdf.html == ""
    response = client.get(cycle_pdf(world))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="q3-one-pager.pdf"'
    text = pdf_text(response.content)
    assert "Make support feel effortless" in text
    assert "Cut first-reply time from 18 to 4 hours" in text


def test_polling_redirects_once_ready_and_keeps_polling_before(world, client_for):
    client = client_for(world.member)
    client.get(cycle_pdf(world))
    polled = client.get(cycle_pdf(world), headers={"HX-Request": "true"})
    assert polled.status_code == 202
    assert "Preparing your PDF…" in polled.content.decode()
    assert "<html" not in polled.content.decode()  # the fragment only
    assert DBTaskResult.objects.count() == 1  # polling does not queue it twice
    run_worker()
    ready = client.get(cycle_pdf(world), headers={"HX-Request": "true"})
    assert ready.status_code == 204
    assert ready["HX-Redirect"] == cycle_pdf(world)


def test_a_check_in_makes_the_cached_pdf_stale(world, client_for, kr):
    client = client_for(world.member)
    client.get(cycle_pdf(world))
    run_worker()
    assert client.get(cycle_pdf(world)).status_code == 200
    check_in_record(author=world.member, key_result=kr, value=11, confidence=7)
    assert client.get(cycle_pdf(world)).status_code == 202  # a new sheet: a new render
    run_worker()
    response = client.get(cycle_pdf(world))
    assert response.status_code == 200
    assert "11 / 4 hours" in pdf_text(response.content)
    assert OnePagerPdf.objects.count() == 2


def test_a_title_edit_makes_it_stale_too(world, client_for):
    client = client_for(world.member)
    client.get(cycle_pdf(world))
    run_worker()
    world.objective.title = "Make support delightful"
    world.objective.save()
    assert client.get(cycle_pdf(world)).status_code == 202


def test_people_who_see_the_same_sheet_share_one_pdf(world, client_for):
    client_for(world.member).get(cycle_pdf(world))
    run_worker()
    assert client_for(world.viewer).get(cycle_pdf(world)).status_code == 200
    assert OnePagerPdf.objects.count() == 1


def test_a_private_objective_never_reaches_someone_who_cannot_see_it(world, client_for):
    ObjectiveFactory(
        cycle=world.cycle, owner=world.lead, title="Secret plan", visibility=Visibility.PRIVATE
    )
    lead = client_for(world.lead)
    lead.get(cycle_pdf(world))
    run_worker()
    assert "Secret plan" in pdf_text(lead.get(cycle_pdf(world)).content)
    viewer = client_for(world.viewer)
    assert viewer.get(cycle_pdf(world)).status_code == 202  # not the lead's cached PDF
    run_worker()
    assert "Secret plan" not in pdf_text(viewer.get(cycle_pdf(world)).content)


def test_another_organisations_cycle_is_a_404_and_queues_nothing(world, client_for):
    response = client_for(world.outsider).get(cycle_pdf(world))
    assert response.status_code == 404
    assert not OnePagerPdf.objects.exists() and not DBTaskResult.objects.exists()


def test_the_same_sheet_in_another_organisation_is_another_pdf(world, client_for):
    pdf = services.one_pager_pdf(
        organisation=world.organisation, html="<p>x</p>", moment="", filename="a.pdf"
    )
    other = services.one_pager_pdf(
        organisation=world.outsider.organisation, html="<p>x</p>", moment="", filename="a.pdf"
    )
    assert pdf.pk != other.pk and pdf.key == other.key


def test_signed_out_visitors_are_sent_to_sign_in(world, client):
    response = client.get(cycle_pdf(world))
    assert response.status_code == 302 and "sign-in" in response["Location"]


def test_the_team_pdf_goes_through_the_queue_too(world, client_for):
    url = reverse("team_one_pager_pdf", args=[world.team.pk]) + f"?cycle={world.cycle.pk}"
    client = client_for(world.member)
    assert client.get(url).status_code == 202
    run_worker()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="support-q3-one-pager.pdf"'


def test_the_moment_drawn_does_not_change_the_key():
    assert services.pdf_key("<p>as of 4/12 09:00</p>", "4/12 09:00") == services.pdf_key(
        "<p>as of 4/12 09:05</p>", "4/12 09:05"
    )
    assert services.pdf_key("<p>a</p>", "") != services.pdf_key("<p>b</p>", "")


def test_a_failed_render_says_so_and_can_be_retried(world, client_for, monkeypatch):
    client = client_for(world.member)
    client.get(cycle_pdf(world))
    with monkeypatch.context() as broken:  # WeasyPrint failing (a missing library, say)
        broken.setattr("weasyprint.HTML.write_pdf", _broken_renderer)
        run_worker()
    failed = client.get(cycle_pdf(world))
    assert failed.status_code == 200
    body = failed.content.decode()
    assert "The PDF could not be made" in body and "every 2s" not in body
    assert DBTaskResult.objects.count() == 1  # a failure is not retried on its own
    assert OnePagerPdf.objects.get().error == "Pango is missing"
    assert client.get(cycle_pdf(world) + "?retry=1").status_code == 202
    run_worker()
    assert client.get(cycle_pdf(world)).status_code == 200


def _broken_renderer(*args: object, **kwargs: object) -> bytes:
    raise OSError("Pango is missing")


def test_a_lost_render_is_queued_again_after_the_deadline(world, client_for):
    client = client_for(world.member)
    client.get(cycle_pdf(world))
    DBTaskResult.objects.all().delete()  # the worker lost it
    client.get(cycle_pdf(world))
    assert DBTaskResult.objects.count() == 0  # within the deadline: still waiting
    late = timezone.now() - services.RENDER_DEADLINE - timedelta(seconds=1)
    OnePagerPdf.objects.update(created_at=late)
    assert client.get(cycle_pdf(world)).status_code == 202
    assert DBTaskResult.objects.count() == 1
    run_worker()
    assert client.get(cycle_pdf(world)).status_code == 200


def test_expired_pdfs_are_rendered_again_and_pruned(world, client_for, settings):
    settings.CAIRN_ONE_PAGER_PDF_HOURS = 1
    client = client_for(world.member)
    client.get(cycle_pdf(world))
    run_worker()
    OnePagerPdf.objects.update(created_at=timezone.now() - timedelta(hours=2))
    assert client.get(cycle_pdf(world)).status_code == 202
    stale = OnePagerPdf.objects.create(
        organisation=world.organisation,
        key="0" * 64,
        filename="old.pdf",
        state=PdfState.READY,
        pdf=b"%PDF-old",
        created_at=timezone.now() - timedelta(hours=3),
    )
    run_worker()  # each render prunes what expired
    assert not OnePagerPdf.objects.filter(pk=stale.pk).exists()
    assert client.get(cycle_pdf(world)).status_code == 200


def test_the_waiting_page_escapes_the_cycle_name(world, client_for):
    world.cycle.name = "<script>alert(1)</script>"
    world.cycle.save()
    body = client_for(world.member).get(cycle_pdf(world)).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_serving_a_cached_pdf_takes_constant_queries(world, client_for, add_objectives):
    client = client_for(world.member)

    def queries() -> int:
        client.get(cycle_pdf(world))
        run_worker()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(cycle_pdf(world)).status_code == 200
        return len(captured)

    few = queries()
    add_objectives(6)
    assert queries() == few


def test_the_waiting_page_takes_constant_queries(world, client_for, add_objectives):
    client = client_for(world.member)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(cycle_pdf(world)).status_code == 202  # a new sheet each time
        return len(captured)

    few = queries()
    add_objectives(6)
    assert queries() == few


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_every_role_of_the_organisation_gets_the_pdf(world, client_for, persona):
    client = client_for(getattr(world, persona))
    assert client.get(cycle_pdf(world)).status_code == 202
    run_worker()
    assert client.get(cycle_pdf(world))["Content-Type"] == "application/pdf"
