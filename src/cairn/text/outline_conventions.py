"""How a document writes its OKRs, read once over all its lines before any line is placed.

A document that marks its objectives ("Objective:", "O1:") marks all of them; one that also marks
its key results, or puts titles in its marked headings, or writes owners after the titles, does so
throughout. These page-wide conventions are flags on the builder that places the lines.
"""

from __future__ import annotations

import re

from cairn.text.outline_glossary import defines
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE, objective_alone
from cairn.text.outline_nodes import NodeBuilder
from cairn.text.outline_okr_section import outside_okr_section
from cairn.text.outline_page_fields import page_owner_lines
from cairn.text.outline_round_shapes import spaced_ids, titled_levels
from cairn.text.outline_rules import _name_suffix, _slash_names

# "O1 ", "O-1 ", "okr1 ", "OKR 2 ": an objective's code opening a heading (as _O_CODE_HEADING)
_CODE = re.compile(r"^((?-i:O)-?|(?i:okr)\s?)(\d{1,2})\s+\S")
# A template's blank for a title: "[Qualitative, inspiring goal]", "<objective>", "{goal}"
TEMPLATE_BLANK = re.compile(r"^\s*(?:\[[^\[\]]+\]|<[^<>]+>|\{[^{}]+\})\s*$")


def read_conventions(builder: NodeBuilder, lines: list[Line]) -> None:
    """Set the builder's page-wide flags from how the document writes its OKRs."""
    # A document that marks its objectives ("Objective:", "O1:", "### Objective 2") marks all of
    # them: its other headings, paragraphs and lists are context (intros, notes, schedules).
    # A template's blank ("### Objective: [Your objective]") marks nothing (ninth round).
    builder.explicit_doc = any(
        (match := _OBJECTIVE.match(line.text))
        and not TEMPLATE_BLANK.match(match.group(1))
        and not defines(match.group(1))
        or objective_alone(line)
        for line in lines
        if not line.quote
    )
    # One that also marks its key results ("KR 1.1: …") writes them so: an unmarked heading
    # over a list of short steps ("## Roadmap / 1. Build auth") is context there, not OKRs.
    builder.kr_marked_doc = builder.explicit_doc and any(
        _KEY_RESULT.match(line.text) for line in lines if not line.quote
    )
    # One that marks them with a bare "## Objective" heading over the title marks every one
    # so: a heading over measured items there is a section ("## Progress sharing").
    builder.heading_marked = any(line.heading and objective_alone(line) for line in lines)
    # One that marks them in headings with their titles ("### Objective 1: …") reads a marker
    # written with its id and no separator there as one too ("### Objective 5 Cloud relay").
    builder.heading_titled = any(
        line.heading and _OBJECTIVE.match(line.text) for line in lines
    ) or _coded_headings(lines)
    if spaced_ids(lines):  # "### O1  Build …" over "#### KR1  Add …": both marked (twelfth round)
        builder.explicit_doc = builder.kr_marked_doc = builder.heading_titled = True
        builder.spaced_ids = True
    builder.titled_levels = titled_levels(lines, spaced=builder.spaced_ids)
    # Headings outside the section naming the OKRs that holds them ("## 一、上年度里程碑回顾"
    # beside "## 三、年度 OKR"): context, never objectives over measured items (23rd round)
    builder.outside_okrs = outside_okr_section(lines) if builder.explicit_doc else frozenset()
    builder.page_owners = page_owner_lines(lines)  # "Versión: 1.0" / "Owner: …": the page's
    # First names in a trailing parenthesis ("(Max & Zach)") are owners where the document
    # writes its owners so, on two lines or more; one "(Beta)" alone stays title text.
    builder.name_owners = sum(1 for line in lines if _name_suffix(line.text)[1]) >= 2
    # Owners written as first names joined by "/" after the key result ("… Mark/Sam"), on three
    # lines or more: a trailing first name owns its key result there.
    builder.slash_owners = sum(1 for line in lines if _slash_names(line.text)[1]) >= 3


def _coded_headings(lines: list[Line]) -> bool:
    """Return True where two headings or more open with an objective's code ("### O1 …").

    One code on two headings in a row ("2.1.1 OKR 1 Objective and Key Result" / "2.1.2 OKR 1
    Metric(s)") names the sections of one OKR, not objectives (nineteenth round).
    """
    codes = [
        (match.group(1).lower().strip(" -"), int(match.group(2)))
        for line in lines
        if line.heading and (match := _CODE.match(line.text))
    ]
    return len(codes) >= 2 and all(a != b for a, b in zip(codes, codes[1:], strict=False))
