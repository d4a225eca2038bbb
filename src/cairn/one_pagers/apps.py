from django.apps import AppConfig


class OnePagersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cairn.one_pagers"
    verbose_name = "One-pager PDFs"
