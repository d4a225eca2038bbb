"""Whole-document families of the nineteenth round (issue 15), the tree known by construction
(test-side only, never shipped). Each family writes a tree drawn by `sample_tree`
(tests/text/document_shapes.py) in one page shape of the round-17 and round-18 documents, in
several languages, with variants:

- `semicolon_lines`: plain text, a period line, then "O1：<objective>；" lines each over
  "KR1:<key result>；" lines: the list's separator "；" / ";" that ends each line is punctuation,
  not part of the title.
- `hyphen_ids`: a "# OKR" title over "### O-1 <objective>" headings, the id written with a
  hyphen, nothing (or plain bullets) under them: the headings are the objectives, "O-n " their id.
- `objective_sections`: a note (YAML front matter first) of one objective: "# Objective 1" over
  a bare "## Objective" heading whose paragraph is the title, then "## Why it matters", a progress
  summary of dated bullets, "## Key Results" over "- KRn：…" bullets, "## Projects or actions" and
  "## Risks" bullet lists: one objective, its key results only the "## Key Results" bullets.
- `numbered_sections`: a plain-text course report whose section lines carry outline numbers and
  no Markdown marks ("1.C.3.1 OKR 3 Objective and Key Result"), the OKR under one of them as
  "Objective. …" / "Key Result. …" lines, then prose, "Metric N. …" and "Safeguard N. …" lines
  under the later sections: the numbered lines are the report's sections, not key results.
- `tagged_key_results` (an architecture decision record): a definitions blockquote, "####
  Possible objective: "…"" headings over discussion bullets, a template blockquote, then "###
  Objective N: Short -- "Long"" headings over "- **Name [COMMITTED]:** text" items with nested
  initiatives and italic tasks: the bold name and its commitment tag are a label, the text after
  it the key result.
- `lead_in_paragraphs` (a team's Jekyll page): front matter, a paragraph on the method, a lead-in
  line naming the OKRs and ending in a colon ("No caso, os OKR's da POD Asgard são:"), then one
  plain paragraph per objective, no key results; the theme's leftover line may follow the last
  paragraph on its next line: not part of the title.
- `bold_items` (a team handbook): an introduction whose bullets bold a few words (card fields),
  a list of principles, "#### <category>" headings over list items written wholly in bold
  ("- __Theme: Title__") each over four-space-indented key results; then "## Leadership tasks"
  with "### Area - Person" headings over task bullets and a code-review section: only the bold
  items are objectives, their nested items the key results.
- `template_sections` (round 14's changelog): "### 3. **Predefined OKR templates**" over "####
  **Template Sales**" subsections, each '- Objective: "…"' over '- KR: <a measured key result>',
  '- 3 Risks: …' and '- KPI and initiatives for each risk' (the section's name may read as
  one about the process: "OKR template"); a generic template without objective, and a fenced "OBJECTIVE / ├── KEY RESULT 1" structure tree: the quoted objectives
  with their marked key results are OKRs (stated examples, not definitions of the terms).
- `html_columns` (round 11's pizzeria post): the OKRs in raw HTML, one `<div>` column per role:
  `<p><strong>role</strong></p>`, `<p><strong>Objetivo anual:</strong></p>` over a one-item
  `<ul>` (the objective), `<p><strong>Resultados clave:</strong></p>` over a `<ul>` of `<li>` key
  results, each ending in its grade with a decimal comma ("  (0,8)", "  (1)"): the grade is the
  score, the role no owner; the method's "**1-Objetivos:**" bullets, the measured paragraph after
  the columns ("… el promedio … es 0.72.") and the links under "Si te gustó …:" are context.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.text.document_shapes import KeyResult, Objective, RoundShapes, Tree, sample_tree

FAMILIES = (
    "semicolon_lines",
    "hyphen_ids",
    "objective_sections",
    "numbered_sections",
    "tagged_key_results",
    "lead_in_paragraphs",
    "bold_items",
    "template_sections",
    "html_columns",
)


@dataclass(frozen=True)
class Words:
    """A language's words for the families."""

    semicolon: str  # the list separator ending each line
    colon: str  # after "O1"
    period: str  # the period line
    sections: tuple[str, str, str, str, str]  # why, progress, key results, actions, risks
    why: str  # the paragraph under "why"
    progress: tuple[str, str]  # dated progress bullets
    actions: tuple[str, str]  # actions and risks bullets
    report: tuple[str, str, str, str]  # the report's four section names
    labels: tuple[str, str]  # "Objective", "Key Result"
    prose: str  # a paragraph line after the OKR
    metric: tuple[str, str, str]  # "The OKR will be measured …", "Metric", "Safeguard"


