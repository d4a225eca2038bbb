"""The team's own setup and the writer's own routine as key results (issue 15, fifteenth round).

Round 13 left five activities unflagged; each is work the team does on its own code, tooling,
offering or people, or a person's own routine, which the earlier rules read as a metric:

- **the pass rate of the team's own unit tests** (`own_tests_pass`): "100 % unit-test pass on
  critical tax & benefit calculations" — a level of the team's own output, as its test coverage
  is (docs/plaintext.md, "Two label decisions"). Only unit tests: "Passing 90% of layout tests"
  (a conformance suite others wrote, the first held-out set) and "Load test passing at 10k
  req/min" (round 4) stay results;
- **the team's own infrastructure defined in code** (`infra_as_code`): "80 % infra defined in
  Terraform", "90% of infrastructure managed as code" (as round 3's "All infrastructure deployed
  via Terraform + Ansible", an activity);
- **the team's offering expanded to new kinds** (`expand_offering`): "Expand telehealth services
  to 5 new specialties", "Expand native YT application to 2 new OSs" (round 10). "Expand to
  enterprise tier with 3 customers" (round 8: customers won, no offering named) stays a result;
- **a share of the team's own people with plans** (`own_plans`): "Achieve 100% of engineers with
  documented growth plans", "100% of Employees have a training plan" (round 6). A share of
  accounts or customers having something is not this rule;
- **a share of the team's own implementation done** (`own_share_done`): "Complete 100%
  configuration of Azure Key Vault …", "Achieve 100% implementation of all MVP features"
  (round 3). A share of adoption or of onboarding completed by customers ("Achieve 75%
  onboarding completion", dev) names no work of the team's and is not this rule;
- **a person's own step count** (`own_steps`): "Achieve a daily step count of 10K steps walked",
  "Walk 8,000 steps a day" — the writer's own routine, as round 13's conventions say. Steps of
  a process ("automating 4 steps of the onboarding") are not this rule.
"""

from __future__ import annotations

import re

from cairn.coach.own_practice import OWN_PEOPLE
from cairn.coach.work_rules import OWN_WORK, Reading

