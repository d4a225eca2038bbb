"""Read the metric ("first-reply time") and unit ("hours") of a key result sentence."""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.count_units import (
    PRENOMINAL,
    ROMANCE_FUNCTION_WORDS,
    czech_noun,
    elided_noun,
    german_noun,
    italian_loan,
    korean_noun,
    of_head,
    past_scale_link,
    plural_per_period,
)
from cairn.text.counted_nouns import (
    COUNTED_ACRONYMS,
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
    vietnamese_syllable,
)
from cairn.text.language_words import (
    NOT_COUNTED_NOUNS,
    PREPOSED_ADJECTIVES,
    UNINFLECTED_COUNTERS,
    VIETNAMESE_COUNTED_NOUNS,
)
from cairn.text.languages import INFLECTED, ROMANCE, cjk_word
from cairn.text.plural_nouns import irregular_plural
from cairn.text.sentence import Sentence, Values
from cairn.text.tokens import Token


def lower_is_better(metric: str | None, sentence: Sentence) -> bool:
    """Return True when the metric is one whose number should fall (churn, cost, time)."""
    words = metric.lower().split() if metric else sentence.words()
    if "free" in words or any(w.endswith("-free") for w in words):
        return False  # "incident free time", "defect-free releases": more is better
    for word in words:
        if word in lx.LOWER_IS_BETTER:
            return True
        if word not in ("on-time", "full-time", "part-time", "real-time") and any(
            part in lx.LOWER_IS_BETTER for part in word.split("-")[1:]
        ):
            return True
    return False


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
    if sentence.language is None and (by_grammar := _by_grammar(sentence, at)):
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
    if sentence.language in ("id", "vi") and not _english_plural_after(sentence, at):
        return _uninflected_noun(sentence, at)
    if sentence.language == "de":  # "10 neue Kunden", "2 Schlüsselpositionen"
        return _german_noun(sentence, number, phrase)
    if sentence.language == "nl":  # "10 klanten", "4 nieuwe blogposts"
        return _dutch_noun(sentence, number, phrase)
    if phrase[0].low in ROMANCE_FUNCTION_WORDS:
        return None  # "≥ 8/10 lors de la prochaine enquête": a preposition (count_units)
    italian = italian_after_noun(phrase)  # "10 clienti acquisiti": told by its endings
    romance = _romance(sentence) or italian or romance_after_noun(phrase)  # "500 trials iniciados"
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
        if _portuguese_plural(noun) and number.value != 1:
            return noun.low  # "Enviar 10 sinais" (after the fixes of rounds 35 and 36)
        if _plural(noun) or number.value != 1:
            if not _plural(noun) and (italian or _italian_plural(sentence, noun)):
                return noun.low  # "1.500 clienti paganti": an Italian plural ends in -i or -e
            return _noun(noun) if _plural(noun) else None
        return noun.low + "s" if _word_like(noun) else None
    if (joined := _joined_noun(sentence, at, phrase)) is not None:
        return joined
    if (of := of_head(phrase)) is not None:
        return _noun(of)  # "500 lines of custom styles": lines, as "3 rounds of testing"
    first = phrase[1] if len(phrase) > 1 and phrase[0].low in PREPOSED_ADJECTIVES else phrase[0]
    if number.value != 1 and _portuguese_plural(first) and not first.text.isupper():
        return first.low  # "notifica via 3 canais", "2 novos canais" (after rounds 35 and 36)
    if number.value == 1 and (subject := singular_subject(sentence.tokens, at)):
        return subject  # "At least one EHR vendor participates": vendors (counted_nouns)
    if _plural(phrase[-1]):
        return _noun(phrase[-1])
    if number.value == 1 and (compound := _verb_noun_head(sentence, at, phrase)):
        return compound
    whole = phrase_after(sentence, at)
    if number.value == 1 and _past_participle_after(whole, len(phrase)):
        # after the fixes of rounds 35 and 36: "1 internal project launched with validation
        # criteria defined" counts projects; the plural after the participle is another phrase
        whole = whole[: len(phrase)]
    for token in whole:
        if _plural(token):
            return _noun(token)
    if number.value != 1:
        return None
    head = phrase[-1]
    if head.low in lx.ALL_VERBS or not _word_like(head):
        # "1 bulk price/stock update": a noun that is also a verb ends the whole phrase
        whole = phrase_after(sentence, at)
        head = whole[-1] if 1 < len(whole) < 5 else head
        if head.low in lx.ALL_VERBS and head is phrase[-1]:
            return None
    if _word_like(head) and len(phrase) < 5:
        consonant_y = head.low.endswith("y") and head.low[-2:-1] not in ("a", "e", "o", "u")
        return head.low[:-1] + "ies" if consonant_y else head.low + "s"  # "essays", "stories"
    return None


