"""Who acts in a key result: the team itself, or other people and organisations (issue 15).

The convention (docs/coach.md): a count of things the team produces or does (demos, talks,
posts, hires, trainings of its own staff, features shipped) is an activity; a count of other
people or organisations doing something of their own accord (customers signed, merchants
onboarded, payments made, users active) is an outcome.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL
from cairn.text.key_result_parser import ParsedKeyResult

# People and organisations outside the team; the team's own staff and candidates are not here.
OUTSIDE_PARTIES = frozenset(
    [
        "customers", "clients", "merchants", "users", "partners", "companies", "organisations",
        "organizations", "businesses", "tenants", "subscribers", "buyers", "sellers", "members",
        "sponsors", "donors", "adopters", "advertisers", "publishers", "schools", "brands",
        "shops", "stores", "retailers", "resellers", "integrators", "municipalities", "agencies",
        # businesses onboarded or won (eighteenth round): "Onboard 50 new Pro Tier studios"
        "studios", "clinics", "restaurants", "venues", "hospitals", "gyms",
        "dealers", "dealerships", "distributors", "hotels", "pharmacies", "universities",
        "colleges", "institutions", "nonprofits", "creators", "households",
        # nineteenth round (parser helper): "onboard 500 active developer accounts" (round 18),
        # read with its unit since "By month twelve" is a timeframe; reached.py counts them too
        "accounts",
        # Portuguese, Spanish, French
        "clientes", "usuários", "usuarios", "utilisateurs", "empresas", "entreprises",
    ]
)  # fmt: skip
# Things other people do that the team can only count: "Process 1000+ payments".
_ENGLISH_ACTS = frozenset(
    [
        "payments", "transactions", "orders", "purchases", "bookings", "reservations",
        "downloads", "installs", "installations", "sign-ups", "signups", "registrations",
        "subscriptions", "sales", "renewals", "referrals", "donations", "memberships", "leads",
        "logins", "mentions", "citations",
        # leads qualified by marketing or sales (fifteenth round): "Generate **1 000 MQLs**"
        "mqls", "sqls",
        # an audience's reactions: "Generate 10M media impressions", "Drive 2,000 clicks"
        "impressions", "pageviews", "clicks", "streams", "plays", "listens", "likes",
        "upvotes", "reposts", "retweets", "followers",
    ]
)  # fmt: skip
OTHERS_ACTS = _ENGLISH_ACTS | frozenset(
    [
        # Portuguese, Spanish, French: withdrawals, payments, orders, sales, downloads …
        "saques", "transações", "transacciones", "pagamentos", "pagos", "pedidos", "vendas",
        "ventas", "ventes", "descargas", "téléchargements", "inscrições", "inscripciones",
        "reservas", "compras", "commandes", "paiements",
    ]
)  # fmt: skip
# Verbs (and their participles) by which outside parties join: "Onboard 10+ merchants",
# "5 customers onboarded". "Interview 20 customers" or "Visit 8 partners" stay work.
_JOIN = re.compile(
    r"\b(?:onboard|enrol|enroll|activate|acquire|attract|gain|land|welcome|bring on|sign up"
    r"|convert|sign|win|get|add)(?:s|ed|led|ped|ing)?\b",
    re.IGNORECASE,
)


# People who lead inside the team (tenth round): "team leads", "tech leads" are staff.
_STAFF_LEADS = re.compile(
    r"\b(?:team|tech|technical|engineering|project|design|product|squad)\s+leads\b", re.I
)


def others_act(parsed: ParsedKeyResult, verb: str | None, text: str) -> bool:
    """Return True when the count is of outside parties joining or of what others do.

    "Onboard 10+ external merchants", "Process 1000+ payments", "5 customers onboarded" are
    outcomes; "Interview 25 candidates", "Certify 80 staff" or "Visit 20 partners" are work.
    """
    unit = (parsed.unit or "").lower()
    if unit == "leads" and _STAFF_LEADS.search(text):
        return False  # "Certify 12 team leads": the team's own people, not sales leads
    if unit in OTHERS_ACTS:
        return not _modifies_a_noun(unit, text)  # "6 sales calls made": calls, not sales
    if unit not in OUTSIDE_PARTIES:
        return False
    if verb is not None:
        return _JOIN.fullmatch(verb) is not None
    return _JOIN.search(text) is not None


_NOT_NOUNS = frozenset("this across plus less towards was has its versus does goes".split())  # noqa: SIM905


def _modifies_a_noun(word: str, text: str) -> bool:
    """Return True when an English word names a kind of the plural noun after it ("6 sales
    calls made"); "1000 payments this month", "500 downloads across stores" count it."""
    if word not in _ENGLISH_ACTS:
        return False  # Romance languages put adjectives after the noun: "saques mensais"
    match = re.search(rf"\b{re.escape(word)}\s+([a-z]{{4,}})\b", text, re.IGNORECASE)
    if match is None:
        return False
    after = match.group(1).lower()
    return after.endswith("s") and not after.endswith("ss") and after not in _NOT_NOUNS


# "1 client live", "12 customers live": a count of outside parties using what was put live.
_PARTY_LIVE = re.compile(r"\d\+?\s+(?:[\w-]+\s+){0,2}?([a-z-]+)\s+(?:are\s+|is\s+)?live\b", re.I)


# "Launch the module with 20+ paying customers": the parties who take it up are the measure.
_PARTY_WITH = re.compile(
    r"\bwith\s+(?:at least\s+|[≥>]=?\s*)?(\d+)\+?\s+((?:[\w-]+\s+){0,2}[a-z-]+)\b", re.I
)


def parties_live(text: str, target: float | None = None) -> bool:
    """Return True when the sentence counts outside parties live: adoption, not work.

    "Deliver custom fields, with at least 1 client live by Q3" measures clients using them;
    "10 new connectors live" counts the team's own outputs.
    """
    for match in _PARTY_LIVE.finditer(text):
        word = match.group(1).lower()
        if word in OUTSIDE_PARTIES or f"{word}s" in OUTSIDE_PARTIES:
            return True
    # "Launch E1 paid tiers with 20+ paying customers": their uptake is the measure
    words = [
        w.lower()
        for m in _PARTY_WITH.finditer(text)
        if target is not None and float(m.group(1)) == target  # not "3 rounds with 20 users"
        for w in m.group(2).split()
    ]
    return any(w in OUTSIDE_PARTIES for w in words)


# Outside parties counted, then paying (tenth round): "3 pilot studios onboarded & paying",
# "12 estudios incorporados y pagando"; no comma between ("Hire 3 engineers, paying …").
_PAY_WORDS = ("paying", "pagando", "payant", "zahlend")
_COUNT_TOKEN = re.compile(r"\d[\d,.]*\+?")
# What the team made, used by a count of others: "Used by at least 3 internal teams",
# "Von mindestens 3 Teams genutzt", "至少被2个业务场景实际使用".
_USE_WORDS = ("used by", "adopted by", "utilised by", "utilized by", " por ", " par ", "genutzt",
              "verwendet", "eingesetzt", "被")  # fmt: skip
_USED_BY = re.compile(
    r"\b(?:used|adopted|utili[sz]ed)\s+by\s+(?:at least\s+|over\s+|more than\s+|[≥>]=?\s*)?\d"
    r"|\b(?:usad|utilizad|adoptad|adotad)[oa]s?\s+por\s+(?:al menos\s+|pelo menos\s+)?\d"
    r"|\butilisée?s?\s+par\s+(?:au moins\s+)?\d"
    r"|\bvon\s+(?:mindestens\s+)?\d+\s+\S+\s+(?:genutzt|verwendet|eingesetzt)"
    r"|被[^，,。；;]{0,12}?\d+[^，,。；;]{0,12}?(?:使用|采用|採用|复用|復用)",
    re.IGNORECASE,
)


def others_pay_or_use(text: str) -> bool:
    """Return True when a count of others pays for or uses what the team made: adoption.

    "3 pilot studios onboarded & paying", "被3个团队使用"; "Pay 3 vendors on time", "Use 3
    templates" or "Hire 3 engineers, paying market rate" are the team's own doings.
    """
    low = text.lower()
    if any(word in low for word in _PAY_WORDS) and _count_then_paying(low.split()):
        return True
    joined = ("onboarded" in low or "activated" in low) and _SHARE_JOINED.search(low)
    if joined and joined.group(1) in OUTSIDE_PARTIES:
        return True  # "100% of customers onboarded within 7 days" (eighteenth round)
    return any(word in low for word in _USE_WORDS) and _USED_BY.search(text) is not None


# A share of outside parties onboarded or activated: they joined, an outcome.
_SHARE_JOINED = re.compile(
    r"\d\s*%\s+of\s+(?:(?:new|our|all|active|paying|pilot|signed)\s+)*([a-z]+)\s+(?:are\s+|get\s+)?"
    r"(?:onboarded|activated)\b"
)


def _count_then_paying(tokens: list[str]) -> bool:
    """Return True when a count stands at most five words before a paying word, no comma or
    semicolon between."""
    for i, token in enumerate(tokens):
        if not token.startswith(_PAY_WORDS):
            continue
        for before in reversed(tokens[max(0, i - 5) : i]):
            if before.endswith((",", ";", ":")):
                break
            if _COUNT_TOKEN.fullmatch(before):
                return True
    return False


# The team's own people counted after "for" (tenth round): "Scrum Master certification for 12
# team leads", "Certificación AWS para 6 ingenieros": a certification of its own staff is work.
_STAFF_COUNTED = re.compile(
    r"\b(?:for|para|pour|für|per)\s+(?:at least\s+|al menos\s+|pelo menos\s+|mindestens\s+)?"
    r"\d+\+?\s+(?:[\w-]+\s+)?(?:engineers|developers|staff|employees|team leads|tech leads"
    r"|managers|agents|technicians|analysts|nurses|teachers|colleagues|team members"
    r"|ingenier[oa]s|desarrolladores|empleados|engenheir[oa]s|desenvolvedores|funcionários"
    r"|colaboradores|ingénieurs|développeurs|salariés|employés|mitarbeiter(?:innen)?|técnic[oa]s"
    r"|techniciens|techniker"
    r"|entwickler(?:innen)?|ingenieure)\b",
    re.IGNORECASE,
)


def staff_counted(text: str) -> bool:
    """Return True when the team's own people are counted after "for" ("… certification for 12
    team leads"); "ISO 27001 certification for 3 sites" counts no people."""
    return _STAFF_COUNTED.search(text) is not None


@RESULT_AFTER_ALL.rule("others pay or use")
def _others_pay_or_use_rule(written: str, verb: str | None) -> bool:
    return others_pay_or_use(written)
