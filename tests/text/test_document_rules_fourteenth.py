"""Fourteenth-round reader rules (issue 15): the families of the round-12 documents.

Each family is generated in several languages and variants
(tests/text/document_shapes_fourteenth.py) and must be read exactly; each rule has its own
sentences and near misses that must not change.
"""

import pytest

from cairn.text.doc_clean import clean_document
from cairn.text.document import parse_document


def _tree(text: str) -> list[tuple[str, list[tuple[str, float | None]]]]:
    return [
        (o.title, [(kr.title, kr.score) for kr in o.key_results])
        for o in parse_document(text, None).objectives
    ]


# --- a list written as one sentence: "1. Revenue," / "2. Cost," / "3. Units." ---


def test_a_list_items_trailing_comma_or_semicolon_is_punctuation():
    text = "Objective: Grow the new product\n\n- Reach 40 paying teams,\n- Ship the API;\n"
    assert _tree(text) == [
        ("Grow the new product", [("Reach 40 paying teams", None), ("Ship the API", None)])
    ]


def test_a_comma_inside_a_title_stays():
    text = "Objective: Grow the new product\n\n- Reach 40 teams, 10 of them paying\n"
    assert _tree(text)[0][1] == [("Reach 40 teams, 10 of them paying", None)]


@pytest.mark.parametrize("label", ["Resultado clave:", "Résultat clé :", "Key result:"])
def test_the_singular_key_result_word_alone_heads_the_list(label):
    text = f"* Objetivo: Crecer.\n* {label}\n\t1. Lanzar la app,\n\t2. Ganar 40 clientes.\n"
    assert _tree(text) == [("Crecer.", [("Lanzar la app", None), ("Ganar 40 clientes.", None)])]


def test_an_empty_kr_marker_is_no_header():
    text = "Objective: Grow\n\nKR:\n- Reach 40 paying teams\n"
    assert parse_document(text, None).objectives[0].title == "Grow"


# --- "<details>" blocks: "<summary> Key Result N: … (60%)</summary>" over hidden evidence ---


def test_a_key_result_summary_is_the_line_and_its_body_is_blanked():
    lines = clean_document(
        "<details>\n<summary> Key Result 1: Read 2 books (60%)</summary>\n\n- Books:\n"
        "  - 20210619 Let's Go\n</details>\n"
    )
    assert lines[1] == "Key Result 1: Read 2 books (60%)"
    assert [x for x in lines[2:] if x.strip()] == []


def test_a_summary_marking_no_key_result_keeps_its_body():
    lines = clean_document(
        "<details>\n<summary>Q3 OKRs</summary>\n\nObjective: Grow\n- KR1: Reach 40 teams\n"
        "</details>\n"
    )
    assert lines[1] == "Q3 OKRs"
    assert "Objective: Grow" in lines and "- KR1: Reach 40 teams" in lines


def test_an_unclosed_details_block_keeps_its_body():
    lines = clean_document("<details>\n<summary>KR 1: Read 2 books</summary>\n- Books: two\n")
    assert lines[1:3] == ["KR 1: Read 2 books", "- Books: two"]


# --- "## Objective 1: … (70%)" over key results closing with "(60%)": progress ---


def test_percentages_closing_every_objective_and_key_results_are_progress():
    text = (
        "## Objective 1: Improve Go skills (70%)\n\n- Read 2 books (60%)\n- Write 10 posts\n\n"
        "## Objective 2: Learn Kubernetes (20%)\n\n- Build 2 operators (20%)\n"
    )
    assert _tree(text) == [
        ("Improve Go skills", [("Read 2 books", 0.6), ("Write 10 posts", None)]),
        ("Learn Kubernetes", [("Build 2 operators", 0.2)]),
    ]


def test_a_key_results_percentage_alone_is_a_target():
    text = "## Objective 1: Improve quality\n\n- Raise test coverage (80%)\n"
    assert _tree(text) == [("Improve quality", [("Raise test coverage (80%)", None)])]


def test_one_objective_of_two_with_a_percentage_reads_as_written():
    text = (
        "## Objective 1: Grow to 40% share (40%)\n\n- Sign 5 partners (50%)\n\n"
        "## Objective 2: Improve quality\n\n- Raise test coverage (80%)\n"
    )
    assert _tree(text)[0][0] == "Grow to 40% share (40%)"
    assert _tree(text)[1][1] == [("Raise test coverage (80%)", None)]


def test_percentages_over_a_hundred_are_no_score():
    text = "## Objective 1: Grow (70%)\n\n- Raise signups (150%)\n"
    assert _tree(text) == [("Grow", [("Raise signups (150%)", None)])]


# --- OKRs written in prose: an objective, then its key results, in sentences ---

