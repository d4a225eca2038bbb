"""Whole-document families of the sixteenth round (issue 15), the tree known by construction
(test-side only, never shipped). Each family writes a tree drawn by `sample_tree`
(tests/text/document_shapes.py) in one page shape of the round-14 documents, in several
languages, with variants:

- `defined_example`: a handbook section that defines the two terms in a pair of bold label
  lines ("**Objective:** Qualitative, inspirational, time-bound" / "**Key Results:**
  Quantitative, measurable, verifiable"), then gives its example OKR as "Example:" over
  "- Objective: …" / "- KR1: …" bullets, or inside a code fence ("Objective: …" over indented
  "  KR1: …" lines) between a fenced cascade tree and a "**Scoring:**" legend, then a list of
  common traps: the definitions are context, the example is the page's OKR.
- `fenced_key_results`: a team page of YAML fences (roles, then metrics as "Reliability:" over
  "  - Platform uptime: > 99.9%"), then "### Objective N: …" headings, each over a fence of
  "Key Results:" and "  - KR1: …" items, then more fences (ceremonies): the headings own the
  fenced key results, the metric fences hold no OKR.
- `progress_lines`: a postmortem blog post of "# Objective: …" headings over prose, each key
  result an HTML "<h2>" / "  Key result: …" / "</h2>" block followed by a line that reports its
  progress (a template call "{{template "progress" (map "Value" 75 …)}}", a shortcode, or an
  HTML "<progress value=…>"), then prose: the progress, out of 100, is the key result's score.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    RoundShapes,
    Tree,
    sample_tree,
)

FAMILIES = ("defined_example", "fenced_key_results", "progress_lines")


@dataclass(frozen=True)
class Words:
    """A language's words for the families."""

    objective: str  # "Objective", as the page labels it
    key_results: str  # "Key Results"
    key_result: str  # "Key result", one
    definitions: tuple[str, str]  # what an objective and key results are, a few adjectives
    example: str  # "Example"
    traps: tuple[str, str]  # a "Common traps" label and one trap
    metrics: tuple[str, str]  # a metric group and one metric ("Reliability", "Platform uptime")


WORDS: dict[str, Words] = {
    "en": Words("Objective", "Key Results", "Key result",
                ("Qualitative, inspirational, time-bound", "Quantitative, measurable, verifiable"),
                "Example", ("Common traps", "Key Results that are tasks, not outcomes"),
                ("Reliability", "Platform uptime")),
    "es": Words("Objetivo", "Resultados clave", "Resultado clave",
                ("Cualitativo, inspirador, con plazo", "Cuantitativos, medibles, verificables"),
                "Ejemplo", ("Errores comunes", "Resultados clave que son tareas"),
                ("Fiabilidad", "Disponibilidad de la plataforma")),
    "pt": Words("Objetivo", "Resultados-chave", "Resultado-chave",
                ("Qualitativo, inspirador, com prazo", "Quantitativos, mensuráveis, verificáveis"),
                "Exemplo", ("Armadilhas comuns", "Resultados-chave que são tarefas"),
                ("Confiabilidade", "Disponibilidade da plataforma")),
    "fr": Words("Objectif", "Résultats clés", "Résultat clé",
                ("Qualitatif, inspirant, daté", "Quantitatifs, mesurables, vérifiables"),
                "Exemple", ("Pièges courants", "Des résultats clés qui sont des tâches"),
                ("Fiabilité", "Disponibilité de la plateforme")),
    "de": Words("Objective", "Key Results", "Key Result",
                ("Qualitativ, inspirierend, terminiert", "Quantitativ, messbar, überprüfbar"),
                "Beispiel", ("Häufige Fehler", "Key Results, die Aufgaben sind"),
                ("Zuverlässigkeit", "Verfügbarkeit der Plattform")),
    # twentieth round: the same shapes in Italian and Dutch
    "it": Words("Obiettivo", "Risultati chiave", "Risultato chiave",
                ("Qualitativo, ispirante, con scadenza", "Quantitativi, misurabili, verificabili"),
                "Esempio", ("Errori comuni", "Risultati chiave che sono attività"),
                ("Affidabilità", "Disponibilità della piattaforma")),
    "nl": Words("Doelstelling", "Kernresultaten", "Kernresultaat",
                ("Kwalitatief, inspirerend, tijdgebonden", "Kwantitatief, meetbaar, controleerbaar"),
                "Voorbeeld", ("Veelgemaakte fouten", "Kernresultaten die taken zijn"),
                ("Betrouwbaarheid", "Beschikbaarheid van het platform")),
}  # fmt: skip
VARIANTS = {
    "defined_example": ("list", "list_blank", "fenced", "fenced_spaced", "list_key_result"),
    "fenced_key_results": ("yaml", "plain_fence", "no_metrics", "kr_label", "emoji_heading"),
    "progress_lines": ("template", "template_spaced", "shortcode", "html_progress", "h3"),
}
_SCORES = (100, 75, 0, 73, 38, 50)


