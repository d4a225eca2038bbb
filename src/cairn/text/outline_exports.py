"""Markup that exports and copies leave in OKR pages (thirty-second reader round, part B, issue 15).

OKRs mostly live in Google Docs, Word, Confluence, Notion, Obsidian, slides and PDFs, and reach the
reader exported to Markdown or copied as text. What those exports add around the outline is read
away here, one text pass that keeps the line count (line numbers hold):

- inline markup an editor writes into Markdown: "&nbsp;" (a space; a paragraph of it alone is
  blank), underline and styled spans ('<span style="…">title</span>', "<u>…</u>", "<ins>",
  "<font …>": their text), pandoc's fenced divs ('::: {custom-style="Objective"}' and its closing
  ":::": blank lines) and bracketed spans ('[title]{custom-style="…"}': the text), Obsidian's
  wikilinks ("[[title]]", "[[page|title]]": the shown text);
- page furniture: a line that is a page number alone ("Page 3 of 10", "Seite 2", "– 3 –",
  "第 3 页", and "3 / 10" at the margin: not an indented "3 / 5" note, not "2025 / 2026"), a slide's number alone ("Slide 3", "Folie 3", "スライド 3"), and, where a
  text has form feeds (pdftotext), a form feed and the lines repeated at the top or the bottom of
  every page (a running title, "Confidential");
- list marks of a paste: Word's Symbol-font bullets ("\\uf0b7", "\\uf0a7" …) are bullets, "o"
  followed by a tab is a sub-bullet ("\\to\\tCut …"); two numbered lines or more ("1. title") each
  right over letter lines ("a. …", "b. …") at the same indent have the letter lines indented under
  them; upper-case Roman numbers opening two lines or more in order ("I.", "II.") and lower-case
  ones in order from "i." ("i.", "ii.") are written as numbers;
- a PDF copy's broken lines: an unmarked line right under a "•" / "◦" / "▪" item, at the margin,
  going on in lower case ("• Cut failed deploys" / "from 12% to 3%") is the item's next line
  (indented under it, as the reader joins a wrapped item); on such a page a line going on with a
  number after an item ending in a lower-case word ("• Raise NPS from" / "20 to 45") is too;
- pandoc's grid tables ("+----+----+", cairn.text.outline_export_tables) as pipe tables, and a
  database's CSV export ("Key result,Objective,Status" over rows) as a pasted sheet's rows;
- Confluence: a status macro ("{status:colour=Green|title=On track}") is its title in brackets
  ("[On track]"), the tick, cross and warning icons after an item ("(/)", "(x)", "(!)") are
  "✅", "❌" and "⚠️", and task lines ("[] …", "[x] …", where one of them is "[] ") are items.
"""

from __future__ import annotations

import re

from cairn.text.outline_export_tables import csv_rows, grid_tables

_NBSP_ENTITY = re.compile(r"&nbsp;?", re.I)
_STYLE_TAG = re.compile(r"</?(?:span|u|ins|font)(?:\s[^<>\n]{0,300})?>", re.I)
_DIV_OPEN = re.compile(r"^ {0,3}:{3,}[ \t]*\{[^{}\n]{0,200}\}[ \t]*$")
_DIV_CLOSE = re.compile(r"^ {0,3}:{3,}[ \t]*$")
_BRACKET_SPAN = re.compile(r"\[([^\[\]\n]{1,300})\]\{[^{}\n]{0,200}\}")
_WIKILINK = re.compile(r"\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]|\n]{1,200}))?\]\]")

_PAGE_WORDS = (
    "page|pg\\.?|p\\.|página|pagina|seite|strona|стр\\.?|страница|halaman|sayfa|side|sida|sivu"
)
_OF = "of|de|di|sur|von|van|av|af|z|из|dari|/"
_PAGE_NUMBER = re.compile(
    rf"^[ \t]*(?:(?:{_PAGE_WORDS})[ \t]*\d{{1,4}}(?:[ \t]*(?:{_OF})[ \t]*\d{{1,4}})?"
    r"|[-–—][ \t]*\d{1,4}[ \t]*[-–—]|(?<![ \t])\d{1,3}[ \t]*/[ \t]*\d{1,3}"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|\d{1,4}[ \t]*(?:ページ|페이지))[ \t]*$",
    re.I,
)
_SLIDE_WORDS = "slide|folie|diapositiva|diapositive|slajd|слайд|幻灯片|スライド|슬라이드"
_SLIDE_NUMBER = re.compile(
    rf"^[ \t]*(?:{_SLIDE_WORDS})[ \t]*\d{{1,3}}(?:[ \t]*(?:{_OF})[ \t]*\d{{1,3}})?[ \t]*[:.]?[ \t]*$",
    re.I,
)