_QUOTED = (
    'For example, an objective might be "Increase brand awareness," while key results could be '
    '"Increase website traffic by 20%" and "Increase social media followers by 10%."'
)
_LISTED = (
    "An example objective for an SRE could be to “reduce the number of errors”. The associated "
    "KRs for this objective could be to reduce 502 errors from 2% down to 1%, reduce build "
    "security errors by 50% and reduce open-source software-related errors by 5%."
)


def test_a_quoted_prose_okr_is_read():
    assert _tree(f"Intro.\n\n{_QUOTED}\n") == [
        (
            "Increase brand awareness",
            [
                ("Increase website traffic by 20%", None),
                ("Increase social media followers by 10%", None),
            ],
        )
    ]


def test_a_listed_prose_okr_is_read_clause_by_clause():
    assert _tree(_LISTED + "\n") == [
        (
            "reduce the number of errors",
            [
                ("reduce 502 errors from 2% down to 1%", None),
                ("reduce build security errors by 50%", None),
                ("reduce open-source software-related errors by 5%", None),
            ],
        )
    ]


def test_prose_in_spanish_is_read():
    text = (
        'Por ejemplo, un objetivo podría ser "Mejorar la retención", mientras que los resultados '
        'clave podrían ser "Reducir el churn al 3%" y "Subir el NPS a 40".\n'
    )
    assert _tree(text) == [
        ("Mejorar la retención", [("Reducir el churn al 3%", None), ("Subir el NPS a 40", None)])
    ]


def test_a_page_with_its_own_lists_keeps_them_over_a_prose_example():
    text = f"{_QUOTED}\n\n## Objective: Grow the base\n\n- Reach 40 paying teams\n"
    assert _tree(text) == [("Grow the base", [("Reach 40 paying teams", None)])]


def test_a_plain_paragraph_over_a_list_keeps_its_reading_over_a_prose_example():
    text = f"{_QUOTED}\n\nGrow the base\n- Reach 40 paying teams\n- Sign 5 partners\n"
    assert ("Increase brand awareness", _tree(f"Intro.\n\n{_QUOTED}\n")[0][1]) not in _tree(text)


@pytest.mark.parametrize(
    "sentence",
    [
        'An objective might be "Increase brand awareness", and that is all.',
        'The objective "Increase brand awareness" is a good one; key results could be '
        '"Increase website traffic by 20%" and "Grow followers by 10%".',
        "An example objective could be to “be calmer”. Its key results could be to sleep more "
        "and read books.",
        "Key results could be “Reach 40 teams” and “Sign 5 partners”.",
    ],
)
def test_prose_without_an_objective_and_its_key_results_reads_nothing(sentence):
    assert _tree(f"Intro.\n\n{sentence}\n") == []


# --- "**Owner:** Sarah Chen, CEO"; "- **Current:** 98.8% uptime, 0 incidents": no status ---


@pytest.mark.parametrize(
    ("line", "owner", "title"),
    [
        ("Owner: Sarah Chen, CEO", None, "Owner: Sarah Chen, CEO"),
        ("DRI: Priya Patel, VP of People", None, "DRI: Priya Patel, VP of People"),
        ("DRI: Ana, ship the pricing page", "Ana", "ship the pricing page"),
        ("Owner: Ana, Reach 40 paying teams by June", "Ana", "Reach 40 paying teams by June"),
    ],
)
def test_a_name_and_role_after_the_owner_label_is_one_owner(line, owner, title):
    from cairn.text.doc_clean import clean_title

    cleaned = clean_title(line)
    assert (cleaned.owner, cleaned.title) == (owner, title)


def test_an_owner_line_with_a_role_owns_the_objective_as_written():
    text = "### Objective 1: Lead the market\n\n**Owner:** Sarah Chen, CEO\n\n#### KR 1.1: Win 10 deals\n"
    assert parse_document(text, None).objectives[0].owner == "Sarah Chen, CEO"


def _statuses(text: str) -> list[tuple[float | None, str | None]]:
    return [
        (kr.score, kr.status) for o in parse_document(text, None).objectives for kr in o.key_results
    ]


def test_a_current_reading_is_no_status():
    text = (
        "### Objective 1: Be reliable\n\n#### KR 1.1: Reach 99.5% uptime\n"
        "- **Current:** 98.8% uptime, 0 critical incidents (Week 7)\n"
    )
    assert _statuses(text) == [(None, None)]


def test_a_current_score_and_a_status_field_still_report():
    text = (
        "### Objective 1: Be reliable\n\n#### KR 1.1: Reach 99.5% uptime\n"
        "- **Current:** 0.6\n- **Status:** At risk\n"
    )
    assert _statuses(text) == [(0.6, "At risk")]
