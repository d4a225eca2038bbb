from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "cairn.feedback"
    verbose_name = "Feedback and kudos"
