"""The thirty-third reader round's survey (issue 15): OKR pages that teams keep up to date in
place, the objective / key-result tree interleaved with its own progress record, one small page
per convention and language (the 12 languages of bench/document_survey.py, 2-3 objectives of 2-3
key results, the expected tree known by construction), read by the reader.

    .venv/bin/python -m bench.document_survey_progress                 # every convention
    .venv/bin/python -m bench.document_survey_progress dated_checkins  # one, its misses shown

Written before any rule of the round (the "before" figure of docs/plaintext.md, "The
thirty-third reader round"): dated check-in lines nested under a key result, check-in tables,
"Progress log" / "Updates" sub-headings, monthly and weekly update sections, retros and next
steps between or after the objectives, per-key-result field lines, a scoreboard table over the
detailed tree, key results dropped or descoped mid-cycle.

The labels follow the earlier rounds' conventions: a check-in line (dated, "Week 3: …") is the
record of a key result, never a key result, and gives it no status or score (the latest value is
a check-in, which the import does not write); a "Status: at risk" field gives the status as
written, "Progress: 45%" the score 0.45, "Owner: @maria" the owner as written; "Confidence: 7/10",
"Current: 18 / Target: 40" and "Last updated: …" give nothing (a confidence figure is no score);
an update, retro, next-steps or learnings section holds no objective and no key result; a
scoreboard table over the detailed tree is read once (the tree; the table is its summary); a
struck-through key result is left out ("key result struck through"), a bracketed "[descoped]" a
status as written.
"""

import sys

from tests.text.document_shapes import KeyResult, Objective, Tree

from bench.document_survey import W, conventions, survey
from bench.document_survey_goals import FIELDS, STATUS, kr_tree
from bench.document_survey_plans import c, marked_page

CONV, conv = conventions()


