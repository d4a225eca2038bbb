"""A twelfth batch of composed key results (docs/plaintext.md, "Nineteenth round (issue 15): the
coach"): the families rounds 17's and 18's first-run misses belong to, written in several
languages and measured before any rule.

- ``own_artifacts`` (activity): the team's own engineering artefacts counted, whatever the verb
  or none ("Get 10 code reviews on Wagtail/Django projects", "Set up 5 JS tools on projects",
  "Oversee 2 React / React Native projects", "100 end to end browser test cases running
  successfully in CI", "50 UI regression tests in place", "0 ESLint errors over 10'000+ lines");
- ``own_deliverables`` (activity): outputs made for a count of locales or platforms ("First-party
  translations for 12 locales shipping in the binary", "Ensure the GUI functions consistently
  on macOS, Linux and Windows") and user stories written as key results ("users can sign up
  with email and phone verification");
- ``own_process`` (activity): the team's own process kept ("12 comités de lunes consecutivos,
  cada uno con UNA decisión ejecutada y registrada", "100% de pagos capturados el mismo día con
  folio"), its headcount grown by its recruiting ("Durch angemessene Rekrutierungsbemühungen …
  Nettowachstum von 0.8 verrechenbaren FTE"), its own work supported by tooling and its test
  and regression coverage ("Increase the percentage of product delivery work supported by
  AI-assisted tooling", "Increase automated test and regression coverage across apps");
- ``own_model`` (activity): its own model or pipeline measured on a benchmark or dataset
  ("Tracker level MAEP from >16% to <5% … without significant regression on other benchmark
  metrics", "Achieve ≥90% correct pipeline selection across the 50-location dataset");
- ``self_study`` (activity): a person's own reading and study ("読書 50冊/年", "深入学习Android的4种
  优秀框架，并输出文档", "提升自己的编程思想，在二月底达到初级工程师的水准");
- ``others_active`` (outcome): people or leads counted at a date or a month ("≥169 activos al
  31-dic", "≥265 prospectos/mes etiquetados por canal", "50 тестовых пользователей подключены").

Near misses (``kept``, outcome): the same shapes about customers, users or the market ("Get 10
customer reviews on G2", "50 projects using our SDK", "Translations used by 40% of users",
"Reach 10,000 active users", "Users can complete checkout in under 2 minutes"); and
(``kept_work``, activity) the team's own things live or leads it works on ("12 conectores
activos en producción", "Calificar 40 prospectos por mes").

Second part (``SECOND``, `--second`): the older sets' misses that form families: the team's
triage, tracking and helping (``own_work_verb``: "Triage all legacy bugs, and triage
all new bugs within a 1 week SLA", "Track discounts for 15+ prop firms"), and Chinese documents,
exams and governance completed (``zh_completed``: "完成《数据挖掘》6/20的考试"), with their near
misses (money, triage time, a help center's effect, revenue completed, companies' access).

`python -m tests.coach.phrasings_nineteenth [-v] [--second]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

NINETEENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_artifacts": (
            "Get {n} code reviews on Wagtail/Django projects",
            "{n}0 JS code reviews from senior JavaScripters",
            "Do {n} code reviews on the payments service",
            "Set up {n} JS tools on projects",
            "Use {n} build / package publishing tools",
            "Oversee {n} React / React Native projects",
            "{n} React components open-sourced in self-contained, reusable form",
            "{n}00 end to end browser test cases running successfully in CI",
            "{n}0 UI regression tests in place on our work",
            "Write {n}0 unit tests for the billing module",
            "0 ESLint errors over 10'000+ lines of JS code",
            "Zero linter warnings across the codebase",
        ),
        "own_deliverables": (
            "First-party translations for {n} locales shipping in the binary (achieved).",
            "Localized README landing pages for {n} locales (achieved).",
            "Documentation translated into {n} languages",
            "Ensure the GUI functions consistently and seamlessly on macOS (latest), Linux"
            " (ubuntu) and Windows (latest).",
            "The app runs on iOS, Android and the web",
            "users can sign up with email and phone verification",
            "users can modify their account details / phone #",
            "Users can export their reports as PDF",
        ),
        "own_process": (
            "Increase the percentage of product delivery work supported by AI-assisted tooling",
            "Increase the share of engineering work done with AI-assisted tools to {n}0%",
            "Increase automated test and regression coverage across apps",
            "{n} consecutive weekly reviews, each with one decision recorded",
            "Net growth of {n} billable FTE through recruiting",
        ),
        "own_model": (
            "Tracker level MAEP from >16% to <5% without significant regression on other"
            " benchmark metrics",
            "Achieve ≥90% correct pipeline selection across the {n}0-location dataset without"
            " manual CV intervention.",
            "Reduce pipeline configuration inputs to ≤10 interpretable environment parameters",
            "Reduce the model's RMSE on the benchmark set from 12 to 8 without regression on"
            " other metrics",
            "Detection recall ≥ 90% on the {n}0-site dataset without manual relabelling",
        ),
        "self_study": (
            "Read {n} books this year",
            "Study {n} Android frameworks in depth and write up notes",
        ),
        "kept": (
            "Get {n}0 customer reviews on G2",
            "{n}0 projects using our SDK",
            "Translations used by {n}0% of users",
            "Reach 10,000 active users",
            "Users can complete checkout in under 2 minutes",
            "Users rate the app 4.5 stars",
            "Zero errors in production checkouts",
            "Achieve 90% CI/CD pipeline success rate",
            "Quarterly bookings forecast accuracy 80%",
            "Grow sales pipeline to $2M",
            "Revenue per FTE above €200k",
            "Increase the percentage of customers supported by self-service to 60%",
            "Win {n} new projects with enterprise clients",
            "Active users in {n} countries",
            "Reach an F1 score of 0.85 on the validation dataset",
            "Achieve a macro F1-Score of ≥0.8 on the general dataset",
            "Reach ≥95% syntactic validity across the 200-sample benchmark",
        ),
        "kept_work": (
            "{n} React components created with 100% test coverage",
            "Contribute to {n} open source projects",
            "Fix {n}0 failing tests",
        ),
    },
    "es": {
        "own_artifacts": (
            "Hacer {n} revisiones de código en los proyectos",
            "{n}0 pruebas de regresión de UI funcionando en CI",
            "0 errores de ESLint en el código",
        ),
        "own_deliverables": (
            "Traducciones para {n} idiomas incluidas en la aplicación",
            "los usuarios pueden registrarse con correo y teléfono",
        ),
        "own_process": (
            "{n} comités de lunes consecutivos, cada uno con UNA decisión ejecutada y registrada",
            "100% de pagos capturados el mismo día con folio",
            "100% de facturas registradas el mismo día en el sistema",
            "Aumentar el porcentaje del trabajo de desarrollo asistido por herramientas de IA",
        ),
        "own_model": (
            "Lograr ≥90% de selección correcta del pipeline en el dataset de {n}0 ubicaciones"
            " sin intervención manual",
        ),
        "others_active": (
            "≥{n}69 activos al 31-dic 📊",
            "Cruce de {n}07 activos en feb–mar 📊",
            "≥{n}65 prospectos/mes etiquetados por canal desde agosto",
            "{n}00 alumnos activos al 30-sep",
            "≥{n}0 prospectos calificados por mes",
        ),
        "kept_work": (
            "{n} conectores activos en producción",
            "Calificar {n}0 prospectos por mes",
            "Contactar {n}0 prospectos calificados",
        ),
        "kept": (
            "100% de pagos recibidos a tiempo",
            "Conseguir {n}0 reseñas de clientes",
        ),
    },
    "pt": {
        "own_process": ("100% dos pagamentos registrados no mesmo dia",),
        "others_active": ("≥{n}50 ativos em 31/12",),
    },
    "de": {
        "own_process": (
            "Durch angemessene Rekrutierungsbemühungen erreicht /mobility bis Ende Q1 ein"
            " Nettowachstum von 0.8 verrechenbaren FTE. Ausgangswert: 30.06.2024",
            "Nettowachstum von {n} FTE durch Rekrutierung",
        ),
        "own_artifacts": ("{n}0 Code-Reviews im Quartal",),
        "kept": ("Umsatz pro FTE über 200.000 €",),
    },
    "ru": {
        "others_active": (
            "{n}0 тестовых пользователей подключены",
            "{n}0 клиентов подключены к платформе",
        ),
        "kept": ("Подключить {n} платежных провайдера",),
    },
    "ja": {
        "self_study": ("読書 {n}0冊/年", "技術書を{n}冊読む"),
        "kept": ("記事の閲覧数 {n}0000",),
    },
    "zh": {
        "self_study": (
            "深入学习Android的{n}种优秀框架，并输出文档",
            "提升自己的编程思想，在二月底达到初级工程师的水准",
            "学习{n}门在线课程",
            "阅读{n}本技术书籍",
        ),
        "kept": ("学习人数达到{n}000人", "提升用户满意度到90%"),
    },
}
# Second part (``SECOND``, measured on the code after the first part's rules, before their own):
# the older sets' misses that form a family (rounds 3, 5, 6, 8, 10, dev and the first held-out set).
SECOND: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_work_verb": (
            "Triage all legacy bugs, and triage all new bugs within a 1 week SLA",
            "Continue to triage all bugs within one week",
            "Triage or re-triage {n}0% of all bugs filed before Q3",
            "Triage all incoming crash reports within 2 days",
            "Track discounts for {n}+ prop firms",
            "Track {n}0 competitor prices every week",
            "Help {n}+ Experience teams tailor their solution to the app",
        ),
        "kept": (
            "Track $2k+ in fees (0.2%)",
            "Triage time under 2 days",
            "Median bug triage time from 5 days to 1",
            "Help center deflects {n}0% of tickets",
        ),
    },
    "zh": {
        "zh_completed": (
            "完成**JMeter 1小时从入门到放弃**教程文档，帮助同学们快速掌握性能测试技能",
            "完成《数据挖掘》{n}/20的考试",
            "累计完成{n}0+ 篇深度思考文章沉淀",
            "完成 {n}0 种中间件和三方包治理",
            "开发人员完成上季度{n}0%支持的支持文档补充",
            "完成{n}篇技术文档的编写",
        ),
        "kept": (
            "完成销售额{n}000万",
            "{n} 家企业生产真实使用或完成试点接入",
            "用户完成注册率达到{n}0%",
        ),
    },
}
FAMILIES = (
    "own_artifacts",
    "own_deliverables",
    "own_process",
    "own_model",
    "self_study",
    "others_active",
    "kept",
    "kept_work",
)
KIND.update(
    {
        "own_artifacts": "activity",
        "own_deliverables": "activity",
        "own_process": "activity",
        "own_model": "activity",
        "self_study": "activity",
        "others_active": "outcome",
        "kept": "outcome",
        "kept_work": "activity",
        "own_work_verb": "activity",
        "zh_completed": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    if "--second" in args:
        return phrasings.main(args, SECOND, ("own_work_verb", "zh_completed", "kept"))
    return phrasings.main(args, NINETEENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
