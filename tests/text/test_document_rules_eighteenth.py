"""Eighteenth-round reader rules (issue 15): the families of the round-16 documents.

Each family is generated in several languages and variants
(tests/text/document_shapes_eighteenth.py) and must be read exactly; each rule has its own
sentences and near misses that must not change.
"""

import pytest

from cairn.text.document import parse_document
from cairn.text.key_result_parser import parse_key_result
from cairn.text.outline_page_fields import okr_field
from cairn.text.outline_parts import names_a_part
from cairn.text.outline_sentences import measured_sentences


def _doc(text: str):
    return parse_document(text, None)


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o.title, [kr.title for kr in o.key_results]) for o in _doc(text).objectives]


# --- "objective | key result | actual | 84 %" lines ---

_PIPES = (
    "# OKRs - Q4\n\nGrow signups | Acquire 2000 new users | 1690 new users | 84 %\n"
    "- Improved the landing page\n- Tuned the campaigns\n\n"
    "Keep users | Retain 50 % of users | 37 %\n- Fixed bugs\n\n"
    "Earn revenue | Get 1000 USD in recurring revenue | 574 USD | 57%\n"
)


def test_pipe_lines_are_objectives_over_their_key_result_with_a_percentage_as_score():
    doc = _doc(_PIPES)
    assert _tree(_PIPES) == [
        ("Grow signups", ["Acquire 2000 new users"]),
        ("Keep users", ["Retain 50 % of users"]),
        ("Earn revenue", ["Get 1000 USD in recurring revenue"]),
    ]
    assert [o.key_results[0].score for o in doc.objectives] == [0.84, None, 0.57]
    assert list(doc.objectives[0].key_results[0].initiatives) == [
        "Improved the landing page",
        "Tuned the campaigns",
    ]


def test_one_pipe_line_alone_or_a_labelled_row_of_values_is_no_okr_line():
    # near misses: one line alone, a "Scores:" row, lines of two or five fields
    one = "# Notes\n\nGrow signups | Acquire 2000 new users | 1690 new users | 84 %\n"
    assert all(o.title != "Grow signups" for o in _doc(one).objectives)
    scores = "Objective: Ship it\n- Reach 10 users\n\nScores: 1 | 0.5 | -\nScores: 0.6 | 1 | 1\n"
    assert _tree(scores) == [("Ship it", ["Reach 10 users"])]
    five = "# Log\n\na | b | c | d | e\nf | g | h | i | j\n"
    assert all(o.title not in ("a", "f") for o in _doc(five).objectives)
    two = "# Log\n\nRed | Stop\nGreen | Go\n"
    assert all(o.title not in ("Red", "Green") for o in _doc(two).objectives)


# --- "Quarter:" / "Assignee:" / "Completion date:" over the objective ---


@pytest.mark.parametrize(
    "header",
    [
        "Quarter: Q1 2026\nAssignee: @JanBran\nCompletion date: 2026-03-31\n",
        "Assignee: @JanBran\nDue date: 2026-03-31\n",
        "Trimestre: T1 2026\nAsignado a: @JanBran\nFecha límite: 2026-03-31\n",
        "Quartal: Q1 2026\nZuständig: @JanBran\n",
        "Kvartal: Q1 2026\nAnsvarig: @JanBran\nSlutdatum: 2026-03-31\n",
    ],
)
def test_an_assignee_beside_the_okrs_own_dates_owns_the_objective(header):
    text = f"{header}\n## Objective: Validate the model\n\n- Reach 150 paid users\n"
    doc = _doc(text)
    assert [(o.title, o.owner) for o in doc.objectives] == [("Validate the model", "@JanBran")]


def test_the_documents_own_metadata_still_owns_its_owner_line():
    # near miss (thirteenth round): "Version" / "Owner" beside it: the page's, not the objective's
    text = "Version: 1.0\nOwner: Platform Team\n\n## Objective: Ship it\n\n- Reach 10 users\n"
    assert [o.owner for o in _doc(text).objectives] == [None]


def test_an_okr_field_needs_its_word_and_a_digit():
    assert okr_field("Completion date: 2026-03-31")
    assert okr_field("Quarter: Q1 2026")
    assert not okr_field("Deadline: before the launch")  # no date
    assert not okr_field("Quarterly review: 2 hours")  # another word
    assert not okr_field("Grow revenue to 2026 levels")  # no label


# --- "**Sección 4: Métricas de Calidad**": a numbered part of the page ---


