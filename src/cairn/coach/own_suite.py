"""The team's own test suite, lint backlog and catalogue; others building with our product
(issue 15, twenty-sixth round, round 28's first-run families).

- Own test cases grown from one count to another are work ("Increase testcase instances from
  200 to 250", "Testfälle von 80 auf 160 erhöhen"); a pass rate or flaky tests moved are
  results ("Increase passing test rate from 80% to 95%", "Reduce flaky tests from 20 to 5").
- A share of the issues a linter or tracker reported, solved, is work ("Solve at-least 10% of
  openebs/maya issues reported by _golangci_"); "Cut open issues by 10%" is a result.
- All of one's own products available with a feature is a deliverable to ship ("100% of
  OpenStax books are available through openstax.org with highlighting"); "100% of customers
  can use highlighting" is adoption, a result.
- Developers or partners outside the team building with our product are adoption, a result
  whatever else is said ("3 qualified developer building apps with DXOS"); "Hire 3 qualified
  developers" stays work.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Reading

_TEST_CASES = re.compile(
    r"\b(?:test ?cases?|testcases?|test instances|unit tests|integration tests?|end-to-end tests?"
    r"|e2e tests|test suite|test scenarios|casos de (?:prueba|teste)|cas de test|testfälle"
    r"|testf[aä]lle)\b",
    re.IGNORECASE,
)
# What makes a count of tests a result: a rate, passing, flaky or failing tests, coverage.
_TEST_RESULT = re.compile(
    r"%|\b(?:pass\w*|flaky|fail\w*|rate|taxa|tasa|taux|coverage|cobertura|couverture|instabil\w*"
    r"|inestables?|instables?|aprovados)\b",
    re.IGNORECASE,
)
_SOLVE = re.compile(
    r"\b(?:solve|resolve|address|fix|close|resolver|résoudre|corriger|lösen|beheben)\b", re.I
)
_SHARE_REPORTED = re.compile(
    r"\d\s?%.{0,80}?\b(?:issues|warnings|findings|problemas|problèmes|probleme|avisos)\b"
    r".{0,20}?\b(?:reported by|flagged by|reportados? p(?:or|elo)|signalés par)\b"
    r"|\d\s?%.{0,20}?\bder von\b.{0,40}?\bgemeldeten\b",
    re.IGNORECASE,
)
_AVAILABLE_WITH = re.compile(
    r"^(?:(?:el|le|la|o)\s+)?(?:100\s?%|all)\s.{0,60}?\b(?:are|están|estão|sont|sind)\s+"
    r"(?:available|disponibles?|disponíveis|verfügbar)\b.{0,80}?\b(?:with|con|com|avec|mit)\s",
    re.IGNORECASE,
)
_PEOPLE_FIRST = re.compile(r"^(?:(?:el|le|la|o)\s+)?(?:100\s?%|all)\s+(?:of\s+|de\s+)?"
                           r"(?:our\s+|nuestros\s+|nos\s+)?(?:customers|users|clientes|clients)\b",
                           re.IGNORECASE)  # fmt: skip
_OTHERS_BUILDING = re.compile(
    r"^\W*(?:(?:bis\s+ende|by\s+(?:the\s+)?end\s+of|hasta\s+fin\s+de)\s+[\w-]+,?\s+)?"
    r"\d[\d,.]*\+?\s+(?:[\w-]+\s+){0,2}?(?:developers?|partners?|customers|companies"
    r"|startups|(?:external|partner|third-party|outside)\s+teams|desarrolladores"
    r"|desenvolvedores|développeurs|entwickler)\b,?\s+(?:(?:that|who|die|que|qui)\s+)?"
    r"(?:are\s+)?(?:building|using|shipping|construyendo|construindo|construisant|utilisant"
    r"|usando|(?:[\w-]+\s+){1,5}?(?:bauen|nutzen|entwickeln))\b",
    re.IGNORECASE,
)


@OWN_WORK.rule("own suite")
def own_suite(reading: Reading) -> bool:
    """Return True for own test cases grown from a count, a share of reported issues solved,
    or all of one's own products made available with a feature."""
    written = reading.written
    parsed = reading.parsed
    if (
        parsed.start is not None
        and parsed.direction == "increase"
        and _TEST_CASES.search(written)
        and not _TEST_RESULT.search(written)
    ):
        return True  # "Increase testcase instances from 200 to 250"
    if "%" in written and _SOLVE.search(written) and _SHARE_REPORTED.search(written):
        return True  # "Solve at-least 10% of openebs/maya issues reported by _golangci_"
    return bool(_AVAILABLE_WITH.match(written)) and not _PEOPLE_FIRST.match(written)


@RESULT_AFTER_ALL.rule("others building")
def others_building(written: str, verb: str | None) -> bool:
    """Return True for developers or partners outside the team building with our product (the
    sentence opens with their count, so the verb the text layer moved first is theirs)."""
    return _OTHERS_BUILDING.match(written) is not None
