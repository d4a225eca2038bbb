from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "cairn.notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from cairn.notifications import receivers  # noqa: F401  (connects the alert receivers)
