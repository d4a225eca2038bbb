"""A part of the page named by its number (eighteenth round, issue 15).

- `names_a_part`: "**Sección 4: Métricas de Calidad**", "#### Abschnitt 2: Finanzanalyse",
  "Part 3 — Data": a document-part word ("section", "sección", "Abschnitt", "avsnitt",
  "partie", "chapter", "Kapitel" …) with its number, then a name, names a section of the page
  (a report's dashboard view, a chapter), not an objective, even over measured bullets. A part
  whose name speaks of the OKRs ("Section 2: Q3 objectives", "Parte 1: OKR") stays theirs.
"""

from __future__ import annotations

import re

from cairn.text.outline_words import OBJECTIVE_ALONE_WORD

# The key word first: a cheap test before the pattern.
_PART_WORDS = (
    "section", "secci", "secção", "seção", "sezione", "abschnitt", "avsnitt", "afsnit", "sekcja",
    "раздел", "розділ", "bölüm", "phần", "part", "teil", "chapter", "cap", "chapitre",
    "kapitel", "hoofdstuk", "rozdział",
)  # fmt: skip
_PART = re.compile(
    r"^(?:sections?|secci[óo]n|sec?ção|sezione|abschnitt|avsnitt|afsnit|sekcja|раздел|розділ"
    r"|bölüm|phần|part(?:e|ie)?|teil|chapter|cap[íi]tulo|capitolo|chapitre|kapitel|hoofdstuk"
    r"|rozdział)\s+(?:\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})\s*[:：.—–-]\s*(\S.*)$",
    re.I,
)
_ABOUT_OKRS = re.compile(
    rf"\bokrs?\b|\b{OBJECTIVE_ALONE_WORD}|\bkey\s+results?\b|\bresultados?\s+clave", re.I
)


def names_a_part(text: str) -> bool:
    """Return True for "Sección 4: Métricas de Calidad": a numbered part of the page."""
    head = text[:12].lower()
    if not any(word in head for word in _PART_WORDS):
        return False
    match = _PART.match(text.strip())
    return bool(match) and not _ABOUT_OKRS.search(match.group(1))
