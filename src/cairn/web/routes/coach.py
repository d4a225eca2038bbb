"""The coach's organisation screens: the cycle quality review and the coach settings."""

urlpatterns: list = []
