"""Key results written in other languages: what the English rules read.

The parser's rules are written for English. A key result in another language is first
rewritten, word for word, into the English words those rules know (`localise`), from the
tables of `cairn.text.language_words`: the verb that says which way the number moves
("Сократить", "senken", "azaltmak", "降低" → reduce) is put first, as in English; bound words
("не менее", "mindestens", "en az", "至少" → at least), "from A to B" ("von 5 auf 3", "с 5 до
3", "dari 5 menjadi 3"), "by N" ("на 30%", "um 20%", "sebesar 20%"), time units, rates and
timeframes become the English words; numbers are written the English way ("50 000" and
"1.500" → 50000 and 1500 where those languages group thousands so, "1,5" → 1.5, "%30" →
30%, "5 млн" / "2 Mio." / "3 juta" → 5 million …, "3万" → 30000).

The language is told by its script (Cyrillic, CJK, Vietnamese, Turkish and Polish letters;
the Arabic script, Persian by its own letters, digits or common words) or, in the Latin
alphabet, by at least two of its common words that are not English (a verb or a noun of change
that opens the sentence, or a verb that closes it where verbs close, counts twice). English
text is left as it is.

These scripts write numbers against their words ("每周健身4天", "MLP를"): the number is set
apart. A Chinese numeral before a measure word is a number ("两次" → "2 次"; "一" only when
the sentence has no other number, and never in "一个", the article "a"). Their bound and trend
words ("至少" at least, "이상" or more, "이하" or less, "감소" reduction, "dưới" under) are
written as the English words the value patterns know, so one set of rules reads them all.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from cairn.text.any_language import any_language
from cairn.text.change_nouns import without_leading_article
from cairn.text.factor_phrases import factor_after_verb
from cairn.text.held_events import held_events
from cairn.text.language_marks import VERB_MARK, number_with, verb_first
from cairn.text.language_numbers import read_number_words
from cairn.text.language_telltales import NOT_MARKERS, SOLE_WORDS
from cairn.text.language_words import FROM_TO, LANGUAGES
from cairn.text.languages_clauses import third_person, verb_before_object_amount
from cairn.text.languages_german import SENTENCE_MARKERS, german_sentence
from cairn.text.languages_iberian import iberian_evidence
from cairn.text.languages_romance import (
    bound_through_article,
    italian_elision,
    italian_of,
    percent_more,
)
from cairn.text.languages_scripts import HAS_CJK, THAI, cjk_text, thai_text
from cairn.text.languages_turkish import turkish_cases
from cairn.text.number_words import NUMBER_WORDS
from cairn.text.target_amounts import indonesian_amount


def cjk_word(text: str) -> bool:
    """Return True for a word that starts in a CJK script (no plural: never a counted unit)."""
    return bool(text) and HAS_CJK.match(text) is not None


ROMANCE = frozenset(["es", "pt", "fr", "it"])
# Languages whose nouns take case endings: a counted noun there ("пользователей", "özelliğin",
# "klientów") is the metric, not a unit (round-6 convention), as Chinese measure words are.
INFLECTED = frozenset(["ru", "uk", "tr", "pl"])


def counts_by_case(text: str) -> bool:
    """Return True for text in a language whose counted nouns are inflected (no unit)."""
    return not text.isascii() and language_of(text) in INFLECTED


def localise(text: str) -> str:
    """Return a key result written in another language in the English words the rules read."""
    if not text.isascii() and HAS_CJK.search(text):
        return cjk_text(text)
    if not text.isascii() and THAI.search(text):
        return thai_text(text)
    language = language_of(text)
    if language is None:  # eighteenth round: "Sälj för 100 miljoner", "10 000 € MRR"
        return any_language(text)
    return _rewrite(text, language)


def localise_as(text: str, language: str | None) -> str:
    """Return a part of a key result (a baseline aside: "aktuell 2,5 %") read in the language
    of the whole sentence, whose own words may be too few to tell it."""
    return _rewrite(text, language) if language in LANGUAGES else text


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_VIETNAMESE_LETTERS = re.compile(r"[ơưđăƠƯĐĂ\u1ea0-\u1ef9]")
_TURKISH_LETTERS = re.compile(r"[ğışİĞŞ]")
_POLISH_LETTERS = re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_PERSIAN_LETTERS = re.compile(r"[پچژگکی\u06f0-\u06f9\u0654]")  # and Persian digits, "ٔ"
# Persian words Arabic does not write (from, to, with, the object marker, is …)
_PERSIAN_WORDS = re.compile(r"(?<!\S)(?:از|به|با|را|است|برای|تا|هر|در)(?![^\s:.,!?؟،])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=16384)
def language_of(text: str) -> str | None:
    """Return the code of the language a key result is written in, None for English (or a
    language without tables): by its letters, else by two or more of its common words."""
    if not text.isascii():
        if _CYRILLIC.search(text):
            return "uk" if _UKRAINIAN.search(text) else "ru"
        if _VIETNAMESE_LETTERS.search(text):
            return "vi"
        if _TURKISH_LETTERS.search(text):
            return "tr"
        if _POLISH_LETTERS.search(text):
            return "pl"
        if _ARABIC_SCRIPT.search(text):
            persian = _PERSIAN_LETTERS.search(text) or _PERSIAN_WORDS.search(text)
            return "fa" if persian else "ar"
    if text.isascii() and _ascii_markers().isdisjoint(_ascii_words(text)):
        return None  # the usual case, English: no common word of another language
    low = text.lower()
    words = low.translate(_SEPARATORS).split()
    if len(words) < 2 or _marker_words().isdisjoint(words):
        return None
    markers = _markers()
    counts: dict[str, int] = {}
    first = next((w for w in words if w), "")
    last = words[-1]
    for word in words:
        for language in markers.get(word, ()):
            # a key result that opens with one of the language's verbs, or with a noun naming
            # a change ("Wzrost przychodu o 12%"), is in that language
            # (or, where the verb ends the sentence, closes with one: "Geliri %15 yükseltmek")
            edge = word is first or word is last and language in _VERB_PLACES
            weight = 2 if edge and _opens(word, LANGUAGES[language]) else 1
            counts[language] = counts.get(language, 0) + weight
    if "es" in counts and "pt" in counts:  # "Aumentar margem líquida de 18% para 25%"
        for language, found in iberian_evidence(text, words).items():
            counts[language] += found
    for language, letters in _OWN_LETTERS.items():  # "ã" is Portuguese, not Spanish
        if language in counts and letters.search(text):
            counts[language] += 1
    best, score = None, 0
    for language, count in counts.items():
        if count > score:
            best, score = language, count
    for language, sole in SOLE_WORDS.items():
        # "abandonment rate onder 60%": a word only Dutch writes tells it alone, and breaks a
        # tie ("De klanttevredenheid van 30 naar 45": "de" is also Spanish and Portuguese)
        if counts.get(language) == score and not sole.isdisjoint(words):
            return language
    if score == 1 and (best not in _LETTERS or not _LETTERS[best].search(text)):
        return None  # one common word is not enough ("de" and "en" occur in English) …
    return best  # … unless the text has the language's letters ("3 Fallstudien veröffentlicht")


_CHANGE_NOUNS = frozenset(["increase", "reduction", "decrease", "growth", "decline"])
# Letters only one of the languages sharing common words writes.
_OWN_LETTERS = {"pt": re.compile("[ãõÃÕ]"), "es": re.compile("[ñ¿¡]")}


def _opens(word: str, table: dict) -> bool:
    """Return True for a verb, or a noun naming a change, of the language's tables."""
    return word in table["verbs"] or table["words"].get(word) in _CHANGE_NOUNS


