"""The thirty-second reader round's survey, part A (issue 15): goal files and tracking pages that
teams, founders and agents keep in repositories (`GOALS.md`, `OKRs.md`, `memory/goals.md`,
`docs/okrs/2026-q4.md`), one small page per convention and language (the 12 languages of
bench/document_survey.py, 2-3 objectives of 2-3 key results, the expected tree known by
construction), read by the reader.

    .venv/bin/python -m bench.document_survey_goals             # every convention
    .venv/bin/python -m bench.document_survey_goals goal_checkboxes   # one convention, misses shown

Written before any rule of the round (the "before" figure of docs/plaintext.md, "The
thirty-second reader round, part A"): checkbox lists under "## Goal 1: …" / "### O1 — …"
headings; label lines under a goal (why, owner, status, next action) and field bullets under a
key result (baseline, target, current, deadline); "Metric: …" bullets; tables of goals with
metric, target, status and owner columns; trailing progress notes (✅, "— at risk", "(@ana)",
"[progress: 40%]"); active goals beside an ideas backlog; YAML goal files; agent memory pages
("## Current objectives" over "- Metric: … | Target: … | Now: …").

Conventions the docs leave open are not scored (see the docs section's "open" list): a completed
or archived goals section, "(40%)" / "3/10" / "▓▓▓░░ 60%" progress, "⏳" and leading colour
emoji, "[P0]" priorities, "(due …)" dates, "KRs: a; b; c" inline lists.
"""

import sys

from tests.text.document_shapes import KeyResult, Objective, Tree

from bench.document_survey import W, conventions, survey
from bench.document_survey_plans import c, marked_page

CONV, conv = conventions()


# A goal's word as a goal file numbers it ("Goal 1: …"), and the label words of a goal file.
GOAL = {
    "en": "Goal", "es": "Meta", "pt": "Meta", "fr": "But", "de": "Ziel", "nl": "Doel",
    "pl": "Cel", "ru": "Цель", "zh": "目标", "ja": "目標", "ko": "목표", "id": "Tujuan",
}  # fmt: skip
WHY = {
    "en": "Why", "es": "Por qué", "pt": "Por quê", "fr": "Pourquoi", "de": "Warum", "nl": "Waarom",
    "pl": "Dlaczego", "ru": "Зачем", "zh": "原因", "ja": "理由", "ko": "이유", "id": "Alasan",
}  # fmt: skip
STATUS = {
    "en": "Status", "es": "Estado", "pt": "Status", "fr": "Statut", "de": "Status", "nl": "Status",
    "pl": "Status", "ru": "Статус", "zh": "状态", "ja": "ステータス", "ko": "상태", "id": "Status",
}  # fmt: skip
IN_PROGRESS = {
    "en": "in progress", "es": "en curso", "pt": "em andamento", "fr": "en cours",
    "de": "in Arbeit", "nl": "bezig", "pl": "w toku", "ru": "в работе", "zh": "进行中",
    "ja": "進行中", "ko": "진행 중", "id": "berjalan",
}  # fmt: skip
NEXT = {
    "en": "Next action", "es": "Próxima acción", "pt": "Próxima ação", "fr": "Prochaine action",
    "de": "Nächster Schritt", "nl": "Volgende stap", "pl": "Następny krok", "ru": "Следующий шаг",
    "zh": "下一步", "ja": "次のアクション", "ko": "다음 행동", "id": "Langkah berikutnya",
}  # fmt: skip
METRIC = {
    "en": "Metric", "es": "Métrica", "pt": "Métrica", "fr": "Métrique", "de": "Kennzahl",
    "nl": "Metriek", "pl": "Metryka", "ru": "Метрика", "zh": "指标", "ja": "指標", "ko": "지표",
    "id": "Metrik",
}  # fmt: skip
# Field labels of a key result: baseline, target, current, deadline.
FIELDS = {
    "en": ("Baseline", "Target", "Current", "Deadline"),
    "es": ("Línea base", "Meta", "Actual", "Fecha límite"),
    "pt": ("Linha de base", "Meta", "Atual", "Prazo"),
    "fr": ("Référence", "Cible", "Actuel", "Échéance"),
    "de": ("Ausgangswert", "Zielwert", "Aktuell", "Frist"),
    "nl": ("Nulmeting", "Doelwaarde", "Huidig", "Deadline"),
    "pl": ("Punkt wyjścia", "Cel", "Obecnie", "Termin"),
    "ru": ("Исходное значение", "Цель", "Сейчас", "Срок"),
    "zh": ("基线", "目标值", "当前", "截止日期"),
    "ja": ("ベースライン", "目標値", "現在", "期限"),
    "ko": ("기준선", "목표치", "현재", "마감일"),
    "id": ("Nilai awal", "Target", "Saat ini", "Tenggat"),
}  # fmt: skip
# Sections of a goal file: the active goals, an ideas backlog.
SECTIONS = {
    "en": ("Active goals", "Ideas"), "es": ("Metas activas", "Ideas"),
    "pt": ("Metas ativas", "Ideias"), "fr": ("Objectifs en cours", "Idées"),
    "de": ("Aktive Ziele", "Ideen"), "nl": ("Actieve doelen", "Ideeën"),
    "pl": ("Aktywne cele", "Pomysły"), "ru": ("Активные цели", "Идеи"),
    "zh": ("进行中的目标", "想法"), "ja": ("進行中の目標", "アイデア"),
    "ko": ("진행 중인 목표", "아이디어"), "id": ("Tujuan aktif", "Ide"),
}  # fmt: skip
CURRENT_OBJECTIVES = {
    "en": "Current objectives", "es": "Objetivos actuales", "pt": "Objetivos atuais",
    "fr": "Objectifs actuels", "de": "Aktuelle Ziele", "nl": "Huidige doelstellingen",
    "pl": "Bieżące cele", "ru": "Текущие цели", "zh": "当前目标", "ja": "現在の目標",
    "ko": "현재 목표", "id": "Tujuan saat ini",
}  # fmt: skip
OWNERS = ("Ana", "Ben", "Dana")


