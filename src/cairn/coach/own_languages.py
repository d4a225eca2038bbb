"""The team's texts translated into a count of languages; work said with its subject and a
future (issue 15, twenty-seventh round: wordings a survey found before a held-out set did).

- A count of languages (or locales) as the key result's only count is the team's output, the
  languages its texts are translated or localised into, whatever the verb and the language:
  "Translate the docs into 4 languages", "Tradurre la documentazione in 4 lingue",
  "Dokümantasyonu 4 dile çevirmek", "ドキュメントを4言語に翻訳する", "문서를 4개 언어로 번역".
  Near misses: a result reached across languages ("Reach 10,000 users in 4 languages": another
  count; "Grow signups by 30% across 4 languages": a share and a verb that moves a metric).
- An opener naming who will do it and when ("I will", "We are going to", "Je vais", "Nous
  allons", "Vou", "Vamos", "Ich werde", "Wir werden", "Będziemy", "Я буду") says nothing of
  what is done: `without_opener` returns the rest, which the coach reads as if written alone
  ("I will read 12 books" → "Read 12 books", work; "We will grow revenue by 20%" → "Grow
  revenue by 20%", a result).

The only words here are the word "language" and the future openers of each language, in small
tables; the verbs are not listed.
"""

from __future__ import annotations

import re

from cairn.coach.own_practice import after_deadline_first
from cairn.coach.work_rules import OWN_WORK, Reading
from cairn.text import lexicon as lx

# "language(s)" after a count, per language (plural and case forms as a count takes them).
_LANGUAGE_WORDS = {
    "en": "languages locales",
    "es": "idiomas lenguas",
    "pt": "idiomas línguas",
    "fr": "langues",
    "de": "sprachen",
    "it": "lingue",
    "nl": "talen",
    "sv": "språk",
    "pl": "języki języków językach",
    "ru": "языка языков языках",
    "uk": "мови мов мовами мовах",
    "tr": "dil dile dilde dilinde",
    "id": "bahasa",
    "vi": "ngôn ngữ",
}
_WORDS = "|".join(
    sorted({w for words in _LANGUAGE_WORDS.values() for w in words.split()}, key=len, reverse=True)
).replace(" ", r"\s")
# Korean, Japanese and Chinese write the word glued to what follows ("4개 언어로", "4言語に").
_CJK_WORDS = "개\\s?언어|언어|言語|カ国語|ヶ国語|か国語|种语言|種語言|语言|語言"
# Letters a count glued to a word would follow ("KR2", "Q3"); a CJK particle may precede it.
_LETTERS = "0-9A-Za-z_\u00c0-\u024f\u0400-\u04ff"
_LANGUAGES = re.compile(
    rf"(?<![{_LETTERS}.,])\d{{1,3}}\s?(?:(?:other|more|new|additional)\s)?(?:(?:{_WORDS})(?!\w)"
    rf"|(?:{_CJK_WORDS}))",
    re.IGNORECASE,
)
# Any other count (a year is a date, not a count).
_NUMBER = re.compile(rf"(?<![{_LETTERS}.,])(?!(?:19|20)\d\d(?!\d))\d")
_RESULT_VERBS = (
    lx.INCREASE_VERBS | lx.DECREASE_VERBS | lx.BETTER_VERBS | lx.STAY_VERBS
    | frozenset(["reach", "achieve", "hit", "attain", "get", "retain", "win", "earn", "gain"])
)  # fmt: skip


@OWN_WORK.rule("own languages")
def own_languages(reading: Reading) -> bool:
    """Return True when a count of languages is the key result's only count (see above)."""
    written = reading.written
    if "%" in written or reading.verb in _RESULT_VERBS:
        return False
    found = _LANGUAGES.search(written)
    if found is None:
        return False
    return _NUMBER.search(written, 0, found.start()) is None and (
        _NUMBER.search(written, found.end()) is None
    )


# Who will do it and when, per language: a subject and a future auxiliary.
_OPENERS = {
    "en": "i will|i'll|i shall|i am going to|i'm going to|we will|we'll|we shall|we are going to"
    "|we're going to|our team will|the team will|we must",
    "fr": "je vais|nous allons|on va|nous devons",
    "es": "voy a|vamos a|debemos|tenemos que",  # "Debemos tener al menos 350 … reuniones" (r36)
    "pt": "vou|vamos|iremos|irei|devemos|temos que",
    "de": "ich werde|wir werden",
    "nl": "ik ga|we gaan|wij gaan|ik zal|we zullen|wij zullen",
    "pl": "będę|będziemy",
    "ru": "я буду|мы будем",
}
_OPENER = re.compile(
    r"(?:" + "|".join(_OPENERS.values()).replace(" ", r"\s+") + r")\s+(?=\w)", re.IGNORECASE
)


def without_opener(written: str) -> str | None:
    """Return the key result without its opener of subject and future ("I will …", "Wir
    werden …", also after a deadline written first), the rest capitalised; None without one."""
    found = _OPENER.match(written)
    start = ""
    if found is None:
        rest = after_deadline_first(written)
        if rest is None or (found := _OPENER.match(rest)) is None:
            return None
        start, written = written[: len(written) - len(rest)], rest
    rest = written[found.end() :]
    return f"{start}{rest[:1].upper()}{rest[1:]}" if not start else f"{start}{rest}"
