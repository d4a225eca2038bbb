"""Sixteenth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-14 misses (docs/plaintext.md, "Sixteenth round"); its labels follow from the
conventions of docs/plaintext.md and the older labelled sets, never from what the parser answers:

- Spanish "Cero <items>" (as "Zero incidents"): a ceiling of 0; the counted noun is the unit, as
  in round 5's "Zero incidentes críticos …" and round 7's "Zero vulnerabilidades críticas";
- Spanish and Portuguese "en/em N% de <items>" without an article: the share of the items
  (as "en N% de los …", eleventh round), not a change by N%;
- Italian counted nouns after the number ("500 lead qualificati", "10.000 utenti attivi"): the
  noun is the unit, its adjectives and participles are not;
- an English count in words "One <thing> a week / per month": the target 1, the thing its unit
  in the plural, as every older set labels a count of 1 ("Add 1 full stack developer":
  developers); round 14's own row says "painting" (listed, not relabelled);
- Korean native counts before a counter ("글 세개", "책 다섯 권"): the target, no unit (the
  counter is none, round-12 convention);
- Korean percent written as a word ("100퍼센트", "70 프로"): a percentage;
- an Italian, Spanish or Portuguese baseline "(partendo dagli attuali N)", "(partiendo de los N
  actuales)", "(partindo dos atuais N)": the start (round 12's Italian row).
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import BELOW, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. Spanish "Cero <items>": a ceiling of zero.

ES_ZERO = (
    ("Cero observaciones en auditorías SAT", "observaciones"),
    ("Cero incidentes críticos en producción", "incidentes"),
    ("Cero errores de facturación", "errores"),
    ("Mantener cero incidentes de seguridad", "incidentes"),
    ("Lograr cero defectos críticos en producción", "defectos"),
)


def spanish_zero_variants() -> list[Phrasing]:
    """Return "Cero <items> …": stay below 0, the items as unit."""
    return [Phrasing(text, "es", "es_zero", BELOW, None, 0, None, unit) for text, unit in ES_ZERO]


# ---------------------------------------------------------------------------------------------
# 2. "en/em N% de <items>": a share of the items, not a change.

SHARE_OF_ITEMS = (
    ("Contratos con cláusulas de materialidad en {n}% de servicios intangibles", "es"),
    ("Pruebas automatizadas en {n}% de proyectos nuevos", "es"),
    ("Revisión de código en {n}% de cambios", "es"),
    ("Contratos assinados em {n}% de fornecedores críticos", "pt"),
)


def share_of_items_variants() -> list[Phrasing]:
    """Return "<metric> en N% de <items>": the target N%."""
    out = []
    for (shape, language), n in product(SHARE_OF_ITEMS, (100, 80)):
        text = shape.format(n=n)
        out.append(Phrasing(text, language, "share_of_items", INCREASE, None, n, None, "%"))
    return out


# ---------------------------------------------------------------------------------------------
# 3. Italian counted nouns after the number.

IT_COUNTED = (
    ("{n} lead qualificati generati", "lead"),
    ("{n} utenti attivi mensili", "utenti"),
    ("{n} clienti attivi", "clienti"),
    ("{n} lead qualificati", "lead"),
    ("Raggiungere {n} utenti attivi", "utenti"),
)


def italian_counted_variants() -> list[Phrasing]:
    """Return "N <noun> <adjective>" in Italian: the target N, the noun its unit."""
    out = []
    for (shape, unit), (written, n) in product(IT_COUNTED, (("500", 500), ("10.000", 10000))):
        out.append(
            Phrasing(shape.format(n=written), "it", "it_counted", INCREASE, None, n, None, unit)
        )
    return out


# ---------------------------------------------------------------------------------------------
# 4. "One <thing> a week": a count in words at a cadence.

EN_ONE = (
    ("One painting a week from February - December.", "paintings"),
    ("One essay per month", "essays"),
    ("Write one article a week", "articles"),
    ("Publish one video per week", "videos"),
    ("Run one workshop per month", "workshops"),
)


def english_one_variants() -> list[Phrasing]:
    """Return "One <thing> a week": the target 1, the thing its unit."""
    return [Phrasing(text, "en", "en_one", INCREASE, None, 1, None, unit) for text, unit in EN_ONE]


# ---------------------------------------------------------------------------------------------
# 5. Korean native counts before a counter.

KO_WORDS = {"두": 2, "세": 3, "다섯": 5, "열": 10}
KO_COUNTED = (
    "생각들을 기록하고 develop해서 thoughts에 글 {w}개 올리기",
    "책 {w}권 읽기",
    "블로그 글 {w} 개 작성하기",
    "사이드 프로젝트 {w}개 완성",
)


def korean_native_count_variants() -> list[Phrasing]:
    """Return a Korean native count before a counter: the target N, no unit."""
    out = []
    for shape, (word, n) in product(KO_COUNTED, KO_WORDS.items()):
        out.append(Phrasing(shape.format(w=word), "ko", "ko_native_count", INCREASE, None, n))
    return out


# ---------------------------------------------------------------------------------------------
# 6. Korean percent written as a word.

KO_PERCENT = (
    "인프런 Django 강의 진행률 {n}퍼센트 달성하기",
    "CS229: Machine Learning 강의 수강률 {n}퍼센트 달성하기",
    "고객 만족도 {n} 퍼센트 달성",
    "테스트 통과율 {n}프로 달성하기",
)


def korean_percent_variants() -> list[Phrasing]:
    """Return "N퍼센트 달성": the target N%."""
    out = []
    for shape, n in product(KO_PERCENT, (100, 70)):
        out.append(Phrasing(shape.format(n=n), "ko", "ko_percent", INCREASE, None, n, None, "%"))
    return out


# ---------------------------------------------------------------------------------------------
# 7. A Romance baseline "starting from the current N".

ROMANCE_BASELINES = (
    ("Raggiungere {b} visitatori organici unici mensili sul blog (partendo dagli attuali {a}).", "it", "visitatori"),
    ("Raggiungere {b} clienti (partendo da {a})", "it", "clienti"),
    ("Alcanzar {b} usuarios activos (partiendo de los {a} actuales)", "es", "usuarios"),
    ("Atingir {b} clientes (partindo dos atuais {a})", "pt", "clientes"),
)  # fmt: skip


def romance_baseline_variants() -> list[Phrasing]:
    """Return "<target> (partendo dagli attuali A)": start A, target B."""
    out = []
    for (shape, language, unit), (a, b) in product(ROMANCE_BASELINES, ((60, 100), (200, 500))):
        text = shape.format(a=a, b=b)
        out.append(Phrasing(text, language, "romance_baseline", INCREASE, a, b, None, unit))
    return out


def sixteenth_round_phrasings() -> list[Phrasing]:
    """Return every family of the sixteenth round."""
    return (
        spanish_zero_variants()
        + share_of_items_variants()
        + italian_counted_variants()
        + english_one_variants()
        + korean_native_count_variants()
        + korean_percent_variants()
        + romance_baseline_variants()
    )
