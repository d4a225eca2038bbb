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
