"""Serve a one-pager's PDF from the cache, else queue it for `cairn worker` (docs/one_pager.md).

The request renders the sheet's HTML (cheap: a few queries and a template) and asks for its PDF.
The PDF is looked up by the SHA-256 of that HTML, so any check-in, edit, title, visibility or
language change in scope asks for a new one. WeasyPrint (seconds per PDF) runs in the worker.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from cairn.one_pagers.models import OnePagerPdf, PdfState
from cairn.organisations.models import Organisation

logger = logging.getLogger(__name__)
# A render not finished after this long is taken as lost (a worker that died) and queued again.
RENDER_DEADLINE = timedelta(minutes=10)


def _max_age() -> timedelta:
    return timedelta(hours=getattr(settings, "CAIRN_ONE_PAGER_PDF_HOURS", 24))


def pdf_key(html: str, moment: str) -> str:
    """Return the key of a sheet: the SHA-256 of its HTML without the moment it was drawn."""
    content = html.replace(moment, "") if moment else html
    return hashlib.sha256(content.encode()).hexdigest()


def _needs_queueing(pdf: OnePagerPdf, now: datetime, retry: bool) -> bool:
    if pdf.state == PdfState.READY:
        return pdf.created_at < now - _max_age()  # expired: rendered again (and pruned soon)
    if pdf.state == PdfState.FAILED:
        return retry
    return pdf.created_at < now - RENDER_DEADLINE  # queued or rendering too long: lost


def one_pager_pdf(
    *,
    organisation: Organisation,
    html: str,
    moment: str,
    filename: str,
    retry: bool = False,
    now: datetime | None = None,
) -> OnePagerPdf:
    """Return the PDF of this sheet: ready, queued (a render task is on its way) or failed.

    The caller has checked that the person may see the sheet; `html` is what they see.
    `retry` queues a failed render again.
    """
    now = now or timezone.now()
    key = pdf_key(html, moment)
    fields = {"html": html, "filename": filename, "state": PdfState.QUEUED, "created_at": now}
    pdf = OnePagerPdf.objects.filter(organisation=organisation, key=key).first()
    if pdf is None:
        try:
            with transaction.atomic():
                pdf = OnePagerPdf.objects.create(organisation=organisation, key=key, **fields)
        except IntegrityError:  # another request queued the same sheet a moment ago
            return OnePagerPdf.objects.get(organisation=organisation, key=key)
    elif _needs_queueing(pdf, now, retry):
        claimed = OnePagerPdf.objects.filter(pk=pdf.pk, state=pdf.state).update(
            pdf=None, error="", render_ms=None, rendered_at=None, **fields
        )
        if not claimed:  # another request re-queued it
            return OnePagerPdf.objects.get(pk=pdf.pk)
    else:
        return pdf
    from cairn import tasks

    tasks.enqueue_now(one_pager_pdf_render, pdf.pk)
    # An immediate backend (tests, development) has rendered it already.
    return OnePagerPdf.objects.get(pk=pdf.pk)


def one_pager_pdfs_prune(*, now: datetime | None = None) -> int:
    """Delete PDFs older than CAIRN_ONE_PAGER_PDF_HOURS (and lost renders); return how many."""
    now = now or timezone.now()
    stale = OnePagerPdf.objects.filter(created_at__lt=now - max(_max_age(), RENDER_DEADLINE))
    return stale.delete()[0]


@task()
def one_pager_pdf_render(pdf_id: int) -> None:
    """Render a queued one-pager with WeasyPrint (seconds), then prune expired PDFs."""
    from cairn.web.pdf import html_to_pdf

    if not OnePagerPdf.objects.filter(pk=pdf_id, state=PdfState.QUEUED).update(
        state=PdfState.RENDERING
    ):
        return  # rendered, re-queued or pruned meanwhile
    html = OnePagerPdf.objects.filter(pk=pdf_id).values_list("html", flat=True).first() or ""
    started = time.perf_counter()
    try:
        data = html_to_pdf(html)
    except Exception as error:  # noqa: BLE001 - shown on the waiting page; the page can retry
        logger.exception("one-pager PDF %s failed", pdf_id)
        OnePagerPdf.objects.filter(pk=pdf_id, state=PdfState.RENDERING).update(
            state=PdfState.FAILED, error=str(error)[:500], html=html
        )
        return
    elapsed = round((time.perf_counter() - started) * 1000)
    OnePagerPdf.objects.filter(pk=pdf_id, state=PdfState.RENDERING).update(
        state=PdfState.READY, pdf=data, html="", render_ms=elapsed, rendered_at=timezone.now()
    )
    logger.info("one-pager PDF %s rendered in %d ms", pdf_id, elapsed)
    one_pager_pdfs_prune()
