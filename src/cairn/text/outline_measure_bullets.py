"""Bullets labelled as measures beside bullets labelled as actions (after round 34's first run).

"### G1: 零能创建新脚本 [进行中]" over "- 学自AgentFactory: …", "- 动作: 本周内…" and "- 度量: 新脚本数
> 0": the page names which bullet measures the goal. Where an objective's bullets hold one or
more labelled as measures ("度量", "衡量", "指标", "Measure", "Metric", "KPI", "Medida",
"Métrica", "Messgröße", "Mesure", "測定", "지표" …) and one or more labelled as actions,
initiatives or sources ("动作", "行动", "Action", "Initiative", "Acción", "Maßnahme", "アクション",
"행동", "学自", "Source" …), the measures alone are its key results (their label goes) and the
other bullets are context. Bullets labelled as actions with no measure beside them are read as
before (the key results of the simple paste format).

Thirty-second reader round, part A: a goal file or an agent's memory page labels every bullet
under a goal as a measure ("## Goal 1: …" over "- Metric: Cut churn to 5%", "- Metric: Raise NPS
to 45"; "- Métrica: … | Meta: 45 | Actual: 20"). Where two bullets or more stand under one line
and every one is measure-labelled, the label goes too; trailing " | Target: 45 | Current: 20"
fields (a label of letters, a colon, a value) of a measure so read leave its title. A measure
bullet beside unlabelled ones, or alone, keeps its label as written.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line

_MEASURE = re.compile(
    r"^(?:度量|衡量|指标|指標|衡量标准|measures?|metrics?|kpis?|medidas?|métricas?|metricas?"
    r"|messgrößen?|kennzahl|mesures?|métriques?|medida\s+de\s+éxito|misura|metrica"
    # thirty-second round, part A: nl, pl, ru, id
    r"|metrieken|metriek|metryk[ai]|метрик[аи]|metrik"
    r"|測定|測定指標|지표|측정|척도)\s*[:：]\s*(\S.*)$",
    re.I,
)
_ACTION = re.compile(
    r"^(?:动作|行动|行動|措施|举措|来源|学自|actions?|initiatives?|next\s+steps?|sources?"
    r"|acci[óo]n|acciones|a[çc][ãa]o|a[çc][õo]es|iniciativas?|fuente|fonte|maßnahmen?"
    r"|initiativen?|quelle|initiatives?|sources?|アクション|施策|行動|행동|실행|출처)"
    r"(?:\s*[:：]|(?<=学自))",
    re.I,
)


def measure_bullets(lines: list[Line]) -> list[Line]:
    """Return the lines with the measures of an objective as its key results, its other
    bullets left out as context, where both measures and actions are labelled."""
    dropped: set[int] = set()
    for line in lines:
        children = line.children
        if len(children) >= 2 and all(_MEASURE.match(c.text) for c in children):
            for child in children:
                if measure := _MEASURE.match(child.text):
                    child.text = _without_fields(measure.group(1))
            continue
        if len(children) < 2 or not any(_ACTION.match(c.text) for c in children):
            continue
        measures = [m for c in children if (m := _MEASURE.match(c.text))]
        if not measures:
            continue
        for child in children:
            if measure := _MEASURE.match(child.text):
                child.text = measure.group(1)
            else:
                dropped.add(id(child))
                dropped.update(id(d) for d in _below(child))
    if not dropped:
        return lines
    for line in lines:
        line.children = [c for c in line.children if id(c) not in dropped]
    return [line for line in lines if id(line) not in dropped]


# A trailing field of a measure: " | Target: 45", " | Meta: 45", " | 目标值：45" (a label of one to
# three words of letters, a colon, a value).
_FIELD = re.compile(r"^[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_]+){0,2}\s*[:：]\s*\S", re.I)


def _without_fields(text: str) -> str:
    """Return a measure's text without its trailing " | Label: value" fields."""
    parts = text.split(" | ")
    while len(parts) > 1 and _FIELD.match(parts[-1]):
        parts.pop()
    return " | ".join(parts)


def _below(line: Line) -> list[Line]:
    out, todo = [], list(line.children)
    while todo:
        nxt = todo.pop()
        out.append(nxt)
        todo.extend(nxt.children)
    return out
