"""Whole-document families of the twentieth round (issue 15), the tree known by construction
(test-side only, never shipped). Each family writes a tree drawn by `sample_tree`
(tests/text/document_shapes.py) in one page shape of the round-19 documents, in several
languages, with variants:

- `fenced_examples` (a plugin's OKR-writing rule): every OKR sits inside a code fence. A
  structure fence (a template: "Objective: <what an objective is>" over "+-- Key Result N: <what
  a key result is>" lines), guidance headings over Good/Bad tables, a formula fence ("[Verb]
  [metric] from [baseline] to [target]" over example key results, no objective), an example fence
  of "### Objective N: …" headings over a "**Key Results:**" label and "- KRn: …" bullets, an
  alignment diagram, then "**Incorrect — …:**" / "**Correct — …:**" labels each over a fence of
  "Objective: …" / "Key Results:" / plain bullets: the fences' objectives are the OKRs, in
  order (a title repeated in a later fence is another objective), the guidance headings and the
  template are not.
- `objective_bullets` (a team's handbook page): "### Team vision" over a lead line and bullets
  continuing it, "### Objectives" over a paragraph on the method, "#### Current quarter
  objectives" over one bullet per objective (no key results anywhere), a paragraph, "####
  Previous quarter objectives" over one linked bullet, "#### How we set objectives" over a
  numbered process with nested bullets: the bullets under the heading naming the objectives are
  the objectives, the section headings are not (variant `vision_after`: the vision's section
  comes after the list).
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.text.document_shapes import KeyResult, Objective, RoundShapes, Tree, sample_tree

FAMILIES = ("fenced_examples", "objective_bullets")


@dataclass(frozen=True)
class Words:
    """A language's words for the families."""

    objective: str  # "Objective"
    key_results: str  # "Key Results"
    guide: tuple[str, str]  # the page's title and its first paragraph
    headings: tuple[str, str, str, str, str]  # structure, good O, good KRs, formula, example
    template: tuple[str, str]  # what an objective is, what a key result is (placeholders)
    table: tuple[str, str, str]  # a Good/Bad table's header
    formula: tuple[str, str, tuple[str, str]]  # formula line, "Examples:", two example key results
    verdicts: tuple[str, str]  # "Incorrect — …:", "Correct — …:"
    cascade: tuple[str, str, str]  # the alignment heading and two levels
    vision: tuple[str, str, tuple[str, str], str]  # heading, lead line, two bullets, after it
    sections: tuple[str, str, str, str, str]  # objectives, current, previous, how, after the list
    method: str  # the paragraph under the objectives heading
    link: str  # the previous quarter's linked bullet
    process: tuple[str, str, str]  # numbered steps


