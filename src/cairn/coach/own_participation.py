"""The team's own presence, participation and rates as work (coach, twentieth round).

Rounds 19 and 20 write the team's own doings as a count of venues or a rate of its own acts
(docs/plaintext.md, "Twentieth round (issue 15): the coach"); activities in both rounds' labels:

- **its own presence counted** (`own_presence`): a verb of taking part, appearing or advertising
  before a count of the places ("Participar en al menos 5 presentaciones internas de equipo",
  "Appear on 10 personal growth podcasts", "Advertise for school admissions in 20
  publications"), or its own attendance ensured ("Haftalık OKR check-in lerine %100 katılım
  sağla"). Not a rank or a place in results ("Appear in the top 3 search results for our
  category", "Show up on first page of Google" stays an effect);
- **its own rates and pools, in Chinese and Japanese** (`own_rates`): its code reviews' or test
  cases' coverage ("代码评审覆盖率达到100%", "团队平均测试用例覆盖数达到95%", beside the decision that the
  team's own test coverage is work; round 8's "每章代码注释覆盖率 >80%"), its hiring achieved
  ("关键岗位招聘达成率达到95%"), its staff's training attended or completed ("新员工入职培训参与率提升至 95%"), its talent pool built
  ("建立人才储备库不少于100人"), its members' knowledge scores ("…确保所有客服团队成员的产品知识得分达到
  90分以上"), its sales staff's offers made ("上位プラン提示率 70%"). Users', customers' or
  candidates' rates stay results ("用户满意度达到95%", "客户续约率达到95%", "一次面接通過率を40%以上に").
  From the twenty-first round, its own checks' coverage ("定期进行内部交叉检查,覆盖率达到90%");
- **prospects researched** (`prospects_researched`, twenty-first round): a verb of researching
  before a count of potential clients or partners ("Pesquisar 10 potenciais clientes", "Research
  20 prospective customers"); reaching or winning them stays a result ("Reach 10 paying
  customers").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_PRESENCE = re.compile(
    r"^(?:participate|participar|participe|partecipare|take part|appear|aparecer|apparire"
    r"|advertise|anunciar(?:se)?|be a guest|guest|exhibit|exponer|expor|comparecer)\b"
    r"[^.;:]{0,40}?\b(?:in|on|at|en|de|em|na|no|nas|nos|a|al|alle|ai)\s+"
    r"(?:(?:at least|al menos|pelo menos|almeno|un mínimo de|no mínimo)\s+)?\d+\s+(?![%\d])",
    re.IGNORECASE,
)
# Its own attendance ensured (tr): "Haftalık OKR check-in lerine %100 katılım sağla".
_ATTENDANCE = re.compile(r"%\s*\d+\s+katılım\s+sağla", re.IGNORECASE)
_CJK_RATES = re.compile(
    r"(?:代码评审|代码审查|代码检视|code ?review)覆盖率"
    r"|测试用例覆盖|(?:代码)?注释覆盖率"
    r"|招聘(?:达成|完成)率"
    r"|(?:培训|入职培训|会议|例会)(?:参与|出勤|完成)率"
    r"|人才(?:储备库|储备池|梯队)"
    r"|(?:团队|员工|成员)[^。，,；;]{0,8}(?:知识|技能|考核|考试)(?:得分|分数|成绩)"
    r"|プラン(?:提示|提案)率|(?:提示|提案)実施率"
    r"|(?:交叉检查|自查|互查|内部检查|内部审查)[^。；;]{0,6}覆盖率"
)
_RESEARCHED = re.compile(
    r"^(?:research|pesquisar|investigar|ricercare|rechercher|mapear|map)\s+\d+\s+"
    r"(?:[^\W\d]+\s+)?(?:potential|prospective|potenciais|potenciales|potenziali|potentiels"
    r"|prospects|prospectos)\b",
    re.IGNORECASE,
)


def own_presence(written: str) -> bool:
    """Return True for the team's own presence or participation counted, or its own attendance
    ensured."""
    if written[:1].isdigit():
        return False
    return _PRESENCE.search(written) is not None or (
        "katılım" in written and _ATTENDANCE.search(written) is not None
    )


def own_rates(written: str) -> bool:
    """Return True for the team's own review or test coverage, hiring, training, talent pool,
    knowledge scores or offers made, written in Chinese or Japanese."""
    return not written.isascii() and _CJK_RATES.search(written) is not None


def prospects_researched(written: str) -> bool:
    """Return True for a count of potential clients or partners researched."""
    return _RESEARCHED.search(written) is not None


@OWN_WORK.rule("prospects researched")
def _prospects_researched_rule(reading: Reading) -> bool:
    """ "Pesquisar 10 potenciais clientes", "Research 20 prospective customers"."""
    return prospects_researched(reading.written)


@OWN_WORK.rule("own presence")
def _own_presence_rule(reading: Reading) -> bool:
    """ "Appear on 10 personal growth podcasts", "Participar en al menos 5 presentaciones"."""
    return own_presence(reading.written)


@OWN_WORK.rule("own rates")
def _own_rates_rule(reading: Reading) -> bool:
    """ "代码评审覆盖率达到100%", "关键岗位招聘达成率达到95%", "上位プラン提示率 70%"."""
    return own_rates(reading.written)
