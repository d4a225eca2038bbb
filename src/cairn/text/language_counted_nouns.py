"""The noun a number counts, by each language's own grammar: German capitals ("10 neue Kunden"),
Dutch plurals ("4 nieuwe klanten"), Indonesian and Vietnamese nouns as written ("5 hợp đồng"),
Italian and Portuguese plurals ("clienti", "canais"), and whether a sentence reads as Romance."""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.count_units import (
    czech_noun,
    german_noun,
    korean_noun,
)
from cairn.text.counted_nouns import (
    COUNTED_ACRONYMS,
    vietnamese_syllable,
)
from cairn.text.language_words import (
    NOT_COUNTED_NOUNS,
    UNINFLECTED_COUNTERS,
    VIETNAMESE_COUNTED_NOUNS,
)
from cairn.text.languages import ROMANCE
from cairn.text.noun_phrases import (
    is_plural,
    word_like,
)
from cairn.text.sentence import Sentence
from cairn.text.tokens import Token


def noun_by_grammar(sentence: Sentence, at: int) -> str | None:
    """Return the noun of a count in a sentence whose language was not told by its words:
    Czech, Korean, German (count_units)."""
    tokens, text = sentence.tokens, sentence.source
    if text.isascii():  # Czech and Korean need their letters
        return german_noun(tokens, at)
    return czech_noun(text, tokens, at) or korean_noun(text, tokens, at) or german_noun(tokens, at)


def english_plural_after(sentence: Sentence, at: int) -> bool:
    """Return True when English words with a plural follow the number ("≥ 150 weekly active
    users hoàn thành …", "30 qualified leads có …"): the English rules count them."""
    for token in sentence.tokens[at + 1 : at + 5]:
        if token.kind != "word" or not token.text.isascii():
            return False
        if is_plural(token):
            return True
    return False


def uninflected_noun(sentence: Sentence, at: int) -> str | None:
    """Return the noun an Indonesian or Vietnamese number counts, as written (neither marks the
    plural): "1.000 subscriber berbayar" → subscriber, "1 negara pilot" → negara, "5 hợp đồng
    pilot" → hợp đồng (a Vietnamese noun of two syllables, unless the second follows nouns:
    "5 người mới" → người), "200 shop active" → shop. A counter ("5 orang pelanggan", "3 lần")
    is no unit; nor is a loanword before a Vietnamese syllable ("50 sinh viên"?), left open.
    A noun of the lexicon is read first, whole ("200 doanh nghiệp đăng ký" → doanh nghiệp,
    "50.000 lượt truy cập" → lượt truy cập; after round 33)."""
    if sentence.language == "vi" and (listed := _vietnamese_listed_noun(sentence, at)):
        return listed
    words: list[Token] = []
    for token in sentence.tokens[at + 1 : at + 3]:
        if token.kind != "word" or not token.low.isalpha() or token.low in lx.PHRASE_BOUNDARY:
            break
        words.append(token)
    if not words or words[0].text.isupper():
        return None
    first = words[0]
    if first.low in UNINFLECTED_COUNTERS or first.low in NOT_COUNTED_NOUNS:
        return None
    if sentence.language == "id" or len(words) == 1:
        return first.low
    second = words[1]
    if second.low in NOT_COUNTED_NOUNS:
        return first.low
    if second.text.isascii() and (first.text.isascii() or not vietnamese_syllable(second.text)):
        return first.low  # "5 hợp đồng pilot"; not "500 phụ huynh" (counted_nouns)
    return None if first.text.isascii() else f"{first.low} {second.low}"


def _vietnamese_listed_noun(sentence: Sentence, at: int) -> str | None:
    """Return the longest noun of VIETNAMESE_COUNTED_NOUNS the words after the number begin
    with (three syllables at most), or None."""
    syllables: list[str] = []
    for token in sentence.tokens[at + 1 : at + 4]:
        if token.kind != "word" or not token.low.isalpha():
            break
        syllables.append(token.low)
    for k in range(len(syllables), 0, -1):
        if (noun := " ".join(syllables[:k])) in VIETNAMESE_COUNTED_NOUNS:
            return noun
    return None


