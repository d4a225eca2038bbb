"""Which words after a number name what it counts, beyond `metric`'s rules (fourteenth round).

- A Portuguese, Spanish, Italian or French participle or adjective after the counted noun
  ("500 trials iniciados", "10 deals Enterprise fechados", "20 clientes pagantes", "Zero
  vulnerabilidades críticas") tells a Romance phrase even when the sentence's words are too
  few to tell its language: the noun comes first and is the unit, not the last plural.
- A compound noun whose head alone names something else is counted whole, as written: "3 Pull
  Requests" (not requests), "2 Sales People" (not people). English loan compounds in a Romance
  sentence too: "3 case study pubblicati" (round-9 label), "5 landing pages publicadas".
  Other compounds keep their head ("10 technical blog posts": posts; "20 case studies": studies).
- A noun glued to a period by a slash ("75K sesiones/mes", "5 indicações/mês", "2 Company
  Offsites/ano realizados") is a rate, which has no unit (round-12 convention, rows of rounds
  10 to 12). Only the periods of the Romance languages: English "500 unique visitors/month" is
  labelled "visitors" in round 4 and "15K visitors/month" no unit in round 12 (left as it was).
- Seventeenth round: an acronym that counts people or views after the number ("1,000 MAU",
  "100,000 PV", round-15 and round-12 labels) is the unit as written; a score ("a 9 NPS", "15
  NPS") or a name ("17 ODS", "WCAG 2.1 AA") is not, so only the acronyms listed count.
- Seventeenth round: a Vietnamese noun of two syllables whose second has no diacritic ("500 phụ
  huynh", parents; "học sinh", pupils) is the whole noun; an English loan after a Vietnamese
  noun ("5 hợp đồng pilot", "10 bài blog") is not one syllable and stays out.
- After the first run of round 37: a sentence that opens on a count of one, a singular noun and
  a verb in -s ("At least one EHR vendor participates", "At least one lender purchases the
  system.") counts the noun in the plural (vendors, lenders): the verb is no unit. Only when the
  verb ends the sentence or an article, a possessive or "to" follows it; "1 bug fixes released"
  keeps its plural noun.
- After the first run of round 37: an acronym of capitals right after the number and before a
  past participle ("3 LOI assinados", "3 LOIs signed") is the unit as written; a score or money
  acronym ("15 NPS achieved") is not.
"""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.count_subjects import OPENING_BOUNDS as _OPENING_BOUNDS
from cairn.text.count_subjects import state_subject_end
from cairn.text.tokens import Token

__all__ = [
    "compound_noun",
    "counted_acronym",
    "glued_rate",
    "italian_after_noun",
    "singular_subject",
    "state_subject_end",
]
__all__ += ["french_rate_noun", "nordic_noun", "romance_after_noun", "vietnamese_syllable"]

# Plural endings of Romance participles and adjectives: -ados/-idos (pt, es), -adas/-idas,
# -antes/-entes ("pagantes"), -icos/-icas ("críticos"), -ivos/-ivas ("ativos"), French
# -és/-ées/-ifs ("signés", "actifs"). Not Italian -ati/-ite, which English writes ("corporate",
# "favorite"): an Italian sentence is told by its words.
_ROMANCE_PLURAL_ADJECTIVE = re.compile(
    r"(?:ados|idos|adas|idas|antes|entes|icos|icas|ivos|ivas|és|ées|ifs)$"
)

# Italian masculine plural participles after a plural in -i: "10 clienti acquisiti", "5
# progetti completati" (English writes neither ending pair).
_ITALIAN_PARTICIPLE = re.compile(r"(?:ati|iti|uti)$")
# Sixteenth round: Italian plural adjectives after a plural in -i ("10.000 utenti attivi
# mensili", "200 clienti abituali"), and a participle after an English loan that Italian does
# not inflect ("500 lead qualificati generati": round-14 label "lead").
_ITALIAN_ADJECTIVE = re.compile(r"(?:ivi|ili|ali|ari|osi)$")
_LOAN = re.compile(r"^[a-z]+$")

_PERIODS = "mes|mês|ano|año|semana|dia|día|mese|anno|giorno|settimana"
_GLUED_RATE = re.compile(rf"^[^\W\d_][\w-]*/(?:{_PERIODS})$")
# Eighteenth round: a French noun glued to its period keeps the noun ("5 000 visiteurs/mois",
# round-16 label "visiteurs"), as the English "15K visitors/month" (round 12).
_FRENCH_RATE = re.compile(r"^([^\W\d_][\w-]*s)/(?:mois|an|semaine|jour)$")

