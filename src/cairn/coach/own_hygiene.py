"""The team's own codebase, pipeline and security hygiene written as a goal state (coach,
eighteenth round).

Round 16 writes the team's own engineering levels as a state to reach: a zero, a 100% or a rate
of its own code, pipeline or tests (docs/plaintext.md, "Eighteenth round (issue 15): coach"). The
project's decision ("Two label decisions", and round 16's labels): the team's own engineering
level is a level of its own output, an activity, in every language the coach reads:

- **no hardcoded credentials** in its code ("Achieve zero hardcoded credentials across the
  monorepo", "Null hartcodierte Zugangsdaten", "代码库中硬编码凭据为零");
- **strict typing** ("Achieve 100% strict TypeScript compliance … (0 `any` types)");
- **its routes' auth coverage** ("Attain 100% route auth coverage", "100% de cobertura de
  autenticación en las rutas");
- **its pull requests gated** on tests before merge ("100% of pull requests to `main` must pass
  automated E2E tests before merge", "100 % der Pull Requests müssen vor dem Merge …");
- **no manual steps** in its own build or release ("Zero manual steps required to produce `.exe`
  artifacts", "Cero pasos manuales para generar los artefactos");
- **its own deployment automated** to a share ("100% automation deploy", "100% de automatización
  del despliegue");
- **its own test suite run** on a schedule ("Resilience/chaos suite running nightly with 0
  unresolved failures");
- **no untraced decisions** ("Zero untraced decisions", "Cero decisiones sin trazabilidad");
- **its own tests' success rate** ("Lograr ≥ 90% de éxito en pruebas") and **its own model
  predicting** with an accuracy ("Predecir defectos con precisión ≥ 85%").

Not what users, customers or the market see, and not the hygiene rows earlier rounds label
outcomes, which name none of these words: "Zero critical vulnerabilities", "Ensure zero manual
SSH fixes in production", "CI green on every merge to main", "Achieve 90% CI/CD pipeline success
rate", "Maintain Zero Infrastructure SDK imports inside the `src/core` layer", "Quarterly
bookings forecast accuracy 80%".

`none_left` (a result after all): a count of zero written as a word of another language before
what is counted ("Null Kundenbeschwerden", "Zéro réclamation client", "Noll kundklagomål",
"客户投诉为零"), which the parser reads as no measure at all: a limit to hold, like the English
"Zero customer complaints", unless it is the team's own hygiene above.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Reading

# Code written with its secrets or values in it: hardcoded, in every language read.
_HARDCODED = (
    "hardcod", "hard-cod", "hard cod", "é en dur", "és en dur", "ée en dur", "ées en dur", "hartcod", "hårdkod", "hardgecod", "cablat",
    "硬编码", "硬編碼", "ハードコード", "하드코딩",
)  # fmt: skip
_TYPES = re.compile(
    r"\b(?:typescript|mypy|pyright|type[- ]?check(?:ing|er)?|tipado|typage|tipagem)\b"
    r"[^.;]{0,60}?(?:\bstrict|\bestrict|\bstrikt|`any`|\bany\b|\berrors?\b|\berrores\b"
    r"|\berreurs\b|\bfehler\b|\bcompliance\b|\bcumplimiento\b|\bconformidade\b|\bconformité\b)"
    r"|\bstrict\s+typescript\b|\b(?:0|zero|no|cero|zéro|null|noll|nul)\s+`any`",
    re.IGNORECASE,
)
_AUTH_COVERAGE = re.compile(
    r"\bauth\w*\s+coverage\b|cobertura de autentica|couverture d'authentification"
    r"|authentifizierungs?abdeckung|認証カバレッジ|认证覆盖",
    re.IGNORECASE,
)
_PULL_REQUESTS = re.compile(
    r"pull[- ]requests?|\bPRs?\b|merge requests?|\bMRs?\b|合并请求|拉取请求|プルリクエスト", re.I
)
_BEFORE_MERGE = re.compile(
    r"\b(?:before|prior to)\s+(?:the\s+)?merg|antes del? (?:merge|fusionar)|antes do merge"
    r"|avant (?:le )?merge|vor dem merge|prima del merge|före merge|vóór de merge|voor de merge"
    r"|合并前|マージ前|머지\s*전|병합\s*전",
    re.IGNORECASE,
)
# Manual steps of the team's own build or release, none left.
_MANUAL_STEPS = re.compile(
    r"\b(?:zero|no|0|cero|sin|nenhuma?|sem|zéro|aucune?|null|keine[n]?|noll|inga|nul|geen)\s+"
    r"(?:manual steps?|pasos manuales|etapas manuais|passos manuais|étapes? manuelles?"
    r"|manuelle[n]? schritte|passaggi manuali|manuella steg|handmatige stappen)"
    r"|(?:零|无)手动步骤|手作業ゼロ|수동\s*단계\s*0",
    re.IGNORECASE,
)
_OWN_STEPS = (
    r"(?:deploy\w*|despliegues?|implantação|déploiement|bereitstellung|rilascio|release"
    r"|builds?|ci/cd|ci|cd|testing|tests?|pruebas|testes|driftsättning)"
)
_AUTOMATION_SHARE = re.compile(
    r"\d\s*%\s*(?:de |d'|di |der |van |av )?(?:automation|automatización|automação"
    r"|automatisation|automatisierung|automazione|automatisering)\s+"
    r"(?:(?:of|del?|dos?|das?|du|des|der|della|dell'|dei|degli|van|av)\s+(?:the |la |el |o |a |le |l'|den"
    r" |het |de )?)?" + _OWN_STEPS + r"\b"
    r"|\d\s*%\s*" + _OWN_STEPS + r"\s+automation\b"
    r"|(?:部署|构建|测试)\s*100\s*%\s*自动化|デプロイの?\s*100\s*%\s*自動化|배포\s*자동화\s*100\s*%",
    re.IGNORECASE,
)
_SUITE_SCHEDULED = re.compile(
    r"\b(?:test suite|suite|tests?|checks?|scans?)\s+(?:is\s+|are\s+)?(?:running|runs|run)\s+"
    r"(?:nightly|daily|weekly|hourly|on every (?:commit|push|pr|pull request|merge))\b",
    re.IGNORECASE,
)
_UNTRACED = re.compile(
    r"\b(?:zero|no|0)\s+(?:untraced|undocumented|unrecorded|untracked)\s+(?:[\w-]+\s+)?decisions"
    r"|decisiones (?:sin (?:trazabilidad|documentar|registrar)|no documentadas)"
    r"|decisões (?:sem (?:rastreabilidade|documentação|registro)|não documentadas)"
    r"|décisions non (?:tracées|documentées)|(?:undokumentierte|nicht dokumentierte) entscheidungen",
    re.IGNORECASE,
)
# Every decision or change traced ("**100% de rastreabilidade** de decisões com audit trail").
_TRACED = re.compile(
    r"100\s*%\W*(?:de\s+|of\s+|d[aeo]s?\s+)?(?:traceability|rastreabilidade|trazabilidad"
    r"|traçabilité|rückverfolgbarkeit|tracciabilità|spårbarhet|traceerbaarheid)"
    r"\W*\s+(?:of|de|das|dos|des|der|delle|av|van)\s+(?:the\s+|las\s+|los\s+|les\s+)?"
    r"(?:decisions|decisões|decisiones|décisions|entscheidungen|decisioni|beslut|beslissingen"
    r"|requirements|requisitos|exigences|anforderungen|changes|mudanças|cambios|commits)\b",
    re.IGNORECASE,
)
_TEST_SUCCESS = re.compile(
    r"\btests?\s+success\s+rate|success rate of (?:the )?tests|éxito en (?:las )?pruebas"
    r"|tasa de éxito de (?:las )?pruebas|sucesso (?:nos|dos) testes|taxa de sucesso dos testes"
    r"|taux de réussite des tests|testerfolgsquote|erfolgsquote der tests"
    r"|tasso di successo dei test|测试(?:通过|成功)率|テスト(?:成功|合格)率|테스트\s*성공률",
    re.IGNORECASE,
)
_PREDICT = re.compile(
    r"^(?:predict|predecir|prever|prédire|vorhersagen|prevedere|förutsäga|voorspellen)\b"
    r"[^.;]{0,60}?\b(?:with|con|com|avec|mit|med|met)\b[^.;]{0,24}?"
    r"(?:accuracy|precision|precisión|precisão|précision|genauigkeit|präzision|precisione"
    r"|träffsäkerhet|noggrannhet|nauwkeurigheid)",
    re.IGNORECASE,
)


def own_hygiene(written: str) -> bool:
    """Return True for the team's own codebase, pipeline or test hygiene as a goal state (the
    cheap key words first: most key results hold none of them; a sentence beyond ASCII, a few
    in a hundred, asks every pattern)."""
    low = written.lower()
    if not written.isascii():
        return _any_script(low, written)
    if ("cod" in low or "en dur" in low or "cablat" in low) and _hardcoded(low):
        return True
    if ("typ" in low or "tipa" in low or "py" in low or "`any`" in low) and _TYPES.search(written):
        return True
    if "aut" in low and (  # auth, autentica, automation, automatización
        _AUTH_COVERAGE.search(written) is not None or _AUTOMATION_SHARE.search(written) is not None
    ):
        return True
    if "merg" in low and gated(written, low):
        return True
    if ("manu" in low or "handmat" in low) and _MANUAL_STEPS.search(written) is not None:
        return True
    if " run" in low and _SUITE_SCHEDULED.search(written) is not None:
        return True
    if "decis" in low and _UNTRACED.search(written) is not None:
        return True
    if "100" in low and _TRACED.search(written) is not None:
        return True
    if ("suc" in low or "erfolg" in low) and _TEST_SUCCESS.search(written) is not None:
        return True
    return low[:3] in ("pre", "vor", "voo") and _PREDICT.match(written) is not None


def _any_script(low: str, written: str) -> bool:
    """Return True for the same hygiene written beyond ASCII (accents, CJK, Hangul)."""
    return (
        _hardcoded(low)
        or _TYPES.search(written) is not None
        or _AUTH_COVERAGE.search(written) is not None
        or gated(written, low)
        or _MANUAL_STEPS.search(written) is not None
        or _AUTOMATION_SHARE.search(written) is not None
        or _SUITE_SCHEDULED.search(written) is not None
        or _UNTRACED.search(written) is not None
        or _TRACED.search(written) is not None
        or _TEST_SUCCESS.search(written) is not None
        or _PREDICT.match(written) is not None
    )


def _hardcoded(low: str) -> bool:
    """Return True when a word for hardcoded stands in the (lower-cased) sentence."""
    return any(word in low for word in _HARDCODED)


def gated(written: str, low: str | None = None) -> bool:
    """Return True for the team's pull requests gated on checks before merge ("100% of pull
    requests to `main` must pass automated E2E tests before merge")."""
    low = written.lower() if low is None else low
    keyed = "merg" in low or "合并" in low or "マージ" in low or "머지" in low or "병합" in low
    return keyed and (
        _BEFORE_MERGE.search(written) is not None and _PULL_REQUESTS.search(written) is not None
    )


