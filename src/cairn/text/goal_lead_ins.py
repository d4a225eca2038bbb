"""A key result opened by "our goal is to" (after round 32's first run, issue 15, session 18).

"Nossa meta é ultrapassar 2.000 estrelas …" (round 32), "Our goal is to exceed 2,000 stars",
"Nuestra meta es superar …", "Notre objectif est de dépasser …", "Il nostro obiettivo è superare
…": the lead-in names the sentence a goal; the verb after it is the key result's own, as "Strive
to reduce …" is read (`asides._AIM`). Only before an infinitive (English: after "is to"; the
Romance languages: a word ending as an infinitive ends), so "Our goal is 2,000 stars", "Nossa meta
é 2.000 estrelas" and "Our goal is ambitious" keep their words.
"""

from __future__ import annotations

import re

_GOAL_IS = re.compile(
    r"^\s*(?:(?:our|the|my|this quarter's) (?:main |primary )?(?:goal|aim|objective|target) is to"
    r"|(?:nossa|a|minha) meta é|(?:nosso|o|meu) objetivo é"
    r"|(?:nuestra|la|mi) meta es|(?:nuestro|el|mi) objetivo es"
    r"|(?:notre|mon) objectif est d[e']|l'objectif est d[e']"
    r"|(?:il nostro|il mio|l')\s?obiettivo è(?: di)?|la nostra meta è(?: di)?)"
    r"\s+(?=(?P<verb>[^\W\d_]+)\b)",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(r"(?:ar|er|ir|re|ère)$")


def without_goal_lead_in(text: str) -> str:
    """Return the text after an opening "our goal is to" when a verb follows it."""
    found = _GOAL_IS.match(text)
    if found is None:
        return text
    verb = found["verb"].lower()
    english = found.group(0).lower().lstrip().startswith(("our", "the", "my", "this"))
    if english or _INFINITIVE.search(verb):
        return text[found.end() :]
    return text
