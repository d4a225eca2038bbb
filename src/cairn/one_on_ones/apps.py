from django.apps import AppConfig


class OneOnOnesConfig(AppConfig):
    name = "cairn.one_on_ones"
    verbose_name = "One-on-ones"
