"""Twenty-ninth-round reader rules (issue 15): tagged objective lines under phase headings (the
round-31 held-out project goals file, read as its three phases at its first run).

The families are generated in six languages (tests/text/document_shapes_twenty_ninth.py) and
must be read exactly; the near misses keep their reading.
"""

import pytest

from bench.documents import read_tree
from cairn.text.outline_tagged_objectives import untag_objectives


def _tree(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (o["title"], o["owner"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)
    ]


PAGE = """# Project Goals

## Phase 1: 调研 + 研发（现在启动）
团队：Mia + Sam

O1 [调研]: 摸清差距，制定路线 (Mia)
- KR1: 完成功能差距矩阵
- KR2: 输出优先级排序 Roadmap

Phase 1→2 触发：3+ 差异化核心功能 + 完整 demo flow + 用户确认

## Phase 2: 加入推广（产品就绪后启动）

O2 [推广]: 建立市场存在感 (新成员/Mia兼)
- KR1: 每周1篇技术博客
- KR2: 提交 HN / Product Hunt / 开发者目录
"""


def test_tagged_objective_lines_under_phase_headings_are_the_objectives():
    assert _tree(PAGE) == [
        ("摸清差距，制定路线", "Mia", ["完成功能差距矩阵", "输出优先级排序 Roadmap"]),
        ("建立市场存在感", "新成员/Mia兼", ["每周1篇技术博客", "提交 HN / Product Hunt / 开发者目录"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("O1 [Research]: Map the gap (Mia)", "O1: Map the gap (Owner: Mia)"),
        ("O1【增长】提升留存（张伟）", "O1: 提升留存 (Owner: 张伟)"),
        ("Objective 2 [Growth] — Build a market presence (@ana)", "Objective 2: Build a market presence (@ana)"),
        ("### Ziel 3 [Wachstum] | Marktpräsenz aufbauen", "### Ziel 3: Marktpräsenz aufbauen"),
        ("- 目標1［成長］市場での存在感を築く", "- 目標1: 市場での存在感を築く"),
        # a note in the parenthesis (a figure, a comma) stays in the title
        ("O1 [Growth]: Ship the app (by Q3, 2026)", "O1: Ship the app (by Q3, 2026)"),
        ("O1 [Growth]: Ship the app (beta)", "O1: Ship the app (beta)"),
    ],
)  # fmt: skip
def test_the_tag_leaves_the_line_and_a_trailing_name_is_the_owner(line, plain):
    assert untag_objectives(line) == plain


@pytest.mark.parametrize(
    "line",
    [
        "- [x] Set up CI",  # a checkbox
        "[TODO] Book the offsite",  # a task's tag, no objective marker
        "O1 [x] Ship the app",  # a ticked box after an id
        "O1 [spec](https://example.com/spec)",  # a link's text
        "Objective [Draft]: Ship the app",  # a marker without an id
        "## Phase 1 [Research]: Map the gap",  # a phase, no objective marker
        "See O1 [Research]: Map the gap",  # a marker inside a sentence
    ],
)
def test_near_misses_keep_their_lines(line):
    assert untag_objectives(line) == line


ROADMAP = """# Roadmap

## Phase 1: Research

- [x] Build the comparison page
- [ ] Write the setup guide

### Stage 2 — Launch

- Record the demo video
- Submit to Product Hunt
"""


def test_a_roadmap_of_phases_over_tasks_reads_as_no_objective():
    # each phase was the objective of its tasks before the thirty-first round; a roadmap's
    # phases over their tasks are no objectives now, and the import says so
    assert _tree(ROADMAP) == []


def test_untagging_is_linear_on_hostile_lines():
    import time

    for hostile in ("O1 [" + "a" * 20000, "O1 [a]" + " " * 20000 + "x(", "O1 [a]: " + "(" * 20000):
        start = time.perf_counter()
        untag_objectives(hostile * 3)
        assert time.perf_counter() - start < 0.5
