"""Generated pages of the thirty-second reader round, part B (issue 15): OKR pages as editors and
tools export or copy them (test-side only, never shipped; rules in cairn.text.outline_exports).
Families (each page's expected tree known by construction):

- `editor_markup`: Google Docs' "&nbsp;" paragraphs and "**Objective 1:**&nbsp;title"; underline
  spans ('<span style="text-decoration:underline">…</span>', "<u>…</u>"); pandoc's
  '::: {custom-style="Objective"}' divs and '[title]{custom-style="…"}' spans; Obsidian's
  "[[title]]" / "[[page|title]]" wikilinks: the markup is no part of a title.
- `page_furniture`: pdftotext pages (a running title and "Confidential" at the top of each page,
  "Page 1 of 2" at the bottom, a form feed between them); dashed page numbers ("– 2 –") and
  "Seite 2 von 3"-style lines; a deck copied as text ("Slide 2" over a title over bullets): no
  objective, no key result.
- `broken_lines`: a PDF copy's broken key results, "• Cut failed deploys" over "from 12% to 3%"
  at the margin (lower case), and "• Raise NPS from" over "20 to 45" on such a page: one key
  result each (Chinese, Japanese and Korean pages are not broken: no case to tell by).
- `grid_tables`: pandoc's grid tables ("+----+", "+====+" under the header) of a Word table:
  the key results a "- " list in the objective's cell, or one row a key result with the
  objective's cell blank below, or paragraphs of the cell with the title wrapped in its cell.
- `csv_exports`: a database exported to CSV and pasted, "Key result,Objective,Status" (Notion:
  the status column each key result's status as written) or '"Objective","Key results","Owner"'
  with every cell quoted: the objective's column first, as a pasted sheet.
- `pasted_numbering`: Word's Symbol-font bullets ("\\uf0b7" over "\\uf0a7"); "•" over
  "\\to\\t…" sub-bullets; "1. title" over "a. …" lines at the margin; "I. title" over indented
  "i. …" lines: the nested list they stand for.
- `confluence_marks`: "{status:colour=Green|title=On track}" after an objective heading (its
  status, no part of the title); "(/)" after a key result (done, as "✅"); "[] …" / "[x] …"
  task lines (done for "[x]").
- `export_near_misses`: pages that look alike and read as before: form feeds between pages with
  no running line; a numbered list of objectives over "- " bullets; a key result whose text
  holds "page 2" or "(x2)"; a single "I." line; "[x] …" lines without a "[] " one; title lines
  right under "•" items with no blank line (objectives, not broken lines); a grid table with no
  header row (a box of steps, left as it is); a sentence naming the columns with commas.
"""

from __future__ import annotations

import csv
import io

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = (
    "editor_markup",
    "page_furniture",
    "broken_lines",
    "grid_tables",
    "csv_exports",
    "pasted_numbering",
    "confluence_marks",
    "export_near_misses",
)
LANGUAGES = ("en", "es", "pt", "de", "fr", "zh", "ja", "ko")
PAGE = {
    "en": "Page {} of {}", "es": "Página {} de {}", "pt": "Página {} de {}",
    "de": "Seite {} von {}", "fr": "Page {} sur {}", "zh": "第 {} 页，共 {} 页",
    "ja": "{} / {}", "ko": "{} / {}",
}  # fmt: skip
SLIDE = {
    "en": "Slide", "es": "Diapositiva", "pt": "Slide", "de": "Folie", "fr": "Diapositive",
    "zh": "幻灯片", "ja": "スライド", "ko": "슬라이드",
}  # fmt: skip
CONFIDENTIAL = {
    "en": "Confidential", "es": "Confidencial", "pt": "Confidencial", "de": "Vertraulich",
    "fr": "Confidentiel", "zh": "内部资料", "ja": "社外秘", "ko": "대외비",
}  # fmt: skip
ROMAN = ("I", "II", "III")
LOWER = ("i", "ii", "iii")


def _colon(lang: str) -> str:
    return "：" if lang in ("zh", "ja") else ": "


