"""Generated pages of the thirty-second reader round, part A (issue 15): goal files and tracking
pages (test-side only, never shipped). Families (each page's expected tree known by
construction):

- `goal_words`: a goal file's numbered goals, "## Goal 1: title" over "- [ ] KR" / "- [x] KR"
  checkboxes (a ticked one done), plain "Goal 1: title" lines over bullets, "### Goal 2 — title"
  headings, and "## Goal 1: title" over "Why: …" (context), "Owner: Ana" (the objective's
  owner), the key results and "Next action: …" (context, measured or not: "Next action: call 50
  leads"); "Meta" (es, pt) and "But" (fr) as
  "Goal" (en), "Ziel" (de), "目標" (ja): the marker no part of the title.
- `metric_bullets`: every bullet under a goal labelled as a measure ("- Metric: KR", "- Métrica:
  KR", "- Kennzahl: KR", "- 指標：KR"): the label goes; an agent's memory page, "## Current
  objectives" over "### 1. title", "Status: in progress" and "- Metric: KR | Target: 45 |
  Current: 20" (the fields leave the title, the heading keeps its outline number).
- `yaml_goals`: YAML goal files, "goals:" / "  - title: …" / "    owner: Ana" /
  "    key_results:" / "      - KR" (the owner the goal's), "objectives:" with quoted "- title:
  \"…\"" goals and key results, "okrs:" / "- name: …" / "why: …" / "krs:" with a key result's own
  "status: done" and "target: 45" keys (done its status, the target no part of the tree).
- `goal_near_misses`: a goal statement "Goal: …" under an objective (unnumbered: context, as
  before), a key result opening with "Meta 10.000 …" / "Goal 3 …" without a separator (a key
  result as written), one measure-labelled bullet beside an unlabelled one (both as written,
  as after round 34), a single "Metric: …" bullet (as written), a "Metric: … | 45 | 20" bullet
  whose trailing parts hold no label (kept).
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("goal_words", "metric_bullets", "yaml_goals", "goal_near_misses")
LANGUAGES = ("en", "es", "pt", "fr", "de", "ja")

GOAL = {"en": "Goal", "es": "Meta", "pt": "Meta", "fr": "But", "de": "Ziel", "ja": "目標"}
WHY = {"en": "Why", "es": "Por qué", "pt": "Por quê", "fr": "Pourquoi", "de": "Warum", "ja": "理由"}
NEXT = {
    "en": "Next action", "es": "Próxima acción", "pt": "Próxima ação", "fr": "Prochaine action",
    "de": "Nächster Schritt", "ja": "次のアクション",
}  # fmt: skip
METRIC = {
    "en": "Metric", "es": "Métrica", "pt": "Métrica", "fr": "Métrique", "de": "Kennzahl",
    "ja": "指標",
}  # fmt: skip
STATUS = {
    "en": "Status: in progress", "es": "Estado: en curso", "pt": "Status: em andamento",
    "fr": "Statut : en cours", "de": "Status: in Arbeit", "ja": "ステータス：進行中",
}  # fmt: skip
FIELDS = {
    "en": ("Target", "Current"), "es": ("Meta", "Actual"), "pt": ("Meta", "Atual"),
    "fr": ("Cible", "Actuel"), "de": ("Zielwert", "Aktuell"), "ja": ("目標値", "現在"),
}  # fmt: skip
CURRENT = {
    "en": "Current objectives", "es": "Objetivos actuales", "pt": "Objetivos atuais",
    "fr": "Objectifs actuels", "de": "Aktuelle Ziele", "ja": "現在の目標",
}  # fmt: skip
OWNERS = ("Ana", "Ben", "Dana")
# a measured next action (context all the same)
STEPS = {
    "en": "call 50 leads", "es": "llamar a 50 contactos", "pt": "ligar para 50 contatos",
    "fr": "appeler 50 prospects", "de": "50 Kontakte anrufen", "ja": "見込み客50社に連絡する",
}  # fmt: skip


def _c(lang: str) -> str:
    return "：" if lang == "ja" else ": "


def _goal_words(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w, g, c = WORDS[lang], GOAL[lang], _c(lang)
    lines, out = ["# GOALS", ""], []
    k = 0
    for i, o in enumerate(t.objectives):
        n = i + 1
        if variant == "checkbox_headings":
            lines += [f"## {g} {n}{c}{o.title}", ""]
            krs = []
            for kr in o.key_results:
                lines.append(f"- [{'x' if k % 2 else ' '}] {kr.text}")
                krs.append(KeyResult(kr.text, status="done" if k % 2 else None))
                k += 1
            out.append(Objective(o.title, tuple(krs)))
        elif variant == "plain_lines":
            lines += [f"{g} {n}{c}{o.title}"] + [f"- {kr.text}" for kr in o.key_results]
            out.append(o)
        elif variant == "dash_headings":
            lines += [f"### {g} {n} — {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
            out.append(o)
        else:  # "context_labels"
            lines += [f"## {g} {n}{c}{o.title}", "", f"{WHY[lang]}{c}{w.steps[1]}."]
            lines += [f"{w.owner}{c}{OWNERS[i]}", ""] + [f"- {kr.text}" for kr in o.key_results]
            lines += ["", f"{NEXT[lang]}{c}{STEPS[lang] if i % 2 else w.steps[2]}"]
            out.append(Objective(o.title, o.key_results, OWNERS[i]))
        lines.append("")
    return lines, Tree(tuple(out))


def _metric_bullets(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    m, c = METRIC[lang], _c(lang)
    target, now = FIELDS[lang]
    lines, out = ["# GOALS", ""], []
    if variant == "agent_memory":
        lines = ["# MEMORY", "", f"## {CURRENT[lang]}", ""]
    for i, o in enumerate(t.objectives):
        if variant == "goal_headings":
            lines += [f"## {GOAL[lang]} {i + 1}{c}{o.title}", ""]
            lines += [f"- {m}{c}{kr.text}" for kr in o.key_results]
            out.append(o)
        elif variant == "plain_headings":
            lines += [f"## {o.title}", ""] + [f"- {m}{c}{kr.text}" for kr in o.key_results]
            out.append(o)
        else:  # "agent_memory"
            lines += [f"### {i + 1}. {o.title}", STATUS[lang]]
            lines += [f"- {m}{c}{kr.text} | {target}{c}45 | {now}{c}20" for kr in o.key_results]
            out.append(Objective(f"{i + 1}. {o.title}", o.key_results))
        lines.append("")
    return lines, Tree(tuple(out))


def _yaml(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    out = []
    if variant == "title_keys":
        lines = ["quarter: 2026-Q4", "goals:"]
        for i, o in enumerate(t.objectives):
            lines += [f"  - title: {o.title}", f"    owner: {OWNERS[i]}", "    key_results:"]
            lines += [f"      - {kr.text}" for kr in o.key_results]
            out.append(Objective(o.title, o.key_results, OWNERS[i]))
    elif variant == "quoted_titles":
        lines = ["objectives:"]
        for o in t.objectives:
            lines += [f'  - title: "{o.title}"', "    key_results:"]
            lines += [f'      - title: "{kr.text}"' for kr in o.key_results]
            out.append(o)
    else:  # "kr_fields"
        lines = ["# goals.yaml", "okrs:"]
        for o in t.objectives:
            first, second = o.key_results
            lines += [f"- name: {o.title}", f"  why: {WORDS[lang].steps[1]}", "  krs:"]
            lines += [f"    - title: {first.text}", "      status: done", "      target: 45"]
            lines += [f"    - title: {second.text}", "      target: 45"]
            out.append(Objective(o.title, (KeyResult(first.text, status="done"), second)))
    return lines, Tree(tuple(out))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w, m, c = WORDS[lang], METRIC[lang], _c(lang)
    lines, out = [f"# {w.page}", ""], []
    for i, o in enumerate(t.objectives, 1):
        first, second = o.key_results
        if variant == "goal_statement":  # "Goal: …" under a marked objective: context
            lines += [f"## {w.objective} {i}{c}{o.title}", f"Goal{c}{w.steps[1]}", ""]
            texts = [first.text, second.text]
        elif variant == "goal_word_in_text":  # no separator after the number: a key result
            lines += [f"## {w.objective} {i}{c}{o.title}", ""]
            texts = [f"{GOAL[lang]} {i + 2} {first.text}", second.text]
        elif variant == "measure_beside_plain":
            lines += [f"## {o.title}", ""]
            texts = [f"{m}{c}{first.text}", second.text]
        elif variant == "single_measure":
            lines += [f"## {w.objective} {i}{c}{o.title}", ""]
            texts = [f"{m}{c}{first.text}"]
        else:  # "unlabelled_fields": "| 45 | 20" parts without a label stay
            lines += [f"## {o.title}", ""]
            texts = [f"{m}{c}{first.text} | 45", f"{m}{c}{second.text} | 45"]
            lines += [f"- {text}" for text in texts] + [""]
            out.append(
                Objective(
                    o.title, (KeyResult(f"{first.text} | 45"), KeyResult(f"{second.text} | 45"))
                )
            )
            continue
        lines += [f"- {text}" for text in texts] + [""]
        out.append(Objective(o.title, tuple(KeyResult(text) for text in texts)))
    return lines, Tree(tuple(out))


VARIANTS = {
    "goal_words": ("checkbox_headings", "plain_lines", "dash_headings", "context_labels"),
    "metric_bullets": ("goal_headings", "plain_headings", "agent_memory"),
    "yaml_goals": ("title_keys", "quoted_titles", "kr_fields"),
    "goal_near_misses": (
        "goal_statement", "goal_word_in_text", "measure_beside_plain", "single_measure",
        "unlabelled_fields",
    ),
}  # fmt: skip

ROUND = VariantRound(
    "thirty-second, part A",
    LANGUAGES,
    VARIANTS,
    {
        "goal_words": _goal_words,
        "metric_bullets": _metric_bullets,
        "yaml_goals": _yaml,
        "goal_near_misses": _near,
    },
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
