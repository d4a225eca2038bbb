"""The team's own contacts, sessions, writing and a project's coverage, counted (coach,
twenty-third round).

The first runs of rounds 23 and 24 miss the team's own work written in shapes the earlier rules
read only in part (docs/plaintext.md, "Twenty-third round (issue 15): the coach");
`own_legwork.own_visits` reads visits and calls with the verb first or last after one or two
words. These read, each a pattern across languages:

- **contacts made** (`contacts_made`): a verb of contacting before a count of people ("We have
  directly contacted 100 potential investors", "Recontacter 30 clients inactifs", "Volver a
  contactar a 30 clientes inactivos"), after it with "again" between ("Minstens 50 inactieve
  klanten opnieuw contacteren", "30 inaktive Kunden erneut kontaktieren"), in Japanese and Korean
  ("潜在顧客30社に連絡する", "잠재 투자자 30명에게 연락하기"); the number of the team's calls or visits
  to prospects raised ("Increase the number of calls on prospective customers by 50%"); the
  team's participation in pitches or events ("Participation of at least 10 investor pitches").
  Others contacting the team stay results ("100 investors contacted us"), and so do calls to
  support ("Reduce the number of calls to support by 20%"); replies the team writes to others'
  reviews or comments ("Répondre à 30 avis clients", "Auf 30 Kundenbewertungen antworten");
- **sessions taken** (`sessions_taken`): the writer's own sessions taken or held, counted:
  "필라테스 30회 이상 받기", "PT 30회 받기", "カジュアル面談数3回", "1on1面談を3回実施する",
  "完成3轮候选人技术评估", "30 Pilates-Stunden nehmen"; a funding round completed stays a result
  ("完成1轮融资");
- **posts written** (`sessions_taken`): "블로그에 최소한 8개의 글 쓰기";
- **a project's coverage** (`sessions_taken`): the share a project or programme of the team's
  reaches ("门店陈列优化项目覆盖率达80%", "新员工培训项目覆盖率达到80%"); a market's or users' coverage
  stays a result ("市场覆盖率达到30%", "用户覆盖率达80%").

After the first run of round 37, **conversations held** (`conversations_held`): a verb of
conversation opening the key result and "with" a count of others ("Discuss opportunities to
co-develop with at least two outside organizations", "Meet with 5 customers", "Talk with 10
users about onboarding"): the team's own discussions, counted, as "Hold bi-weekly 1:1 meetings
with Anna" and "Talk with friends, family …" (rounds 3 and 5) are labelled. Others discussing
("Customers discuss renewals with us") or a partnership's effect ("Partner with AWS and Azure
which will increase revenues by xx%", round 9) stay results.
"""

from __future__ import annotations

import re

from cairn.coach.own_legwork import word_starts
from cairn.coach.work_rules import OWN_WORK, Reading

