"""Split a document into classified lines for the outline reader.

Each non-blank source line becomes a `Line`: its indentation, heading level or list marker,
its text as it should read (links, escapes, HTML, scores, owners and status notes apart, see
`cairn.text.doc_clean`), a bold "**Label:**" it starts with, and whether a blank line or a
blockquote came before. Wrapped list items and wrapped sentences are joined back into one line
(Markdown's lazy continuation), so a key result written over two lines is one key result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cairn.text.doc_clean import (
    Cleaned,
    clean_document,
    clean_title,
    field_value,
    linked_item,
    real_owner,
)
from cairn.text.markdown_okr_tables import OWNER, SCORE, STATUS, TARGET
from cairn.text.outline_words import (
    KEY_RESULT_WORD,
    KEY_RESULTS_HEADER,
    OBJECTIVE_WORD,
    STATUS_WORD,
)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_BULLETS = "-*+•·◦▪‣–—○●■□➢►✓✔・"
_BULLET = re.compile(rf"^(?:[{re.escape(_BULLETS)}])\s+(?:\[([ xX])\]\s+)?(.*)$")
# "•Onboarding", "-users can …", "1.Cloud cost": markers written without their space
_TIGHT = re.compile(r"^(?:[•·◦▪・]|-(?=[a-z])|\d{1,2}\.(?=[A-Z]))(.+)$")
_NUMBER = re.compile(
    r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x))[.)]\s+(.*)$"
    # "1.1 Uptime above 99.9%", "2.3.1 Ship …": outline numbers of two levels or more need no
    # closing dot when a capital letter follows ("1.5 million users" is no item)
    r"|^\d{1,2}(?:\.\d{1,2}){1,3}\s+([A-ZÀ-ÖØ-ÞА-ЯЁ].*)$"
    # "1、发布周期缩短到2周", "2．…", "（1）…", "①…": list numbers of Chinese and Japanese text
    r"|^(?:\d{1,2}[、．]|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*(\S.*)$"
    # "1- Make deploys boring" (a numbering of pasted Spanish, Portuguese, Turkish text), "1️⃣ …"
    # (a keycap emoji): twenty-seventh round; "1- 2 days" (a range) is no item
    r"|^(?:\d{1,2}-|\d\ufe0f?\u20e3|\U0001f51f)[ \t]+(\D.*)$"
)
_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_EMPHASIS = re.compile(r"\*\*|__")
_BOLD_LABEL = re.compile(r"^(?:\*\*|__)([^*_]{1,48}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:?)\s*(.*)$")
_OPENING_QUOTES = "«“„‘‹"  # a bold run ending on one opens a quotation (twenty-first round)
# "**KR1** Raise …", "*Key Result 2*: Complete …", "`O-1` **Cut cost**": a marker set in bold,
# italics or code, no colon needed after it (the emphasis ends it); "**KR1**：…" with a
# full-width colon (twenty-fifth round)
_EMPHASISED_MARKER = re.compile(
    rf"^([*_]{{1,2}}|`)\s*((?:{OBJECTIVE_WORD}|{KEY_RESULT_WORD})\s*[#\-]?\s*\d+(?:[.\-]\d+)*)"
    r"\s*[:：]?\s*\1(?![*_])\s*(?:[:：]|[-–—](?=\s))?\s*(\S.*)$",
    re.I,
)
# "`Objective` - launch the beta", "`Objective`- …", "`Key Results`": the marker word in code
# spans, no id, its title after a dash or colon (thirteenth round); "`KR`" alone is a header
_CODE_MARKER = re.compile(
    rf"^`\s*({OBJECTIVE_WORD}|{KEY_RESULT_WORD}|key\s*results|krs|{KEY_RESULTS_HEADER})\s*`"
    r"\s*(?:(?:[:：]|[-–—])\s*(\S.*)|$)",
    re.I,
)
# "_Key Result_: …", "*KR*: …": the key-result word alone in italics, its colon after them
_ITALIC_KR_WORD = re.compile(rf"^([*_])\s*({KEY_RESULT_WORD})\s*\1(?![*_])\s*[:：]\s*(.*)$", re.I)
# "### ❌ Too many OKRs", "### 🚫 Vague key results": a heading marked wrong
_WRONG_MARKS = ("❌", "✗", "✘", "🚫", "⛔")
# "[O1] Improve X", "[KR 1.2] Reach …": an id in brackets, no colon needed after it
_BRACKETED_MARKER = re.compile(
    rf"^\[\s*((?:{OBJECTIVE_WORD}|{KEY_RESULT_WORD})\s*[#\-]?\s*\d+(?:[.\-]\d+)*)\s*\]"
    r"\s*(?::|[-–—](?=\s))?\s*(\S.*)$",
    re.I,
)
# "## 1. Objective: Improve X", "### 2) KR 2.1: …": an outline number before a marker heading
# "## 2. Objective (…)", "### 3. Key Results & analysis": a section's number before its marker
_NUMBERED_MARKER = re.compile(
    rf"^\d{{1,2}}(?:\.\d{{1,2}})*[.)]?\s+(?=(?:{OBJECTIVE_WORD}|{KEY_RESULT_WORD}|key\s*results)\b)",
    re.I,
)
# "## [P1] KR: …", "- (P0) Objective: …": a priority tag before a marker, no part of the title
_PRIORITY_TAG = re.compile(
    rf"^[\[(]\s*P[0-4]\s*[\])]\s*(?=(?:{OBJECTIVE_WORD}|{KEY_RESULT_WORD})\s*[#\-]?\s*\d*(?:[.\-]\d+)*\s*[:：])",
    re.I,
)
# "* P0: Ship …", "* P1 (1.0): …", "[P2] …", "(P1) …", "Priority 1: …", "Prio 2 – …",
# "Priorität 1: …", "优先级1：…": a priority tag (with or without a weight) opening a line, no part
# of its title; "P0 incidents …", "P2P payments", "P3 rollout – …", "P1 基于…" (no separator) stay
_PRIORITY_LEAD = re.compile(
    r"^(?:[\[(] ?P[0-4] ?[\])](?:\s?\( ?\d(?:[.,]\d{1,2})? ?\))?(?:\s?[:：]|\s[-–—])?\s"
    r"|(?:P[0-4]|(?i:priority|prio|priorität|prioridad|prioridade|priorité|priorità|prioriteit"
    r"|priorytet|öncelik|приоритет|пріоритет|优先级|優先級|優先度|우선순위) ?[0-5])"
    r"(?:\s?\( ?\d(?:[.,]\d{1,2})? ?\))?(?: ?[:：]|\s[-–—](?=\s)))\s*(?=\S)"
)
_PRIORITY_FIRST = frozenset("[(PpÖöПп优優우")
# "Hedef (Objective): …", "Anahtar Sonuçlar (Key Results):": a label in the document's language
# with the English marker after it in parentheses reads as that marker
_TRANSLATED_MARKER = re.compile(
    r"^[^():]{1,40}?\s*\(\s*(objectives?|key\s*results?|krs?|okrs?)\s*\)\s*([:：].*)$", re.I
)
_HEADER_ALONE = re.compile(r"^[\w-]{1,20}(?:\s[\w-]{1,20})?[:：]$")
_ITALIC_LABEL = re.compile(r"^[*_]([A-Z][^*_:]{1,40}):\s*[*_]?\s*(.*?)[*_]?$")


@dataclass
class Line:
    """One non-blank source line, with its list marker removed."""

    number: int
    indent: int
    heading: int  # 0, or the Markdown heading level
    item: bool  # a bullet or numbered list item
    text: str
    children: list[Line] = field(default_factory=list)  # the items nested one level below
    label: str | None = None  # "**Notes:**" / "**Status:** Met": the bold label it starts with
    owner: str | None = None
    score: float | None = None
    status: str | None = None
    struck: bool = False
    quote: bool = False  # a blockquote line: context, never an objective or key result
    blank_before: bool = True
    numbered: bool = False
    note: str = ""  # an exported "(target: 25.0)" off the title: read for the measure only
    before_objective: bool = False  # the next line marks an objective ("Objective: …")
    krs_below: bool = False  # a heading whose own section opens with "Key results:" below
    header_below: bool = False  # a title line right above a "Key results:" header line
    bold: bool = False  # written in bold from end to end ("**A long title of 60 characters**")
    italic: bool = False  # in italics from end to end ("*2. Engineering OKRs Examples*")
    ticked: bool = False  # "- [x] …": done by its checkbox alone, until a status says more
    wrong: bool = False  # a heading marked wrong ("### ❌ Too many OKRs"): counter-examples below


@dataclass
class _Raw:
    number: int
    indent: int
    heading: int
    item: bool
    content: str
    quote: bool
    blank_before: bool
    numbered: bool
    checked: bool = False  # "- [x] …": a task-list item ticked off
    lead: int = 0  # the width of an item's marker ("- ", "1. ", "a) "): where its text starts


def read_lines(text: str, *, code: bool = False) -> list[Line]:
    """Return the non-blank lines of text, classified and cleaned (`code`: fenced text too)."""
    raws: list[_Raw] = []
    blank = True
    outline = ""  # the outline number of the line above ("2.1") at the list's level, if any
    unsure: _Raw | None = None  # a line "1.1 代码开源" not read as an item (no capital follows)
    for number, raw in enumerate(clean_document(text, code=code), 1):
        expanded = (raw.expandtabs(4) if "\t" in raw else raw).rstrip()
        stripped = expanded.lstrip()
        first = stripped[:1]
        if not first or first in "-*_=" and _RULE.match(stripped) or stripped.startswith("<!--"):
            blank = blank or not first
            continue
        record = _classify(number, len(expanded) - len(stripped), stripped, blank)
        blank = False
        if first.isdigit() and (numbered := _OUTLINE_NUMBER.match(stripped)):
            # "2.1 Basic tools built" / "2.2 개발한 알고리즘 …": the next number of an outline is
            # its next item, and so is the one before it, whatever script follows them (no
            # capital letter to tell "1.1 代码开源" from "1.5 百万用户")
            if _follows(outline, numbered.group(1)):
                for raw_line in (record, unsure):
                    if raw_line is not None and not raw_line.item:
                        _outline_item(raw_line)
            outline, unsure = numbered.group(1), None if record.item else record
        elif record.heading or not record.indent:
            outline, unsure = "", None
        if not _continues(raws, record):
            raws.append(record)
    _nest_bullets_between_numbers(raws)
    lines = [line for r in raws for line in _lines(r)]
    _find_children(lines)
    return lines


_OUTLINE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$")


def _outline_item(record: _Raw) -> None:
    """Read a line "1.1 text" as a numbered item of an outline."""
    match = _OUTLINE_NUMBER.match(record.content)
    if match:
        record.item, record.numbered, record.content = True, True, match.group(2)


def _follows(above: str, number: str) -> bool:
    """Return True when `number` comes right after `above` in an outline ("2.1" → "2.2")."""
    if not above:
        return False
    head, _, last = above.rpartition(".")
    new_head, _, new_last = number.rpartition(".")
    return head == new_head and int(new_last) == int(last) + 1


def _nest_bullets_between_numbers(raws: list[_Raw]) -> None:
    """Nest bullets written flush between two numbered items under the item above them.

    Pasted plain text loses indentation: "2. Deployment frequency …", "•Onboarding, e.g. …",
    "•Focus, e.g. …", "3. Happiness …" — the bullets are points of item 2, not items of the list.
    """
    i = 0
    while i < len(raws):
        above = raws[i]
        run = i + 1
        while run < len(raws) and raws[run].item and not raws[run].numbered:
            run += 1
        bullets = raws[i + 1 : run]
        if (
            above.item
            and above.numbered
            and bullets
            and run < len(raws)
            and raws[run].item
            and raws[run].numbered
            and raws[run].indent == above.indent
            and all(b.indent == above.indent and not b.blank_before for b in bullets)
        ):
            for bullet in bullets:
                bullet.indent += 2
        i = max(run, i + 1)


_LEADING_BR = re.compile(r"<br\s*/?>\s*", re.I)


def _classify(number: int, indent: int, stripped: str, blank: bool) -> _Raw:
    quote = stripped.startswith(">")
    if quote:
        stripped = stripped.lstrip("> ").strip() or ">"
    if stripped[:3] in ("<br", "<BR") and (br := _LEADING_BR.match(stripped)):
        stripped = stripped[br.end() :] or stripped  # "<br>`Objective`- …": a line of its own
    heading = _HEADING.match(stripped) if stripped[0] == "#" else None
    if heading:
        return _Raw(
            number, indent, len(heading.group(1)), False, heading.group(2), quote, blank, False
        )
    listed = _BULLET.match(stripped) if stripped[0] in _BULLETS else None
    numbered = None if listed else _NUMBER.match(stripped)
    tight = None if listed or numbered else _TIGHT.match(stripped)
    match = listed or numbered or tight
    content = match.group(match.lastindex or 0) if match else stripped
    if match and content[:1] in _BULLETS and (inner := _BULLET.match(content)):
        content = inner.group(2)  # "* • text": a bullet typed inside a bullet
    numbered_item = bool(numbered) or bool(tight and stripped[0].isdigit())
    checked = bool(listed and listed.group(1) in ("x", "X"))
    lead = len(stripped) - len(content) if match else 0
    return _Raw(
        number, indent, 0, bool(match), content, quote, blank, numbered_item, checked, lead
    )  # fmt: skip


def _continues(raws: list[_Raw], record: _Raw) -> bool:
    """Join a wrapped line into the line above it; return True when joined."""
    if not raws or record.blank_before or record.heading or record.item or record.quote:
        return False
    above = raws[-1]
    if above.heading or above.quote:
        return False
    if _HEADER_ALONE.match(record.content):
        return False  # "key_results:", "Key results:": a header of its own, never a wrap
    if above.item:  # a list item wrapped onto a deeper line, unless it was a bold label only
        wrapped = record.indent > above.indent and not _bold_only(above.content)
        # a wrapped line goes on with words; "=1 full stack …", "(e.g. …)" written deeper than
        # the item's text are notes below it, but a line under its text goes on whatever opens it
        wrapped = wrapped and (
            record.content[:1].isalnum()
            or above.content.count("[") > above.content.count("]")
            or _under_text(above, record)
        )
    else:  # a sentence wrapped onto the next line: it goes on in lower case
        wrapped = record.content[:1].islower() and above.content[-1:] not in ".:!?"
        wrapped = wrapped and not record.content.startswith(("e.g.", "i.e."))  # an example
        # "… **a bold phrase" / "wrapped here** — …": a bold span left open goes on, in any script
        wrapped = wrapped or above.content.count("**") % 2 == 1 and record.content[:1].isalnum()
        wrapped = wrapped and record.indent >= above.indent
    if wrapped:
        above.content = f"{above.content} {record.content}"
    return wrapped


def _under_text(above: _Raw, record: _Raw) -> bool:
    """Return True for a line written under a list item's text that goes on with it.

    "  (steps 453, 497, 732), emitting …", "  `ursa-major/trial/…`) are …", "  "quoted" …": an
    indented line no deeper than where the item's text starts is its wrap whatever character
    opens it (first run of round 39), unless the item's sentence has ended; a bold line alone,
    a fence or a table row starts something of its own.
    """
    if record.indent > above.indent + above.lead + 1 or above.content[-1:] in ".!?。！？":
        return False  # deeper: a note; after a full stop: a line of its own ("\"Unnecessary\": …")
    content = record.content
    if content.startswith(_OWN_BLOCK) or _bold_only(content):
        return False
    return not (content[:1] in "\"“'‘" and _DEFINED_TERM.match(content))


_OWN_BLOCK = ("```", "~~~", "|", "<")
# '"Unnecessary": questions that should go to units': a term defined under the item, a note
_DEFINED_TERM = re.compile(r"^[\"“'‘][^\"“”'‘’]{1,40}[\"”'’]\s*[:：]")


def _bold_only(content: str) -> bool:
    return content.startswith(("**", "__")) and content.rstrip(" :").endswith(("**", "__"))


def _lines(record: _Raw) -> list[Line]:
    """Return the line(s) of a record: a table row can hold an objective and a key result."""
    out = []
    for part in record.content.split("\x1f"):
        line = Line(record.number, record.indent, record.heading, record.item, "")
        line.quote, line.blank_before, line.numbered = (
            record.quote, record.blank_before, record.numbered
        )  # fmt: skip
        _read_text(line, part)
        if record.checked and line.status is None:
            line.status = "done"  # "- [x] Ship the CLI": ticked off, unless a status says more
            line.ticked = True
        out.append(line)
    return out


def _read_text(line: Line, content: str) -> None:
    """Set the line's text, bold label and reported owner, score and status."""
    reported = (
        _reported(content)
        if STATUS in content or OWNER in content or SCORE in content or TARGET in content
        else {}
    )
    if reported:
        content = content[: min(content.find(sep) for sep in reported)]
    status = reported.get(STATUS, "")
    first = content[:1]
    if first and first in "[(" and (tag := _PRIORITY_TAG.match(content)):
        content = content[tag.end() :]
        first = content[:1]
    if first in _PRIORITY_FIRST and (lead := _PRIORITY_LEAD.match(content)):
        content = content[lead.end() :]
        first = content[:1]
    if line.heading and first in _WRONG_MARKS:
        line.wrong = True
    emphasised = None
    if first in "*_`":
        emphasised = _EMPHASISED_MARKER.match(content)
        if emphasised is None and first != "`":
            emphasised = _ITALIC_KR_WORD.match(content)
    if emphasised:
        content = f"{emphasised.group(2)}: {emphasised.group(3)}"
    elif first == "`" and (code := _CODE_MARKER.match(content)):
        content = f"{code.group(1)}: {code.group(2)}" if code.group(2) else code.group(1)
    elif content[:1] == "[" and (marker := _BRACKETED_MARKER.match(content)):
        content = f"{marker.group(1)}: {marker.group(2)}"
    elif line.heading and content[:1].isdigit() and (marker := _NUMBERED_MARKER.match(content)):
        content = content[marker.end() :]
    label = content[:1] in "*_" and (_BOLD_LABEL.match(content) or _ITALIC_LABEL.match(content))
    if label and label.group(1).rstrip()[-1:] in _OPENING_QUOTES:
        label = None  # "**Mission « **_**nous réalisons …**_** »**": a quote set in bold, no label
    if label:
        line.label = " ".join(label.group(1).split()).rstrip(":")
        if ")" in line.label and (translated := _TRANSLATED_MARKER.match(f"{line.label}:")):
            line.label = translated.group(1)
    linked = linked_item(content) if line.item and content[:1] == "[" else None
    line.bold = len(content) > 4 and content[:2] == content[-2:] in ("**", "__")
    line.italic = len(content) > 2 and content[0] == content[-1] in "*_" and content[1] not in "*_ "
    cleaned = linked or clean_title(_plain(content))
    line.text = cleaned.title
    if ")" in line.text[:60] and (translated := _TRANSLATED_MARKER.match(line.text)):
        line.text = f"{translated.group(1)}{translated.group(2)}"
    line.owner, line.score, line.struck = cleaned.owner, cleaned.score, cleaned.struck
    line.note = cleaned.note
    if reported.get(TARGET):  # a table's Target cell: read for the measure, never the title
        line.note = f"(target: {clean_title(_plain(reported[TARGET])).title})"
    line.status = _first(status) if status.strip() else cleaned.status  # a table's, or a note
    if cleaned.status and line.text[-1:] in ":：" and _STATUS_LABEL.match(line.text):
        line.text, line.status = f"{line.text} {cleaned.status}", None  # "Status: 🟡 At Risk"
    if reported.get(SCORE):  # '<span style="…">100% </span>': the cell's colour goes (18th round)
        score = reported[SCORE]
        line.score = field_value(_HTML_TAG.sub("", score) if "<" in score else score)[0]
    elif status.strip() and line.status is None:  # "| Progress |" holding "40%" or "0.7"
        line.score = field_value(status)[0]
    if reported.get(OWNER):
        line.owner = real_owner(clean_title(_plain(reported[OWNER])).title)


