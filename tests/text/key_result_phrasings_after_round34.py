"""Families of composed key results after round 34's first run (issue 15, session 19), labels by
construction (docs/plaintext.md, "After the first run of round 34"), never what the parser answers:

- a Chinese or Japanese magnitude written without a digit ("百万新元以上", "千万", "十万用户",
  "百万円"): the value is the magnitude (1,000,000 …) and the currency after it the unit, as the
  earlier rows read "100万元"; in the shapes of earlier rows (a verb of reaching, a floor "以上" or
  "至少", a change "增加");
- a metric naming a count of a time unit, then its value ("连续盈利月份 >24", "Profitable
  months > 24", "Gewinnmonate > 24", "Meses rentables > 24"): the unit is the time unit;
- "N×" after a floor word that opens the key result, or before a period, is a count of times,
  not a factor ("Minimálne 2× preteky", "alespoň 2× týdně", "at least 2× a week");
- German "halten" / Dutch "houden" with a count of events as object ("Erste 3 Workshops
  halten", "4 lezingen houden") holds the events: an increase, not a level kept.

Each family carries near misses that must keep their reading, in `near_misses()`: the adverb
"千万" (by all means), "数百万" / "几十万" (some millions), an ordinal, an order of magnitude
("百万级"), a millionaire ("百万富翁").
`python -m tests.text.key_result_phrasings_after_round34` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, BELOW, INCREASE, Phrasing

MAGNITUDES = (("十万", 1e5), ("百万", 1e6), ("千万", 1e7), ("十亿", 1e9), ("百萬", 1e6))
# (template, language, direction, unit, a change rather than a target); {m} the magnitude
SHAPES = (
    ("年收入达到{m}元", "zh", INCREASE, "元", False),
    ("除房产外有{m}新元以上的高流动性资产", "zh", ABOVE, "新元", False),
    ("注册用户突破{m}", "zh", INCREASE, None, False),
    ("至少{m}美元的融资", "zh", ABOVE, "美元", False),
    ("营收增加{m}元", "zh", INCREASE, "元", True),
    ("売上{m}円以上", "ja", ABOVE, "円", False),
    ("年商{m}円を達成", "ja", INCREASE, "円", False),
    ("累計ユーザー{m}人を突破", "ja", INCREASE, None, False),
)


def word_magnitudes() -> list[Phrasing]:
    """Return "年收入达到百万元": a target of 1,000,000, unit 元."""
    out = []
    for word, value in MAGNITUDES:
        for template, language, way, unit, change in SHAPES:
            out.append(
                Phrasing(
                    template.format(m=word),
                    language,
                    "magnitude without a digit",
                    way,
                    None,
                    None if change else value,
                    {"amount": value, "relative": False} if change else None,
                    unit,
                )
            )
    return out


# (metric, language, unit): a metric naming a count of a time unit, then its value
DOUBLE = {"amount": 100, "relative": True}
TIME_METRICS = (
    ("连续盈利月份", "zh", "months"),
    ("盈利月份数", "zh", "months"),
    ("活跃天数", "zh", "days"),
    ("健身周数", "zh", "weeks"),
    ("Profitable months", "en", "months"),
    ("Consecutive training weeks", "en", "weeks"),
    ("Days without incident", "en", "days"),
    ("Meses rentables", "es", "months"),
    ("Jours sans accident", "fr", "days"),
    ("Gewinnmonate", "de", "months"),
    ("Trainingstage", "de", "days"),
)
TIME_SHAPES = (("{m} >{n}", ABOVE), ("{m} ≥ {n}", ABOVE), ("{m} < {n}", BELOW))


def time_unit_metrics() -> list[Phrasing]:
    """Return "连续盈利月份 >24": a floor of 24, unit months."""
    out = []
    for i, (metric, language, unit) in enumerate(TIME_METRICS):
        for template, way in TIME_SHAPES:
            n = 6 + 3 * i
            text = template.format(m=metric, n=n)
            out.append(Phrasing(text, language, "time unit metric", way, None, n, None, unit))
    return out


# (template, language, unit): "N×" after a floor word, a count; {n} the count
TIMES_SHAPES = (
    ("Minimálne {n}× preteky Behaj lesmi", "sk", None),
    ("Minimálne {n}× týždenne behať", "sk", "times"),
    ("Alespoň {n}× závody v sezóně", "cs", "závody"),
    ("alespoň {n}× týdně běhat", "cs", "times"),
    ("Mindestens {n}× Wettkämpfe", "de", "Wettkämpfe"),
    ("Al menos {n}× carreras al mes", "es", "carreras"),
    ("Au moins {n}x courses", "fr", "courses"),
    ("At least {n}× races this season", "en", "races"),
    ("Go running at least {n}× a week", "en", "times"),
)


def counted_times() -> list[Phrasing]:
    """Return "Minimálne 2× preteky Behaj lesmi": a floor of 2, not a factor of 2."""
    out = []
    for n in (2, 3, 5):
        for template, language, unit in TIMES_SHAPES:
            text = template.format(n=n)
            out.append(Phrasing(text, language, "times after a floor", ABOVE, None, n, None, unit))
    return out


# (template, language, unit): events held with German "halten", Dutch "houden"
HELD_SHAPES = (
    ("Erste {n} Workshops halten", "de", "Workshops"),
    ("{n} Vorträge halten", "de", "Vorträge"),
    ("{n} Meetings mit Kunden halten", "de", "Meetings"),
    ("{n} Seminare halten", "de", "Seminare"),
    ("{n} workshops houden", "nl", "workshops"),
    ("{n} lezingen houden", "nl", "lezingen"),
)


def held_events() -> list[Phrasing]:
    """Return "Erste 3 Workshops halten": three workshops held, an increase to 3."""
    out = []
    for n in (3, 4, 6):
        for template, language, unit in HELD_SHAPES:
            text = template.format(n=n)
            out.append(Phrasing(text, language, "events held", INCREASE, None, n, None, unit))
    return out


def after_round34_phrasings() -> list[Phrasing]:
    return word_magnitudes() + time_unit_metrics() + counted_times() + held_events()


def near_misses() -> list[Phrasing]:
    return [
        # the adverb "千万" (by all means) is no number
        Phrasing("千万不要放弃", "zh", "near miss", None),
        Phrasing("千万要注意安全", "zh", "near miss", None),
        # "数百万" / "几十万": some millions, no value
        Phrasing("覆盖数百万用户", "zh", "near miss", None),
        Phrasing("几十万字的文档", "zh", "near miss", None),
        # a millionaire, an ordinal, an order of magnitude
        Phrasing("成为百万富翁", "zh", "near miss", None),
        Phrasing("迎来第十万个用户", "zh", "near miss", None),
        Phrasing("投放百万级流量", "zh", "near miss", None),
        # the earlier rows' digits before a scale keep their reading
        Phrasing("收入达到100万元", "zh", "near miss", INCREASE, None, 1e6, None, "元"),
        Phrasing("年收入100万円以上", "ja", "near miss", ABOVE, None, 1e6, None, "円"),
        Phrasing("获得10万用户", "zh", "near miss", INCREASE, None, 1e5, None, None),
        # a metric that counts no time unit, a percentage after a time-unit metric
        Phrasing("Active users > 24", "en", "near miss", ABOVE, None, 24),
        Phrasing("活跃用户数 > 20", "zh", "near miss", ABOVE, None, 20),
        Phrasing("Clientes activos > 24", "es", "near miss", ABOVE, None, 24),
        Phrasing("Profitable months > 24%", "en", "near miss", ABOVE, None, 24, None, "%"),
        # "N×" without a floor, at the end, or before a comparative stays a factor
        Phrasing("Grow revenue 2×", "en", "near miss", INCREASE, None, None, DOUBLE),
        Phrasing("Grow revenue at least 2×", "en", "near miss", INCREASE, None, None, DOUBLE),
        Phrasing("Zvýšiť tržby 2×", "sk", "near miss", INCREASE, None, None, DOUBLE),
        Phrasing("Mindestens 2× mehr Umsatz", "de", "near miss", INCREASE, None, None, DOUBLE),
        Phrasing("Al menos 2× más ventas", "es", "near miss", INCREASE, None, None, DOUBLE),
        # a frequency keeps its reading
        Phrasing("Al menos 3× por semana", "es", "near miss", ABOVE, None, 3, None, "times"),
        # "halten" / "houden" of a level or of customers keeps it
        Phrasing("Die Kosten unter 5% halten", "de", "near miss", BELOW, None, 5, None, "%"),
        Phrasing(
            "Kundenzufriedenheit bei 90% halten", "de", "near miss", ABOVE, None, 90, None, "%"
        ),
        Phrasing("3 Kunden halten", "de", "near miss", ABOVE, None, 3, None, "Kunden"),
        Phrasing("De kosten onder 5% houden", "nl", "near miss", BELOW, None, 5, None, "%"),
    ]


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round34_phrasings(), "near misses": near_misses()})
