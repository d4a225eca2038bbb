"""The team's own practice as key results (issue 15, fourteenth round).

Work the team or the writer does on itself, which the earlier rules read as a metric moved or
as vague, written as round 12 writes it (docs/plaintext.md's round-12 conventions: the team's
own coverage, training and documentation are activities; so are a person's own reading, pull
requests and posts counted):

- **learning, then a count** (`learning_then_count`): a verb of reading or study opening the key
  result, and a later clause counting what is contributed or written ("Read Kubernetes source
  code, contribute 3 Pull Requests", "Ler a documentação do Go e enviar 3 pull requests");
- **the team's own monitoring coverage** (`own_coverage`): the coverage of SLIs, SLOs,
  monitoring, alerting, tracing or backups over the team's own services ("Increase SLI coverage
  from 95 percent to 100 percent for all services provided", "Die SLI-Abdeckung aller Dienste …
  erhöhen"), and its test coverage: unit, integration, end-to-end, automated or code coverage by
  its own tests ("Increase unit test coverage from 65% to 85%", "Achieve 95% code coverage",
  "Comprehensive test suite >90 % coverage"; the lead's decision of session 13, docs/plaintext.md
  "Two label decisions": a level of the team's own output, which KR102 calls work, as rounds 8 and
  10 to 13 label it). Not the coverage of a market, a city or the press ("Increase coverage of
  SF to 100%", "national media coverage", results);
- **the team's own people aware or trained** (`own_people_aware`): a share of the team's
  developers, engineers or staff who are aware of, trained in or familiar with something
  ("Increase the percentage of developers who are aware of black-swan events to 90%"). Customers
  or users aware of a brand are a result;
- **training given to the team** (`own_training`): training, onboarding or coaching provided to
  the team's own people, whatever adjective praises it ("Provide excellent security training to
  all team members" — "excellent" is no vague measure of the work);
- **the frequency of the team's own safeguards** (`safeguard_frequency`): "Increase the frequency
  of data backups" is work on the team's own routine. Not deployment frequency, which the
  labelled sets read as a result ("Accelerate deployment frequency from monthly to weekly");
- **the team's own contacts with leads** (`own_contacts`): touchpoints per inquiry or messages
  exchanged, counted or raised ("Bei Anfragen haben wir nicht weniger als acht
  Berührungspunkte", "Die Anzahl ausgetauschter Nachrichten soll um 10% gesteigert werden").
  Fewer touchpoints, or a ceiling on them, is a result (less effort to close);
- **a count restated from zero** (`without_from_zero`): "(von 0 auf 3)" after "Veröffentlichung
  von 3 Fallstudien" only says that nothing exists yet; the key result is read without it.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading
from cairn.text.languages import localise

# Verbs of reading or study, first in the key result (en, pt, es, de, fr, it).
LEARNING_VERBS = frozenset(
    [
        "read", "study", "learn", "ler", "estudar", "aprender", "leer", "estudiar", "lesen",
        "lernen", "studieren", "lire", "étudier", "apprendre", "leggere", "studiare",
    ]
)  # fmt: skip
# Verbs of contributing or writing that open a later clause before its count.
CONTRIBUTING_VERBS = frozenset(
    [
        "contribute", "submit", "open", "write", "publish", "send", "merge", "make",
        "contribuir", "enviar", "escrever", "publicar", "abrir", "escribir",
        "beisteuern", "einreichen", "schreiben", "veröffentlichen", "contribuer", "soumettre",
        "écrire", "publier", "contribuire", "scrivere", "pubblicare",
    ]
)  # fmt: skip
_LEARNING = re.compile(
    r"^(?:" + "|".join(sorted(LEARNING_VERBS, key=len, reverse=True)) + r")\s", re.IGNORECASE
)
_LATER_COUNT = re.compile(
    r"(?:[,;]|\s(?:and|e|y|und|et|ed)\s)\s*(?:"
    + "|".join(sorted(CONTRIBUTING_VERBS, key=len, reverse=True))
    + r")\s+(?:(?:com|con|with|avec|mit)\s+)?(?:at least\s+|pelo menos\s+|al menos\s+|mindestens\s+)?\d",
    re.IGNORECASE,
)  # fmt: skip

# What the team watches over its own services: the coverage of these is work on its tooling.
_WATCHED = (
    r"slis?|slos?|monitoring|alerting|alerts?|observability|tracing|logging|backups?"
    r"|monitoramento|monitoreo|alertas|rastreamento"
)
# The team's own tests: "unit test coverage", "code coverage", "test suite >90 % coverage".
_TESTS = r"(?:unit|integration|e2e|end-to-end|automated|regression)?\s*tests?(?:\s+suite)?|code|line|branch"
_OWN_COVERAGE = re.compile(
    rf"\b(?:{_WATCHED})\s+coverage\b"  # "SLI coverage", "alerting coverage"
    rf"|\b(?:{_TESTS})\s+coverage\b"  # "unit test coverage", "code coverage"
    r"|\btest\s+suite\b[^.;]{0,20}\bcoverage\b"  # "test suite >90 % coverage"
    r"|\bcobertura\s+de\s+(?:los\s+|las\s+|dos\s+)?(?:testes?|tests?|pruebas?|c[oó]digo)\b"  # pt, es
    r"|\b(?:unit|code)?test-?abdeckung\b|\bcode-?abdeckung\b"  # de: "Testabdeckung"
    r"|(?:单测|单元测试|测试|代码)覆盖率"  # zh: "单测覆盖率", "测试覆盖率"
    r"|(?<![가-힣])(?:라인|브랜치|테스트|코드|단위\s*테스트)\s*커버리지"  # ko: "라인 커버리지 80% 이상"
    r"|(?<![ァ-ヺー])(?:テスト|コード|単体テスト|ライン|ブランチ)\s*カバレッジ"  # ja: "テストカバレッジ"
    # Coverage alone as the measure of the project's code (session 17, round 29): "Coverage
    # should be >95%", "A minimum of 80% coverage should be achieved.", "the coverage of the
    # project"; not "coverage of SF", "media coverage", "80% coverage of target accounts".
    r"|^coverage\s+(?:should|must|is|stays?|remains?|above|over|at\s+least|>|≥)"
    r"|\d\s*%\s+coverage\s+(?:should|must|is|will)\b"
    r"|\bcoverage\s+of\s+(?:the\s+|our\s+|this\s+)?(?:project|codebase|code|repo|repository"
    r"|library|package|module)s?\b"
    rf"|\bcoverage\s+of\s+(?:the\s+)?(?:{_WATCHED})\b"
    rf"|\bcobertura\s+(?:de|del|dos|das|da|do)\s+(?:{_WATCHED})\b"  # "cobertura de SLIs"
    rf"|\b(?:{_WATCHED})-abdeckung\b|\babdeckung\s+(?:der|von|durch)\s+(?:{_WATCHED})\b"
    # After round 31: tests written to reach a coverage ("Create missing tests to reach a general
    # coverage of >80%"); the word "coverage" alone raised to a share, in any sentence's language
    # ("Улучшить coverage до 80%", "Improve coverage to 85%"), not a share of something else
    # ("Increase coverage to 60% of target accounts"). Russian "покрытие тестами / кода" and
    # "тестовое покрытие" (round 31's "Поднять покрытие тестами до 90%", relabelled an activity
    # after its first run, as round 7's "Увеличить test coverage с 60% до 85%").
    r"|\btests?\b[^.;]{0,40}\bcoverage\b"
    r"|покрыти[еяю]\s+(?:unit-|юнит-|модульными\s+|автотестами|тестами|кода)|тестов\w*\s+покрыти"
    r"|\b(?:improve|increase|raise|boost|bring|улучшить|повысить|увеличить|довести|mejorar"
    r"|aumentar|melhorar|améliorer|augmenter|erhöhen|verbessern|migliorare|aumentare|verhogen"
    r"|verbeteren)\s+(?:the\s+|our\s+)?coverage\s+(?:to|до|a|al|para|à|auf|naar)\s+"
    r"(?:at\s+least\s+|[>≥]\s*)?\d[\d.,]*\s*%"
    r"(?!\s*(?:of|de|des|der|van|di|из)\b)",
)

# The team's own people (en, pt, es, de): a share of them aware or trained is training done.
OWN_PEOPLE = frozenset(
    [
        "developers", "engineers", "team members", "staff", "employees", "teammates",
        "desenvolvedores", "engenheiros", "colaboradores", "funcionários", "desarrolladores",
        "ingenieros", "empleados", "entwickler", "mitarbeiter", "mitarbeitende",
    ]
)  # fmt: skip
_PEOPLE = "|".join(sorted(OWN_PEOPLE, key=len, reverse=True))
_OWN_AWARE = re.compile(
    rf"\b(?:percentage|share|proportion|number|percentual|porcentagem|porcentaje|anteil)\s+"
    rf"(?:of|de|dos|das|de los|de las|der)\s+(?:our\s+|the\s+)?(?:{_PEOPLE})\s+"
    r"(?:who\s+(?:are|is|have been)\s+|que\s+(?:est[aã]o|están|conhecem|conocen)\s+|die\s+)?"
    r"(?:aware|trained|familiar|conscientes|capacitados|treinados|formados|geschult)\b",
)
TRAINING_VERBS = frozenset(
    [
        "provide", "deliver", "give", "offer", "run", "hold", "oferecer", "fornecer", "ministrar",
        "ofrecer", "impartir", "anbieten", "durchführen",
    ]
)  # fmt: skip
_OPENING_VERBS = LEARNING_VERBS | TRAINING_VERBS  # the first word of the two rules above
_TRAINING = re.compile(
    r"^(?:"
    + "|".join(sorted(TRAINING_VERBS, key=len, reverse=True))
    + r")\s+(?:[\w-]+\s+){0,3}?(?:training|trainings|onboarding|coaching"
    r"|workshops?|treinamentos?|capacitaç(?:ão|ões)|capacitaci(?:ón|ones)|formaci(?:ón|ones)"
    r"|schulungen?)\s+(?:to|for|para|a|für)\s+(?:all\s+|todos\s+os\s+|todas\s+las\s+|todos\s+los\s+"
    r"|alle\s+)?(?:the\s+|our\s+|new\s+|os\s+|los\s+)?(?:team|" + _PEOPLE + r")\b",
    re.IGNORECASE,
)
# The team's own safeguards, whose frequency is its routine ("the frequency of data backups").
_SAFEGUARD_FREQUENCY = re.compile(
    r"\b(?:frequency|frequência|frecuencia)\s+(?:of|de|dos|das|de las|de los)\s+(?:the\s+|our\s+"
    r"|os\s+|as\s+|las\s+|los\s+)?(?:[\w-]+\s+){0,1}?(?:backups?|snapshots?|copias de seguridad"
    r"|cópias de segurança|restore tests?|security audits?|disaster recovery drills?)\b"
    r"|\bhäufigkeit\s+der\s+(?:datensicherungen|sicherungen|backups)\b",
)
# The team's own contacts with leads and prospects.
_CONTACTS = re.compile(
    r"\btouchpoints?\b|berührungspunkte|pontos de contato|puntos de contacto"
    r"|\bmessages\s+exchanged\b|ausgetauschter?\s+nachrichten|mensagens\s+trocadas"
    r"|mensajes\s+intercambiados",
)
_CEILING = re.compile(
    r"\b(?:at most|no more than|(?<!no )(?<!not )fewer than|(?<!no )(?<!not )less than|reduce|cut"
    r"|höchstens|maximal|reduzieren"
    r"|senken|no máximo|como máximo|reducir|reduzir)\b|(?<!nicht )\bweniger als\b|[<≤]",
)
# "(von 0 auf 3)", "(from 0 to 3)", "(de 0 para 3)": a count restated from nothing.
_FROM_ZERO = re.compile(
    r"\s*[(（]\s*(?:from|von|de|desde|da|van)\s+0\s+(?:to|auf|para|a|bis|naar|à)\s+"
    r"(\d[\d.,]*)\s*[)）]",
    re.IGNORECASE,
)


def own_practice(written: str, direction: str | None) -> bool:
    """Return True for the team's or the writer's own practice, any of the rules below (read by
    `wording._work` before the rules that find a metric)."""
    first = written.split(maxsplit=1)[0].lower() if written.strip() else ""
    if first in _OPENING_VERBS and (learning_then_count(written) or own_training(written)):
        return True
    key = _KEY_WORDS.search(written.lower())  # the others only where a key word stands (hot path)
    if key is None:
        return False
    return (
        own_coverage(written)
        or own_people_aware(written)
        or safeguard_frequency(written)
        or own_contacts(written, direction)
    )


# Words without which none of the other rules can match: one quick test before the patterns.
_KEY_WORDS = re.compile(
    r"coverage|cobertura|abdeckung|покрыти|覆盖率|커버리지|カバレッジ|aware|trained|familiar|conscientes|capacitad|treinad|formad"
    r"|geschult|frequen|frequên|frecuen|häufigkeit|touchpoint|berührungspunkte|contato|contacto"
    r"|exchanged|nachrichten|mensagens|mensajes"
)


def learning_then_count(written: str) -> bool:
    """Return True for reading or study, then a count contributed or written."""
    return _LEARNING.match(written.strip()) is not None and _LATER_COUNT.search(written) is not None


def own_coverage(written: str) -> bool:
    """Return True for the coverage of the team's own monitoring, SLIs, backups or tests."""
    return _OWN_COVERAGE.search(written.lower()) is not None


