"""What prospects and users do, counted: results, not the team's work (issue 15, fourteenth
round).

Round 12 flagged five outcomes as activities. Each is read here as a result whatever else the
sentence says (read by `wording._result_after_all`, so only on what would be flagged):

- **a count of what prospects start or complete** (`others_did`): trials started, sign-ups,
  free tests, diagnoses run in the product ("500 trials iniciados (qualified)", "50
  diagnósticos completados" — the same set counts "Taxa conversão diagnóstico→venda", the
  diagnosis a stage of the customers' funnel). The participle after the count would otherwise
  read as work done ("3 case studies shipped");
- **people active, using what the team made** (`others_did`): a count of people, then "active"
  and "using" ("10 consultores ativos usando semanalmente"). "3 planos de assinatura ativos"
  (plans put live) stays work;
- **a launch measured by what it brings** (`brings_share`): "Launch referral program generating
  20% of new customers" — the share of customers is the measure, as in "… resulting in";
- **a Chinese figure of others reached** (`cjk_reached`): "达到每月 100,000 次独立访客" — visits,
  views, users or downloads counted after a verb of reaching are a metric's level, not the
  writer's own times ("每周健身4次") or things ("至少达到50个", round 8, work).
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

# Things prospects and users start or complete in the product (en, pt, es, de).
FUNNEL_NOUNS = (
    r"(?:free\s+)?trials?|sign-?ups|registrations|testes\s+gratuitos|trials\s+gratuitos"
    r"|pruebas\s+gratuitas|diagnoses|diagnósticos|diagnosticos|cadastros|registros"
    r"|testversionen|anmeldungen"
)
_STARTED = (
    r"started|completed|iniciad[oa]s|completad[oa]s|concluíd[oa]s|realizad[oa]s|gestartet"
    r"|abgeschlossen"
)
_FUNNEL_DONE = re.compile(
    rf"^\W*(?:[≥>]=?\s*)?\d[\d.,]*\+?\s+(?:[\w-]+\s+)?(?:{FUNNEL_NOUNS})\s+(?:{_STARTED})\b",
    re.IGNORECASE,
)
# A count of people, active and using: "10 consultores ativos usando semanalmente".
_ACTIVE_USING = re.compile(
    r"^\W*(?:[≥>]=?\s*)?\d[\d.,]*\+?\s+[^\W\d_]+\s+(?:ativ[oa]s|activ[oa]s|active|actively|aktive)"
    r"\s+(?:usando|using|utilizando|use|usam|usan|nutzen)\b",
    re.IGNORECASE,
)
# A launch or programme measured by a share it brings: "generating 20% of new customers".
_BRINGS = re.compile(
    r"\b(?:generating|bringing(?:\s+in)?|that\s+(?:generates|brings)|gerando|que\s+gere"
    r"|generando|que\s+genere|aportando)\s+(?:at least\s+|pelo menos\s+|al menos\s+|el\s+|o\s+)?"
    r"\d[\d.,]*\s*%",
    re.IGNORECASE,
)
# A Chinese verb of reaching or breaking through before a count of others' visits, views or
# downloads: the level of a metric. "至少达到50个" (the team's own cases) stays a count of work.
_CJK_REACHED = re.compile(
    r"(?:达到|達到|突破|超过|超過)\s*(?:每[月周天日年]\s*)?\d[\d,，.]*\s*[万萬千]?\s*[次人个個]?\s*"
    r"(?:独立|獨立)?(?:访客|訪客|访问|訪問|浏览|瀏覽|用户|用戶|下载|下載|点击|點擊|曝光|播放|观看|觀看|UV|PV)"
)


def others_did(written: str) -> bool:
    """Return True for a count of what prospects did or of people active and using."""
    return _FUNNEL_DONE.match(written) is not None or _ACTIVE_USING.match(written) is not None


def brings_share(written: str) -> bool:
    """Return True for a launch measured by the share of customers or revenue it brings."""
    if "%" not in written:
        return False
    return _BRINGS.search(written) is not None


def cjk_reached(written: str) -> bool:
    """Return True when a Chinese count follows a verb of reaching: a metric's level."""
    return not written.isascii() and _CJK_REACHED.search(written) is not None


@RESULT_AFTER_ALL.rule("others did")
def _others_did_rule(written: str, verb: str | None) -> bool:
    return others_did(written)


@RESULT_AFTER_ALL.rule("brings share")
def _brings_share_rule(written: str, verb: str | None) -> bool:
    return brings_share(written)
