"""Results others bring about, whatever the team does for them (coach, seventeenth round).

Read by `wording._result_after_all` (work_rules.RESULT_AFTER_ALL), so only on what would be
flagged as work; round 15 flagged these outcomes (docs/plaintext.md, "Seventeenth round (issue
15): coach"):

- **others' items counted per week or month** (`others_per_period`, Korean): postings kept active,
  registrations, sign-ups, applications or inquiries counted in 건 a week or a month ("채용/공모전
  활성 항목 주간 80건 이상", "채용담당자 직접 등록 월 5건 이상"); "채용" (hiring) is not the team's
  hiring here, and the team's own posts a week stay work ("블로그 글 주간 3건 발행");
- **customers upgrading** (`upgrades`): a count of customers, accounts or users on a plan moved to a
  paid plan, even when the means is named ("Upgrade 30 Starter → Pro via usage-triggered upsell
  emails", "Migrar 30 clientes do plano Starter para o Pro"); the team's servers upgraded stay
  work ("Upgrade 5 servers to Ubuntu 24.04");
- **first-contact resolution** (`first_contact`): a share of tickets resolved on the first contact
  ("Resolver 95% dos tickets de suporte na primeira interação"), a measure of the service
  customers get; bugs the team fixes stay work;
- **companies adopting** (`companies_adopt`, Chinese): a count of companies, customers or banks
  using the product, connecting in a pilot or going live ("5 家企业生产真实使用或完成试点接入");
  companies reached by the team's talks stay work ("触达 200 家企业，深度交流 30+ 企业");
- **orders handled within a time** (`orders_within`, eighteenth round): a share of customers'
  orders, bookings or shipments dispatched, shipped, delivered or confirmed within a time ("Order
  dispatch SLA: ≥ 95% of orders dispatched within 48h"), the service customers get; the team's own
  calls, bugs or answers within a time stay work ("Triage 100% of new bugs within 1 week");
- **people or leads counted** (`others_active`, nineteenth round, with no leading verb): a count
  of active ones at a date ("≥169 activos al 31-dic 📊", "Cruce de 207 activos en feb–mar"),
  of leads a month ("≥265 prospectos/mes etiquetados por canal"), of users or customers
  connected (Russian: "50 тестовых пользователей подключены"); the team's own connectors live
  ("3 planos de assinatura ativos") and leads it qualifies ("Calificar 40 prospectos por mes")
  stay work.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

_KO_PER_PERIOD = re.compile(r"(?:주간|월간?|매주|매월|일간|하루)\s*\**\s*\d[\d,]*\s*건")
_KO_OTHERS_ITEMS = re.compile(r"활성\s*항목|등록|가입|신청|문의|주문|예약|리뷰|후기|거래|매칭")
_KO_OWN_VERBS = re.compile(r"발행|발송|작성|게시하|업로드|진행|개최|실행|출시")
# Tiers of a plan: the thing counted, or where the customers move to.
_TIER = r"(?:free|trial|starter|basic|pro|premium|paid|plus|business|enterprise|growth|pago)"
_ACCOUNTS = (
    r"(?:customers?|accounts?|users?|subscribers?|teams?|workspaces?|clientes?|contas?"
    r"|usuári[oa]s|usuari[oa]s|cuentas?|assinantes|suscriptores)"
)
_UPGRADES = re.compile(
    r"(?:upgrade|migrate|move|convert|migrar|mover|converter|convertir|pasar)\s+\d[\d,]*\+?\s+"
    rf"(?:(?:{_TIER}|existing|current)\s+)?(?:{_ACCOUNTS}|{_TIER})\b[^.;]{{0,30}}?"
    rf"(?:→|->|\bto\b|\bpara\b|\ba\b)\s+(?:the\s+|o\s+|el\s+|la\s+)?(?:plano\s+|plan\s+)?{_TIER}\b",
    re.IGNORECASE,
)
_FIRST_CONTACT = re.compile(
    r"\b(?:resolve|solve|close|resolver|solucionar|fechar|cerrar)\b[^.;]{0,60}?"
    r"(?:\bfirst\s+(?:contact|interaction|call|touch|reply|response)"
    r"|\bprimeir[ao]\s+(?:interação|contato|atendimento|chamada|resposta)"
    r"|\bprimer\s+(?:contacto|llamado)|\bprimera\s+(?:interacción|llamada|respuesta))",
    re.IGNORECASE,
)

_COMPANIES_ADOPT = re.compile(
    r"\d+\s*家(?:企业|公司|客户|机构|银行|医院|学校|门店|商家)[^，。,;；]{0,12}?"
    r"(?:使用|接入|采用|上线|付费|签约|部署)"
)


def others_per_period(written: str) -> bool:
    """Return True for a Korean count of others' postings or registrations a week or a month."""
    if written.isascii() or "건" not in written or _KO_PER_PERIOD.search(written) is None:
        return False
    return _KO_OTHERS_ITEMS.search(written) is not None and _KO_OWN_VERBS.search(written) is None


