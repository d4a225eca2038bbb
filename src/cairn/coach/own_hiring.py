"""Staff hired and the team's own queue worked through (coach, after round 33's first run).

- **staff hired, "more" of them** (`staff_hired`): "Tuyển thêm 3 senior engineers trước 15/05"
  (round 33), "Hire 3 more engineers", "Rekrut tambahan 3 engineer", "Contratar otros 3
  ingenieros", "รับสมัครพนักงาน 5 คน", "增聘3名工程师". The parser reads "thêm 3", "3 more" as a
  change by 3 (as labelled), and a change is an outcome measure to the coach; but hiring people
  is the team's own work, as "Hire 5 engineers" (a target) is flagged already. Only a hiring verb
  before a count of staff (engineers, developers, employees, nhân viên, karyawan, empleados,
  พนักงาน …): customers acquired, users signed up, members who join stay results.
- **the team's own queue worked through** (`queue_worked`): "Process 300+ scraped leads through
  outreach system" (round 33), "Triage 200 bug reports", "Review 50 pull requests", "Xử lý 300
  hồ sơ", "Memproses 500 lamaran", "Procesar 300 solicitudes". A verb of working through items,
  a count (no share: "Resolve 90% of tickets within 24h" is a rate) and the team's own work items
  (leads, bugs, tickets, requests, applications, documents …). Money or payments processed
  ("Process 1000+ payments", "Processar 50.000+ saques", the fresh set and round 5) are others'
  volume; a capacity ("Handle 1,000 concurrent users", "10,000 requests per second") is the
  system's: results, not this rule.
- **the team's own members counted** (`team_counted`, after the first run of round 35): "Have 4
  core team members.", "4 founding team members onboarded", "≥1 team member operating as
  business scientist" (round 35): a count of the team's own members, bare, had, onboarded or
  hired, or filling a role ("operating as", "working as", "serving as"), is the team's build-up,
  as "Hire 15 new team members" (round 11) is. Only "team member(s)" or "team of N": members
  of a community or protocol ("Have 10 members adding utility to protocol", round 35; "Have 4
  long-term members settled", round 36) are results, and so are team members who feel, report,
  submit or are counted as a share ("75% or more team members are confident …").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

# Staff, as written in en, es, pt, fr, de, vi, id (English loanwords too: "3 senior engineers").
_STAFF = (
    r"engineers?|developers?|designers?|employees?|hires|staff|analysts?|recruiters?|marketers?"
    r"|salespeople|sales\s+reps?|interns?|ftes?|people|team\s+members?|product\s+managers?|pms?"
    r"|ingenieros|desarrolladores|diseñadores|empleados|vendedores|comerciales|becarios|personas"
    r"|engenheiros|desenvolvedores|funcionários|colaboradores|estagiários|pessoas"
    r"|ingénieurs|développeurs|employés|collaborateurs|commerciaux|stagiaires|personnes"
    r"|ingenieure|entwickler|mitarbeiter(?:innen)?|mitarbeitende"
    r"|kỹ\s+sư|nhân\s+viên|nhân\s+sự|lập\s+trình\s+viên|thực\s+tập\s+sinh"
    r"|karyawan|pegawai|staf|programmer|desainer|insinyur"
)
_STAFF_WORDS = (
    r"(?:senior|junior|mid-level|full[- ]time|part[- ]time|new|nuevos|novos|nouveaux|neue|mới|baru)"
)
_HIRED = re.compile(
    r"^(?:hire|recruit|tuyển(?:\s+dụng)?|rekrut|merekrut|mempekerjakan|contratar|reclutar"
    r"|recrutar|embaucher|recruter|einstellen|rekrutieren)\s+"
    r"(?:more\s+|additional\s+|thêm\s+|tambahan\s+|otros\s+|otras\s+|mais\s+|outros\s+)?"
    r"(?:(?:at\s+least|ít\s+nhất|minimal|al\s+menos|pelo\s+menos|au\s+moins|mindestens)\s+)?"
    r"\d+\+?\s+(?:more\s+|additional\s+)?(?:(?:[\w-]+\s+){0,2}?" + _STAFF_WORDS + r"\s+)?"
    r"(?:[\w/+-]+\s+)?(?:" + _STAFF + r")(?!\w)",
    re.IGNORECASE,
)
# Thai writes no spaces: a hiring verb, the staff, "more" or "new", then the count of people.
_TH_HIRED = re.compile(
    r"^(?:จ้าง|รับสมัคร|รับ)(?:พนักงาน|วิศวกร|นักพัฒนา|โปรแกรมเมอร์|นักออกแบบ|เจ้าหน้าที่)"
    r"(?:ใหม่|เพิ่ม|เพิ่มเติม)?\s*\d+\s*(?:คน|ตำแหน่ง)"
)
# Chinese verbs of hiring more people the earlier rules do not list (own_growth, own_effort),
# after a deadline too ("年底前增聘3名工程师").
_ZH_HIRED = re.compile(r"(?:增聘|新招|新聘|加聘|补招|補招)\s*\d+\s*[名位个個人]")


def staff_hired(written: str) -> bool:
    """Return True for a count of staff hired, "more" of them or not: work."""
    text = written.strip()
    if text.isascii():
        return _HIRED.match(text) is not None
    return bool(_TH_HIRED.match(text) or _ZH_HIRED.search(text) or _HIRED.match(text))


# The team's own work items, counted after a verb of working through them.
_QUEUE_VERBS = (
    r"process|handle|review|triage|screen|qualify|work\s+through|clear"
    r"|procesar|gestionar|revisar|tramitar|processar|analisar|traiter|examiner|bearbeiten|prüfen"
    r"|xử\s+lý|duyệt|memproses|menangani|meninjau"
)
_QUEUE_ITEMS = (
    r"leads|prospects|bugs?|bug\s+reports|tickets|issues|requests|applications|documents"
    r"|pull\s+requests|prs|submissions|cases|claims|invoices|records|files|contracts|resumes|cvs"
    r"|support\s+requests|backlog\s+items"
    r"|solicitudes|solicitações|solicitacoes|candidaturas|documentos|expedientes|casos|facturas"
    r"|faturas|currículos|contratos|demandes|dossiers|candidatures|factures|anträge|anfragen"
    r"|bewerbungen|dokumente|hồ\s+sơ|yêu\s+cầu|đơn|phiếu|lamaran|dokumen|permintaan|tiket|berkas"
)
_QUEUE = re.compile(
    rf"^(?:{_QUEUE_VERBS})\s+(?:(?:at\s+least|over|more\s+than|al\s+menos|pelo\s+menos|ít\s+nhất"
    rf"|minimal|au\s+moins|mindestens)\s+)?\d[\d.,]*\s*[kK]?\+?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_QUEUE_ITEMS})(?!\w)",
    re.IGNORECASE,
)
# A capacity or a rate: the system's load, not the team's queue.
_CAPACITY = re.compile(
    r"concurrent|simultaneous|simultáne|simultâne|simultané|gleichzeitig|đồng\s+thời|bersamaan"
    r"|per\s+second|/\s*s(?:ec)?\b|\brps\b|\bqps\b|por\s+segundo|par\s+seconde|pro\s+sekunde"
    r"|mỗi\s+giây|per\s+detik",
    re.IGNORECASE,
)


def queue_worked(written: str) -> bool:
    """Return True for a count of the team's own work items worked through: work."""
    text = written.strip()
    if "%" in text or _QUEUE.match(text) is None:
        return False
    return _CAPACITY.search(text) is None


