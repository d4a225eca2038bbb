"""The team's own presence at events, hours and times of practice, in more languages (coach,
twenty-second round).

The held-out sets' first runs miss the team's own presence, practice and hours written in
languages the earlier rules read only in part (docs/plaintext.md, "Twenty-second round (issue
15): the coach"); `own_participation.own_presence` reads the English and Romance verb-first forms
("Participar en al menos 5 presentaciones", "Appear on 10 personal growth podcasts") and
`own_study.own_hours` the hours after a verb of working or studying. These read:

- **presence at events** (`presence_at_events`): a verb of taking part or being present before a
  count ("Participer à 5 salons professionnels", "Estar presente em 6 feiras do setor", "Tener
  presencia en 5 eventos", "Deelnemen aan 4 netwerkevenementen", "Wziąć udział w 5
  konferencjach", "Menghadiri 5 konferensi industri", "Принять участие в 5 конференциях"), a
  count of events then the verb ("Op 3 beurzen staan", "4 konferansa katılmak"), or in Japanese
  and Korean ("業界カンファレンスに5回参加する", "업계 행사 5회 참가"). A share of participants stays a
  result ("Participation rate of 80%": no count after the verb);
- **hours and times of practice** (`hours_and_practice`): hours spent or studied after a verb
  in Polish, Indonesian and Russian ("Poświęcić 5 godzin tygodniowo na naukę", "Belajar 5 jam per
  minggu", "Заниматься 5 часов в неделю"), and times of training a week ("Ćwiczyć 3 razy w
  tygodniu", "Olahraga 3 kali seminggu", "Тренироваться 3 раза в неделю", "週3回ジムに通う"). Users'
  times stay results ("ユーザーが週3回ログインする"). Thirty-second round: a month's or a year's times
  in Japanese ("年間100回ジムに行く", "月に4回ジムに行く"), minutes, hours or times then the
  practice, the verb last in German and Dutch ("Täglich 30 Minuten Spanisch lernen", "Elke dag
  30 minuten lezen", "3 keer per week sporten") or first in Vietnamese ("Mỗi ngày đọc sách 30
  phút", "Tập gym 3 buổi mỗi tuần"); users' or customers' time stays a result ("Nutzer
  verbringen täglich 30 Minuten in der App").
"""

from __future__ import annotations

import re

from cairn.coach.own_legwork import word_starts
from cairn.coach.work_rules import OWN_WORK, Reading

