"""Writing a checked plan: the second half of plan_import (services.py checks, this writes).

Everything is written in batches inside the caller's transaction: objectives, key results with
their progress, a check-in for every current value, initiatives and their links, the change
history the services record, the alignment, and one roll-up of the objectives above. The
events the services send after a commit are queued for the worker (tasks.announce_import).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from django.utils import timezone

from cairn import engine, tasks
from cairn.execution.models import WorkItem
from cairn.import_export import planned
from cairn.import_export.planned import NewKeyResult, NewObjective, is_key_result
from cairn.import_export.rollup import rollup_existing
from cairn.import_export.tasks import announce_import
from cairn.import_export.work import work_insert
from cairn.lib import bulk
from cairn.okrs import measures
from cairn.okrs.models import Change, CheckIn, Cycle, Initiative, KeyResult, Objective
from cairn.organisations.models import Person

if TYPE_CHECKING:
    from cairn.import_export.services import ImportResult

ANALYZE_AFTER = 2_000  # key results written by one import before the statistics are refreshed


class PlanWriter:
    """Writes the objectives an importer checked (with their key results, initiatives, parents)."""

    def __init__(
        self, actor: Person, cycle: Cycle, rows: list[NewObjective], result: ImportResult
    ) -> None:
        self.actor, self.cycle, self.rows, self.result = actor, cycle, rows, result
        self.organisation = actor.organisation

    def write(self) -> None:
        """Write every checked row in batches, roll progress up once, queue the events."""
        now = timezone.now()
        first = Objective.objects.filter(cycle=self.cycle).count()
        for position, objective in enumerate(self.rows, start=first):
            objective.position = position
        key_results = [kr for o in self.rows for kr in o.key_results if kr is not None]
        for kr in key_results:
            self._measure(kr, now)
        _progress(self.rows)
        self._insert(key_results, now)
        self._align()
        self._history(now)
        parents = {o.parent.pk for o in self.rows if isinstance(o.parent, Objective)}
        rollup_existing(parents)
        if len(key_results) >= ANALYZE_AFTER:  # a bulk import: let the planner see the rows
            bulk.analyze(Objective, KeyResult, CheckIn, Initiative, WorkItem)
        self.result.objective_ids = [o.pk for o in self.rows]
        self.result.key_results = len(key_results)
        check_ins = [kr for kr in key_results if kr.check_in is not None]
        tasks.enqueue(
            announce_import,
            self.result.objective_ids,
            [kr.check_in.pk for kr in check_ins],
            {str(kr.pk): list(kr.pace_change) for kr in check_ins if kr.pace_change},
        )

    def _measure(self, kr: NewKeyResult, now: datetime) -> None:
        """Set the progress of a key result as key_result_create, then check_in_record leave it."""
        kr.progress = measures.raw_progress(kr)
        if kr.check_in is None:
            return
        old = str(measures.pace(kr, self.cycle, self.organisation).status)
        kr.current, kr.done = kr.check_in.value, bool(kr.check_in.done)
        kr.confidence, kr.last_check_in_at = kr.check_in.confidence, now
        kr.progress = measures.raw_progress(kr)
        kr.pace_status = str(measures.pace(kr, self.cycle, self.organisation).status)
        if kr.pace_status != old:
            kr.pace_change = (old, kr.pace_status)

    def _insert(self, key_results: list[NewKeyResult], now: datetime) -> None:
        """Insert objectives, key results, check-ins, initiatives and their links."""
        at = bulk.db_datetime(now)
        org = self.organisation.pk
        objectives = bulk.Rows(Objective, planned.OBJECTIVE_COLUMNS, now)
        ids = objectives.insert_returning_ids([planned.objective_row(o, org) for o in self.rows])
        for objective, pk in zip(self.rows, ids, strict=True):
            objective.pk = pk
        rows = bulk.Rows(KeyResult, planned.KEY_RESULT_COLUMNS, now)
        ids = rows.insert_returning_ids([planned.key_result_row(kr, org, at) for kr in key_results])
        for kr, pk in zip(key_results, ids, strict=True):
            kr.pk = pk
        check_ins = [kr for kr in key_results if kr.check_in is not None]
        check_in_rows = bulk.Rows(CheckIn, planned.CHECK_IN_COLUMNS, now)
        ids = check_in_rows.insert_returning_ids(
            [planned.check_in_row(kr, org, self.actor.pk, at) for kr in check_ins]
        )
        for kr, pk in zip(check_ins, ids, strict=True):
            kr.check_in.pk = pk
        pairs = [pair for o in self.rows for pair in o.initiatives]
        initiatives = bulk.Rows(Initiative, ("organisation_id", "title", "owner_id"), now)
        ids = initiatives.insert_returning_ids([(org, i.title, i.owner.pk) for i, _ in pairs])
        link = Initiative.key_results.through
        links = bulk.Rows(link, ("initiative_id", "keyresult_id"), now)
        links.insert([(pk, kr.pk) for pk, (_, krs) in zip(ids, pairs, strict=True) for kr in krs])
        self.result.initiatives = len(pairs)
        for (initiative, _linked), pk in zip(pairs, ids, strict=True):
            initiative.pk = pk
        self.result.work_items = work_insert([i for i, _ in pairs], org, now)

    def _align(self) -> None:
        """Store each checked alignment as objective_align does (the version moves on)."""
        rows = []
        for objective in self.rows:
            parent = objective.parent
            if parent is None:
                continue
            on_kr = is_key_result(parent)
            parents = (None, parent.pk) if on_kr else (parent.pk, None)
            rows.append((*parents, 2, objective.pk))
        columns = ("parent_objective_id", "parent_key_result_id", "version")
        bulk.update_rows(Objective, columns, rows)
        self.result.aligned = len(rows)

    def _history(self, now: datetime) -> None:
        """Write the change rows the services record: created, key result added, aligned."""
        org, actor = self.organisation.pk, self.actor.pk
        rows = []
        for o in self.rows:
            rows.append((org, o.pk, None, actor, "created", "", "", o.title))
            rows += [
                (org, o.pk, kr.pk, actor, "kr_added", "", "", kr.title)
                for kr in o.key_results
                if kr is not None
            ]
        for o in self.rows:
            if o.parent is not None:
                name = "parent_key_result" if is_key_result(o.parent) else "parent_objective"
                rows.append((org, o.pk, None, actor, "aligned", name, "", str(o.parent)))
                # The id row objective_align also writes, which "as of" rewinds (okrs.as_of).
                parent_id = str(o.parent.pk)
                rows.append((org, o.pk, None, actor, "aligned", f"{name}_id", "", parent_id))
        bulk.Rows(Change, planned.CHANGE_COLUMNS, now).insert(rows)


def _progress(rows: list[NewObjective]) -> None:
    """Set each new objective's progress from its key results and the new objectives below."""
    index = {id(o): n for n, o in enumerate(rows)}
    nodes = [
        engine.ObjectiveNode(
            id=n,
            parent_id=index.get(id(o.parent)) if isinstance(o.parent, NewObjective) else None,
            weight=o.weight,
            count_children=o.count_aligned_children,
            key_results=tuple(
                engine.Weighted(kr.weight, kr.progress) for kr in o.key_results if kr
            ),
        )
        for n, o in enumerate(rows)
    ]
    computed = engine.recompute_objectives(nodes)
    for n, o in enumerate(rows):
        o.progress = computed[n]
