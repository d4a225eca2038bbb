"""Decide a key result's direction: increase, decrease, stay above or stay below.

Start and target decide when both are known; otherwise a bound, a stated trend, the verb
("reduce", "maintain"), a particle ("bring down"), a participle after the metric ("churn
reduced by 10%") or the metric's polarity (lower is better for cost, time, churn …).
"""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.held_durations import held_duration
from cairn.text.measuring import measured_only
from cairn.text.metric import lower_is_better
from cairn.text.more_wishes import more_of_doing
from cairn.text.paid_amounts import improved_time
from cairn.text.sentence import Sentence, Values
from cairn.text.tokens import Token
from cairn.text.trends import trend_without_values
from cairn.text.word_bounds import word_bound

INCREASE, DECREASE = "increase", "decrease"
STAY_ABOVE, STAY_BELOW = "stay_above", "stay_below"
DIRECTIONS = (INCREASE, DECREASE, STAY_ABOVE, STAY_BELOW)
# "x% opt-in rate", ">X%", "at Y", "[N%]": a value the writer has not filled in yet
# (twenty-second round: "%23", an escaped "#", before a noun: "Create %23 blueprints", round 6)
_PLACEHOLDER = re.compile(
    r"(?<![\w$])(?:[xyn] ?%|[<>]\s?[xyn]\b|at [xyn]\b|\[n\s?%?\])|(?<!\S)%23\s(?=[^\W\d])", re.I
)
# "or better": a bound above or below depending on the metric
OR_BETTER = "or_better"


def read_direction(
    sentence: Sentence,
    values: Values,
    verb: str | None,
    verb_at: int,
    metric: str | None,
    start: float | None,
    target: float | None,
) -> str | None:
    """Return increase, decrease, stay_above, stay_below or None."""
    lower = lower_is_better(metric, sentence)
    better = DECREASE if lower else INCREASE
    cue = _cue(sentence, values, verb, verb_at)
    if start is not None and target is not None and start != target:
        return INCREASE if target > start else DECREASE
    if values.bound == OR_BETTER:
        return STAY_BELOW if lower else STAY_ABOVE
    if target is not None and _limit_noun_after(sentence, values.target):
        return STAY_BELOW
    if target is not None and values.bound is None and _top_share(sentence, values.target):
        return STAY_BELOW  # "Finish in the top 5%": a rank band to stay within
    if target is not None and values.bound is None and _sustained(sentence, values.target):
        return STAY_ABOVE  # "green 30 consecutive days", "7 days in a row": a streak to hold
    if values.bound:
        return values.bound
    if start is None and target is None and improved_time(sentence, values.change):
        return DECREASE  # "Die Marathonzeit um 15 Minuten verbessern": a time improves down
    plain = start is None and not values.change and not values.trend and not values.factor
    if plain and (bound := word_bound(sentence, values.target, verb)):
        return bound  # "Superar 10,000 dólares", "Nur 10% … verlassen" (word_bounds)
    if values.trend:
        return values.trend
    has_value = target is not None or values.change or values.factor or values.rng
    # "Achieve renewal rate of >X%", "Maintain CAC at Y": a value still to fill in reads as one
    has_value = has_value or bool(_PLACEHOLDER.search(sentence.text))
    if verb in lx.STAY_VERBS and has_value:
        return STAY_BELOW if lower else STAY_ABOVE
    if verb in _MEET_VERBS and has_value and _names_objective(sentence):
        return STAY_BELOW if lower else STAY_ABOVE  # "Meet 99.9% availability SLO": hold it
    if values.factor:
        return DECREASE if values.factor < 1 else INCREASE
    if has_value:
        if cue := cue or _participle_trend(sentence, values, verb_at):
            return cue
        if verb in lx.ACTIVITY_VERBS or _share_of(sentence, values):
            return INCREASE  # "Interview 25 churned customers", "Triage 100% of new bugs"
        if verb in lx.TIME_GIVING_VERBS and _time_amount(values.target):
            return INCREASE  # "Spend 1hr every week on personal projects": time given to work
        if target == 0 and verb is None:
            return STAY_BELOW
        return better
    if cue and verb not in lx.BUILD_VERBS:
        return cue  # "Add tranches", "Remove simple text" build things; they move no number
    if measured_only(sentence):
        return None  # "Measure the satisfaction of …", "Set a baseline metric for …" (measuring)
    if trend := trend_without_values(sentence, verb if verb_at >= 0 else None, lower):
        return trend
    if verb in lx.LEVEL_VERBS:
        return STAY_BELOW if lower else STAY_ABOVE  # "Maintain schema compatibility"
    if verb == "drive" and _driven_amount(sentence, verb_at):
        return better  # "Drive global platform scale", "Drive adoption of …" (nineteenth round)
    if verb_at < 0 and more_of_doing(sentence.source):
        return INCREASE  # "多运动，多锻炼。", "もっと本を読む": do more of it (more_wishes)
    return better if verb in lx.MOVING_BETTER_VERBS else None


