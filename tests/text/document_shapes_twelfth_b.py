"""Five whole-document families of the twelfth round (issue 15, part B), the tree known by
construction (test-side only, never shipped).

Each family writes a tree drawn by `sample_tree` (tests/text/document_shapes.py) in one page
shape, in several languages, with variants:

- `spaced_ids`: "### O1  Title" over "#### KR1  Text" over "**KR1.1**  initiative" paragraphs,
  between a "## Core Values" section of numbered prose and a dated "## RoadMap" list.
- `html_table`: one HTML table, "<th>Objective …</th><th>Key Results …</th><th>Notes</th>", the
  objective cell spanning its key results' rows ("<td rowspan=6>O1 …</td>"), each key result
  cell spanning two rows, a notes cell beside each.
- `term_guide`: an OKR primer ("### 🎯 Objective (목표)" over "**What makes a good Objective**"
  lists; check-in, review, do's and don'ts sections of bold titles over lists) around one
  case-study OKR ("**Objective**: …" / "**Key Results**:" / its list).
- `steps_then_labels`: "## Step by step" over "* Step 1 – …" items, then sibling label bullets
  "* Objective – …" / "* Key Result 1 – …".
- `closing_rules`: "## Objective N: …" sections, then a "## Rules" section at their level over
  "* 1 Pomodoro = 25 minutes" (and a "Method:" list of the same before them).
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    Tree,
    expected,
    family_grid,
    sample_tree,
)

FAMILIES = ("spaced_ids", "html_table", "term_guide", "steps_then_labels", "closing_rules")


@dataclass(frozen=True)
class Words:
    """A language's words for the five families."""

    objective: str  # the label bullet's marker ("Objetivo")
    key_result: str  # a numbered key result's marker ("Resultado Principal")
    step: str  # "Passo"
    steps_title: str  # "Passo a passo"
    rules: str  # "Regras"
    term_note: str  # the objective word glossed in the page's language ("목표")
    good_objective: str  # "What makes a good Objective"
    objective_examples: str  # "Objective examples"
    weekly: str  # "Weekly check-in"
    values: str  # "Core values"


WORDS: dict[str, Words] = {
    "en": Words("Objective", "Key Result", "Step", "Step by step", "Rules", "goal",
                "What makes a good Objective", "Objective examples", "Weekly check-in",
                "Core Values"),
    "pt": Words("Objetivo", "Resultado Principal", "Passo", "Passo a passo", "Regras", "meta",
                "Características de um bom Objetivo", "Exemplos de Objetivo", "Check-in semanal",
                "Valores"),
    "es": Words("Objetivo", "Resultado clave", "Paso", "Paso a paso", "Reglas", "meta",
                "Qué hace un buen objetivo", "Ejemplos de objetivos", "Revisión semanal",
                "Valores"),
    "de": Words("Ziel", "Schlüsselergebnis", "Schritt", "Schritt für Schritt", "Regeln", "Ziel",
                "Merkmale eines guten Ziels", "Beispiele für Ziele", "Wöchentlicher Check-in",
                "Werte"),
    "fr": Words("Objectif", "Résultat clé", "Étape", "Étape par étape", "Règles", "but",
                "Un bon objectif", "Exemples d'objectifs", "Point hebdomadaire", "Valeurs"),
    "ko": Words("목표", "핵심 결과", "단계", "단계별 가이드", "규칙", "목표",
                "좋은 Objective의 특징", "Objective 예시", "주간 체크인", "핵심 가치"),
    "id": Words("Objective", "Key Result", "Langkah", "Langkah demi langkah", "Aturan", "tujuan",
                "Ciri Objective yang baik", "Contoh Objective", "Check-in mingguan", "Nilai"),
    "zh": Words("目标", "关键结果", "步骤", "分步指南", "规则", "目标", "好的 Objective 的特征",
                "Objective 示例", "每周检查", "核心价值观"),
}  # fmt: skip
VARIANTS = {
    "spaced_ids": ("h3", "h2", "word_id", "no_initiatives", "no_sections", "kr_spaced_id"),
    "html_table": ("rowspan", "one_row_each", "quoted", "one_line_rows", "no_thead"),
    "term_guide": ("case_last", "checklist_after", "no_note"),
    "steps_then_labels": ("dash", "colon", "numbered_steps"),
    "closing_rules": ("bullets", "numbered", "table"),
}


