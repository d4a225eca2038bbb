"""How the outline builder places a heading or a label line (`OutlineBuilder`'s part for them).

A heading opens an objective, names a section of something else ("## Links", "## Glossary",
a progress record's "## Check-in 2026-09"), a category over objectives ("### Organizational"),
a period or a group of key results; a label line ("Objective:", "Key results:", "Owner:")
says what the lines after it are. The reading state lives in `NodeBuilder`.
"""

from __future__ import annotations

from cairn.text.outline_aims import aim_over_key_results, heading_over_okr, label_section
from cairn.text.outline_category_headings import category_heading
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import (
    _ID_PREFIX,
    _KR_HEADER,
    _OWNER_HEADING,
    _QUALIFIED_KR_HEADER,
    LABEL_LEVEL,
    _field_list,
)
from cairn.text.outline_nodes import (
    _marked_okr,
    _over_objectives,
)
from cairn.text.outline_record_scope import in_record
from cairn.text.outline_reports import fill, repeated_reports
from cairn.text.outline_round_shapes import (
    beside_titled,
    lists_steps,
)
from cairn.text.outline_rules import (
    _NEGATIVE,
    _about_process,
    _changes_listed,
    _measured_list,
    _named_section,
    _norm,
)
from cairn.text.outline_tagged import tagged_key_result

# the quotes a heading quoting a key result opens with ('## "Ship the CLI"')
QUOTES = "`'\""


