"""Read the unit of a key result's values: %, a currency, a unit word, or the noun a number
counts ("300 paying customers" → customers)."""

from __future__ import annotations

from cairn.text import lexicon as lx
from cairn.text.count_units import (
    PRENOMINAL,
    ROMANCE_FUNCTION_WORDS,
    elided_noun,
    italian_loan,
    of_head,
    past_scale_link,
    plural_per_period,
)
from cairn.text.counted_nouns import (
    compound_head_after,
    compound_noun,
    counted_acronym,
    east_slavic_noun,
    french_rate_noun,
    glued_rate,
    italian_after_noun,
    nordic_noun,
    polish_noun,
    romance_after_noun,
    singular_subject,
)
from cairn.text.language_counted_nouns import (
    dutch_noun,
    english_plural_after,
    german_capital_noun,
    is_romance,
    italian_plural,
    noun_by_grammar,
    portuguese_plural,
    uninflected_noun,
)
from cairn.text.language_words import (
    PREPOSED_ADJECTIVES,
)
from cairn.text.languages import INFLECTED, cjk_word
from cairn.text.noun_phrases import (
    is_plural,
    past_participle_after,
    phrase_after,
    unit_noun,
    word_like,
)
from cairn.text.sentence import Sentence, Values
from cairn.text.tokens import Token


def read_unit(sentence: Sentence, values: Values) -> str | None:
    """Return the unit of the values: %, a currency, a unit word, or the counted noun."""
    ordered = [values.target, values.start, *(values.rng or ()), values.change]
    present = [t for t in ordered if t is not None]
    for token in present:
        relative_change = token is values.change and token.unit == "%" and not token.points
        if token.unit and not relative_change:
            return token.unit
    if values.target is not None and (noun := _scope_noun(sentence, values.target)):
        return noun  # "Of the 12 pilot customers, 9 renew": 9 customers
    for token in [*present[::-1]]:
        if token.value is not None and 0 < token.value < 1 and _before_of(sentence, token):
            continue  # ".5 of existing members" (round 32): a fraction of a group, a share
        if token is values.change and token.unit == "%" and not token.points:
            continue  # "Reduce by 50% context losses": the noun is the metric, not a unit
        noun = _counted_noun(sentence, sentence.tokens.index(token))
        if noun:
            return noun
    return None


def _before_of(sentence: Sentence, token: Token) -> bool:
    """Return True when "of" follows the value ("at least .5 of existing members")."""
    at = sentence.tokens.index(token)
    return at + 1 < len(sentence.tokens) and sentence.tokens[at + 1].low == "of"


_SCOPE_OPENERS = frozenset(["across", "among", "of"])


def leading_scope_end(tokens: list[Token]) -> int:
    """Return where a leading scope clause ends when a number follows it, else 0: in "Across
    the 10 most recent PRs, ≥8 had no bugs" the 10 says which PRs count, the 8 is the value."""
    if not tokens or tokens[0].low not in _SCOPE_OPENERS:
        return 0
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), -1)
    if comma < 0 or not any(t.kind == "num" for t in tokens[comma + 1 :]):
        return 0
    return comma


_LEADING_BOUNDS = frozenset(
    [">=", ">", "at", "least", "over", "more", "than", "minimum", "of", "~"]
)


def _scope_noun(sentence: Sentence, target: Token) -> str | None:
    """Return the noun a leading scope counts when the value opens the clause after it."""
    tokens = sentence.tokens
    comma = leading_scope_end(tokens)
    if not comma:
        return None
    at = next((i for i, t in enumerate(tokens) if t is target), -1)
    between = {t.low for t in tokens[comma + 1 : at]}
    scoped = next((i for i in range(comma) if tokens[i].kind == "num"), -1)
    if scoped < 0 or at <= comma or not between <= _LEADING_BOUNDS:
        return None
    return _counted_noun(sentence, scoped)


# After round 38: a plural article between a verb of zeroing and its noun ("Azzerare gli errori
# critici", "Ramener à zéro les incidents critiques") is no noun.
_ZERO_ARTICLES = frozenset(["los", "las", "les", "os", "as", "gli", "i", "le", "the"])


