"""Generated pages of the twenty-seventh round (issue 15): markup conventions the reader had not
been shown, found by a survey before any held-out set brought them, across twenty languages
(test-side only, never shipped; the words are the twenty-fourth round's).

Families (each page's expected tree known by construction; near misses are pages or lines that
must keep the other reading):

- `pasted_lists`: a plain title line (the page's name, pasted from a word processor or a notes
  app, no heading mark) over a nested list: each top item an objective, its nested items the key
  results, with the glyphs such exports use ("-" / "-", "•" / "◦", "●" / "○", "○" / "▪",
  "1)" / "a)", "1." / "-", "*" / "*", tabs or spaces). Near misses: the title line over measured
  items, each over unmeasured notes, is one objective with its key results (the notes are no key
  results); the title line over a flat list is the objective of the list. Numberings such
  exports keep: "1- …" (Spanish, Portuguese, Turkish text) and keycap emoji "1️⃣ …".
- `wiki_markup`: MediaWiki ("= Page =", "== Title ==", "=== Objective 1: … ===" over "* …" /
  "# …"), Jira / Confluence wiki markup ("h1.", "h2.", "h3." headings, "*Key results*" over "# …"
  numbered items, "||Objective||Key results||" tables, "{panel:title=…}" blocks) and
  reStructuredText ("~~~" underlines, "#." auto-numbered items, ".. note::" directives with an
  indented body). Near misses: a Markdown page naming "h2." in its introduction, a Markdown
  page of "# …" headings (one of them quoting Jira markup in a fence), a Markdown
  "Title / =====" (setext) page.
- `plain_titles`: objectives written as plain lines ending with a colon ("Make deploys boring:"),
  each over its key results as "-" bullets, "1." items, or plain lines indented with spaces or a
  tab, or without the colon over indented lines. Near misses: a "Risks:" line over unmeasured
  bullets after the OKRs stays context, and so do a lead-in line ending with a colon over the
  objective headings and an unmeasured indented paragraph under a plain line.
- `kr_column_tables`: a table of one objective a row, its key results in numbered columns
  ("| Objective | KR1 | KR2 |", "| Ziel | KR 1 | KR 2 |", "| 目标 | 关键结果1 | 关键结果2 |"), a
  blank cell where an objective has fewer key results. Near miss: a table of the same columns
  after the OKRs holding no key results ("—") adds no objective.
- `export_marks`: a Google Docs Markdown export's escapes ("## **Objective 1\\: …**", "1\\. …",
  "12\\%"), Slack's shortcodes (":dart: *…*" over "• …"), arrows opening items ("→ …", "-> …",
  "=> …"). Near misses: a time ("10:30:00") is no shortcode, a single escape on a page ("\\%")
  is no export's and stays.
- `callouts`: Obsidian callouts boxing each objective ("> [!abstract] …", "> [!success]- …",
  "> [!target] …" over "> - …"), or an objective heading's key results ("> [!todo] Key
  results"). Near misses: a "> [!note] …" aside, a GitHub alert "> [!IMPORTANT]" without a title
  and a "> [!tip] How to write a key result" box over a measured example stay context.
"""

from __future__ import annotations

import itertools

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    Tree,
    expected,
    print_variant_figures,
    variant_figures,
)
from tests.text.document_shapes_twenty_fifth import KR_WORD
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = (
    "pasted_lists", "wiki_markup", "plain_titles", "kr_column_tables", "export_marks", "callouts",
)  # fmt: skip
LANGUAGES = tuple(WORDS)
_CJK = ("zh", "ja")

# --- pasted_lists -------------------------------------------------------------------------------

PASTED_VARIANTS = (
    "dash", "word_bullets", "filled", "circle_square", "numbered_letters", "numbered_dash",
    "stars", "numbered_hyphen", "keycaps", "kr_notes", "flat_list",
)  # fmt: skip
_GLYPHS = {
    "dash": ("- ", "    - "),
    "word_bullets": ("• ", "    ◦ "),
    "filled": ("● ", "    ○ "),
    "circle_square": ("○ ", "\t▪ "),
    "stars": ("* ", "  * "),
}
_NOTES = {
    "en": "Notes in the team wiki", "es": "Notas en la wiki del equipo",
    "pt": "Notas na wiki do time", "fr": "Notes dans le wiki de l'équipe",
    "de": "Notizen im Team-Wiki", "zh": "详见团队维基", "ja": "チームのWikiを参照",
}  # fmt: skip


