from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "cairn.api"
    verbose_name = "API"