# A status field whose value is an emoji and its word ("**Status:** 🟡 At Risk"): the cleaning
# takes the value off as a status note and leaves the label alone; the line is the field's.
_STATUS_LABEL = re.compile(rf"^{STATUS_WORD}\s*[:：]$", re.I)


def _reported(content: str) -> dict[str, str]:
    """Return what a table row reports after the title: {separator: cell}."""
    found = {}
    for part in re.split(f"(?=[{STATUS}{OWNER}{SCORE}{TARGET}])", content)[1:]:
        found[part[0]] = part[1:]
    return found


# A status cell holding a rough progress share (after round 34's first run): "~60%", "≈60%",
# "ca. 60%", "approx. 60%", "aprox. 60%", "env. 60%", "etwa 60%", "około 60%", "около 60%",
# "约60%", "約60%", "약 60%". An exact share ("60%") stays a score.
_ABOUT_SHARE = re.compile(
    r"^(?:[~≈∼]|ca\.|circa|approx\.?|about|aprox\.?|env\.|environ|etwa|ungefähr|ok\.|około"
    r"|около|примерно|khoảng|yaklaşık|kira-kira|约|約|대략|약)\s*\d{1,3}(?:[.,]\d{1,2})?\s*%$",
    re.I,
)


def _first(status: str) -> str | None:
    cleaned: Cleaned = clean_title(_plain(status))
    if _ABOUT_SHARE.match(cleaned.title):
        return cleaned.title  # "~60%", "≈ 60%", "ca. 60%": a share given roughly, as written
    text = re.split(r"(?<=[a-z])[.;]\s|\s\(", cleaned.title, maxsplit=1)[0].strip(" .")
    if not any(ch.isalpha() for ch in text):
        return None  # "🟢 / 🟡 / 🔴", "[N%]": a template's placeholder, no status reported
    return text or None


