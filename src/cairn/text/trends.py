"""Directions and limits a key result states without a plain value clause.

"Number of applications increase", "Lead time is shorter", "on par with or higher than
VA.gov": the direction comes from a trailing verb, a comparative or a bound without a
number. "Resolve P1 incidents within 1 hour": the timeframe is the measure, a limit for each
incident, when nothing else in the sentence is a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cairn.text import lexicon as lx
from cairn.text.budgets import budget_kept
from cairn.text.passive_moves import DOWN, UP, passive_move
from cairn.text.sentence import Sentence
from cairn.text.tokens import Token, tokenize

INCREASE, DECREASE = "increase", "decrease"
STAY_ABOVE, STAY_BELOW = "stay_above", "stay_below"

_TREND_UP = frozenset(
    ["increase", "increases", "increased", "grows", "grew", "rises", "rose", "climbs", "improves"]
)
_TREND_DOWN = frozenset(
    ["decrease", "decreases", "decreased", "reduced", "drops", "dropped", "falls", "declines"]
)
# "positive" and "negative" state a direction only in a trend ("… happiness trends in positive
# direction", "Positive trend in sentiment"); qualifying what people report or feel ("members
# report … general positive experiences", round 42) they are no change: no direction.
_TREND_WORDS = frozenset(["trend", "trends", "trending", "trended", "direction", "trajectory"])
_MORE = frozenset(["higher", "more", "greater", "larger", "bigger", "better", "upward"])
_LESS = frozenset(["lower", "fewer", "less", "smaller", "shorter", "cheaper", "downward"])
# Twenty-second round: "more", "better" and "fewer" in the tables' languages, where a sentence
# without values states its direction by them ("Generar más leads", "Contratar mejores perfiles
# profesionales": round-22 and round-19 labels). Not French "plus" (also "no longer") nor
# English-looking words.
_MORE |= frozenset(
    ["más", "mais", "davantage", "più", "mehr", "meer", "więcej", "mejores", "melhores"]
    + ["meilleurs", "meilleures", "migliori", "bessere", "besseren", "betere"]
)
_LESS |= frozenset(["menos", "moins", "meno", "weniger", "minder", "mniej"])
_SPEED = frozenset(["faster", "quicker", "sooner", "speedier"])
_ACHIEVE = frozenset(["achieve", "attain"])
# A bound named without a number: "the target", "our thresholds"; after round 32's first run also
# with one word naming it ("below profitability thresholds", "under the SLA limit", "above the
# industry average", "below budget"), as round 32's "Keep CAC below profitability thresholds."
# A limit and a budget only bound from above: "Do not exceed the budget" (eighteenth round) is no floor.
_BOUND_NOUN = (
    r"(?:the |our |their )?(?:[a-z][a-z-]* )?"
    r"(?:targets?|target values?|thresholds?|averages?|benchmarks?)"
)
_CEILING_NOUN = r"(?:the |our |their )?(?:[a-z][a-z-]* )?(?:limits?|budgets?)"
# "on par with or higher than", "above average"; not "M51 or above" (a version, see below).
_STAYS_ABOVE = re.compile(
    r"(?<![\d] )(?<![a-z]\d )(?:(?<= )(?:or|and) (?:is |are )?(?:higher|above|better|more) "
    r"| (?:or|and) exceeds? | above average | at or above "
    rf"|(?<! not) (?:above|over|exceeds?) {_BOUND_NOUN} )"
)
# The same bound in the tables' Romance languages, "below" already English or not ("Mantener el
# CAC por debajo de los umbrales de rentabilidad", "Maintenir le CAC sous les seuils de
# rentabilité", "Manter o CAC abaixo dos limites", "Mantenere il CAC sotto le soglie").
_ROMANCE_BOUND = (
    r"(?:(?:los|las|el|la|les|le|os|as|o|a|il|i|gli|nostros?|nuestros?|nos|nossos?) )?"
    r"(?:umbral(?:es)?|seuils?|limiares?|soglia|soglie|l[íi]mites?|limiti|limite|presupuesto"
    r"|orçamento|budget) "
)
_ROMANCE_BELOW = re.compile(
    rf" (?:below|under|sous|abaixo d[eoa]s?|sotto|en dessous d(?:es|u|e)|por debajo de) {_ROMANCE_BOUND}"
)
# "# of open bugs did not increase", "no increase in churn": a ceiling at today's level.
_NOT_UP = re.compile(
    r" (?:did|does|do|will|should|must) not (?:increase|grow|rise|go up) | no (?:increase|growth|rise) in "
)
_NOT_DOWN = re.compile(
    r" (?:did|does|do|will|should|must) not (?:decrease|drop|fall|decline|go down) "
    r"| no (?:decrease|drop|decline) in "
)
_STAYS_BELOW = re.compile(
    r"(?<![a-z]\d )(?:(?<= )(?:or|and) (?:lower|below|less|fewer) | below average | at or below "
    rf"| (?:below|under) (?:{_BOUND_NOUN}|{_CEILING_NOUN}) )"
)
# "No regressions reach stable", "Prevent any regressions", "Eliminate all OOM crashes".
_NONE_OF = re.compile(r"^(?:no|zero|prevent (?:any|all)|eliminate (?:all|any))$")
_WITHIN = re.compile(r"^within\s+(?:the\s+)?(?:first\s+)?(?P<amount>.+)$", re.IGNORECASE)
_SHORT = frozenset({"ms", "seconds", "minutes", "hours"})


def trend_without_values(sentence: Sentence, verb: str | None, lower: bool) -> str | None:
    """Return the direction a sentence without values states by other words, if any."""
    words = sentence.words()
    if budget_kept(words):  # "Wir halten das Wartungsbudget ein": at most the budget
        return STAY_BELOW
    spaced = f" {' '.join(words)} "
    if _STAYS_ABOVE.search(spaced):
        return STAY_ABOVE
    if _STAYS_BELOW.search(spaced) or _ROMANCE_BELOW.search(spaced):
        return STAY_BELOW
    if _NOT_UP.search(spaced):
        return STAY_BELOW
    if _NOT_DOWN.search(spaced):
        return STAY_ABOVE
    if (moved := _passive(sentence, words, verb)) is not None:  # "… should be improved"
        better = DECREASE if lower else INCREASE
        return INCREASE if moved == UP else DECREASE if moved == DOWN else better
    if verb is None and (going := _progressive_last(sentence.source)):
        return going  # "Surveying backlog shrinking, not growing" (after rounds 35 and 36)
    if verb is None:  # "Number of applications increase": the verb comes last
        words = _before_purpose(words)
        trend = not _TREND_WORDS.isdisjoint(words)
        for word in words:
            if word in _TREND_UP or word == "positive" and trend:
                return INCREASE
            if word in _TREND_DOWN or word == "negative" and trend:
                return DECREASE
        if any(word in lx.MOVING_BETTER_VERBS for word in words):
            return DECREASE if lower else INCREASE
    at = words.index(verb) if verb in _ACHIEVE and verb in words else -1
    if at >= 0 and words[at + 1 : at + 2] in (["a"], ["an"]):
        at += 1  # "Achieve a high completed-vs-committed delivery ratio" (nineteenth round)
    level = words[at + 1 : at + 2] if at >= 0 else []
    if level and level[0] in ("high", "low"):  # "Achieve high diagnostic yield": a level
        return INCREASE if level[0] == "high" else DECREASE
    for word, nxt in zip(words, [*words[1:], ""], strict=False):
        if nxt.endswith("ly"):
            continue  # "more closely correlate": an adverb, not the metric's direction
        if word in _LESS:
            return DECREASE
        if word in _MORE:
            return INCREASE
        if word in _SPEED:
            return DECREASE if lower else INCREASE
    return None


# After the first runs of rounds 35 and 36: a measure, then the progressive of a verb of change
# ending its first clause ("Surveying backlog shrinking, not growing", "Support backlog
# decreasing", "Weekly active users growing"): the way it moves. Not inside a phrase ("Onboarding
# for growing teams", "Work on improving onboarding": round 25, no direction).
_GOING_UP = frozenset(["increasing", "growing", "rising", "climbing"])
_GOING_DOWN = frozenset(["decreasing", "shrinking", "dropping", "falling", "declining"])


def _progressive_last(source: str) -> str | None:
    """Return the direction of a progressive of change that ends the first clause."""
    clause = source
    for mark in ",;.(":
        clause = clause.split(mark, 1)[0]
    words = clause.lower().split()
    if len(words) < 2 or words[-2] in ("for", "of", "on", "in", "by", "to", "with"):
        return None
    if words[-1] in _GOING_UP:
        return INCREASE
    return DECREASE if words[-1] in _GOING_DOWN else None


def _passive(sentence: Sentence, words: list[str], verb: str | None) -> str | None:
    """Return the move a passive after the measure states (passive_moves). A leading word read
    as a verb may be the measure's first noun ("Test coverage should be improved."): then only
    the first five words count, and not when an article follows it ("Write a report on why …")."""
    if verb is None:
        return passive_move(sentence.source)
    if words[:1] != [verb] or words[1:2] in (["a"], ["an"], ["the"], ["our"], ["all"]):
        return None
    return passive_move(" ".join(sentence.source.split()[:5]))


def _before_purpose(words: list[str]) -> list[str]:
    """Return the words before "to <verb>": "RTrees used to optimize …" states a purpose."""
    for i, word in enumerate(words[:-1]):
        if word == "to" and words[i + 1] in lx.ALL_VERBS:
            return words[:i]
    return words


def none_of(sentence: Sentence) -> Limit | None:
    """Return a zero limit for "No regressions reach …", "Prevent any regressions …"."""
    tokens = sentence.tokens
    if len(tokens) > 2 and " ".join(t.low for t in tokens[:2]) in _NOBODY:
        return _nobody(tokens)
    for size in (1, 2):
        lead = " ".join(t.low for t in tokens[:size])
        if not _NONE_OF.match(lead) or len(tokens) <= size:
            continue
        auxiliary = size == 1 and len(tokens) > 2 and tokens[2].low in _AUXILIARIES
        return _zero_of(tokens, 0, size, singular=auxiliary)
    return _none_later(tokens)


def _zero_of(tokens: list[Token], at: int, size: int, *, singular: bool = False) -> Limit | None:
    """Return a zero limit counting the plural after tokens[at : at + size] ("no manual
    top-ups" → 0 top-ups), or None when no plural noun follows; with `singular`, a zero
    without a unit ("with no job loss", "No agent has access")."""
    for k, token in enumerate(tokens[at + size : at + size + 4]):
        low = token.low
        if low in _AUXILIARIES and k:
            break  # "No agent has access": the noun ended
        if low in _ADVERBS_IN_S:
            break  # "…, no después": not later, no count (after the fixes of rounds 35 and 36)
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2
        if token.kind == "word" and plural and low[:-1] not in lx.ALL_VERBS:
            zero = Token("num", tokens[at].text, tokens[at].start, tokens[at].end, 0.0)
            zero.unit = token.text if token.text[:-1].isupper() else low
            return Limit(zero, at, None)
    if singular:
        return Limit(Token("num", tokens[at].text, tokens[at].start, tokens[at].end, 0.0), at, None)
    return None


_AUXILIARIES = frozenset(["has", "is", "was", "does", "gets", "can", "will", "may", "must"])
# After the fixes of rounds 35 and 36: Spanish and Portuguese adverbs that end in "s" and are no
# plural ("Detectar huecos conceptuales antes de los parciales, no después": not after; "…, no
# antes", "…, não depois", "…, no más"): after "no" they deny, they count nothing.
_ADVERBS_IN_S = frozenset(
    ["después", "despues", "antes", "más", "mas", "menos", "además", "jamás", "apenas", "tras"]
)


def _none_later(tokens: list[Token]) -> Limit | None:
    """Return a zero limit stated after the first words: "…, no manual top-ups" (a clause
    after a comma or semicolon) or "Fuel treasury never breaches its floor" (never + a verb
    in the third person: nothing of the kind may happen; no unit)."""
    for i, token in enumerate(tokens[1:-1], start=1):
        clause = token.low in ("no", "zero") and tokens[i - 1].text in (",", ";")
        if clause and (limit := _zero_of(tokens, i, 1)):
            return limit
        nxt = tokens[i + 1]
        if token.low == "never" and nxt.kind == "word" and nxt.low.endswith("s"):
            zero = Token("num", token.text, token.start, token.end, 0.0)
            return Limit(zero, i, None)
    return None


_NOBODY = frozenset(["no one", "nobody is", "nobody has", "not one"])


def _nobody(tokens: tuple[Token, ...] | list[Token]) -> Limit | None:
    """Return a zero limit counting the noun after "a": "No one on the team has a major injury"
    (0 injuries). Without such a noun the sentence states no count."""
    for i, token in enumerate(tokens[:-1]):
        if token.low not in ("a", "an"):
            continue
        phrase: list[str] = []
        for word in tokens[i + 1 : i + 4]:
            if word.kind != "word" or not word.low.isalpha() or word.low in lx.PHRASE_BOUNDARY:
                break
            phrase.append(word.low)
        if phrase:
            noun = phrase[-1]  # the head of "a major injury"
            few = noun.endswith("y") and noun[-2:-1] not in "aeiou"
            unit = noun[:-1] + "ies" if few else noun + "s"
            zero = Token("num", tokens[0].text, tokens[0].start, tokens[0].end, 0.0)
            zero.unit = unit
            return Limit(zero, 0, None)
    return None


@dataclass(frozen=True)
class Limit:
    """A timeframe read as the key result's limit ("within 1 hour" → stay below 1 hour)."""

    token: Token
    index: int
    note: str | None
    bound: str = STAY_BELOW


_OVER = re.compile(r"^over\s+(?P<amount>\d.*)$", re.IGNORECASE)
_FOR = re.compile(r"^for\s+(?:the\s+)?(?:next\s+)?(?P<amount>.+)$", re.IGNORECASE)
# "Runs for 10 days without a crash": a duration to sustain, not the cycle's timeframe.
_SUSTAINED = frozenset(["without", "straight", "consecutive", "continuously", "uninterrupted"])


def limit_in_timeframe(sentence: Sentence, verb_at: int) -> Limit | None:
    """Return "within N <period>" as a limit when it is about recurring items, else None.

    Hours and minutes are limits ("Resolve P1 incidents within 1 hour"); days and weeks only
    when the sentence handles many items ("Resolve all critical alerts within 7 days"), and
    then with a note, since "Launch the app within 60 days" is a deadline.
    """
    stays = verb_at >= 0 and sentence.tokens[verb_at].low in lx.STAY_VERBS
    for index, token in enumerate(sentence.tokens):
        # "Keep runway over 180 days": after a keep verb, "over" is the bound, not a period
        over = _OVER.match(token.text) if stays and token.kind == "date" else None
        if over and (value := _duration(over["amount"], token)):
            return Limit(value, index, None, STAY_ABOVE)
        if token.kind == "date" and (match := _FOR.match(token.text)):
            after = {t.low for t in sentence.tokens[index + 1 : index + 3]}
            if after & _SUSTAINED and (value := _duration(match["amount"], token)):
                return Limit(value, index, None, STAY_ABOVE)
            continue
        if token.kind != "date" or not (match := _WITHIN.match(token.text)):
            continue
        amount = [t for t in tokenize(match["amount"]) if t.kind == "num"]
        if not amount or amount[0].unit not in lx.TIME_UNITS.values():
            return None
        value = Token("num", match["amount"], token.start, token.end, amount[0].value)
        value.unit = amount[0].unit
        if value.unit in _SHORT:
            return Limit(value, index, None)
        if _recurring(sentence.tokens[max(verb_at, 0) : index]):
            return Limit(value, index, f"read '{token.text}' as a limit for each item — check")
        return None
    return None


def _duration(amount: str, token: Token) -> Token | None:
    """Return a number token for "10 days" spanning the date token it was read from."""
    numbers = [t for t in tokenize(amount) if t.kind == "num"]
    if not numbers or numbers[0].unit not in lx.TIME_UNITS.values():
        return None
    value = Token("num", amount, token.start, token.end, numbers[0].value)
    value.unit = numbers[0].unit
    return value


# Units of one kind, in a common base: "from 2.4 MB to under 600 KB" starts at 2,400 KB.
_SCALES = {
    "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
    "ms": 1e-3, "microseconds": 1e-6, "seconds": 1, "minutes": 60, "hours": 3600,
    "days": 86400, "weeks": 604800,
}  # fmt: skip
_KINDS = {unit: ("bytes" if unit.endswith("B") else "time") for unit in _SCALES}
_PERIODS = {"hour": 1 / 24, "hr": 1 / 24, "h": 1 / 24, "day": 1, "week": 7, "month": 30.4375,
            "mo": 30.4375, "quarter": 91.3125, "year": 365.25, "yr": 365.25, "annum": 365.25}  # fmt: skip


def convert(
    start: float | None, first: Token | None, last: Token | None, sentence: Sentence
) -> float | None:
    """Return the start in the target's unit or rate: 2.4 MB → 2,400 KB, 3/week → 3/7 a day."""
    if start is None or first is None or last is None:
        return start
    a, b = first.unit, last.unit
    if a and b and a != b and a in _SCALES and b in _SCALES and _KINDS[a] == _KINDS[b]:
        return start * _SCALES[a] / _SCALES[b]
    per_a, per_b = _period_after(sentence, first), _period_after(sentence, last)
    if per_a and per_b and per_a != per_b:
        return start / per_a * per_b
    return start


def _period_after(sentence: Sentence, token: Token) -> float | None:
    """Return the days of the rate after a number ("3/week" → 7), if one follows it."""
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t is token), -1)
    if at < 0 or at + 1 >= len(tokens) or tokens[at + 1].kind != "rate":
        return None
    word = re.sub(r"^(?:/\s?|(?:per|a|an|each|every)\s+)", "", tokens[at + 1].low)
    return _PERIODS.get(word)


def _recurring(tokens: list[Token]) -> bool:
    """Return True when the words name many items: "all bugs", "every ticket", "incidents"."""
    for token in tokens:
        low = token.low
        if low in ("all", "every", "each", "any"):
            return True
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3
        if token.kind == "word" and plural and not token.text.isupper():
            return True
    return False
