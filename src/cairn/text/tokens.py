"""Split a key result sentence into words, numbers, dates and rates.

Numbers carry their value and unit ("$2.5 million" is one token worth 2,500,000 in "$");
dates and timeframes ("by June 30", "within 60 days", "in Q3") become single tokens so that
they are never taken for values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from cairn.text import lexicon as lx
from cairn.text.languages import localise
from cairn.text.names import mark_names
from cairn.text.timeframes import bounded_after, dates, with_preposition

_PERIOD_ROMANCE_ONE = r"(?:m[eê]s|d[ií]a|semana|ano|año|mois|jour|semaine|an)"
_RATE_RE = re.compile(
    r"\b(?:per|a|an|each|every)\s+(?:day|week|month|quarter|year|sprint|hour|annum)\b"
    r"|/\s?(?:day|week|month|mo|yr|year|quarter|qtr|hr|h|sprint)\b",
    re.IGNORECASE,
)
# Portuguese, Spanish, French: "R$ 150 milhões/mês", "por mes", "par mois" (searched only when
# a "/" or one of those words is there)
_ROMANCE_RATE_RE = re.compile(
    rf"/\s?{_PERIOD_ROMANCE_ONE}(?!\w)|\b(?:por|ao|al|par)\s+{_PERIOD_ROMANCE_ONE}(?!\w)", re.I
)
# "items/sprint", "hours/year": the counted noun and the rate, not one word.
_GLUED_RATE_RE = re.compile(
    r"(?<=[a-z])/(?=(?:day|week|month|mo|yr|year|quarter|qtr|sprint)\b)", re.IGNORECASE
)
_NUM_PATTERN = (
    r"(?<![\w.,/#])(?<![A-Za-z]-)"
    r"(?P<cur>(?:(?:US|AU|CA|NZ|HK|SG|A|C)?\$|€|£|¥|₹)\s?|R\$\s?|Rp\s?|Rs\.?\s?"
    r"|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|INR|SEK|NOK|DKK|PLN|BRL|CNY|SGD|NZD|ZAR|MXN)\s?)?"
    r"(?P<sign>[-+−](?=\.?\d))?"
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:[,'’]\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d+(?:\.\d+)?|\.\d+)"
    r"(?:(?P<gmult>k|mn|mm|m|bn|b)(?![a-z])"
    r"|\s?(?P<wmult>thousand|million|billion|milh(?:ão|ões)|mill(?:ón|ones)|millions|mil|mln|bn"
    r"|lakhs?|crores?)\b)?"
    r"(?:(?P<pct>\s?%)|(?P<factor>[x×])(?![a-z])"
    r"|(?P<gunit>ms|secs|sec|s|hrs|hr|h|mins|min|d|pp|pts|bps|gbs|gb|tbs|tb|mbs|mb|kbs|kb|kgs|kg|kms|km|lbs)"
    r"(?![a-z]))?"
    r"(?![a-z0-9])"
)
_WORD_PATTERN = r"[^\W_](?:[\w'’&/.-]*\w)?"
_PUNCT_PATTERN = r"→|>=|<=|[^\w\s]|_"  # "_" too: a word cannot start with it
_MULTIPLIERS = {"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
_MULTIPLIERS |= {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# Portuguese, Spanish and French: "R$ 150 milhões", "2 millones", "50 mil"
_MULTIPLIERS |= dict.fromkeys(["milhão", "milhões", "millón", "millones", "millions"], 1e6)
_MULTIPLIERS |= {"mil": 1e3}
# Twenty-seventh round: "1.2 mln users", "3.5 bn impressions" (the scale apart from its number);
# Indian English "2 lakh" (100,000) and "1.5 crore" (10,000,000)
_MULTIPLIERS |= {"mln": 1e6, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
_CURRENCY_CODES = {"us$": "$", "au$": "A$", "ca$": "C$", "nz$": "NZ$", "hk$": "HK$"}
_CURRENCY_CODES |= {"r$": "R$", "rp": "Rp"}  # Brazilian real, Indonesian rupiah
_CURRENCY_CODES |= {"rs": "Rs", "rs.": "Rs"}  # rupees (twenty-seventh round: "Rs 5 lakh")
_GLUED_UNITS = {"pp": "%", "pts": "points", "bps": "bps"}
_GLUED_UNITS |= {f"{size}{s}": size.upper() for size in ("gb", "tb", "mb", "kb") for s in ("", "s")}
# Weights and distances glued to their number ("from 67kg to 55kg", "run 10km"), as written apart.
_GLUED_UNITS |= {unit: unit for unit in ("kg", "kgs", "km", "kms", "lbs")}
# Words before a multiple that make it a value ("coverage to 4x", "have 4x replication"),
# not a factor of change ("grow sign-ups 3x", "by 2x").
_MULTIPLE_AFTER = frozenset(
    [
        "to",
        "at",
        "of",
        ":",
        "=",
        "is",
        "are",
        "be",
        "have",
        "has",
        "reach",
        "achieve",
        "hit",
        "maintain",
        "keep",
    ]
)


@dataclass(eq=False, slots=True, init=False)  # tokens are compared by identity
class Token:
    """One piece of a sentence; numbers carry value, unit and factor; `low` is text.lower()."""

    kind: str  # "word" | "num" | "date" | "rate" | "punct"
    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    points: bool  # "percentage points": the % is absolute, not relative
    factor: float | None  # "3x"
    consumed: bool  # a unit word folded into the number before it
    low: str = field(repr=False)  # read often, so computed once (text never changes)

    def __init__(  # written out: made for every word of every sentence parsed
        self,
        kind: str,
        text: str,
        start: int,
        end: int,
        value: float | None = None,
        unit: str | None = None,
        points: bool = False,
        factor: float | None = None,
        consumed: bool = False,
    ) -> None:
        self.kind, self.text, self.start, self.end = kind, text, start, end
        self.value, self.unit, self.points = value, unit, points
        self.factor, self.consumed, self.low = factor, consumed, text.lower()


_ARROW_RE = re.compile(r"\s*(?:->|=>|⟶|⇒|➝|→)\s*")
# An up or down arrow opening a key result before its number is its verb: "↓ 30% incidentes
# repetidos" reads as "reduce 30% …", "↑ 12% NPS" as "increase 12% NPS" (thirteenth round).
_LEADING_ARROW_RE = re.compile(r"^\s*([↑⬆↓⬇])\s*(?=[+-]?\d)")
_ARROW_VERBS = {"↑": "increase ", "⬆": "increase ", "↓": "reduce ", "⬇": "reduce "}
_SPACES_RE = re.compile(r"\s+")
# A count, then a singular noun, then "milestone" or "mark": the noun counted, as a plural.
_MILESTONE_RE = re.compile(
    r"(?<![\d,.])(\d[\d,.]*[kKmM]?\+?) ([a-z]{3,20}[^s\W]) (milestone|mark)\b"
)
# A star sign after a number is the unit stars, as "4 stars" is; before one it decorates.
_STAR_RE = re.compile(r"(\d\+?)\s*(?:⭐|★|🌟)\ufe0f?")
_END_TO_END_RE = re.compile(r"\b(end) (to) (end)\b", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_DASH_RANGE_RE = re.compile(r"(\d)\s*[-–—]\s*(?=[$€£]?\d)")


# Persian and Arabic-Indic digits, their decimal and thousands separators and percent sign
# ("۲٫۵٪" → "2.5%"), and wide parentheses and colons ("（当前17%）"), as ASCII.
WIDE_SIGNS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬٪（）：", "01234567890123456789.,%():")


# "2 500", "40 000 000": groups of exactly three digits after a space, not a name or a
# hyphenated adjective ("v2 100", "3 100-page reports").
# A comma before one or two digits and a percent sign or a scale cannot group thousands: "1,2
# million", "2,5%" are decimals ("1,200" and "3, 4 and 5" stay as they are).
_DECIMAL_COMMA_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s?(?:%|(?:thousand|million|billion|[kmb]|mn|bn)\b))",
    re.IGNORECASE,
)
_NUMBER_SHAPE_RE = re.compile(r"\d(?: \d\d\d|,\d\d?(?!\d))")
_SPACE_THOUSANDS_RE = re.compile(r"(?<![\w.,])(\d{1,3})((?: \d{3})+)(?![\w-]|[.,]\d)")


def normalise(text: str) -> str:
    """Return the text with unicode spaces, quotes, arrows and comparison signs unified."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(WIDE_SIGNS))
        if text[:3].lstrip()[:1] in _ARROW_VERBS:
            text = _LEADING_ARROW_RE.sub(lambda m: _ARROW_VERBS[m.group(1)], text)
        text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        text = _ARROW_RE.sub(" → ", text)
        text = text.replace("≥", " >= ").replace("≤", " <= ").replace("−", "-")
        text = text.replace("‐", "-")  # NFKC turns the non-breaking hyphen into U+2010
        if "⭐" in text or "★" in text or "🌟" in text:  # "to over 100 ⭐️": 100 stars (round 31)
            text = _STAR_RE.sub(r"\1 stars ", text)
        text = localise(text)  # "每周健身4天" → "每周健身 4 天"; "25% 이상" → "25% or more"
    else:  # ASCII text: NFKC and the other signs change nothing
        if "->" in text or "=>" in text:
            text = _ARROW_RE.sub(" → ", text)
        text = localise(text)  # "Umsatz um 20% steigern" → "increase Umsatz by 20%"
    if _NUMBER_SHAPE_RE.search(text):  # one scan for both signs
        # "2 500 customers": a space grouping thousands
        text = _SPACE_THOUSANDS_RE.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
        text = _DECIMAL_COMMA_RE.sub(r"\1.\2", text)  # "1,2 million", "2,5%": a decimal comma
    if "nd to " in text or "ND TO " in text or "nd To " in text:
        # "end to end browser test cases": the adjective end-to-end, not a range to a number
        text = _END_TO_END_RE.sub(lambda m: f"{m.group(1)}-{m.group(2)}-{m.group(3)}", text)
    if "**" in text:  # Markdown emphasis: "at least **30 qualified leads**"
        text = text.replace("**", "")
    if "milestone" in text or " mark" in text:  # "Hit 200+ user milestone": 200+ users (round 31)
        text = _MILESTONE_RE.sub(_plural_before_milestone, text)
    text = _dash_ranges(text)
    if "/" in text:
        text = _GLUED_RATE_RE.sub(" /", text)
    return _SPACES_RE.sub(" ", text).strip()


