"""Generated pages of the reader after round 34's first run (issue 15): a status cell holding a
rough share, and measure-labelled bullets beside action-labelled ones (test-side only, never
shipped). Families (each page's expected tree known by construction):

- `rough_status`: an OKR table whose status column ("Status", "Estado", "Situación", "Zustand",
  "状态", "状況", "상황" …) holds a share given roughly ("~60%", "≈ 45%", "ca. 60%", "aprox. 60%",
  "约60%", "約60%", "약 60%"): the key result's status as written, no score.
- `measure_bullets`: "### G1: title [status]" headings (or plain "## title" headings) over
  bullets labelled as a source ("Source:", "学自…"), an action ("Action:", "Acción:",
  "Maßnahme:", "动作:", "アクション:", "행동:") and a measure ("Measure:", "Métrica:", "Messgröße:",
  "度量:", "測定:", "지표:"): the measure alone is the key result (its label goes), "G1: " an id,
  the bracketed status no part of the title.
- `measure_near_misses`: an exact share in the status column ("60%": a score of 0.6, as
  before); bullets labelled as actions only (read as before: the key results, label kept, of
  the simple paste format; English "Action:" items are initiatives, the objective without key
  results is left out); a measure-labelled bullet beside an unlabelled one (both key results,
  as written).
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("rough_status", "measure_bullets", "measure_near_misses")
LANGUAGES = ("en", "es", "de", "zh", "ja", "ko")

# the table's header: objective, key result, status (two words), owner
HEADER = {
    "en": ("Objective", "Key result", ("Status", "State"), "Owner"),
    "es": ("Objetivo", "Resultado clave", ("Estado", "Situación"), "Responsable"),
    "de": ("Ziel", "Schlüsselergebnis", ("Status", "Zustand"), "Verantwortlich"),
    "zh": ("目标", "关键结果", ("状态", "状态"), "负责人"),
    "ja": ("目標", "主要な成果", ("ステータス", "状況"), "担当者"),
    "ko": ("목표", "핵심 결과", ("상태", "상황"), "담당자"),
}  # fmt: skip
ROUGH = {
    "en": ("~60%", "≈ 45%", "approx. 30%"), "es": ("~60%", "≈45%", "aprox. 30%"),
    "de": ("~60%", "≈ 45%", "ca. 30%"), "zh": ("~60%", "≈45%", "约30%"),
    "ja": ("~60%", "≈45%", "約30%"), "ko": ("~60%", "≈ 45%", "약 30%"),
}  # fmt: skip
OWNERS = ("Ana", "Brahin / MAX", "Kim")
# labels: source, action, measure
LABELS = {
    "en": ("Source: the last retro", "Action:", "Measure:"),
    "es": ("Fuente: la última retro", "Acción:", "Métrica:"),
    "de": ("Quelle: die letzte Retro", "Maßnahme:", "Messgröße:"),
    "zh": ("学自上次复盘: 经验→可执行代码", "动作:", "度量:"),
    "ja": ("学自: 前回の振り返り", "アクション:", "測定:"),
    "ko": ("출처: 지난 회고", "행동:", "지표:"),
}  # fmt: skip
STEPS = {
    "en": ("Automate the rollback", "Call 50 leads", "Write the runbook"),
    "es": ("Automatizar el rollback", "Llamar a 50 contactos", "Escribir el manual"),
    "de": ("Den Rollback automatisieren", "50 Kontakte anrufen", "Das Runbook schreiben"),
    "zh": ("自动化回滚", "联系50个潜在客户", "编写运行手册"),
    "ja": ("ロールバックを自動化する", "見込み客50社に連絡する", "手順書を書く"),
    "ko": ("롤백 자동화", "잠재 고객 50곳 연락", "런북 작성"),
}  # fmt: skip
TAGS = {
    "en": ("in progress", "not started"), "es": ("en curso", "en progreso"),
    "de": ("in Arbeit", "erledigt"), "zh": ("进行中", "待启动"), "ja": ("進行中", "未着手"),
    "ko": ("진행 중", "완료"),
}  # fmt: skip


def _table(lang: str, objectives: list[Objective], cells: list[list[str]], state: int) -> list[str]:
    o, kr, status, owner = HEADER[lang]
    lines = [f"# {WORDS[lang].page}", "", f"| {o} | {kr} | {status[state]} | {owner} |"]
    lines.append("|---|---|---|---|")
    for obj, row in zip(objectives, cells, strict=True):
        for k, cell in zip(obj.key_results, row, strict=True):
            lines.append(f"| {obj.title} | {k.text} | {cell} | {k.owner} |")
    return lines


def _rough(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    out, cells = [], []
    for i, o in enumerate(t.objectives):
        row, krs = [], []
        for j, k in enumerate(o.key_results):
            share = ROUGH[lang][{"tilde": 0, "approx_sign": 1, "approx_word": 2}[variant]]
            share = share.replace("60", str(60 - 10 * i - 5 * j)).replace("45", str(45 - 5 * j))
            row.append(share)
            krs.append(KeyResult(k.text, owner=OWNERS[(i + j) % 3], status=share))
        cells.append(row)
        out.append(Objective(o.title, tuple(krs)))
    return _table(lang, out, cells, 1 if variant == "approx_word" else 0), Tree(tuple(out))


def _measures(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    source, action, measure = LABELS[lang]
    lines, out = [f"# {WORDS[lang].page}", ""], []
    for i, o in enumerate(t.objectives):
        first, second = o.key_results
        if variant == "g_headings":
            lines.append(f"### G{i + 1}: {o.title} [{TAGS[lang][i % 2]}]")
            lines += [f"- {source}", f"- {action} {STEPS[lang][i]}", f"- {measure} {first.text}"]
            out.append(Objective(o.title, (KeyResult(first.text),)))
        else:  # "## title" over an action and two measures
            lines += [f"## {o.title}", ""]
            lines += [f"- {action} {STEPS[lang][i]}", f"- {measure} {first.text}"]
            lines.append(f"- {measure} {second.text}")
            out.append(Objective(o.title, (KeyResult(first.text), KeyResult(second.text))))
        lines.append("")
    return lines, Tree(tuple(out))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    if variant == "exact_share":
        out, cells = [], []
        for i, o in enumerate(t.objectives):
            shares = [f"{60 - 10 * i - 5 * j}%" for j in range(2)]
            krs = tuple(
                KeyResult(k.text, owner=OWNERS[(i + j) % 3], score=int(s[:-1]) / 100)
                for j, (k, s) in enumerate(zip(o.key_results, shares, strict=True))
            )
            cells.append(shares)
            out.append(Objective(o.title, krs))
        return _table(lang, out, cells, 0), Tree(tuple(out))
    _, action, measure = LABELS[lang]
    lines, out = [f"# {WORDS[lang].page}", ""], []
    for o in t.objectives:
        first, second = o.key_results
        if variant == "actions_only":
            texts = [f"{action} {first.text}", f"{action} {second.text}"]
        else:  # "measure_beside_plain"
            texts = [f"{measure} {first.text}", second.text]
        lines += [f"## {o.title}", ""] + [f"- {text}" for text in texts] + [""]
        if variant == "actions_only" and lang == "en":
            continue  # "Action:" items are initiatives in English: no key results, as before
        out.append(Objective(o.title, tuple(KeyResult(text) for text in texts)))
    return lines, Tree(tuple(out))


VARIANTS = {
    "rough_status": ("tilde", "approx_sign", "approx_word"),
    "measure_bullets": ("g_headings", "plain_headings"),
    "measure_near_misses": ("exact_share", "actions_only", "measure_beside_plain"),
}

ROUND = VariantRound(
    "after the thirty-fourth",
    LANGUAGES,
    VARIANTS,
    {"rough_status": _rough, "measure_bullets": _measures, "measure_near_misses": _near},
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