def owner_tree(t, owners=OWNERS):
    return Tree(
        tuple(Objective(o.title, o.key_results, owners[i]) for i, o in enumerate(t.objectives))
    )


def kr_tree(t, **fields):
    """The tree with every key result given the same fields (owner, status, score)."""
    return Tree(
        tuple(
            Objective(o.title, tuple(KeyResult(kr.text, **fields) for kr in o.key_results))
            for o in t.objectives
        )
    )


@conv
def goal_checkboxes(lang, t):
    """ "## Goal 1: title" over "- [ ] KR" / "- [x] KR" (a ticked one done)."""
    return marked_page(
        t,
        ["# GOALS", ""],
        lambda i, o: [f"## {GOAL[lang]} {i}{c(lang)}{o.title}", ""],
        lambda k, kr: f"- [{'x' if k % 2 else ' '}] {kr.text}",
        (None, "done"),
    )


@conv
def o_dash_checkboxes(lang, t):
    """ "### O1 — title" over "* [ ] KR" / "* [x] KR"."""
    return marked_page(
        t,
        [f"# {W(lang).page}", ""],
        lambda i, o: f"### O{i} — {o.title}",
        lambda k, kr: f"* [{'x' if k % 2 else ' '}] {kr.text}",
        (None, "done"),
    )


