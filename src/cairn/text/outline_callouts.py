"""Obsidian callouts holding OKRs (twenty-seventh reader round, issue 15).

An Obsidian note (a personal or team OKR page) boxes each objective in a callout: "> [!abstract]
Make deploys boring" over "> - Cut failed deploys from 12% to 3%" lines. Read as it stands, the
box is a blockquote, context, and the page had no objective. A callout that titles its box
(text after "[!type]", a "+" / "-" fold mark allowed) and whose type names no aside (a note, a
tip, a warning, a question, an example, a quote: those stay context, as a GitHub alert "> [!NOTE]"
without a title does) is written as a heading of its title over its lines unquoted.
"""

from __future__ import annotations

import re

_CALLOUT = re.compile(r"^>[ \t]?\[!([A-Za-z-]{1,20})\][+-]?[ \t]+(\S[^\n]{0,300})$")
_QUOTED = re.compile(r"^>[ \t]?")
# the types of an aside: its lines are context, whatever they say
_ASIDES = frozenset((
    "note", "info", "tip", "hint", "important", "warning", "caution", "attention", "danger",
    "error", "bug", "failure", "fail", "missing", "question", "help", "faq", "example", "quote",
    "cite",
))  # fmt: skip


def callout_boxes(text: str) -> str:
    """Return the text with its titled callouts of OKRs written as headings over their lines."""
    if "[!" not in text:
        return text
    lines = text.split("\n")
    inside = False
    for i, line in enumerate(lines):
        callout = _CALLOUT.match(line) if line[:1] == ">" else None
        if callout and callout.group(1).lower() not in _ASIDES:
            lines[i], inside = f"#### {callout.group(2).strip()}", True
        elif inside and line[:1] == ">" and not _CALLOUT.match(line):
            lines[i] = _QUOTED.sub("", line, count=1)
        else:
            inside = False
    return "\n".join(lines)
