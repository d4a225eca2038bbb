"""Read a key result's values: the first value pattern that matches the sentence.

"by X to Y", "from A to B", "A → B", ranges, bounds ("at least", "under"), stated trends
("a 12% increase"), "by X", factors ("double", "3x"), else the first value that is not a
qualifier. See docs/plaintext.md, "How it reads a sentence", step 2.
"""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.directions import DECREASE, INCREASE, OR_BETTER, STAY_ABOVE, STAY_BELOW
from cairn.text.first_clause import later_clause_change
from cairn.text.qualifiers import age, main_numbers, relative_bound, selects
from cairn.text.sentence import Sentence, Values
from cairn.text.single_value import read_single, share_of_items
from cairn.text.tokens import Token
from cairn.text.trailing_values import TRAILING_BOUNDS, trailing_value

_N = r"#(\d+)"
_GAP = r"(?: (?:[a-z][\w'&/.-]*|~)){0,3}"
# "maximum" closing a value ("4 hours max", "$20k max per month"), not naming a metric
# ("500 users with maximum retention")
_CLOSES = r"(?=$| [^a-z\s]| (?:per|each|a|an|in|by|during)\b)"
_MINIMUM = rf"|{_N}{_GAP} (?:minimum|min){_CLOSES}"  # "3 engineers minimum"
_MAXIMUM = rf"|{_N}{_GAP} (?:maximum|max){_CLOSES}"  # "4 heures maximum", "2 days max"
_ABOVE = (
    r"(?:at least|no less than|not less than|no fewer than|not fewer than|no lower than"
    r"|(?:a )?minimum(?: of)?|min|>=|>|above|over|more than"
    r"|greater than|bigger than|larger than|higher than|in excess of|upwards of|at or above"
    r"|exceeds|surpasses|stays above|north of)"
)
_BELOW = (
    r"(?:at most|no more than|not more than|(?:a )?maximum(?: of)?|max|<=|<|below|under|beneath"
    r"|less than|fewer than|lower than|smaller than|at or below|no higher than|south of)"
)
# Eighteenth round: a verb of exceeding, denied ("must not exceed 500MB", round 16), a ceiling;
# searched only where "exceed" or "surpass" is written (see _Found).
_DENIED = (
    r"(?:(?:(?:must|should|shall|may|will|can|does|do) )?(?:not|never) (?:exceed|exceeds|surpass)"
    r"|(?:cannot|can't|mustn't|shouldn't|doesn't|don't|won't) (?:exceed|surpass)"
    r"|not to exceed|not exceeding)"
)
# Twenty-third round: a bound on a benchmark named before its value ("to above industry average
# of 3.5%", "below the sector median of 2 days", "por encima del promedio del sector de 3,5%",
# "sotto la media di settore del 2%"): above or below that value.
_BENCHMARK = (
    r"(?:[a-z][\w-]* ){0,2}?(?:average|benchmark|median|threshold|baseline|norm|promedio|media"
    r"|média|mediana)(?: [a-z][\w-]*){0,2}? (?:of|de|del|di)"
)
_EDGE = r"(?<![^ ])"  # a bound may be a symbol ("< 300ms"), so \b cannot mark its start
_BOUND = rf"(?:(?:{_ABOVE}|{_BELOW}) )?"
_PATTERNS = {
    # twenty-seventh round: "by 25% YoY to $5M", "met 25% verhogen naar" (Dutch), "em 25% para
    # R$ 5 milhões", "de 25 % pour atteindre 5 M€", "un 25% hasta 5 millones" (no "en")
    "by_to": re.compile(
        rf"\b(?:by|un) {_N}(?: ,| @| increase| reduce)? (?:to|reaching|up to|down to|para"
        rf"|pour atteindre) {_BOUND}{_N}"
    ),
    # "Grow ARR 40% YoY to $12M": a percentage, a period, then a value (see _change_then_target)
    "period_to": re.compile(rf"{_N} @ (?:to|reaching) {_BOUND}{_N}"),
    # nineteenth round: a bound on the start too ("from >16% to <5%": from 16 to 5)
    "from_to": re.compile(rf"\bfrom {_BOUND}{_N}{_GAP} (?:up |down )?(?:to|→|until) {_BOUND}{_N}"),
    # "from 7–8 months to 3 months": a range as the start is its first number (round 9)
    "from_range_to": re.compile(rf"\bfrom {_N} – {_N}{_GAP} (?:to|→|until) {_BOUND}{_N}"),
    "arrow": re.compile(rf"{_N}{_GAP} → {_BOUND}{_N}"),
    "from_by": re.compile(rf"\bfrom {_N}{_GAP} by {_N}"),
    "by_from": re.compile(rf"\bby {_N}{_GAP} from {_N}"),
    # "300 to 500"; also "$83k/mo to $93k/mo", "$387K MRR to $550K MRR" (same word after both)
    "bare_to": re.compile(rf"{_N}(?P<same> (?:~|[a-z][\w-]*))? to {_N}(?(same)(?P=same)(?![^ ]))"),
    "range": re.compile(rf"\bbetween {_N} and {_N}|{_N} – {_N}"),
    "to_from": re.compile(rf"\bto {_BOUND}{_N}{_GAP} from {_N}"),
    "trend": re.compile(
        # "a 25% or greater reduction" (and Korean "25% 이상 감소"): a change of at least 25%
        rf"{_N}(?: or (?:more|greater))? (?P<up>increase|increases|rise|growth|gain|improvement"
        rf"|uplift|more|higher|up)\b"
        rf"|{_N}(?: or (?:more|greater))? (?P<down>decrease|decreases|reduction|cut|drop|decline"
        rf"|fewer|less|lower|down)\b"
        rf"|{_EDGE}(?P<up2>up) {_N}|{_EDGE}(?P<down2>down) {_N}"
        # "a velocity increase of 10%", "a reduction of 20% in churn"
        rf"|\b(?P<up3>increase|growth|rise|gain|improvement|uplift) of {_N}"
        rf"|\b(?P<down3>decrease|reduction|cut|drop|decline) of {_N}"
    ),
    # Searched only when the sentence names a change (see _NAMED_CHANGE_WORDS):
    # "median offset reduction ≥ 30%" (a change of at least 30%), "≥25% speed improvement",
    # "a 10% cost reduction" (the change of a named measure).
    "named_change": re.compile(
        rf"\b(?P<up4>increase|growth|rise|gain|improvement|uplift) (?:>=|>) {_N}"
        rf"|\b(?P<down4>decrease|reduction|cut|drop|decline) (?:>=|>) {_N}"
        # (twenty-second round: not a modifier before a plural, "10 personal growth podcasts")
        rf"|{_N} [a-z][\w-]* (?P<up5>improvement|increase|growth|uplift)\b(?! [a-z][\w-]*s\b)"
        rf"|{_N} [a-z][\w-]* (?P<down5>reduction|decrease|decline)\b(?! [a-z][\w-]*s\b)"
    ),
    "above": re.compile(
        # "7+", "25 releases or more"; a "+" after words joins them ("2 assessments + Week 1")
        rf"{_EDGE}{_ABOVE} {_N}|{_N}{_GAP} or (?:more|higher|above|greater)|{_N} (?:\+|plus)"
        rf"{_MINIMUM}"
        # seventeenth round: a score out of its maximum, "4.5/5.0 이상", "4/5 or higher"
        rf"|{_N} / \d[\d.]* or (?:more|higher|above|greater)"
        rf"|{_EDGE}(?:above|over) {_BENCHMARK} {_N}"
    ),
    "below": re.compile(
        rf"{_EDGE}{_BELOW} {_N}|{_N}{_GAP} or (?:less|lower|fewer|below|under)\b"
        rf"|{_N} / \d[\d.]* or (?:less|lower|below)\b"
        rf"{_MAXIMUM}"
        rf"|{_EDGE}(?:below|under) {_BENCHMARK} {_N}"
        rf"|{_EDGE}within {_N} of\b"
        rf"|{_EDGE}(?:within )?± {_N}"  # "within ±10%", "error ±3%": a tolerance band
    ),
    "better": re.compile(rf"{_N}{_GAP} or better\b"),
    # after the fixes of rounds 35 and 36: a word of "more" between ("Grow monthly revenue by an
    # additional $50k", "by another 200 users", "by a further 10%"): the change all the same
    "by": re.compile(rf"\bby (?:(?:an |a further |another )?(?:additional |extra |further )?){_N}"),
    "by_bound": re.compile(rf"\bby {_ABOVE} {_N}"),
    "half": re.compile(r"\b(?:in|by) (?:a |one )?half\b"),
    "from": re.compile(rf"\bfrom {_N}"),
    "to": re.compile(rf"\bto {_N}"),
}


