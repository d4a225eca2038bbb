"""Whole-document families of the seventeenth round (issue 15), the tree known by construction
(test-side only, never shipped). Each family writes a tree drawn by `sample_tree`
(tests/text/document_shapes.py) in one page shape of the round-15 documents, in several
languages, with variants:

- `numbered_initiatives`: a working note of "# O1:…" headings over "1. KR1:…" numbered items,
  some wrapped whole in bold, each followed flush by "·…" initiative lines (no list marker a
  Markdown reader knows); after the last objective, in one variant, data notes, the first key
  result repeated alone in bold and a numbered tally ("1. Total: 767614"): the initiatives and
  the notes are no key results.
- `quarter_columns`: a personal OKR in indented plain text, "O1:…" over deeper "KR1:…" lines,
  each ending, after spaces, in a quarter and a progress range ("Q1     0%-30%"): columns, not
  part of the title and no score.
- `okr_numbered_headings`: an engineer's work OKRs, "### okr1 …" headings (lower case, the id
  glued to the word, no separator) over "1."-numbered tasks, with runs of blank lines: the
  "okr1" is the objective's id, not a word of its title.
- `quoted_statements`: a workshop note whose objective is a bold quoted blockquote under a
  "### 2. Objective (…)" heading, and whose key results are "> **Target:** …" blockquotes under
  "#### 🟢 KR1: <kind of metric>" headings, each followed by bold-labelled analysis bullets (the
  Vietnamese label "Mục tiêu" also means "objective", the German "Ziel" too).
- `labelled_example` (round 12's one-page template): "## What are OKRs?" defines the terms in two
  bullets ("- **Objective**: What you want to achieve (qualitative, inspiring)" / "- **Key
  Results**: How you'll measure success …"), then "**Example**:" heads "- **Objective**: …" /
  "- **Key Results**:" over "  - KR1: …"; a scoring section follows whose bold question ("**What's
  a good average score?**") heads a graded list: the definitions and the question are context,
  the example is the page's OKR.
"""

from __future__ import annotations

from dataclasses import dataclass

from cairn.text.key_result_parser import parse_key_result
from tests.text.document_shapes import (
    KeyResult,
    Objective,
    RoundShapes,
    Tree,
    sample_tree,
)

FAMILIES = (
    "numbered_initiatives",
    "quarter_columns",
    "okr_numbered_headings",
    "quoted_statements",
    "labelled_example",
)


@dataclass(frozen=True)
class Words:
    """A language's words for the families."""

    period: str  # "OKRs for March-April:", the note's first line
    initiatives: tuple[str, str, str]  # three initiatives
    notes: tuple[str, str, str]  # a data note, a daily count line, a total label
    target: str  # the label of a key result's statement in a blockquote ("Target")
    kinds: tuple[str, str, str]  # what each key-result heading names (leading metric …)
    analysis: tuple[str, str]  # two analysis labels ("Why it matters", "Risk if missed")
    objective_heading: str  # "Objective (an inspiring goal)"
    key_results_heading: str  # "Key Results & analysis"


