"""Reader rules of the thirty-third round (issue 15): OKR pages that carry their own progress log.
A heading naming a progress record ("### Progress log", "## October update", "## Week 42
check-in", "## Next steps", "## Retro: what went well") holds no objective and no key result
(cairn.text.outline_record_sections, through outline_rules._named_section); an "Owner: …" item
nested under a key result beside "Last updated: …" is the key result's owner, not the page's
(outline_page_fields.page_owner_lines); "[descoped]", "(descartado)", "— gestrichen" close a key
result as its status (doc_clean._OTHER_STATUS); "最后更新：…" and "最終更新：…" are page metadata
(outline_words.DOC_FIELD_WORD, a full-width colon in outline_markers._DOC_FIELD).

The families are generated in seven languages (tests/text/document_shapes_thirty_third.py) and
must be read exactly (tests/text/test_document_families.py); here the rules' own headings, near
misses and hostile input.
"""

import pytest

from bench.documents import read_tree
from cairn.text.outline_record_sections import names_a_record
from tests.text.hostile_pages import assert_reads_in_linear_time

_TREE = "# OKRs\n\n## Make deploys boring\n\n- Cut failed deploys from 12% to 3%\n- Halve build time\n\n"


@pytest.mark.parametrize(
    "heading",
    ["Progress log", "Updates", "Check-ins", "Check-in", "History", "Next steps", "Histórico",
     "October update", "Oct update", "Week 42 check-in", "Weekly update", "Monthly check-in",
     "2026-10 update", "Update: October", "Q4 check-in", "Actualización de octubre",
     "Semana 42: seguimiento", "Point d'octobre", "Oktober-Update", "KW 42 Check-in",
     "Aktualizacja za październik", "Обновление за октябрь", "10 月进展", "10月の進捗",
     "10월 업데이트", "42주차 체크인", "Pembaruan Oktober", "Nächste Schritte", "下一步",
     "Progress log:"],
)  # fmt: skip
def test_a_record_heading_names_a_record(heading):
    assert names_a_record(heading)


@pytest.mark.parametrize(
    "heading",
    ["Ship the October update to 40 teams", "Updates to the billing flow", "Make deploys boring",
     "Hold weekly check-ins with 12 teams", "Log every incident", "Reach 40 weekly active teams",
     "Point", "Review", "October", "Week 42", "Update the pricing page"],
)  # fmt: skip
def test_near_misses_name_no_record(heading):
    assert not names_a_record(heading)


@pytest.mark.parametrize(
    "section",
    ["## October update", "## Week 42 check-in", "### Updates", "## Next steps", "## Learnings",
     "## Retro: what went well", "## Retro: qué salió bien", "**Progress log**", "## 10 月进展"],
)  # fmt: skip
def test_a_record_section_holds_no_okrs(section):
    page = _TREE + f"{section}\n\n- Sign 10 paying customers\n- Increase outreach to 50 leads\n"
    assert [o["title"] for o in read_tree(page)] == ["Make deploys boring"]
    assert len(read_tree(page)[0]["key_results"]) == 2


def test_an_objective_heading_saying_more_stays_an_objective():
    page = _TREE + "## Ship the October update to 40 teams\n\n- Reach 40 weekly active teams\n"
    assert [o["title"] for o in read_tree(page)] == [
        "Make deploys boring",
        "Ship the October update to 40 teams",
    ]


def test_a_progress_log_under_a_key_result_heading():
    page = (
        "## O1: Make deploys boring\n\n### KR1.1: Cut failed deploys from 12% to 3%\n\n"
        "#### Progress log\n\n- 2026-10-07: 12 → 15\n\n### KR1.2: Halve build time\n\n"
        "#### Updates\n\n- 2026-10-14: Keep pages below 5 a week\n"
    )
    tree = read_tree(page)
    assert [k["title"] for o in tree for k in o["key_results"]] == [
        "Cut failed deploys from 12% to 3%",
        "Halve build time",
    ]


def test_an_owner_item_beside_last_updated_is_the_key_results():
    page = (
        "## O1: Make deploys boring\n\n- Cut failed deploys from 12% to 3%\n  - Owner: @maria\n"
        "  - Last updated: 2026-10-14\n- Halve build time\n  - Progres: 45%\n"
    )
    krs = read_tree(page)[0]["key_results"]
    assert (krs[0]["owner"], krs[1]["score"]) == ("@maria", 0.45)


@pytest.mark.parametrize(
    "line",
    ["Owner: Ana\nLast updated: 2026-10-14", "最后更新：2026-10-14\n负责人：Ana",
     "最終更新：2026-10-14\n担当者：Ana"],
)  # fmt: skip
def test_a_footer_owner_beside_a_date_stays_the_pages(line):
    page = _TREE + "---\n\n" + line + "\n"
    assert read_tree(page)[0]["owner"] is None


@pytest.mark.parametrize(
    ("mark", "status"),
    [(" [descoped]", "descoped"), (" (descartado)", "descartado"), (" — gestrichen", "gestrichen"),
     (" （已放弃）", "已放弃"), (" [dropped]", "dropped")],
)  # fmt: skip
def test_a_dropped_mark_is_the_status(mark, status):
    page = (
        "## O1: Make deploys boring\n\n- Cut failed deploys from 12% to 3%\n- Halve build time"
        + mark
    )
    krs = read_tree(page + "\n")[0]["key_results"]
    assert (krs[1]["title"], krs[1]["status"]) == ("Halve build time", status)


def test_descoped_inside_a_title_stays():
    page = "## O1: Make deploys boring\n\n- Halve the share of descoped tickets\n"
    kr = read_tree(page)[0]["key_results"][0]
    assert (kr["title"], kr["status"]) == ("Halve the share of descoped tickets", None)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: _TREE + "".join(f"## Week {i % 50} check-in\n\n- Sign {i} customers\n\n" for i in range(n)),
        lambda n: "## " + "October " * (10 * n) + "update\n\n- Sign 10 customers\n",
        lambda n: "## " + "Week 4 - " * (10 * n) + "check-in\n\n- Sign 10 customers\n",
        lambda n: _TREE + "".join(f"- KR {i}\n  - Owner: @a{i}\n  - Last updated: 2026-10-14\n" for i in range(n)),
        lambda n: _TREE + "- Halve build time" + " [descoped]" * (5 * n) + "\n",
    ],
)  # fmt: skip
def test_hostile_input_reads_in_linear_time(make):
    assert_reads_in_linear_time(make, 100)
