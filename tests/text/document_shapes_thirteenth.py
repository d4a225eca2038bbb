"""Three whole-document families of the thirteenth round (issue 15), the tree known by
construction (test-side only, never shipped).

Each family writes a tree drawn by `sample_tree` (tests/text/document_shapes.py) in one page
shape, in several languages, with variants:

- `emoji_status`: "## Objective N: …" over "#### KR N.M: …" headings, each over a field list
  ("- **Progress:** 7.4%" / "- **Status:** 🟡 At Risk"): the status written after its emoji.
- `footer_fields`: "## Objective N: …" sections, then a closing "---" footer of the page's own
  metadata ("Last updated: …" / "Owner: CKO / Governance" / "Version: 1.0"): the footer's owner
  is the page's, not the last objective's.
- `closing_advice`: a template page of "**Objective:** …" / "**Key Results:**" lists, then a
  "### Common Mistakes" section of advice bullets: advice, no objective.
- `example_primer`: a primer's "## Objective" and "## Key Results" sections, each a list of what
  the term means ("- no numbers") then "Example: …" (the objective) or "Example:" over the key
  results ("1) …"): the examples are the OKR, the definitions context.
- `quoted_tree`: a blog post whose one OKR tree is a blockquote of nested marked items ("> - **Objetivo
  1**: …" / ">   - **Resultado clave 1.1**: …" / ">     - **Iniciativa 1.1.1**: …"), after a quoted
  list defining the terms ("> - **Objetivo**: Dónde queremos llegar") and before a quoted citation.
- `backticked_labels`: an article whose examples are "`Objective` - …" / "<br>`Objective`- …" lines
  over "<br>`Key Results`" and a list, after two questions defining the terms ("<br>  + Mục tiêu
  (Objective): Tôi muốn đi đâu?" / "<br>  + … (Key Result): Tôi đến đó bằng cách nào?").
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

FAMILIES = (
    "emoji_status",
    "footer_fields",
    "closing_advice",
    "example_primer",
    "quoted_tree",
    "backticked_labels",
)


@dataclass(frozen=True)
class Words:
    """A language's words for the three families."""

    objective: str  # "Objetivo"
    key_results: str  # "Resultados clave"
    progress: str  # the progress field ("Progreso")
    status: str  # the status field ("Estado")
    updated: str  # "Última actualización"
    version: str  # "Versión"
    mistakes: str  # "Errores comunes"
    practices: str  # "Buenas prácticas"
    example: str  # "Ejemplo"
    definitions: tuple[str, str]  # what an objective is, what a key result is
    key_result: str  # "Resultado clave"
    initiative: str  # "Iniciativa"