def tree_for(seed: int, objectives: int, key_results: int, language: str) -> Tree:
    """Return a tree with key-result texts only (no owners, scores or statuses)."""
    drawn = sample_tree(seed, objectives, key_results, language)
    return Tree(
        tuple(
            Objective(o.title, tuple(KeyResult(kr.text) for kr in o.key_results))
            for o in drawn.objectives
        )
    )


def _spaced_ids(tree: Tree, words: Words, variant: str) -> list[str]:
    level = 2 if variant == "h2" else 3
    lines = []
    if variant != "no_sections":
        lines += [f"## {words.values}",
                  "The core values of the community are openness and inclusivity. Everyone is "
                  "treated as an equal, as reflected in the following aspects:", "",
                  "1. The community follows the model of open-source foundations. Anyone who "
                  "contributes is a contributor and may become a committer.", "",
                  "2. All OKRs, roadmaps and meetings are completely open. Everyone can see and "
                  "join them.", "", "## 2023 OKRs"] if level == 3 else []  # fmt: skip
    for i, o in enumerate(tree.objectives, 1):
        marker = f"{words.objective} {i}" if variant == "word_id" else f"O{i}"
        lines += [f"{'#' * level} {marker}  {o.title}", ""]
        for j, kr in enumerate(o.key_results, 1):
            kr_marker = f"KR {j}" if variant == "kr_spaced_id" else f"KR{j}"
            lines.append(f"{'#' * (level + 1)} {kr_marker}  {kr.text}")
            if variant != "no_initiatives":
                lines += [f"**KR{j}.1**  Run 5 advocacy events and 5 article shares.<br />",
                          f"**KR{j}.2**  Establish a collaboration mechanism with 2+ courses.",
                          ""]  # fmt: skip
    if variant != "no_sections":
        lines += ["", "## RoadMap", "",
                  "- Aug 2023  Complete deployment verification and a compatibility baseline.",
                  "- Sep 2023  Release version 0.5 of the operations system.",
                  "- Dec 2023  Onboard 5+ companies for real use, with 10+ contributors."]  # fmt: skip
    return lines


def _html_table(tree: Tree, words: Words, variant: str) -> list[str]:
    q = '"' if variant == "quoted" else ""
    span = 1 if variant == "one_row_each" else 2
    rows: list[list[str]] = []
    for i, o in enumerate(tree.objectives, 1):
        for j, kr in enumerate(o.key_results, 1):
            first = []
            if j == 1:
                first = [f"<td rowspan={q}{span * len(o.key_results)}{q}>O{i} {o.title}</td>"]
            kr_cell = f"<td rowspan={q}{span}{q}>KR{j}: {kr.text}</td>" if span > 1 else (
                f"<td>KR{j}: {kr.text}</td>")  # fmt: skip
            rows.append([*first, kr_cell, "<td>L3 Name A</td>"])
            if span > 1:
                rows.append(["<td>L3 Name B</td>"])
    # "Objective 目标": the column's name glossed in another script, where the page has one
    gloss = f" {words.term_note}" if not words.term_note.isascii() else ""
    head = [f"<th>{words.objective}{gloss}</th>", "<th>Key Results</th>", "<th>Notes</th>"]
    lines = ["<table>"]
    if variant != "no_thead":
        lines += ["    <thead>"]
    lines += ["        <tr>", *[f"            {c}" for c in head], "        </tr>"]
    if variant != "no_thead":
        lines += ["    </thead>", "    <tbody>"]
    for row in rows:
        if variant == "one_line_rows":
            lines.append("        <tr>" + "".join(row) + "</tr>")
        else:
            lines += ["        <tr>", *[f"            {c}" for c in row], "        </tr>"]
    if variant != "no_thead":
        lines.append("    </tbody>")
    lines.append("</table>")
    return ["## Family OKRs", "", "### 2021 plan", *lines, "", "### Method", "",
            "tips: practise in your own situation; others' problems may be yours too."]  # fmt: skip


