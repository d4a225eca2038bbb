"""Every write to OKR data: validated, permission-checked, transactional, recorded in history."""

from cairn.okrs.services.alignment import objective_align
from cairn.okrs.services.carry_over import objective_carry_over
from cairn.okrs.services.check_ins import (
    check_in_correct,
    check_in_from_initiatives,
    check_in_record,
    check_in_record_visible,
)
from cairn.okrs.services.cycles import (
    cycle_create,
    cycle_transition,
    key_result_grade,
    objective_retrospective,
)
from cairn.okrs.services.follows import objective_follow
from cairn.okrs.services.initiatives import (
    initiative_create,
    initiative_update,
    initiative_work_refresh,
)
from cairn.okrs.services.key_results import key_result_create, key_result_delete, key_result_update
from cairn.okrs.services.objectives import objective_create, objective_delete, objective_update
from cairn.okrs.services.reviews import objective_review_record
from cairn.okrs.services.rollup import cycle_recompute, organisation_recompute

__all__ = [
    "check_in_correct",
    "check_in_from_initiatives",
    "check_in_record",
    "check_in_record_visible",
    "cycle_create",
    "cycle_recompute",
    "cycle_transition",
    "initiative_create",
    "initiative_update",
    "initiative_work_refresh",
    "key_result_create",
    "key_result_delete",
    "key_result_grade",
    "key_result_update",
    "objective_align",
    "objective_carry_over",
    "objective_create",
    "objective_delete",
    "objective_follow",
    "objective_retrospective",
    "objective_review_record",
    "objective_update",
    "organisation_recompute",
]
