"""Outliner pages (Logseq, Roam; thirty-first reader round): every line is a block, a bullet, and
a block that is a heading writes its hashes after the bullet ("- ## Make deploys boring" over
tab-indented "\t- Cut failed deploys …").

Where two lines or more are such heading blocks, each is written as the heading it is (its own
blocks below keep their lines, the items under it); elsewhere "- ## …" stays an item's text.
Same number of lines.
"""

from __future__ import annotations

import re

_HEADING_BLOCK = re.compile(r"^[ \t]{0,8}[-*][ \t]+(#{1,6}[ \t]+\S)", re.M)


def heading_blocks(text: str) -> str:
    """Return the text with its "- ## title" blocks written as headings, where two or more are."""
    if "- #" not in text and "* #" not in text:
        return text
    if len(_HEADING_BLOCK.findall(text)) < 2:
        return text
    return _HEADING_BLOCK.sub(r"\1", text)
