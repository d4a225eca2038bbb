"""The twelfth round's coach rules (docs/coach.md, "Twelfth round"): the fifth batch of composed
key results (tests/coach/phrasings_twelfth.py) and each rule's pattern with its near misses.
Labels follow the convention: activity (KR102), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach.done_first import infinitive_first
from cairn.coach.made_with import made_with_parts
from cairn.coach.own_shares import own_share
from cairn.coach.routines import japanese_output, without_progress_note
from cairn.coach.working import system_result
from tests.coach.phrasings import coach_right, codes, flagged, template_params, variants
from tests.coach.phrasings_twelfth import TWELFTH

# English shares of the team's own items having or capturing something: the labelled sets call
# them both ways ("100% of Employees have a training plan" activity; "100% of validation errors
# include remediation command", "100% of message flows have documented schemas" outcomes), and a
# completion *rate* is labelled an outcome ("Sprint completion rate ≥ 90%") while
# "complete_rate(weekly_plans) > 90%" is labelled work. Left, not bent (docs/coach.md).
_LEFT = {("en", "own_share", 0), ("en", "own_share", 1), ("en", "own_share", 4)}
_LEFT |= {("en", "own_share", 6)}


@pytest.mark.parametrize(
    ("language", "family", "index"),
    template_params(TWELFTH, _LEFT),
)
def test_the_fifth_batch_is_judged_by_its_label(language, family, index):
    wrong = [p.text for p in variants(language, family, index, TWELFTH) if not coach_right(p)]
    assert not wrong


# A share of the team's own work done, given a property or passing its own review.
@pytest.mark.parametrize(
    "text",
    [
        "95% security training completion for all engineers",
        "The team completes 90% of the planned roadmap items each quarter",
        "85% das tarefas planejadas concluídas a cada sprint",
        "100% dos contratos possuem cláusula de proteção de dados revisada",
        "El 100% de los formularios capturan el origen de la campaña",
        "Garantir que 90% do código passe pela revisão interna",
        "Lograr que el 80% de los cambios pasen revisiones de código",
        "100% das transações com log de auditoria completo",
        "Audit trail 100% funcional",
        "Billing module 80% complete",
        "Portal do fornecedor 100% implementado",
    ],
)
def test_a_share_of_the_teams_own_work_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "40% of trial users complete onboarding in the first week",
        "Sprint completion rate ≥ 90%",
        "El 30% de los usuarios de prueba se activan en la primera semana",
        "80% dos clientes concluem o treinamento",
        "100% dos funcionários têm acesso ao portal de benefícios",
        "90% dos pedidos com entrega em até 48 horas",
        "Payment success rate above 99.5%",
        "99% das requisições com sucesso na primeira tentativa",
        "Increase training completion from 60% to 90%",
        "Trial users 40% activated in week one",
        "Model 90% accurate on the holdout set",
    ],
)
def test_a_share_of_people_a_rate_or_a_move_is_not_this_rule(text):
    assert not own_share(text, None, None) or "from" in text
    assert "KR102" not in codes(text) or "from" in text


# Portuguese and Spanish deliverables written participle first without an article.
@pytest.mark.parametrize(
    "text",
    [
        "Elaborado plano diretor de tecnologia para 4 secretarias",
        "Publicado Relatório anual de gestão com 12 indicadores",
        "Regulamentadas as 3 leis de incentivo à inovação",
        "Implantado sistema de ouvidoria em 20 municípios",
        "Desarrollada herramienta de seguimiento para 5 equipos",
    ],
)
def test_a_deliverable_written_participle_first_without_an_article_is_work(text):
    assert infinitive_first(text) is not None
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reduzido o tempo de resposta de 10 para 4 dias",
        "Ampliada de 40% para 60% a cobertura vacinal",
        "Utilizado por 3 equipos de ventas",
        "Adotado pelas 5 secretarias estaduais",
        "Integrado o plano regional por meio da pactuação de 300 ações conjuntas",
    ],
)
def test_a_participle_with_a_move_an_agreement_or_people_counted_is_not_work(text):
    assert "KR102" not in codes(text)


def test_the_bare_participle_needs_a_romance_word_after_it():
    assert infinitive_first("Elaborado relatório técnico sobre 3 programas") == (
        "Elaborar relatório técnico sobre 3 programas"
    )
    assert infinitive_first("Colorado office opened") is None
    assert infinitive_first("Florida team hired for 3 stores") is None
    assert infinitive_first("Executadas 20 avaliações") == "Executar 20 avaliações"  # two digits


# Japanese outputs of one's own, counted.
@pytest.mark.parametrize(
    "text", ["1日1記事発信", "Webサービスを1つリリース", "技術書を2冊執筆する", "週1回ブログ投稿"]
)
def test_a_japanese_count_of_own_outputs_is_work(text):
    assert japanese_output(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text", ["有料会員を300人獲得", "3社と契約を締結", "解約率を5%未満に抑える"]
)
def test_japanese_people_companies_or_rates_are_not_outputs(text):
    assert not japanese_output(text)
    assert not flagged(text)


def test_a_closing_note_that_all_is_done_is_not_the_measure():
    assert "KR102" in codes("每章配套完整可运行的 TypeScript 代码（14/14）")
    assert "KR102" in codes("Ship 4 case studies (4/4)")
    assert not flagged("Customers renew without a call (12/12)")


# A system's observable result stated as a present-tense fact.
@pytest.mark.parametrize(
    "text",
    [
        "Claude API call returns valid structured JSON",
        "End-to-end run succeeds on our own lecture PDFs",
        "Nightly builds succeed on all 4 target platforms",
        "SEO pages indexed (50+ pages)",
        "Reference agent resists prompt-injection honeypots",
        "CI green on every merge to main",
        "Every release candidate passes the 20-point security scan",
        "A chamada à API retorna JSON estruturado válido",
        "La ejecución de extremo a extremo tiene éxito con PDFs reales",
    ],
)
def test_a_systems_observable_result_is_a_result(text):
    assert system_result(text, None) or text.startswith("Survive")
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Build an API call that returns structured JSON",
        "Make the nightly build succeed on all 4 platforms",
        "`export_report` returns a well-formed PDF for every account",
        "Wallet sign-in works (Chromium / Safari / PWA)",
        "All pages indexed, frontend subscriptions wired to the mailer by Q3",
        "Passes all layout tests",
        "Sketch editor compiles firmware binaries (drag-and-drop)",
    ],
)
def test_work_on_the_system_or_a_feature_named_stays_work(text):
    assert "KR102" in codes(text)


# A thing made, named with a count of its parts.
@pytest.mark.parametrize(
    "text",
    [
        "Dashboard com 5 visualizações",
        "Tablero con 6 visualizaciones",
        "Knowledge graph with 100+ entity instances from real projects",
        "Curso de integração com 8 módulos",
        "3 planos de assinatura ativos",
    ],
)
def test_a_thing_made_with_a_count_of_its_parts_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Newsletter with 5000 subscribers",
        "Repo with 100 stars",
        "Comunidade com 300 membros",
        "Landing page with 3 customer testimonials",
        "500 usuários ativos",
        "12 clientes activos",
    ],
)
def test_a_count_of_people_or_of_what_others_give_is_a_result(text):
    assert not made_with_parts(text) or "ativos" in text or "activos" in text
    assert not flagged(text)


# A closing note of progress on a deliverable, and a metric's value in brackets.
@pytest.mark.parametrize(
    "text",
    [
        "Autenticación y control de roles (100%).",
        "Dashboard con KPIs y exportes PDF/Excel (80%).",
        "Módulo de cadastro e controle de acesso (60%) até o fim do trimestre",
        "SSO with SAML and SCIM (50% done)",
        "每章配套完整可运行的 TypeScript 代码（14/14）",
    ],
)
def test_a_deliverable_with_a_note_of_its_progress_is_work(text):
    assert without_progress_note(text) is not None
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Activation rate (40%)",
        "Activation rate (60%) by the end of Q3",
        "Uptime (99.9%) by the end of Q3",
        "Tasa de conversión (5%)",
        "Collect $2k+ in fees (0.2%)",
        "Keep Celery queue backlog under 2 minutes at peak (95% of the time)",
    ],
)
def test_a_metric_with_its_value_in_brackets_is_not_a_progress_note(text):
    assert without_progress_note(text) is None
    assert not flagged(text)


@pytest.mark.parametrize(
    "text", ["文案与行为一致性检查清单通过。", "验收测试通过", "Consistency checklist passed"]
)
def test_a_checklist_or_acceptance_check_passed_is_a_result(text):
    assert not flagged(text)


@pytest.mark.parametrize("text", ["编写3份检查清单", "Write the launch checklist", "完成检查清单"])
def test_writing_a_checklist_stays_work(text):
    assert "KR102" in codes(text)
