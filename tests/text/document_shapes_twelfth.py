"""The twelfth round's document families (issue 15), the expected tree known by construction.

Each family renders a sampled tree (`document_shapes.sample_tree`) in a shape the round-8 and
round-9 documents stand for, in several languages, with the noise around it, and returns
(name, text, expected tree) cases; `NEAR_MISSES` are documents of a close shape whose reading
must not change. Test-side only, never shipped.

- `letter_headings`: a heading naming only the marker's letter (`## O` over its title as a
  list item, `## KR` over the key results), between the page's other sections (purpose,
  actions, priorities), optionally with a progress section that writes the same OKR again with
  a blank score slot (`- Title /10`): one objective per `## O`, the restatement no new one.
- `joined_id_headings`: `### O1 Title` over an italic `_Objective_:` description, key results
  as `#### O1KR1` headings over an `_Key Result_:` line (or a plain one) ending in a progress
  fraction or percentage in brackets (`[1/5]`, `[30%]`) — the score.
- `summary_then_sections`: a personal page whose "North Star" list names the objectives
  (`* Learning - what it means`, a note nested below) before their marked sections
  (`# Objective 1: Learning`), key results tagged with a priority (`## [P1] KR: …` headings
  over their notes, or `- [P0] KR: …` items): the summary list is context, the tags no title.
- `goal_heading`: an agent's status page: `### Primary Goal: …` (or `Main Goal`, `Goal`) over
  marked key results (`- **KR1**: … - Current Score: 5/10`), then secondary goals as bold
  labels, a feature list, a command list and session logs: one objective per goal heading,
  the score out of ten read as the key result's score, the rest context.
- `retrospective_first`: a quarter's page opening with the last quarter's retrospective
  (`### Achieved` / `### Not achieved / carried over` lists of ✅ / ❌ items, some measured,
  `### Lessons`), then `## 🎯 Objective N: …` sections whose bold `**KR N.M**: …` paragraphs
  carry field bullets in the page's language (`- 측정: …`, `- 현재: …`, `- 목표일: …`) and whose
  `### Initiatives` group checkbox items under `#### Phase 1 — … (April)` headings: the
  retrospective, the fields and the initiative groups are no objectives or key results.
- `guide_then_okrs`: a project page opening with "What is an OKR?" (`## OKR이란?`, `## OKRとは`,
  `## 什么是OKR`) defining the terms in bold-label lists, then `## Objective N: …` sections whose
  `#### KR j: …` headings carry bold field bullets, one of them labelled with the objective
  word as the target (`- **목표**: 95%`), and `### Initiatives` grouped by phase headings, and
  closing with a "How to use OKRs" section: the guide, the fields and the phases are context.
- `article_example`: a blog article on OKRs: an intro paragraph over a list, a practical example
  written `**Objective Q1 2025:**` over its quoted title and `**Key Results:**` over a numbered
  list, then "common mistakes" under headings marked wrong (`### ❌ Too many OKRs`,
  `### ❌ Key Results not measurable`) over prose: the example is the one objective.
"""

from __future__ import annotations

import itertools

from tests.text.document_shapes import LANGUAGES, KeyResult, Objective, Tree, expected, sample_tree

# Section names a page carries around the OKR (purpose, actions, this week's priorities)
_SECTIONS = {
    "en": ("Purpose", "Action items", "Priorities this week", "Progress check 10/17"),
    "ja": ("目的", "アクション項目", "今週の優先事項", "進捗確認 10/17"),
    "de": ("Zweck", "Aufgaben", "Prioritäten dieser Woche", "Fortschritt 17.10."),
    "fr": ("But", "Actions", "Priorités de la semaine", "Point d'avancement 17/10"),
    "es": ("Propósito", "Acciones", "Prioridades de la semana", "Revisión 17/10"),
    "zh": ("目的", "行动项", "本周优先事项", "进度检查 10/17"),
    "ko": ("목적", "실행 항목", "이번 주 우선순위", "진행 점검 10/17"),
}
_ACTIONS = {
    "en": ("Weekly review on Mondays 30min", "Win session every Friday"),
    "ja": ("毎週月曜日の振り返り 30min", "毎週金曜日のウィン・セッション"),
    "de": ("Wöchentlicher Rückblick montags 30min", "Erfolgsrunde jeden Freitag"),
    "fr": ("Revue chaque lundi 30min", "Session des victoires chaque vendredi"),
    "es": ("Revisión semanal los lunes 30min", "Sesión de logros cada viernes"),
    "zh": ("每周一复盘 30min", "每周五分享成果"),
    "ko": ("매주 월요일 회고 30min", "매주 금요일 성과 공유"),
}