WORDS: dict[str, Words] = {
    "en": Words("Objective", "Key Results",
                ("OKR Framework", "Objectives and Key Results align teams around ambitious goals with measurable outcomes."),
                ("OKR Structure", "Writing Good Objectives", "Writing Good Key Results", "Key Result Formula", "OKR Example"),
                ("Qualitative, inspiring goal", "Quantitative measure of progress"),
                ("Characteristic", "Good", "Bad"),
                ("[Verb] [metric] from [baseline] to [target] by [deadline]", "Examples:",
                 ("Increase NPS from 32 to 50", "Reduce time-to-value from 14 days to 3 days")),
                ("**Incorrect — Outputs instead of outcomes:**", "**Correct — Outcome-focused key results:**"),
                ("Alignment Cascade", "Company OKRs", "Team OKRs (aligns to company)"),
                ("Team vision", "To serve people better, every major department will:",
                 ("run design research that informs key services monthly,", "in a robust and ethical way."),
                 "This vision guides the objectives we set and the decisions we make."),
                ("Objectives", "Current quarter objectives", "Previous quarter objectives",
                 "How we set objectives quarterly",
                 "We note progress on key results weekly and score them monthly."),
                "Each quarter we set objectives and key results. Objectives are overarching goals.",
                "[Quarter 3 objectives and key results](https://example.org/q3)",
                ("At the end of each quarter we hold a retreat where:", "we score the last quarter's objectives.",
                 "Each objective lead drafts a set of key results.")),
    "es": Words("Objetivo", "Resultados clave",
                ("Marco OKR", "Los objetivos y resultados clave alinean a los equipos en torno a metas ambiciosas."),
                ("Estructura de un OKR", "Cómo escribir buenos objetivos", "Cómo escribir buenos resultados clave",
                 "Fórmula del resultado clave", "Ejemplo de OKR"),
                ("Meta cualitativa e inspiradora", "Medida cuantitativa del progreso"),
                ("Característica", "Bueno", "Malo"),
                ("[Verbo] [métrica] de [base] a [meta] antes de [fecha]", "Ejemplos:",
                 ("Aumentar el NPS de 32 a 50", "Reducir el tiempo de activación de 14 a 3 días")),
                ("**Incorrecto — Entregables en lugar de resultados:**", "**Correcto — Resultados clave de impacto:**"),
                ("Cascada de alineación", "OKR de la empresa", "OKR del equipo (alineados con la empresa)"),
                ("Visión del equipo", "Para servir mejor a la gente, cada ministerio va a:",
                 ("investigar cada mes los servicios clave,", "de forma rigurosa y ética."),
                 "Esta visión guía los objetivos que fijamos."),
                ("Objetivos", "Objetivos del trimestre actual", "Objetivos del trimestre anterior",
                 "Cómo fijamos los objetivos cada trimestre",
                 "Anotamos el avance cada semana y lo puntuamos cada mes."),
                "Cada trimestre fijamos objetivos y resultados clave. Los objetivos son metas generales.",
                "[Objetivos y resultados clave del tercer trimestre](https://example.org/t3)",
                ("Al final de cada trimestre hacemos un retiro donde:", "puntuamos los objetivos del trimestre.",
                 "Cada responsable redacta sus resultados clave.")),
    "de": Words("Ziel", "Schlüsselergebnisse",
                ("OKR-Rahmen", "Ziele und Schlüsselergebnisse richten Teams auf ehrgeizige, messbare Ziele aus."),
                ("Aufbau eines OKR", "Gute Ziele schreiben", "Gute Schlüsselergebnisse schreiben",
                 "Formel für Schlüsselergebnisse", "OKR-Beispiel"),
                ("Qualitatives, inspirierendes Ziel", "Quantitatives Maß des Fortschritts"),
                ("Merkmal", "Gut", "Schlecht"),
                ("[Verb] [Metrik] von [Ausgangswert] auf [Zielwert] bis [Termin]", "Beispiele:",
                 ("NPS von 32 auf 50 steigern", "Time-to-Value von 14 auf 3 Tage senken")),
                ("**Falsch — Leistungen statt Wirkung:**", "**Richtig — Wirkungsorientierte Schlüsselergebnisse:**"),
                ("Ausrichtung", "Unternehmens-OKRs", "Team-OKRs (am Unternehmen ausgerichtet)"),
                ("Vision des Teams", "Damit Menschen besser bedient werden, wird jede Behörde:",
                 ("jeden Monat Nutzerforschung zu wichtigen Diensten machen,", "gründlich und ethisch."),
                 "Diese Vision leitet unsere Ziele."),
                ("Ziele", "Ziele des laufenden Quartals", "Ziele des letzten Quartals",
                 "Wie wir unsere Ziele jedes Quartal setzen",
                 "Wir notieren den Fortschritt wöchentlich und bewerten ihn monatlich."),
                "Jedes Quartal setzen wir Ziele und Schlüsselergebnisse. Ziele sind übergeordnet.",
                "[Ziele und Schlüsselergebnisse des dritten Quartals](https://example.org/q3)",
                ("Am Ende jedes Quartals treffen wir uns und:", "bewerten die Ziele des Quartals.",
                 "Jede Zielverantwortliche entwirft die Schlüsselergebnisse.")),
    "fr": Words("Objectif", "Résultats clés",
                ("Cadre OKR", "Les objectifs et résultats clés alignent les équipes sur des buts ambitieux."),
                ("Structure d'un OKR", "Bien écrire ses objectifs", "Bien écrire ses résultats clés",
                 "Formule d'un résultat clé", "Exemple d'OKR"),
                ("But qualitatif et inspirant", "Mesure quantitative du progrès"),
                ("Caractéristique", "Bon", "Mauvais"),
                ("[Verbe] [indicateur] de [départ] à [cible] avant [échéance]", "Exemples :",
                 ("Faire passer le NPS de 32 à 50", "Réduire le délai de valeur de 14 à 3 jours")),
                ("**Incorrect — Des livrables au lieu de résultats :**", "**Correct — Des résultats clés d'impact :**"),
                ("Alignement en cascade", "OKR de l'entreprise", "OKR de l'équipe (alignés sur l'entreprise)"),
                ("Vision de l'équipe", "Pour mieux servir les gens, chaque ministère va :",
                 ("mener chaque mois des recherches sur les services clés,", "de façon rigoureuse et éthique."),
                 "Cette vision guide nos objectifs."),
                ("Objectifs", "Objectifs du trimestre en cours", "Objectifs du trimestre précédent",
                 "Comment nous fixons nos objectifs chaque trimestre",
                 "Nous notons les progrès chaque semaine et les évaluons chaque mois."),
                "Chaque trimestre, nous fixons des objectifs et des résultats clés. Les objectifs sont des buts généraux.",
                "[Objectifs et résultats clés du troisième trimestre](https://example.org/t3)",
                ("À la fin de chaque trimestre, nous faisons une retraite où :", "nous évaluons les objectifs.",
                 "Chaque responsable rédige les résultats clés.")),
    "pt": Words("Objetivo", "Resultados-chave",
                ("Estrutura de OKR", "Objetivos e resultados-chave alinham as equipes em torno de metas ambiciosas."),
                ("Estrutura de um OKR", "Como escrever bons objetivos", "Como escrever bons resultados-chave",
                 "Fórmula do resultado-chave", "Exemplo de OKR"),
                ("Meta qualitativa e inspiradora", "Medida quantitativa de progresso"),
                ("Característica", "Bom", "Ruim"),
                ("[Verbo] [métrica] de [base] para [meta] até [prazo]", "Exemplos:",
                 ("Aumentar o NPS de 32 para 50", "Reduzir o tempo de ativação de 14 para 3 dias")),
                ("**Incorreto — Entregas em vez de resultados:**", "**Correto — Resultados-chave de impacto:**"),
                ("Cascata de alinhamento", "OKRs da empresa", "OKRs do time (alinhados à empresa)"),
                ("Visão do time", "Para servir melhor as pessoas, cada órgão vai:",
                 ("pesquisar todo mês os serviços principais,", "de forma rigorosa e ética."),
                 "Essa visão guia os objetivos que definimos."),
                ("Objetivos", "Objetivos do trimestre atual", "Objetivos do trimestre anterior",
                 "Como definimos os objetivos a cada trimestre",
                 "Anotamos o progresso toda semana e pontuamos todo mês."),
                "A cada trimestre definimos objetivos e resultados-chave. Objetivos são metas gerais.",
                "[Objetivos e resultados-chave do terceiro trimestre](https://example.org/t3)",
                ("No fim de cada trimestre fazemos um retiro onde:", "pontuamos os objetivos do trimestre.",
                 "Cada responsável escreve os resultados-chave.")),
    "it": Words("Obiettivo", "Risultati chiave",
                ("Quadro OKR", "Obiettivi e risultati chiave allineano i team su traguardi ambiziosi."),
                ("Struttura di un OKR", "Scrivere buoni obiettivi", "Scrivere buoni risultati chiave",
                 "Formula del risultato chiave", "Esempio di OKR"),
                ("Traguardo qualitativo e ispirante", "Misura quantitativa del progresso"),
                ("Caratteristica", "Buono", "Cattivo"),
                ("[Verbo] [metrica] da [base] a [target] entro [scadenza]", "Esempi:",
                 ("Portare l'NPS da 32 a 50", "Ridurre il tempo di attivazione da 14 a 3 giorni")),
                ("**Sbagliato — Attività invece di risultati:**", "**Giusto — Risultati chiave d'impatto:**"),
                ("Allineamento a cascata", "OKR dell'azienda", "OKR del team (allineati all'azienda)"),
                ("Visione del team", "Per servire meglio le persone, ogni ministero farà:",
                 ("ricerca ogni mese sui servizi chiave,", "in modo rigoroso ed etico."),
                 "Questa visione guida gli obiettivi che fissiamo."),
                ("Obiettivi", "Obiettivi del trimestre in corso", "Obiettivi del trimestre precedente",
                 "Come fissiamo gli obiettivi ogni trimestre",
                 "Annotiamo i progressi ogni settimana e li valutiamo ogni mese."),
                "Ogni trimestre fissiamo obiettivi e risultati chiave. Gli obiettivi sono traguardi generali.",
                "[Obiettivi e risultati chiave del terzo trimestre](https://example.org/t3)",
                ("Alla fine di ogni trimestre facciamo un ritiro dove:", "valutiamo gli obiettivi del trimestre.",
                 "Ogni responsabile scrive i risultati chiave.")),
    "zh": Words("目标", "关键结果",
                ("OKR 框架", "目标与关键结果让团队围绕有挑战的目标对齐。"),
                ("OKR 结构", "如何写好目标", "如何写好关键结果", "关键结果公式", "OKR 示例"),
                ("定性、鼓舞人心的目标", "衡量进展的定量指标"),
                ("特征", "好", "差"),
                ("[动词] [指标] 从 [基线] 到 [目标值] 截止 [日期]", "示例：",
                 ("NPS 从 32 提升到 50", "上手时间从 14 天缩短到 3 天")),
                ("**错误示范 — 只写产出不写成果：**", "**正确示范 — 以成果为导向的关键结果：**"),
                ("对齐层级", "公司 OKR", "团队 OKR（对齐公司）"),
                ("团队愿景", "为了更好地服务民众，各部门将：",
                 ("每月开展关键服务的用户研究，", "以严谨、合乎伦理的方式。"),
                 "这个愿景指导我们设定目标。"),
                ("目标", "本季度目标", "上季度目标", "我们如何每季度设定目标",
                 "我们每周记录进展，每月评分。"),
                "每个季度我们都会设定目标和关键结果。目标是总体方向。",
                "[第三季度目标与关键结果](https://example.org/q3)",
                ("每个季度末我们开一次复盘会：", "为上季度的目标打分。", "每位目标负责人起草关键结果。")),
}  # fmt: skip
VARIANTS = {
    "fenced_examples": ("full", "incorrect", "plain_fences", "tilde_tree", "repeated"),
    "objective_bullets": ("full", "vision_after", "h2", "numbered", "sentences"),
}
SIZES = {"fenced_examples": (2, 3, 4), "objective_bullets": (2, 3, 4)}


