"""The printable one-pager (HTML and PDF) and presentation mode, per cycle and per team."""

from django.urls import path

from cairn.web.views import one_pager, presentation

urlpatterns = [
    path("cycles/<int:cycle_id>/one-pager/", one_pager.cycle_one_pager, name="one_pager"),
    path(
        "cycles/<int:cycle_id>/one-pager.pdf", one_pager.cycle_one_pager_pdf, name="one_pager_pdf"
    ),
    path("cycles/<int:cycle_id>/present/", presentation.cycle_present, name="present"),
    path("teams/<int:team_id>/one-pager/", one_pager.team_one_pager, name="team_one_pager"),
    path(
        "teams/<int:team_id>/one-pager.pdf",
        one_pager.team_one_pager_pdf,
        name="team_one_pager_pdf",
    ),
    path("teams/<int:team_id>/present/", presentation.team_present, name="team_present"),
]
