"""Twenty-second-round reader rules (issue 15): the section naming the OKRs, and carry-over.

The families are generated in fourteen languages (tests/text/document_shapes_twenty_second.py)
and must be read exactly; the near misses keep their reading.
"""

import pytest

from tests.text import document_shapes_twenty_second_b as cross_b
from tests.text.document_shapes import titles, variant_misses
from tests.text.document_shapes_twenty_second import (
    CROSS_VARIANTS,
    EMOJI_VARIANTS,
    LANGUAGES,
    case,
    cases,
    figures,
)


def _misses(family: str, variant: str) -> list[tuple]:
    return variant_misses(cases(), case, family, variant)


def test_the_families_span_languages_and_conventions():
    assert {c[1] for c in cases()} == set(LANGUAGES)
    assert len(LANGUAGES) >= 14
    assert len([c for c in cases() if c[0] == "cross"]) == len(CROSS_VARIANTS) * len(LANGUAGES)


@pytest.mark.parametrize("variant", EMOJI_VARIANTS)
def test_only_the_section_naming_the_okrs_holds_objectives(variant):
    assert not _misses("emoji_sections", variant)


@pytest.mark.parametrize("variant", CROSS_VARIANTS)
def test_a_known_convention_reads_in_every_language(variant):
    assert not _misses("cross", variant)


def test_the_cross_generator_reads_every_page():
    assert figures()["cross"] == (210, 210)


# --- carry-over: guidance headings and link lists in every language; repeated objectives ---


@pytest.mark.parametrize(
    "heading",
    [
        "Cómo escribir buenos OKR",
        "Como escrever bons OKRs",
        "Wie man gute OKRs schreibt",
        "Zo schrijf je goede OKR's",
        "Jak pisać dobre OKR",
        "İyi OKR nasıl yazılır",
        "Как писать хорошие OKR",
    ],
)
def test_a_heading_about_writing_okrs_is_guidance(heading):
    text = (
        "## OKR\n\nObjective 1: Grow adoption\nKR 1.1: Reach 200 users\n\n"
        f"## {heading}\n\n- Keep objectives short\n- Write three key results\n"
    )
    assert titles(text) == [("Grow adoption", ["Reach 200 users"])]


@pytest.mark.parametrize(
    "heading", ["Link utili", "Przydatne linki", "Tautan berguna", "参考リンク", "유용한 링크"]
)
def test_a_link_list_is_no_key_result(heading):
    text = (
        "# OKR 2025\n\n| Objective | Key result |\n|---|---|\n| Grow adoption | Reach 200 users |\n\n"
        f"## {heading}\n\n- [OKR guide](https://example.org/okr)\n- [Blog](https://example.org)\n"
    )
    assert titles(text) == [("Grow adoption", ["Reach 200 users"])]


def test_an_objective_repeated_under_each_quarter_is_no_definition():
    text = (
        "## Q3\n\n- **Objective**: Grow adoption\n- **Key result**: Reach 200 users\n\n"
        "- **Objective**: Improve housing\n- **Key result**: Publish the public API\n\n"
        "## Q4\n\n- **Objective**: Grow adoption\n- **Key result**: Sign 45 territories\n\n"
        "- **Objective**: Improve housing\n- **Key result**: Cut response time to 2 days\n"
    )
    assert titles(text) == [
        ("Grow adoption", ["Reach 200 users"]),
        ("Improve housing", ["Publish the public API"]),
        ("Grow adoption", ["Sign 45 territories"]),
        ("Improve housing", ["Cut response time to 2 days"]),
    ]


def test_a_definition_pair_once_is_still_the_terms():
    text = (
        "## About\n\n**Objective:** Clarity and intent.\n**Key results:** Measures of success.\n\n"
        "**Objective 1:** Grow adoption\n\n**Key results:**\n1. Reach 200 users\n"
    )
    assert titles(text) == [("Grow adoption", ["Reach 200 users"])]


# --- near misses of the section naming the OKRs ---


@pytest.mark.parametrize(
    "text, expected",
    [
        # a guide's heading about writing OKRs, with two titled lists: not the page's OKRs
        (
            "# Team page\n\n## How to write good OKRs\n\nObjectives\n- Keep them short\n"
            "- Make them inspiring\n\nKey results\n- Use numbers\n- Three to five\n\n"
            "## Objective: Ship v2\n\n- Reach 100 paying users\n",
            [("Ship v2", ["Reach 100 paying users"])],
        ),
        # lead-in lines ending with a colon are no titles ("The basics:" over advice)
        (
            "# Team\n\n## Our objectives and key results\n\nThe basics:\n- Be ambitious\n\n"
            "Also have a look at:\n- [Guide](https://example.org)\n\n## Other\n\nText.\n",
            titles(
                "# Team\n\n## Our objectives and key results\n\nThe basics:\n- Be ambitious\n\n"
                "Also have a look at:\n- [Guide](https://example.org)\n\n## Other\n\nText.\n"
            ),
        ),
        # a page marking its OKRs keeps its reading
        (
            "# Plan\n\n## OKRs 2025\n\nObjective: Grow adoption\n- KR1: Reach 200 users\n\n"
            "Objective: Keep users\n- KR1: Reach 200 users\n\n## Team\n\nWe are two.\n",
            [("Grow adoption", ["Reach 200 users"]), ("Keep users", ["Reach 200 users"])],
        ),
    ],
)
def test_near_misses_of_the_okr_section(text, expected):
    assert titles(text) == expected


