"""Paste any OKR document, get objectives, key results, initiatives, labels and findings.

`parse_document` reads every shape of SPEC §6 and the canonical Cairn Markdown; `as_dict()`
is the JSON of `cairn import --dry-run --json`; `to_plan()` gives the Plan to write into a
cycle. Problems (a key result before any objective, an empty objective …) come back with their
line numbers instead of being raised.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from cairn.coach import (
    DEFAULT,
    CoachConfig,
    Finding,
    KeyResultDraft,
    ObjectiveDraft,
    review_objective,
)
from cairn.text.doc_clean import first_code_block
from cairn.text.doc_fenced_examples import fenced_examples
from cairn.text.key_result_parser import ParsedKeyResult, parse_key_result
from cairn.text.markdown import MarkdownRead, looks_canonical, read_markdown
from cairn.text.outline import Item, ObjectiveNode, Outline, WorkNode, read_outline, work_kind
from cairn.text.outline_bare_ids import colon_bare_ids
from cairn.text.outline_bracket_markers import unbracket_markers
from cairn.text.outline_tagged_objectives import untag_objectives
from cairn.text.plan import Plan, PlanKeyResult, PlanObjective, PlanWork, initiative_work

TEXT, CANONICAL = "text", "cairn-markdown"


@dataclass(frozen=True)
class Problem:
    """Something in the document that could not be read as OKRs."""

    line: int
    message: str

    def as_dict(self) -> dict:
        """Return {"line", "message"} for JSON."""
        return {"line": self.line, "message": self.message}


@dataclass(frozen=True)
class DocInitiative:
    """An initiative, under a key result (index) or directly under the objective (None)."""

    title: str
    line: int
    key_result: int | None = None
    work: tuple[PlanWork, ...] = ()  # its work items (initiative 0, parents index this tuple)

    def as_dict(self) -> dict:
        """Return {"title", "line", "key_result", "work"} for JSON."""
        return {
            "title": self.title,
            "line": self.line,
            "key_result": self.key_result,
            "work": [
                {"title": w.title, "type": w.type, "parent": w.parent, "status": w.status,
                 "points": w.points}
                for w in self.work
            ],
        }  # fmt: skip


def _flatten(item: Item) -> tuple[PlanWork, ...]:
    """Return the work nested under an initiative, parents before their children."""
    work: list[PlanWork] = []

    def add(node: WorkNode, parent: int | None) -> None:
        kind = work_kind(node, work[parent].type if parent is not None else None)
        work.append(PlanWork(node.title, kind, 0, parent))
        index = len(work) - 1
        for child in node.children:
            add(child, index)

    for node in item.work:
        add(node, None)
    return tuple(work)


def _gather(initiatives: list[DocInitiative]) -> tuple[PlanWork, ...]:
    """Return the work of several initiatives as one tuple, initiative and parent reindexed."""
    work: list[PlanWork] = []
    for n, initiative in enumerate(initiatives):
        offset = len(work)
        work += [
            replace(w, initiative=n, parent=None if w.parent is None else w.parent + offset)
            for w in initiative.work
        ]
    return tuple(work)


@dataclass(frozen=True)
class DocKeyResult:
    """A key result read from the document, with its parsed measure and findings."""

    title: str
    line: int
    parsed: ParsedKeyResult
    owner: str | None = None
    initiatives: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    type: str | None = None  # canonical Markdown only: the stated type
    work: tuple[PlanWork, ...] = ()  # the work under its initiatives (PlanKeyResult's shape)
    score: float | None = None  # a reported grade or progress ("=> 63%", "Score: 0.7"), 0–1
    status: str | None = None  # a reported status note ("Met", "Achieved", "at risk")

    @property
    def initiatives_with_work(self) -> list[tuple[str, list[tuple[int, PlanWork]]]]:
        """Return each initiative's title with its work items and their depth, for display."""
        depth: list[int] = []
        for item in self.work:
            depth.append(0 if item.parent is None else depth[item.parent] + 1)
        return [
            (title, [(depth[n], w) for n, w in enumerate(self.work) if w.initiative == i])
            for i, title in enumerate(self.initiatives)
        ]

    def as_dict(self) -> dict:
        """Return the title, line, parsed fields, owner, initiatives and findings."""
        fields = self.parsed.as_dict()
        del fields["text"]
        return {
            "title": self.title,
            "line": self.line,
            **fields,
            "owner": self.owner,
            "score": self.score,
            "status": self.status,
            "initiatives": list(self.initiatives),
            "findings": [f.as_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class DocObjective:
    """An objective read from the document."""

    title: str
    line: int
    key_results: tuple[DocKeyResult, ...] = ()
    initiatives: tuple[DocInitiative, ...] = ()
    labels: tuple[str, ...] = ()
    owner: str | None = None
    findings: tuple[Finding, ...] = ()
    score: float | None = None  # a reported grade ("1. OKR: … => 75%"), 0–1

    def as_dict(self) -> dict:
        """Return the objective as in `cairn import --dry-run --json`."""
        return {
            "title": self.title,
            "line": self.line,
            "owner": self.owner,
            "score": self.score,
            "labels": list(self.labels),
            "findings": [f.as_dict() for f in self.findings],
            "key_results": [kr.as_dict() for kr in self.key_results],
            "initiatives": [i.as_dict() for i in self.initiatives],
        }


@dataclass(frozen=True)
class ParsedDocument:
    """The OKRs of a document, the problems met, and the Plan for canonical Markdown."""

    objectives: tuple[DocObjective, ...] = ()
    problems: tuple[Problem, ...] = ()
    format: str = TEXT
    plan: Plan | None = field(default=None, compare=False)

    def as_dict(self) -> dict:
        """Return {"format", "objectives", "problems"} for JSON."""
        return {
            "format": self.format,
            "objectives": [o.as_dict() for o in self.objectives],
            "problems": [p.as_dict() for p in self.problems],
        }

    def findings(self) -> list[tuple[int, Finding]]:
        """Return every finding with the line it is about, in line order."""
        found = [(o.line, f) for o in self.objectives for f in o.findings]
        found += [
            (kr.line, f) for o in self.objectives for kr in o.key_results for f in kr.findings
        ]
        return sorted(found, key=lambda pair: pair[0])

    def to_plan(self, cycle: str | None = None) -> Plan:
        """Return the document as a Plan (the stated one for canonical Markdown)."""
        if self.plan is not None:
            return self.plan if cycle is None else replace(self.plan, cycle=cycle)
        return Plan(cycle=cycle, objectives=tuple(_plan_objective(o) for o in self.objectives))


def parse_document(
    text: str, config: CoachConfig | None = DEFAULT, *, canonical: bool | None = None
) -> ParsedDocument:
    """Return the OKRs of a text or Markdown document, reviewed by the coach.

    config None skips the coach (faster for large imports); canonical None detects the
    canonical Cairn Markdown, True/False forces one reader.
    """
    if canonical or (canonical is None and looks_canonical(text)):
        document = _from_markdown(read_markdown(text))
    else:
        document = _from_outline(text)
    return document if config is None else review_document(document, config)


def _from_outline(text: str) -> ParsedDocument:
    """Return the document read by the free-form outline reader."""
    parse = _memo(parse_key_result)
    text = colon_bare_ids(untag_objectives(unbracket_markers(text)))  # "O1 …" / "KR1.1 …"
    outline = read_outline(text, parse)
    if _bare(outline) and (fence := first_code_block(text)) is not None:
        # Nothing outside the fences: the OKRs were pasted inside one (a chat answer, a README
        # snippet). Where the document has OKRs of its own, a fence holds an example. Outside
        # objectives without one key result ("**Objective:** Qualitative, inspiring, …" over a
        # fenced "Objective: …" / "  KR1: …", sixteenth round) give way to a fence's OKRs.
        fenced = read_outline(text, parse, code=True)
        if not outline.objectives:  # guidance headings between examples, each in its fence
            fenced = fenced_examples(text, lambda part: read_outline(part, parse)) or fenced
        if fenced.objectives if not outline.objectives else _all_stated(fenced, outline):
            outline = fenced
            outline.problems.insert(
                0,
                (
                    fence,
                    "read from inside a code block: check, and remove the fence lines to import",
                ),
            )
    objectives = tuple(_doc_objective(node, parse) for node in outline.objectives)
    problems = tuple(Problem(line, message) for line, message in outline.problems)
    return ParsedDocument(objectives, problems, TEXT)


def _bare(outline: Outline) -> bool:
    """Return True for an outline without one key result (or without objectives), or whose
    one objective has one unmarked key result: a page's title over its lead line ("# OKR
    examples library" over "50+ real examples, by area", twenty-first round)."""
    found = [kr for node in outline.objectives for kr in node.key_results]
    return not found or (len(outline.objectives) == 1 and len(found) == 1 and not found[0].marked)


def _all_stated(fenced: Outline, outline: Outline) -> bool:
    """Return True for fenced OKRs whose objectives all have key results, each written with its
    marker ("KR1: …"): a fenced "Format:" over "- What did you do?" is no key result of theirs.
    Over an outside objective with a key result, two fenced objectives or more are needed."""
    least = 2 if any(node.key_results for node in outline.objectives) else 1
    return len(fenced.objectives) >= least and all(
        node.key_results and all(kr.marked for kr in node.key_results) for node in fenced.objectives
    )


def _memo(parse: Callable[[str], ParsedKeyResult]) -> Callable[[str], ParsedKeyResult]:
    """Return parse remembering every sentence, for one document.

    The outline reader parses lines to tell key results from objectives, then every key
    result is parsed for its fields: a large document repeats sentences beyond what the
    parser's own bounded cache keeps.
    """
    seen: dict[str, ParsedKeyResult] = {}

    def remembered(text: str) -> ParsedKeyResult:
        parsed = seen.get(text)
        if parsed is None:
            parsed = seen[text] = parse(text)
        return parsed

    return remembered


def _doc_objective(node: ObjectiveNode, parse: Callable[[str], ParsedKeyResult]) -> DocObjective:
    """Return the objective of an outline node, its key results parsed."""
    initiatives = [DocInitiative(i.title, i.line, None, _flatten(i)) for i in node.initiatives]
    krs = []
    for index, kr in enumerate(node.key_results):
        own = [DocInitiative(i.title, i.line, index, _flatten(i)) for i in kr.initiatives]
        initiatives += own
        krs.append(
            DocKeyResult(
                kr.title,
                kr.line,
                parse(kr.measure or kr.title),  # "Grow NPS (target: 40)" titled "Grow NPS"
                kr.owner,
                tuple(i.title for i in kr.initiatives),
                work=_gather(own),
                score=kr.score,
                status=kr.status,
            )  # fmt: skip
        )
    initiatives.sort(key=lambda i: i.line)
    return DocObjective(
        node.title, node.line, tuple(krs), tuple(initiatives), tuple(node.labels), node.owner,
        score=node.score,
    )  # fmt: skip


def _from_markdown(read: MarkdownRead) -> ParsedDocument:
    """Return the document read from canonical Markdown, keeping its Plan."""
    objectives = []
    for o, line, kr_lines in zip(
        read.plan.objectives, read.objective_lines, read.key_result_lines, strict=True
    ):
        krs = tuple(
            DocKeyResult(
                kr.title, kr_line, _stated(kr), kr.owner, kr.initiatives, type=kr.type, work=kr.work
            )
            for kr, kr_line in zip(o.key_results, kr_lines, strict=True)
        )
        initiatives = tuple(
            DocInitiative(title, line, None, initiative_work(o.work, n))
            for n, title in enumerate(o.initiatives)
        )
        labels = (o.team,) if o.team else ()
        objectives.append(DocObjective(o.title, line, krs, initiatives, labels, o.owner))
    problems = tuple(Problem(line, message) for line, message in read.problems)
    plan = None if problems else read.plan
    return ParsedDocument(tuple(objectives), problems, CANONICAL, plan)


def _stated(kr: PlanKeyResult) -> ParsedKeyResult:
    """Return the measure a canonical key result states, metric read from its title."""
    direction = None if kr.type == "milestone" else kr.type
    parsed = parse_key_result(kr.title)
    return replace(
        parsed, direction=direction, start=kr.start, target=kr.target, change=None, unit=kr.unit
    )


def review_document(document: ParsedDocument, config: CoachConfig = DEFAULT) -> ParsedDocument:
    """Return the document with coach findings on every objective and key result.

    Owner rules (OKR007) only run when the document states owners somewhere: most document
    shapes have no place for them.
    """
    states_owners = any(
        o.owner or any(kr.owner for kr in o.key_results) for o in document.objectives
    )
    if not states_owners:
        config = config.with_rule("OKR007", enabled=False)
    plan = document.plan
    reviewed = []
    for index, objective in enumerate(document.objectives):
        stated = plan.objectives[index] if plan else None
        findings = review_objective(_draft(objective, stated), config)
        reviewed.append(_attach(objective, findings))
    return replace(document, objectives=tuple(reviewed))


def _draft(objective: DocObjective, stated: PlanObjective | None) -> ObjectiveDraft:
    """Return the coach's view of a document objective."""
    krs = [
        KeyResultDraft(
            kr.title,
            owner=kr.owner,
            kind="milestone" if kr.type == "milestone" else "metric",
            start=kr.parsed.start if stated else None,
            target=kr.parsed.target if stated else None,
            unit=kr.parsed.unit if stated else None,
            direction=kr.parsed.direction if stated else None,
        )
        for kr in objective.key_results
    ]
    level, aligned = "team", None
    if stated is not None:
        level = "team" if stated.team else "company"
        aligned = stated.aligned_to is not None
    return ObjectiveDraft(objective.title, objective.owner, level, aligned, tuple(krs))


def _attach(objective: DocObjective, findings: list[Finding]) -> DocObjective:
    """Return the objective with each finding on the objective or key result it is about."""
    own = tuple(f for f in findings if f.key_result_index is None)
    krs = tuple(
        replace(kr, findings=tuple(f for f in findings if f.key_result_index == i))
        for i, kr in enumerate(objective.key_results)
    )
    return replace(objective, findings=own, key_results=krs)


def _plan_objective(objective: DocObjective) -> PlanObjective:
    """Return a free-form objective as a Plan objective, measure fields from the parser."""
    krs = []
    for kr in objective.key_results:
        parsed = kr.parsed
        measured = parsed.measurable and parsed.direction is not None
        krs.append(
            PlanKeyResult(
                kr.title,
                type=parsed.direction if measured else "milestone",  # type: ignore[arg-type]
                start=parsed.start,
                target=parsed.target,
                unit=parsed.unit,
                owner=kr.owner,
                initiatives=kr.initiatives,
                work=kr.work,
            )
        )
    own = [i for i in objective.initiatives if i.key_result is None]
    return PlanObjective(
        objective.title,
        owner=objective.owner,
        key_results=tuple(krs),
        initiatives=tuple(i.title for i in own),
        work=_gather(own),
    )
