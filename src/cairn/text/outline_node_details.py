"""How the node builder places initiatives, work items, owners, page fields and themes.

`NodeBuilder`'s part for the nodes under a key result and the lines beside the tree: an
initiative or a work item nested under a key result, an "Owner:" line, a page's own fields
("Last updated: …") and a theme heading over objectives. The reading state lives in
`NodeBuilder`, which takes these rules as a mixin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cairn.text.doc_clean import real_owner
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import (
    _DOC_FIELD,
    _KEY_RESULT,
    _KR_ID_HEADING,
    LABEL_LEVEL,
)
from cairn.text.outline_page_fields import okr_field
from cairn.text.outline_rules import (
    _name_suffix,
    _owner_suffix,
    _unwrap,
)
from cairn.text.outline_work import Item, WorkNode

if TYPE_CHECKING:  # outline_nodes builds on this mixin
    from cairn.text.outline_nodes import ObjectiveNode


class NodeDetails:
    """Initiatives, work, owners, fields and themes (a mixin of `NodeBuilder`)."""

    def _in_initiatives(self, line: Line) -> bool:
        """Return True for a heading inside an objective's "### Initiatives" section.

        "### Initiatives" / "#### Content (May)" / "- [ ] 5 gameplay GIFs": the deeper headings
        group the initiatives, however measured their items; no objective starts there.
        """
        return (
            self.mode == "initiatives"
            and self.objective is not None
            and 0 < self.initiatives_level < line.heading
        )

    def _id_heading_kr(self, line: Line, text: str) -> bool:
        """Read a heading holding only a key result's id and the key result on the line below.

        "#### O1KR1" / "_Key Result_: At least one new use case is live [1/5]" (or the line
        without its label, or an empty label over "Key Result 2: …"): the heading numbers the
        key result, the line states it (twelfth round). Under no objective the heading reads
        as before.
        """
        if line.heading:
            short = len(text) <= 24
            self.kr_below = (
                self.objective is not None and short and bool(_KR_ID_HEADING.match(text))
            )
            return self.kr_below
        if not self.kr_below or not text or line.quote:
            return False
        match = _KEY_RESULT.match(text)
        title = match.group(1).strip() if match else text
        if title:  # an empty "_Key Result_:" label: the key result is on the next line
            self.kr_below = False
            self._key_result(line, title, marked=True)
        return True

    def _lists_points(self, line: Line) -> bool:
        """Return True for an unmarked item after a marked key result that ends in a colon.

        "- KR1.2: Reach a high bar on these dimensions:" / "- Empathy" / "- Attention" /
        "- KR1.3: …": the plain items between two marked ones, at the same level, are the
        points the colon announced (an unmarked item after a key result without one stays a
        key result).
        """
        kr = self.kr
        return (
            kr is not None
            and kr.marked
            and kr.title[-1:] in (":", "：")
            and line.indent == self.kr_indent
        )

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
        if line.number in self.page_owners and self.objective and self.objective.key_results:
            return  # "Última actualización: …" / "Owner: CKO": a footer, the page's own
        if self.kr is not None and (self.detail or self.kr.heading or line.indent > self.kr.indent):
            self.kr.owner = self.kr.owner or owner  # details repeat it: the first one stands
        elif self.objective is not None:
            self.objective.owner = owner
        elif not self.field_before:  # "Version: 1.0 / Owner: Platform Team": the document's
            self.pending_owner, self.owner_line = owner, line.number  # stated before its objectives

    def _document_field(self, line: Line, text: str) -> bool:
        """Note metadata lines before the first objective; an owner beside them is the page's.

        Return True for the OKR's own date field ("Completion date: 2026-03-31"): no section."""
        if okr_field(text):
            self.field_before = self.after_field = False
            return True
        field = bool(_DOC_FIELD.match(text))
        if field and self.pending_owner and self.owner_line == line.number - 1:
            self.pending_owner = None  # "Owner: …" then "Last Updated: …": metadata too
        self.field_before, self.after_field = self.after_field, field
        return False

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
