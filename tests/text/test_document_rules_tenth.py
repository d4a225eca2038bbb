"""Reader rules of the tenth round (issue 15): shapes from the round-8 documents' families,
each tested on invented documents and near misses (never on a labelled document's text)."""

import pytest

from cairn.text.document import parse_document


def tree(text: str) -> list[tuple[str, list[str]]]:
    document = parse_document(text, None)
    return [(o.title, [kr.title for kr in o.key_results]) for o in document.objectives]


# A file name's dot is no marker separator: "OKR.md" names a file, not an objective "md".
@pytest.mark.parametrize(
    "line",
    ["# OKR.md — our goals", "# okr.txt notes", "# O.md - plan", "# Objective.md — team page"],
)
def test_a_file_name_is_no_objective_marker(line):
    text = f"{line}\n\n## O1: Make deploys boring\n\n- KR1: Cut failed deploys from 12% to 3%\n"
    assert tree(text) == [("Make deploys boring", ["Cut failed deploys from 12% to 3%"])]


@pytest.mark.parametrize("line", ["O1. Make deploys boring", "OKR. Make deploys boring"])
def test_a_dot_before_a_spaced_title_still_separates(line):
    # near miss: "O1. Title" keeps its dot separator
    text = f"## {line}\n\n- KR1: Cut failed deploys from 12% to 3%\n"
    assert tree(text) == [("Make deploys boring", ["Cut failed deploys from 12% to 3%"])]


# A bare objective heading with a note in brackets or a Chinese enumerator before it is bare:
# the title is the line below.
@pytest.mark.parametrize(
    ("heading", "title", "header", "krs"),
    [
        ("## Objective 1 (core)", "Make deploys boring", "### Key Results",
         ["Cut failed deploys from 12% to 3%", "Reach 40 weekly active teams"]),
        ("## 🎯 Objective 2（核心目标）", "**Win the first ten paying customers**", "### Key Results",
         ["Cut failed deploys from 12% to 3%", "Reach 40 weekly active teams"]),
        ("# 一、目标（O1）", "提升用户留存", "## 关键结果（KR）", ["日活跃用户达到 5000", "发布失败率降低到 3%"]),
        ("# 二、目标", "打造稳定的发布流程", "## 关键结果", ["日活跃用户达到 5000", "发布失败率降低到 3%"]),
        ("## 目標（第一四半期）", "顧客体験を向上させる", "### 主要な成果（KR）", ["解約率を5%から3%に下げる", "NPS 40"]),
        ("## Ziel 1 (Plattform)", "Die Plattform stabil betreiben", "### Schlüsselergebnisse (KR)",
         ["Ladezeit unter 2 Sekunden senken", "Aktivierungsrate von 20% auf 35% steigern"]),
    ],
)  # fmt: skip
def test_a_bare_objective_heading_with_a_note_titles_the_line_below(heading, title, header, krs):
    body = "\n".join(f"{n}. {kr}" for n, kr in enumerate(krs, 1))
    text = f"{heading}\n\n{title}\n\n{header}\n\n{body}\n"
    assert tree(text) == [(title.strip("*"), krs)]


def test_a_heading_with_a_long_bracket_is_a_title():
    # near miss: an objective marker with its title in brackets is no bare heading
    text = "## Objective 1: Make deploys boring (the whole team)\n\n- KR1: Reach 40 weekly active teams\n"
    assert tree(text) == [
        ("Make deploys boring (the whole team)", ["Reach 40 weekly active teams"])
    ]


def test_a_chinese_enumerated_heading_naming_something_else_is_no_bare_objective():
    # near miss: "一、背景" is a section, "二、目标与关键结果" a header; neither is a bare objective
    text = "# 一、背景\n\n团队去年发布失败率很高。\n\n# 二、目标：提升用户留存\n\n1. 日活跃用户达到 5000\n"
    assert tree(text) == [("提升用户留存", ["日活跃用户达到 5000"])]


# The text after a key-result or objective marker set in italics as a whole loses its asterisks.
@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- KR1: *Finish a track every month*", "Finish a track every month"),
        ("- KR 2: _Raise NPS from 20 to 45_", "Raise NPS from 20 to 45"),
        ("* KR3: *Ladezeit unter 2 Sekunden senken*", "Ladezeit unter 2 Sekunden senken"),
        ("- KR1: *日活跃用户达到 5000*", "日活跃用户达到 5000"),
    ],
)
def test_an_italic_key_result_text_loses_its_asterisks(line, text):
    doc = f"### Objective 1: *Make deploys boring*\n{line}\n"
    assert tree(doc) == [("Make deploys boring", [text])]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- KR1: *Finish* a track and *publish* it", "*Finish* a track and *publish* it"),
        ("- KR2: snake_case names in 3 _modules_", "snake_case names in 3 _modules_"),
    ],
)
def test_italics_inside_a_key_result_stay(line, text):
    # near misses: emphasis on some words only, an underscore inside a word
    doc = f"### Objective 1: Make deploys boring\n{line}\n"
    assert tree(doc) == [("Make deploys boring", [text])]