WORDS: dict[str, Words] = {
    "zh": Words("3-4月OKR：", ("流程优化", "手动删除水印", "活动预热（广告／角标等）"),
                ("数据（每天多少人使用1000／每天多少个宝贝生成详情页58657）", "12月生成手机详情人数：13710；平均每天：442", "总数"),
                "目标值", ("领先指标（行为）", "滞后指标（业务）", "质量指标（信任）"),
                ("为什么重要", "未达成的风险"), "2. Objective（鼓舞人心的目标）", "3. Key Results（关键结果）与分析"),
    "vi": Words("OKR tháng 3-4:", ("Tối ưu quy trình", "Xóa hình mờ thủ công", "Quảng cáo trước sự kiện"),
                ("Dữ liệu (mỗi ngày 1000 người dùng, 58657 trang chi tiết)", "Số người dùng tháng 12: 13710; trung bình mỗi ngày: 442", "Tổng số"),
                "Mục tiêu", ("Chỉ số dẫn dắt (Leading Metric - Phản ánh Hành vi)", "Chỉ số trễ (Lagging Metric - Phản ánh Kinh doanh)", "Chỉ số Chất lượng (Quality Metric - Phản ánh Niềm tin)"),
                ("Tại sao lại quan trọng", "Rủi ro nếu trượt KR này"), "2. Objective (Mục tiêu truyền cảm hứng)", "3. Key Results (Kết quả then chốt) & Phân tích chuyên sâu"),
    "en": Words("OKRs for March-April:", ("Streamline the flow", "Remove watermarks by hand", "Pre-launch ads (banners, badges)"),
                ("Data (1000 users a day, 58657 detail pages a day)", "Users in December: 13710; daily average: 442", "Total"),
                "Target", ("Leading metric (behaviour)", "Lagging metric (business)", "Quality metric (trust)"),
                ("Why it matters", "Risk if we miss this KR"), "2. Objective (an inspiring goal)", "3. Key Results & analysis"),
    "es": Words("OKR de marzo-abril:", ("Optimizar el flujo", "Borrar marcas de agua a mano", "Anuncios previos (banners, insignias)"),
                ("Datos (1000 usuarios al día, 58657 páginas al día)", "Usuarios en diciembre: 13710; media diaria: 442", "Total"),
                "Meta", ("Métrica adelantada (comportamiento)", "Métrica rezagada (negocio)", "Métrica de calidad (confianza)"),
                ("Por qué importa", "Riesgo si fallamos este KR"), "2. Objective (un objetivo inspirador)", "3. Key Results y análisis"),
    "de": Words("OKR für März-April:", ("Ablauf verbessern", "Wasserzeichen von Hand löschen", "Vorab-Werbung (Banner, Abzeichen)"),
                ("Daten (1000 Nutzer am Tag, 58657 Detailseiten am Tag)", "Nutzer im Dezember: 13710; Tagesmittel: 442", "Gesamt"),
                "Ziel", ("Frühindikator (Verhalten)", "Spätindikator (Geschäft)", "Qualitätsmetrik (Vertrauen)"),
                ("Warum es zählt", "Risiko, wenn dieses KR verfehlt wird"), "2. Objective (ein inspirierendes Ziel)", "3. Key Results und Analyse"),
    # twentieth round: the same shapes in French and Portuguese
    "fr": Words("OKR de mars-avril :", ("Fluidifier le parcours", "Retirer les filigranes à la main", "Publicités avant le lancement (bannières, badges)"),
                ("Données (1000 utilisateurs par jour, 58657 pages par jour)", "Utilisateurs en décembre : 13710 ; moyenne quotidienne : 442", "Total"),
                "Cible", ("Indicateur avancé (comportement)", "Indicateur retardé (activité)", "Indicateur de qualité (confiance)"),
                ("Pourquoi c'est important", "Risque si ce KR est manqué"), "2. Objective (un objectif inspirant)", "3. Key Results et analyse"),
    "pt": Words("OKR de março-abril:", ("Otimizar o fluxo", "Remover marcas d'água à mão", "Anúncios antes do lançamento (banners, selos)"),
                ("Dados (1000 usuários por dia, 58657 páginas por dia)", "Usuários em dezembro: 13710; média diária: 442", "Total"),
                "Meta", ("Métrica antecedente (comportamento)", "Métrica consequente (negócio)", "Métrica de qualidade (confiança)"),
                ("Por que importa", "Risco se errarmos este KR"), "2. Objective (um objetivo inspirador)", "3. Key Results e análise"),
}  # fmt: skip
VARIANTS = {
    "numbered_initiatives": ("mixed_bold", "all_bold", "plain", "dot_space", "notes_after"),
    "quarter_columns": ("spaced", "single", "mixed", "tabs", "no_header"),
    "okr_numbered_headings": ("lower", "upper", "upper_spaced", "h2", "blank_runs"),
    "quoted_statements": ("emoji", "plain", "no_bold", "unlabelled", "dash_heading"),
    "labelled_example": ("full", "no_expansion", "kr_inline", "colon_inside", "bold_ids"),
}
SIZES = {
    "quoted_statements": (1, 1, 1),
    "okr_numbered_headings": (2, 3, 2),
    "labelled_example": (1, 1, 1),
}


@dataclass(frozen=True)
class Primer:
    """A language's words for a one-page template's primer."""

    objective: str
    key_results: str
    example: str
    definitions: tuple[str, str]  # what an objective and key results are, addressed to the reader
    headings: tuple[str, str]  # "What are OKRs?", the scoring section
    question: str  # "What's a good average score?"
    grades: tuple[str, str]  # two grades' meanings


