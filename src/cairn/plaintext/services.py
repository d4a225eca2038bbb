"""Plain-text plans into a cycle (plan_import) and a cycle back into a plan (cycle_plan).

Every write goes through the okrs services, inside one transaction: a plan with any problem
writes nothing, and every problem is reported with its source line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn.okrs import services
from cairn.okrs.models import CheckInSource, Cycle, KeyResult, KeyResultKind, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team
from cairn.plaintext import selectors
from cairn.text.document import ParsedDocument
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective

# (objective line, [key result lines]) per objective, in plan order.
PlanLines = Sequence[tuple[int, Sequence[int]]]
_MEASURED = {"increase", "decrease", "stay_above", "stay_below"}


@dataclass
class ImportResult:
    """What an import wrote: the objectives, counts, and key results made milestones."""

    objectives: list[Objective] = field(default_factory=list)
    key_results: int = 0
    initiatives: int = 0
    aligned: int = 0
    milestones: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Return the number of rows written per kind."""
        return {
            "objectives": len(self.objectives),
            "key_results": self.key_results,
            "initiatives": self.initiatives,
            "aligned": self.aligned,
            "milestones": len(self.milestones),
        }


def document_lines(document: ParsedDocument) -> list[tuple[int, list[int]]]:
    """Return the source lines of a parsed document's objectives and key results."""
    return [(o.line, [kr.line for kr in o.key_results]) for o in document.objectives]


