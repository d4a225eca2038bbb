"""Twelfth-round families of composed key results (issue 15), labels known by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-8 and round-9 misses (docs/plaintext.md, "Twelfth round"); its labels follow
from the conventions of docs/plaintext.md, never from what the parser answers:

- "지표를 2/3/4월 평균 13.7%에서 9월 평균 7.0%로 670bps 낮춘다": a CJK from–to whose numbers
  carry qualifiers before them (a month or a list of months, "average", "的") takes its start
  and target from the two values; the months are dates and a trailing "N bps" restating the
  gap is not a change (start and target are explicit);
- "Concluído o ciclo CMAP 2024", "Integrado o PPA 2024-2027 … por meio de 778 ações": a year
  or a year range that is part of a name (after an acronym or a capitalised name word) is a
  word, never the value; the count elsewhere in the sentence is;
- "Mendapatkan 1.000 subscriber berbayar", "Ký được 5 hợp đồng pilot", "Chiudere 10 contratti
  annuali": a counted noun right after the number is the unit in the row's language (the
  round-9 convention), written as the sentence writes it (Indonesian and Vietnamese do not
  inflect for number; an Italian plural ends in -i or -e); an adjective Italian puts before the
  noun ("nuovi") is skipped;
- "Time-to-value < 7 giorni dall'onboarding": a condition after the measure's unit does not
  change the unit (days).
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# CJK from–to with qualifiers: (template, qualifiers before the start, before the target,
# verbs lowering, verbs raising). {m} the metric, {qa} {qb} the qualifiers, {a} {b} the values.
CJK_FROM_TO = {
    "ko": (
        (
            "{m}을 {qa} {a}%에서 {qb} {b}%로 {bps}{verb}",
            "{m}를 {qa} {a}% 에서 {qb} {b}%로 {bps}{verb}",
        ),
        ("2/3/4월 평균", "4월 평균", "평균", "1월"),
        ("9월 평균", "9월", "평균"),
        ("낮춘다", "줄인다", "감소시킨다"),
        ("높인다", "향상시킨다", "늘린다"),
    ),
    "ja": (
        ("{m}を{qa} {a}%から{qb} {b}%に{verb}", "{m}を{qa}{a}%から{qb}{b}%へ{verb}"),
        ("4月平均", "4月の平均", "平均", "2/3/4月平均"),
        ("9月平均", "9月の", "平均"),
        ("下げる", "減らす", "低減する"),
        ("高める", "増やす", "引き上げる"),
    ),
    "zh": (
        ("将{m}从{qa}{a}%{verb}到{b}%", "{m}从{qa} {a}% {verb}至{qb}{b}%"),
        ("4月的", "4月平均的", "平均", "2/3/4月平均"),
        ("9月的", "平均", ""),
        ("降低", "降", "减少"),
        ("提高", "提升", "增加"),
    ),
}
_CJK_METRICS = {"ko": ("고객 문의 인입률", "당일 처리율"), "ja": ("解約率", "処理率")}
_CJK_METRICS |= {"zh": ("流失率", "当日处理率")}
_CJK_PAIRS = ((13.7, 7.0), (74.2, 92), (89.5, 95))


def _bps(a: float, b: float) -> str:
    gap = round(abs(a - b) * 100)
    return f"{gap:,}bps "


def cjk_from_to_variants() -> list[Phrasing]:
    """Return CJK from–to sentences whose values carry months and "average" before them."""
    out = []
    for code, (templates, before_a, before_b, lower, raise_) in CJK_FROM_TO.items():
        for template, qa, qb, (a, b), m in product(
            templates, before_a, before_b, _CJK_PAIRS, _CJK_METRICS[code]
        ):
            verbs = lower if b < a else raise_
            direction = DECREASE if b < a else INCREASE
            for verb, bps in product(verbs, ("", _bps(a, b))):
                if "{bps}" not in template and bps:
                    continue
                text = template.format(
                    m=m, qa=qa, qb=qb, a=f"{a:g}", b=f"{b:g}", verb=verb, bps=bps
                )
                text = text.replace(f"{a:g}%", f"{a:.1f}%" if a % 1 else f"{a:g}%")
                out.append(Phrasing(text, code, "cjk_from_to", direction, a, b, None, "%"))
    return out


# ---------------------------------------------------------------------------------------------
# Years in names. Sentences without a value (a name holding a year), and counts beside a name
# holding a year or a year range: (no-value templates, count templates, names, nouns).
NAME_YEARS = {
    "en": (
        ("Complete the {name} cycle", "Publish the {name} review", "Deliver the {name} report"),
        (
            "Integrate the {name} with regional plans through {n} joint {noun}",
            "Align the {name} with {n} {noun}",
        ),
        ("CMAP 2024", "PPA 2024-2027", "Multi-Year Plan 2024 - 2027", "Vision 2030"),
        ("actions", "programs"),
    ),
    "pt": (
        (
            "Concluído o ciclo {name}",
            "Publicada a revisão do {name}",
            "Entregue o relatório do {name}",
        ),
        (
            "Integrado o {name} com os Planos Regionais, por meio da pactuação de {n} {noun}",
            "Pactuadas {n} {noun} no âmbito do {name}",
        ),
        ("CMAP 2024", "PPA 2024-2027", "PPA 2024- 2027", "Plano Plurianual 2024 - 2027"),
        ("ações", "metas"),
    ),
    "es": (
        ("Concluido el ciclo {name}", "Publicada la revisión del {name}"),
        (
            "Integrar el {name} con los planes regionales mediante {n} {noun}",
            "Acordar {n} {noun} en el marco del {name}",
        ),
        ("CMAP 2024", "PND 2024-2027", "Plan Plurianual 2024 - 2027", "Agenda 2030"),
        ("acciones", "metas"),
    ),
    "it": (
        ("Concludere il ciclo {name}", "Pubblicare la revisione del {name}"),
        ("Integrare il {name} con i piani regionali attraverso {n} {noun}",),
        ("CMAP 2024", "PNRR 2021-2026", "Piano Triennale 2024 - 2026"),
        ("azioni", "progetti"),
    ),
    "fr": (
        ("Terminer le cycle {name}", "Publier la revue du {name}"),
        ("Intégrer le {name} aux plans régionaux grâce à {n} {noun}",),
        ("CMAP 2024", "PPI 2024-2027", "Plan Pluriannuel 2024 - 2027"),
        ("actions", "projets"),
    ),
    "de": (
        ("Den Zyklus {name} abschließen", "Die Überprüfung des {name} veröffentlichen"),
        ("Den {name} mit {n} {noun} umsetzen",),
        ("CMAP 2024", "Rahmenplan 2024-2027", "Mehrjahresplan 2024 - 2027"),
        ("Maßnahmen", "Projekten"),
    ),
}


def name_year_variants() -> list[Phrasing]:
    """Return sentences whose only year is part of a name (no value), and counts beside one."""
    out = []
    for code, (plain, counted, names, nouns) in NAME_YEARS.items():
        for template, name in product(plain, names):
            text = template.format(name=name)
            out.append(Phrasing(text, code, "name_years", None))
        for template, name, noun, n in product(counted, names, nouns, (12, 778)):
            text = template.format(name=name, n=n, noun=noun)
            # the noun as written, German too (the round-10 convention, docs/plaintext.md)
            out.append(Phrasing(text, code, "name_years", INCREASE, None, n, None, noun))
    return out


# ---------------------------------------------------------------------------------------------
# Counted nouns after the number in Indonesian, Vietnamese and Italian: (templates, nouns,
# words after the noun). The unit is the noun as written (Italian: the plural after "nuovi").
COUNTED_NOUNS = {
    "id": (
        (
            "Mendapatkan {n} {noun} {adj}",
            "Merekrut {n} {noun} {adj} pertama",
            "Meraih {n} {noun} {adj}",
        ),
        ("subscriber", "pelanggan", "pengguna", "mitra", "firma"),
        ("berbayar", "baru", "aktif"),
    ),
    "vi": (
        (
            "Ký được {n} {noun} {adj}",
            "Đạt {n} {noun} {adj} trước cuối quý",
            "Có {n} {noun} {adj} dùng app",
        ),
        ("hợp đồng", "khách hàng", "người dùng", "điều dưỡng", "shop", "cửa hàng"),
        ("pilot", "trả phí", "active", "mới"),
    ),
    "it": (
        (
            "Chiudere {n} {noun} {adj}",
            "Convertire {n} nuovi {noun} {adj}",
            "Acquisire {n} {noun} {adj}",
        ),
        ("contratti", "iscritti", "clienti", "abbonati", "aziende"),
        ("annuali", "alla newsletter", "paganti", "da €10k+"),
    ),
}


def counted_noun_variants() -> list[Phrasing]:
    """Return counts of a noun written after the number: the noun is the unit."""
    out = []
    for code, (templates, nouns, adjectives) in COUNTED_NOUNS.items():
        for template, noun, adj, n in product(templates, nouns, adjectives, (5, 500, 1000)):
            number = f"{n:,}".replace(",", ".")
            text = template.format(n=number, noun=noun, adj=adj)
            out.append(Phrasing(text, code, "counted_nouns", INCREASE, None, n, None, noun))
    return out


# ---------------------------------------------------------------------------------------------
# A bound on a time, then a condition after its unit: (templates, the language's days word).
MIXED_UNITS = {
    "en": (
        (
            "Time-to-value < {n} days from onboarding",
            "Time to first value under {n} days after signup",
        ),
    ),
    "it": (
        (
            "Time-to-value < {n} giorni dall'onboarding",
            "Tempo di risposta < {n} giorni dall'apertura del ticket",
        ),
    ),
    "es": (
        (
            "Time-to-value < {n} días desde el onboarding",
            "Tiempo de respuesta < {n} días desde la apertura del ticket",
        ),
    ),
    "pt": (
        (
            "Time-to-value < {n} dias após o onboarding",
            "Tempo de resposta < {n} dias a partir da abertura do chamado",
        ),
    ),
    "fr": (
        (
            "Time-to-value < {n} jours après l'onboarding",
            "Délai de réponse < {n} jours après l'ouverture du ticket",
        ),
    ),
    "de": (
        (
            "Time-to-Value < {n} Tage nach dem Onboarding",
            "Antwortzeit < {n} Tage ab Ticketeröffnung",
        ),
    ),
}


def mixed_unit_variants() -> list[Phrasing]:
    """Return "< N days <condition>": stay below N days."""
    out = []
    for code, (templates,) in MIXED_UNITS.items():
        for template, n in product(templates, (3, 7, 14)):
            text = template.format(n=n)
            out.append(Phrasing(text, code, "mixed_units", BELOW, None, n, None, "days"))
    return out


# ---------------------------------------------------------------------------------------------
# Round-9 shapes whose conventions are written (docs/plaintext.md, round 9), in the languages
# that write them: "N% more X" is a relative change ("30 more customers" is an absolute one); a
# floor with an article or commas ("al menos el 95%", "pelo menos, 20") stays above; "NPS of N"
# after a reach verb is the target; a range as the start is its first number; a from–to aside
# after a change gives start and target (the change restates their gap).
UP_40 = {"amount": 40, "relative": True}
RELATIVE_MORE = {
    "en": ("Process {n}% more requests with the same team", "Handle {n}% more tickets per agent"),
    "pt": (
        "Processar {n}% mais solicitações com a mesma equipe",
        "Atender {n}% mais chamados por analista",
    ),
    "es": (
        "Procesar {n}% más solicitudes con el mismo equipo",
        "Atender un {n}% más de tickets por agente",
    ),
}
FLOORS = {
    "es": (
        ("Implementar pruebas unitarias para al menos el {n}% de las funcionalidades", "%"),
        ("Cubrir como mínimo el {n}% de los casos de uso", "%"),
        ("Realizar, al menos, {n} talleres con clientes", "talleres"),
    ),
    "pt": (
        ("Executadas, pelo menos, {n} avaliações ex-ante de políticas públicas", "avaliações"),
        ("Realizar, no mínimo, {n} oficinas com os gestores", "oficinas"),
    ),
    "it": (("Coprire almeno il {n}% dei casi d'uso", "%"),),
}
REACH_OF = {
    "it": (
        "Ottenere un NPS di {n}",
        "Raggiungere un NPS di {n}",
        "Ottenere NPS di {n}+ da almeno 100 clienti",
    ),
    "es": ("Alcanzar un NPS de {n}", "Lograr un NPS de {n}+ con al menos 100 clientes"),
    "pt": ("Atingir um NPS de {n}", "Alcançar NPS de {n}+ com pelo menos 100 clientes"),
    "fr": ("Atteindre un NPS de {n}",),
}
RANGE_STARTS = {
    "en": (
        "Cut lead time from {a}-{a1} months to {b} months",
        "Average lead time falls from {a}–{a1} months to ≤ {b} months",
    ),
    "pt": (
        "Tempo médio cai de {a}-{a1} meses para {b} meses",
        "Tempo médio cai de {a}-{a1} meses para **≤ {b} meses** até fim do Ano 1",
    ),
    "es": ("Reducir el tiempo medio de {a}-{a1} meses a {b} meses",),
}
RANGE_BASELINES = {
    "en": "Each analyst handles **{n} cases at once** (vs {a}-{a1} today)",
    "pt": "Cada analista gerencia **{n} processos simultâneos** (vs {a}-{a1} atual)",
}
ASIDE_FROM_TO = {
    "en": "Cut review time by {p}% (from {a} days to {b} days)",
    "pt": "Reduzir tempo de análise documental em **{p}%** (de {a} dias para {b} dias)",
    "es": "Reducir el tiempo de análisis en un {p}% (de {a} días a {b} días)",
}


def round_nine_shape_variants() -> list[Phrasing]:
    """Return the round-9 shapes above with their labels."""
    out = []
    for code, templates in RELATIVE_MORE.items():
        for template, n in product(templates, (15, 40)):
            change = {"amount": n, "relative": True}
            out.append(
                Phrasing(template.format(n=n), code, "round9_shapes", INCREASE, None, None, change)
            )
    for code, rows in FLOORS.items():
        for (template, unit), n in product(rows, (20, 95)):
            out.append(
                Phrasing(template.format(n=n), code, "round9_shapes", ABOVE, None, n, None, unit)
            )
    for code, templates in REACH_OF.items():
        for template, n in product(templates, (8, 50)):
            direction = ABOVE if "+" in template else INCREASE
            out.append(Phrasing(template.format(n=n), code, "round9_shapes", direction, None, n))
    for code, templates in RANGE_STARTS.items():
        for template, (a, b) in product(templates, ((7, 3), (12, 6))):
            text = template.format(a=a, a1=a + 1, b=b)
            out.append(Phrasing(text, code, "round9_shapes", DECREASE, a, b, None, "months"))
    for code, template in RANGE_BASELINES.items():
        unit = {"en": "cases", "pt": "processos"}[code]
        for a, n in ((40, 60), (10, 25)):
            text = template.format(n=n, a=a, a1=a + 10)
            out.append(Phrasing(text, code, "round9_shapes", INCREASE, a, n, None, unit))
    for code, template in ASIDE_FROM_TO.items():
        for p, a, b in ((50, 14, 7), (25, 8, 6)):
            text = template.format(p=p, a=a, b=b)
            out.append(Phrasing(text, code, "round9_shapes", DECREASE, a, b, None, "days"))
    return out


def twelfth_round_phrasings() -> list[Phrasing]:
    """Return every twelfth-round family."""
    return (
        cjk_from_to_variants()
        + name_year_variants()
        + counted_noun_variants()
        + mixed_unit_variants()
        + round_nine_shape_variants()
    )


__all__ = ["ABOVE", "twelfth_round_phrasings"]