def _counted_noun(sentence: Sentence, at: int) -> str | None:
    """Return the plural noun that a number counts ("300 paying customers" → customers).

    The head of the phrase first; else its first plural ("25 candidates outside of …",
    "3 new design components"); "1 new content type" counts types. A bound written after the
    number is skipped: "7+ teams", "25 or more releases" count teams and releases.
    """
    number = sentence.tokens[at]
    if number.low == "never":
        return None  # "never breaches its floor": a zero of times, the next word is a verb
    out_of = sentence.tokens[at + 1 : at + 4]
    if [t.low for t in out_of[:2]] == ["out", "of"] and out_of[2:] and out_of[2].kind == "num":
        at += 3  # "5 out of 5 tasks": the noun after the whole counts
    at = _past_bound(sentence, at)
    at = past_scale_link(sentence.tokens, at)  # "2 millones de usuarios" (count_units)
    if acronym := counted_acronym(sentence.tokens, at):
        return acronym  # "1,000 MAU": an acronym that counts (counted_nouns)
    if sentence.language is None and (nordic := nordic_noun(sentence.text, sentence.tokens, at)):
        return nordic  # "Nå 20 kunder": a Swedish plural (counted_nouns)
    if sentence.language is None and (by_grammar := noun_by_grammar(sentence, at)):
        return by_grammar  # "400 zákazníků", "100만 웹 방문자 유치" (count_units)
    phrase = phrase_after(sentence, at, head_only=True)
    if number.value == 0 and len(phrase) > 1 and phrase[0].low in _ZERO_ARTICLES:
        phrase = phrase[1:]  # "Llevar a cero los errores críticos": zero errores (round 38)
    while len(phrase) > 1 and phrase[-1].low in _PREDICATES:
        phrase = phrase[:-1]  # "at least 1 client live": the state, not the noun
    if phrase and (french := french_rate_noun(phrase[0])):
        return french  # "5 000 visiteurs/mois": the noun (counted_nouns)
    if any(glued_rate(token) for token in phrase):
        return None  # "75K sesiones/mes": a rate has no unit (counted_nouns)
    if sentence.language == "pl":  # "20 publikacji", "3 nowe, rewolucyjne produkty"
        following = sentence.tokens[at + 1 : at + 6]
        if following and following[0].low in ("to", "from"):
            return None  # "z 1000 do 5000" read "from 1000 to 5000": the range's word, no noun
        return polish_noun(following)
    if sentence.language is None and number.value != 1 and " per " in sentence.text:
        whole = phrase_after(sentence, at)
        if per := plural_per_period(sentence.tokens, at, whole):
            return per  # "<5 unassigned incident per day": incidents (count_units)
    if sentence.language in ("ru", "uk") and (slavic := east_slavic_noun(sentence.tokens, at)):
        return slavic  # "Получить 3 приглашения" (counted_nouns)
    inflected = sentence.language in INFLECTED and not (phrase and phrase[0].text.isascii())
    if not phrase or cjk_word(phrase[0].text) or inflected:
        # "每天1道LeetCode": a measure word, then the thing; no plural to count ("5 major
        # features" in a Russian sentence is an English plural and counts features)
        return None
    if sentence.language in ("id", "vi") and not english_plural_after(sentence, at):
        return uninflected_noun(sentence, at)
    if sentence.language == "de":  # "10 neue Kunden", "2 Schlüsselpositionen"
        return german_capital_noun(sentence, number, phrase)
    if sentence.language == "nl":  # "10 klanten", "4 nieuwe blogposts"
        return dutch_noun(sentence, number, phrase)
    if phrase[0].low in ROMANCE_FUNCTION_WORDS:
        return None  # "≥ 8/10 lors de la prochaine enquête": a preposition (count_units)
    italian = italian_after_noun(phrase)  # "10 clienti acquisiti": told by its endings
    romance = (
        is_romance(sentence) or italian or romance_after_noun(phrase)
    )  # "500 trials iniciados"
    # an adjective only Romance languages write before the noun tells one ("10 potenziali clienti")
    romance = romance or bool(phrase) and phrase[0].low in PRENOMINAL
    compound = compound_noun(phrase, romance=romance)
    if compound is None and not romance and compound_head_after(sentence.tokens, at):
        compound = compound_noun(
            phrase_after(sentence, at), romance=False
        )  # "5 integration test cases"
    if compound is not None:
        return compound  # "3 Pull Requests", "3 case study pubblicati": counted whole
    if romance:  # "1 piloto activo con ≥20 pacientes": the noun comes first
        noun = phrase[0]
        if noun.low in PREPOSED_ADJECTIVES or noun.low in PRENOMINAL:  # "500 nuevos clientes"
            rest = phrase if len(phrase) > 1 else phrase_after(sentence, at)
            noun = rest[1] if len(rest) > 1 else noun
            italian = italian or italian_after_noun(rest[1:])  # "50 nuovi lead qualificati"
            # an Italian adjective in -i before a plural in -i or -e: "15 potenziali clienti"
            italian = italian or phrase[0].low.endswith("i") and noun.low[-1:] in ("i", "e")
        noun = elided_noun(noun)  # "2 millions d'utilisateurs": utilisateurs (count_units)
        if sentence.language == "it" and number.value != 1 and italian_loan(noun.text):
            return noun.low  # "10 mila follower": a loan Italian does not inflect (count_units)
        if portuguese_plural(noun) and number.value != 1:
            return noun.low  # "Enviar 10 sinais" (after the fixes of rounds 35 and 36)
        if is_plural(noun) or number.value != 1:
            if not is_plural(noun) and (italian or italian_plural(sentence, noun)):
                return noun.low  # "1.500 clienti paganti": an Italian plural ends in -i or -e
            return unit_noun(noun) if is_plural(noun) else None
        return noun.low + "s" if word_like(noun) else None
    if (joined := _joined_noun(sentence, at, phrase)) is not None:
        return joined
    if (of := of_head(phrase)) is not None:
        return unit_noun(of)  # "500 lines of custom styles": lines, as "3 rounds of testing"
    first = phrase[1] if len(phrase) > 1 and phrase[0].low in PREPOSED_ADJECTIVES else phrase[0]
    if number.value != 1 and portuguese_plural(first) and not first.text.isupper():
        return first.low  # "notifica via 3 canais", "2 novos canais" (after rounds 35 and 36)
    if number.value == 1 and (subject := singular_subject(sentence.tokens, at)):
        return subject  # "At least one EHR vendor participates": vendors (counted_nouns)
    if is_plural(phrase[-1]):
        return unit_noun(phrase[-1])
    if number.value == 1 and (compound := _verb_noun_head(sentence, at, phrase)):
        return compound
    whole = phrase_after(sentence, at)
    if number.value == 1 and past_participle_after(whole, len(phrase)):
        # after the fixes of rounds 35 and 36: "1 internal project launched with validation
        # criteria defined" counts projects; the plural after the participle is another phrase
        whole = whole[: len(phrase)]
    for token in whole:
        if is_plural(token):
            return unit_noun(token)
    if number.value != 1:
        return None
    head = phrase[-1]
    if head.low in lx.ALL_VERBS or not word_like(head):
        # "1 bulk price/stock update": a noun that is also a verb ends the whole phrase
        whole = phrase_after(sentence, at)
        head = whole[-1] if 1 < len(whole) < 5 else head
        if head.low in lx.ALL_VERBS and head is phrase[-1]:
            return None
    if word_like(head) and len(phrase) < 5:
        consonant_y = head.low.endswith("y") and head.low[-2:-1] not in ("a", "e", "o", "u")
        return head.low[:-1] + "ies" if consonant_y else head.low + "s"  # "essays", "stories"
    return None


