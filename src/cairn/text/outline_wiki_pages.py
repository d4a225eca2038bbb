"""Pages written in wiki markup or reStructuredText, read as the Markdown they stand for
(twenty-seventh reader round, issue 15).

- MediaWiki closes its headings with the marks that open them ("= OKRs Q3 =", "== Make deploys
  boring ==", "=== Objective 1: … ==="): the closing marks leave the title, and on such a page a
  line opening with "#" is a numbered item ("# Cut failed deploys …", "## …" one level deeper),
  no Markdown heading.
- Jira and Confluence wiki markup title with "h1. " to "h6. " and number items with "#" (on a
  page with no Markdown fence and no "## " heading: a Markdown page quoting Jira markup): the
  headings are written with hashes, the items as numbered items; a line wholly in single stars
  ("*Key results*") is bold; a "||Objective||Key results||" header row is a Markdown table's
  header over its rule; a "{panel:title=Objective 1: …}" macro line is a heading of its title,
  other macro lines ("{panel}", "{info}", "{expand}") are left out, "{code}" / "{noformat}"
  fence what they hold.
- reStructuredText underlines its titles with any punctuation ("~~~~", "^^^^", quotes; "=" and
  "-" are Markdown's too): where a page underlines a title with a mark Markdown does not use so,
  each underlined (or over- and underlined) title is a heading, its level the order in which its
  style first appears, as in reStructuredText; "#." items are numbered items; a directive or a
  target (".. note::", ".. _label:", ".. [1]", ".. |name|") is left out with its indented body.

Headings, items and rules are rewritten in place: one line each for one line, except a "||…||"
header row, which gains its rule below. A Markdown page naming "h2." or "== … ==" inside a
sentence, or titled with "#" headings, is no wiki page and reads as before.
"""

from __future__ import annotations

import re

_MEDIAWIKI_HEADING = re.compile(r"^(={1,6})[ \t]*([^=\n][^\n]{0,300}?)[ \t]*\1[ \t]*$", re.M)
_JIRA_HEADING = re.compile(r"^h([1-6])\.[ \t]+(?=\S)", re.M)
# a fence or a second-level heading: a Markdown page (one quoting Jira markup in its examples)
_MARKDOWN_PAGE = re.compile(r"^(?:```|~~~|#{2,6}[ \t]+\S)", re.M)
_HASH_ITEM = re.compile(r"^(#{1,4})[ \t]+(?=\S)", re.M)
_STAR_ITEM = re.compile(r"^\*(\*{1,3})[ \t]+(?=\S)", re.M)  # "** nested item"
_STAR_BOLD = re.compile(r"^\*([^*\s][^*\n]{0,200}[^*\s]|[^*\s])\*[ \t]*$", re.M)
# Confluence's block macros ("{panel}", "{expand:title=…}"); "{objective}" alone is a template's
_MACRO = re.compile(
    r"^\{(panel|info|note|tip|warning|expand|code|noformat|quote|section|column|excerpt)"
    r"(?::([^{}\n]{0,300}))?\}[ \t]*$",
    re.M | re.I,
)
_MACRO_TITLE = re.compile(r"(?:^|\|)title=([^|]{1,300})")
_FENCE_MACROS = frozenset({"code", "noformat"})
# reStructuredText: an underline, a directive or comment, an auto-numbered item
_RST_UNDERLINE = re.compile(r"^([=\-~^\"'`+#*:_.])\1{2,}[ \t]*$")
_RST_ONLY = re.compile(r"^([~^\"'+:])\1{3,}[ \t]*$", re.M)  # no Markdown underline nor rule
# ".. note::", ".. _label:", ".. [1]", ".. |name|": not ".. and then" (an ellipsis)
_RST_DIRECTIVE = re.compile(
    r"^\.\.[ \t]+(?:[\w:-]{1,40}::|_[^:\n]{1,80}:|\[[^\]\n]{1,40}\]|\|[^|\n]{1,40}\|)", re.M
)
_RST_AUTO_ITEM = re.compile(r"^([ \t]{0,12})#\.[ \t]+(?=\S)", re.M)