# nineteenth round: no one, in the Romance languages and German ("Ningún cliente representa
# más del 20% de los ingresos", "Nenhum cliente …", "Aucun client …", "Kein Kunde …")
_NEGATION = re.compile(
    r"(?<![^ ])(?:no|never|not|none|zero|ningún|ninguna|ninguno|nenhum|nenhuma|aucun|aucune"
    r"|nessun|nessuno|nessuna|kein|keine|keiner)(?= )"
)


def read_values(sentence: Sentence, verb: str | None, verb_at: int) -> Values:
    """Return the numbers of the first value pattern that matches the sentence."""
    tok, sig = sentence.tokens, sentence.signature
    found = _Found(sig)
    if "by " in sig and found["by"] and _passive_agent(sentence, found["by"]):
        found["by"] = None  # "signed off by 3+ target personas": who, not a change of 3
    if found["by"] and share_of_items(sentence, found["by"]):
        found["by"] = None  # "em 100% das ações": in that share of the items, not a change
    if found["by"] and later_clause_change(sentence, found["by"], verb, verb_at):
        found["by"] = None  # "…降低至 10 秒级，…减少 30%": the first clause's target
    values = Values(factor=_factor(sentence, verb, found))

    def num(match: re.Match, *groups: int) -> list[Token]:
        values.clause = sentence.index(match.start()) if values.clause is None else values.clause
        picked = [g for g in match.groups() if g is not None and g.isdigit()]
        return [tok[int(picked[g])] for g in groups]

    if relative_bound(sentence, verb_at) is not None:
        return values  # "Owners whose agent completes ≥ 50 tasks": which owners count
    if verb_at < 0 and (last := trailing_value(tok)) is not None:
        values.target, values.clause = tok[last], last - 1
        values.bound = TRAILING_BOUNDS.get(tok[last - 1].text)
        return values  # "Tech-debt items >90 days old ≤ 10": the last value is the measure
    qualifying: set[int] = set()
    if _qualifying_range(sentence, found["range"]):
        at = sentence.index(found["range"].start())
        qualifying = {at + k for k in range(4) if at + k < len(tok)}
        found["range"] = None  # "95% success rate for 60–120s clips": which clips count
    metric_first = _metric_precedes(sentence, verb_at, found["bare_to"])
    if m := found["by_to"]:
        values.change, values.target = num(m, 0, 1)
    elif m := found["from_range_to"]:
        values.start, values.target = num(m, 0, 2)
    elif " @ to " in found.signature and (m := found["period_to"]) and _change_then_target(m, tok):
        values.change, values.target = num(m, 0, 1)  # "Grow ARR 40% YoY to $12M"
    elif (m := metric_first and found["bare_to"]) and _change_then_target(m, tok):
        values.change, values.target = num(m, 0, 1)  # "Grow ARR 25% to $5M": by 25% to $5M
    elif m := found["from_to"] or found["arrow"] or (metric_first and found["bare_to"]):
        values.start, values.target = num(m, 0, 1)
    elif m := found["to_from"]:
        values.target, values.start = num(m, 0, 1)
    elif m := found["from_by"]:
        values.start, values.change = num(m, 0, 1)
    elif m := found["by_from"]:
        values.change, values.start = num(m, 0, 1)
    elif (
        (m := found["trend"] or _named_change(found))
        and not found["by"]
        and not _verb_particle(sentence, m, verb_at)
    ):
        values.change = num(m, 0)[0]
        up = any(value for name, value in m.groupdict().items() if name.startswith("up"))
        values.trend = INCREASE if up else DECREASE
    elif m := found["range"] or found["bare_to"]:
        values.rng = (num(m, 0)[0], num(m, 1)[0])
        values.bound = _range_bound(sentence, sentence.index(m.start()))
    elif (
        (m := _first(found["above"], found["below"], found["better"]))
        and _leads(sentence, m, qualifying)
        and not selects(sentence.tokens, sentence.index(m.start()))
    ):
        by = found["by"] or (
            found["by_bound"] if _bare_amount(sentence, found["by_bound"]) else None
        )
        if by and by.group(1) == m.group(m.lastindex or 0):
            values.change = num(by, 0)[0]  # "improve satisfaction by 3% or more": a change
            return values  # also "surpass it by >10%", "by at least 5 points"
        values.bound = {id(found["above"]): STAY_ABOVE, id(found["below"]): STAY_BELOW}.get(id(m))
        values.bound = _negated(sig, m, values.bound) or OR_BETTER
        values.target = num(m, 0)[0]
    elif m := found["by"]:
        values.change = num(m, 0)[0]
        values.trend = _leading_change_noun(sentence, verb_at)
    elif values.factor and (m := found["from"] or found["to"]):
        slot = "start" if m is found["from"] else "target"
        setattr(values, slot, num(m, 0)[0])
    else:
        read_single(sentence, values, verb)
    if values.factor and values.clause is None and (m := found["half"]):
        values.clause = sentence.index(m.start())
    return values


