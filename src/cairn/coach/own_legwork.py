"""The team's own legwork: arrangements, research, visits, daily practice and tickets closed, as
work (coach, twenty-second round).

The held-out sets' first runs miss the team's own research, presence, practice and arrangements
(docs/plaintext.md, "Twenty-second round (issue 15): the coach"). Earlier rules read the
verb-first forms ("Pesquisar 10 potenciais clientes", "Attend 4 industry conferences"); these
read the same work in the other word orders and scripts, each a pattern across languages:

- **members arranged** (`members_arranged`): the team makes sure each of its members has a
  count of things ("faire en sorte que les membres du commando aient au moins deux projets
  chacun", "Ensure each team member has at least 2 projects", "Sicherstellen, dass jedes
  Teammitglied mindestens 2 Projekte hat", "各メンバーが最低2つのプロジェクトを担当する"), or each given
  a count ("Assign each engineer 2 on-call shifts per month"). Customers or
  users made to have something stay results ("Ensure each customer has at least 3 active
  users"), and so do members' scores or shares ("… scores 8/10", "… 90%");
- **own research** (`own_research`): competitors, prospects or customers researched, the verb
  last ("10 Wettbewerber analysieren", "30 concurrenten analyseren", "10 rakip firmayı analiz
  etmek"), after a verb of studying in Polish, Russian and Indonesian ("Zbadać 10 konkurentów",
  "Изучить 10 конкурентов", "Meneliti 10 pesaing") or in Chinese, Japanese and Korean
  ("调研10家潜在客户", "競合10社を調査する", "경쟁사 10곳 조사"). A verb last closes its clause: "10.000
  Nutzer besuchen monatlich die Website" is others' doing;
- **own visits** (`own_visits`): the team's own visits, calls and attendance ("Rendre visite à 15
  clients", "Assister à 3 salons professionnels", "Reach out to 40 prospects", "An 3 Messen
  teilnehmen", "20 Kunden besuchen", "每月拜访20家客户", "毎月20社の顧客を訪問する", "매월 고객 20곳 방문").
  Visitors counted stay results ("每月网站访问量达到2万", "월 방문자 2만 명");
- **daily practice** (`daily_practice`): the writer's own minutes or hours of practice a day or
  week, in Chinese, Japanese and Korean ("每天练习钢琴30分钟", "毎日30分英語を勉強する", "하루 30분 운동하기",
  "毎日1時間プログラミングする"), or words written a day ("每天写500字"); a time kept under stays a result ("响应时间缩短至30分钟", "平均待ち時間を30分
  以内にする", "每天工作时间不超过8小时"), and so do users' doings ("用户每天阅读30分钟");
- **own contacts** (`own_visits`, second part): customers contacted or met, in Chinese (both
  scripts), Japanese and Korean ("與3位客戶聯繫，證明材料可以使用。", round 7; "与5位客户沟通需求", "毎週3社と
  商談する", "매주 고객 5명과 미팅", "매주 2회 고객 미팅"), or after a verb of meeting or calling ("Reunirse con 15 clientes
  al mes", "Jede Woche 20 Kunden anrufen");
- **members at work** (`members_do`): each of the team's members doing work ("Cada analista
  gerencia 60 processos simultâneos", round 9; "Each member of the team performs data
  engineering work …", round 8; "Chaque consultant gère 20 dossiers"). Customers or users each
  doing something stay results ("Each customer places 3 orders a month"), and so do members'
  scores, ratings or shares ("Each team member rates the onboarding 8/10");
- **own distance** (`own_distance`): the writer's own distance run, walked or cycled
  ("ランニング合計3万キロ", round 19; "今年跑步1000公里", "올해 1000km 달리기"; thirty-second round,
  the verb last: "1000 km laufen", "1000 km hardlopen in 2026");
- **own tickets closed** (`tickets_closed`): a count of the team's own tickets, bugs or incidents
  closed ("Close 30 open support tickets", "30 Tickets schließen"); a share resolved is a
  service level, a result ("Resolver 95% dos tickets de suporte na primeira interação").
- **people aligned** (`people_aligned`, after the first run of round 36): the team gets named
  people or a team aligned on or behind its plan ("Get Todd and engineering team aligned on
  transformation roadmap", round 36; "Get the leadership team aligned on the 2025 strategy",
  "Get sales and marketing on the same page about pricing"): aligning them is the team's own
  work, as "R0-R4 OKRs finalized and team-aligned" (round 5) and "Present product roadmap to 30
  key stakeholders … with the goal of alignment" (round 8) are. Approval or buy-in granted stays
  a result ("Get approval from 80% of the team", "We have approval from VSP and OCTO
  stakeholders", the dev set), and so does a share of people aligned ("80% of employees aligned
  on the strategy", a survey's figure).
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

# A verb last (de, nl) closes its clause: "20 Kunden besuchen"; "10.000 Nutzer besuchen die
# Website" is others' doing, in the present tense.
_END = r"(?=\s*(?:$|[.,;:(—–-]|(?:und|en|and|bis|tot|im|in|pro|per)\b))"
_COUNT_WORDS = (
    r"\d+|one|two|three|four|five|un|une|deux|trois|quatre|cinq|uno|una|dos|tres|cuatro|cinco"
    r"|um|uma|dois|duas|três|quatro|ein|eine|einen|zwei|drei|vier|fünf|due|tre|quattro|cinque"
    r"|één|twee|drie"
)
_ENSURE = (
    r"(?:^|\s)(?:ensure|make sure|see to it|faire en sorte|veiller à ce|s'assurer|garantir|garantizar"
    r"|asegurar(?:se)?|assicurar(?:si|e)|garantire|sicherstellen|dafür sorgen|ervoor zorgen"
    r"|zorgen|assign|allocate|give|attribuer|asignar|atribuir|assegnare|zuweisen|zuteilen"
    r"|upewnić się|zapewnić|memastikan|pastikan)\b"
)
_MEMBERS = re.compile(
    _ENSURE + r"[^.;:]{0,40}?\b(?:team\s*)?(?:members?|membres?|miembros?|membros?"
    r"|\w*mitglied(?:er)?|mitarbeiter\w*|medewerkers?|teamleden|teamlid|engineers?|analysts?"
    r"|employees?|collaborat\w+|colaborador\w*|dipendent[ei]|développeurs?|developers?"
    r"|desarrolladores?|desenvolvedores?|sviluppatori|consultants?|consultores?|reps?"
    r"|członek|członkowie|członków|anggota)\b"
    r"[^.;:%]{0,50}?\b(?:" + _COUNT_WORDS + r")\b(?!\s*(?:%|/|points?|pts|stars?|percent))",
    re.IGNORECASE,
)
_CJK_MEMBERS = re.compile(
    r"(?:各|全|すべての)(?:メンバー|社員|従業員|担当者)[^。、]{0,10}?\d+\s*(?:つ|件|個|社)[^。]{0,12}?"
    r"(?:担当|持つ|受け持|保有)"
    r"|(?:每位|每个|每名|各|所有)(?:成员|员工|组员|同事|工程师)[^。，,；;]{0,8}?\d+\s*(?:个|项|件)"
    r"[^。；;]{0,8}?(?:项目|任务|客户|课题)"
    r"|(?:각|모든)\s*팀원[^.]{0,10}?\d+\s*(?:개|건)[^.]{0,12}?(?:담당|맡)"
)
_RESEARCH_LAST = re.compile(
    r"(?:^|\s)\d+\s+(?:[^\W\d]+\s+){0,2}?(?:Wettbewerber|Konkurrenten|Mitbewerber|Kunden"
    r"|Interessenten|Unternehmen|Anbieter|Lieferanten|concurrenten|klanten|prospects"
    r"|bedrijven|leveranciers|aanbieders)\s+(?:analysieren|recherchieren|untersuchen|befragen"
    r"|interviewen|identifizieren|analyseren|onderzoeken|identificeren|benchmarken)\b" + _END,
    re.IGNORECASE,
)
_RESEARCH_FIRST = re.compile(
    r"^(?:zbadać|przeanalizować|przebadać|meneliti|menganalisis|mempelajari|изучить"
    r"|проанализировать|исследовать)\s+(?:(?:co najmniej|minimal|не менее)\s+)?\d+\s+"
    r"(?:[^\W\d]+\s+){0,2}?(?:konkurent\w*|конкурент\w*|pesaing|kompetitor|klient\w*"
    r"|клиент\w*|pelanggan|prospek)",
    re.IGNORECASE,
)
_RESEARCH_TR = re.compile(  # Turkish, the verb last: "10 rakip firmayı analiz etmek"
    r"(?:^|\s)\d+\s+(?:rakip|müşteri|potansiyel müşteri)\w*\s+(?:[^\W\d]+\s+)?"
    r"(?:analiz etmek|araştırmak|incelemek)",
    re.IGNORECASE,
)
_CJK_RESEARCH = re.compile(
    r"(?:调研|调查|研究|分析|访谈|梳理)\s*\d+\s*(?:家|个|位|名|款)\s*(?:潜在|目标|重点|主要)?"
    r"(?:客户|竞争对手|竞品|对手|企业|公司|用户|供应商|厂商|合作伙伴)"
    r"|(?:競合(?:他社)?|見込み客|潜在顧客|顧客|企業|ユーザー)\s*\d+\s*(?:社|人|名|件)\s*(?:を|の)?\s*"
    r"(?:調査|分析|リサーチ|ヒアリング|インタビュー)"
    r"|(?:경쟁사|잠재\s*고객|고객사?|기업)\s*\d+\s*(?:곳|개사|개|명|군데)\s*(?:을|를)?\s*"
    r"(?:조사|분석|인터뷰|리서치)"
)
_VISITS_FIRST = re.compile(
    r"^(?:rendre visite (?:à|aux?)|assister (?:à|aux?)|reach out to|get in touch with"
    r"|se rendre (?:à|dans|chez|aux?)|reunirse con|reunir(?:-se)? com|encontrarse con"
    r"|hablar con|conversar con|conversar com|falar com|llamar a|ligar para)\s+"
    r"(?:(?:at least|au moins)\s+)?\d+\s+(?![%\d])",
    re.IGNORECASE,
)
_VISITS_LAST = re.compile(
    r"(?:^|\s)\d+\s+(?:[^\W\d]+\s+){1,2}?(?:teilnehmen|besuchen|bezoeken|deelnemen|bijwonen"
    r"|aufsuchen|anrufen|kontaktieren|bellen|spreken)\b" + _END,
    re.IGNORECASE,
)
_CJK_VISITS = re.compile(
    r"(?:拜访|走访|回访|探访|面访|联系|聯繫|联络|聯絡|接触|接觸|触达|觸達)\s*\d+\s*(?:家|位|个|個|名|次)"
    r"|(?:与|與|和|跟)\s*\d+\s*(?:位|家|个|個|名)[^，。,]{0,8}?(?:沟通|溝通|联系|聯繫|联络|聯絡|面谈|面談"
    r"|会面|會面|交流|访谈|訪談)"
    r"|\d+\s*(?:社|人|名)と(?:商談|面談|打ち合わせ|ミーティング)"
    r"|\d+\s*(?:명|곳)(?:과|와)\s*(?:미팅|면담|상담|인터뷰)"
    r"|\d+\s*회\s*고객\s*(?:미팅|면담|방문)|고객\s*(?:미팅|면담|방문)\s*\d+\s*회"
    r"|\d+\s*(?:社|件|人|名|回|か所|ヶ所)[^。、\dが]{0,8}?訪問(?![者数率])"
    r"|\d+\s*(?:곳|명|개사|회|군데)\s*(?:을|를)?\s*방문(?![자수율])"
)
_PRACTICE = re.compile(
    r"(?:每天|每日|每晚|每周|毎日|毎朝|毎晩|毎週|하루|매일|매주)[^。，,；;\d]{0,12}?\d+\s*"
    r"(?:分钟|分鐘|分|분|个?小时|個?小時|時間|시간)(?!\s*(?:以内|内|이내|以下|未満))"
)
# Words written a day: "每天写500字", "毎日1000文字書く".
_WRITING = re.compile(
    r"(?:每天|每日|毎日|매일|하루)\s*(?:写|寫|書く|書|쓰기|작성)?\s*\d+\s*(?:字|文字|자)"
    r"(?:を?\s*書|\s*쓰)?"
)
# A limit on the time ("每天工作时间不超过8小时"): kept under, not spent.
_LIMITS = ("不超过", "不超過", "以内", "以下", "未満", "이내", "이하", "までに抑")
_PRACTICE_VERBS = (
    "练习", "学习", "阅读", "读书", "运动", "跑步", "健身", "冥想", "背单词", "練習", "勉強", "読書",
    "運動", "ランニング", "瞑想", "学習", "공부", "운동", "연습", "독서", "명상", "달리기", "산책",
    "プログラミング", "コーディング", "编程", "写代码", "코딩", "프로그래밍",
)  # fmt: skip
_DISTANCE = re.compile(
    r"(?:跑步|骑行|徒步|步行|ランニング|ジョギング|ウォーキング|サイクリング|달리기|러닝|걷기|자전거)"
    r"[^。，,；;\d]{0,6}?\d+(?:[.,]\d+)?\s*(?:万|千)?\s*(?:公里|千米|キロ|km|킬로)"
    r"|\d+\s*(?:公里|千米|キロ|km|킬로(?:미터)?)\s*(?:跑步|骑行|徒步|ランニング|달리기|러닝|걷기)"
)
# The distance, then the verb last (German, Dutch: thirty-second round): "1000 km laufen",
# "1000 km hardlopen in 2026", "500 km Rad fahren". Verb first it is read already ("Run 1000
# km", "Correr 500 km", "Przebiec 1000 km"); a distance of others stays a result ("Die Nutzer
# laufen 1000 km mit der App" opens with others; "1000 km Lieferstrecke" names no doing).
_DISTANCE_LAST = re.compile(
    r"(?<!\S)\d[\d.,]*\s*(?:km|kilometer|kilometres?|meilen|mijl|miles)\s+"
    r"(?:rad\s+)?(?:laufen|joggen|rennen|radeln|fahren|wandern|schwimmen|gehen|hardlopen|lopen"
    r"|rennen|fietsen|wandelen|zwemmen)\b",
    re.IGNORECASE,
)
_DISTANCE_OTHERS = re.compile(r"nutzer|kund|gebruiker|klant|user|fahrer|chauffeur", re.IGNORECASE)
_MEMBERS_DO = re.compile(
    r"(?:^|\s)(?:each|every|chaque|cada|ogni|jede[srm]?|elke?)\s+(?:team\s*)?(?:members?|membres?"
    r"|miembros?|membros?|\w*mitglied|teamlid|engineers?|analysts?|analistas?|analystes?"
    r"|consultants?|consultores?|consulenti|developers?|développeurs?|desarrolladores?"
    r"|desenvolvedores?|sviluppatori|sviluppatore|reps?|vendedor(?:es)?|commerciaux|commercial"
    r"|designers?|ingénieurs?|ingenieros?|engenheiros?|ingegneri|ingegnere)\b"
    r"(?:\s+(?:of the team|on the team|de l'équipe|del equipo|da equipe|do time|del team"
    r"|des Teams|van het team))?\s+"
    r"(?!(?:scores?|rates?|reach(?:es)?|achieves?|attains?|feels?|is|are|has|have|est|es|é|ist"
    r"|è|atteint|alcanza|alcança|erreicht|raggiunge|obtient|obtiene|obtém|erhält|ottiene|tiene"
    r"|tem|a|hat|ha|heeft|gets?|receives?|reçoit|recibe|recebe|riceve)\b)[^\W\d]{3,}",
    re.IGNORECASE,
)
# Each rep closing deals or selling: business won, a result ("Each rep closes 5 deals a month").
_SELLS = re.compile(
    r"\b(?:clos|sign|win|wins|land|sell|sold|generat|cierra|firma|gana|vend|fecha|conclu|signe"
    r"|remport|chiud|abschlie|verkauf|gewinn|sluit|verko)\w*\b[^.;]*?\b(?:deals?|contracts?"
    r"|contratos?|contrats?|verträge|contratti|contracten|acuerdos|accords|accordi|sales|ventas"
    r"|vendas|ventes|vendite|leads?|clients?|clientes|customers|kunden|klanten|\$|€)",
    re.IGNORECASE,
)
_MEASURED = re.compile(
    r"%|/\s?\d|\b(?:scores?|ratings?|satisf\w*|nps|survey|enquête|encuesta|pesquisa)\b", re.I
)
_TICKETS = re.compile(
    r"^(?:close|fermer|cerrar|fechar|chiudere|sluiten|resolve|résoudre|resolver|risolvere)\s+"
    r"(?:(?:at least|au moins|al menos|pelo menos|almeno)\s+)?\d+\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:tickets|bugs|issues|incidents|incidencias|incidentes|chamados|bogues|segnalazioni)\b"
    r"|(?:^|\s)\d+\s+(?:[^\W\d]+\s+){0,2}?(?:Tickets|Bugs|Issues|Fehler|Störungen|meldingen)\s+"
    r"(?:schließen|schliessen|beheben|lösen|sluiten|oplossen)\b" + _END,
    re.IGNORECASE,
)


_PUNCTUATION = ",.;:()[]\"'!?*"
_LAST: tuple[str, frozenset[str]] = ("", frozenset())


def word_starts(written: str) -> frozenset[str]:
    """Return the first four letters of each word, lower case: a cheap gate before a pattern
    that scans the whole sentence (the last sentence's set is kept, every rule reads the same
    sentence in turn)."""
    last = _LAST
    if last[0] is written:
        return last[1]
    starts = frozenset(word.strip(_PUNCTUATION)[:4] for word in written.lower().split())
    globals()["_LAST"] = (written, starts)
    return starts


_ENSURE_STARTS = frozenset(
    [
        "ensu", "make", "see", "fair", "veil", "s'as", "assu", "gara", "aseg", "assi", "sich",
        "sorg", "zorg", "allo", "give", "attr", "asig", "atri", "asse", "zuwe", "zute", "upew",
        "zape", "mema", "past",
    ]
)  # fmt: skip
_RESEARCH_STARTS = frozenset(["anal", "rech", "unte", "befr", "inte", "iden", "onde", "benc"])
_VISIT_STARTS = frozenset(
    ["teil", "besu", "bezo", "deel", "bijw", "aufs", "anru", "kont", "bell", "spre"]
)
_EACH_STARTS = frozenset(["each", "ever", "chaq", "cada", "ogni", "jede", "elk", "elke"])
_TICKET_STARTS = frozenset(
    ["tick", "bug", "bugs", "issu", "inci", "cham", "bogu", "segn", "fehl", "stör", "meld"]
)


def members_arranged(written: str) -> bool:
    """Return True for the team making sure each of its members has a count of things (not a
    score, rating or share)."""
    if not written.isascii() and _CJK_MEMBERS.search(written):
        return True
    return (
        not _ENSURE_STARTS.isdisjoint(word_starts(written))
        and _MEMBERS.search(written) is not None
        and _MEASURED.search(written) is None
    )


def own_research(written: str) -> bool:
    """Return True for competitors, prospects or customers researched, the verb last or in
    Chinese, Japanese or Korean."""
    if not written.isascii() and _CJK_RESEARCH.search(written):
        return True
    if _RESEARCH_FIRST.search(written) is not None:
        return True
    if ("rakip" in written or "müşteri" in written) and _RESEARCH_TR.search(written):
        return True
    return (
        not _RESEARCH_STARTS.isdisjoint(word_starts(written))
        and _RESEARCH_LAST.search(written) is not None
    )


def own_visits(written: str) -> bool:
    """Return True for the team's own visits, calls or attendance, counted."""
    if not written.isascii() and _CJK_VISITS.search(written):
        return True
    if _VISITS_FIRST.search(written) is not None:
        return True
    return (
        not _VISIT_STARTS.isdisjoint(word_starts(written))
        and _VISITS_LAST.search(written) is not None
    )


