"""Families of composed key results after the first run of round 42 (issue 15, session 21),
labels by construction (docs/plaintext.md, "After the first run of round 42"), never what the
parser answers:

1. a sentence with no number and no verb of change in which "positive" or "negative" qualifies
   what people report or feel ("Pangeo community members report stability and general positive
   experiences running Pangeo infrastructure", round 42; "Customers give positive feedback on
   onboarding", "Teams share negative feedback early"): no direction, as any vague sentence
   without a measure — in English, Italian, Spanish, Portuguese, French, German and Dutch (the
   adjective in each language's form).

Near misses, in `near_misses()`, keep their reading: "positive" in a trend ("… happiness trends in
positive direction", round 2's labelled rows: increase), a verb of change or of holding
("Increase positive reviews", "Maintain positive customer relationships"), a count ("Collect at
least 300 positive online reviews", round 24).
`python -m tests.text.key_result_phrasings_after_round42` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, INCREASE, Phrasing

# 1. "positive" / "negative" describing experiences or feedback, no number, no verb of change.
QUALIFIED = (
    ("Pangeo community members report stability and general positive experiences running "
     "Pangeo infrastructure", "en"),
    ("Users report positive experiences with the new dashboard", "en"),
    ("Customers give positive feedback on onboarding", "en"),
    ("Partners describe a positive relationship with the team", "en"),
    ("Teams share negative feedback early", "en"),
    ("Researchers have a positive experience running the hub", "en"),
    ("Gli utenti riportano esperienze positive con la piattaforma", "it"),
    ("I partner descrivono un rapporto positivo con il team", "it"),
    ("Los usuarios reportan experiencias positivas con la plataforma", "es"),
    ("Los socios describen una relación positiva con el equipo", "es"),
    ("Os usuários relatam experiências positivas com a plataforma", "pt"),
    ("Les utilisateurs signalent des expériences positives avec la plateforme", "fr"),
    ("Les équipes partagent tôt les retours négatifs", "fr"),
    ("Nutzer berichten von positiven Erfahrungen mit der Plattform", "de"),
    ("Gebruikers melden positieve ervaringen met het platform", "nl"),
)  # fmt: skip


def qualified_experiences() -> list[Phrasing]:
    """Return "Users report positive experiences …": no direction, no value."""
    return [Phrasing(text, lang, "positive without change", None) for text, lang in QUALIFIED]


def after_round42_phrasings() -> list[Phrasing]:
    """Return every family of this generator."""
    return qualified_experiences()


def near_misses() -> list[Phrasing]:
    """Return sentences that look alike and must keep their reading (the first two and the
    counts are labelled rows of the development, held-out and round-24 sets)."""
    return [
        Phrasing("Platform user/developer happiness trends in positive direction.", "en",
                 "near miss", INCREASE),
        Phrasing("Platform user happiness trends in positive direction", "en", "near miss",
                 INCREASE),
        Phrasing("Net promoter score trends in a positive direction", "en", "near miss",
                 INCREASE),
        Phrasing("Positive trend in customer sentiment", "en", "near miss", INCREASE),
        Phrasing("Increase positive reviews", "en", "near miss", INCREASE),
        Phrasing("Improve positive reviews", "en", "near miss", INCREASE),
        Phrasing("Maintain positive customer relationships", "en", "near miss", ABOVE),
        Phrasing("Collect at least 300 positive online reviews.", "en", "near miss", ABOVE,
                 None, 300, None, "reviews"),
        Phrasing("Achieve positive engagement feedback from at least 80 percent of students",
                 "en", "near miss", ABOVE, None, 80, None, "%"),
        Phrasing("Incrementare le menzioni positive del brand sui social media del 35% rispetto "
                 "al trimestre precedente.", "it", "near miss", INCREASE, None, None,
                 {"amount": 35, "relative": True}),
    ]  # fmt: skip


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round42_phrasings(), "near misses": near_misses()})