@conv
def goal_lines_plain(lang, t):
    """ "Goal 1: title" plain lines over "- KR" bullets (no heading)."""
    L = ["# GOALS", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{GOAL[lang]} {i}{c(lang)}{o.title}"] + [f"- {kr.text}" for kr in o.key_results]
        L.append("")
    return L, t


@conv
def goal_context_labels(lang, t):
    """ "## Goal 1: title" over "Why: …" (context), "Owner: Ana" (the objective's owner), then
    the key results as bullets, then "Next action: …" (context)."""
    w = W(lang)
    L = ["# GOALS", ""]
    for i, o in enumerate(t.objectives):
        L += [f"## {GOAL[lang]} {i + 1}{c(lang)}{o.title}", ""]
        L += [f"{WHY[lang]}{c(lang)}{w.steps[1]}.", f"{w.owner}{c(lang)}{OWNERS[i]}", ""]
        L += [f"- {kr.text}" for kr in o.key_results]
        L += ["", f"{NEXT[lang]}{c(lang)}{w.steps[2]}", ""]
    return L, owner_tree(t)


@conv
def objective_status_line(lang, t):
    """ "### O1: title" over "Status: in progress" right below it, then "- KR" bullets: the
    status line is the objective's (no key result's)."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"### O{i}{c(lang)}{o.title}", f"{STATUS[lang]}{c(lang)}{IN_PROGRESS[lang]}", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def kr_field_bullets(lang, t):
    """ "## O1: title" over "- KR" bullets each over nested "  - Baseline: 20", "  - Target:
    45", "  - Deadline: 2027-03-31" field bullets (fields of the key result, no key results)."""
    w = W(lang)
    f = FIELDS[lang]
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}{c(lang)}{o.title}", ""]
        for kr in o.key_results:
            L += [f"- {kr.text}", f"  - {f[0]}{c(lang)}20", f"  - {f[1]}{c(lang)}45"]
            L += [f"  - {f[3]}{c(lang)}2027-03-31"]
        L.append("")
    return L, t