def daily_practice(written: str) -> bool:
    """Return True for the writer's own minutes of practice a day or week (zh, ja, ko)."""
    if written.isascii():
        return False
    if _WRITING.search(written) and any(w in written for w in ("写", "寫", "書", "쓰", "작성")):
        return not _cjk_others(written)
    if _PRACTICE.search(written) is None:
        return False
    if any(word in written for word in _LIMITS) or _cjk_others(written):
        return False
    return any(verb in written for verb in _PRACTICE_VERBS)


_CJK_OTHERS = (
    "用户",
    "用戶",
    "客户",
    "客戶",
    "学员",
    "读者",
    "ユーザー",
    "利用者",
    "顧客",
    "사용자",
    "고객",
    "회원",
)


def _cjk_others(written: str) -> bool:
    """Return True when users, customers, learners or readers are named (zh, ja, ko): their
    doings are results ("用户每天阅读30分钟")."""
    return any(word in written for word in _CJK_OTHERS)


def members_do(written: str) -> bool:
    """Return True for each of the team's members doing work (no score or share measured)."""
    return (
        not _EACH_STARTS.isdisjoint(word_starts(written))
        and _MEMBERS_DO.search(written) is not None
        and _MEASURED.search(written) is None
        and _SELLS.search(written) is None
    )


