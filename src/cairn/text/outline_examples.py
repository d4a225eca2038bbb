"""A primer that defines the terms and gives one OKR as examples (thirteenth round, issue 15).

"## Objective" / "- a qualitative vision to aim for" / "- no numbers" / "Example: increase revenue
from product A" / "## Key Results" / "- a measurement instrument" / "Example:" / "1) reduce
checkout time by 30%": the bare objective heading and the key results header each head a list
of what the term means, then an example. Where both sections give one, the examples are the
OKR and the definitions context: `primer_examples` leaves the definitions out and turns each
example line into its text ("increase revenue from product A"; an "Example:" alone over the
key results goes). A page with only one of the two sections, or no example, reads as before.

Eighteenth round: an article's primer names its sections in the plural with the term translated
("### Objectives (Obiettivi)" / "### Key Results (Risultati Chiave)", `_term_heading`), and
labels the key results' example by what it exemplifies ("**Esempio KR per l'Objective sopra:**",
"Example KRs for the objective above:", `_EXAMPLE_OF_KRS`): read as the bare heading and the
"Example:" alone are. A plural heading over no example, or an example label that names
something else ("Example of a bad objective:"), reads as before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import key_results_header, objective_alone
from cairn.text.outline_words import EXAMPLE_WORD, KEY_RESULTS_HEADER

_EXAMPLE = re.compile(rf"^{EXAMPLE_WORD}\s*[:：]\s*(.*)$", re.I)
# "Esempio KR per l'Objective sopra:", "Example KRs for the objective above:": the KRs' example
_EXAMPLE_OF_KRS = re.compile(
    rf"^{EXAMPLE_WORD}\s+(?:of\s+|de\s+|di\s+)?(?:krs?|key\s+results?|{KEY_RESULTS_HEADER})\b"
    r"[^:：]{0,40}[:：]$",
    re.I,
)
# "### Objectives (Obiettivi)": the term's heading in the plural, its translation aside
_PLURAL_TERM = re.compile(r"^(\w[\w ]{2,30}?)s?\s*(?:[(（][^()（）]{1,40}[)）])?$")


def _term_heading(line: Line, alone: Callable[[Line], bool]) -> str | None:
    """Return the bare term of a heading naming it, bare or plural with its translation."""
    if alone(line):
        return line.text
    match = _PLURAL_TERM.match(line.text) if line.text[-1:] in ")）s" else None
    if match and alone(dataclasses.replace(line, text=match.group(1))):
        return match.group(1)
    return None


def _example_line(line: Line) -> bool:
    return bool(_EXAMPLE.match(line.text) or _EXAMPLE_OF_KRS.match(line.text))


def _example_at(lines: list[Line], start: int) -> int | None:
    """Return the index of the first example line in the section opened at `start`."""
    level = lines[start].heading
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.heading and line.heading <= level:
            return None
        if not line.item and line.indent == 0 and _example_line(line):
            return i if i > start + 1 else None  # definitions first, then the example
    return None


def primer_examples(lines: list[Line]) -> list[Line]:
    """Return the lines with a primer's definitions left out and its examples as the OKR."""
    objective_at = kr_at = None
    bare: dict[int, str] = {}  # "### Objectives (Obiettivi)" is read as "### Objective"
    for i, line in enumerate(lines):
        if not line.heading:
            continue
        if objective_at is None and (term := _term_heading(line, objective_alone)):
            objective_at, bare[i] = i, term
        elif (
            objective_at is not None
            and kr_at is None
            and (term := _term_heading(line, key_results_header))
        ):
            kr_at, bare[i] = i, term
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
        if i in examples and bare[i] != line.text:
            line = dataclasses.replace(line, text=bare[i])
        if i in examples.values():
            match = _EXAMPLE.match(line.text)
            text = match.group(1).strip() if match else ""  # "Example KRs for the objective above:"
            if not text:
                continue  # "Example:" over the key results
            line = dataclasses.replace(line, text=text, label=None)
        out.append(line)
    return out