PRIMERS: dict[str, Primer] = {
    "en": Primer("Objective", "Key Results", "Example",
                 ("What you want to achieve (qualitative, inspiring)", "How you'll measure success (quantitative, specific)"),
                 ("What are OKRs?", "Scoring"), "What's a good average score?", ("Perfect", "Too ambitious")),
    "es": Primer("Objetivo", "Resultados clave", "Ejemplo",
                 ("Lo que quieres lograr (cualitativo, inspirador)", "Cómo medirás el éxito (cuantitativo, específico)"),
                 ("¿Qué son los OKR?", "Puntuación"), "¿Cuál es una buena puntuación media?", ("Perfecto", "Demasiado ambicioso")),
    "zh": Primer("目标", "关键结果", "示例",
                 ("你想达成的事（定性，鼓舞人心）", "你如何衡量成功（定量，具体）"),
                 ("什么是OKR？", "评分"), "怎样的平均分算好？", ("完美", "过于激进")),
    "vi": Primer("Mục tiêu", "Kết quả then chốt", "Ví dụ",
                 ("Điều bạn muốn đạt được (định tính, truyền cảm hứng)", "Cách bạn đo lường thành công (định lượng, cụ thể)"),
                 ("OKR là gì?", "Chấm điểm"), "Điểm trung bình thế nào là tốt?", ("Hoàn hảo", "Quá tham vọng")),
    "de": Primer("Objective", "Key Results", "Beispiel",
                 ("Was ihr erreichen wollt (qualitativ, inspirierend)", "Wie ihr den Erfolg messt (quantitativ, konkret)"),
                 ("Was sind OKRs?", "Bewertung"), "Was ist ein guter Durchschnittswert?", ("Perfekt", "Zu ehrgeizig")),
    "fr": Primer("Objectif", "Résultats clés", "Exemple",
                 ("Ce que vous voulez accomplir (qualitatif, inspirant)", "Comment vous mesurerez le succès (quantitatif, précis)"),
                 ("Que sont les OKR ?", "Notation"), "Quelle est une bonne note moyenne ?", ("Parfait", "Trop ambitieux")),
    "pt": Primer("Objetivo", "Resultados-chave", "Exemplo",
                 ("O que você quer alcançar (qualitativo, inspirador)", "Como você vai medir o sucesso (quantitativo, específico)"),
                 ("O que são OKRs?", "Pontuação"), "Qual é uma boa nota média?", ("Perfeito", "Ambicioso demais")),
}  # fmt: skip
_QUARTERS = ("Q1     0%-30%", "Q2 0%-0%", "Q2   10%-20%", "Q3 0%-50%")