LOG = {
    "en": "Progress log", "es": "Registro de avance", "pt": "Histórico", "fr": "Journal de suivi",
    "de": "Fortschrittsprotokoll", "nl": "Voortgangslog", "pl": "Dziennik postępów",
    "ru": "Журнал прогресса", "zh": "进展记录", "ja": "進捗ログ", "ko": "진행 기록",
    "id": "Catatan kemajuan",
}  # fmt: skip
UPDATES = {
    "en": "Updates", "es": "Actualizaciones", "pt": "Atualizações", "fr": "Mises à jour",
    "de": "Updates", "nl": "Updates", "pl": "Aktualizacje", "ru": "Обновления", "zh": "更新",
    "ja": "更新", "ko": "업데이트", "id": "Pembaruan",
}  # fmt: skip
CHECKINS = {
    "en": "Check-ins", "es": "Seguimiento", "pt": "Check-ins", "fr": "Points d'étape",
    "de": "Check-ins", "nl": "Check-ins", "pl": "Przeglądy", "ru": "Чек-ины", "zh": "检查记录",
    "ja": "チェックイン", "ko": "체크인", "id": "Check-in",
}  # fmt: skip
MONTH_UPDATE = {
    "en": "October update", "es": "Actualización de octubre", "pt": "Atualização de outubro",
    "fr": "Point d'octobre", "de": "Oktober-Update", "nl": "Update oktober",
    "pl": "Aktualizacja za październik", "ru": "Обновление за октябрь", "zh": "10 月进展",
    "ja": "10月の進捗", "ko": "10월 업데이트", "id": "Pembaruan Oktober",
}  # fmt: skip
WEEK_CHECKIN = {
    "en": "Week 42 check-in", "es": "Semana 42: seguimiento", "pt": "Semana 42 — check-in",
    "fr": "Semaine 42 : point d'étape", "de": "KW 42 Check-in", "nl": "Week 42 check-in",
    "pl": "Tydzień 42 — przegląd", "ru": "Неделя 42: чек-ин", "zh": "第 42 周检查",
    "ja": "第42週のチェックイン", "ko": "42주차 체크인", "id": "Minggu 42: check-in",
}  # fmt: skip
WEEK = {
    "en": "Week {n}", "es": "Semana {n}", "pt": "Semana {n}", "fr": "Semaine {n}",
    "de": "Woche {n}", "nl": "Week {n}", "pl": "Tydzień {n}", "ru": "Неделя {n}", "zh": "第{n}周",
    "ja": "第{n}週", "ko": "{n}주차", "id": "Minggu {n}",
}  # fmt: skip
RETRO = {
    "en": ("Retro: what went well", "What didn't go well", "Next steps", "Learnings"),
    "es": ("Retro: qué salió bien", "Qué no salió bien", "Próximos pasos", "Aprendizajes"),
    "pt": ("Retro: o que deu certo", "O que não deu certo", "Próximos passos", "Aprendizados"),
    "fr": ("Rétro : ce qui a marché", "Ce qui n'a pas marché", "Prochaines étapes", "Enseignements"),
    "de": ("Retro: was gut lief", "Was nicht gut lief", "Nächste Schritte", "Erkenntnisse"),
    "nl": ("Retro: wat ging goed", "Wat ging minder goed", "Volgende stappen", "Lessen"),
    "pl": ("Retro: co poszło dobrze", "Co nie wyszło", "Następne kroki", "Wnioski"),
    "ru": ("Ретро: что получилось", "Что не получилось", "Следующие шаги", "Выводы"),
    "zh": ("复盘：做得好的", "做得不好的", "下一步", "经验教训"),
    "ja": ("振り返り：良かったこと", "うまくいかなかったこと", "次のステップ", "学び"),
    "ko": ("회고: 잘된 점", "아쉬운 점", "다음 단계", "배운 점"),
    "id": ("Retro: yang berjalan baik", "Yang kurang baik", "Langkah berikutnya", "Pelajaran"),
}  # fmt: skip
PROGRESS = {
    "en": "Progress", "es": "Progreso", "pt": "Progresso", "fr": "Progression",
    "de": "Fortschritt", "nl": "Voortgang", "pl": "Postęp", "ru": "Прогресс", "zh": "进度",
    "ja": "進捗", "ko": "진행률", "id": "Progres",
}  # fmt: skip
CONFIDENCE = {
    "en": "Confidence", "es": "Confianza", "pt": "Confiança", "fr": "Confiance",
    "de": "Zuversicht", "nl": "Vertrouwen", "pl": "Pewność", "ru": "Уверенность", "zh": "信心",
    "ja": "自信度", "ko": "자신감", "id": "Keyakinan",
}  # fmt: skip
UPDATED = {
    "en": "Last updated", "es": "Última actualización", "pt": "Última atualização",
    "fr": "Dernière mise à jour", "de": "Zuletzt aktualisiert", "nl": "Laatst bijgewerkt",
    "pl": "Ostatnia aktualizacja", "ru": "Обновлено", "zh": "最后更新", "ja": "最終更新",
    "ko": "최종 업데이트", "id": "Terakhir diperbarui",
}  # fmt: skip
AT_RISK = {
    "en": "at risk", "es": "en riesgo", "pt": "em risco", "fr": "à risque", "de": "gefährdet",
    "nl": "risico", "pl": "zagrożony", "ru": "под угрозой", "zh": "有风险", "ja": "リスクあり",
    "ko": "위험", "id": "berisiko",
}  # fmt: skip
ON_TRACK = {
    "en": "on track", "es": "en buen camino", "pt": "no caminho", "fr": "en bonne voie",
    "de": "im Plan", "nl": "op koers", "pl": "zgodnie z planem", "ru": "по плану", "zh": "正常",
    "ja": "順調", "ko": "순항", "id": "sesuai jalur",
}  # fmt: skip
# Check-in table columns: date, value, confidence, note.
TABLE = {
    "en": ("Date", "Value", "Confidence", "Note"), "es": ("Fecha", "Valor", "Confianza", "Nota"),
    "pt": ("Data", "Valor", "Confiança", "Nota"), "fr": ("Date", "Valeur", "Confiance", "Remarque"),
    "de": ("Datum", "Wert", "Zuversicht", "Notiz"), "nl": ("Datum", "Waarde", "Vertrouwen", "Notitie"),
    "pl": ("Data", "Wartość", "Pewność", "Uwagi"), "ru": ("Дата", "Значение", "Уверенность", "Комментарий"),
    "zh": ("日期", "数值", "信心", "备注"), "ja": ("日付", "値", "自信度", "メモ"),
    "ko": ("날짜", "값", "자신감", "메모"), "id": ("Tanggal", "Nilai", "Keyakinan", "Catatan"),
}  # fmt: skip
DROPPED = {
    "en": "dropped", "es": "descartado", "pt": "descartado", "fr": "abandonné", "de": "gestrichen",
    "nl": "geschrapt", "pl": "porzucony", "ru": "отменён", "zh": "已放弃", "ja": "中止",
    "ko": "중단", "id": "dibatalkan",
}  # fmt: skip
DATES = ("2026-10-07", "2026-10-14", "2026-10-21")