def _plain_tree(tree: Tree) -> Tree:
    """The tree without owners, scores and statuses (the family writes none of them)."""
    return Tree(
        tuple(
            Objective(o.title, tuple(KeyResult(kr.text) for kr in o.key_results))
            for o in tree.objectives
        )
    )


def letter_headings(seed: int, language: str, objectives: int, progress: bool) -> tuple[str, list]:
    """Return a page of `## O` / `## KR` sections and its expected tree."""
    tree = _plain_tree(sample_tree(seed, objectives, 3, language))
    purpose, actions, priorities, check = _SECTIONS[language]
    lines = ["# 2022-10 OKR", "", f"## {purpose}", f"- {_ACTIONS[language][1]}", ""]
    for o in tree.objectives:
        lines += ["## O", f"- {o.title}", "## KR", *(f"- {kr.text}" for kr in o.key_results), ""]
    lines += [f"# {actions}", *(f"- {a}" for a in _ACTIONS[language]), ""]
    if progress:
        lines += [f"# {check}"]
        for o in tree.objectives:
            lines += ["## O", f"- {o.title} /10", "## KR"]
            lines += [f"- {kr.text} " for kr in o.key_results]
        lines += ["", f"## {priorities}", f"- P1 {_ACTIONS[language][0]}", ""]
    return "\n".join(lines) + "\n", expected(tree)


def _fraction(score: float, j: int) -> str:
    """Write a score as a progress fraction or a percentage in brackets."""
    if j % 2:
        return f"[{round(score * 100)}%]"
    return f"[{round(score * 10)}/10]"


def joined_id_headings(seed: int, language: str, labelled: bool) -> tuple[str, list]:
    """Return a page of `### O1 Title` / `#### O1KR1` sections and its expected tree."""
    sampled = sample_tree(seed, 3, 2, language)
    tree = Tree(
        tuple(
            Objective(o.title, tuple(KeyResult(kr.text, score=kr.score) for kr in o.key_results))
            for o in sampled.objectives
        )
    )
    objective_word, kr_word, _ = LANGUAGES[language]
    lines = ["# CY22-Q2 OKRs", "## Team", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"### O{i} {o.title}  ", f"_{objective_word}_: {o.title} for every team.", ""]
        for j, kr in enumerate(o.key_results, 1):
            label = "_Key Result_: " if labelled or j == 1 else ""
            lines += [f"#### O{i}{kr_word}{j} ", f"{label}{kr.text} {_fraction(kr.score, j)}", ""]
    return "\n".join(lines) + "\n", expected(tree)


_SUMMARY_SEPARATORS = (" - ", ": ", " — ")
# Notes nested under a summary item, some measured as a key result would be
_SUMMARY_NOTES = (
    "The metric will be the posts that I have written.",
    "The metric here will be my sleep score, above 80 for over 3 months.",
    "The metric is working less than 50 hours a week.",
)


def summary_then_sections(
    seed: int, language: str, separator: str, headings: bool
) -> tuple[str, list]:
    """Return a page naming its objectives in a summary list before their sections."""
    tree = _plain_tree(sample_tree(seed, 3, 2, language))
    objective_word = LANGUAGES[language][0]
    lines = ["# Theme", "", "> *Explore and exploit*", "", "## North Star", ""]
    lines += ["Here are some high level goals to achieve:"]
    for k, o in enumerate(tree.objectives):
        lines += [f"* {o.title}{separator}what it would mean to get there this half.",
                  f"  * {_SUMMARY_NOTES[(seed + k) % len(_SUMMARY_NOTES)]}", ""]  # fmt: skip
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"# {objective_word} {i}: {o.title}", "", "> What it would mean this half.", ""]
        for j, kr in enumerate(o.key_results):
            tag = f"[P{(i + j) % 3}]"
            if headings:
                lines += [f"## {tag} KR: {kr.text}", "* A note on how it is measured.", ""]
            else:
                lines += [f"- {tag} KR: {kr.text}"]
        lines += [""]
    return "\n".join(lines) + "\n", expected(tree)


