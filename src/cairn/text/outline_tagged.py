"""Key results named by a bold label with their commitment kind (nineteenth round, issue 15).

An architecture decision record writes each key result as "- **Workshop for users [COMMITTED]:**
Plan for a workshop …" under "### Objective 1: Support -- "Optimize support"": the bold name and
its bracketed kind (committed, aspirational, learning: the kinds of OKR a team commits to) are a
label, the text after it is the key result. A bold label without such a tag reads as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line

_KIND = re.compile(
    r"\s[\[(](?:committed|aspirational|learning|moonshot|roof-?shot|stretch|comprometido"
    r"|aspiracional|engagé|ambitieux|verbindlich|ambitioniert|åtagande)[\])]$",
    re.I,
)


def tagged_key_result(line: Line) -> str | None:
    """Return the key result of an item "**Name [COMMITTED]:** text", else None."""
    label = line.label
    if not line.item or not label or not _KIND.search(label) or not line.text.startswith(label):
        return None
    return line.text[len(label) :].lstrip(" :：") or None
