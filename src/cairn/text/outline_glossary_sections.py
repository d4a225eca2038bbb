"""A section named as a glossary ("## Glossary", "## Glossar", "## 术语表"): its "Term:
definition" lines define words, never objectives or key results (issue 15, twenty-fourth round).

"- Objective: a qualitative goal" / "- Key result: a measurable outcome" / "- KPI: a health
metric" under "## Glossary" read as an objective over a key result: the glossary rule of the
ninth round wants four definitions or more, one of them by a clause ("what we …"). Under a
heading that is only a glossary's name (numbered or with an emoji allowed), every line of the
section written "Term: definition" (or "**Term**: definition") up to the next heading is a
definition. An objective about a glossary ("## Objective: Publish the glossary") is no such
heading, and the sections around the glossary read as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line

# The whole heading: a glossary's name, a number or an emoji before it allowed
_GLOSSARY_HEADING = re.compile(
    r"^[^\w]{0,4}(?:\d{1,2}[.)]?\s+)?(?:okr\s+)?(?:glossary|glossary\s+of\s+terms|key\s+terms|terms"
    r"|terminology|definitions|glossar|begriffe|begriffserklärungen|glosario|glossário"
    r"|glossaire|lexique|glossario|begrippenlijst|woordenlijst|ordlista|ordliste|słowniczek"
    r"|słownik(?:\s+pojęć)?|slovníček(?:\s+pojmů)?|sözlük|terimler|глоссарий|термины"
    r"|глосарій|терміни|thuật\s+ngữ|glosarium|istilah|术语表|术语|名词解释|用語集|用語|용어집|용어"
    r"|용어\s*정리)(?:\s+(?:okr|de\s+okr|der\s+okr))?\s*[:：]?\s*$",
    re.I,
)
_TERM = re.compile(r"^(?:\*\*)?[^:：*]{1,30}(?:\*\*)?\s*[:：]\s*\S")


def glossary_section_items(lines: list[Line]) -> set[int]:
    """Return the ids of the "Term: definition" lines of sections named as a glossary."""
    found: set[int] = set()
    inside = False
    for line in lines:
        if line.heading:
            inside = bool(_GLOSSARY_HEADING.match(line.text.strip()))
        elif inside and (line.label or _TERM.match(line.text)):
            found.add(id(line))
    return found