def upgrades(written: str) -> bool:
    """Return True for a count of customers or accounts moved to a paid plan."""
    low = written.lower()
    if not (
        "upgrade" in low or "migr" in low or "conver" in low or "pasar" in low or "move" in low
    ):
        return False
    return _UPGRADES.search(written) is not None


def first_contact(written: str) -> bool:
    """Return True for a share of tickets resolved on the first contact."""
    low = written.lower()
    if "first" not in low and "primeir" not in low and "primer" not in low:
        return False
    return _FIRST_CONTACT.search(written) is not None


def companies_adopt(written: str) -> bool:
    """Return True for a Chinese count of companies using, adopting or piloting the product."""
    return "家" in written and _COMPANIES_ADOPT.search(written) is not None


# A share of customers' orders handled within a time (en; es, pt, fr, de write it the same way).
_ORDERS_WITHIN = re.compile(
    r"\d\s*%\s+of\s+(?:[\w-]+\s+){0,2}?(?:orders|bookings|shipments|deliveries|parcels)\s+"
    r"(?:dispatched|shipped|delivered|fulfilled|confirmed|processed|sent)\s+"
    r"(?:within|in under|in less than)\s+\d",
    re.IGNORECASE,
)


def orders_within(written: str) -> bool:
    """Return True for a share of customers' orders handled within a time (see above)."""
    low = written.lower()
    return ("orders" in low or "bookings" in low or "shipments" in low) and bool(
        _ORDERS_WITHIN.search(written)
    )


# A count whose noun is the active ones themselves ("≥169 activos"), leads counted first, or
# Russian users or customers connected or registered.
_ACTIVE_ONES = re.compile(r"\d[\d.,]*\+?\s+(?:activos|activas|ativos|ativas)\b", re.IGNORECASE)
_LEADS_FIRST = re.compile(
    r"^(?:[\w ]{1,24}:\s*)?\W*(?:[≥>]=?\s*)?\d[\d.,]*\+?\s+(?:\w+\s+)?(?:prospectos|prospects|leads"
    r"|clientes potenciales|potenciais clientes)\b",
    re.IGNORECASE,
)
_RU_CONNECTED = re.compile(
    r"\d+\s+(?:\w+\s+)?(?:пользовател|клиент|партн[её]р|компани|магазин|продав)\w*\s+"
    r"(?:подключен|зарегистрирован|активн|привлечен)",
    re.IGNORECASE,
)


def others_active(written: str, verb: str | None) -> bool:
    """Return True for people or leads counted with no leading verb: active ones at a date,
    leads a month, users connected."""
    if verb is not None:
        return False
    low = written.lower()
    if ("activ" in low or "ativ" in low) and _ACTIVE_ONES.search(written):
        return True
    if ("prospect" in low or "lead" in low or "potencia" in low) and _LEADS_FIRST.match(written):
        return True
    return not written.isascii() and bool(_RU_CONNECTED.search(written))


@RESULT_AFTER_ALL.rule("others served")
def _others_served_rule(written: str, verb: str | None) -> bool:
    return (
        others_active(written, verb)
        or others_per_period(written)
        or upgrades(written)
        or first_contact(written)
        or companies_adopt(written)
        or orders_within(written)
    )
