"""Reader rules of the eleventh round (issue 15): shapes from the round-9 documents' families,
each tested on invented documents and near misses (never on a labelled document's text)."""

import pytest

from cairn.text.document import parse_document


def tree(text: str) -> list[tuple[str, list[str]]]:
    document = parse_document(text, None)
    return [(o.title, [kr.title for kr in o.key_results]) for o in document.objectives]


# A key result heading that names its kind ("### KR1 — Leading (forecast)") over a bold measured
# line: the bold line states the key result, in a paragraph or a blockquote, in any language.
@pytest.mark.parametrize("quote", ["", "> "])
@pytest.mark.parametrize(
    ("objective", "kinds", "krs"),
    [
        ("Make onboarding effortless for new teams",
         ["Leading (forecast)", "Lagging (outcome)", "Quality (retention)"],
         ["50% of users open the sources once in their first session.",
          "Reach 120 paying teams by the end of the quarter",
          "40% of users upload a second file within 7 days."]),
        ("Tornar o onboarding simples para novas equipes",
         ["Leading: comportamento de uso", "Lagging: resultado de negócio"],
         ["Atingir 300 usuários ativos por semana até junho",
          "Assinar 5 contratos pagos até o fim do trimestre"]),
        ("Trở thành công cụ không thể thiếu cho đội ngũ bán hàng",
         ["Leading (dự báo)", "Quality (giữ chân)"],
         ["50 người dùng hoàn thành 20+ phiên trong 48h đầu tiên.",
          "40% người dùng quay lại trong vòng 7 ngày."]),
    ],
)  # fmt: skip
def test_a_bold_line_under_a_kind_heading_states_the_key_result(quote, objective, kinds, krs):
    body = "".join(
        f"### KR{i} — {kind}\n{quote}**{kr}**\n\n> Why: it predicts retention.\n\n---\n\n"
        for i, (kind, kr) in enumerate(zip(kinds, krs, strict=True), 1)
    )
    text = f"# OKR — Q1\n\n## Objective\n\n**{objective}**\n\n## Key Results\n\n{body}"
    assert tree(text) == [(objective, krs)]


def test_a_measured_key_result_heading_keeps_its_title():
    # near miss: the heading measures itself; the bold line below is its detail
    text = (
        "## Objective\n\nMake onboarding effortless\n\n## Key Results\n\n"
        "### KR1 — Reach 300 weekly active users\n**Baseline 120 users in March**\n"
    )
    assert tree(text)[0][1][0] == "Reach 300 weekly active users"


@pytest.mark.parametrize(
    "below",
    [
        "This one forecasts retention: 50% of users open the sources.",  # not bold
        "**Why it matters**",  # bold, not measured
        "- **50% of users open the sources once**",  # a list item: its initiative
    ],
)
def test_other_lines_under_a_kind_heading_leave_it(below):
    text = (
        "## Objective\n\nMake onboarding effortless\n\n## Key Results\n\n"
        f"### KR1 — Leading (forecast)\n\n{below}\n"
    )
    assert tree(text)[0][1][0] == "Leading (forecast)"


def test_a_bold_line_after_a_kind_headings_other_lines_leaves_it():
    # near miss: the bold measured line is not the first line under the heading
    text = (
        "## Objective\n\nMake onboarding effortless\n\n## Key Results\n\n"
        "### KR1 — Leading (forecast)\n\nIt forecasts retention.\n\n"
        "**50% of users open the sources once**\n"
    )
    assert tree(text)[0][1][0] == "Leading (forecast)"


# A bare "## Objective" heading over a deeper heading: the deeper heading is its title.
@pytest.mark.parametrize(
    "title",
    [
        "🏥 Become the patient-safety tool every care home relies on",
        "Trở thành công cụ an toàn không thể thiếu tại 5 cơ sở đầu tiên",
        "Tornar-se a ferramenta de segurança indispensável em 5 clínicas",
    ],
)
def test_a_deeper_heading_titles_a_bare_objective_heading(title):
    text = (
        f"# OKRs — Q1 Pilot\n\n## Objective\n\n### {title}\n\n*Inspiring enough to read aloud.*\n\n"
        "## Key Results\n\n- Sign 5 paid pilot contracts by the end of the quarter\n"
        "- Reach 85% true positive rate in real conditions\n"
    )
    read = tree(text)
    assert len(read) == 1
    assert read[0][0] == title.removeprefix("🏥 ")
    assert len(read[0][1]) == 2


def test_a_heading_at_the_bare_objective_level_does_not_title_it():
    # near miss: "## Key Results" right after "## Objective" is no title (the objective stays
    # untitled, as before)
    text = "## Objective\n\n## Key Results\n\n- Sign 5 paid pilot contracts this quarter\n"
    titles = [title for title, _ in tree(text)]
    assert "Key Results" not in titles


@pytest.mark.parametrize(
    ("line", "owner", "status"),
    [
        ("**Reach 40 weekly active teams (owner: Ana)**", "Ana", None),
        ("**Reach 40 weekly active teams — DRI: Ben**", "Ben", None),
        ("**Reach 40 weekly active teams (At risk)**", None, "At risk"),
    ],
)
def test_a_stated_key_result_keeps_its_inline_owner_and_status(line, owner, status):
    text = (
        "## Objective\n\nMake onboarding effortless\n\n## Key Results\n\n"
        f"### KR1 — Leading (forecast)\n{line}\n"
    )
    kr = parse_document(text, None).objectives[0].key_results[0]
    assert (kr.title, kr.owner, kr.status) == ("Reach 40 weekly active teams", owner, status)
