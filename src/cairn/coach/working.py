"""A check passed or a system that works, said with a verb (issue 15, tenth round).

"Pass the security audit with no critical findings", "Aprobar la auditoría de seguridad",
"Das Sicherheitsaudit bestehen", "セキュリティ監査に合格する", "通过安全审计" name a judgement
others make; "The nightly pipeline runs reliably", "El sistema funciona de forma estable",
"进化体系稳定运行" a state of the system kept. Both are results
by the convention (docs/coach.md), like "Security audit passed" and "Nightly import running
without errors" before them. "Prepare for the SOC 2 audit", "Run a security review of 6
vendors" or "Make checkout work on all browsers" stay work: a verb of work leads.
"""

from __future__ import annotations

import re

from cairn.coach.own_hygiene import gated
from cairn.coach.work_rules import RESULT_AFTER_ALL

_CHECK = (
    r"(?:audit|auditor[ií]a|auditoria|review|revisi[oó]n|revis[ãa]o|pentest|penetration test"
    r"|assessment|inspection|exam|évaluation|prüfung|verifica|аудит|denetim)"
)
# A verb of passing opens the sentence, a check follows: "Pass the SOC 2 Type II audit"; not
# a handing over ("Pass 3 design docs to the platform team for review").
_PASS_VERBS = ("pass", "réussir", "aprobar", "superar", "zdać", "пройти")
_PASS_FIRST = re.compile(
    rf"^(?:pass|passar|passer|réussir|aprobar|superar|superare|zdać|пройти)\b"
    rf"(?:(?!\s(?:to|for|à|para|per)\s).){{0,40}}?{_CHECK}",
    re.IGNORECASE,
)
# German and Dutch put the verb last: "Das Sicherheitsaudit ohne kritische Befunde bestehen".
_LAST_VERBS = ("bestehen", "halen", "doorstaan")
_PASS_LAST = re.compile(rf"{_CHECK}.{{0,60}}\b(?:bestehen|halen|doorstaan)$", re.IGNORECASE)
# "通过内部测试,确保…" (by means of a test, ensure …) names a means, not a check passed.
_CJK_PASS = re.compile(
    r"(?:^|前|内|內|底|末|:\s*)(?:通过|通過).{0,20}?(?:审计|審計|审核|審核|评审|評審|测试|測試)"
    r"(?![,，]\s*(?:确保|確保))|(?:監査|審査|試験)に合格"
)
# A system that keeps running, no verb of work before it: "The nightly pipeline runs reliably".
# Not "… works for …" or "… succeeds on …": earlier sets label a feature made to work so as a
# deliverable ("SPv2 works for scrolling", "LAN OTA flash succeeds on dev board").
_RUN_WORDS = ("run", "funcion", "fonction", "läuft", "funktion", "funzion")
_WORKS = re.compile(
    r"\b(?:runs? (?:reliably|stably|smoothly)"
    r"|funciona (?:de forma estable|de manera estable|establemente|de forma estável)"
    r"|fonctionne (?:de manière|de façon) stable"
    r"|läuft (?:stabil|zuverlässig)|funktioniert (?:stabil|zuverlässig)"
    r"|funziona in modo stabile)\b",
    re.IGNORECASE,
)
_CJK_WORKS = re.compile(
    r"(?:(?:稳定|正常)(?:运行|执行|工作)|(?:穩定|正常)(?:運行|執行|工作)|安定稼働|安定して稼働"
    r"|안정적\s*운영|안정적으로\s*운영)(?:する)?$"
)
# A closing aside in brackets says how, not what: "cron 任务稳定执行（无错误、无卡死）".
_CLOSING_ASIDE = re.compile(r"\s*[（(][^（）()]{1,40}[）)]$")


def passed_or_works(text: str, verb: str | None) -> bool:
    """Return True for a check passed, named with its verb, or a system stated to work.

    `verb`: the English leading verb the text layer read, if any; a system that works is read
    only without one ("Make checkout work on all browsers" is work).
    """
    low = text.strip().rstrip(".。!！").strip()
    first = low[:8].lower()
    if first.startswith(_PASS_VERBS) and _PASS_FIRST.match(low):
        return True
    if low.endswith(_LAST_VERBS) and _PASS_LAST.search(low):
        return True  # "Das Sicherheitsaudit ohne kritische Befunde bestehen"
    if not low.isascii() and (
        _CJK_PASS.search(low) or _CJK_WORKS.search(_CLOSING_ASIDE.sub("", low))
    ):
        return True
    if verb is not None or not any(word in low for word in _RUN_WORDS):
        return False  # the cheap test first
    return _WORKS.search(low) is not None


