"""Fifteenth-round reader rules (issue 15): the families of the round-13 documents.

Each family is generated in several languages and variants
(tests/text/document_shapes_fifteenth.py) and must be read exactly; each rule has its own
sentences and near misses that must not change.
"""

from cairn.text.doc_clean import clean_title
from cairn.text.document import parse_document


def _tree(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (o.title, o.owner, [kr.title for kr in o.key_results])
        for o in parse_document(text, None).objectives
    ]


# --- "## Objective 1: …" / "**Goal**: …" / "- **KR 1**: …" ---


def test_an_aim_line_under_an_objective_leaves_its_key_results_to_it():
    text = (
        "## Objective 1: Operational Excellence\n**Goal**: Reduce overhead by 50%.\n"
        "- **KR 1**: Achieve 95% payroll accuracy\n- **KR 2**: Cut approval time to 4h\n"
    )
    assert _tree(text) == [
        (
            "Operational Excellence",
            None,
            ["Achieve 95% payroll accuracy", "Cut approval time to 4h"],
        )
    ]


def test_a_label_alone_over_bullets_stays_a_section_of_its_own():
    text = (
        "## Objective 1: Operational Excellence\n- **KR 1**: Achieve 95% payroll accuracy\n\n"
        "**Risks:**\n- One AE is a small sample\n"
    )
    assert _tree(text) == [("Operational Excellence", None, ["Achieve 95% payroll accuracy"])]


def test_a_label_line_over_unmarked_bullets_keeps_them_as_its_content():
    text = (
        "## Objective 1: Operational Excellence\n- **KR 1**: Achieve 95% payroll accuracy\n\n"
        "**Bets**: what we try first\n- Formalize the playbook\n"
    )
    assert _tree(text) == [("Operational Excellence", None, ["Achieve 95% payroll accuracy"])]


# --- "####Example … OKRs (Individual)": a layer, no owner ---


def test_a_layer_in_parentheses_is_no_owner_but_first_names_still_are():
    intro = "- What are you trying to achieve? (Objective)\n- How? (Key results)\n\n"
    layered = intro + "#### Example OKRs (Individual)\n\n**Objective:** Grow the blog\n"
    layered += "- Key Result: Write 5 posts\n"
    assert _tree(layered) == [("Grow the blog", None, ["Write 5 posts"])]
    named = "Objective: Grow the blog (Max)\n- Write 5 posts\n\nObjective: Ship it (Zach)\n- Ship 2 apps\n"
    assert [o[1] for o in _tree(named)] == ["Max", "Zach"]


# --- '## <a name="…"></a>…': an empty anchor; a defining pair where objectives are numbered ---


def test_an_empty_anchor_is_markup_and_a_link_keeps_its_text():
    assert clean_title('<a name="goals"></a>Grow revenue').title == "Grow revenue"
    assert clean_title("<a id='x'/>Grow revenue").title == "Grow revenue"
    assert clean_title('Read the <a href="x.html">Docs</a>').title.startswith("Read the <a")


def test_a_defining_pair_is_context_only_where_objectives_are_numbered():
    pair = "**Objective:** Clarity and intent.\n\n**Key results:** Measures of success.\n\n"
    numbered = "**Objective 1:** Grow revenue\n\n**Key results:**\n\n1. Reach 40 teams\n1. Sign 3 partners\n"
    assert _tree("## Overview\n\n" + pair + "## Examples\n\n" + numbered) == [
        ("Grow revenue", None, ["Reach 40 teams", "Sign 3 partners"])
    ]
    alone = "**Objective:** Grow revenue.\n\n**Key results:** Reach 40 paying teams.\n"
    assert _tree(alone)[0][0] == "Grow revenue."


# --- "| Team | Objective | Headline KR |" ---


def test_a_team_column_left_of_the_objective_owns_it_and_a_headline_kr_is_one_key_result():
    table = "| Team | Objective | Headline KR |\n|---|---|---|\n| GTM | Build the motion | $250k ARR; 18 SQLs/week |\n"
    assert _tree(table) == [("Build the motion", "GTM", ["$250k ARR; 18 SQLs/week"])]
    right = "| Objective | Team | Key Result |\n|---|---|---|\n| Build the motion | GTM | Reach $250k ARR |\n"
    assert _tree(right) == [("Build the motion", None, ["Reach $250k ARR"])]


# --- "| Objective | KR | Score |" / "| Obj 1 | KR1: Activation rate | /1.0 |": a sheet ---


def test_a_score_sheet_naming_objectives_by_id_is_no_okr_but_titled_rows_are():
    above = "## Objective 1: Grow activation\n\n- KR1: Raise day-7 activation from 23% to 40%\n\n"
    sheet = "| Objective | KR | Score |\n|---|---|---|\n| Obj 1 | KR1: Activation rate | /1.0 |\n"
    sheet += "| **Average** | | **/1.0** |\n"
    assert _tree(above + sheet) == [
        ("Grow activation", None, ["Raise day-7 activation from 23% to 40%"])
    ]
    titled = "| Objective | KR | Score |\n|---|---|---|\n| Grow activation | KR1: Activation rate | 0.7 |\n"
    assert [o[0] for o in _tree(titled)] == ["Grow activation"]
    unscored = "| Objective | KR |\n|---|---|\n| O1 | KR1: Activation rate |\n"
    assert [o[0] for o in _tree(unscored)] == ["O1"]