_ASCII_SEPARATORS = bytes.maketrans(b".,;:()!?\"'*", b"           ")
_SEPARATORS = str.maketrans(dict.fromkeys(".,;:()!?\"'*", " "))
_LETTERS = {
    "de": re.compile("[äöüßÄÖÜ]"),
    "fr": re.compile("[éèêàçùœÉÈ]"),
    "es": re.compile("[ñáéíóú¿¡]"),
    "pt": re.compile("[ãõçáéêóâô]"),
    "it": re.compile("[àèéìòù]"),
}


@cache
def _marker_words() -> frozenset[str]:
    return frozenset(_markers())


def _ascii_words(text: str) -> list[bytes]:
    """Return the lower-cased words of ASCII text, as bytes (faster than str for this test)."""
    return text.encode().lower().translate(_ASCII_SEPARATORS).split()


@cache
def _ascii_markers() -> frozenset[bytes]:
    return frozenset(word.encode() for word in _markers() if word.isascii())


@cache
def _markers() -> dict[str, tuple[str, ...]]:
    """Return, for each marker word, the Latin-alphabet languages it belongs to."""
    found: dict[str, list[str]] = {}
    for language, table in LANGUAGES.items():
        verbs = {v for v in table["verbs"] if " " not in v}
        if not table["markers"]:  # told by its letters, or by a verb where verbs stand
            for word in verbs - NOT_MARKERS:
                found.setdefault(word, []).append(language)
            continue
        words = set(table["markers"]) | verbs
        words |= {w for w, english in table["words"].items() if " " not in w and w != english}
        words |= {w.rstrip(".") for w in table["scales"] if " " not in w}  # "Mio.", "млн", "juta"
        words |= set(NUMBER_WORDS.get(language, ()))  # "dois", "três": Portuguese
        if language == "de":  # "soll", "werden", "nicht", "weniger" (fourteenth round)
            words |= SENTENCE_MARKERS
        for word in words - NOT_MARKERS:
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


