"""Reader rules of the twelfth round (issue 15): shapes from the round-8 and round-9 documents'
families, each tested on invented documents and near misses (never on a labelled document's
text), and the generated families of tests/text/document_shapes_twelfth.py."""

import pytest

from bench.documents import read_tree, same
from cairn.text.document import parse_document
from tests.text.document_shapes_twelfth import NEAR_MISSES, cases


def tree(text: str) -> list[tuple[str, list[str]]]:
    document = parse_document(text, None)
    return [(o.title, [kr.title for kr in o.key_results]) for o in document.objectives]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    cases() + NEAR_MISSES,
    ids=lambda v: v if isinstance(v, str) and "\n" not in v else "",
)
def test_the_twelfth_round_families(name, text, expected):
    assert same(read_tree(text), expected), name


# A heading that only names the marker's letter introduces its content: "## O" over the title,
# "## KR" over the key results, as "## Objective" / "## Key results" do.
@pytest.mark.parametrize(
    ("title", "krs", "section", "items"),
    [
        ("Make deploys boring", ["Cut failed deploys from 12% to 3%", "Publish the public API docs"],
         "Action items", ["Weekly review 30min", "Friday demo"]),
        ("IT技術の基礎を体系的に理解する", ["1日1記事発信", "Webサービスを1つリリース"],
         "アクション項目", ["毎週月曜日の振り返り 30min", "毎週金曜日のウィン・セッション"]),
        ("Kunden schneller an Bord holen", ["Aktivierungsrate von 20% auf 35% steigern"],
         "Aufgaben", ["Montags 30min Rückblick"]),
    ],
)  # fmt: skip
def test_a_letter_heading_introduces_its_content(title, krs, section, items):
    body = "".join(f"- {kr}\n" for kr in krs)
    rest = "".join(f"- {item}\n" for item in items)
    text = f"# 2022-10 OKR\n\n## O\n- {title}\n## KR\n{body}\n# {section}\n{rest}"
    assert tree(text) == [(title, krs)]
    colon = f"# 2022-10 OKR\n\n## O:\n- {title}\n## KRs:\n{body}"
    assert tree(colon) == [(title, krs)]


def test_a_progress_section_restating_the_okr_is_no_new_objective():
    text = (
        "# OKR\n## O\n- Make deploys boring\n## KR\n- Cut failed deploys from 12% to 3%\n"
        "- Halve median build time\n\n# Progress 10/17\n## O\n- Make deploys boring /10\n## KR\n"
        "- Cut failed deploys from 12% to 3%\n- Halve median build time\n"
    )
    assert tree(text) == [
        ("Make deploys boring", ["Cut failed deploys from 12% to 3%", "Halve median build time"])
    ]
    problems = parse_document(text, None).problems
    assert any(p.message == "repeats an objective above: left out" for p in problems)


def test_an_okr_pasted_twice_is_read_once_and_said_so():
    okr = "Objective: Delight customers\n- Cut churn from 6% to 3%\n- Raise NPS from 30 to 50\n"
    document = parse_document(okr * 3, None)
    assert [o.title for o in document.objectives] == ["Delight customers"]
    left_out = [p for p in document.problems if p.message == "repeats an objective above: left out"]
    assert [p.line for p in left_out] == [4, 7]
    # the same title over key results of its own is another objective (another team's, say)
    other = okr + "Objective: Delight customers\n- Answer 90% of tickets within a day\n"
    assert len(parse_document(other, None).objectives) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case "o" and a longer word are no marker headings: a heading over its list
        ("## o\n- Make deploys boring\n- Cut failed deploys from 12% to 3%\n",
         [("o", ["Make deploys boring", "Cut failed deploys from 12% to 3%"])]),
        ("## Ok\n- Make deploys boring\n- Cut failed deploys from 12% to 3%\n",
         [("Ok", ["Make deploys boring", "Cut failed deploys from 12% to 3%"])]),
        # "OKR" alone stays the page's label over its objectives
        ("## OKR\n### Make deploys boring\n- Cut failed deploys from 12% to 3%\n",
         [("Make deploys boring", ["Cut failed deploys from 12% to 3%"])]),
    ],
)  # fmt: skip
def test_near_misses_of_letter_headings_read_as_before(text, expected):
    assert tree(text) == expected


