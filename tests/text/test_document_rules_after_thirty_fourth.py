"""Reader rules after round 34's first run (issue 15): a status cell holding a rough share
(cairn.text.outline_lines), "G1:" an objective's id (cairn.text.outline_words), measure-labelled
bullets beside action-labelled ones (cairn.text.outline_measure_bullets).

The families are generated in six languages (tests/text/document_shapes_after_thirty_fourth.py)
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


def _table(header: str, cell: str) -> str:
    return (
        f"| Objetivo | Key Result | Meta | {header} | Owner |\n|---|---|---|---|---|\n"
        f"| Ecosistema agéntico | 6 agentes operativos con CLAUDE.md + tools | 6/6 | {cell} | Ana |\n"
    )


@pytest.mark.parametrize(
    "cell", ["~60%", "≈ 60%", "≈60%", "∼60%", "ca. 60%", "approx. 60%", "aprox. 60%", "etwa 60%",
             "около 60%", "约60%", "約60%", "약 60%", "~ 60 %", "~62.5%"],
)  # fmt: skip
def test_a_rough_share_in_the_status_column_is_the_status_as_written(cell):
    assert _krs(_table("Estado", cell)) == [
        ("6 agentes operativos con CLAUDE.md + tools", None, cell)
    ]


@pytest.mark.parametrize(
    "header",
    ["Status", "Estado", "Situación", "Situação", "Statut", "État", "Stato", "Zustand", "Статус",
     "Durum", "Tình trạng", "状态", "ステータス", "状況", "상태", "상황"],
)  # fmt: skip
def test_status_column_headers_in_the_survey_languages(header):
    assert _krs(_table(header, "~60%"))[0][2] == "~60%"
    assert _krs(_table(header, "En progreso"))[0][2] == "En progreso"


@pytest.mark.parametrize(("cell", "score"), [("60%", 0.6), ("0.7", 0.7)])
def test_an_exact_share_or_grade_stays_a_score(cell, score):
    assert _krs(_table("Estado", cell)) == [
        ("6 agentes operativos con CLAUDE.md + tools", score, None)
    ]


@pytest.mark.parametrize("cell", ["🟢 / 🟡 / 🔴", "~", "~%", "—"])
def test_placeholders_are_no_status(cell):
    assert _krs(_table("Estado", cell))[0][1:] == (None, None)  # a template's blank, as before


ZH = """# 零的目标系统

## 活跃目标

### G1: 零能创建新脚本而不只是修旧脚本 [进行中]
- 学自AgentFactory: 经验→可执行代码
- 动作: 本周内零自主创建一个有用的新脚本
- 度量: 新脚本数 > 0

### G4: 零的可发现性 [待启动]
- 零在GitHub上不可被找到
- 动作: 创建独立主页/GitHub Pages
- 度量: 外部联系零的人 > 1
"""


def test_the_round34_goal_page_reads_its_measures():
    assert _titles(ZH) == ["零能创建新脚本而不只是修旧脚本", "零的可发现性"]
    assert _krs(ZH) == [("新脚本数 > 0", None, None), ("外部联系零的人 > 1", None, None)]


@pytest.mark.parametrize(
    ("action", "measure"),
    [
        ("Action: automate the rollback", "Measure: failed deploys below 3%"),
        ("Actions: automate the rollback", "Metric: failed deploys below 3%"),
        ("Initiative: automate the rollback", "KPI: failed deploys below 3%"),
        ("Acción: automatizar el rollback", "Métrica: despliegues fallidos por debajo del 3%"),
        ("Maßnahme: Rollback automatisieren", "Messgröße: Fehlschläge unter 3%"),
        ("行动: 自动化回滚", "衡量: 失败部署低于3%"),
        ("アクション: ロールバックを自動化", "測定: 失敗デプロイを3%未満に"),
        ("행동: 롤백 자동화", "지표: 실패 배포 3% 미만"),
    ],
)
def test_a_measure_beside_an_action_is_the_key_result(action, measure):
    page = f"# OKRs\n\n### G1: Make deploys boring\n- {action}\n- {measure}\n"
    assert _titles(page) == ["Make deploys boring"]
    assert _krs(page) == [(measure.split(": ", 1)[1], None, None)]


@pytest.mark.parametrize(
    "bullets",
    [
        ["动作: 每周一次用户访谈", "行动: 上线新手引导"],  # actions only: key results, as before
        ["Acción: Reducir el churn al 5%", "Acción: Subir el NPS a 45"],
        ["Métrica: Reducir el churn al 5%", "Subir el NPS a 45"],  # a measure beside a plain one
        ["Metric: Cut churn to 5%", "Raise NPS to 45"],
    ],
)
def test_near_misses_read_as_before(bullets):
    page = "# OKRs\n\n## Make deploys boring\n\n" + "".join(f"- {b}\n" for b in bullets)
    assert _krs(page) == [(b, None, None) for b in bullets]


HOSTILE = {
    "goals": lambda n: "".join(f"### G{i % 99 + 1}: Goal {i}\n- 动作: step {i}\n- 度量: n{i} > 0\n" for i in range(n)),
    "wide": lambda n: "### G1: Goal\n- 动作: step\n" + "".join(f"- 度量: n{i} > 0\n" for i in range(n)),
    "tildes": lambda n: _table("Estado", "~" * (10 * n) + "60%"),
    "labels": lambda n: "## G\n- Action: " + "Metric: " * (5 * n) + "x\n- Measure: y > 1\n",
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 100)