# Unit tests of the team's own code, passing (en): "unit-test pass", "unit tests passing".
_UNIT_TESTS_PASS = re.compile(r"\bunit[- ]tests?\s+(?:pass|passing|passed)\b")
# Infrastructure defined, managed or provisioned in code (en, pt, es, de).
_INFRA_AS_CODE = re.compile(
    r"\b(?:infra|infrastructure|infraestrutura|infraestructura|infrastruktur)\b[^.;]{0,20}?"
    r"\b(?:defined|managed|provisioned|deployed|codified|described|definida|gerenciada"
    r"|provisionada|gestionada|aprovisionada|definiert|verwaltet|bereitgestellt)\s+"
    r"(?:in|with|via|as|through|em|en|com|con|como|mit|als|über)\s+"
    r"(?:code|terraform|pulumi|ansible|cloudformation|opentofu|c[oó]digo)\b"
    # German puts the participle last: "80 % der Infrastruktur in Terraform definiert"
    r"|\binfrastruktur\s+(?:in|mit|als)\s+(?:code|terraform|pulumi|ansible)\s+"
    r"(?:definiert|verwaltet|bereitgestellt|beschrieben)\b"
)
# The team's own offering (en, pt, es, de) expanded to a count of new kinds of it.
_OFFERING = (
    r"services?|applications?|apps?|products?|platform|api|sdk|offering|catalog(?:ue)?|model"
    r"|serviços|servicios|aplicação|aplicativo|aplicación|produto|producto|plataforma"
    r"|dienste|anwendung|produkt|plattform"
)
_EXPAND_OFFERING = re.compile(
    r"^(?:expand|extend|broaden|ampliar|expandir|estender|extender|erweitern)\s+"
    r"(?:our\s+|the\s+|os\s+|as\s+|o\s+|a\s+|los\s+|las\s+|el\s+|la\s+|unsere?n?\s+|die\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_OFFERING})(?:\s+(?:de|do|da|del|für|von)\s+[\w-]+)?\s+"
    r"(?:to|into|para|a|auf)\s+(?:include\s+)?"
    r"\d+\s+(?:new|more|additional|nov[oa]s|nuev[oa]s|neue)\s+"
    r"(?!customers|clients|users|clientes|usu[aá]rios|kunden)\w"
)
# A share of the team's own people with a growth, training or development plan.
_PEOPLE = "|".join(sorted(OWN_PEOPLE, key=len, reverse=True))
_OWN_PLANS = re.compile(
    rf"\d\s*%\s*(?:of\s+)?(?:our\s+|the\s+)?(?:{_PEOPLE})\s+(?:with|have|having|has)\s+"
    r"(?:an?\s+)?(?:documented\s+|written\s+|individual\s+|personal\s+|agreed\s+)?"
    r"(?:career\s+|professional\s+)?(?:growth|training|development|learning|career|onboarding)"
    r"\s+plans?\b"
)
# A person's own steps walked (en, pt, es, de).
_OWN_STEPS = re.compile(
    r"\bstep\s+count\b|\bsteps\s+(?:walked|a\s+day|per\s+day|daily|each\s+day)\b"
    r"|\bdaily\s+steps\b|\bpassos\s+(?:por|ao|a\s+cada)\s+dia\b|\bpasos\s+(?:al|por|cada)\s+d[ií]a\b"
    r"|\bschritte\s+(?:pro|am|je)\s+tag\b|\btäglich\s+[\d.,]+\s*schritte\b"
)
# A share of the team's own implementation, configuration or migration done.
_SHARE_DONE = re.compile(
    r"^(?:complete|achieve|reach|finish|deliver)\s+(?:a\s+)?\d+\s*%\s+(?:of\s+(?:the\s+)?)?"
    r"(?:implementation|configuration|migration|integration|setup|set-up|deployment|rollout"
    r"|roll-out|automation|documentation|refactoring)\s+of\b"
)
_SHARE_DONE_VERBS = ("complete", "achieve", "reach", "finish", "deliver")
# Words without which none of the rules can match: one quick test before the patterns.
_KEY_WORDS = re.compile(
    r"unit|infra|expand|extend|broaden|ampliar|expandir|estender|extender|erweitern|plan"
    r"|step|passos|pasos|schritte"
)


def own_setup(written: str) -> bool:
    """Return True for work on the team's own tests, infrastructure, offering or people, or a
    person's own steps (read by `wording._work` with the team's own practice)."""
    low = written.lower()
    if low.startswith(_SHARE_DONE_VERBS) and own_share_done(low):
        return True  # "Complete 100% configuration of Azure Key Vault"
    if _KEY_WORDS.search(low) is None:
        return False
    return (
        own_tests_pass(low)
        or infra_as_code(low)
        or expand_offering(low)
        or own_plans(low)
        or own_steps(low)
    )


def own_tests_pass(written: str) -> bool:
    """Return True for the pass rate of the team's own unit tests."""
    return _UNIT_TESTS_PASS.search(written.lower()) is not None


def infra_as_code(written: str) -> bool:
    """Return True for the team's own infrastructure defined or managed in code."""
    return _INFRA_AS_CODE.search(written.lower()) is not None


def expand_offering(written: str) -> bool:
    """Return True for the team's service or product expanded to a count of new kinds."""
    return _EXPAND_OFFERING.match(written.strip().lower()) is not None


def own_plans(written: str) -> bool:
    """Return True for a share of the team's own people with growth or training plans."""
    return _OWN_PLANS.search(written.lower()) is not None


def own_steps(written: str) -> bool:
    """Return True for a person's own daily steps."""
    return _OWN_STEPS.search(written.lower()) is not None


def own_share_done(written: str) -> bool:
    """Return True for a share of the team's own implementation or configuration completed."""
    return _SHARE_DONE.match(written.strip().lower()) is not None


@OWN_WORK.rule("own setup")
def _own_setup_rule(reading: Reading) -> bool:
    return own_setup(reading.written)