# Unmarked items after a marked key result ending in a colon are the points it announced.
@pytest.mark.parametrize(
    ("marker", "kr", "points"),
    [
        ("KR1.2: ", "Reach a high bar on these dimensions:", ["Empathy", "Attention"]),
        ("KR 2 — ", "Score 4 of 5 in each area:", ["Docs", "Onboarding", "Billing"]),
        ("KR1.2: ", "在以下维度上达到高质量标准：", ["共情 (Empathy)", "积极关注"]),
        ("**KR 2**: ", "In diesen Bereichen 4 von 5 erreichen:", ["Stabilität", "Tempo"]),
    ],
)
def test_unmarked_points_after_a_colon_key_result_are_not_key_results(marker, kr, points):
    items = "\n".join(f"* {p}" for p in points)
    text = f"## O1: Make deploys boring\n* KR1.1: Publish the runbook\n* {marker}{kr}\n{items}\n* KR1.3: Ship it\n"
    assert tree(text) == [("Make deploys boring", ["Publish the runbook", kr, "Ship it"])]


def test_unmarked_items_after_a_key_result_without_a_colon_stay_key_results():
    # near miss: no colon announces them
    text = (
        "## O1: Make deploys boring\n- KR1: Publish the runbook\n- Reach 40 weekly active teams\n"
    )
    assert tree(text) == [
        ("Make deploys boring", ["Publish the runbook", "Reach 40 weekly active teams"])
    ]


def test_nested_items_under_a_colon_key_result_are_untouched():
    # near miss: points nested below stay what they were (not siblings at the key result's level)
    text = (
        "## O1: Make deploys boring\n- KR1: Hit these targets:\n  - Uptime 99.9%\n"
        "- KR2: Publish the runbook\n"
    )
    assert [t for t, _ in tree(text)] == ["Make deploys boring"]
    assert "Publish the runbook" in tree(text)[0][1]


# A bare objective heading over a quoted bold title: the quotes are not the title's.
@pytest.mark.parametrize(
    "line", ['**"Make deploys boring"**', "**“Make deploys boring”**", '"Make deploys boring"']
)
def test_a_quoted_title_under_a_bare_objective_heading_loses_its_quotes(line):
    text = f"## Objective\n\n{line}\n\n## Key Results\n\n### KR 1: Reach 40 weekly active teams\n"
    assert tree(text) == [("Make deploys boring", ["Reach 40 weekly active teams"])]


# A review section citing the objective again, with only arrowed comments under it, is no
# second objective.
@pytest.mark.parametrize("arrow", ["→", "⇒"])
def test_a_repeated_objective_with_arrowed_comments_is_dropped(arrow):
    text = (
        "## Objective: Make deploys boring\n\n- KR1: Cut failed deploys from 12% to 3%\n\n"
        f'## Review\n\n- **Objective**: "Make deploys boring"\n  - {arrow} people-centred\n'
        f"- **Key Results**: 3% failed deploys\n  - {arrow} measurable\n"
    )
    assert tree(text) == [("Make deploys boring", ["Cut failed deploys from 12% to 3%"])]


def test_a_repeated_objective_with_key_results_of_its_own_stays():
    # near miss: the same objective again for another period, with key results of its own
    text = (
        "## Q1\n\n### Objective: Make deploys boring\n\n- KR1: Cut failed deploys from 12% to 3%\n\n"
        "## Q2\n\n### Objective: Make deploys boring\n\n- KR1: Cut failed deploys from 3% to 1%\n"
    )
    assert [t for t, _ in tree(text)] == ["Make deploys boring", "Make deploys boring"]


# An English abstract noun in a trailing parenthesis glosses the title; it names no owner,
# even where the document writes owners as first names in parentheses.
@pytest.mark.parametrize("gloss", ["Retention", "Alignment", "Governance", "Ownership", "Quality"])
def test_an_abstract_noun_in_parentheses_is_no_owner(gloss):
    text = (
        "## Objective: Grow\n\n- KR1: Ship the runbook (Max)\n- KR2: Reach 40 teams (Zach)\n"
        f"- KR3: 실제 사용 가치 증명 ({gloss})\n"
    )
    document = parse_document(text, None)
    krs = document.objectives[0].key_results
    assert [kr.owner for kr in krs] == ["Max", "Zach", None]
    assert krs[2].title == f"실제 사용 가치 증명 ({gloss})"
