"""A key result's progress written after a dash that closes its line (issue 15, after round 33's
first run).

"Hoàn thành core features — 100%", "Ship the billing page – 40%", "Cut churn to 5 tickets - 60%":
a share after an em dash, en dash or spaced hyphen closing a key result is its progress (the score
N/100) when it is clearly a report and not the measure:

- the text before the dash is complete: it opens (or, in German, Dutch and Turkish, closes) with a
  verb of completion ("Complete", "Ship", "Hoàn thành", "Terminar", "abschließen", "完成", "완료"),
  or it already holds its measure (a number of its own, not a quarter's or a year's);
- or two or more sibling items of one list end the same way, each a sentence (three words or more,
  six characters in Chinese, Japanese, Korean) that opens with no verb of change, one of them
  complete as above (`siblings`): "UI/UX đạt chuẩn chuyên nghiệp — 100%" under "Hoàn thành … —
  100%". Metric labels closed by their targets ("Tasa de conversión – 3%", "Tasa de abandono –
  5%") have none complete and stay.

A metric label then its target ("Conversion rate – 3%", "NPS — 40"), a change without its amount
("Grow MAU — 20%", "Reduce churn — to 5%") and a range ("2% - 3%", "10 - 20%") stay in the
title.
"""

from __future__ import annotations

import re

from cairn.text import lexicon as lx

_SHARE = re.compile(r"\s+([—–-])\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*$")
# a number closing the text before a hyphen or en dash: "10 - 20%" a range (not "v2", "in 2026")
_RANGE_START = re.compile(r"(?:^|[\s(~≈$€£])(?!(?:19|20)\d\d$)\d[\d.,]*$")
_ID = re.compile(r"^(?:[^\s:：]{1,12}\s?){0,2}[:：]\s*")
# a number of the key result's own: not glued to a Latin letter ("Q3", "v2"; "解約率を5%" is one)
# nor a year ("2026"); or a verb that is its measure ("Halve median build time")
_MEASURE = re.compile(r"(?<![A-Za-z\u00c0-\u024f.])(?!(?:19|20)\d\d\b)\d")
_FACTOR = frozenset(
    ["double", "halve", "triple", "quadruple", "duplicar", "triplicar", "dobrar", "doubler",
     "tripler", "verdoppeln", "halbieren", "verdreifachen", "raddoppiare", "dimezzare",
     "triplicare", "удвоить", "halveren", "verdubbelen"]
)  # fmt: skip
_COMPLETE_WORDS = (
    "complete finish finalize finalise ship launch deliver release implement publish close sign "
    "completar terminar finalizar lanzar entregar implementar publicar cerrar firmar "
    "concluir lançar assinar "
    "terminer finaliser achever lancer livrer déployer publier compléter signer "
    "abschließen fertigstellen liefern ausliefern einführen veröffentlichen launchen "
    "completare finire finalizzare lanciare consegnare rilasciare pubblicare "
    "voltooien opleveren lanceren afronden "
    "завершить запустить выпустить внедрить сдать "
    "tamamlamak tamamla yayınlamak başlatmak "
    "ký"
)  # fmt: skip
_COMPLETE = frozenset(_COMPLETE_WORDS.split())
_COMPLETE_PHRASES = ("hoàn thành", "hoàn thiện", "hoàn tất", "ra mắt", "triển khai", "phát hành")
_COMPLETE_CJK = (
    "完成",
    "上线",
    "上線",
    "发布",
    "交付",
    "完了",
    "リリース",
    "완료",
    "출시",
    "완성",
    "배포",
)
_CHANGE = lx.INCREASE_VERBS | lx.DECREASE_VERBS
_ITEM = re.compile(r"^(\s*)(?:[-*+•]|\d{1,2}[.)])\s+(\S.*)$")


def trailing_share(text: str) -> tuple[str, float] | None:
    """Return (text before the dash, share 0-1) of "… — 40%", else None."""
    if not (match := _SHARE.search(text, max(0, len(text) - 16))):
        return None
    before = text[: match.start()].rstrip()
    value = float(match.group(2).replace(",", "."))
    if not before or value > 100:
        return None
    if not (before[-1].isalnum() or before[-1] in ")]*_`'\"" or match.group(1) == "—"):
        return None  # "2% - 3%": a range
    if before[-1].isdigit() and match.group(1) != "—" and _RANGE_START.search(before):
        return None  # "10 - 20%": a range
    return before, value / 100


def _core(before: str) -> str:
    return _ID.sub("", before.strip("*_ "), count=1).strip("*_ ")


def _cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def complete(before: str) -> bool:
    """Return True when the text before a closing share is complete without it."""
    core = _core(before)
    if _MEASURE.search(core):
        return True
    words = core.lower().split()
    if words and (words[0] in _FACTOR or words[-1] in _FACTOR):
        return True
    if _cjk(core):
        return any(verb in core for verb in _COMPLETE_CJK)
    lowered = core.lower()
    if not words:
        return False
    return (
        words[0] in _COMPLETE
        or words[-1].strip(".") in _COMPLETE
        or lowered.startswith(_COMPLETE_PHRASES)
    )


def dash_progress(text: str) -> tuple[str, float] | None:
    """Return (title, score) of a complete key result closed by "— N%", else None."""
    if (found := trailing_share(text)) and complete(found[0]):
        return found
    return None


def _sentence(before: str) -> bool:
    core = _core(before)
    if _cjk(core):
        return len(core.replace(" ", "")) >= 6
    words = core.lower().split()
    return len(words) >= 3 and words[0] not in _CHANGE


def siblings(lines: list[str]) -> None:
    """Rewrite "— N%" as "[N%]" where two or more sibling items end with it, one of them
    complete (in place)."""
    closed = [line for line in lines if "%" in line[-3:] and _SHARE.search(line)]
    if len(closed) < 2:  # most pages: no two lines closed by a share, nothing to look at
        return
    run: list[tuple[int, str]] = []
    indent: str | None = None
    for i, line in enumerate([*lines, ""]):
        item = _ITEM.match(line) if "%" in line or line.lstrip()[:1] in "-*+•0123456789" else None
        if item and indent is not None and len(item.group(1)) > len(indent):
            continue  # a nested item: the run goes on after it
        if not item or item.group(1) != indent:
            _mark(lines, run)
            run, indent = [], item.group(1) if item else None
        if item:
            run.append((i, item.group(2)))


def _mark(lines: list[str], run: list[tuple[int, str]]) -> None:
    found = [(i, f) for i, text in run if "%" in text and (f := trailing_share(text))]
    found = [(i, f) for i, f in found if _sentence(f[0])]
    if len(found) < 2 or not any(complete(f[0]) for _, f in found):
        return
    for i, (_, value) in found:
        match = _SHARE.search(lines[i])
        if match:
            lines[i] = f"{lines[i][: match.start()]} [{round(value * 100, 2):g}%]"
