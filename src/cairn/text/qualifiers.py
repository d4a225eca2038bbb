"""Numbers that qualify a key result rather than measure it.

"per 1,000 orders", "out of 10", "worth $1M", "for all 6 weeks", "accounts over $1m" (a bound
that picks items), "owners whose agent completes ≥ 50 tasks" (a relative clause that defines
the items): none of them is the target.
"""

from __future__ import annotations

from cairn.text import lexicon as lx
from cairn.text.sentence import Sentence
from cairn.text.tokens import Token
from cairn.text.unit import leading_scope_end

_QUALIFIERS = ("per", "worth", "/", "of", "within", "after")  # "cleanup after 7 days"


def main_numbers(tokens: list[Token], end: int | None = None) -> list[Token]:
    """Return the numbers before `end` that can be values: not "per 1,000", "out of 10",
    "worth $1M" nor the 10 of a leading scope ("Across the 10 latest PRs, ≥8 …")."""
    result, whole = [], []
    scope_end = leading_scope_end(tokens)
    for i, token in enumerate(tokens[:end]):
        if token.kind != "num" or i < scope_end:
            continue
        if age(tokens, i):
            continue  # "vulnerabilities 90-180 days old": which items count
        before = tokens[i - 1].low if i else ""
        # thirty-second round: "Net worth $100k" names the measure, no qualifier "worth $1M"
        net_worth = before == "worth" and i >= 2 and tokens[i - 2].low == "net"
        out_of = before != "of" or i >= 2 and tokens[i - 2].low == "out"
        if before in _QUALIFIERS and out_of and not net_worth:
            continue
        if i and selects(tokens, i - 1):
            continue
        if i >= 2 and before == "all" and tokens[i - 2].low in _WHOLE_SET_PREPOSITIONS:
            if token.unit not in _TIMES and tokens[i - 2].low != "from" and _verb_first(tokens):
                whole.append(token)  # "from all 8 experts": the whole set, not a value …
            continue
        if definite_set(tokens, i):
            continue  # "check-in with the 4 partners": who takes part, a known set
        if share_of_cases(tokens, i):
            continue  # "under the target in 95% of cases": how often, not how much
        result.append(token)
    # … unless it is the only count after a verb: "Compute metrics for all 750 places" covers
    # 750 places ("for all 6 weeks" is a period, "from all 8 experts" a source, "Library of
    # … from all 8 experts" has no verb)
    return result or whole[:1]


_CASES = frozenset(["cases", "instances"])


def share_of_cases(tokens: list[Token], at: int) -> bool:
    """Return True for "in 95% of (the) cases": how often a bound holds, never the value
    (tenth round; German "in 95% der Fälle" is read so too)."""
    if not at or tokens[at - 1].low != "in" or tokens[at].unit != "%":
        return False
    after = [t.low for t in tokens[at + 1 : at + 4]]
    if after[:1] != ["of"]:
        return False
    rest = after[2:3] if after[1:2] == ["the"] else after[1:2]
    return bool(rest) and rest[0] in _CASES


