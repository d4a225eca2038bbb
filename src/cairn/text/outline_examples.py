"""A primer that defines the terms and gives one OKR as examples (thirteenth round, issue 15).

"## Objective" / "- a qualitative vision to aim for" / "- no numbers" / "Example: increase revenue
from product A" / "## Key Results" / "- a measurement instrument" / "Example:" / "1) reduce
checkout time by 30%": the bare objective heading and the key results header each head a list
of what the term means, then an example. Where both sections give one, the examples are the
OKR and the definitions context: `primer_examples` leaves the definitions out and turns each
example line into its text ("increase revenue from product A"; an "Example:" alone over the
key results goes). A page with only one of the two sections, or no example, reads as before.
"""

from __future__ import annotations

import dataclasses
import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import key_results_header, objective_alone
from cairn.text.outline_words import EXAMPLE_WORD

_EXAMPLE = re.compile(rf"^{EXAMPLE_WORD}\s*[:：]\s*(.*)$", re.I)


def _example_at(lines: list[Line], start: int) -> int | None:
    """Return the index of the first example line in the section opened at `start`."""
    level = lines[start].heading
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.heading and line.heading <= level:
            return None
        if not line.item and line.indent == 0 and _EXAMPLE.match(line.text):
            return i if i > start + 1 else None  # definitions first, then the example
    return None


def primer_examples(lines: list[Line]) -> list[Line]:
    """Return the lines with a primer's definitions left out and its examples as the OKR."""
    objective_at = kr_at = None
    for i, line in enumerate(lines):
        if not line.heading:
            continue
        if objective_at is None and objective_alone(line):
            objective_at = i
        elif objective_at is not None and kr_at is None and key_results_header(line):
            kr_at = i
    if objective_at is None or kr_at is None:
        return lines
    examples = {at: _example_at(lines, at) for at in (objective_at, kr_at)}
    if None in examples.values():
        return lines
    out, skip = [], set()
    for at, example in examples.items():
        skip.update(range(at + 1, example))  # type: ignore[arg-type]
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if i in examples.values():
            text = _EXAMPLE.match(line.text).group(1).strip()  # type: ignore[union-attr]
            if not text:
                continue  # "Example:" over the key results
            line = dataclasses.replace(line, text=text, label=None)
        out.append(line)
    return out
