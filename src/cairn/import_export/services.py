"""Plain-text plans into a cycle (plan_import) and a cycle back into a plan (cycle_plan).

plan_import checks the whole plan first, in Python, with the okrs services' own rules (their
`_clean` validators and the same Access checks, in the same order, with the same messages);
then, when nothing is wrong, it writes in batches inside one transaction: objectives, key
results with their progress, a check-in for every current value, initiatives and their links,
the change history the services record, the alignment, and one roll-up of the objectives
above. A plan with any problem writes nothing; every problem is reported with its source
line. The events the services send after a commit are sent for the same rows by the worker
(cairn.import_export.tasks), so an import does not wait for one webhook look-up per row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cairn import engine
from cairn.import_export import selectors
from cairn.import_export.import_records import (
    AlreadyImported,
    Origin,
    import_record_create,
    previous_import,
)
from cairn.import_export.planned import (
    NewInitiative,
    NewKeyResult,
    NewObjective,
    Parent,
    is_key_result,
)
from cairn.import_export.work import WORK_TITLE_LENGTH
from cairn.import_export.writing import PlanWriter
from cairn.okrs.models import (
    CheckIn,
    Cycle,
    KeyResult,
    KeyResultKind,
    Objective,
)
from cairn.okrs.permissions import Access, require
from cairn.okrs.services import check_ins as check_in_rules
from cairn.okrs.services import initiatives as initiative_rules
from cairn.okrs.services import key_results as key_result_rules
from cairn.okrs.services import objectives as objective_rules
from cairn.okrs.services.common import cycle_open, same_organisation
from cairn.okrs.services.rollup import lock_organisation
from cairn.organisations.models import Organisation, Person, Team
from cairn.text.document import ParsedDocument
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective, initiative_work

# (objective line, [key result lines]) per objective, in plan order.
PlanLines = Sequence[tuple[int, Sequence[int]]]
_MEASURED = {"increase", "decrease", "stay_above", "stay_below"}


@dataclass
class ImportResult:
    """What an import wrote: the objectives, counts, and key results made milestones."""

    objective_ids: list[int] = field(default_factory=list)
    key_results: int = 0
    initiatives: int = 0
    work_items: int = 0
    aligned: int = 0
    milestones: list[str] = field(default_factory=list)

    @property
    def objectives(self) -> list[Objective]:
        """Return the objectives written, in plan order (one query)."""
        return list(Objective.objects.filter(pk__in=self.objective_ids).order_by("position"))

    def counts(self) -> dict[str, int]:
        """Return the number of rows written per kind."""
        return {
            "objectives": len(self.objective_ids),
            "key_results": self.key_results,
            "initiatives": self.initiatives,
            "work_items": self.work_items,
            "aligned": self.aligned,
            "milestones": len(self.milestones),
        }


def document_lines(document: ParsedDocument) -> list[tuple[int, list[int]]]:
    """Return the source lines of a parsed document's objectives and key results."""
    return [(o.line, [kr.line for kr in o.key_results]) for o in document.objectives]


@dataclass(frozen=True, slots=True)
class _About:
    """What a problem is about: an objective, key result or initiative, and its place.

    Messages are only formatted (and translated) for the few rows that have a problem.
    """

    kind: str  # "objective", "key result" or "initiative"
    title: str
    o: int  # the objective's index in the plan
    kr: int | None = None  # the key result's index in the objective


def _require(allowed: bool, message: Callable[[], str]) -> None:
    """Raise PermissionDenied as Access's require does; the message is made only when needed."""
    if not allowed:
        require(False, message())


