"""Features of a key result sentence for a learned activity classifier (issue 15).

A key result is described by strings (`bench.linear_model` hashes them): its words and
word pairs, character 4-grams of its words, simple shapes (a leading number, a %, money,
"per week", a list …) and — for the model that sits beside the rules — what the parser
read and the rules' own verdicts. `bench/train_coach_model.py` cross-validates and trains on
these features. Pure Python; it lives in bench/ because grouped cross-validation showed the
model does not beat the rules, so the coach does not use it (docs/coach.md).

Feature prefixes:
  w=  a word (numbers as "<n>")     b=  two words in a row     c=  a character 4-gram
  first= / first2= / last=  the first word, the first two, the last word
  shape:  a surface property      parse:  what the key result parser read
  rule:   a coach rule's verdict
"""

from __future__ import annotations

import re

from cairn.coach import measures, wording
from cairn.text.key_result_parser import ParsedKeyResult

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[%$€£/+<>≥≤:;]")
_TIME = {"day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year"}
_CURRENCY = {"$", "€", "£"}


def words(text: str) -> list[str]:
    """Return the lower-cased words and signs of text, numbers replaced by "<n>"."""
    return ["<n>" if token[0].isdigit() else token for token in _WORD.findall(text.lower())]


def text_features(text: str) -> list[str]:
    """Return the features read from the words alone (no parser, no rules)."""
    tokens = words(text)
    features = [f"w={t}" for t in tokens]
    features += [f"b={a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    for token in tokens:
        if token.isalpha() and len(token) > 2:
            padded = f"<{token}>"
            features += [f"c={padded[i : i + 4]}" for i in range(len(padded) - 3)]
    alpha = [t for t in tokens if t.isalpha()]
    if alpha:
        features.append(f"first={alpha[0]}")
        features.append(f"last={alpha[-1]}")
        if len(alpha) > 1:
            features.append(f"first2={alpha[0]}_{alpha[1]}")
    if tokens:
        features.append(f"shape:starts={'number' if tokens[0] == '<n>' else tokens[0][0]}")
    features += _shapes(text, tokens)
    return features


def _shapes(text: str, tokens: list[str]) -> list[str]:
    shapes = []
    if "<n>" in tokens:
        shapes.append("shape:number")
    if "%" in tokens or " percent" in text.lower():
        shapes.append("shape:percent")
    if _CURRENCY & set(tokens):
        shapes.append("shape:money")
    if any(
        a in {"per", "a", "each", "every", "/"} and b.rstrip("s") + "s" in _TIME | {"years"}
        for a, b in zip(tokens, tokens[1:], strict=False)
    ):
        shapes.append("shape:per_period")
    if "from" in tokens and "to" in tokens[tokens.index("from") :]:
        shapes.append("shape:from_to")
    for i, token in enumerate(tokens[:-1]):
        if token == "<n>" and tokens[i + 1].isalpha() and tokens[i + 1].endswith("s"):
            shapes.append("shape:count_of_plural")
            break
    if any(t.endswith("ed") and len(t) > 4 for t in tokens[1:]) and "<n>" in tokens[:3]:
        shapes.append("shape:count_then_participle")
    if ";" in tokens or text.count(",") >= 2:
        shapes.append("shape:list")
    if text.rstrip().endswith("?"):
        shapes.append("shape:question")
    length = len([t for t in tokens if t.isalpha()])
    shapes.append(f"shape:length={min(length // 4, 6)}")
    return shapes


def rule_features(parsed: ParsedKeyResult, codes: set[str], signals: dict[str, bool]) -> list[str]:
    """Return the features from the parser's reading and the rules' verdicts."""
    features = [f"rule:{code}" for code in sorted(codes)]
    features += [f"rule:{name}" for name, on in sorted(signals.items()) if on]
    features.append(f"parse:direction={parsed.direction}")
    features.append(f"parse:measurable={parsed.measurable}")
    features.append(f"parse:start={parsed.start is not None}")
    features.append(f"parse:change={parsed.change is not None}")
    unit = parsed.unit or ""
    kind = (
        "none"
        if not unit
        else "percent"
        if unit == "%"
        else "money"
        if unit in _CURRENCY or unit.upper() in {"USD", "EUR", "GBP"}
        else "word"
    )
    features.append(f"parse:unit={kind}")
    if parsed.notes:
        features.append("parse:assumed")
    return features


def rule_signals(text: str, parsed: ParsedKeyResult) -> dict[str, bool]:
    """Return the wording rules' verdicts on text, before the review combines them."""
    return {
        "activity": wording.is_activity(text, parsed),
        "vague_word": wording.vague_word(text) is not None,
        "compared": measures.compared(text),
        "outcome_measure": measures.has_outcome_measure(text, parsed),
        "compound": wording.is_compound(text),
    }