@pytest.mark.parametrize(
    "heading",
    [
        "Objectifs et résultats clés visés pour fin 2025",
        "OKRs 2025",
        "2025年目标与关键结果",
        "2025年の目標と主要な成果",
        "2025년 목표와 핵심 결과",
        "Цели и ключевые результаты на 2025 год",
        "2025 için amaçlar ve anahtar sonuçlar",
    ],
)
def test_emoji_titles_under_the_okr_heading_are_the_objectives(heading):
    text = (
        "## Le problème\n\nUn constat :\n* Trop de logements vacants\n\n"
        "## La solution\n\n🔍 Analyse précise\n* Traitement des données\n\n"
        "🛠️ Scénarios\n* Construction collaborative\n\n"
        f"## {heading}\n\n📊 Adoption et déploiement\n* 200+ utilisateurs actifs\n"
        "* 45 territoires\n\n🏡 Impact habitat\n* 30 000 logements neufs\n\n"
        "## Notre impact actuel\n\n📈 Chiffres clés\n* 41 territoires utilisateurs\n"
        "* 92% de réutilisation\n\n⭐ Satisfaction\n* 4,8/5\n"
    )
    assert titles(text) == [
        ("Adoption et déploiement", ["200+ utilisateurs actifs", "45 territoires"]),
        ("Impact habitat", ["30 000 logements neufs"]),
    ]


# --- the cross generator's second part ---

_B_LEFT = {  # what this round leaves (docs/plaintext.md, twenty-second round): 8 pages
    "objective_bullets",  # one objective alone under "## Objectives for this quarter"
    "bold_numbered",  # bold titles right below a lead line's list ("…:" over "- …")
}


@pytest.mark.parametrize("variant", [v for v in cross_b.VARIANTS if v not in _B_LEFT])
def test_a_second_known_convention_reads_in_every_language(variant):
    assert not variant_misses(cross_b.cases(), cross_b.case, "cross_b", variant)


def test_the_second_cross_figure():
    assert cross_b.figures()["cross_b"] == (174, 182)


@pytest.mark.parametrize(
    "toc",
    [
        "- [OKR](#okr)\n- [The team](#the-team)\n- [Useful links](#useful-links)\n",
        "## Contents\n\n1. [OKR](#okr)\n2. [Équipe](#équipe)\n",
        "- [目标](#目标)\n- [团队](#团队)\n",
    ],
)
def test_a_table_of_contents_is_no_key_result(toc):
    text = f"# OKR 2025\n\n{toc}\n## Grow adoption\n\n- Reach 200 users\n- Sign 45 territories\n"
    assert titles(text) == [("Grow adoption", ["Reach 200 users", "Sign 45 territories"])]


def test_links_to_key_result_details_still_read():
    # a status page: each key result links to its details, with its owner and score after it
    text = (
        "## Objective: Faster pages\n\n- [Ship CSS containment](#o0r0) leviw 0.60\n"
        "- [Cut layout time](#o0r1) ana 0.30\n"
    )
    assert titles(text) == [("Faster pages", ["Ship CSS containment", "Cut layout time"])]


@pytest.mark.parametrize("quarter", ["第4四半期", "4분기", "第四季度", "Q4"])
def test_a_quarter_over_one_objective_and_its_key_results(quarter):
    text = (
        "## Vision\n\n1. Every team ships without fear\n2. Customers trust our releases\n\n"
        f"### {quarter}\n\n"
        "- [ ] Grow adoption\n  - [ ] Reach 200 users\n  - [ ] Sign 45 territories\n"
    )
    assert titles(text) == [("Grow adoption", ["Reach 200 users", "Sign 45 territories"])]


def test_a_quarter_over_one_item_with_one_nested_item_reads_as_before():
    text = "### Q4 2024\n\n- Grow adoption\n  - Reach 200 users\n"
    assert titles(text) == [("Grow adoption", ["Reach 200 users"])]  # as on main


@pytest.mark.parametrize(
    "vision", ["Vision", "年度愿景", "Visión", "Visão", "ビジョン", "비전", "Видение"]
)
@pytest.mark.parametrize("quarter", ["Q4", "第四季度", "T4"])
def test_a_vision_list_of_short_wishes_above_the_okrs_is_context(vision, quarter):
    text = (
        f"## {vision}\n\n1. Ship without fear\n2. Be trusted\n\n### {quarter}\n\n"
        "- [ ] Grow adoption\n  - [ ] Reach 200 users\n  - [ ] Sign 45 territories\n"
        "- [ ] Keep users\n  - [ ] Reach NPS 50\n  - [ ] Cut churn to 2%\n"
    )
    assert titles(text) == [
        ("Grow adoption", ["Reach 200 users", "Sign 45 territories"]),
        ("Keep users", ["Reach NPS 50", "Cut churn to 2%"]),
    ]
