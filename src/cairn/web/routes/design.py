"""The design system's review page."""

from django.urls import path

from cairn.web.views import design

urlpatterns = [
    path("design/", design.design, name="design"),
]
