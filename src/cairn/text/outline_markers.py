"""The markers of an outline's lines: objective, key result and initiative prefixes, header
lines ("Key results:"), owner and field labels, and the document's own metadata.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_statements import key_results_section
from cairn.text.outline_words import (
    DOC_FIELD_WORD,
    INITIATIVES_HEADER,
    KEY_RESULT_WORD,
    KEY_RESULTS_HEADER,
    OBJECTIVE_ALONE_WORD,
    OBJECTIVE_WORD,
    OBJECTIVES_HEADER,
    OWNER_WORD,
    PROGRESS_WORD,
    SCORE_WORD,
    STATUS_WORD,
)

# "O1:", "O1.", "O1)", "O1 -", "O1 | …", "O1 · …" (twenty-third round); not a file name's dot ("OKR.md", "okr.txt")
_SEP = r"\s*(?::|：|．|\.(?!(?-i:[a-z]))|\)|\s[-–—]|\s?\||\s[·•・](?=\s))\s*"
# "OCTO Objective 1:", "BPS KR 1.1:": a team's code first; "R0-O1:": a release's id first
_CODE = r"(?:(?-i:[A-Z]{2,8})\s+|(?-i:[A-Z]{1,3}\d{1,2})-)?"
# "Objetivo 1:", "Ziel 2:", "Цель:", "目標：": the marker in other languages (outline_words);
# "O-1", "KR-1-2": an id joined by a dash; "KR 1 (Value):": a short name after the id;
# "KR1 [Committed]:", "KR1 [Aspirational, target ~0.7]:": a grading tag (first run of round 39)
_NOTE_AFTER_ID = r"(?:\s*(?:[(（][^()（）]{1,40}[)）]|\[[^\[\]]{1,40}\]))?"
# "目标一：", "目標①": Chinese numerals and circled numbers as ids
_CJK_ID = r"[一二三四五六七八九十]{1,3}|[①-⑳]"
# "一、目标（O1）", "二、目标：…": a Chinese enumerator before the marker
_CJK_ENUMERATOR = r"(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?"
# "Objective Q1 2025:", "Objective H2:", "Objective FY26:": the period the objective is for
# "Objetivo anual:", "Objectif mensuel :", "Annual objective:", "年度目标：": the period's kind
# (nineteenth round)
_PERIOD_AFTER = (
    r"(?:\s+(?:q[1-4]|h[12]|fy\s?\d{2,4})(?:\s+\d{4})?(?!\w)|\s+(?:anual|mensual|trimestral"
    r"|semestral|mensal|annuel|mensuel|trimestriel|semestriel|annuale|mensile|trimestrale)(?!\w))?"
)
_PERIOD_BEFORE = r"(?:(?=[amq年月季])(?:(?:annual|monthly|quarterly)\s+|年度|月度|季度))?"
_OBJECTIVE = re.compile(
    rf"^{_CJK_ENUMERATOR}{_CODE}{_PERIOD_BEFORE}{OBJECTIVE_WORD}\s*[#\-]?\s*(?:o?\d+(?:[.\-]\d+)?|{_CJK_ID})?{_PERIOD_AFTER}{_NOTE_AFTER_ID}{_SEP}(.*)$",
    re.I,
)
# "### Objective 5 Cloud relay": a heading's marker and id with no separator before the title
_OBJECTIVE_SPACED = re.compile(
    rf"^{_CODE}{OBJECTIVE_WORD}\s*[#\-]?\s*(?:o?\d{{1,2}}(?:[.\-]\d{{1,2}})?|{_CJK_ID})\s+(\S.*)$",
    re.I,
)
# "### O1 Build Data Platform", "### okr1 湖仓一体", "### OKR 2 Ship the API": an objective's
# code and its title with no separator; a document writing two or more headings so marks its
# objectives by them (seventeenth round: "okrN", any case, the id glued or spaced; nineteenth:
# "### O-1 精通HTML", the id after a hyphen)
_O_CODE_HEADING = re.compile(r"^(?:(?-i:O)-?|(?i:okr)\s?)\d{1,2}\s+\S")
# "Objective 1（核心目标）", "目标（O1）": a note in brackets after a bare marker
_OBJECTIVE_ALONE = re.compile(
    rf"^{_CJK_ENUMERATOR}{_CODE}{_PERIOD_BEFORE}{OBJECTIVE_ALONE_WORD}\s*[#\-]?\s*(?:o?\d+|{_CJK_ID})?"
    rf"{_PERIOD_AFTER}{_NOTE_AFTER_ID}\s*[:：]?$",
    re.I,
)
# "## O" / "## KR": a heading that only names the marker, in its one-letter form, introduces its
# content (the objective's title, the key results) as "## Objective" / "## Key results" do
_MARKER_ONLY_OBJECTIVE = re.compile(r"^(?-i:O)\s*[:：]?$")
_MARKER_ONLY_KRS = re.compile(r"^(?-i:KRs?)\s*[:：]?$")
# "Resultados Chave 1 - …", "Key Results 2: …": the plural word before an id marks one key
# result (twenty-first round); alone it heads the list
_PLURAL_WITH_ID = rf"(?:key\s*results|krs|{KEY_RESULTS_HEADER})(?=\s*[#\-]?\s*\d)"
# "KR 1.1 Cut failed deploys …" (twenty-fourth round): an outline id of two levels or more,
# then a space, sets the text apart as a colon would ("KR 1." was the id, "1 Cut …" the text)
_OUTLINE_ID = r"\d{1,2}(?:[.\-]\d{1,2}){1,3}\s+(?![\s:：|\-–—·•・(（])"
_KEY_RESULT = re.compile(
    rf"^{_CODE}(?:{KEY_RESULT_WORD}|{_PLURAL_WITH_ID})\s*[#\-]?\s*(?:{_OUTLINE_ID}|(?:\d+(?:[.\-]\d+)*|{_CJK_ID})?{_NOTE_AFTER_ID}{_SEP})(.*)$",
    re.I,
)
# "#### O1KR1", "### KR 2", "#### O2 KR1.1": a heading holding only a key result's id (its
# objective's code may come first); the key result is stated on the line below it
_KR_ID_HEADING = re.compile(
    rf"^(?:(?-i:O)\d{{1,2}}[.\-]?\s*)?{KEY_RESULT_WORD}\s*[#\-]?\s*\d{{1,2}}(?:[.\-]\d{{1,2}})*\s*[:：]?$",
    re.I,
)
# "KR 1.1", "KR 2.3 (DAU)": a key result's dotted id, one to the whole document
_KR_DOTTED_ID = re.compile(
    rf"^{_CODE}{KEY_RESULT_WORD}\s*[#\-]?\s*(\d{{1,2}}(?:[.\-]\d{{1,2}})+)\b", re.I
)
_INITIATIVE = re.compile(
    r"^(?:initiative|project|action|milestone|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I
)
# Work-item prefixes; "task" is one too when nested under an initiative.
_WORK = re.compile(r"^(epic|user\s+story|story|sub-?task|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I)
_KR_HEADERS = re.compile(
    # "Key Result. Onboard 500 accounts": a marker and its separator, no header (nineteenth round)
    # "Key Results 1 - Sign 10 partners": an id and a title, a key result (twenty-first round)
    # "Key result 1-2. Halve build time": an id, a dot and a title, one too (thirty-first round)
    rf"^(?:key[\s_-]*results?|krs)\b(?!\s*\.\s*\S|\s*\d{{1,2}}\s*(?::|\s[-–—])\s*\S|\s*\d{{1,2}}(?:[.\-]\d{{1,2}}){{0,2}}\.\s+\S)[^:]{{0,30}}:?$|^{KEY_RESULTS_HEADER}{_NOTE_AFTER_ID}\s*[:：]?$",
    re.I,
)
# "* Resultado clave:", "Résultat clé :": the singular word alone and a colon head the list
# too, as "Key result:" does in English (not "KR:", an empty marker)
_KR_WORD_HEADER = re.compile(rf"^(?!kr\b|кр\b){KEY_RESULT_WORD}{_NOTE_AFTER_ID}\s*[:：]$", re.I)


class _KeyResultsHeader:
    """A line heading a list of key results: `_KR_HEADER.match(text)`. The singular word is
    tried only on a short line closing with a colon (most lines are not: imports read many)."""

    def match(self, text: str) -> re.Match[str] | None:
        if found := _KR_HEADERS.match(text):
            return found
        if len(text) < 48 and text[-1:] in ":：":
            return _KR_WORD_HEADER.match(text)
        return None


_KR_HEADER = _KeyResultsHeader()
# "**Annual KRs:**", "**Q3 key results:**": a bold label naming the key results of a period
_QUALIFIED_KR_HEADER = re.compile(r"^(?:[\w-]+\s+){1,2}(?:key\s*results?|krs)\s*:?$", re.I)
_INITIATIVE_HEADER = re.compile(rf"^{INITIATIVES_HEADER}{_NOTE_AFTER_ID}\s*[:：]?$", re.I)
# "Objectives and key results", "Цели и ключевые результаты", "Ziele und Schlüsselergebnisse"
_OBJECTIVES_HEADER = re.compile(
    rf"^{OBJECTIVES_HEADER}(?:\s+(?:and|&|и|і|und|y|e|et|en|och|og|i|ve|và|dan|และ)\s+"
    rf"(?:key\s+results|{KEY_RESULTS_HEADER}))?\s*[:：]?$",
    re.I,
)
# "### Team" / "### Owner" over a line naming them: the objective's owner
_OWNER_HEADING = re.compile(r"^(?:team|owners?|owner\(s\)|owning team|dri)$", re.I)
# "Responsável:", "Verantwortlich:", "Ответственный:", "担当者：": the owner in other languages
_OWNER_LABEL = re.compile(rf"^{OWNER_WORD}$", re.I)
# "Assignee: @JanBran", "Asignado a: …", "Zuständig: …": who the OKR is assigned to owns it
_ASSIGNEE = r"assignees?|assigned\s+to|asignad[oa]\s+a|atribu[íi]do\s+a|assign[ée]e?\s+à|zuständig|tilldelad"
_ASSIGNEE += r"|assegnat[oa]\s+a"
_OWNER = re.compile(rf"^(?:{OWNER_WORD}|owned by|responsible|{_ASSIGNEE})\s*[:：]\s*(.+)$", re.I)
# "Status: Met", "Progress: 40%", "İlerleme: 0%", "进度：60%": a report on the key result above
_FIELD = re.compile(
    rf"^(?:{STATUS_WORD}|{SCORE_WORD}|{PROGRESS_WORD}|current|result)\s*[:：]\s*(.+)$", re.I
)
_SCORES = re.compile(r"^Scores: (.*)$")
# A document's own metadata ("**Version:** 1.0", "**Last Updated:** …"): an "Owner:" line next
# to one owns the document, not its first objective.
_DOC_FIELD = re.compile(
    r"^(?:(?:document\s+)?version|last\s+updated|updated|last\s+reviewed|date|created|author"
    r"|applies\s+to|review\s+cadence|next\s+review|audience|classification"
    rf"|(?:planning\s+)?period|time\s*frame|purpose|scope|{DOC_FIELD_WORD})\s*[:：]",
    re.I,
)
# "#### `2022.C1` Key Results", "#### '2022.C1' Initiatives": an OKR's id (with a digit, in code or
# quotes) before a section heading of that OKR
_ID_PREFIX = re.compile(
    r"^(?:`([^`\s]*\d[^`\s]*)`|'([^'\s]*\d[^'\s]*)'|\"([^\"\s]*\d[^\"\s]*)\")\s+"
)
# A placeholder for key results not written yet: "More detail coming soon", "TBD", "To be defined"
_PLACEHOLDER = re.compile(
    r"^(?:(?:more\s+)?details?\s+(?:are\s+)?)?(?:coming\s+soon|tbd|tba|tbc"
    r"|to\s+be\s+(?:defined|determined|announced|confirmed|added))\s*[.!…]*$",
    re.I,
)
# The first letters (case-blind) of the header and prefix patterns above; other lines skip them.
_PREFIX_FIRST = "kiptaodrmesugczhnfvbwq"  # "q": "Quarterly objective:" (nineteenth round)
LABEL_LEVEL = 7  # colon labels nest below every heading level


def objective_alone(line: Line, text: str | None = None) -> bool:
    """Return True for a marker with no title ("### Objective 2", "目标（O1）", a heading "## O").

    `text` is the line's text when the caller has taken something off it (an OKR's id).
    """
    text = line.text if text is None else text
    return bool(_OBJECTIVE_ALONE.match(text) or line.heading and _MARKER_ONLY_OBJECTIVE.match(text))


def key_results_header(line: Line, text: str | None = None) -> bool:
    """Return True for a line opening key results ("Key results:", "关键结果", a heading "## KR")."""
    text = line.text if text is None else text
    if line.wrong:
        return False  # "### ❌ Key Results not measurable": counter-examples, no key results
    if line.heading and key_results_section(line, text):  # "### 3. Key Results (…) & Analysis"
        return True
    return bool(_KR_HEADER.match(text) or line.heading and _MARKER_ONLY_KRS.match(text))


# "### Primary Goal: …", "## Main goal: …", "### Goal 2: …": a goal named in a heading
_GOAL_HEADING = re.compile(
    r"^(?:(?:primary|main|top|overall|core|current)\s+)?goal\s*(?:\d{1,2})?\s*[:：]\s*(\S.*)$", re.I
)


def mark_goal_headings(lines: list[Line]) -> None:
    """Read a goal heading right over marked key results as a marked objective.

    "### Primary Goal: Complete the league" / "- **KR1**: Collect 8 badges": the heading states
    the objective its key results serve. "Goal" alone marks nothing elsewhere (a "Goal: 40"
    line, a goal column); over unmarked items the heading reads as any other.
    """
    for at, line in enumerate(lines[:-1]):
        if not line.heading or "oal" not in line.text[:12].lower():
            continue
        below = lines[at + 1]
        if (
            (match := _GOAL_HEADING.match(line.text))
            and below.item
            and _KEY_RESULT.match(below.text)
        ):
            line.text = f"Objective: {match.group(1)}"


def _opens_key_results(lines: list[Line], at: int) -> bool:
    """Return True when a "Key results:" line comes in a heading's own section, before a list.

    "## Basic UI / why we prioritize it now: / … / due date: … / key results:" — the heading is
    the objective and the lines between are its description. A "### Team" heading over its
    name may come between ("### Key Results" is a heading too).
    """
    for nxt in lines[at + 1 : at + 40]:
        if _KR_HEADER.match(nxt.text) or nxt.label and _KR_HEADER.match(nxt.label):
            return True
        if nxt.item or nxt.heading and not _OWNER_HEADING.match(nxt.text):
            return False
        if _OBJECTIVE.match(nxt.text) or _OBJECTIVE_ALONE.match(nxt.text):
            return False
    return False


# A label's parentheses close before its colon ("Target (Q3): 40%"); an item whose colon is
# inside an open one is not a field ("Run 3 workshops (owner: ana@example.com)").
# A label starts with a capital, or a letter of a script without case ("측정: …", "目標日：…").
_FIELD_ITEM = re.compile(r"^[^\W\d_](?:[\w /-]|\([\w /-]*\)){0,30}(?::\s|：)")


def _field_list(line: Line) -> bool:
    """Return True when the list right below a line is all labelled fields ("Target: …")."""
    return bool(line.children) and all(
        not c.text[:1].islower() and _FIELD_ITEM.match(c.text) for c in line.children
    )