@OWN_WORK.rule("own hygiene")
def _own_hygiene_rule(reading: Reading) -> bool:
    return own_hygiene(reading.written)


# A word for zero opening the key result (after a label or a deadline: "KR2: Bis Ende Q3 Null
# Kundenbeschwerden"), or a zero closing a CJK one.
_NONE_FIRST = re.compile(
    r"(?:^|:\s*|\bQ[1-4]\s+|\b20\d\d\s+)(?:zéro|null|keine[n]?|kein|noll|inga|nul|geen|cero|nenhum|nenhuma|nessun[oa]?|không có"
    r"|không còn)\s+\w",
    re.IGNORECASE,
)
_NONE_LAST = re.compile(r"(?:为零|為零|ゼロ|0\s*건)\s*[。.]?$")


@RESULT_AFTER_ALL.rule("none left")
def _none_left(written: str, verb: str | None) -> bool:
    """Return True for a count of zero written as a word before what is counted ("Null
    Kundenbeschwerden", "客户投诉为零"): a limit to hold, not the team's own hygiene."""
    low = written.lower()
    if any(word in low for word in _NONE_WORDS):
        found = _NONE_FIRST.search(written) is not None
    else:
        found = ("零" in written or "ゼロ" in written or "건" in written) and bool(
            _NONE_LAST.search(written)
        )
    return found and not own_hygiene(written)


# The words of `_NONE_FIRST`, tested before it ("null" holds "nul", "keine" holds "kein").
_NONE_WORDS = ("zéro", "nul", "kein", "noll", "inga", "geen", "cero", "nenhum", "nessun", "không")
