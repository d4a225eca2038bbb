"""The key result parser on the sixteenth-round families (see key_result_phrasings_sixteenth)."""

import pytest

from tests.text.key_result_phrasings_sixteenth import sixteenth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", sixteenth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_sixteenth_round_families(phrasing):
    check(phrasing)


_PCT = "%"
_BY_20 = {"amount": 20, "relative": True}

# Near misses of each rule: sentences that must read as before the sixteenth round.
NEAR_MISSES = {
    # "en N%" without "de <items>", or before a singular, is still "by"
    "Aumentar las ventas en 20%": ("increase", None, None, _BY_20, None),
    "Reducir los costos en 20% de forma sostenida": ("decrease", None, None, _BY_20, None),
    "Contratos firmados en 80% de los clientes": ("increase", None, 80, None, _PCT),
    # an English "lead" before an English plural is an adjective; Italian as before
    "Hire 3 lead engineers": ("increase", None, 3, None, "engineers"),
    "10 clienti acquisiti": ("increase", None, 10, None, "clienti"),
    "Raggiungere 200 clienti": ("increase", None, 200, None, "clienti"),
    # "one" before a singular with no cadence is still an article
    "Deliver within one release": (None, None, None, None, None),
    "Publish one article": (None, None, None, None, None),
    # Korean "프로젝트" is no percent, an ordinal no count
    "프로젝트 3개 완료": ("increase", None, 3, None, None),
    "세 번째 프로젝트 완료": (None, None, None, None, None),
    # a place after "partendo da" is no baseline
    "Raggiungere 300 clienti (partendo da Milano)": ("increase", None, 300, None, "clienti"),
    # Portuguese "Zero" as before
    "Zero incidentes críticos": ("stay_below", None, 0, None, "incidentes"),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_sixteenth_round_rules(text, expected):
    assert fields(text) == expected