# Fixed compounds whose head alone says something else ("3 case studies" are not "studies"):
# counted whole in every language; any other noun before the head is dropped ("50 career
# advisors" count advisors, "5 API endpoints" endpoints; the lead's decision, docs/plaintext.md).
_ENGLISH_COMPOUNDS = frozenset(
    ["pull requests", "merge requests", "sales people", "case studies", "landing pages"]
    + ["use cases", "user stories", "code reviews", "test cases"]
)
_LOAN_COMPOUNDS = _ENGLISH_COMPOUNDS | frozenset(["case study"])
_COMPOUND_HEADS = frozenset(compound.split()[1] for compound in _ENGLISH_COMPOUNDS)


def compound_head_after(tokens: list[Token], at: int) -> bool:
    """Return True when a fixed compound's head follows the number within six words."""
    return any(token.low in _COMPOUND_HEADS for token in tokens[at + 1 : at + 7])


# Eighteenth round: French present participles used as adjectives ("50 clients payants", "abonnés
# gagnants"); English plurals in -ants are nouns and stay out.
_ANTS = (
    "applicants participants consultants assistants merchants tenants restaurants plants variants"
    " grants immigrants entrants servants accountants attendants inhabitants contestants"
    " descendants pants ants elephants giants infants peasants sergeants lieutenants"
)
_ENGLISH_ANTS = frozenset(_ANTS.split())


def _romance_adjective(word: str) -> bool:
    if _ROMANCE_PLURAL_ADJECTIVE.search(word) is not None:
        return True
    return word.endswith("ants") and word not in _ENGLISH_ANTS


def romance_after_noun(phrase: list[Token]) -> bool:
    """Return True when the phrase opens with a plural and a word after it has a Romance
    plural ending: the noun, then its participles or adjectives ("trials iniciados"; not
    "10 read replicas", whose first word is no plural)."""
    return (
        len(phrase) > 1
        and phrase[0].low.endswith("s")
        and any(token.text.islower() and _romance_adjective(token.low) for token in phrase[1:])
    )


def italian_after_noun(phrase: list[Token]) -> bool:
    """Return True for an Italian plural in -i with a participle after it ("clienti acquisiti")."""
    if len(phrase) < 2 or not phrase[0].text.islower():
        return False
    second = phrase[1].low
    if phrase[0].low.endswith("i"):
        return bool(_ITALIAN_PARTICIPLE.search(second) or _ITALIAN_ADJECTIVE.search(second))
    # a loan Italian does not inflect, then a participle ("lead qualificati"); not an English
    # plural ("10 docs" …)
    first = phrase[0].low
    if f"{first} {second}" in _LOAN_COMPOUNDS and len(phrase) > 2:
        # twenty-second round: a loan compound, then a participle ("50 case study pubblicati")
        return _ITALIAN_PARTICIPLE.search(phrase[2].low) is not None
    return (
        _LOAN.match(first) is not None
        and not first.endswith("s")
        and _ITALIAN_PARTICIPLE.search(second) is not None
    )


def glued_rate(token: Token) -> bool:
    """Return True for a noun glued to a period by a slash: "sesiones/mes", "Offsites/ano"."""
    return "/" in token.text and _GLUED_RATE.match(token.low) is not None


def french_rate_noun(token: Token) -> str | None:
    """Return the plural noun of "visiteurs/mois" or "sesiones/mes": a count glued to a rate keeps
    its noun as unit in every language (the lead's session-15 decision, twentieth round)."""
    if "/" not in token.text:
        return None
    if match := _FRENCH_RATE.match(token.low):
        return match.group(1)
    return token.text.split("/", 1)[0] if _GLUED_RATE.match(token.low) else None


def compound_noun(phrase: list[Token], *, romance: bool) -> str | None:
    """Return a compound counted whole, in lower case as every English unit is ("3 Pull Requests"
    is "pull requests"): its last two words in English, its first two in a Romance phrase ("3 case
    study pubblicati")."""
    if romance:
        pair = phrase[:2]
        joined = f"{pair[0].low} {pair[1].low}" if len(pair) == 2 else ""
        return joined if joined in _LOAN_COMPOUNDS else None
    # nineteenth round: anywhere in the phrase, the last pair first ("20 code reviews done on
    # …", "Write 5 integration test cases": a participle or a noun that is a verb follows)
    for first, second in reversed(list(zip(phrase, phrase[1:], strict=False))):
        joined = f"{first.low} {second.low}"
        if joined in _ENGLISH_COMPOUNDS:
            return joined
    return None


