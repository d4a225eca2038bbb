"""A key result written as a few measured sentences on one line (eighteenth round, issue 15).

Under a key-results label, a plain line of two sentences or more is read as prose describing
what is above it. A plain-text note writes some key results so: "Sälj för 100 miljoner. Nå 100%
ökning i EMEA år efter år. Öka snittförsäljning med 30% genom uppsäljning." (three targets on
one line), "Nå produktengagemang till 80% WAU (weekly active users). (DAU - daily active users,
MAU - monthly active users)" (a target and a gloss in parentheses).

- `measured_sentences`: a line of at most 30 words whose sentences each measure something (a
  number the key-result parser reads as a target), or are a parenthesis glossing the one
  before, states its key result as written: one key result, not a description.

A second sentence that explains ("Sell 100 units. This matters because …"), or a line of a
single sentence, reads as before.
"""

from __future__ import annotations

import re

from cairn.text.key_result_parser import ParsedKeyResult

# A sentence ends at ". " before a capital letter or an opening parenthesis.
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-ZÀ-ÖØ-Þ(])")


def measured_sentences(text: str, parse) -> bool:  # noqa: ANN001
    """Return True for "Sell 100 units. Reach 40% growth.": targets, one per sentence."""
    if ". " not in text or len(text.split()) > 30:
        return False
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    for at, part in enumerate(parts):
        if at and part.startswith("(") and part.rstrip(".").endswith(")"):
            continue  # "(DAU - daily active users, …)": a gloss of the sentence before
        parsed: ParsedKeyResult = parse(part)
        if not parsed.measurable:
            return False
    return True
