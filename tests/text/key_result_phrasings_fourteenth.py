"""Fourteenth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-12 misses (docs/plaintext.md, "Fourteenth round"); its labels follow from the
conventions of docs/plaintext.md (rounds 10 to 12), never from what the parser answers:

- German changes written as whole sentences: a modal or passive with a participle ("Die Anzahl
  der Leads soll um 10% gesteigert werden", "Die Kosten werden um 15% gesenkt"), "N% mehr /
  weniger X" inside a clause ("Es nehmen 15% mehr Kunden an den Events teil"): a relative
  change; "N Wochen weniger" / "N Kunden mehr": a change by an amount, which keeps its unit
  (the third label decision, applied in the seventeenth round: "weeks", "Kunden"); "darf N nicht übersteigen" a ceiling, "nicht weniger als N" a floor;
- a participle or adjective after a counted noun in Portuguese, Spanish, Italian or French
  ("500 trials iniciados", "10 deals Enterprise fechados", "20 clientes pagantes"): the unit is
  the noun, which Romance languages write first;
- English compound nouns whose head alone names something else ("3 Pull Requests", "2 Sales
  People"): the unit is the compound, in lower case as every English unit is (the lead's
  decision on units' case, docs/plaintext.md "Two label decisions");
- Japanese and Korean changes in people or things, the counter between the number and the
  verb ("新規ユーザーを1000人増やす", "신규 사용자를 1000명 늘리기"): a change by an amount, no
  unit (round-12 convention: counters are not units).
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing


def _rel(n: float) -> dict:
    return {"amount": n, "relative": True}


def _abs(n: float) -> dict:
    return {"amount": n, "relative": False}


# ---------------------------------------------------------------------------------------------
# 1. German changes written as whole sentences.

DE_SUBJECTS = ("Die Anzahl der Leads", "Die Anzahl ausgetauschter Nachrichten", "Der Umsatz")
DE_PARTICIPLES = {
    "gesteigert": INCREASE,
    "erhöht": INCREASE,
    "verbessert": INCREASE,
    "gesenkt": DECREASE,
    "reduziert": DECREASE,
    "verringert": DECREASE,
}
DE_AUXILIARIES = ("soll um {n}% {p} werden", "wird um {n}% {p}")
DE_AUXILIARIES += ("muss um {n} Prozent {p} werden",)
DE_TARGETS = (("Die Ladezeit", ("Sekunden", "seconds")), ("Die Quote", ("Prozent", "%")))
DE_MORE = (
    ("Es nehmen {n}% mehr Kunden an unseren Launch-Events teil", INCREASE),
    ("{n}% mehr Kunden nutzen das neue Feature", INCREASE),
    ("Es melden sich {n}% mehr Nutzer an", INCREASE),
    ("Es gibt {n}% weniger Fehler im Release", DECREASE),
    ("{n}% weniger Tickets erreichen den Support", DECREASE),
)
DE_AMOUNT = (
    ("Von der Idee zum Release vergehen {n} Wochen weniger", DECREASE, "weeks"),
    ("Das Onboarding dauert {n} Tage weniger", DECREASE, "days"),
    ("Die Einarbeitung dauert {n} Wochen weniger", DECREASE, "weeks"),
    ("Es nehmen {n} Kunden mehr an den Workshops teil", INCREASE, "Kunden"),
)
DE_CEILINGS = (
    ("Die Fehlerquote darf {n}% nicht übersteigen", "%"),
    ("Die Antwortzeit darf {n} Sekunden nicht überschreiten", "seconds"),
    ("Die durchschnittliche Anzahl von Bugs pro Feature darf {w} nicht übersteigen", None),
)
DE_FLOORS = (
    ("Bei Anfragen haben wir nicht weniger als {w} Berührungspunkte", "Berührungspunkte"),
    ("Wir gewinnen nicht weniger als {w} Neukunden", "Neukunden"),
)
DE_WORDS = {"zwei": 2, "acht": 8, "zehn": 10}


def german_sentence_variants() -> list[Phrasing]:
    """Return German key results written as sentences, with the change or bound they state."""
    out = []
    for subject, (participle, way), shape, n in product(
        DE_SUBJECTS, DE_PARTICIPLES.items(), DE_AUXILIARIES, (10, 25)
    ):
        text = f"{subject} {shape.format(n=n, p=participle)}"
        out.append(Phrasing(text, "de", "de_passive", way, None, None, _rel(n)))
    for (metric, unit), (participle, way) in product(DE_TARGETS, DE_PARTICIPLES.items()):
        for shape, n in product(("soll auf {n} {u} {p} werden", "wird auf {n} {u} {p}"), (2, 40)):
            text = f"{metric} {shape.format(n=n, u=unit[0], p=participle)}"
            out.append(Phrasing(text, "de", "de_passive_to", way, None, n, None, unit[1]))
    for (shape, way), n in product(DE_MORE, (15, 30)):
        out.append(Phrasing(shape.format(n=n), "de", "de_more", way, None, None, _rel(n)))
    for (shape, way, unit), n in product(DE_AMOUNT, (2, 4)):
        text = shape.format(n=n)
        out.append(Phrasing(text, "de", "de_amount", way, None, None, _abs(n), unit))
    for (shape, unit), (word, n) in product(DE_CEILINGS, DE_WORDS.items()):
        text = shape.format(n=n, w=word)
        out.append(Phrasing(text, "de", "de_ceiling", BELOW, None, n, None, unit))
    for (shape, unit), (word, n) in product(DE_FLOORS, DE_WORDS.items()):
        for number in (word, str(n)):
            text = shape.format(w=number)
            out.append(Phrasing(text, "de", "de_floor", ABOVE, None, n, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 2. A participle or adjective after a counted noun (Portuguese, Spanish, Italian, French).

ROMANCE_COUNTS = {
    "pt": (("trials", "iniciados"), ("deals Enterprise", "fechados"), ("clientes", "pagantes"),
           ("contratos", "assinados"), ("leads", "qualificados")),
    "es": (("plataformas core", "consolidadas"), ("clientes", "activos"),
           ("contratos", "firmados"), ("pilotos", "completados")),
    "it": (("clienti", "acquisiti"), ("progetti", "completati")),
    "fr": (("contrats", "signés"), ("clients", "actifs")),
}  # fmt: skip


def romance_count_variants() -> list[Phrasing]:
    """Return "N <noun> <participle>": the unit is the noun (the first word after N)."""
    out = []
    for code, pairs in ROMANCE_COUNTS.items():
        for (noun, participle), n in product(pairs, (10, 500)):
            unit = noun.split()[0]
            text = f"{n} {noun} {participle}"
            out.append(Phrasing(text, code, "romance_count", INCREASE, None, n, None, unit))
    for text, code, unit in (
        ("Zero vulnerabilidades críticas", "pt", "vulnerabilidades"),
        ("0 enlaces rotos en artefactos críticos", "es", "enlaces"),
        ("0 incidentes críticos", "pt", "incidentes"),
    ):
        out.append(Phrasing(text, code, "romance_count", BELOW, None, 0, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 3. English compound nouns counted as a whole.

COMPOUNDS = {
    "Pull Requests": ("Contribute", "Merge"),
    "pull requests": ("Contribute", "Review"),
    "Merge Requests": ("Open", "Merge"),
    "Sales People": ("Hire", "Onboard"),
}


def compound_variants() -> list[Phrasing]:
    """Return "<verb> N <compound>" (and after it a purpose): the unit is the compound."""
    out = []
    for (compound, verbs), n in product(COMPOUNDS.items(), (2, 3)):
        for verb, where in product(verbs, ("", " by October", " in Q3")):
            text = f"{verb} {n} {compound}{where}"
            unit = compound.lower()
            out.append(Phrasing(text, "en", "compound", INCREASE, None, n, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 4. Japanese and Korean changes in people or things.

CJK_COUNTED = (
    ("新規ユーザーを{n}人増やす", "ja", INCREASE),
    ("会員を{n}名増やす", "ja", INCREASE),
    ("問い合わせを{n}件減らす", "ja", DECREASE),
    ("不具合を{n}件減らす", "ja", DECREASE),
    ("신규 사용자를 {n}명 늘리기", "ko", INCREASE),
    ("고객 불만을 {n}건 줄이기", "ko", DECREASE),
    ("파트너사를 {n}개 늘리기", "ko", INCREASE),
)


def cjk_counted_variants() -> list[Phrasing]:
    """Return "<noun>を N<counter> <verb>": a change by N, without a unit."""
    out = []
    for (shape, code, way), n in product(CJK_COUNTED, (50, 1000)):
        out.append(Phrasing(shape.format(n=n), code, "cjk_counted", way, None, None, _abs(n)))
    return out


# ---------------------------------------------------------------------------------------------
# 5. A noun glued to a period by a slash in Spanish, Portuguese and Italian: a rate,
# which has no unit (round-12 convention; rows of rounds 10 to 12). English "visitors/month" is
# left open: round 4 labels it "visitors", round 12 no unit.

# Twentieth round: the lead's session-15 decision gives the noun glued right after the count its
# unit in every language ("75K sesiones/mes": sesiones); a glued word later in the phrase ("2
# Company Offsites/ano", round 12's label) still gives none.
GLUED_RATES = (
    ("Aumentar tráfico orgánico internacional a {n} sesiones/mes", "es", "sesiones"),
    ("Lograr {n} visitas/semana", "es", "visitas"),
    ("{n} indicações/mês", "pt", "indicações"),
    ("{n} indicacoes/mes", "pt", "indicacoes"),
    ("{n} Company Offsites/ano realizados", "pt", None),
    ("Atingir {n} leads/mês", "pt", "leads"),
    ("Raggiungere {n} visitatori/mese", "it", "visitatori"),
)
# Eighteenth round: the first labelled French row, round 16's "5 000 visiteurs/mois", keeps the
# noun ("visiteurs"), as the English "15K visitors/month" (round 12); French left the list above.
FRENCH_GLUED_RATES = (("Atteindre {n} visiteurs/mois", "fr", "visiteurs"),)


def glued_rate_variants() -> list[Phrasing]:
    """Return "N <noun>/<period>": the target N, the noun (twentieth round; French already)."""
    out = []
    for (shape, code, unit), n in product(GLUED_RATES, (2, 500)):
        out.append(Phrasing(shape.format(n=n), code, "glued_rate", INCREASE, None, n, None, unit))
    for (shape, code, unit), n in product(FRENCH_GLUED_RATES, (2, 500)):
        out.append(Phrasing(shape.format(n=n), code, "glued_rate", INCREASE, None, n, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 6. A change written subject-verb-object, the verb inside the sentence ("A automação reduz o
# tempo de resposta em 30%", round 12's "… aumenta conversion rate em 25%"): the verb is the
# key result's verb, a relative change of N.

SVO_CHANGES = {
    "pt": (("A automação reduz o tempo de resposta em {n}%", DECREASE),
           ("O chatbot diminui os custos de suporte em {n}%", DECREASE),
           ("O novo onboarding aumenta a retenção em {n}%", INCREASE)),
    "es": (("El nuevo proceso reduce los costes en un {n}%", DECREASE),
           ("La automatización disminuye el tiempo de respuesta en {n}%", DECREASE),
           ("La campaña aumenta las ventas en un {n}%", INCREASE)),
    "fr": (("Le chatbot réduit le temps de réponse de {n}%", DECREASE),
           ("La campagne augmente les ventes de {n}%", INCREASE)),
    "it": (("Il chatbot riduce il tempo di risposta del {n}%", DECREASE),
           ("La campagna aumenta le vendite del {n}%", INCREASE)),
    "de": (("Die Automatisierung senkt die Antwortzeit um {n}%", DECREASE),
           ("Die Kampagne steigert den Umsatz um {n}%", INCREASE)),
}  # fmt: skip


def svo_change_variants() -> list[Phrasing]:
    """Return "<subject> <verb> <metric> by N%": a relative change of N."""
    out = []
    for code, shapes in SVO_CHANGES.items():
        for (shape, way), n in product(shapes, (15, 30)):
            out.append(Phrasing(shape.format(n=n), code, "svo_change", way, None, None, _rel(n)))
    return out


# ---------------------------------------------------------------------------------------------
# 7. A frequency beside a share ("70% dos usuários ativos usam feature core 3x/semana", round
# 12): "3x/week" is three times a week, which items count, never a factor of the share. The
# share is the target; no start. (A frequency alone, "Exercise 3x/week", no labelled row
# settles: not generated.)

FREQUENCIES = (
    ("{p}% of active users use the core feature {k}x/week", "en"),
    ("{p}% of users log in {k}x per week", "en"),
    ("{p}% dos usuários ativos usam feature core {k}x/semana", "pt"),
    ("{p}% dos clientes compram {k}x por mês", "pt"),
    ("{p}% de los usuarios usan la app {k}x por semana", "es"),
    ("{p}% des utilisateurs se connectent {k}x par semaine", "fr"),
)


def frequency_variants() -> list[Phrasing]:
    """Return "<share> of <users> <verb> … <k>x/<period>": the share is the target."""
    out = []
    for (shape, code), (p, k) in product(FREQUENCIES, ((70, 3), (40, 2))):
        text = shape.format(p=p, k=k)
        out.append(Phrasing(text, code, "frequency", INCREASE, None, p, None, "%"))
    return out


def fourteenth_round_phrasings() -> list[Phrasing]:
    """Return every family of the fourteenth round."""
    return (
        german_sentence_variants()
        + romance_count_variants()
        + compound_variants()
        + cjk_counted_variants()
        + glued_rate_variants()
        + svo_change_variants()
        + frequency_variants()
    )
