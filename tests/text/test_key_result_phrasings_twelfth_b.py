"""The key result parser on the twelfth-round part-B families (see key_result_phrasings_twelfth_b)."""

import pytest

from cairn.text.languages import language_of
from tests.text.key_result_phrasings_twelfth_b import twelfth_round_b_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", twelfth_round_b_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_twelfth_round_b_families(phrasing):
    check(phrasing)


_PCT = "%"

# Near misses of each rule: sentences that must read as before the twelfth round (part B).
NEAR_MISSES = {
    # real Spanish stays Spanish: "del … al", "de … a" are its from–to
    "Aumentar la tasa de conversión del 18% al 25%": ("increase", 18, 25, None, _PCT),
    "Reducir el churn de 5% a 3%": ("decrease", 5, 3, None, _PCT),
    "Aumentar las ventas de 100 a 200 clientes": ("increase", 100, 200, None, "clientes"),
    # a capitalised number word inside the sentence is a name; "5 mil" is a scale after digits
    "Implantar Seis Sigma em três áreas": ("increase", None, None, {"amount": 3, "relative": False}, "áreas"),
    "Conquistar um cliente âncora": (None, None, None, None, None),
    "Aumentar las ventas a 5 mil millones": ("increase", None, 5_000_000_000, None, None),
    "Atingir 30 por cento de margem": ("increase", None, 30, None, _PCT),
    # German "um N%" with "gewinnen" stays a change
    "Marktanteil um 5% gewinnen": ("increase", None, None, {"amount": 5, "relative": True}, None),
    # a Chinese verb of change inside a later clause, or a verb that is no change, moves nothing
    "建立培训体系，提升团队能力": (None, None, None, None, None),
    "达到收敛条件自动停止": (None, None, None, None, None),
    "升级保险保障计划": (None, None, None, None, None),
    "将流失率从5%降低到3%": ("decrease", 5, 3, None, _PCT),
    # English with "SEM" and "NA" is not Portuguese
    "Grow SEM and NA pipeline by 20%": ("increase", None, None, {"amount": 20, "relative": True}, None),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_twelfth_round_b_rules(text, expected):
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aumentar margem líquida de 18% para 25%", "pt"),
        ("Aumentar ticket médio de R$960 para R$1.200", "pt"),
        ("Realizar pelo menos seis eventos", "pt"),
        ("Publicar no mínimo cinco eventos", "pt"),
        ("Acurácia de insights > 85%", "pt"),
        ("Aumentar la tasa de conversión del 18% al 25%", "es"),
        ("Mejorar la calidad del servicio para 2025", "es"),
        ("Publicar al menos seis informes", "es"),
        ("Grow SEM and NA pipeline by 20%", None),
    ],
)
def test_portuguese_is_told_from_spanish_by_what_only_it_writes(text, language):
    assert language_of(text) == language


# The Portuguese from–to with a scaled amount or a spaced currency (round 12's first run:
# "Aumentar MRR de $50k para $120k", "ARR de $5M para $8M" had lost their start).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aumentar MRR de $50k para $120k", ("increase", 50_000, 120_000, None, "$")),
        ("ARR de $5M para $8M", ("increase", 5_000_000, 8_000_000, None, "$")),
        ("Aumentar a receita recorrente de R$ 40k para R$ 90k", ("increase", 40_000, 90_000, None, "R$")),
        ("Reduzir o CAC de $1.2k para $800", ("decrease", 1_200, 800, None, "$")),
        ("Aumentar MRR de 50k para 120k", ("increase", 50_000, 120_000, None, None)),
        # as before: the Spanish from–to, and a Portuguese one without a scale
        ("Aumentar el MRR de $50k a $120k", ("increase", 50_000, 120_000, None, "$")),
        ("Aumentar ticket médio de R$960 para R$1.200", ("increase", 960, 1_200, None, "R$")),
    ],
)  # fmt: skip
def test_a_portuguese_from_to_reads_scaled_and_spaced_amounts(text, expected):
    assert fields(text) == expected