# Acronyms that count users, views or leads (singular and plural as written)
COUNTED_ACRONYMS = frozenset(["MAU", "DAU", "WAU", "PV", "UV", "MQL", "SQL", "SKU", "MAUs", "DAUs"])
COUNTED_ACRONYMS |= {"FTE", "FTEs"}  # full-time equivalents (nineteenth round: "0.8 FTE")


# After the first run of round 37: an acronym of capitals (its plural in -s too) right after the
# number and before a past participle ("3 LOI assinados", "3 LOIs signed", "2 MVPs launched")
# counts, as written; a score or money acronym ("15 NPS achieved", "5 ARR added") does not.
_ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")
_PARTICIPLE = re.compile(
    r"^[a-zà-ü]{2,}(?:ed|ados|adas|idos|idas|ado|ada|ido|ida|és|ées|ati|iti|ata|ato)$"
)
_SCORE_ACRONYMS = frozenset(
    [
        "NPS",
        "CSAT",
        "CES",
        "ROI",
        "ROAS",
        "CTR",
        "SLA",
        "SLO",
        "ARR",
        "MRR",
        "GMV",
        "AOV",
        "ARPU",
        "LTV",
        "CAC",
        "KPI",
        "OKR",
    ]
)


def _acronym_before_participle(tokens: list[Token], at: int) -> str | None:
    """Return "LOI" for "3 LOI assinados": an acronym counted, then what was done to it."""
    if at + 2 >= len(tokens):
        return None
    acronym, participle = tokens[at + 1], tokens[at + 2]
    if acronym.kind != "word" or not _ACRONYM.match(acronym.text):
        return None
    if acronym.text.rstrip("s") in _SCORE_ACRONYMS or participle.kind != "word":
        return None
    return acronym.text if _PARTICIPLE.match(participle.low) else None


def counted_acronym(tokens: list[Token], at: int) -> str | None:
    """Return the acronym right after the number at `at` when it counts ("1,000 MAU")."""
    nxt = tokens[at + 1] if at + 1 < len(tokens) else None
    if nxt is not None and nxt.text not in COUNTED_ACRONYMS:
        return _acronym_before_participle(tokens, at)
    if nxt is None:
        return None
    # twenty-second round: an acronym before lower-case nouns ending in a plural modifies them
    # ("Zero SQL injection vulnerabilities": vulnerabilities, round 20)
    after = tokens[at + 2 : at + 5]
    for token in after:
        if token.kind != "word" or not token.text.islower():
            break
        if token.low.endswith("s") and len(token.low) > 3 and token.low.isalpha():
            return None
    return nxt.text


# One Vietnamese syllable written without a diacritic: an onset, one vowel group, a final
# consonant Vietnamese allows ("huynh", "sinh", "minh"); "pilot", "blog", "test" are not.
_VIETNAMESE_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$"
)


def vietnamese_syllable(word: str) -> bool:
    """Return True for a lower-case word that can be one Vietnamese syllable (see above)."""
    return _VIETNAMESE_SYLLABLE.match(word) is not None


# Twenty-second round: Norwegian and Danish too ("Skaffe 1000 nye følgere på LinkedIn", round 22):
# the letters æ and ø, adjectives in -e ("nye", "aktive") and plurals in -ere ("følgere").
# Eighteenth round: a Swedish count ("Intervjua 20 kunder varje månad", "Nå 20 kunder",
# "Rekrytera 5 utvecklare"), in a sentence too short for the tables to tell its language. Told by
# its letters or words (å, ä, ö; och, varje, att …) or a leading verb in -era; the noun after the
# number, past its adjectives in -a or -ande, is a plural in -er, -ar, -or, -are or -en, as written.
_NORDIC_LETTERS = re.compile(r"[åäöæøÅÄÖÆØ]")
_NORDIC_TEXT = "och varje att inom nya minst eller från för med st"
_NORDIC_WORDS = frozenset(_NORDIC_TEXT.split())
_NORDIC_ADJECTIVE = re.compile(r"(?:a|e|ande|ende)$")
_NORDIC_PLURAL = re.compile(r"^[a-zåäöæø]{3,}(?:er|ar|or|are|ere|en)$")


def nordic_noun(text: str, tokens: list[Token], at: int) -> str | None:
    """Return the Swedish plural that the number at `at` counts, or None."""
    noun = None
    for token in tokens[at + 1 : at + 4]:
        if token.kind != "word" or not token.text.islower():
            return None
        if token.text[-1] in "rne" and _NORDIC_PLURAL.match(token.text):
            noun = token.text
            break
        if not _NORDIC_ADJECTIVE.search(token.text):
            return None
    if noun is None:
        return None
    if _NORDIC_LETTERS.search(text) is not None:
        return noun
    words = text.lower().split()
    if not _NORDIC_WORDS.isdisjoint(words):
        return noun
    return noun if words and len(words[0]) > 5 and words[0].endswith("era") else None


