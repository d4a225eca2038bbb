"""Families of composed key results after the first runs of rounds 35 and 36 (issue 15, session
20), labels by construction (docs/plaintext.md, "After the first runs of rounds 35 and 36"),
never what the parser answers:

1. a floor or ceiling word between the values of a move ("Score de seguranca elevado de 25 para
   pelo menos 55/100"): from 25 to 55, as English "from 25 to at least 55";
2. "by" and a word of "more" before the amount ("Grow monthly revenue by an additional $50k"):
   a change, as "by $50k";
3. "(starting from N)" after the target ("Reach 175 lbs via healthy bulk (starting from 145)"):
   the start, as "(from 145)";
4. "inferior a" / "superior a" (and the French and Italian forms) before a number in a sentence
   whose language its words do not tell ("Latencia comando-a-atuacao inferior a 2 segundos"): a
   ceiling or a floor;
5. a Portuguese plural in -ais, -eis ("notifica via 3 canais"): the counted noun;
6. "1 X <past participle> with … <plural>" ("1 internal project launched with validation
   criteria defined"): the 1 counts X, not the plural of the later phrase;
7. Japanese "拡大" (expand) with no number ("売上拡大"): increase, as Chinese "扩大";
8. "Continue" before a verb of change ("Continue and grow …", "Continue to reduce …",
   "Continue growing …"): that verb's direction;
9. a measure, then the progressive of a verb of change ending the first clause ("Surveying
   backlog shrinking, not growing"): that way;
10. "no" before a Spanish or Portuguese adverb that ends in "s" ("…, no después"): no zero.

Each family carries near misses that must keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_after_round35` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# 1. A floor or ceiling word before the end of a move.
BOUNDED_MOVES = (
    ("Score de seguranca elevado de 25 para pelo menos 55/100", "pt", INCREASE, 25, 55, None),
    ("Aumentar o score de segurança de 25 para pelo menos 55", "pt", INCREASE, 25, 55, None),
    ("Aumentar o score de 25 para no mínimo 55", "pt", INCREASE, 25, 55, None),
    ("Reduzir o churn de 8% para no máximo 5%", "pt", DECREASE, 8, 5, "%"),
    ("Aumentar la puntuación de 25 a al menos 55", "es", INCREASE, 25, 55, None),
    ("Aumentar la puntuación de 25 a por lo menos 55", "es", INCREASE, 25, 55, None),
    ("Reducir el churn del 8% a como máximo 5%", "es", DECREASE, 8, 5, "%"),
    ("Augmenter le score de 25 à au moins 55", "fr", INCREASE, 25, 55, None),
    ("Aumentare il punteggio da 25 a almeno 55", "it", INCREASE, 25, 55, None),
)


def bounded_moves() -> list[Phrasing]:
    """Return "de 25 para pelo menos 55": from 25 to 55."""
    return [
        Phrasing(text, lang, "bound before the end", way, start, target, None, unit)
        for text, lang, way, start, target, unit in BOUNDED_MOVES
    ]


# 2. "by" and a word of "more" before the amount: a change.
MORE_BY = (
    ("Grow monthly revenue by an additional $50k by end of year.", INCREASE, 50000, "$"),
    ("Grow monthly revenue by an extra $50k", INCREASE, 50000, "$"),
    ("Grow revenue by a further $50k", INCREASE, 50000, "$"),
    ("Increase active users by another 200", INCREASE, 200, None),
    ("Reduce costs by an additional €10k", DECREASE, 10000, "€"),
    ("Increase MRR by additional $5k per month", INCREASE, 5000, "$"),
)


def additional_changes() -> list[Phrasing]:
    """Return "by an additional $50k": a change of 50,000."""
    return [
        Phrasing(
            text, "en", "additional change", way, None, None, {"amount": n, "relative": False}, u
        )
        for text, way, n, u in MORE_BY
    ]


# 3. "(starting from N)" after the target: the start.
STARTING = (
    ("Reach 175 lbs via healthy bulk (starting from 145)", INCREASE, 145, 175, "lbs"),
    ("Grow MRR to $20k (starting from $8k)", INCREASE, 8000, 20000, "$"),
    ("Cut response time to 2 hours (starting from 6 hours)", DECREASE, 6, 2, "hours"),
)


def starting_baselines() -> list[Phrasing]:
    """Return "Reach 175 lbs (starting from 145)": from 145 to 175."""
    return [
        Phrasing(text, "en", "starting from", way, start, target, None, unit)
        for text, way, start, target, unit in STARTING
    ]


# 4. "inferior a" / "superior a" in a sentence of too few common words.
RELATIVE_BOUNDS = (
    ("Latencia comando-a-atuacao inferior a 2 segundos", "pt", BELOW, 2, "seconds"),
    ("Latencia inferior a 200 ms", "es", BELOW, 200, "ms"),
    ("Churn inferior a 5%", "es", BELOW, 5, "%"),
    ("NPS superior a 50", "es", ABOVE, 50, None),
    ("Latenza inferiore a 200 ms", "it", BELOW, 200, "ms"),
    ("Temps de réponse inférieur à 2 secondes", "fr", BELOW, 2, "seconds"),
)


def relative_bounds() -> list[Phrasing]:
    """Return "Latencia … inferior a 2 segundos": stay below 2 seconds."""
    return [
        Phrasing(text, lang, "inferior a", way, None, n, None, unit)
        for text, lang, way, n, unit in RELATIVE_BOUNDS
    ]


# 5. A Portuguese plural in -ais, -eis: the counted noun.
PORTUGUESE_PLURALS = (
    ("Sistema de alertas notifica via 3 canais (WebSocket, Telegram, Email)", 3, "canais"),
    ("Alertas via 3 canais", 3, "canais"),
    ("Atingir 4 níveis de maturidade", 4, "níveis"),
    ("Publicar 5 manuais de operação", 5, "manuais"),
    ("Criar 3 materiais de treinamento", 3, "materiais"),
    ("Abrir 2 novos canais", 2, "canais"),
)


def portuguese_plurals() -> list[Phrasing]:
    """Return "notifica via 3 canais": 3, unit canais."""
    return [
        Phrasing(text, "pt", "plural in -is", INCREASE, None, n, None, unit)
        for text, n, unit in PORTUGUESE_PLURALS
    ]


# 6. "1 X <past participle> with … <plural>": the 1 counts X.
ONE_THEN_PARTICIPLE = (
    ("1 internal project launched with validation criteria defined", "projects"),
    ("1 pilot customer signed with success criteria agreed", "customers"),
    ("1 case study published with customer quotes", "studies"),
    ("1 paper submitted with all experiments reproduced", "papers"),
)


def one_then_participle() -> list[Phrasing]:
    """Return "1 internal project launched with validation criteria defined": projects."""
    return [
        Phrasing(text, "en", "one, participle", INCREASE, None, 1, None, unit)
        for text, unit in ONE_THEN_PARTICIPLE
    ]


# 7. Japanese "拡大" with no number; 8. "Continue" before a verb of change; 9. a progressive
# of change ending the first clause: the direction, no values.
NO_NUMBER = (
    ("売上拡大", "ja", INCREASE),
    ("売上高を拡大する", "ja", INCREASE),
    ("事業拡大", "ja", INCREASE),
    ("海外販売を拡大します", "ja", INCREASE),
    ("Continue and grow IHRDC AI enablement engagement", "en", INCREASE),
    ("Continue to grow the partner network", "en", INCREASE),
    ("Continue growing the partner network", "en", INCREASE),
    ("Continue and reduce churn", "en", DECREASE),
    ("Continue cutting cloud costs", "en", DECREASE),
    ("Surveying backlog shrinking, not growing", "en", DECREASE),
    ("Weekly active users growing", "en", INCREASE),
    ("Churn declining", "en", DECREASE),
    ("Ticket volume falling (after the FAQ launch)", "en", DECREASE),
    ("Revenue growing, margins stable", "en", INCREASE),
)


def directions_without_number() -> list[Phrasing]:
    """Return "売上拡大", "Continue and grow …", "backlog shrinking": a direction only."""
    return [Phrasing(text, lang, "direction without number", way) for text, lang, way in NO_NUMBER]


# 10. "no" before an adverb in -s: no zero.
DENIED_ADVERBS = (
    ("Detectar huecos conceptuales antes de los parciales, no después", "es"),
    ("Entregar el informe antes del viernes, no después", "es"),
    ("Pagar las facturas al llegar, no antes", "es"),
)


def denied_adverbs() -> list[Phrasing]:
    """Return "…, no después": nothing stated."""
    return [Phrasing(text, lang, "no + adverb", None) for text, lang in DENIED_ADVERBS]


def after_round35_phrasings() -> list[Phrasing]:
    return (
        bounded_moves()
        + additional_changes()
        + starting_baselines()
        + relative_bounds()
        + portuguese_plurals()
        + one_then_participle()
        + directions_without_number()
        + denied_adverbs()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: similar shapes that keep their reading.


def near_misses() -> list[Phrasing]:
    none = (
        # a progressive inside a phrase, "Continue" before no verb of change (round 27), a
        # magnifier and a zoomed view are not growth, "Plan for" leads
        ("Work on improving onboarding.", "en"),
        ("Draft a strategy for growing the attendance of our events", "en"),
        ("Continue closing feature issues on the portal", "en"),
        ("Continue to build the community", "en"),
        ("Continue the growth program", "en"),
        ("画像を拡大表示", "ja"),
    )
    misses = [Phrasing(t, lang, "near miss", None) for t, lang in none]
    change = {"amount": 50000, "relative": False}
    misses += [
        # a move without a bound word, and the English one
        Phrasing(
            "Aumentar de 25 para 55 clientes", "pt", "near miss", INCREASE, 25, 55, None, "clientes"
        ),
        Phrasing(
            "Raise security score from 25 to at least 55/100", "en", "near miss", INCREASE, 25, 55
        ),
        # "by" a team after the target; "by" the amount itself
        Phrasing(
            "Grow revenue to $50k by another team",
            "en",
            "near miss",
            INCREASE,
            None,
            50000,
            None,
            "$",
        ),
        Phrasing("Grow revenue by $50k", "en", "near miss", INCREASE, None, None, change, "$"),
        # "(starting from Q2)": a date, no start
        Phrasing(
            "Sell 100 licences (starting from Q2)",
            "en",
            "near miss",
            INCREASE,
            None,
            100,
            None,
            "licences",
        ),
        # "superior" as an English adjective
        Phrasing(
            "Delivering superior UX to 5 teams", "en", "near miss", INCREASE, None, 5, None, "teams"
        ),
        # an adjective in -ais after its noun: the noun counts
        Phrasing(
            "Processar 150.000+ saques mensais",
            "pt",
            "near miss",
            ABOVE,
            None,
            150000,
            None,
            "saques",
        ),
        # a plural noun after "no" still counts zero
        Phrasing(
            "Lanzar el piloto, no errores críticos",
            "es",
            "near miss",
            BELOW,
            None,
            0,
            None,
            "errores",
        ),
        Phrasing(
            "Ship the release, no manual top-ups",
            "en",
            "near miss",
            BELOW,
            None,
            0,
            None,
            "top-ups",
        ),
        # 1 and a head without a participle after it
        Phrasing(
            "1 new feature shipped with 3 users onboarded",
            "en",
            "near miss",
            INCREASE,
            None,
            1,
            None,
            "features",
        ),
        Phrasing("1 new content type", "en", "near miss", INCREASE, None, 1, None, "types"),
        # "Continue" with a number: the number's reading
        Phrasing(
            "Continue and grow revenue by 20%",
            "en",
            "near miss",
            INCREASE,
            None,
            None,
            {"amount": 20, "relative": True},
        ),
    ]
    return misses


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round35_phrasings(), "near misses": near_misses()})
