"""Read a key result sentence: direction, start, target, change, unit and metric.

"Cut first-reply time from 18 hours to 4 hours" gives decrease, 18 → 4 hours, metric
"first-reply time"; "Grow weekly sign-ups by 15%" gives a relative change of 15 that still
needs a baseline. The rules are general (see docs/plaintext.md for the conventions); the
labelled set in tests/text/kr_sentences.json measures how well they do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cairn.text import lexicon as lx
from cairn.text.asides import prepare
from cairn.text.metric import leading_scope_end, lower_is_better, read_metric, read_unit
from cairn.text.sentence import Sentence, Values, normalise
from cairn.text.tokens import Token, tokenize
from cairn.text.trends import convert, limit_in_timeframe, none_of, trend_without_values

INCREASE, DECREASE = "increase", "decrease"
STAY_ABOVE, STAY_BELOW = "stay_above", "stay_below"
DIRECTIONS = (INCREASE, DECREASE, STAY_ABOVE, STAY_BELOW)

_N = r"#(\d+)"
_GAP = r"(?: (?:[a-z][\w'&/.-]*|~)){0,3}"
_ABOVE = (
    r"(?:at least|no less than|not less than|(?:a )?minimum of|min|>=|>|above|over|more than"
    r"|greater than|in excess of|upwards of|at or above)"
)
_BELOW = (
    r"(?:at most|no more than|not more than|(?:a )?maximum of|max|<=|<|below|under|beneath"
    r"|less than|fewer than|lower than|at or below|no higher than)"
)
_EDGE = r"(?<![^ ])"  # a bound may be a symbol ("< 300ms"), so \b cannot mark its start
_BOUND = rf"(?:(?:{_ABOVE}|{_BELOW}) )?"
_PATTERNS = {
    "by_to": re.compile(rf"\bby {_N}(?: ,)? (?:to|reaching|up to|down to) {_BOUND}{_N}"),
    "from_to": re.compile(rf"\bfrom {_N}{_GAP} (?:up |down )?(?:to|→|until) {_BOUND}{_N}"),
    "arrow": re.compile(rf"{_N}{_GAP} → {_BOUND}{_N}"),
    "from_by": re.compile(rf"\bfrom {_N}{_GAP} by {_N}"),
    "by_from": re.compile(rf"\bby {_N}{_GAP} from {_N}"),
    # "300 to 500"; also "$83k/mo to $93k/mo", "$387K MRR to $550K MRR" (same word after both)
    "bare_to": re.compile(rf"{_N}(?P<same> (?:~|[a-z][\w-]*))? to {_N}(?(same)(?P=same)(?![^ ]))"),
    "range": re.compile(rf"\bbetween {_N} and {_N}|{_N} – {_N}"),
    "to_from": re.compile(rf"\bto {_BOUND}{_N}{_GAP} from {_N}"),
    "trend": re.compile(
        rf"{_N} (?P<up>increase|increases|rise|growth|gain|improvement|uplift|more|higher|up)\b"
        rf"|{_N} (?P<down>decrease|decreases|reduction|cut|drop|decline|fewer|less|lower|down)\b"
        rf"|{_EDGE}(?P<up2>up) {_N}|{_EDGE}(?P<down2>down) {_N}"
        # "a velocity increase of 10%", "a reduction of 20% in churn"
        rf"|\b(?P<up3>increase|growth|rise|gain|improvement|uplift) of {_N}"
        rf"|\b(?P<down3>decrease|reduction|cut|drop|decline) of {_N}"
    ),
    "above": re.compile(
        # "7+", "25 releases or more"; a "+" after words joins them ("2 assessments + Week 1")
        rf"{_EDGE}{_ABOVE} {_N}|{_N}{_GAP} or (?:more|higher|above|greater)|{_N} (?:\+|plus)"
    ),
    "below": re.compile(
        rf"{_EDGE}{_BELOW} {_N}|{_N}{_GAP} or (?:less|lower|fewer|below|under)\b"
        rf"|{_EDGE}within {_N} of\b"
        rf"|{_EDGE}(?:within )?± {_N}"  # "within ±10%", "error ±3%": a tolerance band
    ),
    "better": re.compile(rf"{_N}{_GAP} or better\b"),
    "by": re.compile(rf"\bby {_N}"),
    "by_bound": re.compile(rf"\bby {_ABOVE} {_N}"),
    "half": re.compile(r"\b(?:in|by) (?:a |one )?half\b"),
    "from": re.compile(rf"\bfrom {_N}"),
    "to": re.compile(rf"\bto {_N}"),
}
_QUALIFIERS = ("per", "worth", "/", "of", "within", "after")  # "cleanup after 7 days"
_VERB_PREPOSITIONS = frozenset(["at", "to", "with", "for", "on", "in", "into", "across"])
_NEGATION = re.compile(r"(?<![^ ])(?:no|never|not|none|zero)(?= )")
# "x% opt-in rate", ">X%", "at Y", "[N%]": a value the writer has not filled in yet
_PLACEHOLDER = re.compile(r"(?<![\w$])(?:[xyn] ?%|[<>]\s?[xyn]\b|at [xyn]\b|\[n\s?%?\])", re.I)
_BETTER = "or_better"  # "or better": above or below depending on the metric  # "per 1,000 orders", "out of 100", "worth $1M"


@dataclass(frozen=True)
class Change:
    """A change stated without a baseline: 12 relative (%) or 3 absolute (days)."""

    amount: float
    relative: bool

    def as_dict(self) -> dict:
        """Return {"amount", "relative"} for JSON."""
        return {"amount": json_number(self.amount), "relative": self.relative}


@dataclass(frozen=True)
class ParsedKeyResult:
    """What a key result sentence says about its measure."""

    text: str
    direction: str | None = None
    start: float | None = None
    target: float | None = None
    change: Change | None = None
    unit: str | None = None
    metric: str | None = None
    # How an ambiguous sentence was read ("read 'within 1 week' as a limit — check").
    notes: tuple[str, ...] = ()

    @property
    def measurable(self) -> bool:
        """Return True when the sentence names a target, bound or change."""
        return self.target is not None or self.change is not None

    def as_dict(self) -> dict:
        """Return the JSON fields of `cairn parse --json`, without findings."""
        return {
            "text": self.text,
            "direction": self.direction,
            "start": json_number(self.start),
            "target": json_number(self.target),
            "change": self.change.as_dict() if self.change else None,
            "unit": self.unit,
            "metric": self.metric,
        }


def json_number(value: float | None) -> float | int | None:
    """Return value as an int when it is whole, so JSON shows 40000 rather than 40000.0."""
    if value is None or not float(value).is_integer() or abs(value) >= 1e15:
        return value
    return int(value)


@lru_cache(maxsize=8192)
def parse_key_result(text: str) -> ParsedKeyResult:
    """Return the direction, values, unit and metric stated by a key result sentence."""
    prepared = prepare(text)
    sentence = Sentence(normalise(prepared.text))
    verb_at = _verb_index(sentence)
    verb = sentence.tokens[verb_at].low if verb_at >= 0 else None
    values = _read_values(sentence, verb, verb_at)
    notes = list(prepared.notes)
    limit = None if values.clause is not None else none_of(sentence)
    if values.clause is None and (limit := limit or limit_in_timeframe(sentence, verb_at)):
        values.target, values.clause, values.bound = limit.token, limit.index, limit.bound
        sentence.tokens[limit.index] = limit.token  # this sentence's own list; tokens stay shared
        notes += [limit.note] if limit.note else []
    notes += _selection_notes(sentence.tokens)
    if (relative := _relative_bound(sentence, verb_at)) is not None:
        clause = " ".join(t.text for t in sentence.tokens[relative:])
        notes.append(f"read '{clause}' as which items count, not as a target — check")
    metric = read_metric(sentence, verb_at, values)
    start, target, change = _numbers(values)
    start = convert(start, values.start, values.target, sentence)
    restated = _restated_start(prepared.restated, target)
    if prepared.restated and restated is None:
        notes.append(f"read without the aside 'from {' to '.join(prepared.restated)}' — check")
    base = _baseline(prepared.baseline) if prepared.baseline else restated
    if start is None and target is not None and base is not None:
        start, change, values.bound = base, None, None
    direction = _direction(sentence, values, verb, verb_at, metric, start, target)
    if target == 0 and start is None and change is None and direction in (INCREASE, STAY_ABOVE):
        direction = STAY_BELOW  # "Achieve zero support tickets": nothing rises to zero
    start, target = _complete(direction, values, start, target, change)
    if start is not None and target is not None:
        change = None
    return ParsedKeyResult(
        text=text,
        direction=direction,
        start=_tidy(start),
        target=_tidy(target),
        change=Change(_tidy(change[0]), change[1]) if change else None,
        unit=read_unit(sentence, values),
        metric=metric,
        notes=tuple(notes),
    )


def _restated_start(restated: tuple[str, str] | None, target: float | None) -> float | None:
    """Return A of an aside "(from A to B)" that ends at the key result's own target."""
    if restated is None or target is None:
        return None
    start, end = (_baseline(part) for part in restated)
    return start if end is not None and abs(end - target) < 1e-9 else None


