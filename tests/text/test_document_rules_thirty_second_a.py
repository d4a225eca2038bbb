"""Reader rules of the thirty-second round, part A (issue 15): goal files and tracking pages. A
goal file's numbered goal ("## Goal 1: …", "Meta 2 — …", "But 1 : …") marks an objective
(cairn.text.outline_words); every bullet under a goal labelled as a measure ("- Metric: …") is a
key result without its label, and trailing " | Target: 45 | Current: 20" fields leave its title
(cairn.text.outline_measure_bullets); a "Next action: …" line is context
(cairn.text.outline_rules, outline_words.OTHER_CONTEXT); an Indonesian "Nilai awal" or a Vietnamese
"Điểm xuất phát" column (a baseline) is no score column (outline_words.SCORE_WORD); a YAML goal file ("goals:" / "- title: …" / "key_results:") reads as
its goals (cairn.text.outline_goal_files).

The families are generated in six languages (tests/text/document_shapes_thirty_second_a.py)
and must be read exactly (tests/text/test_document_families.py); here the rules' own sentences,
near misses and hostile input.
"""

import pytest

from bench.documents import read_tree
from cairn.text.outline_goal_files import yaml_goal_files
from tests.text.hostile_pages import assert_reads_in_linear_time


def _tree(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [
        (o["title"], [(k["title"], k["status"]) for k in o["key_results"]]) for o in read_tree(text)
    ]


@pytest.mark.parametrize(
    "line",
    ["## Goal 1: Grow the newsletter", "### Goal 2 — Grow the newsletter", "Goal 3: Grow the newsletter",
     "## GOAL 1: Grow the newsletter", "## Meta 1: Grow the newsletter", "Meta 2 — Grow the newsletter",
     "## But 1 : Grow the newsletter", "## Goal 1. Grow the newsletter", "## Goal 12) Grow the newsletter"],
)  # fmt: skip
def test_a_numbered_goal_marks_an_objective(line):
    page = f"# GOALS.md\n\n{line}\n- [ ] Reach 5,000 subscribers\n- [x] Send 12 issues\n"
    assert _tree(page) == [
        ("Grow the newsletter", [("Reach 5,000 subscribers", None), ("Send 12 issues", "done")])
    ]


def test_a_goal_files_context_labels_and_owner():
    page = (
        "# GOALS\n\n## Goal 1: Grow the newsletter\n\nWhy: readers are our funnel.\nOwner: Ana\n\n"
        "- Reach 5,000 subscribers\n- Send 12 issues\n\nNext action: draft issue 13\n"
    )
    assert read_tree(page)[0]["owner"] == "Ana"
    assert _tree(page) == [
        ("Grow the newsletter", [("Reach 5,000 subscribers", None), ("Send 12 issues", None)])
    ]


@pytest.mark.parametrize(
    "text",
    ["Goal: be the team people want to join", "Meta: 35%", "Meta 10.000 descargas nuevas",
     "Goal 3 keeps its number", "But 2 of them left", "Goal 1: a goal statement, no number after"],
)  # fmt: skip
def test_near_misses_keep_their_reading(text):
    page = f"# OKRs\n\n## Objective 1: Grow the newsletter\n- Reach 5,000 subscribers\n- {text}\n"
    titles = [o["title"] for o in read_tree(page)]
    if text.startswith("Goal 1:"):  # numbered and marked: an objective of its own
        assert titles == ["Grow the newsletter"] or "a goal statement, no number after" in titles
        return
    assert titles == ["Grow the newsletter"]
    assert [k["title"] for k in read_tree(page)[0]["key_results"]][0] == "Reach 5,000 subscribers"


@pytest.mark.parametrize(
    ("label", "fields"),
    [("Metric", " | Target: 45 | Current: 20"), ("Metric", " | Target: 45 | Now: 20"),
     ("Métrica", " | Meta: 45 | Actual: 20"), ("Kennzahl", " | Zielwert: 45"),
     ("Metriek", ""), ("Metryka", ""), ("Метрика", " | Цель: 45 | Сейчас: 20"), ("Metrik", ""),
     ("指标", " | 目标值：45"), ("KPI", " | Línea base: 20 | Meta: 45"), ("Metrics", "")],
)  # fmt: skip
def test_every_bullet_a_measure_reads_without_label_and_fields(label, fields):
    page = (
        "# MEMORY\n\n## Current objectives\n\n### Grow the newsletter\nStatus: in progress\n"
        f"- {label}: Reach 5,000 subscribers{fields}\n- {label}: Send 12 issues{fields}\n"
    )
    assert _tree(page) == [
        ("Grow the newsletter", [("Reach 5,000 subscribers", None), ("Send 12 issues", None)])
    ]


@pytest.mark.parametrize(
    "bullets",
    [
        ["Metric: Reach 5,000 subscribers", "Send 12 issues"],  # beside a plain one: as written
        ["Metric: Reach 5,000 subscribers", "Target: 5,000"],  # a target field is no measure
        ["Metric: Reach 5,000 subscribers | 45"],  # one measure alone: as written
    ],
)
def test_measure_near_misses_read_as_before(bullets):
    page = "# OKRs\n\n## Grow the newsletter\n\n" + "".join(f"- {b}\n" for b in bullets)
    assert [k for _, krs in _tree(page) for k, _ in krs] == bullets


def test_unlabelled_trailing_parts_stay():
    page = "## Grow the newsletter\n- Metric: Reach 5,000 subscribers | 45\n- Metric: Send 12 issues | 5\n"
    assert _tree(page) == [
        (
            "Grow the newsletter",
            [("Reach 5,000 subscribers | 45", None), ("Send 12 issues | 5", None)],
        )
    ]


@pytest.mark.parametrize(
    "line",
    ["Next action: call 50 leads", "Next actions: call 50 leads", "Next step: call 50 leads",
     "Next steps: call 50 leads", "Próxima acción: llamar a 50 contactos",
     "Próximo passo: ligar para 50 contatos", "Prochaine étape : appeler 50 prospects",
     "Nächster Schritt: 50 Kontakte anrufen", "Volgende stap: 50 leads bellen",
     "Następny krok: zadzwonić do 50 klientów", "Следующий шаг: обзвонить 50 клиентов",
     "下一步：联系50个潜在客户", "次のアクション：見込み客50社に連絡する", "다음 단계: 잠재 고객 50곳 연락",
     "Langkah berikutnya: hubungi 50 prospek", "- Next action: call 50 leads"],
)  # fmt: skip
def test_a_next_action_line_is_context(line):
    page = (
        f"## Goal 1: Grow the newsletter\n\n- Reach 5,000 subscribers\n- Send 12 issues\n\n{line}\n"
    )
    assert _tree(page) == [
        ("Grow the newsletter", [("Reach 5,000 subscribers", None), ("Send 12 issues", None)])
    ]


@pytest.mark.parametrize("text", ["Next release: 50 paying users", "Nextcloud: 50 active installs"])
def test_other_next_lines_stay_key_results(text):
    page = f"## Goal 1: Grow the newsletter\n\n- Reach 5,000 subscribers\n- {text}\n"
    assert [k for _, krs in _tree(page) for k, _ in krs] == ["Reach 5,000 subscribers", text]


def _scores(header: str, cell: str = "20") -> list[float | None]:
    page = (
        f"| Tujuan | KR | {header} | Target | Progress |\n|---|---|---|---|---|\n"
        f"| Menstabilkan platform | Mencapai 40 tim aktif | {cell} | 45 | 40% |\n"
    )
    return [k["score"] for o in read_tree(page) for k in o["key_results"]]


@pytest.mark.parametrize(
    "header", ["Nilai awal", "Nilai dasar", "Nilai target", "Điểm xuất phát", "Baseline"]
)
def test_a_baseline_column_is_no_score(header):
    assert _scores(header) == [0.4]  # the Progress column's share


@pytest.mark.parametrize("header", ["Nilai", "Nilai akhir", "Điểm"])
def test_a_score_column_stays_a_score(header):
    assert _scores(header, "0.7") == [0.7]


YAML = """quarter: 2026-Q4
goals:
  - title: "Grow the newsletter"
    owner: Ana
    why: readers are our funnel
    key_results:
      - Reach 5,000 subscribers
      - title: 'Send 12 issues'
        status: done
        target: 12
  - name: Keep costs flat
    krs:
      - Hold hosting below $200 a month
"""


def test_a_yaml_goal_file_reads_its_goals():
    assert _tree(YAML) == [
        ("Grow the newsletter", [("Reach 5,000 subscribers", None), ("Send 12 issues", "done")]),
        ("Keep costs flat", [("Hold hosting below $200 a month", None)]),
    ]
    assert [o["owner"] for o in read_tree(YAML)] == ["Ana", None]
    assert len(yaml_goal_files(YAML).split("\n")) == len(YAML.split("\n"))  # lines kept


@pytest.mark.parametrize(
    "text",
    [
        "goals:\n  - title: Grow the newsletter\n    owner: Ana\n",  # no key results: as written
        "steps:\n  - name: build\n    key_results:\n      - x\n",  # not under a goals key
        "```yaml\ngoals:\n  - title: Grow\n    key_results:\n      - Reach 5 users\n```\n",  # fenced
        "## Goals\n\n- title: Grow\n  key_results:\n  - Reach 5 users\n",  # no root key
        "# OKRs\n\n## Objective: Grow\n\nKey results:\n- Reach 5 users\n",  # Markdown
    ],
)
def test_other_yaml_and_markdown_stay_as_written(text):
    assert yaml_goal_files(text) == text


HOSTILE = {
    "goals": lambda n: "".join(f"## Goal {i % 99 + 1}: Grow {i}\n- [ ] Reach {i} users\n" for i in range(n)),
    "goal_digits": lambda n: "## Goal " + "1" * (10 * n) + ": x\n- Reach 5 users\n",
    "measures": lambda n: "## G\n" + "".join(f"- Metric: n{i} > 0 | Target: {i}\n" for i in range(n)),
    "fields": lambda n: "## G\n- Metric: a\n- Metric: b" + " | Target: 4" * (5 * n) + "\n",
    "field_words": lambda n: "## G\n- Metric: a\n- Metric: b | " + "Ab " * (5 * n) + ": 4\n",
    "yaml": lambda n: "goals:\n" + "".join(f"  - title: G{i}\n    key_results:\n      - Reach {i} users\n        owner: A\n" for i in range(n)),
    "yaml_deep": lambda n: "goals:\n  - title: G\n    key_results:\n" + "".join(f"{' ' * (6 + i % 40)}- Reach {i} users\n" for i in range(n)),
    "yaml_items": lambda n: "goals:\n" + "  - title: G\n" * n + "    key_results:\n      - Reach 5 users\n",
    "next": lambda n: "## G\n- Reach 5 users\n" + "".join(f"Next  steps : call {i}\n" for i in range(n)),
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 100)
