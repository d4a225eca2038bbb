"""The shared template filters: progress, pace badges with text, confidence, local dates."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from cairn.web.templatetags import cairn_tags


def test_percent_keeps_over_achievement_and_bar_width_clamps():
    assert cairn_tags.percent(1.2) == "120%"
    assert cairn_tags.percent(None) == "—"
    assert cairn_tags.bar_width(1.2) == 100 and cairn_tags.bar_width(-0.3) == 0


def test_pace_badge_always_carries_text():
    html = cairn_tags.pace_badge("off_track", "overconfident")
    assert "Off track" in html and "pace--off_track" in html and "Confidence high" in html
    assert "Too early" in cairn_tags.pace_badge(None)


def test_confidence_badge_bands():
    assert "confidence--low" in cairn_tags.confidence_badge(2)
    assert "confidence--high" in cairn_tags.confidence_badge(9)
    assert "7/10" in cairn_tags.confidence_badge(7)


def test_local_datetime_uses_the_active_time_zone():
    moment = dt.datetime(2026, 1, 1, 23, 30, tzinfo=dt.UTC)
    with timezone.override("Asia/Tokyo"):
        assert cairn_tags.local_date(moment) == "Jan. 2, 2026"
        assert "2026" in cairn_tags.local_datetime(moment)


def test_url_or_none_for_missing_screens():
    assert cairn_tags.url_or_none("home") == "/"
    assert cairn_tags.url_or_none("no-such-screen") == ""


def test_number_drops_trailing_zeros():
    assert cairn_tags.number(4.0) == "4" and cairn_tags.number(2.5) == "2.5"
    assert cairn_tags.number(1234.567) == "1,234.57"
