from django.apps import AppConfig


class SsoConfig(AppConfig):
    name = "cairn.sso"
    label = "sso"
    verbose_name = "Single sign-on"
