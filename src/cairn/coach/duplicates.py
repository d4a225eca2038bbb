"""When two key results say the same thing: the coach's duplicate check (`cairn.coach.review`).

Two sentences are close when their content words (stemmed, without numbers or small words)
mostly overlap; two parsed key results measure the same when their metrics have the same content
words and they move in the same direction.
"""

from __future__ import annotations

from functools import lru_cache

from cairn.coach.wording import _normalised
from cairn.text.key_result_parser import ParsedKeyResult
from cairn.text.tokens import tokenize

_STOP = frozenset("the a an of per for in on to at by with our and or from".split())  # noqa: SIM905


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Return the stemmed words of a sentence without numbers; "sign-ups" and "signups" meet."""
    tokens = tokenize(_normalised(text))
    words = {_stem(t.low.replace("-", "")) for t in tokens if t.kind == "word"}
    return frozenset(words - _STOP)


def _stem(word: str) -> str:
    """Return a crude stem that makes plurals and verb forms meet."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def similarity(a: str, b: str) -> float:
    """Return the Jaccard similarity (0–1) of two sentences' content words."""
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def same_measure(a: ParsedKeyResult, b: ParsedKeyResult) -> bool:
    """Return True when two key results move the same metric in the same direction."""
    if not a.metric or not b.metric or a.direction != b.direction:
        return False
    return content_words(a.metric) == content_words(b.metric)