_NUM = r"[-+]?[$€£¥₹]?\d[\d.,]*"
# "de R$960 para R$1.200", "de R$ 2 mi para …", "de $50k para $120k": a currency, a space, a scale
_FROM = r"[-+]?(?:(?:R\$|[$€£¥₹])\s?)?\d[\d.,]*(?:[kKmMbB](?![^\W\d_]))?"
_SCALED = rf"{_NUM}(?:\s?(?:thousand|million|billion))?\s?%?"
# "10 000 €", "2 500 clientes": a space grouping thousands, not after a letter: "Bis Ende Q3 900
# aktive Kunden", "D'ici fin T3 900 clients", "H1 500": a period's label, then the count (as
# tokens.normalise reads it)
_SPACE_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3})((?: \d{3})+)(?![\d]|[.,]\d)")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d,])")
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)")
_DOT_GROUPING = frozenset(["de", "nl", "es", "pt", "it", "id", "tr", "vi", "pl"])
_TURKISH_PERCENT = re.compile(r"(?<![\w%])%\s?(\d[\d.,]*)")


def _rewrite(text: str, language: str) -> str:
    """Return text in `language` with its numbers, bound words, units and verbs in English."""
    table = LANGUAGES[language]
    text = without_leading_article(text, language)  # "l'augmentation du score NPS de 10 points"
    if language == "tr":
        text = _TURKISH_PERCENT.sub(r"\1%", text)
    if " " in text:
        text = _SPACE_THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    if "," in text:
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    if language in _DOT_GROUPING and "." in text:
        text = _DOT_THOUSANDS.sub(r"\1\2", text)
    if language == "tr":
        text = turkish_cases(text)
    if language == "it":
        text = italian_elision(text)  # "sotto l'1%": "sotto il 1%"
    patterns = _patterns(language)
    text = read_number_words(text, language)  # "vinte e cinco relatórios": 25 relatórios
    if language in ("de", "nl") and ("halten" in text or "houden" in text):
        text = held_events(text, language)  # "3 Workshops halten": held, not kept (round 34)
    if language == "de":  # "… soll um 10% gesteigert werden": the verb last (fourteenth round)
        text = german_sentence(text)
    for pattern, lookup in patterns.after_number:
        text = pattern.sub(
            lambda m, lk=lookup: number_with(m.group(1), lk[m.group(2).lower()]), text
        )
    if _CURRENCY_AFTER_RE.search(text):
        text = _CURRENCY_AFTER_RE.sub(_currency_after, text)
    if patterns.from_to is not None:  # after the units: "de 8 % para 15 %", "de R$960 para"
        text = patterns.from_to.sub(r"from \1 to ", text)
    text = percent_more(text, language)  # "40% mais solicitações": 40% more
    if patterns.words is not None:  # "au-dessus de 99,9 %": the bound before "de" → "by"
        text = patterns.words.sub(lambda m: table["words"][_spaced(m.group(0))], text)
    if language == "it" and patterns.verbs is not None:  # "Ottenere un NPS di 50": of 50
        found = {table["verbs"][_spaced(m.group(0))] for m in patterns.verbs.finditer(text)}
        text = italian_of(text, found)
    text = indonesian_amount(text, language, patterns.verbs, table)  # "sebesar 10 miliar": of
    if patterns.before_number is not None:
        text = patterns.before_number.sub(
            lambda m: table["before_number"][_spaced(m.group(0))] + " ", text
        )
    text = _words_and_verb(third_person(text, language), patterns.verbs, table, language)
    if language == "fr" and text.startswith(_CHANGE_VERBS):
        text = _FRENCH_BY.sub("by ", text)  # "Augmenter le CA de 20 %": by 20%, after the verb
    text = factor_after_verb(text)  # "reduce время ответа в 2 раза": by half
    return bound_through_article(text)  # "al menos el 95%", "pelo menos, 20": the bound's value


