"""A batch of composed key results after the first run of round 38 (docs/coach.md, "After the
first run of round 38 (issue 15, session 21): the coach"), written as patterns and measured
before the rules:

- ``deliverable_done`` (activity): a deliverable of the team's own (a document, a deck, a demo,
  papers, a report, a plan, a calculation) and a participle of having made it: ready,
  delivered, formalised, calculated, published ("1 documento de proposta de valor B2G entregue
  à Secretaria.", "100% dos papéis e sociedade formalizados até 13/07.", "Plan de negocio
  listo", "Rapport d'impact livré au client", "Businessplan fertig"), with or without a count
  or a deadline;
- ``reached_by_others`` (outcome, near misses): what others achieve or a metric reached ("90%
  dos clientes satisfeitos", "Contratos assinados por 10 clientes", "NPS acima de 50");
- ``zeroed`` (outcome): a count of bad things brought to zero ("Zerar erros críticos de
  lint/build do MVP.", "Azzerare gli errori critici", "Eliminate all production incidents"),
  mended in the parser (the generator key_result_phrasings_after_round38).

Not here: a participle of a verdict others give ("aprovado", "approved", "validado",
"freigegeben"), which the earlier rounds label an outcome ("Pentest aprovado", "Aprovado o
orçamento de 2025 pelo conselho"): left as it reads.

`python -m tests.coach.phrasings_after_round38 [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

AFTER_ROUND38: dict[str, dict[str, tuple[str, ...]]] = {
    "pt": {
        "deliverable_done": (
            "1 documento de proposta de valor B2G entregue à Secretaria",
            "{n} documentos de proposta de valor B2G entregues à Secretaria",
            "Pitch deck + one-pager + demo do ISA prontos e ensaiados",
            "100% dos papéis e sociedade formalizados",
            "ISA calculado com dados reais em ao menos {n} atrativos",
            "Relatório de impacto publicado",
            "Plano de negócios pronto",
            "{n} relatórios técnicos entregues",
        ),
        "reached_by_others": (
            "{n}0% dos clientes satisfeitos",
            "Contratos assinados por {n} clientes",
            "NPS acima de {n}0",
        ),
        "zeroed": (
            "Zerar erros críticos de lint/build do MVP",
            "Zerar incidentes de segurança em produção",
        ),
    },
    "es": {
        "deliverable_done": (
            "Informe de resultados entregado a la dirección",
            "Plan de negocio listo",
            "{n} documentos de requisitos entregados",
            "Papeles de la sociedad formalizados",
            "Presupuesto anual calculado",
            "Informe anual publicado",
            "1 informe de requisitos entregado a la dirección",
            "100% de los papeles de la sociedad formalizados",
        ),
        "reached_by_others": (
            "{n}0% de los clientes satisfechos",
            "Contratos firmados por {n} clientes",
        ),
        "zeroed": (
            "Llevar a cero los errores críticos",
            "Eliminar todos los incidentes de seguridad",
        ),
    },
    "fr": {
        "deliverable_done": (
            "Rapport d'impact livré au client",
            "Plan d'affaires prêt",
            "{n} documents de spécification livrés",
            "Statuts de la société formalisés",
            "Rapport annuel publié",
            "1 rapport d'audit livré au client",
            "100 % des statuts formalisés",
        ),
        "reached_by_others": ("{n}0 % des clients satisfaits",),
        "zeroed": (
            "Ramener à zéro les incidents critiques",
            "Éliminer tous les bugs critiques",
        ),
    },
    "it": {
        "deliverable_done": (
            "Piano aziendale pronto",
            "Documento di progetto consegnato al cliente",
            "{n} documenti di specifica consegnati",
            "Atti societari formalizzati",
            "1 documento di progetto consegnato al cliente",
        ),
        "zeroed": ("Azzerare gli errori critici",),
    },
    "de": {
        "deliverable_done": (
            "Businessplan fertig",
            "Projektbericht an den Kunden geliefert",
            "Konzept abgeschlossen",
        ),
    },
    "en": {
        "deliverable_done": (
            "Pitch deck and demo ready",
            "Project proposal delivered to the board",
            "Company papers formalised",
            "{n} design documents delivered",
            "Annual report published",
            "Risk score calculated with real data for at least {n} sites",
            "1 value proposition document delivered to the board",
            "100% of company papers formalised",
        ),
        "reached_by_others": (
            "{n}0% of customers satisfied",
            "Contracts signed by {n} customers",
            "NPS above {n}0",
        ),
        "zeroed": ("Zero critical bugs", "Eliminate all production incidents"),
    },
}

FAMILIES = ("deliverable_done", "reached_by_others", "zeroed")
KIND.update({"deliverable_done": "activity", "reached_by_others": "outcome", "zeroed": "outcome"})


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, AFTER_ROUND38, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