WORDS: dict[str, Words] = {
    "en": Words(";", ":", "2020-01 ~ 2020-02",
                ("Why It Matters", "Q1 Progress Summary", "Key Results", "Projects Or Actions", "Risks And Dependencies"),
                "Q1 set the project up; Q2 is about making the standard hold.",
                ("Early January: project kick-off and first survey.", "March: tracing and attribution checks began."),
                ("Sort the open issues by flow.", "Several teams must agree, one side alone cannot close it."),
                ("Objective and Key Result", "Metric(s) with Experiment(s)", "Ethical Impact(s)/Issue(s)", "Ethical Safeguards"),
                ("Objective", "Key Result"),
                "This OKR reflects tension between growth and ethics, and customers range widely.",
                ("The OKR will be measured through three metrics.", "Metric", "Safeguard")),
    "es": Words(";", ":", "2020-01 ~ 2020-02",
                ("Por qué importa", "Resumen del progreso del T1", "Resultados clave", "Proyectos o acciones", "Riesgos y dependencias"),
                "El T1 puso en marcha el proyecto; el T2 trata de que el estándar se cumpla.",
                ("Principios de enero: arranque del proyecto y primer sondeo.", "Marzo: comenzaron las revisiones de trazas."),
                ("Ordenar los problemas abiertos por flujo.", "Varios equipos deben ponerse de acuerdo."),
                ("Objetivo y resultado clave", "Métrica(s) con experimento(s)", "Impacto(s) ético(s)", "Salvaguardas éticas"),
                ("Objetivo", "Resultado clave"),
                "Este OKR refleja la tensión entre crecimiento y ética, y los clientes son muy diversos.",
                ("El OKR se medirá con tres métricas.", "Métrica", "Salvaguarda")),
    "de": Words(";", ":", "2020-01 ~ 2020-02",
                ("Warum es zählt", "Fortschritt im Q1", "Schlüsselergebnisse", "Projekte oder Maßnahmen", "Risiken und Abhängigkeiten"),
                "Im Q1 wurde das Projekt aufgesetzt; im Q2 soll der Standard halten.",
                ("Anfang Januar: Projektstart und erste Umfrage.", "März: die Prüfung der Traces begann."),
                ("Die offenen Punkte nach Ablauf ordnen.", "Mehrere Teams müssen sich einigen."),
                ("Ziel und Schlüsselergebnis", "Metrik(en) mit Experiment(en)", "Ethische Auswirkung(en)", "Ethische Schutzmaßnahmen"),
                ("Ziel", "Schlüsselergebnis"),
                "Dieses OKR zeigt die Spannung zwischen Wachstum und Ethik, die Kunden sind sehr verschieden.",
                ("Das OKR wird mit drei Metriken gemessen.", "Metrik", "Schutzmaßnahme")),
    "fr": Words(";", ":", "2020-01 ~ 2020-02",
                ("Pourquoi c'est important", "Bilan du T1", "Résultats clés", "Projets ou actions", "Risques et dépendances"),
                "Le T1 a lancé le projet ; le T2 doit rendre la norme solide.",
                ("Début janvier : lancement du projet et premier sondage.", "Mars : les contrôles de traces ont commencé."),
                ("Trier les problèmes ouverts par parcours.", "Plusieurs équipes doivent s'accorder."),
                ("Objectif et résultat clé", "Métrique(s) et expérience(s)", "Impact(s) éthique(s)", "Garde-fous éthiques"),
                ("Objectif", "Résultat clé"),
                "Cet OKR reflète la tension entre croissance et éthique, et les clients sont très variés.",
                ("L'OKR sera mesuré par trois métriques.", "Métrique", "Garde-fou")),
    "zh": Words("；", "：", "2020-01 ~2020-02",
                ("Why It Matters", "Q1 Progress Summary", "Key Results", "Projects Or Actions", "Risks And Dependencies"),
                "Q1 已完成立项和方案沟通，Q2 的关键是把标准真正落地。",
                ("1 月上旬完成项目立项与 KO 草拟。", "3 月项目重点转向 trace 和归因验证。"),
                ("按链路梳理遗留问题。", "需要客户端、服务端共同对齐。"),
                ("目标与关键结果", "指标与实验", "伦理影响", "伦理保障"),
                ("Objective", "Key Result"),
                "这个 OKR 反映了增长与伦理之间的张力。",
                ("这个 OKR 用三个指标衡量。", "Metric", "Safeguard")),
    "pt": Words(";", ":", "2020-01 ~ 2020-02",
                ("Por que importa", "Resumo do progresso do T1", "Resultados-chave", "Projetos ou ações", "Riscos e dependências"),
                "O T1 montou o projeto; o T2 é para fazer o padrão se manter.",
                ("Início de janeiro: início do projeto e primeira pesquisa.", "Março: começaram as verificações de rastreio."),
                ("Ordenar os problemas abertos por fluxo.", "Várias equipes precisam concordar."),
                ("Objetivo e resultado-chave", "Métrica(s) com experimento(s)", "Impacto(s) ético(s)", "Salvaguardas éticas"),
                ("Objetivo", "Resultado-chave"),
                "Este OKR mostra a tensão entre crescimento e ética, e os clientes são muito diversos.",
                ("O OKR será medido por três métricas.", "Métrica", "Salvaguarda")),
    "it": Words(";", ":", "2020-01 ~ 2020-02",
                ("Perché conta", "Riepilogo dei progressi del T1", "Risultati chiave", "Progetti o azioni", "Rischi e dipendenze"),
                "Il T1 ha avviato il progetto; il T2 serve a far reggere lo standard.",
                ("Inizio gennaio: avvio del progetto e primo sondaggio.", "Marzo: sono iniziati i controlli delle tracce."),
                ("Ordinare i problemi aperti per flusso.", "Più team devono mettersi d'accordo."),
                ("Obiettivo e risultato chiave", "Metrica(e) con esperimento(i)", "Impatto(i) etico(i)", "Tutele etiche"),
                ("Obiettivo", "Risultato chiave"),
                "Questo OKR mostra la tensione tra crescita ed etica, e i clienti sono molto diversi.",
                ("L'OKR sarà misurato con tre metriche.", "Metrica", "Tutela")),
}  # fmt: skip
VARIANTS = {
    "semicolon_lines": ("fullwidth", "ascii_colon", "no_period", "bare_objective", "spaced_krs"),
    "hyphen_ids": ("bare", "h2", "no_title", "with_krs", "spaced"),
    "objective_sections": ("frontmatter", "plain", "no_why", "no_progress", "ascii_colon"),
    "numbered_sections": ("letters", "digits", "empty_first", "period_titles", "with_image"),
    "tagged_key_results": ("brackets", "lower_case", "parentheses", "no_initiatives", "continued"),
    "lead_in_paragraphs": ("frontmatter", "plain", "leftover", "sentences", "heading_after"),
    "bold_items": ("underscores", "asterisks", "two_spaces", "no_tasks", "tight"),
    "template_sections": ("quoted", "unquoted", "no_tree", "process_heading", "plain_headings"),
    "html_columns": ("two_columns", "inline_items", "point_grades", "no_roles", "monthly"),
}
# An HTML post's words: the objective label (annual, monthly), the key results label, two roles,
# the method's two numbered labels
HTML = {
    "es": (("Objetivo Anual", "Objetivo mensual"), "Resultados clave", ("Gerente de sucursal", "Mozo/camarero"),
           ("1-Objetivos", "2-Resultados clave"), "Son metas ambiciosas e inspiradoras", "Por último, el promedio de estos resultados es la nota del objetivo, en este caso 0.72."),
    "en": (("Annual objective", "Monthly objective"), "Key results", ("Branch manager", "Waiter"),
           ("1-Objectives", "2-Key results"), "They are ambitious and inspiring goals", "Last, the average of these results is the objective's grade, here 0.72."),
    "de": (("Ziel (jährlich)", "Ziel (monatlich)"), "Schlüsselergebnisse", ("Filialleiter", "Kellner"),
           ("1-Ziele", "2-Schlüsselergebnisse"), "Sie sind ehrgeizige, inspirierende Ziele", "Zuletzt ist der Durchschnitt dieser Ergebnisse die Note des Ziels, hier 0.72."),
    "fr": (("Objectif annuel", "Objectif mensuel"), "Résultats clés", ("Gérant d'agence", "Serveur"),
           ("1-Objectifs", "2-Résultats clés"), "Ce sont des buts ambitieux et inspirants", "Enfin, la moyenne de ces résultats est la note de l'objectif, ici 0.72."),
    "zh": (("年度目标", "月度目标"), "关键结果", ("门店经理", "服务员"), ("1-目标", "2-关键结果"), "它们是有雄心、鼓舞人心的目标", "最后，这些结果的平均值就是目标的评分，这里是 0.72。"),
    "pt": (("Objetivo anual", "Objetivo mensal"), "Resultados-chave", ("Gerente de filial", "Garçom"),
           ("1-Objetivos", "2-Resultados-chave"), "São metas ambiciosas e inspiradoras", "Por fim, a média desses resultados é a nota do objetivo, aqui 0.72."),
    "it": (("Obiettivo annuale", "Obiettivo mensile"), "Risultati chiave", ("Responsabile di filiale", "Cameriere"),
           ("1-Obiettivi", "2-Risultati chiave"), "Sono traguardi ambiziosi e stimolanti", "Infine, la media di questi risultati è il voto dell'obiettivo, qui 0.72."),
}  # fmt: skip
_MORE = {
    "es": "Si te gustó este articulo probablemente te interese:",
    "en": "If you liked this article you may also like:",
    "de": "Wenn dir dieser Artikel gefiel, lies auch:",
    "fr": "Si cet article vous a plu, lisez aussi :",
    "zh": "如果你喜欢这篇文章，也可以看看：",
    "pt": "Se você gostou deste artigo, talvez goste também:",
    "it": "Se ti è piaciuto questo articolo, potrebbe interessarti anche:",
}
_GRADES = ((0.8, "0,8"), (0.7, "0,7"), (0.4, "0,4"), (1.0, "1"))
# A changelog's words: the templates' section, a template's name, risks, KPIs, the generic one
CHANGELOG = {
    "en": ("Predefined OKR templates", "Template", "3 Risks: Opportunity, Conversion, Deal size",
           "KPI and initiatives for each risk", "Generic", "Customisable base structure"),
    "es": ("Plantillas OKR predefinidas", "Plantilla", "3 Riesgos: Oportunidad, Conversión, Valor",
           "KPI e iniciativas para cada riesgo", "Genérica", "Estructura base personalizable"),
    "de": ("Vordefinierte OKR-Vorlagen", "Vorlage", "3 Risiken: Chance, Konversion, Auftragswert",
           "KPI und Initiativen je Risiko", "Allgemein", "Anpassbare Grundstruktur"),
    "fr": ("Modèles OKR prédéfinis", "Modèle", "3 Risques : Opportunité, Conversion, Valeur",
           "KPI et initiatives pour chaque risque", "Générique", "Structure de base personnalisable"),
    "zh": ("预设 OKR 模板", "模板", "3 个风险：机会、转化、客单价", "每个风险的 KPI 和举措", "通用", "可定制的基础结构"),
    "pt": ("Modelos de OKR predefinidos", "Modelo", "3 Riscos: Oportunidade, Conversão, Ticket",
           "KPI e iniciativas para cada risco", "Genérico", "Estrutura base personalizável"),
    "it": ("Template OKR predefiniti", "Template", "3 Rischi: Opportunità, Conversione, Valore",
           "KPI e iniziative per ogni rischio", "Generico", "Struttura base personalizzabile"),
}  # fmt: skip
_TEAMS = ("Sales", "Marketing", "Product", "Support")
# A team page's words: the method paragraph, the lead-in, a contact section after the OKRs
LEAD = {
    "en": ("The OKR method helps the team correct mistakes and find room to grow.",
           "In our case, the OKRs of POD Asgard are:", "Contact"),
    "es": ("La metodología OKR ayuda a corregir errores y a encontrar oportunidades.",
           "En nuestro caso, los OKR del equipo Asgard son:", "Contacto"),
    "de": ("Die OKR-Methode hilft dem Team, Fehler zu korrigieren und Chancen zu finden.",
           "In unserem Fall sind die Ziele des Teams Asgard:", "Kontakt"),
    "fr": ("La méthode OKR aide l'équipe à corriger ses erreurs et à trouver des opportunités.",
           "Dans notre cas, les objectifs de l'équipe Asgard sont :", "Contact"),
    "zh": ("OKR 方法帮助团队纠正错误、发现成长机会。", "我们团队的 OKR 是：", "联系方式"),
    "pt": ("A metodologia OKR ajuda o time a corrigir erros e achar oportunidades.",
           "No caso, os OKR's da POD Asgard são:", "Contato"),
    "it": ("Il metodo OKR aiuta il team a correggere gli errori e a trovare opportunità.",
           "Nel nostro caso, gli obiettivi del team Asgard sono:", "Contatti"),
}  # fmt: skip
# A handbook's words: the intro bullets, a principle, two categories, the later sections
HANDBOOK = {
    "en": (("The **Member** on the card defines whose OKR this is.", "The **Checklists** are the `Key Results`."),
           "Key results are measurable and easy to grade", ("Technologies and practices", "Team operations"),
           "Front-end leadership tasks", ("Recruiting", "Training"), "Person", ("Nurture relationships with candidates.", "Pair programming sessions."),
           "Why we do code reviews", "Improve the overall quality of the work."),
    "es": (("El **Miembro** de la tarjeta indica de quién es el OKR.", "Las **Listas** son los `Key Results`."),
           "Los resultados clave son medibles", ("Tecnologías y prácticas", "Operaciones del equipo"),
           "Tareas de liderazgo", ("Reclutamiento", "Formación"), "Persona", ("Cuidar la relación con candidatos.", "Sesiones de programación en pareja."),
           "Por qué revisamos código", "Mejorar la calidad del trabajo."),
    "de": (("Das **Mitglied** auf der Karte bestimmt, wessen OKR es ist.", "Die **Checklisten** sind die `Key Results`."),
           "Schlüsselergebnisse sind messbar", ("Technologien und Praktiken", "Teambetrieb"),
           "Führungsaufgaben", ("Recruiting", "Schulung"), "Person", ("Beziehungen zu Kandidaten pflegen.", "Pair-Programming-Sitzungen."),
           "Warum wir Code prüfen", "Die Qualität der Arbeit verbessern."),
    "fr": (("Le **Membre** de la carte indique à qui est l'OKR.", "Les **Checklists** sont les `Key Results`."),
           "Les résultats clés sont mesurables", ("Technologies et pratiques", "Fonctionnement de l'équipe"),
           "Tâches de direction", ("Recrutement", "Formation"), "Personne", ("Entretenir les relations avec les candidats.", "Sessions de programmation en binôme."),
           "Pourquoi relire le code", "Améliorer la qualité du travail."),
    "zh": (("卡片上的 **成员** 表示这是谁的 OKR。", "**清单** 就是 `Key Results`。"),
           "关键结果是可衡量的", ("技术与实践", "团队运营"),
           "前端领导任务", ("招聘", "培训"), "负责人", ("维护与候选人的关系。", "结对编程。"),
           "为什么做代码评审", "提高工作的整体质量。"),
    "pt": (("O **Membro** do cartão indica de quem é o OKR.", "As **Checklists** são os `Key Results`."),
           "Os resultados-chave são mensuráveis", ("Tecnologias e práticas", "Operação do time"),
           "Tarefas de liderança", ("Recrutamento", "Treinamento"), "Pessoa", ("Cuidar da relação com candidatos.", "Sessões de programação em par."),
           "Por que revisamos código", "Melhorar a qualidade do trabalho."),
    "it": (("Il **Membro** della scheda indica di chi è l'OKR.", "Le **Checklist** sono i `Key Results`."),
           "I risultati chiave sono misurabili", ("Tecnologie e pratiche", "Operatività del team"),
           "Compiti di leadership", ("Selezione", "Formazione"), "Persona", ("Curare il rapporto con i candidati.", "Sessioni di programmazione in coppia."),
           "Perché facciamo code review", "Migliorare la qualità del lavoro."),
}  # fmt: skip
_THEMES = ("Wagtail", "React", "Team", "UI")
_LEFTOVER = "This is an example landing page. It is built using the Hero and Callouts."
# An ADR's words: a section name, "Possible objective", a discussion bullet, an initiative, a task
ADR = {
    "en": ("Decision", "Possible objective", "The web interface is not a good way for uploads.",
           "Schedule the workshop before summer", "Talk to the training hub"),
    "es": ("Decisión", "Posible objetivo", "La interfaz web no sirve para subir datos.",
           "Programar el taller antes del verano", "Hablar con el equipo de formación"),
    "de": ("Entscheidung", "Mögliches Ziel", "Die Weboberfläche eignet sich nicht für Uploads.",
           "Den Workshop vor dem Sommer planen", "Mit dem Schulungsteam sprechen"),
    "fr": ("Décision", "Objectif possible", "L'interface web ne convient pas aux envois.",
           "Planifier l'atelier avant l'été", "Parler à l'équipe de formation"),
    "zh": ("决定", "可能的目标", "网页界面不适合上传大量数据。", "在夏天之前安排研讨会", "联系培训中心"),
    "pt": ("Decisão", "Objetivo possível", "A interface web não serve para envios.",
           "Marcar a oficina antes do verão", "Falar com o time de treinamento"),
    "it": ("Decisione", "Possibile obiettivo", "L'interfaccia web non va bene per i caricamenti.",
           "Programmare il workshop prima dell'estate", "Parlare con il team di formazione"),
}  # fmt: skip
_NAMES = ("Workshop for users", "Support documentation", "Ticket Volume", "Test coverage")
_TAGS = ("COMMITTED", "ASPIRATIONAL", "LEARNING")
SIZES = {
    "html_columns": (1, 2, 2),
    "bold_items": (3, 4, 5),
    "lead_in_paragraphs": (2, 3, 4),
    "objective_sections": (1, 1, 1),
    "numbered_sections": (1, 1, 2),
    "hyphen_ids": (2, 3, 4),
}


