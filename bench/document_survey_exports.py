"""The thirty-second reader round's survey, part B (issue 15): OKR pages as the tools companies
keep their OKRs in export or paste them (Google Docs, Word via pandoc, plain-text copies from Word
or e-mail, PDF to text, slides, Confluence, Notion, Obsidian), one small page per convention and
language (the 12 languages of bench.document_survey, 2-3 objectives of 2-3 key results, the
expected tree known by construction), read by the reader.

    .venv/bin/python -m bench.document_survey_exports               # every convention
    .venv/bin/python -m bench.document_survey_exports pdf_footers   # one convention, misses shown

Written before any rule of the round (the "before" figure of docs/plaintext.md, "The
thirty-second reader round, part B"). Expected trees follow the earlier rounds' decisions: the
markup an export adds is no part of a title; a "[x]" task is done; a key result wrapped over two
lines is one key result; page furniture (page numbers, "Confidential", "Slide 3") is no objective.
"""

import csv
import io
import sys

from bench.document_survey import W, conventions, survey
from bench.document_survey_plans import KR_WORD, PROSE, c, marked_page, status_tree

CONV, conv = conventions()
_CJK = ("zh", "ja", "ko")
NBSP = "\u00a0"
ZWSP = "\u200b"


def _wrap(text, lang):
    """The text cut at its middle space: (first line, rest); (text, "") without a space."""
    if lang in ("zh", "ja") or " " not in text:
        return text, ""
    words = text.split(" ")
    half = max(1, len(words) // 2)
    return " ".join(words[:half]), " ".join(words[half:])


def _hyphenate(text):
    """The text's longest alphabetic word (7 letters or more) cut with a hyphen at a line end."""
    words = text.split(" ")
    best = max(range(len(words)), key=lambda i: len(words[i]) if words[i].isalpha() else 0)
    w = words[best]
    if not w.isalpha() or len(w) < 7:
        return text, ""
    cut = len(w) // 2
    return " ".join(words[:best] + [w[:cut] + "-"]), " ".join([w[cut:]] + words[best + 1 :])


# --- Google Docs exported to Markdown -------------------------------------------------------


@conv
def gdocs_bold_escaped_dashes(lang, t):
    """ "**Objective 1:** title" bold lines over "\\- KR" escaped dashes."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"**{w.objective} {i}:** {o.title}", ""]
        L += ["\\- " + kr.text.replace("%", "\\%") for kr in o.key_results] + [""]
    return L, t


@conv
def gdocs_heading_ids(lang, t):
    """ "## Objective 1: title {#h.x1y2}" headings (Google Docs heading ids) over "* KR"."""
    w = W(lang)
    L = [f"# {w.page} {{#h.a0b1c2}}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## {w.objective} {i}: {o.title} {{#h.x{i}y{i}z}}", ""]
        L += [f"* {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def gdocs_nbsp_entities(lang, t):
    """ "&nbsp;" paragraphs between blocks, "**Objective 1:**&nbsp;title", "-&nbsp;KR"."""
    w = W(lang)
    L = [f"# {w.page}", "", "&nbsp;", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"**{w.objective} {i}:**&nbsp;{o.title}", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + ["", "&nbsp;", ""]
    return L, t


@conv
def gdocs_spans(lang, t):
    """Underline and styled spans: 'Objective 1: <span style="text-decoration:underline">title
    </span>', "<u>Objective 2</u>: …"."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        if i % 2:
            L += [
                f'### {w.objective} {i}: <span style="text-decoration:underline">{o.title}</span>'
            ]
            L += [""]
        else:
            L += [f"### <u>{w.objective} {i}</u>: {o.title}", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def gdocs_invisible_spaces(lang, t):
    """Zero-width spaces before the lines and a non-breaking space after the bullet and the
    colon ("\\u200b-\\u00a0KR"), smart quotes around the page title."""
    w = W(lang)
    L = [f"# “{w.page}”", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{ZWSP}## {w.objective} {i}:{NBSP}{o.title}", ""]
        L += [f"{ZWSP}-{NBSP}{kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def gdocs_bold_headings_numbered(lang, t):
    """ "### **Objective 1: title**" over "1. **KR**"-free numbered items written "1\\)"."""
    w = W(lang)
    L = [f"# **{w.page}**", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"### **{w.objective} {i}: {o.title}**", ""]
        L += [f"{j}\\) {kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


# --- Word through pandoc ----------------------------------------------------------------------


def _grid(rows, widths):
    sep = "+" + "+".join("-" * (n + 2) for n in widths) + "+"
    head = "+" + "+".join("=" * (n + 2) for n in widths) + "+"
    out = [sep]
    for r, cells in enumerate(rows):
        height = max(len(cell) for cell in cells)
        for k in range(height):
            parts = [
                (cell[k] if k < len(cell) else "").ljust(n)
                for cell, n in zip(cells, widths, strict=True)
            ]
            out.append("| " + " | ".join(parts) + " |")
        out.append(head if r == 0 else sep)
    return out


@conv
def pandoc_grid_table(lang, t):
    """A grid table ("+----+----+"), the key results a "- " list inside the objective's cell."""
    w = W(lang)
    rows = [([w.objective], [w.key_results])]
    rows += [([o.title], [f"- {kr.text}" for kr in o.key_results]) for o in t.objectives]
    widths = [max(len(x) for r in rows for x in r[k]) for k in (0, 1)]
    return [f"# {w.page}", ""] + _grid(rows, widths), t


@conv
def pandoc_grid_table_rows(lang, t):
    """A grid table of one row per key result, the objective's cell blank below its first row."""
    w = W(lang)
    rows = [([w.objective], [KR_WORD[lang]])]
    for o in t.objectives:
        for j, kr in enumerate(o.key_results):
            rows.append(([o.title if j == 0 else ""], [kr.text]))
    widths = [max(len(x) for r in rows for x in r[k]) for k in (0, 1)]
    return [f"# {w.page}", ""] + _grid(rows, widths), t


@conv
def pandoc_custom_style(lang, t):
    """'::: {custom-style="Objective"}' fenced divs around the objective lines, "- KR" lists."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += ['::: {custom-style="Objective"}', o.title, ":::", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def pandoc_paren_letters(lang, t):
    """ "1) title" over indented "    a) KR" (Word's numbering through pandoc)."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{i}) {o.title}", ""]
        L += [f"    {'abc'[j]}) {kr.text}" for j, kr in enumerate(o.key_results)] + [""]
    return L, t


@conv
def pandoc_roman(lang, t):
    """ "I. title" over indented "    i. KR"."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives):
        L += [f"{('I', 'II', 'III')[i]}. {o.title}", ""]
        L += [f"    {('i', 'ii', 'iii')[j]}. {kr.text}" for j, kr in enumerate(o.key_results)]
        L += [""]
    return L, t


@conv
def pandoc_paren_numbers(lang, t):
    """ "(1) title" over indented "    (a) KR"."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"({i}) {o.title}"]
        L += [f"    ({'abc'[j]}) {kr.text}" for j, kr in enumerate(o.key_results)] + [""]
    return L, t


# --- plain text copied from Word, Docs or e-mail ------------------------------------------------


@conv
def paste_word_bullets(lang, t):
    """Word's bullets pasted as text: "• title" over tab-indented "\\to\\tKR"."""
    w = W(lang)
    L = [w.page, ""]
    for o in t.objectives:
        L += [f"•\t{o.title}"] + [f"\to\t{kr.text}" for kr in o.key_results]
    return L, t


@conv
def paste_symbol_bullets(lang, t):
    """Word's Symbol-font bullets: "\\uf0b7 title" over "\\t\\uf0a7 KR" ("", "")."""
    w = W(lang)
    L = [w.page, ""]
    for o in t.objectives:
        L += [f"\uf0b7\t{o.title}"] + [f"\t\uf0a7\t{kr.text}" for kr in o.key_results]
    return L, t


@conv
def paste_round_bullets(lang, t):
    """ "• title" over "    ◦ KR" / "▪ KR" sub-bullets (Docs pasted as text)."""
    w = W(lang)
    L = [w.page, ""]
    for o in t.objectives:
        L += [f"• {o.title}"] + [f"    ◦ {kr.text}" for kr in o.key_results]
    return L, t


@conv
def paste_numbered_letters(lang, t):
    """ "1. title" over "a. KR" lines, no indent (a numbered list pasted as text)."""
    w = W(lang)
    L = [w.page, ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{i}. {o.title}"] + [f"{'abc'[j]}. {kr.text}" for j, kr in enumerate(o.key_results)]
        L += [""]
    return L, t


@conv
def paste_hard_wrapped(lang, t):
    """An e-mail's hard-wrapped key results: "- first half" / "  rest" (indented continuation)."""
    w = W(lang)
    L = ["Hi team,", "", PROSE[lang], ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{w.objective} {i}: {o.title}"]
        for kr in o.key_results:
            a, b = _wrap(kr.text, lang)
            L += [f"- {a}"] + ([f"  {b}"] if b else [])
        L += [""]
    return L + ["Thanks,", "Ana"], t


@conv
def paste_hyphenated(lang, t):
    """Key results broken inside a word at the line end ("- Cut failed de-" / "  ploys …")."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## {w.objective} {i}: {o.title}"]
        for kr in o.key_results:
            a, b = _hyphenate(kr.text)
            L += [f"- {a}"] + ([f"  {b}"] if b else [])
        L += [""]
    return L, t


# --- PDF to text ------------------------------------------------------------------------------


@conv
def pdf_footers(lang, t):
    """pdftotext: a running title and "Confidential" header, "Page 1 of 2" footers and a form
    feed between pages, an objective on each page."""
    w = W(lang)
    L = []
    n = len(t.objectives)
    for i, o in enumerate(t.objectives, 1):
        L += [f"Acme Inc. — {w.page}", "Confidential", ""]
        L += [f"{w.objective} {i}: {o.title}"] + [f"• {kr.text}" for kr in o.key_results]
        L += ["", f"Page {i} of {n}", "\f"]
    return L, t


@conv
def pdf_wrapped_unindented(lang, t):
    """pdftotext's broken lines: "• first half" / "rest" (the continuation not indented)."""
    w = W(lang)
    L = [w.page, ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{w.objective} {i}: {o.title}"]
        for kr in o.key_results:
            a, b = _wrap(kr.text, lang)
            L += [f"• {a}"] + ([b] if b else [])
        L += [""]
    return L, t


@conv
def pdf_numbered_page_lines(lang, t):
    """Bare page numbers ("2", "– 3 –") on lines of their own between the blocks."""
    w = W(lang)
    L = [w.page, ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{w.objective} {i}: {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
        L += ["", f"– {i} –", ""]
    return L, t


# --- slides and outlines ----------------------------------------------------------------------


@conv
def slides_numbered(lang, t):
    """A deck copied as text: "Slide 1" / the page title, then "Slide 2" / an objective title /
    "• KR" bullets, one slide an objective."""
    w = W(lang)
    L = ["Slide 1", w.page, PROSE[lang], ""]
    for i, o in enumerate(t.objectives, 2):
        L += [f"Slide {i}", o.title] + [f"• {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def slides_dash_sub_bullets(lang, t):
    """An outline view: "• title" over "  — KR" em-dash sub-bullets."""
    w = W(lang)
    L = [w.page, ""]
    for o in t.objectives:
        L += [f"• {o.title}"] + [f"  — {kr.text}" for kr in o.key_results] + [""]
    return L, t


# --- Confluence -------------------------------------------------------------------------------


@conv
def confluence_wiki_status(lang, t):
    """Confluence wiki markup: "h2. Objective 1: title {status:colour=Green|title=On track}"
    over "* KR" (the macro a status of the objective, no part of its title)."""
    w = W(lang)
    L = [f"h1. {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"h2. {w.objective} {i}: {o.title} {{status:colour=Green|title=On track}}"]
        L += [f"* {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def confluence_done_icons(lang, t):
    """ "h3. title" over "* KR (/)" (the green tick icon: done) and "* KR" lines."""
    return marked_page(
        t,
        [f"h1. {W(lang).page}", ""],
        lambda i, o: f"h3. {o.title}",
        lambda k, kr: f"* {kr.text}" + (" (/)" if k % 2 else ""),
        (None, "done"),
    )


@conv
def confluence_tasks(lang, t):
    """Confluence task lists as text: "## title" over "[] KR" / "[x] KR"."""
    return marked_page(
        t,
        [f"# {W(lang).page}", ""],
        lambda i, o: f"## {o.title}",
        lambda k, kr: f"[{'x' if k % 2 else ''}] {kr.text}",
        (None, "done"),
    )


@conv
def confluence_panels(lang, t):
    """ "{panel:title=Objective 1: title}" over "* KR" lines, closed by "{panel}"; an "{info}"
    note before them."""
    w = W(lang)
    L = [f"h1. {w.page}", "", "{info}", PROSE[lang], "{info}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{{panel:title={w.objective} {i}: {o.title}}}"]
        L += [f"* {kr.text}" for kr in o.key_results] + ["{panel}", ""]
    return L, t


# --- Notion -----------------------------------------------------------------------------------


@conv
def notion_aside(lang, t):
    """A Notion export: an "<aside>" callout (emoji, prose) under the title, "## title" / "- KR"."""
    w = W(lang)
    L = [f"# {w.page}", "", "<aside>", "💡 " + PROSE[lang], "", "</aside>", ""]
    for o in t.objectives:
        L += [f"## {o.title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def notion_toggles(lang, t):
    """Notion toggles exported: "<details>" / "<summary>title</summary>" / "- KR" / "</details>"."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += ["<details>", f"<summary>{o.title}</summary>", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + ["", "</details>", ""]
    return L, t


@conv
def notion_csv(lang, t):
    """A Notion database exported to CSV: "Name,Objective,Status" rows, one a key result."""
    w = W(lang)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow([KR_WORD[lang], w.objective, "Status"])
    for o in t.objectives:
        for kr in o.key_results:
            out.writerow([kr.text, o.title, "Not started"])
    # the status column is each key result's status as written (the sheets' convention)
    return buf.getvalue().rstrip("\n").split("\n"), status_tree(t, ("Not started",))


# --- Obsidian ---------------------------------------------------------------------------------


@conv
def obsidian_goal_callouts(lang, t):
    """ "> [!goal] title" callouts over "> - KR" lines."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"> [!goal] {o.title}"] + [f"> - {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def obsidian_wikilinks_tags(lang, t):
    """ "## Objective 1: [[title]]" headings, a "#okr #q3" tag line, "- KR" bullets."""
    w = W(lang)
    L = [f"# {w.page}", "", "#okr #q3-2026", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## {w.objective} {i}{c(lang)}[[{o.title}]]", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def obsidian_dataview_fields(lang, t):
    """Dataview fields under each heading ("type:: objective", "quarter:: Q3") over "- KR"."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}", "type:: objective", "quarter:: Q3 2026", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


if __name__ == "__main__":
    survey(CONV, sys.argv[1:])