_PEOPLE = (
    r"(?:investors|prospects|customers|clients|leads|partners|donors|sponsors|buyers|accounts"
    r"|companies|journalists|influencers|investeerders|klanten|prospecten|partners|Kunden"
    r"|Investoren|Interessenten|Partner|clientes|inversores|inversionistas|investidores|socios"
    r"|parceiros|clients|investisseurs|prospects|partenaires|clienti|investitori|klientów"
    r"|inwestorów|клиентов|инвесторов|pelanggan|investor|klientami|inwestorami|partnerami"
    r"|клиентами|инвесторами|партнёрами|партнерами)"
)
_CONTACT_FIRST = re.compile(
    r"(?:^|\s)(?:(?:re)?contact(?:ed|ing)?|reached\s+out\s+to|called|cold[- ]called|pitched(?:\s+to)?"
    r"|recontacter|(?:re)?contactar(?:\s+a)?|volver\s+a\s+contactar(?:\s+(?:a|con))?|recontatar"
    r"|(?:re)?contattare|ricontattare|skontaktować\s+się\s+z|связаться\s+с|menghubungi"
    r"|(?:re)?contacter)\s+"
    r"(?:(?:at least|au moins|al menos|pelo menos|almeno|co najmniej|не менее|minimal)\s+)?"
    r"\d[\d.,]*\+?\s+(?:[^\W\d]+\s+){0,2}?" + _PEOPLE + r"(?!\w)",
    re.IGNORECASE,
)
_CONTACT_LAST = re.compile(
    r"(?:^|\s)\d[\d.,]*\+?\s+(?:[^\W\d]+\s+){0,2}?" + _PEOPLE
    + r"\s+(?:opnieuw\s+|erneut\s+|wieder\s+|nogmaals\s+)?"
    r"(?:contacteren|kontaktieren|benaderen|bellen|anrufen|ansprechen|aanschrijven|anschreiben)\b",
    re.IGNORECASE,
)  # fmt: skip
# Replies the team writes to others' reviews, comments or messages, counted.
_REPLIES = re.compile(
    r"(?:^|\s)(?:répondre\s+(?:à|aux)|responder\s+a|rispondere\s+a|odpowiedzieć\s+na"
    r"|ответить\s+на|membalas|beantwoorden\s+van)\s+"
    r"(?:(?:au moins|al menos|pelo menos|almeno|co najmniej|не менее)\s+)?\d[\d.,]*\+?\s+"
    r"(?:[^\W\d]+\s+){0,2}?(?:avis|commentaires|messages|reseñas|comentarios|mensajes|avaliações"
    r"|mensagens|recensioni|commenti|messaggi|opinii|komentarzy|wiadomości|отзывов|отзыва"
    r"|комментариев|сообщений|ulasan|komentar|pesan)(?!\w)"
    r"|(?:^|\s)auf\s+\d[\d.,]*\s+[\w-]*(?:bewertungen|kommentare|nachrichten)\s+antworten\b",
    re.IGNORECASE,
)
_CONTACT_STARTS = frozenset(
    ["répo", "resp", "risp", "odpo", "отве", "memb", "antw", "cont", "reco", "reac", "call", "cold", "pitc", "volv", "rico", "skon", "связ", "meng",
     "kont", "bena", "bell", "anru", "ansp", "aans", "ansc"]
)  # fmt: skip
# The number of the team's own calls, visits or meetings with prospects, raised.
_CALLS_RAISED = re.compile(
    r"\b(?:number|count|amount)\s+of\s+(?:(?:sales|outbound|cold|discovery|prospecting)\s+)?"
    r"(?:calls|visits|meetings|pitches|demos|contacts)\s+(?:on|to|with)\s+"
    r"(?:[^\W\d]+\s+){0,2}?" + _PEOPLE + r"(?!\w)"
    r"|\bn[úu]mero\s+de\s+(?:llamadas|visitas|reuniones|chamadas|reuniões)\s+(?:a|con|com|para)\s+"
    r"(?:[^\W\d]+\s+){0,2}?" + _PEOPLE + r"(?!\w)"
    r"|\bnombre\s+d[e'](?:\s+)?(?:appels|visites|rendez-vous)\s+(?:aux|à\s+des|chez\s+des|avec\s+des)\s+"
    r"(?:[^\W\d]+\s+){0,2}?" + _PEOPLE + r"(?!\w)"
    r"|\banzahl\s+der\s+(?:anrufe|besuche|termine)\s+bei\s+(?:[^\W\d]+\s+){0,2}?" + _PEOPLE,
    re.IGNORECASE,
)  # fmt: skip
_CALLS_STARTS = frozenset(["numb", "coun", "amou", "núme", "nume", "nomb", "anza"])
_PARTICIPATION = re.compile(
    r"^participation\s+(?:of|in|at)\s+(?:at least\s+)?\d+\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:pitches|events|conferences|meetings|workshops|fairs|webinars|sessions|demos|meetups"
    r"|trade\s+shows|hackathons)\b",
    re.IGNORECASE,
)
_CJK_CONTACTS = re.compile(
    r"\d+\s*(?:社|人|名|件)\s*(?:に|へ)\s*(?:連絡|コンタクト|アプローチ|電話)"
    r"|\d+\s*(?:명|곳|개사|군데)\s*(?:에게|에|께)\s*(?:연락|전화|컨택|이메일)"
)
# Sessions taken or held, counted, in Korean, Japanese and Chinese; posts written in Korean.
_CJK_SESSIONS = re.compile(
    r"\d+\s*회\s*(?:이상\s*)?(?:받기|받는다|듣기|수강(?:하기)?|참석(?:하기)?|진행(?:하기)?)"
    r"|(?:面談|面接|1on1|商談|ミーティング|打ち合わせ|勉強会|カウンセリング|レッスン)\s*(?:数|を)?\s*\d+\s*回"
    r"|完成\s*\d+\s*(?:轮|輪|次|场|場)(?![^，。,]{0,6}?(?:融资|融資|交易|签约|簽約))"
    r"[^，。,]{0,12}?(?:评估|評估|访谈|訪談|面试|面試|评审|評審|复盘|復盤|培训|培訓|演练|演練|测试|測試)"
    r"|\d+\s*(?:개|편)의?\s*(?:글|포스트|포스팅|게시물|칼럼)\s*(?:을|를)?\s*(?:쓰기|작성|올리기|발행)"
)
_PROJECT_COVERAGE = re.compile(
    r"(?:项目|項目|计划|計劃|方案|专项|專項)\s*(?:的)?\s*覆盖率\s*(?:达到|達到|达|達|提升至|提高到|为|為)?"
    r"\s*\d+(?:\.\d+)?\s*[%％]"
)
# Others as the subject: "사용자가 …", "ユーザーが …", "用户完成 …"; customers interviewed are not.
_OTHERS = (
    "사용자가",
    "고객이",
    "회원이",
    "ユーザーが",
    "ユーザー面談",
    "利用者が",
    "用户完成",
    "用戶完成",
)


