"""What follows numbered, marked key results in a working note (issue 15, seventeenth round).

A product team's note writes each objective as "# O1:…" over numbered, marked key results
("1. **KR1:优化促销水印产品功能…**", "2. KR2:…"), each followed flush by its initiatives on lines
that start with "·" (a bullet no Markdown reader knows); after the last objective come data
notes, the first key result repeated alone in bold, a JSON dump and numbered tallies
("1. 总数：767614"). Where every key result the page marks is a numbered item:

- unnumbered bullets right under a numbered key result, at its own indent and with no blank line
  between, are its initiatives (nested under it, as bullets between two numbered items already
  are: `outline_lines._nest_bullets_between_numbers`);
- after a blank line, what is written at the key results' indent or less, up to the next heading,
  marked objective or numbered key result, is notes: neither a key result nor a new one. Items
  nested deeper right under a key result stay its own.

A page whose key results are bullets ("- KR1: …"), or unnumbered anywhere, reads as before.
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE


def _numbered_kr(line: Line) -> bool:
    return line.item and line.numbered and bool(_KEY_RESULT.match(line.text))


def numbered_kr_notes(lines: list[Line]) -> list[Line]:
    """Return the lines with the notes after numbered key results left out (initiatives nested)."""
    if sum(1 for line in lines if line.numbered and _numbered_kr(line)) < 2:
        return lines  # numbered items are tried first: most pages have few
    if any(line.item and not line.numbered and _KEY_RESULT.match(line.text) for line in lines):
        return lines  # "- KR1: …": the page's key results are bullets too
    out: list[Line] = []
    kr: Line | None = None  # the numbered key result above, while its block lasts
    notes = flush = False
    for line in lines:
        if line.heading or _numbered_kr(line) or _OBJECTIVE.match(line.text):
            kr, notes, flush = (line if _numbered_kr(line) else None), False, True
            out.append(line)
            continue
        if kr is None:
            out.append(line)
            continue
        if not notes and line.blank_before and line.indent <= kr.indent:
            notes = True  # "·数据（…）", "12月生成手机详情人数：13710" after a blank line
        if notes:
            continue
        flush = flush and not line.blank_before
        if flush and line.item and not line.numbered and line.indent == kr.indent:
            _nest(lines, kr, line)  # "2. KR2:…" / "·每个用户每次可以免费…": its initiative
        out.append(line)
    return out


def _nest(lines: list[Line], kr: Line, bullet: Line) -> None:
    """Move a flush bullet one level under the key result above it."""
    for line in lines:
        if bullet in line.children:
            line.children.remove(bullet)
    bullet.indent = kr.indent + 2
    kr.children.append(bullet)
