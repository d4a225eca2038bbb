"""OKRs as text in the browser: the paste box and the cycle export downloads."""

urlpatterns: list = []
