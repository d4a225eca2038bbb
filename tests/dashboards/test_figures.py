"""The pure dashboard figures: grouping, roll-up, distributions, grade bands, tables."""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from cairn.dashboards import figures
from cairn.dashboards.figures import (
    GradeGroup,
    KeyResultFact,
    PaceGroup,
    WeekConfidence,
    WeekGroup,
)
from cairn.dashboards.tables import Table, write_csv, write_xlsx
from cairn.engine.grading import default_grade, grade_band


def fact(team, pace, progress=0.5, confidence=5, recent=False):
    return KeyResultFact(team, pace, progress, confidence, recent)


def test_group_facts_counts_and_sums_per_team_and_pace():
    facts = [
        fact(1, "on_track", 0.8, 7, True),
        fact(1, "on_track", 1.4, 9),  # over-achievement counts as 1 in the sum
        fact(1, "off_track", -0.2, 2, True),  # a wrong-way metric counts as 0
        fact(None, "at_risk", 0.3, 4),
    ]
    groups = {(g.team_id, g.pace): g for g in figures.group_facts(facts)}
    assert groups[(1, "on_track")] == PaceGroup(1, "on_track", 2, 1.8, 16, 1)
    assert groups[(1, "off_track")] == PaceGroup(1, "off_track", 1, 0.0, 2, 1)
    assert groups[(None, "at_risk")] == PaceGroup(None, "at_risk", 1, 0.3, 4, 0)


def test_team_rows_roll_sub_teams_up_and_leave_out_what_is_outside():
    groups = [
        PaceGroup(10, "on_track", 2, 1.0, 14, 2),  # department 10 itself
        PaceGroup(11, "off_track", 1, 0.1, 3, 0),  # its team 11
        PaceGroup(20, "at_risk", 4, 2.0, 20, 1),  # department 20
        PaceGroup(99, "on_track", 5, 5.0, 50, 5),  # outside the scope
    ]
    rows = figures.team_rows(groups, {10: 10, 11: 10, 20: 20}, {10: "Sales", 20: "Support"})
    sales, support = rows
    assert (sales.label, sales.count, sales.paces["on_track"], sales.paces["off_track"]) == (
        "Sales", 3, 2, 1,
    )  # fmt: skip
    assert sales.progress == 1.1 / 3
    assert sales.confidence == 17 / 3
    assert sales.discipline == 2 / 3
    assert support.paces == {"off_track": 0, "at_risk": 4, "on_track": 0, "too_early": 0}
    assert figures.totals(rows).count == 7


def test_a_row_without_key_results_has_no_averages():
    (row,) = figures.team_rows([], {1: 1}, {1: "Empty"})
    assert (row.count, row.progress, row.confidence, row.discipline) == (0, None, None, None)
    assert row.cells == [(p, 0, 0.0) for p in figures.PACES]


def test_pace_distribution_lists_every_status_in_order():
    groups = [PaceGroup(1, "at_risk", 2, 0, 0, 0), PaceGroup(2, "at_risk", 3, 0, 0, 0)]
    assert figures.pace_distribution(groups) == {
        "off_track": 0, "at_risk": 5, "on_track": 0, "too_early": 0,
    }  # fmt: skip


def test_week_average_is_none_without_check_ins():
    assert WeekConfidence(date(2026, 1, 5), 0, 0).average is None
    assert WeekConfidence(date(2026, 1, 5), 4, 26).average == 6.5


def test_confidence_trend_sums_the_teams_of_each_week():
    groups = [WeekGroup(1, 0, 2, 10, 2), WeekGroup(2, 0, 1, 8, 1), WeekGroup(2, 2, 3, 9, 2)]
    weeks = figures.confidence_trend(groups, [date(2026, 1, d) for d in (1, 8, 15)])
    assert [(w.check_ins, w.average) for w in weeks] == [(3, 6), (0, None), (3, 3)]


def test_discipline_rows_share_of_key_results_checked_in_each_week():
    groups = [WeekGroup(11, 0, 5, 30, 2), WeekGroup(10, 0, 1, 5, 1), WeekGroup(10, 1, 1, 5, 1)]
    counts = {10: 2, 11: 2, 99: 7}  # team 99 is outside the scope
    rows = figures.discipline_rows(
        groups, counts, {10: 10, 11: 10, 20: 20}, {10: "Sales", 20: "Support"}, 2
    )
    assert len(rows) == 1  # Support has no key results
    assert (rows[0].label, rows[0].key_results, rows[0].shares) == ("Sales", 4, [0.75, 0.25])


def test_grade_rows_have_a_row_per_cycle_and_kind_even_when_empty():
    groups = [GradeGroup(1, "committed", "green", 3), GradeGroup(1, "committed", "red", 1)]
    rows = figures.grade_rows(groups, {1: "Q1", 2: "Q2"})
    assert [(r.cycle, r.kind, r.count) for r in rows] == [
        ("Q1", "committed", 4), ("Q1", "aspirational", 0),
        ("Q2", "committed", 0), ("Q2", "aspirational", 0),
    ]  # fmt: skip
    assert rows[0].bands == {"red": 1, "yellow": 0, "green": 3}


@given(st.floats(min_value=-1, max_value=2, allow_nan=False))
def test_the_band_of_raw_progress_is_the_band_of_its_default_grade(progress):
    # The SQL bands objectives not graded yet by their progress with the same limits.
    assert figures.grade_band(figures.clamp(progress)) == grade_band(default_grade(progress))


TABLE = Table(
    "at_risk",
    ["Key result", "Progress"],
    [['=HYPERLINK("http://evil")', 0.25], ["+1 more", 1], ["@SUM(A1)", None], ["plain", -3]],
)


def test_csv_neutralises_formula_text_and_keeps_numbers():
    rows = list(csv.reader(io.StringIO(write_csv(TABLE))))
    assert rows[0] == ["Key result", "Progress"]
    assert rows[1] == ['\'=HYPERLINK("http://evil")', "0.25"]
    assert rows[2] == ["'+1 more", "1"]
    assert rows[3] == ["'@SUM(A1)", ""]
    assert rows[4] == ["plain", "-3"]


def test_xlsx_holds_text_as_text_and_numbers_as_numbers():
    sheet = openpyxl.load_workbook(io.BytesIO(write_xlsx(TABLE))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Key result", "Progress"]
    assert values[1] == ['\'=HYPERLINK("http://evil")', 0.25]
    assert sheet["A2"].data_type == "s"
    assert values[4] == ["plain", -3]
    assert sheet.title == "at_risk"