def o_heading(lang, i, o):
    return f"## O{i}{c(lang)}{o.title}"


def kr_heading(lang, i, j, kr):
    return f"### KR{i}.{j}{c(lang)}{kr.text}"


def short_month(lang, k):
    """A month-and-day date as teams write it: "Oct 14" in English, "14.10." in German, ISO-less
    "14/10" elsewhere, "10月14日" in CJK."""
    day = (7, 14, 21)[k % 3]
    if lang == "en":
        return f"Oct {day}"
    if lang == "de":
        return f"{day}.10."
    if lang in ("zh", "ja"):
        return f"10月{day}日"
    if lang == "ko":
        return f"10월 {day}일"
    return f"{day}/10"


@conv
def dated_checkins(lang, t):
    """ "- KR" bullets each over nested "  - 2026-10-07: 12 → 15, on track" check-in lines."""
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for k, kr in enumerate(o.key_results):
            L.append(f"- {kr.text}")
            L += [f"  - {DATES[0]}{c(lang)}12 → 15, {ON_TRACK[lang]}"]
            L += [f"  - {DATES[1]}{c(lang)}15 → {18 + k}, {AT_RISK[lang]}"]
        L.append("")
    return L, t


@conv
def month_day_checkins(lang, t):
    """ "- KR" bullets over "  - Oct 14 — 18/40 (45%) 🟡" lines (a fraction, a share, a colour)."""
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for k, kr in enumerate(o.key_results):
            L.append(f"- {kr.text}")
            L += [f"  - {short_month(lang, k)} — 12/40 (30%) 🟢"]
            L += [f"  - {short_month(lang, k + 1)} — 18/40 (45%) 🟡"]
        L.append("")
    return L, t


@conv
def week_checkins(lang, t):
    """ "- KR" bullets over "  - Week 3: 22%" lines."""
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for kr in o.key_results:
            L.append(f"- {kr.text}")
            L += [f"  - {WEEK[lang].format(n=2)}{c(lang)}15%"]
            L += [f"  - {WEEK[lang].format(n=3)}{c(lang)}22%"]
        L.append("")
    return L, t


@conv
def checkin_table_under_kr(lang, t):
    """ "### KR1.1: text" headings each over a "| Date | Value | Confidence | Note |" table."""
    h = TABLE[lang]
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for j, kr in enumerate(o.key_results, 1):
            L += [kr_heading(lang, i, j, kr), "", "| " + " | ".join(h) + " |", "|---|---|---|---|"]
            L += [f"| {DATES[0]} | 12 | 7/10 | {ON_TRACK[lang]} |"]
            L += [f"| {DATES[1]} | 18 | 6/10 | {AT_RISK[lang]} |", ""]
    return L, t


@conv
def checkin_table_under_bullets(lang, t):
    """ "## O1: title" over "- KR" bullets, then one "| Date | Value | Confidence | Note |" table of
    the objective's check-ins."""
    h = TABLE[lang]
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
        L += ["| " + " | ".join(h) + " |", "|---|---|---|---|"]
        L += [f"| {DATES[0]} | 12 | 0.7 | {ON_TRACK[lang]} |"]
        L += [f"| {DATES[1]} | 18 | 0.6 | {AT_RISK[lang]} |", ""]
    return L, t


@conv
def log_heading_under_kr(lang, t):
    """ "### KR1.1: text" over "#### Progress log" over dated bullets."""
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for j, kr in enumerate(o.key_results, 1):
            L += [kr_heading(lang, i, j, kr), "", f"#### {LOG[lang]}", ""]
            L += [f"- {DATES[0]}{c(lang)}12 → 15", f"- {DATES[1]}{c(lang)}15 → 18", ""]
    return L, t


@conv
def updates_under_kr_bullet(lang, t):
    """ "- KR" bullets each over a nested "  - Updates:" header and dated bullets below it."""
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for kr in o.key_results:
            L += [f"- {kr.text}", f"  - {UPDATES[lang]}{c(lang).rstrip()}"]
            L += [f"    - {DATES[0]}{c(lang)}12 → 15", f"    - {DATES[1]}{c(lang)}15 → 18"]
        L.append("")
    return L, t


