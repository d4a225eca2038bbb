from django.apps import AppConfig


class KpisConfig(AppConfig):
    name = "cairn.kpis"
    verbose_name = "KPIs"