@conv
def goal_metric_bullets(lang, t):
    """ "## Goal 1: title" over "- Metric: KR" bullets (every bullet so labelled: the label is
    no part of the key result, as bench/document_survey.py's goal_metric expected)."""
    L = ["# GOALS", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## {GOAL[lang]} {i}{c(lang)}{o.title}", ""]
        L += [f"- {METRIC[lang]}{c(lang)}{kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def goal_table_repeated(lang, t):
    """ "| Goal | Key result | Target | Status | Owner |", one row per key result, the goal
    repeated; the status and owner the key result's."""
    w = W(lang)
    f = FIELDS[lang]
    L = [
        f"# {w.page}",
        "",
        f"| {w.objective} | {w.key_results} | {f[1]} | {STATUS[lang]} | {w.owner} |",
    ]
    L.append("|---|---|---|---|---|")
    for o in t.objectives:
        L += [f"| {o.title} | {kr.text} | 45 | {IN_PROGRESS[lang]} | Ana |" for kr in o.key_results]
    return L, kr_tree(t, owner="Ana", status=IN_PROGRESS[lang])


@conv
def goal_table_blank(lang, t):
    """ "| Objective | KR | Baseline | Target | Progress |", the objective left blank on its later
    rows; a Progress column of percentages gives the score."""
    w = W(lang)
    f = FIELDS[lang]
    L = [f"# {w.page}", "", f"| {w.objective} | KR | {f[0]} | {f[1]} | Progress |"]
    L.append("|---|---|---|---|---|")
    for o in t.objectives:
        for j, kr in enumerate(o.key_results):
            L.append(f"| {o.title if j == 0 else ''} | {kr.text} | 20 | 45 | 40% |")
    return L, kr_tree(t, score=0.4)


@conv
def tracking_suffixes(lang, t):
    """ "## O1: title" over key results closed by a tracking note, in turn "✅" (done), " — at
    risk" (status as written), " (@ana)" (owner "ana")."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    k = 0
    out = []
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}{c(lang)}{o.title}"]
        krs = []
        for kr in o.key_results:
            n = k % 3
            L.append(f"- {kr.text}" + (" ✅", " — at risk", " (@ana)")[n])
            krs.append(
                KeyResult(
                    kr.text,
                    status=("done", "at risk", None)[n],
                    owner=(None, None, "ana")[n],
                )
            )
            k += 1
        L.append("")
        out.append(Objective(o.title, tuple(krs)))
    return L, Tree(tuple(out))


@conv
def progress_note(lang, t):
    """Key results closed by "[progress: 40%]" (a score, the colon written)."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}{c(lang)}{o.title}"]
        L += [f"- {kr.text} [progress: 40%]" for kr in o.key_results] + [""]
    return L, kr_tree(t, score=0.4)


@conv
def active_and_ideas(lang, t):
    """ "## Active goals" over "### Goal 1: title" / "- KR", then "## Ideas" over unmeasured
    bullets: the ideas are no objective."""
    w = W(lang)
    s = SECTIONS[lang]
    L = ["# GOALS", "", f"## {s[0]}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"### {GOAL[lang]} {i}{c(lang)}{o.title}"]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    L += [f"## {s[1]}", "", f"- {w.steps[1]}", f"- {w.steps[3]}", ""]
    return L, t


@conv
def active_and_ideas_o_ids(lang, t):
    """As active_and_ideas, the goals written "### O1: title"."""
    w = W(lang)
    s = SECTIONS[lang]
    L = ["# GOALS", "", f"## {s[0]}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"### O{i}{c(lang)}{o.title}"]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    L += [f"## {s[1]}", "", f"- {w.steps[1]}", f"- {w.steps[3]}", ""]
    return L, t


@conv
def front_matter_goals(lang, t):
    """YAML front matter (title, updated, owner) over "## O1: title" / "- [ ] KR"."""
    L = ["---", "title: Goals", "updated: 2026-10-01", "tags: [okrs, q4]", "---", "", "# GOALS", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}{c(lang)}{o.title}"] + [f"- [ ] {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def yaml_goals_file(lang, t):
    """A YAML goals file: "goals:" / "  - title: …" / "    owner: Ana" / "    key_results:" /
    "      - …"."""
    L = ["quarter: 2026-Q4", "goals:"]
    for o in t.objectives:
        L += [f"  - title: {o.title}", "    owner: Ana", "    key_results:"]
        L += [f"      - {kr.text}" for kr in o.key_results]
    # "owner: Ana" owns the goal, as an "Owner: Ana" line below an objective does (docs/plaintext.md)
    return L, owner_tree(t, ("Ana", "Ana", "Ana"))


@conv
def yaml_objective_key(lang, t):
    """YAML-like: "- objective: title" / "  key_results:" / "    - …" under "goals:"."""
    L = ["goals:"]
    for o in t.objectives:
        L += [f"  - objective: {o.title}", "    key_results:"]
        L += [f"      - {kr.text}" for kr in o.key_results]
    return L, t


@conv
def agent_memory(lang, t):
    """An agent's memory page: "## Current objectives" over "### 1. title", "Status: in progress"
    right below, then "- Metric: KR | Target: 45 | Current: 20" lines (the metric the key result,
    the other fields no part of its title; the heading keeps its outline number)."""
    f = FIELDS[lang]
    L = ["# MEMORY", "", f"## {CURRENT_OBJECTIVES[lang]}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"### {i}. {o.title}", f"{STATUS[lang]}{c(lang)}{IN_PROGRESS[lang]}"]
        L += [
            f"- {METRIC[lang]}{c(lang)}{kr.text} | {f[1]}{c(lang)}45 | {f[2]}{c(lang)}20"
            for kr in o.key_results
        ]
        L.append("")
    # "### 1. title" keeps its number (docs/plaintext.md: "## 1. Our plan" keeps its number).
    return L, Tree(
        tuple(Objective(f"{i}. {o.title}", o.key_results) for i, o in enumerate(t.objectives, 1))
    )


@conv
def agent_memory_plain(lang, t):
    """An agent's memory page: "## Current objectives" over "### title" / "- KR" bullets, then
    "## Notes" over unmeasured bullets."""
    w = W(lang)
    L = ["# MEMORY", "", f"## {CURRENT_OBJECTIVES[lang]}", ""]
    for o in t.objectives:
        L += [f"### {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
    L += ["## Notes", "", f"- {w.steps[1]}", f"- {w.steps[2]}", ""]
    return L, t


@conv
def quarter_file(lang, t):
    """docs/okrs/2026-q4.md: "# 2026 Q4", "Owner: Ana" and "Status: in progress" page fields,
    "## O1 — title" over "- KR1.1 — KR" bullets."""
    L = ["# 2026 Q4", "", "Updated: 2026-10-01", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i} — {o.title}", ""]
        L += [f"- KR{i}.{j} — {kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


if __name__ == "__main__":
    survey(CONV, sys.argv[1:])