def wiki_pages(text: str) -> str:
    """Return a wiki or reStructuredText page's text as Markdown, any other text as it is."""
    if "||" in text:
        text = _header_rows(text)
    if "h" in text and _JIRA_HEADING.search(text) and not _MARKDOWN_PAGE.search(text):
        text = _HASH_ITEM.sub(_numbered, text)
        text = _JIRA_HEADING.sub(lambda m: "#" * int(m.group(1)) + " ", text)
        text = _STAR_ITEM.sub(lambda m: "  " * len(m.group(1)) + "- ", text)
        text = _STAR_BOLD.sub(lambda m: f"**{m.group(1)}**", text)
    elif "=" in text and _mediawiki(text):
        text = _HASH_ITEM.sub(_numbered, text)
        text = _MEDIAWIKI_HEADING.sub(lambda m: "#" * len(m.group(1)) + " " + m.group(2), text)
        text = _STAR_ITEM.sub(lambda m: "  " * len(m.group(1)) + "- ", text)
    if "{" in text and _MACRO.search(text):
        text = _macros(text)
    if ".." in text and _RST_DIRECTIVE.search(text):
        text = _without_directives(text)
    if "#." in text:
        text = _RST_AUTO_ITEM.sub(lambda m: f"{m.group(1)}1. ", text)
    if _RST_ONLY.search(text):
        text = _rst_titles(text)
    return text


def _mediawiki(text: str) -> bool:
    """Return True for a page with headings closed by their opening marks: two, or one of
    level 2 or deeper ("== Make deploys boring ==")."""
    found = [len(m.group(1)) for m in _MEDIAWIKI_HEADING.finditer(text)]
    return len(found) >= 2 or any(level >= 2 for level in found)


def _numbered(m: re.Match[str]) -> str:
    return "   " * (len(m.group(1)) - 1) + "1. "


def _header_rows(text: str) -> str:
    """Return the text with each "||Objective||Key results||" row written as a Markdown header
    over its rule (a row whose cells are all set apart by "||", none of them empty)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        row = line.rstrip()
        if not (row.startswith("||") and row.endswith("||") and len(row) > 4):
            continue
        cells = [c.strip() for c in row[2:-2].split("||")]
        if len(cells) >= 2 and all(c and "|" not in c for c in cells):
            lines[i] = "| " + " | ".join(cells) + " |\n|" + " --- |" * len(cells)
    return "\n".join(lines)


def _macros(text: str) -> str:
    def line(m: re.Match[str]) -> str:
        name = m.group(1).lower()
        if name in _FENCE_MACROS:
            return "```"
        title = _MACRO_TITLE.search(m.group(2) or "")
        return f"#### {title.group(1).strip()}" if title else ""

    return _MACRO.sub(line, text)


def _without_directives(text: str) -> str:
    """Return the text with each directive or comment and its indented body as blank lines."""
    lines = text.split("\n")
    inside = False
    for i, line in enumerate(lines):
        if _RST_DIRECTIVE.match(line):
            inside, lines[i] = True, ""
        elif inside and (not line.strip() or line[:1] in " \t"):
            lines[i] = ""
        else:
            inside = False
    return "\n".join(lines)


def _rst_titles(text: str) -> str:
    """Return the text with its underlined (and overlined) titles written as headings, where
    one title at least is underlined with a mark Markdown does not use so ("~~~" alone opens a
    fence: an underline is as long as its title, four marks at least)."""
    lines = text.split("\n")
    if not any(_RST_ONLY.match(line) and _titled(lines, i) for i, line in enumerate(lines) if i):
        return text
    styles: list[tuple[str, bool]] = []
    for i in range(1, len(lines)):
        under = _RST_UNDERLINE.match(lines[i])
        title = lines[i - 1].strip()
        if not under or not title or _RST_UNDERLINE.match(lines[i - 1]):
            continue
        if not _titled(lines, i):
            continue
        over = i >= 2 and lines[i - 2].rstrip() == lines[i].rstrip()
        style = (under.group(1), over)
        if style not in styles:
            styles.append(style)
        level = min(styles.index(style) + 1, 6)
        lines[i - 1], lines[i] = "#" * level + " " + title, ""
        if over:
            lines[i - 2] = ""
    return "\n".join(lines)


def _titled(lines: list[str], at: int) -> bool:
    """Return True when the underline at `at` stands under a title as long as it or shorter."""
    title = lines[at - 1].strip()
    if not title or title.startswith(("#", "-", "*", "|", "`", "~")):
        return False
    return len(lines[at].rstrip()) >= len(title) and not _RST_UNDERLINE.match(lines[at - 1])
