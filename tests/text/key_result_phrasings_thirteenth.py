"""Thirteenth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-11 misses (docs/plaintext.md, "Thirteenth round"); its labels follow from the
conventions of docs/plaintext.md (rounds 10 and 11), never from what the parser answers:

- a relative change written without a preposition, the number right after the verb or an
  arrow ("Giảm 75% thời gian xử lý", "Incrementar 15% el conocimiento de marca", "Aumentar 20%
  as vendas", "↓ 30% incidentes repetidos"): a relative change, direction from the verb or the
  arrow, no target and no unit (a relative change's % is not the unit);
- Dutch, read as the other languages: "met N procent" is a relative change, "van A naar B" from
  A to B, "onder"/"maximaal" ceilings, "boven"/"minstens"/"minimaal" floors, "N% groei behaald"
  a relative change, counted nouns after a number are units (round-11 convention);
- a number written as a word before a counted noun reads as the digits ("Adquirir dos
  competidores" as "Adquirir 2 competidores"), and factor verbs ("Triplicar la cantidad de X")
  as English "triple"/"double": a relative change of +200% / +100%;
- a year after "vs", "versus", "frente a", "em relação a" is what is compared with, never a
  target;
- HTML entities (`&euro;`, `&amp;`, `&nbsp;`, `&lt;`) read as the characters they stand for.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

_REL = "relative"


def _rel(n: float) -> dict:
    return {"amount": n, _REL: True}


def _abs(n: float) -> dict:
    return {"amount": n, _REL: False}


# ---------------------------------------------------------------------------------------------
# 1. A relative change with no preposition.

NO_PREPOSITION = {
    "vi": (
        {"Tăng": INCREASE, "Giảm": DECREASE, "Cắt giảm": DECREASE, "Loại bỏ": DECREASE},
        ("thời gian xử lý", "lỗi", "chi phí vận hành", "số khiếu nại của khách hàng"),
    ),
    "es": (
        {"Incrementar": INCREASE, "Aumentar": INCREASE, "Reducir": DECREASE, "Disminuir": DECREASE},
        ("el conocimiento de marca", "las ventas", "los costes operativos", "la tasa de abandono"),
    ),
    "pt": (
        {"Aumentar": INCREASE, "Elevar": INCREASE, "Reduzir": DECREASE, "Diminuir": DECREASE},
        ("as vendas", "o faturamento mensal", "os custos operacionais", "a taxa de cancelamento"),
    ),
}
ARROW_METRICS = ("incidentes repetidos", "NPS", "retention", "tickets de soporte", "lỗi")


def no_preposition_variants() -> list[Phrasing]:
    """Return "<verb> N% <metric>" and "↑/↓ N% <metric>": a relative change of N."""
    out = []
    for code, (verbs, metrics) in NO_PREPOSITION.items():
        for (verb, way), metric, n in product(verbs.items(), metrics, (15, 20, 75)):
            text = f"{verb} {n}% {metric}"
            out.append(Phrasing(text, code, "no_preposition", way, None, None, _rel(n)))
    for (arrow, way), metric, n in product(
        (("↑", INCREASE), ("↓", DECREASE)), ARROW_METRICS, (12, 30)
    ):
        for text in (f"{arrow} {n}% {metric}", f"{arrow}{n}% {metric}"):
            out.append(Phrasing(text, "any", "arrow", way, None, None, _rel(n)))
    return out


# ---------------------------------------------------------------------------------------------
# 2. Dutch.

NL_METRICS = ("organisch verkeer", "de omzet", "het aantal leads", "de conversie")


def dutch_variants() -> list[Phrasing]:
    """Return Dutch key results in the shapes the other languages are read in."""
    out = []
    for metric, n in product(NL_METRICS, (15, 40)):
        subject = metric[0].upper() + metric[1:]
        for text, way in (
            (f"{subject} stijgt met {n} procent", INCREASE),
            (f"{subject} stijgt met {n}%", INCREASE),
            (f"{subject} groeit met {n} procent", INCREASE),
            (f"{subject} daalt met {n} procent", DECREASE),
            (f"Verhoog {metric} met {n} procent", INCREASE),
            (f"Verlaag {metric} met {n}%", DECREASE),
            (f"{subject} met {n}% verhogen", INCREASE),
            (f"{subject} met {n} procent verminderen", DECREASE),
        ):
            out.append(Phrasing(text, "nl", "nl_by", way, None, None, _rel(n)))
    for n in (20, 30):
        out.append(
            Phrasing(f"{n}% groei behaald", "nl", "nl_growth", INCREASE, None, None, _rel(n))
        )
        text = f"{n}% groei gerealiseerd"
        out.append(Phrasing(text, "nl", "nl_growth", INCREASE, None, None, _rel(n)))
    for metric, n in product(("abandonment rate", "het verloop", "de uitval"), (5, 60)):
        out.append(Phrasing(f"{metric} onder {n}%", "nl", "nl_bound", BELOW, None, n, None, "%"))
        out.append(Phrasing(f"{metric} maximaal {n}%", "nl", "nl_bound", BELOW, None, n, None, "%"))
        out.append(Phrasing(f"{metric} boven {n}%", "nl", "nl_bound", ABOVE, None, n, None, "%"))
        out.append(Phrasing(f"{metric} minimaal {n}%", "nl", "nl_bound", ABOVE, None, n, None, "%"))
        out.append(Phrasing(f"{metric} minstens {n}%", "nl", "nl_bound", ABOVE, None, n, None, "%"))
    for metric, (a, b) in product(("NPS", "De klanttevredenheid"), ((30, 45), (8, 5))):
        way = INCREASE if b > a else DECREASE
        for text in (
            f"{metric} van {a} naar {b}",
            f"{metric} stijgt van {a} naar {b}" if b > a else f"{metric} daalt van {a} naar {b}",
        ):
            out.append(Phrasing(text, "nl", "nl_from_to", way, a, b))
    for noun, n in product(("blogposts", "klanten", "workshops"), (4, 10)):
        out.append(Phrasing(f"{n} {noun} behalen", "nl", "nl_count", INCREASE, None, n, None, noun))
        out.append(Phrasing(f"Minstens {n} {noun}", "nl", "nl_count", ABOVE, None, n, None, noun))
    return out


# ---------------------------------------------------------------------------------------------
# 3. Number words before a counted noun, and factor verbs.

COUNT_WORDS = {
    "es": ({"dos": 2, "tres": 3, "cinco": 5}, ("Adquirir", "Contratar"), ("competidores", "ingenieros")),
    "pt": ({"dois": 2, "três": 3, "cinco": 5}, ("Adquirir", "Contratar"), ("concorrentes", "engenheiros")),
    "fr": ({"deux": 2, "trois": 3, "cinq": 5}, ("Acquérir", "Recruter"), ("concurrents", "ingénieurs")),
    "it": ({"due": 2, "tre": 3, "cinque": 5}, ("Acquisire", "Assumere"), ("concorrenti", "ingegneri")),
}  # fmt: skip
POINTS = {
    "es": ("Incrementar el NPS de los empleados en {w} puntos", "dos", "puntos"),
    "pt": ("Aumentar o NPS dos funcionários em {w} pontos", "dois", "pontos"),
    "fr": ("Augmenter le NPS des employés de {w} points", "deux", "points"),
    "it": ("Aumentare il NPS dei dipendenti di {w} punti", "due", "punti"),
}
FACTORS = {
    "es": ({"Duplicar": 100, "Triplicar": 200}, ("la cantidad de pedidos online", "las ventas")),
    "pt": ({"Dobrar": 100, "Duplicar": 100, "Triplicar": 200}, ("a quantidade de pedidos", "as vendas")),
    "fr": ({"Doubler": 100, "Tripler": 200}, ("le nombre de commandes", "les ventes")),
    "it": ({"Raddoppiare": 100, "Triplicare": 200}, ("il numero di ordini", "le vendite")),
}  # fmt: skip
NL_FACTORS = {"verdubbelen": 100, "verdrievoudigen": 200}


def count_word_variants() -> list[Phrasing]:
    """Return counts in words before a noun, points changes in words, and factor verbs."""
    out = []
    for code, (words, verbs, nouns) in COUNT_WORDS.items():
        for (word, n), verb, noun in product(words.items(), verbs, nouns):
            text = f"{verb} {word} {noun}"
            out.append(Phrasing(text, code, "count_word", INCREASE, None, n, None, noun))
    for word, n in (("twee", 2), ("drie", 3)):
        for noun in ("ontwikkelaars", "concurrenten"):
            text = f"{word.capitalize()} {noun} aannemen"
            out.append(Phrasing(text, "nl", "count_word", INCREASE, None, n, None, noun))
    for code, (template, word, unit) in POINTS.items():
        text = template.format(w=word)
        out.append(Phrasing(text, code, "points_word", INCREASE, None, None, _abs(2), unit))
    for code, (verbs, metrics) in FACTORS.items():
        for (verb, pct), metric in product(verbs.items(), metrics):
            text = f"{verb} {metric}"
            out.append(Phrasing(text, code, "factor", INCREASE, None, None, _rel(pct)))
    for (verb, pct), metric in product(NL_FACTORS.items(), ("Het aantal bestellingen", "De omzet")):
        out.append(Phrasing(f"{metric} {verb}", "nl", "factor", INCREASE, None, None, _rel(pct)))
    return out


# ---------------------------------------------------------------------------------------------
# 4. A year after "vs" is a comparison.

VERSUS = {"en": ("vs", "vs.", "versus"), "es": ("vs", "frente a"), "pt": ("vs", "em relação a")}
VERSUS_ROWS = {
    "en": (("Reduce churn", DECREASE), ("Grow average order value", INCREASE)),
    "es": (("Reducir peso de proyectos one-off", DECREASE), ("Aumentar el ticket promedio", INCREASE)),
    "pt": (("Reduzir o churn", DECREASE), ("Aumentar o ticket médio", INCREASE)),
}  # fmt: skip


def versus_variants() -> list[Phrasing]:
    """Return "<key result> vs <year>": the year is what is compared with."""
    out = []
    for code, words in VERSUS.items():
        for word, (head, way), year in product(words, VERSUS_ROWS[code], (2024, 2025)):
            out.append(Phrasing(f"{head} {word} {year}", code, "versus", way))
            text = f"{head} 20% {word} {year}"
            out.append(Phrasing(text, code, "versus", way, None, None, _rel(20)))
    return out


# ---------------------------------------------------------------------------------------------
# 5. HTML entities.

ENTITIES = (
    ("Ahorrar 30.000&euro; para la entrada", "es", INCREASE, None, 30000, None, "€"),
    ("Raise revenue to &euro;5M", "en", INCREASE, None, 5_000_000, None, "€"),
    ("Reduce R&amp;D costs by 10%", "en", DECREASE, None, None, _rel(10), None),
    ("Keep latency &lt; 200ms", "en", BELOW, None, 200, None, "ms"),
    ("Keep latency &lt;200ms", "en", BELOW, None, 200, None, "ms"),
    ("Keep uptime &gt;= 99.9%", "en", ABOVE, None, 99.9, None, "%"),
    ("Reach&nbsp;500 customers", "en", INCREASE, None, 500, None, "customers"),
    ("Reach 500&nbsp;customers", "en", INCREASE, None, 500, None, "customers"),
    ("Aumentar la facturación a 2.000.000&nbsp;&euro;", "es", INCREASE, None, 2_000_000, None, "€"),
    ("Grow Q&amp;A answers from 40 to 90", "en", INCREASE, 40, 90, None, None),
)


def entity_variants() -> list[Phrasing]:
    """Return key results written with HTML entities."""
    return [
        Phrasing(text, code, "html_entity", way, start, target, change, unit)
        for text, code, way, start, target, change, unit in ENTITIES
    ]


def thirteenth_round_phrasings() -> list[Phrasing]:
    """Return every family of the thirteenth round."""
    return (
        no_preposition_variants()
        + dutch_variants()
        + count_word_variants()
        + versus_variants()
        + entity_variants()
    )
