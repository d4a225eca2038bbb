"""The twenty-second round's coach rules (docs/plaintext.md, "Twenty-second round (issue 15): the
coach"): the fifteenth batch of composed key results (tests/coach/phrasings_twenty_second.py) and
each rule's pattern with its near misses. Labels follow the convention: activity (KR102), vague
(KR104 or KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import own_handouts, own_legwork, own_presence, own_purposes, won_business
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work


# Business won from others, in any word order or script: results.
@pytest.mark.parametrize(
    "text",
    [
        "Land 3 enterprise deals",
        "Décrocher 4 nouveaux contrats",
        "10 neue Verträge abschließen",
        "5 nieuwe contracten sluiten",
        "新規契約を10件締結する",
        "In 3 neue Märkte expandieren",
        "进入3个新市场",
        "Conquistar 20 novos clientes",
        "Engage 30 territories in the programme",
        "リードを300件獲得する",
        "新規顧客数を四半期で200件に増加させる",
        "신규 고객 수를 200명으로 늘리기",
        "应收账款周转天数降至40天",
    ],
)
def test_business_won_is_a_result(text):
    assert won_business.business_won(text)
    _result(text)


@pytest.mark.parametrize(
    "text",
    [
        "30 Tickets schließen",
        "Close 30 open support tickets",
        "Visitar 20 clientes por mês",
        "Contactar 100 potenciales socios",
        "Launch in 15 markets by Q4",
        "每周健身4天",
        "ブログ記事を20本書く",
    ],
)
def test_the_teams_own_closing_and_visiting_are_not_business_won(text):
    assert not won_business.business_won(text)


# The team's own legwork: work.
@pytest.mark.parametrize(
    ("check", "text"),
    [
        (
            "members_arranged",
            "faire en sorte que les membres du commando aient au moins deux projets chacun",
        ),
        ("members_arranged", "Ensure each team member has at least 2 projects"),
        ("members_arranged", "Sicherstellen, dass jedes Teammitglied mindestens 2 Projekte hat"),
        ("members_arranged", "各メンバーが最低2つのプロジェクトを担当する"),
        ("own_research", "10 Wettbewerber analysieren"),
        ("own_research", "调研10家潜在客户"),
        ("own_research", "競合10社を調査する"),
        ("own_research", "경쟁사 10곳 조사"),
        ("own_visits", "Rendre visite à 15 clients"),
        ("own_visits", "An 3 Messen teilnehmen"),
        ("own_visits", "每月拜访20家客户"),
        ("own_visits", "與3位客戶聯繫，證明材料可以使用。"),
        ("own_visits", "Reach out to 40 prospects"),
        ("daily_practice", "每天练习钢琴30分钟"),
        ("daily_practice", "毎日30分英語を勉強する"),
        ("daily_practice", "하루 30분 운동하기"),
        ("members_do", "Cada analista gerencia 60 processos simultâneos"),
        ("members_do", "Each member of the team performs data engineering work for the showcase"),
        ("own_distance", "ランニング合計3万キロ"),
        ("tickets_closed", "Close 30 open support tickets"),
    ],
)
def test_the_teams_own_legwork_is_work(check, text):
    assert getattr(own_legwork, check)(text)
    _work(text)


@pytest.mark.parametrize(
    ("check", "text"),
    [
        ("members_arranged", "Ensure each customer has at least 3 active users"),
        ("members_arranged", "Garantir que cada cliente tenha pelo menos 2 usuários ativos"),
        ("members_arranged", "Ensure every employee scores 8/10 on the engagement survey"),
        ("own_visits", "每月网站访问量达到2万"),
        ("own_visits", "월 방문자 2만 명 달성"),
        ("daily_practice", "响应时间缩短至30分钟"),
        ("daily_practice", "平均待ち時間を30分以内にする"),
        ("members_do", "Each customer places 3 orders a month"),
        ("members_do", "Each team member rates the onboarding 8/10 or higher"),
        ("tickets_closed", "Resolver 95% dos tickets de suporte na primeira interação."),
    ],
)
def test_others_results_are_not_the_teams_legwork(check, text):
    assert not getattr(own_legwork, check)(text)


# Work written with its purpose, handouts, data and sessions: work.
@pytest.mark.parametrize(
    ("module", "check", "text"),
    [
        (
            own_purposes,
            "work_as_means",
            "Expand thought leadership by placing articles on 4 industry sites",
        ),
        (own_purposes, "work_as_means", "Aumentar la visibilidad publicando 10 artículos"),
        (
            own_purposes,
            "outputs_with_purpose",
            "train 20 models that improve and/or adapt great models",
        ),
        (
            own_purposes,
            "outputs_with_purpose",
            "Développer 3 outils qui améliorent la qualité du service",
        ),
        (own_handouts, "money_given", "Distribute $250K in patient assistance"),
        (own_handouts, "money_given", "Repartir 50.000 € en becas"),
        (own_handouts, "data_gathered", "Collect 30+ calibration data points across categories"),
        (
            own_handouts,
            "sessions_held",
            "12 Monthly leadership development sessions (target: 12.0)",
        ),
        (own_handouts, "sessions_held", "6 séances de coaching individuel"),
    ],
)
def test_work_with_its_purpose_handouts_and_sessions_are_work(module, check, text):
    assert getattr(module, check)(text)
    _work(text)


@pytest.mark.parametrize(
    ("module", "check", "text"),
    [
        (own_purposes, "work_as_means", "Increase revenue by 20% by launching 3 campaigns"),
        (own_purposes, "outputs_with_purpose", "Win 5 deals that increase ARR"),
        (own_purposes, "outputs_with_purpose", "Run 3 experiments that increase conversion by 10%"),
        (own_handouts, "money_given", "Raise $2M in donations"),
        (own_handouts, "money_given", "Collect $2k+ in fees (0.2%)"),
        (own_handouts, "sessions_held", "10,000 user sessions per month"),
    ],
)
def test_results_in_the_same_shapes_are_left(module, check, text):
    assert not getattr(module, check)(text)


_HOSTILE_CHECKS = [
    own_legwork.members_arranged, own_legwork.own_research, own_legwork.own_visits,
    own_legwork.daily_practice, own_legwork.members_do, own_legwork.tickets_closed,
    own_purposes.work_as_means, own_purposes.outputs_with_purpose, own_handouts.money_given,
    own_handouts.sessions_held, won_business.business_won, own_presence.presence_at_events,
    own_presence.hours_and_practice,
]  # fmt: skip
_HOSTILE_MODULES = (own_legwork, own_purposes, own_handouts, won_business, own_presence)


# Counted, not timed (twenty-fourth round): the patterns hold no nested unbounded quantifier,
# and a paste 8 times longer costs the same calls and at most 8 times the characters scanned.
def test_a_hostile_paste_costs_scans_in_proportion_to_its_length(monkeypatch):
    assert not [name for name, p in patterns(_HOSTILE_MODULES) if nested_unbounded(p)]
    work = scans(
        monkeypatch,
        _HOSTILE_MODULES,
        _HOSTILE_CHECKS,
        "Ensure each member 1 2 by publishing 3 that improve 每天练习 与3位 ",
    )
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large  # no call per item or per line
    assert chars_large <= 8 * chars_small + 8 * calls_small  # no copy of the rest per item


# The third and fourth parts: the same patterns in more languages, and their near misses.
@pytest.mark.parametrize(
    "text",
    [
        "Zamknąć 10 nowych umów z partnerami",
        "Заключить 10 новых сделок",
        "Menutup 10 kesepakatan baru",
        "Sluit 10 nieuwe deals",
        "Masuk ke 3 pasar baru",
        "3 yeni pazara girmek",
        "Generar 30 oportunidades de venta",
        "Find 3 new investors",
        "Trouver 5 nouveaux partenaires",
        "Closing 8 enterprise deals this quarter",
    ],
)
def test_more_business_won_is_a_result(text):
    assert won_business.business_won(text)
    _result(text)


@pytest.mark.parametrize(
    "text",
    [
        "Find 20 potential partners to interview",
        "Trouver 10 partenaires potentiels à contacter",
        "Launch in 15 markets by Q4",
        "Recruit 50 beta testers",
    ],
)
def test_partners_to_look_at_and_launches_are_not_business_won(text):
    assert not won_business.business_won(text)


@pytest.mark.parametrize(
    ("check", "text"),
    [
        ("own_research", "Zbadać 10 konkurentów"),
        ("own_research", "10 rakip firmayı analiz etmek"),
        ("own_research", "Изучить 10 конкурентов"),
        ("members_arranged", "Assign each engineer 2 on-call shifts per month"),
        ("daily_practice", "毎日1時間プログラミングする"),
        ("daily_practice", "매일 1시간 코딩하기"),
        ("own_visits", "20 Kunden besuchen"),
        ("own_research", "10 Wettbewerber analysieren und Bericht erstellen"),
    ],
)
def test_more_of_the_teams_own_legwork_is_work(check, text):
    assert getattr(own_legwork, check)(text)
    _work(text)


@pytest.mark.parametrize(
    ("check", "text"),
    [
        ("own_visits", "10.000 Nutzer besuchen monatlich die Website"),  # others, present tense
        ("daily_practice", "每天工作时间不超过8小时"),  # a limit, kept under
        ("daily_practice", "用户每天阅读30分钟"),  # users' reading
        ("own_distance", "用户累计跑步100万公里"),
        ("members_do", "Each rep closes 5 deals a month"),  # business won
        ("members_do", "Cada vendedor cierra 5 contratos al mes"),
    ],
)
def test_others_doings_and_limits_are_not_legwork(check, text):
    assert not getattr(own_legwork, check)(text)


def test_sessions_with_a_measure_of_their_own_are_left():
    assert not own_handouts.sessions_held("4 sesiones de formación con 90% de satisfacción")


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (own_legwork.own_visits, "10000人がサイトを訪問する"),  # others visit the site
        (own_purposes.outputs_with_purpose, "Onboard 10 customers that increase ARR"),
        (won_business.business_won, "获取5个客户管理功能"),  # features, not customers
        (won_business.business_won, "Find 3 new team members"),  # hiring, work
    ],
)
def test_guards_of_the_later_parts(check, text):
    assert not check(text)


# The fifth part: presence at events, hours and times of practice, in more languages.
@pytest.mark.parametrize(
    ("check", "text"),
    [
        (own_presence.presence_at_events, "Participer à 5 salons professionnels"),
        (own_presence.presence_at_events, "Wziąć udział w 5 konferencjach"),
        (own_presence.presence_at_events, "Voor eind Q3 deelnemen aan 4 netwerkevenementen"),
        (own_presence.presence_at_events, "4 konferansa katılmak"),
        (own_presence.presence_at_events, "業界カンファレンスに5回参加する"),
        (own_presence.presence_at_events, "업계 행사 5회 참가"),
        (own_presence.hours_and_practice, "Belajar 5 jam per minggu"),
        (own_presence.hours_and_practice, "Заниматься 5 часов в неделю"),
        (own_presence.hours_and_practice, "Ćwiczyć 3 razy w tygodniu"),
        (own_presence.hours_and_practice, "週3回ジムに通う"),
        (own_legwork.members_arranged, "Memastikan setiap anggota tim memiliki 2 proyek"),
    ],
)
def test_presence_hours_and_practice_are_work(check, text):
    assert check(text)
    _work(text)


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (own_presence.presence_at_events, "Participer à la réussite de 80% des projets"),
        (own_presence.hours_and_practice, "ユーザーが週3回ログインする"),
        (own_presence.hours_and_practice, "Reduce response time to 5 hours"),
    ],
)
def test_others_times_and_shares_are_not_presence_or_practice(check, text):
    assert not check(text)


# The sixth part: spreading to new places, markets won bare, partners had.
@pytest.mark.parametrize(
    "text",
    [
        "Expandir a 4 nuevas ciudades",
        "S'étendre à 5 nouvelles villes",
        "3 novos mercados conquistados",
        "Ter 30 empresas parceiras ativas",
        "Contar con 20 aliados estratégicos",
        "Avoir 15 partenaires actifs",
    ],
)
def test_places_spread_to_and_partners_had_are_results(text):
    assert won_business.business_won(text)
    _result(text)


@pytest.mark.parametrize(
    "text", ["Expand telehealth services to 5 new specialties", "Have 10 customers interviewed"]
)
def test_a_service_extended_and_customers_interviewed_stay_work(text):
    assert not won_business.business_won(text)
    _work(text)


# The seventh part: Chinese expansion, coverage and awards; writing a day; Korean meetings.
@pytest.mark.parametrize(
    "text", ["拓展3个新城市", "新开拓海外市场2个", "覆盖全国20个省份", "获得3项行业大奖"]
)
def test_chinese_places_reached_and_awards_won_are_results(text):
    assert won_business.business_won(text)
    _result(text)


@pytest.mark.parametrize(
    ("check", "text"),
    [(own_legwork.daily_practice, "每天写500字"), (own_legwork.own_visits, "매주 2회 고객 미팅")],
)
def test_writing_a_day_and_weekly_customer_meetings_are_work(check, text):
    assert check(text)
    _work(text)


@pytest.mark.parametrize("text", ["测试覆盖10个模块", "用户每天写500字"])
def test_modules_covered_and_users_writing_are_not_these_rules(text):
    assert not won_business.business_won(text)
    assert not own_legwork.daily_practice(text)
