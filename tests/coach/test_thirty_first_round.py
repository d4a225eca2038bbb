"""The thirty-first round's coach rules (docs/plaintext.md, "Thirty-first round (issue 15,
session 19): the coach beyond English"): wordings in Korean, Japanese, Chinese, Vietnamese,
Indonesian, Thai, Hindi and Arabic a survey found before a held-out set brought them
(tests/coach/survey_thirty_first.py), each with its near misses; the twenty-first batch of
composed key results (tests/coach/phrasings_thirty_first.py, table THIRTY_FIRST) is judged in
tests/coach/test_batches.py. Labels follow the convention: activity (KR102), outcome (neither
KR102 nor KR104)."""

import pytest

from cairn.coach import levels_abroad, own_work_abroad
from cairn.coach.work_rules import Reading
from cairn.text.key_result_parser import parse_key_result
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work
from tests.coach.phrasings import reading as _reading


@pytest.mark.parametrize(
    ("text", "work"),
    [
        # a Korean or Japanese count, then a verbal noun of work at the end
        ("PoC 3건 완료", True),
        ("API 10개 추가", True),
        ("제안서 8건 제출", True),
        ("뉴스레터 12회 발송", True),
        ("서비스 30개 클라우드 이전", True),
        ("AWS 자격증 2개 취득", True),
        ("オンライン講座を3つ修了", True),
        ("30サービスをクラウドへ移行", True),
        ("LeetCodeを100問解く", True),
        ("AWS認定資格を2つ取得する", True),
        ("アプリ2.0をリリース", True),
        # Chinese documents counted by 份
        ("输出4份技术方案", True),
        ("完成2份竞品分析报告", True),
        # near misses: others counted, a qualification not named, a share
        ("신규 고객 50곳 확보", False),
        ("계약 20건 체결", False),
        ("고객 온보딩 30건 완료", False),
        ("新規顧客を50社獲得", False),
        ("売上データを3つ取得する", False),
        ("秋招3份以上offer", False),
        ("이탈률 30% 감소 완료", False),
    ],
)
def test_a_count_then_a_verbal_noun_of_work(text, work):
    assert own_work_abroad.own_work_abroad(_reading(text)) is work


@pytest.mark.parametrize(
    "text",
    [
        "고객사 방문 30회",
        "面试40名候选人",
        "对20位用户进行深度访谈",
        "候補者40名と面接する",
        "Phỏng vấn 20 khách hàng",
        "Melakukan 20 wawancara pengguna",
        "สัมภาษณ์ผู้ใช้ 20 คน",
        # a verb of work first or last, a Korean routine
        "Di chuyển 30 dịch vụ lên cloud",
        "Pelatihan 5 kali untuk karyawan baru",
        "อ่านหนังสือ 12 เล่ม",
        "نشر 10 مقالات تقنية",
        "تدريب 30 موظفا جديدا",
        "10 ब्लॉग पोस्ट लिखना",
        "4 workshop aayojit karna",
        "주 3회 헬스장 가기",
        "연말까지 매주 2회 블로그 글 쓰기",
        # the team's own test coverage, in Japanese (own_levels)
        "単体テストのカバレッジを80%にする",
    ],
)
def test_the_teams_own_work_abroad_is_flagged(text):
    _work(text)


@pytest.mark.parametrize(
    "text",
    [
        "زيادة الإيرادات بنسبة 20%",
        "خفض معدل التسرب من 5% إلى 2%",
        "الوصول إلى 100000 مستخدم نشط",
        "churn 5% se 2% tak kam karna",
        "राजस्व में 20% वृद्धि",
        "Ký hợp đồng với 20 khách hàng mới",
        "Mencapai 100.000 pengguna aktif bulanan",
        "Tỷ lệ chuyển đổi đạt 3%",
        "주 3회 이상 장애 발생 0건",
        "신규 고객 50곳 확보",
        "고객 온보딩 30건 완료",
        "新規顧客を50社獲得",
        "秋招3份以上offer",
        # visitors, returning customers, partners, customers moving to a paid plan
        "월 방문자 10000명 달성",
        "재방문 고객 500명",
        "파트너사 10곳 추가",
        "有料プランへ100社移行",
        "عقد 5 شراكات جديدة",
        "サイト訪問者数を5万人にする",
    ],
)
def test_results_in_those_languages_stay_unflagged(text):
    _result(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("受注件数を月20件にする", True),
        ("処理能力を毎秒5000件にする", True),
        ("顧客単価を8000円に引き上げる", True),
        ("मासिक सक्रिय उपयोगकर्ता 1,00,000 तक पहुंचाना", True),
        ("revenue 1 crore tak pahunchana", True),
        ("導入企業を50社にする", True),
        ("도입 기업 30곳 달성", True),
        ("고객사 50개사 돌파", True),
        # near misses: the team's own outputs set to a number, places visited, stay work
        ("記事数を20本にする", False),
        ("매장 방문 30곳 달성", False),
        ("テストケース数を500件にする", False),
        ("10 ब्लॉग पोस्ट लिखना", False),
    ],
)
def test_a_level_set_in_japanese_or_hindi_is_a_result(text, level):
    assert levels_abroad.level_set(text, None) is level
    (_result if level else _work)(text)


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    modules = (own_work_abroad, levels_abroad)
    assert not [name for name, p in patterns(modules) if nested_unbounded(p)]
    parsed = parse_key_result("PoC 3건 완료")
    checks = [
        lambda t: own_work_abroad.own_work_abroad(Reading(t, t, parsed, None)),
        lambda t: levels_abroad.level_set(t, None),
    ]
    work = scans(monkeypatch, modules, checks, "PoC 3건 数を4件に 5份方案 面接 2.0 ")
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small