def _baseline(text: str | None) -> float | None:
    """Return the value of a baseline stated aside ("(up from 15)" → 15)."""
    if not text:
        return None
    numbers = [t for t in tokenize(normalise(text)) if t.kind == "num"]
    return numbers[0].value if numbers else None


def _verb_index(sentence: Sentence) -> int:
    """Return the index of the leading verb, or -1 when the sentence does not start with one."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.kind != "word":
            return -1
        nxt = tokens[i + 1 : i + 3]
        if nxt and nxt[0].text in ("+", "&"):
            return -1  # "Boost + Verified Breeder V1 shipped": names joined, not a verb
        if token.low in lx.ALL_VERBS or token.low == "halve" or token.low in lx.FACTOR_WORDS:
            return i
        if token.low not in lx.FILLERS:
            return i if _looks_like_verb(token, nxt) else -1
    return -1


def _looks_like_verb(token: Token, following: list[Token]) -> bool:
    """Return True for an unknown leading word followed by a number or "the" ("Answer 95% …"),
    or by a preposition and a number ("Speak at 8 conferences")."""
    if token.text.isupper() or not following:
        return False
    nxt = following[0]
    if nxt.low in _VERB_PREPOSITIONS and len(following) > 1 and following[1].kind == "num":
        return True
    return nxt.kind == "num" or nxt.low in ("the", "a", "an", "our", "all")


def _read_values(sentence: Sentence, verb: str | None, verb_at: int) -> Values:
    """Return the numbers of the first value pattern that matches the sentence."""
    tok, sig = sentence.tokens, sentence.signature
    found = _Found(sig)
    values = Values(factor=_factor(sentence, verb, found))

    def num(match: re.Match, *groups: int) -> list[Token]:
        values.clause = sentence.index(match.start()) if values.clause is None else values.clause
        picked = [g for g in match.groups() if g is not None and g.isdigit()]
        return [tok[int(picked[g])] for g in groups]

    if _relative_bound(sentence, verb_at) is not None:
        return values  # "Owners whose agent completes ≥ 50 tasks": which owners count
    qualifying: set[int] = set()
    if _qualifying_range(sentence, found["range"]):
        at = sentence.index(found["range"].start())
        qualifying = {at + k for k in range(4) if at + k < len(tok)}
        found["range"] = None  # "95% success rate for 60–120s clips": which clips count
    metric_first = _metric_precedes(sentence, verb_at, found["bare_to"])
    if m := found["by_to"]:
        values.change, values.target = num(m, 0, 1)
    elif m := found["from_to"] or found["arrow"] or (metric_first and found["bare_to"]):
        values.start, values.target = num(m, 0, 1)
    elif m := found["to_from"]:
        values.target, values.start = num(m, 0, 1)
    elif m := found["from_by"]:
        values.start, values.change = num(m, 0, 1)
    elif m := found["by_from"]:
        values.change, values.start = num(m, 0, 1)
    elif (m := found["trend"]) and not found["by"]:
        values.change = num(m, 0)[0]
        values.trend = INCREASE if m["up"] or m["up2"] or m["up3"] else DECREASE
    elif m := found["range"] or found["bare_to"]:
        values.rng = (num(m, 0)[0], num(m, 1)[0])
        values.bound = _range_bound(sentence, sentence.index(m.start()))
    elif (
        (m := _first(found["above"], found["below"], found["better"]))
        and _leads(sentence, m, qualifying)
        and not _selects(sentence.tokens, sentence.index(m.start()))
    ):
        by = found["by"] or (
            found["by_bound"] if _bare_amount(sentence, found["by_bound"]) else None
        )
        if by and by.group(1) == m.group(m.lastindex or 0):
            values.change = num(by, 0)[0]  # "improve satisfaction by 3% or more": a change
            return values  # also "surpass it by >10%", "by at least 5 points"
        values.bound = {id(found["above"]): STAY_ABOVE, id(found["below"]): STAY_BELOW}.get(id(m))
        values.bound = _negated(sig, m, values.bound) or _BETTER
        values.target = num(m, 0)[0]
    elif m := found["by"]:
        values.change = num(m, 0)[0]
    elif values.factor and (m := found["from"] or found["to"]):
        slot = "start" if m is found["from"] else "target"
        setattr(values, slot, num(m, 0)[0])
    else:
        _read_single(sentence, values, verb)
    if values.factor and values.clause is None and (m := found["half"]):
        values.clause = sentence.index(m.start())
    return values


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
    if _main_numbers(tokens, end=at):
        return True
    end = next(i for i in range(at + 1, len(tokens)) if tokens[i].kind == "num")
    nxt = tokens[end + 1] if end + 1 < len(tokens) else None
    later = [t for t in tokens[end + 2 :] if t.kind == "num"]
    return (
        nxt is not None and nxt.kind == "word" and nxt.low not in lx.PHRASE_BOUNDARY and bool(later)
    )


class _Found(dict):
    """The first match of each value pattern, searched only when asked for."""

    def __init__(self, signature: str) -> None:
        super().__init__()
        self.signature = signature

    def __missing__(self, name: str) -> re.Match | None:
        self[name] = match = _PATTERNS[name].search(self.signature)
        return match


def _leads(sentence: Sentence, match: re.Match, qualifying: set[int] = frozenset()) -> bool:
    """Return True unless a plain number comes before the bound, which then qualifies it.

    "Ship 2 features requested by ≥3 customers each", "Host 12 meetups, at least one per
    region": the first number is the measure.
    """
    tokens = sentence.tokens
    before = _main_numbers(tokens, end=sentence.index(match.start()))
    return not [
        t
        for t in before
        if not _load_condition(tokens, at := tokens.index(t)) and at not in qualifying
    ]


def _load_condition(tokens: list[Token], at: int) -> bool:
    """Return True for a throughput a bound is measured under: "passing at 10k req/min with
    p99 < 200ms", "at 500 rps": the bound is the measure, the load its condition."""
    if at == 0 or tokens[at - 1].low != "at" or at + 1 >= len(tokens):
        return False
    nxt = tokens[at + 1]
    return nxt.kind == "rate" or "/" in nxt.low or nxt.low in ("rps", "qps", "rpm", "tps")


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


