"""A page's table of contents is no part of its OKRs (twenty-second round, issue 15).

A README opens with a list of links to its own headings ("- [OKR](#okr)", "- [The team](#the-
team)", "- [Links utiles](#liens-utiles)"); read as usual, the page's title took those items
for its key results. Two list items or more in a row, each a link alone whose anchor spells its
own text (letters and digits compared, case aside, as every Markdown renderer writes a
heading's anchor), above the page's first section or under a "Contents" heading, are the table
of contents: their lines are blanked. A status page linking
each key result to its details ("[Ship CSS containment](#o0r0) leviw 0.60") has anchors of
another spelling, and owners or scores after the link: it reads as before.

A list that only links to labels the page defines is its contents too, wherever it stands
(after round 42's first run: 2i2c's "## Strategic plan" over "- [Interactive Computing in
Research](strategy:research)", the MyST label "(strategy:research)=" over the category's
heading; "- [Research](#research)" under a "{#research}" heading): two items or more in a row,
each a link alone to such a label, or to the anchor of one of the page's headings ("-
[Research](#research)" over "### Research"). Links to other pages ("- [Ship the CLI](https://…/issues/3)")
are no contents and read as before.
"""

from __future__ import annotations

import re

from cairn.text.doc_heading_attributes import labels_defined

# "- [The team](#the-team)", "  * [Équipe](#équipe)", "1. [OKR](#okr)"; a MyST reference
# "- [Research](strategy:research)" (checked against the page's labels)
_LINK_ITEM = re.compile(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[([^\[\]]{1,120})\]\(#?([^()\s#]{1,160})\)\s*$"
)
_CONTENTS_ITEM = re.compile(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[([^\[\]]{1,120})\]\(#([^()\s]{1,160})\)\s*$"
)
_NOT_WORD = re.compile(r"[\W_]+")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.{1,200}?)[ \t#]*$", re.M)
# "## Contents", "## Table of contents", "## Sommaire", "## Inhalt", "## 目录", "## Содержание"
_CONTENTS_HEADING = re.compile(
    r"^#{2,6}\s+(?:table\s+of\s+contents|contents|toc|índice|indice|sumário|sommaire"
    r"|table\s+des\s+matières|inhalt|inhaltsverzeichnis|inhoud|inhoudsopgave|spis\s+treści"
    r"|içindekiler|daftar\s+isi|目录|目次|목차|содержание|оглавление)\s*:?\s*$",
    re.I,
)


def contents_lists(text: str) -> str:
    """Return the text with the lines of its tables of contents blanked."""
    if "](" not in text:
        return text
    targets = _targets(text)
    if "](#" not in text and not targets:
        return text
    lines = text.split("\n")
    run: list[int] = []
    blanked = False
    opening = True  # above the page's first section, or under a "Contents" heading
    for i, line in enumerate([*lines, ""]):
        if line[:2] == "##" or line[:3] == " ##":
            opening = bool(_CONTENTS_HEADING.match(line.strip()))
        elif (opening and "](#" in line and _contents_item(line)) or (
            "](" in line and _links_inside(line, targets)
        ):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                lines[j] = ""
            blanked = True
        run = []
    return "\n".join(lines) if blanked else text


def _targets(text: str) -> set[str]:
    """Return the names a link inside the page can point to: its labels ("(name)=", ".. _name:",
    "{#name}") and its headings' anchors, letters and digits only, lower-cased."""
    names = labels_defined(text) if ")=" in text or ".. _" in text or "{" in text else set()
    names |= {m.group(1) for m in _HEADING.finditer(text)}
    return {plain for name in names if (plain := _NOT_WORD.sub("", name.lower()))}


def _links_inside(line: str, targets: set[str]) -> bool:
    """Return True for an item that is a link alone to a label or a heading of the page."""
    match = _LINK_ITEM.match(line)
    return match is not None and _NOT_WORD.sub("", match.group(2).lower()) in targets


def _contents_item(line: str) -> bool:
    """Return True for an item that is a link alone to the heading its text names."""
    match = _CONTENTS_ITEM.match(line)
    return match is not None and _spells(*match.groups())


def _spells(title: str, anchor: str) -> bool:
    """Return True when the anchor spells the title ("The team" / "the-team")."""
    plain = _NOT_WORD.sub("", title.lower())
    return bool(plain) and plain == _NOT_WORD.sub("", anchor.lower())
