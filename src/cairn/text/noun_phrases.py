"""The noun phrase after a number and its plural, shared by the unit and the metric readers:
"300 paying customers" → [paying, customers], "customers" a plural, "PRs" a unit name."""

from __future__ import annotations

from cairn.text import lexicon as lx
from cairn.text.plural_nouns import irregular_plural
from cairn.text.sentence import Sentence
from cairn.text.tokens import Token


def word_like(token: Token) -> bool:
    """Return True for a plain word that can be counted: "report", "op-ed" (not "SDK", "a/b")."""
    return token.low.replace("-", "").isalpha() and not token.text.isupper()


def is_plural(token: Token) -> bool:
    """Return True for "customers", "people", "PRs"; not for "SLAs"-free words like "status"."""
    low = token.low
    if irregular_plural(low):  # "people", "salespeople"
        return True
    if token.text.endswith("Ss") and token.text[:-1].isupper() and len(low) > 2:
        return True  # "2 new OSs", "3 CMSs": an acronym ending in S, then its plural s
    if low in ("has", "was", "does", "goes", "is"):
        return False  # "No agent has access": a verb
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2


def unit_noun(token: Token) -> str | None:
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
        and not is_plural(phrase[0])
        and at + 2 < len(tokens)
        and tokens[at + 1].kind == "word"
        and tokens[at + 2].kind == "word"
        and is_plural(tokens[at + 2])
    )


def _joined(tokens: list[Token], at: int, phrase: list[Token]) -> bool:
    """Return True for a slash between a modifier and more words of the phrase (nineteenth
    round): "5 build / package publishing tools", "2 React / React Native projects". After 1
    the head is singular ("1 KZ partner / GM hired": two heads), and a plural before the slash
    is a head of its own ("3 posts / articles")."""
    named = bool(phrase) and phrase[-1].text[:1].islower() and not phrase[-1].text.islower()
    return (
        bool(phrase)
        and (named or not is_plural(phrase[-1]))  # "iOS / Android apps": a name, not a plural
        and at + 1 < len(tokens)
        and tokens[at + 1].kind == "word"
    )


def past_participle_after(whole: list[Token], at: int) -> bool:
    """Return True when a past participle ("launched", "signed") follows the head's phrase."""
    return 0 < at < len(whole) and whole[at].low.endswith("ed") and len(whole[at].low) > 4


def _is_participle_or_verb(word: str) -> bool:
    """Return True for "using", "closed", "complete": words that end a noun phrase's head."""
    return word.endswith(("ing", "ed")) and len(word) > 4 or word in lx.ALL_VERBS
