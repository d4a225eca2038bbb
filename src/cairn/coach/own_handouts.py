"""The team's own handouts, data gathered and sessions held, as work (coach, twenty-second round).

Rounds 3 and 7 write the team's own giving, gathering and meeting as a count the parser reads as
an amount or a score (docs/plaintext.md, "Twenty-second round (issue 15): the coach"):

- **money given** (`money_given`): an amount distributed, donated or awarded by the team
  ("Distribute $250K in patient assistance", "Repartir 50.000 € en becas", "Verser 100 000 €
  d'aides aux associations"). Money raised or collected from others stays a result ("Raise $2M
  in donations", "Collect $2k+ in fees");
- **data gathered** (`data_gathered`): data points or samples collected ("Collect 30+ calibration
  data points across categories"), not points of a score;
- **sessions held** (`sessions_held`): a count of the team's own coaching, training or
  development sessions ("12 Monthly leadership development sessions", "4 sesiones de formación",
  "6 séances de coaching individuel"). Users' or visitors' sessions stay a result ("10,000 user
  sessions per month").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_GIVEN = re.compile(
    r"^(?:distribute|disburse|donate|give away|award|grant|distribuir|doar|donar|repartir"
    r"|otorgar|conceder|verser|distribuer|donner|attribuer|octroyer|erogare|distribuire|donare"
    r"|assegnare|verteilen|spenden|ausschütten|vergeben|uitkeren|doneren)\s+"
    r"(?:(?:over|more than|at least|au moins|al menos|pelo menos|almeno)\s+)?"
    r"(?:[$€£¥]|R\$|US\$)?\s?\d[\d.,\s]*\s?(?:k|m|bn|mil|milhões|milhão|millones|millón"
    r"|millions?|milioni|Mio\.?)?\s?(?:[$€£]|euros?|dollars?|reais)?\s+"
    r"(?:in|en|em|d'|de|di|an|to|aux?|para|a|à)\b",
    re.IGNORECASE,
)
_DATA = re.compile(
    r"^(?:collect|gather|record|capture|log|acquire)\s+"
    r"(?:(?:at least|over|more than)\s+)?\d[\d,.]*\s*k?\+?\s+(?:[^\W\d][\w-]*\s+){0,2}?"
    r"(?:data\s*points|datapoints|data samples|samples)\b",
    re.IGNORECASE,
)
_SESSIONS = re.compile(
    r"^\d+\+?\s+(?:[^\W\d][\w-]*\s+){0,3}?(?:sessions|sesiones|sessões|séances|sessioni"
    r"|Sitzungen|sessies)\b",
    re.IGNORECASE,
)
_SESSION_KINDS = re.compile(
    r"coaching|mentor|training|formaci|formaç|formation|formazion|leadership|development"
    r"|planning|review|retro|workshop|feedback|learning|strategy|brainstorm|onboarding"
    r"|one-on-one|1:1|knowledge|sharing|capacita|tutor|accompagnement|Schulung|Weiterbildung"
    r"|opleiding|individuel|individual",
    re.IGNORECASE,
)
_OTHERS_SESSIONS = re.compile(
    r"\b(?:users?|customers?|visitors?|web|browser|usuarios?|usuários?|utilisateurs?|clientes?"
    r"|clients?|utenti|Nutzer|app)\b",
    re.IGNORECASE,
)


def money_given(written: str) -> bool:
    """Return True for an amount distributed, donated or awarded by the team."""
    return _GIVEN.search(written) is not None


def data_gathered(written: str) -> bool:
    """Return True for data points or samples collected."""
    return _DATA.search(written) is not None


def sessions_held(written: str) -> bool:
    """Return True for a count of the team's own coaching, training or development sessions."""
    return (
        _SESSIONS.search(written) is not None
        and _SESSION_KINDS.search(written) is not None
        and _OTHERS_SESSIONS.search(written) is None
        and "%" not in written  # "4 sesiones de formación con 90% de satisfacción": a measure
    )


@OWN_WORK.rule("own handouts")
def _own_handouts_rule(reading: Reading) -> bool:
    """ "Distribute $250K in patient assistance", "Collect 30+ calibration data points", "12
    Monthly leadership development sessions"."""
    written = reading.written
    return money_given(written) or data_gathered(written) or sessions_held(written)