_GOALS = ("Primary Goal", "Main Goal", "Goal")
_GOAL_KRS = ("- **KR{j}**: {text}", "- KR{j}: {text}", "* **KR {j}** - {text}")
_PAGE_NOISE = [
    "### Secondary Goals:",
    "- **Pokedex Completion**: See and catch diverse species",
    "- **Exploration Efficiency**: Navigate areas without getting lost",
    "",
    "## Implementation Status - Phase 2 Complete ✅",
    "",
    "### Interactive Features Implemented:",
    "- 🗣️ Chat interface for real-time guidance",
    "- ⏸️ Pause/resume system with /command support",
    "- 🧵 Multi-threaded execution for interruptible task processing",
    "",
    "### Available Commands:",
    "- `/help` - Show command reference",
    "- `/pause` - Pause current execution",
    "- `/quit` - Exit interactive mode",
    "",
    "## Session 2025-06-18 17:48",
    "- 🎬 Interactive session started",
    "- 🎯 Current Goal: {goal}",
    "- 🏁 [17:48:12] Interactive session ended",
    "",
    "## Session 2025-06-18 18:16",
    "- 🎯 [18:16:46] Started: Started task: find 3 new species",
    "- 🎯 [10:00:22] 20-turn checkpoint: Good navigation → checkpoint | Progress ratio: 0.65, Issues: 0",
]


def goal_heading(
    seed: int, language: str, goals: int, marker: int, scored: bool
) -> tuple[str, list]:
    """Return an agent's status page with goal headings over marked key results."""
    sampled = sample_tree(seed, goals, 3, language)
    scores = (0.0, 0.5, 0.3, 1.0)
    tree = Tree(
        tuple(
            Objective(
                o.title,
                tuple(
                    KeyResult(kr.text, score=scores[(i + j) % 4] if scored else None)
                    for j, kr in enumerate(o.key_results)
                ),
            )  # fmt: skip
            for i, o in enumerate(sampled.objectives)
        )
    )
    lines = ["# Agent - Objectives & Key Results", "", "## Current Objectives"]
    for i, o in enumerate(tree.objectives):
        lines += [f"### {_GOALS[(seed + i) % len(_GOALS)]}: {o.title}"]
        for j, kr in enumerate(o.key_results, 1):
            line = _GOAL_KRS[marker].format(j=j, text=kr.text)
            if kr.score is not None:
                line += f" - Current Score: {round(kr.score * 10)}/10"
            lines.append(line)
        lines.append("")
    lines += [n.format(goal=tree.objectives[0].title) for n in _PAGE_NOISE]
    return "\n".join(lines) + "\n", expected(tree)


# (retrospective, achieved, not achieved, lessons, (measure, current, due date), initiatives)
_RETRO = {
    "en": ("Q1 retrospective (Jan-Mar)", "Achieved", "Not achieved / carried over", "Lessons learned",
           ("Measure", "Baseline", "Due date"), "Initiatives"),
    "ko": ("Q1 회고 (2026-01~03)", "달성한 것", "미달성 / 이월", "교훈", ("측정", "현재", "목표일"), "Initiatives"),
    "ja": ("Q1 振り返り", "できたこと", "できなかったこと", "教訓", ("測定", "現状", "期限"), "施策"),
    "de": ("Rückblick Q1", "Erreicht", "Nicht erreicht", "Lektionen", ("Messung", "Aktuell", "Fällig"),
           "Initiativen"),
    "es": ("Retrospectiva Q1", "Logrado", "No logrado", "Lecciones aprendidas",
           ("Medición", "Actual", "Fecha"), "Iniciativas"),
}  # fmt: skip
_DONE = ("Season 1 finished (5 chapters, 30+ stages)", "18 new legions added (38 in total)",
         "Daily rewards and leaderboard live")  # fmt: skip
_MISSED = ("DAU 1,000 → actually 50~100 (no marketing)", "Crowdfunding → not started",
           "Sound system → unfinished")  # fmt: skip
