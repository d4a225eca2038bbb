from django.apps import AppConfig


class TrackersConfig(AppConfig):
    name = "cairn.trackers"
    verbose_name = "Tracker connections"
