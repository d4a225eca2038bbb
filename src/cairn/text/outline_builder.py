"""The state machine that places an OKR document's classified lines (`read_outline`).

Each line (heading, bullet, numbered item, plain line) comes with its prefix and indentation;
the builder decides whether it opens an objective, adds a key result, an initiative, an owner
or a label, or is context, using indentation to tell key results from the initiatives nested
under them. Problems are collected with their line numbers; nothing is raised.
"""

from __future__ import annotations

from cairn.text.doc_clean import real_owner
from cairn.text.key_result_parser import leading_verb
from cairn.text.outline_conventions import TEMPLATE_BLANK
from cairn.text.outline_glossary import defines
from cairn.text.outline_headings import QUOTES, OutlineHeadings
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import (
    _FIELD,
    _ID_PREFIX,
    _INITIATIVE,
    _INITIATIVE_HEADER,
    _KEY_RESULT,
    _KR_HEADER,
    _OBJECTIVE,
    _OBJECTIVE_SPACED,
    _OBJECTIVES_HEADER,
    _OWNER,
    _OWNER_LABEL,
    _PLACEHOLDER,
    _PREFIX_FIRST,
    _SCORES,
    _WORK,
    LABEL_LEVEL,
    key_results_header,
    objective_alone,
)
from cairn.text.outline_nodes import (
    NodeBuilder,
    ObjectiveNode,
    _remove,
    _starts_objective,
)
from cairn.text.outline_objective_sections import still_untitled
from cairn.text.outline_record_scope import in_record, record_level, repeats_objective
from cairn.text.outline_round_shapes import (
    key_result_id,
    names_the_term,
    numbered_key_result,
    part_of_key_result,
    spaced_key_result,
)
from cairn.text.outline_rules import (
    _COLUMNS,
    _NEGATIVE,
    _PERIOD,
    _context_line,
    _heads_list,
    _named_section,
    _owner_suffix,
    _short,
    _unwrap,
    prose_sentence,
)
from cairn.text.outline_titles import bold_title
from cairn.text.outline_work import _work_kind


