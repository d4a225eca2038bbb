"""Two-factor tests allow one period of clock drift, so a code computed just before a period
ends is still accepted when the server checks it (production accepts the current period only)."""

from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def totp_drift_and_fresh_cache(settings):
    settings.MFA_TOTP_TOLERANCE = 1
    cache.clear()  # allauth's per-person code limits and used-code marks live in the cache
    yield
    cache.clear()
