"""The twenty-fourth round's coach rules (docs/plaintext.md, "Twenty-fourth round (issue 15): the
coach"): a change of things added read as a count, and round 25's first-run families, each with
its near misses; the seventeenth batch of composed key results
(tests/coach/phrasings_twenty_fourth.py) is judged in tests/coach/test_batches.py. Labels follow
the convention: activity (KR102), vague (KR104 or KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import own_effort, things_added
from cairn.coach.wording import is_activity
from cairn.text.key_result_parser import parse_key_result
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work
from tests.coach.phrasings import codes


# A change by an absolute amount with no start, opened by a verb of adding: the count added.
@pytest.mark.parametrize(
    "text",
    ["新增3个功能模块", "增加5个API接口", "新增2个数据看板", "新增3篇博客文章",
     "Add 5 more integrations", "Add at least 10 more blog posts"],
)  # fmt: skip
def test_things_added_are_read_as_the_count_they_state(text):
    parsed = parse_key_result(text)
    assert parsed.change is not None
    counted = things_added.as_count(text, parsed)
    assert counted.change is None
    assert counted.target == parsed.change.amount


@pytest.mark.parametrize(
    "text",
    [
        "新增5个百分点",  # points
        "新增100万元营收",  # money
        "增加3个小时",  # time
        "增加10%",  # a share
        "通過新增兩個招聘渠道，實現每個崗位合格簡歷量增加20份。",  # the verb does not open it
        "Grow users by 500",  # no verb of adding
        "Add 5 more points to NPS",
    ],
)
def test_a_measure_added_stays_a_change(text):
    parsed = parse_key_result(text)
    assert things_added.as_count(text, parsed) == parsed


# The ordinary rules decide once the count is read: made things are work, others gained results.
@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("新增2个数据看板", True),
        ("添加3个新报表", True),
        ("Add 5 more end-to-end test cases", True),
        ("Adicionar mais 5 relatórios", True),
        ("Aggiungere 5 nuove funzionalità", True),
        ("5 weitere Integrationen hinzufügen", True),
        ("新增3个合作伙伴", False),
        ("增加3个合作伙伴", False),
        ("新增5家门店", False),
        ("Add 50 more paying customers", False),
        ("Gain 5 more partners", False),
        ("Adicionar 30 novos clientes pagantes", False),
        ("Aggiungere 30 nuovi clienti", False),
        ("毛利率新增5个百分点", False),
    ],
)
def test_things_added_are_work_and_others_gained_results(text, work):
    assert ("KR102" in codes(text)) is work


# Round 25's first-run families.
@pytest.mark.parametrize(
    ("check", "text"),
    [
        ("own_time", "Total voice call time with family over 1000 minutes"),
        ("own_time", "与家人通话总时长超过1000分钟"),
        ("own_time", "家族との通話時間の合計1000分以上"),
        ("own_time", "Tiempo total de llamadas con la familia de más de 1000 minutos"),
        ("new_staff", "新员工数量：5人"),
        ("new_staff", "New hires: 5"),
        ("new_staff", "Neue Mitarbeiter: 5"),
        ("new_staff", "新入社員数：5名"),
        ("working_on", "Work on improving onboarding."),
        ("working_on", "Work on the new pricing page by the end of Q3"),
    ],
)
def test_own_time_new_staff_and_work_on_are_work(check, text):
    assert getattr(own_effort, check)(text)
    _work(text)


@pytest.mark.parametrize(
    ("check", "text"),
    [
        ("own_time", "Average session time over 10 minutes"),
        ("own_time", "Total downtime under 50 minutes"),
        ("own_time", "用户平均使用时长超过10分钟"),
        ("new_staff", "新用户数量：500人"),
        ("new_staff", "New customers: 50"),
        ("new_staff", "New hire retention above 90%"),
        ("working_on", "Work orders closed within 2 days"),
        ("working_on", "Working capital above $2M"),
    ],
)
def test_others_time_new_customers_and_work_as_a_noun_are_left(check, text):
    assert not getattr(own_effort, check)(text)
    _result(text)


def test_a_gain_read_as_a_count_keeps_the_activity_reading_of_the_twenty_third_round():
    assert is_activity("新增3个功能模块")
    assert not is_activity("新增10个活跃用户")


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    modules = (own_effort, things_added)
    assert not [name for name, p in patterns(modules) if nested_unbounded(p)]
    checks = [own_effort.own_time, own_effort.new_staff, own_effort.working_on,
              things_added.things_added]  # fmt: skip
    work = scans(
        monkeypatch, modules, checks, "time with family 新员工 Work on Adicionar 3 与家人 "
    )
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small


# The second part (round 3 and the holdout): staff added, and the team's own things ready to use.
@pytest.mark.parametrize(
    ("check", "text"),
    [
        (own_effort.new_staff, "Add 1 full time UI/UX designer/team"),
        (own_effort.new_staff, "增加5名员工"),
        (own_effort.new_staff, "新增3名工程师"),
        (things_added.ready_to_use, "10+ brand kits and video style presets ready-to-use"),
        (things_added.ready_to_use, "10 plantillas listas para usar"),
        (things_added.ready_to_use, "10 modèles prêts à l'emploi"),
        (things_added.ready_to_use, "Bis Ende Q3 10 Vorlagen einsatzbereit"),
    ],
)
def test_staff_added_and_own_things_ready_to_use_are_work(check, text):
    assert check(text)
    _work(text)


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (own_effort.new_staff, "Add 50 new paying customers"),
        (own_effort.new_staff, "新增30名付费会员"),
        (things_added.ready_to_use, "50 customers ready to buy"),
        (things_added.ready_to_use, "20 leads ready for sales"),
        (things_added.ready_to_use, "50 clientes listos para usar el producto"),
    ],
)
def test_others_added_or_ready_are_left(check, text):
    assert not check(text)
    _result(text)
