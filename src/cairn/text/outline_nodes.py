"""The nodes of an outline (objectives, key results, initiatives, work) and how they are placed.

`NodeBuilder` holds the reading state and adds nodes to the outline; the outline reader
(cairn.text.outline) decides, line by line, which node a line is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from cairn.text.doc_clean import field_value
from cairn.text.key_result_parser import ParsedKeyResult
from cairn.text.outline_grades import key_result_progress, percent_grades, sibling_grades
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import (
    _KEY_RESULT,
    _KR_DOTTED_ID,
    _OBJECTIVE,
    LABEL_LEVEL,
    _field_list,
)
from cairn.text.outline_node_details import NodeDetails
from cairn.text.outline_objective_paragraphs import carried_over, period_labels
from cairn.text.outline_progress import progress_by_id
from cairn.text.outline_rules import (
    _heads_list,
    _name_suffix,
    _norm,
    _owner_suffix,
    _short,
    _trailing_names,
    _unwrap,
    without_separator,
)
from cairn.text.outline_sentences import measured_sentences
from cairn.text.outline_statements import quoted_statement
from cairn.text.outline_title_lists import title_lists
from cairn.text.outline_work import Item, WorkNode

Parse = Callable[[str], ParsedKeyResult]


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
    ticked: bool = False  # its "done" comes from a ticked checkbox: a written status replaces it
    marker_id: str | None = None  # its dotted id ("KR 1.1"), when written with one


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


def _remove(objectives: list[ObjectiveNode], objective: ObjectiveNode) -> None:
    """Remove this very objective, searching from the end (it is nearly always the last).

    list.remove compares with the dataclass __eq__, field by field, from the start: quadratic
    on a long document (the line numbers differ, so it always found this one too).
    """
    for i in range(len(objectives) - 1, -1, -1):
        if objectives[i] is objective:
            del objectives[i]
            return


class NodeBuilder(NodeDetails):
    """The reading state of an outline, and the placing of each kind of node in it."""

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
        self.describing: ObjectiveNode | None = None  # a heading objective's description above
        self.detail = False  # under a heading that repeats a key result: its details
        self.pending_title = False  # "### Objective 2" written with its title on the next line
        self.pending_owner: str | None = None  # "Owner: …" before the first objective
        self.process: int | None = None  # the level of a heading about the OKR process
        self.after_field = False  # the last line was document metadata ("Version: 1.0")
        self.field_before = False  # the line before the current one was
        self.owner_line = -1  # the line that set pending_owner
        self.kr_style: str | None = None  # "item" or "plain": how the key results are written
        self.kr_titles: dict[str, KeyResultNode] = {}
        self.stated_kr: KeyResultNode | None = None  # a marked key result heading, just read
        self.kr_below = False  # after "#### O1KR1": the next line states that key result
        self.initiatives_level = 0  # the level of an "### Initiatives" heading, 0 for a line
        self.plain_shape = False  # objectives written as plain titles over their lists
        self.name_owners = False  # the document writes owners as "(Max & Zach)" after titles
        self.slash_owners = False  # it writes them as "Mark/Sam" after the key results
        self.stated: frozenset[int] = frozenset()  # objective items stated with a measured KR
        self.section_level = 0  # the level of the last heading
        self.heading_line = 0  # the line of the last heading
        self.owner_next = False  # after "### Team": the next plain line names the owner
        self.bold_shape = False  # a bold title over a list was an objective in a marked document
        self.heading_marked = False  # objectives are marked by a bare "## Objective" heading
        self.heading_titled = False  # objectives are marked in headings with their titles
        self.titled_levels: frozenset[int] = frozenset()  # levels of those headings (2 or more)
        self.spaced_ids = False  # "### O1  Title" over "#### KR1  Text": ids, no separator
        self.page_owners: frozenset[int] = frozenset()  # owner lines among the page's metadata
        self.kr_heading_id: str | None = None  # "1" of the key result heading "#### KR1 …"
        self.okr_parent = 0  # the level of the section holding the marked heading objectives
        self.okr_closed = False  # a heading at that level or above followed them
        self.outside_okrs: frozenset[int] = frozenset()  # headings outside the OKRs' section
        self.context_items: set[int] = set()
        self.record_level: int | None = None  # the level of the record section we are in
        # (context, indent) of a context a "How to read this page:" label opened: a title over
        # a list of its own at that indent ends it
        self.named_context: tuple[int | None, int] | None = (
            None  # the list under the label that opened a context
        )

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
        if sentences and self.mode == "krs" and measured_sentences(line.text, self.parse):
            return False  # "Sälj för 100 miljoner. Nå 100% ökning i EMEA …": targets, as written
        return len(words) > 30 or sentences >= 1

    def _report(self, line: Line, value: str, *, reading: bool = False) -> None:
        """Give the key result a reported score or status ("Status: Met", "Score: 0.6"); a
        "Current:" field (`reading`) gives a score ("0.6", "40%") but never a status."""
        kr = self.kr
        if kr is None or not (self.detail or kr.heading or line.indent > kr.indent):
            return
        score, status = field_value(value)
        status = None if reading else status
        if status and not any(ch.isalpha() for ch in status):
            status = None  # "Status: 🟢 / 🟡 / 🔴": a template's placeholder, no status reported
        kr.score = kr.score if kr.score is not None else score
        if status and kr.ticked:  # "- [x] …" over "Status: Done, on 3 May": the written one
            kr.status, kr.ticked = status, False
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

    def _objective(self, line: Line, title: str, *, explicit: bool, pending: bool = False) -> None:
        self._close_tentative()
        title, owner = _owner_suffix(_unwrap(title))
        if owner is None and self.name_owners:
            title, owner = _name_suffix(title)
        title = _unwrap(title) if owner else title  # "*Text* (owner: Ana)": italics before it
        title = without_separator(title, item=False)  # "O2：提升编程能力；"
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

    def _drop_repeated(self) -> None:
        """Drop the objective before this one when it has the same title and nothing under it:
        "# OKR: Faster encoding" over "## Objective" / "- Faster encoding" names it twice."""
        objectives = self.outline.objectives
        if len(objectives) < 2 or objectives[-2].key_results or objectives[-2].initiatives:
            return
        if _norm(objectives[-2].title) == _norm(objectives[-1].title):
            del objectives[-2]

    def _key_result(
        self, line: Line, title: str, *, implicit: bool = False, marked: bool = False
    ) -> None:
        title, owner = _owner_suffix(_unwrap(title))
        if owner is None and self.name_owners:
            title, owner = _name_suffix(title)
        if owner is None and self.slash_owners and not line.owner:
            title, owner = _trailing_names(title)
        title = _unwrap(title) if owner else title  # "*Text* — DRI: Ana": italics before it
        title = without_separator(title, item=line.item)  # "2. Cost," / "KR1:熟悉业务；"
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
            measure=f"{title} {line.note}" if line.note else None, ticked=line.ticked,
        )  # fmt: skip
        if marked and "." in line.text[:16] and (dotted := _KR_DOTTED_ID.match(line.text)):
            self.kr.marker_id = dotted.group(1).replace("-", ".")
        krs.append(self.kr)
        self.plain_shape = self.plain_shape or (
            self.objective.anchor == "plain" and not self.objective.explicit and line.item
        )
        self.kr_titles[_norm(title)] = self.kr
        self.stated_kr = self.kr if marked and line.heading else None
        self.kr_style = self.kr_style or ("item" if line.item else "plain")
        self.initiative, self.context, self.detail = None, None, False
        if not line.item and not line.heading and _field_list(line):
            self.detail = True  # "**KR1: …**" over "- Baseline: …", "- Owner: …": its fields

    def _stated_below(self, line: Line, text: str) -> bool:
        """Make a bold measured line right under a key result heading that key result's title.

        "### KR1 — Leading (forecast)" / "**50% of users open the sources once.**" (or the same
        bold line in a blockquote): the heading names the key result's kind, the bold line
        below it states it (eleventh round). A heading that measures itself keeps its title.
        """
        kr, self.stated_kr = self.stated_kr, None
        if kr is None or line.item or line.heading or not text:
            return False
        if not line.bold and (text := quoted_statement(line, text) or "") == "":
            return False  # "> **Mục tiêu:** 60% …" (seventeenth round): quoted, after its label
        if self.parse(kr.title).measurable or not self.parse(text).measurable:
            return False
        self.kr_titles.pop(_norm(kr.title), None)
        # "#### KR1: Frühindikator (Verhalten)": a name-like note in the kind heading names the kind
        guessed = self.name_owners and kr.owner and _name_suffix(f"x ({kr.owner})")[1] == kr.owner
        kr.title, owner = _owner_suffix(_unwrap(text))  # "**… — DRI: Ana**": its owner too
        kr.owner = (None if guessed else kr.owner) or owner or line.owner
        kr.score = kr.score if kr.score is not None else line.score
        kr.status = kr.status or line.status
        self.kr_titles[_norm(kr.title)] = kr
        return True

    def _detail_of_kr(self, line: Line) -> bool:
        """Return True for a list item nested under a key result: its details, never an objective.

        "Ziel: 95%" (German), "Cel: 40" (Polish) name an objective at the top of an OKR and a
        target in a key result's details; nested under the key result it is the latter.
        """
        kr = self.kr
        if kr is None or not line.item:
            return False
        # "#### KR 1: …" / "- **목표**: 95%": a bullet in a key result heading's own section
        return line.indent > kr.indent if not kr.heading else kr.line == self.heading_line

    def _open_okr_section(self, line: Line) -> None:
        """Note the section holding the heading objectives ("## 4. OKRs" over "### Objective 1").

        A later heading at that section's level or above ends it; unmarked headings after it
        are sections of the document (a roadmap's "### Stage A: …"), not objectives, even over
        measured items.
        """
        if line.heading:
            self.okr_parent = max((lvl for lvl, _ in self.labels if lvl < line.heading), default=0)
            self.okr_closed = False

    def _in_process(self, line: Line) -> bool:
        """Return True for an item in a subsection of a section about the OKR process.

        "## What is an OKR?" / "### Principles" / "- **Objective**: the big dream we reach":
        the item defines the term. Right under the process heading itself a marked item still
        starts the page's objectives.
        """
        return line.item and self.process is not None and self.section_level > self.process

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

    def _drop_quoted_repeats(self) -> None:
        """Drop an objective that repeats the title of one above, quoted or not, with nothing
        under it but arrowed comments or key results that repeat the ones above.

        A review section citing the objective ('- **Objective**: "Make deploys boring"' over
        "  - → people-centred, ambitious") names the same objective again; a repeat with key
        results of its own (another period's, say) stays. A progress section restating the OKR
        ("## O" / "- Title /10" / "## KR" / the same key results again) is no new objective.
        """
        seen: dict[str, _SameTitle] = {}
        kept = []
        for objective in self.outline.objectives:
            title = objective.title
            if title[-1:].isdigit():
                title = _BLANK_SCORE.sub("", title)
            title = _norm(title.strip(_QUOTE_MARKS))
            earlier = seen.setdefault(title, _SameTitle())
            if (
                earlier.objectives
                and not objective.initiatives
                and not carried_over(objective.labels, earlier.labels)
                and earlier.repeated_by(objective)
            ):
                self.outline.problems.append(
                    (objective.line, "repeats an objective above: left out")
                )
                continue
            earlier.objectives.append(objective)
            earlier.labels.update(period_labels(objective.labels))
            kept.append(objective)
        self.outline.objectives[:] = kept

    def finish(self) -> Outline:
        """Return the outline, with problems for explicit objectives left empty."""
        self._close_tentative()
        percent_grades(self.outline.objectives)  # "## Objective 1: … (70%)": progress, not title
        key_result_progress(self.outline.objectives)  # every key result closing with "(40%)"
        sibling_grades(self.outline.objectives)  # "… (0)" among graded siblings: a grade
        title_lists(self.outline.objectives, self.parse)  # "# OKRs Q3" over a how-to list
        self.outline.problems.extend(progress_by_id(self.outline.objectives))
        self._drop_quoted_repeats()
        for objective in self.outline.objectives:
            if not objective.key_results:
                self.outline.problems.append((objective.line, "objective has no key results"))
        self.outline.problems.sort()
        return self.outline


@dataclass
class _SameTitle:
    """The objectives read so far under one title, and their key results' titles, gathered
    only when a later objective of that title asks (a title written many times, as 10,000
    objectives written from a few dozen templates, is not read again each time)."""

    objectives: list[ObjectiveNode] = field(default_factory=list)
    key_results: set[str] = field(default_factory=set)
    gathered: int = 0  # how many of the objectives key_results holds
    labels: set[str] = field(default_factory=set)  # the objectives' labels (periods among them)

    def repeated_by(self, objective: ObjectiveNode) -> bool:
        """Return True when an objective with this title adds nothing of its own: only
        arrowed comments, or key results that all repeat those of the earlier ones (a progress
        section writing the OKR again)."""
        if all(kr.title[:1] in _ARROWS for kr in objective.key_results):
            return True
        if _graded_review(objective, self.objectives):
            return False
        for earlier in self.objectives[self.gathered :]:
            self.key_results.update(_norm(kr.title) for kr in earlier.key_results)
        self.gathered = len(self.objectives)
        return all(_norm(kr.title) in self.key_results for kr in objective.key_results)


def _graded_review(objective: ObjectiveNode, earlier: list[ObjectiveNode]) -> bool:
    """Return True for a quarter review grading an objective written ungraded above: every
    one of its key results has a score and none of the earlier ones has (twenty-sixth round,
    "# Q2 Objectives" over "# Q1 Objectives (Quarter End Review)" with "(0.5)" after each)."""
    krs = objective.key_results
    return (
        bool(krs)
        and all(kr.score is not None for kr in krs)
        and not any(kr.score is not None for o in earlier for kr in o.key_results)
    )


_ARROWS = ("→", "⇒")
# "Title /10": a blank score slot after a repeated title, to fill in at the review
_BLANK_SCORE = re.compile(r"\s+/\s*\d{1,3}$")
_QUOTE_MARKS = "\"'“”„«»「」『』 "


def _marked_okr(line: Line) -> bool:
    """Return True for a marked objective item with marked key results nested under it."""
    return bool(_OBJECTIVE.match(line.text)) and any(
        _KEY_RESULT.match(child.text) for child in line.children
    )


def _over_objectives(line: Line, objective: ObjectiveNode, parse: Parse) -> bool:
    """Return True for a heading under a marked objective ("Objective: …", "O: …") that heads
    a list of objectives: items that are unmeasured with measured items under them. Such a
    list cannot be that objective's key results (its items never start objectives)."""
    return objective.explicit and bool(line.children) and _heads_list(line.children[0], parse)


def _starts_objective(line: Line, objective: ObjectiveNode, parse: Parse) -> bool:
    """Return True when a list item starts a new objective rather than a key result."""
    if objective.explicit:
        return False
    if objective.anchor == "item":
        return line.indent <= objective.indent  # a sibling of the current objective
    # Under a heading, an unmeasured item with measured children is an objective; when the
    # heading has no key results it was only a label ("# Q3 OKRs" above a numbered list).
    return objective.anchor == "heading" and _heads_list(line, parse)
