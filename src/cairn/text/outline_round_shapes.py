"""Shapes of whole OKR documents read in the twelfth round (issue 15): which sections of a
document that marks its objectives are OKRs, and which are the page's other sections.

- `titled_levels`: "## Objective 1: HTML basics" … "## Objective 4: Mini project" then "## Rules"
  over "- 1 Pomodoro = 25 minutes": where headings at one level mark objectives with their
  titles, an unmarked heading at that level is a section of the page, even over measured items
  (a deeper one stays inside its objective).
- `lists_steps`: "## Step by step" over "- Step 1 – …" / "- Step 2 – …": the steps of making OKRs,
  context, where the document marks its objectives ("- Objective – Grow recurring revenue").
- `spaced_ids`: "### O1  Build a healthy community" over "#### KR1  Add 10 new contributors": ids
  with no separator mark the objectives and key results when both are written so; the page's
  other sections ("## Core Values", "## RoadMap") are then context.
- `part_of_key_result`: "#### KR1 …" over "**KR1.1** Conduct 5 events": a line whose id extends
  its key result heading's id is that key result's initiative.
- `names_the_term`: "### 🎯 Objective (목표)" over "**좋은 Objective의 특징**": a bare objective
  heading whose title talks about the word is a primer's section, no objective.
- `numbered_key_result`: "Key Result 2 – Ship it" is a key result, not a "Key results …" header.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _OBJECTIVE, _OBJECTIVE_SPACED
from cairn.text.outline_nodes import NodeBuilder, Parse
from cairn.text.outline_rules import _measured_list
from cairn.text.outline_words import KEY_RESULT_WORD, OBJECTIVE_ALONE_WORD, STEP_WORD


def titled_levels(lines: list[Line], *, spaced: bool = False) -> frozenset[int]:
    """Return the heading levels at which headings mark objectives with their titles.

    With `spaced` (see `spaced_ids`), "## O1  Title" marks one too.
    """
    return frozenset(
        line.heading
        for line in lines
        if line.heading
        and not line.quote
        and (
            (m := _OBJECTIVE.match(line.text))
            and m.group(1)
            or spaced
            and _OBJECTIVE_SPACED.match(line.text)
        )
    )


# "Step 1 –", "Passo 2:", "步骤 3：", "第4步": a numbered step, then its text
_STEP = re.compile(rf"^{STEP_WORD}\s*\d{{1,2}}\s*(?:步|단계)?\s*(?:[:：.)]|\s[-–—])\s*\S", re.I)


def lists_steps(line: Line) -> bool:
    """Return True for a line over a list of numbered steps: a process, not key results.

    "## Step by step" over "- Step 1 – Pick the year's big objective" / "- Step 2 – …": every
    item (two or more) names its step by a step word and its number. A list of measured items
    with one "Step 1: …" among them is not.
    """
    children = line.children
    return len(children) >= 2 and all(_STEP.match(child.text) for child in children)


# "KR1  Add 10 new contributors", "KR 2.1 Ship the CLI": a key result's marker and id with no
# separator before its text
_KEY_RESULT_SPACED = re.compile(
    rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*\d{{1,2}}(?:\.\d{{1,2}})?\s+(\S.*)$", re.I
)


def spaced_key_result(text: str) -> str | None:
    """Return the text of a key result heading marked with its id and no separator, or None."""
    match = _KEY_RESULT_SPACED.match(text)
    return match.group(1) if match else None


def spaced_ids(lines: list[Line]) -> bool:
    """Return True when headings mark objectives and key results by ids with no separator.

    "### O1  Build a healthy community" over "#### KR1  Add 10 new contributors": an objective
    heading marked so with a deeper key result heading marked so in its section. One alone
    ("### O2 launch" over prose, "#### KR1 …" under "### Q1 plan") marks nothing.
    """
    open_level = 0
    for line in lines:
        if not line.heading or line.quote:
            continue
        if open_level and line.heading > open_level and spaced_key_result(line.text):
            return True
        if open_level and line.heading <= open_level:
            open_level = 0
        if _OBJECTIVE_SPACED.match(line.text) and not _OBJECTIVE.match(line.text):
            open_level = line.heading
    return False


_KEY_RESULT_ID = re.compile(rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*(\d{{1,2}}(?:\.\d{{1,2}})*)", re.I)


def key_result_id(text: str) -> str | None:
    """Return the id a key result marker carries ("KR1.2: …" -> "1.2"), or None."""
    match = _KEY_RESULT_ID.match(text)
    return match.group(1) if match else None


def part_of_key_result(builder: NodeBuilder, text: str) -> bool:
    """Return True for a marked line whose id extends its key result heading's id.

    "#### KR1  Add 10 new contributors" over "**KR1.1** Conduct 5 advocacy events": the line
    is a part of KR1 (an initiative), not a key result beside it; "KR2: …" under it is not.
    """
    if builder.kr is None or not builder.kr.heading:
        return False
    heading_id, own = builder.kr_heading_id, key_result_id(text)
    return bool(heading_id and own and own.startswith(heading_id + "."))


# The objective's own word, standing alone in a title ("좋은 Objective의 특징", "Objective 예시",
# "What makes a good objective"); Latin letters around it make it part of another word
_TERM = re.compile(rf"(?<![^\W\d_])(?:{OBJECTIVE_ALONE_WORD})s?(?![a-zA-Z])", re.I)


# The words before the term in lower case that make it a noun ("a good objective")
_ARTICLES = frozenset(["a", "an", "the", "good", "bad", "great", "strong", "weak", "um", "uma", "un",
                       "une", "una", "bom", "buen", "bon", "buon"])  # fmt: skip


def names_the_term(title: str) -> bool:
    """Return True for the title under a bare "### Objective" heading that talks about the term.

    "### 🎯 Objective (목표)" over "**좋은 Objective의 특징**" (what makes a good objective) and
    "**Objective 예시**" (examples): the section explains the word, it marks no objective. A title
    that holds the word is about it; in lower case only as a noun ("a good objective"), not as
    an adjective ("Make performance reviews objective").
    """
    for match in _TERM.finditer(title):
        word = match.group(0)
        if not (word.isascii() and word.islower()):
            return True  # "Objective", "OBJECTIVES", "목표"
        before = title[: match.start()].split()[-1:]
        if before and before[0].lower() in _ARTICLES:
            return True  # "what makes a good objective"; "make reviews objective": an adjective
    return False


# "Key Result 2 – Deliver the support portal": a numbered key result, whatever its length
_NUMBERED_KEY_RESULT = re.compile(
    rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*\d{{1,2}}(?:\.\d{{1,2}})*\s*(?:[:：.)]|\s[-–—])\s*\S", re.I
)


def numbered_key_result(text: str) -> bool:
    """Return True for a key result marked with its number and text, never a header line.

    "Key results for Q3" heads a list; "Key Result 2 – Ship it" is the second key result.
    """
    return bool(_NUMBERED_KEY_RESULT.match(text))


def beside_titled(line: Line, levels: frozenset[int], parse: Parse, problems: list) -> bool:
    """Return True for a heading at the level of the titled objective headings (`titled_levels`).

    It is a section of the page; over measured items ("- 1 Pomodoro = 25 minutes") it is read as
    context with a finding, since a page could mark all objectives but one.
    """
    if line.heading not in levels:
        return False
    if _measured_list(line, parse, milestones=False):
        problems.append(
            (line.number, "section beside the marked objectives: read as context — check")
        )
    return True