def _usable(text: str) -> bool:
    """A drawn text the families can write as is (no separator of theirs, no label, no markup)."""
    return (
        not any(c in text for c in ";；|:：#`*<>[]+")
        and not text.startswith(("-", "(", "¿", "O", "KR", "http"))
        and not text[:1].isdigit()
        and not text.endswith(("?", ".", "。", ":"))
    )


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with texts as the family writes them (no key results for the bullets)."""
    drawn = sample_tree(seed, objectives + 8, key_results + 40, language)
    titles = list(dict.fromkeys(o.title for o in drawn.objectives if _usable(o.title)))
    texts = [kr.text for o in drawn.objectives for kr in o.key_results if _usable(kr.text)]
    texts = [t for t in dict.fromkeys(texts) if t not in titles]
    count = 0 if family == "objective_bullets" else key_results
    out = []
    for i in range(objectives):
        mine = texts[i * count : (i + 1) * count]
        out.append(Objective(titles[i], tuple(KeyResult(t) for t in mine)))
    return Tree(tuple(out))


# "Key Result 1: …" in a template: the singular of each language's "Key Results"
_ONE_KEY_RESULT = {"Key Results": "Key Result", "Resultados clave": "Resultado clave"}
_ONE_KEY_RESULT |= {"Schlüsselergebnisse": "Schlüsselergebnis", "Résultats clés": "Résultat clé"}
_ONE_KEY_RESULT |= {"Resultados-chave": "Resultado-chave", "Risultati chiave": "Risultato chiave"}
_ONE_KEY_RESULT |= {"关键结果": "关键结果"}


def _fence(variant: str, tag: str = "") -> str:
    return "~~~" if variant == "tilde_tree" else "```" + ("" if variant == "plain_fences" else tag)


def _stated(o: Objective, words: Words, variant: str) -> list[str]:
    """'Objective: …' over a 'Key Results:' label and plain bullets, in a fence."""
    colon = " :" if words.objective == "Objectif" else ":"
    lines = [_fence(variant, "markdown"), f"{words.objective}{colon} {o.title}", ""]
    lines += [f"{words.key_results}{colon}", *[f"- {kr.text}" for kr in o.key_results]]
    return [*lines, _fence(variant)]


def _fenced_examples(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    structure, good_o, good_kr, formula, example = words.headings
    goal, measure = words.template
    lines = ["---", "title: OKR rule", "impact: HIGH", "---", ""] if variant == "repeated" else []
    lines += [f"# {words.guide[0]}", "", words.guide[1], ""]
    if variant != "plain_fences":
        glyph = ("├──", "└──") if variant == "tilde_tree" else ("+--", "+--")
        lines += [f"## {structure}", "", _fence(variant), f"{words.objective}: {goal}"]
        one = _ONE_KEY_RESULT[words.key_results]
        lines += [f"{glyph[n == 3]} {one} {n}: {measure}" for n in (1, 2, 3)]
        lines += [_fence(variant), ""]
    header, good, bad = words.table
    for heading in (good_o, good_kr):
        lines += [f"## {heading}", "", f"| {header} | {good} | {bad} |", "|---|---|---|"]
        lines += [f'| {goal} | "{tree.objectives[0].title}" | "{words.formula[2][0]}" |', ""]
    line, examples, (first, second) = words.formula
    lines += [f"## {formula}", "", _fence(variant), line, "", examples, f"- {first}", f"- {second}"]
    lines += [_fence(variant), ""]
    split = len(tree.objectives) - (2 if variant == "incorrect" else 1)
    listed = tree.objectives[:split]
    if listed:
        lines += [f"## {example}", "", _fence(variant, "markdown"), "## Q1 OKRs", ""]
        for i, o in enumerate(listed, 1):
            lines += [f"### {words.objective} {i}: {o.title}", "", f"**{words.key_results}:**"]
            lines += [f"- KR{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
        lines[-1:] = [_fence(variant), ""]
    cascade, company, team = words.cascade
    diagram = [company, "    |", "    v", team]
    lines += [f"## {cascade}", "", _fence(variant), *diagram, _fence(variant), ""]
    incorrect, correct = words.verdicts
    for o in tree.objectives[split:]:
        verdict = incorrect if o is not tree.objectives[-1] else correct
        lines += [verdict, *_stated(o, words, variant), ""]
    if variant == "repeated":
        lines += [correct, *_stated(_repeat(tree), words, variant)]
    return lines


def _repeat(tree: Tree) -> Objective:
    """The first objective again, with its first two key results (a 'Correct' fence's copy)."""
    first = tree.objectives[0]
    return Objective(first.title, first.key_results[:2])


def _objective_bullets(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    heading, lead, (first, second), after = words.vision
    objectives, current, previous, how, note = words.sections
    h3, h4 = ("##", "###") if variant == "h2" else ("###", "####")
    lines = ["---", "layout: page", 'title: "Vision and objectives"', "lang: en", "---", ""]
    vision = [f"{h3} {heading}", "", lead, f"* {first}", f"* {second}", "", after, ""]
    lines += [] if variant == "vision_after" else vision
    lines += [f"{h3} {objectives}", "", words.method, "", f"{h4} {current}", ""]
    end = "." if variant == "sentences" else ""
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"{i}. {o.title}{end}" if variant == "numbered" else f"* {o.title}{end}")
    lines += ["", note, "", f"{h4} {previous}", "", f"* {words.link}", ""]
    lines += vision if variant == "vision_after" else []
    step, score, draft = words.process
    lines += [f"{h4} {how}", "", f"1. {step}", f" * {score}", f" * {score}", f"2. {draft}", ""]
    return [*lines, "_- Last updated on March 14, 2019_"]


RENDER = {"fenced_examples": _fenced_examples, "objective_bullets": _objective_bullets}


class _Shapes(RoundShapes):
    def case(self, family: str, language: str, variant: str, seed: int, objectives: int, krs: int):
        """Return (document text, expected tree) of one case."""
        from tests.text.document_shapes import expected

        tree = self.tree_for(seed, objectives, krs, language, family)
        text = self.render(tree, family, language, variant, seed)
        want = tree
        if family == "fenced_examples" and variant == "repeated":
            want = Tree((*tree.objectives, _repeat(tree)))
        if variant == "sentences":
            want = Tree(tuple(Objective(f"{o.title}.", ()) for o in tree.objectives))
        return text, expected(want)


SHAPES = _Shapes("twentieth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for, SIZES)
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
