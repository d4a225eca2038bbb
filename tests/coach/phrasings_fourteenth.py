"""A seventh batch of composed key results (docs/coach.md, "Fourteenth round"): the families
round 12's misses belong to, written in several languages and measured before any rule.

- ``own_learning`` (activity): a person's own reading, then a count of pull requests or posts
  contributed ("Read Kubernetes source code, contribute {n} Pull Requests");
- ``own_coverage`` (activity): the team's own monitoring coverage, training and awareness,
  and the frequency of its own safeguards ("Increase SLI coverage from {lo} percent to {hi}
  percent for all services provided", "Provide excellent security training to all team
  members", "Increase the percentage of developers who are aware of black-swan events to
  {hi}%", "Increase the frequency of data backups");
- ``aware_others`` (outcome): the near misses, customers or users aware of a brand or a plan
  (the frequency of customers' orders, vague, is among the test module's near misses);
- ``from_zero`` (activity): outputs counted from nothing, written as a noun of work
  ("Veröffentlichung von {n} Fallstudien … (von 0 auf {n})");
- ``outreach`` (activity): the team's own contacts with leads — touchpoints per inquiry,
  messages exchanged ("Bei Anfragen haben wir nicht weniger als acht Berührungspunkte");
- ``funnel`` (outcome): what prospects and users do, counted — trials started, diagnoses
  completed in the product, users active weekly ("500 trials iniciados", "10 consultores
  ativos usando semanalmente", "50 diagnósticos completados");
- ``generating`` (outcome): a launch measured by the share of customers it brings ("Launch
  referral program generating {hi}% of new customers");
- ``reach_traffic`` (outcome): Chinese traffic or users reaching a monthly figure
  ("官网自然搜索流量实现突破，达到每月 100,000 次独立访客").

The team's own test coverage was left out here: the labelled sets called it both ways, until the
lead's decision after this round (an activity, docs/plaintext.md "Two label decisions")
("Achieve 80% Automated Test Coverage Across All Projects", round 12, and "Test coverage 60% →
80%", round 10, activities; "Increase unit test coverage from 65% to 85%", dev, and "Cobertura
de testes > 80%", round 7, outcomes). So is "ensure that 97.5 percent of the accounts have
realistic SLA targets" (a share of the team's own items having something, labelled both ways
since the ninth round).

`python -m tests.coach.phrasings_fourteenth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

from tests.coach import phrasings
from tests.coach.phrasings import KIND

FOURTEENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_learning": (
            "Read Kubernetes source code, contribute {n} Pull Requests",
            "Read Golang documentation and source code, contribute {n} pull requests",
            "Read the Rust book, contribute {n} pull requests to open-source projects",
            "Study the Django codebase and submit {n} pull requests",
            "Read the React docs, write {n} blog posts",
        ),
        "own_coverage": (
            "Increase SLI coverage from {lo} percent to {hi} percent for all services provided",
            "Increase alerting coverage of our services from {lo}% to {hi}%",
            "Provide excellent security training to all team members",
            "Provide thorough onboarding training to all new engineers",
            "Increase the percentage of developers who are aware of black-swan events to {hi}%",
            "Increase the share of engineers aware of the incident process to {hi}%",
            "Increase the frequency of data backups",
        ),
        "aware_others": (
            "Increase the percentage of customers who are aware of our brand to {hi}%",
            "Increase the share of users aware of the new plan from {lo}% to {hi}%",
        ),
        "from_zero": (
            "Publication of {n} detailed case studies with beta testers before launch (from 0 to {n})",
            "Creation of {n} video tutorials before the release (from 0 to {n})",
        ),
        "outreach": (
            "For every inquiry we have no fewer than {n} touchpoints",
            "Increase the number of messages exchanged with leads by {lo}%",
        ),
        "funnel": (
            "{n}00 trials started (qualified)",
            "{n}0 consultants actively using the tool weekly",
            "{n}0 free trials started",
        ),
        "generating": (
            "Launch a referral program generating {hi}% of new customers",
            "Launch a partner program bringing in {hi}% of new revenue",
        ),
    },
    "pt": {
        "own_learning": (
            "Ler a documentação do Kubernetes, contribuir com {n} pull requests",
            "Ler o código-fonte do Go e enviar {n} pull requests",
        ),
        "own_coverage": (
            "Aumentar a cobertura de SLIs de {lo}% para {hi}% dos serviços",
            "Aumentar a frequência dos backups de dados",
        ),
        "from_zero": ("Publicação de {n} estudos de caso antes do lançamento (de 0 para {n})",),
        "funnel": (
            "{n}00 trials iniciados (qualificados)",
            "{n} consultores ativos usando semanalmente",
            "{n}0 diagnósticos completados",
            "{n}00 testes gratuitos iniciados",
        ),
        "generating": ("Lançar programa de indicação gerando {hi}% dos novos clientes",),
    },
    "es": {
        "own_learning": ("Leer la documentación de Kubernetes, contribuir con {n} pull requests",),
        "own_coverage": (
            "Aumentar la cobertura de SLIs del {lo}% al {hi}% de los servicios",
            "Aumentar la frecuencia de las copias de seguridad",
        ),
        "funnel": (
            "{n}00 pruebas gratuitas iniciadas",
            "{n} consultores activos usando la herramienta semanalmente",
        ),
        "generating": (
            "Lanzar un programa de referidos generando el {hi}% de los nuevos clientes",
        ),
    },
    "de": {
        "own_coverage": (
            "Die SLI-Abdeckung aller Dienste von {lo}% auf {hi}% erhöhen",
            "Die Häufigkeit der Datensicherungen erhöhen",
        ),
        "from_zero": (
            "Veröffentlichung von {n} ausführlichen Fallstudien mit Beta-Testern vor dem "
            "offiziellen Launch-Datum (von 0 auf {n}).",
            "Erstellung von {n} Video-Tutorials vor dem Release (von 0 auf {n})",
        ),
        "outreach": (
            "Bei Anfragen haben wir nicht weniger als {n} Berührungspunkte",
            "Die Anzahl ausgetauschter Nachrichten soll um {lo}% gesteigert werden",
        ),
    },
    "zh": {
        "reach_traffic": (
            "官网自然搜索流量 (Organic Traffic) 实现突破，达到每月 {n}0,000 次独立访客 (UV)。",
            "小程序访问量实现突破，达到每月 {n}0,000 次访问",
        ),
    },
}
FAMILIES = (
    "own_learning", "own_coverage", "aware_others", "from_zero", "outreach", "funnel",
    "generating", "reach_traffic",
)  # fmt: skip
KIND.update(
    {
        "own_learning": "activity",
        "own_coverage": "activity",
        "aware_others": "outcome",
        "from_zero": "activity",
        "outreach": "activity",
        "funnel": "outcome",
        "generating": "outcome",
        "reach_traffic": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, FOURTEENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
