"""Nineteenth-round reader rules (issue 15): the families of the round-17 and round-18 documents.

Each family is generated in several languages and variants
(tests/text/document_shapes_nineteenth.py) and must be read exactly; each rule has its own
sentences and near misses that must not change.
"""

import pytest

from cairn.text.document import parse_document
from cairn.text.html_lists import html_lists
from cairn.text.outline_bold_items import bold_item_objectives
from cairn.text.outline_flat_okrs import flat_okr_lists
from cairn.text.outline_lead_in import lead_in_objectives
from cairn.text.outline_lines import read_lines
from cairn.text.outline_rules import without_separator
from cairn.text.outline_section_numbers import section_headings


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o.title, [kr.title for kr in o.key_results]) for o in parse_document(text).objectives]


# --- "KR1:…；": the list separator that ends a line ---


@pytest.mark.parametrize(
    ("title", "item", "kept"),
    [
        ("尽快熟悉项目的各块业务与技术；", False, "尽快熟悉项目的各块业务与技术"),
        ("Cut churn to 4%;", False, "Cut churn to 4%"),
        ("Raise NPS to 45 ;", True, "Raise NPS to 45"),
        ("Revenue of the new product,", True, "Revenue of the new product"),
    ],
)
def test_a_line_closed_by_a_list_separator_drops_it(title, item, kept):
    assert without_separator(title, item=item) == kept


@pytest.mark.parametrize(
    ("title", "item"),
    [
        ("Ship A; then B", False),  # inside the title: kept
        ("Research &amp;", False),  # an HTML entity ends in ";"
        ("Revenue of the new product,", False),  # a plain line's comma: as before
        ("精通HTML", False),
    ],
)
def test_other_endings_are_kept(title, item):
    assert without_separator(title, item=item) == title


def test_plain_o_and_kr_lines_lose_their_semicolons():
    text = "2020-01 ~2020-02\nO1：全力支撑团队项目\nKR1:熟悉各块业务；\nKR2:达到初级工程师的水准；\n\nO2：提升编程能力；\nKR1:深入学习多线程，输出文档；\n"
    assert _tree(text) == [
        ("全力支撑团队项目", ["熟悉各块业务", "达到初级工程师的水准"]),
        ("提升编程能力", ["深入学习多线程，输出文档"]),
    ]


# --- "### O-1 精通HTML": an objective's id written with a hyphen ---


def test_hyphenated_o_ids_mark_heading_objectives_without_key_results():
    text = "# OKR\n\n\n### O-1 精通HTML\n\n### O-2 精通CSS\n\n### O-3 熟悉浏览器工作原理"
    assert _tree(text) == [("精通HTML", []), ("精通CSS", []), ("熟悉浏览器工作原理", [])]


def test_hyphenated_o_ids_over_bullets_keep_their_key_results():
    text = "## O-1 Master HTML\n\n- Ship 3 pages\n\n## O-2 Master CSS\n\n- Ship 2 sites\n"
    assert _tree(text) == [("Master HTML", ["Ship 3 pages"]), ("Master CSS", ["Ship 2 sites"])]


def test_one_hyphenated_heading_alone_reads_as_an_o_code_alone_does():
    # as "### O1 Master HTML" alone: one code heading does not mark the page's objectives
    assert _tree("# OKR\n\n### O-1 Master HTML\n") == _tree("# OKR\n\n### O1 Master HTML\n")


def test_headings_with_other_hyphens_are_not_objective_ids():
    text = "# Parts\n\n### O-Ring seals\n\n### B-2 Hangar\n"
    assert _tree(text) == []


# --- "# Objective 1" / "## Objective" / "## Why It Matters" / "## Key Results" sections ---

