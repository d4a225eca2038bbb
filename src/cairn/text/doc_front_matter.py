"""The objective a file's YAML front matter states (issue 15, after round 35's first run).

Agent-written OKR files keep the OKR as data in their front matter and describe it again in the
body: `objective: "Eliminar todas as vulnerabilidades criticas …"` above "## Objetivo" over a
paragraph that explains it ("Eliminar as 12 vulnerabilidades criticas identificadas …"), then
"## Key Results" over "### KR-01: …" headings. The front matter's value is the objective's title
and the body's paragraph its description (context). The front matter is blanked as before; when
it holds a one-line `objective:` key (also "objetivo", "objectif", "Ziel", "目标", "目標", "목표" …)
and the body has a heading that is the objective's label alone ("## Objetivo", "## Objective",
"## 目标"), the paragraph under that heading is read as the front matter's value. A front matter
without that key ("title: …"), an `objective:` key that opens a block or a list, or a body with
no such heading read as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_words import OBJECTIVE_ALONE_WORD

# `objective: "…"` at the top level of the front matter, a one-line scalar (quotes are YAML)
_KEY = re.compile(
    rf"^{OBJECTIVE_ALONE_WORD}\s*:\s+(?:\"([^\"]+)\"|'([^']+)'|([^\s\"'#|>&*\[{{][^#]*?))\s*$",
    re.I,
)
# "## Objetivo", "### Objective:", "## 目标": the label alone on a heading
_HEADING = re.compile(rf"^#{{1,6}}\s+{OBJECTIVE_ALONE_WORD}\s*[:：]?\s*#*\s*$", re.I)


def stated_objective(block: list[str]) -> str | None:
    """Return the front matter's one-line objective value, or None."""
    found = [m for line in block if (m := _KEY.match(line))]
    if len(found) != 1:
        return None
    value = next(g for g in found[0].groups() if g).strip()
    return value if any(ch.isalpha() for ch in value) else None


def restate_objective(lines: list[str], start: int, value: str) -> None:
    """Read the paragraph under the body's objective heading (from `start` on) as `value`."""
    for i in range(start, len(lines)):
        if not _HEADING.match(lines[i]):
            continue
        at = i + 1
        while at < len(lines) and not lines[at].strip():
            at += 1
        if at == len(lines) or lines[at].lstrip().startswith(("#", "-", "*", "|", ">")):
            return  # no paragraph: a heading over a list or another heading reads as before
        lines[at] = value
        at += 1
        while at < len(lines) and lines[at].strip():
            lines[at] = ""
            at += 1
        return
