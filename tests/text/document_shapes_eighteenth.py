"""Whole-document families of the eighteenth round (issue 15), the tree known by construction
(test-side only, never shipped). Each family writes a tree drawn by `sample_tree`
(tests/text/document_shapes.py) in one page shape of the round-16 documents, in several
languages, with variants:

- `pipe_lines`: an archived quarter's OKRs, each one plain line of " | "-separated fields (no
  table: no header, no leading pipe), "objective | key result | actual | 84 %", followed by
  "- …" bullets of the work done: the first field is the objective, the second its key result,
  a fourth field that is a percentage its score; a line of three fields ends with the actual
  value only (no score); the bullets are no key results.
- `assignee_header`: a one-objective page opened by plain "Quarter: Q1 2026" / "Assignee: @jan"
  / "Completion date: 2026-03-31" lines over "## Objective: …" and a "Key Result | Target |
  Current | Status" table of metric names, then a rationale paragraph: the assignee is the
  objective's owner (the lines are the OKR's own fields, not the document's metadata).
- `label_blocks`: a plain-text note whose OKRs are "Mål:" label lines, each followed by a
  "- Var ska jag? …" guidance bullet, the objective on its own line, "Nyckelresultat:" with its
  guidance bullet and one key result per line, then "Uppgifter:" with its guidance bullet; the
  note opens with the same three labels defining the terms, and ends with empty templates.
- `section_labels`: a long report whose OKR section marks each objective with a bold
  "**Objetivo**: …" line under an "### 4.1 Objetivo Estratégico 1: <area>" heading, over
  "**Key Results**:" and "1. KR1: …" items with measurement sub-bullets; a later dashboard
  section lists "**Sección 4: Métricas de Calidad**" bold labels over measured bullets: those
  are the page's sections, not objectives.
- `plural_primer` (round 9's Italian article): "### Objectives (<translation>)" defines the term
  ("**What** you want to achieve. They must be:" over bullets) and gives its example as
  "**Example:** "<objective>"", "### Key Results (<translation>)" defines the term and gives its
  example as "**Example KRs for the Objective above:**" over a numbered list; a practical example
  follows ("**Objective Q1 2025:**" / a quoted line / "**Key Results:**" / a numbered list): the
  first example is an OKR too.
- `listed_then_grouped` (round 14's Korean review post): a two-line introduction ending in a
  question, "### Objectives :" over a numbered list of the titles, "### Key Results:" over a
  numbered list repeating each title with its kind in parentheses ("(aspirational KR)") and its
  key results as nested bullets, then a review table "| KR | Achievement |" whose rows repeat the
  key results with a percentage in a coloured <span>: the scores.
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
    "pipe_lines",
    "assignee_header",
    "label_blocks",
    "section_labels",
    "plural_primer",
    "listed_then_grouped",
)


@dataclass(frozen=True)
class Words:
    """A language's words for the families."""

    archived: str  # the archive page's heading
    period: str  # "**Period:** …"
    done: tuple[str, str, str]  # work done, bullets under a line
    header: tuple[str, str, str]  # "Quarter", "Assignee", "Completion date"
    objective: str  # "Objective"
    columns: tuple[str, str, str, str]  # "Key Result", "Target", "Current", "Status"
    rationale: str  # a closing paragraph
    labels: tuple[str, str, str]  # "Mål", "Nyckelresultat", "Uppgifter"
    guidance: tuple[str, str, str]  # a guidance question under each label
    section: str  # "Sección"
    views: tuple[str, str]  # the dashboard section's heading, a view's heading
    panels: tuple[str, str, str]  # three panel names
    measures: tuple[str, str]  # two measured bullets of a panel
    metric: str  # "Métrica"