_SECTIONS = """# Objective 1

## Objective

Make the tracking standard hold on every key flow.

## Why It Matters

Q1 set the project up; Q2 must make it hold.

## Q1 Progress Summary

- January: kick-off and the first survey.

## Key Results

- KR1：Cover 6 key fields on 5 flows
- KR2：Verify any case within 30 minutes

## Risks And Dependencies

- Several teams must agree.
"""


def test_an_objective_written_as_sections_reads_its_title_and_key_results_only():
    assert _tree(_SECTIONS) == [
        (
            "Make the tracking standard hold on every key flow.",
            ["Cover 6 key fields on 5 flows", "Verify any case within 30 minutes"],
        )
    ]


def test_an_owner_heading_beside_the_sections_still_owns_the_objective():
    text = "## Individual OKR\n\n### Owner: Preetam Donepudi\n\n### Objective\n\nShip the pipeline.\n\n### Key Results\n\n- Reach 90% precision\n\n### Key Metrics\n\n- Precision per week\n"
    objective = parse_document(text).objectives[0]
    assert (objective.title, objective.owner) == ("Ship the pipeline.", "Preetam Donepudi")
    assert [kr.title for kr in objective.key_results] == ["Reach 90% precision"]


def test_sections_beside_an_objective_heading_with_no_key_results_heading_read_as_before():
    # no "## Key Results" sibling: the sections are not known to be the objective's context
    text = "# Objective 1\n\n## Objective\n\nShip the pipeline.\n\n## Progress\n\n- Reach 90% precision\n"
    assert _tree(text) == [("Ship the pipeline.", ["Reach 90% precision"])]


def test_a_bare_objective_heading_under_a_titled_one_opens_a_new_objective():
    text = "# Objective 1: Grow\n\n- Reach 5 teams\n\n## Objective\n\nShip the pipeline.\n\n- Cut 3 bugs\n"
    assert [title for title, _ in _tree(text)] == ["Grow", "Ship the pipeline."]


# --- "1.C.3.2 OKR 3 Metric(s) with Experiment(s)": numbered section lines of a plain report ---

_REPORT = """1.C.1.1 OKR 1 Objective and Key Result

1.C.1.2 OKR 1 Metric(s) with Experiment(s)


1.C.3.1 OKR 3 Objective and Key Result

Objective. Achieve strong developer adoption.
Key Result. Onboard 500 active developer accounts by month twelve.
This OKR reflects tension between growth and ethics.

1.C.3.2 OKR 3 Metric(s) with Experiment(s)

The OKR will be measured through three metrics.
Metric 1. Active Developer Account Count, 42 new accounts a month.
"""


def test_numbered_section_lines_of_a_plain_report_are_its_headings():
    assert (
        section_headings(_REPORT).splitlines()[0] == "#### 1.C.1.1 OKR 1 Objective and Key Result"
    )
    assert _tree(_REPORT) == [
        (
            "Achieve strong developer adoption.",
            ["Onboard 500 active developer accounts by month twelve."],
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "# Report\n\n1.2.1 Goals\n\nText.\n\n1.2.2 Results\n\nText.\n",  # Markdown headings
        "Intro.\n\n1.2.1 Goals\n\nText.\n",  # one section line alone
        "O1: Grow\n\n1.1 Reach 5 teams\n\n1.2 Cut 3 bugs\n",  # two levels: key result ids
        "1.2.1 Ship the API.\n\n1.2.2 Cut the bugs.\n",  # sentences, not names
        "O1: Grow\n1.1.1 Reach 5 teams\n1.1.2 Cut 3 bugs\n",  # no blank lines around them
    ],
)
def test_other_numbered_lines_are_not_section_headings(text):
    assert section_headings(text) == text


def test_a_key_result_marker_with_a_period_is_no_key_results_header():
    text = "Objective. Build the integration ecosystem\nKey Result. Deliver Casper test creation\n"
    assert _tree(text) == [("Build the integration ecosystem", ["Deliver Casper test creation"])]
    # "Key results (Q3 2024)" and "Key results." alone still head a list
    assert _tree("Objective: Grow\nKey results (Q3 2024)\n- Reach 5 teams\n") == [
        ("Grow", ["Reach 5 teams"])
    ]


