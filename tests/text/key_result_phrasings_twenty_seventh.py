"""Twenty-seventh-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Unlike the earlier
rounds, the families come from a survey written before any held-out set
(`key_result_survey_twenty_seventh`): measure wordings people write in real OKRs that the parser
did not read right. Labels follow the conventions of docs/plaintext.md, never what the parser
answers:

- a duration in two units ("from 1h 30m to 45 min", "de 1h30 à 45 min", "von 1 Std. 30 Min.
  auf 45 Min.", "a 1 hora y 30 minutos"): one duration in the smaller unit; a one-letter unit
  beside another duration ("from 2 h to 30 min", "from 1.2 s to 800 ms"): a time unit, the start
  in the target's unit;
- percentage points abbreviated or spelt ("3 p.p.", "3 п. п.", "3 в.п.", "3 punkty
  procentowe", "3 procentenheter", "3 prosentpoeng", "3 điểm phần trăm"): an absolute change in %;
- a score's pair with its scale said twice ("from 4.2/5 to 4.6/5"): start and target, no unit;
- a factor after the metric ("Skrócić czas odpowiedzi o połowę", "Увеличить выручку в 2 раза",
  "Reduzir … pela metade") and the Nordic verbs ("Fördubbla", "Halvera"): a relative change
  (half: −50 %, twice: +100 %, three times: +200 %);
- a change, then its target, with a period or a language's own word between ("Grow ARR by 25%
  YoY to $5M", "Grow ARR 25% to $5M", "em 25% para R$ 5 milhões", "un 25% hasta 5 millones", "de
  25 % pour atteindre 5 M€", "met 25% verhogen naar 5 miljoen euro"): start from the change
  (4M), target 5M, as "by 25% to $5M";
- bound and scale words: "sub-200ms", "sub-second" (under), "north of" / "south of" (above,
  below), "1.2 mln", "3.5 bn", "2 lakh", "1.5 crore", "Rs 5 lakh"; Swedish, Danish and Norwegian
  "minst", "högst", "över", "från … till", "fra … til", "timmar".

Each family carries near misses that must keep their reading, in `near_misses()`.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing


def _comma(value: float) -> str:
    return f"{value:g}".replace(".", ",")


# ---------------------------------------------------------------------------------------------
# 1. A duration in two units; a one-letter unit beside another duration.

# (hours, minutes, target in minutes)
PAIRS = ((1, 30, 45), (2, 15, 60), (1, 45, 30))
FROM_TO = (  # start h:m, target in minutes
    ("Reduce MTTR from {h}h {m}m to {t} min", "en"),
    ("Reduce MTTR from {h}h {m}m to {t}m", "en"),
    ("Cut average resolution time from {h} hr {m} min to {t} min", "en"),
    ("Cut build time from {h}h{m:02d} to {t} minutes", "en"),
    ("Réduire le temps de traitement de {h}h{m:02d} à {t} min", "fr"),
    ("Reducir el tiempo de respuesta de {h} h {m} min a {t} min", "es"),
    ("Reduzir o tempo de atendimento de {h}h{m}min para {t}min", "pt"),
    ("Bearbeitungszeit von {h} Std. {m} Min. auf {t} Min. senken", "de"),
    ("Ridurre il tempo di risposta da {h} {ore} e {m} minuti a {t} minuti", "it"),
    ("Skrócić czas obsługi z {h} godz. {m} min do {t} min", "pl"),
    ("Doorlooptijd verlagen van {h} uur en {m} minuten naar {t} minuten", "nl"),
)
TO = (  # target h:m only
    ("Reduce time to first value to {h} hr {m} min", "en"),
    ("Réduire le délai de réponse à {h} h {m} min", "fr"),
    ("Reducir el tiempo medio de atención a {h} {horas} y {m} minutos", "es"),
    ("Reduzir o tempo médio de resposta para {h} {horas} e {m} minutos", "pt"),
    ("Die Reaktionszeit auf {h} {stunden} {m} Minuten senken", "de"),
)
SECONDS = (  # minutes:seconds, target in seconds
    ("Cut average handle time from {mm}m {ss}s to {ts}s", "en", True),
    ("Reduce call time from {mm} min {ss} sec to {ts} sec", "en", True),
    ("Cut average handle time to {mm}m {ss}s", "en", False),
    ("Reducir el tiempo de llamada a {mm} min {ss} s", "es", False),
)
LONE = (  # hours with a lone "h", target in minutes
    ("Reduce MTTR from {h} h to {t} min", "en"),
    ("Réduire le temps de réponse de {h} h à {t} min", "fr"),
    ("Reducir el tiempo de respuesta de {h} h a {t} min", "es"),
    ("Réduire le temps de réponse de {h}h à {t} min", "fr"),
    ("Reaktionszeit von {h} h auf {t} Min. senken", "de"),
    ("Ridurre il tempo di risposta da {h} h a {t} min", "it"),
    ("Reduzir o tempo de resposta de {h} h para {t} min", "pt"),
    ("Skrócić czas obsługi z {h} h do {t} min", "pl"),
)


def two_unit_durations() -> list[Phrasing]:
    """Return "from 1h 30m to 45 min": one duration in minutes (start 90, target 45)."""
    out = []
    for (shape, lang), (h, m, t) in product(FROM_TO, PAIRS):
        text = shape.format(h=h, m=m, t=t, ore="ora" if h == 1 else "ore")
        out.append(
            Phrasing(text, lang, "two-unit duration", DECREASE, h * 60 + m, t, None, "minutes")
        )
    for (shape, lang), (h, m, _) in product(TO, PAIRS):
        words = {
            "horas": "hora" if h == 1 else "horas",
            "stunden": "Stunde" if h == 1 else "Stunden",
        }
        text = shape.format(h=h, m=m, **words)
        out.append(
            Phrasing(text, lang, "two-unit duration", DECREASE, None, h * 60 + m, None, "minutes")
        )
    for (shape, lang, pair), (mm, ss, ts) in product(SECONDS, ((4, 30, 180), (6, 15, 240))):
        text = shape.format(mm=mm, ss=ss, ts=ts)
        start, target = (mm * 60 + ss, ts) if pair else (None, mm * 60 + ss)
        out.append(
            Phrasing(text, lang, "two-unit duration", DECREASE, start, target, None, "seconds")
        )
    for (shape, lang), (h, t) in product(LONE, ((2, 30), (4, 90))):
        text = shape.format(h=h, t=t)
        out.append(Phrasing(text, lang, "one-letter unit", DECREASE, h * 60, t, None, "minutes"))
    for start, target in ((1.2, 800), (2.5, 900)):
        text = f"Reduce p95 latency from {start} s to {target} ms"
        out.append(
            Phrasing(text, "en", "one-letter unit", DECREASE, start * 1000, target, None, "ms")
        )
    return out


# ---------------------------------------------------------------------------------------------
# 2. Percentage points abbreviated or spelt: an absolute change in %.

POINTS = (
    ("Increase retention by {n} p.p.", "en", INCREASE),
    ("Aumentar a conversão em {n} p.p.", "pt", INCREASE),
    ("Reduzir a taxa de churn em {n} p.p.", "pt", DECREASE),
    ("Aumentar la conversión en {n} p.p.", "es", INCREASE),
    ("Reducir la tasa de abandono en {n} p.p.", "es", DECREASE),
    ("Aumentare la conversione di {n} p.p.", "it", INCREASE),
    ("Zwiększyć konwersję o {n} p.p.", "pl", INCREASE),
    ("Zwiększyć konwersję o {n} {pl}", "pl", INCREASE),
    ("Увеличить конверсию на {n} п. п.", "ru", INCREASE),
    ("Снизить отток на {n} {ru}", "ru", DECREASE),
    ("Збільшити конверсію на {n} в.п.", "uk", INCREASE),
    ("Зменшити відтік на {n} {uk}", "uk", DECREASE),
    ("Öka konverteringen med {n} procentenheter", "sv", INCREASE),
    ("Minska kundtappet med {n} procentenheter", "sv", DECREASE),
    ("Øke konverteringen med {n} prosentpoeng", "nb", INCREASE),
    ("Reducer churn med {n} procentpoint", "da", DECREASE),
    ("Tăng tỷ lệ chuyển đổi thêm {n} điểm phần trăm", "vi", INCREASE),
)


def _plural_forms(n: int) -> dict:
    few = n in (2, 3, 4)
    return {
        "pl": "punkty procentowe" if few else "punktów procentowych",
        "ru": "процентных пункта" if few else "процентных пунктов",
        "uk": "відсоткових пункти" if few else "відсоткових пунктів",
    }


def percentage_points() -> list[Phrasing]:
    """Return "Aumentar a conversão em 3 p.p.": an absolute change of 3 in %."""
    return [
        Phrasing(
            shape.format(n=n, **_plural_forms(n)), lang, "percentage points", way, None, None,
            {"amount": n, "relative": False}, "%",
        )
        for (shape, lang, way), n in product(POINTS, (2, 3, 5))
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# 3. A score's pair, its scale said twice: start and target, no unit.

SCORES = (
    ("Raise CSAT from {a}/{s} to {b}/{s}", "en", "."),
    ("Improve the app store rating from {a}/{s} → {b}/{s}", "en", "."),
    ("Aumentar o CSAT de {a}/{s} para {b}/{s}", "pt", ","),
    ("Aumentar el CSAT de {a}/{s} a {b}/{s}", "es", ","),
    ("Augmenter la note moyenne de {a}/{s} à {b}/{s}", "fr", ","),
    ("Kundenzufriedenheit von {a}/{s} auf {b}/{s} steigern", "de", ","),
    ("Aumentare il CSAT da {a}/{s} a {b}/{s}", "it", ","),
    ("Klanttevredenheid verhogen van {a}/{s} naar {b}/{s}", "nl", ","),
    ("Zwiększyć CSAT z {a}/{s} do {b}/{s}", "pl", ","),
)


def score_pairs() -> list[Phrasing]:
    """Return "Raise CSAT from 4.2/5 to 4.6/5": start 4.2, target 4.6, no unit."""
    out = []
    for (shape, lang, mark), (a, b, s) in product(
        SCORES, ((4.2, 4.6, 5), (3.8, 4.5, 5), (6.5, 8, 10))
    ):
        written = {k: f"{v:g}".replace(".", mark) for k, v in (("a", a), ("b", b))}
        out.append(Phrasing(shape.format(s=s, **written), lang, "score pair", INCREASE, a, b))
    return out


# ---------------------------------------------------------------------------------------------
# 4. A factor after the metric; the Nordic verbs of doubling and halving.

HALF, TWICE, THRICE = (
    {"amount": 50, "relative": True},
    {"amount": 100, "relative": True},
    {"amount": 200, "relative": True},
)
FACTORS = (
    ("Skrócić czas odpowiedzi o połowę", "pl", DECREASE, HALF),
    ("Zmniejszyć koszty infrastruktury o połowę", "pl", DECREASE, HALF),
    ("Zwiększyć sprzedaż dwukrotnie", "pl", INCREASE, TWICE),
    ("Zwiększyć liczbę klientów trzykrotnie", "pl", INCREASE, THRICE),
    ("Zwiększyć przychody 2-krotnie", "pl", INCREASE, TWICE),
    ("Сократить время ответа вдвое", "ru", DECREASE, HALF),
    ("Снизить затраты в два раза", "ru", DECREASE, HALF),
    ("Сократить время сборки в 2 раза", "ru", DECREASE, HALF),
    ("Сократить издержки наполовину", "ru", DECREASE, HALF),
    ("Увеличить выручку в 2 раза", "ru", INCREASE, TWICE),
    ("Увеличить количество клиентов в 3 раза", "ru", INCREASE, THRICE),
    ("Увеличить выручку вдвое", "ru", INCREASE, TWICE),
    ("Скоротити час відповіді вдвічі", "uk", DECREASE, HALF),
    ("Зменшити витрати на інфраструктуру у 2 рази", "uk", DECREASE, HALF),
    ("Збільшити виручку у 2 рази", "uk", INCREASE, TWICE),
    ("Збільшити кількість клієнтів втричі", "uk", INCREASE, THRICE),
    ("Mengurangi waktu respons hingga setengahnya", "id", DECREASE, HALF),
    ("Memangkas biaya menjadi setengahnya", "id", DECREASE, HALF),
    ("Menggandakan jumlah pengguna", "id", INCREASE, TWICE),
    ("Reduzir o tempo de resposta pela metade", "pt", DECREASE, HALF),
    ("Reducir el tiempo de respuesta a la mitad", "es", DECREASE, HALF),
    ("Reducir los costes de infraestructura por la mitad", "es", DECREASE, HALF),
    ("Réduire le temps de réponse de moitié", "fr", DECREASE, HALF),
    ("Die Antwortzeit um die Hälfte reduzieren", "de", DECREASE, HALF),
    ("Ridurre i tempi di consegna della metà", "it", DECREASE, HALF),
    ("De doorlooptijd met de helft verminderen", "nl", DECREASE, HALF),
    ("Yanıt süresini yarı yarıya azaltmak", "tr", DECREASE, HALF),
    ("Fördubbla antalet användare", "sv", INCREASE, TWICE),
    ("Halvera svarstiden", "sv", DECREASE, HALF),
    ("Tredubbla antalet betalande kunder", "sv", INCREASE, THRICE),
    ("Fordoble omsætningen", "da", INCREASE, TWICE),
    ("Halvere svartiden", "nb", DECREASE, HALF),
)


def factors() -> list[Phrasing]:
    """Return "Skrócić czas odpowiedzi o połowę": a relative change of −50 %."""
    return [
        Phrasing(t, lang, "factor after the metric", way, None, None, change)
        for t, lang, way, change in FACTORS
    ]


# ---------------------------------------------------------------------------------------------
# 5. Bound and scale words.

BOUNDS = (
    ("Achieve sub-{n}ms p95 latency", "en", BELOW, "ms"),
    ("Keep API latency sub-{n} ms", "en", BELOW, "ms"),
    ("Mantener la latencia p95 sub-{n}ms", "es", BELOW, "ms"),
    ("Manter a latência p95 sub-{n}ms", "pt", BELOW, "ms"),
    ("Mantenere la latenza p95 sub-{n}ms", "it", BELOW, "ms"),
    ("p95-Latenz sub-{n}ms halten", "de", BELOW, "ms"),
    ("Grow ARR north of ${n}k", "en", ABOVE, "$"),
    ("Keep CAC south of ${n}", "en", BELOW, "$"),
    ("Nå minst {n} aktiva kunder", "sv", ABOVE, "kunder"),
    ("Håll svarstiden under {n} timmar", "sv", BELOW, "hours"),
    ("Håll tillgängligheten över {n}%", "sv", ABOVE, "%"),
    ("Hold svartiden under {n} minutter", "nb", BELOW, "minutes"),
)
SCALES = (
    ("Reach {x} mln users", "en", 1e6, "users"),
    ("Reach {x} bn impressions", "en", 1e9, "impressions"),
    ("Reach {x} lakh users", "en", 1e5, "users"),
    ("Reach Rs {x} lakh in monthly revenue", "en", 1e5, "Rs"),
    ("Reach ₹{x} crore ARR", "en", 1e7, "₹"),
)
NORDIC_PAIRS = (
    ("Minska churn från {a}% till {b}%", "sv"),
    ("Reducer churn fra {a}% til {b}%", "da"),
    ("Reduser churn fra {a}% til {b}%", "nb"),
    ("Minska svarstiden från {a} till {b} minuter", "sv"),
)


def bound_and_scale_words() -> list[Phrasing]:
    """Return "Achieve sub-200ms p95 latency" (below 200 ms), "Reach 1.2 mln users" (1,200,000)."""
    out = []
    for (shape, lang, way, unit), n in product(BOUNDS, (98, 200)):
        target = n * 1000 if shape.endswith("k") else n
        out.append(Phrasing(shape.format(n=n), lang, "bound word", way, None, target, None, unit))
    for t, unit in (
        ("Reduce page load to sub-second", "seconds"),
        ("Keep failover sub-minute", "minutes"),
    ):
        out.append(Phrasing(t, "en", "bound word", BELOW, None, 1, None, unit))
    for (shape, lang, scale, unit), x in product(SCALES, (1.5, 2, 12)):
        out.append(
            Phrasing(shape.format(x=x), lang, "scale word", INCREASE, None, x * scale, None, unit)
        )
    for (shape, lang), (a, b) in product(NORDIC_PAIRS, ((5, 3), (12, 8))):
        unit = "minutes" if "minuter" in shape else "%"
        out.append(
            Phrasing(shape.format(a=a, b=b), lang, "nordic pair", DECREASE, a, b, None, unit)
        )
    return out


# ---------------------------------------------------------------------------------------------
# 6. A change, then its target: "by 25% YoY to $5M", "25% to $5M", "em 25% para R$ 5 milhões".

# (change in %, target written, target value, start value, unit)
AMOUNTS = ((25, "$5M", 5e6, 4e6, "$"), (50, "$3M", 3e6, 2e6, "$"))
CHANGE_TO = (
    ("Grow ARR by {p}% YoY to {t}", "en"),
    ("Grow ARR by {p}% year over year to {t}", "en"),
    ("Increase revenue {p}% QoQ to {t}", "en"),
    ("Grow ARR {p}% to {t}", "en"),
)
# (shape, language, target value → written)
CHANGE_TO_WRITTEN = (
    ("Aumentar a receita em {p}% para R$ {m} milhões", "pt", "R$"),
    ("Aumentar a receita em {p}%, para R$ {m} milhões", "pt", "R$"),
    ("Aumentar los ingresos un {p}% hasta {m} millones de euros", "es", "€"),
    ("Augmenter le chiffre d'affaires de {p} % pour atteindre {m} M€", "fr", "€"),
    ("Omzet met {p}% verhogen naar {m} miljoen euro", "nl", "€"),
    ("Umsatz um {p}% auf {m} Mio. € steigern", "de", "€"),
    ("Aumentare il fatturato del {p}% a {m} milioni di euro", "it", "€"),
    ("Zwiększyć przychody o {p}% do {m} mln zł", "pl", "PLN"),
)


def change_then_target() -> list[Phrasing]:
    """Return "Grow ARR by 25% YoY to $5M": start $4M, target $5M (the change gives the start)."""
    out = []
    for (shape, lang), (p, written, target, start, unit) in product(CHANGE_TO, AMOUNTS):
        text = shape.format(p=p, t=written)
        out.append(Phrasing(text, lang, "change then target", INCREASE, start, target, None, unit))
    for (shape, lang, unit), (p, _, target, start, _) in product(CHANGE_TO_WRITTEN, AMOUNTS):
        text = shape.format(p=p, m=f"{target / 1e6:g}")
        out.append(Phrasing(text, lang, "change then target", INCREASE, start, target, None, unit))
    for text, start, target, unit in (
        ("Grow MAU 20% to 12,000", 10000, 12000, None),
        ("Grow MAU 20% MoM to 12,000", 10000, 12000, None),
        ("Reduce cloud costs by 20% QoQ to $40k", 50000, 40000, "$"),
        ("Reduce costs 20% to $40k", 50000, 40000, "$"),
    ):
        way = DECREASE if text.startswith("Reduce") else INCREASE
        out.append(Phrasing(text, "en", "change then target", way, start, target, None, unit))
    return out


def twenty_seventh_round_phrasings() -> list[Phrasing]:
    return (
        two_unit_durations()
        + percentage_points()
        + score_pairs()
        + factors()
        + bound_and_scale_words()
        + change_then_target()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: similar shapes that keep their reading.


def near_misses() -> list[Phrasing]:
    none = (
        ("Close SUB-123 and SUB-124", "en"),  # an issue key, not "sub-"
        ("Minst en gång i veckan", "sv"),  # "minst" before a word
        ("Zrealizować projekt w połowie roku", "pl"),  # in the middle of the year, not by half
    )
    misses = [Phrasing(t, lang, "near miss", None) for t, lang in none]
    misses += [
        # two bounds each on one duration, joined by "and": no number after the joining word
        Phrasing("Respond to P1 within 1h and P2 within 4h", "en", "near miss", BELOW, None, 1, None, "hours"),
        # "2 min and 30 emails": no unit of seconds after the second number
        Phrasing("Answer chats within 2 min and 30 emails a day", "en", "near miss", INCREASE, None, 30, None, "emails"),
        # no other duration: the lone "h" stays a letter
        Phrasing("Run 3 h of training for 20 new hires", "en", "near miss", INCREASE, None, 3),
        # "3 раза в неделю": a number of times that counts, not a factor
        Phrasing("Проводить встречи 3 раза в неделю", "ru", "near miss", INCREASE, None, 3),
        # a factor with the verb and the half together, as the tables read it
        Phrasing("Zmniejszyć o połowę czas odpowiedzi", "pl", "near miss", DECREASE, None, None, HALF),
        # a two-unit duration glued as before ("2h30m"): 150 minutes
        Phrasing("Cut build time to 2h30m", "en", "near miss", DECREASE, None, 150, None, "minutes"),
        # percentage points written out, as before
        Phrasing("Increase NPS by 3 percentage points", "en", "near miss", INCREASE, None, None, {"amount": 3, "relative": False}, "%"),
        # a score with its scale said once
        Phrasing("Raise CSAT from 4.2 to 4.6/5", "en", "near miss", INCREASE, 4.2, 4.6),
        # plural numbers ("404s") are not seconds
        Phrasing("Reduce 404s from 120 to 30 per day", "en", "near miss", DECREASE, 120, 30),
        # a pair of one measure stays a pair: both in %, both in $
        Phrasing("Reduce churn 20% to 4%", "en", "near miss", DECREASE, 20, 4, None, "%"),
        Phrasing("Grow ARR $3M to $5M", "en", "near miss", INCREASE, 3e6, 5e6, None, "$"),
        # "un 25%" without "hasta": a share reached, not a change
        Phrasing("Alcanzar un 25% de cuota de mercado", "es", "near miss", INCREASE, None, 25, None, "%"),
        # "$45m" stays millions beside a duration
        Phrasing("Cut downtime to 2 hours and losses to $45m", "en", "near miss", DECREASE, None, 2, None, "hours"),
    ]  # fmt: skip
    return misses