_FLOOR = r"(?:(?:at least|au moins|al menos|pelo menos|co najmniej|minimal|не менее|minstens)\s+)?"
_PRESENCE = re.compile(
    r"(?:^|\s)(?:participer\s+(?:à|aux)|deelnemen\s+aan|wziąć\s+udział\s+w|uczestniczyć\s+w"
    r"|menghadiri|mengikuti|hadir\s+di|принять\s+участие\s+в|участвовать\s+в|estar\s+presente"
    r"\s+(?:em|en|nas|nos|na|no)|tener\s+presencia\s+en|be\s+present\s+at|exposer\s+(?:à|sur))\s+"
    + _FLOOR
    + r"\d+\s+(?![%\d])"
    r"|(?:^|\s)op\s+\d+\s+[^\W\d]+\s+(?:staan|spreken|exposeren)\b"
    r"|(?:^|\s)\d+\s+(?:[^\W\d]+\s+)?[^\W\d]+(?:a|e|ya|ye)\s+katıl(?:mak|ım)",
    re.IGNORECASE,
)
# The words the patterns open with (their first four letters): a cheap gate.
_PRESENCE_STARTS = frozenset(
    ["part", "deel", "wzią", "ucze", "meng", "hadi", "прин", "учас", "esta", "tene", "pres",
     "expo", "op", "katı"]
)  # fmt: skip
_CJK_PRESENCE = re.compile(
    r"(?:カンファレンス|イベント|展示会|セミナー|勉強会|学会|ミートアップ)に\s*\d+\s*回\s*(?:参加|登壇|出展)"
    r"|(?:행사|컨퍼런스|콘퍼런스|세미나|박람회|전시회|학회|밋업)\s*\d+\s*(?:회|번|개)\s*(?:참가|참석|발표)"
)
_HOURS = re.compile(
    r"^(?:poświęcić|spędzić|belajar|bekerja|meluangkan|заниматься|работать|учиться|тратить"
    r"|уделять)\s+" + _FLOOR + r"\d+\s*(?:godzin\w*|jam|час\w*)(?!\w)",
    re.IGNORECASE,
)
_TIMES = re.compile(
    r"^(?:ćwiczyć|trenować|biegać|olahraga|berolahraga|latihan|тренироваться|заниматься"
    r"|бегать)\s+(?:[^\W\d]+\s+)?\d+\s*(?:razy|raz|kali|раза?)(?!\w)",
    re.IGNORECASE,
)
_CJK_TIMES = re.compile(
    r"(?:週|月に?|年間?|毎週|毎月)\s*\d+\s*回[^。、]{0,10}?(?:ジム|運動|ランニング|トレーニング|練習|筋トレ"
    r"|ヨガ)"
)
# Thirty-second round: a time of day or week, minutes or hours, then the practice, the verb last
# (German, Dutch) or first (Vietnamese): "Täglich 30 Minuten Spanisch lernen", "Elke dag 30
# minuten lezen", "3 keer per week sporten", "Mỗi ngày đọc sách 30 phút", "Tập gym 3 buổi mỗi
# tuần". Others' time stays a result ("Nutzer verbringen täglich 30 Minuten in der App").
_PRACTICE_LAST = re.compile(
    r"(?:^|\s)\d+\s*(?:Minuten|Stunden|minuten|uur|keer|Mal)\s+(?:[^\W\d]+\s+){0,3}?"
    r"(?:lernen|lesen|üben|meditieren|trainieren|laufen|joggen|schwimmen|leren|lezen|oefenen"
    r"|studeren|mediteren|sporten|trainen|hardlopen|zwemmen)\s*$",
    re.IGNORECASE,
)
_PRACTICE_VI = re.compile(
    r"^(?:mỗi ngày\s+|hàng ngày\s+|mỗi tuần\s+)?(?:đọc sách|học|tập|luyện|thiền|chạy bộ)"
    r"(?:\s+[^\W\d]+){0,2}?\s+\d+\s*(?:phút|giờ|buổi|lần)(?!\w)",
    re.IGNORECASE,
)
_PRACTICE_OTHERS = re.compile(r"nutzer|kund|gebruiker|klant|bezoeker|người dùng|khách", re.I)
_OTHERS = ("ユーザー", "利用者", "顧客", "会員", "お客様")


def presence_at_events(written: str) -> bool:
    """Return True for the team's own presence at a count of events."""
    if not written.isascii() and _CJK_PRESENCE.search(written):
        return True
    if _PRESENCE_STARTS.isdisjoint(word_starts(written)):
        return False
    return _PRESENCE.search(written) is not None


def hours_and_practice(written: str) -> bool:
    """Return True for the writer's own hours spent or times of training, counted."""
    if _HOURS.search(written) or _TIMES.search(written):
        return True
    if (_PRACTICE_LAST.search(written) or _PRACTICE_VI.match(written)) and not (
        _PRACTICE_OTHERS.search(written)
    ):
        return True  # "Täglich 30 Minuten Spanisch lernen", "Mỗi ngày đọc sách 30 phút"
    return (
        not written.isascii()
        and _CJK_TIMES.search(written) is not None
        and not any(word in written for word in _OTHERS)
    )


@OWN_WORK.rule("presence and practice")
def _presence_and_practice_rule(reading: Reading) -> bool:
    """ "Participer à 5 salons professionnels", "Belajar 5 jam per minggu", "週3回ジムに通う"."""
    return presence_at_events(reading.written) or hours_and_practice(reading.written)
