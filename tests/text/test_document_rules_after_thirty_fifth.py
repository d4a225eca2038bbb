"""Reader rules after the first runs of rounds 35 and 36 (issue 15): a trailing check mark is a
done status (cairn.text.doc_clean._DONE_MARK), a YAML front matter's one-line "objective:" key
is the title of the body's objective paragraph (cairn.text.doc_front_matter), an area-named
objective marker with a dash ("Tech Objective - …", cairn.text.outline_tagged_objectives), a
"| Result | … | Status |" table's results as key results (cairn.text.markdown_okr_tables), and
period headings naming the OKRs ("## Q1 2021 OKRs") keep an objective written again in another
quarter (cairn.text.outline_objective_paragraphs.carried_over).

The families are generated in eight languages (tests/text/document_shapes_after_thirty_fifth.py)
and must be read exactly (tests/text/test_document_families.py); here the rules' own sentences,
near misses and hostile input.
"""

import pytest

from bench.documents import read_tree
from tests.text.hostile_pages import assert_reads_in_linear_time


def _krs(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (kr["title"], kr["score"], kr["status"]) for o in read_tree(text) for kr in o["key_results"]
    ]


def _titles(text: str) -> list[str]:
    return [o["title"] for o in read_tree(text)]


def _items(*items: str) -> str:
    return "# goals.md\n\n### 目标 1.1：建立记忆系统框架\n" + "".join(f"- [ ] {i}\n" for i in items)


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("AGENTS.md（角色定义）✓", "AGENTS.md（角色定义）"),
        ("memory/ 目录（子文件）✓（本次）", "memory/ 目录（子文件）"),
        ("Write the runbook ✓", "Write the runbook"),
        ("Write the runbook ✓ (this sprint)", "Write the runbook"),
        ("Escribir el manual ✓ (esta vez)", "Escribir el manual"),
        ("Das Runbook schreiben ✓", "Das Runbook schreiben"),
        ("手順書を書く✓（今回）", "手順書を書く"),
        ("런북 작성 ✓", "런북 작성"),
    ],
)
def test_a_trailing_check_mark_is_a_done_status(item, title):
    assert _krs(_items(item, "SOUL.md（可选的个性文件）")) == [
        (title, None, "done"),
        ("SOUL.md（可选的个性文件）", None, None),
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Pass review ✓ for 10 services",  # the mark inside the title: kept, no status
        "SOUL.md（可选的个性文件）",  # no mark: no status
        "✓ 2 releases a month",  # a leading mark: no done status of its own
    ],
)
def test_check_mark_near_misses_report_no_status(item):
    assert [status for _, _, status in _krs(_items(item, "Ship the docs"))] == [None, None]


_BODY = (
    "## Objetivo\n\nEliminar as 12 vulnerabilidades criticas identificadas na analise de "
    "fevereiro.\nEste e o prerequisito absoluto.\n\n## Key Results\n\n"
    "### KR-01: Zero vulnerabilidades criticas abertas\n\n- **Meta**: 0\n\n"
    "### KR-02: Score de seguranca >= 55/100\n\n- **Meta**: 55/100\n"
)
_KRS = ["Zero vulnerabilidades criticas abertas", "Score de seguranca >= 55/100"]


def _front(*fields: str) -> str:
    return (
        "---\nid: OKR-2026-Q1-04\n" + "".join(f"{f}\n" for f in fields) + "status: active\n---\n\n"
    )


@pytest.mark.parametrize(
    ("field", "title"),
    [
        ('objective: "Eliminar todas as vulnerabilidades criticas"', "Eliminar todas as vulnerabilidades criticas"),
        ("objective: Eliminar todas as vulnerabilidades criticas", "Eliminar todas as vulnerabilidades criticas"),
        ("objective: 'Close every critical finding'", "Close every critical finding"),
        ('objetivo: "Eliminar todas as vulnerabilidades criticas"', "Eliminar todas as vulnerabilidades criticas"),
        ('Objective: "Cerrar todos los hallazgos críticos"', "Cerrar todos los hallazgos críticos"),
        ("目标: 关闭所有严重漏洞", "关闭所有严重漏洞"),
    ],
)  # fmt: skip
def test_the_front_matters_objective_is_the_title_of_the_bodys_paragraph(field, title):
    page = _front('period: "2026-Q1"', field) + _BODY
    assert _titles(page) == [title]
    assert [t for t, _, _ in _krs(page)] == _KRS