def test_a_numbered_part_over_measured_bullets_is_no_objective():
    text = (
        "## OKRs\n\n### 4.1 Objetivo 1: Finanzas\n**Objetivo**: Maximizar rentabilidad\n\n"
        "**Key Results**:\n1. KR1: Cumplir el presupuesto en 90% de los proyectos\n\n"
        "## 6. Vistas\n\n**Sección 4: Métricas de Calidad**\n- Total de errores (barras)\n"
        "- Tasa de éxito en pruebas (% en escala 0-100)\n"
    )
    assert _tree(text) == [
        ("Maximizar rentabilidad", ["Cumplir el presupuesto en 90% de los proyectos"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sección 4: Métricas de Calidad",
        "Section 2: Financial analysis",
        "Abschnitt 3: Zeitmanagement",
        "Avsnitt 1: Kvalitetsmått",
        "Chapter IV — Data",
        "Partie 2 : Analyse",
    ],
)
def test_part_names(text):
    assert names_a_part(text)


@pytest.mark.parametrize(
    "text",
    [
        "Section 2: Q3 objectives",  # the part holds the OKRs
        "Sección 1: OKR del equipo",
        "Partner engagement: 3 new partners",  # not a part word
        "Section on pricing",  # no number
        "Sections 2 and 3 of the contract",
    ],
)
def test_not_part_names(text):
    assert not names_a_part(text)


# --- a template's prompt under "Mål:" / "Nyckelresultat:" ---


def test_a_prompt_bullet_under_a_label_is_guidance_and_a_label_of_only_its_prompt_a_blank():
    text = (
        "Mål:\n- Var ska jag? Mål som inspirerar.\nNyckelresultat:\n- Hur vet jag? Mätbart!\n"
        "Uppgifter:\n- Vad behöver jag göra?\n\n"
        "Mål:\n- Var ska jag? Mål som inspirerar.\nGör våra kunder glada\nNyckelresultat:\n"
        "- Hur vet jag? Mätbart!\nIntervjua 20 kunder varje månad.\nÖka kundlojalitet till 98%.\n"
        "Uppgifter:\n- Vad behöver jag göra?\n\n\n"
        "Mål:\n- Var ska jag? Mål som inspirerar.\n\nNyckelresultat:\n- Hur vet jag? Mätbart!\n"
    )
    assert _tree(text) == [
        (
            "Gör våra kunder glada",
            ["Intervjua 20 kunder varje månad.", "Öka kundlojalitet till 98%."],
        )
    ]


def test_a_stated_bullet_or_two_bullets_under_the_label_are_content():
    # near misses: the bullet states the objective; two asking bullets are the label's content
    stated = "Objective:\n- Grow the community\nKey results:\n- Reach 500 members\n"
    assert _tree(stated) == [("Grow the community", ["Reach 500 members"])]
    two = "Objective: Learn\nKey results:\n- Can we ship 3 demos?\n- Can we reach 40 users?\n"
    assert _tree(two) == [("Learn", ["Can we ship 3 demos?", "Can we reach 40 users?"])]


# --- measured sentences on one line under a key-results label ---


def test_a_line_of_measured_sentences_is_one_key_result_as_written():
    text = (
        "Objective:\nExpand globally\nKey results:\n"
        "Sell for 100 million. Reach 100% growth in EMEA. Raise the average sale by 30%.\n"
        "Reach 80% WAU (weekly active users). (DAU - daily active users)\n"
    )
    assert _tree(text) == [
        (
            "Expand globally",
            [
                "Sell for 100 million. Reach 100% growth in EMEA. Raise the average sale by 30%.",
                "Reach 80% WAU (weekly active users). (DAU - daily active users)",
            ],
        )
    ]


def test_measured_sentences_need_every_sentence_measured():
    assert measured_sentences("Sell 100 units. Reach 40% growth.", parse_key_result)
    # near misses: an explaining sentence, a single sentence, a long paragraph
    assert not measured_sentences("Sell 100 units. This matters to us.", parse_key_result)
    assert not measured_sentences("Sell 100 units.", parse_key_result)
    long = "Sell 100 units. " + "Reach 40% growth in every one of our twelve markets. " * 4
    assert not measured_sentences(long, parse_key_result)


# --- a primer's plural term headings and its "Example KRs for the objective above:" ---

_PRIMER = (
    "## What are OKRs?\n\n### Objectives (Obiettivi)\nWhat you want to achieve:\n"
    '- Qualitative and inspiring\n\n**Example:** "Become the first choice of founders"\n\n'
    "### Key Results (Risultati Chiave)\nHow you measure success:\n- Quantitative\n\n"
    "**Example KRs for the Objective above:**\n1. Reach 50,000 monthly visits\n"
    "2. Convert 500 new subscribers\n"
)


def test_a_plural_primer_gives_its_examples_as_the_okr():
    assert _tree(_PRIMER) == [
        (
            "Become the first choice of founders",
            ["Reach 50,000 monthly visits", "Convert 500 new subscribers"],
        )
    ]


def test_the_krs_example_label_must_name_the_key_results():
    from cairn.text.outline_examples import _EXAMPLE_OF_KRS

    assert _EXAMPLE_OF_KRS.match("Esempio KR per l'Objective sopra:")
    assert _EXAMPLE_OF_KRS.match("Example key results for the objective above:")
    # near misses: another example, an example with its text after the colon
    assert not _EXAMPLE_OF_KRS.match("Example of a bad objective:")
    assert not _EXAMPLE_OF_KRS.match("Example KRs: reach 50 users")


def test_a_plural_heading_without_examples_reads_as_before():
    from cairn.text.outline_examples import primer_examples
    from cairn.text.outline_lines import read_lines

    text = "### Objectives (Obiettivi)\n- Grow the blog\n\n### Key Results\n- Reach 500 readers\n"
    lines = read_lines(text)
    assert primer_examples(lines) == lines


# --- objectives listed, then repeated over their key results; a review table's scores ---

_LISTED = (
    "Can I keep them all?\n\n### Objectives :\n\n1. Write every day\n1. Read more\n\n"
    "### Key Results:\n\n1. Write every day (aspirational KR)\n   - Publish 2 retrospectives\n"
    "   - Post 3 essays\n1. Read more (committed KR)\n   - Read 5 books(not technical)\n\n"
    "## Review\n\n| KR | Achievement |\n| :-- | --: |\n"
    '| Publish 2 retrospectives | <span style="color: green">100% </span> |\n'
    "| Post 3 essays | 33% |\n| Read 5 books | 90% |\n"
)


def test_listed_objectives_repeated_over_their_key_results_take_the_review_scores():
    doc = _doc(_LISTED)
    assert _tree(_LISTED) == [
        ("Write every day", ["Publish 2 retrospectives", "Post 3 essays"]),
        ("Read more", ["Read 5 books(not technical)"]),
    ]
    assert [kr.score for o in doc.objectives for kr in o.key_results] == [1.0, 0.33, 0.9]


def test_a_key_results_list_that_does_not_repeat_the_listed_titles_reads_as_before():
    from cairn.text.outline_lines import read_lines
    from cairn.text.outline_listed_objectives import listed_objectives

    other = (
        "### Objectives :\n\n1. Write every day\n1. Read more\n\n### Key Results:\n\n"
        "1. Publish 2 retrospectives\n   - Draft in May\n1. Read 5 books\n   - One a month\n"
    )
    lines = read_lines(other)
    assert listed_objectives(lines) == lines
    alone = "### Objectives :\n\n1. Write every day\n1. Read more\n"
    lines = read_lines(alone)
    assert listed_objectives(lines) == lines


def test_an_achievement_column_in_a_coloured_span_is_the_score():
    text = (
        "## Objective: Ship it\n\n| Key Result | Achievement |\n|---|---|\n"
        '| Reach 10 users | <span style="background-color: #dcffe4">80% </span> |\n'
    )
    assert [kr.score for kr in _doc(text).objectives[0].key_results] == [0.8]


# The lead's two title rules after the eighteenth round (round 12's German page): quotes inside
# italics around a whole title, and a Markdown footnote's mark, are no title text.


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ('*"Unser Prozess ist schneller"*', "Unser Prozess ist schneller"),
        ("*“Delight every customer”*", "Delight every customer"),
        ("_„Kunden begeistern“_", "Kunden begeistern"),
        ("*'Ship the new editor'*", "Ship the new editor"),
    ],
)
def test_quotes_inside_italics_around_a_whole_objective_are_dropped(written, title):
    text = f"* **Objective:** {written}\n  * Grow weekly users from 100 to 250\n"
    document = parse_document(text, None)
    assert [o.title for o in document.objectives] == [title]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ('*"Fast" and "safe" releases*', '"Fast" and "safe" releases'),
        ('*Ship "v2" this quarter*', 'Ship "v2" this quarter'),
        ("*a* and *b*", "*a* and *b*"),
    ],
)
def test_quotes_that_do_not_wrap_the_whole_italic_title_stay(written, title):
    text = f"* **Objective:** {written}\n  * Grow weekly users from 100 to 250\n"
    assert [o.title for o in parse_document(text, None).objectives] == [title]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "Pro Woche werden 25 Aktivitäten durchgeführt[^4]",
            "Pro Woche werden 25 Aktivitäten durchgeführt",
        ),
        ("Grow weekly users from 100 to 250[^note]", "Grow weekly users from 100 to 250"),
        ("Cut p95 latency[^1] to 200 ms", "Cut p95 latency to 200 ms"),
    ],
)
def test_a_footnote_mark_is_no_part_of_a_key_result(written, title):
    text = f"## Objective: Faster releases\n\n- {written}\n- Ship 3 releases a month\n"
    key_results = parse_document(text, None).objectives[0].key_results
    assert key_results[0].title == title


def test_brackets_that_are_not_footnote_marks_stay():
    text = "## Objective: Faster releases\n\n- Close 10 bugs [^ see below]\n- Ship [3] releases a month\n"
    titles = [k.title for k in parse_document(text, None).objectives[0].key_results]
    assert titles == ["Close 10 bugs [^ see below]", "Ship [3] releases a month"]
