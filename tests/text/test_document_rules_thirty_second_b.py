"""Reader rules of the thirty-second round, part B (issue 15): the marks exports and copies leave
in OKR pages (cairn.text.outline_exports): editor markup ("&nbsp;", "<u>", pandoc divs and
spans, wikilinks), page furniture (page and slide numbers, pdftotext's running lines), pasted
numbering (Word's Symbol bullets, "o" sub-bullets, "1." over "a.", Roman numbers) and Confluence
marks (status macros, icons, task lines).

The families are generated in eight languages (tests/text/document_shapes_thirty_second_b.py)
and must be read exactly (tests/text/test_document_families.py); here the rules' own sentences,
near misses and hostile input.
"""

import pytest

from bench.documents import read_tree
from cairn.text.outline_exports import export_pages
from tests.text.hostile_pages import assert_reads_in_linear_time

TREE = [
    ("Make deploys boring", ["Cut failed deploys from 12% to 3%", "Halve median build time"]),
    ("Win the first ten paying customers", ["Reach 40 weekly active teams", "Sign 10 paying customers"]),
]  # fmt: skip


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o["title"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)]


def _statuses(text: str) -> list[str | None]:
    return [kr["status"] for o in read_tree(text) for kr in o["key_results"]]


def _page(head, item, between=("",)) -> str:
    lines = ["# OKRs Q3 2026", ""]
    for i, (title, krs) in enumerate(TREE, 1):
        lines += [head(i, title)] + [item(j, kr) for j, kr in enumerate(krs)] + list(between)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "head",
    [
        lambda i, t: f"**Objective {i}:**&nbsp;{t}",
        lambda i, t: f"## Objective {i}:&nbsp;{t}&nbsp;",
        lambda i, t: f'## Objective {i}: <span style="text-decoration:underline">{t}</span>',
        lambda i, t: f"## <u>Objective {i}</u>: {t}",
        lambda i, t: f'## Objective {i}: <font color="#1155cc">{t}</font>',
        lambda i, t: f"## Objective {i}: <ins>{t}</ins>",
        lambda i, t: f'## [{t}]{{custom-style="Objective Title"}}',
        lambda i, t: f"## Objective {i}: [[{t}]]",
        lambda i, t: f"## Objective {i}: [[okrs/q3-o{i}|{t}]]",
        lambda i, t: f"h2. Objective {i}: {t} {{status:colour=Green|title=On track}}",
        lambda i, t: f"h2. {t} {{status:title=At risk|colour=Yellow}}",
    ],
)
def test_an_editors_markup_is_no_part_of_the_title(head):
    assert _tree(_page(head, lambda j, kr: f"- {kr}")) == TREE


def test_nbsp_paragraphs_and_pandoc_divs_are_blank():
    nbsp = _page(lambda i, t: f"## {t}", lambda j, kr: f"- {kr}", ("", "&nbsp;", ""))
    assert _tree(nbsp) == TREE
    div = _page(
        lambda i, t: f'::: {{custom-style="Objective"}}\n{t}\n:::\n',
        lambda j, kr: f"- {kr}",
    )
    assert _tree(div) == TREE
    nested = _page(
        lambda i, t: f'::: {{.okr}}\n::: {{custom-style="Heading 2"}}\n## {t}\n:::',
        lambda j, kr: f"- {kr}",
        (":::", ""),
    )
    assert _tree(nested) == TREE


@pytest.mark.parametrize(
    "footer",
    ["Page 1 of 2", "page 3", "Pg. 4", "Página 2 de 9", "Seite 2 von 3", "Page 2 sur 5",
     "Strona 2 z 4", "Стр. 2 из 4", "Halaman 2 dari 4", "– 2 –", "- 12 -", "2 / 10", "2/10",
     "第 2 页，共 3 页", "第2页", "2 ページ", "Slide 4", "Folie 4", "Diapositiva 4 de 12",
     "スライド 4", "슬라이드 4", "Слайд 4", "幻灯片 4"],
)  # fmt: skip
def test_page_and_slide_numbers_are_no_key_results(footer):
    page = _page(lambda i, t: f"Objective {i}: {t}", lambda j, kr: f"• {kr}", ("", footer, ""))
    assert _tree(page) == TREE


def test_pdftotext_running_lines_and_form_feeds():
    page = _page(
        lambda i, t: f"ACME Corp — OKRs Q3 2026\nConfidential\n\nObjective {i}: {t}",
        lambda j, kr: f"• {kr}",
        ("", "Internal use only", "\f"),
    ).removeprefix("# OKRs Q3 2026\n\n")
    assert _tree(page) == TREE


def test_a_deck_copied_as_text():
    page = "Slide 1\nOKRs Q3 2026\n\n" + "".join(
        f"Slide {i + 1}\n{t}\n" + "".join(f"• {kr}\n" for kr in krs) + "\n"
        for i, (t, krs) in enumerate(TREE, 1)
    )
    assert _tree(page) == TREE