WORDS: dict[str, Words] = {
    "en": Words("# OKRs - Q4 2025 (Archived)", "**Period:** 2025-10-01 to 2025-12-31",
                ("We improved the landing page", "Adjusted the customer journey", "Added an onboarding experience"),
                ("Quarter", "Assignee", "Completion date"), "Objective",
                ("Key Result", "Target", "Current", "Status"),
                "Tests the core hypothesis: 150 paid users yields $1,500 MRR, short of the $2,000 target.",
                ("Objective", "Key results", "Initiatives"),
                ("Where do I want to go? Goals that inspire.", "How do I know I am getting closer? Progress must be specific and measurable!", "What do I need to do to get there?"),
                "Section", ("6. Dashboard views", "6.2 View 2: Detailed analysis"),
                ("Time management", "Financial analysis", "Quality metrics"),
                ("Errors per project (bars)", "Test success rate (% on a 0-100 scale)"), "Metric"),
    "es": Words("# OKRs - T4 2025 (Archivado)", "**Periodo:** 2025-10-01 a 2025-12-31",
                ("Mejoramos la página de inicio", "Ajustamos el recorrido del cliente", "Añadimos una bienvenida guiada"),
                ("Trimestre", "Asignado a", "Fecha de finalización"), "Objetivo",
                ("Resultado clave", "Meta", "Actual", "Estado"),
                "Prueba la hipótesis central: 150 usuarios de pago dan 1.500 $ de MRR, lejos de la meta de 2.000 $.",
                ("Objetivo", "Resultados clave", "Iniciativas"),
                ("¿Adónde quiero llegar? Objetivos que inspiran.", "¿Cómo sé que me acerco? ¡El progreso debe ser específico y medible!", "¿Qué tengo que hacer para llegar?"),
                "Sección", ("6. Vistas del dashboard", "6.2 Vista 2: Análisis detallado"),
                ("Gestión temporal", "Análisis financiero", "Métricas de calidad"),
                ("Total de errores por proyecto (barras)", "Tasa de éxito en pruebas (% convertido a escala 0-100)"), "Métrica"),
    "sv": Words("# OKR - Q4 2025 (Arkiverad)", "**Period:** 2025-10-01 till 2025-12-31",
                ("Vi förbättrade startsidan", "Justerade kundresan", "La till en introduktion"),
                ("Kvartal", "Ansvarig", "Slutdatum"), "Mål",
                ("Nyckelresultat", "Mål", "Nuvarande", "Status"),
                "Testar huvudhypotesen: 150 betalande användare ger 1 500 $ MRR, under målet 2 000 $.",
                ("Mål", "Nyckelresultat", "Uppgifter"),
                ("Var ska jag? Mål som inspirerar och visar vägen.", "Hur vet jag att jag kommer närmare målet? Framsteg måste vara mätbara!", "Vad behöver jag göra för att komma dit?"),
                "Avsnitt", ("6. Vyer i instrumentpanelen", "6.2 Vy 2: Detaljerad analys"),
                ("Tidshantering", "Ekonomisk analys", "Kvalitetsmått"),
                ("Fel per projekt (staplar)", "Andel lyckade tester (% på en skala 0-100)"), "Mått"),
    "de": Words("# OKRs - Q4 2025 (Archiv)", "**Zeitraum:** 2025-10-01 bis 2025-12-31",
                ("Die Startseite verbessert", "Die Customer Journey angepasst", "Ein Onboarding eingebaut"),
                ("Quartal", "Zuständig", "Fertigstellungsdatum"), "Ziel",
                ("Key Result", "Zielwert", "Aktuell", "Status"),
                "Prüft die Kernannahme: 150 zahlende Nutzer ergeben 1.500 $ MRR, unter dem Ziel von 2.000 $.",
                ("Ziel", "Schlüsselergebnisse", "Maßnahmen"),
                ("Wohin will ich? Ziele, die inspirieren.", "Woran merke ich, dass ich näher komme? Fortschritt muss messbar sein!", "Was muss ich tun, um dorthin zu kommen?"),
                "Abschnitt", ("6. Ansichten des Dashboards", "6.2 Ansicht 2: Detailanalyse"),
                ("Zeitmanagement", "Finanzanalyse", "Qualitätsmetriken"),
                ("Fehler pro Projekt (Balken)", "Erfolgsquote der Tests (% auf einer Skala 0-100)"), "Metrik"),
    "fr": Words("# OKR - T4 2025 (Archivé)", "**Période :** 2025-10-01 au 2025-12-31",
                ("Nous avons amélioré la page d'accueil", "Ajusté le parcours client", "Ajouté un accueil guidé"),
                ("Trimestre", "Responsable", "Date d'achèvement"), "Objectif",
                ("Résultat clé", "Cible", "Actuel", "Statut"),
                "Teste l'hypothèse centrale : 150 clients payants donnent 1 500 $ de MRR, sous la cible de 2 000 $.",
                ("Objectif", "Résultats clés", "Initiatives"),
                ("Où veux-je aller ? Des objectifs qui inspirent.", "Comment savoir que je me rapproche ? Le progrès doit être mesurable !", "Que dois-je faire pour y arriver ?"),
                "Section", ("6. Vues du tableau de bord", "6.2 Vue 2 : Analyse détaillée"),
                ("Gestion du temps", "Analyse financière", "Métriques de qualité"),
                ("Erreurs par projet (barres)", "Taux de réussite des tests (% sur une échelle 0-100)"), "Métrique"),
    # twentieth round: the same shapes in Portuguese and Italian
    "pt": Words("# OKRs - T4 2025 (Arquivado)", "**Período:** 2025-10-01 a 2025-12-31",
                ("Melhoramos a página inicial", "Ajustamos a jornada do cliente", "Adicionamos um onboarding"),
                ("Trimestre", "Responsável", "Data de conclusão"), "Objetivo",
                ("Resultado-chave", "Meta", "Atual", "Status"),
                "Testa a hipótese central: 150 usuários pagantes dão 1.500 $ de MRR, abaixo da meta de 2.000 $.",
                ("Objetivo", "Resultados-chave", "Iniciativas"),
                ("Aonde quero chegar? Objetivos que inspiram.", "Como sei que estou chegando perto? O progresso deve ser específico e mensurável!", "O que preciso fazer para chegar lá?"),
                "Seção", ("6. Visões do painel", "6.2 Visão 2: Análise detalhada"),
                ("Gestão do tempo", "Análise financeira", "Métricas de qualidade"),
                ("Erros por projeto (barras)", "Taxa de sucesso dos testes (% numa escala 0-100)"), "Métrica"),
    "it": Words("# OKR - T4 2025 (Archiviato)", "**Periodo:** 2025-10-01 al 2025-12-31",
                ("Abbiamo migliorato la pagina iniziale", "Rivisto il percorso del cliente", "Aggiunto un onboarding guidato"),
                ("Trimestre", "Assegnato a", "Data di completamento"), "Obiettivo",
                ("Risultato chiave", "Target", "Attuale", "Stato"),
                "Verifica l'ipotesi centrale: 150 utenti paganti danno 1.500 $ di MRR, sotto il target di 2.000 $.",
                ("Obiettivo", "Risultati chiave", "Iniziative"),
                ("Dove voglio arrivare? Obiettivi che ispirano.", "Come so che mi sto avvicinando? Il progresso deve essere specifico e misurabile!", "Che cosa devo fare per arrivarci?"),
                "Sezione", ("6. Viste della dashboard", "6.2 Vista 2: Analisi dettagliata"),
                ("Gestione del tempo", "Analisi finanziaria", "Metriche di qualità"),
                ("Errori per progetto (barre)", "Tasso di successo dei test (% su una scala 0-100)"), "Metrica"),
}  # fmt: skip
VARIANTS = {
    "pipe_lines": ("spaced", "tight_percent", "no_bullets", "no_period", "one_bullet"),
    "assignee_header": ("plain", "handle", "bold_labels", "bullets", "no_quarter"),
    "label_blocks": ("guided", "with_definition", "templates_after", "unguided", "one_blank"),
    "section_labels": ("bold", "numbered_heading", "many_sections", "colon_inside", "no_views"),
    "plural_primer": ("bold", "plain", "unquoted", "no_translation", "bulleted_krs"),
    "listed_then_grouped": ("spans", "plain_cells", "one_numbers", "bullets", "no_intro"),
}
SIZES = {
    "assignee_header": (1, 1, 1),
    "pipe_lines": (2, 3, 2),
    "plural_primer": (2, 2, 2),
    "listed_then_grouped": (2, 3, 2),
}
# A primer's words: the two terms' translations, "What"/"How" definitions, the KRs' example label
PRIMER = {
    "it": ("Obiettivi", "Risultati Chiave", "vuoi raggiungere. Devono essere:", "misuri il successo. Devono essere:",
           ("Qualitativi e ispiranti", "Time-bound (trimestre o anno)"), ("Quantitativi e misurabili", "Limitati a 3-5 per Objective"),
           "Esempio", "Esempio KR per l'Objective sopra", "Esempio pratico"),
    "en": ("Goals", "Results", "you want to achieve. They must be:", "you measure success. They must be:",
           ("Qualitative and inspiring", "Time-bound (quarter or year)"), ("Quantitative and measurable", "Limited to 3-5 per Objective"),
           "Example", "Example KRs for the Objective above", "Practical example"),
    "es": ("Objetivos", "Resultados clave", "quieres lograr. Deben ser:", "mides el éxito. Deben ser:",
           ("Cualitativos e inspiradores", "Con plazo (trimestre o año)"), ("Cuantitativos y medibles", "Limitados a 3-5 por Objective"),
           "Ejemplo", "Ejemplo de KR para el Objective anterior", "Ejemplo práctico"),
    "de": ("Ziele", "Schlüsselergebnisse", "ihr erreichen wollt. Sie müssen sein:", "ihr den Erfolg messt. Sie müssen sein:",
           ("Qualitativ und inspirierend", "Zeitgebunden (Quartal oder Jahr)"), ("Quantitativ und messbar", "Höchstens 3-5 pro Objective"),
           "Beispiel", "Beispiel KRs für das Objective oben", "Praxisbeispiel"),
    "fr": ("Objectifs", "Résultats clés", "vous voulez atteindre. Ils doivent être :", "vous mesurez le succès. Ils doivent être :",
           ("Qualitatifs et inspirants", "Limités dans le temps"), ("Quantitatifs et mesurables", "Limités à 3-5 par Objective"),
           "Exemple", "Exemple de KR pour l'Objective ci-dessus", "Exemple pratique"),
    "pt": ("Objetivos", "Resultados-chave", "você quer alcançar. Devem ser:", "você mede o sucesso. Devem ser:",
           ("Qualitativos e inspiradores", "Com prazo (trimestre ou ano)"), ("Quantitativos e mensuráveis", "Limitados a 3-5 por Objective"),
           "Exemplo", "Exemplo de KRs para o Objective acima", "Exemplo prático"),
}  # fmt: skip
_ACTUALS = ("1690 new users", "37 %", "574 USD", "12 of 20", "3.2 days")
_OWNERS = ("@JanBran", "@ana", "Maria Lopez")