def _verb_particle(sentence: Sentence, match: re.Match, verb_at: int) -> bool:
    """Return True for "up" right after the leading verb, before a count of things: "Set up 5
    JS tools", "Sign up 200 new users" (nineteenth round) count; "Speed up builds" and "up 20%"
    do not."""
    if verb_at < 0 or not match.groupdict().get("up2"):
        return False
    at = sentence.index(match.start("up2"))
    number = sentence.tokens[at + 1] if at + 2 < len(sentence.tokens) else None
    return (
        at == verb_at + 1
        and number is not None
        and number.kind == "num"
        and number.unit is None
        and sentence.tokens[at + 2].kind == "word"
    )


_NAMED_CHANGE_WORDS = ("improvement", "increase", "growth", "uplift", "rise", "gain", "reduction")
_NAMED_CHANGE_WORDS += ("decrease", "decline", "cut", "drop")


_CHANGE_UP = frozenset(["increase", "growth", "rise", "gain", "improvement", "uplift"])
_CHANGE_DOWN = frozenset(["decrease", "reduction", "cut", "drop", "decline"])


def _leading_change_noun(sentence: Sentence, verb_at: int) -> str | None:
    """Return the direction of a change noun that opens a verbless key result: "Reduction of
    onboarding time by 20%", "Снижение оттока на 20%" (→ "reduction … by 20%")."""
    if verb_at >= 0:
        return None
    words = [t.low for t in sentence.tokens[:2] if t.kind == "word"]
    first = words[1] if words[:1] in (["a"], ["an"], ["the"]) and len(words) > 1 else words[:1]
    first = first if isinstance(first, str) else (first[0] if first else "")
    if first in _CHANGE_UP:
        return INCREASE
    return DECREASE if first in _CHANGE_DOWN else None


