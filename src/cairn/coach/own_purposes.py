"""The team's own work, written with the result it is for, as work (coach, twenty-second round).

Rounds 4, 6 and 10 write a count of the team's own outputs with the purpose they serve
(docs/plaintext.md, "Twenty-second round (issue 15): the coach"); the purpose names no measure,
the count of outputs is the key result's only measure, and the labels make them activities:

- **work as the means** (`work_as_means`): a purpose first, then the work that serves it, counted
  ("Expand thought leadership by placing articles on 4 industry sites", "Aumentar la visibilidad
  publicando 10 artículos", "Renforcer notre notoriété en publiant 8 articles"). A purpose with a
  measure of its own stays a result ("Increase revenue by 20% by launching 3 campaigns": the
  count before the means is what is measured);
- **outputs with a purpose** (`outputs_with_purpose`): a count of outputs made, then what they
  are for in a relative clause ("train 20 models that improve and/or adapt great models to our
  region's needs", "Identify and provide 2 high value automations that increase quality of
  service delivery", "Développer 3 outils qui améliorent la qualité du service"). Not things won
  ("Win 5 deals that increase ARR") nor a clause with a measure of its own ("… that increase
  conversion by 10%").
"""

from __future__ import annotations

import re

from cairn.coach.own_legwork import word_starts
from cairn.coach.work_rules import OWN_WORK, Reading

_FLOOR = r"(?:(?:at least|al menos|pelo menos|almeno|au moins|over|more than)\s+)?"
_MEANS = re.compile(
    r"^[^\d%]{3,60}?(?:\bby\s+(?:placing|publishing|writing|hosting|holding|giving|speaking"
    r"|posting|launching|organi[sz]ing|attending|running|creating|producing|delivering"
    r"|presenting|recording|sending)"
    r"|\s(?:publicando|escribiendo|escrevendo|organizando|realizando|impartiendo|pubblicando"
    r"|scrivendo|organizzando|lanzando|lançando|lanciando|produciendo|produzindo|presentando"
    r"|apresentando|ministrando)"
    r"|\ben\s+(?:publiant|écrivant|organisant|animant|donnant|lançant|produisant|présentant))"
    r"\b[^.;:\d%]{0,40}?\b\d+\s+(?![%\d])",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"^(?!(?:win|reach|acquire|get|sign|close|gain|attract|achieve|land|secure|convert|retain"
    r"|onboard|upsell|renew|sell|ganar|conseguir|conquistar|gagner|conquérir|alcanzar|atingir"
    r"|atteindre|vender|vendre|verkaufen)\b)"
    r"[^\W\d][^.;:\d%]{0,40}?\b\d+\s+(?:[^\W\d][\w-]*\s+){1,4}?"
    r"(?:that|which|qui|que|che|die|das)\s+(?:improve|increase|boost|enable|help|reduce"
    r"|améliorent|augmentent|réduisent|permettent|mejoren|aumenten|reduzcan|permitan|melhorem"
    r"|aumentem|reduzam|permitam|migliorino|aumentino|riducano|permettano|verbessern|erhöhen"
    r"|senken|ermöglichen)\b(?:(?!\b(?:by|to|from|par|de|à|en|um|auf|zu|del|do|da)\s+\d)[^%])*$",
    re.IGNORECASE,
)


# The first four letters of the verbs of the means and of the purposes: cheap gates (most key
# results say "by the end of Q3" and have no verb of the means).
_MEANS_STARTS = frozenset(
    [
        "plac", "publ", "writ", "host", "hold", "givi", "spea", "post", "laun", "orga", "atte",
        "runn", "crea", "prod", "deli", "pres", "reco", "send", "escr", "real", "impa", "pubb",
        "scri", "lanz", "lanç", "lanc", "mini", "écri", "anim", "donn", "prés", "apre",
    ]
)  # fmt: skip
_PURPOSE_STARTS = frozenset(["that", "whic", "qui", "que", "che", "die", "das"])
_IMPROVE_STARTS = frozenset(
    [
        "impr", "incr", "boos", "enab", "help", "redu", "amél", "augm", "rédu", "perm", "mejo",
        "aume", "melh", "migl", "ridu", "verb", "erhö", "senk", "ermö",
    ]
)  # fmt: skip


def work_as_means(written: str) -> bool:
    """Return True for a purpose with no measure of its own, served by work that is counted."""
    return not _MEANS_STARTS.isdisjoint(word_starts(written)) and _MEANS.search(written) is not None


def outputs_with_purpose(written: str) -> bool:
    """Return True for a count of outputs made, then what they are for (no measure of its own)."""
    starts = word_starts(written)
    return (
        not _PURPOSE_STARTS.isdisjoint(starts)
        and not _IMPROVE_STARTS.isdisjoint(starts)
        and _PURPOSE.search(written) is not None
    )


@OWN_WORK.rule("own purposes")
def _own_purposes_rule(reading: Reading) -> bool:
    """ "Expand thought leadership by placing articles on 4 industry sites", "train 20 models that
    improve …"."""
    return work_as_means(reading.written) or outputs_with_purpose(reading.written)
