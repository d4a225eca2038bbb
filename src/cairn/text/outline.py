"""Read the outline of an OKR document in any of the shapes of SPEC §6.

The page passes through the rewrites of the shapes it may be written in (wiki markup, sheet
rows, numbered objectives, examples, glossaries …), each line is classified (heading, bullet,
numbered item, plain line; objective, key result, initiative, owner, label or header prefix),
then placed by a small state machine (`cairn.text.outline_builder`) that uses indentation to
tell key results from the initiatives nested under them. Problems are collected with their
line numbers; nothing is raised.
"""

from __future__ import annotations

from cairn.text.key_result_parser import parse_key_result
from cairn.text.outline_bold_items import bold_item_objectives
from cairn.text.outline_builder import OutlineBuilder
from cairn.text.outline_callouts import callout_boxes
from cairn.text.outline_contents import contents_lists
from cairn.text.outline_conventions import read_conventions
from cairn.text.outline_enumerators import nest_enumerated
from cairn.text.outline_examples import primer_examples
from cairn.text.outline_export_marks import export_marks
from cairn.text.outline_exports import export_pages
from cairn.text.outline_flat_okrs import flat_okr_lists
from cairn.text.outline_glossary import defined_pairs, glossary_items, question_pairs
from cairn.text.outline_goal_files import yaml_goal_files
from cairn.text.outline_lead_in import lead_in_objectives
from cairn.text.outline_line_shapes import line_shapes
from cairn.text.outline_lines import read_lines
from cairn.text.outline_marked_sections import keep_marked_sections
from cairn.text.outline_markers import (
    mark_goal_headings,
)
from cairn.text.outline_markup_pages import markup_pages
from cairn.text.outline_measure_bullets import measure_bullets
from cairn.text.outline_nested_lists import nested_list_objectives
from cairn.text.outline_nodes import (
    KeyResultNode,
    ObjectiveNode,
    Outline,
    Parse,
)
from cairn.text.outline_numbered_notes import numbered_kr_notes
from cairn.text.outline_numbered_objectives import numbered_objectives
from cairn.text.outline_objective_sections import objective_sections
from cairn.text.outline_other_sections import leave_other_sections
from cairn.text.outline_outliner_blocks import heading_blocks
from cairn.text.outline_plain_titles import plain_title_objectives
from cairn.text.outline_prose import prose_okrs
from cairn.text.outline_quoted import unquote_trees
from cairn.text.outline_section_numbers import section_headings
from cairn.text.outline_sheet_rows import sheet_rows
from cairn.text.outline_summaries import summary_items
from cairn.text.outline_titles import mark_titles
from cairn.text.outline_wiki_pages import wiki_pages
from cairn.text.outline_work import Item, WorkNode, is_user_story, work_kind

# Item, WorkNode, is_user_story and work_kind are imported from here by the document reader.
__all__ = ["Item", "KeyResultNode", "ObjectiveNode", "Outline", "WorkNode", "is_user_story"]
__all__ += ["read_outline", "work_kind"]


def read_outline(text: str, parse: Parse = parse_key_result, *, code: bool = False) -> Outline:
    """Return the objectives, key results, initiatives and labels of a document.

    `parse` reads a line as a key result to tell measured lines apart (parse_document passes
    one that remembers every sentence of the document, to parse each only once). What closed
    code fences hold is read only with `code`.
    """
    text = export_marks(text)  # "1\\. …" / "12\\%" escapes, ":dart:" shortcodes, "→ …" items
    text = export_pages(text)  # "&nbsp;", "<u>", "::: {…}", "Page 3 of 10", "(/)" (exports)
    text = heading_blocks(text)  # "- ## Make deploys boring" over "\t- …" (Logseq, Roam)
    text = callout_boxes(text)  # "> [!abstract] Make deploys boring" over "> - …" (Obsidian)
    text = sheet_rows(text)  # "Objective<TAB>Key results" over rows; "KR 1.1<TAB>…" id cells
    text = wiki_pages(text)  # "== … ==" (MediaWiki), "h2. …" / "# …" (Jira), "~~~" (reST)
    text = markup_pages(text)  # "== Objective: …" (AsciiDoc), "** …" under "#+TITLE:" (org-mode)
    text = numbered_objectives(text, parse)  # "1. Objective" over "1.1 KR" / indented items
    text = unquote_trees(text)  # "> - **Objetivo 1**: …" / ">   - **Resultado clave 1.1**: …"
    text = contents_lists(text)  # "- [The team](#the-team)": the page's table of contents
    text = section_headings(text)  # "1.C.3.2 OKR 3 Metric(s)" lines of a plain report
    text = nest_enumerated(text)  # "一、title" over "1、…", "① title" over "・…": one level
    text = yaml_goal_files(text)  # "goals:" / "- title: …" / "key_results:" (YAML goal files)
    lines = read_lines(text, code=code)
    lines = measure_bullets(lines)  # "- 动作: …" beside "- 度量: …": the measure is the key result
    lines = primer_examples(lines)  # "## Objective" / definitions / "Example: …": the example
    lines = numbered_kr_notes(lines)  # "1. KR1:…" / "·流程优化": initiatives; notes after them
    lines = line_shapes(lines)  # "a | b | c | 84 %"; "Mål:" / "- Var …?"; listed objectives
    lines = objective_sections(lines)  # "## Objective" / "## Why It Matters" / "## Key Results"
    lines = lead_in_objectives(lines)  # "… os OKR's da POD Asgard são:" over paragraphs
    lines = bold_item_objectives(lines)  # "- __Wagtail: Get more …__" over "    - Deliver 3 …"
    lines = nested_list_objectives(lines, parse)  # a plain title line over "• O" / "    ◦ KR"
    lines = plain_title_objectives(lines, parse)  # "Make deploys boring:" over its key results
    lines, stated = flat_okr_lists(lines)  # '- Objective: "…"' / "- KR: …" / "- 3 Rischi: …"
    mark_goal_headings(lines)
    builder = OutlineBuilder(parse)
    read_conventions(builder, lines)  # marked objectives, key results, owners: page-wide
    builder.stated = stated  # '- Objective: "…"' / "- KR: €150.000": stated, not the term
    mark_titles(lines)
    glossary = glossary_items(lines) | summary_items(lines) | question_pairs(lines)
    glossary |= defined_pairs(lines)  # "**Objective:** Clarity and intent." / "**Key results:** …"
    for line in lines:
        if id(line) not in glossary:
            builder.feed(line)
    outline = builder.finish()
    keep_marked_sections(lines, outline)  # "### O1：…" sections; "目标：…" lines elsewhere
    leave_other_sections(outline)  # a README's "## Installation" steps, a roadmap's phases
    prose_okrs(
        text, lines, outline
    )  # 'an objective might be "…", key results could be "…" and "…"'
    return outline
