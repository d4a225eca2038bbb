"""Clean a real OKR document before the outline reader places its lines.

Documents people publish carry more than objectives and key results: front matter, code fences,
HTML, tables, links, scores ("=> 63%", "0.60"), owners ("[kojii]", "@ana:") and status notes.
`clean_document` rewrites the text line for line (line numbers stay those of the source):
metadata blocks become blank, Markdown tables become plain OKR lines or score lines
(`cairn.text.markdown_okr_tables`).
`clean_title` splits one line's text into the title as it should read and what it reports
(owner, score, status) so that none of it is parsed as a target.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cairn.text.doc_columns import drop_quarter_columns
from cairn.text.doc_dash_fields import dash_grade, dash_handle
from cairn.text.doc_dash_progress import dash_progress, siblings
from cairn.text.doc_front_matter import restate_objective, stated_objective
from cairn.text.doc_heading_attributes import attribute_blocks, target_labels
from cairn.text.doc_title_links import title_links
from cairn.text.html_details import details_blocks
from cairn.text.html_headings import html_headings
from cairn.text.html_lists import html_lists
from cairn.text.html_okr_tables import html_tables
from cairn.text.markdown_okr_tables import markdown_tables, okr_rows
from cairn.text.outline_words import (
    PROGRESS_WORD,
    SCORE_WORD,
    STATUS_WORD,
)

_FENCE = re.compile(r"^\s*(?:```|~~~)")
_HTML_ONLY = re.compile(r"^\s*(?:<[^>]{1,80}>\s*)+$")
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$")
_LINK = re.compile(r"!?\[((?:[^\[\]\\]|\\.)*)\]\(([^()\s]*(?:\([^()]*\))?[^()\s]*)\)")
_ISSUE_TEXT = re.compile(
    r"^(?:issue|pr|pull request|bug|ticket|epic|story)?\s*#?\s*\d+$|^#\d+$", re.I
)
_SUB = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
_SUP = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
# Only sub/superscripts and line breaks: other tags are someone's literal text ("<b>" stays).
# "N<sub>2</sub>", a line break, and an empty anchor a docs page gives a heading to link to
# ('## <a name="examples-of-okrs"></a>Examples of OKRs', fifteenth round): markup, no text
_TAG = re.compile(
    r"<(sub|sup)>([^<]{0,20})</\1>|<br\s*/?>"
    r"|<a\s+(?:name|id)\s*=\s*[\"'][^\"'<>]{0,200}[\"']\s*/?>\s*(?:</a>)?",
    re.I,
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_SCORE_ARROW = re.compile(r"\s*(?:=>|⇒|→)\s*(\d{1,3}(?:\.\d+)?)\s*%\s*$")
# "→" right after a share that a "from" opens ("Increase activation from 28% → 40%") is the change
# from that share to the next, its target, not a score reported after the title ("=> 63%" and a
# share closing a title, "… about 30% => 70%", stay scores).
_FROM_SHARE_BEFORE = re.compile(r"(\S+)\s+\S*\d\s*%\s*$")
_FROM_WORDS = frozenset(["from", "de", "desde", "von", "da", "dal", "du", "từ", "dari", "с", "от"])
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
# (nineteenth round: "(0,8)" with a decimal comma; "(1)", "(0)" right after a sentence's end;
# twenty-sixth: "( 0.8 )" of a quarter review, and any grade after a closing dash,
# "… -- (0.9)", "… -- (1)")
_BARE_SCORE = re.compile(
    r"\s*\(\s?(0[.,]\d{1,2}|1[.,]00?)\s?\)$|(?<=[.!])\s*\(([01])\)$"
    r"|\s+(?:--|[-–—])\s?\(\s?(0(?:[.,]\d{1,3})?|1(?:[.,]0{1,3})?)\s?\)$"
)
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
    # after round 33's first run: "— confirmed", "— đã xong", "— 完成", "— bestätigt"
    "confirmado", "confirmada", "terminado", "finalizado", "confirmé", "confirmée", "bestätigt",
    "fertig", "confermato", "подтверждено", "завершено", "onaylandı", "đã xong", "xong",
    "đã hoàn thành", "hoàn tất", "đã xác nhận", "完成", "已确认", "已確認", "確定", "完成済み",
    "확정", "완료됨",
    # after round 34's first run: "[待启动]", a goal not yet started
    "待启动", "待啟動", "待开始", "待開始", "未启动", "未啟動", "未開始", "시작 전",
    # thirty-third reader round: a key result dropped or descoped mid-cycle, "[descoped]",
    # "(descartado)", "[gestrichen]", "（已放弃）"
    "descoped", "de-scoped", "descartado", "descartada", "abandonné", "abandonnée", "gestrichen",
    "geschrapt", "porzucony", "porzucona", "отменён", "отменен", "отменено", "已放弃", "已放棄",
    "已取消", "中止", "取り下げ", "중단", "취소", "dibatalkan",
)  # fmt: skip
_STATUS_SUFFIX = re.compile(
    rf"\s*(?:[(（](?:{STATUS_WORD}\s*[:：]\s*)?|[-–—]\s+(?:{STATUS_WORD}\s*[:：]\s*)?|\[)"
    r"(done|completed?|achieved|met|missed|not met|on track|off track|at risk|blocked|confirmed|"
    r"in progress|not started|dropped|cancelled|canceled|deferred|"
    + "|".join(_OTHER_STATUS)
    + r")[)\]）]?\s*\.?$",
    re.I,
)
_STATUS_WORDS = (
    "done", "complete", "completed", "achieved", "met", "missed", "track", "risk", "blocked",
    "confirmed",
    "progress", "started", "dropped", "cancelled", "canceled", "deferred", *_OTHER_STATUS,
)  # fmt: skip
_STRUCK = re.compile(r"^(?:[^~:]{0,24}:\s*)?~~.+~~")  # "KR 3: ~~Ship the site~~ removed"
_NOTE = re.compile(r"\s+>([a-z][^>]{2,})$")  # "optimize performance >needs a baseline"
# "… (target: 25.0)", "… (target: 100.0) - Current: 1.0": what an OKR tool's export appends,
# a bare number restating the target (never "(target TBD)" or "(Target: 10,000+)")
_EXPORTED_TARGET = re.compile(
    r"\s*\(target:\s*-?\d+(?:\.\d+)?\)(?:\s+[-–—]\s+current:\s*-?\d+(?:\.\d+)?)?\s*$", re.I
)


# A trailing mark that reports the key result done: "… every link resolves ✅", also with the
# word and a note: "✅ DONE (ONTOLOGY.md)", "✅ Done (see #12)"; the plain check mark and a
# full-width note after it too: "AGENTS.md（角色定义）✓", "memory/ 目录（子文件）✓（本次）".
_DONE_MARK = re.compile(
    r"\s*[✅✔☑✓]\ufe0f?(?:\s*(?:done|complete|completed)\b)?"
    r"(?:\s*(?:\([^()]*\)|（[^（）]*）))?\s*$",
    re.I,
)
# A status word after a status emoji: "… ✳ in progress", "… 🚧 blocked".
_MARKED_STATUS = re.compile(
    r"\s+[✳✴🚧⏳🔄🟢🟡🔴⚠❌]\ufe0f?\s*(done|completed?|achieved|met|missed|not met|on track"
    r"|off track|at risk|blocked|in progress|not started|dropped|cancelled|canceled|deferred)"
    r"\s*\.?$",
    re.I,
)


def _has_done_mark(text: str) -> bool:
    """Return True when a done mark ends the text after some words (a cheap test first)."""
    return ("✅" in text or "✔" in text or "☑" in text or "✓" in text) and bool(
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


def _arrow_to_target(before: str, arrow: str) -> bool:
    """Return True when "→" follows the first share of a change: "from 28% → 40%"."""
    share = _FROM_SHARE_BEFORE.search(before) if arrow == "→" else None
    return share is not None and share.group(1).lower() in _FROM_WORDS


_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")


def clean_title(text: str) -> Cleaned:
    """Return the title of a line with links, escapes, HTML, scores, owners and status apart."""
    # Each pattern runs only when its tell-tale character is there: imports read 10,000s of lines.
    struck = "~~" in text and bool(_STRUCK.match(text.strip()))
    owner = score = status = None
    text = _links(text)
    if "<" in text:
        text = (
            " ".join(_TAG.sub(_tag, text).split())
            if "<br" in text.lower()
            else _TAG.sub(_tag, text)
        )
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if struck:
        text = text.replace("~~", "")
    if "[" in text:
        text = _CHECKBOX.sub("", text)
        if "[^" in text:  # a Markdown footnote's mark ("durchgeführt[^4]") is no title text
            text = _FOOTNOTE_MARK.sub("", text)
    text = " ".join(text.split())
    if len(text) > 2 and text[0] == text[-1] == "`":
        text = text[1:-1].strip()
    if text and ord(text[0]) > 0x2000:
        text = _strip_decoration(text)
    if ("=>" in text or "⇒" in text or "→" in text) and (match := _SCORE_ARROW.search(text)):
        if not _arrow_to_target(text[: match.start()], match.group(0).strip()[:1]):
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
    closing_dash = "—" in text or "–" in text
    if score is None and closing_dash and text[-1:].isdigit() and (graded := dash_grade(text)):
        text, score = graded  # "… — 0.7" (twenty-fourth round)
    if score is None and text[-1:] == "%" and (progress := dash_progress(text)):
        text, score = progress  # "Hoàn thành core features — 100%" (after round 33)
    if closing_dash and "@" in text and (handled := dash_handle(text)):
        text, owner = handled  # "… — @ana"
    if score is None and text.endswith("]") and (match := _BRACKET_PROGRESS.search(text)):
        score = _bracket_progress(match)
        text = text[: match.start()].rstrip() if score is not None else text
    if score is None and text.endswith(")") and (match := _BARE_SCORE.search(text)):
        grade = next(g for g in match.groups() if g).replace(",", ".")
        score, text = float(grade), text[: match.start()].rstrip()
    prefixed = text[:1] == "@" or text[:3].lower() in ("dri", "own")
    prefixed = prefixed and not _owner_list(text)  # "Owner: Ana · Ben": one field of owners
    prefixed = prefixed and not ("," in text and _OWNER_ROLE.match(text))  # "Sarah Chen, CEO"
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


# "Owner: Sarah Chen, CEO", "DRI: Priya Patel, VP of People": a name, a comma and the person's
# role (one to five capitalised words, "of" / "and" / "&" between): one owner as written, not an
# owner and a key result's title after the comma ("DRI: Ana, ship the pricing page")
_OWNER_ROLE = re.compile(
    r"^(?i:dri|owners?)\s*:\s*[^\W\d][^,;:\d]{0,40},\s*"
    r"(?:[A-Z][\w&/.-]*)(?:\s+(?:[A-Z][\w&/.-]*|of|and|&)){0,4}$"
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
        html_tables(out, okr_rows)
    if "<li" in text or "<LI" in text:  # "<ul>" / "<li>" / "Duplicar …  (0,72)": Markdown items
        html_lists(out)
    if "<summary" in text or "<SUMMARY" in text:  # "<details>" blocks: their summary lines
        details_blocks(out)
    if "<h" in text or "<H" in text or "{{" in text or "<progress" in text:
        html_headings(out)  # "<h2>" / "  Key result: …" / "</h2>", then its progress bar
    if "%-" in text or "% -" in text or "%–" in text or "% –" in text:  # "KR1:…  Q1  0%-30%"
        drop_quarter_columns(out)
    if "{" in text or "<a" in text or "<span" in text:  # "## … {#o1}", "<a name=…></a>"
        attribute_blocks(out)
    if ")=" in text or ".. _" in text:  # "(strategy:research)=" / ".. _label:" over a heading
        target_labels(out)
    for i, line in enumerate(out):
        if _FENCE.match(line) or _HTML_ONLY.match(line):
            out[i] = ""
    markdown_tables(out)
    if "%" in text:  # "- KR3: … — 100%" beside siblings closed the same way: their progress
        siblings(out)
    if "](" in text or "://" in text:  # "# OKRs Q3" over "- [How to write OKRs](https://…)"
        title_links(out)
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
    for opened, closed in code_fences(lines):
        lines[opened : closed + 1] = [""] * (closed + 1 - opened)


def code_fences(lines: list[str]) -> list[tuple[int, int]]:
    """Return the (opening, closing) line indexes of each closed code fence ("```" or "~~~")."""
    out = []
    opened: int | None = None
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            if opened is None:
                opened = i
            else:
                out.append((opened, i))
                opened = None
    return out


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
            stated = stated_objective(block)
            for j in range(end + 1):
                lines[j] = ""
            if stated:  # 'objective: "…"' over a body's "## Objetivo" paragraph (round 35)
                restate_objective(lines, end + 1, stated)
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
    """Return N<sub>2</sub> as N₂ (never a number); a line break as a space (its two lines' words
    apart: "… 3%<br>(Q2: 20)", thirty-first round); drop an empty anchor."""
    if match.group(1):
        table = _SUB if match.group(1).lower() == "sub" else _SUP
        return match.group(2).translate(table)
    return " " if match.group(0)[:3].lower() == "<br" else ""
