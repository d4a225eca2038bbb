"""Work the team runs, and fewer faults as a result (coach, twenty-fifth round).

Rounds 26 and 27's first runs (docs/plaintext.md, "Twenty-fifth round (issue 15): the coach"):

- **measuring** (`measuring`): a verb of measuring with no figure names the work of measuring
  ("Measure the satisfaction of participants that attend our hybrid and online events to make
  them more inclusive and engaging", "Track the retention of new members"); a purpose clause
  ("to make them more inclusive") does not make it a vague result. A figure makes it a measure
  ("Participant satisfaction measured at 80% or more"), and "Benchmark #1 em velocidade" is a
  rank, not measuring;
- **a process the team runs** (`process_run`): the team's own staff as the subject of a verb of
  handling, no number ("Staff manages applications and admissions through the integrated
  portal.", "Staff processes invoices in the new ERP"). Others acting are results ("Customers
  manage their subscriptions through the self-service portal");
- **fewer faults** (`fewer_faults`, a result after all): a decrease of a count of bugs,
  incidents or complaints, whatever else the sentence holds ("降低线上生产Bug数量（现在100个）",
  "减少客户投诉数量（目前50个）", "本番障害の件数を減らす（現在30件）", "Reduce production bugs
  (currently 100)"): the bracketed current value is a baseline, not a count of the team's own
  doings, and the rule reads the sentence's shape (a verb of decrease, a noun of faults), not
  where the parser starts. Fixing them is work ("修复线上Bug（现在100个）").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Reading

_MEASURING = frozenset(("measure", "track", "monitor", "survey", "assess", "evaluate", "gauge"))
_PROCESS_RUN = re.compile(
    r"^(?:our\s+|the\s+|all\s+)?(?:staff|team|employees|agents|team\s+members|admissions\s+staff"
    r"|support\s+staff|we)\s+(?:now\s+)?(?:manages?|handles?|process(?:es)?|runs?|reviews?"
    r"|tracks?|records?|resolves?|answers?|schedules?|coordinates?)\s+(?:all\s+|the\s+|our\s+)?"
    r"[^\W\d]",
    re.IGNORECASE,
)

# A deadline after the sentence: "… through the integrated portal. by the end of Q3".
_DEADLINE = re.compile(
    r"\s+(?:by|before|until|in)\s+(?:the\s+end\s+of\s+)?(?:Q[1-4]|\d{4})\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_FAULTS = (
    r"(?:bugs?|defects?|incidents?|complaints?|errors?|outages?|failures?|escalations?"
    r"|incidentes|quejas|reclamos|errores|fallos|reclamações|erros|falhas|plaintes|erreurs"
    r"|pannes|fehler|störungen|beschwerden|vorfälle)"
)
_FEWER_EN = re.compile(
    r"(?:reduce|decrease|cut|lower|minimi[sz]e|reducir|disminuir|reduzir|diminuir|réduire"
    r"|diminuer|senken|reduzieren|verringern)\s+(?:[\w'-]{1,20}\s+){0,4}?" + _FAULTS + r"\b",
    re.IGNORECASE,
)
_FEWER_CJK = re.compile(
    r"(?:降低|减少|減少|减低|減低|削减|削減|压降|壓降)[^，,。；;（(]{0,12}?(?:bug|缺陷|故障|事故|投诉"
    r"|投訴|错误|錯誤|工单|工單|告警|报错|報錯)"
    r"|(?:不具合|障害|バグ|クレーム|エラー|インシデント|苦情)[^、。（(]{0,12}?(?:減らす|削減|低減|減少)",
    re.IGNORECASE,
)
_DEADLINE_FIRST = re.compile(r"^\s*(?:by|before|until)\s+[^,]{1,30},\s*", re.IGNORECASE)


def measuring(reading: Reading) -> bool:
    """Return True for a verb of measuring with no figure ("Measure the satisfaction of …")."""
    return reading.verb in _MEASURING and not reading.parsed.measurable


def process_run(written: str) -> bool:
    """Return True for the team's staff running a process, no number ("Staff manages …")."""
    if _PROCESS_RUN.match(written) is None:
        return False
    return not any(ch.isdigit() for ch in _DEADLINE.sub("", written, count=1))


def fewer_faults(written: str) -> bool:
    """Return True for a decrease of a count of bugs, incidents or complaints: a result."""
    if written.isascii():
        if written[:1] in "BbUu" and _DEADLINE_FIRST.match(written):
            written = _DEADLINE_FIRST.sub("", written, count=1)
        return _FEWER_EN.match(written) is not None
    return _FEWER_CJK.search(written) is not None


@OWN_WORK.rule("own running")
def _own_running_rule(reading: Reading) -> bool:
    """ "Measure the satisfaction of participants …", "Staff manages applications …"."""
    return measuring(reading) or process_run(reading.written)


@RESULT_AFTER_ALL.rule("fewer faults")
def _fewer_faults_rule(written: str, verb: str | None) -> bool:
    """ "降低线上生产Bug数量（现在100个）", "Reduce production bugs (currently 100)"."""
    return fewer_faults(written)