# A count of the team's own members: bare, had, onboarded or in place, or filling a role.
_TEAM_COUNTED = re.compile(
    r"^(?:(?:have|has|we\s+have)\s+)?(?:(?:≥|>=|at\s+least)\s*)?\d+\+?\s+"
    r"(?:(?:core|founding|full[- ]time|part[- ]time|dedicated|permanent|new|senior|junior)\s+){0,2}"
    r"team\s+members?(?:\s+(?:onboarded|hired|recruited|in\s+place|on\s+board))?(?:\s+(?:operating"
    r"|working|serving|acting)\s+as\s+\S.*|\s+by\s+\S.*)?\s*\.?\s*$",
    re.IGNORECASE,
)


def team_counted(written: str) -> bool:
    """Return True for a count of the team's own members (bare, onboarded, in a role): work."""
    return "team" in written.lower() and _TEAM_COUNTED.match(written.strip()) is not None


@OWN_WORK.rule("staff hired")
def _staff_hired_rule(reading: Reading) -> bool:
    """ "Tuyển thêm 3 senior engineers trước 15/05", "Hire 3 more engineers"."""
    return staff_hired(reading.written)


@OWN_WORK.rule("team counted")
def _team_counted_rule(reading: Reading) -> bool:
    """ "Have 4 core team members.", "4 founding team members onboarded"."""
    return team_counted(reading.written)


@OWN_WORK.rule("queue worked")
def _queue_worked_rule(reading: Reading) -> bool:
    """ "Process 300+ scraped leads through outreach system", "Triage 200 bug reports"."""
    return queue_worked(reading.written)