_PHASES = ("Phase 1 — Tech debt (mid April)", "Phase 2 — Core loop (end of April)",
           "Content (May-June)")  # fmt: skip
_TASKS = ("5 gameplay GIFs (PVP, cards, story)", "30-second trailer video",
          "Post in 3 indie game communities")  # fmt: skip


_REPORTS = (
    "{n}% (in progress)",
    "not measured → add events",
    "~50 users ({n}%)",
    "0 members (not opened)",
)


def _reported(j: int, i: int) -> tuple[str, float | None]:
    """Return a progress report on a key result and the score it states (a percentage)."""
    n = (10 * (i + j)) % 100
    report = _REPORTS[(i + j) % len(_REPORTS)].format(n=n)
    return report, (n / 100 if "%" in report else None)


def retrospective_first(
    seed: int, language: str, objectives: int, progress: bool = False
) -> tuple[str, list]:
    """Return a quarter's page opening with a retrospective, then marked OKR sections, and
    with `progress` a section restating each objective and key result by its id with a report."""
    tree = _plain_tree(sample_tree(seed, objectives, 3, language))
    if progress:
        tree = Tree(
            tuple(
                Objective(
                    o.title,
                    tuple(
                        KeyResult(kr.text, score=_reported(j, i)[1])
                        for j, kr in enumerate(o.key_results, 1)
                    ),
                )  # fmt: skip
                for i, o in enumerate(tree.objectives, 1)
            )
        )
    retro, done, missed, lessons, fields, initiatives = _RETRO[language]
    objective_word = LANGUAGES[language][0]
    lines = ["# AI WAR - OKR", "", "**Quarter**: Q2 2026", "", "---", "", f"## 📌 {retro}", ""]
    lines += [f"### {done}", *(f"- ✅ {t}" for t in _DONE), "", f"### {missed}"]
    lines += [*(f"- ❌ {t}" for t in _MISSED), "", f"### {lessons}"]
    lines += ["1. **Finish before widening** — 38 legions, few felt in play", "", "---", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"## 🎯 {objective_word} {i}: {o.title}", "", "> *Stop adding features.*", ""]
        lines += ["### Key Results", ""]
        for j, kr in enumerate(o.key_results, 1):
            lines += [f"**KR {i}.{j}**: {kr.text}", f"- {fields[0]}: Firebase events",
                      f"- {fields[1]}: not measured yet", f"- {fields[2]}: 2026-0{3 + j}-30", ""]  # fmt: skip
        lines += [f"### {initiatives}", ""]
        for k, phase in enumerate(_PHASES[: 1 + (seed + i) % 3]):
            lines += [f"#### {phase}", f"- [ ] {_TASKS[k]}", f"- [ ] {_TASKS[(k + 1) % 3]}", ""]
        lines += ["---", ""]
    if progress:
        lines += ["## 📊 Progress (2026-04-11)", ""]
        for i, o in enumerate(tree.objectives, 1):
            lines += [f"### {objective_word} {i}: {' '.join(o.title.split()[:2])}"]
            for j, _kr in enumerate(o.key_results, 1):
                lines += [f"- **KR {i}.{j} (metric {j})**: {_reported(j, i)[0]}"]
            lines += [""]
    return "\n".join(lines) + "\n", expected(tree)


# (what is an OKR, principles, guide, how to use, (measure, current, target word, meaning))
_GUIDE = {
    "en": ("What is an OKR?", "Principles", "Writing guide", "How to use OKRs",
           ("How we measure", "Current state", "Target", "Why it matters")),
    "ko": ("OKR이란?", "핵심 원칙", "작성 가이드", "OKR 활용 방법", ("측정 방법", "현재 상태", "목표", "의미")),
    "ja": ("OKRとは", "基本原則", "書き方", "OKRの使い方", ("測定方法", "現状", "目標", "意味")),
    "zh": ("什么是OKR", "核心原则", "写作指南", "OKR使用方法", ("衡量方法", "当前状态", "目标", "意义")),
}  # fmt: skip