class _Importer:
    """Writes one plan; collects problems instead of stopping at the first."""

    def __init__(self, actor: Person, cycle: Cycle, plan: Plan, lines: PlanLines | None) -> None:
        self.actor, self.cycle, self.plan = actor, cycle, plan.with_keys()
        self.lines = lines
        self.problems: list[str] = []
        self.result = ImportResult()
        self.keys: dict[str, Objective | KeyResult] = {}
        org = actor.organisation
        emails = _emails(self.plan)
        self.people = {
            p.user.email.lower(): p
            for p in Person.objects.filter(organisation=org, user__email__in=emails)
            .select_related("user")
            .only("id", "organisation_id", "user__email")
        }
        self.teams = {t.name: t for t in Team.objects.filter(organisation=org)}

    def where(self, o: int, kr: int | None = None) -> str:
        """Return "line N: " for an objective (or its key result), or "" without lines."""
        if self.lines is None or o >= len(self.lines):
            return ""
        line, kr_lines = self.lines[o]
        if kr is not None and kr < len(kr_lines):
            line = kr_lines[kr]
        return _("line %(line)d: ") % {"line": line}

    def problem(self, prefix: str, subject: str, message: str) -> None:
        self.problems.append(f"{prefix}{subject}: {message}")

    def attempt(self, prefix: str, subject: str, call, /, **kwargs):
        """Return call(**kwargs) in a savepoint, or None after recording its problem."""
        try:
            with transaction.atomic():
                return call(**kwargs)
        except ValidationError as error:
            self.problem(prefix, subject, " ".join(error.messages))
        except PermissionDenied as error:
            self.problem(prefix, subject, str(error) or _("not allowed"))
        return None

    def person(self, prefix: str, subject: str, email: str | None) -> Person | None:
        """Return the person with this email (the actor when None); record a problem if unknown."""
        if not email:
            return self.actor
        person = self.people.get(email.lower())
        if person is None:
            self.problem(
                prefix, subject, _("no one with the email %(email)s here") % {"email": email}
            )
        return person

    def run(self) -> None:
        """Create every objective with its key results, then initiatives and alignment."""
        for problem in self.plan.problems():
            self.problems.append(problem)
        created = [self.objective(i, o) for i, o in enumerate(self.plan.objectives)]
        for i, (plan_objective, pair) in enumerate(zip(self.plan.objectives, created, strict=True)):
            if pair is not None:
                self.align(i, plan_objective, pair[0])

    def objective(self, i: int, o: PlanObjective) -> tuple[Objective, list] | None:
        """Create an objective and its key results; return them, or None on a problem."""
        prefix, subject = self.where(i), _("objective %(title)r") % {"title": o.title}
        owner = self.person(prefix, subject, o.owner)
        team = None
        if o.team:
            team = self.teams.get(o.team)
            if team is None:
                self.problem(prefix, subject, _("no team named %(team)s") % {"team": o.team})
        objective = None
        if owner is not None and (team is not None or not o.team):
            objective = self.attempt(
                prefix, subject, services.objective_create, actor=self.actor, cycle=self.cycle,
                title=o.title, owner=owner, team=team, kind=o.kind, visibility=o.visibility,
                weight=o.weight,
            )  # fmt: skip
        if objective is None:
            for n, kr in enumerate(o.key_results):
                self.check_key_result(i, n, kr)
            return None
        self.result.objectives.append(objective)
        self.keys[o.key] = objective
        krs = [self.key_result(i, n, objective, kr) for n, kr in enumerate(o.key_results)]
        self.initiatives(i, o, krs)
        return objective, krs

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
        from cairn import engine

        prefix, subject = self.where(i, n), _("key result %(title)r") % {"title": kr.title}
        self.person(prefix, subject, kr.owner)
        measure = self.measure(kr)
        try:
            engine.validate_key_result(
                kind=measure["kind"], start=measure["start"], target=measure["target"]
            )
        except engine.InvalidKeyResult as error:
            self.problem(prefix, subject, error.message)

    def key_result(self, i: int, n: int, objective: Objective, kr: PlanKeyResult):
        """Create one key result (and its current value as a check-in); return it or None."""
        prefix, subject = self.where(i, n), _("key result %(title)r") % {"title": kr.title}
        owner = self.person(prefix, subject, kr.owner)
        if owner is None:
            return None
        created = self.attempt(
            prefix, subject, services.key_result_create, actor=self.actor, objective=objective,
            title=kr.title, unit=kr.unit or "", weight=kr.weight, owner=owner, **self.measure(kr),
        )  # fmt: skip
        if created is None:
            return None
        self.result.key_results += 1
        self.keys[kr.key] = created
        if kr.current is not None and kr.current != created.current:
            self.attempt(
                prefix, subject, services.check_in_record, key_result=created, author=self.actor,
                value=kr.current, source=CheckInSource.IMPORT,
            )  # fmt: skip
        return created

    def initiatives(self, i: int, o: PlanObjective, krs: list) -> None:
        """Create the initiatives of an objective and of each of its key results."""
        made = [kr for kr in krs if kr is not None]
        groups = [(self.where(i), o.initiatives, made)]
        groups += [
            (self.where(i, n), kr.initiatives, [krs[n]] if krs[n] else [])
            for n, kr in enumerate(o.key_results)
        ]
        for prefix, titles, linked in groups:
            for title in titles:
                subject = _("initiative %(title)r") % {"title": title}
                if not linked:
                    if len(made) == len(krs):
                        self.problem(prefix, subject, _("an initiative needs a key result"))
                    continue
                if self.attempt(
                    prefix, subject, services.initiative_create, actor=self.actor,
                    key_results=linked, title=title,
                ):  # fmt: skip
                    self.result.initiatives += 1

    def align(self, i: int, o: PlanObjective, objective: Objective) -> None:
        """Align the objective to the objective or key result its plan key names."""
        if not o.aligned_to:
            return
        prefix, subject = self.where(i), _("objective %(title)r") % {"title": o.title}
        parent = self.keys.get(o.aligned_to) or self.existing().get(o.aligned_to)
        if parent is None:
            message = _("nothing has the key %(key)s") % {"key": o.aligned_to}
            self.problem(prefix, subject, message)
            return
        which = "parent_key_result" if isinstance(parent, KeyResult) else "parent_objective"
        done = self.attempt(
            prefix, subject, services.objective_align, objective=objective, actor=self.actor,
            **{which: parent},
        )  # fmt: skip
        if done:
            self.result.aligned += 1

    def existing(self) -> dict[str, Objective | KeyResult]:
        """Return the keys of the organisation's objectives and key results written earlier."""
        if not hasattr(self, "_existing"):
            new = [o.pk for o in self.result.objectives]
            cycles = Cycle.objects.filter(organisation_id=self.actor.organisation_id)
            self._existing = selectors.keyed_rows(cycles.values_list("id", flat=True), exclude=new)
        return self._existing


def _emails(plan: Plan) -> set[str]:
    """Return every owner email the plan names, in its stated and lower-case forms."""
    emails = {o.owner for o in plan.objectives if o.owner}
    emails |= {kr.owner for o in plan.objectives for kr in o.key_results if kr.owner}
    return emails | {e.lower() for e in emails}


def plan_import(
    *, actor: Person, cycle: Cycle, plan: Plan, lines: PlanLines | None = None
) -> ImportResult:
    """Write the plan into the cycle and return what was written; all or nothing.

    Raises ValidationError listing every problem ("line 12: key result 'X': …") when any
    part cannot be written; `lines` (see document_lines) gives the source line numbers.
    """
    if cycle.organisation_id != actor.organisation_id:
        raise PermissionDenied(_("This cycle belongs to another organisation."))
    with transaction.atomic():
        importer = _Importer(actor, cycle, plan, lines)
        importer.run()
        if importer.problems:
            raise ValidationError(importer.problems)
    return importer.result


def cycle_plan(*, person: Person, cycle: Cycle) -> Plan:
    """Return the cycle's objectives the person may see as a Plan, keys included."""
    return selectors.cycle_plan(Access(person), cycle)
