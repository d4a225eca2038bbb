"""The eleventh round's coach rules (docs/coach.md, "Eleventh round"): the fourth batch of composed
key results (tests/coach/phrasings_eleventh.py) and each rule's pattern with its near misses.
Labels follow the convention: activity (KR102), outcome (neither KR102 nor KR104)."""

import pytest

from cairn.coach.done_first import infinitive_first, work_in_share
from tests.coach.phrasings import coach_right, codes, template_params, variants
from tests.coach.phrasings_eleventh import ELEVENTH

# "Elaborados {n} manuais …" ("elaborar", a verb the coach did not know) is read since the twelfth
# round: a participle-first deliverable is work without knowing its verb.
_LEFT: set[tuple[str, str, int]] = set()


@pytest.mark.parametrize(
    ("language", "family", "index"),
    template_params(ELEVENTH, _LEFT),
)
def test_the_fourth_batch_is_judged_by_its_label(language, family, index):
    wrong = [p.text for p in variants(language, family, index, ELEVENTH) if not coach_right(p)]
    assert not wrong


# A deliverable written participle first reads as its infinitive.
@pytest.mark.parametrize(
    "text",
    [
        "Concluído o levantamento de 12 bases de dados estaduais",
        "Realizadas, pelo menos, 8 oficinas com gestores municipais",
        "Publicada a nova versão do portal com 5 painéis",
        "Implementado el nuevo módulo de facturación con 3 bancos",
        "Completadas 6 revisiones de seguridad del código",
    ],
)
def test_a_deliverable_written_participle_first_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reduzido o tempo de espera para 10 minutos",
        "Aumentada para 40% a taxa de conversão",
        "Aprovado o orçamento de 2025 pelo conselho",
        "Reducido el abandono al 5% mensual",
    ],
)
def test_a_metric_moved_or_a_verdict_given_participle_first_is_not_flagged_as_work(text):
    assert "KR102" not in codes(text)


def test_the_participle_becomes_an_infinitive_and_a_floor_leaves_its_commas():
    assert infinitive_first("Executadas, pelo menos, 20 avaliações") == (
        "Executar pelo menos 20 avaliações"
    )
    assert infinitive_first("Concluído o ciclo") == "Concluir o ciclo"
    assert infinitive_first("Colorado office opened") is None  # no article after it
    assert infinitive_first("Canada market share 20%") is None
    assert infinitive_first("Aprovado o orçamento") is None  # a verdict others give


# Work done in a share of the team's own items.
@pytest.mark.parametrize(
    "text",
    [
        "Adotar o novo modelo de contrato em 100% das compras",
        "Padronizar os relatórios em 80% das unidades",
        "Habilitar la autenticación en el 95% de las aplicaciones",
        "Migrar a base de clientes em 70% das filiais até junho",
    ],
)
def test_work_done_in_a_share_of_items_is_work(text):
    assert work_in_share(text)
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aumentar a conversão em 10% dos visitantes",
        "Reduzir em 15% o tempo médio de resposta",
        "Otimizar o custo em 20% dos contratos",
        "Mejorar la retención en el 30% de los clientes",
    ],
)
def test_a_metric_moved_in_a_share_is_not_flagged_as_work(text):
    assert "KR102" not in codes(text)


def test_a_share_needs_a_percent_of_items_after_the_preposition():
    assert not work_in_share("Implementar o novo fluxo de aprovação em 3 semanas")
    assert not work_in_share("Aumentar as vendas em 10% no trimestre")  # no items counted
    assert not work_in_share("100% dos formularios publicos capturam UTM")  # no verb first


# A share of the team's own items said to be worked on.
@pytest.mark.parametrize(
    "text",
    [
        "Garantir que 95% das APIs estejam documentadas no portal",
        "Asegurar que el 80% de los formularios estén traducidos al inglés",
        "Garantizar que el 100% de los servicios estén migrados antes de junio",
        "Assegurar que 90% dos módulos sejam testados automaticamente",
    ],
)
def test_a_share_of_own_items_worked_on_is_work(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asegurar que el 90% de los clientes estén satisfechos",
        "Garantizar que el 95% de los pedidos sean entregados a tiempo",
        "Garantir que 98% das requisições sejam respondidas em menos de 1 segundo",
        "Asegurar que el 100% de los empleados conozcan el nuevo código de conducta",
    ],
)
def test_a_share_in_a_state_or_a_service_level_is_not_this_rule(text):
    assert "KR102" not in codes(text)
