"""Whole-document families of the fifteenth round (issue 15), the tree known by construction
(test-side only, never shipped). Each family writes a tree drawn by `sample_tree`
(tests/text/document_shapes.py) in one page shape of the round-13 documents, in several
languages, with variants:

- `goal_lines`: a planning note of "## Objective N: …" headings, each followed at once by a bold
  "**Goal**: …" line (the objective's aim in one sentence, "Reduce overhead by 50%.") and then
  "- **KR N**: …" bullets: the goal line is neither the title nor a key result, and the bullets
  under it are the objective's key results.
- `layer_headings`: a blog post whose intro asks "What are you trying to achieve? (Objective)" /
  "How will you achieve it? (Key results)", then example OKRs under "####Example … OKRs
  (Individual)" / "(Team)" / "(Department)" headings, "**Objective:** …" paragraphs over
  "- Key Result: …" bullets: the layer in parentheses names no owner.
- `anchored_pages`: a translated docs page whose headings carry empty HTML anchors
  ('## <a name="examples-of-okrs"></a>OKR examples'), an overview section that defines the two
  terms in a "**Objective:** …" / "**Key results:** …" pair of label paragraphs, then numbered
  "**Objective N:** …" paragraphs, each over "**Key results:**" and a list numbered "1." on
  every item (Markdown's auto-numbering), and a "Next steps" section: the anchors are markup,
  the definitions context.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    RoundShapes,
    Tree,
    sample_tree,
)

FAMILIES = ("goal_lines", "layer_headings", "anchored_pages", "team_table", "score_sheet")


@dataclass(frozen=True)
class Words:
    """A language's words for the families."""

    objective: str  # "Objective", as the page labels it
    key_results: str  # "Key results"
    goal: str  # the label of an objective's one-sentence aim ("Goal")
    layers: tuple[str, ...]  # the layers a heading's parenthesis names ("Individual", "Team")
    question: tuple[str, str]  # the intro's two questions
    definitions: tuple[str, str]  # what an objective and key results are, in a few words
    examples: str  # "OKR examples"
    table: tuple[str, str]  # a summary table's team and objective columns


WORDS: dict[str, Words] = {
    "en": Words("Objective", "Key results", "Goal", ("Individual", "Team", "Department"),
                ("What are you trying to achieve?", "How will you achieve it?"),
                ("Clarity and intent.", "Measures of success within the quarter."),
                "Examples of OKRs", ("Team", "Objective")),
    "es": Words("Objetivo", "Resultados clave", "Propósito", ("Individual", "Equipo", "Departamento"),
                ("¿Qué quieres lograr?", "¿Cómo lo vas a lograr?"),
                ("Claridad e intención.", "Medidas del éxito en el trimestre."),
                "Ejemplos de OKR", ("Equipo", "Objetivo")),
    "pt": Words("Objetivo", "Resultados-chave", "Propósito", ("Individual", "Equipe", "Departamento"),
                ("O que você quer alcançar?", "Como vai alcançar?"),
                ("Clareza e intenção.", "Medidas de sucesso no trimestre."),
                "Exemplos de OKRs", ("Equipe", "Objetivo")),
    "fr": Words("Objectif", "Résultats clés", "But", ("Individuel", "Equipe", "Département"),
                ("Que voulez-vous accomplir ?", "Comment allez-vous y parvenir ?"),
                ("Clarté et intention.", "Mesures du succès dans le trimestre."),
                "Exemples d'OKR", ("Équipe", "Objectif")),
    "de": Words("Objective", "Key Results", "Zweck", ("Individuell", "Team", "Abteilung"),
                ("Was wollen Sie erreichen?", "Wie werden Sie es erreichen?"),
                ("Klarheit und Absicht.", "Erfolgsmaßstäbe innerhalb des Quartals."),
                "OKR-Beispiele", ("Abteilung", "Ziel")),
    # twentieth round: the same shapes in Italian and Dutch
    "it": Words("Obiettivo", "Risultati chiave", "Scopo", ("Individuale", "Team", "Reparto"),
                ("Che cosa vuoi ottenere?", "Come lo otterrai?"),
                ("Chiarezza e intenzione.", "Misure del successo nel trimestre."),
                "Esempi di OKR", ("Team", "Obiettivo")),
    "nl": Words("Doelstelling", "Kernresultaten", "Doel", ("Individueel", "Team", "Afdeling"),
                ("Wat wil je bereiken?", "Hoe ga je dat bereiken?"),
                ("Helderheid en bedoeling.", "Maatstaven voor succes binnen het kwartaal."),
                "Voorbeelden van OKR's", ("Team", "Doelstelling")),
}  # fmt: skip
VARIANTS = {
    "goal_lines": ("bold_colon_after", "bold_colon_inside", "aim_label", "kr_ids", "front_matter"),
    "layer_headings": ("no_space", "spaced", "h3", "team_first", "dash_bullets"),
    "anchored_pages": ("name_anchor", "id_anchor", "no_definitions", "dash_items", "ordered"),
    "team_table": ("headline_kr", "main_kr", "key_result", "squad", "first_without_context"),
    "score_sheet": ("obj_ids", "o_ids", "objective_ids", "blank_scores", "no_average"),
}
_AIMS = ("Reduce manual administrative overhead by 50%.",
         "Make work fun and rewarding to increase retention.",
         "Ensure the system is trusted and always available.")  # fmt: skip