def _named_change(found: _Found) -> re.Match | None:
    """Return a change named with a bound or after one word, when the sentence names one."""
    signature = found.signature
    if not any(word in signature for word in _NAMED_CHANGE_WORDS):
        return None
    return found["named_change"]


_NOT_PARTICIPLES = ("need", "speed", "feed", "seed", "ceed", "ceeded")  # "exceeded by 10 users"
_CHANGED = lx.INCREASE_VERBS | lx.DECREASE_VERBS | lx.BETTER_VERBS


def _passive_agent(sentence: Sentence, match: re.Match) -> bool:
    """Return True for "<participle> by N <people or things>": who does it, not a change.

    "signed off by 3+ target personas", "used by 40 teams", "reviewed by 2 engineers"; a
    participle of change keeps its change ("increased by 500 users", "reduced by 2 days").
    """
    tokens = sentence.tokens
    at = int(match.group(1))
    by = at - 1
    word = tokens[by - 1].low if by >= 1 else ""
    if word in ("off", "up", "out") and by >= 2:
        word = tokens[by - 2].low  # "signed off by"
    if not (word.endswith("ed") and len(word) > 3) or word.endswith(_NOT_PARTICIPLES):
        return False
    if {word[:-1], word[:-2], word[:-3], word[:-3] + "y"} & _CHANGED:
        return False
    number = tokens[at]
    nxt = at + 2 if at + 1 < len(tokens) and tokens[at + 1].text == "+" else at + 1
    return number.unit is None and nxt < len(tokens) and tokens[nxt].kind == "word"


