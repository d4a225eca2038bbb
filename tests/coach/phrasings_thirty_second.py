"""The thirty-second round's batch of composed key results (docs/plaintext.md, "Thirty-second
round (issue 15, session 20): personal, agent and small-team goals (coach)"), written as patterns
from the round's survey (`tests/coach/survey_thirty_second.py`) and measured before the rules:

- ``quarter_count`` (outcome): a period's label, then a count of others ("Bis Ende Q3 {n}00
  aktive Kunden", "D'ici fin T3 {n}00 clients actifs", "Para el Q3 {n}00 clientes activos"): the
  label's digit is no thousands group of the count (`cairn.text.languages`);
- ``quarter_work`` (activity, near misses): the same label before the team's own work ("Bis Ende
  Q3 {n} Workshops durchführen", "Hasta el Q3 realizar {n}0 llamadas");
- ``body_measured`` (outcome): the writer's body mass or race time ("Lose {n} kg", "Perder {n}
  kilos", "{n} Kilo abnehmen", "体重を6{n}kgにする", "Half marathon in 1:45");
- ``mass_handled`` (activity, near misses): a mass of things handled ("Collect {n}00 kg of
  litter");
- ``own_practice`` (activity): the writer's own distance, minutes or times of practice, the verb
  last or in Vietnamese and Japanese ("{n}00 km laufen", "Täglich {n}0 Minuten Spanisch lernen",
  "{n} keer per week sporten", "Mỗi ngày đọc sách {n}0 phút", "年間{n}0回ジムに行く");
- ``others_time`` (outcome, near misses): users' time and visits ("Nutzer verbringen täglich
  {n}0 Minuten in der App", "ユーザーが月に{n}回ログインする");
- ``own_counted`` (activity): the writer's own things made, sent or handled, counted, in Dutch,
  Polish, Chinese, Korean and Vietnamese ("{n}0 klantgesprekken voeren", "Zrobić {n}0
  treningów", "投递{n}0份简历", "清理{n}00条过期记忆", "블로그 글 {n}0개 쓰기", "Gửi {n}00 email");
- ``others_counted`` (outcome, near misses): others' entries, readers and followers ("获得{n}00
  条好评", "阅读量{n}万", "Llegar a {n}0.000 seguidores en Instagram").

`python -m tests.coach.phrasings_thirty_second [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import DECOR, KIND

THIRTY_SECOND: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "body_measured": (
            "Lose {n} kg",
            "Weigh 7{n} kg by June",
            "Lose {n} lbs",
            "Squat 1{n}0 kg",
            "Half marathon in 1:45",
            "Run 5k in 24:00",
        ),
        "mass_handled": ("Collect {n}00 kg of litter",),
        "own_practice": ("Log {n}00 hours of deep work",),
    },
    "de": {
        "quarter_count": ("Bis Ende Q3 {n}00 aktive Kunden", "Bis Q4 {n}00 zahlende Kunden"),
        "quarter_work": ("Bis Ende Q3 {n} Workshops durchführen", "Bis Q4 {n}0 Kunden anrufen"),
        "body_measured": ("{n} Kilo abnehmen", "Halbmarathon in 1:59:00"),
        "own_practice": (
            "{n}00 km laufen",
            "{n}00 km Rad fahren",
            "Täglich {n}0 Minuten Spanisch lernen",
            "{n} Mal pro Woche trainieren",
        ),
        "others_time": ("Nutzer verbringen täglich {n}0 Minuten in der App",),
    },
    "fr": {
        "quarter_count": ("D'ici fin T3 {n}00 clients actifs",),
        "quarter_work": ("D'ici fin T3 publier {n} articles",),
        "body_measured": ("Perdre {n} kg", "Perdre {n} kilos"),
    },
    "es": {
        "quarter_count": ("Para el Q3 {n}00 clientes activos",),
        "quarter_work": ("Hasta el Q3 realizar {n}0 llamadas",),
        "body_measured": ("Perder {n} kilos", "Pesar 7{n} kg", "Correr una media maratón en 1:50"),
        "mass_handled": ("Recoger {n}00 kg de basura",),
        "others_counted": ("Llegar a {n}0.000 seguidores en Instagram",),
    },
    "pt": {
        "quarter_count": ("Até o Q3 {n}00 clientes ativos",),
        "body_measured": ("Perder {n} quilos",),
        "others_counted": ("Chegar a {n} mil inscritos",),
    },
    "it": {
        "quarter_count": ("Entro il Q3 {n}00 clienti attivi",),
        "body_measured": ("Perdere {n} kg",),
    },
    "nl": {
        "quarter_count": ("Voor eind Q3 {n}00 actieve klanten",),
        "body_measured": ("{n} kg afvallen",),
        "own_practice": (
            "{n}00 km hardlopen",
            "{n}00 km fietsen",
            "Elke dag {n}0 minuten lezen",
            "{n} keer per week sporten",
        ),
        "own_counted": (
            "{n}0 klantgesprekken voeren",
            "{n} rapporten opstellen",
            "{n} boeken lezen",
            "{n} online cursussen afronden",
        ),
    },
    "pl": {
        "body_measured": ("Schudnąć {n} kg",),
        "own_counted": ("Zrobić {n}0 treningów", "Codziennie czytać {n}0 stron"),
    },
    "zh": {
        "own_counted": (
            "写完{n}万字小说",
            "投递{n}0份简历",
            "生成{n}份周报",
            "清理{n}00条过期记忆",
            "整理{n}00条笔记",
        ),
        "others_counted": ("获得{n}00条好评", "阅读量{n}万", "用户写{n}00字评价"),
    },
    "ja": {
        "body_measured": ("体重を6{n}kgにする",),
        "own_practice": ("年間{n}0回ジムに行く", "月に{n}回ジムに行く"),
        "others_time": ("ユーザーが月に{n}回ログインする",),
    },
    "ko": {
        "own_counted": ("온라인 강의 {n}개 완강하기", "블로그 글 {n}0개 쓰기"),
        "others_counted": ("돈 {n}0만원 쓰기",),
    },
    "vi": {
        "own_practice": ("Mỗi ngày đọc sách {n}0 phút", "Tập gym {n} buổi mỗi tuần"),
        "own_counted": ("Gửi {n}00 email chào hàng",),
    },
}

FAMILIES = (
    "quarter_count",
    "quarter_work",
    "body_measured",
    "mass_handled",
    "own_practice",
    "others_time",
    "own_counted",
    "others_counted",
)
KIND.update(
    {
        "quarter_count": "outcome",
        "quarter_work": "activity",
        "body_measured": "outcome",
        "mass_handled": "activity",
        "own_practice": "activity",
        "others_time": "outcome",
        "own_counted": "activity",
        "others_counted": "outcome",
    }
)
DECOR.setdefault("vi", ("ít nhất {n}", "trước cuối quý 3", False))


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, THIRTY_SECOND, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