_SYMBOL_BULLET = re.compile(
    r"^([ \t]*)[\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc\uf06e\uf0a4][ \t]+(?=\S)"
)
_O_BULLET = re.compile(r"^([ \t]*)o\t+(?=\S)")
_NUMBERED = re.compile(r"^(\d{1,2})[.)][ \t]+\S")
_LETTERED = re.compile(r"^([a-z])[.)][ \t]+\S")
_ROMAN_UP = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_LINE = re.compile(r"^([ \t]*)([IVXivx]{1,4})\.([ \t]+)(?=\S)")

_PLAIN_ITEM = re.compile(r"^([ \t]*)[•◦▪][ \t]+\S")
_STOP = ".:!?;。：！？；)]"

_STATUS_MACRO = re.compile(r"\{status:([^{}\n]{0,200})\}", re.I)
_MACRO_TITLE = re.compile(r"(?:^|\|)title=([^|]{1,60})")
_ICON = re.compile(r"(?<=\S)[ \t]+\((/|x|!)\)[ \t]*$")
_ICONS = {"/": "✅", "x": "❌", "!": "⚠️"}
_TASK = re.compile(r"^([ \t]*)\[([ xX]?)\][ \t]+(?=\S)")


def export_pages(text: str) -> str:
    """Return the text with the marks of an export or a copy read away (same number of lines)."""
    if "&" in text and _NBSP_ENTITY.search(text):
        text = _NBSP_ENTITY.sub(" ", text)
    if "<" in text and _STYLE_TAG.search(text):
        text = _STYLE_TAG.sub("", text)
    if "]{" in text:
        text = _BRACKET_SPAN.sub(r"\1", text)
    if "[[" in text:
        text = _WIKILINK.sub(lambda m: m.group(2) or m.group(1), text)
    if "{status:" in text or "{STATUS:" in text:
        text = _STATUS_MACRO.sub(_status, text)
    lines = text.split("\n")
    if "+-" in text or "+=" in text:  # "+----+----+": pandoc's grid tables, as pipe tables
        grid_tables(lines)
    if "," in text and "\t" not in text:  # "Key result,Objective,Status": a database's CSV
        csv_rows(lines)
    if ":::" in text:
        _fenced_divs(lines)
    if "\f" in text:
        _running_lines(lines)
    for i, line in enumerate(lines):
        if line and len(line) < 40 and (_PAGE_NUMBER.match(line) or _SLIDE_NUMBER.match(line)):
            lines[i] = ""
    if any(ch in text for ch in "\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc\uf06e\uf0a4"):
        lines = [_SYMBOL_BULLET.sub(r"\1• ", line) for line in lines]
    if "o\t" in text:
        lines = [_O_BULLET.sub(r"\1◦ ", line) for line in lines]
    if "(/)" in text or "(x)" in text or "(!)" in text:
        lines = [_ICON.sub(lambda m: " " + _ICONS[m.group(1)], line) for line in lines]
    if "[]" in text:
        _tasks(lines)
    if "I." in text:
        _roman_numbers(lines)
    if "\na. " in text or "\na) " in text:
        _lettered_items(lines)
    if any(mark in text for mark in "•◦▪"):
        _broken_items(lines)
    return "\n".join(lines)


def _status(match: re.Match[str]) -> str:
    title = _MACRO_TITLE.search(match.group(1))
    return f"[{title.group(1).strip()}]" if title and title.group(1).strip() else ""


def _fenced_divs(lines: list[str]) -> None:
    """Blank pandoc's '::: {…}' fence lines and the ':::' lines that close them."""
    depth = 0
    for i, line in enumerate(lines):
        if _DIV_OPEN.match(line):
            depth += 1
            lines[i] = ""
        elif depth and _DIV_CLOSE.match(line):
            depth -= 1
            lines[i] = ""


