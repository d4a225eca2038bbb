"""Key results stated below a heading that names their kind (issue 15, seventeenth round).

A workshop note writes each key result as "#### 🟢 KR1: Leading metric (behaviour)" over a
blockquote "> **Mục tiêu:** 60% of requests go through the app": the heading names the kind of
metric, the quoted line states the key result, after its label ("Target", "Mục tiêu" — the
Vietnamese word also means "objective" —, "Ziel"). The eleventh round read a bold measured line
there; a quoted one, labelled or not, states it too. Its key results sit in a numbered section
"### 3. Key Results (Kết quả then chốt) & Phân tích chuyên sâu" beside "### 2. Objective (…)":
that heading opens the objective's key results, as "### Key Results" does.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_words import KEY_RESULTS_HEADER

# "3. Key Results (Kết quả then chốt) & Phân tích chuyên sâu", "Key Results and analysis",
# "关键结果与分析": a numbered section of the key results and what is said of them
_NOTE = r"(?:\s*[(（][^()（）]{1,40}[)）])?"  # "(Kết quả then chốt)", as outline_markers
_KR_SECTION = re.compile(
    rf"^(?:\d{{1,2}}[.)]\s*)?(?:key[\s_-]*results|krs|{KEY_RESULTS_HEADER}){_NOTE}"
    r"(?:\s*(?:&|\band\b|\bvà\b|\by\b|\bund\b|\bet\b|\be\b|与|和|及)\s*[^:：]{1,40})?\s*[:：]?$",
    re.I,
)
# "Mục tiêu:", "**Target:**" already unwrapped: a short label before the statement
_LABEL = re.compile(r"^([^\W\d][^:：]{0,24})[:：]\s*(\S.*)$")


def key_results_section(line: Line, text: str) -> bool:
    """Return True for a heading that opens the key results of the objective above it."""
    return bool(line.heading) and bool(_KR_SECTION.match(text))


def quoted_statement(line: Line, text: str) -> str | None:
    """Return the key result a blockquote right under its kind heading states, or None.

    "> **Target:** Reach 40 weekly active teams" gives the text after its label (bold, or a word
    or two); "> Reach 40 weekly active teams" the whole line; a quoted list item None.
    """
    if not line.quote or line.item:
        return None
    if (match := _LABEL.match(text)) and (line.label or len(match.group(1).split()) <= 2):
        return match.group(2).strip()
    return text
