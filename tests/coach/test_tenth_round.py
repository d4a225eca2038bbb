"""The tenth round's coach rules (docs/coach.md, "Tenth round"): the third batch of composed
key results (tests/coach/phrasings_tenth.py) and each rule's pattern with its near misses.
Labels follow the convention: activity (KR102), outcome (neither KR102 nor KR104)."""

import pytest

from tests.coach.phrasings import codes, flagged


# A routine of one's own: repetitions counted, time given, or work whose number is its period.
@pytest.mark.parametrize(
    "text",
    [
        "4x yoga sessions per week",
        "Swim 3 times a week",
        "45 mins language practice per day",
        "Spend 2 hours every Friday morning on code review",
        "Journal for 10 minutes every evening",
        "Publish a newsletter every two weeks",
        "Nadar 3 veces por semana",
        "Lire 20 minutes chaque soir",
        "2 Lerneinheiten pro Woche",
        "Meditare 10 minuti ogni mattina",
        "Correr 4 vezes por semana",
        "60 sessions of physiotherapy",
    ],
)
def test_a_routine_of_ones_own_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Churn below 3% per month",
        "Fewer than 2 sev-1 incidents per month",
        "Downtime under 4 hours per month",
        "4 hours of downtime per month at most",
        "500 sign-ups per week",
        "8 new customers per month",
        "Median first response under 2 hours per ticket",
        "Revenue of $20k per month",
        "Reduce meetings to 4 hours per week",
        "10 user sessions per day on average",
        "Support available 8 hours per day",
        "Menos de 3 caídas por mes",
        "Moins de 2 pannes par mois",
        "2x pipeline coverage",
    ],
)
def test_levels_with_a_frequency_stay_outcomes(text):
    assert not flagged(text)


# A check passed named with its verb, or a system that keeps running stably.
@pytest.mark.parametrize(
    "text",
    [
        "Pass the PCI DSS assessment",
        "Pass external penetration test with no high findings",
        "Passar na auditoria externa",
        "Superar la revisión de seguridad",
        "Réussir l'audit ISO 27001",
        "Die TÜV-Prüfung bestehen",
        "通过等保三级测评审核",
        "外部監査に合格する",
        "The billing service runs reliably",
        "Das Buchungssystem läuft stabil",
        "支付系统稳定运行",
        # another verb of running, and a closing aside on how ("no errors")
        "数据同步任务稳定执行",
        "每 10 分钟备份任务稳定执行（无错误、无卡死）",
        "訂單服務穩定運行（全年）",
    ],
)
def test_a_check_passed_or_a_system_running_stably_is_an_outcome(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prepare for the SOC 2 audit",
        "Run a security review of 6 vendors",
        "Audit 20 vendors",
        "Make checkout work on all browsers",
        "New compositing integration works for scrolling",
        "OTA flash succeeds on the dev board",
        "Pass 3 design docs to the platform team for review",
        # the aside is not the running: work before it stays work
        "每周执行 3 次代码审查（含安全）",
    ],
)
def test_work_around_checks_and_features_that_work_stay_activities(text):
    assert "KR102" in codes(text)


# Others paying for or using what the team made: adoption.
@pytest.mark.parametrize(
    "text",
    [
        "4 pilot bakeries onboarded and paying",
        "10 law firms paying by end of Q3",
        "Used by at least 5 product teams",
        "Utilizado por 3 equipos",
        "被5个部门实际使用",
    ],
)
def test_others_paying_or_using_is_an_outcome(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hire 3 engineers, paying market rate",
        "Use 3 templates to write 6 case studies",
        "Write 4 guides used by support",
        "完成3个使用手册",
    ],
)
def test_the_teams_own_doings_near_paying_or_using_stay_activities(text):
    assert "KR102" in codes(text)


# People who lead inside the team are staff, not sales leads; floors after a count (ko, ja).
@pytest.mark.parametrize(
    "text",
    [
        "Coach 6 team leads",
        "Train 4 tech leads on incident command",
        "블로그 글 5편 이상 작성",
        "웨비나 4회 이상 개최",
        "ブログ記事を8本以上公開する",
        "写完 10 章正文（100% 完成）",
    ],
)
def test_staff_leads_and_floors_after_a_count_are_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Generate 200 qualified leads",
        "300 new leads per month",
        "NPS 40점 이상 유지",
        "将客户流失率从5%降低到3%",
        "完成3个项目（转化率提升5%）",
    ],
)
def test_sales_leads_levels_and_measures_in_brackets_are_not_work(text):
    assert not flagged(text)


# A verb of winning first or last, in any language: others decide a win.
@pytest.mark.parametrize(
    "text",
    [
        "Ganar la liga regional",
        "Ganar 2 premios de diseño",
        "Ganhar 3 competições de robótica",
        "Remporter le prix de l'innovation",
        "Den Innovationspreis gewinnen",
        "De regionale beker winnen",
        "Zwyciężyć w turnieju krajowym",
        "Победить в отраслевом конкурсе",
    ],
)
def test_a_win_in_any_language_is_an_outcome(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Organizar 3 torneos para ganar visibilidad",
        "Publicar 5 artículos para ganar clientes",
        "Organiser 4 hackathons pour gagner en visibilité",
    ],
)
def test_work_done_to_win_something_stays_an_activity(text):
    assert "KR102" in codes(text)


# A certification of the team's own people, counted after "for": work, not a state granted.
@pytest.mark.parametrize(
    "text",
    [
        "Kubernetes certification for 8 developers",
        "Complete CISSP certification for at least 2 analysts by Q4",
        "Certificación ITIL para 10 técnicos",
        "Certificação Scrum para 5 colaboradores",
    ],
)
def test_a_certification_of_own_staff_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    ["ISO 27001 certification", "SOC 2 certification for 3 data centres", "ISO 9001 certification"],
)
def test_a_certification_of_the_organisation_stays_granted(text):
    assert not flagged(text)