def _markup(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w = WORDS[lang]
    lines = [f"# {w.page}", ""]
    if variant == "nbsp":
        lines += ["&nbsp;", ""]
    for i, o in enumerate(t.objectives, 1):
        head = f"{w.objective} {i}{_colon(lang)}"
        if variant == "nbsp":
            lines += [f"**{head.strip()}**&nbsp;{o.title}", ""]
        elif variant == "spans":
            lines += [f'## {head}<span style="text-decoration:underline">{o.title}</span>']
        elif variant == "underline":
            lines += [f"## <u>{w.objective} {i}</u>{_colon(lang)}{o.title}"]
        elif variant == "pandoc_div":
            lines += ['::: {custom-style="Objective"}', o.title, ":::", ""]
        elif variant == "pandoc_span":
            lines += [f'### [{o.title}]{{custom-style="Objective Title"}}']
        else:  # "wikilinks"
            target = "[[" + (f"okr-{i}|{o.title}" if i % 2 else o.title) + "]]"
            lines += [f"## {head}{target}"]
        lines += [f"- {kr.text}" for kr in o.key_results] + ["&nbsp;" if variant == "nbsp" else ""]
    return lines, t


def _furniture(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w = WORDS[lang]
    n = len(t.objectives)
    lines: list[str] = []
    if variant == "slides":
        lines += [f"{SLIDE[lang]} 1", w.page, ""]
    elif variant == "page_numbers":
        lines += [w.page, ""]
    for i, o in enumerate(t.objectives, 1):
        if variant == "pdf_pages":
            lines += [f"ACME — {w.page}", CONFIDENTIAL[lang], ""]
            lines += [f"{w.objective} {i}{_colon(lang)}{o.title}"]
            lines += [f"• {kr.text}" for kr in o.key_results]
            lines += ["", PAGE[lang].format(i, n), "\f"]
        elif variant == "page_numbers":
            lines += [f"{w.objective} {i}{_colon(lang)}{o.title}"]
            lines += [f"- {kr.text}" for kr in o.key_results]
            lines += ["", f"– {i} –" if i % 2 else PAGE[lang].format(i, n), ""]
        else:  # "slides"
            lines += [f"{SLIDE[lang]} {i + 1}", o.title] + [f"• {kr.text}" for kr in o.key_results]
            lines += [""]
    return lines, t


def _break(text: str, number: bool) -> tuple[str, str]:
    """The text cut before a word going on in lower case (or, with `number`, before a number
    after a lower-case word); (text, "") where there is none."""
    words = text.split(" ")
    for k in range(1, len(words)):
        before, word = words[k - 1], words[k]
        if (
            not number
            and word[:1].islower()
            or (number and word[:1].isdigit() and before.isalpha() and before.islower())
        ):
            return " ".join(words[:k]), " ".join(words[k:])
    return text, ""


def _broken(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    """pdftotext's broken lines: "• Cut failed deploys" / "from 12% to 3%" at the margin (Chinese,
    Japanese and Korean text has no case to tell a continuation by: those pages are not broken)."""
    t = tree_of(lang, objectives, 2)
    w = WORDS[lang]
    lines = [w.page, ""]
    for i, o in enumerate(t.objectives, 1):
        lines += [f"{w.objective} {i}{_colon(lang)}{o.title}"]
        for j, kr in enumerate(o.key_results):
            first, rest = _break(kr.text, variant == "number_after_word" and j == 1)
            if not rest:
                first, rest = _break(kr.text, False)
            lines += [f"• {first}"] + ([rest] if rest else [])
        if variant == "lower_case":
            lines += [""]
    return lines, t


def _grid(rows: list[tuple[list[str], ...]], header: bool = True) -> list[str]:
    """A pandoc grid table of `rows` (each a tuple of cells, each cell its lines)."""
    widths = [max(len(x) for row in rows for x in row[k]) for k in range(len(rows[0]))]
    rule = "+" + "+".join("-" * (n + 2) for n in widths) + "+"
    out = [rule]
    for r, row in enumerate(rows):
        for k in range(max(len(cell) for cell in row)):
            cells = [
                (cell[k] if k < len(cell) else "").ljust(n)
                for cell, n in zip(row, widths, strict=True)
            ]
            out.append("| " + " | ".join(cells) + " |")
        out.append(rule.replace("-", "=") if r == 0 and header else rule)
    return out


def _grid_page(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    """pandoc's grid tables of a Word table: key results a list in the objective's cell, one row
    a key result (the objective's cell blank below), or the objective's title wrapped in its cell."""
    t = tree_of(lang, objectives, 2)
    w = WORDS[lang]
    rows: list[tuple[list[str], ...]]
    if variant == "item_cells":
        rows = [([w.objective], [w.key_results])]
        rows += [([o.title], [f"- {kr.text}" for kr in o.key_results]) for o in t.objectives]
    elif variant == "row_per_key_result":
        rows = [([w.objective], [w.key_results], [w.owner])]
        for o in t.objectives:
            rows += [
                ([o.title if j == 0 else ""], [kr.text], ["Ana"])
                for j, kr in enumerate(o.key_results)
            ]
        t = Tree(
            tuple(
                Objective(o.title, tuple(KeyResult(kr.text, owner="Ana") for kr in o.key_results))
                for o in t.objectives
            )
        )
    else:  # "wrapped_titles": the title over two lines of its cell, key results as paragraphs
        rows = [([w.objective], [w.key_results])]
        for o in t.objectives:
            first, rest = _break(o.title, False) if " " in o.title else (o.title, "")
            krs: list[str] = []
            for kr in o.key_results:
                krs += [kr.text, ""]
            rows.append(([first] + ([rest] if rest else []), krs[:-1]))
    return [f"# {w.page}", ""] + _grid(rows), t


KR_WORD = {
    "en": "Key result", "es": "Resultado clave", "pt": "Resultado-chave", "de": "Schlüsselergebnis",
    "fr": "Résultat clé", "zh": "关键结果", "ja": "成果指標", "ko": "핵심 결과",
}  # fmt: skip


def _csv_page(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    """A database exported to CSV and pasted: the key result's column first, the objective a
    relation column and a status (Notion), or the objective first with every cell quoted."""
    t = tree_of(lang, objectives, 2)
    w = WORDS[lang]
    buf = io.StringIO()
    first = variant == "key_result_first"
    out = csv.writer(
        buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL if first else csv.QUOTE_ALL
    )
    out.writerow(
        [KR_WORD[lang], w.objective, "Status"] if first else [w.objective, w.key_results, w.owner]
    )
    krs = []
    for o in t.objectives:
        for kr in o.key_results:
            out.writerow([kr.text, o.title, "Not started"] if first else [o.title, kr.text, "Ana"])
        krs.append(
            tuple(
                KeyResult(kr.text, status="Not started")
                if first
                else KeyResult(kr.text, owner="Ana")
                for kr in o.key_results
            )
        )
    tree = Tree(tuple(Objective(o.title, k) for o, k in zip(t.objectives, krs, strict=True)))
    return buf.getvalue().rstrip("\n").split("\n"), tree


def _numbering(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    lines = [WORDS[lang].page, ""]
    for i, o in enumerate(t.objectives):
        krs = o.key_results
        if variant == "symbol_bullets":
            lines += [f"\uf0b7\t{o.title}"] + [f"\t\uf0a7\t{kr.text}" for kr in krs]
        elif variant == "o_bullets":
            lines += [f"•\t{o.title}"] + [f"\to\t{kr.text}" for kr in krs]
        elif variant == "letters":
            lines += [f"{i + 1}. {o.title}"] + [f"{'ab'[j]}. {kr.text}" for j, kr in enumerate(krs)]
            lines += [""]
        else:  # "roman"
            lines += [f"{ROMAN[i]}. {o.title}"]
            lines += [f"    {LOWER[j]}. {kr.text}" for j, kr in enumerate(krs)] + [""]
    return lines, t


def _confluence(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w = WORDS[lang]
    lines = [f"h1. {w.page}", ""]
    out = []
    for i, o in enumerate(t.objectives, 1):
        if variant == "status_macro":
            colour, state = ("Green", "On track") if i % 2 else ("Yellow", "At risk")
            lines += [
                f"h2. {w.objective} {i}{_colon(lang)}{o.title} {{status:colour={colour}|title={state}}}"
            ]
            lines += [f"* {kr.text}" for kr in o.key_results] + [""]
            out.append(o)
        elif variant == "icons":
            lines += [f"h3. {o.title}"]
            lines += [f"* {kr.text}" + (" (/)" if j else "") for j, kr in enumerate(o.key_results)]
            lines += [""]
            krs = tuple(
                KeyResult(kr.text, status="done" if j else None)
                for j, kr in enumerate(o.key_results)
            )
            out.append(Objective(o.title, krs))
        else:  # "tasks"
            lines += [f"h2. {o.title}"]
            lines += [f"[{'x' if j else ''}] {kr.text}" for j, kr in enumerate(o.key_results)]
            lines += [""]
            krs = tuple(
                KeyResult(kr.text, status="done" if j else None)
                for j, kr in enumerate(o.key_results)
            )
            out.append(Objective(o.title, krs))
    return lines, Tree(tuple(out))


NEAR_TEXT = {
    "en": ("Publish page 2 of the handbook", "Grow trial sign-ups (x2)"),
    "es": ("Publicar la página 2 del manual", "Duplicar las altas de prueba (x2)"),
    "pt": ("Publicar a página 2 do manual", "Dobrar os cadastros de teste (x2)"),
    "de": ("Seite 2 des Handbuchs veröffentlichen", "Testanmeldungen verdoppeln (x2)"),
    "fr": ("Publier la page 2 du manuel", "Doubler les inscriptions d'essai (x2)"),
    "zh": ("发布手册第 2 页", "试用注册翻倍 (x2)"),
    "ja": ("ハンドブックの 2 ページ目を公開する", "試用登録を倍にする (x2)"),
    "ko": ("핸드북 2페이지 게시", "체험 가입 두 배 (x2)"),
}  # fmt: skip


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w = WORDS[lang]
    lines = [f"# {w.page}", ""]
    if variant == "form_feeds":  # pages with no running line: nothing is left out
        for i, o in enumerate(t.objectives, 1):
            lines += [f"## {w.objective} {i}{_colon(lang)}{o.title}"]
            lines += [f"- {kr.text}" for kr in o.key_results] + ["\f"]
        return lines, t
    if variant == "numbers_over_bullets":
        for i, o in enumerate(t.objectives, 1):
            lines += [f"{i}. {o.title}"] + [f"   - {kr.text}" for kr in o.key_results]
        return lines, t
    if variant == "page_in_text":
        out = []
        for i, o in enumerate(t.objectives):
            extra = NEAR_TEXT[lang][i % 2]
            lines += [f"## {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
            lines += [f"- {extra}", ""]
            out.append(Objective(o.title, (*o.key_results, KeyResult(extra))))
        return lines, Tree(tuple(out))
    if variant == "titles_after_items":  # a title line right under "•" items: an objective
        lines = [w.page]
        for o in t.objectives:
            lines += [o.title] + [f"• {kr.text}" for kr in o.key_results]
        return lines, t
    if variant == "headless_grid":  # a grid table with no header row: left as it is (a box)
        box = _grid([([w.steps[1]],), ([w.steps[2]],)], header=False)
        o = t.objectives[0]
        lines += box + ["", f"## {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
        return lines, Tree((o,))
    if variant == "comma_prose":  # a sentence naming the columns with commas: prose
        lines += [f"{w.objective}, {w.key_results.lower()}, {w.owner.lower()}: {w.steps[1]}", ""]
        for o in t.objectives:
            lines += [f"## {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
        return lines, t
    if variant == "one_roman":  # one "I." heading: a heading as written
        o = t.objectives[0]
        lines += [f"## I. {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
        return lines, Tree((Objective(f"I. {o.title}", o.key_results),))
    # "done_tasks_only": "[x] …" lines with no "[] " one: read as before (no items)
    out = []
    for o in t.objectives:
        lines += [f"## {o.title}"] + [f"- [x] {kr.text}" for kr in o.key_results] + [""]
        out.append(
            Objective(o.title, tuple(KeyResult(kr.text, status="done") for kr in o.key_results))
        )
    return lines, Tree(tuple(out))


VARIANTS = {
    "editor_markup": ("nbsp", "spans", "underline", "pandoc_div", "pandoc_span", "wikilinks"),
    "page_furniture": ("pdf_pages", "page_numbers", "slides"),
    "broken_lines": ("lower_case", "number_after_word"),
    "grid_tables": ("item_cells", "row_per_key_result", "wrapped_titles"),
    "csv_exports": ("key_result_first", "quoted_objective_first"),
    "pasted_numbering": ("symbol_bullets", "o_bullets", "letters", "roman"),
    "confluence_marks": ("status_macro", "icons", "tasks"),
    "export_near_misses": (
        "form_feeds", "numbers_over_bullets", "page_in_text", "one_roman", "done_tasks_only",
        "titles_after_items", "headless_grid", "comma_prose",
    ),
}  # fmt: skip

ROUND = VariantRound(
    "thirty-second, part B",
    LANGUAGES,
    VARIANTS,
    {
        "editor_markup": _markup,
        "page_furniture": _furniture,
        "broken_lines": _broken,
        "grid_tables": _grid_page,
        "csv_exports": _csv_page,
        "pasted_numbering": _numbering,
        "confluence_marks": _confluence,
        "export_near_misses": _near,
    },
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
