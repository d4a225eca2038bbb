"""The page's own fields among its OKRs (thirteenth round, issue 15).

- `page_owner_lines`: "---" / "Última actualización: {{FECHA}}" / "Owner: CKO / Governance" /
  "Versión: 1.0": an owner line written next to the page's metadata ("Last updated", "Version")
  owns the page. Before the first objective the reader already keeps it off the objective;
  after an objective's key results it is a footer, not that objective's owner. An owner line
  under an objective's title, before its key results, stays the objective's even beside a date.
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _DOC_FIELD, _OWNER


def page_owner_lines(lines: list[Line]) -> frozenset[int]:
    """Return the numbers of the owner lines written right next to a page metadata line."""
    out = set()
    for i, line in enumerate(lines):
        head = line.text[:40]
        if line.heading or (":" not in head and "：" not in head) or not _OWNER.match(line.text):
            continue
        near = (lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if any(
            abs(other.number - line.number) == 1
            and not other.heading
            and _DOC_FIELD.match(other.text)
            for other in near
        ):
            out.add(line.number)
    return frozenset(out)