@pytest.mark.parametrize(
    "fields",
    [
        ['title: "OKR 2026-Q1-04"'],  # no objective key
        ["objective:", '  title: "Eliminar todas"'],  # a block, not a one-line value
        ["key_results:", "  - id: KR-01", '    objective: "Eliminar todas"'],  # a nested field
        ["objective: |", "  Eliminar todas"],  # a literal block
        ['objective: "2026"'],  # no word
        ['objective: "A"', 'objetivo: "B"'],  # two objectives: neither is the file's one
    ],
)
def test_front_matter_near_misses_keep_the_bodys_paragraph(fields):
    page = _front(*fields) + _BODY
    assert read_tree(page) == read_tree(_BODY)  # the body's paragraph, as without the front
    assert _titles(page) == [
        "Eliminar as 12 vulnerabilidades criticas identificadas na analise de fevereiro."
    ]


def test_a_heading_over_a_list_is_not_restated():
    page = _front('objective: "Eliminar todas"') + "## Objective\n\n- Ship it\n- Test it\n"
    body = "## Objective\n\n- Ship it\n- Test it\n"
    assert read_tree(page) == read_tree(body)


def _area_page(line: str, header: str = "| Result | Progress to Date | Status |") -> str:
    return (
        f"# Priorities\n\n## Q2 2021 OKRs\n{line}\n\n{header}\n|---|---|---|\n"
        "|Launch 1st cohort on mainnet.|In Progress|⏳ Working on it|\n"
        "|Start designing smart contracts.|Not started|🔜 Soon|\n"
    )


_AREA_KRS = [
    ("Launch 1st cohort on mainnet.", None, "Working on it"),
    ("Start designing smart contracts.", None, "Soon"),
]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("**Tech Objective - Launch the protocol technology.**", "Launch the protocol technology."),
        ("**Community Objective – Grow the community.**", "Grow the community."),
        ("### Growth Objective - Find our first users.", "Find our first users."),
        ("**Dev Rel Objective — Grow the community.**", "Grow the community."),
        ("**Objetivo de Crecimiento - Encontrar los primeros usuarios.**", "Encontrar los primeros usuarios."),
        ("**Objetivo da Comunidade - Crescer a comunidade**", "Crescer a comunidade"),
        ("**Objectif Croissance - Trouver nos premiers utilisateurs**", "Trouver nos premiers utilisateurs"),
        ("**Technik-Ziel - Das Protokoll starten**", "Das Protokoll starten"),
        ("**技术目标 - 上线协议**", "上线协议"),
        ("**コミュニティ目標 - コミュニティを育てる**", "コミュニティを育てる"),
        ("**기술 목표 - 프로토콜 출시**", "프로토콜 출시"),
    ],
)  # fmt: skip
def test_an_area_named_objective_over_a_result_table(line, title):
    page = _area_page(line)
    assert _titles(page) == [title]
    assert _krs(page) == _AREA_KRS


@pytest.mark.parametrize(
    "header",
    ["| Resultado | Avance | Estado |", "| Résultat | Avancement | Statut |", "| 结果 | 进展 | 状态 |",
     "| Ergebnis | Fortschritt | Status |", "| 결과 | 진행 | 상태 |", "| Results | Notes | State |"],
)  # fmt: skip
def test_a_result_column_beside_a_status_column_holds_key_results(header):
    assert _krs(_area_page("**Tech Objective - Launch it.**", header)) == _AREA_KRS


@pytest.mark.parametrize(
    "line",
    [
        "**Tech Track - Launch the protocol technology.**",  # no objective word
        "**tech objective - launch the protocol technology.**",  # a lower-case area word
        "Our team objective - launch the protocol technology.",  # prose
    ],
)
def test_area_named_near_misses_read_as_before(line):
    assert read_tree(_area_page(line)) == []


