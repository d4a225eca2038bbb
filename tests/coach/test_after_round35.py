"""The coach's rules after the first runs of rounds 35 and 36 (docs/plaintext.md, "After the first
runs of rounds 35 and 36 (issue 15, session 20): the coach"): the team's own members counted
(`own_hiring.team_counted`), events had or spread across places (`own_output.events_held`,
"tener"/"ter" read as "have", "debemos"/"devemos" as openers), a system doing its work over a
count of its parts (`made_with.system_parts`) and people got aligned (`own_legwork`) are work;
new contributors added (`others_gathered`), participants exceeded and a rank reached
(`unlisted_verbs`) and debts paid off (`measures.debts_paid`) are results. Each with its row,
more sentences and near misses; the composed batch (tests/coach/phrasings_after_round35.py, table
AFTER_ROUND35) is judged in tests/coach/test_batches.py."""

import pytest

from cairn.coach import (
    made_with,
    measures,
    others_gathered,
    own_hiring,
    own_legwork,
    own_output,
    unlisted_verbs,
)
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work

MODULES = (
    made_with,
    measures,
    others_gathered,
    own_hiring,
    own_legwork,
    own_output,
    unlisted_verbs,
)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Have 4 core team members.", True),  # round 35
        ("4 founding team members onboarded", True),  # round 35
        ("≥1 team member operating as business scientist", True),  # round 35
        ("Have 5 full-time team members by June", True),
        ("3 dedicated team members in place", True),
        ("At least 2 team members working as data engineers", True),
        # near misses: members of a community, team members' deeds, feelings or shares
        ("Have 10 members adding utility to protocol.", False),  # round 35, an outcome
        ("Have 4 long-term members settled by September 2020", False),  # round 36, an outcome
        ("75% or more team members are confident they have the knowledge needed", False),
        ("4 team members submitted 2 pull requests each", False),
        ("Interview 25 team members about agile adoption", False),
    ],
)
def test_the_teams_own_members_counted(text, counted):
    assert own_hiring.team_counted(text) is counted
    if counted:
        _work(text)


@pytest.mark.parametrize(
    "text",
    [
        "Have 10 members adding utility to protocol.",
        "Have 4 long-term members settled by September 2020",
        "75% or more team members are confident they have the knowledge needed",
    ],
)
def test_members_who_are_not_the_teams_build_up_stay_results(text):
    _result(text)


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("Add four new TOC contributors", True),  # round 35, an outcome
        ("Add 10 new contributors to the project", True),
        ("Add 3 new external contributors", True),
        ("Añadir 10 nuevos contribuidores", True),
        ("Adicionar 5 novos contribuidores", True),
        ("Add 500 new users", True),
        # near misses: the team's own things added, or its own team
        ("Add 3 new contributors guides", False),
        ("Add 2 new users guides", False),
        ("Add 5 new features", False),
        ("Add 20 contributors to the CODEOWNERS file", False),
        ("Add 5 new team members", False),
    ],
)
def test_new_contributors_added(text, added):
    assert (others_gathered._ADDED.search(text) is not None) is added
    (_result if added else _work)(text)