def test_one_okr_code_on_headings_in_a_row_names_sections_not_objectives():
    text = "## OKR 1 Objective and Key Result\n\nObjective: Grow\nKR1: Reach 5 teams\n\n## OKR 1 Metrics\n\nThe OKR is measured weekly.\n"
    assert _tree(text) == [("Grow", ["Reach 5 teams"])]


def test_codes_that_restart_per_department_still_mark_objectives():
    text = "## IT\n\n### O1 Ship the API\n\n- **KR1** Reach 5 teams\n\n### O2 Cut costs\n\n- **KR1** Save 10%\n\n## Sales\n\n### O1 Win deals\n\n- **KR1** Sign 3 deals\n"
    assert [title for title, _ in _tree(text)] == ["Ship the API", "Cut costs", "Win deals"]


# --- "- **Workshop for users [COMMITTED]:** Plan a workshop …": a named, tagged key result ---

_ADR = """## Decision

> **Objective X: [short title] -- [long description]**
>
> - **Key Result Y for Objective X [COMMITTED / ASPIRATIONAL]:** [Description / goal]

### Objective 1: Support -- "Optimize support"

- **Workshop for users [COMMITTED]:** Plan a workshop for users, run at least once a year.
  - Schedule the workshop for autumn 2024.
    - _Talk to training hub to plan for event._
- **Ticket Volume [ASPIRATIONAL]:** Reduce unnecessary tickets by 50% within 6 months.
  "Unnecessary": questions that should go to units.
  - Identify the number of unnecessary tickets
"""


def test_tagged_bold_labels_name_key_results_whose_text_follows():
    assert _tree(_ADR) == [
        (
            'Support -- "Optimize support"',
            [
                "Plan a workshop for users, run at least once a year.",
                "Reduce unnecessary tickets by 50% within 6 months.",
            ],
        )
    ]


@pytest.mark.parametrize(
    "item",
    [
        "- **Workshop [2024]:** Plan a workshop for users",  # a year, not a commitment kind
        "- **Why:** Users keep asking the same questions",  # a label with no tag
    ],
)
def test_other_bold_labels_under_an_objective_read_as_before(item):
    text = f'### Objective 1: Support -- "Optimize support"\n\n{item}\n'
    assert _tree(text) == [('Support -- "Optimize support"', [])]


# --- "No caso, os OKR's da POD Asgard são:" over one paragraph per objective ---

_LEAD_IN = """---
layout: page
title: OKRs Semestral Q4
---

A metodologia OKR ajuda a corrigir erros e a identificar oportunidades.

No caso, os OKR's da POD Asgard são:

Fazer da POD uma referência técnica dentro da empresa.

Melhorar a qualidade dos produtos API Manager e Real Wave.
This is an example landing page. It is built using the Hero and Callouts.
"""


def test_paragraphs_after_an_okr_lead_in_are_objectives_without_key_results():
    assert _tree(_LEAD_IN) == [
        ("Fazer da POD uma referência técnica dentro da empresa.", []),
        ("Melhorar a qualidade dos produtos API Manager e Real Wave.", []),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a lead-in that names no OKRs
        "Intro.\n\nThe steps we follow are:\n\nWrite the draft first.\n\nReview it with the team.\n",
        # one paragraph alone after it
        "Intro.\n\nOur OKRs are:\n\nShip the new app to every store.\n",
        # a list after it: read as lists are
        "Our OKRs are:\n\n- Ship the new app\n- Cut churn to 4%\n",
        # a page that marks its objectives elsewhere
        "Objective: Grow\nKR1: Reach 5 teams\n\nOur other goals are:\n\nWrite more.\n\nRead more.\n",
    ],
)
def test_other_lead_ins_read_as_before(text):
    lines = read_lines(text)
    assert lead_in_objectives(lines) is lines  # the pass leaves the page as it was


