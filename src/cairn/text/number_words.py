"""Numbers written in words, language by language: the counts that also tell a language
(`NUMBER_WORDS`), each part's value and the word that joins the parts (`NUMBER_PARTS`,
`NUMBER_JOINS`), read by `cairn.text.languages` and `cairn.text.language_numbers`."""

from __future__ import annotations

# Eleventh round: a count written in words, in lower case, before a word ("publicação de cinco
# relatórios", "no mínimo dois relatórios") is that number. "um"/"uma"/"un"/"una" stay articles;
# Spanish "dos" is left out (Portuguese "dos" is "of the", and the two are told apart by a few
# words only); a capital ("Lean Seis Sigma", "Sete Lagoas") is a name. Sixteenth round: Spanish
# "cero" ("Cero observaciones en auditorías SAT"), read as English "Zero …": a ceiling of 0.
NUMBER_WORDS = {
    "pt": {
        "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
        "oito": 8, "nove": 9, "dez": 10, "doze": 12, "vinte": 20,
    },
    "es": {
        "cero": 0, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "doce": 12, "veinte": 20,
    },
}  # fmt: skip
# Numbers written in several words (Portuguese "vinte e cinco", "novecentos e sessenta", "mil e
# duzentos"; Spanish "veinticinco", "treinta y cinco", "mil doscientos"): each part's value;
# the parts join larger to smaller with "e"/"y" or a space, "mil" multiplies what comes before.
# Every part also stands alone, except a lone article, Spanish "dos", "cento", "ciento" and "mil"
# (`cairn.text.language_numbers`); only NUMBER_WORDS (above) also tell the language.
NUMBER_PARTS = {
    "pt": {
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
        "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
        "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
        "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
        "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
        "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
        "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
        "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
        "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700,
        "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900,
        "mil": 1000,
    },
    "es": {
        "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
        "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
        "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiuna": 21,
        "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25,
        "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
        "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
        "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
        "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
        "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800,
        "ochocientas": 800, "novecientos": 900, "novecientas": 900, "mil": 1000,
    },
    "de": {
        "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
        "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    },
}  # fmt: skip
# The word that joins the parts of a number: "vinte e cinco", "treinta y cinco".
NUMBER_JOINS = {"pt": "e", "es": "y"}
# German counts in words also tell German ("Zwei Schlüsselpositionen besetzen"); "vier",
# "acht", "elf" are also Dutch or English words and are read but do not tell the language.
NUMBER_WORDS["de"] = {
    w: n for w, n in NUMBER_PARTS["de"].items() if w not in ("eins", "vier", "acht", "elf")
}
# Counts in words in French, Italian and Dutch before a counted noun ("Recruter trois
# ingénieurs", "Assumere tre ingegneri", "Twee ontwikkelaars aannemen"); read, as the German
# ones, only once the sentence's language is told (they do not tell it: "six", "due", "vier",
# "acht" are also English or German words).
NUMBER_PARTS["fr"] = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "cinquante": 50,
}  # fmt: skip
NUMBER_PARTS["it"] = {
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "cinquanta": 50,
}  # fmt: skip
NUMBER_PARTS["nl"] = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30, "vijftig": 50,
}  # fmt: skip
# Fifteenth round: Russian counts in words before a counted noun ("Пять новых приложений",
# "Разработать три сервиса"); read once the sentence is told Russian. "один"/"одна" are left
# out (as the Romance articles: "one" is as often "a" or "the only").
NUMBER_PARTS["ru"] = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20,
    "тридцать": 30, "пятьдесят": 50, "сто": 100,
}  # fmt: skip