def _bare_amount(sentence: Sentence, match: re.Match | None) -> bool:
    """Return True when the number of "by at least N" is an amount ("by >10%"), not the
    count of who does it ("adopted by at least 5 active users")."""
    if match is None:
        return False
    at = int(match.group(1))
    token = sentence.tokens[at]
    nxt = sentence.tokens[at + 1] if at + 1 < len(sentence.tokens) else None
    return (
        token.unit is not None
        or nxt is None
        or nxt.kind != "word"
        or nxt.low in ("using", "over", "from", "in")
    )


def _range_bound(sentence: Sentence, at: int) -> str | None:
    """Return stay_above for "at least 2–3 destinations", stay_below for "at most 4–5"."""
    before = [t.low for t in sentence.tokens[max(0, at - 2) : at]]
    if before[-1:] in ([">="], ["minimum"]) or before == ["at", "least"]:
        return STAY_ABOVE
    if before[-1:] in (["<="], ["maximum"]) or before == ["at", "most"]:
        return STAY_BELOW
    return None


def _qualifying_range(sentence: Sentence, match: re.Match | None) -> bool:
    """Return True for a range that says which items count, beside another value: after a
    plain value ("95% success for 60–120s clips") or before a noun and a bound ("30–90s
    narrative pipeline >90% success")."""
    if match is None:
        return False
    tokens = sentence.tokens
    at = sentence.index(match.start())
    if main_numbers(tokens, end=at):
        return True
    end = next(i for i in range(at + 1, len(tokens)) if tokens[i].kind == "num")
    if age(tokens, end):
        return True  # "tickets 30–60 days old": the age of the items that count
    nxt = tokens[end + 1] if end + 1 < len(tokens) else None
    later = [t for t in tokens[end + 2 :] if t.kind == "num"]
    return (
        nxt is not None and nxt.kind == "word" and nxt.low not in lx.PHRASE_BOUNDARY and bool(later)
    )


_LEAN = {
    name: re.compile(_PATTERNS[name].pattern.replace(extra, ""))
    for name, extra in (("above", _MINIMUM), ("below", _MAXIMUM))
}


_DENIED_BELOW = re.compile(rf"{_PATTERNS['below'].pattern}|{_EDGE}{_DENIED} {_N}")


