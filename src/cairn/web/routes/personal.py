"""Sign-in, my week, check-ins, objectives, key results and initiatives."""

from django.urls import path

from cairn.web.views import home

urlpatterns = [
    path("", home.my_week, name="home"),
]
