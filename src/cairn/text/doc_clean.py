"""Clean a real OKR document before the outline reader places its lines.

Documents people publish carry more than objectives and key results: front matter, code fences,
HTML, tables, links, scores ("=> 63%", "0.60"), owners ("[kojii]", "@ana:") and status notes.
`clean_document` rewrites the text line for line (line numbers stay those of the source):
metadata blocks become blank, Markdown tables become plain OKR lines or score lines.
`clean_title` splits one line's text into the title as it should read and what it reports
(owner, score, status) so that none of it is parsed as a target.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cairn.text.doc_fields import field_rows
from cairn.text.html_okr_tables import html_tables
from cairn.text.outline_words import (
    KEY_RESULT_COLUMN,
    KEY_RESULT_WORD,
    KEY_RESULTS_HEADER,
    OBJECTIVE_COLUMN,
    OBJECTIVE_WORD,
    OWNER_WORD,
    PROGRESS_WORD,
    SCORE_WORD,
    STATUS_WORD,
    TARGET_WORD,
)

_FENCE = re.compile(r"^\s*(?:```|~~~)")
_HTML_ONLY = re.compile(r"^\s*(?:<[^>]{1,80}>\s*)+$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_KR_ID = re.compile(rf"^(?:{KEY_RESULT_WORD}|key\s*results?)\s*[#\-]?\s*[\d.\-]*$", re.I)
# Columns named in any of the languages of outline_words: "Key Result", "Ключевые результаты",
# "Resultado clave", "关键结果" … ("Objective (Цель)": a translation in parentheses is allowed,
# and one in another script after a space: "Objective 目标", "Key Results 关键结果")
_TRANSLATION = r"(?:\s*\([^()]{1,40}\)|\s+[^\x00-\x7f\s][^\x00-\x7f]{0,15})?"
_KR_COLUMN = re.compile(rf"^{KEY_RESULT_COLUMN}{_TRANSLATION}$", re.I)
_OBJECTIVE_COLUMN = re.compile(rf"^{OBJECTIVE_COLUMN}{_TRANSLATION}$", re.I)
_STATUS_COLUMN = re.compile(
    rf"^(?:{STATUS_WORD}|{PROGRESS_WORD}|{SCORE_WORD}|result){_TRANSLATION}$", re.I
)
_STATE_COLUMN = re.compile(rf"^{STATUS_WORD}{_TRANSLATION}$", re.I)
# "Current Score", "Score (0-1)": a column of scores, apart from a Status column beside it
_SCORE_VALUE_COLUMN = re.compile(rf"^(?:current\s+|final\s+|latest\s+)?{SCORE_WORD}\b", re.I)
# "| Key Result | Target |", "| KR | Meta |", "| KR | Ziel |", "| KR | Целевое значение |": right of
# the key result column, the value it aims at (read for the measure, never the title)
_TARGET_COLUMN = re.compile(rf"^{TARGET_WORD}{_TRANSLATION}$", re.I)
_OWNER_COLUMN = re.compile(rf"^(?:{OWNER_WORD}|responsible|assignee|lead){_TRANSLATION}$", re.I)
_SCORE_COLUMN = re.compile(r"^kr\s*#?\s*(\d+)$", re.I)
_BOLD_NUMBER = re.compile(r"\*\*\s*(-?\d+(?:\.\d+)?)\s*\*\*")
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$")
_LINK = re.compile(r"!?\[((?:[^\[\]\\]|\\.)*)\]\(([^()\s]*(?:\([^()]*\))?[^()\s]*)\)")
_ISSUE_TEXT = re.compile(
    r"^(?:issue|pr|pull request|bug|ticket|epic|story)?\s*#?\s*\d+$|^#\d+$", re.I
)
_SUB = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
_SUP = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
# Only sub/superscripts and line breaks: other tags are someone's literal text ("<b>" stays).
_TAG = re.compile(r"<(sub|sup)>([^<]{0,20})</\1>|<br\s*/?>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_SCORE_ARROW = re.compile(r"\s*(?:=>|⇒|→)\s*(\d{1,3}(?:\.\d+)?)\s*%\s*$")
# "… (score: 0.7)", "… [progress: 40%]", "… (Прогресс: 40%)": a reported score, never a target
_SCORE_SUFFIX = re.compile(
    rf"\s*[(\[]\s*(?:{SCORE_WORD}|{PROGRESS_WORD})\s*[:：=]\s*(\d{{1,3}}(?:\.\d+)?)\s*(%?)"
    r"\s*[)\]]\s*$",
    re.I,
)
# "… [1/5]", "… [12/14]", "…[30%]": progress in square brackets closing the line, a score
_BRACKET_PROGRESS = re.compile(
    r"\s*\[\s*(?:(\d{1,4})\s*/\s*(\d{1,4})|(\d{1,3}(?:\.\d+)?)\s*%)\s*\]$"
)
# "… - Current Score: 5/10", "… — Score: 60%", "… | Score: 0.7": a score field after a dash
_DASHED_SCORE = re.compile(
    rf"\s+[-–—|]\s+(?:current\s+|latest\s+)?{SCORE_WORD}\s*[:：]\s*"
    r"(?:(\d{1,4})\s*/\s*(\d{1,4})|(\d{1,3}(?:\.\d+)?)\s*%|(0(?:\.\d+)?|1(?:\.0+)?))\s*$",
    re.I,
)
_SCALE = re.compile(r"\s*\(\s*0(?:\.0)?\s*(?:→|->|to|-)\s*1(?:\.0)?\s*\)\s*$")
_CHECKBOX = re.compile(r"\s+-?\s*\[[ xX]?\]\s*$")
# a grade alone in a trailing parenthesis, "(0.7)", "(1.0)", "(0.25)": written as a decimal 0-1
_BARE_SCORE = re.compile(r"\s*\((0\.\d{1,2}|1\.00?)\)$")
_HANDLE_PREFIX = re.compile(r"^@([\w.-]{1,39})\s*(?::|\s[-–—])\s+(.+)$")
_DRI_PREFIX = re.compile(r"^(?:dri|owner)\s*:\s*([^,;—–·]{1,60}?)\s*(?:[,;—–·]|\s-)\s+(.+)$", re.I)
# A blank owner a template leaves to fill in: "Owner: ___", "DRI: TBD", "Owner: [name]"
_PLACEHOLDER = re.compile(
    r"^(?:[_\-–—?.…\s]*|tbd|tba|n/?a|none|\[[^\]]*\]|<[^>]*>|\{[^}]*\})$", re.I
)
_TRAILING_OWNER_SCORE = re.compile(
    r"^(.*?\S)\s+\\?\[?((?:[\w.-]+)(?:,\s*[\w.-]+)*)\\?\]?\s+(1(?:\.0+)?|0(?:\.\d+)?)$"
)
# Status notes in the languages of outline_words: "(hecho)", "— erledigt", "[в работе]", "（已完成）"
_OTHER_STATUS = (
    "hecho", "completado", "completada", "logrado", "en curso", "en progreso", "bloqueado",
    "cancelado", "feito", "concluído", "concluída", "alcançado", "em andamento", "em progresso",
    "fait", "terminé", "atteint", "en cours", "bloqué", "annulé", "erledigt", "erreicht",
    "abgeschlossen", "in arbeit", "blockiert", "fatto", "completato", "raggiunto", "in corso",
    "выполнено", "готово", "достигнуто", "в работе", "в процессе", "заблокировано",
    "tamamlandı", "devam ediyor", "hoàn thành", "đang thực hiện", "已完成", "进行中", "進行中",
    "未开始", "已达成", "完了", "達成", "未着手", "완료", "진행 중", "진행중", "달성",
)  # fmt: skip
_STATUS_SUFFIX = re.compile(
    rf"\s*(?:[(（](?:{STATUS_WORD}\s*[:：]\s*)?|[-–—]\s+(?:{STATUS_WORD}\s*[:：]\s*)?|\[)"
    r"(done|completed?|achieved|met|missed|not met|on track|off track|at risk|blocked|"
    r"in progress|not started|dropped|cancelled|canceled|deferred|"
    + "|".join(_OTHER_STATUS)
    + r")[)\]）]?\s*\.?$",
    re.I,
)
_STATUS_WORDS = (
    "done", "complete", "completed", "achieved", "met", "missed", "track", "risk", "blocked",
    "progress", "started", "dropped", "cancelled", "canceled", "deferred", *_OTHER_STATUS,
)  # fmt: skip
_STRUCK = re.compile(r"^(?:[^~:]{0,24}:\s*)?~~.+~~")  # "KR 3: ~~Ship the site~~ removed"
_NOTE = re.compile(r"\s+>([a-z][^>]{2,})$")  # "optimize performance >needs a baseline"
# "… (target: 25.0)", "… (target: 100.0) - Current: 1.0": what an OKR tool's export appends,
# a bare number restating the target (never "(target TBD)" or "(Target: 10,000+)")
_EXPORTED_TARGET = re.compile(
    r"\s*\(target:\s*-?\d+(?:\.\d+)?\)(?:\s+[-–—]\s+current:\s*-?\d+(?:\.\d+)?)?\s*$", re.I
)
_KR_PREFIX = re.compile(
    rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*\d+(?:[.\-]\d+)*\s*[:：.)\-–—]?\s*(?<=[\s:：])", re.I
)


# A trailing mark that reports the key result done: "… every link resolves ✅", also with the
# word and a note: "✅ DONE (ONTOLOGY.md)", "✅ Done (see #12)".
_DONE_MARK = re.compile(
    r"\s*[✅✔☑]\ufe0f?(?:\s*(?:done|complete|completed)\b)?(?:\s*\([^()]*\))?\s*$", re.I
)
# A status word after a status emoji: "… ✳ in progress", "… 🚧 blocked".
_MARKED_STATUS = re.compile(
    r"\s+[✳✴🚧⏳🔄🟢🟡🔴⚠❌]\ufe0f?\s*(done|completed?|achieved|met|missed|not met|on track"
    r"|off track|at risk|blocked|in progress|not started|dropped|cancelled|canceled|deferred)"
    r"\s*\.?$",
    re.I,
)
_KR_CELL_SPLIT = re.compile(r"\s+[·•]\s+|\s*<br\s*/?>\s*|\s*;\s+(?=kr\s*\d)", re.I)
# "1. …", "2) …", "- …", "• …": an item of a list written inside a table cell
_CELL_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
# "O1: …", "Objective 2 – …", "O1 提升财务表现" (an id of one or two digits, then a space)
_OBJECTIVE_CELL_PREFIX = re.compile(
    rf"^{OBJECTIVE_WORD}\s*[#\-]?\s*(?:\d+(?:[.\-]\d+)?\s*[:：.)\-–—]|\d{{1,2}}\s)\s*", re.I
)


def _has_done_mark(text: str) -> bool:
    """Return True when a done mark ends the text after some words (a cheap test first)."""
    return ("✅" in text or "✔" in text or "☑" in text) and bool(
        text[:1].isalnum() or text[:1] in "`*_[(\"'"
    )


def _decoration(ch: str) -> bool:
    """Return True for an emoji or pictograph that decorates a title ("🎯 Objective 1: …")."""
    return unicodedata.category(ch) in ("So", "Mn", "Cf") or ch == "\ufe0f"


def _strip_decoration(text: str) -> str:
    """Return the text without the emoji that lead it."""
    at = 0
    while at < len(text) and (_decoration(text[at]) or (at and text[at] == " ")):
        at += 1
    return text[at:] if at and at < len(text) else text


def _emoji(ch: str) -> bool:
    """Return True for an emoji: pictographs, dingbats and their variation selector (not "°")."""
    code = ord(ch)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or ch == "\ufe0f"


def _strip_trailing_emoji(text: str) -> str:
    """Return the text without the emoji that end it ("App Store Ready 🍎")."""
    end = len(text)
    while end and (_emoji(text[end - 1]) or text[end - 1] == " "):
        end -= 1
    return text[:end] if end else text


@dataclass(frozen=True)
class Cleaned:
    """A line's title as it should read, and what it reports beside it."""

    title: str
    owner: str | None = None
    score: float | None = None
    status: str | None = None
    struck: bool = False  # written struck through: removed by its authors
    note: str = ""  # an exported "(target: 25.0)" taken off the title, still read for the measure


