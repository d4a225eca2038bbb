"""Reader rules after the first runs of rounds 35 and 36 (issue 15): a trailing check mark is a
done status (cairn.text.doc_clean._DONE_MARK), a YAML front matter's one-line "objective:" key
is the title of the body's objective paragraph (cairn.text.doc_front_matter).

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


HOSTILE = {
    "marks": lambda n: _items(*(f"Step {i} ✓（note {i}）" for i in range(n))),
    "mark_run": lambda n: _items("Step " + "✓ " * (10 * n) + "x"),
    "front_fields": lambda n: _front(*(f"objective_{i}: value {i}" for i in range(n))) + _BODY,
    "headings": lambda n: _front('objective: "Eliminar"') + "## Objetivo\n\n" * n + "Texto\n",
    "spaces": lambda n: _front("objective: " + "a " * (10 * n) + "#") + _BODY,
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 100)