def _plural_before_milestone(match: re.Match) -> str:
    noun = match.group(2)
    plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{match.group(1)} {plural} {match.group(3)}"


def _dash_ranges(text: str) -> str:
    """Return text with "3-5" and "3–5" written as the range "3 – 5", ISO dates untouched."""
    if not _DASH_RANGE_RE.search(text):
        return text
    iso = [m.span() for m in _ISO_DATE_RE.finditer(text)]

    def spaced(match: re.Match) -> str:
        if any(start <= match.start() < end for start, end in iso):
            return match.group(0)
        return f"{match.group(1)} – "

    return _DASH_RANGE_RE.sub(spaced, text)


@lru_cache(maxsize=16384)
def tokenize(text: str) -> tuple[Token, ...]:
    """Return the tokens of an already normalised sentence.

    Cached: the parser and the coach's wording rules read the same sentence several times.
    Tokens are shared between callers, so nothing outside this module may change them.
    """
    tokens = [_usable(t) for t in _scan(text, _special_spans(text))]
    _read_word_numbers(tokens)
    mark_names(tokens)
    _mark_sizes(tokens)
    _attach_units(tokens)
    _mark_multiples(tokens)
    return tuple(tokens)


def _mark_multiples(tokens: list[Token]) -> None:
    """Make "4x" after "to", "have" … (or first) a value in "x", not a factor of change."""
    for i, token in enumerate(tokens):
        if token.factor and (i == 0 or tokens[i - 1].low in _MULTIPLE_AFTER):
            token.factor, token.unit = None, "x"