def _bracket_progress(match: re.Match[str]) -> float | None:
    """Return the score "[1/5]" or "[30%]" states (0-1), None for more than all of it."""
    if match.group(3) is None and match.group(1) is None:
        return None
    if match.group(3) is not None:
        value = float(match.group(3)) / 100
    else:
        done, total = int(match.group(1)), int(match.group(2))
        value = done / total if total else 2.0
    return value if 0 <= value <= 1 else None


_SCORE_ENDS = "0123456789%"


def _dashed_score(text: str) -> tuple[float, str] | None:
    """Return the score and the title of "… - Current Score: 5/10" ("— Score: 60%"), else None."""
    colon = text.rfind(":")
    if colon <= 0 or colon < len(text) - 14:
        return None  # the score field closes the line
    tail = text[max(0, colon - 40) :]
    if not (match := _DASHED_SCORE.search(tail)):
        return None
    score = _bracket_progress(match)
    if score is None and match.group(4) is not None:
        score = float(match.group(4))
    if score is None:
        return None
    return score, text[: len(text) - len(tail) + match.start()].rstrip()


def clean_title(text: str) -> Cleaned:
    """Return the title of a line with links, escapes, HTML, scores, owners and status apart."""
    # Each pattern runs only when its tell-tale character is there: imports read 10,000s of lines.
    struck = "~~" in text and bool(_STRUCK.match(text.strip()))
    owner = score = status = None
    text = _links(text)
    if "<" in text:
        text = _TAG.sub(_tag, text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if struck:
        text = text.replace("~~", "")
    if "[" in text:
        text = _CHECKBOX.sub("", text)
    text = " ".join(text.split())
    if len(text) > 2 and text[0] == text[-1] == "`":
        text = text[1:-1].strip()
    if text and ord(text[0]) > 0x2000:
        text = _strip_decoration(text)
    if ("=>" in text or "⇒" in text or "→" in text) and (match := _SCORE_ARROW.search(text)):
        score, text = float(match.group(1)) / 100, text[: match.start()].rstrip()
        if len(text) > 2 and text[0] == text[-1] == "`":
            text = text[1:-1].strip()
    if text.endswith(")") and (match := _SCALE.search(text)):  # "(0.0 → 1.0)": its scale
        text = text[: match.start()].rstrip()
    if score is None and text.endswith((")", "]")) and (match := _SCORE_SUFFIX.search(text)):
        value = float(match.group(1))
        value = value / 100 if match.group(2) or value > 1 else value
        if 0 <= value <= 1:
            score, text = value, text[: match.start()].rstrip()
    if score is None and text[-1:] in _SCORE_ENDS and (dashed := _dashed_score(text)):
        score, text = dashed
    if score is None and text.endswith("]") and (match := _BRACKET_PROGRESS.search(text)):
        score = _bracket_progress(match)
        text = text[: match.start()].rstrip() if score is not None else text
    if score is None and text.endswith(")") and (match := _BARE_SCORE.search(text)):
        score, text = float(match.group(1)), text[: match.start()].rstrip()
    prefixed = text[:1] == "@" or text[:3].lower() in ("dri", "own")
    prefixed = prefixed and not _owner_list(text)  # "Owner: Ana · Ben": one field of owners
    if prefixed and (match := _HANDLE_PREFIX.match(text) or _DRI_PREFIX.match(text)):
        owner, text = real_owner(match.group(1)), match.group(2).strip()
    if " >" in text and (match := _NOTE.search(text)):
        status, text = match.group(1).strip(), text[: match.start()]
    tail = text.rstrip(" .)]）").lower()
    if (
        tail.endswith(_STATUS_WORDS)
        and (match := _STATUS_SUFFIX.search(text))
        or tail.endswith(_STATUS_WORDS)
        and (match := _MARKED_STATUS.search(text))
    ):
        status, text = match.group(1), text[: match.start()].rstrip(" -–—")
    elif status is None and _has_done_mark(text) and (match := _DONE_MARK.search(text)):
        status, text = "done", text[: match.start()].rstrip(" -–—")
    if text and ord(text[-1]) > 0x2000:
        text = _strip_trailing_emoji(text)
    note = ""
    if "arget" in text and (match := _EXPORTED_TARGET.search(text)):
        note, text = match.group(0).strip(), text[: match.start()]
    return Cleaned(text.strip(), owner, score, status, struck, note)


# "Owner: Dev A (finance) · Dev B (infra)": names joined by "·", each part a name (two words at
# most, a note in parentheses allowed), no digit: one field of owners, not an owner and a title
_OWNER_LIST = re.compile(
    r"^(?:dri|owners?)\s*:\s*(?:[^\W\d]+(?:\s[^\W\d]+)?(?:\s*\([^()\d]{1,30}\))?)"
    r"(?:\s*·\s*[^\W\d]+(?:\s[^\W\d]+)?(?:\s*\([^()\d]{1,30}\))?)+$",
    re.I,
)


def _owner_list(text: str) -> bool:
    """Return True for an owner field listing several owners ("Owner: Ana · Ben")."""
    return "·" in text and bool(_OWNER_LIST.match(text))


def real_owner(owner: str) -> str | None:
    """Return the owner, or None for a template's blank ("___", "TBD", "[name]")."""
    owner = owner.strip()
    return None if _PLACEHOLDER.match(owner) else owner


def linked_item(text: str) -> Cleaned | None:
    """Return the title, owners and score of "[Title](#anchor) owner 0.60"; None otherwise.

    Status pages list each key result as a link to its details, then its owners and score
    ("[Ship CSS containment](#o0r0) leviw 0.60", "[…](#o1r0) \\[jchaffraix\\] 0.3").
    """
    match = _LINK.match(text.strip())
    if not match or not match.group(2).startswith("#"):
        return None
    rest = text.strip()[match.end() :].strip()
    tail = _TRAILING_OWNER_SCORE.match("x " + rest) if rest else None
    title = clean_title(match.group(1)).title
    if not tail:
        return Cleaned(title) if not rest else None
    owners = tail.group(2).replace("\\", "")
    return Cleaned(title, owners, float(tail.group(3)))


def field_value(value: str) -> tuple[float | None, str | None]:
    """Return (score, None) for "0.6", "1.0" or "63%", else (None, the status it names)."""
    value = " ".join(_ESCAPE.sub(r"\1", value).replace("*", "").split())
    if match := _NUMBER.match(value):
        number = float(match.group(1))
        number = number / 100 if match.group(2) or number > 1 else number
        return (number if 0 <= number <= 1 else None), None
    first = re.split(r"(?<=[a-z])[.;]\s|\s\(", value, maxsplit=1)[0].strip(" .")
    return None, first or None


def clean_document(text: str, *, code: bool = False) -> list[str]:
    """Return the document's lines with metadata blanked and tables turned into OKR lines.

    What closed code fences hold is blanked too, unless `code` (the fence lines always are).
    """
    text = text.removeprefix("\ufeff")  # a byte-order mark is no part of the first title
    if "\u2060" in text or "\u200b" in text:  # word joiners, zero-width spaces: invisible glue
        text = text.replace("\u2060", "").replace("\u200b", "")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = list(lines)
    _blank_front_matter(out)
    if not code:
        _blank_code(out)
    if "<table" in text or "<TABLE" in text:  # "<td rowspan=6>O1 …</td>": as Markdown tables
        html_tables(out, lambda header, rows: _rows([_bare(c) for c in header], rows))
    for i, line in enumerate(out):
        if _FENCE.match(line) or _HTML_ONLY.match(line):
            out[i] = ""
    i = 0
    while i < len(out):
        if _is_row(out[i]) and i + 1 < len(out) and _TABLE_RULE.match(out[i + 1]):
            i = _table(out, i)
        else:
            i += 1
    return out


def first_code_block(text: str) -> int | None:
    """Return the 1-based line of the first closed code fence, or None when there is none."""
    opened = None
    for number, line in enumerate(text.splitlines(), 1):
        if _FENCE.match(line):
            if opened is not None:
                return opened
            opened = number
    return None


def _blank_code(lines: list[str]) -> None:
    """Blank what a closed code fence holds: a template or an example is not the document's
    OKRs ("```markdown / # OKR Dashboard — Q{{N}}"). An unclosed fence blanks only itself:
    documents pasted whole after a stray "```" are still read."""
    opened: int | None = None
    for i, line in enumerate(lines):
        if not _FENCE.match(line):
            continue
        if opened is None:
            opened = i
        else:
            for j in range(opened, i + 1):
                lines[j] = ""
            opened = None


_YAML_KEY = re.compile(r"^\s*[\w.\-\"' ]{1,60}:(?:\s|$)")
_MD_HEADING = re.compile(r"^#{1,6}\s")


def _blank_front_matter(lines: list[str]) -> None:
    """Blank YAML front matter: "---" on the first line up to the next "---".

    It opens right away with its fields ("title: …"), and holds no Markdown heading: a page
    that starts with a horizontal rule over a blank line and "## …" is no front matter.
    """
    if not lines or lines[0].strip() != "---" or len(lines) < 2 or not lines[1].strip():
        return
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() == "---":
            block = lines[1:end]
            if any(_MD_HEADING.match(x) for x in block) or not any(map(_YAML_KEY.match, block)):
                return
            for j in range(end + 1):
                lines[j] = ""
            return


def _links(text: str) -> str:
    """Return text with links read as their text; issue references and images dropped."""

    def one(match: re.Match[str]) -> str:
        label = match.group(1).strip()
        if match.group(0).startswith("!") or _ISSUE_TEXT.match(_ESCAPE.sub(r"\1", label)):
            return ""
        return label

    if "](" in text:
        text = _LINK.sub(one, text)
    if "://" in text:  # a bare URL: its digits and escapes are no measure, and no title
        text = _BARE_URL.sub(lambda m: _bare_url(m, text), text)
    return text


_BARE_URL = re.compile(r"<?\b[a-z][a-z+.-]*://[^\s>)]+>?")


def _bare_url(match: re.Match[str], text: str) -> str:
    """Drop a bare URL, unless it is a word of a sentence and holds no digit or escape.

    "Render all content on https://hackclub.com" keeps its address; a URL with digits or
    %-escapes (an issue, a report id) is dropped so none of it is read as a number, and so is
    a URL standing alone (a reference, not a title).
    """
    url = match.group(0)
    alone = not (text[: match.start()].strip() and any(c.isalpha() for c in text[: match.start()]))
    if alone or url[0] == "<" or any(c.isdigit() or c == "%" for c in url):
        return ""
    return url


def _tag(match: re.Match[str]) -> str:
    """Return N<sub>2</sub> as N₂ (never a number) and drop a line break."""
    if match.group(1):
        table = _SUB if match.group(1).lower() == "sub" else _SUP
        return match.group(2).translate(table)
    return ""


# What a table row reports beside a key result's title, each after its separator.
STATUS, OWNER, SCORE, TARGET = "\x1e", "\x1d", "\x1c", "\x1a"


def _is_row(line: str) -> bool:
    return line.strip().startswith("|") or line.count("|") >= 2


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def _table(lines: list[str], start: int) -> int:
    """Rewrite the table at `start` in place; return the index after it."""
    header = [_bare(c) for c in _cells(lines[start])]
    end = start + 2
    while end < len(lines) and lines[end].strip() and _is_row(lines[end]):
        end += 1
    rows = [_cells(lines[j]) for j in range(start + 2, end)]
    fields = field_rows(header, rows) if len(header) == 2 else None
    rewritten = fields[1] if fields else _rows(header, rows)
    lines[start] = lines[start + 1] = ""
    if fields:  # "| Owner | Ana |" first: a header-less field table
        lines[start] = fields[0]
    for j, row in enumerate(rewritten, start + 2):
        lines[j] = row
    return end


def _bare(cell: str) -> str:
    return " ".join(cell.replace("*", "").replace("_", " ").split())


def _rows(header: list[str], rows: list[list[str]]) -> list[str]:
    """Return one OKR line per row: "Objective: …", "KR: … (status: …)", scores, or blank."""
    scores = [n for n, h in enumerate(header) if _SCORE_COLUMN.match(h)]
    if scores and _worded(rows, scores):  # "| Objective | KR1 | KR2 |": key results in columns
        return _kr_columns(header, rows, scores)
    if scores:  # "| Date | KR #1 | KR #2 | Total |": a score table of the objective above
        return [_score_line(row, scores) for row in rows]
    kr = next((n for n, h in enumerate(header) if _KR_COLUMN.match(h)), None)
    objective = next((n for n, h in enumerate(header) if _OBJECTIVE_COLUMN.match(h)), None)
    if objective is not None and kr is not None and objective > kr:
        objective = None  # "| KR | Ziel | Status |": right of the key result, a target column
    if kr is None:
        # a schedule, a team list, a metrics table: not OKRs, unless its rows are marked
        return _id_rows(header, rows) or [""] * len(rows)
    counts = [row[kr] for row in rows if kr < len(row) and row[kr].strip()]
    if counts and all(_KR_COUNT.match(_bare(cell)) for cell in counts):
        return [""] * len(rows)  # "| O1: SaaS Ready | 5 KRs | Backend |": a summary, not OKRs
    # a Status column first; else a Progress / Score column, read as a score or a status
    status = next((n for n, h in enumerate(header) if _STATE_COLUMN.match(h)), None)
    if status is None:
        status = next((n for n, h in enumerate(header) if _STATUS_COLUMN.match(h)), None)
    score = next(
        (n for n, h in enumerate(header) if _SCORE_VALUE_COLUMN.match(h) and n != status), None
    )
    owner = next((n for n, h in enumerate(header) if _OWNER_COLUMN.match(h)), None)
    target = next(
        (n for n, h in enumerate(header) if n > kr and n != objective and _TARGET_COLUMN.match(h)),
        None,
    )
    out, named = [], ""
    for row in rows:
        row = row + [""] * (len(header) - len(row))
        title = row[kr]
        if _KR_ID.match(_bare(title)) and kr + 1 < len(row):
            title = row[kr + 1]  # "| KR 1.1 | Deploy all 7 agents … |": the id, then the text
        parts = [p for p in _KR_CELL_SPLIT.split(title.strip()) if p.strip()]
        if len(parts) >= 2 and all(_CELL_ITEM.match(p) for p in parts):
            parts = [_CELL_ITEM.sub("", p) for p in parts]  # "1. … <br>2. …": a list in a cell
        elif len(parts) < 2 or sum(bool(_KR_PREFIX.match(p)) for p in parts) < len(parts):
            parts = [title.strip()]  # "KR1: … · KR2: … · KR3: …": three key results in one cell
        lines = []
        for part in parts:
            part = _KR_PREFIX.sub("", part)  # "KR1.1 Soft disclosure": the id goes
            if part:  # the row's status, score and owner, each after its own separator
                reported = ((STATUS, status), (SCORE, score), (OWNER, owner), (TARGET, target))
                for sep, column in reported:
                    if column is not None and row[column].strip():
                        part += f"{sep}{row[column].strip()}"
            lines.append(f"KR: {part}" if part else "")
        line = "\x1f".join(x for x in lines if x)
        cell = row[objective].strip() if objective is not None else ""
        if cell and cell != named:  # two lines on one source line; a repeated cell is the same
            name = _OBJECTIVE_CELL_PREFIX.sub("", cell.replace("**", "").strip())
            line = f"Objective: {name}\x1f{line}"
            named = cell
        out.append(line)
    return out


# A key result cell counting them: "5 KRs", "4 key results", "3 resultados-chave", "2"
_KR_COUNT = re.compile(
    rf"^\d{{1,3}}(?:\s*(?:{KEY_RESULT_WORD}s?|{KEY_RESULTS_HEADER}|个|項目?|개))?\.?$", re.I
)
_OBJECTIVE_ID = re.compile(rf"^{OBJECTIVE_WORD}\s*[#\-]?\s*\d+(?:[.\-]\d+)?$", re.I)


def _id_rows(header: list[str], rows: list[list[str]]) -> list[str] | None:
    """Return "O1: …" / "KR 1.1: …" lines for a table whose first column marks each row.

    "| ID | Description | Owner |" over "| O1 | Grow the base |" and "| KR 1.1 | Reach 50 users |"
    rows (the text in the next cell), or "| Objective / Key result | Owner |" over
    "| O1: Grow the base |" and "| KR 1.1: Reach 50 users |" (the marker in the cell): every
    row names an objective or a key result, and both come. An owner or status column reports as
    in a Key result table. None otherwise.
    """
    kinds, texts = [], []
    for row in rows:
        first = _bare(row[0]) if row else ""
        if _OBJECTIVE_ID.match(first) or _KR_ID.match(first) and any(c.isdigit() for c in first):
            kinds.append("o" if _OBJECTIVE_ID.match(first) else "kr")
            texts.append(f"{first}: {row[1].strip()}" if len(row) > 1 and row[1].strip() else "")
        elif _OBJECTIVE_CELL_PREFIX.match(first) or _KR_PREFIX.match(first):
            kinds.append("o" if _OBJECTIVE_CELL_PREFIX.match(first) else "kr")
            texts.append(row[0].strip())
        else:
            return None
    if "o" not in kinds or "kr" not in kinds:
        return None
    status = next((n for n, h in enumerate(header) if n and _STATUS_COLUMN.match(h)), None)
    owner = next((n for n, h in enumerate(header) if n and _OWNER_COLUMN.match(h)), None)
    out = []
    for row, kind, text in zip(rows, kinds, texts, strict=True):
        row = row + [""] * (len(header) - len(row))
        if text:  # the status of a key result; the owner of either
            for sep, column in ((STATUS, None if kind == "o" else status), (OWNER, owner)):
                if column is not None and row[column].strip():
                    text += f"{sep}{row[column].strip()}"
        out.append(text)
    return out


def _worded(rows: list[list[str]], columns: list[int]) -> bool:
    """Return True when the KR-numbered columns hold sentences, not scores."""
    cells = [row[n] for row in rows for n in columns if n < len(row) and row[n].strip()]
    worded = sum(len(_WORD.findall(cell)) >= 2 for cell in cells)  # two words or more
    return bool(cells) and 2 * worded > len(cells)


_WORD = re.compile(r"[^\W\d_]{2,}")


def _kr_columns(header: list[str], rows: list[list[str]], columns: list[int]) -> list[str]:
    """Return the lines of a table with one objective per row and its key results in columns.

    "| Objective | KR1 | KR2 | KR3 |" over "| Grow | Reach 50 users | Launch the app | |": the
    objective column (else the first column) names the objective, each non-empty KR cell is a key
    result, on one source line.
    """
    objective = next((n for n, h in enumerate(header) if _OBJECTIVE_COLUMN.match(h)), 0)
    out = []
    for row in rows:
        row = row + [""] * (len(header) - len(row))
        parts = [f"KR: {row[n].strip()}" for n in columns if row[n].strip()]
        name = _OBJECTIVE_CELL_PREFIX.sub("", row[objective].strip().replace("**", "").strip())
        if name and objective not in columns:
            parts.insert(0, f"Objective: {name}")
        out.append("\x1f".join(parts))
    return out


def _score_line(row: list[str], columns: list[int]) -> str:
    values = []
    for n in columns:
        cell = row[n] if n < len(row) else ""
        bold = _BOLD_NUMBER.findall(cell)
        plain = _NUMBER.match(cell.replace("*", ""))
        values.append(bold[-1] if bold else plain.group(1) if plain else "-")
    return "Scores: " + " | ".join(values)
