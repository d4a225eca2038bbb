"""Two kinds of list number on one level (thirty-first reader round): "一、title" over "1、…"
lines, "① title" over "・…" lines, "■ title" over "- …" lines, as Chinese and Japanese documents
number an outline without indenting it.

Where two lines or more open with an upper enumerator (a Chinese numeral and "、", a circled
number, "■" / "◆") and each stands right over lines opening with a lower one ("1、", "（1）",
"1.", "・", "-", "•"), the lower lines are indented under their upper line: the nested list the
reader knows (each upper item the objective, its items the key results). A page with one such
line, or whose upper lines stand over no lower ones, reads as before (same number of lines).
"""

from __future__ import annotations

import re

_UPPER = re.compile(r"^(?:[①-⑳]|[一二三四五六七八九十]{1,3}、|[■◆])")
_LOWER = re.compile(r"^(?:・|\d{1,2}[、．]|[（(]\d{1,2}[）)]|\d{1,2}[.)][ \t]|[-•*][ \t])")


def nest_enumerated(text: str) -> str:
    """Return the text with the lower-numbered lines under each upper one indented."""
    if not any(mark in text for mark in "、①②■◆"):
        return text
    lines = text.split("\n")
    runs: list[tuple[int, int]] = []  # (the upper line, the line after its lower lines)
    i = 0
    while i < len(lines):
        if _UPPER.match(lines[i]):
            j = i + 1
            while j < len(lines) and _LOWER.match(lines[j]):
                j += 1
            if j > i + 1:
                runs.append((i, j))
            i = j
        else:
            i += 1
    uppers = sum(1 for line in lines if _UPPER.match(line))
    if len(runs) < 2 or len(runs) < uppers:
        return text
    for start, end in runs:
        for k in range(start + 1, end):
            lines[k] = "    " + lines[k]
    return "\n".join(lines)
