"""HTML lists and paragraphs in a Markdown OKR page (issue 15, nineteenth round).

A blog post kept in a CMS writes its example OKRs in raw HTML, one `<div>` column per role:
"<p>" / "<strong>Objetivo Anual:</strong>" / "</p>", then "<ul>" / "<li>" / "Duplicar las
ganancias de la empresa.  (0,72)" / "</li>" / "</ul>". Each block of such lines (from a line
opening `<div>`, `<ul>`, `<ol>` or `<p>` to the line closing the last of them) is read as the
Markdown it stands for: a paragraph as its text, `<strong>` as "**", an `<li>` as a "- " item
nested as deep as its list, the lines of one column together and the columns apart. The block
keeps its place and its number of lines (the rest is blank), so line numbers stay near.

Thirty-first round: an item whose text is followed by a nested list before its "</li>"
("<li>Make deploys boring" / "<ul>" / "<li>Cut …</li>" / "</ul>" / "</li>") is an item of its own
over the nested items (its text was run together with the nested list's tags), and a paragraph
written on one line ("<p><strong>Make deploys boring</strong></p>") is its text.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"^\s*<(div|ul|ol|p)\b[^>]*>\s*$", re.I)
_CLOSE = re.compile(r"^\s*</(div|ul|ol|p)>\s*$", re.I)
_ITEM = re.compile(r"^\s*<li\b[^>]*>\s*(.*?)\s*(</li>)?\s*$", re.I)
_ITEM_END = re.compile(r"^\s*(.*?)\s*</li>\s*$", re.I)
_STRONG = re.compile(r"</?(?:strong|b)>", re.I)
_EMPHASIS = re.compile(r"</?(?:em|i)>", re.I)
_PARAGRAPH = re.compile(
    r"^\s*<p\b[^>]*>([^<>\n]{0,300}(?:<[^<>\n]{1,20}>[^<>\n]{0,300}){0,8})</p>\s*$", re.I
)
_ITEM_CLOSE = re.compile(r"^\s*</li>\s*$", re.I)


def html_lists(lines: list[str]) -> None:
    """Rewrite in place each block of HTML lists and paragraphs of `lines` as Markdown."""
    for j, line in enumerate(lines):
        if ("<p" in line or "<P" in line) and (paragraph := _PARAGRAPH.match(line)):
            lines[j] = _inline(paragraph.group(1).strip())  # "<p><strong>Title</strong></p>"
    ends = _block_ends(lines)
    i = 0
    while i < len(lines):
        end = ends.get(i, -1)
        if end > i:
            markdown = _markdown(lines[i : end + 1])
            lines[i : end + 1] = markdown + [""] * (end + 1 - i - len(markdown))
            i = end + 1
        else:
            i += 1


def _block_ends(lines: list[str]) -> dict[int, int]:
    """Map each opening line to the line that closes it, within 2,000 lines.

    One pass with a stack of the open tags (any of div, ul, ol, p closes the latest one open),
    so a page of unclosed tags costs one look at each line, not one scan per opening line.
    """
    ends: dict[int, int] = {}
    opened: list[int] = []
    for j, line in enumerate(lines):
        if "<" not in line:
            continue
        if _OPEN.match(line):
            opened.append(j)
        elif _CLOSE.match(line) and opened:
            start = opened.pop()
            if j - start < 2000:
                ends[start] = j
    return ends


def _markdown(block: list[str]) -> list[str]:
    """Return the Markdown lines of one block: items, paragraphs, a blank line between columns."""
    out: list[str] = []
    lists = 0
    item: list[str] | None = None
    for line in block:
        if item is not None and (_OPEN.match(line) or _ITEM.match(line)):
            out.append(_item(item, lists))  # "<li>Title" over a nested "<ul>": its own item
            item = None
        if item is None and _ITEM_CLOSE.match(line):
            continue  # the "</li>" closing an item over a nested list
        if item is not None:
            if end := _ITEM_END.match(line):
                item.append(end.group(1))
                out.append(_item(item, lists))
                item = None
            elif line.strip():
                item.append(line.strip())
            continue
        if opened := _OPEN.match(line):
            tag = opened.group(1).lower()
            lists += tag in ("ul", "ol")
            if tag == "div" and out and out[-1]:
                out.append("")  # a column of its own
        elif closed := _CLOSE.match(line):
            lists -= closed.group(1).lower() in ("ul", "ol")
        elif started := _ITEM.match(line):
            item = [started.group(1)]
            if started.group(2):
                out.append(_item(item, lists))
                item = None
        elif line.strip():
            out.append(_inline(line.strip()))
    return out


def _item(parts: list[str], lists: int) -> str:
    text = " ".join(p for p in parts if p)
    return f"{'  ' * max(0, lists - 1)}- {_inline(text)}"


def _inline(text: str) -> str:
    return _EMPHASIS.sub("*", _STRONG.sub("**", text))
