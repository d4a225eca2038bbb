"""An amount stated with Indonesian "sebesar" (of) where nothing changes (twenty-first round).

Read by `cairn.text.languages` before the words before a number are rewritten. "Sebesar" is
"by" after a verb or a noun of change ("Meningkatkan traffic web sebesar 30%", "pertumbuhan
lead generation sebesar 20%": up 30%, growth of 20%), and "of" after a verb of reaching or a
plain noun: "mendapatkan penghasilan sebesar 10 miliar per tahun" (earn an income of 10
billion a year: the target), "Gross Merchandise Value sebesar Rp 30 milyar" (the value).

A plain key word is tested before the regex (the parse's speed, SPEC §7).
"""

from __future__ import annotations

import re

_CHANGES = frozenset(["increase", "reduce", "double", "halve"])
# the change nouns of the Indonesian "words" table, already in English here
_CHANGE_NOUNS = re.compile(r"(?<!\w)(?:increase|growth|reduction)(?!\w)", re.IGNORECASE)
_SEBESAR = re.compile(r"(?<!\w)sebesar\s+(?=[-+]?(?:Rp\.?\s?)?\d)", re.IGNORECASE)


def indonesian_amount(text: str, language: str, verbs: re.Pattern | None, table: dict) -> str:
    """Return Indonesian text without "sebesar" before its number when nothing before it
    changes; any other text as it is."""
    if language != "id" or ("sebesar" not in text and "Sebesar" not in text):
        return text
    found = _SEBESAR.search(text)
    if found is None:
        return text
    before = text[: found.start()]
    if _CHANGE_NOUNS.search(before):
        return text
    if verbs is not None and any(
        table["verbs"].get(" ".join(m.group(0).lower().split())) in _CHANGES
        for m in verbs.finditer(before)
    ):
        return text
    return before + text[found.end() :]
