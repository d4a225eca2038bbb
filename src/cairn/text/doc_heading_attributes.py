"""Attribute blocks and anchors in headings and bold lines (issue 15, twenty-fifth round).

kramdown, Pandoc and Hugo let a heading carry its id and classes in braces closing the line:
"## Objective 1 - Run the event {#objective-1-run-the-event}", "## Goals {#goals .wide}",
"**Objective 2** {: #o2}", "# OKRs {.unnumbered}", "## Appendix {-}"; HTML pages set an anchor
in the heading ("## <a name="o1"></a>Objective 1: …", '**…** <a id="o1"></a>'). Neither is
title text: `attribute_blocks` takes them off each line, in place (line numbers stay). Braces
holding a word ("{Q3}", "{target}") are no attribute block and stay.
"""

from __future__ import annotations

import re

# "{#id}", "{#id .class key=value}", "{: #id}", "{.unnumbered}", "{-}": one to six parts, each an
# id ("#…"), a class (".letter…") or a key="value" pair, closing the line
_PART = r"(?:#[\w\-:.]{1,80}|\.[^\W\d][\w\-]{0,40}|[\w\-]{1,40}=\"[^\"\n]{0,80}\"|-)"
_BLOCK = re.compile(rf"\s*\{{:?\s*{_PART}(?:\s+{_PART}){{0,5}}\s*\}}\s*$")
# '<a name="o1"></a>', "<a id='o1'></a>", '<span id="o1"></span>': an empty anchor
_ANCHOR = re.compile(
    r"<(a|span)\s+(?:name|id)\s*=\s*[\"'][^\"'<>\n]{0,80}[\"']\s*/?>\s*(?:</\1>)?[ \t]*", re.I
)


def attribute_blocks(lines: list[str]) -> None:
    """Take closing attribute blocks and empty anchors off each line of `lines`, in place."""
    for i, line in enumerate(lines):
        if line.endswith("}") or line.rstrip().endswith("}"):
            tail = line[-300:]  # a block closes the line: search its end only
            if match := _BLOCK.search(tail):
                line = line[: len(line) - len(tail) + match.start()]
        if "<" in line and ("<a" in line or "<A" in line or "<span" in line):
            line = _ANCHOR.sub("", line, count=3).rstrip()
        lines[i] = line
