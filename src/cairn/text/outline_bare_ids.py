"""Ids without words or separators (thirty-first reader round): "O1 Make deploys boring" over
"KR1.1 Cut failed deploys from 12% to 3%" lines, "## O1. …" over "KR 1-1 …".

An objective's code opening a plain line ("O1 ", "O-2 ", "OKR 3 ") was read on headings only
(seventeenth round); on a plain line or an item it stayed in the title, and the lines under it fell
to the page's title. Where two such lines or more (different codes) each stand right over a key
result written with its id ("KR1.1 …", "- KR 2 …", "KR 1-1 …"), each is written "O1: title" and
each id-led key result under it "KR1.1: text", the marked shapes the reader knows.

Same number of lines (line numbers hold). Near misses keep their reading: one such line alone
("O2 sensor readings" over a list), code lines not over key-result ids, "O1" inside a sentence.
"""

from __future__ import annotations

import re

# the line's lead (indentation, a bullet), the code, a space, the title's first character
_O_LINE = re.compile(
    r"^([ \t]{0,8}(?:[-*+•][ \t]+)?)((?-i:O)-?\d{1,2}|(?i:okr)[ \t]?\d{1,2})[ \t]+(?=\S)"
)
# a key result's id: "KR1", "KR 1.1", "KR-1-2", then a space and the text
_KR_LINE = re.compile(
    r"^([ \t]{0,8}(?:[-*+•][ \t]+)?)(KR[ \t-]?\d{1,2}(?:[.\-]\d{1,2}){0,2})[ \t]+(?=[^\s:：.)\-–—|])",
    re.I,
)


def colon_bare_ids(text: str) -> str:
    """Return the text with "O1 title" / "KR1.1 text" lines written with their colons."""
    if "O" not in text and "okr" not in text.lower():
        return text
    lines = text.split("\n")
    coded = []
    for i, line in enumerate(lines[:-1]):
        head = line[:16]
        if "O" not in head and "okr" not in head.lower() or not (found := _O_LINE.match(line)):
            continue
        below = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
        if _KR_LINE.match(below):
            coded.append((i, found))
    codes = {found.group(2).lower().replace(" ", "") for _, found in coded}
    if len(coded) < 2 or len(codes) < len(coded):
        return text
    for i, found in coded:
        lines[i] = f"{found.group(1)}{found.group(2)}: {lines[i][found.end() :]}"
        j = i + 1
        while j < len(lines) and (lines[j].strip() == "" or (kr := _KR_LINE.match(lines[j]))):
            if lines[j].strip():
                lines[j] = f"{kr.group(1)}{kr.group(2)}: {lines[j][kr.end() :]}"
            j += 1
            if j - i > 200:
                break
    return "\n".join(lines)
