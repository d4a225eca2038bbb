from django.apps import AppConfig


class ProvisioningConfig(AppConfig):
    name = "cairn.provisioning"
    verbose_name = "Provisioning"
