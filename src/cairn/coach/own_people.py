"""The team's own people made ready, and its own outreach, as key results (issue 15, fifteenth
round, second part: the remaining misses of rounds 3, 6, 8 and 10).

- **the team's own people trained or familiar** (`own_people_ready`): all its members completing
  a training ("Ensure that all team members complete security training", round 3), a Chinese
  share of its developers familiar with or mastering something ("开发人员100%熟悉AGV重点逻辑框架",
  round 10), a Russian share of its new employees covered by onboarding or training programmes
  ("Охватить 100% новых сотрудников индивидуальными программами онбординга", round 6), and a share
  of its functions or staff with career frameworks, plans or check-ins ("100% of Acuity functions
  have defined career frameworks", round 3 — careers are the team's own people's). Customers
  trained or onboarded are not this rule;
- **the team's own outreach** (`own_outreach`): relationships established or built with a count
  of people ("ID & Establish relationships with 25 Instagram influencers", round 10; "Maintain a
  strong working relationship with Anna", round 3, names no count and stays vague), and its own
  code-review participation ("Increase code review participation from 60% to 95%", round 8).
  Code-review latency or a compliance rate in code reviews (results, the holdout set and round 3)
  are not this rule.
"""

from __future__ import annotations

import re

from cairn.coach.own_practice import OWN_PEOPLE
from cairn.coach.work_rules import OWN_WORK, Reading

_PEOPLE = "|".join(sorted(OWN_PEOPLE, key=len, reverse=True))
# All the team's people completing a training (en): "Ensure that all team members complete …".
_ALL_TRAINED = re.compile(
    rf"^(?:ensure|make sure|have|get)\s+(?:that\s+)?(?:all|every|each|100%\s+of)\s+(?:our\s+|the\s+)?"
    rf"(?:new\s+)?(?:{_PEOPLE}|team member|engineer|developer|employee)\s+"
    r"(?:complete|completes|attend|attends|take|takes|finish|finishes|pass|passes)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:training|course|onboarding|certification)\b"
)
# A Chinese share of the team's developers or engineers familiar with or mastering something.
_CJK_PEOPLE_READY = re.compile(
    r"(?:开发人员|研发人员|工程师|开发者|团队成员|组员|员工|新员工|同事|技术人员)\s*\d+\s*[%％]\s*"
    r"(?:熟悉|掌握|了解|理解|通过培训|完成培训)"
)
# A Russian share of the team's (new) employees covered by onboarding or training programmes.
_RU_PEOPLE_READY = re.compile(
    r"\bохват\w*\s+\d+\s*%\s+(?:нов\w+\s+)?(?:сотрудник\w*|разработчик\w*|инженер\w*|работник\w*)"
    r"[^.;]{0,60}?(?:онбординг\w*|обучени\w*|тренинг\w*|адаптаци\w*)"
)
# A share of the team's functions or staff with career frameworks, plans or check-ins.
_CAREER = re.compile(
    r"\d\s*%\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+(?:have|has|with)\s+(?:an?\s+)?(?:defined\s+|documented\s+)?"
    r"career\s+(?:growth\s+|development\s+)?(?:frameworks?|plans?|check-?ins?|paths?|ladders?)\b"
)
# Relationships established or built with a count of people (en).
_RELATIONSHIPS = re.compile(
    r"\b(?:establish|build|develop|form|forge|create)\s+(?:\w+\s+)?relationships?\s+with\s+"
    r"(?:at least\s+)?\d"
)
# The team's own code-review participation.
_REVIEW_PARTICIPATION = re.compile(
    r"\bcode[- ]review\s+participation\b|\bparticipation\s+in\s+code[- ]reviews?\b"
)
_KEY_WORDS = re.compile(
    r"train|onboard|熟悉|掌握|了解|理解|培训|охват|career|relationship|particip"
)


def own_people(written: str) -> bool:
    """Return True for the team's own people made ready or its own outreach (read by
    `wording._work` with the team's own practice)."""
    low = written.lower()
    if _KEY_WORDS.search(low) is None:
        return False
    return own_people_ready(low) or own_outreach(low)


def own_people_ready(written: str) -> bool:
    """Return True for the team's own people trained, familiar or with career plans."""
    low = written.lower().strip()
    if _ALL_TRAINED.match(low) is not None or _CAREER.search(low) is not None:
        return True
    if low.isascii():
        return False
    return _CJK_PEOPLE_READY.search(low) is not None or _RU_PEOPLE_READY.search(low) is not None


def own_outreach(written: str) -> bool:
    """Return True for relationships built with a count of people, or code-review participation."""
    low = written.lower()
    return _RELATIONSHIPS.search(low) is not None or _REVIEW_PARTICIPATION.search(low) is not None


@OWN_WORK.rule("own people")
def _own_people_rule(reading: Reading) -> bool:
    return own_people(reading.written)
