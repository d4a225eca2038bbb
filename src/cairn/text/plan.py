"""A cycle's OKRs as plain values (Plan), with JSON and CSV export.

A Plan is what moves between Cairn and text: `cairn.text.markdown` writes and reads it as the
canonical Markdown; the import and export commands turn it into database rows and back.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace

from cairn.text.formula_cells import neutralise_row

KR_TYPES = ("increase", "decrease", "stay_above", "stay_below", "milestone")
OBJECTIVE_KINDS = ("committed", "aspirational")
VISIBILITIES = ("public", "team", "private")
CSV_COLUMNS = (
    "id", "parent_id", "level", "title", "key", "owner", "team", "kind", "visibility",
    "weight", "aligned_to", "type", "start", "target", "current", "unit",
)  # fmt: skip
NUMBER_COLUMNS = ("weight", "start", "target", "current")  # real numbers, never neutralised
WORK_TYPES = ("epic", "story", "task", "sub-task")
WORK_STATUSES = ("todo", "in_progress", "done", "cancelled")


@dataclass(frozen=True)
class PlanWork:
    """A work item under one of its owner's initiatives: epic, story, task or sub-task.

    `initiative` is the index of the initiative in the owner's `initiatives`; `parent` the
    index of the work item it sits under in the same `work` tuple (always an earlier one), or
    None for an item directly under the initiative.
    """

    title: str
    type: str = "task"
    initiative: int = 0
    parent: int | None = None
    status: str = "todo"
    points: float | None = None


@dataclass(frozen=True)
class PlanKeyResult:
    """A key result: type, numbers, unit, weight, owner and the initiatives behind it."""

    title: str
    key: str | None = None
    type: str = "increase"
    start: float | None = None
    target: float | None = None
    current: float | None = None
    unit: str | None = None
    weight: float = 1.0
    owner: str | None = None
    initiatives: tuple[str, ...] = ()
    work: tuple[PlanWork, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "initiatives", tuple(self.initiatives))
        object.__setattr__(self, "work", _work(self.work))


@dataclass(frozen=True)
class PlanObjective:
    """An objective with its owner, team, kind, visibility, weight, alignment and key results.

    `aligned_to` is the key of the parent objective or key result (it may live in another plan).
    """

    title: str
    key: str | None = None
    owner: str | None = None
    team: str | None = None
    kind: str = "committed"
    visibility: str = "public"
    weight: float = 1.0
    aligned_to: str | None = None
    key_results: tuple[PlanKeyResult, ...] = ()
    initiatives: tuple[str, ...] = ()
    work: tuple[PlanWork, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "key_results", tuple(self.key_results))
        object.__setattr__(self, "initiatives", tuple(self.initiatives))
        object.__setattr__(self, "work", _work(self.work))


def initiative_work(work: tuple[PlanWork, ...], initiative: int) -> tuple[PlanWork, ...]:
    """Return the work items of one initiative alone: initiative 0, parents reindexed."""
    indices = [n for n, item in enumerate(work) if item.initiative == initiative]
    position: dict[int | None, int] = {old: new for new, old in enumerate(indices)}
    return tuple(
        replace(work[n], initiative=0, parent=position.get(work[n].parent)) for n in indices
    )


def _work(items) -> tuple[PlanWork, ...]:
    """Return work items as a tuple of PlanWork (as_dict's plain dicts are read back too)."""
    return tuple(w if isinstance(w, PlanWork) else PlanWork(**w) for w in items)


@dataclass(frozen=True)
class Plan:
    """The objectives of one cycle."""

    cycle: str | None = None
    objectives: tuple[PlanObjective, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "objectives", tuple(self.objectives))

    def as_dict(self) -> dict:
        """Return the plan as JSON-serialisable data."""
        data = asdict(self)
        for objective in data["objectives"]:
            objective["initiatives"] = list(objective["initiatives"])
            objective["work"] = list(objective["work"])
            objective["key_results"] = list(objective["key_results"])
            for kr in objective["key_results"]:
                kr["initiatives"] = list(kr["initiatives"])
                kr["work"] = list(kr["work"])
        data["objectives"] = list(data["objectives"])
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Plan:
        """Return the plan stored by as_dict (KeyError/TypeError on malformed data)."""
        objectives = [
            PlanObjective(
                **{k: v for k, v in o.items() if k != "key_results"},
                key_results=tuple(PlanKeyResult(**kr) for kr in o.get("key_results", ())),
            )
            for o in data.get("objectives", ())
        ]
        return cls(cycle=data.get("cycle"), objectives=tuple(objectives))

    def with_keys(self) -> Plan:
        """Return the plan with a unique key on every objective and key result."""
        taken = {o.key for o in self.objectives if o.key}
        taken |= {kr.key for o in self.objectives for kr in o.key_results if kr.key}
        objectives = []
        for objective in self.objectives:
            key = objective.key or _unique(slugify(objective.title) or "objective", taken)
            krs = []
            for n, kr in enumerate(objective.key_results, start=1):
                krs.append(kr if kr.key else replace(kr, key=_unique(f"{key}/kr-{n}", taken)))
            objectives.append(replace(objective, key=key, key_results=tuple(krs)))
        return replace(self, objectives=tuple(objectives))

    def problems(self) -> list[str]:
        """Return what makes the plan invalid: unknown types, bad numbers, duplicate keys."""
        problems: list[str] = []
        keys: set[str] = set()
        for o in self.objectives:
            where = f"objective {o.title!r}"
            problems += _choice(where, "kind", o.kind, OBJECTIVE_KINDS)
            problems += _choice(where, "visibility", o.visibility, VISIBILITIES)
            problems += _numbers(where, weight=o.weight)
            problems += _duplicate(where, o.key, keys)
            problems += _work_problems(o.initiatives, o.work)
            for kr in o.key_results:
                where = f"key result {kr.title!r}"
                problems += _choice(where, "type", kr.type, KR_TYPES)
                problems += _numbers(where, **{n: getattr(kr, n) for n in _KR_NUMBERS})
                problems += _duplicate(where, kr.key, keys)
                problems += _work_problems(kr.initiatives, kr.work)
        return problems


def _work_problems(initiatives: tuple[str, ...], work: tuple[PlanWork, ...]) -> list[str]:
    """Return what is wrong with work items: type, status, points, initiative and parent."""
    problems: list[str] = []
    for n, item in enumerate(work):
        where = f"work item {item.title!r}"
        if not item.title.strip():
            problems.append("a work item needs a title")
        problems += _choice(where, "type", item.type, WORK_TYPES)
        problems += _choice(where, "status", item.status, WORK_STATUSES)
        problems += _numbers(where, points=item.points)
        if item.points is not None and item.points < 0:
            problems.append(f"{where}: points cannot be negative")
        if not (isinstance(item.initiative, int) and 0 <= item.initiative < len(initiatives)):
            problems.append(f"{where}: it must sit under one of the initiatives")
        elif item.parent is not None and not (
            isinstance(item.parent, int)
            and 0 <= item.parent < n
            and work[item.parent].initiative == item.initiative
        ):
            problems.append(f"{where}: its parent must be an earlier item of the same initiative")
    return problems


_KR_NUMBERS = ("start", "target", "current", "weight")


def _choice(where: str, name: str, value: str, allowed: tuple[str, ...]) -> list[str]:
    if value in allowed:
        return []
    return [f"{where}: {name} must be one of {', '.join(allowed)}, not {value!r}"]


def _numbers(where: str, **values: float | None) -> list[str]:
    return [
        f"{where}: {name} must be a finite number"
        for name, value in values.items()
        if value is not None and not (isinstance(value, int | float) and math.isfinite(value))
    ]


def _duplicate(where: str, key: str | None, keys: set[str]) -> list[str]:
    if key is None:
        return []
    if key in keys:
        return [f"{where}: key {key!r} is used twice"]
    keys.add(key)
    return []


def slugify(text: str, limit: int = 48) -> str:
    """Return a lower-case ASCII slug: "Make onboarding effortless!" → make-onboarding-effortless."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def _unique(candidate: str, taken: set[str]) -> str:
    """Return candidate, or candidate-2, -3 … when taken; records the result as taken."""
    key, n = candidate, 2
    while key in taken:
        key, n = f"{candidate}-{n}", n + 1
    taken.add(key)
    return key


def export_json(plan: Plan) -> str:
    """Return the plan as indented JSON text."""
    return json.dumps(plan.with_keys().as_dict(), indent=2, ensure_ascii=False) + "\n"


def export_csv(plan: Plan) -> str:
    """Return the plan as CSV: one row per objective, key result and initiative.

    Rows are linked by `id` and `parent_id` (objectives "O1", key results "O1.K1",
    initiatives "O1.K1.I1" or "O1.I1"); see docs/plaintext.md for the columns. Text that a
    spreadsheet would run as a formula ("=…", "-20% churn") gets a leading "'" (formula_cells).
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in csv_rows(plan.with_keys()):
        writer.writerow(neutralise_row(row, NUMBER_COLUMNS))
    return out.getvalue()


def csv_rows(plan: Plan) -> list[dict[str, object]]:
    """Return the CSV rows of a plan as dicts keyed by CSV_COLUMNS."""
    rows: list[dict[str, object]] = []
    for i, o in enumerate(plan.objectives, start=1):
        oid = f"O{i}"
        rows.append(_row(oid, "", "objective", o.title, key=o.key, owner=o.owner, team=o.team,
                         kind=o.kind, visibility=o.visibility, weight=_text(o.weight),
                         aligned_to=o.aligned_to))  # fmt: skip
        rows += _initiative_rows(oid, o.initiatives)
        for j, kr in enumerate(o.key_results, start=1):
            kid = f"{oid}.K{j}"
            numbers = {n: _text(getattr(kr, n)) for n in _KR_NUMBERS}
            rows.append(_row(kid, oid, "key_result", kr.title, key=kr.key, owner=kr.owner,
                             type=kr.type, unit=kr.unit, **numbers))  # fmt: skip
            rows += _initiative_rows(kid, kr.initiatives)
    return rows


def _initiative_rows(parent: str, titles: tuple[str, ...]) -> list[dict[str, object]]:
    return [
        _row(f"{parent}.I{n}", parent, "initiative", title)
        for n, title in enumerate(titles, start=1)
    ]


def _row(row_id: str, parent: str, level: str, title: str, **values: object) -> dict:
    row: dict[str, object] = dict.fromkeys(CSV_COLUMNS, "")
    row.update(id=row_id, parent_id=parent, level=level, title=title)
    row.update({k: "" if v is None else v for k, v in values.items()})
    return row


def _text(value: float | None) -> str:
    """Return a number as the shortest text that reads back exactly ("40000", "2.5")."""
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


format_number = _text
