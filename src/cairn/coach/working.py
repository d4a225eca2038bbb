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
_CJK_PASS = re.compile(
    r"(?:^|前|内|內|底|末|:\s*)(?:通过|通過).{0,20}?(?:审计|審計|审核|審核|评审|評審|测试|測試)|(?:監査|審査|試験)に合格"
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