def _usable(text: str) -> bool:
    """A drawn text the families can write as is (no separator of theirs, no label, no markup)."""
    return (
        not any(c in text for c in ";；|:：#`*<>[]")
        and not text.startswith(("-", "(", "¿", "O", "KR"))
        and not text[:1].isdigit()
        and not text.endswith(("?", ".", "。"))
    )


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with texts as the family writes them (no key results for bare headings)."""
    drawn = sample_tree(seed, objectives + 6, key_results + 40, language)
    titles = [o.title for o in drawn.objectives if _usable(o.title)]
    out = []
    for i, o in enumerate(drawn.objectives[:objectives]):
        texts = list(dict.fromkeys(kr.text for kr in o.key_results if _usable(kr.text)))
        count = 0 if family == "hyphen_ids" and seed != 2 else key_results
        count = 1 if family == "numbered_sections" else count
        count = 0 if family == "lead_in_paragraphs" else count
        if family == "template_sections":  # one measured key result each
            texts = [t for t in texts if any(c.isdigit() for c in t)]
            count = 1
        out.append(Objective(titles[i], tuple(KeyResult(t) for t in texts[:count])))
    return Tree(tuple(out))


def _semicolon_lines(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    colon = ":" if variant == "ascii_colon" else words.colon
    lines = [] if variant == "no_period" else [words.period]
    for i, o in enumerate(tree.objectives, 1):
        end = "" if variant == "bare_objective" or i % 2 else words.semicolon
        lines.append(f"O{i}{colon}{o.title}{end}")
        space = " " if variant == "spaced_krs" else ""
        lines += [
            f"KR{j}:{space}{kr.text}{words.semicolon}" for j, kr in enumerate(o.key_results, 1)
        ]
        lines.append("")
    return lines


def _hyphen_ids(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = [] if variant == "no_title" else ["# OKR", "", ""]
    mark = "##" if variant == "h2" else "###"
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"{mark} O-{i} {o.title}")
        lines += ["", *[f"- {kr.text}" for kr in o.key_results]] if o.key_results else []
        lines += ["", ""] if variant == "spaced" else [""]
    return lines


_FRONT = ["---", "id: okr-2026-q2", "title: 2026 Q2 Objectives", "type: okr", "tags: [okr, q2]"]
_FRONT += ["related:", "  - knowledge/references/fix.md", "---", ""]


def _objective_sections(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    o = tree.objectives[0]
    why, progress, key_results, actions, risks = words.sections
    colon = ":" if variant == "ascii_colon" else words.colon
    lines = _FRONT[:] if variant != "plain" else []
    lines += [f"# Objective {seed}", "", "## Objective", "", o.title, ""]
    lines += [] if variant == "no_why" else [f"## {why}", "", words.why, ""]
    lines += [] if variant == "no_progress" else [f"## {progress}", "", *[f"- {p}" for p in words.progress], ""]  # fmt: skip
    lines += [f"## {key_results}", ""]
    lines += [f"- KR{j}{colon}{kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    lines += [f"## {actions}", "", f"- {words.actions[0]}", ""]
    return [*lines, f"## {risks}", "", f"- {words.actions[1]}"]


def _numbered_sections(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    objective, key_result = words.labels
    intro, metric, safeguard = words.metric
    okrs = len(tree.objectives) + (2 if variant == "empty_first" else 0)
    first = okrs - len(tree.objectives) + 1
    lines = []
    for n in range(1, okrs + 1):
        prefix = f"2.{n}" if variant == "digits" else f"1.C.{n}"
        names = [f"{prefix}.{k} OKR {n} {name}" for k, name in enumerate(words.report, 1)]
        if n < first:
            lines += [line for name in names for line in (name, "")]
            continue
        o = tree.objectives[n - first]
        end = "." if variant == "period_titles" else ""
        lines += [names[0], "", f"{objective}. {o.title}{end}"]
        lines += [f"{key_result}. {kr.text}{end}" for kr in o.key_results]
        lines += [words.prose, "", names[1], "", intro]
        lines += [f"{metric} {k}. {words.why}" for k in (1, 2)] + [""]
        lines += [names[2], "", words.prose, ""]
        lines += ["![alt text](image.png)", ""] if variant == "with_image" else []
        lines += [names[3], "", intro.replace("OKR", "Team")]
        lines += [f"{safeguard} {k}. {words.actions[1]}" for k in (1, 2)] + [""]
    return lines


def _tagged_key_results(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    language = next(code for code, w in WORDS.items() if w is words)
    decision, possible, discussion, initiative, task = ADR[language]
    lines = ["# 21. Plan for 2024: Objectives and Key Results", "", "## Context", ""]
    lines += ["> An **Objective** is what you want to accomplish.", ">", "> - Significant", ""]
    lines += [f'#### {possible}: "{tree.objectives[0].title}"', "", f"- {discussion}", ""]
    lines += [f"## {decision}", "", "> **Objective X: [short title] -- [long description]**", ">"]
    lines += ["> - **Key Result Y for Objective X [COMMITTED / ASPIRATIONAL]:** [Description]", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines += [f'### Objective {i}: Area {i} -- "{o.title}"', ""]
        for j, kr in enumerate(o.key_results):
            tag = _TAGS[(i + j + seed) % 3]
            tag = {"lower_case": f"[{tag.lower()}]", "parentheses": f"({tag.title()})"}.get(
                variant, f"[{tag}]"
            )
            lines.append(f"- **{_NAMES[(j + seed) % 4]} {tag}:** {kr.text}")
            if variant == "continued" and j == 0:
                lines.append('  "Unnecessary": questions that should go to the units.')
            if variant != "no_initiatives":
                lines += [f"  - {initiative}", f"    - _{task}_"]
        lines.append("")
    return lines


def _lead_in_paragraphs(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    language = next(code for code, w in WORDS.items() if w is words)
    method, lead_in, contact = LEAD[language]
    lines = [] if variant == "plain" else ["---", "layout: page", "title: OKRs Q4"]
    lines += [] if variant == "plain" else ["*hero_height: is-large*", "show_sidebar: false", "---"]
    lines += ["", method, "", lead_in, ""]
    end = "." if variant == "sentences" else ""
    for o in tree.objectives:
        lines += [f"{o.title}{end}", ""]
    if variant == "leftover":
        lines[-1:] = [_LEFTOVER]
    if variant == "heading_after":
        lines += [f"## {contact}", "", method]
    return lines


def _bold_items(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    language = next(code for code, w in WORDS.items() if w is words)
    intro, principle, categories, tasks, areas, person, duties, why, reason = HANDBOOK[language]
    bold = (lambda t: f"**{t}**") if variant == "asterisks" else (lambda t: f"__{t}__")
    indent = "  " if variant == "two_spaces" else "    "
    lines = ["# Front-end team", "", "## Team OKR", "", *[f"- {b}" for b in intro], ""]
    lines += ["### Defining OKRs", "", f"- {principle}", f"- {principle}", ""]
    lines += ["### Examples", ""]
    half = (len(tree.objectives) + 1) // 2
    for i, o in enumerate(tree.objectives):
        if i in (0, half):
            lines += [f"#### {categories[0 if i == 0 else 1]}", ""]
        lines.append(f"- {bold(f'{_THEMES[(i + seed) % 4]}: {o.title}')}")
        lines += [f"{indent}- {kr.text}" for kr in o.key_results]
        lines += [] if variant == "tight" else [""]
    if variant != "no_tasks":
        lines += ["", "------------", "", f"## {tasks}", ""]
        for area in areas:
            lines += [f"### {area} - {person}", "", *[f"- {d}" for d in duties], ""]
        lines += [f"### {why}", "", f"- {reason}", f"- {reason}"]
    return lines


def _template_sections(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    language = next(code for code, w in WORDS.items() if w is words)
    section, template, risks, kpis, generic, base = CHANGELOG[language]
    bold = (lambda t: t) if variant == "plain_headings" else (lambda t: f"**{t}**")
    lines = ["# Changelog - OKR coach", "", "## Changes", "", f"### 1. {bold('System prompt')}", ""]
    lines += [
        "#### Before:",
        "- A generic assistant",
        "",
        f"### 3. {bold(section)} (`config/okr-templates.ts`)",
    ]
    lines += [""]
    quote = (lambda t: t) if variant == "unquoted" else (lambda t: f'"{t}"')
    for i, o in enumerate(tree.objectives):
        lines += [
            f"#### {bold(f'{template} {_TEAMS[(i + seed) % 4]}')}",
            f"- Objective: {quote(o.title)}",
        ]
        lines += [f"- KR: {kr.text}" for kr in o.key_results] + [f"- {risks}", f"- {kpis}", ""]
    lines += [f"#### {bold(f'{template} {generic}')}", f"- {base}", ""]
    if variant != "no_tree":
        lines += [
            "## Structure",
            "",
            "```",
            "OBJECTIVE (Qualitative)",
            "├── KEY RESULT 1 (Indicator + Target)",
        ]
        lines += ["└── KEY RESULT 2 (Indicator + Target)", "    └── RISK 1", "```"]
    return lines


def _html_columns(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    language = next(code for code, w in WORDS.items() if w is words)
    objective_labels, key_results, roles, method, definition, average = HTML[language]
    lines = ["---", "title: 'OKR'", "categories:", "  - Pymes", "---", "OKR intro.", ""]
    for label in method:
        lines += [f"**{label}:** …", "", f"  * {definition}", f"  * {definition}", ""]
    lines += ['<div style="width: 90%; margin: 0 auto;">']

    def grade(j: int) -> str:
        text = _GRADES[(j + seed) % 4][1]
        return text.replace(",", ".") if variant == "point_grades" and "," in text else text

    def item(text: str) -> list[str]:
        if variant == "inline_items":
            return [f"      <li>{text}</li>"]
        return ["      <li>", f"        {text}", "      </li>"]

    for i, o in enumerate(tree.objectives):
        lines += ['  <div style="display: inline-block;">']
        if variant != "no_roles":
            lines += ["    <p>", f"      <strong>{roles[i % 2]}</strong>", "    </p>", "    "]
        label = objective_labels[1 if variant == "monthly" else i % 2]
        lines += ["    <p>", f"      <strong>{label}:</strong>", "    </p>", "    "]
        lines += [
            '    <ul style="display: inline-block;">',
            *item(f"{o.title}.  (0,72)"),
            "    </ul>",
        ]
        lines += [
            "    ",
            "    <p>",
            f"      <strong>{key_results}:</strong>",
            "    </p>",
            "    ",
            "    <ul>",
        ]
        for j, kr in enumerate(o.key_results):
            lines += item(f"{kr.text}.  ({grade(j)})")
        lines += ["    </ul>", "  </div>", "  "]
    return [
        *lines,
        "</div>",
        "",
        average,
        "",
        _MORE[language],
        "",
        "[-10 essential apps for every small business.](http://x.y/z)",
    ]


def _title_of(tree: Tree, family: str, seed: int) -> Tree:
    """The titles as the headings or items write them: "Area N -- "<title>"", "Theme: <title>"."""
    if family == "html_columns":  # written as sentences, graded
        return Tree(
            tuple(
                Objective(
                    f"{o.title}.",
                    tuple(
                        KeyResult(f"{kr.text}.", score=_GRADES[(j + seed) % 4][0])
                        for j, kr in enumerate(o.key_results)
                    ),
                )
                for o in tree.objectives
            )
        )
    if family == "bold_items":
        return Tree(
            tuple(
                Objective(f"{_THEMES[(i + seed) % 4]}: {o.title}", o.key_results)
                for i, o in enumerate(tree.objectives)
            )
        )
    if family != "tagged_key_results":
        return tree
    return Tree(
        tuple(
            Objective(f'Area {i} -- "{o.title}"', o.key_results)
            for i, o in enumerate(tree.objectives, 1)
        )
    )


RENDER = {
    "semicolon_lines": _semicolon_lines,
    "hyphen_ids": _hyphen_ids,
    "objective_sections": _objective_sections,
    "numbered_sections": _numbered_sections,
    "tagged_key_results": _tagged_key_results,
    "lead_in_paragraphs": _lead_in_paragraphs,
    "bold_items": _bold_items,
    "template_sections": _template_sections,
    "html_columns": _html_columns,
}


def _titled(tree: Tree, family: str, variant: str) -> Tree:
    """The tree as labelled: a title written with a final period keeps it."""
    if variant not in ("period_titles", "sentences"):
        return tree
    return Tree(
        tuple(
            Objective(f"{o.title}.", tuple(KeyResult(f"{kr.text}.") for kr in o.key_results))
            for o in tree.objectives
        )
    )


class _Shapes(RoundShapes):
    def case(self, family: str, language: str, variant: str, seed: int, objectives: int, krs: int):
        """Return (document text, expected tree) of one case."""
        from tests.text.document_shapes import expected

        tree = self.tree_for(seed, objectives, krs, language, family)
        text = self.render(tree, family, language, variant, seed)
        return text, expected(_title_of(_titled(tree, family, variant), family, seed))


SHAPES = _Shapes("nineteenth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for, SIZES)
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
