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

from cairn.text.doc_clean import field_value, real_owner
from cairn.text.key_result_parser import ParsedKeyResult, parse_key_result
from cairn.text.outline_lines import Line, read_lines
from cairn.text.outline_rules import (
    _COLUMNS,
    _CONTEXT,
    _NEGATIVE,
    _PERIOD,
    _SECTION,
    _about_process,
    _heads_list,
    _measured_list,
    _name_suffix,
    _norm,
    _owner_suffix,
    _short,
    _unwrap,
)
from cairn.text.outline_work import Item, WorkNode, _work_kind, is_user_story, work_kind

Parse = Callable[[str], ParsedKeyResult]
# Item, WorkNode, is_user_story and work_kind are imported from here by the document reader.
__all__ = ["Item", "KeyResultNode", "ObjectiveNode", "Outline", "WorkNode", "is_user_story"]
__all__ += ["read_outline", "work_kind"]

_SEP = r"\s*(?::|\.|\)|\s[-–—])\s*"
_CODE = r"(?:(?-i:[A-Z]{2,8})\s+)?"  # "OCTO Objective 1:", "BPS KR 1.1:": a team's code first
_OBJECTIVE = re.compile(
    rf"^{_CODE}(?:o|obj|objective|okr)\s*#?\s*(?:o?\d+(?:\.\d+)?)?{_SEP}(.*)$", re.I
)
_OBJECTIVE_ALONE = re.compile(rf"^{_CODE}objective\s*#?\s*(?:o?\d+)?\s*:?$", re.I)
_KEY_RESULT = re.compile(
    rf"^{_CODE}(?:kr|key\s*result)\s*#?\s*(?:\d+(?:[.\-]\d+)*)?{_SEP}(.*)$", re.I
)
_INITIATIVE = re.compile(
    r"^(?:initiative|project|action|milestone|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I
)
# Work-item prefixes; "task" is one too when nested under an initiative.
_WORK = re.compile(r"^(epic|user\s+story|story|sub-?task|task)\s*\d*\s*(?::|\s[-–—])\s*(.+)$", re.I)
_KR_HEADER = re.compile(r"^(?:key\s*results?|krs)\b[^:]{0,30}:?$", re.I)
# "**Annual KRs:**", "**Q3 key results:**": a bold label naming the key results of a period
_QUALIFIED_KR_HEADER = re.compile(r"^(?:[\w-]+\s+){1,2}(?:key\s*results?|krs)\s*:?$", re.I)
_INITIATIVE_HEADER = re.compile(r"^(?:initiatives?|projects?|actions?|tasks?)\s*:?$", re.I)
_OBJECTIVES_HEADER = re.compile(r"^(?:objectives?|okrs?)(?:\s+and\s+key\s+results)?\s*:?$", re.I)
# "### Team" / "### Owner" over a line naming them: the objective's owner
_OWNER_HEADING = re.compile(r"^(?:team|owners?|owner\(s\)|owning team|dri)$", re.I)
_OWNER_LABEL = re.compile(r"^(?:owners?|owner\(s\)|dri)$", re.I)
_OWNER = re.compile(r"^(?:owners?|owner\(s\)|owned by|dri|responsible)\s*:\s*(.+)$", re.I)
_FIELD = re.compile(r"^(?:status|score|grade|progress|current|result)\s*:\s*(.+)$", re.I)
_SCORES = re.compile(r"^Scores: (.*)$")
# A document's own metadata ("**Version:** 1.0", "**Last Updated:** …"): an "Owner:" line next
# to one owns the document, not its first objective.
_DOC_FIELD = re.compile(
    r"^(?:version|last\s+updated|updated|last\s+reviewed|date|created|author|applies\s+to"
    r"|review\s+cadence|next\s+review|audience|classification)\s*:",
    re.I,
)
# The first letters (case-blind) of the header and prefix patterns above; other lines skip them.
_PREFIX_FIRST = "kiptaodrmesugc"
LABEL_LEVEL = 7  # colon labels nest below every heading level


