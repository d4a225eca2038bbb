"""Bracketed markers (twenty-sixth reader round): "## [Objective] Grow revenue",
"- [KeyResult] Ship 3 releases", "【目标】提升留存", "[KR] …", "(Objective) …", "<Objective> …".

A marker word in brackets at the start of a line, a heading or a bullet marks the line as the
plain "Objective:" / "Key result:" prefix does; the line is rewritten to that prefix before the
outline is read (same number of lines, so line numbers hold). Near misses keep their reading:
a bracketed tag that is no marker ("[Draft]", "[WIP]", "[Link]"), a marker inside a sentence,
a marker with nothing after it.
"""

from __future__ import annotations

import re

from cairn.text.outline_words import KEY_RESULT_WORD, OBJECTIVE_WORD

# "[Cel]", "[Tujuan]", "[O]": in brackets the word is a marker without its number ("[OKR]" is
# the page's tag, no objective)
# the line's lead: indentation, a heading's hashes, a bullet or a list number
_LEAD = r"^([ \t]{0,12}(?:#{1,6}[ \t]+)?(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?)"
_ID = r"(?:[ \t]?\d{1,2}(?:\.\d{1,2})?)?"
_OPEN = r"[\[【［(（<]"
# not a link's text ("- [目标](#目标)", a table of contents) nor a reference ("[KR]: https://…")
_CLOSE = r"[\]】］)）>](?![(\[]|:[ \t]*(?:https?:|#|/))"
_AFTER = r"[ \t]*(?:[:：\-–—|][ \t]*)?(?=\S)"
_OBJECTIVE = re.compile(
    rf"{_LEAD}{_OPEN}[ \t]?(?!okr|окр){OBJECTIVE_WORD}({_ID})[ \t]?{_CLOSE}{_AFTER}",
    re.I | re.M,
)
_KEY_RESULT = re.compile(
    rf"{_LEAD}{_OPEN}[ \t]?(?:{KEY_RESULT_WORD})({_ID})[ \t]?{_CLOSE}{_AFTER}", re.I | re.M
)
_ANY_OPEN = re.compile(
    r"^[ \t]{0,12}(?:#{1,6}[ \t]+)?(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?[\[【［(（<]", re.M
)


def unbracket_markers(text: str) -> str:
    """Return the text with its bracketed objective and key result markers written as
    "Objective:" / "Key result:" prefixes."""
    if not _ANY_OPEN.search(text):
        return text
    text = _OBJECTIVE.sub(lambda m: f"{m.group(1)}Objective{_id(m.group(2))}: ", text)
    return _KEY_RESULT.sub(lambda m: f"{m.group(1)}Key result{_id(m.group(2))}: ", text)


def _id(found: str) -> str:
    return f" {found.strip()}" if found.strip() else ""
