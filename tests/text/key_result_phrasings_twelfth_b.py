"""Twelfth-round families (part B) of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-10 misses (docs/plaintext.md, "Twelfth round, part B"); its labels follow
from the conventions of docs/plaintext.md, never from what the parser answers:

- short Portuguese from–to ("Aumentar margem líquida de 18% para 25%"): "de A para B" is from
  A to B, whatever words the sentence shares with Spanish; start A, target B;
- numbers written as words in Portuguese and Spanish, with "por cento"/"por ciento" (%),
  "reais" (R$), "euros" (€), "dias"/"días" (days): "vinte e cinco" is 25, "novecentos e
  sessenta" 960, "mil e duzentos" 1,200 (round-10 conventions);
- a key result without a number whose verb gives the direction, where the language puts its
  verb: German last ("Zahlende Kunden gewinnen", increase), Chinese last ("开发自测能力增强") or
  first ("提升用户满意度"); a German count in words is the number and its noun the unit ("Zwei
  Schlüsselpositionen besetzen": increase, target 2, unit Schlüsselpositionen; round-10
  convention: German nouns after a number are units).
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import DECREASE, INCREASE, Phrasing

# Portuguese metrics: some with spellings Spanish never writes, some with none at all.
PT_METRICS = (
    "margem líquida",
    "ticket médio",
    "lucro",
    "o faturamento mensal",
    "a taxa de ganho",
    "o número de usuários ativos",
    "a satisfação dos clientes",
    "a receita de vendas",
)
# (start, target, written start, written target, unit)
PT_VALUES = (
    (18, 25, "18%", "25%", "%"),
    (960, 1200, "R$960", "R$1.200", "R$"),
    (40, 25, "40 dias", "25 dias", "days"),
    (30, 50, "30", "50", None),
)
PT_VERBS = {"Aumentar": INCREASE, "Elevar": INCREASE, "Reduzir": DECREASE, "Melhorar": None}


def portuguese_from_to_variants() -> list[Phrasing]:
    """Return short Portuguese "de A para B" key results: from A to B."""
    out = []
    for (verb, way), metric, (a, b, wa, wb, unit) in product(
        PT_VERBS.items(), PT_METRICS, PT_VALUES
    ):
        direction = INCREASE if b > a else DECREASE
        if way is not None and way != direction:
            continue  # "Reduzir … de 18% para 25%" is not written
        text = f"{verb} {metric} de {wa} para {wb}"
        out.append(Phrasing(text, "pt", "pt_from_to", direction, a, b, None, unit))
    return out


# Spanish from–to with the same shared words, which must stay Spanish: "de A a B", "del A al B".
ES_METRICS = (
    "margen neto",
    "ticket medio",
    "el margen neto",
    "las ventas",
    "la tasa de conversión",
)
ES_FORMS = ("de {a} a {b}", "del {a} al {b}", "desde {a} hasta {b}")
ES_VALUES = (
    (18, 25, "18%", "25%", "%"),
    (40, 25, "40 días", "25 días", "days"),
    (30, 50, "30", "50", None),
)


def spanish_from_to_variants() -> list[Phrasing]:
    """Return short Spanish from–to key results (near misses of the Portuguese family)."""
    out = []
    for verb, metric, form, (a, b, wa, wb, unit) in product(
        ("Aumentar", "Reducir", "Mejorar"), ES_METRICS, ES_FORMS, ES_VALUES
    ):
        direction = INCREASE if b > a else DECREASE
        if verb != "Mejorar" and (verb == "Aumentar") != (b > a):
            continue
        if form.startswith("del") and unit != "%":
            continue  # "del 40 días" is not written
        text = f"{verb} {metric} {form.format(a=wa, b=wb)}"
        out.append(Phrasing(text, "es", "es_from_to", direction, a, b, None, unit))
    return out


# Numbers in words: value → (Portuguese, Spanish).
WORDS = {
    8: ("oito", "ocho"),
    12: ("doze", "doce"),
    15: ("quinze", "quince"),
    18: ("dezoito", "dieciocho"),
    25: ("vinte e cinco", "veinticinco"),
    35: ("trinta e cinco", "treinta y cinco"),
    40: ("quarenta", "cuarenta"),
    60: ("sessenta", "sesenta"),
    150: ("cento e cinquenta", "ciento cincuenta"),
    960: ("novecentos e sessenta", "novecientos sesenta"),
    1200: ("mil e duzentos", "mil doscientos"),
    2500: ("dois mil e quinhentos", "dos mil quinientos"),
}
# (template with {a} and {b}, unit); the value pairs that fit the unit.
WORD_TEMPLATES = {
    "pt": (
        ("Aumentar {m} de {a} por cento para {b} por cento.", "%"),
        ("Reduzir {m} de {a} por cento para {b} por cento", "%"),
        ("{M} de {a} por cento para {b} por cento.", "%"),
        ("Aumentar {m} de {a} reais para {b} reais.", "R$"),
        ("Reduzir o prazo de entrega de {a} dias para {b} dias", "days"),
    ),
    "es": (
        ("Aumentar {m} del {a} por ciento al {b} por ciento", "%"),
        ("Reducir {m} del {a} por ciento al {b} por ciento", "%"),
        ("Aumentar {m} de {a} euros a {b} euros", "€"),
        ("Reducir el plazo de entrega de {a} días a {b} días", "days"),
    ),
}
WORD_METRICS = {"pt": ("margem líquida", "a conversão"), "es": ("el margen neto", "la conversión")}
WORD_PAIRS = ((8, 15), (18, 25), (12, 35), (40, 60), (60, 18), (960, 1200), (150, 2500))


def number_words_variants() -> list[Phrasing]:
    """Return from–to key results with both numbers written as words."""
    out = []
    for code, templates in WORD_TEMPLATES.items():
        column = 0 if code == "pt" else 1
        for (template, unit), metric, (a, b) in product(templates, WORD_METRICS[code], WORD_PAIRS):
            direction = INCREASE if b > a else DECREASE
            verb = template.split()[0]
            if verb in ("Aumentar", "Reducir", "Reduzir") and (verb == "Aumentar") != (b > a):
                continue  # the verb and the numbers agree
            if unit == "%" and max(a, b) > 100:
                continue
            text = template.format(
                m=metric, M=metric[0].upper() + metric[1:], a=WORDS[a][column], b=WORDS[b][column]
            )
            out.append(Phrasing(text, code, "number_words", direction, a, b, None, unit))
    return out


# A count in words that takes more than one word: "vinte e cinco relatórios" is 25.
COMPOUND_COUNTS = {
    "pt": (("Publicar {w} relatórios", "relatórios"), ("Realizar {w} oficinas com clientes", "oficinas")),
    "es": (("Publicar {w} informes", "informes"), ("Organizar {w} talleres con clientes", "talleres")),
}  # fmt: skip


def compound_count_variants() -> list[Phrasing]:
    """Return counts written in several words: the number, its noun the unit."""
    out = []
    for code, templates in COMPOUND_COUNTS.items():
        column = 0 if code == "pt" else 1
        for (template, noun), n in product(templates, (25, 35, 150, 1200)):
            text = template.format(w=WORDS[n][column])
            out.append(Phrasing(text, code, "compound_count", INCREASE, None, n, None, noun))
    return out


# German key results without a number whose last verb gives the direction.
GERMAN_NO_NUMBER = {
    "gewinnen": ("Zahlende Kunden", "Ehrenamtliche Helfer", "Neue Mitglieder", "Stammkunden"),
}
# German counts in words, with a verb at the end that fills or gains the counted things.
GERMAN_COUNTS = {2: "Zwei", 3: "Drei", 4: "Vier", 5: "Fünf", 10: "Zehn"}
GERMAN_COUNTED = (
    ("{n} Schlüsselpositionen besetzen", "Schlüsselpositionen"),
    ("{n} Führungspositionen besetzen", "Führungspositionen"),
    ("{n} neue Partner gewinnen", "Partner"),
    ("{n} Großkunden gewinnen", "Großkunden"),
)
# Chinese: (subject, verb) with the verb last, and verb-first forms.
CHINESE_UP = ("提升", "提高", "增强")
CHINESE_DOWN = ("降低", "减少")
CHINESE_SUBJECTS_UP = ("开发自测能力", "开发人员对dump文件调试能力", "用户满意度", "团队协作效率")
CHINESE_SUBJECTS_DOWN = ("线上故障率", "客户投诉", "发布等待时间")


def verb_gives_direction_variants() -> list[Phrasing]:
    """Return key results without a number whose verb, where it stands, gives the direction."""
    out = []
    for verb, subjects in GERMAN_NO_NUMBER.items():
        for subject in subjects:
            out.append(Phrasing(f"{subject} {verb}", "de", "verb_direction", INCREASE))
    for (n, word), (template, noun) in product(GERMAN_COUNTS.items(), GERMAN_COUNTED):
        for written in (word, str(n)):
            text = template.format(n=written)
            out.append(Phrasing(text, "de", "german_count", INCREASE, None, n, None, noun))
    for verbs, subjects, way in (
        (CHINESE_UP, CHINESE_SUBJECTS_UP, INCREASE),
        (CHINESE_DOWN, CHINESE_SUBJECTS_DOWN, DECREASE),
    ):
        for verb, subject in product(verbs, subjects):
            out.append(Phrasing(f"{subject}{verb}", "zh", "verb_direction", way))
            out.append(Phrasing(f"{verb}{subject}", "zh", "verb_direction", way))
    return out


def twelfth_round_b_phrasings() -> list[Phrasing]:
    """Return every twelfth-round (part B) family."""
    return (
        portuguese_from_to_variants()
        + spanish_from_to_variants()
        + number_words_variants()
        + compound_count_variants()
        + verb_gives_direction_variants()
    )