# --- "- __Wagtail: Get more in-depth knowledge__" over "    - Deliver 3 sites" ---

_HANDBOOK = """## Team OKR

- The **Member** on the card defines whose OKR this is.

#### Technologies and practices

- __Wagtail: Get more in-depth knowledge of Wagtail__
    - Deliver 3 Wagtail sites

- __React: Deliver first-class interfaces__
    - 10 React components created

#### Team operations

- **Team: Build a world-class team**
    - 20 training workshops ran

## Leadership tasks

### Recruiting - Person

- Nurture relationships with external people.

### Why we do code reviews

- Improve the overall quality of the work.
"""


def test_bold_items_over_nested_lists_are_the_objectives_of_the_page():
    assert _tree(_HANDBOOK) == [
        ("Wagtail: Get more in-depth knowledge of Wagtail", ["Deliver 3 Wagtail sites"]),
        ("React: Deliver first-class interfaces", ["10 React components created"]),
        ("Team: Build a world-class team", ["20 training workshops ran"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two bold items only
        "- __Grow revenue__\n    - Reach $1M\n- __Cut churn__\n    - Churn under 4%\n",
        # bold items with no nested list
        "- __Grow revenue__\n- __Cut churn__\n- __Hire well__\n",
        # a page that marks its OKRs
        "Objective: Grow\n- **A**\n  - x 1\n- **B**\n  - y 2\n- **C**\n  - z 3\n",
    ],
)
def test_other_bold_items_read_as_before(text):
    lines = read_lines(text)
    assert bold_item_objectives(lines) is lines


# --- '- Objective: "…"' / "- KR: €150.000" / "- 3 Rischi: …": a template stated as a flat list ---

_CHANGELOG = """### 3. **Template OKR predefiniti** (`config/okr-templates.ts`)

#### **Template Vendite**
- Objective: "Aumentare significativamente il fatturato aziendale"
- KR: Fatturato trimestrale €150.000
- 3 Rischi: Opportunità, Conversione, Valore medio contratto
- KPI e Iniziative per ogni rischio

#### **Template Generico**
- Struttura base personalizzabile

### Seconda Legge
**Target ambizioso (regola del +30%)**
- Aggiungere 30%
"""


def test_a_flat_list_states_its_okr_even_in_a_section_named_like_the_process():
    assert _tree(_CHANGELOG) == [
        ("Aumentare significativamente il fatturato aziendale", ["Fatturato trimestrale €150.000"])
    ]


def test_a_flat_list_defining_the_terms_in_a_process_section_stays_context():
    text = "## How to write OKRs\n\n### Template\n- Objective: what you want to achieve\n- KR: how you measure it\n"
    assert _tree(text) == []


def test_a_bold_title_over_measured_items_after_heading_objectives_is_still_one():
    text = "### Objective: Grow\n- Reach 5 teams\n\n**Secure funding**\n- $750k in commitments\n"
    assert [title for title, _ in _tree(text)] == ["Grow", "Secure funding"]


def test_unmarked_items_after_a_flat_okr_are_left_out_only_there():
    lines = read_lines("- Objective: Grow\n- KR: Reach 5 teams\n- 3 Risks: churn, price\n")
    assert [line.text for line in flat_okr_lists(lines)[0]] == [
        "Objective: Grow",
        "KR: Reach 5 teams",
    ]
    plain = read_lines("- Objective: Grow\n- Reach 5 teams\n- Cut churn to 4%\n")
    assert flat_okr_lists(plain)[0] is plain  # no marked key result right after it: as before


# --- raw HTML columns: "<strong>Objetivo Anual:</strong>" over "<li>…  (0,72)</li>" ---

_HTML = """<div style="width: 90%;">
  <div style="display: inline-block;">
    <p>
      <strong>Gerente de sucursal</strong>
    </p>

    <p>
      <strong>Objetivo Anual:</strong>
    </p>

    <ul style="display: inline-block;">
      <li>
        Duplicar las ganancias de la empresa.  (0,72)
      </li>
    </ul>

    <p>
      <strong>Resultados clave:</strong>
    </p>

    <ul>
      <li>
        Cerrar acuerdos de promociones con 4 bancos.  (0,8)
      </li>
      <li>Implementar un programa de fidelización de clientes.  (1)</li>
    </ul>
  </div>
</div>

Por último, el promedio de estos resultados es la calificación del objetivo, en este caso 0.72.
"""


def test_html_lists_read_as_markdown_items_and_paragraphs():
    lines = _HTML.splitlines()
    html_lists(lines)
    assert len(lines) == len(_HTML.splitlines())  # the block keeps its number of lines
    assert [line for line in lines if line][:4] == [
        "**Gerente de sucursal**",
        "**Objetivo Anual:**",
        "- Duplicar las ganancias de la empresa.  (0,72)",
        "**Resultados clave:**",
    ]


def test_an_html_column_is_an_objective_with_graded_key_results():
    objective = parse_document(_HTML).objectives[0]
    assert (objective.title, objective.owner) == ("Duplicar las ganancias de la empresa.", None)
    assert [(kr.title, kr.score) for kr in objective.key_results] == [
        ("Cerrar acuerdos de promociones con 4 bancos.", 0.8),
        ("Implementar un programa de fidelización de clientes.", 1.0),
    ]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Objective: Grow\n- Hire 2 engineers (1)\n", None),  # "(1)" not after a sentence's end
        ("Objective: Grow\n- Hire 2 engineers. (1)\n", 1.0),
        ("Objective: Grow\n- Hire 2 engineers (0,5)\n", 0.5),
        ("Objective: Grow\n- Hire 2 engineers (0.5)\n", 0.5),  # as before
    ],
)
def test_a_grade_in_a_trailing_parenthesis(text, score):
    assert parse_document(text).objectives[0].key_results[0].score == score


