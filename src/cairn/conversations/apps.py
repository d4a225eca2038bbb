from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "cairn.conversations"
    verbose_name = "Conversations"
