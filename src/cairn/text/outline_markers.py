"""The markers of an outline's lines: objective, key result and initiative prefixes, header
lines ("Key results:"), owner and field labels, and the document's own metadata.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line

_SEP = r"\s*(?::|：|\.|\)|\s[-–—])\s*"
# "OCTO Objective 1:", "BPS KR 1.1:": a team's code first; "R0-O1:": a release's id first
_CODE = r"(?:(?-i:[A-Z]{2,8})\s+|(?-i:[A-Z]{1,3}\d{1,2})-)?"
# "Objetivo 1:", "Objectif :", "目标：", "목표:", "Mục tiêu 1:": the marker in other languages
_OBJECTIVE_WORD = r"(?:o|obj|objective|okr|objetivo|objectif|目标|목표|mục\s+tiêu)"
_KEY_RESULT_WORD = (
    r"(?:kr|key\s*result|resultado[-\s]chave|resultado\s+clave|r[ée]sultat\s+cl[ée]|关键成果"
    r"|핵심\s*결과|kết\s+quả\s+then\s+chốt)"
)
_OBJECTIVE = re.compile(rf"^{_CODE}{_OBJECTIVE_WORD}\s*#?\s*(?:o?\d+(?:\.\d+)?)?{_SEP}(.*)$", re.I)
_OBJECTIVE_ALONE = re.compile(
    rf"^{_CODE}(?:objective|objetivo|objectif|目标|목표)\s*#?\s*(?:o?\d+)?\s*[:：]?$", re.I
)
_KEY_RESULT = re.compile(
    rf"^{_CODE}{_KEY_RESULT_WORD}\s*#?\s*(?:\d+(?:[.\-]\d+)*)?{_SEP}(.*)$", re.I
)
_INITIATIVE = re.compile(
    r"^(?:initiative|project|action|milestone|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I
)
# Work-item prefixes; "task" is one too when nested under an initiative.
_WORK = re.compile(r"^(epic|user\s+story|story|sub-?task|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I)
_KR_HEADER = re.compile(
    r"^(?:key\s*results?|krs)\b[^:]{0,30}:?$|^(?:关键成果|关键结果|핵심\s*결과|resultados[-\s]chave"
    r"|resultados\s+clave|r[ée]sultats\s+cl[ée]s)\s*[:：]?$",
    re.I,
)
# "**Annual KRs:**", "**Q3 key results:**": a bold label naming the key results of a period
_QUALIFIED_KR_HEADER = re.compile(r"^(?:[\w-]+\s+){1,2}(?:key\s*results?|krs)\s*:?$", re.I)
_INITIATIVE_HEADER = re.compile(r"^(?:initiatives?|projects?|actions?|tasks?)\s*:?$", re.I)
_OBJECTIVES_HEADER = re.compile(r"^(?:objectives?|okrs?)(?:\s+and\s+key\s+results)?\s*:?$", re.I)
# "### Team" / "### Owner" over a line naming them: the objective's owner
_OWNER_HEADING = re.compile(r"^(?:team|owners?|owner\(s\)|owning team|dri)$", re.I)
# "Responsável:", "Responsable:", "Propriétaire:": the owner in Portuguese, Spanish, French
_OWNER_WORDS = r"owners?|owner\(s\)|dri|respons[áa]vel|responsables?|propriétaire|dono|dueño"
_OWNER_LABEL = re.compile(rf"^(?:{_OWNER_WORDS})$", re.I)
_OWNER = re.compile(rf"^(?:{_OWNER_WORDS}|owned by|responsible)\s*:\s*(.+)$", re.I)
_FIELD = re.compile(r"^(?:status|score|grade|progress|current|result)\s*:\s*(.+)$", re.I)
_SCORES = re.compile(r"^Scores: (.*)$")
# A document's own metadata ("**Version:** 1.0", "**Last Updated:** …"): an "Owner:" line next
# to one owns the document, not its first objective.
_DOC_FIELD = re.compile(
    r"^(?:version|last\s+updated|updated|last\s+reviewed|date|created|author|applies\s+to"
    r"|review\s+cadence|next\s+review|audience|classification)\s*:",
    re.I,
)
# The first letters (case-blind) of the header and prefix patterns above; other lines skip them.
_PREFIX_FIRST = "kiptaodrmesugc"
LABEL_LEVEL = 7  # colon labels nest below every heading level


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


_FIELD_ITEM = re.compile(r"^[A-Z][\w /()-]{0,30}:\s")


def _field_list(line: Line) -> bool:
    """Return True when the list right below a line is all labelled fields ("Target: …")."""
    return bool(line.children) and all(_FIELD_ITEM.match(c.text) for c in line.children)
