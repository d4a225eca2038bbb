"""A page's table of contents is no part of its OKRs (twenty-second round, issue 15).

A README opens with a list of links to its own headings ("- [OKR](#okr)", "- [The team](#the-
team)", "- [Links utiles](#liens-utiles)"); read as usual, the page's title took those items
for its key results. Two list items or more in a row, each a link alone whose anchor spells its
own text (letters and digits compared, case aside, as every Markdown renderer writes a
heading's anchor), above the page's first section or under a "Contents" heading, are the table
of contents: their lines are blanked. A status page linking
each key result to its details ("[Ship CSS containment](#o0r0) leviw 0.60") has anchors of
another spelling, and owners or scores after the link: it reads as before.
"""

from __future__ import annotations

import re

# "- [The team](#the-team)", "  * [Équipe](#équipe)", "1. [OKR](#okr)"
_CONTENTS_ITEM = re.compile(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[([^\[\]]{1,120})\]\(#([^()\s]{1,160})\)\s*$"
)
_NOT_WORD = re.compile(r"[\W_]+")
# "## Contents", "## Table of contents", "## Sommaire", "## Inhalt", "## 目录", "## Содержание"
_CONTENTS_HEADING = re.compile(
    r"^#{2,6}\s+(?:table\s+of\s+contents|contents|toc|índice|indice|sumário|sommaire"
    r"|table\s+des\s+matières|inhalt|inhaltsverzeichnis|inhoud|inhoudsopgave|spis\s+treści"
    r"|içindekiler|daftar\s+isi|目录|目次|목차|содержание|оглавление)\s*:?\s*$",
    re.I,
)


def contents_lists(text: str) -> str:
    """Return the text with the lines of its tables of contents blanked."""
    if "](#" not in text:
        return text
    lines = text.split("\n")
    run: list[int] = []
    blanked = False
    opening = True  # above the page's first section, or under a "Contents" heading
    for i, line in enumerate([*lines, ""]):
        if line[:2] == "##" or line[:3] == " ##":
            opening = bool(_CONTENTS_HEADING.match(line.strip()))
        elif opening and "](#" in line and _contents_item(line):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                lines[j] = ""
            blanked = True
        run = []
    return "\n".join(lines) if blanked else text


def _contents_item(line: str) -> bool:
    """Return True for an item that is a link alone to the heading its text names."""
    match = _CONTENTS_ITEM.match(line)
    return match is not None and _spells(*match.groups())


def _spells(title: str, anchor: str) -> bool:
    """Return True when the anchor spells the title ("The team" / "the-team")."""
    plain = _NOT_WORD.sub("", title.lower())
    return bool(plain) and plain == _NOT_WORD.sub("", anchor.lower())
