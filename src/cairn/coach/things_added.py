"""Things added, counted: a gain with no start read as a count (coach, twenty-fourth round).

The parser reads "新增3个功能模块" (add 3 feature modules), "增加5个API接口" and "Add 5 more
integrations" as a *change* by 3 or 5 with no start, as it reads "Grow users by 500". For the
coach a change is a measure of a result (`measures.has_outcome_measure`), and the counted-output
rules look for a target, so no rule saw the count of things made (the twenty-third round mended
that with a Chinese special case, `own_artifacts.own_made_gain`, deleted here).

The general reading (docs/plaintext.md, "Twenty-fourth round (issue 15): the coach"): a change
by an absolute amount with no start, opened by a verb of adding or gaining things ("新增", "增加",
"添加", "新上线", "add … more", "gain … more"), counts the things added, whatever they are: it is
read as the target it counts, and the ordinary rules decide. Features, reports and posts are the
team's own output (work); customers, users, partners or stores gained stay results
(`others_gathered`, `parties`). Not a rate, a share, money, time or points ("新增5个百分点",
"增加10%", "新增100万元营收", "增加3个小时"): those stay a change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cairn.coach.parties import OUTSIDE_PARTIES
from cairn.coach.work_rules import OWN_WORK, Reading
from cairn.text import lexicon as lx
from cairn.text.coach_words import OUTSIDE_PEOPLE
from cairn.text.key_result_parser import ParsedKeyResult

# A verb of adding or gaining opens the sentence (after a deadline), then the count: Chinese
# "新增3个…" ("通过新增两个渠道，实现…增加20份" is a change of a measure), English
# "Add 5 more …" (the parser reads "Add 5 integrations" as a target already).
_CJK_ADDING = re.compile(
    r"^\s*(?:[\w#.&/-]{1,24}\s*[:：]\s*)?(?:[^，,。；;\s]{0,6}?(?:前|内|內|底|末)\s*)?"
    r"(?:新增|增加|增添|添加|追加|新上线|新上線|新开发|新開發|新建)\s*(?:了|至少|最少|不少于)?\s*\d"
)  # also after a label or a deadline: "KR2: 年底前新增3个功能模块"
_ADDING = re.compile(
    r"\s*(?:add|adding|gain|gaining)\s+(?:at least\s+)?\d[\d,.]*\+?\s+more\s+[^\W\d]",
    re.IGNORECASE,
)
# A rate, a share, money, time or points added is a change of a measure, not things.
_NOT_THINGS = re.compile(
    r"[%％元円¥$€£]|百分|小时|小時|分钟|分鐘|个月|個月|\d\s*(?:天|年|周|週|点|點)"
    r"|\bpoints?\b|\bpercent|\bhours?\b|\bminutes?\b|\bdays?\b|\bweeks?\b|\bmonths?\b",
    re.IGNORECASE,
)


def as_count(text: str, parsed: ParsedKeyResult) -> ParsedKeyResult:
    """Return `parsed` with a change of things added read as the count it states (the target),
    or `parsed` itself for any other sentence."""
    change = parsed.change
    if change is None or change.relative or parsed.start is not None or parsed.target is not None:
        return parsed
    unit = parsed.unit
    if unit is not None and (not unit[0].isalpha() or unit.lower() in lx.CURRENCY_WORDS):
        return parsed
    adding = _ADDING.match(text) or (not text.isascii() and _CJK_ADDING.match(text))
    if not adding or _NOT_THINGS.search(text) is not None:
        return parsed
    return replace(parsed, target=change.amount, change=None)


# The same gain counted after a verb of adding the local verb list does not read as work
# ("Adicionar mais 5 relatórios", "Aggiungere 5 nuove funzionalità", "5 weitere Integrationen
# hinzufügen"): the team's own things, unless the things are others (customers, partners …).
_ADD_FIRST = re.compile(
    r"^(?:adicionar|acrescentar|aggiungere|toevoegen|dodać|добавить)\s+(?:mais\s+|altr[ei]\s+)?"
    r"(?:(?:pelo menos|almeno|minstens|co najmniej)\s+)?\d[\d.,]*\+?\s+([^\W\d]+)(?:\s+([^\W\d]+))?",
    re.IGNORECASE,
)
_ADD_LAST = re.compile(
    r"^(?:bis\s+(?:ende\s+)?\S+\s+)?(?:mindestens\s+)?\d[\d.,]*\+?\s+"
    r"(?:weitere|neue|zusätzliche)\s+([^\W\d]+)"
    r"\s+(?:[^\W\d]+\s+){0,3}?hinzufügen\s*$",
    re.IGNORECASE,
)
_OTHERS = frozenset(
    [
        "clientes", "clienti", "kunden", "klanten", "klientów", "клиентов", "usuários", "utenti",
        "nutzer", "gebruikers", "parceiros", "partner", "partners", "assinantes", "abbonati",
        "abonnenten", "lojas", "negozi", "filialen", "seguidores", "follower", "membros", "membri",
        "mitglieder",
    ]
)  # fmt: skip
_NEW = frozenset("novos novas nuovi nuove nieuwe nowych новых".split())  # noqa: SIM905


def things_added(written: str) -> bool:
    """Return True for the team's own things counted after a verb of adding (not others)."""
    found = _ADD_FIRST.match(written) or _ADD_LAST.match(written)
    if found is None:
        return False
    words = [w.lower() for w in found.groups() if w]
    noun = words[1] if words[0] in _NEW and len(words) > 1 else words[0]
    return noun not in _OTHERS and noun not in OUTSIDE_PARTIES and noun not in OUTSIDE_PEOPLE


# A count of the team's own things, then ready to use (round 3): "10+ brand kits and video style
# presets ready-to-use", "10 plantillas listas para usar", "10 Vorlagen einsatzbereit". Others
# ready to act are results ("50 customers ready to buy", "20 leads ready for sales").
_READY = re.compile(
    r"^\W*(?:(?:bis|by|hasta|até|d'ici)\s+(?:ende\s+|fin\s+)?[^\W\d]*\d*\s+)?(?:[≥>]=?\s*)?"
    r"\d[\d,.]*\+?\s+((?:[^\W\d][\w/+'-]*\s+){1,6}?)"
    r"(?:ready[- ]to[- ]use|ready for use|(?:listo|lista|pronto|pronta)s? para (?:usar|uso)"
    r"|prête?s? à l'emploi|einsatzbereit|sofort einsetzbar|pront[ie] all'uso)(?!\w)",
    re.IGNORECASE,
)


def ready_to_use(written: str) -> bool:
    """Return True for a count of the team's own things ready to use (not others)."""
    found = _READY.match(written)
    if found is None:
        return False
    words = {w.lower() for w in found.group(1).split()}
    return not words & (_OTHERS | OUTSIDE_PARTIES | OUTSIDE_PEOPLE)


@OWN_WORK.rule("things added")
def _things_added_rule(reading: Reading) -> bool:
    """ "Adicionar mais 5 relatórios", "5 weitere Integrationen hinzufügen", "10+ brand kits
    … ready-to-use"."""
    written = reading.written
    return things_added(written) or ready_to_use(written)