def _read_single(sentence: Sentence, values: Values, verb: str | None) -> None:
    """Read a sentence with one value: a percentage change or a target."""
    main = _main_numbers(sentence.tokens)
    if not main:
        return
    first = main[0]
    values.clause = sentence.tokens.index(first)
    if first.factor:
        return
    if first.text[:1] in "+-":  # "Time to hire -20%", "NPS +10 points": a signed change
        values.change, values.trend = first, INCREASE if first.text[0] == "+" else DECREASE
        return
    before = sentence.tokens[values.clause - 1].low if values.clause else ""
    changes = lx.INCREASE_VERBS | lx.DECREASE_VERBS
    stated_change = first.unit == "%" and verb in changes and before not in lx.VALUE_CONNECTORS
    if stated_change and _metric_precedes_index(sentence, values.clause):
        values.change = first
        return
    values.target = first


def _metric_precedes_index(sentence: Sentence, at: int) -> bool:
    """Return True when a word other than the verb comes before token at."""
    words = [t for t in sentence.tokens[:at] if t.kind == "word"]
    return len(words) > 1


def _main_numbers(tokens: list[Token], end: int | None = None) -> list[Token]:
    """Return the numbers before `end` that can be values: not "per 1,000", "out of 10",
    "worth $1M" nor the 10 of a leading scope ("Across the 10 latest PRs, ≥8 …")."""
    result = []
    scope_end = leading_scope_end(tokens)
    for i, token in enumerate(tokens[:end]):
        if token.kind != "num" or i < scope_end:
            continue
        before = tokens[i - 1].low if i else ""
        if before in _QUALIFIERS and (before != "of" or i >= 2 and tokens[i - 2].low == "out"):
            continue
        if i and _selects(tokens, i - 1):
            continue
        if i >= 2 and before == "all" and tokens[i - 2].low in _WHOLE_SET_PREPOSITIONS:
            continue  # "for all 6 weeks", "from all 8 experts": the whole set, not a value
        result.append(token)
    return result


