"""A person's own time and effort, and the team's own hiring, as work (coach, twenty-fourth
round).

Round 25's first run missed three activities (docs/plaintext.md, "Twenty-fourth round (issue
15): the coach"):

- **own time with one's people** (`own_time`): the writer's own time spent with family, kids,
  parents or friends, totalled ("Total voice call time with family over 1000 minutes",
  "与家人通话总时长超过1000分钟", "家族との通話時間の合計1000分以上", "Tiempo total de llamadas con la
  familia"). Not others' time ("Average session time over 10 minutes", "用户平均使用时长超过10
  分钟") nor a system's ("Total downtime under 50 minutes");
- **new staff counted** (`new_staff`): the count of new hires as the key result ("新员工数量：5人",
  "New hires: 5", "Neue Mitarbeiter: 5", "Nouvelles recrues : 5", "新入社員数：5名"), or staff
  added ("Add 1 full time UI/UX designer/team", "增加5名员工", "新增3名工程师"): hiring is the
  team's own work, as "Hire 5 engineers" is. Not new customers or users ("新用户数量：500人",
  "New customers: 50", "Neukunden: 50"), nor a rate of new staff ("New hire retention 90%");
- **work on** (`working_on`): work named by "work on" and no measure ("Work on improving
  onboarding", "Work on the new pricing page"); "Work orders closed within 2 days" and
  "Working capital above $2M" name things, not the work.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_PEOPLE = (
    r"(?:(?:my|our|the|la|a|mi|mis|minha|meus|ma|mes|nos|der|den|meiner|meinen|meine)\s+)?"
    r"(?:family|kids|children|parents|partner|wife|husband|friends|grandparents|familia|família"
    r"|hijos|filhos|pais|padres|amigos|famille|enfants|parents|amis|familie|kindern|eltern"
    r"|freunden)\b"
)
_OWN_TIME = re.compile(
    r"\b(?:time|tiempo|tempo|temps|zeit|telefonzeit|gesprächszeit)\b[^.;:%]{0,40}?"
    r"\b(?:with|con|com|avec|mit)\s+" + _PEOPLE
    + r"|(?:与|和|跟|陪)(?:家人|孩子|父母|家里人|朋友|爱人)[^。；;%]{0,8}?(?:时长|时间|時間|時長)"
    r"|(?:家族|子ども|子供|両親|友人)と(?:の)?[^。；;%]{0,8}?時間",
    re.IGNORECASE,
)  # fmt: skip
# Others' time or a system's: "Average session time", "Total downtime".
_NOT_OWN = re.compile(r"\b(?:average|mean|median|session|users?|customers?)\b|平均|用户", re.I)
_NEW_STAFF = re.compile(
    r"^(?:(?:number|#|count) of\s+)?new\s+(?:hires|employees|staff|team members|joiners)\s*:?\s*\d"
    r"|^(?:número de\s+)?(?:nuevas contrataciones|nuevos empleados|novas contratações"
    r"|novos funcionários|novos colaboradores)\s*:?\s*\d"
    r"|^(?:nombre de\s+)?(?:nouvelles recrues|nouveaux employés|nouveaux collaborateurs)\s*:?\s*\d"
    r"|^(?:bis ende \S+\s+)?(?:anzahl\s+)?neue[rn]?\s+mitarbeiter(?:innen)?\s*:?\s*\d"
    r"|^(?:numero di\s+)?(?:nuove assunzioni|nuovi dipendenti)\s*:?\s*\d"
    r"|(?:新员工|新員工|新入职员工|新入職員工|新同事)(?:数量|數量|人数|人數|数|數)?\s*[:：]?\s*"
    r"(?:达到|達到)?\s*\d+\s*(?:人|名|位)"
    r"|新入社員(?:数)?\s*[:：]?\s*\d+\s*(?:名|人)",
    re.IGNORECASE,
)
# Staff added after a verb of adding: hiring ("Add 1 full time UI/UX designer/team", "增加5名员工",
# "新增3名工程师"); customers or members added are others ("新增30名付费会员", others_gathered).
_STAFF = (
    r"(?:designers?|engineers?|developers?|employees?|hires|staff|analysts?|recruiters?"
    r"|marketers?|writers?|testers?|team members?|product managers?|PMs?)"
)
_STAFF_ADDED = re.compile(
    r"^(?:add|adding)\s+(?:at least\s+)?\d+\+?\s+(?:more\s+|new\s+)?"
    r"(?:(?:full|part)[- ]time\s+|senior\s+|junior\s+)?(?:[\w/+-]+\s+){0,2}?" + _STAFF + r"\b"
    r"|(?:新增|增加|招聘|招募|扩招|擴招)\s*(?:了)?\s*\d+\s*(?:名|位|个|個)\s*(?:新的?)?[^\d\s，,。；;]{0,4}?"
    r"(?:员工|員工|工程师|工程師|设计师|設計師|开发人员|開發人員|销售|銷售|同事|产品经理|產品經理|测试人员)",
    re.IGNORECASE,
)
_WORK_ON = re.compile(
    r"^(?:work|working)\s+on\s+(?:improving|the|our|a|an|making|building|better|[^\W\d]+ing)\b",
    re.IGNORECASE,
)


# Cheap checks first: most key results hold none of these.
_TIME_WORDS = ("time", "tiemp", "tempo", "temps", "zeit", "时", "時")
_STAFF_WORDS = ("new", "nuev", "nov", "nouv", "neu", "nuov", "新", "add", "增", "招", "扩", "擴")


def own_time(written: str) -> bool:
    """Return True for the writer's own time with family, kids or friends, totalled."""
    low = written.lower()
    if not any(word in low for word in _TIME_WORDS):
        return False
    found = _OWN_TIME.search(written)
    return found is not None and _NOT_OWN.search(written, 0, found.end()) is None


def new_staff(written: str) -> bool:
    """Return True for a count of new staff hired as the key result ("新员工数量：5人")."""
    low = written.lower()
    if "%" in written or not any(word in low for word in _STAFF_WORDS):
        return False
    return _NEW_STAFF.search(written) is not None or _STAFF_ADDED.search(written) is not None


_DEADLINE = re.compile(r"\s+(?:by|before|until|in)\s+(?:the\s+end\s+of\s+)?(?:Q[1-4]|\d{4})\b.*$")


def working_on(written: str) -> bool:
    """Return True for work named by "work on" with no number ("Work on improving onboarding")."""
    if written[:4].lower() != "work" or _WORK_ON.match(written) is None:
        return False
    return not any(ch.isdigit() for ch in _DEADLINE.sub("", written))


@OWN_WORK.rule("own effort")
def _own_effort_rule(reading: Reading) -> bool:
    """ "Total voice call time with family over 1000 minutes", "新员工数量：5人", "Work on …"."""
    written = reading.written
    return own_time(written) or new_staff(written) or working_on(written)
