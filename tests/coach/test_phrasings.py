"""The coach on key results composed by construction (tests/coach/phrasings.py), and the ninth
round's rules with their near misses. Labels follow docs/coach.md's convention: activity (KR102),
vague (KR104 or KR101), outcome (neither KR102 nor KR104)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairn.coach import review_sentence
from tests.coach.phrasings import (
    LABELS,
    TEMPLATES,
    Phrasing,
    coach_right,
    compose,
    templates,
    variants,
)
from tests.coach.phrasings_fresh import FRESH

# The second batch's misses after the ninth round, left: a reading the coach cannot see past.
KNOWN_GAPS = {
    # "office hours" are events, read as a duration (a measure)
    ("en", "Run {n} onboarding office hours"),
    ("en", "{n} office hours held"),
    # ("de", "{n} Schulungen für Partner halten") is read since the twelfth round: the German
    # counted noun is the unit (round-10 convention), so "halten" holds a count of trainings
}


def codes(text: str) -> set[str]:
    return {f.code for f in review_sentence(text)}


def _cases(table: dict) -> list:
    cases = []
    for language, family, i in templates(table):
        template = table[language][family][i]
        marks = [pytest.mark.xfail(strict=True)] if (language, template) in KNOWN_GAPS else []
        cases.append(pytest.param(language, family, i, id=f"{language}-{family}-{i}", marks=marks))
    return cases


@pytest.mark.parametrize(("language", "family", "index"), _cases(TEMPLATES))
def test_every_composed_phrasing_is_judged_by_its_label(language, family, index):
    wrong = [p.text for p in variants(language, family, index) if not coach_right(p)]
    assert not wrong


@pytest.mark.parametrize(("language", "family", "index"), _cases(FRESH))
def test_the_second_batch_is_judged_by_its_label(language, family, index):
    wrong = [p.text for p in variants(language, family, index, FRESH) if not coach_right(p)]
    assert not wrong


@st.composite
def phrasings(draw) -> Phrasing:
    table = draw(st.sampled_from([TEMPLATES, FRESH]))
    language = draw(st.sampled_from(sorted(table)))
    family = draw(st.sampled_from(sorted(table[language])))
    index = draw(st.integers(0, len(table[language][family]) - 1))
    n = draw(st.integers(2, 400))
    lo = draw(st.integers(2, 40))
    floor, timeframe = draw(st.booleans()), draw(st.booleans())
    label = draw(st.sampled_from(LABELS))
    return compose(
        language, family, index, n, lo, floor=floor, timeframe=timeframe, table=table, label=label
    )


@settings(
    derandomize=True,
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(phrasings())
def test_any_composition_is_judged_by_its_label(phrasing):
    if (phrasing.language, phrasing.template) in KNOWN_GAPS:
        return
    assert coach_right(phrasing), phrasing


# The ninth round's rules (cairn.coach.any_language), each with sentences both ways.


@pytest.mark.parametrize(
    "text",
    [
        "8 Podcastfolgen aufzeichnen",
        "4 nieuwsbrieven versturen",
        "Wysłać 10 newsletterów do partnerów",
        "5 makale yazmak",
        "Voor eind Q4 spreken op 5 meetups",
        "ارسال 12 خبرنامه در سال",
        "월 4회 웨비나 진행",
    ],
)
def test_a_verb_of_work_anywhere_with_a_count_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Umsatz um 20% steigern",
        "Привлечь не менее 1 000 новых клиентов",
        "Klanttevredenheid verhogen van 7 naar 8",
        "Churn onder 3% houden",
        "Müşteri kaybını %5'in altına indirmek",
    ],
)
def test_a_metric_moved_or_held_in_those_languages_stays_an_outcome(text):
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "4 podcasts grabados",
        "5 rapporti inviati",
        "6 video's gemonteerd",
        "8 filmy zmontowane",
        "5 отчётов подготовлено",
        "7 tutoriels publiés",
        "Al menos 3 informes entregados antes de junio",
    ],
)
def test_a_participle_after_a_count_is_work_done_in_any_language(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "3 contratos firmados",
        "3 contrats signés",
        "1000 agricultores registrados",
        "12 usuarios registrados",
        "2 deals gesloten",
        "5 acuerdos cerrados con distribuidores",
    ],
)
def test_others_decisions_and_people_registering_are_not_work(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "mindestens 5 Artikel veröffentlichen",
        "Organizzare almeno 4 eventi",
        "Не менее 8 статей опубликовано",
        "Co najmniej 3 webinary przeprowadzone",
        "en az 4 webinar düzenlemek",
    ],
)
def test_a_floor_on_a_count_of_work_is_still_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "NPS mindestens 40",
        "Verfügbarkeit mindestens 99,9%",
        "Deliver the new UI scoring ≥90 in the usability test",
        "Train the ranker with AUC ≥ 0.70 on the test set",
    ],
)
def test_a_floor_on_a_level_is_an_outcome(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sicherheitsaudit bestanden",
        "Audit de sécurité réussi",
        "Аудит безопасности пройден",
        "安全审计通过",
        "SOC 2 Prüfung bis Ende Q2 bestanden",
        "Auditoria PCI aprovada até março",
        "ISO 27001 인증 획득",
    ],
)
def test_a_check_passed_in_any_language_is_an_outcome(text):
    assert not {"KR102", "KR104"} & codes(text)


@pytest.mark.parametrize(
    "text",
    ["Prepare the SOC 2 audit", "Audit 20 vendors", "Sicherheitsaudit vorbereiten"],
)
def test_work_towards_a_check_is_still_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Contract met een regionale distributeur",
        "Umowa z dystrybutorem",
        "Rahmenvertrag mit zwei Kliniken",
        "Bölgesel distribütörle sözleşme",
        "Accordo con un distributore regionale",
    ],
)
def test_an_agreement_with_another_party_is_an_outcome(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    ["Draft a contract with the distributor", "Verträge mit 5 Händlern verhandeln"],
)
def test_negotiating_or_drafting_an_agreement_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text", ["6 sales calls made", "Make 40 sales calls per week", "Send 12 orders emails"]
)
def test_a_kind_of_a_plural_noun_names_the_noun_counted(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Process 1000+ payments this month",
        "500 downloads across stores",
        "Close 200 sales this quarter",
        "Processar 150.000+ saques mensais",
    ],
)
def test_what_others_do_stays_an_outcome(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    ["Series A term sheet signed by the end of Q3", "Series B term sheet signed"],
)
def test_others_decision_last_after_a_name_is_an_outcome(text):
    assert "KR102" not in codes(text)


def test_a_decision_word_inside_a_list_of_states_is_not_a_decision():
    assert "KR102" in codes("Display all three signals per place (closed / moved / renamed).")


@pytest.mark.parametrize(
    "text", ["Выступить на 6 конференциях", "Palestrar em 4 eventos", "Провести на 3 вебинара"]
)
def test_a_count_after_a_verb_of_work_read_as_a_change_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text", ["Увеличить выручку на 6 млн", "Reduzir custos em 10%", "Снизить отток на 2%"]
)
def test_a_change_after_a_verb_that_moves_a_metric_stays_an_outcome(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Sales: Attend 6 trade fairs", True),
        ("KR2: Interview 12 candidates", True),
        ("Q3 Sales: Contract with a regional distributor", False),
        ("Security: ISO 27001 certification", False),
        ("Team: Sicherheitsaudit bestanden", False),
        # the label names an output, or what follows does not start anew: read as written
        ("Workshop for users: pricing and packaging", True),
        ("Cancelation: ensure no work happens for requests after the users have canceled", True),
        ("Order dispatch SLA: ≥ 95% of orders dispatched within 48h", False),
    ],
)
def test_a_short_label_before_a_colon_is_read_past(text, activity):
    assert ("KR102" in codes(text)) is activity
