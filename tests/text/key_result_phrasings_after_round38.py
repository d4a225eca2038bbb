"""Families of composed key results after the first run of round 38 (issue 15, session 21),
labels by construction (docs/plaintext.md, "After the first run of round 38"), never what the
parser answers:

1. a day and a month in digits after a deadline word of Portuguese, Spanish, French, Italian,
   German, Dutch or English ("até 29/07", "hasta el 15/08", "avant le 30/09", "entro il 30/09",
   "bis 29.07.", "vóór 1-9", "by 7/29"), or closing the sentence with a day past 12 ("Site
   lançado 29/07"): a deadline, no value; a count elsewhere still reads ("5 clientes até
   29/07": 5 clientes);
2. a verb that brings a count to zero, with no number (Portuguese "zerar", Spanish "llevar a
   cero", "eliminar todos los", French "ramener à zéro", "éliminer tous les", Italian
   "azzerare"): stay below 0, the plural noun without its adjectives the unit, as "Zero
   critical bugs" and "Eliminate all critical bugs" read; a singular ("Zerar o backlog", "Zerar
   a fila de suporte") has no unit, as "Zero the backlog" and "Zero support queue";
3. a Romance floor right before the count, also in the middle of the sentence (Portuguese "ao
   menos", "pelo menos", "no mínimo"; Spanish "al menos", "como mínimo", "por lo menos"; French
   "au moins"; Italian "almeno", "come minimo"): stay above the count.

Each family carries near misses that must keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_after_round38` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# 1. A date in digits after a deadline word: no value. (text, language)
DEADLINES_ALONE = (
    ("Pitch deck + one-pager + demo do ISA prontos e ensaiados até 29/07.", "pt"),
    ("Deck pronto até 29/07", "pt"),
    ("Lançar o site em 29/07", "pt"),
    ("Relatório final entregue antes de 15/09", "pt"),
    ("Lanzar la app hasta el 15/08", "es"),
    ("Informe final listo antes del 30/09", "es"),
    ("Lancer le site avant le 30/09", "fr"),
    ("Rapport livré d'ici le 15/10", "fr"),
    ("Sito pronto entro il 30/09", "it"),
    ("Piano approvato entro il 15/10/2026", "it"),
    ("Website fertig bis 29.07.", "de"),
    ("Website live bis 29.07.2026", "de"),
    ("Konzept abgeschlossen am 15.10.", "de"),
    ("Website klaar vóór 1-9", "nl"),
    ("Launch website by 7/29", "en"),
    ("Ship the new pricing page before 12/15", "en"),
    ("Site lançado 29/07", "pt"),
    ("Relatório publicado 15.09.2026", "pt"),
)
# ... and a real count elsewhere: it still reads. (text, language, target, unit)
DEADLINES_WITH_COUNT = (
    ("5 clientes até 29/07", "pt", 5, "clientes"),
    ("Conseguir 20 clientes até 30/09", "pt", 20, "clientes"),
    ("Firmar 10 contratos hasta el 15/08", "es", 10, "contratos"),
    ("Signer 10 contrats avant le 30/09", "fr", 10, "contrats"),
    ("Firmare 10 contratti entro il 30/09", "it", 10, "contratti"),
    ("10 Verträge bis 29.07.", "de", 10, "Verträge"),
    ("Sign 10 contracts by 7/29", "en", 10, "contracts"),
    ("Reach 500 users by 12/31", "en", 500, "users"),
    ("Atingir 500 usuários até 31.12.", "pt", 500, "usuários"),
)


def deadlines() -> list[Phrasing]:
    """Return "Deck pronto até 29/07" (no value) and "5 clientes até 29/07" (5 clientes)."""
    alone = [Phrasing(text, lang, "numeric deadline", None) for text, lang in DEADLINES_ALONE]
    counted = [
        Phrasing(text, lang, "numeric deadline, count", INCREASE, None, target, None, unit)
        for text, lang, target, unit in DEADLINES_WITH_COUNT
    ]
    return alone + counted


# 2. A verb that brings a count to zero: stay below 0. (text, language, unit)
ZEROING = (
    ("Zerar erros críticos de lint/build do MVP.", "pt", "erros"),
    ("Zerar bugs críticos em produção", "pt", "bugs"),
    ("Zerar os bugs críticos", "pt", "bugs"),
    ("Zerar incidentes de segurança", "pt", "incidentes"),
    ("Zerar reclamações de clientes", "pt", "reclamações"),
    ("Llevar a cero los errores críticos", "es", "errores"),
    ("Llevar a cero las quejas de clientes", "es", "quejas"),
    ("Eliminar todos los errores críticos", "es", "errores"),
    ("Eliminar todos los incidentes de seguridad", "es", "incidentes"),
    ("Ramener à zéro les incidents critiques", "fr", "incidents"),
    ("Éliminer tous les bugs critiques", "fr", "bugs"),
    ("Éliminer toutes les erreurs critiques", "fr", "erreurs"),
    ("Azzerare gli errori critici", "it", "errori"),
    ("Azzerare gli incidenti di sicurezza", "it", "incidenti"),
)
# ... a singular: no unit, as "Zero the backlog" and "Zero support queue"
ZEROING_SINGULAR = (("Zerar o backlog", "pt"), ("Zerar a fila de suporte", "pt"))


def zeroing() -> list[Phrasing]:
    """Return "Zerar erros críticos": stay below 0 erros."""
    return [
        Phrasing(text, lang, "zeroing verb", BELOW, None, 0, None, unit)
        for text, lang, unit in ZEROING
    ] + [
        Phrasing(text, lang, "zeroing verb", BELOW, None, 0, None)
        for text, lang in ZEROING_SINGULAR
    ]


# 3. A Romance floor right before the count: stay above. (text, language, target, unit)
FLOORS = (
    ("ISA calculado com dados reais em ao menos 5 atrativos.", "pt", 5, "atrativos"),
    ("Ao menos 5 atrativos", "pt", 5, "atrativos"),
    ("Atender ao menos 20 clientes", "pt", 20, "clientes"),
    ("Modelo validado com ao menos 10 usuários", "pt", 10, "usuários"),
    ("Projeto piloto em pelo menos 3 escolas", "pt", 3, "escolas"),
    ("Piloto ativo em no mínimo 4 hospitais", "pt", 4, "hospitais"),
    ("Piloto activo en al menos 4 hospitales", "es", 4, "hospitales"),
    ("Piloto activo en como mínimo 4 hospitales", "es", 4, "hospitales"),
    ("Firmar como mínimo 10 contratos", "es", 10, "contratos"),
    ("Visitar como mínimo 8 tiendas", "es", 8, "tiendas"),
    ("Modelo validado con por lo menos 10 usuarios", "es", 10, "usuarios"),
    ("Pilote déployé dans au moins 3 régions", "fr", 3, "régions"),
    ("Modello validato con almeno 10 utenti", "it", 10, "utenti"),
    ("Firmare come minimo 10 contratti", "it", 10, "contratti"),
)


def floors() -> list[Phrasing]:
    """Return "em ao menos 5 atrativos": at least 5 atrativos."""
    return [
        Phrasing(text, lang, "romance floor", ABOVE, None, target, None, unit)
        for text, lang, target, unit in FLOORS
    ]


def after_round38_phrasings() -> list[Phrasing]:
    """Return every family's phrasings."""
    return deadlines() + zeroing() + floors()


