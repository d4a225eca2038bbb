"""OKRs written in prose (issue 15, fourteenth round).

Some pages give their only OKRs in a sentence: 'For example, an objective might be "Increase brand
awareness," while key results could be "Increase website traffic by 20%" and "Increase social
media followers by 10%."', or 'An example objective for an SRE could be to “reduce the number of
errors”. The associated KRs for this objective could be to reduce 502 errors from 2% down to 1%,
reduce build security errors by 50% and reduce open-source software-related errors by 5%.'

The reading is narrow on purpose: on one line, the word "objective" and a modal ("could be",
"might be", "podría ser", "poderia ser", "pourrait être", "potrebbe essere") then a quoted
objective; after it, the words "key results" / "KRs" and a modal, then either quoted key
results joined by commas and "and" (each quote one key result), or clauses joined by commas and
a last "and", each stating a number (a measured key result: "reduce build security errors by
50%"). The quotes and the punctuation closing a quoted title are left out; a listed clause
keeps its words ("to" after the modal goes).

Prose OKRs are the page's OKRs only where its structure gives none of its own: nothing is read,
or only plain paragraphs (a definition under an "Objectives:" label read as an objective over the
paragraphs after it). A page with a marked objective, an objective heading or list item, or a key
result marked, in a heading or in a list item keeps its reading; its prose examples stay context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cairn.text.outline_lines import Line
    from cairn.text.outline_nodes import Outline

_OPEN, _CLOSE = '"“«„', '"”»“'
_MODAL = (
    r"(?:(?:could|might|may|would|can)\s+be(?:\s+to)?|podr[íi]an?\s+ser|poderiam?\s+ser"
    r"|podem?\s+ser|pourrai(?:en)?t\s+être|potrebbe(?:ro)?\s+essere)"
)
_QUOTED = rf"[{_OPEN}]\s*([^{_OPEN}{_CLOSE}]{{3,160}}?)\s*[{_CLOSE}]"
# "an objective might be "…"", "An example objective for an SRE could be to “…”"
_OBJECTIVE = re.compile(
    rf"\b(?:objective|objetivo|objectif|obiettivo)\b[^{_OPEN}{_CLOSE}.;:]{{0,40}}?\s{_MODAL}\s*[:：]?\s*"
    + _QUOTED,
    re.I,
)
# "key results could be", "The associated KRs for this objective could be to"
_KEY_RESULTS = re.compile(
    r"\b(?:key\s+results?|krs?|resultados?[-\s](?:clave|chave)|r[ée]sultats?\s+cl[ée]s?"
    r"|risultat[oi]\s+chiave)\b"
    rf"[^{_OPEN}{_CLOSE}.;:]{{0,50}}?\s{_MODAL}\s*[:：]?\s*",
    re.I,
)
_ITEM = re.compile(_QUOTED)
_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|y|e|et)\s+)?|\s(?:and|y|e|et)\s+)\s*", re.I)
_LAST_JOIN = re.compile(r"\s(?:and|y|e|et)\s", re.I)
# a period closing the sentence, not one of an abbreviation ("-25% tokens vs. search")
_SENTENCE_END = re.compile(r"(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bca)\.(?:\s|$)", re.I)
_TITLE_END = " ,.;:"


def _quoted_items(text: str) -> list[str]:
    """Return the quoted items that open the text, joined by commas and "and", else []."""
    items, at = [], 0
    while match := _ITEM.match(text, at):
        items.append(match.group(1).strip().rstrip(_TITLE_END))
        at = match.end()
        join = _JOIN.match(text, at)
        if not join or not join.group(0).strip():
            break
        at = join.end()
    return items


def _listed_items(text: str) -> list[str]:
    """Return "A, B and C" as its clauses when each states a number, else []."""
    end = _SENTENCE_END.search(text)
    sentence = text[: end.start()] if end else text
    parts = [p.strip() for p in re.split(r",\s+", sentence)]
    if parts and (last := _LAST_JOIN.split(parts[-1])) and len(last) == 2:
        parts[-1:] = [p.strip() for p in last]
    parts = [re.sub(r"^(?:and|y|e|et)\s+", "", p, flags=re.I).rstrip(_TITLE_END) for p in parts]
    if len(parts) < 2 or not all(
        len(p.split()) >= 2 and any(c.isdigit() for c in p) for p in parts
    ):
        return []
    return parts


def _prose(line: Line) -> tuple[str, list[str]] | None:
    """Return the objective and key results a prose line states, else None."""
    objective = _OBJECTIVE.search(line.text)
    if not objective:
        return None
    rest = line.text[objective.end() :]
    key_results = _KEY_RESULTS.search(rest)
    if not key_results:
        return None
    after = rest[key_results.end() :]
    items = _quoted_items(after) if after[:1] in _OPEN else _listed_items(after)
    title = objective.group(1).strip().rstrip(_TITLE_END)
    return (title, items) if title and items else None


def _structured(lines: list[Line], outline: Outline) -> bool:
    """Return True when the page's structure states OKRs of its own: a marked objective or one
    in a heading or list item, or a key result marked, in a heading or in a list item."""
    items = {line.number for line in lines if line.item}
    return any(o.explicit or o.anchor != "plain" for o in outline.objectives) or any(
        kr.marked or kr.heading or kr.line in items
        for o in outline.objectives
        for kr in o.key_results
    )


# what comes right before a quoted objective: "… be", "… be to", "… ser", "… être", "… essere"
_BEFORE_QUOTE = re.compile(r"(?:\bbe|\bser|\bêtre|\bessere)(?:\s+to)?\s*[:：]?\s*$", re.I)


def _tell_tale(text: str) -> bool:
    """Return True when a quotation follows "be" / "ser" / "être" / "essere" somewhere in the
    text: a page without one has no prose OKRs (the quotes are found first; most pages have few
    or none)."""
    for quote in _OPEN:
        at = text.find(quote)
        while at != -1:
            if _BEFORE_QUOTE.search(text, max(0, at - 14), at):
                return True
            at = text.find(quote, at + 1)
    return False


def prose_okrs(text: str, lines: list[Line], outline: Outline) -> None:
    """Read the prose OKRs of a page whose structure gives none of its own (in place)."""
    if not _tell_tale(text):
        return
    found = []
    for line in lines:
        text = line.text
        if line.heading or not any(q in text for q in _OPEN):
            continue
        low = text.lower()  # "objective", "objetivo", "objectif", "obiettivo"
        if "bje" not in low and "biet" not in low:
            continue
        if stated := _prose(line):
            found.append((line, *stated))
    if not found:
        return
    if _structured(lines, outline):
        return  # the page's lists are its OKRs; its prose examples are context
    from cairn.text.outline_nodes import KeyResultNode, ObjectiveNode

    outline.objectives = [
        ObjectiveNode(
            title,
            line.number,
            "plain",
            line.indent,
            explicit=False,
            key_results=[KeyResultNode(kr, line.number, line.indent) for kr in krs],
        )
        for line, title, krs in found
    ]
