"""Sixteenth-round reader rules (issue 15): the families of the round-14 documents.

Each family is generated in several languages and variants
(tests/text/document_shapes_sixteenth.py) and must be read exactly; each rule has its own
sentences and near misses that must not change.
"""

from cairn.text.document import parse_document

F = "```"


def _tree(text: str) -> list[tuple[str, list[tuple[str, float | None]]]]:
    return [
        (o.title, [(kr.title, kr.score) for kr in o.key_results])
        for o in parse_document(text, None).objectives
    ]


_PAIR = (
    "## OKRs\n\n**Objective:** Qualitative, inspirational, time-bound\n"
    "**Key Results:** Quantitative, measurable, verifiable\n\n"
)


# --- "**Objective:** Qualitative, …" / "**Key Results:** Quantitative, …": the terms ---


def test_a_defining_pair_over_a_listed_example_is_context():
    text = _PAIR + "Example:\n- Objective: Become the leader in Spain\n- KR1: Reach 1M ARR\n"
    assert _tree(text) == [("Become the leader in Spain", [("Reach 1M ARR", None)])]


def test_a_defining_pair_over_a_fenced_example_gives_way_to_it():
    text = _PAIR + f"{F}\nObjective: Become the leader in X\n  KR1: Reach $10M ARR\n{F}\n"
    assert _tree(text) == [("Become the leader in X", [("Reach $10M ARR", None)])]


def test_a_defining_pair_alone_reads_as_before():
    # near miss: no other OKR on the page, the pair is what the page states
    text = _PAIR + "**Common traps:**\n- Too many OKRs\n"
    assert _tree(text) == [("Qualitative, inspirational, time-bound", [])]


# --- "### Objective 1: …" over a fence of "Key Results:" / "  - KR1: …" ---


def test_headings_own_the_marked_key_results_of_their_fences():
    text = f"### Objective 1: Grow the blog\n\n{F}yaml\nKey Results:\n  - KR1: Reach 10k readers\n{F}\n"
    assert _tree(text) == [("Grow the blog", [("Reach 10k readers", None)])]


def test_a_fence_of_unmarked_items_is_no_key_result_of_a_bare_heading():
    # near miss: "Format:" / "- What did you do?" in a fence: a ceremony, not key results
    text = f"### Objective 1: Grow the blog\n\n{F}yaml\nWhen: 9:00 AM\nFormat:\n  - What did you do?\n{F}\n"
    assert _tree(text) == [("Grow the blog", [])]


def test_a_fence_stays_an_example_where_the_page_has_key_results_of_its_own():
    text = (
        f"## Objective: Grow the blog\n- KR: Reach 10k readers\n\n"
        f"{F}\nObjective: Become the leader in X\n  KR1: Reach $10M ARR\n{F}\n"
    )
    assert _tree(text) == [("Grow the blog", [("Reach 10k readers", None)])]


# --- "<h2>" / "  Key result: …" / "</h2>" and its progress bar ---

_H2 = "# Objective: Be healthier.\n\n<h2>\n  Key result: Write in a journal weekly.\n</h2>\n"


def test_a_template_progress_bar_under_an_html_heading_is_its_score():
    text = _H2 + '{{template "progress" (map "Value" 73 "Class" "bg-success")}}\n\nProse.\n'
    assert _tree(text) == [("Be healthier.", [("Write in a journal weekly.", 0.73)])]
    zero = _H2 + '{{template "progress" (map "Value" 0 "Class" "bg-danger")}}\n'
    assert _tree(zero) == [("Be healthier.", [("Write in a journal weekly.", 0.0)])]


def test_an_html_progress_element_out_of_its_maximum():
    text = "# Objective: Be healthier.\n\n<h3>Key result: Write weekly.</h3>\n"
    text += '<progress value="3" max="4"></progress>\n'
    assert _tree(text) == [("Be healthier.", [("Write weekly.", 0.75)])]


def test_other_template_calls_and_values_beyond_100_report_nothing():
    banner = _H2 + '{{template "banner" (map "Value" 73)}}\n'
    assert _tree(banner) == [("Be healthier.", [("Write in a journal weekly.", None)])]
    beyond = _H2 + '{{< progress value="250" >}}\n'
    assert _tree(beyond) == [("Be healthier.", [("Write in a journal weekly.", None)])]


# --- "#### **Template Vendite**" over '- Objective: "…"' / "- KR: …" ---


def test_a_bold_heading_over_a_marked_okr_list_is_a_heading():
    text = (
        '#### **Template Vendite**\n- Objective: "Aumentare il fatturato"\n- KR: Fatturato 150.000\n\n'
        '#### **Template Marketing**\n- Objective: "Crescere"\n- KR: 500 lead qualificati\n'
    )
    assert _tree(text) == [
        ("Aumentare il fatturato", [("Fatturato 150.000", None)]),
        ("Crescere", [("500 lead qualificati", None)]),
    ]


def test_a_bold_heading_over_unmarked_bullets_stays_a_section():
    text = "## Objective: Grow the blog\n- KR: Reach 10k readers\n\n#### **Risks**\n- Drift\n- Too little time\n"
    assert _tree(text) == [("Grow the blog", [("Reach 10k readers", None)])]


# --- "from 12% to 3% => 30%": the share before the arrow is already the target ---


def test_an_arrow_after_a_stated_target_share_is_a_score():
    from cairn.text.doc_clean import clean_title

    cleaned = clean_title("Cut failed deploys from 12% to 3% => 30%")
    assert (cleaned.title, cleaned.score) == ("Cut failed deploys from 12% to 3%", 0.3)
    # near miss: "→" after a share that "from" opens stays a from-to ("from 28% → 40%")
    assert clean_title("Increase activation from 28% → 40%").score is None
