"""Tagged objective lines (twenty-ninth reader round): "O1 [调研]: 摸清差距，制定路线 (Mia)",
"O1【增长】提升留存（张伟）", "Objective 2 [Growth] — Build a market presence (@ana)".

An objective's marker and id, then a bracketed tag naming its work stream, then the title: the
tag is no part of the title; the line is read as the plain "O1: title" it stands for, so that a
phase, stage or milestone heading above it stays a heading (the section the objectives are in),
never the objective. On such a line a trailing parenthesis holding a name ("(Mia)", "（新成员）",
"(新成员/Mia兼)") is the objective's owner, written as "(Owner: …)" for the outline reader; a
parenthesis holding a figure, a comma or a colon, or starting with a lower-case letter ("(beta)"),
is the title's note and stays, and so does a word that names a stage, a state or a kind of
work rather than a person ("(Beta)", "(Draft)", "(MVP)", "(Stretch)", "（试点）", "(Entwurf)";
thirty-first round: such a capitalised word was read as the owner).

Lines are rewritten in place (same number of lines, so line numbers hold). Near misses keep their
reading: a checkbox "[x]" / "[ ]" or a tag "[TODO]" with no objective marker and id before it,
a link's text "O1 [spec](https://…)", a marker without an id ("Objective [Draft]: …").
"""

from __future__ import annotations

import re

from cairn.text.outline_words import OBJECTIVE_WORD

# the line's lead: indentation, a heading's hashes, a bullet or a list number
_LEAD = r"^([ \t]{0,12}(?:#{1,6}[ \t]+)?(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?"
# the marker and its id, required: "O1", "O-2", "Objective 2", "目标1", "Ziel 3"
_MARKER = rf"(?:{OBJECTIVE_WORD})[ \t]?[#\-]?[ \t]?\d{{1,2}}(?:\.\d{{1,2}})?)"
# the tag: a short bracketed word or two, not a checkbox, not a link's text
_TAG = r"[ \t]*(?:\[(?![ xX]\])[^\[\]\n]{1,30}\](?![(\[])|【[^【】\n]{1,30}】|［[^［］\n]{1,30}］)"
# the separator after the tag, if any: ":", "：", "|", or a dash between spaces
_SEP = r"[ \t]*(?:(?:[:：|]|[-–—](?=[ \t]))[ \t]*)?(?=\S)"
_TAGGED = re.compile(rf"{_LEAD}{_MARKER}{_TAG}{_SEP}(.*)$", re.I | re.M)
# a trailing name in parentheses: no digit, no comma, colon or semicolon, three words at most
# (matched on the line's last parenthesis only, so that a long line is read once)
_NAME = re.compile(r"[(（]([^()（）\d,，、:：;；@\n]{1,24})[)）]$")
# words of a note, not a name: a release stage, a state, a kind of objective (12 languages)
_NOTE_WORDS = frozenset(
    [
        "alpha",
        "beta",
        "gamma",
        "ga",
        "rc",
        "mvp",
        "poc",
        "pilot",
        "preview",
        "draft",
        "wip",
        "tbd",
        "tbc",
        "new",
        "stretch",
        "optional",
        "moonshot",
        "committed",
        "aspirational",
        "experimental",
        "deprecated",
        "blocked",
        "ongoing",
        "done",
        "paused",
        "later",
        "internal",
        "external",
        "public",
        "private",
        "v1",
        "v2",
        "v3",
        "pilote",
        "brouillon",
        "facultatif",
        "nouveau",
        "borrador",
        "opcional",
        "nuevo",
        "piloto",
        "rascunho",
        "novo",
        "entwurf",
        "optional",
        "neu",
        "pilotprojekt",
        "concept",
        "nieuw",
        "optioneel",
        "szkic",
        "pilotaż",
        "nowy",
        "opcjonalny",
        "черновик",
        "пилот",
        "новый",
        "опционально",
        "draf",
        "baru",
        "opsional",
        "草案",
        "草稿",
        "试点",
        "可选",
        "进行中",
        "新增",
        "试行",
        "暂定",
        "待定",
        "ドラフト",
        "試行",
        "任意",
        "新規",
        "検討中",
        "予定",
        "초안",
        "시범",
        "선택",
        "신규",
        "예정",
    ]
)


# After round 35's first run: the work stream named by a word beside the marker instead of a
# bracketed tag, the marker with no id and a dash between spaces before the title: "**Tech
# Objective - Launch the protocol technology.**", "## Growth Objective – …", "Objetivo de
# Crecimiento - …", "Objectif Croissance - …", "Technik-Ziel - …", "Ziel Technik - …", "기술 목표
# - …", "技术目标 - …", "技術目標 - …". The area word goes, the line reads as "Objective - title".
# Near misses keep their reading: the same line without the objective word ("Tech Track - …"),
# a colon after the area-named marker ("Tech Objective: …"), a lower-case word before it.
_OPEN = r"^([ \t]{0,12}(?:#{1,6}[ \t]+)?(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?)"
_AREA_WORD = r"(?-i:[A-ZÀ-ÝÄÖÜ][a-zà-ÿäöüß&]{1,15}|[A-Z]{2,8})"
_AREA_NAMED = re.compile(
    rf"{_OPEN}(?:"
    rf"{_AREA_WORD}(?:[ \t]{_AREA_WORD})?[ \t]+(objective)"  # "Tech Objective", "Dev Rel Objective"
    rf"|(?-i:[A-ZÄÖÜ][a-zäöüß]{{1,15}})-(ziel)"  # "Technik-Ziel"
    rf"|(objetivo|objectif|obiettivo|ziel)[ \t]+"  # "Objetivo de Crecimiento", "Objectif Croissance"
    rf"(?:(?:de|da|do|du|des|di|del|della)[ \t]+(?:la[ \t]+|l['’])?|d['’])?{_AREA_WORD}"
    r"|[가-힣]{1,6}[ \t]+(목표)"  # "기술 목표"
    r"|[\u4e00-\u9fff\u30a0-\u30ff]{1,6}(目标|目標)"  # "技术目标", "技術目標"
    r")[ \t]+[-–—][ \t]+(?=\S)",
    re.I | re.M,
)


def untag_objectives(text: str) -> str:
    """Return the text with its tagged objective lines written as "O1: title (Owner: name)",
    and its area-named ones as "Objective - title"."""
    if (" - " in text or " – " in text or " — " in text) and _AREA_MARKER_HINT.search(text):
        text = _AREA_NAMED.sub(_unnamed, text)
    if "]" not in text and "】" not in text and "］" not in text:
        return text
    return _TAGGED.sub(_plain, text)


_AREA_MARKER_HINT = re.compile(r"objective|objetivo|objectif|obiettivo|ziel|목표|目标|目標", re.I)


def _unnamed(found: re.Match[str]) -> str:
    marker = next(g for g in found.groups()[1:] if g)
    return f"{found.group(1)}{marker} - "


def _plain(found: re.Match[str]) -> str:
    title = found.group(2).rstrip()
    start = max(title.rfind("("), title.rfind("（"))
    name = _NAME.match(title, start) if start > 0 else None
    if name and len(name.group(1).split()) <= 3 and _named(name.group(1).strip()):
        title = f"{title[:start].rstrip()} (Owner: {name.group(1).strip()})"
    return f"{found.group(1)}: {title}"


def _named(words: str) -> bool:
    """Return True for a parenthesis that may hold a name: not starting with a lower-case
    letter, and not a note's word or words ("Beta", "Stretch goal")."""
    return not words[:1].islower() and words.split()[0].casefold() not in _NOTE_WORDS
