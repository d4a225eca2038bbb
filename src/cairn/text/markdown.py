"""The canonical Cairn Markdown: a Plan as text that reads back exactly (docs/plaintext.md).

    <!-- cairn:okrs v1 -->
    # Cycle: 2026 Q3

    ## Objective: Make onboarding effortless for small teams
    - key: make-onboarding-effortless
    - owner: ana@example.com
    ...
    ### KR: Cut time to first value from 14 days to 3 days
    - type: decrease
    - start: 14
    ...
    - initiative: Guided setup
      - story: As a new admin, I want a checklist, so I know what to do first.
        - status: in_progress
        - task: Write the checklist
          - status: done
          - points: 2

export(import(export(plan))) == export(plan) for every plan; titles and values that cannot be
written bare (leading or trailing spaces, line breaks, a leading quote) are written as JSON
strings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace

from cairn.text.plan import WORK_TYPES, Plan, PlanKeyResult, PlanObjective, PlanWork, format_number

MARKER = "<!-- cairn:okrs v1 -->"
_HEADING = re.compile(r"^(#{1,3}) (Cycle|Objective|KR): ?(.*)$")
_FIELD = re.compile(r"^- ([a-z-]+): ?(.*)$")
OBJECTIVE_FIELDS = ("key", "owner", "team", "kind", "visibility", "weight", "aligned-to")
KR_FIELDS = ("key", "type", "start", "target", "current", "unit", "weight", "owner")
_NUMBER_FIELDS = ("weight", "start", "target", "current")
_LEVELS = {"Cycle": "#", "Objective": "##", "KR": "###"}
_NESTED = re.compile(r"^((?:  )+)- ([a-z-]+): ?(.*)$")  # work items and their fields
WORK_FIELDS = ("status", "points")


class PlanFormatError(ValueError):
    """Canonical Markdown that cannot be read; `problems` holds (line, message) pairs."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(f"line {line}: {message}" for line, message in problems))
        self.problems = problems


@dataclass
class MarkdownRead:
    """What reading canonical Markdown gave: the plan, problems, and source line numbers."""

    plan: Plan
    problems: list[tuple[int, str]] = field(default_factory=list)
    objective_lines: list[int] = field(default_factory=list)
    key_result_lines: list[list[int]] = field(default_factory=list)


def looks_canonical(text: str) -> bool:
    """Return True when text is canonical Cairn Markdown (marker, or its heading structure)."""
    if MARKER in text[:500]:
        return True
    has_objective = re.search(r"^## Objective: ", text, re.MULTILINE)
    return bool(has_objective and re.search(r"^- (?:key|type|weight): ", text, re.MULTILINE))


def export_markdown(plan: Plan) -> str:
    """Return the canonical Markdown of a plan (keys are filled in where missing)."""
    lines = [MARKER]
    if plan.cycle is not None:
        lines += [f"# Cycle: {encode(plan.cycle)}"]
    for objective in plan.with_keys().objectives:
        lines += ["", f"## Objective: {encode(objective.title)}"]
        lines += _fields(objective, OBJECTIVE_FIELDS)
        lines += _initiatives(objective.initiatives, objective.work)
        for kr in objective.key_results:
            lines += ["", f"### KR: {encode(kr.title)}"]
            lines += _fields(kr, KR_FIELDS)
            lines += _initiatives(kr.initiatives, kr.work)
    return "\n".join(lines) + "\n"


def _initiatives(titles: tuple[str, ...], work: tuple[PlanWork, ...]) -> list[str]:
    """Return the initiative lines, each followed by its work items nested by two spaces."""
    children: dict[tuple[int, int | None], list[int]] = {}
    for n, item in enumerate(work):
        children.setdefault((item.initiative, item.parent), []).append(n)
    lines: list[str] = []

    def write(index: int, depth: int) -> None:
        item, indent = work[index], "  " * depth
        lines.append(f"{indent}- {item.type}: {encode(item.title)}")
        if item.status != "todo":
            lines.append(f"{indent}  - status: {item.status}")
        if item.points is not None:
            lines.append(f"{indent}  - points: {format_number(item.points)}")
        for child in children.get((item.initiative, index), ()):
            write(child, depth + 1)

    for i, title in enumerate(titles):
        lines.append(f"- initiative: {encode(title)}")
        for index in children.get((i, None), ()):
            write(index, 1)
    return lines


def _fields(item: PlanObjective | PlanKeyResult, names: tuple[str, ...]) -> list[str]:
    """Return the "- name: value" lines of the fields that are set."""
    lines = []
    for name in names:
        value = getattr(item, name.replace("-", "_"))
        if value is None:
            continue
        text = format_number(value) if name in _NUMBER_FIELDS else encode(value)
        lines.append(f"- {name}: {text}")
    return lines


def encode(value: str) -> str:
    """Return value bare when it reads back unchanged, else as a JSON string."""
    safe = (
        value
        and value == value.strip()
        and not value.startswith('"')
        and not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in value)
    )
    return value if safe else json.dumps(value, ensure_ascii=False)


