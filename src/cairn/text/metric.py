"""Read the metric ("first-reply time") of a key result sentence, and whether lower is better."""

from __future__ import annotations

from cairn.text import lexicon as lx
from cairn.text.noun_phrases import (
    phrase_after,
)
from cairn.text.sentence import Sentence, Values
from cairn.text.tokens import Token


def lower_is_better(metric: str | None, sentence: Sentence) -> bool:
    """Return True when the metric is one whose number should fall (churn, cost, time)."""
    words = metric.lower().split() if metric else sentence.words()
    if "free" in words or any(w.endswith("-free") for w in words):
        return False  # "incident free time", "defect-free releases": more is better
    for word in words:
        if word in lx.LOWER_IS_BETTER:
            return True
        if word not in ("on-time", "full-time", "part-time", "real-time") and any(
            part in lx.LOWER_IS_BETTER for part in word.split("-")[1:]
        ):
            return True
    return False


def read_metric(sentence: Sentence, verb_at: int, values: Values) -> str | None:
    """Return the thing measured: the words between verb and values, or the words after."""
    tokens = sentence.tokens
    begin = verb_at + 1
    if begin < len(tokens) and tokens[begin].low in lx.PARTICLES and verb_at >= 0:
        begin += 1
    end = _clause_start(sentence, values, begin)
    before = _trim(_until_stop(tokens[begin:end], values.clause is not None))
    if before:
        return _span(sentence, before)
    if values.clause is None:
        return None
    return _metric_after(sentence, values)


def _clause_start(sentence: Sentence, values: Values, begin: int) -> int:
    """Return where the value clause starts, walking back over "at least", "from", "to"."""
    end = len(sentence.tokens) if values.clause is None else values.clause
    while end > begin and sentence.tokens[end - 1].low in lx.VALUE_CONNECTORS:
        end -= 1
    return end


def _until_stop(tokens: list[Token], has_values: bool) -> list[Token]:
    """Return the tokens before the first date, rate, punctuation or stop word.

    Before a value clause a comma is part of the metric ("on-time, in-full deliveries"); in a
    sentence without values the metric also ends at "from … to …" and at "to all", "for our".
    """
    result: list[Token] = []
    # the last "to", found once: a long paste is not copied or scanned again per word
    last_to = -1
    if not has_values:
        last_to = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].low == "to"), -1)
    for i, token in enumerate(tokens):
        if token.kind in ("date", "rate") or token.kind == "punct" and token.text not in "&,":
            break
        if token.text == "," and not has_values or token.low in lx.METRIC_STOPS:
            break
        if not has_values and _starts_context(tokens, i, last_to):
            break
        result.append(token)
    return result


_CONTEXT_OPENERS = frozenset(["to", "for", "in", "across", "on", "at", "with", "among"])


_CONTEXT_DETERMINERS = lx.DETERMINERS | {"every", "each"}


def _starts_context(tokens: list[Token], i: int, last_to: int) -> bool:
    """Return True at "from weekly to daily" or "to all users": context, not the metric."""
    token = tokens[i]
    if token.low == "from" and last_to > i:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return token.low in _CONTEXT_OPENERS and nxt is not None and nxt.low in _CONTEXT_DETERMINERS


def _metric_after(sentence: Sentence, values: Values) -> str | None:
    """Return the noun phrase after the first value ("95% of live chats" → live chats)."""
    tokens = sentence.tokens
    used = [values.target, values.start, values.change, *(values.rng or ())]
    at = max((tokens.index(t) for t in used if t is not None), default=values.clause or 0)
    while at < len(tokens) and tokens[at].kind != "num":
        at += 1
    at += 1
    while at < len(tokens) and tokens[at].low in ("of", "in", "from", "on", *lx.DETERMINERS):
        at += 1
    phrase = _trim(phrase_after(sentence, at - 1))
    return _span(sentence, phrase) if phrase else None


def _trim(tokens: list[Token]) -> list[Token]:
    """Return tokens without leading determiners and trailing filler words."""
    while tokens and tokens[0].low in lx.DETERMINERS:
        tokens = tokens[1:]
    while tokens and (tokens[-1].low in lx.TRAILING_NOISE or tokens[-1].kind != "word"):
        tokens = tokens[:-1]
    return tokens


def _span(sentence: Sentence, tokens: list[Token]) -> str:
    """Return the original text covered by tokens."""
    return sentence.text[tokens[0].start : tokens[-1].end]
