"""Category headings over objective bullets with nested key results (after round 42's first run).

A strategy page groups its OKRs under category headings ("### Interactive computing in
research", "### Organizational"), each over "* objective" bullets with their key results nested
as "  * key result" bullets (2i2c's strategy page, round 42). Read as usual, a heading over a
list became an objective and its bullets key results, the nested bullets lost. Where the page
marks no objective or key result, a heading over a list of two items or more, every item
unmeasured and over nested items of its own (two levels, no deeper; no "Owner: …" fields), is a
category: context, whatever its wording and language; its items are the objectives and their
nested items the key results. A heading over key results without nesting, over measured items
with nested steps, or a marked "## Objective: …" heading reads as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cairn.text.key_result_parser import ParsedKeyResult
from cairn.text.outline_lines import Line

# "Owner: Ana", "Score: 0.6": a field of the item above, not a key result
_FIELD = re.compile(r"^[^\s:：]{1,20}(?:\s[^\s:：]{1,20})?\s*[:：]\s")

Parse = Callable[[str], ParsedKeyResult]


def category_heading(line: Line, parse: Parse) -> bool:
    """Return True for a heading over objective items that each hold nested key results."""
    items = line.children
    if not line.heading or len(items) < 2:
        return False
    for item in items:
        if not item.item or not item.children or item.text.endswith((":", "：")):
            return False
        if item.score is not None or item.owner or item.status:
            return False
        if any(child.children or _FIELD.match(child.text) for child in item.children):
            return False
    return not any(parse(item.text).measurable for item in items)