def test_a_repeat_with_key_results_of_its_own_stays():
    text = (
        "# Q1\n## O\n- Make deploys boring\n## KR\n- Cut failed deploys from 12% to 3%\n\n"
        "# Q2\n## O\n- Make deploys boring\n## KR\n- Cut failed deploys from 12% to 3%\n"
        "- Reach 40 weekly active teams\n"
    )
    assert [t for t, _ in tree(text)] == ["Make deploys boring", "Make deploys boring"]


# "### O1 Title" headings, two or more: the objective's code and title with no separator.
# "#### O1KR1" / "#### KR2": a heading holding only a key result's id, the key result on the line
# below ("_Key Result_: …", or plain, or an empty label over "Key Result 2: …").
# "… [1/5]", "…[30%]": progress in square brackets closing a key result is its score.
def test_joined_id_headings_over_their_key_results():
    text = (
        "# CY22-Q2 OKRs\n## Team\n### O1 Build the data platform  \n"
        "_Objective_: Design and run a platform every analyst can self-serve from.\n\n"
        "#### O1KR1 \n_Key Result_: One new use case runs end to end on the platform [1/5]\n\n"
        "#### O1KR2 \nAll 3 codebases are deployed via CI/CD. [12/14]\n\n"
        "### O2 Onboard people\n\n#### O2KR1\n_Key Result_: \n"
        "Key Result 2: At least 4 analysts merge 2 pull requests each.[30%]\n"
    )
    document = parse_document(text, None)
    assert tree(text) == [
        ("Build the data platform",
         ["One new use case runs end to end on the platform", "All 3 codebases are deployed via CI/CD."]),
        ("Onboard people", ["At least 4 analysts merge 2 pull requests each."]),
    ]  # fmt: skip
    scores = [kr.score for o in document.objectives for kr in o.key_results]
    assert scores == pytest.approx([0.2, 12 / 14, 0.3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one "O2 …" heading alone is a title like any other (an "O2 sensor")
        ("## Plan\n### O2 sensor calibration\n- Cut drift from 5% to 1%\n",
         [("O2 sensor calibration", ["Cut drift from 5% to 1%"])]),
        # a key result id heading with no objective above stays a heading over its list
        ("### KR1\nReach 40 weekly active teams\n", [("KR1", ["Reach 40 weekly active teams"])]),
        # brackets that hold no progress, or more than all of it, stay in the title
        ("## Make deploys boring\n- Read the RFC [1]\n- Cut failed deploys from 12% to 3% [7/5]\n"
         "- Ship v2 [beta]\n",
         [("Make deploys boring",
           ["Read the RFC [1]", "Cut failed deploys from 12% to 3% [7/5]", "Ship v2 [beta]"])]),
    ],
)  # fmt: skip
def test_near_misses_of_joined_id_headings(text, expected):
    assert tree(text) == expected


def test_a_key_result_id_heading_under_a_marked_objective():
    text = "# Q2\n## Objective: Ship the CLI\n#### KR1\nReach 40 weekly active teams\n#### KR2\nPublish the docs [2/3]\n"
    assert tree(text) == [("Ship the CLI", ["Reach 40 weekly active teams", "Publish the docs"])]


def test_an_italic_key_result_word_marks_the_line():
    text = "## Objective: Ship the CLI\n_Key Result_: Reach 40 weekly active teams\n*KR*: Publish the docs\n"
    assert tree(text) == [("Ship the CLI", ["Reach 40 weekly active teams", "Publish the docs"])]


# "[P1] KR: …", "(P0) Objective: …": a priority tag before a marker is no part of the title.
@pytest.mark.parametrize("tag", ["[P0]", "[P1]", "(P2)", "[ P3 ]"])
def test_a_priority_tag_before_a_marker_is_left_out(tag):
    text = (
        f"# Objective 1: Make deploys boring\n\n## {tag} KR: Cut failed deploys from 12% to 3%\n"
        f"* A note on how it is measured.\n\n- {tag} KR: Halve median build time\n"
    )
    assert tree(text) == [
        ("Make deploys boring", ["Cut failed deploys from 12% to 3%", "Halve median build time"])
    ]