WORDS: dict[str, Words] = {
    "en": Words("Objective", "Key Results", "Progress", "Status", "Last updated", "Version",
                "Common Mistakes", "Best Practices", "Example",
                ("a qualitative + finite vision to aim for", "a measurement instrument"), "Key Result", "Initiative"),
    "es": Words("Objetivo", "Resultados clave", "Progreso", "Estado", "Última actualización",
                "Versión", "Errores comunes", "Buenas prácticas", "Ejemplo",
                ("una visión cualitativa a la que apuntar", "un instrumento de medida"), "Resultado clave", "Iniciativa"),
    "pt": Words("Objetivo", "Resultados-chave", "Progresso", "Status", "Última atualização",
                "Versão", "Erros comuns", "Boas práticas", "Exemplo",
                ("uma visão qualitativa para mirar", "um instrumento de medida"), "Resultado-chave", "Iniciativa"),
    "fr": Words("Objectif", "Résultats clés", "Progression", "Statut", "Dernière mise à jour",
                "Version", "Erreurs courantes", "Bonnes pratiques", "Exemple",
                ("une vision qualitative à viser", "un instrument de mesure"), "Résultat clé", "Initiative"),
    "de": Words("Ziel", "Schlüsselergebnisse", "Fortschritt", "Status", "Zuletzt aktualisiert",
                "Version", "Häufige Fehler", "Best Practices", "Beispiel",
                ("eine qualitative Vision als Ziel", "ein Messinstrument"), "Schlüsselergebnis", "Initiative"),
    "it": Words("Obiettivo", "Risultati chiave", "Progresso", "Stato", "Ultimo aggiornamento",
                "Versione", "Errori comuni", "Buone pratiche", "Esempio",
                ("una visione qualitativa a cui puntare", "uno strumento di misura"), "Risultato chiave", "Iniziativa"),
    # twentieth round: the same shapes in Dutch and Swedish
    "nl": Words("Doelstelling", "Kernresultaten", "Voortgang", "Status", "Laatst bijgewerkt",
                "Versie", "Veelgemaakte fouten", "Goede praktijken", "Voorbeeld",
                ("een kwalitatieve visie om naar te streven", "een meetinstrument"), "Kernresultaat", "Initiatief"),
    "sv": Words("Mål", "Nyckelresultat", "Framsteg", "Status", "Senast uppdaterad",
                "Version", "Vanliga misstag", "Bästa praxis", "Exempel",
                ("en kvalitativ vision att sikta mot", "ett mätinstrument"), "Nyckelresultat", "Initiativ"),
}  # fmt: skip
VARIANTS = {
    "emoji_status": ("bold_items", "plain_items", "status_first", "bold_lines"),
    "footer_fields": ("owner_second", "owner_first", "owner_last", "bold_footer"),
    "closing_advice": ("mistakes", "practices", "numbered", "mistakes_h2"),
    "example_primer": ("numbered_paren", "bullets", "example_next_line", "bold_example", "h3"),
    "quoted_tree": ("initiatives", "no_initiatives", "star_bullets", "four_spaces", "plain_labels"),
    "backticked_labels": ("br_lines", "plain_lines", "spaced_dash", "colon", "no_questions"),
}
# The questions an article defines the terms with, in its language and English
_QUESTIONS = {
    "en": ("Goal (Objective): Where do I want to go?", "Result (Key Result): How do I get there?"),
    "es": ("Meta (Objective): ¿A dónde quiero llegar?", "Resultado (Key Result): ¿Cómo llego?"),
    "pt": ("Meta (Objective): Aonde quero chegar?", "Resultado (Key Result): Como chego lá?"),
    "fr": ("But (Objective): Où est-ce que je veux aller ?", "Résultat (Key Result): Comment ?"),
    "de": ("Ziel (Objective): Wohin will ich?", "Ergebnis (Key Result): Wie komme ich dahin?"),
    "it": ("Meta (Objective): Dove voglio andare?", "Risultato (Key Result): Come ci arrivo?"),
    "nl": ("Doel (Objective): Waar wil ik heen?", "Resultaat (Key Result): Hoe kom ik daar?"),
    "sv": ("Mål (Objective): Vart vill jag?", "Resultat (Key Result): Hur kommer jag dit?"),
}
_STATUSES = (("🟡", "At Risk"), ("🟢", "On Track"), ("🔴", "Off Track"), ("🟢", "Completed"))
_ADVICE = (
    "Setting too many OKRs (stick to 3-5 objectives)",
    "Making OKRs too easy (aim for 60-70% achievement)",
    "Confusing OKRs with tasks (OKRs measure outcomes)",
    "Not tracking progress weekly",
)


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with key-result texts, and the scores and statuses the family reports."""
    drawn = sample_tree(seed, objectives, key_results, language)
    out = []
    for i, o in enumerate(drawn.objectives):
        krs = []
        for j, kr in enumerate(o.key_results):
            if family == "emoji_status":
                status = _STATUSES[(seed + i + j) % len(_STATUSES)][1]
                krs.append(KeyResult(kr.text, score=(5 + 10 * j) / 100, status=status))
            else:
                krs.append(KeyResult(kr.text))
        out.append(Objective(o.title, tuple(krs)))
    return Tree(tuple(out))


def _emoji_status(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = []
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"## {words.objective} {i}: {o.title}", "", f"### {words.key_results}", ""]
        for j, kr in enumerate(o.key_results, 1):
            emoji = _STATUSES[(seed + i - 1 + j - 1) % len(_STATUSES)][0]
            progress = f"{round(kr.score * 100)}%"
            status = f"{emoji} {kr.status}"
            if variant == "plain_items":
                fields = [f"- {words.progress}: {progress}", f"- {words.status}: {status}"]
            elif variant == "bold_lines":
                fields = [f"**{words.progress}:** {progress}  ", f"**{words.status}:** {status}"]
            else:
                fields = [f"- **{words.progress}:** {progress}", f"- **{words.status}:** {status}"]
                if variant == "status_first":
                    fields.reverse()
            baseline = "- Baseline: 12" if variant == "plain_items" else "- **Baseline:** 12"
            lines += [f"#### KR{i}.{j}: {kr.text}", baseline, *fields, ""]
    return lines


def _footer_fields(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = []
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"## {words.objective} {i}: {o.title}"]
        lines += [f"- KR{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines.append("")
    updated, owner, version = (
        f"{words.updated}: {{{{FECHA}}}}",
        "Owner: CKO / Governance",
        f"{words.version}: 1.0",
    )
    footer = {
        "owner_first": [owner, updated, version],
        "owner_last": [updated, version, owner],
    }.get(variant, [updated, owner, version])
    if variant == "bold_footer":
        footer = [f"**{line.replace(': ', ':** ', 1)}  " for line in footer]
    return [*lines, "---", *footer]


def _closing_advice(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = ["## OKR Templates", ""]
    for o in tree.objectives:
        lines += [f"**{words.objective}:** {o.title}", "", f"**{words.key_results}:**"]
        lines += [f"- KR{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines += ["", "---", ""]
    level = "##" if variant == "mistakes_h2" else "###"
    title = words.practices if variant == "practices" else words.mistakes
    if variant == "numbered":
        advice = [f"{n}. {text}" for n, text in enumerate(_ADVICE, 1)]
    else:
        advice = [f"- {text}" for text in _ADVICE]
    return [*lines, f"{level} {title}", *advice]


def _example_primer(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    level = "###" if variant == "h3" else "##"
    example = f"**{words.example}:**" if variant == "bold_example" else f"{words.example}:"
    o = tree.objectives[0]
    what_objective, what_kr = words.definitions
    lines = ["Methodology to fix a vision and some measurable outcomes to judge on success.", ""]
    lines += [f"{level} {words.objective}", "", f"- {what_objective}", "- very explicit",
              "- no numbers", "- have a deadline (6 or 12 weeks)", ""]  # fmt: skip
    if variant == "example_next_line":
        lines += [example, o.title, ""]
    else:
        lines += [f"{example} {o.title}", ""]
    lines += [f"{level} {words.key_results}", "", f"- {what_kr}", "- a success criteria",
              "- aim for about 70% as a satisfying measurement", "", f"{example} "]  # fmt: skip
    for j, kr in enumerate(o.key_results, 1):
        lines.append(f"- {kr.text}" if variant == "bullets" else f"{j}) {kr.text}")
    return [*lines, "", "For each key-result, compute the result over time"]


def _quoted_tree(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    bullet = "*" if variant == "star_bullets" else "-"
    step = "    " if variant == "four_spaces" else "  "

    def label(text: str) -> str:
        return text if variant == "plain_labels" else f"**{text}**"

    lines = ["A methodology that is simple once tried.", "",
             f"> {bullet} {label(words.objective)}: where we want to go",
             f"> {bullet} {label(words.key_result)}: how we measure progress", "",
             "Objectives and key results must be within our influence.", "",
             f"{words.example}:", ""]  # fmt: skip
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"> {bullet} {label(f'{words.objective} {i}')}: {o.title}")
        for j, kr in enumerate(o.key_results, 1):
            lines.append(f">{step} {bullet} {label(f'{words.key_result} {i}.{j}')}: {kr.text}")
            if variant != "no_initiatives":
                lines += [
                    f">{step * 2} {bullet} {label(f'{words.initiative} {i}.{j}.{k}')}: step {k}"
                    for k in (1, 2)
                ]
    return [*lines, "", "## Priorities", "", '> _"Urgent is seldom important."_', "> D. Eisenhower"]


def _language(words: Words) -> str:
    return next(key for key, known in WORDS.items() if known is words)


def _backticked_labels(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    br = "" if variant == "plain_lines" else "<br>"
    lines = ["## 1. What are OKRs?", "", "OKRs are built around two questions:"]
    if variant != "no_questions":
        lines += [f"<br>  + {question}" for question in _QUESTIONS[_language(words)]]
    lines += ["", "## 5. OKR examples", "", "*1. Project Management OKRs Examples*", ""]
    sep = {"spaced_dash": " - ", "colon": ": "}.get(variant, "- ")
    for i, o in enumerate(tree.objectives):
        if i:  # "*2. Engineering OKRs Examples*": a category line after the list above
            lines += [f"*{i + 1}. Engineering OKRs Examples*", ""]
        lines += [f"{br if i else ''}`Objective`{sep}{o.title} ", f"{br}`Key Results`"]
        lines += [f"- {kr.text}" for kr in o.key_results]
        lines += ["", ""]
    return [
        *lines,
        "## The end",
        "Thanks for reading!",
        "",
        "Reference :",
        "<br>https://example.com/okr",
    ]


RENDER = {
    "emoji_status": _emoji_status,
    "footer_fields": _footer_fields,
    "closing_advice": _closing_advice,
    "example_primer": _example_primer,
    "quoted_tree": _quoted_tree,
    "backticked_labels": _backticked_labels,
}
# How many objectives a family's page holds (the primer's example: one)
_OBJECTIVES = {"example_primer": (1, 1, 1)}


SHAPES = RoundShapes(
    "thirteenth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for, _OBJECTIVES, heading=("# OKRs", "")
)
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
