"""The twentieth round's coach rules (docs/plaintext.md, "Twentieth round (issue 15): the
coach"): the thirteenth batch of composed key results (tests/coach/phrasings_twentieth.py) and
each rule's pattern with its near misses. Labels follow the convention: activity (KR102), vague
(KR104 or KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import others_won, own_artifacts, own_participation
from tests.coach.phrasings import codes


# Others' acts and things won, counted: results, whatever verb of winning leads.
@pytest.mark.parametrize(
    "text",
    [
        "Expandirse a 3 nuevos mercados internacionales.",
        "Generare 50 nuovi lead qualificati da contenuti inbound",
        "Conquistar 10 menções em sites do setor.",
        "Generate 400 applications",
        "Captar 200 leads qualificados para o lançamento.",
        "30 students registered to participate in the first week.",
        "15 inquiries from new qualified prospects for our cold read assessment",
        "Newsletter subscriptions have reached 10,000 by end of Q2 2024.",
        "Obtener un feedback positivo en el 90% de las evaluaciones del equipo.",
        "每篇文章阅读量达到5000次",
        "产品因测试遗漏产生的bug少于3个",
        "一次面接通過率を40パーセント以上に",
    ],
)
def test_others_acts_won_are_results(text):
    assert others_won.others_won(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Generate 10 blog posts on our product",
        "Write 40 grant applications",
        "Send 50 inquiries to prospects",
        "Expand the team to 8 engineers",
        "Thu thập phản hồi từ 50% khách hàng",
        # round 9: the work first, the feedback it brings after
        "Completar al menos 3 revisiones conjuntas con el cliente durante el proceso de"
        " desarrollo, logrando un feedback positivo en un 90% de las funcionalidades revisadas.",
        "编写5篇技术文章",
    ],
)
def test_the_teams_own_outputs_are_not_others_won(text):
    assert not others_won.others_won(text)
    assert "KR102" in codes(text)


# The team's own presence and participation, and its own rates and pools.
@pytest.mark.parametrize(
    "text",
    [
        "Participar en al menos 5 presentaciones internas de equipo.",
        "Appear on 10 personal growth podcasts",
        "Advertise for school admissions in 20 publications",
        "Haftalık OKR check-in lerine %100 katılım sağla",
    ],
)
def test_the_teams_own_presence_is_work(text):
    assert own_participation.own_presence(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Appear in the top 3 search results for our category",
        "Show up on first page of Google",
        "Achieve 95% user participation in the annual survey",
        "30 participants in the webinar",
    ],
)
def test_ranks_and_others_participation_are_not_own_presence(text):
    assert not own_participation.own_presence(text)


@pytest.mark.parametrize(
    "text",
    [
        "代码评审覆盖率达到100%",
        "团队平均测试用例覆盖数达到95%",
        "关键岗位招聘达成率达到95%",
        "新员工入职培训参与率提升至 95%",
        "建立人才储备库不少于100人",
        "通过内部测试,确保所有客服团队成员的产品知识得分达到90分以上。",
        "每章代码注释覆盖率 >80%（新手能看懂）",
        "上位プラン提示率 70%",
    ],
)
def test_the_teams_own_rates_are_work(text):
    assert own_participation.own_rates(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "用户满意度达到95%",
        "客户续约率达到95%",
        "用户参与率提升至 30%",
        "成約率 30%",
        "通过安全审计",
    ],
)
def test_users_rates_and_checks_passed_are_not_own_rates(text):
    assert not own_participation.own_rates(text)
    assert not {"KR102", "KR104"} & codes(text)


# A deliverable named with a count of its parts in brackets.
@pytest.mark.parametrize(
    "text",
    [
        "README with setup instructions (5+ sections)",
        "Acceptance criteria for all features (50+ testable criteria)",
        "Custom CSS beyond Bootstrap (min 500 lines of custom styles)",
    ],
)
def test_a_deliverable_with_its_parts_counted_is_work(text):
    assert own_artifacts.deliverable_parts(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paying customers (50+ accounts)",
        "Monthly active users (500+ users)",
        "Reader engagement (5+ pages per visit)",
        "Grow to 20 customers (10+ pages of case studies)",
    ],
)
def test_others_or_rates_in_brackets_are_not_deliverable_parts(text):
    assert not own_artifacts.deliverable_parts(text)
