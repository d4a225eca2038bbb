"""Families of composed key results of the thirty-second round (issue 15, session 20):
metric-first lines, personal and agent goals, labels by construction (docs/plaintext.md, "The
thirty-second round"), never what the parser answers:

- a baseline aside whose number carries a currency after it or "R$" before it, as the key
  result writes its own value ("Facturación mensual: 50.000 € (actual: 30.000 €)", "Receita
  mensal R$ 80.000 (atual: R$ 50.000)"): the aside's number is the start;
- a status note in a goals file's words after a dash or in parentheses ("Conversion rate —
  Current: 2% / Target: 3.5%", "Churn (Current: 5%, Target: 3%)", "— Actual: … / Meta: …",
  "— Aktuell: … / Ziel: …"): the current value is the start, the target the target, as the
  Korean, Japanese and Chinese notes "— 현재: … / 목표: …" (seventeenth round);
- a verbless line in German, Italian or Dutch told by a goals file's label ("Ziel:", "Obiettivo:",
  "Doel:") or by the verb of a personal goal ("lesen", "lezen"): the noun after the
  count is the unit as written ("24 Bücher lesen": Bücher, as "5 neue Kunden gewinnen");
- "from A to B" after a label, in the label's language ("Tasso di conversione: dal 2% al 4%",
  "Taux d'attrition : de 5 % à 3 %"): start and target;
- an aside "(A → B)" or "(from A to B)" whose numbers differ by the key result's own number in
  the same unit ("Lose 5 kg (82 → 77 kg)"): start A, target B, the number the amount moved;
- "Net worth $100k": the measure named first, its value after ("worth" after "net" is no
  qualifier, as in "deals worth $1M");
- "零" before a trouble with a word of severity or place between ("零P1事故", "零重大事故"): a
  ceiling of 0, as "零事故" and English "Zero P1 incidents";
- German "Mindestens" / "Höchstens" opening a short line ("Mindestens 30 Demos"): a floor or a
  ceiling, the noun after the count the unit as written;
- an amount before a trailing "€" in a line whose words tell no language, written the
  continental way ("Ahorrar 10.000 € (actual: 2.500 €)": from 2,500; "Kosten pro Lauf ≤ 0,05 €":
  0.05): dots group thousands, a comma of one or two digits is decimal;
- an Italian article elided before a number ("sotto l'1%", "all'8%", "dall'8% al 5%"): read as
  "il", "al", "dal" written in full;
- a line opening with its baseline ("Baseline: 2% → Target: 4% conversion"): start and target,
  as the fifteenth round's "— current 0 → target 3".

Each family carries near misses that must keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_thirty_second` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# (template, language, unit, grouping of thousands): {t} the target, {s} the start
CURRENCY_BASELINES = (
    ("Facturación mensual: {t} € (actual: {s} €)", "es", "€", "."),
    ("Ingresos anuales {t} € (actualmente {s} €)", "es", "€", "."),
    ("Receita mensal R$ {t} (atual: R$ {s})", "pt", "R$", "."),
    ("Faturamento anual R$ {t} (atualmente R$ {s})", "pt", "R$", "."),
    ("Umsatz pro Monat {t} € (aktuell: {s} €)", "de", "€", "."),
    ("Chiffre d'affaires mensuel {t} € (actuellement {s} €)", "fr", "€", " "),
    ("Fatturato mensile {t} € (attuale: {s} €)", "it", "€", "."),
    ("Revenue {t} € (currently {s} €)", "en", "€", ","),
)
AMOUNTS = ((30_000, 50_000), (80_000, 120_000), (45_000, 25_000))


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def currency_baselines() -> list[Phrasing]:
    """Return "Facturación mensual: 50.000 € (actual: 30.000 €)": from 30,000 to 50,000 €."""
    out = []
    for start, target in AMOUNTS:
        way = INCREASE if target > start else DECREASE
        for template, language, unit, sep in CURRENCY_BASELINES:
            text = template.format(t=_grouped(target, sep), s=_grouped(start, sep))
            family = "baseline with a currency"
            out.append(Phrasing(text, language, family, way, start, target, None, unit))
    return out


# (template, language): {m} the metric, {s} the current value, {t} the target
STATUS_SHAPES = (
    ("{m} — Current: {s} / Target: {t}", "en"),
    ("{m} (Current: {s}, Target: {t})", "en"),
    ("{m} - Baseline: {s}; Goal: {t}", "en"),
    ("{m} — Actual: {s} / Meta: {t}", "es"),
    ("{m} (Atual: {s}, Meta: {t})", "pt"),
    ("{m} — Aktuell: {s} / Ziel: {t}", "de"),
    ("{m} — Actuel : {s} / Cible : {t}", "fr"),
    ("{m} — Attuale: {s} / Obiettivo: {t}", "it"),
    ("{m} — Huidig: {s} / Doel: {t}", "nl"),
)
STATUS_METRICS = {
    "en": (("Conversion rate", 2, 4, "%"), ("Churn", 5, 3, "%"), ("MRR", "$10k", "$25k", "$")),
    "es": (("Tasa de conversión", 2, 4, "%"), ("Churn mensual", 5, 3, "%")),
    "pt": (("Taxa de conversão", 2, 4, "%"), ("Churn mensal", 6, 4, "%")),
    "de": (("Conversion-Rate", 2, 4, "%"), ("Kündigungsrate", 5, 3, "%")),
    "fr": (("Taux de conversion", 2, 4, "%"), ("Churn", 5, 3, "%")),
    "it": (("Tasso di conversione", 2, 4, "%"), ("Churn", 6, 3, "%")),
    "nl": (("Conversieratio", 2, 4, "%"), ("Churn", 5, 3, "%")),
}
_MONEY = {"$10k": 10_000, "$25k": 25_000}


def status_notes() -> list[Phrasing]:
    """Return "Conversion rate — Current: 2% / Target: 4%": from 2% to 4%."""
    out = []
    for template, language in STATUS_SHAPES:
        for metric, start, target, unit in STATUS_METRICS[language]:
            s = start if isinstance(start, str) else f"{start}%"
            t = target if isinstance(target, str) else f"{target}%"
            a, b = _MONEY.get(s, start), _MONEY.get(t, target)
            way = INCREASE if b > a else DECREASE
            text = template.format(m=metric, s=s, t=t)
            out.append(Phrasing(text, language, "status note", way, a, b, None, unit))
    return out


# (template, language, unit): a verbless line told by its label or a personal goal's verb
TOLD_SHAPES = (
    ("Ziel: {n} zahlende Kunden", "de", "Kunden"),
    ("{n} Bücher lesen", "de", "Bücher"),
    ("{n} Fachbücher lesen", "de", "Fachbücher"),
    ("Obiettivo: {n} clienti paganti", "it", "clienti"),
    ("Obiettivo: {n} nuovi iscritti", "it", "iscritti"),
    ("Doel: {n} betalende klanten", "nl", "klanten"),
    ("{n} boeken lezen", "nl", "boeken"),
    ("Doel: {n} nieuwe leden", "nl", "leden"),
)


def told_by_label() -> list[Phrasing]:
    """Return "24 Bücher lesen": a target of 24, unit Bücher (the noun after the count)."""
    out = []
    for n in (12, 24, 50):
        for template, language, unit in TOLD_SHAPES:
            text = template.format(n=n)
            family = "told by a label or a verb"
            out.append(Phrasing(text, language, family, INCREASE, None, n, None, unit))
    return out


# (template, language): "from A to B" in the words of the label's language, after the label
LABEL_MOVES = (
    ("Tasso di conversione: dal {a}% al {b}%", "it"),
    ("Tasso di abbandono: dal {a}% al {b}%", "it"),
    ("Taux d'attrition : de {a} % à {b} %", "fr"),
    ("Taux de conversion : de {a} % à {b} %", "fr"),
)


def moves_after_a_label() -> list[Phrasing]:
    """Return "Tasso di conversione: dal 2% al 4%": from 2% to 4%."""
    out = []
    for a, b in ((2, 4), (8, 5), (15, 25)):
        for template, language in LABEL_MOVES:
            way = INCREASE if b > a else DECREASE
            text = template.format(a=a, b=b)
            out.append(Phrasing(text, language, "from-to after a label", way, a, b, None, "%"))
    return out


# (template, language, unit): an aside restating the amount moved as a start and a target;
# {n} the amount, {a} the start, {b} the end
MOVED_SHAPES = (
    ("Lose {n} kg ({a} → {b} kg)", "en", "kg", -1),
    ("Lose {n} kg (from {a} kg to {b} kg)", "en", "kg", -1),
    ("Gain {n} kg of muscle ({a} -> {b} kg)", "en", "kg", 1),
    ("Save ${n} (${a} → ${b})", "en", "$", 1),
    ("Cut spend by ${n} (${a} → ${b})", "en", "$", -1),
    ("Abnehmen {n} kg ({a} kg → {b} kg)", "de", "kg", -1),
    ("减重{n}kg（{a}kg → {b}kg）", "zh", "kg", -1),
)


# an aside "(A → B)" that ends at the key result's own target: A is the start, as "(from A to
# B)" already was
ARROW_TO_TARGET = (
    ("Read 24 books (12 → 24)", 12, 24, "books"),
    ("Reach 500 customers (120 → 500)", 120, 500, "customers"),
    ("Hit $25k MRR ($10k → $25k)", 10_000, 25_000, "$"),
    ("Publish 40 posts (15 -> 40)", 15, 40, "posts"),
)


def moved_amounts() -> list[Phrasing]:
    """Return "Lose 5 kg (82 → 77 kg)": from 82 to 77 kg, the 5 kg the amount moved."""
    out = []
    for n, a in ((5, 82), (8, 95), (12, 110)):
        for template, language, unit, sign in MOVED_SHAPES:
            a2 = a * 100 if unit == "$" else a
            n2 = n * 100 if unit == "$" else n
            b = a2 + sign * n2
            way = INCREASE if sign > 0 else DECREASE
            text = template.format(n=n2, a=a2, b=b)
            out.append(Phrasing(text, language, "amount moved", way, a2, b, None, unit))
    for text, a, b, unit in ARROW_TO_TARGET:
        out.append(Phrasing(text, "en", "arrow aside to the target", INCREASE, a, b, None, unit))
    return out


# "Net worth $N": the measure named first, its value after (not "worth $1M", a qualifier)
NET_WORTH = (
    ("Net worth ${k}k", INCREASE, None),
    ("Net worth: ${k}k", INCREASE, None),
    ("Reach a net worth of ${k}k", INCREASE, None),
    ("Net worth ≥ ${k}k", ABOVE, None),
    ("Net worth ${s}k → ${k}k", INCREASE, "start"),
)


def net_worth() -> list[Phrasing]:
    """Return "Net worth $100k": a target of 100,000 $."""
    out = []
    for k in (50, 100, 250):
        for template, way, start in NET_WORTH:
            text = template.format(k=k, s=k // 2)
            first = k // 2 * 1000 if start else None
            out.append(Phrasing(text, "en", "net worth", way, first, k * 1000, None, "$"))
    return out


# "零" before a trouble with one word of severity or place between: a ceiling of 0
ZERO_SHAPES = ("零P1事故", "零P0故障", "零重大事故", "实现零严重漏洞", "线上零P1故障", "零高危漏洞",
               "零嚴重事故", "零安全事故", "零线上故障")  # fmt: skip


def zero_with_severity() -> list[Phrasing]:
    """Return "零P1事故": stay below 0, as "Zero P1 incidents"."""
    return [Phrasing(t, "zh", "zero with a severity", BELOW, None, 0) for t in ZERO_SHAPES]


# (template, language, direction, unit): a German floor or ceiling word opening a short line
GERMAN_BOUNDS = (
    ("Mindestens {n} Demos", ABOVE, "Demos"),
    ("Mindestens ~{n} Demos", ABOVE, "Demos"),
    ("Mindestens {n} Kundeninterviews pro Woche", ABOVE, "Kundeninterviews"),
    ("Höchstens {n} Meetings", BELOW, "Meetings"),
    ("Höchstens {n} Ausfälle pro Monat", BELOW, "Ausfälle"),
)


def german_bounds() -> list[Phrasing]:
    """Return "Mindestens 30 Demos": stay above 30, unit Demos as written."""
    out = []
    for n in (3, 12, 30):
        for template, way, unit in GERMAN_BOUNDS:
            text = template.format(n=n)
            out.append(Phrasing(text, "de", "German bound word", way, None, n, None, unit))
    return out


# (template, language, direction, start?): an amount before a trailing "€" in a line whose words
# tell no language, written the continental way: {t} the target, {s} the start
CONTINENTAL_AMOUNTS = (
    ("Ahorrar {t} € (actual: {s} €)", "es", INCREASE, True),
    ("{t} € sparen (aktuell {s} €)", "de", INCREASE, True),
    ("Raise {t} €", "en", INCREASE, False),
)
CONTINENTAL_CENTS = (
    ("Coût par exécution ≤ {c} €", "fr"),
    ("Kosten pro Lauf ≤ {c} €", "de"),
    ("Costo per esecuzione ≤ {c} €", "it"),
)


def continental_amounts() -> list[Phrasing]:
    """Return "Ahorrar 10.000 € (actual: 2.500 €)": from 2,500 to 10,000 €; "≤ 0,05 €": 0.05."""
    out = []
    for s_, t in ((2_500, 10_000), (1_250, 4_000), (7_750, 12_500)):
        for template, language, way, with_start in CONTINENTAL_AMOUNTS:
            text = template.format(t=f"{t:,}".replace(",", "."), s=f"{s_:,}".replace(",", "."))
            start = s_ if with_start else None
            family = "continental amount"
            out.append(Phrasing(text, language, family, way, start, t, None, "€"))
    for c in ("0,05", "0,12", "1,5"):
        for template, language in CONTINENTAL_CENTS:
            text = template.format(c=c)
            value = float(c.replace(",", "."))
            out.append(Phrasing(text, language, "continental cents", BELOW, None, value, None, "€"))
    return out


# (template, direction, start): an Italian article elided before a number; {n} the number
ELIDED = (
    ("Ridurre il churn all'{n}%", DECREASE, None),
    ("Tasso di errore sotto l'{n}% (attualmente 95%)", DECREASE, 95),
    ("Ridurre il tasso di abbandono dall'{n}% al 5%", DECREASE, "from"),
    ("Mantenere l'uptime sopra l'{n}%", ABOVE, None),
)


def italian_elisions() -> list[Phrasing]:
    """Return "Ridurre il churn all'8%": a decrease to 8%."""
    out = []
    for n in (8, 11, 80):
        for template, way, start in ELIDED:
            text = template.format(n=n)
            if start == "from":
                first, target = n, 5
            else:
                first, target = start, n
            out.append(Phrasing(text, "it", "elided article", way, first, target, None, "%"))
    return out


# "Baseline: A → Target: B …": the line opening with its baseline
BASELINE_FIRST = (
    ("Baseline: {a}% → Target: {b}% conversion", "%"),
    ("Baseline {a}% -> target {b}% gross margin", "%"),
    ("Current: {a} → Target: {b} paying customers", "customers"),
)


def baseline_first() -> list[Phrasing]:
    """Return "Baseline: 2% → Target: 4% conversion": from 2% to 4%."""
    out = []
    for a, b in ((2, 4), (20, 35), (40, 55)):
        for template, unit in BASELINE_FIRST:
            text = template.format(a=a, b=b)
            out.append(Phrasing(text, "en", "baseline first", INCREASE, a, b, None, unit))
    return out


def thirty_second_phrasings() -> list[Phrasing]:
    return (
        currency_baselines()
        + status_notes()
        + told_by_label()
        + moves_after_a_label()
        + moved_amounts()
        + net_worth()
        + zero_with_severity()
        + german_bounds()
        + continental_amounts()
        + italian_elisions()
        + baseline_first()
    )


def near_misses() -> list[Phrasing]:
    return [
        # a parenthesis with a currency that states no baseline
        Phrasing(
            "Vender 500 entradas (precio: 20 €)",
            "es",
            "near miss",
            INCREASE,
            None,
            500,
            None,
            "entradas",
        ),
        Phrasing(
            "Reach 500 customers (pricing: 30 €)",
            "en",
            "near miss",
            INCREASE,
            None,
            500,
            None,
            "customers",
        ),
        # a baseline without a currency keeps its reading
        Phrasing(
            "Receita mensal 80.000 (atual: 50.000)", "pt", "near miss", INCREASE, 50_000, 80_000
        ),
        # a current state in words is no baseline; the target is still read
        Phrasing(
            "Signups — Current: not measured / Target: 500", "en", "near miss", INCREASE, None, 500
        ),
        # the fifteenth round's "current → target" keeps its reading
        Phrasing(
            "Hit $100K ARR from enterprise — current $0 → target $100K",
            "en",
            "near miss",
            INCREASE,
            0,
            100_000,
            None,
            "$",
        ),
        # a label in English, or a label whose words already tell the language, read as before
        Phrasing(
            "Goal: 500 paying customers", "en", "near miss", INCREASE, None, 500, None, "customers"
        ),
        Phrasing("Doel: 80% klanttevredenheid", "nl", "near miss", INCREASE, None, 80, None, "%"),
        Phrasing("Ziel: Umsatz 50.000 €", "de", "near miss", INCREASE, None, 50_000, None, "€"),
        Phrasing("Tasa de abandono: del 8% al 5%", "es", "near miss", DECREASE, 8, 5, None, "%"),
        Phrasing("NPS: de 30 para 50", "pt", "near miss", INCREASE, 30, 50),
        Phrasing("Churn: von 5 % auf 3 %", "de", "near miss", DECREASE, 5, 3, None, "%"),
        Phrasing("Read 24 books", "en", "near miss", INCREASE, None, 24, None, "books"),
        # an aside in another unit or a count without a unit in the aside keeps the target
        Phrasing(
            "Hire 5 engineers (10 → 15)", "en", "near miss", INCREASE, None, 5, None, "engineers"
        ),
        Phrasing("Run 5 km (20 → 25 min)", "en", "near miss", INCREASE, None, 5, None, "km"),
        # "worth" after a count is a qualifier; "零" inside a word or before a rate is no zero
        Phrasing("Sign 3 deals worth $1M", "en", "near miss", INCREASE, None, 3, None, "deals"),
        Phrasing(
            "零售额增长20%",
            "zh",
            "near miss",
            INCREASE,
            None,
            None,
            {"amount": 20, "relative": True},
        ),
        Phrasing("零安全事故率", "zh", "near miss", None),
        Phrasing("零重大改动", "zh", "near miss", None),
        # a German bound word inside a longer line read as before
        Phrasing("Mindestens 3× Wettkämpfe", "de", "near miss", ABOVE, None, 3, None, "Wettkämpfe"),
        # an amount before "€" written the English way, or in a told language, keeps its value
        Phrasing("Revenue 1,500 €", "en", "near miss", INCREASE, None, 1500, None, "€"),
        Phrasing("Revenue 10.000 €", "en", "near miss", INCREASE, None, 10_000, None, "€"),
        Phrasing("Cost per run ≤ €0.05", "en", "near miss", BELOW, None, 0.05, None, "€"),
        Phrasing("Umsatz pro Monat ≥ 50.000 €", "de", "near miss", ABOVE, None, 50_000, None, "€"),
        # an elided article before a word, and an Italian number already read
        Phrasing("L'azienda cresce", "it", "near miss", None),
        Phrasing("Ridurre il churn dal 5% al 2%", "it", "near miss", DECREASE, 5, 2, None, "%"),
        # "current" inside a sentence with no target word is the earlier baseline aside
        Phrasing(
            "Reach 500 customers (current: 120)",
            "en",
            "near miss",
            INCREASE,
            120,
            500,
            None,
            "customers",
        ),
    ]


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": thirty_second_phrasings(), "near misses": near_misses()})
