"""An eleventh batch of composed key results (docs/plaintext.md, "Eighteenth round (issue 15):
coach"): the families round 16's misses belong to, written in several languages and measured
before any rule.

- ``own_hygiene`` (activity): the team's own codebase, pipeline and security hygiene written as a
  goal state: no hardcoded credentials in its code, strict typing (0 `any` types), its routes'
  auth coverage, its pull requests gated on tests before merge, no manual steps in its own build,
  its own deployment automated to a share, its own test suite running on a schedule, no untraced
  decisions ("Achieve zero hardcoded credentials across the monorepo", "100% of pull requests to
  `main` must pass automated E2E tests before merge", "Zero manual steps required to produce
  `.exe` artifacts", "100% automation deploy", "Zero untraced decisions");
- ``own_tests_model`` (activity): its own tests' success rate and its own model predicting with
  an accuracy ("Lograr ≥ 90% de éxito en pruebas", "Predecir defectos con precisión ≥ 85%");
- ``sv_work`` (activity): Swedish verbs of work before a count ("Intervjua 20 kunder varje
  månad", "Skriva 6 blogginlägg");
- ``onboard_others`` (outcome): customers, studios, tenants or clinics onboarded or won ("Onboard
  50 new Pro Tier ($99/mo) studios.").

Near misses, each with its own label (``users_see``, outcome): the same shapes about users,
customers or the market, and the hygiene rows other rounds label outcomes ("Zero customer
complaints", "Zero critical vulnerabilities", "Ensure zero manual SSH fixes in production", "CI
green on every merge to main", "Achieve 90% CI/CD pipeline success rate", "Maintain Zero
Infrastructure SDK imports inside the `src/core` layer", "Quarterly bookings forecast accuracy
80%", "99.9% uptime for users").

`python -m tests.coach.phrasings_eighteenth [-v] [--second]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import DECOR, KIND

DECOR.setdefault("vi", ("ít nhất {n}", "trước cuối năm", False))
DECOR.setdefault("sv", ("minst {n}", "före årets slut", False))

EIGHTEENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_hygiene": (
            "Achieve zero hardcoded credentials across the monorepo",
            "No hard-coded secrets or API keys in our repositories",
            "Achieve 100% strict TypeScript compliance across all shared packages (0 `any` types)",
            "0 `any` types in the web app",
            "Attain 100% route auth coverage for all network communication boundaries",
            "100% API endpoint authentication coverage",
            "100% of pull requests to `main` must pass automated E2E tests before merge",
            "All PRs must pass lint and unit tests before merging",
            "Zero manual steps required to produce `.exe` artifacts",
            "No manual steps in the release process",
            "100% automation deploy",
            "100% deployment automation",
            "Resilience/chaos suite running nightly with 0 unresolved failures",
            "Integration test suite running on every commit",
            "Zero untraced decisions",
            "Zero undocumented architecture decisions",
        ),
        "own_tests_model": (
            "Test success rate ≥ 95%",
            "Predict defects with ≥ 85% accuracy",
            "Predict churn with 80% precision",
        ),
        "onboard_others": (
            "Onboard {n}0 new Pro Tier ($99/mo) studios.",
            "Onboard {n}0 new studios",
            "Onboard {n} new clinics to the platform",
            "Win {n} new tenants",
        ),
        "users_see": (
            "Zero customer complaints about billing",
            "Zero critical vulnerabilities",
            "Ensure zero manual SSH fixes in production",
            "CI green on every merge to main: typecheck, tests, production build",
            "Achieve 90% CI/CD pipeline success rate",
            "Maintain Zero Infrastructure SDK imports inside the `src/core` layer",
            "Quarterly bookings forecast accuracy 80%",
            "99.9% uptime for users",
            "100% of customers onboarded within 7 days",
            "Zero security incidents affecting customers",
            "Reduce manual effort by 30%",
            "Achieve 90% self-service adoption for deployments",
        ),
    },
    "es": {
        "own_hygiene": (
            "Lograr cero credenciales hardcodeadas en el monorepo",
            "El 100% de los pull requests a main debe pasar las pruebas E2E antes del merge",
            "Cero pasos manuales para generar los artefactos",
            "100% de automatización del despliegue",
            "100% de cobertura de autenticación en las rutas",
            "Cero decisiones sin trazabilidad",
        ),
        "own_tests_model": (
            "Lograr ≥ 90% de éxito en pruebas",
            "Tasa de éxito de las pruebas automatizadas ≥ 95%",
            "Predecir defectos con precisión ≥ 85%",
        ),
        "users_see": (
            "Cero quejas de clientes",
            "Cero vulnerabilidades críticas",
            "100% de los clientes incorporados en 7 días",
        ),
    },
    "pt": {
        "own_hygiene": (
            "Zero credenciais hardcoded no repositório",
            "100% dos pull requests devem passar nos testes E2E antes do merge",
            "Zero etapas manuais para gerar os artefatos",
            "100% de automação do deploy",
            "Zero decisões sem rastreabilidade",
        ),
        "own_tests_model": (
            "Atingir ≥ 90% de sucesso nos testes",
            "Prever defeitos com precisão ≥ 85%",
        ),
        "users_see": (
            "Zero reclamações de clientes",
            "Zero incidentes de segurança com clientes",
        ),
    },
    "fr": {
        "own_hygiene": (
            "Zéro identifiant codé en dur dans le monorepo",
            "100 % des pull requests doivent passer les tests E2E avant le merge",
            "Zéro étape manuelle pour produire les artefacts",
            "100 % d'automatisation du déploiement",
        ),
        "own_tests_model": ("Taux de réussite des tests ≥ 95 %",),
        "users_see": ("Zéro réclamation client",),
    },
    "de": {
        "own_hygiene": (
            "Null hartcodierte Zugangsdaten im Monorepo",
            "100 % der Pull Requests müssen vor dem Merge die E2E-Tests bestehen",
            "Keine manuellen Schritte zur Erstellung der Artefakte",
            "100 % Automatisierung des Deployments",
        ),
        "users_see": ("Null Kundenbeschwerden",),
    },
    "it": {
        "own_hygiene": (
            "Zero credenziali hardcoded nel monorepo",
            "100% delle pull request deve superare i test E2E prima del merge",
            "Zero passaggi manuali per produrre gli artefatti",
            "100% di automazione del deploy",
        ),
        "users_see": ("Zero reclami dei clienti",),
    },
    "sv": {
        "own_hygiene": (
            "Noll hårdkodade lösenord i kodbasen",
            "100 % av alla pull requests måste klara E2E-testerna före merge",
            "Noll manuella steg för att bygga artefakterna",
        ),
        "sv_work": (
            "Intervjua {n} kunder varje månad och få feedback",
            "Skriva {n} blogginlägg",
            "Genomföra {n} kundworkshops",
            "Publicera {n} artiklar",
        ),
        "users_see": ("Noll kundklagomål",),
    },
    "nl": {
        "own_hygiene": (
            "Nul hardgecodeerde wachtwoorden in de codebase",
            "100% van de pull requests moet de E2E-tests halen vóór de merge",
            "Nul handmatige stappen om de artefacten te bouwen",
        ),
        "users_see": ("Nul klachten van klanten",),
    },
    "zh": {
        "own_hygiene": (
            "代码库中硬编码凭据为零",
            "100% 的合并请求在合并前通过自动化 E2E 测试",
            "构建产物零手动步骤",
        ),
        "users_see": ("客户投诉为零",),
    },
    "ja": {
        "own_hygiene": (
            "ハードコードされた認証情報ゼロ",
            "プルリクエストの100%がマージ前にE2Eテストに合格",
        ),
        "users_see": ("顧客からのクレームゼロ",),
    },
    "ko": {
        "own_hygiene": (
            "하드코딩된 자격 증명 0건",
            "모든 PR은 머지 전 E2E 테스트 통과",
        ),
        "users_see": ("고객 불만 0건",),
    },
    "vi": {
        "own_hygiene": ("Không còn thông tin xác thực hardcode trong mã nguồn",),
        "users_see": ("Không có khiếu nại của khách hàng",),
    },
}
# Second part (``SECOND``, measured on the code after the first part's rules, before their own):
# the remaining misses of round 9 that belong to the same concern.
SECOND: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_hygiene": ("100% traceability of requirements to tests",),
        "users_see": ("100% traceability of shipments for customers",),
        "orders_within": (
            "Order dispatch SLA: ≥ 95% of orders dispatched within 48h",
            "{n}0% of orders shipped within 24 hours",
            "95% of online orders delivered within 3 days",
            "Fulfilment: 98% of bookings confirmed within 2 hours",
        ),
        "own_within": (
            "Complete 80% of customer onboarding calls within 10 days of signing",
            "Triage 100% of new bugs within 1 week",
            "Answer {n}0% of support emails within 4 hours",
        ),
    },
    "pt": {
        "own_hygiene": ("**100% de rastreabilidade** de decisões com audit trail completo",),
        "users_see": ("100% de rastreabilidade das entregas aos clientes",),
        "orders_within": ("95% dos pedidos enviados em até 48 horas",),
    },
    "es": {
        "own_hygiene": ("100% de trazabilidad de las decisiones",),
        "orders_within": ("95% de los pedidos despachados en menos de 48 horas",),
    },
    "fr": {"orders_within": ("95 % des commandes expédiées en moins de 48 heures",)},
    "de": {"orders_within": ("95 % der Bestellungen innerhalb von 48 Stunden versandt",)},
}
FAMILIES = ("own_hygiene", "own_tests_model", "sv_work", "onboard_others", "users_see")
KIND.update(
    {
        "own_hygiene": "activity",
        "own_tests_model": "activity",
        "sv_work": "activity",
        "onboard_others": "outcome",
        "users_see": "outcome",
        "orders_within": "outcome",
        "own_within": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    if "--second" in args:
        return phrasings.main(
            args, SECOND, ("own_hygiene", "users_see", "orders_within", "own_within")
        )
    return phrasings.main(args, EIGHTEENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
