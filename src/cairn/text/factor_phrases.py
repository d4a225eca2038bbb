"""A factor written as an adverb after the metric, and the Nordic verbs of doubling and halving
(twenty-seventh round).

The word tables read "halve" and "double" where the verb and its factor stand together ("skrócić
o połowę", "сократить вдвое", "reduzir pela metade"); people put the metric between them:
"Skrócić czas odpowiedzi o połowę", "Сократить время ответа в 2 раза", "Скоротити час відповіді
вдвічі", "Mengurangi waktu respons hingga setengahnya", "Reduzir o tempo de resposta pela
metade", "Reducir el tiempo de respuesta a la mitad", "Réduire le temps de réponse de moitié",
"Die Antwortzeit um die Hälfte reduzieren", "Yanıt süresini yarı yarıya azaltmak". Once the
language's verb is read and put first (`languages._rewrite`), the factor that follows is read
with it:

- a half ("o połowę", "наполовину", "pela metade", "a la mitad", "de moitié", "della metà",
  "met de helft", "um die Hälfte", "setengahnya", "yarı yarıya") after "reduce" is "by half"
  (a relative change of 50 %);
- a factor of N ("в 2 раза", "у 3 рази", "вдвое", "вдвічі", "втрое", "dwukrotnie",
  "3-krotnie") after "increase" is "by Nx" (+100·(N−1) %); after "reduce" a factor of two is
  "by half"; a larger one is left as written (what "reduce threefold" is meant to reach, a third
  or minus 300 %, the conventions leave open).

Swedish, Danish and Norwegian have no word table: their verbs of doubling and halving that open
the sentence ("Fördubbla antalet användare", "Halvera svarstiden", "Fordoble omsætningen",
"Halvere svartiden", "Tredubbla …") are read as "Double", "Halve", "Triple" (`nordic_factor`).

Near misses: a factor with no verb of change before it ("Сайт загружается в 2 раза быстрее",
a comparison), "w połowie roku" (in the middle of the year), a number of times that counts
("3 razy w tygodniu", three times a week: no "-krotnie").
"""

from __future__ import annotations

import re

_HALF = re.compile(
    r"(?<!\w)(?:o\s+połowę|наполовину|pela\s+metade|(?:para\s+)?à\s+metade|a\s+la\s+mitad"
    r"|por\s+la\s+mitad|de\s+moitié|della\s+metà|a\s+metà|met\s+de\s+helft|tot\s+de\s+helft"
    r"|um\s+die\s+hälfte|auf\s+die\s+hälfte|(?:hingga\s+|menjadi\s+|sampai\s+)?(?:setengahnya"
    r"|separuhnya)|yarı\s+yarıya)(?!\w)",
    re.IGNORECASE,
)
_WORDS = {"два": 2, "две": 2, "три": 3, "чотири": 4, "четыре": 4}
_ADVERBS = {"вдвое": 2, "вдвічі": 2, "удвічі": 2, "втрое": 3, "втричі": 3, "утричі": 3}
_ADVERBS |= {"dwukrotnie": 2, "trzykrotnie": 3, "czterokrotnie": 4}
_FACTOR = re.compile(
    r"(?<!\w)(?:[ву]\s+(?P<n>\d{1,2}|два|две|три|четыре|чотири)\s+раз(?:а|и|ів)?"
    r"|(?P<k>\d{1,2})-?krotnie|(?P<adverb>вдвое|вдвічі|удвічі|втрое|втричі|утричі|dwukrotnie"
    r"|trzykrotnie|czterokrotnie))(?!\w)",
    re.IGNORECASE,
)
_MOVE = re.compile(r"^(increase|reduce)\s", re.IGNORECASE)


def _factor(match: re.Match) -> int:
    if match["adverb"]:
        return _ADVERBS[match["adverb"].lower()]
    number = match["n"] or match["k"]
    return int(number) if number.isdigit() else _WORDS[number.lower()]


def factor_after_verb(text: str) -> str:
    """Return a rewritten sentence ("reduce время ответа в 2 раза") with the factor after its
    verb of change in English ("reduce время ответа by half")."""
    move = _MOVE.match(text)
    if move is None:
        return text
    reduce = move.group(1).lower() == "reduce"
    if reduce and _HALF.search(text):
        return _HALF.sub("by half", text, count=1)
    if (factor := _FACTOR.search(text)) is None:
        return text
    n = _factor(factor)
    if n < 2 or (reduce and n != 2):
        return text
    by = "by half" if reduce else f"by {n}x"
    return text[: factor.start()] + by + text[factor.end() :]


_NORDIC = re.compile(
    r"^(\s*)(fördubbla|fordoble|fordobla|tredubbla|tredoble|halvera|halvere)(?:r|s)?(?=\s)",
    re.IGNORECASE,
)
_NORDIC_VERBS = {"fördubbla": "Double", "fordoble": "Double", "fordobla": "Double"}
_NORDIC_VERBS |= {"tredubbla": "Triple", "tredoble": "Triple"}
_NORDIC_VERBS |= {"halvera": "Halve", "halvere": "Halve"}


def nordic_factor(text: str) -> str:
    """Return "Fördubbla antalet användare" as "Double antalet användare"."""
    return _NORDIC.sub(lambda m: m.group(1) + _NORDIC_VERBS[m.group(2).lower()], text, count=1)
