"""Words that tell one language from another, or do not (`cairn.text.languages`,
`cairn.text.languages_iberian`)."""

from __future__ import annotations

# Verb forms that are also English words: they do not tell a language apart.
_NOT_MARKERS = "double former assure organise organize realize reduce forme lance anime sun minimum"
_NOT_MARKERS += " maximal minimal hausse entrega calo groei rok lat ore dag bin mil million"
NOT_MARKERS = frozenset(_NOT_MARKERS.split())


# --- Twelfth round, part B (issue 15): Portuguese told from Spanish, numbers in words -------
# Portuguese and Spanish share most of the common words a key result is told by ("Aumentar",
# "de", "para"). When both are counted, what only one of them writes decides
# (`cairn.text.languages_iberian`): spellings (Portuguese "ã", "ç", "ê", "nh", "lh", "-gem",
# an accent before a final "-io/-ia" as in "relatórios"; Spanish "ñ", "-ción", "-dad",
# "-ía"), the grammar words only one writes, and each language's own multi-word phrases of
# `words` ("pelo menos", "no mínimo"; "por lo menos", "como mínimo").
_PT_OWN = "com sem nem também pela pelo pelas pelos na nas num numa à às ou já muito muitos muita"
_PT_OWN += " seu sua seus suas nosso nossa nossos nossas isso isto esse essa são em"
_ES_OWN = "con sin ni muy también hasta su sus nuestro nuestra nuestros nuestras eso esto ese esa"
_ES_OWN += " son uno una unos unas"
# Thirteenth round: words that one language alone writes among the tables' languages and
# English, so that one of them tells the language of a key result mostly in English words
# ("abandonment rate onder 60%", "30% groei behaald").
SOLE_WORDS = {
    # nineteenth round: Portuguese "em" (Spanish writes "en") and third-person plurals, in a
    # sentence mostly in English words ("AI-assisted Sales aumenta conversion rate em 25%",
    # "Developers usando AI copilots atingem 40% mais output")
    "pt": frozenset(["em", "atingem", "alcançam", "aumentam", "reduzem", "diminuem", "tendência"]),
    # and a trend named in a short sentence ("Ticket promedio con tendencia creciente", round 11)
    "es": frozenset(["tendencia", "creciente", "decreciente"]),
    "fr": frozenset(["tendance", "croissante", "décroissante"])
    # twenty-first round: a kept value and a verb of finding ("Score de satisfaction maintenu
    # au-dessus de 4,5/5", "trouver quatre leads pour e-Recrutement", round 22)
    | frozenset(["maintenu", "maintenue", "maintenus", "maintenues", "trouver"])
    # thirty-second round: a rate named first ("Taux d'attrition : de 5 % à 3 %")
    | frozenset(["taux"]),
    "it": frozenset(["tendenza", "obiettivo", "tasso"]),
    # twentieth round: a German adjective of "new" or "aus" in a short sentence ("10 neue
    # Projekte sichern", "200 qualifizierte Leads aus organischer Suche", round 19)
    "de": frozenset(["neue", "neuen", "aus"])
    # thirty-second round: a goals file's label and the verbs of a personal goal ("Ziel: 1.000
    # zahlende Kunden", "24 Bücher lesen", "24 boeken lezen"), …
    | frozenset(["ziel", "lesen"])
    # and a floor or ceiling word opening a short line ("Mindestens 30 Demos", "Höchstens 2
    # Ausfälle"), as Dutch "minstens" below
    | frozenset(["mindestens", "höchstens"]),
    # nineteenth round: Indonesian passives of change ("biaya operasional direduksi 25%")
    "id": frozenset(
        ["ditingkatkan", "dinaikkan", "diperluas", "direduksi", "dikurangi", "diturunkan"]
        + ["dipangkas", "dipersingkat", "diminimalkan"]
    ),
    "nl": frozenset(
        [
            "onder",
            "boven",
            "minstens",
            "minimaal",
            "maximaal",
            "procent",
            "behaald",
            "gehaald",
            "stijgt",
            "daalt",
            "groeit",
            "naar",
            "verhogen",
            "verlagen",
            "verminderen",
            # twenty-second round: the adjective "new" before a count's noun, as German "neue"
            # ("Sluit 10 nieuwe contracten": contracten)
            "nieuwe",
            "doel",
            "lezen",
        ]
    ),
}
IBERIAN_OWN_WORDS = {"pt": frozenset(_PT_OWN.split()), "es": frozenset(_ES_OWN.split())}
