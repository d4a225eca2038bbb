"""A list of links alone right under a page's title naming the OKRs (issue 15, twenty-fifth
round; left by the twenty-fourth).

"# OKRs Q3 2026" over "- [How to write OKRs](https://…)" / "- [Glossary](https://…)": a list of
references, not the title's key results, with or without objectives below (`title_links`
blanks it on the cleaned lines; `cairn.text.outline_title_lists` drops a how-to list there).
A title that names no OKRs ("# Make onboarding effortless" over links to its issues) keeps its
list.
"""

from __future__ import annotations

import re

# "OKRs", "OKR", "OKR's", "OKR'ları": the title names the page's OKRs
_OKR_WORD = re.compile(r"\b(?:okrs?|okr's)\b", re.I)
_TITLE = re.compile(r"^#\s+(\S.{0,200})$")
# "- [How to write OKRs](https://…)", "1. <https://…>", "* https://…": an item that is a link alone
_LINK_ITEM = re.compile(
    r"^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s+(?:\[[^\[\]]{1,200}\]\([^()\s]{1,400}\)|<?https?://[^\s<>]{1,400}>?)\s*$"
)


def title_links(lines: list[str]) -> None:
    """Blank, in place, a list of two links or more right under the page's first "# " title
    when that title names the OKRs ("# OKRs Q3 2026")."""
    first = next((i for i, line in enumerate(lines[:200]) if line.strip()), None)
    if first is None or not (m := _TITLE.match(lines[first].strip())) or not _OKR_WORD.search(m[1]):
        return
    items: list[int] = []
    for i in range(first + 1, min(len(lines), first + 60)):
        if not lines[i].strip():
            if items:
                break
            continue
        if not _LINK_ITEM.match(lines[i]):
            return
        items.append(i)
    if len(items) >= 2:
        for i in items:
            lines[i] = ""