def _running_lines(lines: list[str]) -> None:
    """Blank form feeds, and the lines every page of a pdftotext copy opens or closes with."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if "\f" in line:
            lines[i] = line = line.replace("\f", "")
            pages.append([])
        if line.strip():
            pages[-1].append(i)
    pages = [page for page in pages if page]
    if len(pages) < 2:
        return
    for edge in (slice(0, 3), slice(-3, None)):
        common = None
        for page in pages:
            texts = {lines[i].strip() for i in page[edge]}
            common = texts if common is None else common & texts
        for page in pages:
            for i in page[edge]:
                if lines[i].strip() in (common or ()):
                    lines[i] = ""


def _tasks(lines: list[str]) -> None:
    """ "[] …" / "[x] …" task lines (Confluence) as items, where one of them is "[] "."""
    tasks = [i for i, line in enumerate(lines) if _TASK.match(line)]
    if not any(_TASK.match(lines[i]).group(2) == "" for i in tasks):  # type: ignore[union-attr]
        return
    for i in tasks:
        match = _TASK.match(lines[i])
        assert match is not None
        mark = "x" if match.group(2) in ("x", "X") else " "
        lines[i] = f"{match.group(1)}- [{mark}] " + lines[i][match.end() :]


def _roman_numbers(lines: list[str]) -> None:
    """Roman list numbers in order ("I." "II." …; "i." "ii." … from "i.") written as numbers."""
    upper: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        m = _ROMAN_LINE.match(line)
        if m and not m.group(1) and m.group(2) in _ROMAN_UP:
            upper.append((i, _ROMAN_UP.index(m.group(2)) + 1))
    if len(upper) < 2 or [n for _, n in upper] != list(range(1, len(upper) + 1)):
        return
    for i, n in upper:
        m = _ROMAN_LINE.match(lines[i])
        assert m is not None
        lines[i] = f"{n}.{m.group(3)}" + lines[i][m.end() :]
    # lower-case runs under them: "i." "ii." … in order, each run from "i."
    want = 1
    for i, line in enumerate(lines):
        m = _ROMAN_LINE.match(line)
        if m is None or not m.group(2).islower():
            if line.strip() and not line[:1].isspace():
                want = 1
            continue
        roman = m.group(2).upper()
        if roman in _ROMAN_UP and _ROMAN_UP.index(roman) + 1 == want:
            lines[i] = f"{m.group(1)}{want}.{m.group(3)}" + line[m.end() :]
            want += 1


def _lettered_items(lines: list[str]) -> None:
    """Indent "a. …" lines under the "1. title" line right above them (two such groups or more,
    every numbered line at the margin over letters in order from "a")."""
    groups: list[tuple[int, int]] = []
    numbered = 0
    i = 0
    while i < len(lines):
        if _NUMBERED.match(lines[i]):
            numbered += 1
            j = i + 1
            want = "a"
            while j < len(lines) and (m := _LETTERED.match(lines[j])) and m.group(1) == want:
                want = chr(ord(want) + 1)
                j += 1
            if j > i + 1:
                groups.append((i, j))
            i = j
        else:
            i += 1
    if len(groups) < 2 or len(groups) < numbered:
        return
    for start, end in groups:
        for k in range(start + 1, end):
            lines[k] = "    " + lines[k]


def _broken_items(lines: list[str]) -> None:
    """Indent the lines a PDF copy broke off a "•" item: an unmarked line right under the item, at
    its indent, going on in lower case after an item not closed by a stop; where one does, a
    line going on with a number too ("• Raise NPS from" / "20 to 45")."""
    found: list[tuple[int, str, bool]] = []  # (line, the item's indent, lower case)
    for i in range(1, len(lines)):
        item = _PLAIN_ITEM.match(lines[i - 1])
        if item is None or lines[i - 1].rstrip()[-1:] in _STOP:
            continue
        line = lines[i].lstrip(" \t")
        if not line[:1].isalnum() or len(lines[i]) - len(line) != len(item.group(1)):
            continue
        above = lines[i - 1].rstrip().rsplit(None, 1)[-1]
        if line[:1].islower():
            found.append((i, item.group(1), True))
        elif line[:1].isdigit() and above.isalpha() and above.islower():
            found.append((i, item.group(1), False))
    if not any(lower for _, _, lower in found):
        return
    for i, indent, _ in found:
        lines[i] = indent + "  " + lines[i]
