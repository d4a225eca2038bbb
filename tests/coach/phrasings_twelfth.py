"""A fifth batch of composed key results (docs/coach.md, "Twelfth round"): the families rounds
8 and 9's misses belong to, written in several languages and measured before any rule.

- ``own_share`` (activity): a share of the team's OWN deliverables done or given a property
  ("{hi}% of public forms capture UTM source and referrer", "100% dos leads possuem segmento
  normalizado", "Lograr que el {hi}% del código pase revisiones internas", "{hi}% operator
  training completion", "complete_rate(weekly_plans) > {hi}%");
- ``people_share`` (outcome): the near misses, a share of customers or users doing something of
  their own accord, or a rate of a system's behaviour that users feel (uptime, payments that
  succeed);
- ``done_first`` (activity): Portuguese and Spanish deliverables written participle first with
  no article after it ("Elaborado relatório técnico …", "Publicado Painel …", "Regulamentadas …");
- ``moved_first`` (outcome): the near misses, participle first and a measure that moved
  ("Reduzido o tempo de resposta de {hi} para {lo} dias");
- ``cjk_output`` (activity): Japanese and Chinese habits and outputs counted ("1日1記事発信",
  "Webサービスを1つリリース", "每章配套完整可运行的代码");
- ``cjk_result`` (outcome): the near misses, Japanese and Chinese results counted (others
  joining, a metric reached);
- ``made_with`` (activity): a thing made, named with a count of its parts and no verb
  ("Dashboard com {n} visualizações", "Knowledge graph with {n}0+ entity instances");
  and outputs counted as live ("{n} planos de assinatura ativos", "{n} conectores en producción");
- ``with_others`` (outcome): the near misses, the count after "with" is of people, outside
  parties or what others give ("Newsletter with {n}000 subscribers", "Repo with {n}00 stars"),
  and people or outside parties counted as active ("{n}00 usuários ativos");
- ``progress_note`` (activity): a deliverable with a closing note of its progress ("Autenticación
  y control de roles (100%)", "Dashboard con KPIs y exportes (80%)", "… 代码（{n}/{n}）");
- ``metric_value`` (outcome): the near misses, a metric named with its value in brackets
  ("Activation rate ({hi}%)", "Tasa de conversión ({n}%)");
- ``system_fact`` (outcome): a system's observable result stated as a present-tense fact ("The
  API call returns valid structured JSON", "End-to-end run succeeds on real PDFs", "SEO pages
  indexed ({n}0+ pages)");
- ``system_work`` (activity): the near misses, work on the system stated with a verb of work or
  as a feature made ("Build an API call that returns structured JSON", "Wallet sign-in works").

`python -m tests.coach.phrasings_twelfth [-v]` prints the coach's figures per language and family.
"""