_SELECTING = frozenset(["over", "above", "under", "below", ">", "<", ">=", "<="])


def _selects(tokens: list[Token], at: int) -> bool:
    """Return True when the bound at `at` picks items rather than setting a target: "a
    review call with all accounts over $1m" (a preposition, all/every, a plural, the bound).
    "Keep all pages under 2 seconds" sets a target: no preposition before "all"."""
    if at < 3 or tokens[at].low not in _SELECTING:
        return False
    noun = tokens[at - 1]
    if noun.kind != "word" or not noun.low.endswith("s"):
        return False
    if tokens[at - 2].low in _SELECTING_PREPOSITIONS and tokens[0].low not in lx.ALL_VERBS:
        return True  # "Postmortems for incidents > 30 minutes": which incidents, no verb
    for k in range(max(1, at - 4), at - 1):
        if tokens[k].low in ("all", "every", "each", "any"):
            return tokens[k - 1].low in _SELECTING_PREPOSITIONS
    return False


_RELATIVES = frozenset(["whose", "who", "where"])  # "that", "which" also follow verbs


def _relative_bound(sentence: Sentence, verb_at: int) -> int | None:
    """Return where a relative clause starts when it holds the sentence's only values, in a
    sentence without a leading verb: "Invite-code owners whose agent completes ≥ 50 tasks",
    "Users who log in ≥ 3 times a week" name a set of items (a metric's definition); a share
    ("Customers who renew ≥ 90%") is the target."""
    tokens = sentence.tokens
    if verb_at >= 0:
        return None
    for i, token in enumerate(tokens):
        if token.kind == "num":
            return None
        noun = tokens[i - 1] if i else token
        if i and token.low in _RELATIVES and noun.kind == "word" and noun.low.endswith("s"):
            rest = tokens[i + 1 :]
            bounded = any(t.low in _BOUND_SYMBOLS for t in rest)
            counts = [t for t in rest if t.kind == "num"]
            return i if bounded and counts and counts[0].unit != "%" else None
    return None


