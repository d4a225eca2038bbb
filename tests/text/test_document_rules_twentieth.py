"""Twentieth-round reader rules (issue 15): the families of the round-19 documents.

Each family is generated in several languages and variants
(tests/text/document_shapes_twentieth.py) and must be read exactly; each rule has its own
sentences and near misses that must not change.
"""

import pytest

from cairn.text.document import parse_document


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o.title, [kr.title for kr in o.key_results]) for o in parse_document(text).objectives]


# --- OKRs only inside several code fences: each fence read alone ---

_GUIDE = """# OKR Framework

## OKR Structure

```
Objective: Qualitative, inspiring goal
+-- Key Result 1: Quantitative measure of progress
+-- Key Result 2: Quantitative measure of progress
```

## Writing Good Key Results

| Characteristic | Good | Bad |
|---|---|---|
| Quantitative | "Reduce churn from 8% to 4%" | "Improve retention" |

## Key Result Formula

```
[Verb] [metric] from [baseline] to [target]

Examples:
- Increase NPS from 32 to 50
```

**Incorrect:**
```markdown
Objective: Build a great product

Key Results:
- Ship 10 features
```

**Correct:**
```markdown
Objective: Win enterprise teams

Key Results:
- Raise enterprise NPS from 32 to 50
```
"""


def test_fenced_examples_are_read_fence_by_fence_without_the_guidance_headings():
    assert _tree(_GUIDE) == [
        ("Build a great product", ["Ship 10 features"]),
        ("Win enterprise teams", ["Raise enterprise NPS from 32 to 50"]),
    ]


def test_a_title_repeated_in_a_later_fence_is_another_objective():
    text = _GUIDE.replace("Objective: Win enterprise teams", "Objective: Build a great product")
    assert _tree(text) == [
        ("Build a great product", ["Ship 10 features"]),
        ("Build a great product", ["Raise enterprise NPS from 32 to 50"]),
    ]


def test_the_fenced_examples_are_flagged_as_read_from_code():
    problems = parse_document(_GUIDE, None).problems
    assert any("code block" in p.message for p in problems)


def test_one_fence_of_okrs_reads_as_it_did():
    text = "```\nObjective: Launch the beta\n\nKey Results:\n- Sign 10 pilots\n```\n"
    assert _tree(text) == [("Launch the beta", ["Sign 10 pilots"])]


def test_one_fence_of_okrs_under_guidance_headings_is_read_without_them():
    text = (
        "## Writing Good Key Results\n\n```\n[Verb] [metric] from [baseline] to [target]\n```\n\n"
        "## Example\n\n```\nObjective: Launch the beta\n\nKey Results:\n- Sign 10 pilots\n```\n"
    )
    assert _tree(text) == [("Launch the beta", ["Sign 10 pilots"])]


def test_a_heading_outside_over_fenced_key_results_alone_reads_as_before():
    # the fence alone states no objective: the page with its fences is read as it was
    text = "## Grow the shop\n\n```\n- Reach 200 orders\n- Open 3 shops\n```\n"
    assert _tree(text) == _tree_before(text)


def _tree_before(text: str) -> list[tuple[str, list[str]]]:
    from cairn.text.key_result_parser import parse_key_result
    from cairn.text.outline import read_outline

    outline = read_outline(text, parse_key_result, code=True)
    return [(o.title, [kr.title for kr in o.key_results]) for o in outline.objectives]


def test_a_page_with_its_own_okrs_keeps_them_over_fenced_examples():
    text = "## Objective: Grow the shop\n\n- Reach 200 orders\n\n" + _GUIDE
    assert _tree(text)[0] == ("Grow the shop", ["Reach 200 orders"])
    assert len(_tree(text)) == 1


def test_code_fences_that_hold_no_okrs_leave_the_page_as_it_reads():
    text = (
        "# Setup\n\n## Objective: Ship the CLI\n\n- Reach 500 installs\n\n"
        "```bash\npip install cairn\n```\n\n```python\nprint('Objective: not this')\n```\n"
    )
    assert _tree(text) == [("Ship the CLI", ["Reach 500 installs"])]


def test_key_results_alike_but_for_their_words_are_no_template():
    text = (
        "```\nObjective: Win Berlin\n- Sign 3 cafés\n- Sign 4 bars\n```\n\n"
        "```\nObjective: Win Paris\n- Sign 3 cafés\n- Sign 3 bakeries\n```\n"
    )
    assert _tree(text) == [
        ("Win Berlin", ["Sign 3 cafés", "Sign 4 bars"]),
        ("Win Paris", ["Sign 3 cafés", "Sign 3 bakeries"]),
    ]


# --- "#### Current quarter objectives" over one bullet per objective ---

_TEAM = """### Team vision

To serve people better, every department will:
* run research monthly,
* in an ethical way.

#### Current quarter objectives

* Lead research that surfaces the needs of all users.
* Ensure key product decisions are grounded in research.

We score them monthly.

#### Previous quarter objectives

* [Quarter 3 objectives and key results](https://example.org/q3)
"""


def test_bullets_under_a_heading_naming_the_objectives_are_the_objectives():
    assert _tree(_TEAM) == [
        ("Lead research that surfaces the needs of all users.", []),
        ("Ensure key product decisions are grounded in research.", []),
    ]


