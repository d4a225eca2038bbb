"""The cycle board, alignment map, team and person pages, cycle and people management."""

urlpatterns: list = []