@pytest.mark.parametrize(
    "header",
    ["| Metric | Result | Trend |", "| Result | Notes | Owner |", "| Result | Progress | Score |"],
)
def test_result_tables_without_a_status_column_stay_context(header):
    page = "# OKRs\n\n**Objective - Launch it.**\n\n- Ship v2 to 10 users\n\n" + header
    page += "\n|---|---|---|\n| Users | 4 | up |\n"
    assert _krs(page) == [("Ship v2 to 10 users", None, None)]


def _status_page(cell: str, header: str = "| Result | Progress to Date | Status |") -> str:
    return (
        f"# OKRs\n\n**Tech Objective - Launch the protocol.**\n\n{header}\n|---|---|---|\n"
        f"|Run user testing of the web app.|Mostly complete|{cell}|\n"
    )


@pytest.mark.parametrize(
    ("cell", "score"),
    [("🟩 90%", 0.9), ("🟨 40%", 0.4), ("🟥 0%", 0.0), ("🟢 75 %", 0.75), ("🔴 12.5%", 0.125),
     ("90%", 0.9)],
)  # fmt: skip
def test_a_colour_mark_before_a_share_in_a_status_cell_leaves_the_score(cell, score):
    """The lead, after round 35's first run: a share in a status cell is a score (round 34's
    near miss), with or without a colour mark before it."""
    assert _krs(_status_page(cell)) == [("Run user testing of the web app.", score, None)]


@pytest.mark.parametrize(
    ("cell", "status"),
    [("🟢 On track", "On track"), ("🔴 at risk", "at risk"), ("🟩 90% done", "90% done"),
     ("~60%", "~60%")],
)  # fmt: skip
def test_a_colour_mark_before_words_or_a_rough_share_is_read_as_before(cell, status):
    assert _krs(_status_page(cell)) == [("Run user testing of the web app.", None, status)]


def test_a_colour_mark_alone_reports_nothing():
    assert _krs(_status_page("🟩")) == [("Run user testing of the web app.", None, None)]


def _quarters(first: str, second: str) -> str:
    block = "**Objective - Grow the community.**\n\n- Have 10 members adding utility\n\n"
    return f"# Priorities\n\n## {first}\n{block}## {second}\n{block}"


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        ("Q2 2021 OKRs", "Q1 2021 OKRs", 2),
        ("OKR Q2 2021", "OKR Q1 2021", 2),
        ("OKRs — 2021 Q1", "OKRs — 2020 Q4", 2),
        ("2019 Q1", "2019 Q2", 2),  # plain periods: carried over, as before
        ("Q2 2021 OKRs", "Q2 2021 OKRs", 1),  # the same period twice: a repeat
        ("Q2 2021 OKRs", "Team OKRs", 1),  # no period: a repeat, as before
        ("Q2 2021 OKRs", "Q1 2021 Review", 1),
    ],
)
def test_period_headings_naming_the_okrs_keep_each_quarters_objective(first, second, kept):
    assert len(read_tree(_quarters(first, second))) == kept


HOSTILE = {
    "marks": lambda n: _items(*(f"Step {i} ✓（note {i}）" for i in range(n))),
    "mark_run": lambda n: _items("Step " + "✓ " * (10 * n) + "x"),
    "front_fields": lambda n: _front(*(f"objective_{i}: value {i}" for i in range(n))) + _BODY,
    "headings": lambda n: _front('objective: "Eliminar"') + "## Objetivo\n\n" * n + "Texto\n",
    "spaces": lambda n: _front("objective: " + "a " * (10 * n) + "#") + _BODY,
    "area_lines": lambda n: "".join(f"**Tech Objective - Goal {i}**\n\n| Result | Status |\n|---|---|\n| Do {i} | ⏳ Soon |\n\n" for i in range(n)),
    "area_words": lambda n: "Tech " * (10 * n) + "Objective - x\n" + "Objective -" * n,
    "area_dashes": lambda n: "**Tech Objective" + " -" * (10 * n) + " x**\n",
    "quarters": lambda n: "# OKRs\n\n" + "".join(f"## Q{i % 4 + 1} {2000 + i} OKRs\n**Objective - Grow**\n\n- Have {i % 3} members\n\n" for i in range(n)),
    "okr_words": lambda n: "## " + "OKRs " * (10 * n) + "Q1 2021\n**Objective - Grow**\n\n- Have 10\n",
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 100)