def _usable(token: Token) -> Token:
    """Return the token, or a word in place of a number too large to be a measure (or inf)."""
    if token.kind != "num" or abs(token.value or 0) < MAX_NUMBER and token.text not in _NAMES:
        return token
    return Token("word", token.text, token.start, token.end)


_NAMES = frozenset({"2D", "3D", "4D", "2d", "3d"})  # "2D context": a name, not two days


def _scan(text: str, spans: dict[int, tuple[int, str]]) -> list[Token]:
    """Return the tokens one after the other: a date or rate span where a token would start
    at its first character, else a number, a word or a punctuation mark.

    The regex engine skips the spaces and finds each token; a span that begins inside a
    longer token ("x/day") is not one, as when tokens were read character by character.
    """
    tokens: list[Token] = []
    starts = sorted(spans)
    pos, k, count = 0, 0, len(starts)
    while True:
        for match in _SPACED_TOKEN_RE.finditer(text, pos):
            kind = match.lastgroup
            start = match.start(kind)
            while k < count and starts[k] < start:
                k += 1  # a span inside an earlier token
            if k < count and starts[k] == start:
                end, kind = spans[start]
                tokens.append(Token(kind, text[start:end], start, end))
                pos, k = end, k + 1
                break  # go on reading after the span
            if kind == "number":
                tokens.append(_number_token(match, start))
            else:
                tokens.append(Token(kind, match.group(kind), start, match.end()))
        else:
            return tokens