def near_misses() -> list[Phrasing]:
    """Return sentences that look like the families and must keep their reading."""
    return [
        # a fraction, a score, a decimal: no date
        Phrasing(
            "Cut costs by 1/3",
            "en",
            "near miss",
            DECREASE,
            None,
            None,
            {"amount": 1, "relative": False},
        ),
        Phrasing("Score 4/5 or higher", "en", "near miss", ABOVE, None, 4, None),
        Phrasing(
            "Antwortzeit bis 2.5 Sekunden", "de", "near miss", INCREASE, None, 2.5, None, "seconds"
        ),
        Phrasing("Relatório entregue até 13/07/2026", "pt", "near miss", None),
        Phrasing("Launch website by 2026-07-29", "en", "near miss", None),
        # English "Zero" as before
        Phrasing("Zero the backlog", "en", "near miss", BELOW, None, 0, None),
        # a verb of decrease and "to zero": the target, a decrease, as "Reduce P1 incidents to zero"
        Phrasing("Bring critical bugs to zero", "en", "near miss", DECREASE, None, 0, None),
        Phrasing("Reduzir bugs críticos a zero", "pt", "near miss", DECREASE, None, 0, None),
        Phrasing("Eliminate critical bugs", "en", "near miss", DECREASE, None, None, None),
        # the second number of a pair: from 25 to at least 55
        Phrasing(
            "Score de seguranca elevado de 25 para pelo menos 55/100",
            "pt",
            "near miss",
            INCREASE,
            25,
            55,
            None,
        ),
        Phrasing("Pelo menos 5 clientes", "pt", "near miss", ABOVE, None, 5, None, "clientes"),
    ]


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round38_phrasings(), "near misses": near_misses()})