from __future__ import annotations

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWELFTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "progress_note": (
            "Checkout and billing pages ({hi}%)",
            "Instrument every screen + every API route (100% coverage)",
            "SSO with SAML and SCIM ({hi}% done)",
            "Billing module {hi}% complete",
            "Audit trail 100% functional",
        ),
        "metric_value": (
            "Activation rate ({hi}%)",
            "Uptime (99.9%)",
            "Customer satisfaction ({hi}%)",
            "Trial users {hi}% activated in week one",
            "Model {n}0% accurate on the holdout set",
            "Collect ${n}k+ in fees (0.{n}%)",
        ),
        "made_with": (
            "Knowledge graph with {n}0+ entity instances from real projects",
            "Dashboard with {n} visualizations",
            "Help center with {n} articles",
            "Onboarding course with {n} lessons",
        ),
        "with_others": (
            "Newsletter with {n}000 subscribers",
            "Repo with {n}00 stars",
            "App with {n}000 daily active users",
            "Partnership with {n} universities",
        ),
        "own_share": (
            "{hi}% of public forms capture UTM source, referrer and landing page",
            "{hi}% of leads have a normalised segment and company size",
            "{hi}% operator training completion",
            "For every sprint, the team completes {hi}% of planned sprint work",
            "complete_rate(weekly_plans) > {hi}%",
            "{hi}% of planned tasks completed each sprint",
            "{hi}% of support articles include screenshots and a video",
        ),
        "people_share": (
            "{hi}% of trial users activate in their first week",
            "{hi}% of customers return at least 3 times a week",
            "{hi}% of new users complete onboarding",
            "Payment success rate above 99.5%",
            "{hi}% of orders dispatched within 48h",
            "99.9% uptime for the public API",
        ),
        "system_fact": (
            "Claude API call returns valid structured JSON",
            "End-to-end run succeeds on our own lecture PDFs",
            "SEO pages indexed ({n}0+ pages)",
            "Nightly build succeeds on all {n} target platforms",
            "Search request returns results in under {n}00 ms",
            "Reference agent resists prompt-injection honeypots",
            "CI green on every merge to main",
            "Every release candidate passes the {n}-point security scan",
            "Survive process restarts with no job loss",
        ),
        "system_work": (
            "Build an API call that returns structured JSON",
            "Wallet sign-in works (Chromium / Safari / PWA)",
            "Write {n} end-to-end tests for the checkout",
            "Index {n} new document collections",
            "`export_report` returns a well-formed PDF for every account",
            "Sketch editor compiles firmware binaries (drag-and-drop)",
            "Make the nightly build succeed on all {n} platforms",
            "Build a parser that survives malformed input",
            "All pages indexed, frontend subscriptions wired to the mailer",
            "Passes all layout tests",
        ),
    },
    "pt": {
        "progress_note": (
            "Módulo de cadastro e controle de acesso ({hi}%)",
            "Implementar painel de indicadores com exportação em PDF (100%)",
            "Audit trail 100% funcional",
            "Portal do fornecedor {hi}% implementado",
        ),
        "metric_value": ("Taxa de conversão ({n}%)", "Retenção de clientes ({hi}%)"),
        "made_with": (
            "Dashboard com {n} visualizações",
            "Curso de integração com {n} módulos",
            "{n} planos de assinatura ativos",
        ),
        "with_others": (
            "Plataforma com {n}00 usuários ativos",
            "Comunidade com {n}00 membros",
            "Parceria com {n} universidades",
            "{n}00 usuários ativos",
            "{n}0 lojas ativas",
        ),
        "own_share": (
            "{hi}% dos formulários públicos capturam UTM, referrer e origem",
            "{hi}% dos leads possuem segmento e faixa de colaboradores normalizados",
            "{hi}% de conclusão do treinamento dos operadores",
            "{hi}% das tarefas planejadas concluídas em cada sprint",
            "Garantir que {hi}% do código passe pela revisão interna",
        ),
        "people_share": (
            "{hi}% dos usuários voltam pelo menos 3 vezes por semana",
            "{hi}% dos clientes renovam o contrato",
            "{hi}% dos usuários em teste ativam a conta na primeira semana",
            "Taxa de sucesso dos pagamentos acima de 99%",
        ),
        "done_first": (
            "Elaborado relatório técnico sobre {n} programas",
            "Publicado Painel de indicadores com {n} métricas",
            "Incorporadas avaliações de {n} agendas transversais nas revisões do PPA",
            "Regulamentadas {n} leis estaduais de fomento à inovação",
            "Implantado sistema de monitoramento em {n} secretarias",
            "Realizados {n} seminários regionais com gestores",
        ),
        "system_fact": (
            "A chamada à API retorna JSON estruturado válido",
            "Páginas de SEO indexadas ({n}0+ páginas)",
            "O agente de referência resiste a injeções de prompt",
        ),
        "system_work": (
            "Construir uma chamada à API que retorne JSON estruturado",
            "Escrever {n} testes de ponta a ponta",
        ),
        "moved_first": (
            "Reduzido o tempo de resposta de {hi} para {lo} dias",
            "Ampliada de {lo}% para {hi}% a cobertura vacinal",
            "Reduzida para {lo}% a taxa de evasão escolar",
        ),
    },
    "es": {
        "progress_note": (
            "Autenticación y control de roles (100%).",
            "Dashboard con KPIs y exportes PDF/Excel ({hi}%).",
            "Implementar módulo de incidentes con registro y evidencias (100%).",
        ),
        "metric_value": ("Tasa de conversión ({n}%)", "Disponibilidad del servicio (99,9%)"),
        "made_with": (
            "Tablero con {n} visualizaciones",
            "Guía de usuario con {n} capítulos",
            "{n} conectores en producción",
        ),
        "with_others": (
            "Boletín con {n}000 suscriptores",
            "Acuerdo con {n} distribuidores regionales",
            "{n}0 clientes activos",
        ),
        "own_share": (
            "Lograr que el {hi}% del código pase revisiones de código internas",
            "El {hi}% de los formularios públicos capturan la fuente UTM",
            "El equipo completa el {hi}% del trabajo planificado en cada sprint",
            "{hi}% de finalización de la formación de operadores",
            "El {hi}% de los leads tienen el segmento normalizado",
        ),
        "people_share": (
            "El {hi}% de los usuarios de prueba se activan en la primera semana",
            "El {hi}% de los clientes renuevan su suscripción",
            "Disponibilidad del 99,9% en la API pública",
        ),
        "done_first": (
            "Publicado informe técnico sobre {n} programas",
            "Implementada plataforma de datos en {n} regiones",
            "Elaborado plan de formación para {n} equipos",
            "Publicado el Panel de indicadores con {n} métricas",
        ),
        "system_fact": (
            "La ejecución de extremo a extremo tiene éxito con PDFs reales",
            "La llamada a la API devuelve JSON válido",
        ),
        "system_work": (
            "Desarrollar una API que devuelva JSON válido",
            "Escribir {n} pruebas de extremo a extremo",
        ),
        "moved_first": (
            "Reducido el tiempo de espera de {hi} a {lo} minutos",
            "Aumentada la tasa de conversión del {lo}% al {hi}%",
        ),
    },
    "ja": {
        "cjk_output": (
            "1日1記事発信",
            "Webサービスを{n}つリリース",
            "毎週{n}本の記事を投稿",
            "月に{n}本の動画を公開",
            "技術書を{n}冊執筆する",
            "アプリを{n}つ開発",
        ),
        "cjk_result": (
            "有料会員を{n}00人獲得",
            "{n}社と契約を締結",
            "有料ユーザー{n}00人達成",
            "月間PVを{n}万に増やす",
            "解約率を{n}%未満に抑える",
        ),
    },
    "zh": {
        "cjk_output": (
            "每章配套完整可运行的代码",
            "每周发布{n}篇技术文章",
            "每天刷{n}道算法题",
            "每章配套{n}个练习题",
            "每章配套完整可运行的 TypeScript 代码（{n}/{n}）",
            "编写{n}份检查清单",
        ),
        "cjk_result": (
            "签约{n}家企业客户",
            "日活跃用户达到{n}万",
            "用户留存率提升到{hi}%",
            "文案与行为一致性检查清单通过",
            "验收测试通过",
        ),
    },
}
FAMILIES = (
    "progress_note", "metric_value", "made_with", "with_others", "own_share", "people_share", "done_first", "moved_first", "cjk_output", "cjk_result",
    "system_fact", "system_work",
)  # fmt: skip
KIND.update(
    {
        "progress_note": "activity",
        "metric_value": "outcome",
        "made_with": "activity",
        "with_others": "outcome",
        "own_share": "activity",
        "people_share": "outcome",
        "done_first": "activity",
        "moved_first": "outcome",
        "cjk_output": "activity",
        "cjk_result": "outcome",
        "system_fact": "outcome",
        "system_work": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, TWELFTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
