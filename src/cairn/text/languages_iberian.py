"""Portuguese told from Spanish when a sentence's common words fit both (twelfth round).

"Aumentar margem líquida de 18% para 25%" counts as many Spanish as Portuguese words
("Aumentar", "de", "para"). What only one of the two languages writes decides:

- spellings: Portuguese "ã õ ç â ê ô à", "nh"/"lh" inside a word ("tamanho", "melhor"), "-gem"
  ("margem"), an accent before a final unstressed "-io/-ia/-ie" ("relatórios", "média",
  "experiência"; Spanish writes "relatorios", "media"); Spanish "ñ", "-ción/-sión", "-dad",
  a stressed final "-ía/-ío" ("energía", "envío"; Portuguese "energia", "envio");
- the grammar words only one of them writes (`IBERIAN_OWN_WORDS`: "com", "pelo", "na" …;
  "con", "muy", "hasta" …) and each one's own multi-word phrases of its `words` table
  ("pelo menos", "no mínimo"; "por lo menos", "como mínimo");
- the Portuguese from–to "de 18% para 25%" (Spanish writes "de 18% a 25%", "del … al");
- "dos" right after a verb: Spanish two ("Adquirir dos competidores"; Portuguese writes "dois"
  and its "dos", "of the", follows a noun).

Each piece of evidence counts one. Used by `cairn.text.languages.language_of` only when both
languages are counted, so no other language's guess changes.
"""

from __future__ import annotations

import re
from functools import cache

from cairn.text.language_telltales import IBERIAN_OWN_WORDS
from cairn.text.language_words import LANGUAGES
from cairn.text.number_words import NUMBER_PARTS

_L = r"[^\W\d_]"
_SPELLINGS = {
    "pt": re.compile(
        rf"[ãõçâêôà]|{_L}{{2}}[nl]h[aeoáéó]|{_L}{{2}}ge(?:m|ns)$"
        rf"|[áéíóú][^\W\d_aeiouáéíóú]{{1,3}}i[aeo]s?$"
    ),
    "es": re.compile(rf"ñ|[cs]i[oó]n(?:es)?$|{_L}{{2}}dad(?:es)?$|{_L}í[ao]s?$"),
}
# "de 18% para 25%", "de R$960 para R$1.200", "de 40 dias para 25": the Portuguese from–to
_NUMBER = r"(?:R\$|[$€£])?\s?\d[\d.,]*(?:[kKmMbB](?![^\W\d_]))?\s?%?"  # "$50k", "$5M" too
_PT_FROM_TO = re.compile(rf"(?<!\w)de\s+{_NUMBER}(?:\s+{_L}+)?\s+para\s+{_NUMBER}", re.I)


def iberian_evidence(text: str, words: list[str]) -> dict[str, int]:
    """Return, for Portuguese and Spanish, how much of the lower-cased sentence only it writes."""
    phrases = _phrases()
    evidence = {"pt": 0, "es": 0}
    joined = f" {' '.join(words)} "
    for language in evidence:
        own, spelling = _own_words()[language], _SPELLINGS[language]
        found = sum(1 for w in words if w in own or spelling.search(w))
        found += sum(1 for phrase in phrases[language] if phrase in joined)
        evidence[language] = found
    if "para" in words and _PT_FROM_TO.search(text):
        evidence["pt"] += 1
    if "dos" in words and (at := words.index("dos")) and words[at - 1] in LANGUAGES["es"]["verbs"]:
        evidence["es"] += 1  # "Adquirir dos competidores": Spanish two (Portuguese writes "dois")
    return evidence


@cache
def _own_words() -> dict[str, frozenset[str]]:
    """Return each language's own grammar words and number words ("quarenta", "cuarenta"),
    less any word the other writes ("dos" is Spanish two and Portuguese "of the")."""
    out = {}
    for code, other in (("pt", "es"), ("es", "pt")):
        theirs = set(NUMBER_PARTS[other]) | set(LANGUAGES[other]["markers"])
        out[code] = IBERIAN_OWN_WORDS[code] | (set(NUMBER_PARTS[code]) - theirs)
    return out


@cache
def _phrases() -> dict[str, tuple[str, ...]]:
    """Return each language's multi-word phrases that the other does not write, spaced."""
    tables = {code: LANGUAGES[code]["words"] for code in ("pt", "es")}
    out = {}
    for code, other in (("pt", "es"), ("es", "pt")):
        own = {w for w in tables[code] if " " in w} - set(tables[other])
        out[code] = tuple(f" {w} " for w in sorted(own))
    return out
