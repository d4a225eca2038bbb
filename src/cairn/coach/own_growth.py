"""The team's own growth and learning, and others counted bare (issue 15, sixteenth round).

Round 14's first run (a set of personal and learning OKRs) left these activities unflagged
(`own_growth`, read by `wording._work`):

- **the team grown to a count of people, or people hired**: "Grow team to 15 people",
  "僱用1名經驗豐富的UI / UX圖形設計師" — hiring is the team's own work, as "Hire 5 engineers".
  "Grow community to 500 members" or "Grow the user base to 1,000 users" (others joining) are
  not this rule: only a team grown to people or a role;
- **certifications and courses a person takes**: "Conseguir 2 certificaciones (React + AWS)",
  "Obtener certificación AWS/Azure", "Conseguir 85%+ en 3 cursos de Coursera". A company's
  certification others grant ("ISO 27001", "SOC 2", "PCI DSS", "HIPAA") stays a result;
- **the team's own tooling set up for a count of its projects**: "Configurar CI/CD para 3
  proyectos" — its repositories, projects or services, not customers;
- **a skill taught to a count of people**: "Enseñar React a 2 personas";
- **a person's own practice on a count of days, or regularly for a while** (second part):
  "Exercise at least 3 days a week", "Practice Mandarin regularly for at least one month",
  "Hacer ejercicio 3 días por semana" — "Keep uptime 30 days a month" names no practice;
- **a Korean count of the writer's own times, days or things, then the doing** (second part):
  "일주일에 5일 이상 운동(휴가 제외)", "스타트업과 관련되어 10회 네트워킹하기", "책 3권 읽기".
  Users, downloads or reviews secured or reached ("사용자 1000명 확보하기", "앱 다운로드 1만회
  달성하기") name no doing of the writer's and stay results.

And flagged these outcomes (`others_counted`, read by `wording._result_after_all` and the
Chinese count's path): a bare Chinese count of sign-ups, users or paying customers ("1000個註冊",
"1000個付費客戶"; "写完10个用户故事" is work), Italian leads generated with the noun after the
number ("500 lead qualificati generati"), and no findings in an audit others run ("Cero
observaciones en auditorías SAT", "Zero audit findings").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Reading

_PEOPLE = (
    r"people|persons|engineers|developers|designers|members|employees|staff|hires|fte|ftes"
    r"|personas|ingenieros|desarrolladores|miembros|pessoas|engenheiros|desenvolvedores"
)
# A team grown to a count of people ("Grow team to 15 people", "Crecer el equipo a 8 personas").
_TEAM_GROWN = re.compile(
    r"^(?:grow|expand|scale|build\s+out|crecer|ampliar|aumentar|crescer)\s+(?:the\s+|our\s+|my\s+"
    r"|el\s+|o\s+|mi\s+|nuestro\s+|a\s+)?(?:[\w-]+\s+)?(?:team|equipo|equipe|time)\s+"
    rf"(?:to|a|para|até)\s+(?:at\s+least\s+)?\d+\+?\s+(?:[\w-]+\s+)?(?:{_PEOPLE})\b",
    re.IGNORECASE,
)
# People hired, in Chinese: a hiring verb, a count and a measure word for people.
_CJK_HIRED = re.compile(
    r"(?:僱用|雇用|招聘|聘用|招募|聘請|聘请)\s*(?:\d+|[一二两兩三四五六七八九十]+)\s*[名位个個]"
)
# A certification a company earns, granted by auditors: not a person's own learning.
_COMPANY_CERT = re.compile(r"\b(?:iso|soc\s*\d|pci|hipaa|gdpr|fedramp|b\s*corp|ce\b|tisax)", re.I)
_CERTIFICATION = re.compile(
    r"^(?:earn|get|obtain|pass|achieve|complete|conseguir|obtener|lograr|sacar|completar|obter"
    r"|conquistar|tirar|ottenere|conseguire)\s+(?:the\s+|an?\s+|la\s+|una\s+|\d+\s+)?"
    r"(?:[\w/+.-]+\s+){0,2}?(?:certifications?|certificaci[oó]n(?:es)?|certifica[çc](?:ão|ões)"
    r"|certificazion[ei]|certificados?)\b",
    re.IGNORECASE,
)
# A score earned in a count of courses ("Score 85%+ in 3 Coursera courses").
_COURSES = re.compile(
    r"\d+\s*%\+?\s+(?:in|en|em|nei|in\s+each\s+of)\s+\d+\s+(?:[\w-]+\s+)?(?:courses|cursos|corsi)\b"
    r"|^(?:complete|finish|take|completar|terminar|hacer|concluir|fazer)\s+\d+\s+(?:[\w-]+\s+)?"
    r"(?:courses|cursos|corsi)\b",
    re.IGNORECASE,
)
_SETUP_FOR = re.compile(
    r"^(?:set\s+up|setup|configure|configurar|montar|implementar|implement|add|añadir)\s+"
    r"(?:[\w/+.-]+\s+){1,3}?(?:for|para|en|em|in|on)\s+(?:at\s+least\s+)?\d+\s+(?:[\w-]+\s+)?"
    r"(?:projects|repositories|repos|services|proyectos|repositorios|projetos|servicios|serviços)\b",
    re.IGNORECASE,
)
_TAUGHT = re.compile(
    r"^(?:teach|enseñar|ensinar|insegnare)\s+(?:[\w.+#/-]+\s+){1,3}?(?:to|a)\s+\d+\s+(?:[\w-]+\s+)?"
    r"(?:people|colleagues|students|juniors|persons|personas|compañeros|colegas|estudiantes"
    r"|alumnos|pessoas|colegas|alunos|persone|colleghi)\b",
    re.IGNORECASE,
)


# A practice verb, then a count of days per week or month, or "regularly"/"daily" (en/es/pt).
_PRACTICE = re.compile(
    r"^(?:exercise|practi[cs]e|train|study|meditate|work\s+out|hacer\s+ejercicio|practicar"
    r"|estudiar|entrenar|meditar|praticar|estudar|treinar|fazer\s+exerc[ií]cio|fazer\s+exerc[ií]cios)"
    r"\b[^.;:]{0,40}?(?:(?:at\s+least\s+|al\s+menos\s+|pelo\s+menos\s+)?\d+\s+(?:days|días|dias)"
    r"\s+(?:a|per|each|every|por|a\s+la|al|cada|na)\s+(?:week|semana|month|mes|mês)\b"
    r"|\b(?:regularly|daily|every\s+day|regularmente|diariamente|todos\s+los\s+días"
    r"|todos\s+os\s+dias)\b)",
    re.IGNORECASE,
)
# A Korean count of times, days, things, books or pieces ("10회", "5일", "3개", "2권"; not
# "1만회", ten thousand downloads), then the writer's own doing at the end, in its to-do form.
_KO_OWN_COUNT = re.compile(r"(?<![만천백])(?:\d+|한|두|세|네|다섯)\s*(?:회|번|일|개|권|편)")
_KO_DOING_END = re.compile(
    r"(?:운동|연습|공부|독서|수강|참석|발표|네트워킹|스터디|작성|읽기|완독|수료|명상|산책|달리기)"
    r"(?:하기|한다|합니다|했다)?$"
)
_KO_CLOSING = re.compile(r"\s*[(（][^()（）]{1,20}[)）]$")


def ko_own_doing(written: str) -> bool:
    """Return True for a Korean count of the writer's own times, days or things, then the
    doing ("일주일에 5일 이상 운동(휴가 제외)", "10회 네트워킹하기"): work."""
    text = _KO_CLOSING.sub("", written.strip().rstrip(".!。"))
    return _KO_DOING_END.search(text) is not None and _KO_OWN_COUNT.search(text) is not None


# The first words the anchored rules start with: the cheap test before their patterns.
_FIRST_WORDS = frozenset(
    [
        "grow", "expand", "scale", "build", "crecer", "ampliar", "aumentar", "crescer", "set",
        "setup", "configure", "configurar", "montar", "implementar", "implement", "add",
        "añadir", "teach", "enseñar", "ensinar", "insegnare", "exercise", "practice",
        "practise", "train", "study", "meditate", "work", "hacer", "practicar", "estudiar",
        "entrenar", "meditar", "praticar", "estudar", "treinar", "fazer", "complete", "finish",
        "take", "completar", "terminar", "concluir",
    ]
)  # fmt: skip


def own_growth(written: str) -> bool:
    """Return True for the team grown or hired, a person's certifications or courses, tooling
    set up for the team's projects, a skill taught to a count of people, or a person's own
    practice: work."""
    text = written.strip()
    if not text.isascii() and (_CJK_HIRED.search(text) or ko_own_doing(text)):
        return True
    if "ertifica" in text and _CERTIFICATION.match(text) and not _COMPANY_CERT.search(text):
        return True
    if ("curs" in text or "ourse" in text or "corsi" in text) and _COURSES.search(text):
        return True  # "Conseguir 85%+ en 3 cursos de Coursera"
    first = text.split(None, 1)[0].lower() if text else ""
    return first in _FIRST_WORDS and any(
        rule.match(text) for rule in (_TEAM_GROWN, _SETUP_FOR, _TAUGHT, _PRACTICE)
    )


# A bare Chinese count of sign-ups, users, members or paying customers: others who joined
# (after a label or a deadline: "KR2: 年底前9000個註冊").
_CJK_OTHERS = re.compile(
    r"^(?:[^:：]{1,20}?[:：]\s*)?(?:[^\d\s]{1,6}?(?:之前|前|内|內)\s*)?\d[\d,]*\s*[萬万千]?\s*[個个名位]?\s*(?:付費|付费|活躍|活跃|新)?"
    r"(?:註冊|注册|用戶|用户|客戶|客户|會員|会员|訂閱|订阅)(?:用戶|用户|數|数)?\s*(?:$|[，,。;；(（])"
)
# Italian leads or contacts generated, the noun after the number.
_LEADS_IT = re.compile(
    r"^\s*\d[\d.]*\s+(?:lead|contatti|iscritti)\b[^.;:]{0,40}?\b(?:generat[io]|acquisit[io]"
    r"|qualificat[io]|raccolt[io])\b",
    re.IGNORECASE,
)
# No findings in an audit others run.
_ZERO_FINDINGS = re.compile(
    r"^\s*(?:zero|cero|0|no|nenhuma?|ningun[ao]?|keine|nessun[ao]?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:findings|observaciones|hallazgos|non-conformities|nonconformities|no\s+conformidades"
    r"|achados|constatações|não\s+conformidades|feststellungen|rilievi)\b",
    re.IGNORECASE,
)


def others_counted(written: str) -> bool:
    """Return True for a Chinese count of sign-ups or users, Italian leads generated, or zero
    audit findings: results."""
    if not written.isascii() and _CJK_OTHERS.search(written):
        return True
    return bool(_LEADS_IT.search(written) or _ZERO_FINDINGS.search(written))


@OWN_WORK.rule("own growth")
def _own_growth_rule(reading: Reading) -> bool:
    return own_growth(reading.written)


@RESULT_AFTER_ALL.rule("others counted")
def _others_counted_rule(written: str, verb: str | None) -> bool:
    return others_counted(written)