# "de 20 %" is "by 20%" after a verb of change, "of 4.5" after a noun ("note de 4,5 sur 5"); a
# noun of change that leads is read as its verb ("réduction des coûts de 20 %": by 20%)
_CHANGE_VERBS = ("increase ", "reduce ", "double ", "halve ", "reduction ", "growth ")
_FRENCH_BY = re.compile(r"(?<!\w)de\s+(?=[-+]?[$€£¥]?\d)", re.IGNORECASE)


# "5.000 €", "300 ₽", "50 zł": a currency written after its number, as English writes it before.
_SIGNS = {"€": "€", "$": "$", "£": "£", "₽": "RUB", "₴": "UAH", "₫": "VND"}
_SIGNS |= {"zł": "PLN", "₩": "KRW", "¥": "¥", "₺": "TRY"}
_CURRENCY_AFTER_RE = re.compile(
    rf"({_SCALED})\s?(?:(k|K|M|Mio|Md|Mds|Mrd)\.?\s?)?(€|\$|£|₽|₴|₫|zł|₩|¥|₺)(?!\w)"
)
# A scale written between the number and the currency: "1,2 M€", "500 k€", "3 Md€"
_SCALE_LETTERS = {"k": "k", "K": "k", "M": "M", "Mio": "M", "Md": "B", "Mds": "B", "Mrd": "B"}


def _currency_after(match: re.Match) -> str:
    """Return "5000 €" as "€5000" and "1.2 M€" as "€1.2M"."""
    number = match.group(1).strip() + _SCALE_LETTERS.get(match.group(2) or "", "")
    return number_with(number, _SIGNS[match.group(3)])


_AMBIGUOUS_GROUP = re.compile(r"(?<![\d.,])\d{1,3}\.(?!000)\d{3}(?![\d]|[.,]\d)")


def notation_notes(text: str, language: str | None) -> list[str]:
    """Return a note for each number whose reading depends on the language: "2.125" is 2125
    where dots group thousands (German, Spanish …) and 2.125 in English."""
    if language not in _DOT_GROUPING or "." not in text:
        return []
    return [
        f"read '{m.group(0)}' as {m.group(0).replace('.', '')} (a dot grouping thousands) — check"
        for m in _AMBIGUOUS_GROUP.finditer(text)
    ]


def _spaced(text: str) -> str:
    return " ".join(text.lower().split())


def _words_and_verb(text: str, pattern: re.Pattern | None, table: dict, language: str) -> str:
    """Return text with the table's words in English and its verb put first.

    A verb is read where the language puts the main verb of a key result: first in Russian,
    Spanish, Indonesian … ("Сократить …"), first or last in German and Dutch ("Umsatz um 20%
    steigern"), anywhere in Turkish (an infinitive ends its clause). Elsewhere it is the verb
    of a clause inside ("… người dùng hoàn tất …", users who complete) and stays as written.
    """
    if pattern is None:
        return text
    verbs = table["verbs"]
    where = _VERB_PLACES.get(language, "first")

    def english(match: re.Match) -> str:
        verb = verbs[_spaced(match.group(0))]
        if where == "any" or _verb_place(text, match, where):
            return f"{VERB_MARK}{verb}{VERB_MARK}"
        if verb in _TRENDS and match.start() and verb_before_object_amount(text, match.end()):
            return f"{VERB_MARK}{verb}{VERB_MARK}"  # "A automação reduz o tempo … em 30%"
        if verb in _TRENDS and match.start() and _TREND_AMOUNT.match(text, match.end()):
            return _TRENDS[verb]  # "Doanh thu tăng 20%": a stated trend, "revenue up 20%"
        if verb in _TRENDS and _PERCENT_BEFORE.search(text, 0, match.start()):
            return _CHANGE_NOUN[verb]  # "۱۲٪ افزایش درآمد": "12% increase" of revenue
        return match.group(0)

    return verb_first(pattern.sub(english, text))