def own_people_aware(written: str) -> bool:
    """Return True for a share of the team's own people aware of or trained in something."""
    return _OWN_AWARE.search(written.lower()) is not None


def own_training(written: str) -> bool:
    """Return True for training or onboarding provided to the team's own people."""
    return _TRAINING.match(written.strip()) is not None


def safeguard_frequency(written: str) -> bool:
    """Return True for the frequency of the team's own backups or drills."""
    return _SAFEGUARD_FREQUENCY.search(written.lower()) is not None


def own_contacts(written: str, direction: str | None) -> bool:
    """Return True for touchpoints or messages with leads counted or raised, not lowered."""
    low = written.lower()
    if direction == "decrease" or _CONTACTS.search(low) is None:
        return False
    return _CEILING.search(low) is None


def without_from_zero(written: str) -> str | None:
    """Return the key result without a bracket restating its count from zero, or None.

    Only when the bracket's number is the count the sentence already states ("Veröffentlichung
    von 3 Fallstudien … (von 0 auf 3)"); a share ("(von 0% auf 15%)") has no such bracket."""
    found = _FROM_ZERO.search(written)
    if found is None:
        return None
    rest = written[: found.start()] + written[found.end() :]
    if found.group(1) not in re.findall(r"\d[\d.,]*", rest):
        return None
    return rest.strip()


