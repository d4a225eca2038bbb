"""The ordered rules `wording.is_activity` asks, each in the module of its concern.

Two lists, each read first to last and stopping at the first rule that answers True:

- `OWN_WORK`: the team's own work whatever measure the sentence carries ("Increase SLI coverage
  from 95 to 100 percent", "Grow team to 15 people"). Read by `wording._work` before the rules
  that find an outcome measure; a rule takes a `Reading`.
- `RESULT_AFTER_ALL`: a result whatever else the sentence says (a check passed, others paying
  or using, a win). Read by `wording._result_after_all` only on what would be flagged; a rule
  takes the sentence as written and its leading verb (or None).

A rule module registers its rule under a name (`@OWN_WORK.rule("own setup")`); the order is the
name's place in the list's `order`, written here in one place, so a new rule is a name in that
tuple and a function in its own module (listed in `MODULES`): wording.py does not grow. A list
freezes on its first use, after importing `MODULES`, and fails loudly if a name has no rule.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, ParamSpec

from cairn.text.key_result_parser import ParsedKeyResult

P = ParamSpec("P")


@dataclass(slots=True)
class Reading:
    """One key result as `wording._work` reads it (not frozen: a frozen dataclass is slower to
    make, and one is made per key result the coach reads; no rule changes it)."""

    written: str  # as the writer wrote it
    text: str  # as the text layer rewrote it into English (`localise`)
    parsed: ParsedKeyResult
    verb: str | None  # the leading verb of `text`, articles dropped, "have" verbs mapped


class Rules(Generic[P]):
    """An ordered list of rules, each answering True (stop) or False (ask the next)."""

    def __init__(self, order: tuple[str, ...]) -> None:
        self.order = order
        self._named: dict[str, Callable[P, bool]] = {}
        self._rules: tuple[Callable[P, bool], ...] | None = None

    def rule(self, name: str) -> Callable[[Callable[P, bool]], Callable[P, bool]]:
        """Register the decorated function as the rule called `name`."""

        def register(function: Callable[P, bool]) -> Callable[P, bool]:
            if name not in self.order or name in self._named or self._rules is not None:
                raise ValueError(f"rule {name!r}: not in the order, twice, or registered late")
            self._named[name] = function
            return function

        return register

    def rules(self) -> tuple[Callable[P, bool], ...]:
        """Return the rules in their order (every name must have its rule by now)."""
        if self._rules is None:
            for module in MODULES:
                importlib.import_module(module)
            missing = [name for name in self.order if name not in self._named]
            if missing:
                raise LookupError(f"rules not registered: {missing}")
            self._rules = tuple(self._named[name] for name in self.order)
        return self._rules

    def any(self, *args: P.args, **kwargs: P.kwargs) -> bool:
        """Return True as soon as one rule, in order, answers True."""
        rules = self._rules or self.rules()
        for rule in rules:  # noqa: SIM110 (a loop: no generator per call)
            if rule(*args, **kwargs):
                return True
        return False


# The modules that register rules into these lists.
MODULES = tuple(
    f"cairn.coach.{name}"
    for name in (
        "any_language", "deliverables_done", "done_first", "effects", "funnel", "own_growth", "own_hiring", "own_levels",
        "own_artifacts", "own_counted_outputs", "measures", "own_hygiene", "own_languages", "own_participation", "own_work_abroad", "levels_abroad", "own_people", "own_practice",
        "own_process", "own_records", "own_output", "own_running", "own_setup", "own_shares", "own_study", "own_suite", "own_system", "system_capacity",
        "others_gathered", "others_helped", "things_added", "own_effort", "others_served", "others_won", "own_contacts", "own_handouts", "own_legwork", "own_presence",
        "own_purposes", "parties", "reached", "recognition", "unlisted_verbs", "won_business", "wording", "working",
    )
)  # fmt: skip

OWN_WORK: Rules[[Reading]] = Rules(
    (
        "certified staff",  # wording: "Scrum Master certification for 12 team leads"
        "own practice",  # own_practice: "Increase SLI coverage from 95 to 100 percent"
        "own levels",  # own_levels: "코드 리뷰 커버리지 100%", "Maintain 100% test pass rate"
        "own hygiene",  # own_hygiene: "Achieve zero hardcoded credentials across the monorepo"
        "things added",  # things_added: "Adicionar mais 5 relatórios", "5 weitere … hinzufügen"
        "own output",  # own_output: "Increase snippet collection to 650 snippets", "Have 4 events"
        "own running",  # own_running: "Measure the satisfaction of …", "Staff manages …"
        "own artifacts",  # own_artifacts: "Get 10 code reviews on Wagtail/Django projects"
        "own suite",  # own_suite: "Increase testcase instances from 200 to 250"
        "own languages",  # own_languages: "Tradurre la documentazione in 4 lingue"
        "own deliverables",  # own_artifacts: "Localized README landing pages for 12 locales"
        "deliverable parts",  # own_artifacts: "README with setup instructions (5+ sections)"
        "built to do",  # own_artifacts: "Build an evidence-manifest resolver that improves …"
        "deliverable done",  # deliverables_done: "1 documento … entregue à Secretaria."
        "own process",  # own_process: "100% de pagos capturados el mismo día con folio"
        "own work verb",  # own_process: "Triage all legacy bugs, and triage all new bugs …"
        "own model tuned",  # own_process: "Tracker level MAEP … without significant regression"
        "own study",  # own_study: "読書 50冊/年", "深入学习Android的4种优秀框架，并输出文档"
        "own effort",  # own_effort: "Total voice call time with family over 1000 minutes"
        "own hours",  # own_study: "연휴 동안 50시간 이상 일하기", "Dedicar 10 horas semanales …"
        "own presence",  # own_participation: "Appear on 10 personal growth podcasts"
        "own rates",  # own_participation: "代码评审覆盖率达到100%", "上位プラン提示率 70%"
        "prospects researched",  # own_participation: "Pesquisar 10 potenciais clientes"
        "people aligned",  # own_legwork: "Get Todd and engineering team aligned on … roadmap"
        "own legwork",  # own_legwork: "faire en sorte que les membres … aient 2 projets"
        "own purposes",  # own_purposes: "Expand thought leadership by placing articles on 4 …"
        "own handouts",  # own_handouts: "Distribute $250K in patient assistance"
        "presence and practice",  # own_presence: "Participer à 5 salons", "週3回ジムに通う"
        "own contacts",  # own_contacts: "We have directly contacted 100 investors", "PT 30회 받기"
        "conversations held",  # own_contacts: "Discuss opportunities … with at least two …"
        "own system kept",  # own_system: "Maintain a tested Rust implementation mirroring …"
        "own setup",  # own_setup: "80 % infra defined in Terraform"
        "own people",  # own_people: "Establish relationships with 25 influencers"
        "work for others",  # others_helped: "Adapt … for at least 2 new research communities"
        "own growth",  # own_growth: "Grow team to 15 people", "Conseguir 2 certificaciones"
        "staff hired",  # own_hiring: "Tuyển thêm 3 senior engineers", "Hire 3 more engineers"
        "team counted",  # own_hiring: "Have 4 core team members.", "4 founding team members …"
        "queue worked",  # own_hiring: "Process 300+ scraped leads through outreach system"
        "own counted outputs",  # own_counted_outputs: "新脚本数 > 0", "探索报告超过2000字"
        "counted, not changed",  # any_language: "Выступить на 6 конференциях"
        "share of work",  # wording: "Migrate 80% of services"
        "share worked on",  # done_first: "Asegurar que el 100% de las historias … estén …"
        "deliverable share done",  # own_shares: "Billing module 80% complete"
        "own share",  # own_shares: "100% operator training completion"
        "documented share",  # own_records: "100% de decisiones documentadas"
        "listening",  # own_records: "Thu thập phản hồi từ 50% khách hàng"
        "work in share",  # wording: "Implementar o novo fluxo em 80% dos processos"
        "more outputs",  # wording: "Increase webinars from 2 to 6"
        "unlisted verb",  # unlisted_verbs: "Leggere 12 libri", "5 Altsysteme abschalten"
        "own work abroad",  # own_work_abroad: "PoC 3건 완료", "面试40名候选人", "نشر 10 مقالات"
    )
)

RESULT_AFTER_ALL: Rules[[str, str | None]] = Rules(
    (
        "passed or works",  # working: "Pass the SOC 2 audit"
        "system result",  # working: a system running stably
        "capacity held",  # system_capacity: "we should reliably handle 150 concurrent users"
        "others pay or use",  # parties: "3 studios onboarded & paying"
        "wins",  # any_language: "Ganar la liga"
        "recognition granted",  # recognition: "在 App Store 上获得“精选”推荐", "Get featured on …"
        "others did",  # funnel: "500 trials iniciados", "10 consultores ativos usando"
        "others building",  # own_suite: "3 qualified developer building apps with DXOS"
        "brings share",  # funnel: "Launch referral program generating 20% of new …"
        "others reached",  # reached: "Ship payroll MVP to 10 design-partner companies"
        "others counted",  # own_growth: "500 lead qualificati generati", "Zero findings"
        "others served",  # others_served: "Upgrade 30 Starter → Pro …", "≥169 activos al 31-dic"
        "effects",  # effects: "Block 99.9% of bot uploads by …", "Show up on first page of Google"
        "none left",  # own_hygiene: "Null Kundenbeschwerden", "客户投诉为零"
        "rank reached abroad",  # unlisted_verbs: "Llegar a rango Diamante en Immunotec"
        "others won abroad",  # unlisted_verbs: "Llegar a 3000 usuarios", "Sumar 200 clientes"
        "others won",  # others_won: "Generate 400 applications", "每篇文章阅读量达到5000次"
        "business won",  # won_business: "Land 3 enterprise deals", "进入3个新市场"
        "others gathered",  # others_gathered: "Collect 300 positive reviews", "新增10个活跃用户"
        "fewer faults",  # own_running: "降低线上生产Bug数量（现在100个）"
        "levels abroad",  # levels_abroad: "受注件数を月20件にする", "… 1,00,000 तक पहुंचाना"
        "own body measured",  # measures: "Lose 5 kg", "Half marathon in 1:45"
        "debts paid",  # measures: "Todas las deudas pagadas antes del 31 de julio 2026"
    )
)