@conv
def checkins_heading_under_objective(lang, t):
    """ "## O1: title" over "- KR" bullets, then "### Check-ins" over dated bullets holding
    measured sentences."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
        L += [f"### {CHECKINS[lang]}", "", f"- {DATES[0]}{c(lang)}{w.krs[4]}"]
        L += [f"- {DATES[1]}{c(lang)}{w.steps[2]}", ""]
    return L, t


@conv
def month_update_after(lang, t):
    """The objectives, then "## October update" over measured bullets ("Increase …"): none of
    them a key result."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    L += [f"## {MONTH_UPDATE[lang]}", "", f"- {w.krs[4]}", f"- {w.krs[5]}", f"- {w.steps[1]}", ""]
    return L, t


@conv
def week_checkin_between(lang, t):
    """ "## Week 42 check-in" sections between the objectives, over measured bullets."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
        L += [f"## {WEEK_CHECKIN[lang]}", "", f"- {w.krs[(i + 3) % 6]}", f"- {w.steps[3]}", ""]
    return L, t


@conv
def retro_sections(lang, t):
    """The objectives, then "## Retro: what went well", "## What didn't go well", "## Next
    steps" and "## Learnings" over bullets, some measured."""
    w = W(lang)
    r = RETRO[lang]
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    L += [f"## {r[0]}", "", f"- {w.krs[5]}", "", f"## {r[1]}", "", f"- {w.steps[1]}", ""]
    L += [f"## {r[2]}", "", f"- {w.krs[4]}", f"- {w.steps[2]}", "", f"## {r[3]}", ""]
    L += [f"- {w.steps[3]}", ""]
    return L, t


@conv
def kr_field_bullets(lang, t):
    """ "- KR" bullets over nested "Current: 18 / Target: 40", "Progress: 45%", "Confidence: 7/10",
    "Status: at risk", "Owner: @maria", "Last updated: …" bullets: the status, the score 0.45 and
    the owner read, the rest nothing."""
    f = FIELDS[lang]
    L = [f"# {W(lang).page}", ""]
    C = c(lang)
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for kr in o.key_results:
            L += [f"- {kr.text}", f"  - {f[2]}{C}18 / {f[1]}{C}40", f"  - {PROGRESS[lang]}{C}45%"]
            L += [f"  - {CONFIDENCE[lang]}{C}7/10", f"  - {STATUS[lang]}{C}{AT_RISK[lang]}"]
            L += [f"  - {W(lang).owner}{C}@maria", f"  - {UPDATED[lang]}{C}{DATES[1]}"]
        L.append("")
    return L, kr_tree(t, owner="@maria", score=0.45, status=AT_RISK[lang])


@conv
def kr_field_lines(lang, t):
    """ "### KR1.1: text" headings over plain field lines ("Current: 18 / Target: 40",
    "Progress: 45%", "Confidence: 7/10", "Status: at risk", "Last updated: …")."""
    f = FIELDS[lang]
    C = c(lang)
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for j, kr in enumerate(o.key_results, 1):
            L += [kr_heading(lang, i, j, kr), "", f"{f[2]}{C}18 / {f[1]}{C}40"]
            L += [f"{PROGRESS[lang]}{C}45%", f"{CONFIDENCE[lang]}{C}7/10"]
            L += [f"{STATUS[lang]}{C}{AT_RISK[lang]}", f"{UPDATED[lang]}{C}{DATES[1]}", ""]
    return L, kr_tree(t, score=0.45, status=AT_RISK[lang])


