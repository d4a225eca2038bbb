"""When two key results say the same thing: the coach's duplicate check (`cairn.coach.review`).

Two sentences are close when their content words (stemmed, without numbers or small words)
mostly overlap; two parsed key results measure the same when their metrics have the same content
words and they move in the same direction.

`first_duplicates` does the check for a whole objective in time proportional to its key results:
the same measure is looked up by key, and word similarity is compared with the first `WINDOW`
key results only (an objective holds a handful; one of thousands, a hostile paste, would
otherwise cost a comparison per pair).
"""

from __future__ import annotations

from collections.abc import Sequence
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


# Word similarity is compared with at most this many earlier key results of one objective.
WINDOW = 100


def _measure_key(parsed: ParsedKeyResult) -> tuple[str | None, frozenset[str]] | None:
    """Return what makes two key results measure the same: the direction and the metric's
    content words (None without a metric)."""
    return (parsed.direction, content_words(parsed.metric)) if parsed.metric else None


def first_duplicates(
    titles: Sequence[str], measures: Sequence[ParsedKeyResult], threshold: float
) -> list[int | None]:
    """Return, for each key result, the first earlier one it nearly repeats (None if none):
    word similarity at `threshold` or above (among the first WINDOW), or the same measure."""
    first_of: dict[tuple[str | None, frozenset[str]], int] = {}
    found: list[int | None] = []
    for index, (title, measure) in enumerate(zip(titles, measures, strict=True)):
        close = next(
            (j for j in range(min(index, WINDOW)) if similarity(title, titles[j]) >= threshold),
            None,
        )
        key = _measure_key(measure)
        same = first_of.get(key) if key is not None else None
        found.append(same if close is None or (same is not None and same < close) else close)
        if key is not None:
            first_of.setdefault(key, index)
    return found
