"""Fingerprints of imported content: a document or sheet saved again keeps its fingerprint."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cairn.text.fingerprint import (
    normalise_text,
    plan_fingerprint,
    sheet_fingerprint,
    text_fingerprint,
)
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective
from cairn.text.sheet_files import Sheet

DOCUMENT = "O: Delight our customers\nKR 1: Reduce churn from 6% to 3%\n"


def test_it_is_the_sha256_of_the_normalised_text():
    assert len(text_fingerprint(DOCUMENT)) == 64
    assert normalise_text("\ufeffO: A  \r\nKR: B\t\r\n\r\n\n") == "O: A\nKR: B"


def test_line_endings_trailing_spaces_blank_lines_and_a_bom_do_not_count():
    resaved = "\ufeff" + DOCUMENT.replace("\n", " \t\r\n") + "\r\n\r\n"
    assert text_fingerprint(resaved) == text_fingerprint(DOCUMENT)
    assert text_fingerprint(DOCUMENT.replace("\n", "\r")) == text_fingerprint(DOCUMENT)


def test_what_the_text_says_counts():
    assert text_fingerprint(DOCUMENT.replace("3%", "2%")) != text_fingerprint(DOCUMENT)
    assert text_fingerprint("  " + DOCUMENT) != text_fingerprint(DOCUMENT)  # indentation counts
    assert text_fingerprint(DOCUMENT + "KR 2: More\n") != text_fingerprint(DOCUMENT)


lines = st.lists(st.text(alphabet=st.characters(exclude_characters="\r\n"), max_size=20))


@given(lines, st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(["", " ", "\t", "  "]))
def test_any_document_saved_again_keeps_its_fingerprint(text_lines, newline, trailing):
    text = "\n".join(text_lines)
    resaved = newline.join(line + trailing for line in text_lines) + newline
    assert text_fingerprint(resaved) == text_fingerprint(text)


def test_a_sheet_read_from_xlsx_or_csv_is_the_same_sheet():
    csv = Sheet(("id", "level", "title", "target"), ((2, ("O1", "objective", "Grow", "12")),))
    xlsx = Sheet(
        ("id", "level", "title", "target", None), ((3, ("O1", "objective", "Grow ", 12.0, None)),)
    )
    assert sheet_fingerprint(csv) == sheet_fingerprint(xlsx)
    changed = Sheet(csv.header, ((2, ("O1", "objective", "Grow", "13")),))
    assert sheet_fingerprint(changed) != sheet_fingerprint(csv)


def test_a_plan_is_fingerprinted_without_its_cycle():
    plan = Plan("Q3", (PlanObjective("Grow", key_results=(PlanKeyResult("Sign 5 deals"),)),))
    assert plan_fingerprint(plan) == plan_fingerprint(Plan("Q4", plan.objectives))
    edited = Plan("Q3", (PlanObjective("Grow", key_results=(PlanKeyResult("Sign 6 deals"),)),))
    assert plan_fingerprint(edited) != plan_fingerprint(plan)
