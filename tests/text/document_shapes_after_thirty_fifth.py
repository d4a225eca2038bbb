"""Generated pages of the reader after the first runs of rounds 35 and 36 (issue 15): a check
mark ending a task item, and the objective a file's YAML front matter states (test-side only,
never shipped). Families (each page's expected tree known by construction):

- `check_marks`: "### <Objective> 1.1: title" headings over "- [ ] …" task items, some ending
  in a check mark ("AGENTS.md (roles) ✓", "… ✓（本次）", "… ✓ (this run)", "… ✔"): the marked
  item's status is done, the mark and the note after it no part of the title; an item without
  the mark has no status (an unchecked box reports none).
- `front_matter_objective`: YAML front matter holding `objective: "…"` (quoted or not, the key
  also in the page's language: "objetivo:", "Ziel:", "目标:") over a body whose "## Objective"
  heading (in the page's language) holds a paragraph describing it, then "## Key results" over
  "### KR-01: …" headings: the front matter's value is the objective's title, the paragraph
  context.
- `area_objectives`: objective lines naming their area beside the marker, with no id and a dash
  between spaces ("**Tech Objective - …**", "Objetivo de Crecimiento - …", "Objectif Croissance
  - …", "Technik-Ziel - …", "技术目标 - …", "기술 목표 - …"), each over a "| Result | Progress |
  Status |" table in the page's language ("| Resultado | Avance | Estado |", "| 结果 | 进展 | 状态
  |"): the area word and the marker go, the rows' results are the key results, the status cell
  (an emoji before words) the status.
- `quarter_repeats`: the same objectives and key results under two period headings that name
  the OKRs ("## Q2 2026 OKRs", "## OKR Q1 2026", "## OKRs — 2025 Q4"): each quarter keeps them.
- `after_thirty_fifth_near_misses`: a check mark inside a title followed by more words (kept as
  written, no status); front matter with `title:` only (the body's paragraph stays the
  objective, as before); an `objective:` key opening a block (as before); an
  `objective:` field indented under a key result's entry (not the file's objective: the body's
  paragraph stays the objective, as before); an area-named line without the objective word
  ("Tech Track - …": no objective, as before); a "| Metric | Result |" table and a "| Result |
  Notes |" table (no status column) under an objective (context, as before); the same objective
  again under a review heading ("## Q1 2026 Review": a repeat, left out as before).
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = (
    "check_marks",
    "front_matter_objective",
    "area_objectives",
    "quarter_repeats",
    "after_thirty_fifth_near_misses",
)
LANGUAGES = ("en", "es", "pt", "fr", "de", "zh", "ja", "ko")

# a note after the mark ("this run"), in the page's language
NOTE = {
    "en": "(this run)", "es": "(esta vez)", "pt": "(desta vez)", "fr": "(cette fois)",
    "de": "(diesmal)", "zh": "（本次）", "ja": "（今回）", "ko": "(이번)",
}  # fmt: skip
# the objective key of the front matter in the page's language (English keys are the usual)
KEY = {
    "en": "objective", "es": "objetivo", "pt": "objetivo", "fr": "objectif", "de": "Ziel",
    "zh": "目标", "ja": "目標", "ko": "목표",
}  # fmt: skip
# a sentence that describes the objective (the body's paragraph)
DESCRIPTION = {
    "en": "Close the 12 open findings of the February review, starting with leaked keys.",
    "es": "Cerrar los 12 hallazgos abiertos de la revisión de febrero, empezando por las claves.",
    "pt": "Eliminar as 12 falhas abertas da analise de fevereiro, com foco em credenciais.",
    "fr": "Fermer les 12 constats ouverts de la revue de février, d'abord les clés exposées.",
    "de": "Die 12 offenen Befunde der Februar-Prüfung schließen, zuerst die offenen Schlüssel.",
    "zh": "关闭二月审查中发现的 12 个问题，先处理泄露的密钥。",
    "ja": "2月のレビューで見つかった12件の指摘を解消する。まず漏えいした鍵から。",
    "ko": "2월 점검에서 나온 12건의 지적을 해결한다. 유출된 키부터 처리한다.",
}  # fmt: skip
MARKS = ("✓", "✔")


def _heading(lang: str, i: int, title: str) -> str:
    colon = "：" if lang in ("zh", "ja") else ": "
    return f"### {WORDS[lang].objective} 1.{i + 1}{colon}{title}"


def _checks(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 3)
    lines, out = [f"# {WORDS[lang].page}", ""], []
    for i, o in enumerate(t.objectives):
        lines.append(_heading(lang, i, o.title))
        krs = []
        for j, k in enumerate(o.key_results):
            box = "- " if variant == "plain_bullets" else "- [ ] "
            if j == 2:  # the last item is not marked
                lines.append(f"{box}{k.text}")
                krs.append(KeyResult(k.text))
                continue
            mark = MARKS[(i + j) % 2] if variant != "mark_and_note" else "✓"
            note = NOTE[lang] if variant == "mark_and_note" and j == 1 else ""
            lines.append(
                f"{box}{k.text} {mark}{note}" if lang != "zh" else f"{box}{k.text}{mark}{note}"
            )
            krs.append(KeyResult(k.text, status="done"))
        lines.append("")
        out.append(Objective(o.title, tuple(krs)))
    return lines, Tree(tuple(out))


def _front(key: str, value: str, quoted: bool) -> list[str]:
    shown = f'"{value}"' if quoted else value
    return [
        "---", "id: OKR-2026-Q1-04", 'period: "2026-Q1"', f"{key}: {shown}",
        'created_by: "claude-code"', "status: active", "key_results:", "  - id: KR-01",
        '    description: "Findings closed (baseline: 12)"', "    target: 0", "---", "",
    ]  # fmt: skip


def _body(lang: str, krs: tuple[KeyResult, ...], heading: bool = True) -> list[str]:
    w = WORDS[lang]
    lines = [f"## {w.objective}", "", DESCRIPTION[lang], ""] if heading else []
    lines += [f"## {w.key_results}", ""]
    for j, k in enumerate(krs, 1):
        lines += [f"### KR-0{j}: {k.text}", "", "- **Meta**: 0", "- **Atual**: 12", ""]
    return lines


def _fronted(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    o = tree_of(lang, 1, objectives).objectives[0]
    key = KEY[lang] if variant == "language_key" else "objective"
    lines = _front(key, o.title, variant != "unquoted") + _body(lang, o.key_results)
    return lines, Tree((Objective(o.title, tuple(KeyResult(k.text) for k in o.key_results)),))


# the area-named objective markers (three areas), in the page's language
AREAS = {
    "en": ("Tech Objective", "Growth Objective", "Community Objective"),
    "es": ("Objetivo de Tecnología", "Objetivo de Crecimiento", "Objetivo de Comunidad"),
    "pt": ("Objetivo de Tecnologia", "Objetivo de Crescimento", "Objetivo da Comunidade"),
    "fr": ("Objectif Tech", "Objectif Croissance", "Objectif Communauté"),
    "de": ("Technik-Ziel", "Ziel Wachstum", "Community-Ziel"),
    "zh": ("技术目标", "增长目标", "社区目标"),
    "ja": ("技術目標", "成長目標", "コミュニティ目標"),
    "ko": ("기술 목표", "성장 목표", "커뮤니티 목표"),
}  # fmt: skip
# the result table's header: result, progress, status; then two status cells' words
RESULT_HEADER = {
    "en": ("Result", "Progress to Date", "Status"), "es": ("Resultado", "Avance", "Estado"),
    "pt": ("Resultado", "Progresso", "Status"), "fr": ("Résultat", "Avancement", "Statut"),
    "de": ("Ergebnis", "Fortschritt", "Status"), "zh": ("结果", "进展", "状态"),
    "ja": ("結果", "進捗", "ステータス"), "ko": ("결과", "진행", "상태"),
}  # fmt: skip
STATES = {
    "en": ("Working on it", "Soon"), "es": ("En curso", "Pronto"), "pt": ("Em andamento", "Em breve"),
    "fr": ("En cours", "Bientôt"), "de": ("In Arbeit", "Bald"), "zh": ("进行中", "即将开始"),
    "ja": ("進行中", "近日"), "ko": ("진행 중", "곧"),
}  # fmt: skip
PROGRESS = {
    "en": "Currently 3", "es": "Ahora 3", "pt": "Agora 3", "fr": "Actuellement 3",
    "de": "Derzeit 3", "zh": "目前 3", "ja": "現在 3", "ko": "현재 3",
}  # fmt: skip
PERIODS = {
    "okrs_after": ("Q2 2026 OKRs", "Q1 2026 OKRs"),
    "okr_before": ("OKR Q2 2026", "OKR Q1 2026"),
    "okrs_dash": ("OKRs — 2026 Q1", "OKRs — 2025 Q4"),
}


def _result_table(lang: str, krs: tuple[KeyResult, ...], header: tuple[str, ...]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for j, k in enumerate(krs):
        if len(header) == 3:
            lines.append(f"|{k.text}|{PROGRESS[lang]}|{'⏳🔜'[j % 2]} {STATES[lang][j % 2]}|")
        else:
            lines.append(f"| {k.text} | {PROGRESS[lang]} |")
    return lines


def _areas(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    lines, out = [f"# {WORDS[lang].page}", "", "## Q2 2026 OKRs"], []
    for i, o in enumerate(t.objectives):
        marker = f"{AREAS[lang][i]} - {o.title}"
        lines.append({"bold_lines": f"**{marker}**", "headings": f"### {marker}"}[variant])
        lines += [""] + _result_table(lang, o.key_results, RESULT_HEADER[lang]) + [""]
        krs = [KeyResult(k.text, status=STATES[lang][j % 2]) for j, k in enumerate(o.key_results)]
        out.append(Objective(o.title, tuple(krs)))
    return lines, Tree(tuple(out))


def _quarters(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    lines, out = [f"# {WORDS[lang].page}", ""], []
    for period in PERIODS[variant]:
        lines += [f"## {period}", ""]
        for i, o in enumerate(t.objectives, 1):
            lines += [f"### {WORDS[lang].objective} {i}: {o.title}", ""]
            lines += [f"- {k.text}" for k in o.key_results] + [""]
            out.append(Objective(o.title, tuple(KeyResult(k.text) for k in o.key_results)))
    return lines, Tree(tuple(out))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    if variant == "mark_inside":  # "Pass review ✓ for 10 services": the mark is no ending
        t = tree_of(lang, objectives, 2)
        lines, out = [f"# {WORDS[lang].page}", ""], []
        for i, o in enumerate(t.objectives):
            lines.append(_heading(lang, i, o.title))
            texts = [
                f"{o.key_results[0].text} ✓ {NOTE[lang].strip('()（）')} 2",
                o.key_results[1].text,
            ]
            lines += [f"- [ ] {text}" for text in texts] + [""]
            out.append(Objective(o.title, tuple(KeyResult(text) for text in texts)))
        return lines, Tree(tuple(out))
    o = tree_of(lang, 1, objectives).objectives[0]
    krs = tuple(KeyResult(k.text) for k in o.key_results)
    if variant == "area_without_marker":  # "Tech Track - …": no objective word, no objective
        t = tree_of(lang, objectives, 2)
        lines = [f"# {WORDS[lang].page}", "", "## Q2 2026 OKRs"]
        for i, ob in enumerate(t.objectives):
            lines += [f"**Track {i + 1} - {ob.title}**", ""]
            lines += _result_table(lang, ob.key_results, RESULT_HEADER[lang]) + [""]
        return lines, Tree(())
    if variant in ("metric_result_table", "result_notes_table"):  # context under an objective
        t = tree_of(lang, objectives, 2)
        lines, out = [f"# {WORDS[lang].page}", ""], []
        header = ("Metric", "Result") if variant == "metric_result_table" else ("Result", "Notes")
        for ob in t.objectives:
            first, second = ob.key_results
            lines += [f"**{WORDS[lang].objective} - {ob.title}**", "", f"- {first.text}", ""]
            lines += _result_table(lang, (second,), header) + [""]
            out.append(Objective(ob.title, (KeyResult(first.text),)))
        return lines, Tree(tuple(out))
    if variant == "review_repeat":  # the same objective under a review heading: a repeat
        t = tree_of(lang, objectives, 2)
        lines, out = [f"# {WORDS[lang].page}", ""], []
        for period in ("Q2 2026 OKRs", "Q1 2026 Review"):
            lines += [f"## {period}", ""]
            for i, ob in enumerate(t.objectives, 1):
                lines += [f"### {WORDS[lang].objective} {i}: {ob.title}", ""]
                lines += [f"- {k.text}" for k in ob.key_results] + [""]
                if period.endswith("OKRs"):
                    out.append(
                        Objective(ob.title, tuple(KeyResult(k.text) for k in ob.key_results))
                    )
        return lines, Tree(tuple(out))
    if variant == "title_only":  # no objective key: the body's paragraph is the objective
        lines = _front("title", o.title, True) + _body(lang, o.key_results)
        return lines, Tree((Objective(DESCRIPTION[lang], krs),))
    if variant == "objective_block":  # "objective:" opening a block: as before
        front = _front("objective", "x", False)
        front[3:4] = ["objective:", f'  title: "{o.title}"']
        return front + _body(lang, o.key_results), Tree((Objective(DESCRIPTION[lang], krs),))
    # "indented_key": an "objective:" field of a key result's entry, not the file's objective
    front = _front("title", o.title, True)
    front[8:8] = [f'    objective: "{o.title}"']
    return front + _body(lang, o.key_results), Tree((Objective(DESCRIPTION[lang], krs),))


VARIANTS = {
    "check_marks": ("box_marks", "mark_and_note", "plain_bullets"),
    "front_matter_objective": ("quoted", "unquoted", "language_key"),
    "area_objectives": ("bold_lines", "headings"),
    "quarter_repeats": ("okrs_after", "okr_before", "okrs_dash"),
    "after_thirty_fifth_near_misses": (
        "mark_inside",
        "title_only",
        "objective_block",
        "indented_key",
        "area_without_marker",
        "metric_result_table",
        "result_notes_table",
        "review_repeat",
    ),
}

ROUND = VariantRound(
    "after the thirty-fifth",
    LANGUAGES,
    VARIANTS,
    {
        "check_marks": _checks,
        "front_matter_objective": _fronted,
        "area_objectives": _areas,
        "quarter_repeats": _quarters,
        "after_thirty_fifth_near_misses": _near,
    },
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
