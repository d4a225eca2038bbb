"""A ninth batch of composed key results (docs/coach.md, "Sixteenth round"): the families
round 14's first-run misses belong to, written in several languages and measured before any
rule.

- ``own_hiring`` (activity): the team grown to a count of people, or people hired ("Grow team
  to {n} people", "僱用1名經驗豐富的UI / UX圖形設計師");
- ``own_certificates`` (activity): certifications and courses a person takes ("Conseguir 2
  certificaciones (React + AWS)", "Obtener certificación AWS/Azure");
- ``own_setup_for`` (activity): the team's own tooling set up for a count of its projects
  ("Configurar CI/CD para 3 proyectos");
- ``own_teaching`` (activity): a skill taught to a count of people ("Enseñar React a 2
  personas");
- ``cjk_others_counted`` (outcome): a bare count of sign-ups, users or paying customers in
  Chinese ("1000個註冊", "1000個付費客戶");
- ``leads_generated_it`` (outcome): Italian leads generated, the noun after the number ("500
  lead qualificati generati");
- ``zero_findings`` (outcome): no findings in an audit others run ("Cero observaciones en
  auditorías SAT").

Left out: "Practice Mandarin regularly for at least one month" and "일주일에 5일 이상
운동(휴가 제외)" (regular practice with no count of sessions), "스타트업과 관련되어 10회
네트워킹하기" and "CS229 … 강의 수강률 70퍼센트 달성하기" (Korean, one each), "100% de operaciones
con documentación de razón de negocios" (an outcome in round 14, where "100% de decisiones
documentadas" is the team's own records, an activity, elsewhere).

`python -m tests.coach.phrasings_sixteenth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

from tests.coach import phrasings
from tests.coach.phrasings import KIND

SIXTEENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_hiring": (
            "Grow team to {n} people",
            "Grow the engineering team to {n} engineers",
            "Expand the team to {n} people",
        ),
        "own_certificates": (
            "Earn {n} certifications (React + AWS)",
            "Get AWS/Azure certification",
            "Score 85%+ in {n} Coursera courses",
        ),
        "own_setup_for": (
            "Set up CI/CD for {n} projects",
            "Configure CI/CD pipelines for {n} repositories",
        ),
        "own_teaching": (
            "Teach React to {n} people",
            "Teach Python to {n} colleagues",
        ),
        "zero_findings": (
            "Zero findings in the SOC 2 audit",
            "Zero audit findings",
        ),
    },
    "es": {
        "own_hiring": ("Crecer el equipo a {n} personas",),
        "own_certificates": (
            "Conseguir {n} certificaciones (React + AWS)",
            "Obtener certificación AWS/Azure",
            "Conseguir 85%+ en {n} cursos de Coursera",
        ),
        "own_setup_for": (
            "Configurar CI/CD para {n} proyectos",
            "Configurar pipelines de CI/CD en {n} repositorios",
        ),
        "own_teaching": (
            "Enseñar React a {n} personas",
            "Enseñar Python a {n} compañeros",
        ),
        "zero_findings": (
            "Cero observaciones en auditorías SAT",
            "Cero hallazgos en la auditoría externa",
        ),
    },
    "pt": {
        "own_certificates": ("Obter {n} certificações AWS",),
        "own_teaching": ("Ensinar React a {n} pessoas",),
    },
    "zh": {
        "own_hiring": (
            "僱用{n}名經驗豐富的UI / UX圖形設計師",
            "招聘{n}名后端工程师",
        ),
        "cjk_others_counted": (
            "{n}000個註冊",
            "{n}000個用戶",
            "{n}000個付費客戶",
            "{n}000个付费用户",
        ),
    },
    "it": {
        "leads_generated_it": (
            "{n}00 lead qualificati generati",
            "{n}00 lead generati dalla campagna",
        ),
    },
}
FAMILIES = (
    "own_hiring", "own_certificates", "own_setup_for", "own_teaching",
    "cjk_others_counted", "leads_generated_it", "zero_findings",
)  # fmt: skip
KIND.update(
    {
        "own_hiring": "activity",
        "own_certificates": "activity",
        "own_setup_for": "activity",
        "own_teaching": "activity",
        "cjk_others_counted": "outcome",
        "leads_generated_it": "outcome",
        "zero_findings": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, SIXTEENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
