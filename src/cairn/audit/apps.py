from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "cairn.audit"
    verbose_name = "Audit log"

    def ready(self) -> None:
        from cairn.audit import gate, receivers  # noqa: F401  (connects the receivers)