# What "drive" pushes up when it names an amount ("Drive adoption", "Drive global platform
# scale"); "Drive tentative standards agreement" drives work to an end, "Drive down costs" names
# its way above.
_DRIVEN = frozenset(
    ["scale", "adoption", "growth", "engagement", "usage", "revenue", "sales", "retention"]
    + ["conversion", "awareness", "traffic", "participation", "utilization", "utilisation"]
)


def _driven_amount(sentence: Sentence, verb_at: int) -> bool:
    return any(t.low in _DRIVEN for t in sentence.tokens[verb_at + 1 : verb_at + 4])


# Eighteenth round: verbs that reach a value without saying which way it moves. Zero of a
# thing that lower is better for, reached ("Achieve 0 P0/P1 bugs", "Reach 0 critical
# incidents"), is a level to stay at, as "Zero P1 incidents"; "Reduce bugs to 0" and "Bring
# incidents down to 0" name the move and stay a decrease. Zero in digits or words alike ("Achieve
# zero critical API errors …": the lead's session-14 label decision, docs/plaintext.md).
_REACHING = frozenset(["achieve", "reach", "hit", "attain", "have"])


def zero_reached(sentence: Sentence, values: Values, verb: str | None) -> bool:
    """Return True for a target of zero (the caller's check) reached by a verb of reaching."""
    if verb not in _REACHING or values.trend or values.bound:
        return False
    return not any(token.low == "down" for token in sentence.tokens)


_PARTICIPLES_UP = frozenset(
    ["increased", "grown", "raised", "lifted", "expanded", "boosted", "doubled", "tripled"]
)
_PARTICIPLES_DOWN = frozenset(
    [
        "reduced",
        "decreased",
        "cut",
        "lowered",
        "dropped",
        "shrunk",
        "halved",
        "trimmed",
        "slashed",
        "eliminated",
    ]
)


_TIMES = frozenset(lx.TIME_UNITS.values())
# Tenth round: meeting a service objective is holding a level, not moving it.
_MEET_VERBS = frozenset(["meet", "honor", "honour", "uphold"])
_OBJECTIVES = frozenset(["sla", "slas", "slo", "slos"])


def _names_objective(sentence: Sentence) -> bool:
    return any(token.low in _OBJECTIVES for token in sentence.tokens)


def _time_amount(token: Token | None) -> bool:
    return token is not None and token.unit in _TIMES


def _participle_trend(sentence: Sentence, values: Values, verb_at: int) -> str | None:
    """Return the direction of a change verb written after the metric, as a participle:
    "Data quality violations reduced by 80%", "Signups increased by 10%"."""
    if verb_at >= 0 or values.clause is None:
        return None
    for token in sentence.tokens[: values.clause]:
        if token.low in _PARTICIPLES_DOWN:
            return DECREASE
        if token.low in _PARTICIPLES_UP:
            return INCREASE
    return None


def _limit_noun_after(sentence: Sentence, token: Token | None) -> bool:
    """Return True for a duration followed by "SLA" or "turnaround": a limit to stay under.

    Only a duration: "95% SLO compliance" is a share to stay above, not a limit.
    """
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t is token), -1)
    return (
        0 <= at < len(tokens) - 1
        and tokens[at + 1].low in lx.LIMIT_NOUNS
        and bool(token and token.unit in set(lx.TIME_UNITS.values()))
    )


