"""plan_import with an origin: the record is written in the import's own transaction, the
same content again raises AlreadyImported unless forced, and a failed import records nothing.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.import_export import services, writing
from cairn.import_export.import_records import AlreadyImported, Origin, previous_import
from cairn.import_export.models import ImportRecord, ImportSource
from cairn.import_export.services import plan_import
from cairn.okrs.models import Objective
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective
from tests.factories import CycleFactory

pytestmark = pytest.mark.django_db

PLAN = Plan(
    objectives=(
        PlanObjective(
            "Delight our customers",
            key_results=(
                PlanKeyResult("Reduce churn from 6% to 3%", type="decrease", start=6, target=3),
                PlanKeyResult("Raise NPS from 30 to 50", start=30, target=50),
            ),
        ),
    )
)
ORIGIN = Origin(ImportSource.API, ("a" * 64,))


@pytest.fixture
def q4(world):
    return CycleFactory(organisation=world.organisation, name="Q4")


def write(world, cycle, **more):
    return plan_import(actor=world.admin, cycle=cycle, plan=PLAN, origin=ORIGIN, **more)


def test_a_committed_import_is_recorded_with_who_when_where_and_how_much(world, q4):
    write(world, q4)
    record = ImportRecord.objects.get()
    assert (record.organisation, record.cycle, record.imported_by) == (
        world.organisation,
        q4,
        world.admin,
    )
    assert (record.content_hash, record.source) == ("a" * 64, "api")
    assert (record.objectives, record.key_results) == (1, 2)
    assert record.imported_at is not None


def test_the_same_content_again_raises_and_writes_nothing(world, q4):
    write(world, q4)
    with pytest.raises(AlreadyImported) as raised:
        write(world, q4)
    assert raised.value.record == ImportRecord.objects.get()
    assert Objective.objects.filter(cycle=q4).count() == 1


def test_forced_it_is_written_and_recorded_again(world, q4):
    write(world, q4)
    write(world, q4, force=True)
    assert Objective.objects.filter(cycle=q4).count() == 2
    assert ImportRecord.objects.count() == 2


def test_without_an_origin_nothing_is_recorded_or_checked(world, q4):
    plan_import(actor=world.admin, cycle=q4, plan=PLAN)
    plan_import(actor=world.admin, cycle=q4, plan=PLAN)
    assert not ImportRecord.objects.exists()


def test_any_of_the_fingerprints_finds_the_earlier_import(world, q4):
    write(world, q4)
    found = previous_import(cycle=q4, fingerprints=("b" * 64, "a" * 64))
    assert found == ImportRecord.objects.get()
    assert previous_import(cycle=q4, fingerprints=("b" * 64,)) is None
    assert previous_import(cycle=q4, fingerprints=()) is None


def test_an_import_with_problems_records_nothing(world, q4):
    bad = Plan(objectives=(PlanObjective("No owner here", owner="ghost@acme.test"),))
    with pytest.raises(ValidationError):
        plan_import(actor=world.admin, cycle=q4, plan=bad, origin=ORIGIN)
    assert not ImportRecord.objects.exists()
    write(world, q4)  # not a duplicate of the failed one


def test_a_write_failing_half_way_records_nothing(world, q4, monkeypatch):
    def fail(ids):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(writing, "rollup_existing", fail)
    with pytest.raises(RuntimeError):
        write(world, q4)
    assert not ImportRecord.objects.exists()
    assert not Objective.objects.filter(cycle=q4).exists()


def test_a_record_that_cannot_be_written_undoes_the_import(world, q4, monkeypatch):
    def fail(**kwargs):
        raise RuntimeError("no room for the record")

    monkeypatch.setattr(services, "import_record_create", fail)
    with pytest.raises(RuntimeError):
        write(world, q4)
    assert not Objective.objects.filter(cycle=q4).exists()


def test_the_check_costs_one_query(world, q4):
    with CaptureQueriesContext(connection) as without:
        plan_import(actor=world.admin, cycle=q4, plan=PLAN)
    other = CycleFactory(organisation=world.organisation)
    with CaptureQueriesContext(connection) as checked:
        plan_import(actor=world.admin, cycle=other, plan=PLAN, origin=ORIGIN)
    assert len(checked.captured_queries) == len(without.captured_queries) + 2  # read, insert


def test_an_import_that_writes_nothing_records_nothing(world, q4):
    plan_import(actor=world.admin, cycle=q4, plan=Plan(), origin=ORIGIN)
    plan_import(actor=world.admin, cycle=q4, plan=Plan(), origin=ORIGIN)
    assert not ImportRecord.objects.exists()
