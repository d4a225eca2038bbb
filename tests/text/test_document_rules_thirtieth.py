"""Thirtieth-round reader rules (issue 15): an OKR section of objectives marked with their id
beside unmarked objective lines in other sections, and a list number leading a wholly bold
table cell's title (round 32's Chinese project plan and Korean PRD, not read exactly at their
first run).

The families are generated in eight languages (tests/text/document_shapes_thirtieth.py) and
must be read exactly; the near misses keep their reading.
"""

import pytest

from bench.documents import read_tree


def _titles(text: str) -> list[tuple[str, list[str]]]:
    return [(o["title"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)]


PLAN = """# 项目规划

## 4. 全局目标

## 4.2 目标拆解（OKR 风格）

### O1：连续性可用性达到稳定生产水位（2026 Q2）
- KR1：项目进展类问题召回准确率 >= 97%
- KR2：`next_step` 类召回准确率 >= 95%

### O2：技术债可控，迭代效率持续提升（2026 Q3）
- KR1：核心链路回归耗时降到 10 分钟

## 6. 3 阶段路线图

## 阶段 A：发布收口与生产稳定化

目标：把“已实现能力”收口为“可发布能力”。

交付：
1. 完成当前大改动分批提交
2. README 口径统一
"""


def test_unmarked_objective_lines_outside_the_okr_section_are_context():
    assert _titles(PLAN) == [
        ("连续性可用性达到稳定生产水位（2026 Q2）", ["项目进展类问题召回准确率 >= 97%", "`next_step` 类召回准确率 >= 95%"]),
        ("技术债可控，迭代效率持续提升（2026 Q3）", ["核心链路回归耗时降到 10 分钟"]),
    ]  # fmt: skip


def test_one_marked_objective_keeps_the_other_lines():
    page = PLAN.replace("### O2：", "### ")
    assert "把“已实现能力”收口为“可发布能力”。" in [t for t, _ in _titles(page)]


QUARTERS = """# OKRs

## Q1 OKR

### O1: Make the recall service production-ready
- KR1: Raise recall accuracy to 97%

## Q2 OKR

### O1: Keep tech debt under control
- KR1: Cut open bugs from 40 to 10

### O2: Ship releases on a steady train
- KR1: Release every two weeks for 6 months
"""


def test_two_okr_sections_keep_their_objectives():
    assert [t for t, _ in _titles(QUARTERS)] == [
        "Make the recall service production-ready",
        "Keep tech debt under control",
        "Ship releases on a steady train",
    ]


TABLE = """## 2\\. 목표 및 핵심 성과 지표 (OKR)

| Objective (목표) | Key Results (핵심 결과) |
| :--- | :--- |
| **1. 관광약자(시니어, 영유아)의 여행 만족도 극대화** | KR 1.1: 사용자 만족도 점수 4.5/5.0 달성<br>KR 1.2: 긍정 평가 비율 90% 달성 |
| **2) 성공적인 MVP 출시** | KR 2.1: 3개월 내 핵심 기능 4개 배포 완료 |
"""


def test_a_bold_cell_titles_leading_number_is_its_id():
    assert _titles(TABLE) == [
        ("관광약자(시니어, 영유아)의 여행 만족도 극대화", ["사용자 만족도 점수 4.5/5.0 달성", "긍정 평가 비율 90% 달성"]),
        ("성공적인 MVP 출시", ["3개월 내 핵심 기능 4개 배포 완료"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "title", ["3 new markets opened in Asia", "1.5x faster checkout for every shopper"]
)
def test_a_bold_cell_titles_figure_stays(title):
    page = TABLE.replace("1. 관광약자(시니어, 영유아)의 여행 만족도 극대화", title)
    assert _titles(page)[0][0] == title


def test_an_unmarked_objective_right_over_its_own_list_elsewhere_is_kept():
    page = PLAN.replace("交付：\n1. 完成当前大改动分批提交", "- 完成当前大改动分批提交\n").replace(
        "\n2. README 口径统一", "\n- README 口径统一"
    )
    assert "把“已实现能力”收口为“可发布能力”。" in [t for t, _ in _titles(page)]


def test_marked_objectives_over_a_key_results_header_keep_the_other_lines():
    page = PLAN.replace(
        "- KR1：核心链路回归耗时降到 10 分钟", "关键结果：\n- 核心链路回归耗时降到 10 分钟"
    )
    assert "把“已实现能力”收口为“可发布能力”。" in [t for t, _ in _titles(page)]
