"""How far a progress record's section reaches (issue 15, first run of round 39).

"## Check-in 2026-09 (update, 2026-09-24)" names a record (`outline_record_sections`); the
headings under it ("### vs Elicit", "#### vs Consensus (consensus.app)", "### Benchmark",
"### KR status") are the record's, whatever they say, up to the next heading at its level or
above ("## O4 — …" after it opens an objective again). Inside it, a line repeating an objective
already read ("**O1 — Launch on the owner's date …**" over "- KR1 [Committed], on-track …")
reports on that objective: no new one.
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_nodes import ObjectiveNode
from cairn.text.outline_record_sections import names_a_record
from cairn.text.outline_rules import _norm, _unwrap


def record_level(level: int | None, line: Line, text: str) -> int | None:
    """Return the level of the record section a heading leaves the page in, None outside one.

    A page's title ("# October update" over its objectives) is not a record of its OKRs.
    """
    if level is not None and line.heading > level:
        return level
    return line.heading if line.heading > 1 and names_a_record(text) else None


def in_record(level: int | None, line: Line) -> bool:
    """Return True for a line under a record's heading (a deeper heading, or no heading)."""
    return level is not None and (not line.heading or line.heading > level)


def repeats_objective(title: str, objectives: list[ObjectiveNode]) -> bool:
    """Return True when the title names an objective already read, with its key results."""
    norm = _norm(_unwrap(title))
    return any(o.key_results and _norm(o.title) == norm for o in objectives)
