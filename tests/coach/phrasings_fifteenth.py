"""An eighth batch of composed key results (docs/coach.md, "Fifteenth round"): the families
round 13's misses belong to, written in several languages and measured before any rule.

- ``own_tests_pass`` (activity): the pass rate of the team's own unit tests ("{hi}% unit-test
  pass on critical tax & benefit calculations");
- ``infra_as_code`` (activity): a share of the team's own infrastructure defined in code
  ("{hi} % infra defined in Terraform with peer-reviewed PRs");
- ``expand_offering`` (activity): the team's own service or product expanded to new kinds
  ("Expand telehealth services to {n} new specialties", round 10's "Expand native YT
  application to 2 new OSs");
- ``own_plans`` (activity): a share of the team's own people with documented growth or training
  plans ("Achieve 100% of engineers with documented growth plans", round 6's "100% of Employees
  have a training plan");
- ``own_steps`` (activity): a person's own daily step count ("Achieve a daily step count of
  {n}K steps walked");
- ``shipped_to_others`` (outcome): a product shipped to, or launched with, a count of customer
  companies or teams — customers reached ("Ship payroll MVP to {n} design-partner companies",
  round 8's "Launch pilot-ready build with ≥3 internal teams");
- ``leads_generated`` (outcome): leads generated, written with emphasis or a spaced thousand
  ("Generate **1 000 MQLs** from launch campaign");
- ``processed_through`` (outcome): items others send processed through the team's product, the
  count after a colon ("Call transcripts processed through Helio's pipeline: 50,000");
- ``media_landed`` (outcome): press or podcast appearances landed or secured — placements others
  grant, as round 12's "Secure 3 feature placements …" ("Land {n} podcast appearances on shows
  with 10K+ listeners").

Second part, the remaining misses of rounds 3, 4, 6, 8 and 10 (measured on the code after the
first part's rules, before their own):

- ``own_share_done`` (activity): a share of the team's own implementation or configuration done
  ("Complete 100% configuration of Azure Key Vault …", round 3);
- ``own_people_ready`` (activity): the team's own people trained, familiar or with career plans
  in more words and languages ("Ensure that all team members complete security training",
  round 3; "开发人员100%熟悉AGV重点逻辑框架", round 10; "Охватить 100% новых сотрудников
  индивидуальными программами онбординга", round 6; "100% of Acuity functions have defined
  career frameworks", round 3);
- ``own_outreach`` (activity): relationships established with a count of people, and the
  team's own code-review participation ("ID & Establish relationships with 25 Instagram
  influencers", round 10; "Increase code review participation from 60% to 95%", round 8);
- ``others_moved`` (outcome): reviews others left, teams or customers migrated, external people
  onboarded ("20 five-star reviews collected across products", "Two internal teams migrated from
  v1 to v2", "Onboard at least 3 external contributors", round 4).

Left out: "Expand thought leadership by placing articles on 4 industry sites" (round 10, an
activity: articles the team places, against round 12's placements secured, an outcome).

`python -m tests.coach.phrasings_fifteenth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

from tests.coach import phrasings
from tests.coach.phrasings import KIND

FIFTEENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_tests_pass": (
            "{hi} % unit-test pass on critical tax & benefit calculations",
            "{hi}% unit test pass rate on the billing module",
            "Achieve a {hi}% unit-test pass rate across all services",
        ),
        "infra_as_code": (
            "{hi} % infra defined in Terraform with peer-reviewed PRs",
            "{hi}% of infrastructure managed as code",
            "{hi}% of our infrastructure provisioned with Terraform",
        ),
        "expand_offering": (
            "Expand telehealth services to {n} new specialties",
            "Expand native YT application to {n} new OSs",
            "Expand our API to {n} new languages",
        ),
        "own_plans": (
            "Achieve 100% of engineers with documented growth plans",
            "{hi}% of employees have a training plan",
            "{hi}% of team members with a documented development plan",
        ),
        "own_steps": (
            "Achieve a daily step count of {n}K steps walked",
            "Walk {n},000 steps a day",
            "Average {n},000 daily steps",
        ),
        "shipped_to_others": (
            "Ship payroll MVP to {n} design-partner companies",
            "Launch pilot-ready build with {n} internal teams",
            "Deliver the beta to {n} pilot customers",
        ),
        "leads_generated": (
            "Generate **{n} 000 MQLs** from launch campaign",
            "Generate {n} 000 MQLs from the webinar series",
            "Generate **{n}00 SQLs** from outbound",
        ),
        "processed_through": (
            "Call transcripts processed through Helio's pipeline: {n}0,000",
            "Invoices processed through our platform: {n},000",
            "Documents processed via the API: {n}0,000",
        ),
        "media_landed": (
            "Land {n} podcast appearances on shows with 10K+ listeners",
            "Secure {n} podcast guest appearances",
            "Land {n} media placements in industry outlets",
        ),
        "own_share_done": (
            "Complete {hi}% configuration of Azure Key Vault for secure management of credentials",
            "Achieve 100% implementation of all MVP features, including the Admin Portal",
            "Complete {hi}% migration of the legacy reports",
        ),
        "own_people_ready": (
            "Ensure that all team members complete security training",
            "Ensure all engineers complete GDPR training",
            "100% of Acuity functions have defined career frameworks",
            "{hi}% of staff have a career growth check-in",
        ),
        "own_outreach": (
            "ID & Establish relationships with {n} Instagram influencers",
            "Build relationships with {n} industry analysts",
            "Increase code review participation from {lo}% to {hi}%",
        ),
        "others_moved": (
            "{n} five-star reviews collected across products",
            "{n} internal teams migrated from v1 to v2",
            "Onboard at least {n} external contributors",
            "{n} customers migrated to the new billing system",
        ),
    },
    "pt": {
        "infra_as_code": ("{hi}% da infraestrutura definida em Terraform",),
        "expand_offering": ("Expandir os serviços de telemedicina para {n} novas especialidades",),
        "own_steps": ("Caminhar {n}.000 passos por dia",),
        "leads_generated": ("Gerar **{n}00 MQLs** com a campanha de lançamento",),
    },
    "es": {
        "infra_as_code": ("{hi}% de la infraestructura definida en Terraform",),
        "expand_offering": ("Ampliar los servicios de telemedicina a {n} nuevas especialidades",),
        "own_steps": ("Caminar {n}.000 pasos al día",),
    },
    "de": {
        "own_steps": ("Täglich {n}.000 Schritte gehen",),
        "infra_as_code": ("{hi} % der Infrastruktur in Terraform definiert",),
    },
    "zh": {
        "own_people_ready": (
            "开发人员100%熟悉AGV重点逻辑框架",
            "工程师100%掌握新的发布流程",
        ),
    },
    "ru": {
        "own_people_ready": (
            "Охватить 100% новых сотрудников индивидуальными программами онбординга",
            "Охватить {hi}% разработчиков программами обучения",
        ),
    },
}
FAMILIES = (
    "own_tests_pass", "infra_as_code", "expand_offering", "own_plans", "own_steps",
    "shipped_to_others", "leads_generated", "processed_through", "media_landed",
    "own_share_done", "own_people_ready", "own_outreach", "others_moved",
)  # fmt: skip
KIND.update(
    {
        "own_tests_pass": "activity",
        "infra_as_code": "activity",
        "expand_offering": "activity",
        "own_plans": "activity",
        "own_steps": "activity",
        "shipped_to_others": "outcome",
        "leads_generated": "outcome",
        "processed_through": "outcome",
        "media_landed": "outcome",
        "own_share_done": "activity",
        "own_people_ready": "activity",
        "own_outreach": "activity",
        "others_moved": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, FIFTEENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