# A system's observable result stated as a present-tense fact (twelfth round): one execution of
# it — a call, a run, a request, a build — as the subject, then its verdict ("Claude API call
# returns valid structured JSON", "End-to-end run succeeds on real PDFs", "Nightly builds
# succeed on all platforms"). A feature or function named as the subject is a deliverable in
# the labelled sets ("`stage_assets` returns a JSON manifest", "Sketch editor compiles …").
_EXECUTION_RESULT = re.compile(
    r"^(?:[\w./+-]+\s+){0,3}?(?:(?:call|run|request|build|query|job|deploy|deployment)"
    r"\s+(?:returns|succeeds|passes|compiles|completes)"
    r"|(?:calls|runs|requests|builds|queries|jobs|deploys|deployments)"
    r"\s+(?:return|succeed|pass|compile|complete)"
    r"|(?:chamada|execução|requisição|compilação|llamada|ejecución|solicitud|compilación)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:retorna|devuelve|tem sucesso|tiene éxito|compila|termina))\b",
    re.IGNORECASE,
)
# Pages counted as indexed: search engines decide ("SEO pages indexed (50+ pages)").
_INDEXED = re.compile(r"\b(?:indexed|indexad[oa]s|indexée?s|indexiert)\b", re.IGNORECASE)
_DATES = re.compile(r"\b(?:Q[1-4]|H[12]|(?:19|20)\d\d)\b")
# A system that holds up: "Reference agent resists prompt-injection", "Survive process restarts
# with no job loss", "CI green on every merge to main".
_HOLDS_UP = re.compile(
    r"^(?:(?:[\w./+-]+\s+){1,4}?(?:resists|withstands|survives|tolerates|resiste|sobrevive)"
    r"|(?:resist|withstand|survive|tolerate)\s)"
    r"|\bgreen\s+(?:on|for|across|in)\s+(?:every|all|each)\b",
    re.IGNORECASE,
)
# Something of the system passing a test, a check or a scan: a bar cleared ("Every governance
# output passes 30-second scan test"). A subject first: "Passes all layout tests" is labelled work.
_PASSES_CHECK = re.compile(
    r"^(?:[\w./+-]+\s+){1,4}?pass(?:es)?\s+(?:the\s+|all\s+|its\s+|every\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tests?|checks?|scans?|validation|lint(?:ing)?)\b",
    re.IGNORECASE,
)


def system_result(text: str, verb: str | None) -> bool:
    """Return True for a system's observable result stated as a fact, read only without a
    leading verb of work ("Build an API call that returns JSON" is work): one execution's
    verdict, pages indexed with a count, a system holding up, a check passed by its output."""
    if verb is not None and not text[:9].lower().startswith(("survive", "withstand", "resist")):
        return False
    if _EXECUTION_RESULT.match(text) or _HOLDS_UP.search(text) or _PASSES_CHECK.match(text):
        return True
    if _INDEXED.search(text) is None:
        return False
    return any(ch.isdigit() for ch in _DATES.sub("", text))  # "… indexed by Q3" counts nothing


# Something that runs, as the predicate, without failing: a state to reach, not work.
_RUNS_CLEAN = re.compile(
    r"\b(?:runs?|running|works?|working|operates?|operating|stays?\s+up)\b[^;:]*?\bwithout\s+"
    r"(?:any\s+|a\s+single\s+)?(?:errors?|failures?|alerts?|incidents?|downtime|crash(?:es)?"
    r"|interruptions?|outages?|manual intervention)\b",
    re.IGNORECASE,
)


def runs_clean(text: str) -> bool:
    """Return True for something that runs without failing ("Nightly update running without
    errors"): a state of the system to reach; the caller reads it only without a leading verb."""
    return _RUNS_CLEAN.search(text) is not None


@RESULT_AFTER_ALL.rule("passed or works")
def _passed_or_works_rule(written: str, verb: str | None) -> bool:
    # "100% of PRs must pass E2E tests before merge": the team's own gate (own_hygiene)
    return passed_or_works(written, verb) and not gated(written)


@RESULT_AFTER_ALL.rule("system result")
def _system_result_rule(written: str, verb: str | None) -> bool:
    return system_result(written, verb) and not gated(written)
