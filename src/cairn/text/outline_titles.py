"""Where a line stands to the key results below it: flags the outline reader reads them by.

`mark_titles` gives a title the list below its "Owner: …" line, and sets, for each line,
whether the next line marks an objective (`before_objective`), whether a title paragraph stands
right above a "Key results:" header (`header_below`, ninth round) and whether a heading's own
section opens with "Key results:" further down (`krs_below`). `page_title` tells a heading that
titles the page ("# Team OKRs Q3"), and `bold_title` a title line under it that is an objective.
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import (
    _KEY_RESULT,
    _KR_HEADER,
    _OBJECTIVE,
    _OWNER,
    _opens_key_results,
)
from cairn.text.outline_nodes import ObjectiveNode, Parse
from cairn.text.outline_rules import _OKR_WORD, _PERIOD, _measured_list, _named_section, _short


def mark_titles(lines: list[Line]) -> None:
    """Set `before_objective`, `header_below` and `krs_below` on the lines of a document."""
    for i, (line, after) in enumerate(zip(lines, lines[1:], strict=False)):
        line.before_objective = bool(_OBJECTIVE.match(after.text)) and not after.quote
        if ":" in after.text[:40] and i + 2 < len(lines) and _OWNER.match(after.text):
            if not (line.heading or line.item or after.item or line.children):
                line.children = after.children  # "**Grow**" / "Owner: Dana" / "- …": the title's
            after = lines[i + 2]  # "Owner: Dana" between the title and "Key results:"
        line.header_below = not (line.heading or line.item or after.heading or after.item) and bool(
            _KR_HEADER.match(after.text) and after.children
        )
    for i, line in enumerate(lines):
        line.krs_below = bool(line.heading) and _opens_key_results(lines, i)
        if line.krs_below and (line.heading == 1 or _OKR_WORD.search(line.text)):
            # "# Team OKRs Q3" / "**Code health**" / "**Key results:**": the bold title's, not
            # the page title's (whose own section would otherwise open with them)
            line.krs_below = not _titled_below(lines, i)


def _titled_below(lines: list[Line], at: int) -> bool:
    """Return True when a title line stands right above the "Key results:" of a heading."""
    for nxt in lines[at + 1 : at + 40]:
        if nxt.header_below:
            return True
        if nxt.heading or nxt.item:
            return False
    return False


def page_title(title: str, level: int) -> bool:
    """Return True for a heading that titles the page: level 1, or naming OKRs or a period."""
    return level == 1 or bool(_OKR_WORD.search(title) or _PERIOD.match(title))


def bold_title(line: Line, objective: ObjectiveNode, parse: Parse) -> bool:
    """Return True for a bold title over key results, right under an unmarked heading.

    "# Engineering OKRs, H2" / "**Make the platform reliable**" / "- 99.9% uptime …": the
    heading, with no key results of its own, titles the page; the bold line over a list of
    key results is the objective. A bold section name ("**Notes**") is not. Under a heading
    that titles the page (level 1, or naming OKRs or a period: "# Team OKRs Q3"), a short
    bold or plain title over a list of two items or more (a bold one over any list, a plain one
    over one marked key result, or one right above "Key results:") is an objective whatever its
    list holds (ninth round).
    """
    if objective.anchor != "heading" or objective.explicit or objective.key_results:
        return False
    bold = line.bold or line.label is not None and line.text == line.label
    marked = bool(line.children) and bool(_KEY_RESULT.match(line.children[0].text))
    if not (len(line.children) >= 2 or line.header_below or line.children and (bold or marked)):
        return False  # "**Grow**" / "**Key results:**" / "- …": its list under the header
    if _named_section(line.text) or not (
        _short(line.text) or bold and len(line.text.split()) <= 25
    ):
        return False  # set in bold, a title may run longer: its emphasis makes it one
    if bold:
        if _measured_list(line, parse):
            return True
    elif line.item or line.text.endswith((".", "!", "?", "。")):
        return False
    return page_title(objective.title, objective.level)
