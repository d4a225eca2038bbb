"""A sixth batch of composed key results (docs/coach.md, "Thirteenth round"): the families round
11's misses belong to, written in several languages and measured before any rule.

- ``own_docs`` (activity): a share of the team's own decisions, processes or modules
  documented, given a SOP or said to be documented and working ("100% de decisiones
  estratégicas documentadas en el Decision Log", "{hi}% procesos críticos con SOP vigente",
  "Indrox Core documentado y operativo al 100%");
- ``reached_share`` (outcome): the near misses, a share of customers, markets or users reached
  or covered ("Cobertura del {hi}% de los clientes", "{hi}% of customers use the new plan");
- ``feedback`` (activity): collecting feedback, reviewing or measuring as the key result
  ("Thu thập phản hồi từ {hi}% khách hàng đầu tiên", "Medir impacto en {n} proyectos",
  "Xem xét chính sách bảo mật của {n} công ty");
- ``feedback_result`` (outcome): the near misses, what the feedback says or others rate
  ("NPS above {n} in customer feedback", "{hi}% positive feedback from customers");
- ``vague_trend`` (vague): a trend with no number ("Ticket promedio con tendencia creciente
  vs 2025", "Reducir peso de proyectos one-off vs 2025");
- ``moved_vs_year`` (outcome): the near misses, a metric moved by a number and compared with
  a year ("Reducir en un {n}% el peso de proyectos one-off vs 2025");
- ``won`` (outcome): rankings, customers won and a factor on a metric ("Posicionar {n}
  keywords en Top 3", "Captar {n}00 nuevos clientes", "Triplicar la cantidad de pedidos").

The team's own test coverage is left out: the labelled sets call it both ways ("Increase unit
test coverage from 65% to 85%", "Cobertura de testes > 80%" outcomes; "Achieve 95% code
coverage", "Test coverage 60% → 80%" activities).

`python -m tests.coach.phrasings_thirteenth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

from tests.coach import phrasings
from tests.coach.phrasings import DECOR, KIND

DECOR.setdefault("vi", ("ít nhất {n}", "trước cuối quý", False))

THIRTEENTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_docs": (
            "100% of strategic decisions documented in the decision log",
            "{hi}% of critical processes with an up-to-date SOP",
            "{hi}%+ of SOPs with measurable acceptance criteria",
            "Billing engine documented and operational at 100%",
            "{hi}% of runbooks documented",
        ),
        "reached_share": (
            "Coverage of {hi}% of our target customers",
            "{hi}% of customers use the new plan",
            "{hi}% of target markets served",
        ),
        "feedback": (
            "Collect feedback from {hi}% of first customers",
            "Get feedback from at least {hi}% of prospects",
            "Measure impact on {n} projects",
            "Review the security policies of {n} leading companies",
        ),
        "feedback_result": (
            "NPS above {n} in customer feedback",
            "{hi}% positive feedback from customers",
        ),
        "vague_trend": (
            "Average ticket trending up vs 2025",
            "Repeat orders on a growing trend vs last year",
            "Reduce the weight of one-off projects vs 2025",
            "Grow repeat orders vs 2025",
        ),
        "moved_vs_year": (
            "Reduce the weight of one-off projects by {n}% vs 2025",
            "Grow repeat orders from {lo}00 to {hi}00 vs 2025",
        ),
        "won": (
            "Rank {n} keywords in the top 3",
            "Win {n}00 new customers in Mexico",
            "Triple the number of online orders",
        ),
    },
    "es": {
        "own_docs": (
            "100% de decisiones estratégicas documentadas en el Decision Log",
            "{hi}% procesos críticos con SOP vigente",
            "{hi}%+ SOPs con criterios de aceptación medibles",
            "Indrox Core documentado y operativo al 100%",
            "{hi}% de los procesos documentados",
            "100% cambios críticos con microtraining publicado",
        ),
        "reached_share": (
            "Cobertura del {hi}% de los clientes",
            "Presencia en el {hi}% de los mercados objetivo",
            "El {hi}% de los clientes usan el nuevo plan",
        ),
        "feedback": (
            "Recoger feedback del {hi}% de los primeros clientes",
            "Medir impacto explícito en {n} proyectos",
            "Obtener retroalimentación de al menos {hi}% de los clientes potenciales",
            "Revisar las políticas de seguridad de {n} empresas",
        ),
        "feedback_result": (
            "NPS superior a {n} en las encuestas a clientes",
            "{hi}% de feedback positivo de los clientes",
        ),
        "vague_trend": (
            "Ticket promedio con tendencia creciente vs 2025",
            "Pedidos recurrentes con tendencia al alza frente a 2025",
            "Reducir peso de proyectos one-off (a medida) vs 2025",
            "Aumentar los pedidos recurrentes frente a 2025",
        ),
        "moved_vs_year": (
            "Reducir en un {n}% el peso de proyectos one-off vs 2025",
            "Aumentar los pedidos recurrentes de {lo}00 a {hi}00 frente a 2025",
        ),
        "won": (
            'Posicionar {n} keywords "Colombia tourism" en Top 3',
            "Captar {n}00 nuevos clientes de México",
            "Triplicar la cantidad de pedidos online",
            "Duplicar las ventas en línea",
            "Conseguir {n}0 nuevos clientes en Chile",
        ),
    },
    "pt": {
        "own_docs": (
            "100% das decisões estratégicas documentadas no Decision Log",
            "{hi}% dos processos críticos com SOP vigente",
            "Módulo de faturamento documentado e operacional a 100%",
        ),
        "reached_share": (
            "Cobertura de {hi}% dos clientes",
            "{hi}% dos clientes usam o novo plano",
        ),
        "feedback": (
            "Coletar feedback de {hi}% dos primeiros clientes",
            "Medir o impacto em {n} projetos",
        ),
        "won": (
            "Captar {n}00 novos clientes no México",
            "Triplicar o número de pedidos online",
        ),
    },
    "vi": {
        "own_docs": (
            "100% quyết định chiến lược được ghi vào Decision Log",
            "{hi}% quy trình quan trọng có SOP",
        ),
        "reached_share": ("{hi}% khách hàng sử dụng gói mới",),
        "feedback": (
            "Thu thập phản hồi từ {hi}% khách hàng đầu tiên",
            "Nhận phản hồi từ ít nhất {hi}% khách hàng tiềm năng",
            "Xem xét chính sách bảo mật của {n} công ty hàng đầu",
            "Tăng thời gian dành cho việc review code thêm {n}0 phút mỗi ngày",
        ),
        "feedback_result": ("{hi}% khách hàng đánh giá sản phẩm là hữu ích",),
    },
}
FAMILIES = (
    "own_docs", "reached_share", "feedback", "feedback_result", "vague_trend", "moved_vs_year", "won",
)  # fmt: skip
KIND.update(
    {
        "own_docs": "activity",
        "reached_share": "outcome",
        "feedback": "activity",
        "feedback_result": "outcome",
        "vague_trend": "vague",
        "moved_vs_year": "outcome",
        "won": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    return phrasings.main(argv, THIRTEENTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
