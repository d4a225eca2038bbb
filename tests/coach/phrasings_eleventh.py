"""A fourth batch of composed key results (docs/coach.md, "Eleventh round"): the families round
9's first-run misses belong to, written in several languages and measured before any rule.

- ``share_in`` (activity): work done *in* a share of the team's own items ("Implementar o novo
  fluxo em {n}% dos processos", "Activar el cifrado en el {n}% de los servicios", "Roll out SSO
  in {n}% of the services"), which the text layer reads as a change "by {n}%";
- ``done_first`` (activity): a Portuguese or Spanish deliverable written participle first
  ("Concluído o ciclo de avaliação …", "Publicado o relatório …", "Implementado el módulo …");
- ``share_done`` (activity): a share of the team's own items said to be worked on ("Asegurar que el
  {n}% de las historias de usuario estén implementadas y probadas", "Garantir que {n}% dos
  endpoints estejam documentados"), added after the first two rules;
- ``moved`` (outcome): the near misses, a metric moved by or in a share ("Aumentar a conversão
  em {n}% …", "Reduzido o churn para {n}%", "Increase retention by {n}% in …").

`python -m tests.coach.phrasings_eleventh [-v]` prints the coach's figures per language and family.
"""

from __future__ import annotations

from tests.coach import phrasings
from tests.coach.phrasings import KIND

ELEVENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "pt": {
        "share_in": (
            "Implementar o novo fluxo de aprovação em {n}% dos processos",
            "Implementada a assinatura digital em {n}% dos contratos",
            "Disponibilizar informações detalhadas sobre {n}% dos pagamentos",
            "Simplificar a autorização em {n}% dos processos de compra",
        ),
        "done_first": (
            "Concluído o ciclo de avaliação de {n} programas",
            "Executadas {n} avaliações de políticas públicas",
            "Publicado o relatório técnico sobre {n} programas",
            "Elaborados {n} manuais de procedimentos",
            "Entregue o painel de indicadores com {n} métricas",
        ),
        "share_done": (
            "Garantir que {n}% dos endpoints estejam documentados",
            "Assegurar que {n}% das telas sejam testadas antes da entrega",
            "Garantir que o {n}% dos serviços estejam migrados para a nuvem",
        ),
        "moved": (
            "Garantir que {n}% dos clientes estejam satisfeitos",
            "Aumentar a conversão em {n}% nos canais digitais",
            "Reduzido o churn para {n}% ao mês",
            "Reduzir em {n}% o tempo médio de atendimento",
        ),
    },
    "es": {
        "share_in": (
            "Activar el cifrado en el {n}% de los servicios",
            "Implementar pruebas automatizadas en el {n}% de los módulos",
            "Documentar el proceso en el {n}% de los equipos",
        ),
        "done_first": (
            "Publicado el informe técnico sobre {n} programas",
            "Completadas {n} auditorías internas",
            "Implementado el módulo de pagos con {n} proveedores",
        ),
        "share_done": (
            "Asegurar que el {n}% de las historias de usuario estén implementadas y probadas",
            "Asegurar que el {n}% de las conexiones estén protegidas con cifrado",
            "Garantizar que el {n}% de los módulos estén documentados",
        ),
        "moved": (
            "Asegurar que el {n}% de los clientes estén satisfechos",
            "Garantizar que el {n}% de los pedidos sean entregados a tiempo",
            "Aumentar las ventas en un {n}% en la región norte",
            "Reducido el abandono al {n}% mensual",
        ),
    },
    "en": {
        "share_in": (
            "Roll out SSO in {n}% of the services",
            "Enable encryption in {n}% of our databases",
        ),
        "moved": (
            "Increase retention by {n}% in the enterprise segment",
            "Reduce churn in {n}% of accounts",
        ),
    },
}
FAMILIES = ("share_in", "done_first", "share_done", "moved")
KIND.update(
    {"share_in": "activity", "done_first": "activity", "share_done": "activity", "moved": "outcome"}
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, ELEVENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
