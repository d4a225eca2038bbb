"""Quarter arithmetic for cycles, honouring a fiscal year that starts in any month."""

from __future__ import annotations

from datetime import date, timedelta


def quarter_bounds(day: date, fiscal_start_month: int = 1) -> tuple[date, date]:
    """Return the first and last day of the fiscal quarter containing `day`."""
    if not 1 <= fiscal_start_month <= 12:
        raise ValueError(f"A fiscal year starts in month 1 to 12, not {fiscal_start_month}.")
    months_in = (day.month - fiscal_start_month) % 12
    first_month_index = day.year * 12 + day.month - 1 - months_in % 3
    start = date(first_month_index // 12, first_month_index % 12 + 1, 1)
    end_index = first_month_index + 3
    end = date(end_index // 12, end_index % 12 + 1, 1) - timedelta(days=1)
    return start, end


def quarter_name(day: date, fiscal_start_month: int = 1) -> str:
    """Return the quarter's name: "2026 Q3" for calendar years, "FY27 Q1" for fiscal ones."""
    start, _end = quarter_bounds(day, fiscal_start_month)
    number = (start.month - fiscal_start_month) % 12 // 3 + 1
    if fiscal_start_month == 1:
        return f"{start.year} Q{number}"
    # A fiscal year is named by the calendar year in which it ends.
    fiscal_year = start.year + (1 if start.month >= fiscal_start_month else 0)
    return f"FY{fiscal_year % 100:02d} Q{number}"


def next_quarter_start(day: date, fiscal_start_month: int = 1) -> date:
    """Return the first day of the quarter after the one containing `day`."""
    return quarter_bounds(day, fiscal_start_month)[1] + timedelta(days=1)