def _by_grammar(sentence: Sentence, at: int) -> str | None:
    """Return the noun of a count in a sentence whose language was not told by its words:
    Czech, Korean, German (count_units)."""
    tokens, text = sentence.tokens, sentence.source
    if text.isascii():  # Czech and Korean need their letters
        return german_noun(tokens, at)
    return czech_noun(text, tokens, at) or korean_noun(text, tokens, at) or german_noun(tokens, at)


def _english_plural_after(sentence: Sentence, at: int) -> bool:
    """Return True when English words with a plural follow the number ("≥ 150 weekly active
    users hoàn thành …", "30 qualified leads có …"): the English rules count them."""
    for token in sentence.tokens[at + 1 : at + 5]:
        if token.kind != "word" or not token.text.isascii():
            return False
        if _plural(token):
            return True
    return False


def _uninflected_noun(sentence: Sentence, at: int) -> str | None:
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


def _german_noun(sentence: Sentence, number: Token, phrase: list[Token]) -> str | None:
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
    if number.value == 1 or not _word_like(noun):
        return None
    at = sentence.tokens.index(noun)
    after = sentence.tokens[at + 1] if at + 1 < len(sentence.tokens) else None
    if after is not None and (after.text == "/" or after.low == "per"):
        return None
    return noun.text


def _dutch_noun(sentence: Sentence, number: Token, phrase: list[Token]) -> str | None:
    """Return the noun a Dutch number counts, as written (thirteenth round, the round-11
    convention): the first word after the number past an inflected adjective ("4 nieuwe
    klanten"), when it is a plural (-en, -s). Not after 1, nor in a rate written with a slash
    ("100 bezoekers/maand"; one spelled out keeps its noun: "4 klanten per maand")."""
    noun = phrase[0]
    if len(phrase) > 1 and noun.low.endswith("e") and not noun.low.endswith("ie"):
        noun = phrase[1]  # "nieuwe", "actieve": an adjective before the noun
    if number.value == 1 or not _word_like(noun) or not noun.low.endswith(("en", "s")):
        return None
    at = sentence.tokens.index(noun)
    after = sentence.tokens[at + 1] if at + 1 < len(sentence.tokens) else None
    if after is not None and after.text == "/":
        return None
    return noun.low


def _verb_noun_head(sentence: Sentence, at: int, phrase: list[Token]) -> str | None:
    """Return the plural of a compound's head that is also a verb: "one data set" counts sets,
    "one status update per week" updates (tenth round). Only when the phrase ends there or
    goes on with "per": "one team run a retro" is a clause."""
    if sentence.language is not None:
        return None  # a rewritten sentence's verbs stand where its language put them
    whole = phrase_after(sentence, at)
    k = len(phrase)
    if len(whole) <= k or whole[k].low not in lx.ALL_VERBS or not _word_like(whole[k]):
        return None
    if whole[k + 1 :] and whole[k + 1].low != "per":
        return None
    head = whole[k].low
    return head[:-1] + "ies" if head.endswith("y") else head + "s"


def _italian_plural(sentence: Sentence, noun: Token) -> bool:
    """Return True for an Italian noun in the plural ("clienti", "utenti", "aziende")."""
    return sentence.language == "it" and _word_like(noun) and noun.low[-1:] in ("i", "e")


# Words that mark a Spanish, French or Portuguese sentence, where the noun precedes its
# adjectives ("pilotos activos", "clients actifs").
_ROMANCE_WORDS = frozenset(
    [
        "con", "para", "por", "del", "los", "las", "avec", "pour", "dans", "des", "une", "sur",
        "com", "uma", "pelo", "pela",  # Portuguese: "Dashboard com 5 visualizações"
    ]
)  # fmt: skip


def _romance(sentence: Sentence) -> bool:
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


def _word_like(token: Token) -> bool:
    """Return True for a plain word that can be counted: "report", "op-ed" (not "SDK", "a/b")."""
    return token.low.replace("-", "").isalpha() and not token.text.isupper()


