"""Objectives written as plain paragraph lines over lists, on a page that names its OKRs
(twenty-eighth reader round, issue 15).

A personal OKR file titled "# Objectives and Key Results" (or "# OKRs 2019", "## Ziele und
Schlüsselergebnisse", "# 目标与关键结果" …) writes its period lines ("**2019 Q1**", "2019 Q1",
"Q1 2019:", "H1 2024", "## 2019 Q1") and under them each objective as a plain paragraph line
("Apply mathematics at work – 2", its score closing it or not), over its key results as a list
("- facility with algebraic manipulations", "* …", "• …", "1. …"), which often state no
number. Read as it stands, such a paragraph over unmeasured items was context, and the page
read as no objective.

Where the page's title or one of its headings names the OKRs, every other heading is a period,
nothing marks objectives or key results ("Objective: …", "KR1: …"), and two paragraph lines or
more are each a short title over a flat list, each such line is the objective of its list and
its items the key results; a score closing the line (" – 2", " - 0.7", " (0.6)", " — 70%") is
left out of the title, and a period line becomes a heading, the label of its objectives: an
objective written again under another period is carried over, not a repeat to leave out. Other
paragraphs over lists on such a page are context with their items:
a period line, a line closed by a colon ("We set our OKRs by these principles:"), a sentence or
a long prose paragraph (over links or references), a section's name ("Notes", "Retrospective").
"""

from __future__ import annotations

import dataclasses
import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE
from cairn.text.outline_okr_section import _NAMES_OKRS
from cairn.text.outline_rules import _NEGATIVE, _PERIOD, _named_section
from cairn.text.outline_words import RETROSPECTIVE_WORD

# the OKRs' names _NAMES_OKRS does not know: "目標と主な成果" (Japanese), "目标和关键成果"
_OTHER_NAMES = re.compile(r"目標と主な成果|目標と主要な成果|目标和关键(?:结果|成果)")
# sections of a page beside its OKRs, in the languages the shared words leave out
_ASIDE = re.compile(
    rf"^(?:{RETROSPECTIVE_WORD}|note|notities|opmerkingen|retrospettiva|retrospectief|メモ|備考"
    r"|注意|风险|リスク)$",
    re.I,
)
# " – 2", " - 0.7", " — 70%", " (0.6)", " (3/5)": the objective's score closing its line
_SCORE = re.compile(
    r"\s+(?:[-–—]\s*(\d{1,3}(?:[.,]\d{1,2})?\s*%?)"
    r"|\(\s*(\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|/\s*\d{1,3})?)\s*\))$"
)
# "Owner: Ben", "Status: on track": a field of the objective above, over its list
_FIELD = re.compile(r"^[^:：\s][^:：]{0,30}[:：]\s*\S")
_SENTENCE_END = ".!?。！？:：;；"


def paragraph_objectives(lines: list[Line]) -> list[Line]:
    """Return the lines with the paragraph lines over lists of an OKR page marked as objectives
    and their items as key results (the lines as they were where the shape is not found)."""
    if not _okr_page(lines):
        return lines
    if any(_OBJECTIVE.match(x.text) or _KEY_RESULT.match(x.text) for x in lines):
        return lines  # a page that marks its OKRs reads them by their marks
    over = [line for line in lines if _over_list(line)]
    if any(_FIELD.match(line.text) for line in over):
        return lines  # "Owner: Ben" over the list: the title is the line above, read as before
    titles = {id(line): title for line in over if (title := _title(line)) is not None}
    if len(titles) < 2:
        return lines
    marked: dict[int, Line] = {}
    for line in (line for line in over if id(line) in titles):
        key_results = [dataclasses.replace(x, text=f"KR: {x.text}") for x in line.children]
        marked |= {id(x): kr for x, kr in zip(line.children, key_results, strict=True)}
        marked[id(line)] = dataclasses.replace(
            line, text=f"Objective: {titles[id(line)]}", children=key_results, score=None
        )
    for line in over:
        if id(line) not in marked:  # "Notes" over its bullets: context, no key results
            for x in [line, *line.children]:
                marked[id(x)] = dataclasses.replace(x, quote=True)
    level = min(6, 1 + max(line.heading for line in lines if _names(line.text)))
    for line in lines:  # "**2019 Q1**", "Q1 2019:": a period's heading, its objectives' label
        if not (line.heading or line.item or line.children) and _PERIOD.match(_stripped(line.text)):
            text = _stripped(line.text)
            marked[id(line)] = dataclasses.replace(line, heading=level, text=text, label=None)
    return [marked.get(id(line), line) for line in lines]


