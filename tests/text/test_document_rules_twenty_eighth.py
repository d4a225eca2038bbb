"""Twenty-eighth-round reader rules (issue 15): plain objective lines over lists on a page that
names its OKRs (the round-30 held-out personal OKR file, read as no objective at its first run).

The families are generated in nine languages (tests/text/document_shapes_twenty_eighth.py) and
must be read exactly; the near misses keep their reading.
"""

import pytest

from bench.documents import read_tree
from cairn.text.outline_objective_paragraphs import carried_over


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o["title"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)]


PAGE = """# Objectives and Key Results

**2019 Q1**

Apply mathematics at work – 2

- facility with algebraic manipulations
- statistical methods applied to data

Deeply understand the programming languages I use (0.6)

- Python documentation read and understood

**2019 Q2**

Learn the fundamentals of management

- put in the effort to engage with "High Output Management"

Deeply understand the programming languages I use

- Python documentation read and understood
"""


def test_plain_lines_over_lists_are_objectives_their_scores_left_out():
    assert _tree(PAGE) == [
        (
            "Apply mathematics at work",
            ["facility with algebraic manipulations", "statistical methods applied to data"],
        ),
        ("Deeply understand the programming languages I use", ["Python documentation read and understood"]),
        (
            "Learn the fundamentals of management",
            ['put in the effort to engage with "High Output Management"'],
        ),
        # written again under another period: carried over, no repeat
        ("Deeply understand the programming languages I use", ["Python documentation read and understood"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("head", "score"),
    [
        ("# OKRs 2024\n\nH1 2024\n", " - 0.7"),
        ("# Objetivos y resultados clave\n\nQ1 2019:\n", " — 70%"),
        ("# Dossier\n\n## Objectifs et résultats clés\n\n## 2019 Q1\n", ""),
        ("# 目标与关键结果\n", " (0.6)"),
        ("# 目標と主な成果\n", ""),
    ],
)
def test_the_page_names_its_okrs_by_its_title_or_a_heading(head, score):
    text = f"{head}\nShip the new app{score}\n\n* Beta opened\n* Store listing live\n\n"
    text += "Calm on-call\n1. Runbooks written\n2. Pager rotation agreed\n"
    assert _tree(text) == [
        ("Ship the new app", ["Beta opened", "Store listing live"]),
        ("Calm on-call", ["Runbooks written", "Pager rotation agreed"]),
    ]


NEAR = """# Objectives and Key Results

We set our OKRs by these principles:

- Focus on what matters
- Share progress openly

Ship the new app

- Beta opened
- Store listing live

Calm on-call

- Runbooks written

These objectives build on last year's strategy, which we discussed at length; the documents
below give the background.

- [Strategy 2024](https://example.com/strategy)

Notes

- Review every month
"""


def test_lead_ins_prose_and_notes_over_lists_are_no_objectives():
    assert _tree(NEAR) == [
        ("Ship the new app", ["Beta opened", "Store listing live"]),
        ("Calm on-call", ["Runbooks written"]),
    ]


def test_a_page_not_naming_okrs_is_left_alone():
    text = "# Data tools\n\nInstallation\n\n- Clone the repository\n- Run the setup script\n\n"
    text += "Usage\n\n- Open a terminal\n- Start the import\n"
    # the rule does not fire; since the thirty-first round "Installation" / "Usage" name a
    # README's sections, no objectives (each line was the objective of its list before)
    assert _tree(text) == []


def test_a_field_over_the_list_keeps_the_reading_of_the_title_above():
    text = "# Team OKRs Q3\n\nIncrease monthly sales by 20%\n\nOwner: Ben\n\n- Sign 4 partners\n"
    text += "- Close 10 deals\n\nMake acquisition profitable\n\nOwner: Ana\n\n- Cut CAC by 10%\n"
    assert [t for t, _ in _tree(text)] == [
        "Increase monthly sales by 20%",
        "Make acquisition profitable",
    ]


def test_one_line_over_a_list_is_not_enough():
    text = "# OKRs\n\nShip the new app\n\n- Beta opened\n- Store listing live\n"
    assert _tree(text) == [("Ship the new app", ["Beta opened", "Store listing live"])]


def test_carried_over_needs_another_period():
    assert carried_over(["2019 Q2"], {"2019 Q1"})
    assert not carried_over(["2019 Q1"], {"2019 Q1", "2019 Q2"})
    assert not carried_over(["Team A"], {"Team B"})  # no period: a repeat as before
    assert not carried_over([], set())