_PREDICATES = frozenset(["live", "active", "ready", "online", "available", "enabled", "onboard"])


def _joined_noun(sentence: Sentence, at: int, phrase: list[Token]) -> str | None:
    """Return the noun of "Zero High or Critical vulnerabilities": two adjectives, one noun."""
    joined = at + len(phrase) + 1
    tokens = sentence.tokens
    if len(phrase) != 1 or _plural(phrase[0]) or joined >= len(tokens):
        return None
    if tokens[joined].low not in ("or", "and"):
        return None
    second = phrase_after(sentence, joined, head_only=True)[:3]
    plural = next((t for t in second[1:] if _plural(t)), None)
    return _noun(plural) if plural is not None else None


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


def _plural(token: Token) -> bool:
    """Return True for "customers", "people", "PRs"; not for "SLAs"-free words like "status"."""
    low = token.low
    if irregular_plural(low):  # "people", "salespeople"
        return True
    if token.text.endswith("Ss") and token.text[:-1].isupper() and len(low) > 2:
        return True  # "2 new OSs", "3 CMSs": an acronym ending in S, then its plural s
    if low in ("has", "was", "does", "goes", "is"):
        return False  # "No agent has access": a verb
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2


# After the fixes of rounds 35 and 36: the plurals of Portuguese nouns in -al, -el, -ol ("canal",
# "nível", "papel", "farol"), written with or without their accent ("niveis"). Read only as the
# first word after the number, where a Portuguese noun stands ("3 canais (WebSocket, …)"); an
# adjective after the noun keeps its reading ("150.000+ saques mensais": saques).
_PORTUGUESE_PLURALS = ("ais", "eis", "éis", "óis")


def _portuguese_plural(token: Token) -> bool:
    """Return True for "canais", "níveis", "papéis": a Portuguese plural in -is."""
    return token.low.endswith(_PORTUGUESE_PLURALS) and len(token.low) > 4 and token.kind == "word"


def _noun(token: Token) -> str | None:
    """Return the unit name of a plural noun: "customers", "PRs" (an acronym keeps its case)."""
    if token.text.isupper():
        return None
    return token.text if token.text[:-1].isupper() else token.low


def phrase_after(sentence: Sentence, at: int, *, head_only: bool = False) -> list[Token]:
    """Return the noun phrase after token at; with head_only, stop before a participle."""
    phrase: list[Token] = []
    # an even number of quotes before: a quote right after the value opens one ('2000
    # "Readers"'); an odd number: it closes one ('"Reach 500" weekly users')
    opening = sum(t.text == '"' for t in sentence.tokens[: at + 1]) % 2 == 0
    tokens = sentence.tokens
    joins = tokens[at].value != 1
    for i in range(at + 1, len(tokens)):
        token = tokens[i]
        if token.text == '"' and token.kind == "punct" and (phrase or opening):
            continue  # '1 final "Project Retrospective"', '2000 "Readers"': quoted nouns
        if token.text == "/" and joins and _joined(tokens, i, phrase):
            continue  # "5 build / package publishing tools": alternatives before the head
        if token.low == "or" and _alternative_modifier(tokens, i, phrase):
            phrase.append(token)  # "all unbounded or long-running tasks": one head, two modifiers
            continue
        if token.kind != "word" or token.low in lx.PHRASE_BOUNDARY and token.low != "with":
            break
        if head_only and phrase and (_is_participle_or_verb(token.low) or token.low == "with"):
            break
        phrase.append(token)
    return phrase


def _alternative_modifier(tokens: list[Token], at: int, phrase: list[Token]) -> bool:
    """Return True for "or" between two modifiers of one plural head (twenty-fourth round):
    "unbounded or long-running tasks", "slow or flaky queries"; not after a plural ("bugs or
    incidents": two heads) nor before a non-word."""
    return (
        len(phrase) == 1
        and phrase[0].text.islower()
        and not _plural(phrase[0])
        and at + 2 < len(tokens)
        and tokens[at + 1].kind == "word"
        and tokens[at + 2].kind == "word"
        and _plural(tokens[at + 2])
    )


