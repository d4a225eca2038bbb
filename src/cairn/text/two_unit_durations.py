"""A duration written in two units, and a one-letter unit beside another duration (twenty-seventh
round).

Support and operations key results time their work in hours and minutes, or minutes and
seconds, and write both: "Reduce MTTR from 1h 30m to 45m", "Cut build time from 2h30 to 1h",
"Reduce time to first value to 1 hr 30 min", "Cut average handle time to 4m 30s", French and
Portuguese "1h30", "1h30min", Spanish "1 h 30 min", German "1 Std. 30 Min.", Italian "1 ora e
30 minuti", Polish "1 godz. 30 min", Dutch "1 uur en 30 minuten". Each is one duration in its
smaller unit ("90 min", "270 sec"), as "2h30m" already was (`asides._COMPOUND_TIME`); a pair
written in two units is then read in its target's unit, as "from 2 hours to 30 minutes" is.

A lone "h" or "s" after a number is a time unit only after a bound elsewhere (`tokens._unit_after`:
it is too often a letter of something else), but beside another duration it is one: "from 2 h to
30 min", "from 1.2 s to 800 ms", "de 2 h à 30 min": glued to its number, as "2h" and "1.2s" read.

Near misses: "Respond to P1 within 1h and P2 within 4h" (no number after the joining word), "Answer
chats within 2 min and 30 emails a day" (no unit of seconds after the second number), "Run 3 h of
training for 20 new hires" (no other duration: the lone "h" stays a letter).
"""

from __future__ import annotations

import re

_HOURS = (
    r"(?:hours?|hrs?|h|std\.?|stunden?|heures?|horas?|ore|ora|uur|godz\.?|godzin[ay]?|timm(?:e|ar)"
    r"|timer|saat|jam|giờ|час(?:а|ов)?|год\.?|годин[аи]?)"
)
_MINUTES = (
    r"(?:min\.|minutes?|mins?|m|minut[oa]s?|minuti|minuten|minut[ay]?|dakika|dk|menit|phút"
    r"|мин(?:ут[ыа]?)?\.?|хв(?:илин[аи]?)?\.?)"
)
_SECONDS = (
    r"(?:seconds?|secs?|s|sek\.?|sekunden?|seg\.?|segundos?|secondes?|secondi|seconden|sekund[ay]?"
    r"|saniye|sn|detik|giây|сек(?:унд[ыа]?)?\.?)"
)
# "1 hour and 30 minutes", "1 ora e 30 minuti", "1 uur en 30 minuten", "1h 30m", "1h30min"
_JOIN = r"(?:\s(?:and|e|y|et|und|en|i|och|og|ve|dan|và|и|і)\s|\s?)"
_END = r"(?![^\W\d_])"  # the unit word ends: "30 min" but not "30 minors"
# Each pattern starts with its digit (the regex engine then skips to digits); the character
# before it is checked after the match (`_free`): "v1.5h", "12,5m" are not durations.
_HOURS_MINUTES = re.compile(
    rf"(\d{{1,3}})\s?{_HOURS}{_END}{_JOIN}([0-5]?\d)\s?{_MINUTES}{_END}", re.IGNORECASE
)
_MINUTES_SECONDS = re.compile(
    rf"(\d{{1,3}})\s?{_MINUTES}{_END}{_JOIN}([0-5]?\d)\s?{_SECONDS}{_END}", re.IGNORECASE
)
# "2h30", "1h30": the minutes glued after the hours with no unit of their own
_GLUED = re.compile(r"(\d{1,2})[hH]([0-5]\d)(?![\w%.,/])")
# a one-letter unit after a number ("2 h", "1.2s", "45m"), and another duration in the sentence
# (a glued "s" only after a decimal: "404s", "the 1990s", "500s" are plurals of numbers)
_LONE = re.compile(r"(\d+[.,]\d+ ?[hmsHS]|\d+(?: [hmsHS]|[hmHM]))(?![\w'’-])")
_WORDS = {"h": "hrs", "m": "min", "s": "sec"}
_DURATION = re.compile(
    r"\d\s?(?:ms|min|mins|minutes?|minutos|minuti|minuten|sec|secs|seconds?|segundos|hours?|hrs?"
    r"|horas|heures|Std)(?![^\W\d_])",
    re.IGNORECASE,
)
# What this module's shapes and `percentage_points` need, searched once before either (most
# sentences have none): a one-letter unit after a number, "2h30", a number before a word of
# minutes or seconds, or before percentage points ("p.p.", "punkty procentowe" …).
_GATE = re.compile(
    r"\d(?: ?(?:[hmsHMS](?![^\W\d_])|[mM]in|[sS]e[ckg]|мин|хв|сек|dak|dk|menit|phút|detik|giây"
    r"|saniye|sn(?!\w)|[pP]\. ?[pP]|[пП]\. ?п|[вВ]\. ?п|punkt|процентн|відсотков|[pP]ro[cs]ent"
    r"|điểm)|[hH][0-5]\d)"
)


def unit_after_number(text: str) -> bool:
    """Return True when the text may hold a duration or percentage points these rules rewrite."""
    return _GATE.search(text) is not None


_TAKEN = frozenset("_.,/-$€£")  # a number part of a word, a decimal, a date, money: not a duration


def _free(match: re.Match) -> bool:
    """Return True when the number that starts the match is not the end of something else."""
    at = match.start()
    if at == 0:
        return True
    before = match.string[at - 1]
    return not (before.isalnum() or before in _TAKEN)


def _in_smaller_unit(match: re.Match, unit: str) -> str:
    if not _free(match):
        return match.group()
    return f"{int(match.group(1)) * 60 + int(match.group(2))} {unit}"


def _spelt(match: re.Match) -> str:
    if not _free(match):
        return match.group()
    found = match.group(1)
    return f"{found[:-1].strip()} {_WORDS[found[-1].lower()]}"


def one_unit_durations(text: str) -> str:
    """Return the text with each duration in two units written in its smaller unit, and a lone
    "h" or "s" beside another duration glued to its number."""
    if "h" in text or "H" in text:
        text = _GLUED.sub(lambda m: _in_smaller_unit(m, "min"), text)
    text = _HOURS_MINUTES.sub(lambda m: _in_smaller_unit(m, "min"), text)
    text = _MINUTES_SECONDS.sub(lambda m: _in_smaller_unit(m, "sec"), text)
    lone = [found for found in _LONE.finditer(text) if _free(found)]
    if not lone:
        return text
    hours_or_seconds = any(found.group()[-1] in "hsHS" for found in lone)
    if (len(lone) > 1 and hours_or_seconds) or _DURATION.search(text):
        # "from 2 h to 30 min", "de 2h à 30 min", "from 90 min to 45m": each a duration
        text = _LONE.sub(_spelt, text)
    return text