def _usable(text: str) -> bool:
    """A drawn key result the families can write as is (no label of its own, no HTML)."""
    return (
        "<" not in text
        and not any(c in text for c in ":|")
        and not text.startswith(("*", "#", "1."))
    )


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with key-result texts as the family writes them."""
    drawn = sample_tree(seed, objectives, key_results + 30, language)
    out = []
    for i, o in enumerate(drawn.objectives):
        texts = [kr.text for kr in o.key_results if _usable(kr.text)][:key_results]
        if family == "team_table" and objectives > 1 and i == objectives - 1:
            # the summary table's row: a team, its objective, one headline key result
            joined = _JOINED[(seed + i) % len(_JOINED)]
            out.append(Objective(o.title, (KeyResult(joined),), _TEAMS[(seed + i) % 4]))
            continue
        if family == "score_sheet":
            owners = [_HANDLES[(seed + i + j) % len(_HANDLES)] for j in range(len(texts))]
            out.append(Objective(o.title, tuple(map(KeyResult, texts, owners))))
            continue
        out.append(Objective(o.title, tuple(KeyResult(t) for t in texts)))
    return Tree(tuple(out))


def _goal_lines(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = []
    if variant == "front_matter":
        lines = ["---", "id: OKRs", "type: okr", "linked-to: [[Planning-MOC]]", "---", ""]
    lines += ["# Objectives and Key Results (OKRs) - 2026", ""]
    goal = "Aim" if variant == "aim_label" else words.goal
    for i, o in enumerate(tree.objectives, 1):
        aim = _AIMS[(seed + i) % len(_AIMS)]
        label = f"**{goal}:**" if variant == "bold_colon_inside" else f"**{goal}**:"
        lines += [f"## {words.objective} {i}: {o.title}", f"{label} {aim}"]
        for j, kr in enumerate(o.key_results, 1):
            ident = f"KR {i}.{j}" if variant == "kr_ids" else f"KR {j}"
            lines.append(f"- **{ident}**: {kr.text}")
        lines.append("")
    return lines


def _layer_headings(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    ask, how = words.question
    lines = ["OKRs answer two questions:", "", f"- {ask} ({words.objective})",
             f"- {how} ({words.key_results})", "", "##Example OKRs and a template",
             "Here are some example OKRs, from team to individuals.", ""]  # fmt: skip
    hashes = {"no_space": "####", "spaced": "#### ", "h3": "### "}.get(variant, "####")
    layers = words.layers[1:] + words.layers[:1] if variant == "team_first" else words.layers
    bullet = "*" if variant == "dash_bullets" else "-"
    for i, o in enumerate(tree.objectives):
        layer = layers[(seed + i) % len(layers)]
        lines += [f"{hashes}Example Marketing OKRs ({layer})", "",
                  f"**{words.objective}:** {o.title}"]  # fmt: skip
        lines += [f"{bullet} Key Result: {kr.text}" for kr in o.key_results] + [""]
    return [*lines, "Remember, objectives and key results should be tailored.", "",
            "##Tracking and Grading OKRs", "", "Grade each key result from 0 to 1."]  # fmt: skip


def _anchor(variant: str, slug: str) -> str:
    return f'<a id="{slug}"></a>' if variant == "id_anchor" else f'<a name="{slug}"></a>'


def _anchored_pages(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = [f"# {_anchor(variant, 'measure-outcomes')}Measure business outcomes with OKRs", "",
             "Modern management needs modern measures.", "",
             f"## {_anchor(variant, 'overview')}Overview of objectives and key results", "",
             "Many organisations adopt OKRs.", ""]  # fmt: skip
    if variant != "no_definitions":
        what, measures = words.definitions
        lines += [f"**{words.objective}:** {what}", "", f"**{words.key_results}:** {measures}",
                  "", "OKRs are set every quarter.", ""]  # fmt: skip
    lines += [f"## {_anchor(variant, 'examples-of-okrs')}{words.examples}", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"**{words.objective} {i}:** {o.title}", "", f"**{words.key_results}:**", ""]
        for j, kr in enumerate(o.key_results, 1):
            marker = {"dash_items": "-", "ordered": f"{j}."}.get(variant, "1.")
            lines.append(f"{marker} {kr.text}")
        lines.append("")
    return [*lines, f"## {_anchor(variant, 'next-steps')}Next steps", "",
            "**Step 1: Learn:** read the guide.", "", "**Step 2: Align:** share the OKRs."]  # fmt: skip


_TEAMS = ("Engineering", "GTM", "Product", "Operations")
_JOINED = ("Helio Learn GA; 5 custom-model customers", "P50 latency <1.2s; cost per user <$4/mo",
           "Monthly close by day 5; renewal rate 100% this Q")  # fmt: skip


def _team_table(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    company, teams = tree.objectives[:-1] or tree.objectives, tree.objectives[-1:]
    if len(tree.objectives) == 1:
        company, teams = tree.objectives, ()
    lines = ["# Sample OKR Document — Q2 2026", "", "**Company:** Helio (a hypothetical CRM)",
             "**Stage:** Seed, 11 people, $1.8M ARR", "", "---", "",
             "## Q2 OKRs (company level)", ""]  # fmt: skip
    for i, o in enumerate(company, 1):
        lines += [f"### {words.objective} {i}: {o.title}", ""]
        if not (variant == "first_without_context" and i == 1):
            lines += ["Until Q1, growth was founder-led. This quarter we prove it.", ""]
        lines += [f"**KR{i}.{j}:** {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines += ["", "**Bets to achieve:**", "- Formalize the playbook (weekly coaching)",
                  "- Launch two outbound sequences", "", "**Risks:**", "- One AE is a small sample",
                  "", "---", ""]  # fmt: skip
    team_word, objective_word = words.table
    team_word = "Squad" if variant == "squad" else team_word
    kr_word = {"main_kr": "Main KR", "key_result": "Key Result"}.get(variant, "Headline KR")
    lines += ["## Team-level objectives (summary)", "",
              f"| {team_word} | {objective_word} | {kr_word} |", "|------|------|------|"]  # fmt: skip
    for o in teams:
        lines.append(f"| {o.owner} | {o.title} | {o.key_results[0].text} |")
    return [*lines, "", "## Scoring rubric", "", "Each KR scored 0.0-1.0 at end of quarter:",
            "- 1.0 = hit or exceeded target", "- 0.7 = acceptable, just missed"]  # fmt: skip


_HANDLES = ("@pm-growth", "@eng-lead", "@marketing")


def _score_sheet(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = ["# Growth Team OKRs — Q2 2025", "",
             '_Ladders up to Company Objective: "Accelerate path to $10M ARR"_', ""]  # fmt: skip
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"## {words.objective} {i}: {o.title}", "", "### Key Results",
                  "| # | Key Result | Baseline | Target | Confidence | Owner |",
                  "|---|---|---|---|---|---|"]  # fmt: skip
        lines += [f"| KR{j} | {kr.text} | 23% | 40% | 60% | {kr.owner} |"
                  for j, kr in enumerate(o.key_results, 1)]  # fmt: skip
        lines += ["", "### Leading Indicators (check weekly)",
                  "| Indicator | Current | Healthy Range | Alert If |", "|---|---|---|---|",
                  "| Onboarding step 3 completion | 58% | 65-80% | Below 55% |", "",
                  "### Guardrail Metrics", "| Metric | Current | Must Stay Above |",
                  "|---|---|---|", "| Trial-to-paid conversion | 8.2% | 7.0% |", "", "---", ""]  # fmt: skip
    lines += ["## Scoring (End of Quarter)", "", "| Objective | KR | Score | Notes |",
              "|---|---|---|---|"]  # fmt: skip
    ident = {"o_ids": "O{}", "objective_ids": f"{words.objective} {{}}"}.get(variant, "Obj {}")
    blank = "" if variant == "blank_scores" else "/1.0"
    for i, o in enumerate(tree.objectives, 1):
        for j, kr in enumerate(o.key_results, 1):
            short = " ".join(kr.text.split()[:2])
            lines.append(f"| {ident.format(i)} | KR{j}: {short} | {blank} | |")
    if variant != "no_average":
        lines.append(f"| **Average** | | **{blank}** | Target: 0.6-0.7 |")
    return [*lines, "", "*Generated with the OKR Generator Skill.*"]


RENDER = {
    "goal_lines": _goal_lines,
    "layer_headings": _layer_headings,
    "anchored_pages": _anchored_pages,
    "team_table": _team_table,
    "score_sheet": _score_sheet,
}


SHAPES = RoundShapes("fifteenth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for)
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