def _find_children(lines: list[Line]) -> None:
    """Record, for each list item, the items nested directly below it."""
    for i, line in enumerate(lines):
        if not line.item:
            _list_below(lines, i)
            continue
        child_indent = None
        for j in range(i + 1, len(lines)):  # no slice: copying the rest made this quadratic
            nxt = lines[j]
            if not nxt.item or nxt.indent <= line.indent or nxt.heading:
                break
            child_indent = nxt.indent if child_indent is None else child_indent
            if nxt.indent == child_indent:
                line.children.append(nxt)


def _list_below(lines: list[Line], i: int) -> None:
    """Record the list right below a heading or a paragraph line, when one follows directly."""
    line = lines[i]
    first = lines[i + 1] if i + 1 < len(lines) else None
    if first is None or not first.item or (not line.heading and first.indent < line.indent):
        return
    for j in range(i + 1, len(lines)):  # no slice: copying the rest made this quadratic
        nxt = lines[j]
        if not nxt.item or nxt.indent < first.indent:
            break
        if nxt.indent == first.indent:
            line.children.append(nxt)
        if len(line.children) > 50:
            break


_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")


def _plain(text: str) -> str:
    """Return text without Markdown emphasis around or inside it."""
    if "**" in text or "__" in text:
        text = _EMPHASIS.sub("", text)
    text = text.strip()
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_":
        text = text[1:-1]
    return text.strip()