def guide_then_okrs(seed: int, language: str, objectives: int) -> tuple[str, list]:
    """Return a project page: an OKR guide, marked objectives with key-result headings over
    their fields, phases of initiatives, and how the team uses OKRs."""
    tree = _plain_tree(sample_tree(seed, objectives, 3, language))
    what, principles, guide, how, fields = _GUIDE[language]
    objective_word = LANGUAGES[language][0]
    lines = [
        "# Leak check OKR",
        "",
        f"## {what}",
        "",
        "OKRs pair ambitious goals with results.",
        "",
    ]
    lines += [f"### {principles}", "- **Objective**: the big dream we want to reach",
              "- **Key Results**: the numbers that prove we got closer",
              "- **Initiative**: what we actually do", "", f"### {guide}",
              '1. **Objective**: focus on "the value users get"',
              "2. **Key Results**: outcomes, 70% achievable", "", "---", "", "## 2026 Q1 OKR", ""]  # fmt: skip
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"## {objective_word} {i}: {o.title}", "", "> Customers waste time alone.", ""]
        lines += ["### Key Results", ""]
        for j, kr in enumerate(o.key_results, 1):
            lines += [f"#### KR {j}: {kr.text}", f"- **{fields[0]}**: a survey after each job",
                      f"- **{fields[1]}**: 0% (before the MVP)", f"- **{fields[2]}**: {90 + j}%",
                      f"- **{fields[3]}**: customers trust the process", ""]  # fmt: skip
        lines += ["### Initiatives (work)", "", "#### Phase 1: Stabilise (Week 1-2)",
                  "- [x] Docker environment ready", "- [ ] Escrow payment test", "",
                  "#### Phase 2: AI and automation (Week 3-4)",
                  "- [ ] Raise leak detection accuracy (85% target)", "  - Collect more images",
                  "- [ ] Recruit 10 beta testers (5 customers, 5 masters)", "", "---", ""]  # fmt: skip
    lines += [f"## {how}", "", "### 3. Quarterly retrospective",
              "- Rate the final OKR achievement (70% or more is success)",
              "- Write down the lessons learned", ""]  # fmt: skip
    return "\n".join(lines) + "\n", expected(tree)


# (intro, example heading, why it works, mistakes, too many, not measurable)
_ARTICLE = {
    "en": ("OKRs are one of the most powerful frameworks in the world. Used by Google and Intel, OKRs help you to:",
           "Practical example: B2B SaaS startup", "Why it works:", "Common mistakes to avoid", "Too many OKRs",
           "Key Results that are not measurable"),
    "it": ("Gli OKR sono uno dei framework più potenti al mondo. Utilizzati da Google e Intel, gli OKR ti aiutano a:",
           "Esempio pratico: Startup SaaS B2B", "Perché funziona:", "Errori comuni da evitare", "Troppi OKR",
           "Key Results non misurabili"),
    "es": ("Los OKR son uno de los marcos más potentes del mundo. Usados por Google e Intel, los OKR te ayudan a:",
           "Ejemplo práctico: startup SaaS B2B", "Por qué funciona:", "Errores comunes", "Demasiados OKR",
           "Key Results no medibles"),
    "fr": ("Les OKR sont l'un des cadres les plus puissants au monde. Utilisés par Google et Intel, ils vous aident à :",
           "Exemple pratique : startup SaaS B2B", "Pourquoi ça marche :", "Erreurs courantes", "Trop d'OKR",
           "Key Results non mesurables"),
}  # fmt: skip