@pytest.mark.parametrize(
    ("head", "item"),
    [
        (lambda i, t: f"\uf0b7\t{t}", lambda j, kr: f"\t\uf0a7\t{kr}"),
        (lambda i, t: f"\uf0d8 {t}", lambda j, kr: f"    \uf0fc {kr}"),
        (lambda i, t: f"•\t{t}", lambda j, kr: f"\to\t{kr}"),
        (lambda i, t: f"{i}. {t}", lambda j, kr: f"{'abc'[j]}. {kr}"),
        (lambda i, t: f"{i}) {t}", lambda j, kr: f"{'abc'[j]}) {kr}"),
        (lambda i, t: f"{'I' * i}. {t}", lambda j, kr: f"    {'i' * (j + 1)}. {kr}"),
        (lambda i, t: f"{'I' * i}. {t}", lambda j, kr: f"    - {kr}"),
    ],
)
def test_pasted_numbering_is_the_nested_list_it_stands_for(head, item):
    assert _tree(_page(head, item, ())) == TREE
    assert _tree(_page(head, item)) == TREE


@pytest.mark.parametrize(
    "broken",
    [
        ["• Cut failed deploys", "from 12% to 3%", "• Halve median build", "time"],
        ["• Cut failed deploys from", "12% to 3%", "• Halve median", "build time"],
        ["◦ Cut failed", "deploys from 12% to 3%", "◦ Halve median build time"],
        ["  ▪ Cut failed deploys", "  from 12% to 3%", "  ▪ Halve median build time"],
    ],
)
def test_a_pdfs_broken_item_lines_are_one_key_result(broken):
    page = "Objective 1: Make deploys boring\n" + "\n".join(broken) + "\n"
    assert _tree(page) == [("Make deploys boring", TREE[0][1])]


@pytest.mark.parametrize(
    "text",
    [
        "Make deploys boring\n• Halve build time\nWin customers\n• Sign 10 customers\n",
        "Make deploys\n• Halve build time.\nnext: sign 10 customers\n",
        "Make deploys\n• Raise NPS from\n20 to 45\n",  # a number alone: no lower-case evidence
        "Make deploys\n• Halve build time\n(see the appendix)\n",
    ],
)
def test_lines_under_items_that_are_no_broken_lines(text):
    assert export_pages(text) == text


GRID = """+------------------+---------------------------------+--------+
| Objective        | Key results                     | Owner  |
+==================+=================================+========+
| Make deploys     | - Cut failed deploys from 12%   | Ana    |
| boring           |   to 3%                         |        |
|                  | - Halve median build time       |        |
+------------------+---------------------------------+--------+
| Win the first    | 1. Reach 40 weekly active teams | Ben    |
| ten paying       | 2. Sign 10 paying customers     |        |
| customers        |                                 |        |
+------------------+---------------------------------+--------+
"""


def test_a_pandoc_grid_table_is_read_as_a_table():
    tree = [
        ("Make deploys boring", ["Cut failed deploys from 12% to 3%", "Halve median build time"]),
        ("Win the first ten paying customers", ["Reach 40 weekly active teams", "Sign 10 paying customers"]),
    ]  # fmt: skip
    assert _tree("# OKRs\n\n" + GRID) == tree
    assert len(export_pages(GRID).split("\n")) == len(GRID.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        GRID.replace("=", "-"),  # no header row
        GRID.replace("| boring           |", "| boring | x      |"),  # a row that does not split
        "+-----+\n| box |\n+-----+\n",
        "Cost +-5%\n+-- src\n|  +-- main.py\n",
    ],
)
def test_grid_like_text_that_is_no_headed_grid_table(text):
    assert export_pages(text) == text


@pytest.mark.parametrize(
    "header",
    ["Key result,Objective,Status", "Key Results,Objective,Status", "KR,Objective,Status",
     "Resultado clave,Objetivo,Estado", "关键结果,目标,状态", '"Key result","Objective","Status"'],
)  # fmt: skip
def test_a_databases_csv_export_is_read_as_sheet_rows(header):
    rows = [f'"{kr}",{title},Not started' for title, krs in TREE for kr in krs]
    tree = _tree("\n".join([header, *rows]) + "\n")
    assert tree == TREE


