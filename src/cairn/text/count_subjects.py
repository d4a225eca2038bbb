"""A count of one opening a sentence as its subject (issue 15, after round 39's first run).

"One full outcome record is publicly browsable: …", "One pilot goes live in Q3": a spelled-out
"one" before adjectives, a (compound) singular noun and a verb of state counts what it opens, as
"At least one EHR vendor participates" does (`counted_nouns.singular_subject`); elsewhere "one"
before a singular noun stays the article (`names.mark_names`). Imported by the tokenizer's
name pass, so it imports no tokenizer at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cairn.text.tokens import Token

# What may stand before the count at the opening of the sentence ("At least one vendor …")
OPENING_BOUNDS = frozenset(["at", "least", "minimum", "min", ">=", "≥", "+"])
# After round 39's first run: a verb of state after the subject ("One full outcome record is
# publicly browsable", "One pilot goes live"): one of them, counted, whatever follows the verb
STATE_VERBS = frozenset(["is", "gets", "becomes", "goes", "stays", "remains"])


def state_subject_end(tokens: list[Token], at: int) -> int | None:
    """Return where a verb of state follows the count of one opening the sentence and its
    words ("One full outcome record is …"), None when no such verb comes within four words."""
    if any(t.low not in OPENING_BOUNDS for t in tokens[:at]):
        return None
    for end in range(at + 2, min(at + 6, len(tokens))):
        word = tokens[end]
        if word.kind != "word" or not word.text.replace("-", "").isalpha():
            return None
        if word.low in STATE_VERBS:
            noun = tokens[end - 1]
            return None if noun.low.endswith("s") or not noun.text.isalpha() else end
    return None