def article_example(seed: int, language: str, period: str) -> tuple[str, list]:
    """Return a blog article on OKRs whose practical example is the one objective."""
    tree = _plain_tree(sample_tree(seed, 1, 3, language))
    intro, example, why, mistakes, too_many, unmeasured = _ARTICLE[language]
    o = tree.objectives[0]
    lines = ["---", 'title: "How to use OKRs"', "---", "", intro, "",
             "- Set clear and ambitious goals", "- Measure progress with concrete metrics", "",
             f"## {example}", "", f"**Objective {period}:**", f'"{o.title}"', "", "**Key Results:**",
             *(f"{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1)), "", f"**{why}**",
             "- The objective is clear and inspiring", "- The KRs are specific and measurable", "",
             f"## {mistakes}", "", f"### ❌ {too_many}", "More than 5 objectives → no focus.", "",
             "**Rule:** 3-5 OKRs company-wide, 3-5 per team", "", f"### ❌ {unmeasured}",
             '"Improve customer satisfaction" is not a KR.', '"NPS from 6 to 8+" is.', ""]  # fmt: skip
    return "\n".join(lines) + "\n", expected(tree)


def cases() -> list[tuple[str, str, list]]:
    """Return every (name, text, expected tree) of the twelfth round's families."""
    out = []
    for seed, lang, n, progress in itertools.product(range(3), _SECTIONS, (1, 2), (False, True)):
        text, tree = letter_headings(seed, lang, n, progress)
        out.append(
            (f"letter_headings-{lang}-{n}-{'progress' if progress else 'plain'}-{seed}", text, tree)
        )
    for seed, lang, labelled in itertools.product(range(3), LANGUAGES, (False, True)):
        text, tree = joined_id_headings(seed, lang, labelled)
        out.append(
            (f"joined_id_headings-{lang}-{'labelled' if labelled else 'mixed'}-{seed}", text, tree)
        )
    for seed, lang, sep, headings in itertools.product(
        range(2), LANGUAGES, _SUMMARY_SEPARATORS, (False, True)
    ):
        text, tree = summary_then_sections(seed, lang, sep, headings)
        kind = "headings" if headings else "items"
        out.append(
            (
                f"summary_then_sections-{lang}-{kind}-{_SUMMARY_SEPARATORS.index(sep)}-{seed}",
                text,
                tree,
            )
        )
    for seed, lang, goals, marker, scored in itertools.product(
        range(2), LANGUAGES, (1, 2), range(len(_GOAL_KRS)), (False, True)
    ):
        text, tree = goal_heading(seed, lang, goals, marker, scored)
        kind = "scored" if scored else "plain"
        out.append((f"goal_heading-{lang}-{goals}-{marker}-{kind}-{seed}", text, tree))
    for seed, lang, n, progress in itertools.product(range(3), _RETRO, (1, 2, 3), (False, True)):
        text, tree = retrospective_first(seed, lang, n, progress)
        kind = "progress" if progress else "plain"
        out.append((f"retrospective_first-{lang}-{n}-{kind}-{seed}", text, tree))
    for seed, lang, n in itertools.product(range(3), _GUIDE, (1, 2)):
        text, tree = guide_then_okrs(seed, lang, n)
        out.append((f"guide_then_okrs-{lang}-{n}-{seed}", text, tree))
    for seed, lang, period in itertools.product(range(3), _ARTICLE, ("Q1 2025", "H2", "FY26")):
        text, tree = article_example(seed, lang, period)
        out.append((f"article_example-{lang}-{period.replace(' ', '_')}-{seed}", text, tree))
    return out


# Close shapes whose reading must not change: (name, text, expected tree)
NEAR_MISSES: list[tuple[str, str, list]] = []
NEAR_MISSES += [
    (  # the same objective again with key results of its own: another period's, kept
        "repeat_with_new_key_results",
        "# Q1\n## Objective\n- Make deploys boring\n## Key results\n- Cut failed deploys from 12% to 3%\n"
        "- Halve median build time\n\n# Q2\n## Objective\n- Make deploys boring\n## Key results\n"
        "- Reach 40 weekly active teams\n",
        [
            {"title": "Make deploys boring", "owner": None, "key_results": [
                {"title": "Cut failed deploys from 12% to 3%", "owner": None, "score": None, "status": None},
                {"title": "Halve median build time", "owner": None, "score": None, "status": None}]},
            {"title": "Make deploys boring", "owner": None, "key_results": [
                {"title": "Reach 40 weekly active teams", "owner": None, "score": None, "status": None}]},
        ],
    ),
    (  # a list item "O" or "KR" is no marker heading: a plain heading over measured items stays
        "letter_items",
        "## Make deploys boring\n- O\n- Cut failed deploys from 12% to 3%\n- Halve median build time\n",
        [
            {"title": "Make deploys boring", "owner": None, "key_results": [
                {"title": "O", "owner": None, "score": None, "status": None},
                {"title": "Cut failed deploys from 12% to 3%", "owner": None, "score": None, "status": None},
                {"title": "Halve median build time", "owner": None, "score": None, "status": None}]},
        ],
    ),
]  # fmt: skip


def _tree(objectives: list[tuple[str, list[str]]]) -> list[dict]:
    """The compared tree of objectives and key results with no owners, scores or statuses."""
    return expected(
        Tree(tuple(Objective(t, tuple(KeyResult(k) for k in krs)) for t, krs in objectives))
    )


_TWO_OBJECTIVES = (
    "# Objective 1: Make deploys boring\n- KR: Cut failed deploys from 12% to 3%\n"
    "# Objective 2: Win the first ten paying customers\n- KR: Reach 10 paying customers\n"
)
_TWO_READ = [
    ("Make deploys boring", ["Cut failed deploys from 12% to 3%"]),
    ("Win the first ten paying customers", ["Reach 10 paying customers"]),
]
NEAR_MISSES += [
    (  # a list before the sections naming other things than the objectives: as before
        "summary_of_other_things",
        "# Plan\n\nHere are some high level goals to achieve:\n* Hiring - grow the team to 12 people.\n"
        "  * The metric is 12 signed offers.\n* Travel - see 3 new countries.\n  * The metric is 3 trips.\n\n"
        + _TWO_OBJECTIVES,
        _tree(_TWO_READ),
    ),
    (  # only one item names an objective below: the list reads as before (as objectives)
        "summary_naming_one",
        "# Plan\n\nGoals:\n* Make deploys boring - fewer 2am pages.\n  * The metric is failed deploys under 3%.\n"
        "* Travel - see 3 new countries.\n  * The metric is 3 trips.\n\n" + _TWO_OBJECTIVES,
        _tree([("Make deploys boring - fewer 2am pages.", ["The metric is failed deploys under 3%."]),
               ("Travel - see 3 new countries.", ["The metric is 3 trips."]), *_TWO_READ]),
    ),
]  # fmt: skip

NEAR_MISSES += [
    (  # a goal heading over unmarked items reads as any heading over its list
        "goal_over_unmarked_items",
        "# Plan\n### Goal: Ship the v2 importer\n- Write the docs\n- Reach 40 weekly active teams\n\n"
        "### Notes\n- Run 3 demos\n",
        _tree([("Goal: Ship the v2 importer", ["Write the docs", "Reach 40 weekly active teams"])]),
    ),
    (  # "Goal: 3%" under a key result is its target, no objective
        "goal_line_under_a_key_result",
        "## Objective: Make deploys boring\n- KR1: Cut failed deploys\n  - Goal: 3%\n"
        "- KR2: Halve median build time\n",
        _tree([("Make deploys boring", ["Cut failed deploys", "Halve median build time"])]),
    ),
    (  # "Goals: …" names a section of goals, no one goal
        "goals_heading_plural",
        "# Plan\n## Goals: this half\n- KR1: Cut failed deploys from 12% to 3%\n- KR2: Halve median build time\n",
        _tree([("Goals: this half", ["Cut failed deploys from 12% to 3%", "Halve median build time"])]),
    ),
]  # fmt: skip

NEAR_MISSES += [
    (  # a later period numbered again from KR 1.1 under a status heading, with key results of its own: kept
        "later_period_renumbered",
        "# Q1\n## Objective 1: Make deploys boring\n- **KR 1.1**: Cut failed deploys from 12% to 3%\n- **KR 1.2**: Halve median build time\n\n# Q2 status\n## Objective 1: Win the first ten paying customers\n- **KR 1.1**: Reach 10 paying customers (50%)\n- **KR 1.2**: Publish the public API docs\n",
        _tree([('Make deploys boring', ['Cut failed deploys from 12% to 3%', 'Halve median build time']), ('Win the first ten paying customers', ['Reach 10 paying customers (50%)', 'Publish the public API docs'])]),
    ),
    (  # under a status heading, key results with new ids: a new objective
        "progress_heading_new_ids",
        "## Objective 1: Make deploys boring\n- **KR 1.1**: Cut failed deploys from 12% to 3%\n\n## Status\n### Objective 2: Win customers\n- **KR 2.1**: Reach 10 paying customers (50%)\n",
        _tree([('Make deploys boring', ['Cut failed deploys from 12% to 3%']), ('Win customers', ['Reach 10 paying customers (50%)'])]),
    ),
    (  # retrospective words inside a marked objective's title: read as before
        "retrospective_word_in_a_title",
        "## Objective 1: Carry over the billing migration\n- KR: Move 100% of invoices to the new system\n## Objective 2: Lessons for every new hire\n- KR: Publish 5 onboarding lessons\n",
        _tree([('Carry over the billing migration', ['Move 100% of invoices to the new system']), ('Lessons for every new hire', ['Publish 5 onboarding lessons'])]),
    ),
    (  # a heading that only starts with a retrospective word: read as before
        "lessons_heading_over_key_results",
        "# Plan\n## Lessons for new hires\n- Publish 5 onboarding lessons\n- Reach 90% completion\n",
        _tree([('Lessons for new hires', ['Publish 5 onboarding lessons', 'Reach 90% completion'])]),
    ),
]  # fmt: skip

NEAR_MISSES += [
    (  # a marked item right under a process heading (no subsection) still starts an objective
        "objective_right_under_a_process_heading",
        '# Team\n## How we set OKRs\n- **Objective:** Make deploys boring\n  - KR: Cut failed deploys from 12% to 3%\n',
        _tree([('Make deploys boring', ['Cut failed deploys from 12% to 3%'])]),
    ),
    (  # an objective item after a key result heading's section has ended is an objective
        "objective_item_after_a_key_result_heading_section",
        '## Objective 1: Make deploys boring\n#### KR 1: Cut failed deploys from 12% to 3%\n- **Target**: 3%\n\n## Next quarter\n- Objective: Win the first ten paying customers\n  - KR: Reach 10 paying customers\n',
        _tree([('Make deploys boring', ['Cut failed deploys from 12% to 3%']), ('Win the first ten paying customers', ['Reach 10 paying customers'])]),
    ),
    (  # a Korean OKR heading naming no process: read as before
        "okr_heading_without_a_process_word",
        '# 누수체크\n## 2026 OKR 계획\n### Objective 1: 신뢰의 플랫폼이 된다\n- KR 1: 고객 신뢰도 95% 이상 달성\n',
        _tree([('신뢰의 플랫폼이 된다', ['고객 신뢰도 95% 이상 달성'])]),
    ),
]  # fmt: skip

NEAR_MISSES += [
    (  # a heading marked right (✅) still opens the key results
        "right_marked_heading_over_key_results",
        '## Objective: Make deploys boring\n### ✅ Key results\n- Cut failed deploys from 12% to 3%\n- Halve median build time\n',
        _tree([('Make deploys boring', ['Cut failed deploys from 12% to 3%', 'Halve median build time'])]),
    ),
    (  # a wrong mark on an item (not a heading) changes nothing
        "wrong_mark_on_a_key_result_item",
        '## Make deploys boring\n- ❌ Cut failed deploys from 12% to 3%\n- Halve median build time\n',
        _tree([('Make deploys boring', ['Cut failed deploys from 12% to 3%', 'Halve median build time'])]),
    ),
    (  # a word after the objective word that is no period: no marker, as before
        "objective_word_then_a_quality",
        'Objective quality: Make deploys boring\n- Cut failed deploys from 12% to 3%\n',
        _tree([('Objective quality: Make deploys boring', ['Cut failed deploys from 12% to 3%'])]),
    ),
]  # fmt: skip


def main() -> None:
    """Print how many of the families and near misses the reader reads exactly."""
    import sys

    from bench.documents import read_tree, same

    show = "--misses" in sys.argv
    for name, group in (
        ("twelfth-round families", cases()),
        ("twelfth-round near misses", NEAR_MISSES),
    ):
        tally: dict[str, list[int]] = {}
        for label, text, tree in group:
            family = label.split("-")[0]
            ok = same(read_tree(text), tree)
            tally.setdefault(family, [0, 0])[0] += ok
            tally[family][1] += 1
            if show and not ok:
                print(f"  - {label}")
        exact = sum(a for a, _ in tally.values())
        total = sum(b for _, b in tally.values())
        parts = ", ".join(f"{f} {a}/{b}" for f, (a, b) in tally.items())
        print(f"{name}: {exact}/{total} ({parts})")


if __name__ == "__main__":
    main()