def _usable(text: str) -> bool:
    """A drawn key result the families can write as is (no label of its own, no HTML)."""
    return (
        "<" not in text
        and not any(c in text for c in ":|#`{}")
        and not text.startswith(("*", "-", "1."))
    )


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with key-result texts as the family writes them."""
    drawn = sample_tree(seed, objectives, key_results + 30, language)
    out = []
    for i, o in enumerate(drawn.objectives):
        texts = [kr.text for kr in o.key_results if _usable(kr.text)][:key_results]
        krs = tuple(KeyResult(t) for t in texts)
        if family == "progress_lines":
            krs = tuple(
                replace(kr, score=_SCORES[(seed + i + j) % len(_SCORES)] / 100)
                for j, kr in enumerate(krs)
            )
        out.append(Objective(o.title, krs))
    return Tree(tuple(out))


def _defined_example(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    what, measures = words.definitions
    pair = [f"**{words.objective}:** {what}", f"**{words.key_results}:** {measures}"]
    if variant in ("list_blank", "fenced_spaced"):
        pair.insert(1, "")
    lines = ["# Operations & Metrics", "", "## OKRs (Objectives and Key Results)", "", *pair, ""]
    fenced = variant.startswith("fenced")
    if fenced:
        lines += ["### Cascade", "```", "Vision (10 years)", "  └── Mission (why we exist)",
                  "      └── Quarterly OKRs (team level)", "```", ""]  # fmt: skip
        lines.append("```")
    else:
        lines.append(f"{words.example}:")
    for o in tree.objectives:
        lines.append(
            f"{words.objective}: {o.title}" if fenced else f"- {words.objective}: {o.title}"
        )
        for j, kr in enumerate(o.key_results, 1):
            ident = f"{words.key_result}" if variant == "list_key_result" else f"KR{j}"
            lines.append(f"  {ident}: {kr.text}" if fenced else f"- {ident}: {kr.text}")
    if fenced:
        lines += ["```", "", "**Scoring:**", "- 0.0-0.3 = Red (failed)",
                  "- 0.4-0.6 = Yellow (progress)", "- 0.7-1.0 = Green (achieved)"]  # fmt: skip
    label, trap = words.traps
    return [*lines, "", f"**{label}:**", "- Too many OKRs (max 3-5 objectives)", f"- {trap}", "",
            "## Dashboard Design", "", "**Principles:**", "1. Few metrics that matter (5-7 max)",
            "2. Leading indicators, not just lagging"]  # fmt: skip


def _fenced_key_results(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    fence = "```" if variant == "plain_fence" else "```yaml"
    lines = ["# Equipo DevOps", "", "## Roles", "", "### 1. Platform Engineer", "",
             "**Focus**: Construir plataformas internas", "", fence, "Responsabilidades:",
             "  - Kubernetes platform management", "  - CI/CD pipelines como producto", "",
             "Seniority: Senior (5+ años)", "```", ""]  # fmt: skip
    if variant != "no_metrics":
        group, metric = words.metrics
        lines += ["## Métricas", "", fence, f"{group}:", f"  - {metric}: > 99.9%",
                  "  - Pipeline success rate: > 95%", "", "Cost:",
                  "  - Resource utilization: > 70%", "  - Waste elimination: Continuous", "```",
                  ""]  # fmt: skip
    heading = "## 🎯 OKRs (Q1 2025)" if variant == "emoji_heading" else "## OKRs (Q1 2025)"
    lines += [heading, ""]
    label = "KRs" if variant == "kr_label" else words.key_results
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"### {words.objective} {i}: {o.title}", "", fence, f"{label}:"]
        lines += [f"  - KR{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines += ["```", ""]
    return [*lines, "## Ceremonias", "", "### Daily Standup (15 min)", "", fence,
            "When: 9:00 AM", "Format:", "  - What did you do yesterday?", "  - Any blockers?",
            "```"]  # fmt: skip


def _progress(variant: str, value: int) -> str:
    if variant == "shortcode":
        return f'{{{{< progress value="{value}" >}}}}'
    if variant == "html_progress":
        return f'<progress value="{value}" max="100"></progress>'
    space = " " if variant == "template_spaced" else ""
    cls = "bg-success" if value >= 70 else "bg-warning" if value else "bg-danger"
    return f'{{{{{space}template "progress" (map "Value" {value} "Class" "{cls}"){space}}}}}'


def _progress_lines(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    tag = "h3" if variant == "h3" else "h2"
    lines = ["I set OKRs for the year and this is a postmortem.", "", "<!--BREAK-->", "",
             "# Process", "", "Getting 100% is a sign that the target was set too low,",
             "so 70% or higher is a passing score.", ""]  # fmt: skip
    for o in tree.objectives:
        lines += [f"# {words.objective}: {o.title}", "This objective kept me honest.", ""]
        for kr in o.key_results:
            value = round(kr.score * 100)
            lines += [f"<{tag}>", f"  {words.key_result}: {kr.text}", f"</{tag}>",
                      _progress(variant, value), "", "It went about as planned.", ""]  # fmt: skip
    return [*lines, "# Reflecting on the year", "", "Tracking the goals helped."]


RENDER = {
    "defined_example": _defined_example,
    "fenced_key_results": _fenced_key_results,
    "progress_lines": _progress_lines,
}


SHAPES = RoundShapes("sixteenth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for)
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