_VERB_PLACES = {"de": "edge", "nl": "edge", "tr": "any", "fa": "edge"}
# A change verb after its subject with only an amount after it states a trend.
_TRENDS = {"increase": "up", "reduce": "down"}
_CHANGE_NOUN = {"increase": "increase", "reduce": "reduction"}
_PERCENT_BEFORE = re.compile(r"\d\s?%\s*$")
_TREND_AMOUNT = re.compile(r"\s+(?:by\s+)?[-+]?\d[\d.,]*\s?%\s*[.!]?\s*$")
# Subjects and auxiliaries a key result may open with before its verb.
_OPENER_WORDS = (
    "мы ми wir we nous nosotros nós noi wij my kami chúng tôi ta will werden wollen zullen "
    "будем будемо vamos allons vogliamo chcemy akan sẽ hemos"
)
_OPENERS = frozenset(_OPENER_WORDS.split())
_AND = frozenset(["und", "y", "e", "et", "i", "и", "і", "ve", "dan", "và"])
_TRIM = " *\"'«»„“:-–—\t"


def _verb_place(text: str, match: re.Match, where: str) -> bool:
    """Return True when the verb stands where the language puts a key result's main verb."""
    before = text[: match.start()].strip(_TRIM).lower().split()
    if all(word in _OPENERS for word in before):
        return True
    if len(before) > 1 and before[-1] in _AND and all(word in _OPENERS for word in before[:-2]):
        return True  # "Wir erreichen und steigern den Umsatz": joined to the first verb
    rest = text[match.end() :].strip(_TRIM + ".!;")
    # German and Dutch put the verb last, or before the value alone ("… verlagen met 10%")
    return where == "edge" and (not rest or _VALUE_ONLY.match(rest) is not None)


# What may follow a verb that ends its clause: a value phrase and nothing else ("by 10%",
# "to € 1500", "from 2% to 4%"), its prepositions already in English.
_VALUE_ONLY = re.compile(
    r"^(?:by|to|from|at least|at most|under|over)\s+[$€£]?\s?\d[\d.,]*\s?(?:%|\w+)?"
    r"(?:\s+to\s+[$€£]?\s?\d[\d.,]*\s?(?:%|\w+)?)?$"
)


class _Patterns:
    """The compiled patterns of one language."""

    def __init__(self, language: str) -> None:
        table = LANGUAGES[language]
        edge, end = r"(?<![\w'])", r"(?![\w])"
        self.from_to = None
        if language in FROM_TO:
            first, then = FROM_TO[language]
            # after the fixes of rounds 35 and 36: a floor or ceiling word before the end ("de
            # 25 para pelo menos 55", "de 25 a al menos 55"), as English "from 25 to at least 55"
            bounds = {k: v for k, v in table["words"].items() if v in ("at least", "at most")}
            bound = rf"(?:(?:{_alternatives(bounds)})\s+)?" if bounds else ""
            self.from_to = re.compile(
                # "de 7-8 meses para **≤ 3 meses**": a range as the start, a bound before the end;
                # "de R$960 para R$1.200": a currency before either number
                rf"{edge}(?:{first})\s+({_FROM}(?:\s?[-–]\s?\d[\d.,]*)?\s?%?(?:\s+[^\s\d]+)?)\s+"
                rf"(?:{then})\s+(?=(?:\*\*)?\s*{bound}(?:[≤≥<>]=?\s*)?[-+]?(?:(?:R\$|[$€£])\s?)?\d)",
                re.IGNORECASE,
            )
        self.after_number = []
        for name in ("scales", "units"):  # "2 tỷ đồng": the scale, then the currency
            if table[name]:
                self.after_number.append(
                    (
                        re.compile(rf"({_SCALED})\s*({_alternatives(table[name])}){end}", re.I),
                        {k.lower(): v for k, v in table[name].items()},
                    )
                )
        self.before_number = None
        if table["before_number"]:
            self.before_number = re.compile(
                rf"{edge}(?:{_alternatives(table['before_number'])})(?=\s+[-+$€£]?\d)\s+", re.I
            )
        self.words = re.compile(rf"{edge}(?:{_alternatives(table['words'])}){end}", re.I)
        verbs = table["verbs"]
        self.verbs = re.compile(rf"{edge}(?:{_alternatives(verbs)}){end}", re.I) if verbs else None


def _alternatives(table: dict[str, str]) -> str:
    """Return the keys as a regex alternation, longest first, spaces matching any spaces."""
    keys = sorted(table, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in key.split()) for key in keys)


@cache
def _patterns(language: str) -> _Patterns:
    return _Patterns(language)
