from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "cairn.accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from cairn.accounts import sessions  # noqa: F401  (connects the sign-in receiver)
