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


def markup_pages(text: str) -> str:
    """Return an AsciiDoc or org-mode page's text as Markdown, any other text as it is."""
    if "=" in text and _ADOC_SECTION.search(text):
        return _asciidoc(text)
    if "*" not in text and "#+" not in text:
        return text
    org = "#+" in text and _ORG_SETTING.search(text) or len(_ORG_DEEP.findall(text)) >= 2
    if org and not _MARKDOWN_HEADING.search(text):
        return _org(text)
    return text


def _asciidoc(text: str) -> str:
    text = _ADOC_ATTRIBUTE.sub("", text)
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
        depth = len(m.group(1))
        return f"- {m.group(2)}" if depth == deepest else "#" * depth + " " + m.group(2)

    return _ORG_HEADING.sub(heading, text)
