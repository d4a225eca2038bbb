"""Word lists shared by the key result parser and the quality coach."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """Return the set of space-separated words in text."""
    return frozenset(text.split())


INCREASE_VERBS = _words(
    "increase increases grow raise lift expand double triple quadruple scale extend widen "
    "broaden multiply climb rise add gain boost accelerate maximise maximize "
    "aumentar incrementar crescer crecer augmenter ampliar duplicar"  # pt, es, fr
)
DECREASE_VERBS = _words(
    "reduce cut decrease lower drop shrink halve minimise minimize eliminate shorten trim "
    "slash lessen decline compress curb limit cap remove lose shed "
    "reduzir reducir diminuir disminuir réduire baixar bajar cortar"  # pt, es, fr
)
STAY_VERBS = _words("keep maintain sustain stay remain preserve ensure guarantee")
# Stay verbs that hold a level even without a number ("Maintain schema compatibility");
# "ensure" and "keep" often name a state instead ("Ensure that bugs get filed").
LEVEL_VERBS = _words("maintain sustain preserve")
# Verbs that say "make it better" without saying which way the number moves.
BETTER_VERBS = _words("improve enhance optimise optimize strengthen better elevate upgrade advance")
# "Make it better" verbs that, without a number, name a move to a new version or plan
# ("Upgrade voice to OpenAI TTS", "Users can upgrade TeamBot"), not a metric's direction.
VERSION_VERBS = _words("upgrade upgrades")
MOVING_BETTER_VERBS = BETTER_VERBS - VERSION_VERBS
# Verbs that name a target to reach; the direction comes from the metric.
TARGET_VERBS = _words(
    "reach achieve hit attain get bring take move push drive deliver make have generate "
    "retain win sign land close acquire attract sell earn secure convert answer resolve respond "
    "process handle serve return recover save"
)
ACTIVITY_VERBS = _words(
    "run hold host organise organize launch ship build create write publish implement develop "
    "complete finish conduct perform hire train migrate roll introduce set establish design "
    "define document draft prepare attend interview send post redesign rewrite refactor deploy "
    "release integrate automate test pilot research investigate review audit plan schedule "
    "present produce record install configure replace clean update map identify meet visit "
    "call email kick start begin translate localise localize certify onboard recruit rebuild "
    "introduce roll-out rollout setup organise hold deliver finalise finalize evaluate assess "
    "upgrade collect gather analyse analyze refresh adopt purchase buy open compute calculate "
    "annotate benchmark enforce communicate remediate survey"
)
# Verbs that give time to work: "Spend 5 hours a week on learning" goes up (tenth round).
TIME_GIVING_VERBS = _words("spend invest dedicate devote allocate")
# Verbs with no direction of their own.
OTHER_VERBS = _words(
    "streamline transform revamp modernise modernize foster promote empower leverage support "
    "enable focus work become be lead own speed"
)
ALL_VERBS = (
    INCREASE_VERBS
    | DECREASE_VERBS
    | STAY_VERBS
    | BETTER_VERBS
    | TARGET_VERBS
    | ACTIVITY_VERBS
    | OTHER_VERBS
)
PARTICLES = _words("up down out back")
# Verbs whose particle names a direction: "bring churn down", "speed up onboarding".
PARTICLE_VERBS = _words(
    "bring drive push get keep move take scale ramp speed step ratchet dial turn wind slow "
    "cut pull knock level shoot go"
)
# Nouns after a duration that make it a limit: "7-day SLA", "within a 1 week SLA".
LIMIT_NOUNS = _words("sla slas slo slos turnaround deadline")
# Verbs that build or remove a thing; without a number they move no metric.
BUILD_VERBS = _words("add remove delete")
FILLERS = _words("we will we'll to successfully help let's must should shall")

VAGUE_WORDS = _words(
    "improve improved improving enhance enhanced optimise optimize optimised optimized boost "
    "strengthen better streamline elevate advance maximise maximize minimise minimize foster "
    "promote empower leverage revamp refine modernise modernize transform significantly "
    "substantially greatly dramatically considerably world-class best-in-class seamless "
    "robust excellent great more faster stronger higher lower happier easier simpler quicker "
    "smoother cheaper"
)

# Metric words whose numbers should go down: the direction of "improve" and "keep".
LOWER_IS_BETTER = _words(
    "churn cost costs spend spending expense expenses time latency delay delays wait waits "
    "downtime outage outages incident incidents bug bugs defect defects error errors failure "
    "failures crash crashes complaint complaints escalation escalations backlog debt attrition "
    "turnover bounce abandonment refund refunds returns cac dso mttr overdue vulnerability "
    "vulnerabilities risk risks waste emission emissions carbon absenteeism injury injuries "
    "accident accidents fraud chargeback chargebacks cancellation cancellations no-show "
    "no-shows burn drop-off dropoff stockout stockouts rework toil age effort churned "
    "failed late unplanned abandoned"
)

TIME_UNITS = {
    "ms": "ms", "msec": "ms", "millisecond": "ms", "milliseconds": "ms",
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds",
    "seconds": "seconds", "min": "minutes", "mins": "minutes", "minute": "minutes",
    "minutes": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours",
    "hours": "hours", "d": "days", "day": "days", "days": "days", "wk": "weeks",
    "wks": "weeks", "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
    "year": "years", "years": "years", "yr": "years", "yrs": "years",
    "microsecond": "microseconds", "microseconds": "microseconds", "µs": "microseconds",
}  # fmt: skip
# Portuguese, Spanish and French: "≤ 3 segundos", "2 minutos", "48 horas", "5 jours".
TIME_UNITS |= {
    "segundo": "seconds", "segundos": "seconds", "seconde": "seconds", "secondes": "seconds",
    "minuto": "minutes", "minutos": "minutes", "hora": "hours", "horas": "hours",
    "heure": "hours", "heures": "hours", "dia": "days", "dias": "days", "día": "days",
    "días": "days", "jour": "days", "jours": "days", "semana": "weeks", "semanas": "weeks",
    "semaine": "weeks", "semaines": "weeks", "mês": "months", "meses": "months",
    "mes": "months", "mois": "months",
    # after round 30's first run: the Spanish and Portuguese abbreviation ("en menos de 1 seg.")
    "seg": "seconds", "segs": "seconds",
}  # fmt: skip
# Italian, German and Dutch (twelfth round): "< 7 giorni dall'onboarding", "< 3 Tage ab …" read
# in a sentence too short to tell its language. Forms that are English words ("tag", "ore") are
# left to the language tables.
TIME_UNITS |= {
    "secondi": "seconds", "minuti": "minutes", "giorni": "days",
    "giorno": "days", "settimane": "weeks", "settimana": "weeks", "mesi": "months",
    "sekunden": "seconds", "minuten": "minutes", "stunden": "hours", "stunde": "hours",
    "tage": "days", "tagen": "days", "wochen": "weeks", "woche": "weeks", "monate": "months",
    "monaten": "months", "uur": "hours", "uren": "hours", "dagen": "days", "weken": "weeks",
    "maanden": "months",
}  # fmt: skip
# Swedish, Danish and Norwegian (twenty-seventh round): "under 2 timmar", "fra 48 til 24
# timer" is left to the sentence ("timer" is an English word), "30 minutter", "5 dagar".
TIME_UNITS |= {
    "sekunder": "seconds", "minuter": "minutes", "minutter": "minutes", "timmar": "hours",
    "timme": "hours", "dagar": "days", "dage": "days", "dager": "days", "veckor": "weeks",
    "uger": "weeks", "uker": "weeks", "månader": "months", "måneder": "months",
}  # fmt: skip
MEASURE_UNITS = {
    "points": "points", "point": "points", "pts": "points", "pt": "points",
    "bps": "bps", "stars": "stars", "star": "stars", "tonnes": "tonnes", "tonne": "tonnes",
    "tons": "tons", "ton": "tons", "kg": "kg", "km": "km", "litres": "litres",
    "liters": "litres", "gb": "GB", "tb": "TB", "mb": "MB", "kb": "KB", "gbs": "GB",
    "tbs": "TB", "mbs": "MB", "kwh": "kWh", "mwh": "MWh",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "$", "dollar": "$", "euros": "€", "euro": "€", "pounds": "£",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "chf": "CHF", "jpy": "JPY", "cad": "CAD",
    "aud": "AUD", "inr": "INR", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN",
    "brl": "BRL", "cny": "CNY", "sgd": "SGD", "nzd": "NZD", "zar": "ZAR", "mxn": "MXN",
    "rub": "RUB", "uah": "UAH", "vnd": "VND", "krw": "KRW", "idr": "IDR", "czk": "CZK",
    "huf": "HUF", "try": "TRY", "irr": "IRR", "sar": "SAR", "aed": "AED", "egp": "EGP",
    # fifteenth round: the Vietnamese "VNĐ" after an amount ("20.000.000 VNĐ"), as written
    "vnđ": "VNĐ",
    # seventeenth round: the Korean, Japanese and Chinese currencies after an amount ("600만원":
    # 원, round-15 label), as written
    "원": "원", "円": "円", "元": "元",
    # twenty-first round: other currencies' Chinese names ("20,000 美元"), as written
    "美元": "美元", "欧元": "欧元", "歐元": "歐元", "港元": "港元", "日元": "日元",
    # twenty-second round: the renminbi, the pound, the won and the new Taiwan dollar by name
    "人民币": "人民币", "人民幣": "人民幣", "英镑": "英镑", "英鎊": "英鎊", "韩元": "韩元", "韓元": "韓元",
    "新台币": "新台币", "新台幣": "新台幣", "台币": "台币", "台幣": "台幣", "澳元": "澳元", "加元": "加元",
    # round 34: the Singapore dollar by name ("百万新元以上"), as written
    "新元": "新元", "新币": "新币", "新幣": "新幣",
}  # fmt: skip
# Nouns that are plural without ending in "s".
IRREGULAR_PLURALS = _words("people staff children men women alumni personnel criteria")
# Words after which a number is part of a name ("SOC 2", "Tier 1", "top 3"), not a value.
NAME_WORDS = _words(
    "tier level phase stage version v type sprint week day release priority severity sev "
    "series gen generation wave step round cohort grade class category section chapter soc "
    "iso pci wcag iec rfc top no number web windows ios android python covid zone building "
    "floor room gate model kr okr objective epic milestone method option scenario variant part "
    "track appendix figure nível nivel niveau fase versão "
    "versión etapa"
)
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
# The words a number written in words can start with ("a dozen", "twenty-five").
NUMBER_STARTS = frozenset(WORD_NUMBERS) | {"a", "an"}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9}
FACTOR_WORDS = {"double": 2, "triple": 3, "quadruple": 4, "twice": 2}

# Words that end the noun phrase after a value ("300 customers in Germany").
PHRASE_BOUNDARY = _words(
    "by from to within in on at for before after until during while and or but so that "
    "which who through via with without across among into over under above below "
    "worth each every than as is are was be if when where"
    " about regarding concerning"  # tenth round: "Interview 25 customers about pricing"
)
# Words that, leading up to a value, belong to the value clause rather than to the metric.
VALUE_CONNECTORS = _words(
    "at least most no not more less than fewer a an minimum maximum min max of above below "
    "under over beneath greater lower higher or to from by between around about "
    "approximately roughly nearly almost up down in excess upwards reaching is are = : ~ "
    ">= <= > < → –"
)
DETERMINERS = _words("the a an our its their my your this these those all")
TRAILING_NOISE = _words(
    "the a an of to by for from in on at with and or down up back out significantly "
    "substantially dramatically considerably greatly further more less quickly steadily "
    "overall consistently sustainably each every flat"
)
# Words that stop a metric read before any value ("... through referrals").
METRIC_STOPS = _words("through via while whilst so before after until during")