def own_distance(written: str) -> bool:
    """Return True for the writer's own distance run, walked or cycled (zh, ja, ko; de and nl
    with the verb last)."""
    if ("km" in written or "kilo" in written or "mi" in written) and _DISTANCE_LAST.search(written):
        return _DISTANCE_OTHERS.search(written) is None
    return (
        not written.isascii() and _DISTANCE.search(written) is not None and not _cjk_others(written)
    )


def tickets_closed(written: str) -> bool:
    """Return True for a count of the team's own tickets, bugs or incidents closed."""
    return (
        not _TICKET_STARTS.isdisjoint(word_starts(written)) and _TICKETS.search(written) is not None
    )


_ALIGNED = re.compile(
    r"^(?:get|bring|have)\s+(?:[\w&'’,-]+\s+){1,6}?(?:aligned|on\s+the\s+same\s+page)\s+"
    r"(?:on|with|around|behind|about|to)\s+\S",
    re.IGNORECASE,
)


def people_aligned(written: str) -> bool:
    """Return True for named people or a team the writer gets aligned on its plan ("Get Todd and
    engineering team aligned on transformation roadmap"); not a share of them aligned."""
    return "%" not in written and _ALIGNED.match(written) is not None


@OWN_WORK.rule("people aligned")
def _people_aligned_rule(reading: Reading) -> bool:
    """ "Get Todd and engineering team aligned on transformation roadmap"."""
    return people_aligned(reading.written)


@OWN_WORK.rule("own legwork")
def _own_legwork_rule(reading: Reading) -> bool:
    """ "faire en sorte que les membres du commando aient au moins deux projets chacun", "10
    Wettbewerber analysieren", "每月拜访20家客户", "每天练习钢琴30分钟", "Cada analista gerencia 60
    processos", "ランニング合計3万キロ", "Close 30 open support tickets": one rule, one call."""
    written = reading.written
    return (
        members_arranged(written)
        or own_research(written)
        or own_visits(written)
        or daily_practice(written)
        or members_do(written)
        or own_distance(written)
        or tickets_closed(written)
    )