# A deadline written first ("Bis Ende Q3 Veröffentlichung von 12 Fallstudien", German and Dutch
# put it there): the key result is what follows it.
_DEADLINE_FIRST = re.compile(
    r"^(?:bis|by|until|before|vor|tot|até|hasta|antes de)\s+(?:(?:the\s+)?end\s+of\s+"
    r"|ende\s+(?:des\s+|der\s+)?|eind\s+|o\s+fim\s+d[oe]\s+|fin(?:al)?\s+de\s+)?"
    r"(?:q[1-4]|h[12]|(?:19|20)\d\d|(?:the\s+)?(?:year|quarter)|jahres|quartals|ano|año"
    r"|trimestre)(?:\s+(?:19|20)\d\d)?[,:]?\s+(?=\w)",
    re.IGNORECASE,
)


def reread(written: str, work_nouns: frozenset[str]) -> str | None:
    """Return the key result to read instead: what follows a deadline written first when a noun
    of work opens it (`work_nouns`, English, as the text layer localises), or the sentence
    without a bracket restating its count from zero; None when neither applies."""
    rest = after_deadline_first(written)
    if rest is not None and localise(rest).split(maxsplit=1)[0].lower() in work_nouns:
        return rest  # "Bis Ende Q3 Veröffentlichung von 12 Fallstudien"
    bracket = "(" in written or "（" in written
    return without_from_zero(written) if bracket and "0" in written else None


def after_deadline_first(written: str) -> str | None:
    """Return what follows a deadline written first, or None when the key result has none."""
    found = _DEADLINE_FIRST.match(written)
    return written[found.end() :] if found else None


@OWN_WORK.rule("own practice")
def _own_practice_rule(reading: Reading) -> bool:
    return own_practice(reading.written, reading.parsed.direction)
