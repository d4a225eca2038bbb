"""What the word tables share: the English verbs a table reads forms as, and the builders of
`verbs` and `markers` lists (`cairn.text.language_words`, `cairn.text.script_words`)."""

from __future__ import annotations

# Each entry: (verb forms, English verb). Forms are the infinitive and the forms key results
# are written in (imperative, first person plural, nominalised infinitive).
_INCREASE, _DECREASE, _REACH, _KEEP = "increase", "reduce", "reach", "keep"


def _verbs(*groups: tuple[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for forms, english in groups:
        for form in forms.split("|"):
            table[form] = english
    return table


def _same(forms: str, english: str) -> dict[str, str]:
    return dict.fromkeys(forms.split("|"), english)


_TIME = {
    "seconds": "seconds",
    "minutes": "minutes",
    "hours": "hours",
    "days": "days",
    "weeks": "weeks",
    "months": "months",
    "years": "years",
}