def _pasted_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    lines = [w.page, ""]
    if variant == "kr_notes":  # one objective: the title line over measured items with notes
        o = tree.objectives[0]
        lines = [o.title, ""]
        for kr in o.key_results:
            lines += [f"- {kr.text}", f"    - {_NOTES.get(lang, _NOTES['en'])}"]
        return lines
    if variant == "flat_list":  # the title line is the objective of a flat list
        o = tree.objectives[0]
        return [o.title, ""] + [f"- {kr.text}" for kr in o.key_results]
    for i, o in enumerate(tree.objectives, 1):
        if variant == "numbered_letters":
            top, sub = f"{i}) ", ["\ta) ", "\tb) ", "\tc) "]
        elif variant == "numbered_dash":
            top, sub = f"{i}. ", ["   - "] * 3
        elif variant == "numbered_hyphen":  # "1- …" over "    • …"
            top, sub = f"{i}- ", ["    • "] * 3
        elif variant == "keycaps":  # "1️⃣ …" over "   - …"
            top, sub = f"{i}\ufe0f\u20e3 ", ["   - "] * 3
        else:
            top, sub = _GLYPHS[variant][0], [_GLYPHS[variant][1]] * 3
        lines.append(f"{top}{o.title}")
        lines += [f"{sub[j]}{kr.text}" for j, kr in enumerate(o.key_results)]
    return lines


# --- wiki_markup --------------------------------------------------------------------------------

WIKI_VARIANTS = (
    "mediawiki", "mediawiki_numbered", "jira", "jira_numbered", "confluence_table",
    "confluence_panel", "rst_numbered", "rst_note", "markdown_mention", "markdown_headings",
    "setext", "jira_in_fence",
)  # fmt: skip


def _underline(text: str, mark: str) -> str:
    return mark * (len(text) * (2 if any(ord(c) > 0x2E80 for c in text) else 1))


def _wiki_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    objs = list(enumerate(tree.objectives, 1))
    if variant == "confluence_table":
        lines = [f"h1. {w.page}", "", f"||{w.objective}||{w.key_results}||"]
        return lines + [f"|{o.title}|{kr.text}|" for _, o in objs for kr in o.key_results]
    if variant in ("rst_numbered", "rst_note", "setext"):
        lines = [w.page, _underline(w.page, "="), ""]
        for i, o in objs:
            title = f"{w.objective} {i}: {o.title}" if variant == "rst_numbered" else o.title
            lines += [title, _underline(title, "~" if variant == "rst_numbered" else "-"), ""]
            if variant == "rst_note":
                lines += [".. note::", "", f"   {w.steps[1]}.", ""]
            mark = "#." if variant == "rst_numbered" else "-" if variant == "setext" else "*"
            lines += [f"{mark} {kr.text}" for kr in o.key_results] + [""]
        return lines
    head = {"mediawiki": f"= {w.page} =", "mediawiki_numbered": f"= {w.page} ="}.get(
        variant,
        f"# {w.page}"
        if variant.startswith("markdown") or variant == "jira_in_fence"
        else f"h1. {w.page}",
    )
    lines = [head, ""]
    if variant == "markdown_mention":
        lines += [f"{w.steps[0]}: h2. / h3. (Jira), == … == (MediaWiki).", ""]
    if variant == "jira_in_fence":  # a Markdown page quoting Jira markup: its "#" are headings
        lines += ["```", f"h2. {w.objective}", f"# {w.steps[1]}", "```", ""]
    for i, o in objs:
        title = f"{w.objective} {i}: {o.title}"
        opening, mark, tail = {
            "mediawiki": ([f"== {o.title} =="], "*", []),
            "mediawiki_numbered": ([f"=== {title} ==="], "#", []),
            "jira": ([f"h2. {o.title}"], "*", []),
            "jira_numbered": ([f"h3. {title}", f"*{w.key_results}*"], "#", []),
            "confluence_panel": ([f"{{panel:title={title}}}"], "*", ["{panel}"]),
            "markdown_mention": ([f"## {o.title}"], "-", []),
            "markdown_headings": ([f"# {title}"], "-", []),
            "jira_in_fence": ([f"# {o.title}"], "-", []),
        }[variant]
        lines += opening + [f"{mark} {kr.text}" for kr in o.key_results] + tail + [""]
    return lines


# --- plain_titles -------------------------------------------------------------------------------

