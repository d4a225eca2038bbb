"""The seventeenth round's coach rules (docs/plaintext.md, "Seventeenth round (issue 15): coach"):
the tenth batch of composed key results (tests/coach/phrasings_seventeenth.py) and each rule's
pattern with its near misses. Labels follow the convention: activity (KR102), vague (KR104 or
KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import effects, others_served, own_levels, own_system
from tests.coach.phrasings import codes


# The team's own engineering levels: its tests, reviews, code, deliverables and model.
@pytest.mark.parametrize(
    "text",
    [
        "자동화된 테스트 커버리지 80% 이상",
        "코드 리뷰 커버리지 100%",
        "코드 재사용률 80% 달성",
        "공통 컴포넌트 재사용률 85% 달성",
        "관리자 대시보드 핵심 기능 완성도 100% — 현재: 80% / 목표: 100%",
        "100% type hint coverage in `src/core/`",
        "Maintain 100% test pass rate",
        "Model accuracy đạt 90%",
        "Achieve 92% classifier accuracy",
    ],
)
def test_the_teams_own_levels_are_work(text):
    assert own_levels.own_level(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "시장 커버리지 80% 달성",
        "네트워크 커버리지 95% 달성",
        "4G network coverage 95%",
        "Market coverage 80% in the Nordics",
        "Achieve ≥95 % payroll-calculation accuracy on all pilot runs.",
        "Quarterly bookings forecast accuracy 80% (within +/- % of actual)",
        "Automate code quality and security checks to achieve a 90% pass rate on each branch",
        "90% of customers rate our answers as accurate",
    ],
)
def test_others_coverage_and_accuracy_others_judge_are_not_own_levels(text):
    assert not own_levels.own_level(text)
    assert not {"KR102", "KR104"} & codes(text)


# Vietnamese verbs of work; the team's own catalogue secured and its own process run.
@pytest.mark.parametrize(
    "text",
    [
        "Tích hợp 5 API endpoints",
        "Triển khai 3 tính năng mới",
        "디자인 템플릿 카탈로그 50개 이상 확보 — 현재: 26개 / 목표: 50개",
        "지원 쇼핑몰 20개 이상 확보",
        "벤더 정산 자동화 1회 이상 실행 — 현재: 정산 크론 API 구현 완료",
        "뉴스레터 월 3건 발송",
    ],
)
def test_vietnamese_work_and_the_teams_own_catalogue_and_runs_are_work(text):
    assert own_levels.vi_work(text) or own_levels.own_catalogue(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đạt 5000 người dùng",
        "사용자 5000명 확보하기",
        "유료 구독자 200명 확보",
        "리뷰 300개 확보하기",
        "앱 실행 월 1000회",
    ],
)
def test_others_secured_or_counted_are_not_own_catalogue(text):
    assert not (own_levels.vi_work(text) or own_levels.own_catalogue(text))
    assert not {"KR102", "KR104"} & codes(text)


# Others served: their items counted a week or a month, upgrades, first-contact resolution.
@pytest.mark.parametrize(
    "text",
    [
        "채용/공모전 페이지의 활성 항목을 **주간 50건 이상** 유지한다",
        "채용/공모전 활성 항목 **주간 80건 이상**",
        "채용담당자 직접 등록 **월 5건 이상** (신규)",
        "Upgrade 30 Starter → Pro via usage-triggered upsell emails",
        "Upgrade 40 customers to Pro via in-app prompts",
        "Migrar 30 clientes do plano Starter para o Pro via e-mails de upsell",
        "Resolver 95% dos tickets de suporte na primeira interação.",
        "Resolve 95% of support tickets on first contact",
    ],
)
def test_what_others_do_or_get_is_a_result(text):
    assert others_served._others_served_rule(text, None)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "블로그 글 주간 3건 발행",
        "Upgrade 5 servers to Ubuntu 24.04",
        "Upgrade 12 services to Python 3.12",
        "Migrate 30 customers to the new billing system",
        "Fix 6 P1 bugs reported before Q3",
        "Resolve 20 open security issues",
    ],
)
def test_the_teams_own_upgrades_fixes_and_posts_are_not_others_served(text):
    assert not others_served._others_served_rule(text, None)


# Second part: effects to see whatever the means (rounds 4 and 10), the team's own response rate
# and Indonesian work (round 9).
@pytest.mark.parametrize(
    "text",
    [
        "Block 99.9% of automated script/bot uploads by implementing invisible, low-friction bot"
        " detection (e.g., turnstile or behavior analysis) without hurting real user speed.",
        "Bloquear 99% dos uploads automatizados por bots",
        "Show up on first page of Google results for the following keywords / phrases:",
        "Aparecer na primeira página do Google para 5 palavras-chave",
        "Be able to show the website to someone and have them tell us the following without"
        " prompting:",
    ],
)
def test_effects_whatever_the_means_are_results(text):
    assert effects._effects_rule(text, None)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "TestFlight build #1 approved by 2026-05-15",
        "Prototype #1 approved by the design lead",  # the team's own gate
        "Submit the API spec for approval by Alice",
        "Review 100% of flagged uploads",
        "Write 5 landing pages for Google Ads",
        "Show the demo to 5 prospects",
        "Prevent HTML injection through commentLink feature",
    ],
)
def test_work_with_approval_search_or_a_demo_is_not_an_effect(text):
    assert not effects._effects_rule(text, None)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "5 家企业生产真实使用或完成试点接入，3 家企业参与社区，覆盖 3 个场景并沉淀 3+ 用户案例。",
        "12 家客户上线使用",
    ],
)
def test_chinese_companies_adopting_are_a_result(text):
    assert others_served.companies_adopt(text)
    assert not {"KR102", "KR104"} & codes(text)


def test_companies_reached_by_the_teams_talks_are_not_adopting():
    text = "完成 5 次布道和 5 次文章分享，触达 200 家企业，深度交流 30+ 企业。"
    assert not others_served.companies_adopt(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "1:1 게시판 당일 처리율을 2/3/4월 평균 74.2% 에서 9월 평균 92%로 1,780bps 높인다.",
        "고객 문의 24시간 내 응답률 95% 유지",
        "Mantener una tasa de respuesta de al menos 90% a las preguntas y solicitudes de los"
        " clientes en menos de 24 horas durante todo el proyecto.",
        "Answer 90% of support emails within 4 hours",
        "Implementasi Legal Knowledge Graph dengan 95% cakupan UU terbaru.",
    ],
)
def test_the_teams_own_response_rate_and_indonesian_work_are_work(text):
    assert own_levels.own_response_rate(text) or own_levels.id_work(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Email response rate 20%",
        "Aumentar tasa de respuesta de correos en 25%",
        "Survey response rate 40%",
        "Integrasi penuh Payment Gateway dengan tingkat keberhasilan transaksi > 99%.",
        "Mencapai 5000 pengguna aktif",
    ],
)
def test_others_reply_rates_and_indonesian_rates_to_reach_are_results(text):
    assert not (own_levels.own_response_rate(text) or own_levels.id_work(text))
    assert not {"KR102", "KR104"} & codes(text)


# The team's own system, tests or documentation kept, ensured or expanded, no measure named.
@pytest.mark.parametrize(
    "text",
    [
        "Maintain a tested Rust implementation mirroring the Python algorithms.",
        "Keep validation datasets under `data/` to enable automated regression tests.",
        "Expand documentation for contributors and users",
        "manter o frontend sem acesso direto ao banco e sem regra trabalhista critica no client.",
        "garantir que rotas privadas passem pelo BFF e pelo backend com token protegido.",
    ],
)
def test_the_teams_own_system_kept_is_work(text):
    assert own_system.own_system_kept(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep the API stable during the migration",
        "Maintain zero SDK imports inside the core layer",
        "Ensure incidents remain below the error budget",
        "Keep churn below 2%",
        "Ensure customers renew without a call",
    ],
)
def test_a_quality_or_a_result_held_is_not_the_system_kept(text):
    assert not own_system.own_system_kept(text)
    assert "KR102" not in codes(text)
