"""Pages written in AsciiDoc or org-mode, read as the Markdown they stand for (issue 15,
twenty-fourth round).

An AsciiDoc page titles its sections with "=" marks ("= OKRs Q3", "== Objective: Make deploys
boring", "=== …") and sets attributes on lines of their own (":toc:", ":author: Ana"); an org-mode
page titles them with stars ("* OKRs Q3", "** Make deploys boring", "*** Cut failed deploys …")
under "#+TITLE:" / "#+STARTUP:" settings. Where a page has such headings (AsciiDoc: one of two
"=" marks or more; org-mode: a "#+KEY:" setting line or two star headings of two stars or more,
and no Markdown heading), each is written as the Markdown heading of its depth, settings and
attributes are dropped ("#+TITLE: …" becomes the page's title), an AsciiDoc link
"https://…[Dashboard]" is written "[Dashboard](https://…)". In an org-mode outline of three
levels or more, the deepest headings are a heading's items (key results under an objective):
they are written as list items. A glossary or schedule so written stays what it is: headings
over definitions, headings without items.

Thirty-first round: an AsciiDoc page titled "= …" alone (no "==" section) is one too where it
sets an attribute (":toc:") or titles two blocks or more with ".Title" lines; a block title is a
heading of its own ("### Title") over the block's items. An org-mode heading's task keyword
("TODO", "DONE", "NEXT", "WAITING", "CANCELLED") and priority cookie ("[#A]") are no part of its
title: an item so written is a checkbox ("- [x] …" for DONE, "- [ ] …" otherwise).
"""

from __future__ import annotations

import re

_ADOC_HEADING = re.compile(r"^(={1,6})[ \t]+(\S[^\n]{0,300})$", re.M)
_ADOC_SECTION = re.compile(r"^={2,6}[ \t]+\S", re.M)
_ADOC_ATTRIBUTE = re.compile(r"^:[A-Za-z][\w-]{0,40}:(?:[ \t][^\n]{0,300})?$", re.M)
_ADOC_ITEM = re.compile(r"^(\*{2,5})[ \t]+(?=\S)", re.M)  # "** nested item"
_ADOC_LINK = re.compile(
    r"\b((?:https?|mailto|link):[^\s\[\]]{1,300})\[([^\]\n]{0,200})\]"
)  # "url[text]"
_ORG_SETTING = re.compile(r"^#\+([A-Za-z_]{1,30}):[ \t]*([^\n]{0,300})$", re.M)
_ORG_HEADING = re.compile(r"^(\*{1,6})[ \t]+(\S[^\n]{0,300})$", re.M)
_ORG_DEEP = re.compile(r"^\*{2,6}[ \t]+\S(?![^\n]{0,300}\*\*[ \t]*$)", re.M)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]", re.M)
_ADOC_TITLE = re.compile(r"^=[ \t]+\S", re.M)  # "= Page title"
_ADOC_BLOCK_TITLE = re.compile(r"^\.(?=[^\s.\d])([^\n]{1,200})$", re.M)  # ".Make deploys boring"
# "TODO Ship …", "DONE [#A] Ship …": an org-mode task keyword and priority before the title
_ORG_TASK = re.compile(r"^(?:(TODO|DONE|NEXT|WAITING|CANCELL?ED)[ \t]+)?(?:\[#[A-C]\][ \t]+)?")


def markup_pages(text: str) -> str:
    """Return an AsciiDoc or org-mode page's text as Markdown, any other text as it is."""
    if "=" in text and (_ADOC_SECTION.search(text) or _adoc_titled(text)):
        return _asciidoc(text)
    if "*" not in text and "#+" not in text:
        return text
    org = "#+" in text and _ORG_SETTING.search(text) or len(_ORG_DEEP.findall(text)) >= 2
    if org and not _MARKDOWN_HEADING.search(text):
        return _org(text)
    return text


def _adoc_titled(text: str) -> bool:
    """Return True for a page titled "= …" that sets an attribute or titles two blocks."""
    if not _ADOC_TITLE.match(text.lstrip()) or _MARKDOWN_HEADING.search(text):
        return False
    return bool(_ADOC_ATTRIBUTE.search(text)) or len(_ADOC_BLOCK_TITLE.findall(text)) >= 2


def _asciidoc(text: str) -> str:
    text = _ADOC_ATTRIBUTE.sub("", text)
    text = _ADOC_BLOCK_TITLE.sub(lambda m: f"### {m.group(1)}", text)
    text = _ADOC_LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1)})", text)
    text = _ADOC_HEADING.sub(lambda m: "#" * len(m.group(1)) + " " + m.group(2), text)
    return _ADOC_ITEM.sub(lambda m: "  " * (len(m.group(1)) - 1) + "* ", text)


def _org(text: str) -> str:
    def setting(m: re.Match[str]) -> str:
        return f"# {m.group(2)}" if m.group(1).upper() == "TITLE" and m.group(2) else ""

    text = _ORG_SETTING.sub(setting, text)
    levels = [len(m.group(1)) for m in _ORG_HEADING.finditer(text)]
    deepest = max(levels, default=0) if len(set(levels)) >= 3 else 0

    def heading(m: re.Match[str]) -> str:
        depth, title = len(m.group(1)), m.group(2)
        task = _ORG_TASK.match(title)
        keyword, title = task.group(1), title[task.end() :] or title  # type: ignore[union-attr]
        if depth == deepest:
            box = "" if keyword is None else "[x] " if keyword == "DONE" else "[ ] "
            return f"- {box}{title}"
        return "#" * depth + " " + title

    return _ORG_HEADING.sub(heading, text)