PLAIN_VARIANTS = (
    "bullets", "numbered", "spaces", "tab", "spaces_no_colon", "tab_no_colon", "risks_after",
    "lead_in", "indented_note",
)  # fmt: skip
_RISKS = {
    "en": ("Risks", "Hiring may slip", "The budget may freeze"),
    "es": ("Riesgos", "La contratación puede retrasarse", "El presupuesto puede congelarse"),
    "pt": ("Riscos", "A contratação pode atrasar", "O orçamento pode congelar"),
    "fr": ("Risques", "Le recrutement peut glisser", "Le budget peut être gelé"),
    "de": ("Risiken", "Die Einstellung kann sich verzögern", "Das Budget kann eingefroren werden"),
    "zh": ("风险", "招聘可能延迟", "预算可能冻结"),
    "ja": ("リスク", "採用が遅れる可能性", "予算が凍結される可能性"),
}


def _plain_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    colon = "：" if lang in _CJK else ":"
    lines = [w.page, ""]
    if variant == "lead_in":  # "The OKRs for the quarter:" over headings: a lead-in, no objective
        lines = [f"# {w.page}", "", f"{w.page}{colon}", ""]
        for o in tree.objectives:
            lines += [f"## {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
        return lines
    for o in tree.objectives:
        lines.append(o.title if variant.endswith("no_colon") else f"{o.title}{colon}")
        for j, kr in enumerate(o.key_results, 1):
            lead = {"numbered": f"{j}. ", "spaces": "    ", "tab": "\t"}.get(variant, "- ")
            lead = {"spaces_no_colon": "    ", "tab_no_colon": "\t"}.get(variant, lead)
            lines.append(lead + kr.text)
        lines.append("")
    if variant == "indented_note":  # an unmeasured indented paragraph: context, no objective
        risks = _RISKS.get(lang, _RISKS["en"])
        lines += [w.steps[0], f"    {risks[1]}", f"    {risks[2]}"]
    if variant == "risks_after":
        risks = _RISKS.get(lang, _RISKS["en"])
        lines += [f"{risks[0]}{colon}", f"- {risks[1]}", f"- {risks[2]}"]
    return lines


# --- kr_column_tables ---------------------------------------------------------------------------

TABLE_VARIANTS = ("kr_ids", "kr_spaced", "native_words", "ragged", "score_table")


def _table_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    n = max(len(o.key_results) for o in tree.objectives)
    lines = [f"# {w.page}", ""]
    if variant == "score_table":  # the OKRs as headings, then their scores: no new objective
        for o in tree.objectives:
            lines += [f"## {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
        lines += ["| " + w.objective + " | " + " | ".join(f"KR{j}" for j in range(1, n + 1)) + " |"]
        lines += ["|---" * (n + 1) + "|"]
        return lines + [f"| {o.title} | " + " | ".join(["—"] * n) + " |" for o in tree.objectives]
    word = {"kr_spaced": "KR ", "native_words": KR_WORD.get(lang, "Key result") + " "}.get(
        variant, "KR"
    )
    if lang in _CJK and variant == "native_words":
        word = word.strip()
    head = [w.objective, *[f"{word}{j}" for j in range(1, n + 1)]]
    lines += ["| " + " | ".join(head) + " |", "|---" * (n + 1) + "|"]
    for o in tree.objectives:
        cells = [kr.text for kr in o.key_results] + [""] * (n - len(o.key_results))
        lines.append(f"| {o.title} | " + " | ".join(cells) + " |")
    return lines


# --- export_marks -------------------------------------------------------------------------------

EXPORT_VARIANTS = (
    "gdocs_escapes", "slack_shortcodes", "arrows", "ascii_arrows", "double_arrows", "clock_times",
    "escaped_once",
)  # fmt: skip
_ARROWS = {"arrows": "→ ", "ascii_arrows": "-> ", "double_arrows": "=> "}


def _export_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    if variant == "gdocs_escapes":  # "## **Objective 1\\: …**" over "1\\. … 12\\%"
        lines = [f"# **{w.page}**", ""]
        for i, o in enumerate(tree.objectives, 1):
            lines += [f"## **{w.objective} {i}\\: {o.title}**", ""]
            lines += [
                f"{j}\\. " + kr.text.replace("%", "\\%") for j, kr in enumerate(o.key_results, 1)
            ]
            lines.append("")
        return lines
    if variant == "slack_shortcodes":  # ":dart: *…*" over "• …"
        lines = [f"*{w.page}*", ""]
        for o in tree.objectives:
            lines += [f":dart: *{o.title}*"] + [f"• {kr.text}" for kr in o.key_results] + [""]
        return lines
    lines = [f"# {w.page}", ""]
    for o in tree.objectives:
        lines.append(f"## {o.title}")
        lead = _ARROWS.get(variant, "- ")
        lines += [f"{lead}{kr.text}" for kr in o.key_results] + [""]
    return lines


def _export_tree(lang: str, variant: str, objectives: int) -> Tree:
    tree = tree_of(lang, objectives)
    if variant not in ("clock_times", "escaped_once"):
        return tree
    # a time ("10:30:00") is no shortcode; a single "\\%" on a page is no export's escape
    extra = " (10:30:00)" if variant == "clock_times" else " (\\% done)"
    first = tree.objectives[0]
    krs = (KeyResult(first.key_results[0].text + extra), *first.key_results[1:])
    return Tree((Objective(first.title, krs), *tree.objectives[1:]))


# --- callouts -----------------------------------------------------------------------------------

CALLOUT_VARIANTS = (
    "abstract", "folded", "custom_type", "key_results_box", "note_aside", "github_alert",
    "tip_example",
)  # fmt: skip
_ASIDE = {
    "note_aside": ["> [!note] Remember", "> - Keep 5 key results at most"],
    "github_alert": ["> [!IMPORTANT]", "> Review them by 10 June with 3 leads"],
    "tip_example": ["> [!tip] How to write a key result", "> - Reach 40% weekly adoption"],
}


def _callout_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    lines = [f"# {w.page}", ""]
    for o in tree.objectives:
        if variant in ("key_results_box", *_ASIDE):  # the objective a heading, its KRs boxed
            lines += [f"## {o.title}", "", f"> [!todo] {w.key_results}"]
            lines += [f"> - {kr.text}" for kr in o.key_results] + [""]
            continue
        kind = {"folded": "success]-", "custom_type": "target]"}.get(variant, "abstract]")
        lines += [f"> [!{kind} {o.title}"] + [f"> - {kr.text}" for kr in o.key_results] + [""]
    return lines + _ASIDE.get(variant, [])


# --- the cases ----------------------------------------------------------------------------------

VARIANTS = {
    "pasted_lists": PASTED_VARIANTS,
    "wiki_markup": WIKI_VARIANTS,
    "plain_titles": PLAIN_VARIANTS,
    "kr_column_tables": TABLE_VARIANTS,
    "export_marks": EXPORT_VARIANTS,
    "callouts": CALLOUT_VARIANTS,
}
_PAGES = {
    "pasted_lists": _pasted_page,
    "wiki_markup": _wiki_page,
    "plain_titles": _plain_page,
    "kr_column_tables": _table_page,
    "export_marks": _export_page,
    "callouts": _callout_page,
}


def cases() -> list[tuple[str, str, str, int]]:
    """Return (family, language, variant, objectives) for every case."""
    out = []
    for family in FAMILIES:
        for (k, lang), (n, variant) in itertools.product(
            enumerate(LANGUAGES), enumerate(VARIANTS[family])
        ):
            out.append((family, lang, variant, 2 + (n + k) % 2))
    return out


def _tree(family: str, variant: str, lang: str, objectives: int) -> Tree:
    if family == "export_marks":
        return _export_tree(lang, variant, objectives)
    tree = tree_of(lang, objectives)
    if variant == "ragged":  # the last objective has one key result: its other cell is blank
        last = tree.objectives[-1]
        return Tree((*tree.objectives[:-1], Objective(last.title, last.key_results[:1])))
    if variant in ("kr_notes", "flat_list"):
        return Tree(tree.objectives[:1])
    return tree


def case(family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
    """Return (document text, expected tree) of one case."""
    tree = _tree(family, variant, lang, objectives)
    lines = _PAGES[family](lang, variant, tree)
    return "\n".join(lines).rstrip() + "\n", expected(tree)


def figures(show: bool = False) -> dict[str, tuple[int, int]]:
    """Return {family, family:variant, lang:xx: (read exactly, cases)}; print misses with show."""
    return variant_figures(cases(), case, show)


def main(show: bool = False) -> None:
    """Print each family's figure (bench.document_shapes calls this)."""
    print_variant_figures("twenty-seventh", FAMILIES, figures(show), show)


if __name__ == "__main__":
    main(show=True)
