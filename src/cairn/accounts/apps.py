from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "cairn.accounts"
    verbose_name = "Accounts"
