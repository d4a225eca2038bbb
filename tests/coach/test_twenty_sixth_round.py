"""The twenty-sixth round's coach rules (docs/plaintext.md, "Twenty-sixth round (issue 15): the
coach"): round 28's first-run families, each with its near misses; the nineteenth batch of
composed key results (tests/coach/phrasings_twenty_sixth.py) is judged in
tests/coach/test_batches.py. Labels follow the convention: activity (KR102), vague (KR104 or
KR101), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach import own_suite
from cairn.coach.work_rules import Reading
from cairn.text.key_result_parser import leading_verb, parse_key_result
from cairn.text.languages import localise
from tests.coach.linear_patterns import nested_unbounded, patterns, scans
from tests.coach.phrasings import assert_result as _result
from tests.coach.phrasings import assert_work as _work
from tests.coach.phrasings import reading as _reading


# The rows of round 28's first run, as written.
@pytest.mark.parametrize(
    "text",
    [
        "Increase testcase instances from 200 to 250",
        "Solve at-least 10% of openebs/maya issues reported by _golangci_",
        "100% of OpenStax books are available through openstax.org with highlighting and "
        "note-taking",
    ],
)
def test_the_first_run_activities_are_work(text):
    assert own_suite.own_suite(_reading(text))
    _work(text)


def test_developers_building_with_our_product_are_a_result():
    assert own_suite.others_building("3 qualified developer building apps with DXOS", None)
    _result("3 qualified developer building apps with DXOS")


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Increase test cases from 200 to 250", True),
        ("Aumentar os casos de teste de 80 para 160", True),
        ("Testfälle von 80 auf 160 erhöhen", True),
        ("Increase passing test rate from 80% to 95%", False),
        ("Reduce flaky tests from 20 to 5", False),
        ("Increase unit tests from 100 to 200 passing", False),
        ("Resolve 10% of the lint issues reported by golangci", True),
        ("Résoudre 10% des problèmes signalés par golangci", True),
        ("10% der von golangci gemeldeten Probleme lösen", True),
        ("Cut open issues by 10%", False),
        ("Reduce the issues reported by customers by 10%", False),
        ("100% of our courses are available on the app with offline mode", True),
        ("El 100% de nuestros cursos están disponibles en la app con modo sin conexión", True),
        ("100% of customers can use highlighting", False),
        ("100% of customers are available with support", False),
    ],
)
def test_own_suite_reads_its_families_and_leaves_its_near_misses(text, work):
    assert own_suite.own_suite(_reading(text)) is work
    (_work if work else _result)(text)


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("5 partners building on our platform", True),
        ("4 external teams shipping apps with our SDK", True),
        ("6 desarrolladores construyendo apps con nuestro SDK", True),
        ("Bis Ende Q3 3 Entwickler, die Apps mit unserem SDK bauen", True),
        ("Hire 3 qualified developers", False),
        ("3 Entwickler einstellen", False),
        ("Hire 3 developers building apps", False),
    ],
)
def test_others_building_and_hiring(text, others):
    assert own_suite.others_building(text, leading_verb(localise(text))) is others
    (_result if others else _work)(text)


def test_a_fix_with_its_current_value_stays_work():
    _work("Fix the production bugs (currently 300)")


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    modules = (own_suite,)
    assert not [name for name, p in patterns(modules) if nested_unbounded(p)]
    checks = [
        lambda t: own_suite.own_suite(
            Reading(t, t, parse_key_result("Grow tests from 2 to 3"), None)
        ),
        lambda t: own_suite.others_building(t, None),
    ]
    work = scans(
        monkeypatch,
        modules,
        checks,
        "100% of test cases solve 5% issues reported by are available with ",
    )
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small