def decode(text: str) -> str:
    """Return the value written by encode (ValueError for a broken JSON string)."""
    if not text.startswith('"'):
        return text
    value = json.loads(text)
    if not isinstance(value, str):
        raise ValueError("a quoted value must be a JSON string")
    return value


def import_markdown(text: str) -> Plan:
    """Return the plan written in canonical Markdown, or raise PlanFormatError."""
    read = read_markdown(text)
    if read.problems:
        raise PlanFormatError(read.problems)
    return read.plan


def read_markdown(text: str) -> MarkdownRead:
    """Return the plan, the problems found and the line of every objective and key result."""
    reader = _Reader()
    for number, line in enumerate(text.split("\n"), start=1):
        reader.feed(number, line.removesuffix("\r").rstrip(" \t"))
    return reader.finish()


class _Reader:
    """Reads canonical Markdown line by line."""

    def __init__(self) -> None:
        self.cycle: str | None = None
        self.objectives: list[dict] = []
        self.current: dict | None = None
        self.result = MarkdownRead(Plan())
        self.stack: list[int] = []  # the work item at each depth under the last initiative

    def feed(self, number: int, line: str) -> None:
        """Read one line."""
        if not line or line == MARKER:
            return
        try:
            if heading := _HEADING.match(line):
                self._heading(number, *heading.groups())
            elif field_match := _FIELD.match(line):
                self._field(number, *field_match.groups())
            elif nested := _NESTED.match(line):
                self._nested(len(nested.group(1)) // 2, *nested.groups()[1:])
            else:
                self._problem(number, f"unexpected text {line[:40]!r}")
        except ValueError as error:
            self._problem(number, str(error))

    def _heading(self, number: int, hashes: str, kind: str, value: str) -> None:
        if hashes != _LEVELS[kind]:
            raise ValueError(f"{kind} needs a {len(_LEVELS[kind])}-level heading")
        self.stack = []
        if kind == "Cycle":
            self.cycle = decode(value)
        elif kind == "Objective":
            self.current = {"title": decode(value), "key_results": [], "initiatives": []}
            self.objectives.append(self.current)
            self.result.objective_lines.append(number)
            self.result.key_result_lines.append([])
        elif not self.objectives:
            raise ValueError("key result before any objective")
        else:
            self.current = {"title": decode(value), "initiatives": []}
            self.objectives[-1]["key_results"].append(self.current)
            self.result.key_result_lines[-1].append(number)

    def _field(self, number: int, name: str, value: str) -> None:
        if self.current is None:
            raise ValueError(f"field {name!r} before any objective")
        is_kr = "key_results" not in self.current
        if name == "initiative":
            self.current["initiatives"].append(decode(value))
            self.stack = []
            return
        if name not in (KR_FIELDS if is_kr else OBJECTIVE_FIELDS):
            raise ValueError(
                f"unknown field {name!r} for {'a key result' if is_kr else 'an objective'}"
            )
        attribute = name.replace("-", "_")
        if attribute in self.current:
            raise ValueError(f"field {name!r} given twice")
        self.current[attribute] = _number(name, value) if name in _NUMBER_FIELDS else decode(value)

    def _nested(self, depth: int, name: str, value: str) -> None:
        """Read a work item (depth 1 sits under the last initiative) or one of its fields."""
        current = self.current
        if current is None or not current["initiatives"]:
            raise ValueError(f"{name!r} nested before any initiative")
        initiatives, work = current["initiatives"], current.setdefault("work", [])
        if name in WORK_TYPES:
            if depth > len(self.stack) + 1:
                raise ValueError(f"{name!r} nested deeper than the item above it")
            del self.stack[depth - 1 :]
            parent = self.stack[-1] if self.stack else None
            work.append(
                {"title": decode(value), "type": name, "initiative": len(initiatives) - 1,
                 "parent": parent}
            )  # fmt: skip
            self.stack.append(len(work) - 1)
        elif name in WORK_FIELDS:
            if depth - 1 != len(self.stack) or not self.stack:
                raise ValueError(f"field {name!r} must sit right under its work item")
            item = work[self.stack[-1]]
            if name in item:
                raise ValueError(f"field {name!r} given twice")
            item[name] = _number(name, value) if name == "points" else decode(value)
        else:
            raise ValueError(f"unknown nested field {name!r}")

    def _problem(self, number: int, message: str) -> None:
        self.result.problems.append((number, message))

    def finish(self) -> MarkdownRead:
        """Return the plan read so far, with its validation problems."""
        objectives = [
            PlanObjective(
                **{k: v for k, v in o.items() if k != "key_results"},
                key_results=tuple(PlanKeyResult(**kr) for kr in o["key_results"]),
            )
            for o in self.objectives
        ]
        plan = Plan(cycle=self.cycle, objectives=tuple(objectives))
        first = self.result.objective_lines[0] if self.result.objective_lines else 1
        self.result.problems += [(first, p) for p in plan.problems()]
        return replace(self.result, plan=plan)


def _number(name: str, text: str) -> float:
    """Return the number of a numeric field, or raise ValueError naming the field."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{name} must be a finite number")
    return value
