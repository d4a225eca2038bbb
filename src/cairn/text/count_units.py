"""The unit of a count read by grammar, not by vocabulary (twenty-second round, issue 15).

First runs on held-out sets missed the counted noun most often. The rules of `metric` and
`counted_nouns` knew the nouns of the languages they had seen; these read the noun phrase after
the count by its shape:

- a scale word between the number and the noun is skipped with its link: "2 millones de usuarios
  activos" counts usuarios, "3 milhões de downloads", "2 milioni di utenti", "2 millions
  d'utilisateurs" (the number token already holds "2 million"; the elision is dropped);
- Romance adjectives written before the noun are skipped (`PRENOMINAL`: "10 potenciais
  clientes", "20 posibles socios"); a loan Italian does not inflect is the noun as written
  ("10 mila follower");
- German: lower-case adjectives, then the capitalised noun, as written ("500 qualifizierte
  Leads generieren"), when an adjective or the closing verb has a German-only ending (-ierte,
  -ige, -liche, -ische; an infinitive in -ieren);
- Czech and Slovak keep the noun as written, its case included ("400 zákazníků", "50 nových
  klientů": nových dropped), as Polish does (twentieth round);
- Korean: the noun before the closing verbal noun ("100만 웹 방문자 유치": 방문자; "10 feature
  출시": feature); a counter after the number ("5개", "200명") names no unit;
- English: a singular after a count above one, before "per" ("Average <5 unassigned incident
  per day": incidents), and the plural before "of" ("500 lines of custom styles": lines).

Not read: a plural before "from A to B" or before "reach N" is the metric's noun, no unit
("Grow enterprise customers from 156 to 220", "Weekly active users reach 50K": dev and round-19
labels; three later labels that give one are label questions, docs/plaintext.md).

Near misses keep no unit: a period ("3 meses"), a percentage, a counter, a Romance preposition
in -s after the count ("≥ 8/10 lors de la prochaine enquête": `ROMANCE_FUNCTION_WORDS`).
"""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.plural_nouns import irregular_plural
from cairn.text.tokens import Token

__all__ = [
    "GAINING_VERBS",
    "PRENOMINAL",
    "ROMANCE_FUNCTION_WORDS",
    "czech_noun",
    "german_noun",
    "korean_noun",
    "past_scale_link",
]
__all__ += ["elided_noun", "italian_loan", "of_head", "plural_per_period", "url_escapes"]

# Adjectives Spanish, Portuguese, French and Italian write before the noun, beyond "new",
# "first", "best", "other" (`language_words.PREPOSED_ADJECTIVES`): potential, possible, future,
# several, various, multiple, different, main, additional, extra.
_PRENOMINAL = (
    "potenciales potenciais potenziali potentiels potentielles posibles possíveis"
    " possibili possibles futuros futuras futurs futures futuri future varios varias vários"
    " várias vari varie plusieurs diversos diversas diversi diverse divers diverses"
    " múltiples múltiplos múltiplas multipli multiples diferentes differenti différents"
    " différentes distintos distintas principales principais principali principaux"
    " principales importantes importanti adicionales adicionais ulteriori nuevos"
    " numerosos numerosas numerosi nombreux nombreuses"
)
PRENOMINAL = frozenset(_PRENOMINAL.split())

# Romance words ending in -s that are no noun: prepositions and adverbs after a count ("≥ 8/10
# lors de la prochaine enquête", "5 más que", "10 antes del lanzamiento"): the count has no unit.
_FUNCTION = (
    "lors sous vers dans depuis après selon plus moins tous toutes más menos después antes"
    " tras mais após depois todos todas además atrás através"
)
ROMANCE_FUNCTION_WORDS = frozenset(_FUNCTION.split())

# The link after a scale word: "2 millones de", "2 milioni di", "2 millions d'", "2 million of".
_SCALE_LINKS = frozenset(["de", "di", "d'", "of", "da", "do"])


def past_scale_link(tokens: list[Token], at: int) -> int:
    """Return the index of "de" in "2 millones de usuarios" (the number's text holds a scale
    word), else `at`: the noun after the link is what is counted."""
    number = tokens[at]
    nxt = tokens[at + 1] if at + 1 < len(tokens) else None
    if number.kind != "num" or nxt is None or nxt.low not in _SCALE_LINKS:
        return at
    return at + 1 if any(ch.isalpha() for ch in number.text) else at


def elided_noun(noun: Token) -> Token:
    """Return the noun without French "d'" glued before it ("2 millions d'utilisateurs")."""
    if noun.low.startswith(("d'", "d’")) and len(noun.low) > 3 and noun.low[2:].isalpha():
        return Token("word", noun.text[2:], noun.start + 2, noun.end)
    return noun


