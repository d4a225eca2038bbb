"""A batch of composed key results after the first runs of rounds 35 and 36 (docs/plaintext.md,
"After the first runs of rounds 35 and 36 (issue 15, session 20): the coach"), written as
patterns and measured before the rules:

- ``team_counted`` (activity): the team's own members counted, bare, had, onboarded or filling a
  role ("Have {n} core team members", "{n} founding team members onboarded", "{n} team members
  operating as business scientists"; `own_hiring.team_counted`);
- ``members_counted`` (outcome, near misses): members of a community or protocol, or team
  members' feelings or deeds ("Have {n}0 members adding utility to the protocol", "Have {n}
  long-term members settled");
- ``contributors_added`` (outcome): new contributors gained after a verb of adding, the count a
  word too ("Add four new TOC contributors", "Add {n} new contributors to the project";
  `others_gathered`);
- ``outputs_added`` (activity, near misses): the team's own things added ("Add {n} new
  contributor guides", "Add {n} new integration tests");
- ``people_exceeded`` (outcome): a count of participants or customers exceeded ("Ultrapassar a
  barreira dos {n}000 participantes", "Surpass {n}00 customers"; `unlisted_verbs`);
- ``outputs_exceeded`` (activity, near misses): the team's own outputs exceeded ("Superar {n}0
  artículos publicados", "Exceed {n}0 blog posts published");
- ``debts_paid`` (outcome): the writer's debts paid off ("Todas las deudas pagadas", "Pay off
  ${n},000 in credit card debt"; `measures.debts_paid`);
- ``debt_work`` (activity, near misses): a plan or technical debt ("Create a debt repayment
  plan", "Write a guide to paying off debt in {n} steps");
- ``events_had`` (activity): events or meetings had, in Spanish and Portuguese too, or spread
  across places ("Tener {n} reuniones por país", "Ter eventos ocorrendo em pelo menos {n}
  regiões do estado", "Have events in at least {n} regions"; `own_output.events_held`);
- ``others_had`` (outcome, near misses): customers, users or participants had, or had in places
  ("Tener {n}00 usuarios", "Have users in at least {n} countries");
- ``system_parts`` (activity): a system doing its work over a count of its parts ("Sistema de
  alertas notifica via {n} canais", "Relay controller funcional controlando {n}+ dispositivos
  via MQTT"; `made_with.system_parts`);
- ``system_reaches`` (outcome, near misses): the system reaching people or carrying a load ("App
  notifica {n}00 usuarios", "Platform supports {n}00 concurrent users");
- ``people_aligned`` (activity): named people or a team got aligned on a plan ("Get Todd and the
  engineering team aligned on the transformation roadmap"; `own_legwork.people_aligned`);
- ``approval_granted`` (outcome, near misses): approval granted or a share aligned ("Get
  approval from {n}0% of the team", "{n}0% of employees aligned on the strategy");
- ``rank_reached`` (outcome): a rank or level reached after "llegar a", "chegar ao" ("Llegar a
  rango Diamante en Immunotec"; `unlisted_verbs.rank_reached_abroad`);
- ``own_reached`` (activity, near misses): the team's own outputs reached after the same verbs
  ("Llegar a {n}0 talleres realizados").

`python -m tests.coach.phrasings_after_round35 [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

AFTER_ROUND35: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "team_counted": (
            "Have {n} core team members",
            "{n} founding team members onboarded",
            "{n} team members operating as business scientists",
            "Have {n} full-time team members",
            "{n} dedicated team members in place",
        ),
        "members_counted": (
            "Have {n}0 members adding utility to the protocol",
            "Have {n} long-term members settled",
            "{n} team members submitted {n} pull requests each",
        ),
        "contributors_added": (
            "Add four new TOC contributors",
            "Add {n} new contributors to the project",
            "Add {n} new external contributors",
        ),
        "outputs_added": ("Add {n} new contributor guides", "Add {n} new integration tests"),
        "people_exceeded": ("Surpass {n}00 customers", "Exceed {n}000 participants"),
        "outputs_exceeded": ("Exceed {n}0 blog posts published",),
        "debts_paid": (
            "All debts paid off",
            "Pay off ${n},000 in credit card debt",
            "Credit card debt paid off",
        ),
        "debt_work": (
            "Create a debt repayment plan",
            "Write a guide to paying off debt in {n} steps",
        ),
        "events_had": ("Have events in at least {n} regions", "Have {n} community meetups"),
        "others_had": (
            "Have users in at least {n} countries",
            "Have {n}00 attendees at our events",
        ),
        "system_parts": (
            "Alert system notifies via {n} channels",
            "Home controller controlling {n} devices via MQTT",
        ),
        "system_reaches": (
            "Platform supports {n}00 concurrent users",
            "Platform connects {n}0 companies",
        ),
        "people_aligned": (
            "Get Todd and the engineering team aligned on the transformation roadmap",
            "Get the leadership team aligned on the {n}-year strategy",
            "Get sales and marketing on the same page about pricing",
        ),
        "approval_granted": (
            "Get approval from {n}0% of the team",
            "{n}0% of employees aligned on the strategy",
        ),
    },
    "es": {
        "contributors_added": ("Añadir {n} nuevos contribuidores",),
        "people_exceeded": (
            "Superar la marca de {n}00 usuarios",
            "Superar {n}000 participantes en el calendario",
        ),
        "outputs_exceeded": ("Superar {n}0 artículos publicados",),
        "debts_paid": (
            "Todas las deudas pagadas",
            "Pagar todas las deudas",
            "Saldar el préstamo del coche",
        ),
        "events_had": (
            "Tener {n} reuniones por país",
            "Debemos tener al menos {n}0 cantidad de reuniones por país",
            "Tener eventos en al menos {n} ciudades",
            "Tener {n} talleres",
        ),
        "others_had": ("Tener {n}00 usuarios", "Tener {n}00 asistentes en nuestros eventos"),
        "system_reaches": ("App notifica {n}00 usuarios", "Bot atiende {n}00 clientes"),
        "rank_reached": (
            "Llegar a rango Diamante en Immunotec",
            "Llegar a la categoría Oro",
        ),
        "own_reached": ("Llegar a {n}0 talleres realizados",),
    },
    "pt": {
        "contributors_added": ("Adicionar {n} novos contribuidores",),
        "people_exceeded": (
            "Ultrapassar a barreira dos {n}000 participantes durante um único calendário.",
            "Ultrapassar {n}00 clientes",
        ),
        "outputs_exceeded": ("Ultrapassar {n}0 eventos",),
        "debts_paid": ("Todas as dívidas quitadas", "Quitar o empréstimo do carro"),
        "events_had": (
            "Ter eventos ocorrendo em pelo menos {n} regiões do estado.",
            "Ter {n} eventos",
            "Ter {n} encontros por região",
        ),
        "others_had": ("Ter {n}00 usuários", "Ter clientes em {n} estados"),
        "system_parts": (
            "Sistema de alertas notifica via {n} canais (WebSocket, Telegram, Email)",
            "Relay controller funcional controlando {n}+ dispositivos via MQTT",
            "Dashboard monitora {n} sensores",
        ),
        "system_reaches": ("Chatbot envia mensagens para {n}00 clientes",),
        "rank_reached": ("Chegar ao nível Diamante",),
    },
    "fr": {
        "people_exceeded": ("Dépasser {n}00 participants",),
        "rank_reached": ("Arriver au niveau Platine",),
    },
}

FAMILIES = (
    "team_counted",
    "members_counted",
    "contributors_added",
    "outputs_added",
    "people_exceeded",
    "outputs_exceeded",
    "debts_paid",
    "debt_work",
    "events_had",
    "others_had",
    "system_parts",
    "system_reaches",
    "people_aligned",
    "approval_granted",
    "rank_reached",
    "own_reached",
)
KIND.update(
    {
        "team_counted": "activity",
        "members_counted": "outcome",
        "contributors_added": "outcome",
        "outputs_added": "activity",
        "people_exceeded": "outcome",
        "outputs_exceeded": "activity",
        "debts_paid": "outcome",
        "debt_work": "activity",
        "events_had": "activity",
        "others_had": "outcome",
        "system_parts": "activity",
        "system_reaches": "outcome",
        "people_aligned": "activity",
        "approval_granted": "outcome",
        "rank_reached": "outcome",
        "own_reached": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, AFTER_ROUND35, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
