"""The thirty-second round's coach rules (docs/plaintext.md, "Thirty-second round (issue 15,
session 20): personal, agent and small-team goals (coach)"): wordings from personal, agent and
small-team goal files in twelve languages that a survey found before a held-out set
(tests/coach/survey_thirty_second.py), each with its near misses; the batch of composed key
results (tests/coach/phrasings_thirty_second.py, table THIRTY_SECOND) is judged in
tests/coach/test_batches.py. Labels follow the convention: activity (KR102), outcome (neither
KR102 nor KR104)."""

import pytest

from cairn.coach import (
    any_language,
    korean_own,
    measures,
    own_legwork,
    own_presence,
    own_study,
    own_work_abroad,
    unlisted_verbs,
)
from cairn.coach.work_rules import Reading
from cairn.text import languages
from cairn.text.key_result_parser import parse_key_result
from cairn.text.languages import localise
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work


@pytest.mark.parametrize(
    ("text", "target", "unit"),
    [
        ("Bis Ende Q3 900 aktive Kunden", 900, "Kunden"),
        ("Bis Q4 500 zahlende Kunden", 500, "Kunden"),
        ("Para el Q3 900 clientes activos", 900, "clientes"),
        ("Até o Q3 900 clientes ativos", 900, "clientes"),
        ("Entro il Q3 900 clienti attivi", 900, "clienti"),
        ("Voor eind Q3 900 actieve klanten", 900, "klanten"),
        # near misses: a space grouping thousands after no letter stays one number
        ("10 000 clientes activos", 10000, "clientes"),
        ("Alcanzar 2 500 clientes", 2500, "clientes"),
        ("Erreichen 12 000 Nutzer", 12000, "Nutzer"),
    ],
)
def test_a_periods_label_is_no_thousands_group(text, target, unit):
    parsed = parse_key_result(text)
    assert (parsed.target, parsed.unit) == (target, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Bis Ende Q3 900 aktive Kunden",
        "Bis Q4 500 zahlende Kunden",
        "D'ici fin T3 900 clients actifs",
        "Para el Q3 900 clientes activos",
        "Até o Q3 900 clientes ativos",
        "Entro il Q3 900 clienti attivi",
        "Voor eind Q3 900 actieve klanten",
    ],
)
def test_customers_counted_after_a_periods_label_are_a_result(text):
    _result(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bis Ende Q3 3 Workshops durchführen",
        "Bis Ende Q3 900 Kunden anrufen",
        "Hasta el Q3 realizar 900 llamadas",
        "D'ici fin T3 publier 4 articles",
    ],
)
def test_work_after_a_periods_label_stays_work(text):
    _work(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Lose 5 kg", True),
        ("Weigh 75 kg by June", True),
        ("Perder 5 kilos", True),
        ("Perdre 5 kg d'ici fin septembre", True),
        ("Schudnąć 5 kg", True),
        ("5 Kilo abnehmen", True),
        ("体重を65kgにする", True),
        ("Lose 5 kg of body fat", True),
        ("Squat 100 kg", True),
        # near misses: a mass of things handled, a distance, no figure
        ("Collect 200 kg of litter", False),
        ("Recoger 300 kg de basura", False),
        ("Run 1000 km", False),
        ("Lose weight", False),
    ],
)
def test_the_writers_body_mass(text, body):
    assert measures.body_mass(text) is body


@pytest.mark.parametrize(
    ("text", "race"),
    [
        ("Half marathon in 1:45", True),
        ("Maratón en 3:59", True),
        ("10 km unter 45:00", True),
        ("Run 5k in 24:00", True),
        ("Correr una media maratón en 1:50", True),
        # near misses: a race alone is one's own doing, a clock time is no race
        ("Run a half marathon", False),
        ("Daily stand-up at 9:30", False),
        ("Publish 10 posts in 2026", False),
    ],
)
def test_a_race_within_a_clock_time(text, race):
    assert measures.race_time(text) is race


@pytest.mark.parametrize(
    "text",
    [
        "Lose 5 kg",
        "Weigh 75 kg by June",
        "Pesar 70 kg",
        "Perdre 5 kg",
        "Perdere 5 kg",
        "Schudnąć 5 kg",
        "体重を65kgにする",
        "Half marathon in 1:45",
        "Correr una media maratón en 1:50",
        "Llegar a 10.000 seguidores en Instagram",
        "Chegar a 5 mil inscritos",
        "Nutzer verbringen täglich 30 Minuten in der App",
        "ユーザーが月に4回ログインする",
        "Die Nutzer laufen 1000 km mit der App",
        "获得100条好评",
        "用户写500字评价",
        "阅读量10万",
        "돈 50만원 쓰기",
    ],
)
def test_personal_results_and_others_doings_stay_unflagged(text):
    _result(text)