def test_a_tag_that_is_no_priority_stays():
    text = "## Objective: Make deploys boring\n- [P9] KR: Halve median build time\n- [Q3] Ship v2\n"
    assert tree(text) == [
        ("Make deploys boring", ["[P9] KR: Halve median build time", "[Q3] Ship v2"])
    ]


# A list before the marked objectives whose items open with their titles ("* Learning - …") is
# a preview of them: context, in any language and with any separator.
@pytest.mark.parametrize(
    ("word", "titles", "separator"),
    [
        ("Objective", ["Learning", "Foundation", "Work"], " - "),
        ("Objetivo", ["Aprender cada semana", "Dormir mejor"], ": "),
        ("Ziel", ["Kunden schneller an Bord holen", "Die Plattform stabil betreiben"], " — "),
    ],
)
def test_a_summary_list_naming_the_objectives_is_context(word, titles, separator):
    summary = "".join(
        f"* {t}{separator}what it means.\n  * The metric is working less than 50 hours a week.\n"
        for t in titles
    )
    sections = "".join(
        f"# {word} {i}: {t}\n> What it means.\n## [P1] KR: Reach {i}0 weekly readers\n"
        for i, t in enumerate(titles, 1)
    )
    text = f"# Theme\n## North Star\nHigh level goals:\n{summary}\n{sections}"
    assert tree(text) == [(t, [f"Reach {i}0 weekly readers"]) for i, t in enumerate(titles, 1)]


# "### Primary Goal: …" right over marked key results states their objective; "- Current Score:
# 5/10" after a dash closing a key result is its score.
@pytest.mark.parametrize("goal", ["Primary Goal", "Main goal", "Goal", "Goal 2", "Top Goal"])
def test_a_goal_heading_over_marked_key_results_is_the_objective(goal):
    text = (
        f"# Agent\n## Current Objectives\n### {goal}: Complete the league challenge\n"
        "- **KR1**: Collect Gym Badges (Target: 8/8) - Current Score: 0/10\n"
        "- **KR2**: Strategic Battle Performance - Current Score: 5/10\n\n"
        "### Available Commands:\n- `/help` - Show command reference\n- `/quit` - Exit\n\n"
        "## Session 2025-06-18 17:48\n- 🎬 Interactive session started\n"
    )
    document = parse_document(text, None)
    assert tree(text) == [
        ("Complete the league challenge",
         ["Collect Gym Badges (Target: 8/8)", "Strategic Battle Performance"])
    ]  # fmt: skip
    assert [kr.score for kr in document.objectives[0].key_results] == [0.0, 0.5]


@pytest.mark.parametrize(
    ("line", "title", "score"),
    [
        ("Ship it — Score: 60%", "Ship it", 0.6),
        ("Grow | Score: 0.7", "Grow", 0.7),
        ("Keep the grade - Current score: 3/4", "Keep the grade", 0.75),
        ("Keep the score - grade: 11/10", "Keep the score - grade: 11/10", None),
        ("Reach a score: 40", "Reach a score: 40", None),
    ],
)
def test_a_score_after_a_dash_closing_a_key_result(line, title, score):
    document = parse_document(f"## Objective: Win\n- KR1: {line}\n", None)
    kr = document.objectives[0].key_results[0]
    assert (kr.title, kr.score) == (title, score)