def _top_share(sentence: Sentence, token: Token | None) -> bool:
    """Return True for a percentage right after "top": "into the top 5%", "Top 10% of apps"."""
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t is token), -1)
    return at > 0 and token is not None and token.unit == "%" and tokens[at - 1].low == "top"


def _sustained(sentence: Sentence, token: Token | None) -> bool:
    """Return True for a duration held without a break: "30 consecutive days", "7 days in a
    row", "10 days straight", "12 weeks without an outage" (`cairn.text.held_durations`)."""
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t is token), -1)
    return at >= 0 and held_duration(tokens, at)


def _share_of(sentence: Sentence, values: Values) -> bool:
    """Return True for a target that is a share of items: "95% of live chats"."""
    target = values.target
    if target is None or target.unit != "%":
        return False
    at = sentence.tokens.index(target)
    return at + 1 < len(sentence.tokens) and sentence.tokens[at + 1].low == "of"


def _cue(sentence: Sentence, values: Values, verb: str | None, verb_at: int) -> str | None:
    """Return the direction named by the verb or a particle ("bring down")."""
    if verb in lx.INCREASE_VERBS:
        return INCREASE
    if verb in lx.DECREASE_VERBS:
        return DECREASE
    if verb_at >= 0 and (joined := _joined_verb(sentence.tokens, verb_at)):
        return joined
    if verb_at < 0 and (going_on := _continued_verb(sentence.tokens)):
        return going_on  # "Continue and grow IHRDC AI enablement engagement" (rounds 35, 36)
    end = values.clause if values.clause is not None else len(sentence.tokens)
    window = {t.low for t in sentence.tokens[max(verb_at, 0) : end + 2]}
    if verb not in lx.PARTICLE_VERBS:
        return None  # "nail down the API", "finish up the work" move no number
    if "down" in window:
        return DECREASE
    if "up" in window:
        return INCREASE
    return None


# Nineteenth round: a second verb joined to the leading one ("Reach and grow revenue",
# "Identify and reduce manual steps", German "Wir erreichen und steigern den Umsatz" → "reach Wir
# und increase …"): the verb of change gives the direction.
_AND = frozenset(["and", "und", "y", "e", "et", "&"])
_SUBJECTS = frozenset(["we", "wir", "nous", "nosotros", "nós", "noi", "wij"])


# After the first runs of rounds 35 and 36: "Continue" opening the sentence before a verb of
# change ("Continue and grow the engagement", "Continue to reduce churn", "Continue growing the
# partner network"): that verb gives the direction, as Chinese "继续提升" (twenty-sixth round);
# "Continue closing feature issues" (round 27) moves nothing.
_GOING_ON = frozenset(["and", "to"])


def _continued_verb(tokens: list[Token]) -> str | None:
    """Return the direction of a verb of change after a leading "Continue"."""
    if len(tokens) < 3 or tokens[0].low != "continue":
        return None
    at = 2 if tokens[1].low in _GOING_ON else 1
    word = tokens[at].low
    stem = word[:-3] if at == 1 and word.endswith("ing") and len(word) > 5 else ""
    # "growing", "reducing", "cutting": the gerund's verb (as key_result_parser.moving_base)
    bases = (stem, stem + "e", stem[:-1]) if stem else (word,)
    if any(base in lx.INCREASE_VERBS for base in bases):
        return INCREASE
    return DECREASE if any(base in lx.DECREASE_VERBS for base in bases) else None


def _joined_verb(tokens: list[Token], verb_at: int) -> str | None:
    """Return the direction of a verb of change joined by "and" right after the leading verb."""
    at = verb_at + 1
    if at < len(tokens) and tokens[at].low in _SUBJECTS:
        at += 1
    if at + 1 >= len(tokens) or tokens[at].low not in _AND:
        return None
    verb = tokens[at + 1].low
    if verb in lx.INCREASE_VERBS:
        return INCREASE
    return DECREASE if verb in lx.DECREASE_VERBS else None
