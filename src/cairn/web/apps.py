from django.apps import AppConfig
from django.core import checks


class WebConfig(AppConfig):
    name = "cairn.web"
    verbose_name = "Web"

    def ready(self) -> None:
        from cairn.lib.security import check_secret_key

        checks.register(check_secret_key, checks.Tags.security, deploy=True)
