"""The JSON API under /api/v1 (Django Ninja)."""

from django.urls import path
from ninja import NinjaAPI

api = NinjaAPI(title="Cairn API", version="1", urls_namespace="api")

urlpatterns = [path("", api.urls)]