def _special_spans(text: str) -> dict[int, tuple[int, str]]:
    """Return date and rate spans keyed by start offset."""
    spans: dict[int, tuple[int, str]] = {}
    taken: list[tuple[int, int]] = []
    # "in six days or fewer", "within 2 weeks or less": a bounded duration is a value
    found = [("date", m.start(), m.end(), m) for m in dates(text) if not bounded_after(text, m)]
    found += [("rate", m.start(), m.end(), None) for m in _RATE_RE.finditer(text)]
    if "/" in text or "por " in text or "ao " in text or "al " in text or "par " in text:
        found += [("rate", m.start(), m.end(), None) for m in _ROMANCE_RATE_RE.finditer(text)]
    for kind, start, end, match in found:
        if match is not None:
            start = with_preposition(text, match)
            if start < 0:
                continue
        if any(start < t_end and end > t_start for t_start, t_end in taken):
            continue
        spans[start] = (end, kind)
        taken.append((start, end))
    return spans


# A number may only start with a digit, a sign, a point, a currency sign, or a letter that
# starts US$ or a currency code (case-sensitive, checked before the case-blind number).
_NUMBER_FIRST = "0-9$€£¥₹+\\-−.UEGCJAISNDPBZMRuegcjaisndpbzm"  # "R$", "Rp": capital only
# One match per token, tried in order: a number, a word, a punctuation mark.
_TOKEN_RE = re.compile(
    rf"(?=[{_NUMBER_FIRST}])(?i:(?P<number>{_NUM_PATTERN}))"
    rf"|(?P<word>{_WORD_PATTERN})|(?P<punct>{_PUNCT_PATTERN})"
)
_SPACED_TOKEN_RE = re.compile(rf"\s*(?:{_TOKEN_RE.pattern})")
_SEPARATORS_RE = re.compile(r"[,'’]")
# Numbers from this size on (and overflows to infinity) are read as words, not measures: no
# key result counts in quadrillions, and JSON cannot carry infinity.
MAX_NUMBER = 1e15


def _number_token(match: re.Match, pos: int) -> Token:
    """Return the number token of a _TOKEN_RE match of a number."""
    num = match["num"]
    if "." in num and not match["pct"]:
        num = _thousands(num)
    value = float(_SEPARATORS_RE.sub("", num))
    mult = (match["gmult"] or match["wmult"] or "").lower()
    value *= _MULTIPLIERS.get(mult, 1.0)
    if match["sign"] in ("-", "−"):
        value = -value
    token = Token("num", match.group("number"), pos, match.end(), value)
    if match["cur"]:
        code = match["cur"].strip()
        token.unit = _CURRENCY_CODES.get(code.lower(), code.upper() if code.isalpha() else code)
    if match["pct"]:
        token.unit = "%"
    elif match["factor"]:
        token.factor = value
    elif match["gunit"]:
        glued = match["gunit"].lower()
        token.unit = _GLUED_UNITS.get(glued) or lx.TIME_UNITS[glued]
        token.points = glued == "pp"
    return token


_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|[1-9]\d{0,2}\.000")


def _thousands(num: str) -> str:
    """Return "50000" for "50.000" and "1000000" for "1.000.000": dots that group thousands
    (Portuguese, Spanish, German …). Three zeros after one dot are never written as
    decimals, unlike "99.999%" or "2.125"; a percentage keeps its decimals."""
    if _DOT_THOUSANDS_RE.fullmatch(num):
        return num.replace(".", "")
    return num


def _read_word_numbers(tokens: list[Token]) -> None:
    """Turn number words ("twelve thousand", "a dozen", "zero") into number tokens."""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        low = token.low
        if token.kind != "word" or (
            low not in lx.NUMBER_STARTS
            and ("-" not in low or low.partition("-")[0] not in lx.NUMBER_STARTS)
        ):
            i += 1  # the test that _word_number_at starts with, without the call
            continue
        value, used = _word_number_at(tokens, i)
        if value is not None:
            text = " ".join(t.text for t in tokens[i : i + used])
            start, end = tokens[i].start, tokens[i + used - 1].end
            tokens[i : i + used] = [Token("num", text, start, end, value=value)]
        i += 1


def _word_number_at(tokens: list[Token], i: int) -> tuple[float | None, int]:
    """Return the value of the number words starting at i and how many tokens they span."""
    if tokens[i].kind != "word" or tokens[i].low.partition("-")[0] not in lx.NUMBER_STARTS:
        return None, 0
    words = [t.low if t.kind == "word" else "" for t in tokens[i : i + 4]]
    value, used = _base_number(words)
    if value is None:
        return None, 0
    if words[0] == "one" and (len(words) > 1 and words[1] in ("of", "another")):
        return None, 0
    for word in words[used:]:
        if word not in lx.SCALE_WORDS:
            break
        value *= lx.SCALE_WORDS[word]
        used += 1
    return value, used


