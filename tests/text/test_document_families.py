"""Every generated family of document shapes reads exactly (issue 15, rounds 12 B to 20, 23 to 25).

Each round's reader rules came with a generator, tests/text/document_shapes_<round>.py, of the
families it handles (FAMILIES, `cases()` as (family, language, variant, …) tuples, `case`), in
several languages and variants. The rounds' own test modules (test_document_rules_<round>.py)
keep each rule's sentences and near misses; here every family of every round must still read
exactly, and each round's generator must still span the languages it was written for.
"""

from importlib import import_module

import pytest

from tests.text.document_shapes import family_misses, variant_cases, variant_misses

# round: (least generated pages, languages they must span)
ROUNDS = {
    "twelfth_b": (400, {"en", "pt", "de", "fr", "ko", "zh", "id"}),
    "thirteenth": (200, {"en", "es", "pt", "fr", "de", "it"}),
    "fourteenth": (150, {"en", "vi", "es", "pt", "fr", "de"}),
    "fifteenth": (200, {"en", "es", "pt", "fr", "de"}),
    "sixteenth": (200, {"en", "es", "pt", "fr", "de"}),
    "seventeenth": (375, {"zh", "vi", "en", "es", "de"}),
    "eighteenth": (300, {"en", "es", "sv", "de", "fr"}),
    "nineteenth": (300, {"en", "es", "de", "fr", "zh"}),
    "twentieth": (200, {"en", "es", "de", "fr", "pt", "it", "zh"}),
    "twenty_third": (238, {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "id", "zh", "ja"}),
    "twenty_fourth": (600, {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru", "uk", "zh",
                            "ja", "ko", "vi", "id", "sv", "da", "no", "cs"}),
    "twenty_fifth": (480, {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru", "uk", "zh",
                           "ja", "ko", "vi", "id", "sv", "da", "no", "cs"}),
    "twenty_sixth": (340, {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru", "uk", "zh",
                           "ja", "ko", "vi", "id", "sv", "da", "no", "cs"}),
    "twenty_seventh": (1020, {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru", "uk",
                             "zh", "ja", "ko", "vi", "id", "sv", "da", "no", "cs"}),
    "twenty_eighth": (315, {"en", "es", "pt", "fr", "de", "it", "nl", "zh", "ja"}),
    "twenty_ninth": (354, {"en", "es", "pt", "de", "zh", "ja"}),
    "thirtieth": (336, {"en", "es", "pt", "de", "fr", "zh", "ja", "ko"}),
    "thirty_first": (200, {"en", "es", "pt", "de", "fr", "zh", "ja", "ko"}),
    "after_thirty_third": (96, {"en", "es", "pt", "de", "fr", "vi", "zh", "ko"}),
    "after_thirty_fourth": (48, {"en", "es", "de", "zh", "ja", "ko"}),
    "after_thirty_fifth": (152, {"en", "es", "pt", "fr", "de", "zh", "ja", "ko"}),
    "after_thirty_seventh": (140, {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru",
                                   "uk", "zh", "ja", "ko"}),
    "after_thirty_ninth": (105, {"en", "es", "pt", "fr", "de"}),
    "after_forty_second": (144, {"en", "es", "pt", "fr", "de", "it", "zh", "ja"}),
    "thirty_second_a": (90, {"en", "es", "pt", "fr", "de", "ja"}),
    "thirty_second_b": (248, {"en", "es", "pt", "de", "fr", "zh", "ja", "ko"}),
    "thirty_third": (98, {"en", "es", "pt", "fr", "de", "zh", "ja"}),
}  # fmt: skip


def _generator(round_name: str):
    return import_module(f"tests.text.document_shapes_{round_name}")


FAMILIES = [(name, family) for name in ROUNDS for family in _generator(name).FAMILIES]


@pytest.mark.parametrize(("round_name", "family"), FAMILIES, ids=lambda v: str(v))
def test_each_family_reads_exactly_in_every_language_and_variant(round_name, family):
    generator = _generator(round_name)
    missed = family_misses(family, generator.cases(), generator.case)
    assert not missed, missed[0]


@pytest.mark.parametrize("round_name", ROUNDS)
def test_each_rounds_families_span_languages_and_variants(round_name):
    least, languages = ROUNDS[round_name]
    cases = _generator(round_name).cases()
    assert len(cases) >= least
    assert {c[1] for c in cases} >= languages


# Rounds whose generator lists its variants (VARIANTS) for each family: every variant, near
# misses included, must read exactly in every language, and the cases must be exactly the
# families' variants in every language; round: the least number of languages.
VARIANT_ROUNDS = {
    "twenty_fourth": 20,
    "twenty_fifth": 20,
    "twenty_seventh": 20,
    "twenty_eighth": 4,
    "twenty_ninth": 4,
    "thirtieth": 4,
    "thirty_first": 4,
    "after_thirty_third": 4,
    "after_thirty_fourth": 4,
    "after_thirty_fifth": 8,
    "after_thirty_seventh": 14,
    "after_thirty_ninth": 5,
    "after_forty_second": 8,
    "thirty_second_a": 4,
    "thirty_second_b": 8,
    "thirty_third": 7,
}
VARIANTS = [
    (name, family, variant)
    for name in VARIANT_ROUNDS
    for family in _generator(name).FAMILIES
    for variant in _generator(name).VARIANTS[family]
]


@pytest.mark.parametrize(("round_name", "family", "variant"), VARIANTS, ids=str)
def test_each_variant_reads_exactly(round_name, family, variant):
    generator = _generator(round_name)
    assert variant_cases(generator.cases(), family, variant)  # the variant is generated
    assert not variant_misses(generator.cases(), generator.case, family, variant)


@pytest.mark.parametrize("round_name", VARIANT_ROUNDS)
def test_the_cases_are_the_variants_in_every_language(round_name):
    generator = _generator(round_name)
    cases = generator.cases()
    assert {c[1] for c in cases} == set(generator.LANGUAGES)
    assert len(generator.LANGUAGES) >= VARIANT_ROUNDS[round_name]
    variants = generator.VARIANTS
    assert {(c[0], c[2]) for c in cases} == {
        (f, v) for f in generator.FAMILIES for v in variants[f]
    }