def _verb_noun_head(sentence: Sentence, at: int, phrase: list[Token]) -> str | None:
    """Return the plural of a compound's head that is also a verb: "one data set" counts sets,
    "one status update per week" updates (tenth round). Only when the phrase ends there or
    goes on with "per": "one team run a retro" is a clause."""
    if sentence.language is not None:
        return None  # a rewritten sentence's verbs stand where its language put them
    whole = phrase_after(sentence, at)
    k = len(phrase)
    if len(whole) <= k or whole[k].low not in lx.ALL_VERBS or not word_like(whole[k]):
        return None
    if whole[k + 1 :] and whole[k + 1].low != "per":
        return None
    head = whole[k].low
    return head[:-1] + "ies" if head.endswith("y") else head + "s"


_PREDICATES = frozenset(["live", "active", "ready", "online", "available", "enabled", "onboard"])


def _joined_noun(sentence: Sentence, at: int, phrase: list[Token]) -> str | None:
    """Return the noun of "Zero High or Critical vulnerabilities": two adjectives, one noun."""
    joined = at + len(phrase) + 1
    tokens = sentence.tokens
    if len(phrase) != 1 or is_plural(phrase[0]) or joined >= len(tokens):
        return None
    if tokens[joined].low not in ("or", "and"):
        return None
    second = phrase_after(sentence, joined, head_only=True)[:3]
    plural = next((t for t in second[1:] if is_plural(t)), None)
    return unit_noun(plural) if plural is not None else None


_TRAILING_BOUNDS = frozenset(["more", "fewer", "less", "greater", "higher", "lower"])


def _past_bound(sentence: Sentence, at: int) -> int:
    """Return the index of the last token of "7+" or "25 or more" that starts at `at`."""
    tokens = sentence.tokens
    if at + 1 < len(tokens) and tokens[at + 1].text == "+":
        return at + 1
    if at + 2 < len(tokens) and tokens[at + 1].text == "/" and tokens[at + 2].text.isdigit():
        return at + 2  # "5/5 stakeholders", "18/20 tests": the count of the noun after
    pair = [t.low for t in tokens[at + 1 : at + 3]]
    if len(pair) == 2 and pair[0] == "or" and pair[1] in _TRAILING_BOUNDS:
        return at + 2
    return at
