"""Spreadsheet (CSV/XLSX) import of a cycle's OKRs, with the template download."""

from django.urls import path, re_path

from cairn.web.views import spreadsheets

urlpatterns = [
    path(
        "cycles/<int:cycle_id>/import/",
        spreadsheets.spreadsheet_import,
        name="spreadsheet_import",
    ),
    re_path(
        r"^cycles/(?P<cycle_id>[0-9]+)/import/template\.(?P<fmt>csv|xlsx)$",
        spreadsheets.spreadsheet_template,
        name="spreadsheet_template",
    ),
    path(
        "cycles/<int:cycle_id>/export-xlsx/",
        spreadsheets.cycle_export_xlsx,
        name="cycle_export_xlsx",
    ),
]
