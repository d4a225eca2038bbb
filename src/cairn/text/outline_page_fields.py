"""The page's own fields among its OKRs (thirteenth round, issue 15).

- `page_owner_lines`: "---" / "Última actualización: {{FECHA}}" / "Owner: CKO / Governance" /
  "Versión: 1.0": an owner line written next to the page's metadata ("Last updated", "Version")
  owns the page. Before the first objective the reader already keeps it off the objective;
  after an objective's key results it is a footer, not that objective's owner. An owner line
  under an objective's title, before its key results, stays the objective's even beside a date;
  an owner item nested under a key result ("  - Owner: @maria" over "  - Last updated: …", a
  kept-up page's fields) stays the key result's (thirty-third round).
- `okr_field` (eighteenth round): "Quarter: Q1 2026" / "Assignee: @JanBran" / "Completion date:
  2026-03-31" over the page's one objective: a quarter, a due date or a deadline with a digit,
  before the first objective, is the OKR's own field, not a section label nor the page's
  metadata: the assignee beside it owns the objective as an owner line alone would.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _DOC_FIELD, _OWNER


def page_owner_lines(lines: list[Line]) -> frozenset[int]:
    """Return the numbers of the owner lines written right next to a page metadata line."""
    out = set()
    for i, line in enumerate(lines):
        head = line.text[:40]
        if line.heading or (":" not in head and "：" not in head) or not _OWNER.match(line.text):
            continue
        if line.item and line.indent > 0:  # "- KR" / "  - Owner: @maria" / "  - Last updated: …":
            continue  # a key result's own fields (thirty-third round), never the page's
        near = (lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if any(
            abs(other.number - line.number) == 1
            and not other.heading
            and _DOC_FIELD.match(other.text)
            for other in near
        ):
            out.add(line.number)
    return frozenset(out)


# The OKR's own period and due date, each with a digit in its value ("Q1 2026", "2026-03-31")
_OKR_FIELD = re.compile(
    r"^(?:quarter|cycle|completion\s+date|due\s+date|target\s+date|deadline|trimestre"
    r"|fecha\s+(?:de\s+finalización|límite|de\s+cierre)|quartal|fertigstellungsdatum"
    r"|fälligkeitsdatum|frist|date\s+d['’]achèvement|date\s+limite|échéance|kvartal|slutdatum"
    r"|data\s+(?:de\s+conclusão|limite|di\s+(?:completamento|scadenza|chiusura))|prazo|scadenza)"
    r"\s*[:：]\s*\S*\d",
    re.I,
)


def okr_field(text: str) -> bool:
    """Return True for "Completion date: 2026-03-31": a field of the OKR stated before it."""
    head = text[:40]
    return (":" in head or "：" in head) and bool(_OKR_FIELD.match(text))