def italian_loan(word: str) -> bool:
    """Return True for a lower-case word ending in a consonant other than -s after an Italian
    count: a loan Italian does not inflect ("10 mila follower", "50 nuovi lead"; round-14 label
    "lead"), Italian's own nouns ending in a vowel."""
    return (
        len(word) > 2 and word.isascii() and word.isalpha() and word.islower()
        and word[-1] not in "aeiouys"
    )  # fmt: skip


def of_head(phrase: list[Token]) -> Token | None:
    """Return the plural before "of" in an English count's phrase ("500 lines of custom styles":
    lines; "3 rounds of usability tests": rounds), where the last plural would be the thing the
    head measures out; None when no plural comes right before "of"."""
    for i in range(1, len(phrase)):
        if phrase[i].low == "of":
            head = phrase[i - 1]
            low = head.low
            plural = irregular_plural(low) or low.endswith("s") and not low.endswith("ss")
            return head if plural and head.text.islower() and low.isalpha() else None
    return None


# --- German ---------------------------------------------------------------------------------
# Endings only German writes on a lower-case adjective or participle ("qualifizierte",
# "wichtige", "zusätzliche", "technische") and on an infinitive ("generieren").
_GERMAN_ADJECTIVE = re.compile(
    r"^[a-zäöüß]{3,}(?:ierte|ierten|ige|igen|liche|lichen|ische|ischen)$"
)
_GERMAN_INFLECTED = re.compile(r"^[a-zäöüß]{2,}(?:e|en|er|es)$")
_GERMAN_INFINITIVE = re.compile(r"^[a-zäöüß]{3,}ieren$")


def german_noun(tokens: list[Token], at: int) -> str | None:
    """Return the capitalised noun a German count counts in a sentence too short to be told
    German by its words: past inflected adjectives, one with a German-only ending or the last
    word an infinitive in -ieren ("500 qualifizierte Leads generieren")."""
    told = False
    for token in tokens[at + 1 : at + 4]:
        if token.kind != "word":
            return None
        if token.text[:1].isupper() and token.text[1:].islower() and token.text.isalpha():
            if not told:  # "… Leads generieren": the closing infinitive tells German
                last = next((t for t in reversed(tokens) if t.kind == "word"), None)
                told = last is not None and _GERMAN_INFINITIVE.match(last.text) is not None
            return token.text if told else None
        if not _GERMAN_INFLECTED.match(token.text):
            return None
        told = told or _GERMAN_ADJECTIVE.match(token.text) is not None
    return None


# --- Czech and Slovak -------------------------------------------------------------------------
# Letters Czech or Slovak write and Polish does not (Polish has its own rule).
_CZECH_LETTERS = re.compile("[ěůřťďňľĺŕôĚŮŘŤĎŇ]")
_POLISH_LETTERS = re.compile("[ąęłśźżĄĘŁŚŹŻ]")
_CZECH_ADJECTIVE = re.compile(r"(?:ých|ým|ými|ého|ému|ích|ím|ími|ní|ný|ná|né|ský|ové|ový)$")
_CZECH_WORDS = "z ze na v ve do od pro po za s se k ke u o při před mezi nad pod přes během"
_CZECH_PREPOSITIONS = frozenset(_CZECH_WORDS.split())
_CZECH_NEW = re.compile(r"^nov(?:ých|ým|ými|é|í|ý|á|ou)$")


def czech_noun(text: str, tokens: list[Token], at: int) -> str | None:
    """Return the noun a Czech or Slovak count counts, as written, past its adjectives."""
    if _CZECH_LETTERS.search(text) is None or _POLISH_LETTERS.search(text) is not None:
        return None
    words = [t for t in tokens[at + 1 : at + 5] if t.text != ","]
    for i, token in enumerate(words):
        if token.kind != "word" or not token.low.isalpha() or token.low in _CZECH_PREPOSITIONS:
            return None
        following = words[i + 1 : i + 2]
        before_noun = bool(following) and following[0].kind == "word"
        before_noun = before_noun and following[0].low not in _CZECH_PREPOSITIONS
        if _CZECH_NEW.match(token.low) or before_noun and _CZECH_ADJECTIVE.search(token.low):
            continue  # "50 nových klientů", "10 aktivních uživatelů"
        return token.text
    return None


# Verbs of gaining in the languages above that have no tables of their own: what they count is
# reached, as with "get" ("Získejte 400 zákazníků", "Skaffe 1000 nye følgere"). `leading_verb`
# names them so, for the coach: a count of customers gained is a result, not work.
_GAINING = (
    "získat získejte získáme získávat získať získajte skaffe skaff skaffa få oppnå opnå uppnå"
)
GAINING_VERBS = dict.fromkeys(_GAINING.split(), "get")


