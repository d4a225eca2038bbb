"""Django app configuration for the plain-text commands."""

from django.apps import AppConfig


class PlaintextConfig(AppConfig):
    """Plain-text OKRs: parse, lint, import and export."""

    name = "cairn.plaintext"
    verbose_name = "Plain-text OKRs"
