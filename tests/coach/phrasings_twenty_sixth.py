"""A nineteenth batch of composed key results (docs/plaintext.md, "Twenty-sixth round (issue
15): the coach"): the families of round 28's first run, written as patterns in several
languages and measured before any rule.

- ``tests_grown`` (activity): the team's own test cases grown from one count to another
  ("Increase testcase instances from 200 to 250", "Aumentar los casos de prueba de 200 a 250");
- ``own_issues_solved`` (activity): a share of the team's own lint or tracker issues solved
  ("Solve at-least 10% of openebs/maya issues reported by _golangci_");
- ``catalogue_available`` (activity): all of one's own products made available with a feature
  ("100% of OpenStax books are available through openstax.org with highlighting");

Near misses: ``kept`` (outcome) holds results of the same shapes: a pass rate or flaky tests
moved ("Increase passing test rate from 80% to 95%", "Reduce flaky tests from 20 to 5"), open
issues cut ("Cut open issues by 10%"), customers able to use a feature ("100% of customers can
use highlighting") and others building with our product (``others_building``: "3 qualified
developers building apps with DXOS", "5 partners building on our platform"), whose work twin
(``hired``: "Hire 3 qualified developers") stays work, as does a fix with its current value
("Fix the production bugs (currently 300)").

`python -m tests.coach.phrasings_twenty_sixth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWENTY_SIXTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "tests_grown": (
            "Increase testcase instances from {lo}0 to {hi}0",
            "Increase test cases from {lo}0 to {hi}0",
            "Grow our unit tests from {lo}0 to {hi}0",
            "Expand the integration test suite from {lo}0 to {hi}0 tests",
            "Increase the number of end-to-end test cases from {lo} to {hi}",
        ),
        "own_issues_solved": (
            "Solve at-least {n}% of openebs/maya issues reported by _golangci_",
            "Resolve {n}% of the lint issues reported by golangci",
            "Solve {n}% of our repository's issues reported by SonarQube",
            "Address at least {n}% of the warnings reported by ESLint",
        ),
        "catalogue_available": (
            "100% of OpenStax books are available through openstax.org with highlighting and "
            "note-taking",
            "100% of our courses are available on the app with offline mode",
            "All our templates are available in the editor with dark mode",
            "100% of our guides are available through the portal with search",
        ),
        "others_building": (
            "{n} qualified developer building apps with DXOS",
            "{n} partners building on our platform",
            "{n} external teams shipping apps with our SDK",
            "{n} developers building integrations with our API",
        ),
        "hired": (
            "Hire {n} qualified developers",
            "Fix the production bugs (currently {n}00)",
        ),
        "kept": (
            "Increase passing test rate from {lo}% to {hi}%",
            "Reduce flaky tests from {hi} to {lo}",
            "Cut open issues by {n}%",
            "100% of customers can use highlighting",
            "Reduce the issues reported by customers by {n}%",
        ),
    },
    "es": {
        "tests_grown": ("Aumentar los casos de prueba de {lo}0 a {hi}0",),
        "own_issues_solved": ("Resolver el {n}% de los problemas reportados por golangci",),
        "catalogue_available": (
            "El 100% de nuestros cursos están disponibles en la app con modo sin conexión",
        ),
        "others_building": ("{n} desarrolladores construyendo apps con nuestro SDK",),
        "hired": ("Contratar {n} desarrolladores cualificados",),
        "kept": ("Reducir las pruebas inestables de {hi} a {lo}",),
    },
    "pt": {
        "tests_grown": ("Aumentar os casos de teste de {lo}0 para {hi}0",),
        "own_issues_solved": ("Resolver {n}% dos problemas reportados pelo golangci",),
        "others_building": ("{n} desenvolvedores construindo apps com o nosso SDK",),
        "hired": ("Contratar {n} desenvolvedores qualificados",),
        "kept": ("Aumentar a taxa de testes aprovados de {lo}% para {hi}%",),
    },
    "de": {
        "tests_grown": ("Testfälle von {lo}0 auf {hi}0 erhöhen",),
        "own_issues_solved": ("{n}% der von golangci gemeldeten Probleme lösen",),
        "others_building": ("{n} Entwickler, die Apps mit unserem SDK bauen",),
        "hired": ("{n} qualifizierte Entwickler einstellen",),
        "kept": ("Instabile Tests von {hi} auf {lo} reduzieren",),
    },
    "fr": {
        "tests_grown": ("Augmenter les cas de test de {lo}0 à {hi}0",),
        "own_issues_solved": ("Résoudre {n}% des problèmes signalés par golangci",),
        "others_building": ("{n} développeurs construisant des apps avec notre SDK",),
        "hired": ("Recruter {n} développeurs qualifiés",),
        "kept": ("Réduire les tests instables de {hi} à {lo}",),
    },
}

FAMILIES = (
    "tests_grown", "own_issues_solved", "catalogue_available", "others_building", "hired", "kept",
)  # fmt: skip
KIND.update(
    {
        "tests_grown": "activity",
        "own_issues_solved": "activity",
        "catalogue_available": "activity",
        "others_building": "outcome",
        "hired": "activity",
        "kept": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, TWENTY_SIXTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