_BOUND_SYMBOLS = frozenset([">=", "<=", ">", "<", "least", "more", "fewer", "less", "most", "over"])


def _selection_notes(tokens: list[Token]) -> list[str]:
    """Return a note for each bound read as picking items ("all accounts over $1m")."""
    return [
        f"read '{t.text} {tokens[i + 1].text}' as which {tokens[i - 1].text} count, "
        "not as a target — check"
        for i, t in enumerate(tokens[:-1])
        if t.low in _SELECTING and tokens[i + 1].kind == "num" and _selects(tokens, i)
    ]


_SELECTING_PREPOSITIONS = frozenset(["with", "for", "across", "of", "on", "to", "from", "among"])
# "Launch with all 10 screens live" delivers the 10 screens: "with" names what is done.
_WHOLE_SET_PREPOSITIONS = _SELECTING_PREPOSITIONS - {"with"}


def _numbers(values: Values) -> tuple[float | None, float | None, tuple[float, bool] | None]:
    """Return start, target and (change, relative) as plain numbers."""
    start = values.start.value if values.start else None
    target = values.target.value if values.target else None
    change = None
    if values.change is not None:
        relative = values.change.unit == "%" and not values.change.points
        if relative and _percent_target(values):
            relative = False  # "by 5% to 40%": read as percentage points
        change = (abs(values.change.value or 0.0), relative)
    elif values.factor and (start is None or target is None):
        change = (abs(values.factor - 1) * 100, True)
    return start, target, change


def _percent_target(values: Values) -> bool:
    """Return True when the stated target or start is itself a percentage."""
    return any(t is not None and t.unit == "%" for t in (values.target, values.start))