# --- Korean ---------------------------------------------------------------------------------
_HANGUL = re.compile("[\uac00-\ud7a3]")
# Counters after a number ("5개", "200명", "3회"): a count of things, no unit (round-20 label).
_KOREAN_COUNTERS = ("개", "명", "건", "회", "권", "종", "번", "곳", "점", "가지", "편", "배", "위")
# Verbal nouns that close a Korean key result ("출시", launch; "유치", attract) and verbs.
_ACTIONS = (
    "출시 유치 달성 확보 발행 증가 감소 획득 모집 진행 완료 개선 유지 돌파 단축 상승 향상"
    " 운영 개최 작성 제작 배포 공개 구축 판매 가입 채용 도입 창출 전환 기록 제공 발굴 육성"
)
_KOREAN_ACTIONS = frozenset(_ACTIONS.split())


def korean_noun(source: str, tokens: list[Token], at: int) -> str | None:
    """Return the noun before the closing verbal noun, after a number without a counter:
    "100만 웹 방문자 유치" → 방문자; "10 feature 출시" → feature (a verb the tables know was put
    first: the noun then ends the sentence)."""
    if _HANGUL.search(source) is None:
        return None
    words: list[Token] = []
    for token in tokens[at + 1 : at + 5]:
        if (
            token.kind != "word"
            or token.low in lx.VALUE_CONNECTORS
            or token.low in lx.PHRASE_BOUNDARY
        ):
            break  # "4.5/5 이상" was rewritten "4.5/5 or more": no noun
        words.append(token)
    if not words or words[0].text.startswith(_KOREAN_COUNTERS):
        return None
    action = next((i for i, w in enumerate(words) if _korean_action(w.text)), -1)
    if action < 0 and at + 1 + len(words) == len(tokens) and _HANGUL.search(tokens[0].text) is None:
        action = len(words)  # the verb was put first ("launch 10 feature")
    if action < 1:
        return None
    noun = words[action - 1]
    return noun.text if noun.text.isalpha() else None


def _korean_action(word: str) -> bool:
    return word in _KOREAN_ACTIONS or _HANGUL.match(word) is not None and word.endswith("하기")


# --- English: a singular after a count before "per" --------------------------------------------
_PERIODS = frozenset(["day", "week", "month", "quarter", "year", "sprint", "release", "hour"])


def plural_per_period(tokens: list[Token], at: int, phrase: list[Token]) -> str | None:
    """Return the plural of a singular counted per period ("<5 unassigned incident per day":
    incidents); a participle or a name stays out."""
    end = at + len(phrase) + 1
    if not phrase or end >= len(tokens):
        return None
    rate = tokens[end].low.split()  # "per day" is one token, "per" and "sprint" are two
    if tokens[end].low == "per" and end + 1 < len(tokens):
        rate = ["per", tokens[end + 1].low]
    if len(rate) != 2 or rate[0] != "per" or rate[1] not in _PERIODS:
        return None
    if any(not t.text.islower() or not t.low.isalpha() or t.low.endswith("s") for t in phrase):
        return None  # a plural, a name or an acronym in the phrase: the other rules read it
    low = phrase[-1].low
    if low.endswith(("ed", "ing")) or low in ("done", "made", "run"):
        return None  # "5 code reviews done per sprint": a participle ends the phrase
    # after a count, a word that is also a verb is the noun ("3 customer interview per month")
    if low in _PERIODS or low in lx.TIME_UNITS or low in lx.MEASURE_UNITS:
        return None
    return low[:-1] + "ies" if low.endswith("y") and low[-2:-1] not in "aeou" else low + "s"


# --- "%23": an escape in a pasted address, not a number ---------------------------------------
_PERCENT_FIRST = frozenset(["tr", "az", "ar", "fa", "eu"])  # languages writing "%20" for 20%


def url_escapes(tokens: list[Token], language: str | None) -> list[Token]:
    """Return the tokens without a number glued after "%" ("Create %23 blueprints": an escaped
    "#", a count still to fill in, read as "Create blueprints" with a placeholder), unless the
    language writes the percent sign first (Turkish "%20")."""
    if language in _PERCENT_FIRST:
        return tokens
    dropped: set[int] = set()
    for i in range(1, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        if token.kind == "num" and before.text == "%" and before.end == token.start:
            dropped.update((i - 1, i))
    if not dropped:
        return tokens
    return [token for i, token in enumerate(tokens) if i not in dropped]  # one pass, no deletes