def test_csv_cells_quoted_with_commas():
    text = (
        'Objective,Key result,Owner\n"Win customers, fast","Sign 10 customers, then 20",Ana\n'
        '"Win customers, fast",Reach 40 teams,Ana\n'
    )
    assert _tree(text) == [
        ("Win customers, fast", ["Sign 10 customers, then 20", "Reach 40 teams"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Objective, key results, owner: agree on them first\n- Halve build time\n",
        "Objective,Key result\nMake deploys boring,Halve build time\n\nMore text, here\n",
        "Name,Status,Owner\nAna,done,Ben\nBen,open,Ana\n",
        "Objective,Objective,Key result\na,b,c\nd,e,f\n",
    ],
)
def test_comma_lines_that_are_no_okr_csv(text):
    assert export_pages(text) == text


@pytest.mark.parametrize(
    ("item", "statuses"),
    [
        (lambda j, kr: f"* {kr}" + (" (/)" if j else ""), [None, "done", None, "done"]),
        (lambda j, kr: f"[{'x' if j else ''}] {kr}", [None, "done", None, "done"]),
        (lambda j, kr: f"[{'X' if j else ''}] {kr}", [None, "done", None, "done"]),
    ],
)
def test_confluence_icons_and_tasks(item, statuses):
    page = _page(lambda i, t: f"h2. {t}", item)
    assert _tree(page) == TREE
    assert _statuses(page) == statuses


@pytest.mark.parametrize(
    "text",
    [
        "# OKRs\n\n::: note\nDraft\n:::\n\n## Make deploys boring\n- Halve median build time\n",
        "## Goals\n\n- Publish page 2 of the handbook\n- Grow trial sign-ups (x2)\n",
        "## Page 2: the onboarding flow\n- Ship page 3 of the guide\n",
        "Slide decks for 3 sales teams\n- Build 3 slide decks\n",
        "Plano de integração\nDia 3\n- Conhecer a equipe\n",  # "dia": a day in Portuguese
        "OKR\n2025/2026\n\n## Make deploys boring\n- Halve median build time\n",
        "## Make deploys boring\n- Halve median build time\n  3 / 5 done\n",
        "## Win customers\n\to cliente\tfeliz\n- Lançar o novo app\n",
        "1. Make deploys boring\na. Halve build time\n2. Win customers\n- Sign 10 customers\n",
        "1. Make deploys boring\nb. Halve build time\n2. Win customers\nb. Sign 10\n",
        "## I. Make deploys boring\n- Halve median build time\n",
        "III. Make deploys boring\nI. Win customers\n",
        "## Make deploys boring\n- [x] Halve median build time\n- [ ] Sign 10 customers\n",
        "[x] Halve median build time\n[X] Sign 10 customers\n",
        "## Cut latency < 200 ms\n- Keep p95 <250ms for <unit> tests\n",
        "- See [[a|b] and [[]] or [[x|]]\n",
        "{status} and {statuses} and {status-page}\n",
    ],
)
def test_near_misses_keep_their_text(text):
    assert export_pages(text) == text.replace("\f", "")


def test_form_feeds_without_running_lines_leave_every_line():
    text = "## Make deploys boring\n- Halve build time\n\f## Win customers\n- Sign 10 customers\n"
    assert export_pages(text) == text.replace("\f", "")
    assert _tree(text) == [
        ("Make deploys boring", ["Halve build time"]),
        ("Win customers", ["Sign 10 customers"]),
    ]


HOSTILE = {
    "nbsp": lambda n: "## " + "&nbsp" * (20 * n) + "\n- Halve build time\n",
    "spans": lambda n: "## " + "<span " * (20 * n) + "x\n- Halve build time\n",
    "wikilinks": lambda n: "## " + "[[a|" * (20 * n) + "\n- Halve build time\n",
    "bracket_spans": lambda n: "## " + "[a]{" * (20 * n) + "\n- Halve build time\n",
    "status": lambda n: "## T {status:" + "title=" * (20 * n) + "\n- Halve build time\n",
    "divs": lambda n: "::: {.a}\n" * n + "## T\n- Halve build time\n" + ":::\n" * n,
    "pages": lambda n: "".join(f"Head\nO{i}: T{i}\n- K{i} up 5%\nPage {i} of {n}\n\f" for i in range(n)),
    "letters": lambda n: "".join(f"{i % 99 + 1}. T{i}\na. K{i}\nb. L{i}\n" for i in range(n)),
    "roman": lambda n: "I. T\nII. U\n" + "".join(f"    {'i' * (i % 3 + 1)}. K{i}\n" for i in range(n)),
    "tasks": lambda n: "## T\n" + "".join(f"[{'x' if i % 2 else ''}] K{i} up 5%\n" for i in range(n)),
    "broken": lambda n: "O1: T\n" + "".join(f"• K{i} up\nfrom {i} to {i + 5}\n" for i in range(n)),
    "grid_rows": lambda n: "+---+---+\n| O | K |\n+===+===+\n" + "| T | - K up 5% |\n+---+---+\n" * n,
    "grid_border": lambda n: "+" + "-+" * (30 * n) + "\n| a |\n",
    "csv": lambda n: "Key result,Objective\n" + "".join(f'"K{i} up 5%, then more",T{i % 3}\n' for i in range(n)),
    "csv_quotes": lambda n: "Objective,Key result\n" + '"' * (40 * n) + ",x\n",
    "icons": lambda n: "## T\n" + "".join(f"* K{i} up 5% " + "(/) " * 5 + "\n" for i in range(n)),
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 100)