def _usable(text: str) -> bool:
    """A drawn text the families can write as is (no separator of theirs, no label, no markup)."""
    return (
        not any(c in text for c in "|:：#`*<>[]")
        and not text.startswith(("-", "(", "¿"))
        and not text[:1].isdigit()
        and not text.endswith("?")
    )


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with texts as the family writes them (one key result a line for pipes)."""
    drawn = sample_tree(seed, objectives + 6, key_results + 40, language)
    titles = [o.title for o in drawn.objectives if _usable(o.title)]
    out = []
    for i, o in enumerate(drawn.objectives[:objectives]):
        texts = [kr.text for kr in o.key_results if _usable(kr.text)]
        count = 1 if family == "pipe_lines" else key_results
        krs = [KeyResult(t) for t in list(dict.fromkeys(texts))[:count]]
        if family == "pipe_lines" and (i == 0 and seed < 3 or i == objectives - 1 and seed == 2):
            krs = [KeyResult(krs[0].text, score=0.84)]  # seed 3 scores none
        out.append(Objective(titles[i], tuple(krs)))
    if family == "listed_then_grouped":  # scored by the review table
        out = [Objective(o.title, tuple(KeyResult(kr.text, score=_SHARES[(n + seed) % 5] / 100)
                                        for n, kr in enumerate(o.key_results))) for o in out]  # fmt: skip
    if family == "assignee_header":
        owner = _OWNERS[seed % len(_OWNERS)]
        out = [Objective(out[0].title, out[0].key_results, owner=owner)]
    return Tree(tuple(out))


def _pipe_lines(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = [words.archived, ""] + ([] if variant == "no_period" else [words.period, ""])
    for i, o in enumerate(tree.objectives):
        kr = o.key_results[0]
        actual = _ACTUALS[(i + seed) % len(_ACTUALS)]
        fields = [o.title, kr.text, actual]
        if kr.score is not None:
            fields.append("84%" if variant == "tight_percent" else "84 %")
        lines.append(" | ".join(fields))
        if variant != "no_bullets":
            lines += [
                f"- {w}" for w in words.done[: 1 if variant == "one_bullet" else 1 + (i + seed) % 3]
            ]
        lines.append("")
    return lines


def _assignee_header(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    o = tree.objectives[0]
    quarter, assignee, completion = words.header
    label = (lambda w: f"**{w}:**") if variant == "bold_labels" else (lambda w: f"{w}:")
    lines = [] if variant == "no_quarter" else [f"{label(quarter)} Q1 2026"]
    lines += [f"{label(assignee)} {o.owner}", f"{label(completion)} 2026-03-31", ""]
    lines += [f"## {words.objective}: {o.title}", ""]
    if variant == "bullets":
        lines += [f"- {kr.text}" for kr in o.key_results]
    else:
        key, target, current, status = words.columns
        lines += [f"| {key} | {target} | {current} | {status} |", "|---|---|---|---|"]
        lines += [f"| {kr.text} | {150 + j} | - | - |" for j, kr in enumerate(o.key_results)]
    return lines if variant == "bullets" else [*lines, "", words.rationale]


def _block(words: Words, guided: bool, title: str, krs: list[str]) -> list[str]:
    out = []
    for label, guide, body in zip(words.labels, words.guidance, ([title], krs, []), strict=True):
        out += [f"{label}:", *([f"- {guide}"] if guided else []), *body]
    return out


def _label_blocks(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    guided = variant != "unguided"
    lines = ["OKRs", ""]
    if variant == "with_definition":
        lines += [f"{words.labels[0]}:", f"- {words.guidance[0]}"]
        lines += [f"{words.labels[1]}:", f"- {words.guidance[1]}", f"{words.labels[2]}:"]
        lines += [f"- {words.guidance[2]}", ""]
    for o in tree.objectives:
        block = _block(words, guided, o.title, [kr.text for kr in o.key_results])
        lines += [*block, ""] if variant == "one_blank" else [*block, "", ""]
    if variant == "templates_after":
        for _ in range(2):
            lines += [line for line in _block(words, True, "", []) if line] + ["", ""]
    return lines


def _section_labels(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    objective, key_results, _ = words.labels
    lines = ["# Report", "", "## 4. OKRs (Objectives and Key Results)", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"### 4.{i} {objective} {i}: Area {i}", f"**{objective}**: {o.title}", ""]
        lines += [f"**{key_results}**:"]
        for j, kr in enumerate(o.key_results, 1):
            lines += [f"{j}. KR{j}: {kr.text}", f"   - {words.metric}: KPI #{j}", ""]
        lines += ["---", ""]
    if variant == "no_views":
        return lines
    view, detail = words.views
    lines += [f"## {view}", "", f"### {detail}", ""]
    panels = words.panels if variant == "many_sections" else words.panels[-1:]
    for n, panel in enumerate(panels, 4 - len(panels) + 1):
        name = f"{words.section} {n}: {panel}"
        if variant == "numbered_heading":
            lines.append(f"#### {name}")
        else:
            lines.append(
                f"**{words.section} {n}:** {panel}" if variant == "colon_inside" else f"**{name}**"
            )
        lines += [f"- {m}" for m in words.measures] + [""]
    return lines


def _plural_primer(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    language = next(code for code, w in WORDS.items() if w is words)
    o_term, kr_term, what, how, o_defs, kr_defs, example, kr_example, practical = PRIMER[
        "it" if language == "sv" else language
    ]
    first, second = tree.objectives
    quote = (lambda t: t) if variant == "unquoted" else (lambda t: f'"{t}"')
    label = (lambda t: f"{t}:") if variant == "plain" else (lambda t: f"**{t}:**")
    o_heading = "### Objectives" if variant == "no_translation" else f"### Objectives ({o_term})"
    kr_heading = (
        "### Key Results" if variant == "no_translation" else f"### Key Results ({kr_term})"
    )
    mark = (lambda j: "-") if variant == "bulleted_krs" else (lambda j: f"{j}.")
    lines = [
        "# OKR",
        "",
        "## OKR?",
        "",
        o_heading,
        f"{what[:1].upper()}{what[1:]}",
        *[f"- {d}" for d in o_defs],
        "",
    ]
    lines += [
        f"{label(example)} {quote(first.title)}",
        "",
        kr_heading,
        f"{how[:1].upper()}{how[1:]}",
    ]
    lines += [*[f"- {d}" for d in kr_defs], "", label(kr_example)]
    lines += [f"{mark(j)} {kr.text}" for j, kr in enumerate(first.key_results, 1)]
    lines += [
        "",
        f"## {practical}: SaaS B2B",
        "",
        "**Objective Q1 2025:**",
        f'"{second.title}"',
        "",
    ]
    lines += [
        "**Key Results:**",
        *[f"{j}. {kr.text}" for j, kr in enumerate(second.key_results, 1)],
    ]
    return lines


_KINDS = ("aspirational KR", "committed KR")
_SHARES = (100, 33, 30, 90, 0)
_COLOURS = ("#dcffe4", "#f7ddbe", "#ffdce0")


def _listed_then_grouped(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    objective, key_results, _ = words.labels
    number = (lambda j: "1.") if variant == "one_numbers" else (lambda j: f"{j}.")
    mark = (lambda j: "-") if variant == "bullets" else number
    lines = ["---", "title: 'OKR'", "---", "", "I read a book on OKRs and wrote mine down.",
             "Could I keep them all, quarter after quarter?", "", "---", "", "### Objectives :", ""]  # fmt: skip
    lines += [f"{mark(i)} {o.title}" for i, o in enumerate(tree.objectives, 1)]
    lines += ["", "### Key Results:", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"{mark(i)} {o.title} ({_KINDS[(i + seed) % 2]})")
        lines += [f"   - {kr.text}" for kr in o.key_results]
    if variant == "no_intro":
        lines = lines[:4] + lines[8:]
    lines += ["", "---", "", "## OKR review", "", "| KR | Achievement |", "| :--- | ---: |"]
    for kr in (kr for o in tree.objectives for kr in o.key_results):
        share = f"{round(kr.score * 100)}%"
        cell = (
            share
            if variant == "plain_cells"
            else f'<span style="background-color: {_COLOURS[len(kr.text) % 3]}">{share} </span>'
        )
        lines.append(f"| {kr.text} | {cell} |")
    return [*lines, "", "Easy OKRs are worth less. Mine were."]


RENDER = {
    "pipe_lines": _pipe_lines,
    "assignee_header": _assignee_header,
    "label_blocks": _label_blocks,
    "section_labels": _section_labels,
    "plural_primer": _plural_primer,
    "listed_then_grouped": _listed_then_grouped,
}


SHAPES = RoundShapes("eighteenth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for, SIZES)
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
