"""The nineteenth round's coach rules (docs/plaintext.md, "Nineteenth round (issue 15): the
coach"): the twelfth batch of composed key results (tests/coach/phrasings_nineteenth.py) and each
rule's pattern with its near misses. Labels follow the convention: activity (KR102), vague
(KR104 or KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import others_served, own_artifacts, own_process, own_study
from tests.coach.phrasings import codes


# The team's own code reviews, tests, tools, components and projects, and its lint.
@pytest.mark.parametrize(
    "text",
    [
        "Get 10 code reviews on Wagtail/Django projects",
        "20 JS code reviews from senior JavaScripters",
        "Get 5 CSS code reviews on your projects",
        "100 end to end browser test cases running successfully in CI",
        "50 UI regression tests in place on our work",
        "30 pruebas de regresión de UI funcionando en CI",
        "Set up 5 JS tools on projects",
        "Use 5 build / package publishing tools",
        "Oversee 2 React / React Native projects",
        "5 React components open-sourced in self-contained, reusable form",
        "0 ESLint errors over 10'000+ lines of JS code",
        "Zero linter warnings across the codebase",
    ],
)
def test_the_teams_own_artifacts_counted_are_work(text):
    assert own_artifacts.own_artifacts(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Get 50 customer reviews on G2",
        "Reduce failing tests from 20 to 5",
        "50 projects using our SDK",
        "Win 5 new projects with enterprise clients",
        "Zero errors in production checkouts",
        "0 enlaces rotos en artefactos críticos (linter semanal)",
        "Achieve a 95% security compliance rate in all code reviews",
    ],
)
def test_others_reviews_and_projects_and_product_errors_are_not_own_artifacts(text):
    assert not own_artifacts.own_artifacts(text)


# Outputs made for a count of locales, a product on named platforms, user stories.
@pytest.mark.parametrize(
    "text",
    [
        "First-party translations for 12 locales shipping in the binary (achieved).",
        "Localized README landing pages for 12 locales (achieved).",
        "Traducciones para 8 idiomas incluidas en la aplicación",
        "Ensure the GUI functions consistently and seamlessly on macOS (latest), Linux (ubuntu)"
        " and Windows (latest).",
        "users can sign up with email and phone verification",
        "los usuarios pueden registrarse con correo y teléfono",
    ],
)
def test_the_teams_own_deliverables_are_work(text):
    assert own_artifacts.own_deliverables(text, measurable=False) or own_artifacts.own_deliverables(
        text, measurable=True
    )
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Users can upgrade TeamBot without losing customizations",
        "Users can perform common tasks in the new GUI in less time and effort compared to the CLI.",
        "Users can complete checkout in under 2 minutes",
        "Active users in 12 countries",
        "Zero locale-regression defects in the backlog.",
        "50% of users on iOS and Android",
    ],
)
def test_stories_with_a_quality_and_users_in_places_are_not_own_deliverables(text):
    assert not own_artifacts.own_deliverables(text, measurable=False)


# The team's own process, headcount grown by recruiting, tooling share, model tuned.
@pytest.mark.parametrize(
    "text",
    [
        "12 comités de lunes consecutivos, cada uno con UNA decisión ejecutada y registrada",
        "8 consecutive weekly reviews, each with one decision recorded",
        "100% de pagos capturados el mismo día con folio",
        "100% dos pagamentos registrados no mesmo dia",
        "Durch angemessene Rekrutierungsbemühungen erreicht /mobility bis Ende Q1 GJ 24/25 ein"
        " Nettowachstum von 0.8 verrechenbaren FTE. Ausgangswert: 30.06.2024",
        "Increase the percentage of product delivery work supported by AI-assisted tooling",
        "Increase automated test and regression coverage across apps",
    ],
)
def test_the_teams_own_process_is_work(text):
    assert own_process.own_process(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "12 consecutive months of revenue growth",
        "≥ 95% SLO compliance for 12 consecutive weeks.",
        "100% de pagos recibidos a tiempo",
        "Wir erhöhen die verrechenbaren Pensen um 5% (4.5 FTE)",
        "Revenue per FTE above €200k",
        "Increase the percentage of customers supported by self-service to 60%",
    ],
)
def test_others_and_the_business_are_not_own_process(text):
    assert not own_process.own_process(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tracker level MAEP from >16% to <5% for MTR004 without significant regression on other"
        " benchmark metrics",
        "Achieve ≥90% correct pipeline selection across the 50-location dataset without manual CV"
        " intervention.",
        "Reduce pipeline configuration inputs to ≤10 interpretable environment parameters",
    ],
)
def test_the_teams_own_model_tuned_is_work(text):
    assert own_process.own_model_tuned(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Achieve a macro F1-Score of ≥0.8 and a PR-AUC score of ≥0.9 on the general dataset",
        "Reach ≥95% NL→Cypher syntactic validity across 200-sample benchmark with zero unsafe"
        " executions.",
        "CV weight-estimation + breed-ID in production, ≤15% MAE on weight",
        "Quarterly bookings forecast accuracy 80%",
    ],
)
def test_a_models_score_alone_stays_a_result(text):
    assert not own_process.own_model_tuned(text)
    assert not {"KR102", "KR104"} & codes(text)


# A person's own reading and study.
@pytest.mark.parametrize(
    "text",
    ["読書 50冊/年", "技術書を3冊読む", "深入学习Android的4种优秀框架，并输出文档",
     "提升自己的编程思想，在二月底达到初级工程师的水准"],
)  # fmt: skip
def test_a_persons_own_study_is_work(text):
    assert own_study.own_study(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text", ["学习人数达到5000人", "記事の閲覧数 30000", "提升用户满意度到90%", "販売数 1000冊"]
)
def test_others_reading_and_learning_are_not_own_study(text):
    assert not own_study.own_study(text)
    assert not {"KR102", "KR104"} & codes(text)


# People and leads counted: results.
@pytest.mark.parametrize(
    "text",
    [
        "≥169 activos al 31-dic 📊",
        "Cruce de 207 activos en feb–mar 📊",
        "≥265 prospectos/mes etiquetados por canal desde agosto",
        "50 тестовых пользователей подключены",
    ],
)
def test_people_and_leads_counted_are_results(text):
    assert others_served.others_active(text, None)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    ["3 planos de assinatura ativos", "Calificar 40 prospectos por mes", "12 conectores activos"],
)
def test_the_teams_own_things_live_and_leads_it_works_stay_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Triage all legacy bugs, and triage all new bugs within a 1 week SLA. Enforce priority 1"
        " meaning.",
        "Continue to triage all bugs within one week",
        "Triage or re-triage 50% of all bugs filed before Q3 2015",
        "Triage all incoming bug reports within one week and eliminate backlog.",
        "Track discounts for 15+ prop firms",
        "Help 7+ Experience teams tailor their solution to the app",
    ],
)
def test_the_teams_triage_tracking_and_helping_are_work(text):
    assert own_process.own_work_verb(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Triage time under 2 days",
        "Median bug triage time from 5 days to 1",
        "Help center deflects 30% of tickets",
        "Track $2k+ in fees (0.2%)",
        "Collect $2k+ in fees (0.2%)",
    ],
)
def test_triage_time_a_help_centre_and_money_are_not_own_work_verbs(text):
    assert not own_process.own_work_verb(text)
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "完成**JMeter 1小时从入门到放弃**教程文档，帮助同学们快速掌握性能测试技能",
        "完成《数据挖掘》6/20的考试",
        "提升专业知识储备(团队管理、项止管理和经济学理论), 且累计完成100+ 篇深度思考文章沉淀",
        "完成 20 种中间件和三方包治理，同时形成多应用与热卸载评测和自动检测标准。",
        "开发人员完成上季度50%支持的支持文档补充",
    ],
)
def test_chinese_documents_exams_and_governance_completed_are_work(text):
    assert own_study.own_study(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "完成销售额1000万",
        "各品牌线下（非奥莱）直营门店完成收入增长目标，优化各项费用投入产出比，提升货品售出率",
        "5 家企业生产真实使用或完成试点接入，3 家企业参与社区",
        "用户完成注册率达到60%",
    ],
)
def test_revenue_targets_and_others_access_completed_are_not_own_study(text):
    assert not own_study.own_study(text)