class _Importer:
    """Checks a plan as writing it row by row through the services would, then writes it.

    Every check that would read a row written earlier in the same import (positions, loops
    in the alignment) is done on the rows held in memory.
    """

    def __init__(self, actor: Person, cycle: Cycle, plan: Plan, lines: PlanLines | None) -> None:
        # Keys only name what an objective aligns to: a plan without alignment needs none
        # (Plan.problems reports the same duplicate keys with or without the generated ones).
        self.aligning = any(o.aligned_to for o in plan.objectives)
        self.actor, self.cycle = actor, cycle
        self.plan = plan.with_keys() if self.aligning else plan
        self.organisation = actor.organisation
        self.access = Access(actor)
        self.lines = lines
        self.problems: list[str] = []
        self.result = ImportResult()
        self.rows: list[NewObjective] = []
        self.keys: dict[str, NewObjective | NewKeyResult] = {}
        self.above: dict[int, Parent] = {}  # id() of a new objective → the objective above it
        people = Person.objects.filter(
            organisation=self.organisation, user__email__in=_emails(self.plan)
        )
        self.people = {
            p.user.email.lower(): p
            for p in people.select_related("user").only(
                "id", "organisation_id", "is_active", "user__email"
            )
        }
        self.teams: dict[str, list[Team]] = defaultdict(list)
        for team in Team.objects.filter(organisation=self.organisation):
            self.teams[team.name].append(team)

    def where(self, o: int, kr: int | None = None) -> str:
        """Return "line N: " for an objective (or its key result), or "" without lines."""
        if self.lines is None or o >= len(self.lines):
            return ""
        line, kr_lines = self.lines[o]
        if kr is not None and kr < len(kr_lines):
            line = kr_lines[kr]
        return _("line %(line)d: ") % {"line": line}

    def problem(self, about: _About, message: str) -> None:
        """Record a problem: "line N: key result 'X': message"."""
        subjects = {
            "objective": _("objective %(title)r"),
            "key result": _("key result %(title)r"),
            "initiative": _("initiative %(title)r"),
        }
        subject = subjects[about.kind] % {"title": about.title}
        self.problems.append(f"{self.where(about.o, about.kr)}{subject}: {message}")

    def attempt(self, about: _About, check: Callable, /, *args):
        """Return check(*args), or None after recording its problem."""
        try:
            return check(*args)
        except ValidationError as error:
            self.problem(about, " ".join(error.messages))
        except PermissionDenied as error:
            self.problem(about, str(error) or _("not allowed"))
        return None

    def person(self, about: _About, email: str | None) -> Person | None:
        """Return the person with this email (the actor when None); record a problem if unknown."""
        if not email:
            return self.actor
        person = self.people.get(email.lower())
        if person is None:
            self.problem(about, _("no one with the email %(email)s here") % {"email": email})
        return person

    def check(self) -> None:
        """Check every objective with its key results, then initiatives and alignment."""
        self.problems += self.plan.problems()
        rows = [self.objective(i, o) for i, o in enumerate(self.plan.objectives)]
        for i, (plan_objective, row) in enumerate(zip(self.plan.objectives, rows, strict=True)):
            if row is not None:
                self.align(i, plan_objective, row)
        self.rows = [row for row in rows if row is not None]

    # Objectives ---------------------------------------------------------------------------

    def objective(self, i: int, o: PlanObjective) -> NewObjective | None:
        """Return the objective to write with its key results, or None on a problem."""
        about = _About("objective", o.title, i)
        owner = self.person(about, o.owner)
        team = None
        if o.team:
            named = self.teams.get(o.team, [])
            team = named[0] if len(named) == 1 else None
            if not named:
                self.problem(about, _("no team named %(team)s") % {"team": o.team})
            elif team is None:  # names are not unique (slugs are): never guess
                message = _("%(count)d teams are named %(team)s; rename one to import into it")
                self.problem(about, message % {"count": len(named), "team": o.team})
        objective = None
        if owner is not None and (team is not None or not o.team):
            objective = self.attempt(about, self.new_objective, o, owner, team)
        if objective is None:
            for n, kr in enumerate(o.key_results):
                self.check_key_result(i, n, kr)
            return None
        if self.aligning:
            self.keys[o.key] = objective
        for n, kr in enumerate(o.key_results):
            objective.key_results.append(self.key_result(i, n, objective, kr))
        self.initiatives(i, o, objective)
        return objective

    def new_objective(self, o: PlanObjective, owner: Person, team: Team | None) -> NewObjective:
        """Return the objective objective_create would save (its permission and _clean)."""
        _require(
            self.access.can_create_objective(team_id=team.pk if team else None, owner=owner),
            lambda: (
                _("You cannot create objectives for this team.")
                if team
                else _("Only admins create company-level objectives.")
            ),
        )
        objective = NewObjective(
            self.organisation, self.cycle, o.title, owner, team, o.kind, o.visibility, o.weight
        )
        objective_rules._clean(objective)
        return objective

    # Key results and check-ins ------------------------------------------------------------

    def measure(self, kr: PlanKeyResult) -> dict:
        """Return the kind, start and target to create; unmeasurable ones become milestones."""
        if kr.type in ("increase", "decrease") and None not in (kr.start, kr.target):
            return {"kind": KeyResultKind.METRIC, "start": kr.start, "target": kr.target}
        if kr.type in ("stay_above", "stay_below") and kr.target is not None:
            return {"kind": kr.type, "start": None, "target": kr.target}
        if kr.type in _MEASURED:
            self.result.milestones.append(kr.title)
        return {"kind": KeyResultKind.MILESTONE, "start": kr.start, "target": kr.target}

    def check_key_result(self, i: int, n: int, kr: PlanKeyResult) -> None:
        """Record the problems of a key result whose objective could not be created."""
        about = _About("key result", kr.title, i, n)
        self.person(about, kr.owner)
        measure = self.measure(kr)
        try:
            engine.validate_key_result(
                kind=measure["kind"], start=measure["start"], target=measure["target"]
            )
        except engine.InvalidKeyResult as error:
            self.problem(about, error.message)

    def key_result(
        self, i: int, n: int, objective: NewObjective, kr: PlanKeyResult
    ) -> NewKeyResult | None:
        """Return the key result to write (its current value as a check-in), or None."""
        about = _About("key result", kr.title, i, n)
        owner = self.person(about, kr.owner)
        if owner is None:
            return None
        measure = self.measure(kr)
        created = self.attempt(about, self.new_key_result, objective, kr, owner, measure)
        if created is None:
            return None
        if self.aligning:
            self.keys[kr.key] = created
        if kr.current is not None and kr.current != created.current:
            created.check_in = self.attempt(about, self.new_check_in, created, kr.current)
        return created

    def new_key_result(
        self, objective: NewObjective, kr: PlanKeyResult, owner: Person, measure: dict
    ) -> NewKeyResult:
        """Return the key result key_result_create would save (its permission and _clean)."""
        _require(
            self.access.can_edit_objective(objective), lambda: _("You cannot edit this objective.")
        )
        key_result_rules._editable(objective)
        key_result = NewKeyResult(
            objective.organisation_id, objective, kr.title, measure["kind"], measure["start"],
            measure["target"], kr.unit or "", kr.weight, owner or objective.owner or self.actor,
            position=sum(1 for made in objective.key_results if made),
        )  # fmt: skip
        key_result_rules._clean(key_result)
        return key_result

    def new_check_in(self, key_result: NewKeyResult, value: float) -> CheckIn:
        """Return the check-in check_in_record would save for an imported current value."""
        _require(
            self.access.can_check_in(key_result),
            lambda: _("You cannot check in on this key result."),
        )
        cycle_open(self.cycle)
        reading, done = check_in_rules._reading(key_result.kind, value, None)
        return CheckIn(value=reading, done=done, confidence=key_result.confidence)

    # Initiatives --------------------------------------------------------------------------

    def initiatives(self, i: int, o: PlanObjective, objective: NewObjective) -> None:
        """Check the initiatives of an objective and of each of its key results."""
        krs = objective.key_results
        made = [kr for kr in krs if kr is not None]
        groups = [(None, o.initiatives, o.work, made)]
        groups += [
            (n, kr.initiatives, kr.work, [krs[n]] if krs[n] else [])
            for n, kr in enumerate(o.key_results)
        ]
        for n, titles, work, linked in groups:
            for index, title in enumerate(titles):
                about = _About("initiative", title, i, n)
                if not linked:
                    if len(made) == len(krs):
                        self.problem(about, _("an initiative needs a key result"))
                    continue
                initiative = self.attempt(about, self.new_initiative, title, linked)
                if initiative is not None:
                    initiative.work = initiative_work(work, index)
                    for item in initiative.work:
                        if len(item.title) > WORK_TITLE_LENGTH:
                            self.problem(
                                about,
                                _("work item %(title)r is longer than %(limit)d characters")
                                % {"title": item.title[:40], "limit": WORK_TITLE_LENGTH},
                            )
                    objective.initiatives.append((initiative, linked))

    def new_initiative(self, title: str, key_results: list[NewKeyResult]) -> NewInitiative:
        """Return the initiative initiative_create would save, after its link checks."""
        _require(self.access.can_write, lambda: _("Viewers cannot add initiatives."))
        initiative = NewInitiative(self.organisation, title, self.actor)
        initiative_rules._clean(initiative)
        for kr in key_results:
            same_organisation("key_results", kr, self.organisation)
            _require(
                self.access.can_check_in(kr),
                lambda: _("You cannot link initiatives to this key result."),
            )
        return initiative

    # Alignment ----------------------------------------------------------------------------

    def align(self, i: int, o: PlanObjective, objective: NewObjective) -> None:
        """Check the alignment to the objective or key result the plan key names."""
        if not o.aligned_to:
            return
        about = _About("objective", o.title, i)
        parent = self.keys.get(o.aligned_to) or self.existing().get(o.aligned_to)
        if parent is None:
            self.problem(about, _("nothing has the key %(key)s") % {"key": o.aligned_to})
            return
        if self.attempt(about, self.new_alignment, objective, parent):
            objective.parent = parent

    def new_alignment(self, objective: NewObjective, parent: Parent) -> bool:
        """Check what objective_align checks; remember the objective above for later checks."""
        _require(
            self.access.can_edit_objective(objective), lambda: _("You cannot edit this objective.")
        )
        name, above = "parent_objective", parent
        if is_key_result(parent):
            name, above = "parent_key_result", parent.objective
            same_organisation(name, parent, self.organisation)
        same_organisation(name, above, self.organisation)
        if not above.cycle.encloses(objective.cycle):
            message = _("The parent's cycle must be the same as, or enclose, this objective's.")
            raise ValidationError({name: message})
        if self._would_loop(objective, above):
            raise ValidationError({name: _("That alignment would make a loop.")})
        self.above[id(objective)] = above
        return True

    def _would_loop(self, child: NewObjective, parent: Parent) -> bool:
        """Return True when `child` is `parent` or lies above it.

        Rows already in the database are never above a new objective, so only alignments
        checked earlier in this import can close a loop.
        """
        seen: set[int] = set()
        current: Parent | None = parent
        while current is not None and id(current) not in seen:
            if current is child:
                return True
            seen.add(id(current))
            current = self.above.get(id(current))
        return False

    def existing(self) -> dict[str, Objective | KeyResult]:
        """Return the keys of the organisation's objectives and key results written earlier."""
        if not hasattr(self, "_existing"):
            cycles = Cycle.objects.filter(organisation_id=self.organisation.pk)
            self._existing = selectors.keyed_rows(cycles.values_list("id", flat=True))
            by_id = cycles.in_bulk()
            for row in self._existing.values():
                objective = row.objective if isinstance(row, KeyResult) else row
                objective.cycle = by_id[objective.cycle_id]  # one query, not one per parent
        return self._existing

    def write(self) -> None:
        """Write every checked row (see writing.PlanWriter) and record the counts."""
        PlanWriter(self.actor, self.cycle, self.rows, self.result).write()