def _term_guide(tree: Tree, words: Words, variant: str) -> list[str]:
    note = "" if variant == "no_note" else f" ({words.term_note})"
    primer = [
        "## Structure", "", f"### 🎯 Objective{note}", "", f"**{words.good_objective}**",
        "- Inspirational: motivating", "- Qualitative: easy to remember",
        "- Time-bound: with a clear deadline", "", f"**{words.objective_examples}**",
        '- ✅ "Build the best onboarding in the industry"', '- ❌ "Grow revenue" (too vague)', "",
        "### 📊 Key Results", "", "**Measurable kinds**", "1. **Growth**: from X to Y",
        "2. **Quality**: error rate under X%", "", "## Tracking", "", f"**{words.weekly}**",
        "- Share progress", "- Spot blockers", "", "**Confidence Score (0-10)**",
        "- 10: almost certain", "- 5-6: challenging (sweet spot)", "- 0-2: moonshot", "",
        "**Do's**", "- Share openly", "- Celebrate 70% achievement", "", "**Don'ts**",
        "- Tie to performance reviews", "- Too many OKRs (3-5)", "",
    ]  # fmt: skip
    case = ["## Case study", ""]
    for o in tree.objectives:
        case += [f'**Objective**: "{o.title}"', "", "**Key Results**:"]
        case += [f"- {kr.text}" for kr in o.key_results]
        case += ["", "**Result**: the strategy changed, long-term growth followed.", ""]
    after = []
    if variant == "checklist_after":
        after = ["## Checklist", "", "- [ ] Is the objective inspiring?",
                 "- [ ] Are the key results measurable?", "", "## Related",
                 "- [KPI design](../goals-metrics/)"]  # fmt: skip
    return [*primer, *case, *after]


def _steps_then_labels(tree: Tree, words: Words, variant: str) -> list[str]:
    sep = ":" if variant == "colon" else " –"
    steps = [f"{words.step} {n}{sep} {text}" for n, text in enumerate(
        ["Determine the organisation's big objective for the year",
         "Split the most important objectives for the next quarter (up to 3)",
         "Create 3 to 5 key results (at most) for the quarter's objectives",
         "Measure the key results weekly"], 1)]  # fmt: skip
    marks = ["1.", "2.", "3.", "4."] if variant == "numbered_steps" else ["*"] * 4
    lines = [
        "## " + words.steps_title,
        "",
        *[f"{m} {s}" for m, s in zip(marks, steps, strict=True)],
        "",
    ]
    lines += ["## OKR", "", "Here is an example for a fictitious software company that bills "
              "R$100.000 a month. In that case we could have the following OKR:", ""]  # fmt: skip
    for o in tree.objectives:
        lines.append(f"* {words.objective}{sep} {o.title}")
        lines += [
            f"* {words.key_result} {j}{sep} {kr.text}" for j, kr in enumerate(o.key_results, 1)
        ]
        lines.append("")
    lines += ["All these results are measurable and will be pursued over the next quarter."]
    return lines


def _closing_rules(tree: Tree, words: Words, variant: str) -> list[str]:
    rules = ["* 1 Pomodoro = 25 minutes", "* Follow the order (do not skip)"]
    lines = ["Method:", "", *rules, "", "---", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"## {words.objective} {i}: {o.title}", ""]
        if variant == "table":
            lines += ["| Pomodoro | Focus | Key Result | Time |", "|---|---|---|---|"]
            lines += [
                f"| {j} | Part {j} | {kr.text} | 5m |" for j, kr in enumerate(o.key_results, 1)
            ]
        elif variant == "numbered":
            lines += [f"{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        else:
            lines += [f"- {kr.text}" for kr in o.key_results]
        lines += ["", "---", ""]
    return [*lines, f"## {words.rules}", "", *rules]


RENDER = {
    "spaced_ids": _spaced_ids,
    "html_table": _html_table,
    "term_guide": _term_guide,
    "steps_then_labels": _steps_then_labels,
    "closing_rules": _closing_rules,
}
# How many objectives a family's page holds (the guide's case study: one)
_OBJECTIVES = {"term_guide": (1,)}


def render(tree: Tree, family: str, language: str, variant: str) -> str:
    """Return the page of a tree in one family's shape."""
    lines = ["# OKR", "", *RENDER[family](tree, WORDS[language], variant)]
    return "\n".join(lines).rstrip() + "\n"


def cases() -> list[tuple[str, str, str, int, int, int]]:
    """Return (family, language, variant, seed, objectives, key results) for every case."""
    return family_grid(FAMILIES, WORDS, VARIANTS, _OBJECTIVES)


def case(family: str, language: str, variant: str, seed: int, objectives: int, krs: int):
    """Return (document text, expected tree) of one case."""
    tree = tree_for(seed, objectives, krs, language)
    return render(tree, family, language, variant), expected(tree)
