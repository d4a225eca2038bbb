"""Sections of an OKR page that record its progress (issue 15, thirty-third reader round).

Teams keep their OKR page up to date in place: under an objective or a key result, or between
and after the objectives, they add a progress log ("### Progress log", "#### Updates",
"**Check-ins**", "## Histórico"), a period's update ("## October update", "### Week 42
check-in", "## Actualización de octubre", "## KW 42 Check-in", "## 10月の進捗"), a retro
("## Retro: what went well", "## Qué no salió bien") or next steps ("## Next steps",
"## Nächste Schritte"). Such a heading, the whole heading (a period and connectors aside),
names a section of something else: its bullets, measured or not ("- Increase outreach to 50
leads"), are no objective and no key result (`outline_rules._named_section`).

A word of a log stands alone ("Updates", "Progress log", "Check-ins"); a word a period's
report shares with other headings ("update", "point", "进展", "進捗", "review") needs its period
("October update", "Point d'octobre", "10 月进展"). A heading that says more than its name and
period ("Updates to the billing flow", "Ship the October update to 40 teams") is read as before.
"""

from __future__ import annotations

import re

# A month, a week or a quarter as a progress heading names it (several languages).
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|augustus|mei"
    r"|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad"
    r"|grudzień|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia|январь|февраль|март|апрель|июнь|июль|август|сентябрь|октябрь|ноябрь"
    r"|декабрь|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|januari|pebruari|maret|juni|juli|agustus|oktober|desember"
    r"|\d{1,2}\s*(?:月|월)|\d{4}-\d{2}(?:-\d{2})?)"
)
_ONE_PERIOD = (
    rf"(?:{_MONTH}(?:\s+\d{{1,2}},?)?(?:\s+\d{{4}})?|\d{{1,2}}\.?\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|q[1-4](?:\s+\d{4})?|\d{4}"
    r"|(?:week|wk|kw|cw|semana|semaine|woche|tydzień|неделя|minggu)\s*\d{1,2}"
    r"|第\s*\d{1,2}\s*[周週]|\d{1,2}\s*주차"
    r"|weekly|monthly|quarterly|mensual|semanal|mensal|mensuel(?:le)?|hebdomadaire"
    r"|wöchentliche[rs]?|monatliche[rs]?|wekelijkse|maandelijkse|tygodniowa|miesięczna"
    r"|еженедельное|ежемесячное|每周|每月|週次|月次|주간|월간|mingguan|bulanan)"
)
# "Q3 week 4", "Sep 2026, week 39": a period within a period (first run of round 39)
_PERIOD = rf"(?:{_ONE_PERIOD}(?:\s*[,·/]?\s+{_ONE_PERIOD})?)"
# Words of a log, standing alone ("Updates", "Progress log", "Histórico", "Next steps").
_LOG_WORD = (
    r"(?:progress\s+(?:log|notes|updates?|history)|updates|status\s+updates|check-?ins?|changelog"
    r"|history|log|next\s+steps|registro\s+de\s+avance|actualizaciones|seguimiento|histórico"
    r"|historial|atualizações|journal\s+de\s+suivi|mises\s+à\s+jour|points\s+d'étape"
    r"|fortschrittsprotokoll|verlauf|voortgangslog|voortgang\s+log|dziennik\s+postępów"
    r"|aktualizacje|przeglądy|журнал\s+прогресса|обновления|чек-ины|история|进展记录|更新记录"
    r"|检查记录|更新|進捗ログ|更新履歴|チェックイン|진행\s*기록|업데이트|체크인|catatan\s+kemajuan"
    r"|pembaruan|riwayat|próximos\s+pasos|próximos\s+passos|prochaines\s+étapes|nächste\s+schritte"
    r"|volgende\s+stappen|następne\s+kroki|следующие\s+шаги|下一步|次のステップ|다음\s*단계"
    r"|langkah\s+berikutnya)"
)
# Words of a period's report, read only with their period ("October update", "第 42 周检查").
_REPORT_WORD = (
    r"(?:update|status\s+update|check-?in|review|report|actualización|seguimiento|atualização"
    r"|check-in|point(?:\s+d'étape)?|update|aktualizacja|przegląd|обновление|чек-ин|отчёт"
    r"|进展|检查|更新|進捗|チェックイン|업데이트|체크인|pembaruan|check-in"
    # a retro or a review of a period ("Rückblick KW 39", "Revisión semana 3", "Bilan de Q3")
    r"|retro(?:spective)?|rückblick|retrospektive|rétrospective|retrospectiva|revisión|revisão"
    r"|revue|bilan|ретроспектива|回顾|复盘|振り返り|회고)"
)
# what joins a period to its word: a dash, a colon, "de", "of", "の", a space; nothing after a
# period written in Chinese, Japanese or Korean ("10月进展", "週次チェックイン")
_JOIN = (
    r"(?:\s*[-–—:：,]\s*|\s+(?:de|do|da|du|del|d'|za|за|of|for|van|vom)\s+|\s*の\s*|\s*d'|\s+|-"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]))"
)
# what may close the heading: a note in brackets ("Check-in 2026-09 (update, 2026-09-24)",
# "(baseline)"), a colon
_END = r"(?:\s*[(（][^()（）]{1,60}[)）])?\s*[:：]?$"
_RECORD = re.compile(
    rf"^(?:{_PERIOD}{_JOIN})?{_LOG_WORD}(?:{_JOIN}{_PERIOD})?{_END}"
    rf"|^{_PERIOD}{_JOIN}{_REPORT_WORD}{_END}|^{_REPORT_WORD}{_JOIN}{_PERIOD}{_END}",
    re.I,
)
# The retro's questions in other languages (the English ones are outline_words.RETROSPECTIVE_WORD)
RETRO_WORD = (
    r"(?:rétro|ретро|qué\s+(?:no\s+)?salió\s+bien|aprendizajes|o\s+que\s+(?:não\s+)?deu\s+certo"
    r"|aprendizados|ce\s+qui\s+(?:a\s+marché|n'a\s+pas\s+marché)|enseignements"
    r"|was\s+(?:nicht\s+)?gut\s+lief|erkenntnisse|wat\s+ging\s+(?:minder\s+)?goed|lessen"
    r"|co\s+poszło\s+dobrze|co\s+nie\s+wyszło|wnioski|что\s+(?:не\s+)?получилось|выводы"
    r"|做得好的|做得不好的|良かったこと|うまくいかなかったこと|学び|잘된\s*점|아쉬운\s*점|배운\s*점"
    r"|yang\s+(?:berjalan|kurang)\s+baik|pelajaran)"
)


def names_a_record(text: str) -> bool:
    """Return True for a heading naming a progress log, a period's update or next steps."""
    return len(text) <= 80 and bool(_RECORD.match(text.strip()))
