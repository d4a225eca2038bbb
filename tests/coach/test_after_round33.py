"""The coach's rules after round 33's first run (docs/plaintext.md, "After the first run of round
33 (issue 15, session 19): the parser and the coach"): staff hired, "more" of them, and the
team's own queue worked through are work (`own_hiring`); being featured, recommended or awarded
by a third party is a result met or not (`recognition`: no KR102, no KR101). Each with its
round-33 row, more sentences and near misses; the composed batch (tests/coach/
phrasings_after_round33.py, table AFTER_ROUND33) is judged in tests/coach/test_batches.py."""

import pytest

from cairn.coach import own_hiring, recognition
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work
from tests.coach.phrasings import codes


@pytest.mark.parametrize(
    ("text", "hired"),
    [
        ("Tuyển thêm 3 senior engineers trước 15/05", True),  # round 33
        ("Tuyển thêm 3 kỹ sư", True),
        ("Tuyển dụng thêm 5 nhân viên kinh doanh", True),
        ("Hire 3 more senior engineers by 15/05", True),
        ("Hire 2 additional sales reps", True),
        ("Rekrut tambahan 3 engineer", True),
        ("Merekrut 5 karyawan baru", True),
        ("Contratar otros 3 ingenieros", True),
        ("Contratar mais 3 engenheiros", True),
        ("Recruter 3 ingénieurs de plus", True),
        ("รับสมัครพนักงาน 5 คน", True),
        ("รับพนักงานใหม่ 5 คน", True),
        ("增聘3名工程师", True),
        ("年底前新招3名开发人员", True),
        # near misses: others acquired, signed up or joining; a team grown is another rule
        ("Acquire 500 more customers", False),
        ("Thu hút thêm 500 khách hàng", False),
        ("Tuyển thêm 500 khách hàng", False),
        ("Sign up 1,000 more users", False),
        ("Recruit 100 more beta users", False),
        ("Gain 200 more members who join the community", False),
        ("Mendapatkan 50 pelanggan baru", False),
    ],
)
def test_staff_hired(text, hired):
    assert own_hiring.staff_hired(text) is hired
    if hired:
        _work(text)


@pytest.mark.parametrize(
    "text",
    [
        "Acquire 500 more customers",
        "Thu hút thêm 500 khách hàng",
        "Sign up 1,000 more users",
        "Gain 200 more members who join the community",
        "Grow community to 500 members",
        "Mendapatkan 50 pelanggan baru",
    ],
)
def test_others_gained_stay_results(text):
    _result(text)


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        ("Process 300+ scraped leads through outreach system", True),  # round 33
        ("Triage 200 bug reports", True),
        ("Review 50 pull requests", True),
        ("Process 500 support tickets", True),
        ("Xử lý 300 hồ sơ", True),
        ("Memproses 500 lamaran", True),
        ("Procesar 300 solicitudes", True),
        ("Processar 300 solicitações", True),
        ("Traiter 200 demandes", True),
        # near misses: a capacity, a rate, money or payments processed (others' volume)
        ("Handle 1,000 concurrent users", False),
        ("Handle 10,000 requests per second", False),
        ("Resolve 90% of tickets within 24h", False),
        ("Process 1000+ payments with 99.9% uptime", False),
        ("Processar 50.000+ saques no primeiro mês", False),
        ("Process $1M+ in swap volume", False),
    ],
)
def test_the_teams_own_queue_worked_through(text, worked):
    assert own_hiring.queue_worked(text) is worked
    (_work if worked else _result)(text)


@pytest.mark.parametrize(
    "text",
    [
        "在 App Store 上获得“精选”推荐",  # round 33
        "被 App Store 推荐",
        "获得苹果年度最佳应用奖",
        "Get featured on Product Hunt",
        "Be featured in the App Store",
        "Win the Best App award",
        "App Storeで特集される",
        "앱스토어 추천 선정",
        "Ser destacado en la App Store",
        "Ser destacado na App Store",
        "Être mis en avant sur l'App Store",
        "Được App Store giới thiệu",
        "Ditampilkan di App Store",
        "KR2: Get featured on Product Hunt by the end of Q3",
    ],
)
def test_being_featured_is_a_result_met_or_not(text):
    assert recognition.granted_recognition(text)
    assert not {"KR101", "KR102", "KR104"} & codes(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Apply for the App Store feature",
        "Submit to Product Hunt",
        "Launch on Product Hunt",
        "申请 App Store 推荐",
        "App Store の特集に応募する",
        "앱스토어 추천 신청",
        "Postular a la App Store para ser destacados",
        "Build the featured products page",
        "获得10个推荐用户",
    ],
)
def test_asking_to_be_featured_is_not_being_featured(text):
    assert not recognition.granted_recognition(text)


def test_asking_to_be_featured_stays_flagged():
    for text in ("Apply for the App Store feature", "Submit to Product Hunt"):
        assert {"KR101", "KR102"} <= codes(text), text


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    modules = (own_hiring, recognition)
    assert not [name for name, p in patterns(modules) if nested_unbounded(p)]
    checks = [own_hiring.staff_hired, own_hiring.queue_worked, recognition.granted_recognition]
    work = scans(monkeypatch, modules, checks, "Hire 3 more engineers featured on 被推荐 ")
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small
