"""OKRs as text in the browser: the paste box and the cycle export downloads."""

from django.urls import path

from cairn.web.views import export, paste

urlpatterns = [
    path("cycles/<int:cycle_id>/paste/", paste.paste, name="paste"),
    path("cycles/<int:cycle_id>/export.<str:fmt>", export.cycle_export, name="cycle_export"),
]