def _change_then_target(match: re.Match, tok: list[Token]) -> bool:
    """Return True for "25% to $5M", "20% to 12,000" (twenty-seventh round): a percentage to a
    value in another unit is a change then its target, never a pair of one measure; "20% to 4%"
    and "$3M to $5M" stay a pair."""
    first, second = (tok[int(g)] for g in match.groups() if g is not None and g.isdigit())
    return first.unit == "%" and second.unit != "%" and not first.points


class _Found(dict):
    """The first match of each value pattern, searched only when asked for."""

    def __init__(self, signature: str) -> None:
        super().__init__()
        self.signature = signature

    def __missing__(self, name: str) -> re.Match | None:
        pattern = _PATTERNS[name]
        if name in _LEAN and " max" not in self.signature and " min" not in self.signature:
            pattern = _LEAN[name]  # the "N … maximum" alternative only where the word is
        if name == "below" and ("xceed" in self.signature or "urpass" in self.signature):
            pattern = _DENIED_BELOW  # "must not exceed 500MB" only where the verb is
        self[name] = match = pattern.search(self.signature)
        return match


def _leads(sentence: Sentence, match: re.Match, qualifying: set[int] = frozenset()) -> bool:
    """Return True unless a plain number comes before the bound, which then qualifies it.

    "Ship 2 features requested by ≥3 customers each", "Host 12 meetups, at least one per
    region": the first number is the measure.
    """
    tokens = sentence.tokens
    before = main_numbers(tokens, end=sentence.index(match.start()))
    return not [
        t
        for t in before
        if not _load_condition(tokens, at := tokens.index(t))
        and at not in qualifying
        and not _sample(tokens, at, sentence.index(match.start()))
    ]


def _load_condition(tokens: list[Token], at: int) -> bool:
    """Return True for a throughput a bound is measured under: "passing at 10k req/min with
    p99 < 200ms", "at 500 rps": the bound is the measure, the load its condition."""
    if at == 0 or tokens[at - 1].low != "at" or at + 1 >= len(tokens):
        return False
    nxt = tokens[at + 1]
    return nxt.kind == "rate" or "/" in nxt.low or nxt.low in ("rps", "qps", "rpm", "tps")


def _sample(tokens: list[Token], at: int, bound_at: int) -> bool:
    """Return True for the items a bound is measured on (eighteenth round, round 6): "on 100
    places, with median distance < 30m", "across 5 regions, with p95 latency < 200ms". The
    count opens with "on" or "across", names a plural and ends its clause (a comma, then
    "with") before the bound."""
    if at == 0 or tokens[at - 1].low not in ("on", "across") or at + 2 >= bound_at:
        return False
    if not (tokens[at + 1].kind == "word" and tokens[at + 1].low.endswith("s")):
        return False
    return [t.low for t in tokens[at + 2 : at + 4]] == [",", "with"]


def _negated(signature: str, match: re.Match, bound: str | None) -> str | None:
    """Return stay_below for "never more than 30 days", "no inquiry takes over 1 day"."""
    if bound == STAY_ABOVE and _NEGATION.search(signature, 0, match.start()):
        return STAY_BELOW
    return bound


def _first(*matches: re.Match | None) -> re.Match | None:
    """Return the match that starts first."""
    present = [m for m in matches if m is not None]
    return min(present, key=lambda m: m.start()) if present else None


def _metric_precedes(sentence: Sentence, verb_at: int, match: re.Match | None) -> bool:
    """Return True when words name a metric before "A to B" (so it is a start and a target)."""
    if match is None:
        return False
    at = sentence.index(match.start())
    return any(t.kind == "word" for t in sentence.tokens[verb_at + 1 : at])


def _factor(sentence: Sentence, verb: str | None, found: dict) -> float | None:
    """Return the multiplication factor stated by "double", "halve", "in half" or "3x"."""
    if verb in lx.FACTOR_WORDS:
        return float(lx.FACTOR_WORDS[verb])
    if verb == "halve" or found["half"]:
        return 0.5
    factors = [t.factor for t in sentence.tokens if t.factor]
    return factors[0] if factors else None