# Twentieth round: a Polish count keeps its noun as written, its case included ("20 publikacji",
# "3 kampanie partnerskie", "15 tys. nowych obserwujących"), adjectives before it dropped ("3
# nowe, rewolucyjne produkty": produkty). An adjective is a form of "new" or a word with an
# adjective's or a participle's ending (-yjne, -skie, -owe, -ne, -ących …) before another word
# that is no preposition.
_POLISH_NEW = re.compile(r"^now(?:y|a|e|i|ych|ym|ymi|ego|ej)$")
_POLISH_ADJECTIVE = re.compile(
    r"(?:(?:yjn|cz|sk|ow|ln|n)(?:e|y|a|i|ych|ym|ich)|ąc(?:e|y|a|i|ych|ym))$"
)
# A participle before a preposition is the noun ("nowych obserwujących na LinkedIn").
_POLISH_PREPOSITIONS = frozenset(
    ["na", "w", "we", "z", "ze", "do", "od", "dla", "po", "przez", "o", "u", "przy", "za", "pod"]
)


def polish_noun(phrase: list[Token]) -> str | None:
    """Return the noun a Polish count counts, as written, past the adjectives before it."""
    words = [t for t in phrase if t.text != ","]  # "3 nowe, rewolucyjne produkty"
    for i, token in enumerate(words):
        if token.kind != "word" or not token.low.isalpha():
            return None
        following = words[i + 1 : i + 2]
        if _POLISH_NEW.match(token.low):
            continue
        noun_after = following and following[0].kind == "word"
        before_noun = noun_after and following[0].low not in _POLISH_PREPOSITIONS
        if before_noun and _POLISH_ADJECTIVE.search(token.low):
            continue  # "płacących klientów", "nowe, rewolucyjne produkty"
        return token.text
    return None


# Twenty-third round: a Russian or Ukrainian count right after the leading verb keeps the noun
# that follows it as written, its case included ("Получить 3 приглашения на …": приглашения), as
# Polish and Czech do. An adjective first leaves no unit ("Привлечь 500 новых клиентов", a
# twenty-second-round near miss), and so does a bound before the count ("до 50 000
# пользователей", a round-6 label).
_EAST_SLAVIC_ADJECTIVE = re.compile(
    r"(?:ых|их|ые|ие|ый|ий|ой|ая|яя|ое|ее|ую|ым|им|ыми|ими|[нвк]і)$"
)
_CYRILLIC = re.compile("^[а-яёіїєґ]+$")


def east_slavic_noun(tokens: list[Token], at: int) -> str | None:
    """Return the noun right after a count that right follows the leading verb, as written."""
    if at != 1 or at + 1 >= len(tokens) or tokens[0].low not in lx.ALL_VERBS:
        return None  # "MAU 10K к июню": a metric's name first, then a preposition
    noun = tokens[at + 1]
    if noun.kind != "word" or len(noun.low) < 3 or _CYRILLIC.match(noun.low) is None:
        return None
    return None if _EAST_SLAVIC_ADJECTIVE.search(noun.low) else noun.text


# Words a verb in -s takes after it, not a plural noun ("commits to …", "purchases the system")
_AFTER_VERB = frozenset(["to", "the", "a", "an", "our", "its", "their", "his", "her", "your"])


def singular_subject(tokens: list[Token], at: int) -> str | None:
    """Return the plural of a singular noun that a count of one opens the sentence with when a
    verb in -s or of state follows it ("At least one EHR vendor participates" → vendors, "One
    outcome record is published" → records)."""
    if any(t.low not in _OPENING_BOUNDS for t in tokens[:at]):
        return None
    if (state := state_subject_end(tokens, at)) is not None:
        return _plural(tokens[state - 1].low)
    for end in range(at + 2, min(at + 5, len(tokens))):
        verb, noun = tokens[end], tokens[end - 1]
        if verb.kind != "word" or noun.kind != "word" or not noun.text.isalpha():
            return None
        if verb.low.endswith("s") and verb.text.isalpha() and verb.text.islower():
            break
    else:
        return None
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if after is not None and after.low not in _AFTER_VERB and after.text not in ".;":
        return None
    if verb.low.endswith(("ss", "us", "is")) or noun.low.endswith("s"):
        return None
    return _plural(noun.low)


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"
