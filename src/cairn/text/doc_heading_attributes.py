"""Attribute blocks and anchors in headings and bold lines (issue 15, twenty-fifth round).

kramdown, Pandoc and Hugo let a heading carry its id and classes in braces closing the line:
"## Objective 1 - Run the event {#objective-1-run-the-event}", "## Goals {#goals .wide}",
"**Objective 2** {: #o2}", "# OKRs {.unnumbered}", "## Appendix {-}"; HTML pages set an anchor
in the heading ("## <a name="o1"></a>Objective 1: …", '**…** <a id="o1"></a>'). Neither is
title text: `attribute_blocks` takes them off each line, in place (line numbers stay). Braces
holding a word ("{Q3}", "{target}") are no attribute block and stay.

Documentation pages built with MyST or Sphinx put a target label on its own line over a heading
so that other pages can link to it: "(strategy:research)=" (MyST), ".. _strategy-research:"
(Sphinx, reStructuredText), also a link target ".. _Python: https://python.org". Such a line is
no text at all (after round 42's first run: 2i2c's strategy page); `target_labels` blanks it.
`labels_defined` returns the names the page defines (MyST, Sphinx, "{#name}", '<a name="…">'),
for links that point inside the page.
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


# "(strategy:research)=" (MyST), ".. _label:" / ".. _Python: https://…" (Sphinx): a whole line
_MYST_LABEL = re.compile(r"^[ \t]{0,3}\(([^()\s]{1,80})\)=[ \t]*$", re.M)
_SPHINX_LABEL = re.compile(
    r"^[ \t]{0,3}\.\. _([^\s:`][^:\n`]{0,79}):(?:[ \t]+\S{1,300})?[ \t]*$", re.M
)
_HEADING_ID = re.compile(r"\{:?\s*#([\w\-:.]{1,80})[^{}\n]{0,200}\}[ \t]*$", re.M)
_ANCHOR_NAME = re.compile(r"<(?:a|span)\s+(?:name|id)\s*=\s*[\"']([^\"'<>\n]{1,80})[\"']", re.I)


def target_labels(lines: list[str]) -> None:
    """Blank each MyST or Sphinx target label line of `lines`, in place."""
    for i, line in enumerate(lines):
        if (")=" in line or ".. _" in line) and (
            _MYST_LABEL.match(line) or _SPHINX_LABEL.match(line)
        ):
            lines[i] = ""


def labels_defined(text: str) -> set[str]:
    """Return the names a page defines for links inside it ("strategy:research", "o1"), lower-cased."""
    names: set[str] = set()
    if ")=" in text:
        names |= {m.group(1) for m in _MYST_LABEL.finditer(text)}
    if ".. _" in text:
        names |= {m.group(1) for m in _SPHINX_LABEL.finditer(text)}
    if "{" in text:
        names |= {m.group(1) for m in _HEADING_ID.finditer(text)}
    if "<" in text:
        names |= {m.group(1) for m in _ANCHOR_NAME.finditer(text)}
    return {name.strip().lower() for name in names}


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
