"""The team's own engineering artefacts and deliverables, counted or named (coach, nineteenth
round).

Round 17 (a front-end team's personal OKRs) and round 18 count or name what the team itself
makes, with any verb or none (docs/plaintext.md, "Nineteenth round (issue 15): the coach"):

- **its own code reviews, test cases and tests** after a count ("Get 10 code reviews on
  Wagtail/Django projects", "20 JS code reviews from senior JavaScripters", "100 end to end
  browser test cases running successfully in CI", "50 UI regression tests in place on our
  work", "30 Code-Reviews im Quartal", "30 pruebas de regresión de UI funcionando en CI"): units
  of the team's own work, as a pull request is (the session-14 decision counts them whole);
  "Get 10 customer reviews" and "Reduce failing tests from 20 to 5" are not;
- **its own tools, components and projects** after a count, with a verb of using, setting up
  or overseeing, or a participle of making ("Set up 5 JS tools on projects", "Use 5 build /
  package publishing tools", "Oversee 2 React / React Native projects", "5 React components
  open-sourced"); "Win 5 new projects" and "50 projects using our SDK" are not;
- **no lint errors or warnings** in its own code ("0 ESLint errors over 10'000+ lines of JS
  code", "Zero linter warnings", "0 errores de ESLint"); "Zero errors in production checkouts"
  and round 11's "0 enlaces rotos … (linter semanal)" are not;
- **its outputs made for a count of locales or languages** ("First-party translations for 12
  locales shipping in the binary", "Localized README landing pages for 12 locales",
  "Traducciones para 12 idiomas"); "Active users in 12 countries" is not;
- **its product working on named platforms** ("Ensure the GUI functions consistently and
  seamlessly on macOS (latest), Linux (ubuntu) and Windows (latest).");
- **a user story written as the key result** ("users can sign up with email and phone
  verification", "los usuarios pueden registrarse con correo y teléfono"): the feature to build.
  Not a story that states a quality or a comparison, which the older sets label outcome or
  vague ("Users can upgrade TeamBot without losing customizations", fresh; "Users can perform
  common tasks in the new GUI in less time …", round 18), nor one with a number.

Twentieth round (round 20, a student's web project): **a deliverable named with a count of its
parts in brackets** (`deliverable_parts`): "README with setup instructions (5+ sections)",
"Acceptance criteria for all features (50+ testable criteria)", "Custom CSS beyond Bootstrap
(min 500 lines of custom styles)". Not others or a rate counted in the brackets ("Paying
customers (50+ accounts)", "Reader engagement (5+ pages per visit)").

After the first run of round 37, **a tool built and what it is built to do**: a verb of making,
an article, the thing and a clause on what it does ("Build an evidence-manifest resolver that
improves at least two weak attributes over the best reproduced baseline.", "Create a script
which covers 5 edge cases"): the clause qualifies the tool, which is the team's work, as "Create
self support content which addresses 80% of …" (dev set) and "Build at least one productized AI
tool that others can use" (round 34) are labelled. Only a verb in -s after "that"/"which" ("is",
"has", "will increase" read as before), and only after a verb of making at the start.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_COUNT = r"(?<![\w.,])(?:[≥>]=?\s*)?\d[\d,.']*\+?\s+"
# A count, a few words (names, "/" lists, adjectives), then a unit of the team's own work.
_REVIEWS_AND_TESTS = re.compile(
    _COUNT + r"(?:[\w/+#.-]+\s+){0,5}?(?:code[- ]reviews?|test[- ]cases?"
    r"|(?:unit|integration|regression|e2e|end[- ]to[- ]end|browser|ui|snapshot|smoke)[- ]tests"
    r"|revisiones de código|revisões de código|casos de prueba|casos de teste"
    r"|pruebas (?:de regresión|unitarias|e2e|de integración)|testes (?:de regressão|unitários))"
    r"(?!\w)",
    re.IGNORECASE,
)
_NOT_OURS = re.compile(r"\b(?:failing|flaky|broken|skipped|fallidas|quebrados)\b", re.IGNORECASE)
# Tools, components and projects: counted work only with a verb of using, setting up or
# overseeing first, or a participle of making after them.
_THINGS = r"(?:tools|components|projects|libraries|packages|plugins|modules)"
_THINGS_WORKED = re.compile(
    r"^(?:set up|setup|use|oversee|adopt|introduce|evaluate|try|learn|maintain|lead|contribute to)"
    r"\s+" + _COUNT + r"(?:[\w/+#.-]+\s+){0,5}?" + _THINGS + r"\b"
    r"|^" + _COUNT + r"(?:[\w/+#.-]+\s+){0,3}?" + _THINGS + r"\s+(?:open[- ]sourced|published"
    r"|released|extracted|documented|built|created|in place)\b",
    re.IGNORECASE,
)
_LINT = re.compile(
    r"(?:^|\s)(?:0|zero|no|cero|zéro|null|keine)\s+(?:\w+\s+)?(?:es|ts|style|py)?lint(?:er)?"
    r"\s+(?:errors?|warnings?|issues?|violations?)\b"
    r"|(?:^|\s)(?:0|zero|no|cero)\s+(?:eslint|tslint|pylint|flake8|rubocop|clippy|ruff)"
    r"\s+(?:errors?|warnings?|issues?|violations?)\b"
    r"|(?:^|\s)(?:0|cero)\s+(?:errores|advertencias)\s+de\s+(?:es|ts)?lint",
    re.IGNORECASE,
)
_LOCALES = re.compile(
    r"\b(?:translations?|translated|locali[sz](?:ed|ations?)|traducciones|traducidos?"
    r"|traduções|traduzidos?|übersetzungen|übersetzt|traductions|traduits?)\b"
    r"[^.;]{0,80}?\d+\+?\s+(?:locales|languages|idiomas|sprachen|langues|línguas)\b",
    re.IGNORECASE,
)
_PLATFORMS = ("macos", "mac os", "linux", "windows", "ios", "android", "the web")
_WORKS_ON = re.compile(
    r"\b(?:functions?|works?|runs?|running|available|supported)\b[^.;%]{0,50}?\bon\s+"
    r"(?:macos|mac os|linux|windows|ios|android)\b",
    re.IGNORECASE,
)
_STORY = re.compile(
    r"^(?:the\s+|our\s+|los\s+|as\s+|os\s+)?(?:users?|customers?|admins?|usuarios|usuários"
    r"|clientes|nutzer)\s+(?:can|pueden|podem|können)\s+[^\W\d]",
    re.IGNORECASE,
)
# A quality or a comparison makes the story a result to see, not a feature to build.
_STORY_QUALITY = re.compile(
    r"\b(?:without|less|more|faster|easier|quicker|under|within|than|compared|seamlessly"
    r"|sin|sem|menos|más|mais|ohne)\b",
    re.IGNORECASE,
)


def own_artifacts(written: str) -> bool:
    """Return True for the team's own code reviews, tests, tools, components or projects
    counted, or its code held free of lint errors."""
    low = written.lower()
    if ("review" in low or "test" in low or "prueba" in low or "revis" in low) and (
        (found := _REVIEWS_AND_TESTS.search(written)) is not None
        and not _NOT_OURS.search(written, 0, found.end())
    ):
        return True
    if "lint" in low and _LINT.search(written):
        return True
    return _THINGS_WORKED.search(written.strip(" *")) is not None


def own_deliverables(written: str, measurable: bool) -> bool:
    """Return True for outputs made for a count of locales, a product working on named
    platforms, or a user story with no measure, quality or comparison."""
    low = written.lower()
    if ("transl" in low or "locali" in low or "tradu" in low or "übersetz" in low) and (
        _LOCALES.search(written)
    ):
        return True
    if (
        ("linux" in low or "windows" in low or "macos" in low or "android" in low)
        and "%" not in low
        and sum(p in low for p in _PLATFORMS) >= 2
        and _WORKS_ON.search(written)
    ):
        return True
    return (
        not measurable
        and _STORY.match(written) is not None
        and _STORY_QUALITY.search(written) is None
    )


# A name with no number, then in brackets a count of its own parts (sections, lines, criteria …),
# not a rate ("5+ pages per visit").
_PARTS = re.compile(
    r"^[^\d()（）:]{3,80}?\s[(（]\s*"
    r"(?:(?:min(?:imum)?\.?|at least|al menos|mínimo|no mínimo)\s+|≥\s*)?"
    r"\d[\d.,]*\s*\+?\s+(?:[^\W\d]+[\s-]+){0,3}?"
    r"(?:sections?|chapters?|pages?|lines|criteria|examples?|screens?|endpoints?|styles|rules"
    r"|secciones|capítulos|páginas|líneas|criterios|ejemplos|seções|exemplos|linhas|critérios"
    r"|abschnitte|kapitel|seiten|zeilen|kriterien)\b(?!\s*(?:per|/|a|each|por|pro)\b)[^)）]*[)）]",
    re.IGNORECASE,
)


def deliverable_parts(written: str) -> bool:
    """Return True for a deliverable named with no number and a count of its parts in brackets."""
    return ("(" in written or "（" in written) and _PARTS.match(written) is not None


@OWN_WORK.rule("own artifacts")
def _own_artifacts_rule(reading: Reading) -> bool:
    """ "Get 10 code reviews on Wagtail/Django projects", "Set up 5 JS tools on projects"."""
    return own_artifacts(reading.written)


@OWN_WORK.rule("own deliverables")
def _own_deliverables_rule(reading: Reading) -> bool:
    """ "Localized README landing pages for 12 locales", "users can sign up with email"."""
    return own_deliverables(reading.written, reading.parsed.measurable)


@OWN_WORK.rule("deliverable parts")
def _deliverable_parts_rule(reading: Reading) -> bool:
    """ "README with setup instructions (5+ sections)" (no leading verb)."""
    return reading.verb is None and deliverable_parts(reading.written)


# After the first run of round 37: "Build <a thing> that improves …" (see the module docstring)
_MAKING = frozenset(["build", "create", "develop", "implement", "design", "write", "prototype"])
_ARTICLES = frozenset(["a", "an", "the", "one", "our", "new"])
_NOT_DOING = frozenset(["is", "was", "has", "does", "needs", "requires", "means"])


def built_to_do(written: str) -> bool:
    """Return True for "Build an evidence-manifest resolver that improves at least two …"."""
    words = written.lower().split(None, 8)
    if len(words) < 5 or words[0] not in _MAKING or words[1] not in _ARTICLES:
        return False
    for at in range(3, min(len(words) - 1, 7)):
        if words[at] in ("that", "which"):
            verb = words[at + 1]
            return verb.isalpha() and verb.endswith("s") and verb not in _NOT_DOING
        if not words[at - 1].replace("-", "").isalpha():
            return False
    return False


@OWN_WORK.rule("built to do")
def _built_to_do_rule(reading: Reading) -> bool:
    """ "Build an evidence-manifest resolver that improves at least two weak attributes"."""
    return built_to_do(reading.written)
