"""The team's own system kept, ensured or expanded, no measure named (coach, seventeenth round).

A verb of keeping or ensuring usually names a result to hold ("Maintain NPS above 50", "Keep
churn below 2%"); rounds 3, 4 and 9 write it before the team's own system, tests or documentation
with no number at all, as a requirement the team builds to (docs/plaintext.md, "Seventeenth round
(issue 15): coach"), and label it an activity:

- "Maintain a tested Rust implementation mirroring the Python algorithms.", "Maintain full
  functionality without any network connection once loaded.", "Keep validation datasets under
  `data/` to enable automated regression tests.", "Expand documentation for contributors and
  users" (en);
- "manter o frontend sem acesso direto ao banco …", "garantir que rotas privadas passem pelo BFF e
  pelo backend com token protegido.", "ampliar testes de integracao para autenticacao, JPA, JWT"
  (pt, lower case as a requirements list writes it).

Not a quality of the system held, a result or vague word ("Keep the API stable", "Maintain zero
SDK imports inside the core layer", "Ensure incidents remain below the error budget", "Keep
on-call incidents within agreed SLOs", "Maintain log structured schema compatibility").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

KEEP_VERBS = frozenset(
    [
        "keep", "maintain", "ensure", "expand", "extend", "manter", "garantir", "assegurar",
        "ampliar", "expandir", "mantener", "asegurar", "garantizar", "extender",
    ]
)  # fmt: skip
# The team's own system, code, tests and documentation, named within the first words.
_OWN_SYSTEM = re.compile(
    r"^\w+\s+(?:(?:that|que)\s+)?(?:[\w`/.-]+\s+){0,3}?"
    r"(?:implementation|implementação|implementación|functionality|funcionalidade|funcionalidad"
    r"|datasets?|frontend|front-end|backend|back-end|bff|routes|rotas|rutas|tests|testes|pruebas"
    r"|documentation|documentação|documentación|codebase|test suite)\b",
    re.IGNORECASE,
)
# A quality held or a limit: a result to see, or a vague word, not the system built.
_QUALITY = re.compile(
    r"\b(?:stable|estável|estable|reliable|available|fast|secure|healthy|up-to-date|zero|slos?"
    r"|budget|remain|compatibility|uptime|errors?)\b",
    re.IGNORECASE,
)


def own_system_kept(written: str) -> bool:
    """Return True for the team's own system, tests or documentation kept or expanded."""
    first = written.split(maxsplit=1)[0].lower() if written.strip() else ""
    if first not in KEEP_VERBS or _OWN_SYSTEM.match(written) is None:
        return False
    return _QUALITY.search(written) is None


@OWN_WORK.rule("own system kept")
def _own_system_kept_rule(reading: Reading) -> bool:
    parsed = reading.parsed
    if parsed.target is not None or parsed.change is not None:
        return False  # "Maintain 100% test pass rate" is read by own_levels; a measure is held
    return own_system_kept(reading.written)
