from django.apps import AppConfig


class ExecutionConfig(AppConfig):
    name = "cairn.execution"
    verbose_name = "Execution"