def german_capital_noun(sentence: Sentence, number: Token, phrase: list[Token]) -> str | None:
    """Return the noun a German number counts, as written (twelfth round, the round-10
    convention): German writes its nouns with a capital, so it is the first capitalised word
    after the number, past its adjectives ("10 neue Kunden" counts Kunden). Not after 1 (a
    singular), nor in a rate ("100 aktive Nutzer/Monat")."""
    first = next((i for i, t in enumerate(phrase) if t.text[:1].isupper()), None)
    if first is None:
        return None
    while first + 1 < len(phrase) and phrase[first + 1].text[:1].isupper():
        first += 1  # "150 Linkedin Follower": a name before the head, dropped (nineteenth round)
    noun = phrase[first]
    if noun.text in COUNTED_ACRONYMS:
        return noun.text  # "0.8 verrechenbaren FTE"
    if number.value == 1 or not word_like(noun):
        return None
    at = sentence.tokens.index(noun)
    after = sentence.tokens[at + 1] if at + 1 < len(sentence.tokens) else None
    if after is not None and (after.text == "/" or after.low == "per"):
        return None
    return noun.text


def dutch_noun(sentence: Sentence, number: Token, phrase: list[Token]) -> str | None:
    """Return the noun a Dutch number counts, as written (thirteenth round, the round-11
    convention): the first word after the number past an inflected adjective ("4 nieuwe
    klanten"), when it is a plural (-en, -s). Not after 1, nor in a rate written with a slash
    ("100 bezoekers/maand"; one spelled out keeps its noun: "4 klanten per maand")."""
    noun = phrase[0]
    if len(phrase) > 1 and noun.low.endswith("e") and not noun.low.endswith("ie"):
        noun = phrase[1]  # "nieuwe", "actieve": an adjective before the noun
    if number.value == 1 or not word_like(noun) or not noun.low.endswith(("en", "s")):
        return None
    at = sentence.tokens.index(noun)
    after = sentence.tokens[at + 1] if at + 1 < len(sentence.tokens) else None
    if after is not None and after.text == "/":
        return None
    return noun.low


def italian_plural(sentence: Sentence, noun: Token) -> bool:
    """Return True for an Italian noun in the plural ("clienti", "utenti", "aziende")."""
    return sentence.language == "it" and word_like(noun) and noun.low[-1:] in ("i", "e")


# Words that mark a Spanish, French or Portuguese sentence, where the noun precedes its
# adjectives ("pilotos activos", "clients actifs").
_ROMANCE_WORDS = frozenset(
    [
        "con", "para", "por", "del", "los", "las", "avec", "pour", "dans", "des", "une", "sur",
        "com", "uma", "pelo", "pela",  # Portuguese: "Dashboard com 5 visualizações"
    ]
)  # fmt: skip


def is_romance(sentence: Sentence) -> bool:
    """Return True when the sentence reads as Spanish, French, Portuguese or Italian."""
    if sentence.language in ROMANCE:
        return True
    # "de" only in lower case: "3 planos de assinatura ativos", not "in DE" (Germany)
    if any(t.low in _ROMANCE_WORDS or t.text == "de" for t in sentence.tokens):
        return True
    # letters only Portuguese and Spanish write: "60 processos simultâneos" (twelfth round)
    # (in a sentence of no other language: Vietnamese writes them too)
    if sentence.language is not None or sentence.text.isascii():
        return False
    return _ROMANCE_LETTERS.search(sentence.text) is not None


_ROMANCE_LETTERS = re.compile("[ãõâêôñÃÕÂÊÔÑ]")


# After the fixes of rounds 35 and 36: the plurals of Portuguese nouns in -al, -el, -ol ("canal",
# "nível", "papel", "farol"), written with or without their accent ("niveis"). Read only as the
# first word after the number, where a Portuguese noun stands ("3 canais (WebSocket, …)"); an
# adjective after the noun keeps its reading ("150.000+ saques mensais": saques).
_PORTUGUESE_PLURALS = ("ais", "eis", "éis", "óis")


def portuguese_plural(token: Token) -> bool:
    """Return True for "canais", "níveis", "papéis": a Portuguese plural in -is."""
    return token.low.endswith(_PORTUGUESE_PLURALS) and len(token.low) > 4 and token.kind == "word"