class OutlineBuilder(OutlineHeadings, NodeBuilder):
    """The state machine that places each line."""

    def feed(self, line: Line) -> None:
        """Place one line."""
        text = line.text
        if line.heading:
            self.record_level = record_level(self.record_level, line, text)
            self.section_level, self.owner_next, self.heading_line = (
                line.heading,
                False,
                line.number,
            )
        elif self.owner_next and self.objective is not None and not line.item:
            self.owner_next = False
            if len(text.split()) <= 8 and not text.endswith((".", ":")):  # a name, not prose
                self.objective.owner = self.objective.owner or real_owner(text)
                return
        if text and self.objective is None and self._document_field(line, text):
            return  # "Quarter: Q1 2026" / "Completion date: …": the OKR's own fields, stated first
        if self._stated_below(line, text):
            return
        if (line.heading or self.kr_below) and self._id_heading_kr(line, text):
            return
        if line.quote and text and self.pending_title and self.objective and not line.item:
            self._pending(_unwrap(text))  # "### Objective" / "> **"Become the trusted one"**"
            return
        if line.quote or not text or _context_line(text):
            return  # a blockquote, a "Note:" or "Rationale:" line: context
        if self._in_context(line):
            self._described_owner(line, text)  # "Owner: Ana" above "### Key results" (Notion)
            return
        first = text[:1]
        maybe_prefixed = first.lower() in _PREFIX_FIRST or first.isupper() or not first.isascii()
        maybe_prefixed = maybe_prefixed or first in QUOTES
        if maybe_prefixed and self._prefixed(line, text):
            return
        single = not line.item or not line.children
        deeper = bool(line.heading) and self.objective is not None
        deeper = deeper and line.heading > self.objective.level  # type: ignore[union-attr]
        if self.pending_title and self.objective and (deeper or not line.heading) and single:
            # "## Objective" over "### 🏥 Become the first choice …": a deeper heading titles it
            # "## 📌 Objective" over its title, a plain line or a single bullet ('**"…"**': quoted)
            if names_the_term(text):  # "### Objective (목표)" / "**좋은 Objective의 특징**": told
                self._about_the_term()
                return
            self._pending(_unwrap(text))
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
        elif text[-1] in ":：" and len(text.split()) <= 10 and not self._detailed_kr(line):
            # after a key-results label's items, another label heads another part ("Si te gustó
            # este artículo probablemente te interese:" over links), not key results
            ends_krs = self.mode == "krs" and self.kr_style == "item" and not line.item
            if _NEGATIVE.match(text) or _named_section(text) or ends_krs:
                self.context = line.indent  # counter-examples, or something else, follow
                if not _NEGATIVE.match(text):
                    self.named_context = (line.indent, line.indent)
                return
            self._close_tentative()
            self._label(LABEL_LEVEL, text[:-1].strip())
        else:
            self._content(line)

    def _about_the_term(self) -> None:
        """Drop the objective a bare "### Objective" heading opened: its section explains the word."""
        assert self.objective is not None
        _remove(self.outline.objectives, self.objective)
        self.objective, self.pending_title, self.context = None, False, 0

    def _pending(self, text: str) -> None:
        """Give the objective opened by a bare "## Objective" heading its title."""
        assert self.objective is not None
        self.pending_title = False
        self.objective.title, owner = _owner_suffix(text)
        self.objective.owner = self.objective.owner or owner
        self._drop_repeated()

    def _prefixed(self, line: Line, text: str) -> bool:
        """Place a header or a prefixed line ("KR 2:", "Owner:" …); return False for others.

        Each pattern runs only where it can match (imports read 10,000s of lines): headers are
        short lines, markers need their separator in the first 100 characters, owner and field
        labels a colon.
        """
        short, head = len(text) <= 120, text[:100]
        if line.heading and text[:1] in QUOTES:
            text = _ID_PREFIX.sub("", text, count=1)  # "#### `2022.C1` Initiatives": of OKR 2022.C1
        colon = ":" in head or "：" in head
        marked = colon or "." in head or ")" in head or " -" in head or " –" in head
        marked = marked or " —" in head or "|" in head or " · " in head or " • " in head
        marked = marked or "-" in head[:16] or "．" in head  # "KR 1-1 …", "目標1．…"
        if short and objective_alone(line, text):  # "### Objective 2": title on the next line
            if self.pending_title and still_untitled(self.objective, line):
                return True  # "# Objective 1" over "## Objective": one objective, titled below
            self._name_only(line, deeper=True)  # "# OKR — Q3" over "## Objective": the page's
            self._objective(line, "", explicit=True, pending=True)
        elif short and key_results_header(line, text) and not numbered_key_result(text):
            self.mode, self.context, self.kr_style = "krs", None, None
        elif short and _INITIATIVE_HEADER.match(text):
            self.mode, self.initiatives_level = "initiatives", line.heading
        elif short and _OBJECTIVES_HEADER.match(text):
            self.mode = None
        elif marked and (match := _OBJECTIVE.match(text)):
            if self._detail_of_kr(line):
                return True  # "- KR 1: 95% uptime" / "  - Ziel: 95%": a target, not an objective
            if in_record(self.record_level, line) and repeats_objective(
                match.group(1), self.outline.objectives
            ):  # "### KR status" / "**O1 — Launch …**": a report on O1, not a new objective
                self._close_tentative()
                self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
                self.context = line.indent
                return True
            if TEMPLATE_BLANK.match(match.group(1)):
                # "**Objective:** [Qualitative, inspiring goal]": a template, its rows blanks too
                self._close_tentative()
                self.objective, self.kr, self.kr_indent, self.mode = None, None, None, None
                self.context = line.indent
                return True
            if defines(match.group(1)) or self._in_process(line) and id(line) not in self.stated:
                # "- **Objective:** What are we trying to achieve? Qualitative.": told, and so is
                # an "Objective:" item in a subsection about the process ("### Principles")
                return True
            self._name_only(line)
            self._open_okr_section(line)
            self._objective(line, match.group(1), explicit=True)
        elif line.heading and (match := _OBJECTIVE_SPACED.match(text)) and self.heading_titled:
            self._open_okr_section(line)
            self._objective(line, match.group(1), explicit=True)  # "### Objective 5 Cloud relay"
        elif line.heading and self.spaced_ids and (spaced := spaced_key_result(text)):
            self._key_result(line, spaced, marked=True)  # "#### KR1  Add 10 contributors"
            self.kr_heading_id = key_result_id(text)
        elif marked and (match := _KEY_RESULT.match(text)):
            if defines(match.group(1), question=False):
                return True  # "- **Key result**: how we measure it": the term, defined
            if self.kr is not None and not line.heading and part_of_key_result(self, text):
                self._initiative(line, match.group(1))  # "**KR1.1** …" under "#### KR1 …"
                return True
            self._key_result(line, match.group(1), marked=True)
            self.kr_heading_id = key_result_id(text) if line.heading else None
        elif marked and (match := _WORK.match(text)) and self._under_initiative(line):
            self._work(line, match.group(2), _work_kind(match.group(1)))
        elif marked and (match := _INITIATIVE.match(text)):
            if not self._in_process(line):  # "- **Initiative**: …" in a guide: told
                self._initiative(line, match.group(1))
        elif colon and (match := _OWNER.match(text)):
            self._owner(line, match.group(1).strip())
        elif colon and (match := _FIELD.match(text)):
            # "Current: 98.8% uptime, 0 critical incidents": the metric's reading, no status
            self._report(line, match.group(1), reading=text[:7].lower() == "current")
        elif colon and (match := _SCORES.match(text)):
            self._scores(match.group(1).split(" | "))
        elif not short or not _COLUMNS.match(text):  # "Objective / Key Result Owner(s) Score"
            return False
        return True

    def _name_only(self, line: Line, *, deeper: bool = False) -> None:
        """Make a heading objective a label when a marked objective line follows inside it.

        "### OKR 1: Faster checkout" / "- **Objective:** Cut checkout time for every buyer":
        the heading names the OKR, the marked line below it, before any key result, states the
        objective. The heading's title stays as the objective's label.
        """
        objective = self.objective
        if (
            objective is None
            or (line.heading and not (deeper and line.heading > objective.level))
            or objective.anchor != "heading"
            or not objective.explicit
            or objective.key_results
            or objective.initiatives
            or self.pending_title
        ):
            return
        _remove(self.outline.objectives, objective)
        self.objective = None
        self.labels = [(lvl, t) for lvl, t in self.labels if lvl < objective.level]
        self.labels.append((objective.level, objective.title))

    def _detailed_kr(self, line: Line) -> bool:
        """Return True for a key result that ends with a colon over its details.

        "### Key Results" / "- Finalize a template including:" / "  - Context rules": under a
        key results header, or beside key results, an item that starts with a verb and holds a
        list of unmeasured points is a key result (its list its details), not a label over the
        next key results ("- For the web team:" / "  - Reach 50 users").
        """
        if not line.item or not line.children or self.objective is None:
            return False
        beside = self.kr is not None and line.indent == self.kr_indent
        if not (self.mode == "krs" or beside) or line.text.split()[0].lower() in _PREPOSITIONS:
            return False
        if leading_verb(line.text) is None:
            return False
        return not any(self.parse(child.text).measurable for child in line.children)

    def _described_owner(self, line: Line, text: str) -> None:
        """Take an owner line of a heading objective's description as its owner (thirty-first
        round: a Notion export's "Owner: Ana" property line above "### Key results")."""
        objective = self.objective
        if objective is None or objective is not self.describing or objective.key_results:
            return
        if not line.item and not objective.owner and (found := _OWNER.match(text)):
            self._owner(line, found.group(1).strip())

    def _in_context(self, line: Line) -> bool:
        """Return True for a line inside a context block (under "**Notes:**", "Poor examples:").

        Headings, bold labels and marked objectives end the block; everything else in it is
        context, even a line that looks like a key result ("KR#4: the project was aborted").
        """
        if self.context is not None and id(line) in self.context_items:
            return True  # "**Format:**" / "- **Objective:** Qualitative goal": the format, told
        if self.context is None or line.heading or line.label or _SCORES.match(line.text):
            return False
        if line.indent < self.context or _OBJECTIVE.match(line.text):
            return False
        titled = line.children or line.header_below
        if not line.item and titled and self.named_context == (self.context, line.indent):
            self.context = None  # "How to read this page:" / … / "Grow" over a list of its own
            return False
        return not _KR_HEADER.match(line.text)

    def _content(self, line: Line) -> None:
        """Place a line without a prefix: key result, initiative or a new objective."""
        objective = self.objective
        if self.detail or self.context is not None and line.indent >= self.context:
            return
        if len(line.text) < 40 and _PLACEHOLDER.match(line.text):
            return  # "Key results:" / "More detail coming soon": none written yet
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
        elif self.mode == "initiatives" and (line.item or not (line.header_below or line.children)):
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
        elif self._lists_points(line):
            return  # "- KR 1.2: … on these dimensions:" / "- Empathy": its points, not key results
        elif self.kr_indent is None or line.indent <= self.kr_indent or self.kr is None:
            self._key_result(line, line.text)
        else:
            self._initiative(line, line.text)

    def _plain_line(self, line: Line, objective: ObjectiveNode) -> None:
        """Place a plain line: a key result when it measures something, else a new objective."""
        if self._described(line):
            return
        if line.italic and objective.key_results and _named_section(line.text):
            return  # "*2. Engineering OKRs Examples*" after a list: the next group's name
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
        elif self._under_period(line, objective) or bold_title(line, objective, self.parse):
            self._objective(line, line.text, explicit=False)  # "### Q1 2020" over "Title" + list
        elif self.mode == "krs" and self.kr_style == "item" and prose_sentence(line.text):
            return  # "**Resultados clave:**" over "- …" items: a sentence after them is context
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


# A question answered by a description: "What are we trying to achieve? Qualitative, clear."
_PREPOSITIONS = frozenset(
    "for in on at by with under per from to of about within across".split()  # noqa: SIM905
)
