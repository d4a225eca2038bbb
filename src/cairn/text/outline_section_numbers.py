"""Section lines numbered as an outline, in a page with no Markdown headings (nineteenth round).

A report pasted as plain text keeps its section numbers and loses its heading marks:
"1.C.3.1 OKR 3 Objective and Key Result", "1.C.3.2 OKR 3 Metric(s) with Experiment(s)",
"2.3.1 Team goals". Where two lines or more of such a page are a number of three levels or more
("1.2.3", "1.C.3.2") over a short name that ends no sentence, each standing between blank lines,
they are the page's headings (as deep as the number), so that the lines after a section's key
result ("Metric 1. …", "Safeguard 2. …") belong to the next section, not to the key results.
"""

from __future__ import annotations

import re

# "1.C.3.1 OKR 3 Objective and Key Result": three levels or more, a letter allowed among them
_SECTION_LINE = re.compile(
    r"^(\d{1,2}(?:\.(?:\d{1,2}|[A-Z])){2,5})\.?[ \t]+([A-ZÀ-ÖØ-Þ0-9][^\n]{0,100}?)[ \t]*$", re.M
)
_FIRST = re.compile(r"^\d{1,2}\.(?:\d{1,2}|[A-Z])\.", re.M)  # a quick look before the full one
_HEADING = re.compile(r"^#{1,6}[ \t]", re.M)
_ENDS_SENTENCE = ".!?:;,。"


def section_headings(text: str) -> str:
    """Return the text with a plain page's numbered section lines written as headings."""
    if _HEADING.search(text) or not _FIRST.search(text):  # a Markdown heading is found first
        return text
    found = [m for m in _SECTION_LINE.finditer(text) if _names_a_section(text, m)]
    if len(found) < 2:
        return text
    out, at = [], 0
    for m in found:
        depth = min(6, m.group(1).count(".") + 1)
        out += [text[at : m.start()], "#" * depth, " "]
        at = m.start()
    return "".join([*out, text[at:]])


def _names_a_section(text: str, match: re.Match[str]) -> bool:
    """Return True for a short name standing between blank lines, ending no sentence."""
    name = match.group(2)
    if name[-1:] in _ENDS_SENTENCE or len(name.split()) > 12:
        return False
    start, end = match.start(), match.end()
    before = start == 0 or text[:start].rstrip(" \t").endswith("\n\n") or start < 2
    after = text[end:].lstrip(" \t")
    return before and (not after.strip() or after.startswith(("\n\n", "\r\n\r\n", "\n\r\n")))
