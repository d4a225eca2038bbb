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

Second part (measured on the code after the first part's rules, before their own):

- ``own_practice_days`` (activity): a person's own practice or exercise on a count of days per
  week, or regularly for a while ("Practice Mandarin regularly for at least one month",
  "Exercise at least {n} days a week");
- ``ko_own_doings`` (activity): a Korean count of the writer's own times, days or things, then
  the doing ("일주일에 5일 이상 운동(휴가 제외)", "스타트업과 관련되어 10회 네트워킹하기");
- ``ko_others_counted`` (outcome), their near misses: Korean counts of users, downloads or
  reviews secured or reached ("사용자 {n}000명 확보하기").

Left out: "CS229: Machine Learning 강의 수강률 70퍼센트 달성하기" (a rate achieved on one's own
course, one row), "100% de operaciones
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
        "own_practice_days": (
            "Exercise at least {n} days a week",
            "Practice guitar {n} days a week",
            "Practice Mandarin regularly for at least one month",
            "Study Spanish daily for {n} weeks",
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
        "own_practice_days": (
            "Hacer ejercicio {n} días por semana",
            "Practicar inglés regularmente durante al menos un mes",
        ),
    },
    "pt": {
        "own_certificates": ("Obter {n} certificações AWS",),
        "own_teaching": ("Ensinar React a {n} pessoas",),
        "own_practice_days": ("Praticar inglês {n} dias por semana",),
    },
    "ko": {
        "ko_own_doings": (
            "일주일에 {n}일 이상 운동(휴가 제외)",
            "스타트업과 관련되어 {n}회 네트워킹하기",
            "매주 {n}회 발표하기",
            "강의 {n}개 수강하기",
            "책 {n}권 읽기",
        ),
        "ko_others_counted": (
            "사용자 {n}000명 확보하기",
            "앱 다운로드 {n}만회 달성하기",
            "리뷰 {n}00개 확보하기",
            "일 방문자 {n}00명 달성",
        ),
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
    "own_practice_days", "ko_own_doings", "ko_others_counted",
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
        "own_practice_days": "activity",
        "ko_own_doings": "activity",
        "ko_others_counted": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, SIXTEENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