def _usable(text: str) -> bool:
    """A drawn key result the families can write as is (no label of its own, no markup)."""
    return (
        "<" not in text
        and not any(c in text for c in ":：|#`{}*>·\\")
        and not text.startswith(("-", "1.", "(", "["))
        and not text[:1].isdigit()
    )


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with key-result texts as the family writes them."""
    drawn = sample_tree(seed, objectives, key_results + 40, language)
    out = []
    for o in drawn.objectives:
        texts = [kr.text for kr in o.key_results if _usable(kr.text)]
        if family == "quoted_statements":  # stated below a heading that names its kind
            texts = [t for t in texts if parse_key_result(t).measurable]
        krs = tuple(KeyResult(t) for t in list(dict.fromkeys(texts))[:key_results])
        title = o.title
        if family == "quarter_columns":  # written after "O1:" on one line
            title = title.replace(":", ",")
        out.append(Objective(title, krs))
    return Tree(tuple(out))


def _numbered_initiatives(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = [words.period]
    dot = "· " if variant == "dot_space" else "·"
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"# O{i}:{o.title}")
        for j, kr in enumerate(o.key_results, 1):
            bold = variant == "all_bold" or variant != "plain" and (i + j) % 2 == 0
            text = f"**KR{j}:{kr.text}**" if bold else f"KR{j}:{kr.text}"
            lines.append(f"{j}. {text}")
            lines += [f"{dot}{w}" for w in words.initiatives[: 1 + (i + j + seed) % 3]]
        lines.append("")
    if variant == "notes_after":
        data, daily, total = words.notes
        first = tree.objectives[0].key_results[0].text
        lines += [f"·{data}", daily, f"{total}：58064", "", f"**KR1:{first}**", "", "",
                  "2019.03.01 - 2019.03.12", f"1. {total}：767614", "2. 276558   36.03%",
                  "   1. 123545  44.67%", "3. 447303     58.27%"]  # fmt: skip
    return lines


def _quarter_columns(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = [] if variant == "no_header" else ["OKR"]
    for i, o in enumerate(tree.objectives, 1):
        if i > 1:
            lines.append("    ")
        lines.append(f"   O{i}:{o.title}")
        for j, kr in enumerate(o.key_results, 1):
            column = _QUARTERS[(i + j + seed) % len(_QUARTERS)]
            if variant == "single" or variant == "mixed" and j % 2:
                column = " ".join(column.split())
            gap = {"spaced": "     ", "tabs": "\t\t"}.get(variant, " " if j % 2 else "  ")
            if variant == "tabs":
                column = "\t".join(column.split())
            lines.append(f"        KR{j}:{kr.text}{gap}{column}")
    return lines


def _okr_numbered_headings(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = []
    for i, o in enumerate(tree.objectives, 1):
        marker = {"upper": f"OKR{i}", "upper_spaced": f"OKR {i}"}.get(variant, f"okr{i}")
        level = "##" if variant == "h2" else "###"
        lines += [f"{level} {marker} {o.title}", ""]
        lines += [f"{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines += ["", "", ""] if variant == "blank_runs" or i % 2 else [""]
    return lines


_MARKS = ("🟢", "🟡", "🔵")


def _quoted_statements(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    o = tree.objectives[0]
    lines = ["", "# DOMIN-H FAMILY", "**Dự án:** AI-Mediator  ", "**Lead:** Jimala  ", "",
             "---", "", "## WORKSHOP 3: OKR", "", "### 1. Measurement Philosophy",
             "We focus on **Habit, Monetization and Retention.**", "", "---", "",
             f"### {words.objective_heading}", "", f'> **"{o.title}"**', "",
             "*   **Why this Objective?** It is qualitative and inspiring.", "", "---", "",
             f"### {words.key_results_heading}", "",
             "We anchor the objective to 3 key results:", ""]  # fmt: skip
    why, risk = words.analysis
    for j, kr in enumerate(o.key_results, 1):
        mark = "" if variant in ("plain", "dash_heading") else f"{_MARKS[(j - 1) % 3]} "
        sep = " —" if variant == "dash_heading" else ":"
        lines.append(f"#### {mark}KR{j}{sep} {words.kinds[(j - 1) % 3]}")
        if variant == "unlabelled":
            lines.append(f"> {kr.text}")
        elif variant == "no_bold":
            lines.append(f"> {words.target}: {kr.text}")
        else:
            lines.append(f"> **{words.target}:** {kr.text}")
        lines += ["", f"*   **{why}:** Students are slow to adopt a new app.",
                  f"*   **{risk}:** The flow has too much friction.", ""]  # fmt: skip
    return [*lines, "---", "**Key Takeaway:** ", "Three KRs, one product-market fit."]


def _labelled_example(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    language = next(code for code, w in WORDS.items() if w is words)
    p = PRIMERS[language]
    o = tree.objectives[0]
    what, how = p.definitions
    about, scoring = p.headings
    lines = ["# OKR Framework (1-Page)", "", "**Purpose**: Set quarterly objectives", "", "---", "",
             f"## {about}", ""]  # fmt: skip
    if variant != "no_expansion":
        lines += ["**OKR** = Objectives and Key Results", ""]
    lines += [f"- **{p.objective}**: {what}", f"- **{p.key_results}**: {how}", ""]
    lines.append(f"**{p.example}:**" if variant == "colon_inside" else f"**{p.example}**:")
    lines.append(f"- **{p.objective}**: {o.title}")
    if variant != "kr_inline":
        lines.append(f"- **{p.key_results}**:")
    indent = "" if variant == "kr_inline" else "  "
    for j, kr in enumerate(o.key_results, 1):
        ident = f"**KR{j}**" if variant == "bold_ids" else f"KR{j}"
        lines.append(f"{indent}- {ident}: {kr.text}")
    perfect, ambitious = p.grades
    return [*lines, "", "---", "", f"## {scoring}", "", "- **0.0 - 0.3**: Failed (red)",
            "- **0.7 - 1.0**: Achieved (green)", "", f"**{p.question}**", f"- 0.7 - 0.8: {perfect}",
            f"- 0.4 - 0.6: {ambitious}"]  # fmt: skip


RENDER = {
    "numbered_initiatives": _numbered_initiatives,
    "quarter_columns": _quarter_columns,
    "okr_numbered_headings": _okr_numbered_headings,
    "quoted_statements": _quoted_statements,
    "labelled_example": _labelled_example,
}


SHAPES = RoundShapes("seventeenth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for, SIZES)
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
