"""Spreadsheet (CSV/XLSX) import of a cycle's OKRs, with the template download."""

urlpatterns: list = []
