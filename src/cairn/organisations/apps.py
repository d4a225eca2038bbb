from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "cairn.organisations"
    verbose_name = "Organisations"