# A field list under a bold key result paragraph, in a script without case ("- 측정: …"), is its
# details; headings grouping an objective's "### Initiatives" are no objectives; a retrospective
# section ("### Achieved", "### 미달성 / 이월") is context; a progress section restating the key
# results by their dotted ids reports on them.
@pytest.mark.parametrize(
    ("fields", "retro"),
    [
        (("측정", "현재", "목표일"), ("Q1 회고 (2026-01~03)", "달성한 것", "미달성 / 이월")),
        (("測定", "現状", "期限"), ("Q1 振り返り", "できたこと", "できなかったこと")),
        (("Measure", "Baseline", "Due date"), ("Q1 retrospective", "Achieved", "Not achieved / carried over")),
    ],
)  # fmt: skip
def test_a_retrospective_page_with_fields_initiatives_and_progress(fields, retro):
    text = (
        f"# Page\n## 📌 {retro[0]}\n### {retro[1]}\n- ✅ 18 new legions added (38 in total)\n"
        f"- ✅ Season 1 finished\n### {retro[2]}\n- ❌ DAU 1,000 → actually 50\n\n"
        "## 🎯 Objective 1: Finish the core loop\n### Key Results\n"
        f"**KR 1.1**: Tutorial completion 80% or more\n- {fields[0]}: Firebase events\n"
        f"- {fields[1]}: none yet\n- {fields[2]}: 2026-04-30\n\n"
        f"**KR 1.2**: Reach 100 daily active users\n- {fields[0]}: analytics\n\n"
        "### Initiatives\n#### Content (May-June)\n- [ ] 5 gameplay GIFs\n- [ ] 30-second trailer\n\n"
        "## 📊 Progress (2026-04-11)\n### Objective 1: Core loop\n"
        "- **KR 1.1 (tutorial)**: not measured → add events\n- **KR 1.2 (DAU 100)**: ~50 users (50%)\n"
    )
    document = parse_document(text, None)
    assert tree(text) == [
        (
            "Finish the core loop",
            ["Tutorial completion 80% or more", "Reach 100 daily active users"],
        )
    ]
    assert [kr.score for kr in document.objectives[0].key_results] == [None, 0.5]


# "## OKR이란?" / "## OKRとは" / "## 什么是OKR" is about the OKR process; "- **Objective**: …" items
# in its subsections define the terms. "- **목표**: 95%" in a key result heading's section is its
# target, no objective.
@pytest.mark.parametrize(
    ("what", "target"),
    [
        ("OKR이란?", "목표"),
        ("OKRとは", "目標"),
        ("什么是OKR", "目标"),
        ("What is an OKR?", "Objective"),
    ],
)
def test_an_okr_guide_then_key_result_headings_with_a_target_field(what, target):
    text = (
        f"# Page\n## {what}\n### Principles\n- **Objective**: the big dream we reach\n"
        "- **Key Results**: the numbers that prove it\n- **Initiative**: what we do\n\n"
        "## 2026 Q1 OKR\n## Objective 1: Become the trusted platform\n### Key Results\n"
        f"#### KR 1: Customer trust 95% or more\n- **How**: a survey\n- **{target}**: 95%\n\n"
        f"#### KR 2: Match 90% of requests within 24 hours\n- **{target}**: 90%, 24 hours\n"
    )
    assert tree(text) == [
        ("Become the trusted platform",
         ["Customer trust 95% or more", "Match 90% of requests within 24 hours"])
    ]  # fmt: skip
    assert not parse_document(text, None).problems


# "**Objective Q1 2025:**" over a quoted title, "Objective H2: …": the objective's period after
# its marker. "### ❌ Too many OKRs", "### ❌ Key Results not measurable": headings marked wrong
# head counter-examples, never an objective or a key results list.
@pytest.mark.parametrize("period", ["Q1 2025", "H2", "FY26", "Q3"])
def test_an_objective_marker_with_its_period(period):
    bold = f'**Objective {period}:**\n"Validate product-market fit"\n\n**Key Results:**\n1. Close 10 contracts\n'
    assert tree(bold) == [("Validate product-market fit", ["Close 10 contracts"])]
    inline = f"Objective {period}: Validate product-market fit\n- Close 10 contracts\n"
    assert tree(inline) == [("Validate product-market fit", ["Close 10 contracts"])]


def test_headings_marked_wrong_head_counter_examples():
    text = (
        "## Example\n**Objective:** Validate product-market fit\n**Key Results:**\n"
        "1. Close 10 contracts\n\n## Common mistakes\n### ❌ Too many OKRs\n"
        "More than 5 objectives → no focus.\n\n### ❌ Key Results not measurable\n"
        '"Improve customer satisfaction" is not a KR.\n"NPS from 6 to 8+" is.\n'
    )
    assert tree(text) == [("Validate product-market fit", ["Close 10 contracts"])]