class OutlineHeadings:
    """The heading and label rules of `OutlineBuilder` (a mixin over `NodeBuilder`'s state)."""

    def _labelled(self, line: Line) -> bool:
        """Place a line starting with a bold label ("**Notes:**", "**Active from:** …").

        "**Key Results:**" opens the key results; a bold title alone over a list is an objective
        (when the document does not mark its objectives); any other label is context, and so
        are the items under it.
        """
        label = (line.label or "").lower()
        if self.objective is not None and (tagged := tagged_key_result(line)):
            self._key_result(line, tagged)  # "- **Workshop [COMMITTED]:** Plan a workshop …"
            return True
        if self.detail and self.kr is not None and line.item and not _KR_HEADER.match(label):
            return True  # "**KR 1.1**: …" over "- **Target**: …": a field of the key result
        qualified = _QUALIFIED_KR_HEADER.match(label) and not _NEGATIVE.match(label)
        if _KR_HEADER.match(label) or qualified and line.text.rstrip(": ") == line.label:
            self.mode, self.context, self.kr_style = "krs", None, None
            return True
        if self._groups_key_results(line):
            self._label(LABEL_LEVEL, line.label or "")  # "- **Sales:**" over key results
            return True
        if not line.item and (line.children or line.header_below) and line.text == line.label:
            if not self.explicit_doc and not _named_section(line.text):
                self.context = None  # it ends a section of something else ("## Links")
                return False  # a bold paragraph heading a list: an objective, placed as content
            after_first = bool(self.outline.objectives) and not label_section(line.text)
            # a page stating its OKRs as '- Objective: "…"' / "- KR: …" lists marks them all
            if (
                after_first
                and not heading_over_okr(line)
                and not self.stated
                and (
                    self.bold_shape
                    or _measured_list(line, self.parse, milestones=not self.kr_marked_doc)
                )
            ):
                # where objectives are marked, a bold title over key results after them is one
                # too ("### Q3" / "**Secure funding**" / "- $750k in commitments"), and so are
                # the bold titles over lists after it
                self._objective(line, line.text, explicit=False)
                self.bold_shape = True
                return True
        if heading_over_okr(line):  # "#### **Template Vendite**" over "- Objective: …"
            return False
        if not line.item and any(_marked_okr(child) for child in line.children):
            return True  # "**Our goals**" over "- `O-1` …" holding "- `KR-1-1` …": their title
        objective = self.objective
        if aim_over_key_results(
            line, objective is not None, bool(objective and objective.key_results)
        ):
            return True  # "**Goal**: Reduce overhead by 50%." over "- **KR 1**: …": an aim
        self.context = line.indent
        if not line.item:  # the list right under a label paragraph is its content
            self.context_items = {id(child) for child in line.children}
        return True

    def _groups_key_results(self, line: Line) -> bool:
        """Return True for a bold label item alone among key results ("- **Sales:**").

        Right after "Key results:", a label item with nothing after it names a group of the key
        results that follow; a section named for something else ("**Notes:**") is context.
        """
        if self.mode != "krs" or self.objective is None or not line.item or not line.label:
            return False
        if line.text.rstrip(":：").strip() != line.label:
            return False
        return not _named_section(line.label) and not _NEGATIVE.match(line.label)

    def _heading(self, line: Line, text: str) -> None:
        """Place a heading: a key result's details, an objective, or a label."""
        if self.objective is not None and _OWNER_HEADING.match(text):
            self.owner_next = True  # "### Team" / "One45 Platform": the objective's owner
            return
        if self.okr_parent and line.heading <= self.okr_parent:
            self.okr_closed = (
                True  # "## 5. Roadmap" after "## 4. OKRs" holding "### Objective 1: …"
            )
        if self._of_objective(line, text):
            self.context = 0  # "#### `2022.C1` Timeframe": a section of the OKR, not a new one
            return
        norm = _norm(text)
        if norm in self.kr_titles:  # "### Ship CSS containment" again: its details follow
            self.kr, self.detail, self.context = self.kr_titles[norm], True, None
            return
        if line.children and (reports := repeated_reports(line.children, self.kr_titles)):
            fill(reports)  # "## Status update" / "- Ship the CLI: on track": reports, read here
            self._close_tentative()
            self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
            self.detail, self.context = False, 0
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
        # "### ❌ Too many OKRs": counter-examples, a section of something else too
        recorded = in_record(self.record_level, line)  # "### vs Elicit" under "## Check-in …"
        if recorded or (
            not self.explicit_doc and line.heading > 1 and (line.wrong or _named_section(text))
        ):
            pass  # "## Links", "## Glossary": a section of something else, even unmarked
        elif not self.explicit_doc and category_heading(line, self.parse):
            # "### Organizational" over "* objective" / "  * key result": a category, whose
            # items are objectives (whatever heading stood above it is no objective of theirs)
            self._close_tentative()
            self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
            self.labels = [(lvl, t) for lvl, t in self.labels if lvl < line.heading]
            self.labels.append((line.heading, text))
            return
        elif not self.explicit_doc or line.krs_below:
            self._objective(line, text, explicit=False)
            if line.krs_below:
                self.context = 0  # its description, up to "Key results:"
                self.describing = self.objective
            return
        if recorded:
            pass
        elif self.kr_marked_doc and _field_list(line) and not _changes_listed(line, self.parse):
            pass  # key results are marked there: a list of labels is context ("FY26 KRs: 60%")
        elif (
            not self.heading_marked
            and not self.okr_closed
            and line.number not in self.outside_okrs
            and not beside_titled(line, self.titled_levels, self.parse, self.outline.problems)
            and not lists_steps(line)
            and not self._in_initiatives(line)
            and _measured_list(line, self.parse, milestones=not self.kr_marked_doc)
        ):
            self._objective(line, text, explicit=False)  # a heading over measured items
            return
        objective = self.objective
        if recorded or line.wrong or _named_section(text):  # "### Notes" in an objective
            self.context = 0
        if (
            objective is None
            or line.heading
            <= (objective.level if objective.anchor == "heading" else objective.section or 7)
            or _over_objectives(line, objective, self.parse)
        ):  # a heading at the objective's level or above ends it; a deeper one is inside it,
            # unless what it heads is a list of objectives ("## Department 28" / "1. …" / "a. …")
            self._close_tentative()
            self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
        self.labels = [(lvl, t) for lvl, t in self.labels if lvl < line.heading]
        self.labels.append((line.heading, text))

    def _of_objective(self, line: Line, text: str) -> bool:
        """Return True for a heading inside an objective's section that names it by its id.

        "### OKR '2022.C1': …" / "**Objective: …**" / "#### `2022.C1` Timeframe": a deeper
        heading that starts with the id the objective's section heading carries is a part of
        that OKR (its key results and initiatives headers are read as such before this).
        """
        objective = self.objective
        if objective is None or text[:1] not in QUOTES:
            return False
        if line.heading <= (
            objective.level if objective.anchor == "heading" else objective.section
        ):
            return False
        match = _ID_PREFIX.match(text)
        if match is None:
            return False
        ident = next(group for group in match.groups() if group)
        return any(ident in label for label in objective.labels)