@conv
def confidence_trend(lang, t):
    """ "- KR" bullets over "  - Confidence: 0.7 → 0.6 → 0.5" (a trend of confidence, no score)."""
    C = c(lang)
    L = [f"# {W(lang).page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for kr in o.key_results:
            L += [f"- {kr.text}", f"  - {CONFIDENCE[lang]}{C}0.7 → 0.6 → 0.5"]
        L.append("")
    return L, t


@conv
def scoreboard_then_tree(lang, t):
    """A scoreboard "| KR | Start | Current | Target | Status |" over every key result, then the
    detailed tree: read once (the tree)."""
    f = FIELDS[lang]
    L = [f"# {W(lang).page}", "", f"| KR | {f[0]} | {f[2]} | {f[1]} | {STATUS[lang]} |"]
    L.append("|---|---|---|---|---|")
    for i, o in enumerate(t.objectives, 1):
        for j, kr in enumerate(o.key_results, 1):
            L.append(f"| KR{i}.{j} {kr.text} | 12 | 18 | 40 | {ON_TRACK[lang]} |")
    L.append("")
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        L += [f"- KR{i}.{j}{c(lang)}{kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


@conv
def scoreboard_titles_then_tree(lang, t):
    """As scoreboard_then_tree, the table's first column the key result's text alone."""
    f = FIELDS[lang]
    L = [f"# {W(lang).page}", "", f"| KR | {f[0]} | {f[2]} | {f[1]} | {STATUS[lang]} |"]
    L.append("|---|---|---|---|---|")
    for o in t.objectives:
        for kr in o.key_results:
            L.append(f"| {kr.text} | 12 | 18 | 40 | {ON_TRACK[lang]} |")
    L.append("")
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def struck_dropped(lang, t):
    """A third key result struck through and marked "(dropped)": left out."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        L += [f"- KR{i}.{j}{c(lang)}{kr.text}" for j, kr in enumerate(o.key_results, 1)]
        n = len(o.key_results) + 1
        L += [f"- ~~KR{i}.{n}{c(lang)}{w.krs[5]}~~ ({DROPPED[lang]})", ""]
    return L, t


@conv
def descoped_tag(lang, t):
    """Every second key result closed by "[descoped]" (a status, as written)."""
    L, _ = marked_page(
        t,
        [f"# {W(lang).page}", ""],
        lambda i, o: [o_heading(lang, i, o), ""],
        lambda k, kr: f"- {kr.text}" + (f" [{DROPPED[lang]}]" if k % 2 else ""),
        (None, None),
    )
    out = []
    k = 0
    for o in t.objectives:
        krs = []
        for kr in o.key_results:
            krs.append(KeyResult(kr.text, status=DROPPED[lang] if k % 2 else None))
            k += 1
        out.append(Objective(o.title, tuple(krs)))
    return L, Tree(tuple(out))


@conv
def full_tracking_page(lang, t):
    """All at once: a scoreboard, the tree with field bullets and dated check-ins, a "### Progress
    log" under each objective, an October update and next steps."""
    w = W(lang)
    f = FIELDS[lang]
    C = c(lang)
    L = [f"# {w.page}", "", f"| KR | {f[0]} | {f[2]} | {f[1]} | {STATUS[lang]} |"]
    L.append("|---|---|---|---|---|")
    for o in t.objectives:
        L += [f"| {kr.text} | 12 | 18 | 40 | {ON_TRACK[lang]} |" for kr in o.key_results]
    L.append("")
    for i, o in enumerate(t.objectives, 1):
        L += [o_heading(lang, i, o), ""]
        for kr in o.key_results:
            L += [f"- {kr.text}", f"  - {STATUS[lang]}{C}{ON_TRACK[lang]}"]
            L += [f"  - {DATES[0]}{C}12 → 15", f"  - {DATES[1]}{C}15 → 18"]
        L += ["", f"### {LOG[lang]}", "", f"- {DATES[1]}{C}{w.krs[4]}", ""]
    L += [f"## {MONTH_UPDATE[lang]}", "", f"- {w.krs[5]}", "", f"## {RETRO[lang][2]}", ""]
    L += [f"- {w.krs[4]}", ""]
    return L, kr_tree(t, status=ON_TRACK[lang])


@conv
def updates_under_plain_headings(lang, t):
    """Unmarked "## title" headings over "- KR" bullets, each followed by "### Updates" over dated
    bullets holding measured sentences."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
        L += [f"### {UPDATES[lang]}", "", f"- {DATES[0]}{c(lang)}{w.krs[4]}"]
        L += [f"- {DATES[1]}{c(lang)}{w.steps[2]}", ""]
    return L, t


@conv
def month_update_plain(lang, t):
    """Unmarked "## title" headings over "- KR" bullets, then "## October update" over measured
    bullets."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    L += [f"## {MONTH_UPDATE[lang]}", "", f"- {w.krs[4]}", f"- {w.krs[5]}", ""]
    return L, t


@conv
def retro_plain(lang, t):
    """Unmarked "## title" headings over "- KR" bullets, then retro, next-steps and learnings
    sections over measured bullets."""
    w = W(lang)
    r = RETRO[lang]
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    for k, name in enumerate(r):
        L += [f"## {name}", "", f"- {w.krs[4 + k % 2]}", ""]
    return L, t


@conv
def log_under_plain_krs(lang, t):
    """Unmarked "## title" headings over "- KR" bullets, the log as "**Progress log**" over dated
    bullets after each objective's key results."""
    L = [f"# {W(lang).page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
        L += [
            f"**{LOG[lang]}**",
            "",
            f"- {DATES[0]}{c(lang)}12 → 15",
            f"- {DATES[1]}{c(lang)}15 → 18",
            "",
        ]
    return L, t


if __name__ == "__main__":
    survey(CONV, sys.argv[1:])
