"""Eleventh-round families of composed key results (issue 15), labels known by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-9 misses (docs/plaintext.md, "Eleventh round"); its labels follow from the
conventions of docs/plaintext.md, never from what the parser answers:

- "Implementada a plurianualidade em 100% das ações": work done in a share of the items
  ("in 100% of services") is a target share (unit %), not a change of 100%; Portuguese "em"
  and Spanish "en" read as "by" before a number, so the plural "of the" after the share
  (dos/das, de los/de las) is what tells the two apart.
- "por meio da publicação de cinco relatórios", "no mínimo dois relatórios": a count written in
  words (Portuguese, Spanish) is the number, as English "five reports" is.
- "Até o final de 2024, realizar 12 oficinas", "hasta finales de 2025": a deadline year is a
  date, as English "By the end of 2025" is, never the value.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, INCREASE, Phrasing

# "<done> in N% of the <items>", per language: (templates, items).
SHARE_OF_ITEMS = {
    "pt": (
        (
            "Implementada a plurianualidade em {n}% {of} {items}",
            "Implantar o monitoramento em {n}% {of} {items}",
            "Adotada a assinatura digital em {n}% {of} {items}",
        ),
        (("dos", "processos auditados"), ("das", "ações orçamentárias"), ("dos", "contratos")),
    ),
    "es": (
        (
            "Implementar la trazabilidad en el {n}% {of} {items}",
            "Desplegar el monitoreo en {n}% {of} {items}",
        ),
        (("de los", "procesos auditados"), ("de las", "sucursales"), ("de los", "contratos")),
    ),
    "en": (
        ("Implement tracing in {n}% {of} {items}", "Roll out monitoring in {n}% {of} {items}"),
        (("of", "services"), ("of the", "audited processes")),
    ),
}


def share_of_items_variants() -> list[Phrasing]:
    """Return work done in N% of the items: a target share, never a change."""
    out = []
    for code, (templates, items) in SHARE_OF_ITEMS.items():
        for template, (of, noun), n in product(templates, items, (80, 95, 100)):
            text = template.format(n=n, of=of, items=noun)
            out.append(Phrasing(text, code, "share_of_items", INCREASE, None, n, None, "%"))
    return out


# A count in words, per language: (plain templates, at-least templates, words, nouns).
COUNT_WORDS = {
    "pt": (
        (
            "Promovida a transparência por meio da publicação de {w} {noun}",
            "Publicar {w} {noun} até o fim do ano",
            "Realizados {w} {noun} com os gestores",
        ),
        ("Publicar no mínimo {w} {noun}", "Realizar pelo menos {w} {noun}"),
        {2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 10: "dez"},
        ("relatórios", "eventos", "seminários"),
    ),
    "es": (
        ("Publicar {w} {noun} durante el año", "Organizar {w} {noun} con los clientes"),
        ("Publicar al menos {w} {noun}", "Organizar como mínimo {w} {noun}"),
        {3: "tres", 4: "cuatro", 5: "cinco", 8: "ocho", 10: "diez"},
        ("informes", "talleres"),
    ),
}


def count_words_variants() -> list[Phrasing]:
    """Return a count written in words: the number, its noun the unit."""
    out = []
    for code, (plain, at_least, words, nouns) in COUNT_WORDS.items():
        for (n, w), noun in product(words.items(), nouns):
            for template in plain:
                text = template.format(w=w, noun=noun)
                out.append(Phrasing(text, code, "count_words", INCREASE, None, n, None, noun))
            for template in at_least:
                text = template.format(w=w, noun=noun)
                out.append(Phrasing(text, code, "count_words", ABOVE, None, n, None, noun))
    return out


# A deadline year, per language: (deadlines, templates with {d} the deadline, nouns).
DEADLINE_YEARS = {
    "pt": (
        ("até o final de", "até o fim de", "Até o final de"),
        ("{d} {y}, realizar {n} {noun}", "Publicar {n} {noun} {d} {y}"),
        ("oficinas", "relatórios"),
    ),
    "es": (
        ("hasta finales de", "a finales de", "para finales de", "hasta el final de"),
        ("{d} {y}, realizar {n} {noun}", "Publicar {n} {noun} {d} {y}"),
        ("talleres", "informes"),
    ),
}


def deadline_year_variants() -> list[Phrasing]:
    """Return a count with a deadline year: the count is the value, the year a date."""
    out = []
    for code, (deadlines, templates, nouns) in DEADLINE_YEARS.items():
        for d, template, noun, (n, y) in product(
            deadlines, templates, nouns, ((12, 2025), (40, 2026))
        ):
            if template[0] == "{" and d[0].islower():
                d = d[0].upper() + d[1:]
            text = template.format(d=d, y=y, n=n, noun=noun)
            out.append(Phrasing(text, code, "deadline_year", INCREASE, None, n, None, noun))
    return out


def eleventh_round_phrasings() -> list[Phrasing]:
    """Return every eleventh-round family."""
    return share_of_items_variants() + count_words_variants() + deadline_year_variants()