def contacts_made(written: str) -> bool:
    """Return True for the team's own contacts, calls and pitches, counted."""
    if not written.isascii() and _CJK_CONTACTS.search(written):
        return True
    starts = word_starts(written)
    if not _CONTACT_STARTS.isdisjoint(starts) and (
        _CONTACT_FIRST.search(written) or _CONTACT_LAST.search(written) or _REPLIES.search(written)
    ):
        return True
    if not _CALLS_STARTS.isdisjoint(starts) and _CALLS_RAISED.search(written):
        return True
    return "part" in starts and _PARTICIPATION.search(written) is not None


def sessions_taken(written: str) -> bool:
    """Return True for the writer's own sessions taken or held, posts written, or a project's
    coverage (Chinese, Japanese, Korean), and sessions taken in German and Dutch."""
    if written.isascii():
        return (
            _SESSIONS_LAST.search(written) is not None
            if "nehmen" in written or ("volgen" in written)
            else False
        )
    if _PROJECT_COVERAGE.search(written):
        return True
    return _CJK_SESSIONS.search(written) is not None and not any(w in written for w in _OTHERS)


_SESSIONS_LAST = re.compile(
    r"(?:^|\s)\d+\s+(?:[^\W\d]+\s+)?[\w-]*(?:stunden|kurse|einheiten|sitzungen|lessen|lessons)\s+"
    r"(?:nehmen|volgen)\b",
    re.IGNORECASE,
)


@OWN_WORK.rule("own contacts")
def _own_contacts_rule(reading: Reading) -> bool:
    """ "We have directly contacted 100 potential investors", "필라테스 30회 이상 받기"."""
    return contacts_made(reading.written) or sessions_taken(reading.written)


# After the first run of round 37: a verb of conversation first, then "with" a count of others
_CONVERSING = re.compile(r"^\s*(?:discuss|talk|meet|speak|chat|confer)\b", re.IGNORECASE)
_WITH_COUNT = re.compile(
    r"\bwith\s+(?:at\s+least\s+|more\s+than\s+|over\s+|a\s+minimum\s+of\s+)?"
    r"(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+[a-z]",
    re.IGNORECASE,
)


def conversations_held(written: str) -> bool:
    """Return True for "Discuss opportunities to co-develop with at least two outside
    organizations": the team's own discussions with a count of others."""
    return _CONVERSING.match(written) is not None and _WITH_COUNT.search(written) is not None


@OWN_WORK.rule("conversations held")
def _conversations_held_rule(reading: Reading) -> bool:
    """ "Discuss opportunities to co-develop with at least two outside organizations"."""
    return conversations_held(reading.written)
