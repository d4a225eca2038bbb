from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "cairn.meetings"
    verbose_name = "Meetings"
