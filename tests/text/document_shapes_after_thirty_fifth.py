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
- `after_thirty_fifth_near_misses`: a check mark inside a title followed by more words (kept as
  written, no status); front matter with `title:` only (the body's paragraph stays the
  objective, as before); an `objective:` key opening a block (as before); an
  `objective:` field indented under a key result's entry (not the file's objective: the body's
  paragraph stays the objective, as before).
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("check_marks", "front_matter_objective", "after_thirty_fifth_near_misses")
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
    "after_thirty_fifth_near_misses": (
        "mark_inside",
        "title_only",
        "objective_block",
        "indented_key",
    ),
}

ROUND = VariantRound(
    "after the thirty-fifth",
    LANGUAGES,
    VARIANTS,
    {
        "check_marks": _checks,
        "front_matter_objective": _fronted,
        "after_thirty_fifth_near_misses": _near,
    },
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