@pytest.mark.parametrize(
    "heading",
    ["Objetivos del trimestre", "Ziele des Quartals", "Objectifs de l'équipe", "本季度目标"],
)
def test_headings_naming_objectives_in_other_languages(heading):
    text = f"## {heading}\n\n- Grow the community\n- Ship the new app\n\n## Vision\n\n- be kind\n- be bold\n"
    assert _tree(text) == [("Grow the community", []), ("Ship the new app", [])]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the term alone: a guide's section on what an objective is
        ("## Objectives\n\n- Qualitative and inspiring\n- Time-bound\n", []),
        # measured items under the heading: the heading over its key results, as before
        (
            "## Q3 objectives\n\n- Reach 500 weekly users\n- Cut churn to 3%\n",
            [("Q3 objectives", ["Reach 500 weekly users", "Cut churn to 3%"])],
        ),
        # items over nested key results: read as before
        (
            "## Team objectives\n\n- Grow the community\n  - Reach 500 members\n- Ship the app\n  - Ship 3 releases\n",
            [("Grow the community", ["Reach 500 members"]), ("Ship the app", ["Ship 3 releases"])],
        ),
        # one item alone
        (
            "## Team objectives\n\n- Grow the community\n",
            [("Team objectives", ["Grow the community"])],
        ),
        # a page that marks its key results
        (
            "## Team objectives\n\n- Grow the community\n- Ship the app\n\n## Objective: Sell more\n\n- KR1: Reach 10 shops\n",
            [("Sell more", ["Reach 10 shops"])],
        ),
        # a heading numbering one objective, not naming the list
        (
            "### 目标 1\n\n- Grow the community\n- Ship the app\n",
            [("Grow the community", ["Ship the app"])],
        ),
        # about the process: context, as before
        ("## How we set objectives\n\n- We vote on them\n- We score them\n", []),
    ],
)
def test_near_misses_read_as_before(text, read):
    assert _tree(text) == read


# --- earlier rounds' shapes in more languages: the words they needed ---


def test_a_portuguese_monthly_objective_label_names_its_period():
    text = "**Objetivo mensal:**\n\n- Vender mais pizzas\n\n**Resultados-chave:**\n\n- Vender 200 pizzas por semana\n"
    assert _tree(text) == [("Vender mais pizzas", ["Vender 200 pizzas por semana"])]


@pytest.mark.parametrize(
    ("header", "owner"),
    [
        ("Trimestre: Q1 2026\nResponsável: @ana\nData de conclusão: 2026-03-31", "@ana"),
        ("Trimestre: Q1 2026\nAssegnato a: @ana\nData di completamento: 2026-03-31", "@ana"),
    ],
)
def test_an_okr_header_in_portuguese_or_italian_owns_the_objective(header, owner):
    text = f"{header}\n\n## Objetivo: Grow the shop\n\n- Reach 200 orders\n"
    assert parse_document(text).objectives[0].owner == owner


def test_a_numbered_portuguese_part_of_the_page_is_no_objective():
    text = "## Objetivo: Grow the shop\n\n- Reach 200 orders\n\n**Seção 4: Métricas de qualidade**\n- Erros por projeto (barras)\n"
    assert _tree(text) == [("Grow the shop", ["Reach 200 orders"])]


def test_an_italian_layer_in_parentheses_is_no_owner():
    text = "#### Esempio OKR (Individuale)\n\n**Obiettivo:** Grow the shop\n- Key Result: Reach 200 orders\n"
    assert parse_document(text).objectives[0].owner is None


def test_italian_prose_okrs_are_read():
    text = 'Per esempio, un obiettivo potrebbe essere "Crescere il negozio", mentre i risultati chiave potrebbero essere "Arrivare a 200 ordini" e "Aprire 3 negozi".\n'
    assert _tree(text) == [("Crescere il negozio", ["Arrivare a 200 ordini", "Aprire 3 negozi"])]


@pytest.mark.parametrize("heading", ["Veelgemaakte fouten", "Goede praktijken", "Vanliga misstag"])
def test_dutch_and_swedish_advice_sections_hold_no_key_results(heading):
    text = f"## Doelstelling 1: Grow the shop\n- KR1: Reach 200 orders\n\n### {heading}\n- Setting too many OKRs\n- Not tracking progress\n"
    assert _tree(text) == [("Grow the shop", ["Reach 200 orders"])]


def test_a_dutch_footer_of_page_fields_keeps_its_owner_off_the_objective():
    text = "## Doelstelling 1: Grow the shop\n- KR1: Reach 200 orders\n\n---\nLaatst bijgewerkt: 2026-01-02\nOwner: CKO\nVersie: 1.0\n"
    assert parse_document(text).objectives[0].owner is None


def test_a_dutch_primer_reads_its_example_not_its_definitions():
    text = (
        "## Doelstelling\n\n- een kwalitatieve visie\n- no numbers\n\nVoorbeeld: Grow the shop\n\n"
        "## Kernresultaten\n\n- een meetinstrument\n- a success criteria\n\nVoorbeeld:\n1) Reach 200 orders\n"
    )
    assert _tree(text) == [("Grow the shop", ["Reach 200 orders"])]
