from django.apps import AppConfig


class OkrsConfig(AppConfig):
    name = "cairn.okrs"
    verbose_name = "OKRs"