@dataclass
class KeyResultNode:
    """A key result found in the document."""

    title: str
    line: int
    indent: int
    owner: str | None = None
    initiatives: list[Item] = field(default_factory=list)
    score: float | None = None  # a reported grade or progress, 0–1
    status: str | None = None
    heading: bool = False  # written as a heading: the list below it is its initiatives
    implicit: bool = False  # a plain measured line, not marked or listed as a key result
    marked: bool = False  # written with its marker ("KR 1: …", a table's Key result cell)
    measure: str | None = None  # the text to read the measure from, when not the title


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
    score: float | None = None
    scored: bool = False  # a score table already gave its key results their scores
    section: int = 0  # the level of the heading above it ("## Charter" over "Objective: …")


@dataclass
class Outline:
    """The objectives and problems of a document."""

    objectives: list[ObjectiveNode] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def read_outline(text: str, parse: Parse = parse_key_result, *, code: bool = False) -> Outline:
    """Return the objectives, key results, initiatives and labels of a document.

    `parse` reads a line as a key result to tell measured lines apart (parse_document passes
    one that remembers every sentence of the document, to parse each only once). What closed
    code fences hold is read only with `code`.
    """
    lines = read_lines(text, code=code)
    builder = _Builder(parse)
    # A document that marks its objectives ("Objective:", "O1:", "### Objective 2") marks all of
    # them: its other headings, paragraphs and lists are context (intros, notes, schedules).
    builder.explicit_doc = any(
        _OBJECTIVE.match(line.text) or _OBJECTIVE_ALONE.match(line.text)
        for line in lines
        if not line.quote
    )
    # One that also marks its key results ("KR 1.1: …") writes them so: an unmarked heading
    # over a list of short steps ("## Roadmap / 1. Build auth") is context there, not OKRs.
    builder.kr_marked_doc = builder.explicit_doc and any(
        _KEY_RESULT.match(line.text) for line in lines if not line.quote
    )
    # First names in a trailing parenthesis ("(Max & Zach)") are owners where the document
    # writes its owners so, on two lines or more; one "(Beta)" alone stays title text.
    builder.name_owners = sum(1 for line in lines if _name_suffix(line.text)[1]) >= 2
    for line, after in zip(lines, lines[1:], strict=False):
        line.before_objective = bool(_OBJECTIVE.match(after.text)) and not after.quote
    for i, line in enumerate(lines):
        line.krs_below = bool(line.heading) and _opens_key_results(lines, i)
    for line in lines:
        builder.feed(line)
    return builder.finish()


