"""A rendered (or queued) PDF of a one-pager, keyed by the content it shows."""

from __future__ import annotations

from django.db import models

from cairn.organisations.models import Organisation


class PdfState(models.TextChoices):
    QUEUED = "queued", "queued"
    RENDERING = "rendering", "rendering"
    READY = "ready", "ready"
    FAILED = "failed", "failed"


class OnePagerPdf(models.Model):
    """One PDF of one one-pager as someone saw it.

    `key` is the SHA-256 of the sheet's HTML (without the moment it was drawn): the objectives,
    titles, values, pace, language and visibility of the person who asked. Any check-in or edit
    in scope gives another key, so a PDF is never stale; two people who see exactly the same
    sheet share it, and nobody can get a key for a sheet they cannot see.
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="one_pager_pdfs"
    )
    key = models.CharField(max_length=64)
    filename = models.CharField(max_length=200)
    state = models.CharField(max_length=10, choices=PdfState.choices, default=PdfState.QUEUED)
    html = models.TextField(blank=True)  # the document to render; emptied once rendered
    pdf = models.BinaryField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)
    render_ms = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(db_index=True)
    rendered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "key"], name="one_pager_pdf_key")
        ]

    def __str__(self) -> str:
        return f"{self.filename} ({self.state})"
