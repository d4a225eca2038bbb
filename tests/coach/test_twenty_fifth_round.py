"""The twenty-fifth round's coach rules (docs/plaintext.md, "Twenty-fifth round (issue 15): the
coach"): rounds 26 and 27's first-run families, each with its near misses; the eighteenth batch
of composed key results (tests/coach/phrasings_twenty_fifth.py) is judged in
tests/coach/test_batches.py. Labels follow the convention: activity (KR102), vague (KR104 or
KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import own_output, own_running
from cairn.coach.work_rules import Reading
from cairn.text.key_result_parser import ParsedKeyResult
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work
from tests.coach.phrasings import reading as _reading


# The rows of rounds 26 and 27's first runs, as written.
@pytest.mark.parametrize(
    "text",
    [
        "Increase snippet collection to 650 snippets.",
        "Have 4 non Hack Night events (1 member meeting and 3 social events)",
        "Have 4 non Hack Night Meetings (1 member meeting and 3 social events)",
        "Measure the satisfaction of participants that attend our hybrid and online events to "
        "make them more inclusive and engaging",
        "Staff manages applications and admissions through the integrated portal.",
        "自分のインスト音源を2曲作曲する",
        "5 forms use the new accessibility testing governance and improvements",
        "2 prioritized improvements for UX have been identified after analysis of applicant "
        "interactions from the New Relic dashboard",
    ],
)
def test_the_first_run_activities_are_work(text):
    _work(text)


def test_a_decrease_of_bugs_with_its_current_value_is_a_result():
    _result("降低线上生产Bug数量（现在100个）")
    assert own_running.fewer_faults("降低线上生产Bug数量（现在100个）")


# Own content grown to a count: work; others' doings with it, or things got: results.
@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Grow our recipe library to 120 recipes", True),
        ("Increase the number of tutorials to 30", True),
        ("Increase published articles to 30 by the end of Q3", True),
        ("Ampliar la biblioteca de recetas a 30 recetas", True),
        ("Die Rezeptsammlung auf 30 Rezepte erweitern", True),
        ("Increase newsletter subscribers to 650", False),
        ("Grow the catalogue's sales to 650 units", False),
        ("Increase article views to 3000", False),
        ("Get 75 posts on forum (limits, not Jsg)", False),
        ("Grow recipe downloads to 3000", False),
    ],
)
def test_own_content_grown_is_work_and_others_doings_are_left(text, work):
    assert own_output.content_grown(text, _reading(text)) is work
    (_work if work else _result)(text)


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Have 6 social events this year", True),
        ("Have 3 non Hack Night Meetings", True),
        ("Have 300 attendees at our events", False),
    ],
)
def test_events_had_are_held_and_attendees_are_others(text, work):
    assert own_output.events_held(_reading(text)) is work
    (_work if work else _result)(text)


@pytest.mark.parametrize(
    ("check", "text", "work"),
    [
        (own_output.made_counted, "イラストを3枚描く", True),
        (own_output.made_counted, "技術書を2冊執筆する", True),
        (own_output.made_counted, "创作3首原创歌曲", True),
        (own_output.made_counted, "楽曲の再生回数を3000回にする", False),
        (own_output.identified, "3 Verbesserungen identifiziert", True),
        (own_output.identified, "6 mejoras priorizadas identificadas", True),
        (own_output.identified, "3 key risks have been identified and documented", True),
        (own_output.identified, "5 security issues identified by customers", False),
        (own_output.own_adopted, "3 Formulare nutzen die neuen Richtlinien", True),
        (own_output.own_adopted, "6 formulaires utilisent la nouvelle gouvernance", True),
        (own_output.own_adopted, "50 customers use the new checkout", False),
        (own_running.process_run, "Staff processes invoices in the new ERP by the end of Q3", True),
        (own_running.process_run, "Customers manage their subscriptions through the portal", False),
        (own_running.fewer_faults, "减少客户投诉数量（目前50个）", True),
        (own_running.fewer_faults, "本番障害の件数を減らす（現在30件）", True),
        (own_running.fewer_faults, "Reduce production bugs (currently 100)", True),
        (own_running.fewer_faults, "修复线上Bug（现在100个）", False),
    ],
)
def test_each_check_reads_its_family_and_leaves_its_near_misses(check, text, work):
    assert check(text) is work


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Track the retention of new members", True),
        ("Medir la satisfacción de los participantes", True),
        ("Participant satisfaction measured at 80% or more", False),
        ("Benchmark #1 em velocidade de processamento do mercado", False),
        ("修复线上Bug（现在100个）", True),
        ("Customers manage their subscriptions through the self-service portal", False),
        ("50 customers use the new checkout", False),
    ],
)
def test_measuring_fixing_and_others_acting(text, work):
    (_work if work else _result)(text)


def _counted_reading(text: str) -> Reading:
    parsed = ParsedKeyResult(
        text=text, direction="increase", start=None, target=30.0, change=None, unit=None,
        metric=None, notes=(),
    )  # fmt: skip
    return Reading(text, text, parsed, "have")


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    modules = (own_output, own_running)
    assert not [name for name, p in patterns(modules) if nested_unbounded(p)]
    checks = [
        own_output.made_counted, own_output.identified, own_output.own_adopted,
        own_running.process_run, own_running.fewer_faults,
        lambda t: own_output.content_grown(t, _counted_reading(t)),
        lambda t: own_output.events_held(_counted_reading(t)),
    ]  # fmt: skip
    work = scans(
        monkeypatch, modules, checks, "Staff 3 forms use 降低Bug 2曲作曲 identified to 30 recipes "
    )
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small