@pytest.mark.parametrize(
    ("text", "exceeded"),
    [
        ("Ultrapassar a barreira dos 2000 participantes durante um único calendário.", True),
        ("Superar 2000 participantes", True),
        ("Ultrapassar 2000 clientes", True),
        ("Surpass 500 customers", True),
        ("Exceed 2000 participants", True),
        ("Dépasser 300 participants", True),
        ("Superar la marca de 500 usuarios", True),
        # near misses: the team's own outputs exceeded
        ("Ultrapassar 20 eventos", False),
        ("Superar 50 artículos publicados", False),
        ("Exceed 30 blog posts", False),
        ("Exceed 20 workshops with 30 participants each", False),
    ],
)
def test_people_exceeded(text, exceeded):
    assert unlisted_verbs.others_won_abroad(text, None) is exceeded
    (_result if exceeded else _work)(text)


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        ("Todas las deudas pagadas antes del 31 de julio 2026", True),  # round 35
        ("Pay off $20,000 in student loan debt.", True),  # round 24
        ("All debts paid off by July 2026", True),
        ("Pagar todas las deudas antes de julio", True),
        ("Todas as dívidas quitadas até julho", True),
        ("Credit card debt paid off", True),
        ("Alle Schulden abbezahlt", True),
        ("Pay off the car loan by June", True),
        # near misses: technical debt, a plan or a tracker, invoices
        ("Pay down tech debt in the billing module", False),
        ("Reducir la deuda técnica pagada", False),
        ("Create a debt repayment plan", False),
        ("Build a tracker of debts paid", False),
        ("Todas las facturas pagadas antes del 31 de julio", False),
    ],
)
def test_debts_paid_off(text, paid):
    assert measures.debts_paid(text) is paid
    if paid:
        _result(text)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Debemos tener al menos 350 cantidad de reuniones por país para comenzar a "
            "expandirnos y hacernos conocidos, independientemente de los cierres.",
            True,
        ),  # round 36
        ("Ter eventos ocorrendo em pelo menos 6 regiões do estado.", True),  # round 36
        ("Have events in at least 6 regions", True),
        ("Tener eventos en al menos 5 ciudades", True),
        ("Tener 10 reuniones por país", True),
        ("Ter 6 eventos", True),
        ("Tener 5 talleres", True),
        ("Have 4 non Hack Night events (1 member meeting and 3 social events)", True),  # round 26
        # near misses: others had, in places or at the events
        ("Have users in at least 6 countries", False),
        ("Ter clientes em 6 estados", False),
        ("Tener 300 asistentes en nuestros eventos", False),
        ("Tener 1000 usuarios", False),
        ("Ter 1000 usuários", False),
        ("Ter mais de 1000 participantes durante o calendário.", False),  # round 36, an outcome
        ("Tener 20 clientes activos", False),
    ],
)
def test_events_had_or_spread_across_places(text, held):
    (_work if held else _result)(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Sistema de alertas notifica via 3 canais (WebSocket, Telegram, Email)", True),  # r35
        ("Relay controller funcional controlando 4+ dispositivos via MQTT", True),  # round 35
        ("Alert system notifies via 3 channels", True),
        ("Bot integra 5 APIs", True),
        ("Dashboard monitora 20 sensores", True),
        # near misses: people or outside parties reached, a load carried
        ("App notifica 500 usuarios", False),
        ("Bot atiende 300 clientes", False),
        ("Platform supports 150 concurrent users", False),
        ("Platform connects 40 companies", False),
        ("Sistema notifica 1000 usuários por dia", False),
    ],
)
def test_a_system_doing_its_work_over_its_parts(text, parts):
    if parts:
        assert made_with.system_parts(text)
        _work(text)
    else:
        _result(text)


@pytest.mark.parametrize(
    ("text", "aligned"),
    [
        ("Get Todd and engineering team aligned on transformation roadmap", True),  # round 36
        ("Get the leadership team aligned on the 2025 strategy", True),
        ("Get sales and marketing on the same page about pricing", True),
        ("Bring product and design aligned around the Q3 plan", True),
        # near misses: approval granted, a share of people aligned, others acting
        ("Get approval from 80% of the team", False),
        ("80% of employees aligned on the strategy", False),
        ("Get 80% of employees aligned on the strategy", False),
        ("Get 500 users to sign up", False),
    ],
)
def test_people_got_aligned(text, aligned):
    assert own_legwork.people_aligned(text) is aligned
    (_work if aligned else _result)(text)


@pytest.mark.parametrize(
    ("text", "reached"),
    [
        ("Llegar a rango Diamante en Immunotec", True),  # round 36, an outcome
        ("Chegar ao nível Diamante", True),
        ("Llegar a la categoría Oro", True),
        ("Arriver au niveau Platine", True),
        # near misses: the team's own work reached
        ("Llegar a 20 talleres", False),
        ("Chegar ao fim do curso", False),
    ],
)
def test_a_rank_reached(text, reached):
    assert unlisted_verbs.rank_reached_abroad(text, None) is reached
    (_result if reached else _work)(text)


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    assert not [name for name, p in patterns(MODULES) if nested_unbounded(p)]
    checks = [
        own_hiring.team_counted,
        measures.debts_paid,
        made_with.system_parts,
        own_legwork.people_aligned,
        lambda text: unlisted_verbs.rank_reached_abroad(text, None),
        lambda text: unlisted_verbs.others_won_abroad(text, None),
        lambda text: others_gathered._ADDED.search(text),
        lambda text: own_output._EVENTS_IN_PLACES.match(text),
        lambda text: own_output._EVENTS_AFTER_COUNT.search(text),
    ]
    work = scans(
        monkeypatch, MODULES, checks, "Have 4 core team members debts paid notifica via 3 "
    )
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small
