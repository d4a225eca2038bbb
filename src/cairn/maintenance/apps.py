from django.apps import AppConfig


class MaintenanceConfig(AppConfig):
    name = "cairn.maintenance"
    verbose_name = "Maintenance"