def _emails(plan: Plan) -> set[str]:
    """Return every owner email the plan names, in its stated and lower-case forms."""
    emails = {o.owner for o in plan.objectives if o.owner}
    emails |= {kr.owner for o in plan.objectives for kr in o.key_results if kr.owner}
    return emails | {e.lower() for e in emails}


def plan_import(
    *,
    actor: Person,
    cycle: Cycle,
    plan: Plan,
    lines: PlanLines | None = None,
    origin: Origin | None = None,
    force: bool = False,
) -> ImportResult:
    """Write the plan into the cycle and return what was written; all or nothing.

    Raises ValidationError listing every problem ("line 12: key result 'X': …") when any
    part cannot be written; `lines` (see document_lines) gives the source line numbers.
    With an `origin` the import is recorded, and AlreadyImported is raised when its content
    was imported into the cycle before, unless `force`.
    """
    if cycle.organisation_id != actor.organisation_id:
        raise PermissionDenied(_("This cycle belongs to another organisation."))
    with transaction.atomic():
        # Held from the checks to the commit, as the services hold it from their first write:
        # what the checks read (positions, parents to roll up) stays as read.
        lock_organisation(actor.organisation_id)
        if origin is not None and plan.objectives and not force:
            previous = previous_import(cycle=cycle, fingerprints=origin.fingerprints)
            if previous is not None:
                raise AlreadyImported(previous)
        importer = _Importer(actor, cycle, plan, lines)
        importer.check()
        if importer.problems:
            raise ValidationError(importer.problems)
        importer.write()
        if origin is not None and importer.result.objective_ids:  # nothing written: no record
            counts = importer.result.counts()
            import_record_create(
                actor=actor,
                cycle=cycle,
                origin=origin,
                objectives=counts["objectives"],
                key_results=counts["key_results"],
            )
    return importer.result


def cycle_plan(*, person: Person, cycle: Cycle) -> Plan:
    """Return the cycle's objectives the person may see as a Plan, keys included."""
    return selectors.cycle_plan(Access(person), cycle)


def export_filename(organisation: Organisation, cycle: Cycle, fmt: str) -> str:
    """Return "<organisation>-<cycle>.<fmt>", e.g. lumen-2026-q4.md."""
    name = slugify(cycle.name) or f"cycle-{cycle.pk}"
    return f"{organisation.slug}-{name}.{fmt}"