def _direction(
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
    if values.bound == _BETTER:
        return STAY_BELOW if lower else STAY_ABOVE
    if target is not None and _limit_noun_after(sentence, values.target):
        return STAY_BELOW
    if target is not None and values.bound is None and _sustained(sentence, values.target):
        return STAY_ABOVE  # "green 30 consecutive days", "7 days in a row": a streak to hold
    if values.bound:
        return values.bound
    if values.trend:
        return values.trend
    has_value = target is not None or values.change or values.factor or values.rng
    # "Achieve renewal rate of >X%", "Maintain CAC at Y": a value still to fill in reads as one
    has_value = has_value or bool(_PLACEHOLDER.search(sentence.text))
    if verb in lx.STAY_VERBS and has_value:
        return STAY_BELOW if lower else STAY_ABOVE
    if values.factor:
        return DECREASE if values.factor < 1 else INCREASE
    if has_value:
        if cue := cue or _participle_trend(sentence, values, verb_at):
            return cue
        if verb in lx.ACTIVITY_VERBS or _share_of(sentence, values):
            return INCREASE  # "Interview 25 churned customers", "Triage 100% of new bugs"
        if target == 0 and verb is None:
            return STAY_BELOW
        return better
    if cue and verb not in lx.BUILD_VERBS:
        return cue  # "Add tranches", "Remove simple text" build things; they move no number
    if trend := trend_without_values(sentence, verb if verb_at >= 0 else None, lower):
        return trend
    if verb in lx.LEVEL_VERBS:
        return STAY_BELOW if lower else STAY_ABOVE  # "Maintain schema compatibility"
    return better if verb in lx.MOVING_BETTER_VERBS else None


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


_STREAK = frozenset(["consecutive", "straight", "uninterrupted", "successive"])


def _sustained(sentence: Sentence, token: Token | None) -> bool:
    """Return True for a duration held without a break: "30 consecutive days", "7 days in a
    row", "10 days straight", "12 weeks without an outage"."""
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t is token), -1)
    if at < 0:
        return False
    after = [t.low for t in tokens[at + 1 : at + 5]]
    timed = token is not None and token.unit in set(lx.TIME_UNITS.values())
    if after[:1] and after[0] in _STREAK:
        return timed or after[1:2] != [] and after[1] in lx.TIME_UNITS
    return timed and (after[:3] == ["in", "a", "row"] or after[:1] in (["straight"], ["without"]))


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
    end = values.clause if values.clause is not None else len(sentence.tokens)
    window = {t.low for t in sentence.tokens[max(verb_at, 0) : end + 2]}
    if verb not in lx.PARTICLE_VERBS:
        return None  # "nail down the API", "finish up the work" move no number
    if "down" in window:
        return DECREASE
    if "up" in window:
        return INCREASE
    return None


def _complete(
    direction: str | None,
    values: Values,
    start: float | None,
    target: float | None,
    change: tuple[float, bool] | None,
) -> tuple[float | None, float | None]:
    """Return start and target, deriving the missing one from a change or a range."""
    sign = -1.0 if direction == DECREASE else 1.0
    if values.rng:
        low, high = sorted(t.value or 0.0 for t in values.rng)
        return start, high if direction in (DECREASE, STAY_BELOW) else low
    if values.factor and start is not None and target is None:
        return start, start * values.factor
    if values.factor and target is not None and start is None:
        return target / values.factor, target
    if change is None:
        return start, target
    amount, relative = change
    if target is not None and start is None:
        start = target / (1 + sign * amount / 100) if relative else target - sign * amount
    elif start is not None and target is None:
        target = start * (1 + sign * amount / 100) if relative else start + sign * amount
    return start, target


def _tidy(value: float | None) -> float | None:
    """Return value rounded to 10 significant digits, hiding float noise from derivations."""
    return None if value is None else float(f"{value:.10g}")


@lru_cache(maxsize=8192)
def leading_verb(text: str) -> str | None:
    """Return the lower-cased verb a key result sentence starts with, if any."""
    sentence = Sentence(normalise(text))
    at = _verb_index(sentence)
    return sentence.tokens[at].low if at >= 0 else None
