from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine import (
    DEFAULT_THRESHOLDS,
    Disagreement,
    PaceStatus,
    PaceThresholds,
    confidence_disagreement,
    expected_progress,
    pace_status,
    window_bounds,
)

Q1 = {"start": date(2025, 1, 1), "end": date(2025, 3, 31)}  # 90 days


def test_defaults_follow_the_spec():
    assert PaceThresholds(on_track=0.9, at_risk=0.6, too_early=0.1) == DEFAULT_THRESHOLDS


@pytest.mark.parametrize(
    "kwargs",
    [
        {"at_risk": 0.9, "on_track": 0.9},
        {"at_risk": 0.95},
        {"at_risk": 0},
        {"at_risk": -0.1},
        {"on_track": float("nan")},
        {"on_track": float("inf")},
        {"too_early": 1},
        {"too_early": -0.01},
    ],
)
def test_thresholds_reject_inconsistent_settings(kwargs):
    with pytest.raises(ValueError, match="threshold|too-early"):
        PaceThresholds(**kwargs)


def test_thresholds_accept_custom_settings():
    assert PaceThresholds(on_track=1.2, at_risk=0.8, too_early=0).too_early == 0


def test_window_covers_the_whole_last_day():
    assert window_bounds(date(2025, 1, 1), date(2025, 1, 1)) == (
        datetime(2025, 1, 1),
        datetime(2025, 1, 2),
    )


def test_window_rejects_an_end_before_the_start():
    with pytest.raises(ValueError, match="before it starts"):
        window_bounds(date(2025, 2, 1), date(2025, 1, 31))


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2024, 12, 31, 23, 59), 0.0),
        (datetime(2025, 1, 1), 0.0),
        (datetime(2025, 1, 10), 0.1),
        (datetime(2025, 2, 15), 0.5),
        (datetime(2025, 3, 31, 12), 89.5 / 90),
        (datetime(2025, 4, 1), 1.0),
        (datetime(2026, 1, 1), 1.0),
    ],
)
def test_expected_progress(at, expected):
    assert expected_progress(at=at, **Q1) == pytest.approx(expected)


def test_expected_progress_drops_the_timezone_of_an_aware_moment():
    local = datetime(2025, 2, 15, 0, 0, tzinfo=timezone(timedelta(hours=-8)))
    assert expected_progress(at=local, **Q1) == 0.5
    assert expected_progress(at=datetime(2025, 2, 15, tzinfo=UTC), **Q1) == 0.5


@pytest.mark.parametrize(
    ("progress", "expected", "status"),
    [
        (1.0, 0.0, PaceStatus.ON_TRACK),
        (1.3, 0.05, PaceStatus.ON_TRACK),
        (0.5, 0.05, PaceStatus.TOO_EARLY),
        (0.0, 0.0999, PaceStatus.TOO_EARLY),
        (0.0, 0.1, PaceStatus.OFF_TRACK),
        (0.45, 0.5, PaceStatus.ON_TRACK),
        (0.44, 0.5, PaceStatus.AT_RISK),
        (0.3, 0.5, PaceStatus.AT_RISK),
        (0.29, 0.5, PaceStatus.OFF_TRACK),
        (-0.5, 0.5, PaceStatus.OFF_TRACK),
        (0.95, 1.0, PaceStatus.ON_TRACK),
        (0.7, 1.0, PaceStatus.AT_RISK),
        (0.8, 0.5, PaceStatus.ON_TRACK),
    ],
)
def test_pace_status(progress, expected, status):
    assert pace_status(progress=progress, expected=expected) is status


def test_pace_status_uses_the_organisation_thresholds():
    strict = PaceThresholds(on_track=1.0, at_risk=0.8, too_early=0.25)
    assert pace_status(progress=0.45, expected=0.5, thresholds=strict) is PaceStatus.AT_RISK
    assert pace_status(progress=0.35, expected=0.5, thresholds=strict) is PaceStatus.OFF_TRACK
    assert pace_status(progress=0.0, expected=0.2, thresholds=strict) is PaceStatus.TOO_EARLY


def test_pace_status_with_no_too_early_share_at_the_very_start():
    none_early = PaceThresholds(too_early=0)
    assert pace_status(progress=0, expected=0, thresholds=none_early) is PaceStatus.TOO_EARLY
    assert pace_status(progress=0, expected=0.01, thresholds=none_early) is PaceStatus.OFF_TRACK


@pytest.mark.parametrize(
    ("confidence", "status", "disagreement"),
    [
        (None, PaceStatus.OFF_TRACK, None),
        (8, PaceStatus.OFF_TRACK, Disagreement.OVERCONFIDENT),
        (10, PaceStatus.OFF_TRACK, Disagreement.OVERCONFIDENT),
        (7, PaceStatus.OFF_TRACK, None),
        (9, PaceStatus.AT_RISK, None),
        (10, PaceStatus.ON_TRACK, None),
        (3, PaceStatus.ON_TRACK, Disagreement.UNDERCONFIDENT),
        (0, PaceStatus.ON_TRACK, Disagreement.UNDERCONFIDENT),
        (4, PaceStatus.ON_TRACK, None),
        (0, PaceStatus.OFF_TRACK, None),
        (0, PaceStatus.TOO_EARLY, None),
        (10, PaceStatus.TOO_EARLY, None),
    ],
)
def test_confidence_disagreement(confidence, status, disagreement):
    assert confidence_disagreement(confidence=confidence, status=status) == disagreement


@pytest.mark.parametrize("confidence", [-1, 11])
def test_confidence_outside_zero_to_ten_is_rejected(confidence):
    with pytest.raises(ValueError, match="0 to 10"):
        confidence_disagreement(confidence=confidence, status=PaceStatus.ON_TRACK)


def test_disagreement_accepts_stored_status_strings():
    assert confidence_disagreement(confidence=9, status="off_track") is Disagreement.OVERCONFIDENT


moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31))
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))


@given(moments, moments, days, st.integers(0, 800))
def test_expected_progress_is_monotonic_in_time_and_a_fraction(a, b, start, length):
    end = start + timedelta(days=length)
    early, late = sorted([a, b])
    e_early = expected_progress(at=early, start=start, end=end)
    e_late = expected_progress(at=late, start=start, end=end)
    assert 0.0 <= e_early <= e_late <= 1.0


@given(
    st.floats(-1, 2, allow_nan=False),
    st.floats(0, 1),
    st.floats(0, 1),
)
def test_more_progress_never_worsens_pace(p, extra, expected):
    order = [PaceStatus.OFF_TRACK, PaceStatus.AT_RISK, PaceStatus.ON_TRACK]
    before = pace_status(progress=p, expected=expected)
    after = pace_status(progress=p + extra, expected=expected)
    if PaceStatus.TOO_EARLY in (before, after):
        assert expected < 0.1 and after in (PaceStatus.TOO_EARLY, PaceStatus.ON_TRACK)
    else:
        assert order.index(after) >= order.index(before)
