"""A measure, then the verb that moves it, with no number (after round 31, issue 15, session 18).

Two shapes that state the direction after the measure, read only when the sentence has no values
and no leading verb (`trends.trend_without_values`):

- the passive of a verb of change after an auxiliary: "Test coverage should be improved.", "Die
  Testabdeckung soll erhöht werden", "Le temps de chargement doit être réduit", "A cobertura deve
  ser melhorada", "Время загрузки должно быть снижено" (round 31; the holdout's "… gets reduced"
  already read so). "Improved" and its kin move the measure the better way (down for a time or a
  cost); the participle without an auxiliary is an adjective ("Ship improved font fallback").
- English "go up / go down" as the predicate: "Issues reported by those completing UserTesting
  sessions go down" (round 31), not "go up the funnel" (a place).
"""

from __future__ import annotations

import re

UP, DOWN, BETTER = "up", "down", "better"

_UP = (
    r"increased|raised|grown|boosted|expanded|erhöht|gesteigert|vergrößert|augmenté|augmentée"
    r"|augmentés|augmentées|accru|accrue|aumentad[oa]s?|incrementad[oa]s?|aumentat[oaie]"
    r"|incrementat[oaie]|verhoogd|vergroot|увеличен[аоы]?|повышен[аоы]?"
)
_DOWN = (
    r"reduced|decreased|lowered|shortened|cut|reduziert|gesenkt|verringert|verkürzt|réduit|réduite"
    r"|réduits|réduites|diminué|diminuée|diminués|diminuées|reducid[oa]s?|disminuid[oa]s?"
    r"|reduzid[oa]s?|diminuíd[oa]s?|ridott[oaie]|diminuit[oaie]|verlaagd|verminderd|verkort"
    r"|снижен[аоы]?|уменьшен[аоы]?|сокращен[аоы]?"
)
_BETTER = (
    r"improved|enhanced|verbessert|amélioré|améliorée|améliorés|améliorées|mejorad[oa]s?"
    r"|melhorad[oa]s?|migliorat[oaie]|verbeterd|улучшен[аоы]?"
)
# An auxiliary of the passive right before the participle (en, fr, es, pt, it, ru), or "werden" /
# "worden" right after it (de, nl); an adverb of degree may stand between.
_BEFORE = (
    r"(?:\b(?:be|been|being|get|gets|got|être|soit|soient|ser|sea|sean|seja|sejam|essere|sia"
    r"|siano|venire|venga)|(?<![\w])(?:быть|будет|будут))"
    r"\s+(?:(?:further|significantly|greatly|substantially|considerably|encore|aún|ainda|ancora"
    r"|deutlich|weiter|ещё|еще|значительно)\s+)?"
)
_PASSIVE = re.compile(
    rf"{_BEFORE}(?P<up>{_UP})\b|{_BEFORE}(?P<down>{_DOWN})\b|{_BEFORE}(?P<better>{_BETTER})\b"
    rf"|\b(?:(?P<up2>{_UP})|(?P<down2>{_DOWN})|(?P<better2>{_BETTER}))\s+(?:werden|worden|wordt)\b"
    r"|\b(?:(?P<better3>mejorar|melhorar)|(?P<up3>aumentar|incrementar)"
    r"|(?P<down3>reducir|disminuir|reduzir|diminuir))se\b"
)
_GOES = re.compile(
    r"\b(?:go|goes|going|went|gone)\s+(?P<way>up|down)\b"
    r"(?!\s+(?:the|a|an|our|their|its|to\s+the)\b)"
)


def passive_move(source: str) -> str | None:
    """Return "up", "down" or "better" for a measure moved by a passive or by "go up / down"
    (see above), else None."""
    low = source.lower()
    found = _PASSIVE.search(low)
    if found is not None:
        groups = found.groupdict()
        if groups["up"] or groups["up2"] or groups["up3"]:
            return UP
        if groups["down"] or groups["down2"] or groups["down3"]:
            return DOWN
        return BETTER
    goes = _GOES.search(low) if " go" in low else None
    if goes is not None:
        return UP if goes.group("way") == "up" else DOWN
    return None
