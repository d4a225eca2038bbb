from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "cairn.api"
    verbose_name = "API"

    def ready(self) -> None:
        from cairn.api import receivers  # noqa: F401  (connects the webhook receivers)
