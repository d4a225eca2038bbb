"""A tokenised key result sentence, and the values read from it."""

from __future__ import annotations

from dataclasses import dataclass

from cairn.text.count_units import url_escapes
from cairn.text.tokens import Token, normalise, tokenize

__all__ = ["Sentence", "Values", "normalise"]


@dataclass
class Values:
    """The numbers a sentence states, before direction and unit are decided."""

    start: Token | None = None
    target: Token | None = None
    change: Token | None = None
    bound: str | None = None  # "stay_above" | "stay_below" | "or_better"
    factor: float | None = None  # 2 for "double", 0.5 for "halve"
    rng: tuple[Token, Token] | None = None
    clause: int | None = None  # signature index where the value clause begins
    trend: str | None = None  # "a 12% increase", "AHT down 20%": the change's own direction


class Sentence:
    """A tokenised sentence with a signature string for pattern matching."""

    def __init__(self, text: str, language: str | None = None, source: str | None = None) -> None:
        self.text = text
        self.language = language  # the language it was written in (None: English)
        self.source = text if source is None else source  # as written, before normalise
        self.tokens = [t for t in tokenize(text) if not t.consumed]
        if "%" in text:  # "Create %23 blueprints": an escape, not a number (count_units)
            self.tokens = url_escapes(self.tokens, language)
        symbols = [
            t.low if t.kind in ("word", "punct") else _symbol(i, t)
            for i, t in enumerate(self.tokens)
        ]
        self.signature = " ".join(symbols)
        self._index_at: dict[int, int] = {}
        offset = 0
        for i, symbol in enumerate(symbols):
            self._index_at[offset] = i
            offset += len(symbol) + 1

    def index(self, char_offset: int) -> int:
        """Return the token index whose symbol starts at or before char_offset."""
        while char_offset not in self._index_at:
            char_offset -= 1
        return self._index_at[char_offset]

    def words(self) -> list[str]:
        """Return the lower-cased word tokens."""
        return [t.low for t in self.tokens if t.kind == "word"]


def _symbol(i: int, token: Token) -> str:
    """Return how a token appears in the signature string."""
    if token.kind == "num":
        return "*" if token.factor else f"#{i}"
    return {"date": "@", "rate": "~"}.get(token.kind, token.low)
