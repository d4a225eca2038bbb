"""A template's guidance under its labels (eighteenth round, issue 15).

A plain-text note writes each OKR as a filled-in template: "Mål:" over one "- Var ska jag? Mål
som inspirerar och visar vägen." bullet, then the objective on its own line; "Nyckelresultat:"
over "- Hur vet jag att jag kommer närmare målet? …" and one key result a line; "Uppgifter:" over
"- Vad behöver jag göra …?". The bullet is the template's prompt, kept under every label:

- `template_guidance`: one bullet alone right under an objective, key-results or initiatives
  label with no title ("Mål:", "Key results:", "Initiatives:"), whose first sentence asks
  ("Var ska jag?", "Where do I want to go?"), followed by an unbulleted line, another label or
  nothing, is guidance: left out, so the line below is the title. An objective or key-results
  label whose prompt is all it holds (the next line is another label, comes after a blank line, or there is none) is the
  template's blank or its definition of the term: left out too.

A bullet that asks under any other line, two bullets or more under the label, or a bullet that
states ("- Grow revenue") read as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _INITIATIVE_HEADER, key_results_header, objective_alone

_ASKS = re.compile(r"^[^.!?。！？]{2,80}[?？¿]")


def _label(line: Line) -> bool:
    return not line.item and (
        objective_alone(line)
        or key_results_header(line)
        or bool(_INITIATIVE_HEADER.match(line.text))
    )


def template_guidance(lines: list[Line]) -> list[Line]:
    """Return the lines without the prompt bullets a template keeps under its labels."""
    if not any("?" in line.text or "？" in line.text for line in lines if line.item):
        return lines
    drop = set()
    for at in range(1, len(lines)):
        line = lines[at]
        if not line.item or line.numbered or line.children or not _ASKS.match(line.text):
            continue
        after = lines[at + 1] if at + 1 < len(lines) else None
        if after is not None and after.item:
            continue  # two bullets under the label: its content
        if _label(lines[at - 1]):
            drop.add(id(line))
    if not drop:
        return lines
    kept = [line for line in lines if id(line) not in drop]
    place = {id(line): at for at, line in enumerate(lines)}
    for at, line in enumerate(kept):  # "Mål:" / "- Var ska jag?" / "Nyckelresultat:": a blank
        if not _label(line):
            continue
        after = kept[at + 1] if at + 1 < len(kept) else None
        empty = after is None or after.blank_before or _label(after)
        if (
            not _INITIATIVE_HEADER.match(line.text)
            and _guided(lines, place[id(line)], drop)
            and empty
        ):
            drop.add(id(line))
    for line in lines:
        line.children = [c for c in line.children if id(c) not in drop]
    return [line for line in lines if id(line) not in drop]


def _guided(lines: list[Line], at: int, drop: set[int]) -> bool:
    """Return True when the line right after the label (at `at`) is a prompt left out.

    The label's place comes from a map made once: `lines.index` compared lines field by field
    from the start for every label, quadratic on a long page.
    """
    return at + 1 < len(lines) and id(lines[at + 1]) in drop