def _base_number(words: list[str]) -> tuple[float | None, int]:
    """Return the value of "twelve", "twenty-five", "a dozen" or "a hundred" and its length."""
    first = words[0]
    if first in ("a", "an") and len(words) > 1 and words[1] in ("dozen", *lx.SCALE_WORDS):
        return float(lx.WORD_NUMBERS.get(words[1]) or lx.SCALE_WORDS[words[1]]), 2
    parts = first.split("-")
    if all(p in lx.WORD_NUMBERS for p in parts) and len(parts) <= 2 and first != "dozen":
        return float(sum(lx.WORD_NUMBERS[p] for p in parts)), 1
    return None, 0


def _mark_sizes(tokens: list[Token]) -> None:
    """Turn a number glued to an inch mark into a word: 'screenshots (6.7" + 5.5")', 'a 27"
    monitor' name sizes. A mark that closes an open quotation ('"Reach 500"') is a quote."""
    quotes = 0
    for i, token in enumerate(tokens):
        if token.text != '"':
            continue
        before = tokens[i - 1] if i else None
        glued = before is not None and before.kind == "num" and before.end == token.start
        if glued and quotes % 2 == 0 and not before.unit:
            before.kind = "word"
        else:
            quotes += 1


def _attach_units(tokens: list[Token]) -> None:
    """Fold unit words that follow a number ("18 hours", "6 percentage points") into it."""
    for i, token in enumerate(tokens):
        if token.kind != "num":
            continue
        skip = 1 if i + 1 < len(tokens) and tokens[i + 1].text == "+" else 0
        nxt = [t.low if t.kind == "word" else t.text for t in tokens[i + 1 + skip : i + 4 + skip]]
        bounded = i > 0 and (tokens[i - 1].text in _BOUND_SIGNS or tokens[i - 1].low == "under")
        unit, points, used = _unit_after(token, nxt, bounded)
        if used and _capitalised_code(tokens[i + 1 + skip : i + 2 + skip + used]):
            continue  # "≥2 KG media outlets": a country code before a noun, not kilograms
        if used:
            token.unit, token.points = unit, points
            for follower in tokens[i + 1 + skip : i + 1 + skip + used]:
                follower.consumed = True


def _capitalised_code(words: list[Token]) -> bool:
    """Return True for a lower-case unit ("kg", "km") written in capitals before another word
    that is not "of": "2 KG media outlets" counts outlets; "500 KG of feed" weighs the feed."""
    unit, *rest = words
    canonical = lx.MEASURE_UNITS.get(unit.low)
    return (
        canonical is not None
        and canonical.islower()
        and unit.text.isupper()
        and bool(rest)
        and rest[0].kind == "word"
        and rest[0].low != "of"
    )


# A bound right before a number: "<2 s", "≤ 3 h" read the single letter after it as a time unit.
_BOUND_SIGNS = frozenset(["<", "<=", "≤", ">", ">=", "≥"])
_HELD = frozenset(["without", "consecutive", "straight", "uninterrupted", "sin", "sem", "sans"])
_HELD |= frozenset(["senza", "ohne"])


def _unit_after(
    token: Token, nxt: list[str], bounded: bool = False
) -> tuple[str | None, bool, int]:
    """Return the unit named by the words after a number, whether it is points, and its length.

    A lone "s" or "h" is a time unit only after a bound ("<2 s"): elsewhere it is too often a
    letter of something else."""
    nxt = [*nxt, "", "", ""]
    if token.unit == "%" and nxt[0] in ("points", "pts"):
        return "%", True, 1
    if token.unit:
        return token.unit, token.points, 0
    first, second = nxt[0], nxt[1]
    if first in ("percent", "pct") or (first == "per" and second == "cent"):
        return "%", False, 2 if first == "per" else 1
    if first in ("percentage", "%") and second in ("points", "point", "pts"):
        return "%", True, 2
    if first in ("pp", "ppt", "ppts"):
        return "%", True, 1
    if first == "basis" and second in ("points", "point"):
        return "bps", False, 2
    if first in ("working", "business", "calendar") and lx.TIME_UNITS.get(second) == "days":
        return "days", False, 2
    held = second in _HELD  # "48 h without error" (twenty-fourth round, held_durations)
    if first in lx.TIME_UNITS and (len(first) > 1 or (bounded or held) and first in ("s", "h")):
        return lx.TIME_UNITS[first], False, 1
    if first in lx.MEASURE_UNITS:
        return lx.MEASURE_UNITS[first], False, 1
    if first in lx.CURRENCY_WORDS:
        return lx.CURRENCY_WORDS[first], False, 1
    return None, False, 0