@pytest.mark.parametrize(
    "text",
    [
        "Collect 200 kg of litter",
        "Run a half marathon",
        "1000 km laufen",
        "1000 km hardlopen in 2026",
        "Bis Ende Q3 500 km Rad fahren",
        "Täglich 30 Minuten Spanisch lernen",
        "Elke dag 30 minuten lezen",
        "3 keer per week sporten",
        "Mỗi ngày đọc sách 30 phút",
        "Tập gym 3 buổi mỗi tuần",
        "年間100回ジムに行く",
        "月に4回ジムに行く",
        "Log 300 hours of deep work",
        "10 klantgesprekken voeren",
        "12 rapporten opstellen",
        "12 boeken lezen",
        "2 online cursussen afronden",
        "Zrobić 100 treningów",
        "Codziennie czytać 20 stron",
        "写完10万字小说",
        "投递50份简历",
        "生成12份周报",
        "清理200条过期记忆",
        "年底前整理100条笔记",
        "온라인 강의 3개 완강하기",
        "블로그 글 50개 쓰기",
        "Gửi 500 email chào hàng",
    ],
)
def test_the_writers_own_practice_and_outputs_are_flagged(text):
    _work(text)


@pytest.mark.parametrize(
    ("text", "work"),
    [
        # appointments attended are work, with a floor word that tells German or without it
        ("Mindestens 10 Kundentermine wahrnehmen", True),
        ("10 Kundentermine wahrnehmen", True),
        ("Pro Woche 5 Beratungstermine wahrnehmen", True),
        # the verb's other sense ("take the chance"), and customers won, stay results
        ("Die Chance wahrnehmen, 500 Kunden zu gewinnen", False),
        ("Mindestens 500 aktive Kunden", False),
    ],
)
def test_appointments_attended_in_german(text, work):
    (_work if work else _result)(text)


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("1000 km laufen", True),
        ("Voor eind Q3 1200 km fietsen", True),
        ("Die Nutzer laufen 1000 km mit der App", False),
        ("1000 km Lieferstrecke", False),
        ("Kunden 500 km fahren lassen", False),
    ],
)
def test_a_distance_with_the_verb_last(text, work):
    assert own_legwork.own_distance(text) is work


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Täglich 30 Minuten Spanisch lernen", True),
        ("3 keer per week sporten", True),
        ("Mỗi ngày đọc sách 30 phút", True),
        ("年間100回ジムに行く", True),
        ("Nutzer verbringen täglich 30 Minuten in der App", False),
        ("Gebruikers 10 minuten per dag laten lezen", False),
        ("ユーザーが月に4回ログインする", False),
    ],
)
def test_practice_timed_in_more_languages(text, work):
    assert own_presence.hours_and_practice(text) is work


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("清理200条过期记忆", True),
        ("年底前整理100条笔记", True),
        ("写完10万字小说", True),
        ("投递50份简历", True),
        ("온라인 강의 3개 완강하기", True),
        ("Gửi 500 email chào hàng", True),
        ("获得100条好评", False),
        ("收集200条用户反馈", False),
        ("客户删除100条数据", False),
        ("用户写500字评价", False),
        ("秋招3份以上offer", False),
    ],
)
def test_own_entries_words_and_copies_abroad(text, work):
    english = localise(text)
    reading = Reading(text, english, parse_key_result(text), None)
    assert own_work_abroad.own_work_abroad(reading) is work


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    modules = (measures, own_legwork, own_presence, own_work_abroad, korean_own, own_study)
    assert not [name for name, p in patterns(modules) if nested_unbounded(p)]
    assert not [name for name, p in patterns((languages,)) if nested_unbounded(p)]
    parsed = parse_key_result("清理200条过期记忆")
    checks = [
        measures.body_mass,
        measures.race_time,
        own_legwork.own_distance,
        own_presence.hours_and_practice,
        lambda t: own_work_abroad.own_work_abroad(Reading(t, t, parsed, None)),
        korean_own.korean_own_work,
        own_study.own_hours,
    ]
    piece = "Q3 5 kg d'x marathon in 1 km laufen 3 Minuten keer 清理2条 写5字 글 3개 "
    work = scans(monkeypatch, modules, checks, piece)
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small


def test_the_words_added_to_the_tables_are_read():
    assert {"voeren", "opstellen", "afronden", "lezen", "sporten", "zrobić", "czytać"} <= (
        any_language.WORK_VERBS
    )
    assert unlisted_verbs.others_won_abroad("Llegar a 10.000 seguidores en Instagram", None)
