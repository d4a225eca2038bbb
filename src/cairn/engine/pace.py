"""Expected progress over a window, pace status and confidence disagreement."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from cairn.engine.progress import clamp


class PaceStatus(StrEnum):
    TOO_EARLY = "too_early"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class Disagreement(StrEnum):
    OVERCONFIDENT = "overconfident"
    UNDERCONFIDENT = "underconfident"


OVERCONFIDENT_FROM = 8
UNDERCONFIDENT_UP_TO = 3


@dataclass(frozen=True)
class PaceThresholds:
    """Organisation settings: ratio p/e for on track and at risk, window share that is too early."""

    on_track: float = 0.9
    at_risk: float = 0.6
    too_early: float = 0.1

    def __post_init__(self) -> None:
        if not 0 < self.at_risk < self.on_track:
            raise ValueError(
                "Pace thresholds need 0 < at risk < on track, "
                f"not at_risk={self.at_risk}, on_track={self.on_track}."
            )
        if not math.isfinite(self.on_track):
            raise ValueError(f"The on-track threshold must be finite, not {self.on_track}.")
        if not 0 <= self.too_early < 1:
            raise ValueError(f"The too-early share must be in [0, 1), not {self.too_early}.")


DEFAULT_THRESHOLDS = PaceThresholds()


def window_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Return the naive window [start 00:00, (end + 1 day) 00:00) covering both dates."""
    if end < start:
        raise ValueError(f"The window ends ({end}) before it starts ({start}).")
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def expected_progress(*, at: datetime, start: date, end: date) -> float:
    """Return the share of the window elapsed at `at` (naive local time), in [0, 1]."""
    opens, closes = window_bounds(start, end)
    local = at.replace(tzinfo=None)
    return clamp((local - opens) / (closes - opens))


def pace_status(
    *, progress: float, expected: float, thresholds: PaceThresholds = DEFAULT_THRESHOLDS
) -> PaceStatus:
    """Return the pace status of raw `progress` against `expected` progress."""
    if progress >= 1:
        return PaceStatus.ON_TRACK
    # expected <= 0 only happens with too_early == 0 at the very start: nothing is due yet.
    if expected < thresholds.too_early or expected <= 0:
        return PaceStatus.TOO_EARLY
    ratio = max(progress, 0.0) / expected
    if ratio >= thresholds.on_track:
        return PaceStatus.ON_TRACK
    if ratio >= thresholds.at_risk:
        return PaceStatus.AT_RISK
    return PaceStatus.OFF_TRACK


def confidence_disagreement(*, confidence: int | None, status: PaceStatus) -> Disagreement | None:
    """Return the disagreement between the owner's 0–10 confidence and pace, or None."""
    if confidence is None:
        return None
    if not 0 <= confidence <= 10:
        raise ValueError(f"Confidence is rated 0 to 10, not {confidence}.")
    if confidence >= OVERCONFIDENT_FROM and status == PaceStatus.OFF_TRACK:
        return Disagreement.OVERCONFIDENT
    if confidence <= UNDERCONFIDENT_UP_TO and status == PaceStatus.ON_TRACK:
        return Disagreement.UNDERCONFIDENT
    return None