def _joined(tokens: list[Token], at: int, phrase: list[Token]) -> bool:
    """Return True for a slash between a modifier and more words of the phrase (nineteenth
    round): "5 build / package publishing tools", "2 React / React Native projects". After 1
    the head is singular ("1 KZ partner / GM hired": two heads), and a plural before the slash
    is a head of its own ("3 posts / articles")."""
    named = bool(phrase) and phrase[-1].text[:1].islower() and not phrase[-1].text.islower()
    return (
        bool(phrase)
        and (named or not _plural(phrase[-1]))  # "iOS / Android apps": a name, not a plural
        and at + 1 < len(tokens)
        and tokens[at + 1].kind == "word"
    )


def _past_participle_after(whole: list[Token], at: int) -> bool:
    """Return True when a past participle ("launched", "signed") follows the head's phrase."""
    return 0 < at < len(whole) and whole[at].low.endswith("ed") and len(whole[at].low) > 4


def _is_participle_or_verb(word: str) -> bool:
    """Return True for "using", "closed", "complete": words that end a noun phrase's head."""
    return word.endswith(("ing", "ed")) and len(word) > 4 or word in lx.ALL_VERBS


def read_metric(sentence: Sentence, verb_at: int, values: Values) -> str | None:
    """Return the thing measured: the words between verb and values, or the words after."""
    tokens = sentence.tokens
    begin = verb_at + 1
    if begin < len(tokens) and tokens[begin].low in lx.PARTICLES and verb_at >= 0:
        begin += 1
    end = _clause_start(sentence, values, begin)
    before = _trim(_until_stop(tokens[begin:end], values.clause is not None))
    if before:
        return _span(sentence, before)
    if values.clause is None:
        return None
    return _metric_after(sentence, values)


def _clause_start(sentence: Sentence, values: Values, begin: int) -> int:
    """Return where the value clause starts, walking back over "at least", "from", "to"."""
    end = len(sentence.tokens) if values.clause is None else values.clause
    while end > begin and sentence.tokens[end - 1].low in lx.VALUE_CONNECTORS:
        end -= 1
    return end


def _until_stop(tokens: list[Token], has_values: bool) -> list[Token]:
    """Return the tokens before the first date, rate, punctuation or stop word.

    Before a value clause a comma is part of the metric ("on-time, in-full deliveries"); in a
    sentence without values the metric also ends at "from … to …" and at "to all", "for our".
    """
    result: list[Token] = []
    # the last "to", found once: a long paste is not copied or scanned again per word
    last_to = -1
    if not has_values:
        last_to = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].low == "to"), -1)
    for i, token in enumerate(tokens):
        if token.kind in ("date", "rate") or token.kind == "punct" and token.text not in "&,":
            break
        if token.text == "," and not has_values or token.low in lx.METRIC_STOPS:
            break
        if not has_values and _starts_context(tokens, i, last_to):
            break
        result.append(token)
    return result


_CONTEXT_OPENERS = frozenset(["to", "for", "in", "across", "on", "at", "with", "among"])
_CONTEXT_DETERMINERS = lx.DETERMINERS | {"every", "each"}


def _starts_context(tokens: list[Token], i: int, last_to: int) -> bool:
    """Return True at "from weekly to daily" or "to all users": context, not the metric."""
    token = tokens[i]
    if token.low == "from" and last_to > i:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return token.low in _CONTEXT_OPENERS and nxt is not None and nxt.low in _CONTEXT_DETERMINERS


def _metric_after(sentence: Sentence, values: Values) -> str | None:
    """Return the noun phrase after the first value ("95% of live chats" → live chats)."""
    tokens = sentence.tokens
    used = [values.target, values.start, values.change, *(values.rng or ())]
    at = max((tokens.index(t) for t in used if t is not None), default=values.clause or 0)
    while at < len(tokens) and tokens[at].kind != "num":
        at += 1
    at += 1
    while at < len(tokens) and tokens[at].low in ("of", "in", "from", "on", *lx.DETERMINERS):
        at += 1
    phrase = _trim(phrase_after(sentence, at - 1))
    return _span(sentence, phrase) if phrase else None


def _trim(tokens: list[Token]) -> list[Token]:
    """Return tokens without leading determiners and trailing filler words."""
    while tokens and tokens[0].low in lx.DETERMINERS:
        tokens = tokens[1:]
    while tokens and (tokens[-1].low in lx.TRAILING_NOISE or tokens[-1].kind != "word"):
        tokens = tokens[:-1]
    return tokens


def _span(sentence: Sentence, tokens: list[Token]) -> str:
    """Return the original text covered by tokens."""
    return sentence.text[tokens[0].start : tokens[-1].end]