@pytest.mark.parametrize(
    "label",
    [
        "Objetivo anual:",
        "Objectif mensuel :",
        "Annual objective:",
        "Quarterly objective:",
        "年度目标：",
    ],
)
def test_an_objective_label_may_name_its_period_kind(label):
    text = f"{label}\n- Duplicar las ganancias\n\nKey results:\n- Cerrar 4 acuerdos\n"
    assert _tree(text) == [("Duplicar las ganancias", ["Cerrar 4 acuerdos"])]


def test_a_sentence_after_a_key_results_labels_list_is_context():
    text = "Objective: Grow\n\nKey results:\n- Reach 5 teams\n\nIn the end, the average of these results is the grade of the objective, here 0.72.\n"
    assert _tree(text) == [("Grow", ["Reach 5 teams"])]


def test_a_label_after_a_key_results_labels_list_heads_other_things():
    text = "Objective: Grow\n\nKey results:\n- Reach 5 teams\n\nIf you liked this, read also:\n\n[-10 apps for every firm](http://x.y/z)\n"
    assert _tree(text) == [("Grow", ["Reach 5 teams"])]
    zh = "目标：增长\n\n关键结果：\n- 达到 5 个团队\n\n如果你喜欢这篇文章，也可以看看：\n\n-10 个必备应用\n"
    assert _tree(zh) == [("增长", ["达到 5 个团队"])]


def test_a_short_measured_line_after_the_list_is_still_a_key_result():
    # as the thirteenth round's near miss: "*Reach 40% weekly retention*" after the list
    text = "**Objective:** grow\n\n**Key Results:**\n- Collect 50 reviews\n\nReach 40% weekly retention\n"
    assert _tree(text) == [("grow", ["Collect 50 reviews", "Reach 40% weekly retention"])]
