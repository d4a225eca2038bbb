"""A third batch of composed key results (docs/coach.md, "Tenth round"): the families round 8's
first-run misses belong to, written in several languages and measured before any rule.

- ``routine`` (activity): the writer's own doing repeated at a frequency, counted or timed
  ("{n} exercise sessions per week", "Write a post every two weeks", "Dormir al menos {n}
  horas cada noche");
- ``counted`` (activity): counts of work in Chinese and Korean with their counters and floors
  ("写完 {n} 章正文", "코스메틱 스킨 {n}종 이상 출시"), and certifications of the team's own
  staff ("Scrum Master certification for {n} team leads"), added after the first rules;
- ``works`` (outcome): a check passed, named with its verb, or a system that works ("Pass the
  security audit with no critical findings", "The nightly pipeline runs reliably", "系统稳定运行");
  not "… works for …" or "… succeeds on …", which earlier sets label as deliverables;
- ``adopted`` (outcome): outside parties paying or using what the team made ("{n} pilot studios
  onboarded and paying", "至少被{n}个业务场景实际使用");
- ``won`` (outcome): a win, with the verb of winning in any language ("Ganar cada partido",
  "Die Regionalmeisterschaft gewinnen"), added after the first rules;
- ``bound`` (outcome): levels with a frequency, the near misses of ``routine`` ("Churn below
  {n}% per month", "{n}00 sign-ups per week").

`python -m tests.coach.phrasings_tenth [-v]` prints the coach's figures per language and family.
"""

from __future__ import annotations

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "counted": (
            "Complete AWS certification for {n} engineers",
            "Scrum Master certification for {n} team leads",
        ),
        "won": ("Win every knockout match", "Win {n} regional hackathons"),
        "routine": (
            "Write a blog post every two weeks",
            "{n} exercise sessions per week",
            "Spend {n} hours every week on side projects",
            "{n} pomodoros of deep work per day",
            "Meditate for {n} minutes every morning",
            "Practice guitar {n} times a week",
            "Sleep at least {n} hours each night",
            "{n} sessions of meditation",
            "Read for {n} minutes each day",
            "{n}x strength sessions per week",
            "{n} mins piano practice per week",
        ),
        "works": (
            "Pass the security audit with no critical findings",
            "Pass the SOC 2 Type II audit",
            "Pass internal security review",
            "The nightly pipeline runs reliably",
        ),
        "adopted": (
            "{n} pilot studios onboarded and paying",
            "{n} clinics onboarded & paying within 90 days",
            "Used by at least {n} internal teams",
            "{n} design agencies paying monthly",
        ),
        "bound": (
            "Churn below {n}% per month",
            "Fewer than {n} incidents per month",
            "Downtime under {n} hours per month",
            "{n}00 sign-ups per week",
            "{n} new customers per month",
            "First response under {n} hours per ticket",
            "Revenue of ${n}k per month",
            "Reduce meetings to {n} hours per week",
        ),
    },
    "es": {
        "counted": ("Certificación Scrum para {n} ingenieros",),
        "won": (
            "Ganar cada partido de fases eliminatorias",
            "Ganar el campeonato regional",
            "Ganar {n} torneos",
        ),
        "routine": (
            "Escribir un artículo cada dos semanas",
            "{n} sesiones de ejercicio por semana",
            "Dedicar {n} horas cada semana a proyectos personales",
            "Tener partidos amistosos {n} veces por semana",
            "Dormir al menos {n} horas cada noche",
            "Leer {n} minutos cada día",
        ),
        "works": (
            "Aprobar la auditoría de seguridad sin hallazgos críticos",
            "El sistema funciona de forma estable",
        ),
        "adopted": ("{n} estudios piloto incorporados y pagando",),
        "bound": ("Menos de {n} incidencias por mes", "{n} nuevos clientes por mes"),
    },
    "pt": {
        "counted": ("Certificação AWS para {n} desenvolvedores",),
        "won": ("Vencer o campeonato estadual", "Ganhar o prêmio de startup do ano"),
        "routine": (
            "Escrever um post a cada duas semanas",
            "{n} sessões de exercício por semana",
            "Dedicar {n} horas por semana a projetos pessoais",
            "Treinar {n} vezes por semana",
            "Dormir pelo menos {n} horas por noite",
        ),
        "works": (
            "Passar na auditoria de segurança sem achados críticos",
            "O pipeline noturno funciona de forma estável",
        ),
        "adopted": ("{n} estúdios piloto integrados e pagando",),
        "bound": ("Menos de {n} incidentes por mês",),
    },
    "de": {
        "counted": ("Zertifizierung als Scrum Master für {n} Mitarbeiter",),
        "won": ("Die Regionalmeisterschaft gewinnen",),
        "routine": (
            "Alle zwei Wochen einen Blogartikel schreiben",
            "{n} Trainingseinheiten pro Woche",
            "Jede Woche {n} Stunden für eigene Projekte",
            "{n} Mal pro Woche laufen gehen",
            "Mindestens {n} Stunden pro Nacht schlafen",
        ),
        "works": (
            "Das Sicherheitsaudit ohne kritische Befunde bestehen",
            "Die nächtliche Pipeline läuft stabil",
        ),
        "adopted": ("Von mindestens {n} Teams genutzt",),
        "bound": ("Weniger als {n} Ausfälle pro Monat",),
    },
    "fr": {
        "won": ("Gagner le championnat régional",),
        "routine": (
            "Écrire un article toutes les deux semaines",
            "{n} séances de sport par semaine",
            "Consacrer {n} heures par semaine aux projets personnels",
            "Courir {n} fois par semaine",
            "Dormir au moins {n} heures par nuit",
        ),
        "works": (
            "Réussir l'audit de sécurité sans constat critique",
            "Le pipeline nocturne fonctionne de manière stable",
        ),
        "bound": ("Moins de {n} incidents par mois",),
    },
    "it": {
        "won": ("Vincere il campionato regionale",),
        "routine": (
            "Scrivere un articolo ogni due settimane",
            "{n} sessioni di allenamento a settimana",
            "Correre {n} volte a settimana",
            "Dormire almeno {n} ore ogni notte",
        ),
        "works": ("Superare l'audit di sicurezza senza rilievi critici",),
    },
    "nl": {"won": ("Het regionale kampioenschap winnen",)},
    "pl": {"won": ("Wygrać mistrzostwa regionalne",)},
    "ru": {"won": ("Выиграть региональный чемпионат",)},
    "tr": {"won": ("Bölge şampiyonasını kazanmak",)},
    "zh": {
        "counted": ("写完 {n} 章正文", "完成{n}章初稿"),
        "works": ("进化体系稳定运行", "通过安全审计，无严重问题"),
        "adopted": ("至少被{n}个业务场景实际使用", "被{n}个团队使用"),
    },
    "ja": {
        "counted": ("ブログ記事を{n}本以上公開する",),
        "works": ("システムが安定稼働する", "セキュリティ監査に合格する"),
    },
    "ko": {
        "counted": (
            "코스메틱 스킨 {n}종 이상 출시",
            "블로그 글 {n}편 이상 작성",
            "세미나 {n}회 이상 개최",
        ),
        "works": ("시스템 안정적 운영",),
    },
}
FAMILIES = ("routine", "counted", "works", "adopted", "bound", "won")
KIND.update({"routine": "activity", "works": "outcome", "adopted": "outcome", "won": "outcome"})


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, TENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
