"""Read the outline of an OKR document in any of the shapes of SPEC §6.

Each line is classified (heading, bullet, numbered item, plain line; objective, key result,
initiative, owner, label or header prefix), then placed by a small state machine that uses
indentation to tell key results from the initiatives nested under them. Problems are
collected with their line numbers; nothing is raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from cairn.text.key_result_parser import ParsedKeyResult, parse_key_result
from cairn.text.outline_lines import Line, read_lines

Parse = Callable[[str], ParsedKeyResult]

_SEP = r"\s*(?::|\.|\)|\s[-–—])\s*"
_OBJECTIVE = re.compile(rf"^(?:o|obj|objective)\s*#?\s*(?:\d+(?:\.\d+)?)?{_SEP}(.*)$", re.I)
_KEY_RESULT = re.compile(rf"^(?:kr|key\s*result)\s*#?\s*(?:\d+(?:[.\-]\d+)*)?{_SEP}(.*)$", re.I)
_INITIATIVE = re.compile(
    r"^(?:initiative|project|action|milestone|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I
)
# Work-item prefixes; "task" is one too when nested under an initiative.
_WORK = re.compile(r"^(epic|user\s+story|story|sub-?task|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I)
_USER_STORY = re.compile(r"^as an?\s.{1,200}?\bi\s+(?:want|need|would like)\b", re.I)
_KR_HEADER = re.compile(r"^(?:key\s*results?|krs)\b[^:]{0,30}:?$", re.I)
_INITIATIVE_HEADER = re.compile(r"^(?:initiatives?|projects?|actions?|tasks?)\s*:?$", re.I)
_OBJECTIVES_HEADER = re.compile(r"^(?:objectives?|okrs?)(?:\s+and\s+key\s+results)?\s*:?$", re.I)
_OWNER = re.compile(r"^(?:owner|owned by|dri|responsible)\s*:\s*(.+)$", re.I)
_OWNER_SUFFIX = re.compile(r"\s*[(\[](?:owner|dri)\s*:\s*([^)\]]+)[)\]]\s*$", re.I)
# The first letters (case-blind) of the header and prefix patterns above; other lines skip them.
_PREFIX_FIRST = "kiptaodrmesu"
LABEL_LEVEL = 7  # colon labels nest below every heading level


@dataclass
class WorkNode:
    """A work item nested under an initiative; `kind` None when no prefix named it."""

    title: str
    line: int
    indent: int
    kind: str | None = None
    children: list[WorkNode] = field(default_factory=list)


@dataclass
class Item:
    """An initiative found in the document, with the work items nested under it."""

    title: str
    line: int
    indent: int = 0
    work: list[WorkNode] = field(default_factory=list)


@dataclass
class KeyResultNode:
    """A key result found in the document."""

    title: str
    line: int
    indent: int
    owner: str | None = None
    initiatives: list[Item] = field(default_factory=list)


@dataclass
class ObjectiveNode:
    """An objective found in the document; `explicit` when written with an O:/Objective: prefix."""

    title: str
    line: int
    anchor: str  # "heading" | "item" | "plain"
    indent: int
    explicit: bool
    level: int = 0
    owner: str | None = None
    labels: list[str] = field(default_factory=list)
    key_results: list[KeyResultNode] = field(default_factory=list)
    initiatives: list[Item] = field(default_factory=list)


@dataclass
class Outline:
    """The objectives and problems of a document."""

    objectives: list[ObjectiveNode] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def read_outline(text: str, parse: Parse = parse_key_result) -> Outline:
    """Return the objectives, key results, initiatives and labels of a document.

    `parse` reads a line as a key result to tell measured lines apart (parse_document passes
    one that remembers every sentence of the document, to parse each only once).
    """
    builder = _Builder(parse)
    for line in read_lines(text):
        builder.feed(line)
    return builder.finish()


class _Builder:
    """The state machine that places each line."""

    def __init__(self, parse: Parse) -> None:
        self.parse = parse
        self.outline = Outline()
        self.objective: ObjectiveNode | None = None
        self.kr: KeyResultNode | None = None
        self.kr_indent: int | None = None
        self.mode: str | None = None  # "krs" or "initiatives" after a header line
        self.labels: list[tuple[int, str]] = []
        self.orphan = False  # inside a key result that had no objective
        self.initiative: Item | None = None  # the last initiative, for work nested under it
        self.work: list[WorkNode] = []  # the open work items under it, outermost first

    def feed(self, line: Line) -> None:
        """Place one line."""
        text = line.text
        first = text[:1]
        maybe_prefixed = first.lower() in _PREFIX_FIRST or not first.isascii()
        if maybe_prefixed and self._prefixed(line, text):
            return
        if line.heading:
            self._objective(line, text, explicit=False)
        elif text.endswith(":") and len(text.split()) <= 10:
            self._close_tentative()
            self._label(LABEL_LEVEL, text[:-1].strip())
        else:
            self._content(line)

    def _prefixed(self, line: Line, text: str) -> bool:
        """Place a header or a prefixed line ("KR 2:", "Owner:" …); return False for others."""
        if _KR_HEADER.match(text):
            self.mode = "krs"
        elif _INITIATIVE_HEADER.match(text):
            self.mode = "initiatives"
        elif _OBJECTIVES_HEADER.match(text):
            self.mode = None
        elif match := _OBJECTIVE.match(text):
            self._objective(line, match.group(1), explicit=True)
        elif match := _KEY_RESULT.match(text):
            self._key_result(line, match.group(1))
        elif (match := _WORK.match(text)) and self._under_initiative(line):
            self._work(line, match.group(2), _work_kind(match.group(1)))
        elif match := _INITIATIVE.match(text):
            self._initiative(line, match.group(1))
        elif match := _OWNER.match(text):
            self._owner(line, match.group(1).strip())
        else:
            return False
        return True

    def _content(self, line: Line) -> None:
        """Place a line without a prefix: key result, initiative or a new objective."""
        objective = self.objective
        if (
            self.orphan
            and line.item
            and self.kr_indent is not None
            and line.indent > self.kr_indent
        ):
            return
        if objective is None:
            self._objective(line, line.text, explicit=False)
        elif self.mode == "initiatives":
            self._initiative(line, line.text)
        elif self.mode == "krs" and not line.item:
            self._key_result(line, line.text)
        elif not line.item:
            self._plain_line(line, objective)
        elif self._under_initiative(line):
            self._work(line, line.text, None)
        elif _starts_objective(line, objective, self.parse):
            self._objective(line, line.text, explicit=False)
        elif self.kr_indent is None or line.indent <= self.kr_indent or self.kr is None:
            self._key_result(line, line.text)
        else:
            self._initiative(line, line.text)

    def _plain_line(self, line: Line, objective: ObjectiveNode) -> None:
        """Place a plain line: a key result when it measures something, else a new objective."""
        if objective.anchor == "plain" and not objective.explicit:
            self._objective(line, line.text, explicit=False)
        elif self.parse(line.text).measurable:
            self.mode = "krs"  # the following plain lines are key results too
            self._key_result(line, line.text)
        # otherwise a description line under a heading or an explicit objective

    def _objective(self, line: Line, title: str, *, explicit: bool) -> None:
        self._close_tentative()
        title, owner = _owner_suffix(title)
        if line.heading:
            self.labels = [(lvl, t) for lvl, t in self.labels if lvl < line.heading]
        self.kr, self.kr_indent, self.mode, self.orphan = None, None, None, False
        self.initiative = None
        if not title:
            self.outline.problems.append((line.number, "objective has no title"))
            self.objective = None
            return
        anchor = "heading" if line.heading else "item" if line.item else "plain"
        self.objective = ObjectiveNode(
            title, line.number, anchor, line.indent, explicit, line.heading, owner,
            labels=[t for _, t in self.labels],
        )  # fmt: skip
        self.outline.objectives.append(self.objective)

    def _key_result(self, line: Line, title: str) -> None:
        title, owner = _owner_suffix(title)
        if self.kr_indent is None or line.indent < self.kr_indent:
            self.kr_indent = line.indent
        if self.objective is None:
            self.outline.problems.append((line.number, "key result before any objective"))
            self.orphan, self.kr = True, None
            return
        if not title:
            self.outline.problems.append((line.number, "key result has no text"))
            return
        self.kr = KeyResultNode(title, line.number, line.indent, owner)
        self.objective.key_results.append(self.kr)
        self.initiative = None

    def _initiative(self, line: Line, title: str) -> None:
        if self.objective is None:
            self.outline.problems.append((line.number, "initiative before any objective"))
            return
        if self._under_initiative(line):
            self._work(line, title, None)
            return
        nested = self.kr is not None and (
            self.mode != "initiatives" or line.indent > self.kr.indent
        )
        target = self.kr.initiatives if nested and self.kr else self.objective.initiatives
        self.initiative = Item(title, line.number, line.indent)
        self.work = []
        target.append(self.initiative)

    def _under_initiative(self, line: Line) -> bool:
        """Return True for a list item nested deeper than the last initiative: its work."""
        return self.initiative is not None and line.item and line.indent > self.initiative.indent

    def _work(self, line: Line, title: str, kind: str | None) -> None:
        """Place a work item under the last initiative, or under the open item it nests in."""
        assert self.initiative is not None
        while self.work and self.work[-1].indent >= line.indent:
            self.work.pop()
        node = WorkNode(title, line.number, line.indent, kind)
        (self.work[-1].children if self.work else self.initiative.work).append(node)
        self.work.append(node)

    def _owner(self, line: Line, owner: str) -> None:
        if self.kr is not None and line.indent > self.kr.indent:
            self.kr.owner = owner
        elif self.objective is not None:
            self.objective.owner = owner

    def _label(self, level: int, text: str) -> None:
        self.labels = [(lvl, t) for lvl, t in self.labels if lvl < level] + [(level, text)]

    def _close_tentative(self) -> None:
        """Turn the current objective into a label when nothing followed it."""
        objective = self.objective
        if objective is None or objective.explicit or objective.key_results:
            return
        _remove(self.outline.objectives, objective)
        self.objective = None
        if objective.anchor == "item" and self.parse(objective.title).measurable:
            self.outline.problems.append((objective.line, "key result before any objective"))
        elif objective.anchor == "heading":
            self._label(objective.level, objective.title)
        else:
            self._label(LABEL_LEVEL, objective.title)

    def finish(self) -> Outline:
        """Return the outline, with problems for explicit objectives left empty."""
        self._close_tentative()
        for objective in self.outline.objectives:
            if not objective.key_results:
                self.outline.problems.append((objective.line, "objective has no key results"))
        self.outline.problems.sort()
        return self.outline


def _remove(objectives: list[ObjectiveNode], objective: ObjectiveNode) -> None:
    """Remove this very objective, searching from the end (it is nearly always the last).

    list.remove compares with the dataclass __eq__, field by field, from the start: quadratic
    on a long document (the line numbers differ, so it always found this one too).
    """
    for i in range(len(objectives) - 1, -1, -1):
        if objectives[i] is objective:
            del objectives[i]
            return


def _work_kind(prefix: str) -> str:
    """Return the work item type a prefix names: "User story" → story, "Subtask" → sub-task."""
    word = prefix.lower().split()[-1]
    return "sub-task" if word.startswith("sub") else word


def is_user_story(text: str) -> bool:
    """Return True for "As a … I want …" (or "I need", "I would like")."""
    return bool(_USER_STORY.match(text))


def work_kind(node: WorkNode, parent: str | None) -> str:
    """Return a work item's type: its prefix's, a user story's, else from where it sits.

    Directly under an initiative or an epic, an item with items under it is a story and a
    leaf a task; under a story it is a task, under a task a sub-task.
    """
    if node.kind:
        return node.kind
    if is_user_story(node.title):
        return "story"
    if parent in ("task", "sub-task"):
        return "sub-task"
    return "story" if node.children and parent in (None, "epic") else "task"


def _starts_objective(line: Line, objective: ObjectiveNode, parse: Parse) -> bool:
    """Return True when a list item starts a new objective rather than a key result."""
    if objective.explicit:
        return False
    if objective.anchor == "item":
        return line.indent <= objective.indent  # a sibling of the current objective
    # Under a heading, an unmeasured item with measured children is an objective; when the
    # heading has no key results it was only a label ("# Q3 OKRs" above a numbered list).
    return objective.anchor == "heading" and _heads_list(line, parse)


def _heads_list(line: Line, parse: Parse) -> bool:
    """Return True for an item that reads as an objective: unmeasured, with measured children."""
    if not line.children or parse(line.text).measurable:
        return False
    return any(
        child.score is not None or child.owner or parse(child.text).measurable
        for child in line.children
    )


def _owner_suffix(title: str) -> tuple[str, str | None]:
    """Return the title without a trailing "(owner: ana@example.com)", and that owner."""
    # The suffix holds no ")" or "]" before its own last one: search only from there.
    close = max(title.rfind(")"), title.rfind("]"))
    if close < 0:
        return title.strip(), None
    before = max(title.rfind(")", 0, close), title.rfind("]", 0, close))
    match = _OWNER_SUFFIX.search(title, before + 1)
    if not match:
        return title.strip(), None
    return title[: match.start()].strip(), match.group(1).strip()
