"""Django app configuration for importing and exporting OKR plans.

`cairn.text` reads and writes text (pure Python, no database); this app moves the plans it reads
into the database and back out: `cairn import`, `cairn export`, `cairn lint`, the paste box and
spreadsheet uploads. Its app label stays "plaintext", the package's old name, so its table
(plaintext_importrecord) and migrations are unchanged.
"""

from django.apps import AppConfig


class ImportExportConfig(AppConfig):
    """OKR plans in and out of the database: documents, plain text and spreadsheets."""

    name = "cairn.import_export"
    label = "plaintext"
    verbose_name = "Plain-text OKRs"