def _opens_key_results(lines: list[Line], at: int) -> bool:
    """Return True when a "Key results:" line comes in a heading's own section, before a list.

    "## Basic UI / why we prioritize it now: / … / due date: … / key results:" — the heading is
    the objective and the lines between are its description. A "### Team" heading over its
    name may come between ("### Key Results" is a heading too).
    """
    for nxt in lines[at + 1 : at + 40]:
        if _KR_HEADER.match(nxt.text) or nxt.label and _KR_HEADER.match(nxt.label):
            return True
        if nxt.item or nxt.heading and not _OWNER_HEADING.match(nxt.text):
            return False
        if _OBJECTIVE.match(nxt.text) or _OBJECTIVE_ALONE.match(nxt.text):
            return False
    return False


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
        self.explicit_doc = False
        self.kr_marked_doc = False
        self.context: int | None = None  # under a "**Notes:**"-style label: items from here on
        self.detail = False  # under a heading that repeats a key result: its details
        self.pending_title = False  # "### Objective 2" written with its title on the next line
        self.pending_owner: str | None = None  # "Owner: …" before the first objective
        self.process: int | None = None  # the level of a heading about the OKR process
        self.after_field = False  # the last line was document metadata ("Version: 1.0")
        self.field_before = False  # the line before the current one was
        self.owner_line = -1  # the line that set pending_owner
        self.kr_style: str | None = None  # "item" or "plain": how the key results are written
        self.kr_titles: dict[str, KeyResultNode] = {}
        self.plain_shape = False  # objectives written as plain titles over their lists
        self.name_owners = False  # the document writes owners as "(Max & Zach)" after titles
        self.section_level = 0  # the level of the last heading
        self.owner_next = False  # after "### Team": the next plain line names the owner
        self.bold_shape = False  # a bold title over a list was an objective in a marked document

    def feed(self, line: Line) -> None:
        """Place one line."""
        text = line.text
        if line.heading:
            self.section_level, self.owner_next = line.heading, False
        elif self.owner_next and self.objective is not None and not line.item:
            self.owner_next = False
            if len(text.split()) <= 8 and not text.endswith((".", ":")):  # a name, not prose
                self.objective.owner = self.objective.owner or real_owner(text)
                return
        if text and self.objective is None:
            self._document_field(line, text)
        if line.quote or not text or _CONTEXT.match(text):
            return  # a blockquote, a "Note:" or "Rationale:" line: context
        if self._in_context(line):
            return
        first = text[:1]
        maybe_prefixed = first.lower() in _PREFIX_FIRST or first.isupper() or not first.isascii()
        if maybe_prefixed and self._prefixed(line, text):
            return
        if self.pending_title and self.objective and not (line.heading or line.item):
            self.pending_title = False
            self.objective.title, owner = _owner_suffix(text)
            self.objective.owner = self.objective.owner or owner
            return
        if line.label and _OWNER_LABEL.match(line.label) and not line.item:
            # "*Owner: ___ · The store takes real orders.*": the owner, then a description
            if line.owner:
                self._owner(line, line.owner)
            return
        if line.label and self._labelled(line):
            return
        if line.heading:
            self._heading(line, text)
        elif text.endswith(":") and len(text.split()) <= 10:
            if _NEGATIVE.match(text):  # "Poor key results:": counter-examples follow
                self.context = line.indent
                return
            self._close_tentative()
            self._label(LABEL_LEVEL, text[:-1].strip())
        else:
            self._content(line)

    def _prefixed(self, line: Line, text: str) -> bool:
        """Place a header or a prefixed line ("KR 2:", "Owner:" …); return False for others."""
        if _OBJECTIVE_ALONE.match(text):  # "### Objective 2": its title is on the next line
            self._objective(line, "", explicit=True, pending=True)
        elif _KR_HEADER.match(text):
            self.mode, self.context, self.kr_style = "krs", None, None
        elif _INITIATIVE_HEADER.match(text):
            self.mode = "initiatives"
        elif _OBJECTIVES_HEADER.match(text):
            self.mode = None
        elif match := _OBJECTIVE.match(text):
            self._objective(line, match.group(1), explicit=True)
        elif match := _KEY_RESULT.match(text):
            self._key_result(line, match.group(1), marked=True)
        elif (match := _WORK.match(text)) and self._under_initiative(line):
            self._work(line, match.group(2), _work_kind(match.group(1)))
        elif match := _INITIATIVE.match(text):
            self._initiative(line, match.group(1))
        elif match := _OWNER.match(text):
            self._owner(line, match.group(1).strip())
        elif match := _FIELD.match(text):
            self._report(line, match.group(1))
        elif match := _SCORES.match(text):
            self._scores(match.group(1).split(" | "))
        elif not _COLUMNS.match(text):  # "Objective / Key Result Owner(s) Score": a header row
            return False
        return True

    def _in_context(self, line: Line) -> bool:
        """Return True for a line inside a context block (under "**Notes:**", "Poor examples:").

        Headings, bold labels and marked objectives end the block; everything else in it is
        context, even a line that looks like a key result ("KR#4: the project was aborted").
        """
        if self.context is None or line.heading or line.label or _SCORES.match(line.text):
            return False
        if line.indent < self.context or _OBJECTIVE.match(line.text):
            return False
        return not _KR_HEADER.match(line.text)

    def _labelled(self, line: Line) -> bool:
        """Place a line starting with a bold label ("**Notes:**", "**Active from:** …").

        "**Key Results:**" opens the key results; a bold title alone over a list is an objective
        (when the document does not mark its objectives); any other label is context, and so
        are the items under it.
        """
        label = (line.label or "").lower()
        qualified = _QUALIFIED_KR_HEADER.match(label) and not _NEGATIVE.match(label)
        if _KR_HEADER.match(label) or qualified and line.text.rstrip(": ") == line.label:
            self.mode, self.context, self.kr_style = "krs", None, None
            return True
        if not line.item and line.children and line.text == line.label:
            if not self.explicit_doc:
                return False  # a bold paragraph heading a list: an objective, placed as content
            after_first = bool(self.outline.objectives) and not _SECTION.search(line.text)
            if after_first and (
                self.bold_shape
                or _measured_list(line, self.parse, milestones=not self.kr_marked_doc)
            ):
                # where objectives are marked, a bold title over key results after them is one
                # too ("### Q3" / "**Secure funding**" / "- $750k in commitments"), and so are
                # the bold titles over lists after it
                self._objective(line, line.text, explicit=False)
                self.bold_shape = True
                return True
        self.context = line.indent
        return True

    def _heading(self, line: Line, text: str) -> None:
        """Place a heading: a key result's details, an objective, or a label."""
        if self.objective is not None and _OWNER_HEADING.match(text):
            self.owner_next = True  # "### Team" / "One45 Platform": the objective's owner
            return
        norm = _norm(text)
        if norm in self.kr_titles:  # "### Ship CSS containment" again: its details follow
            self.kr, self.detail, self.context = self.kr_titles[norm], True, None
            return
        if self.process is not None and line.heading > self.process:
            self.context = 0  # a step of the OKR process ("#### 1. Recap and review")
            return
        # a level-1 heading is the page's title ("# How we work: OKRs for Q3"), not a section
        self.process = line.heading if line.heading > 1 and _about_process(text) else None
        self.detail, self.context = False, None
        if self.process is not None:
            self._close_tentative()
            self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
            self.context = 0  # the section describes how OKRs are made: context
            return
        if not self.explicit_doc or line.krs_below:
            self._objective(line, text, explicit=False)
            if line.krs_below:
                self.context = 0  # its description, up to "Key results:"
            return
        if self.kr_marked_doc and _field_list(line):
            pass  # key results are marked there: a list of labels is context ("FY26 KRs: 60%")
        elif _measured_list(line, self.parse, milestones=not self.kr_marked_doc):
            self._objective(line, text, explicit=False)  # a heading over measured items
            return
        objective = self.objective
        if _SECTION.search(text):  # "### Notes" inside an objective: not its key results
            self.context = 0
        if objective is None or line.heading <= (
            objective.level if objective.anchor == "heading" else objective.section or 7
        ):  # a heading at the objective's level or above ends it; a deeper one is inside it
            self._close_tentative()
            self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
        self.labels = [(lvl, t) for lvl, t in self.labels if lvl < line.heading]
        self.labels.append((line.heading, text))

    def _report(self, line: Line, value: str) -> None:
        """Give the key result a reported score or status ("Status: Met", "Score: 0.6")."""
        kr = self.kr
        if kr is None or not (self.detail or kr.heading or line.indent > kr.indent):
            return
        score, status = field_value(value)
        kr.score = kr.score if kr.score is not None else score
        kr.status = kr.status or status

    def _scores(self, values: list[str]) -> None:
        """Give the objective's key results the scores of the first score table below it."""
        objective = self.objective
        if objective is None or objective.scored:
            return
        objective.scored = True
        for kr, value in zip(objective.key_results, values, strict=False):
            if kr.score is None:
                kr.score = field_value(value)[0] if value.strip(" -") else None

    def _content(self, line: Line) -> None:
        """Place a line without a prefix: key result, initiative or a new objective."""
        objective = self.objective
        if self.detail or self.context is not None and line.indent >= self.context:
            return
        if line.before_objective and self._theme(line, objective):
            return
        if (
            objective is None
            and self.explicit_doc
            and not (line.item and _heads_list(line, self.parse))
        ):
            if line.item and not self.outline.objectives and self.parse(line.text).measurable:
                self.outline.problems.append((line.number, "key result before any objective"))
            return  # outside every marked objective: context
        if self.kr is not None and self.kr.heading and line.item:
            self._initiative(line, line.text)  # a list under a key result heading
            return
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
        elif self.mode == "krs" and not line.item and self.kr_style != "item":
            if not self._described(line):
                self._key_result(line, line.text, implicit=True)
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

    def _theme(self, line: Line, objective: ObjectiveNode | None) -> bool:
        """Place a section title right above a marked objective; return False for others.

        "3. Cost Control (Misha)" between the last "KR 3: …" of one objective and the next
        "Objective: …" titles the next one's section: a label, and its names own that objective.
        It must stand apart from the key results above it: less indented than they are, or
        unmarked where they are marked.
        """
        if not self.explicit_doc or self.parse(line.text).measurable:
            return False
        if objective is not None:
            krs, indent = objective.key_results, self.kr_indent
            if not krs or indent is None or line.indent > indent:
                return False  # nested deeper: an initiative of the key result above
            if line.indent == indent and not all(kr.marked for kr in krs):
                return False
        title, owner = _owner_suffix(_unwrap(line.text))
        if owner is None and self.name_owners:
            title, owner = _name_suffix(title)
        self._close_tentative()
        self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
        self._label(LABEL_LEVEL, title)
        self.pending_owner = real_owner(owner) if owner else None
        return True

    def _plain_line(self, line: Line, objective: ObjectiveNode) -> None:
        """Place a plain line: a key result when it measures something, else a new objective."""
        if self._described(line):
            return
        if (
            self.kr_marked_doc
            and objective.key_results
            and all(kr.marked for kr in objective.key_results)
        ):
            return  # the key results are marked ("KR 1: …"): a plain paragraph is context
        if self.explicit_doc and line.children and objective.key_results and line.text[-1] != ":":
            self.context = line.indent  # "Examples for finance" over a list: a new section
            return
        if objective.anchor == "plain" and not objective.explicit:
            self._objective(line, line.text, explicit=False)
        elif self._under_period(line, objective):
            self._objective(line, line.text, explicit=False)  # "### Q1 2020" over "Title" + list
        elif self.parse(line.text).measurable:
            self.mode = "krs"  # the following plain lines are key results too
            self._key_result(line, line.text, implicit=True)
        # otherwise a description line under a heading or an explicit objective

    def _under_period(self, line: Line, objective: ObjectiveNode) -> bool:
        """Return True for a title line right under a period heading ("### Q2 2020").

        It heads a list, or the document writes its objectives as plain titles over lists and
        this one stands alone (an objective whose key results are not set yet).
        """
        if objective.anchor != "heading" or objective.key_results:
            return False
        if not _PERIOD.match(objective.title):
            return False
        return bool(line.children) or self.plain_shape and _short(line.text)

    def _described(self, line: Line) -> bool:
        """Return True for a plain line that describes rather than states a key result.

        A line indented below the key result above it, or prose (two sentences or more, or
        over 30 words), is the description of what is above it.
        """
        kr = self.kr
        if kr is not None and not kr.heading and line.indent > kr.indent:
            return True
        words = line.text.split()
        sentences = sum(1 for w in words[:-1] if w.endswith((".", "!", "?")) and len(w) > 3)
        return len(words) > 30 or sentences >= 1

    def _objective(self, line: Line, title: str, *, explicit: bool, pending: bool = False) -> None:
        self._close_tentative()
        title, owner = _owner_suffix(_unwrap(title))
        if owner is None and self.name_owners:
            title, owner = _name_suffix(title)
        owner = owner or line.owner or self.pending_owner
        self.pending_owner, self.context, self.detail, self.kr_style = None, None, False, None
        self.pending_title = pending
        if line.heading:
            self.labels = [(lvl, t) for lvl, t in self.labels if lvl < line.heading]
        self.kr, self.kr_indent, self.mode, self.orphan = None, None, None, False
        self.initiative = None
        if not title and not self.pending_title:
            self.outline.problems.append((line.number, "objective has no title"))
            self.objective = None
            return
        anchor = "heading" if line.heading else "item" if line.item else "plain"
        self.objective = ObjectiveNode(
            title, line.number, anchor, line.indent, explicit, line.heading, owner,
            labels=[t for _, t in self.labels], score=line.score, section=self.section_level,
        )  # fmt: skip
        self.outline.objectives.append(self.objective)

    def _key_result(
        self, line: Line, title: str, *, implicit: bool = False, marked: bool = False
    ) -> None:
        title, owner = _owner_suffix(_unwrap(title))
        if owner is None and self.name_owners:
            title, owner = _name_suffix(title)
        if self.kr_indent is None or line.indent < self.kr_indent:
            self.kr_indent = line.indent
        if self.objective is None:
            self.outline.problems.append((line.number, "key result before any objective"))
            self.orphan, self.kr = True, None
            return
        if not title:
            self.outline.problems.append((line.number, "key result has no text"))
            return
        if line.struck:  # "~~Ship the site~~ REMOVED": taken out by its authors
            self.outline.problems.append((line.number, "key result struck through: left out"))
            self.kr = None
            return
        krs = self.objective.key_results
        if not implicit and krs and all(kr.implicit for kr in krs):
            # "KR1: …" lines follow: the plain measured lines above them described the objective
            for kr in krs:
                self.outline.problems.append(
                    (kr.line, "read as the objective's description: check")
                )
            krs.clear()
        self.kr = KeyResultNode(
            title, line.number, line.indent, owner or line.owner, score=line.score,
            status=line.status, heading=bool(line.heading), implicit=implicit, marked=marked,
            measure=f"{title} {line.note}" if line.note else None,
        )  # fmt: skip
        krs.append(self.kr)
        self.plain_shape = self.plain_shape or (
            self.objective.anchor == "plain" and not self.objective.explicit and line.item
        )
        self.kr_titles[_norm(title)] = self.kr
        self.kr_style = self.kr_style or ("item" if line.item else "plain")
        self.initiative, self.context, self.detail = None, None, False
        if not line.item and not line.heading and _field_list(line):
            self.detail = True  # "**KR1: …**" over "- Baseline: …", "- Owner: …": its fields

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

    def _owner(self, line: Line, stated: str) -> None:
        owner = real_owner(stated)
        if owner is None:
            return  # "Owner: ___": a template's blank
        if self.kr is not None and (self.detail or self.kr.heading or line.indent > self.kr.indent):
            self.kr.owner = self.kr.owner or owner  # details repeat it: the first one stands
        elif self.objective is not None:
            self.objective.owner = owner
        elif not self.field_before:  # "Version: 1.0 / Owner: Platform Team": the document's
            self.pending_owner, self.owner_line = owner, line.number  # stated before its objectives

    def _document_field(self, line: Line, text: str) -> None:
        """Note metadata lines before the first objective; an owner beside them is the page's."""
        field = bool(_DOC_FIELD.match(text))
        if field and self.pending_owner and self.owner_line == line.number - 1:
            self.pending_owner = None  # "Owner: …" then "Last Updated: …": metadata too
        self.field_before, self.after_field = self.after_field, field

    def _label(self, level: int, text: str) -> None:
        self.labels = [(lvl, t) for lvl, t in self.labels if lvl < level] + [(level, text)]

    def _close_tentative(self) -> None:
        """Turn the current objective into a label when nothing followed it."""
        objective = self.objective
        if objective is None or objective.explicit or objective.key_results:
            return
        if objective.anchor == "plain" and self.plain_shape and _short(objective.title):
            return  # a title like its siblings, its key results not written yet: kept
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


_FIELD_ITEM = re.compile(r"^[A-Z][\w /()-]{0,30}:\s")


def _field_list(line: Line) -> bool:
    """Return True when the list right below a line is all labelled fields ("Target: …")."""
    return bool(line.children) and all(_FIELD_ITEM.match(c.text) for c in line.children)


def _remove(objectives: list[ObjectiveNode], objective: ObjectiveNode) -> None:
    """Remove this very objective, searching from the end (it is nearly always the last).

    list.remove compares with the dataclass __eq__, field by field, from the start: quadratic
    on a long document (the line numbers differ, so it always found this one too).
    """
    for i in range(len(objectives) - 1, -1, -1):
        if objectives[i] is objective:
            del objectives[i]
            return


def _starts_objective(line: Line, objective: ObjectiveNode, parse: Parse) -> bool:
    """Return True when a list item starts a new objective rather than a key result."""
    if objective.explicit:
        return False
    if objective.anchor == "item":
        return line.indent <= objective.indent  # a sibling of the current objective
    # Under a heading, an unmeasured item with measured children is an objective; when the
    # heading has no key results it was only a label ("# Q3 OKRs" above a numbered list).
    return objective.anchor == "heading" and _heads_list(line, parse)