def carried_over(labels: list[str], earlier: set[str]) -> bool:
    """Return True for an objective written again under another period's heading than the
    objectives of its title above, whose labels are `earlier` (`period_labels`) ("Deeply understand the languages
    I use" under "2019 Q1" and again under "2019 Q2"): carried over, a new objective, no repeat.
    A period heading may name the OKRs too: "## Q2 2021 OKRs", "## OKR 2026 Q1" (after round
    35's first run)."""
    periods = {label for label in labels if _PERIOD.match(label)}
    if periods:
        return periods.isdisjoint(earlier)
    named = [period for label in labels if (period := _period(label))]  # the nearest is last
    return bool(named) and named[-1] not in earlier


def period_labels(labels: list[str]) -> list[str]:
    """Return the labels with the periods that name the OKRs written bare ("Q2 2021 OKRs" →
    "Q2 2021"): what `carried_over` compares a later objective's periods with."""
    return [_period(label) or label for label in labels]


def _period(label: str) -> str:
    """Return the period a label names, also with the acronym before or after it ("Q2 2021
    OKRs" → "Q2 2021", "OKR Q1 2026", "OKRs — 2021 Q1"), or ""."""
    if _PERIOD.match(label):
        return label
    bare = label
    for acronym in ("OKRs", "OKR"):
        bare = bare.removeprefix(acronym) if bare.startswith(acronym + " ") else bare
        bare = bare.removesuffix(acronym) if bare.endswith(" " + acronym) else bare
    bare = bare.strip(" :：-–—")
    return bare if bare != label and bare and _PERIOD.match(bare) else ""


def _okr_page(lines: list[Line]) -> bool:
    """Return True for a page whose title or a heading names the OKRs, its other headings
    periods ("## 2019 Q1") or its own title."""
    headings = [line for line in lines if line.heading]
    if not headings or headings[0] is not lines[0]:
        return False
    named = [line for line in headings if _names(line.text)]
    if not named:
        return False
    others = [line for line in headings if line not in named and line is not lines[0]]
    return all(_PERIOD.match(_stripped(line.text)) for line in others)


def _names(text: str) -> bool:
    return len(text) <= 90 and bool(_NAMES_OKRS.search(text) or _OTHER_NAMES.search(text))


def _over_list(line: Line) -> bool:
    """Return True for a paragraph line over a flat list."""
    if line.item or line.heading or line.quote or not line.children:
        return False
    return all(x.item and not x.children for x in line.children)


def _title(line: Line) -> str | None:
    """Return the objective's title a paragraph line over a list writes, its score left out;
    None for a period, a lead-in, a sentence, a section's name."""
    if line.label or line.bold:
        return None  # "**2019 Q1**", "**Notes:** …": a bold label
    text = line.text.strip()
    if not text or text[-1] in _SENTENCE_END or _PERIOD.match(_stripped(text)):
        return None
    title = _SCORE.sub("", text).strip()
    words = len(title.split())
    if words > 14 or (words <= 1 and len(title) > 40) or any(c in title for c in "。；;"):
        return None  # a prose paragraph ("These objectives build on …, which we …")
    if _NEGATIVE.match(title) or _named_section(title) or _ASIDE.match(title):
        return None
    return title


def _stripped(text: str) -> str:
    return text.strip().rstrip(":：").strip("*_ ")
