"""Concurrent check-ins on sibling key results lose nothing and roll up consistently."""

from __future__ import annotations

import threading

import pytest
from django.db import close_old_connections, connection

from cairn.okrs.models import CheckIn, KeyResult, Objective
from cairn.okrs.services import check_in_record, cycle_recompute, key_result_create

THREADS = 4
ROUNDS = 5


@pytest.mark.django_db(transaction=True)
def test_parallel_check_ins_keep_stored_progress_exact(world):
    krs = [
        key_result_create(
            actor=world.member, objective=world.objective, title=f"KR {i}", start=0, target=100
        )
        for i in range(THREADS)
    ]
    errors: list[BaseException] = []

    def worker(kr: KeyResult) -> None:
        try:
            for value in range(1, ROUNDS + 1):
                check_in_record(key_result=kr, author=world.member, value=value * 20)
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker, args=(kr,)) for kr in krs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert CheckIn.objects.count() == THREADS * ROUNDS
    stored = Objective.objects.get(pk=world.objective.pk).progress
    assert stored == pytest.approx(1.0)
    assert cycle_recompute(cycle=world.cycle) == 0


def _tree(world):
    """Return key results in two trees: company ← team A ← A1, A2; company ← B ← B1; and C apart."""
    from cairn.okrs.services import objective_align
    from tests.factories import ObjectiveFactory

    def objective(title, parent=None):
        made = ObjectiveFactory(cycle=world.cycle, owner=world.admin, title=title)
        if parent is not None:
            objective_align(objective=made, actor=world.admin, parent_objective=parent)
        return made

    company = objective("Company")
    team_a, team_b = objective("Team A", company), objective("Team B", company)
    leaves = [objective("A1", team_a), objective("A2", team_a), objective("B1", team_b)]
    apart = objective("Apart")
    krs = {}
    for o in [*leaves, apart]:
        krs[o.title] = key_result_create(
            actor=world.admin, objective=o, title=f"{o.title} KR", start=0, target=100
        )
    return krs


@pytest.mark.django_db(transaction=True)
def test_writes_spread_over_the_tree_and_piled_on_one_key_result_stay_exact(world):
    from cairn.okrs.services import objective_update

    krs = _tree(world)
    errors: list[BaseException] = []
    targets = [krs["A1"], krs["A1"], krs["A2"], krs["B1"], krs["Apart"], krs["A1"]]

    def worker(n: int, kr: KeyResult) -> None:
        try:
            for value in range(1, ROUNDS + 1):
                check_in_record(key_result=kr, author=world.admin, value=(value * 17 + n) % 101)
            objective_update(objective=kr.objective, actor=world.admin, weight=1 + n % 3)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=pair) for pair in enumerate(targets)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors  # no deadlock, no lost update
    assert CheckIn.objects.count() == len(targets) * ROUNDS
    assert cycle_recompute(cycle=world.cycle) == 0  # stored progress was already exact


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite has one writer at a time by design"
)
@pytest.mark.django_db(transaction=True)
def test_a_check_in_waits_only_for_writes_on_its_own_chain(world):
    """While one check-in on A1 is held open before commit, check-ins on A1 itself, on A2 (the
    same team objective) and on B1 (the same company objective) wait for it; Apart, in
    another tree, goes ahead. A lock timeout proves which is which."""
    from django.db import OperationalError, transaction

    krs = _tree(world)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                check_in_record(key_result=krs["A1"], author=world.admin, value=10)
                holding.set()
                release.wait(30)
        finally:
            connection.close()

    outcome: dict[str, str] = {}

    def attempt(name: str) -> None:
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL lock_timeout = '1s'")
                check_in_record(key_result=krs[name], author=world.admin, value=20)
            outcome[name] = "written"
        except OperationalError:
            outcome[name] = "waited"
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(30)
    for name in ("B1", "Apart", "A2", "A1"):
        thread = threading.Thread(target=attempt, args=(name,))
        thread.start()
        thread.join(30)
    release.set()
    holder.join(30)
    assert outcome == {"B1": "waited", "Apart": "written", "A2": "waited", "A1": "waited"}


@pytest.mark.django_db(transaction=True)
def test_a_check_in_waits_for_an_organisation_wide_write(world):
    """While a write holds the organisation's lock (a recompute, an alignment change), a
    check-in waits for it: its one statement takes that lock before the key result's row."""
    from django.db import OperationalError, transaction

    from cairn.okrs.services.rollup import lock_organisation

    if connection.vendor != "postgresql":
        pytest.skip("SQLite has one writer at a time: there is no lock to wait for")
    kr = _tree(world)["Apart"]
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                lock_organisation(world.organisation.pk)
                holding.set()
                release.wait(30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(30)
    try:
        with pytest.raises(OperationalError, match="lock timeout"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '1s'")
            check_in_record(key_result=kr, author=world.admin, value=20)
    finally:
        release.set()
        holder.join(30)
    check_in_record(key_result=kr, author=world.admin, value=30)
    kr.refresh_from_db()
    assert kr.current == 30 and CheckIn.objects.filter(key_result=kr).count() == 1
