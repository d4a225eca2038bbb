"""Families of composed key results after the first run of round 37 (issue 15, session 20),
labels by construction (docs/plaintext.md, "After the first run of round 37"), never what the
parser answers:

1. a sentence that opens on a count of one, a singular noun and a verb in -s ("At least one EHR
   vendor participates", "At least one lender purchases the system."): the noun in the plural
   is the unit, as "At least one vendor" reads vendors;
2. another language's "from" and a number alone in an aside after the target ("300k usuários
   ativos (de 200k)"): the start, as English "(from 200k)";
3. a French, Spanish, Portuguese or Italian noun of decrease opening the key result before "of"
   and no number ("Baisse du taux de recherches sans mises en relations"): a decrease, as
   "Hausse du taux …" reads an increase and "Reduction in Cyber-incidents" a decrease;
4. a year between a word and a singular noun phrase ("Submit 2020 project proposal for …"):
   which one, no count and no direction;
5. a floor and an English number word opening an aside, the sentence outside with no number
   ("… bring questions to the community (at least three new issuers)"): the aside's bounded
   count, as "(at least 3 new issuers)" already reads;
6. an acronym of capitals (or its plural in -s) right after the number and before a past
   participle ("3 LOI assinados até fim de Q1", "3 LOIs signed"): the acronym, as written, is
   the unit, as "2 PRs" and "5 POCs" are.

Each family carries near misses that must keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_after_round37` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, DECREASE, INCREASE, Phrasing

# 1. One singular noun and a verb in -s: the noun counts.
SINGULAR_SUBJECTS = (
    ("At least one EHR vendor participates", ABOVE, "vendors"),
    ("At least one lender purchases the system.", ABOVE, "lenders"),
    ("At least one Argonaut EHR vendor commits to implementing design", ABOVE, "vendors"),
    ("At least one hospital adopts the standard", ABOVE, "hospitals"),
    ("At least one university joins", ABOVE, "universities"),
    ("At least 1 bank signs the agreement", ABOVE, "banks"),
    ("At least one partner integrates our API", ABOVE, "partners"),
)


def singular_subjects() -> list[Phrasing]:
    """Return "At least one EHR vendor participates": vendors, a floor of 1."""
    return [
        Phrasing(text, "en", "singular subject", way, None, 1, None, unit)
        for text, way, unit in SINGULAR_SUBJECTS
    ]


# 2. "(de 200k)" alone after the target: the start.
BARE_FROM = (
    ("300k usuários ativos (de 200k)", "pt", 200000, 300000, "usuários"),
    ("Chegar a 300 clientes (de 120)", "pt", 120, 300, "clientes"),
    ("5.000 clientes (de 2.000)", "pt", 2000, 5000, "clientes"),
    ("Alcanzar 800 usuarios activos (de 350)", "es", 350, 800, "usuarios"),
    ("80% retention (de 60%)", "pt", 60, 80, "%"),
)


def bare_froms() -> list[Phrasing]:
    """Return "300k usuários ativos (de 200k)": from 200,000 to 300,000."""
    return [
        Phrasing(text, lang, "bare from aside", INCREASE, start, target, None, unit)
        for text, lang, start, target, unit in BARE_FROM
    ]


# 3. A Romance noun of decrease before "of", no number: a decrease.
DECREASE_NOUNS = (
    ("Baisse du taux de recherches sans mises en relations", "fr"),
    ("Réduction des coûts d'acquisition", "fr"),
    ("Diminution du nombre de conventions non abouties", "fr"),
    ("Baisse d'activité des comptes inactifs", "fr"),
    ("Disminución de costos operativos", "es"),
    ("Reducción de dependencias críticas en individuos específicos.", "es"),
    ("Redução de custos de infraestrutura", "pt"),
    ("Diminuição do churn mensal", "pt"),
    ("Riduzione dei costi di supporto", "it"),
)


def decrease_nouns() -> list[Phrasing]:
    """Return "Baisse du taux de …": a decrease with no value."""
    return [
        Phrasing(text, lang, "noun of decrease", DECREASE, None, None, None)
        for text, lang in DECREASE_NOUNS
    ]


# 4. A year before a singular noun: no count.
YEARS = (
    'Submit 2020 project proposal for "SMART Scheduling Links"',
    "Publish 2021 annual report",
    "Complete 2024 budget plan",
    "Publish the 2020 report",
    "Submit 2025 grant application to the foundation",
    "Finalize 2026 hiring plan",
)


def years_before_singulars() -> list[Phrasing]:
    """Return "Submit 2020 project proposal": no value."""
    return [Phrasing(text, "en", "year before a noun", None, None, None, None) for text in YEARS]


# 5. "(at least three new issuers)": the bounded count.
BOUNDED_WORD_ASIDES = (
    (
        "New issuers are subscribed to Zulip chat and bring questions to the community"
        " (at least three new issuers)",
        3,
        "issuers",
    ),
    ("Partners join the program (at least two partners)", 2, "partners"),
    ("Customers renew their plans (minimum of five customers)", 5, "customers"),
    ("Hospitals adopt the standard (at least four hospitals)", 4, "hospitals"),
    ("Write the onboarding docs (at least one page)", 1, "pages"),
)


def bounded_word_asides() -> list[Phrasing]:
    """Return "(at least three new issuers)": a floor of 3 issuers."""
    return [
        Phrasing(text, "en", "bounded word aside", ABOVE, None, n, None, unit)
        for text, n, unit in BOUNDED_WORD_ASIDES
    ]


# 6. "3 LOI assinados": the acronym counts.
ACRONYMS_DONE = (
    ("3 LOI assinados até fim de Q1", "pt", 3, "LOI"),
    ("3 LOIs signed", "en", 3, "LOIs"),
    ("2 MVP lançados", "pt", 2, "MVP"),
    ("4 POC realizadas", "pt", 4, "POC"),
    ("3 SDK publiés", "fr", 3, "SDK"),
    ("5 POCs delivered", "en", 5, "POCs"),
)


def acronyms_done() -> list[Phrasing]:
    """Return "3 LOI assinados": 3 LOI."""
    return [
        Phrasing(text, lang, "acronym done", INCREASE, None, n, None, unit)
        for text, lang, n, unit in ACRONYMS_DONE
    ]


def after_round37_phrasings() -> list[Phrasing]:
    """Return every family of this generator."""
    return (
        singular_subjects()
        + bare_froms()
        + decrease_nouns()
        + years_before_singulars()
        + bounded_word_asides()
        + acronyms_done()
    )


def near_misses() -> list[Phrasing]:
    """Return sentences that look alike and must keep their reading."""
    return [
        # a number: the change reads as before; a noun of change before a noun names a thing
        Phrasing(
            "Baisse de 20 % du churn",
            "fr",
            "near miss",
            DECREASE,
            None,
            None,
            {"amount": 20, "relative": True},
        ),
        Phrasing("Réduction plan approuvé", "fr", "near miss", None, None, None, None),
        Phrasing(
            "Redução do tempo de 10 para 5 dias", "pt", "near miss", DECREASE, 10, 5, None, "days"
        ),
        # a year before a plural, a unit or after a bound stays a count
        Phrasing("Publish 2020 blog posts", "en", "near miss", INCREASE, None, 2020, None, "posts"),
        Phrasing(
            "Reach 2025 customers", "en", "near miss", INCREASE, None, 2025, None, "customers"
        ),
        Phrasing("Reduce MTTR 2025 ms", "en", "near miss", DECREASE, None, 2025, None, "ms"),
        Phrasing(
            "Reach at least 2020 signups", "en", "near miss", ABOVE, None, 2020, None, "signups"
        ),
        # an aside of words with no number word after its bound, or a number outside
        Phrasing(
            "Improve onboarding (at least for new hires)",
            "en",
            "near miss",
            INCREASE,
            None,
            None,
            None,
        ),
        Phrasing(
            "Cut 3 bugs (at least three critical ones)",
            "en",
            "near miss",
            DECREASE,
            None,
            3,
            None,
            "bugs",
        ),
        # a score acronym, an acronym before a noun, an acronym with no participle
        Phrasing("15 NPS achieved", "en", "near miss", INCREASE, None, 15, None),
        Phrasing("5 AI models deployed", "en", "near miss", INCREASE, None, 5, None, "models"),
        Phrasing("3 OSS funding tools", "en", "near miss", INCREASE, None, 3, None, "tools"),
        # a year after a preposition: the earlier rules read it, as before
        Phrasing(
            "Aprovado o orçamento de 2025 pelo conselho",
            "pt",
            "near miss",
            INCREASE,
            None,
            2025,
            None,
        ),
        # a plural noun before a participle: the plural counts
        Phrasing("1 bug fixes released", "en", "near miss", "decrease", None, 1, None, "fixes"),
        # a verb before the count: the plural after it is the noun
        Phrasing(
            "Get at least 1 customer reviews", "en", "near miss", ABOVE, None, 1, None, "reviews"
        ),
        Phrasing("1 sales process", "en", "near miss", INCREASE, None, 1, None, "sales"),
        Phrasing("At least one EHR vendor", "en", "near miss", ABOVE, None, 1, None, "vendors"),
        # a word after the number, or a second number: no start
        Phrasing(
            "10 casos (de 20 planejados)", "pt", "near miss", INCREASE, None, 10, None, "casos"
        ),
        Phrasing(
            "Reduzir tempo em 50% (de 14 dias para 7 dias)",
            "pt",
            "near miss",
            "decrease",
            14,
            7,
            None,
            "days",
        ),
    ]


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round37_phrasings(), "near misses": near_misses()})
