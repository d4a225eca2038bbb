"""Twenty-first-round reader rules (issue 15): the shapes of the round-21 and round-22 documents.

Each rule has invented documents in the languages that occur and near misses that must keep
their reading.
"""

import pytest

from cairn.text.document import parse_document


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o.title, [kr.title for kr in o.key_results]) for o in parse_document(text).objectives]


# --- "Resultados Chave 1 - …": the plural key-results word before an id marks one key result ---

_PLURAL_IDS = {
    "pt": ("Objetivo", "Resultados Chave", ("Ter presença digital", "Lançar um curso rápido")),
    "es": ("Objetivo", "Resultados clave", ("Ganar clientes nuevos", "Lanzar la tienda")),
    "fr": ("Objectif", "Résultats clés", ("Gagner des clients", "Lancer la boutique")),
    "en": ("Objective", "Key Results", ("Win new customers", "Launch the shop")),
    "de": ("Ziel", "Schlüsselergebnisse", ("Neue Kunden gewinnen", "Den Laden eröffnen")),
}
_KRS = ("Sign 10 partners", "Publish 12 posts", "Reach 300 subscribers")


def _plural_id_page(lang: str, separator: str, bullet: str) -> str:
    objective, krs, titles = _PLURAL_IDS[lang]
    lines = ["# Exemplo", "", "Some prose before the example.", ""]
    for n, title in enumerate(titles, 1):
        lines.append(f"{bullet}{objective} {n}: {title}")
        lines += [f"{bullet}{krs} {k}{separator}{kr};" for k, kr in enumerate(_KRS, 1)]
        lines.append("")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(_PLURAL_IDS))
@pytest.mark.parametrize("separator", [" - ", ": ", " – "])
@pytest.mark.parametrize("bullet", ["- ", ""])
def test_a_plural_key_results_word_before_an_id_marks_a_key_result(lang, separator, bullet):
    titles = _PLURAL_IDS[lang][2]
    assert _tree(_plural_id_page(lang, separator, bullet)) == [(t, list(_KRS)) for t in titles]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the plural word alone still heads the list
        (
            "Objective: Win new customers\n\nKey Results:\n- Sign 10 partners\n- Publish 12 posts\n",
            [("Win new customers", ["Sign 10 partners", "Publish 12 posts"])],
        ),
        (
            "Objetivo: Ter presença digital\n\nResultados-chave:\n- Pesquisar 10 clientes\n",
            [("Ter presença digital", ["Pesquisar 10 clientes"])],
        ),
    ],
)
def test_the_plural_word_alone_still_heads_the_list(text, expected):
    assert _tree(text) == expected