def _verb_first(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[0].low in lx.ALL_VERBS


def age(tokens: list[Token], at: int) -> bool:
    """Return True for a duration followed by "old" ("tasks 90 days old", "items 90–180 days
    old"): an age that says which items count, not a value."""
    nxt = tokens[at + 1 : at + 4]
    if nxt and nxt[0].text == "–":
        nxt = nxt[2:]  # the first end of a range
    return bool(nxt) and nxt[0].low == "old" and (tokens[at].unit or "") in _TIMES | {""}


_TIMES = frozenset(lx.TIME_UNITS.values())


# Plural definite articles (English, Spanish, Portuguese, French) and the prepositions before
# them that name a known set: "with the 4 partners", "con los 4 socios", "com os 3 sócios".
_DEFINITE = frozenset(["the", "los", "las", "os", "les"])
_SET_PREPOSITIONS = frozenset(["with", "for", "across", "among", "to", "con", "com", "avec"])
_SET_PREPOSITIONS |= frozenset(["para", "pour", "entre"])


def definite_set(tokens: list[Token], at: int) -> bool:
    """Return True for a count of a known set after a preposition and a definite article,
    followed by its plural noun: "with the 4 partners" (not "Interview the 10 customers")."""
    if at < 2 or tokens[at - 1].low not in _DEFINITE or tokens[at - 2].low not in _SET_PREPOSITIONS:
        return False
    nxt = tokens[at + 1] if at + 1 < len(tokens) else None
    return (
        tokens[at].unit is None and nxt is not None and nxt.kind == "word" and nxt.low.endswith("s")
    )


def definite_set_notes(tokens: list[Token]) -> list[str]:
    """Return a note for each count read as a known set ("con los 4 socios")."""
    return [
        f"read '{tokens[i - 2].text} {tokens[i - 1].text} {t.text} {tokens[i + 1].text}' as a "
        "known set, not a target — check"
        for i, t in enumerate(tokens)
        if t.kind == "num" and definite_set(tokens, i)
    ]


_SELECTING = frozenset(["over", "above", "under", "below", ">", "<", ">=", "<="])


def selects(tokens: list[Token], at: int) -> bool:
    """Return True when the bound at `at` picks items rather than setting a target: "a
    review call with all accounts over $1m" (a preposition, all/every, a plural, the bound).
    "Keep all pages under 2 seconds" sets a target: no preposition before "all"."""
    if at < 3 or tokens[at].low not in _SELECTING:
        return False
    noun = tokens[at - 1]
    if noun.kind != "word" or not noun.low.endswith("s") or noun.low in _COPULAS:
        return False  # "Incidents not updated on all teams is <10": the predicate, a target
    if tokens[at - 2].low in _SELECTING_PREPOSITIONS and tokens[0].low not in lx.ALL_VERBS:
        return True  # "Postmortems for incidents > 30 minutes": which incidents, no verb
    for k in range(max(1, at - 4), at - 1):
        if tokens[k].low in ("all", "every", "each", "any"):
            return tokens[k - 1].low in _SELECTING_PREPOSITIONS
    return False


_COPULAS = frozenset(["is", "was", "has", "does", "stays", "remains"])
_RELATIVES = frozenset(["whose", "who", "where"])  # "that", "which" also follow verbs


def relative_bound(sentence: Sentence, verb_at: int) -> int | None:
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
            if not bounded or not counts or counts[0].unit == "%":
                return None  # "Customers who renew ≥ 90%": a share, the target
            # twenty-second round: the clause counts something after its number ("≥ 50 tasks",
            # "≥ 3 times"); a bare number after a whole clause bounds the head ("NPS from users
            # who completed activation ≥8", round 19)
            after = rest.index(counts[0]) + 1
            bare = counts[0].unit is None and (after == len(rest) or rest[after].kind != "word")
            return None if bare else i
    return None


_BOUND_SYMBOLS = frozenset([">=", "<=", ">", "<", "least", "more", "fewer", "less", "most", "over"])


def selection_notes(tokens: list[Token]) -> list[str]:
    """Return a note for each bound read as picking items ("all accounts over $1m")."""
    return [
        f"read '{t.text} {tokens[i + 1].text}' as which {tokens[i - 1].text} count, "
        "not as a target — check"
        for i, t in enumerate(tokens[:-1])
        if t.low in _SELECTING and tokens[i + 1].kind == "num" and selects(tokens, i)
    ]


_SELECTING_PREPOSITIONS = frozenset(["with", "for", "across", "of", "on", "to", "from", "among"])
# "Launch with all 10 screens live" delivers the 10 screens: "with" names what is done.
_WHOLE_SET_PREPOSITIONS = _SELECTING_PREPOSITIONS - {"with"}
