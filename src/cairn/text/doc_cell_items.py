"""Items numbered with circled numbers inside one table cell (twenty-third round, issue 15).

A yearly personal OKR writes "| KR | 关键结果 |" over "| KR1 · 能力导向 | ① 在职场积累作品 ≥ 5 项；
② 参与转正答辩 / 校招上岸 |": the cell is a numbered list, "①", "②", "③" its markers (also "❶ ❷",
in any language: "① Reach 50 users; ② Launch the app"), each item one key result. The marker and
the separator after an item ("；", ";", "，", "、", ".") are no part of its title. Two items or more
that open with a short label before a colon ("医美：激光脱毛…", "日常：每周两次护肤…", "Health: …",
"Daily: …") name the items' categories: the labels go. One label alone ("得到书单：读完 3 本") is
the item's own words. A cell with one circled number, or numbers out of order ("② … ① …"), is read
as before.
"""

from __future__ import annotations

import re

# "①" … "⑳", "❶" … "❿", "➀" … "➉": a circled number, the value its offset from the first
_CIRCLED = re.compile(r"[\u2460-\u2473\u2776-\u277f\u2780-\u2789]")
_FIRSTS = (0x2460, 0x2776, 0x2780)
_TRAILING = " \t；;，,、。."
# "医美：", "Health: ", "Día a día: ": a label of at most four CJK characters or three words
_LABEL = re.compile(
    r"^(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}|[^\W\d_]+(?: [^\W\d_]+){0,2})\s*[:：]\s*(?=\S)"
)


def _value(mark: str) -> int:
    code = ord(mark)
    first = max(f for f in _FIRSTS if f <= code)
    return code - first + 1


def circled_items(cell: str) -> list[str] | None:
    """Return the items of a cell written "① …；② …", in order from ①, else None."""
    text = cell.strip()
    if not text or not _CIRCLED.match(text):
        return None
    marks = list(_CIRCLED.finditer(text))
    if len(marks) < 2 or [_value(m.group()) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    items = []
    for at, mark in enumerate(marks):
        end = marks[at + 1].start() if at + 1 < len(marks) else len(text)
        item = text[mark.end() : end].strip(_TRAILING)
        if not item:
            return None
        items.append(item)
    labelled = [_LABEL.match(item) for item in items]
    if sum(bool(m) for m in labelled) >= 2:
        items = [item[m.end() :] if m else item for item, m in zip(items, labelled, strict=True)]
    return items
