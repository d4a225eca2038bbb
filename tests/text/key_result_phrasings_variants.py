"""Each language's verbs, bounds, factors, counts and scaled money, composed (ninth round).

Not shipped; see tests/text/key_result_phrasings.py for the conventions the labels follow.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import (
    ABOVE,
    BELOW,
    DECREASE,
    INCREASE,
    LANGUAGES,
    Phrasing,
    render,
)

# ---------------------------------------------------------------------------------------------
# The verbs each language raises and lowers a number with (infinitive or imperative, as key
# results are written), each in one "from A to B" template: a verb the tables do not list falls
# back to the English reading, so this is where a new held-out set's wording shows first.

VERBS: dict[str, tuple[str, tuple[str, ...], str, tuple[str, ...]]] = {
    # code: (raise template, raise verbs, lower template, lower verbs); {v} the verb
    "en": (
        "{v} {m} from {a} to {b}",
        ("Increase", "Grow", "Raise", "Boost", "Improve", "Lift", "Expand"),
        "{v} {m} from {a} to {b}",
        ("Reduce", "Cut", "Lower", "Decrease", "Shorten", "Bring down", "Trim"),
    ),
    "de": (
        "{m} von {a} auf {b} {v}",
        ("erhöhen", "steigern", "verbessern", "anheben", "ausbauen", "vergrößern"),
        "{m} von {a} auf {b} {v}",
        ("senken", "reduzieren", "verringern", "verkürzen", "minimieren"),
    ),
    "fr": (
        "{v} {m} de {a} à {b}",
        ("Augmenter", "Accroître", "Améliorer", "Faire passer", "Porter"),
        "{v} {m} de {a} à {b}",
        ("Réduire", "Diminuer", "Baisser", "Abaisser", "Raccourcir"),
    ),
    "es": (
        "{v} {m} de {a} a {b}",
        ("Aumentar", "Incrementar", "Mejorar", "Elevar", "Subir"),
        "{v} {m} de {a} a {b}",
        ("Reducir", "Disminuir", "Bajar", "Recortar", "Acortar"),
    ),
    "pt": (
        "{v} {m} de {a} para {b}",
        ("Aumentar", "Elevar", "Melhorar", "Ampliar", "Incrementar"),
        "{v} {m} de {a} para {b}",
        ("Reduzir", "Diminuir", "Baixar", "Encurtar", "Cortar"),
    ),
    "it": (
        "{v} {m} da {a} a {b}",
        ("Aumentare", "Incrementare", "Migliorare", "Portare", "Alzare"),
        "{v} {m} da {a} a {b}",
        ("Ridurre", "Diminuire", "Abbassare", "Accorciare", "Tagliare"),
    ),
    "nl": (
        "{m} {v} van {a} naar {b}",
        ("verhogen", "verbeteren", "vergroten", "laten groeien", "opvoeren"),
        "{m} {v} van {a} naar {b}",
        ("verlagen", "verminderen", "terugbrengen", "verkorten", "reduceren"),
    ),
    "pl": (
        "{v} {m} z {a} do {b}",
        ("Zwiększyć", "Podnieść", "Poprawić", "Zwiększenie"),
        "{v} {m} z {a} do {b}",
        ("Zmniejszyć", "Obniżyć", "Skrócić", "Ograniczyć", "Zredukować"),
    ),
    "ru": (
        "{v} {m} с {a} до {b}",
        ("Увеличить", "Повысить", "Поднять", "Нарастить", "Улучшить"),
        "{v} {m} с {a} до {b}",
        ("Снизить", "Сократить", "Уменьшить", "Понизить"),
    ),
    "tr": (
        "{m} {a}'den {b}'e {v}",
        ("artırmak", "yükseltmek", "çıkarmak", "iyileştirmek"),
        "{m} {a}'ten {b}'e {v}",
        ("azaltmak", "düşürmek", "indirmek", "kısaltmak"),
    ),
    "id": (
        "{v} {m} dari {a} menjadi {b}",
        ("Meningkatkan", "Menaikkan", "Menambah", "Memperbaiki"),
        "{v} {m} dari {a} menjadi {b}",
        ("Mengurangi", "Menurunkan", "Menekan", "Memangkas", "Mempersingkat"),
    ),
    "vi": (
        "{v} {m} từ {a} lên {b}",
        ("Tăng", "Nâng", "Cải thiện", "Nâng cao"),
        "{v} {m} từ {a} xuống {b}",
        ("Giảm", "Cắt giảm", "Hạ", "Rút ngắn"),
    ),
    "zh": (
        "将{m}从{a}{v}到{b}",
        ("提高", "提升", "增加", "扩大"),
        "将{m}从{a}{v}到{b}",
        ("降低", "减少", "缩短", "削减"),
    ),
    "ja": (
        "{m}を{a}から{b}に{v}",
        ("向上させる", "高める", "増やす", "引き上げる"),
        "{m}を{a}から{b}に{v}",
        ("削減する", "短縮する", "減らす", "下げる", "低減する"),
    ),
    "ko": (
        "{m}을 {a}에서 {b}로 {v}",
        ("향상", "높이기", "늘리기", "확대", "증가"),
        "{m}을 {a}에서 {b}으로 {v}",
        ("단축", "줄이기", "감소", "낮추기", "절감"),
    ),
    "fa": (
        "{v} {m} از {a} به {b}",
        ("افزایش", "ارتقای", "بهبود"),
        "{v} {m} از {a} به {b}",
        ("کاهش", "کم کردن"),
    ),
    "ar": (
        "{v} {m} من {a} إلى {b}",
        ("زيادة", "رفع", "تحسين", "تعزيز"),
        "{v} {m} من {a} إلى {b}",
        ("خفض", "تقليل", "تخفيض", "تقليص"),
    ),
}


def verb_variants() -> list[Phrasing]:
    """Return each language's raise verbs on a rate in % and lower verbs on a time in hours."""
    out = []
    for language in LANGUAGES:
        up_template, up_verbs, down_template, down_verbs = VERBS[language.code]
        a, b = render(language, "pct", 12), render(language, "pct", 18.5)
        for verb in up_verbs:
            text = up_template.format(v=verb, m=language.up, a=a, b=b)
            text = text[0].upper() + text[1:]
            out.append(Phrasing(text, language.code, "raise_verbs", INCREASE, 12, 18.5, None, "%"))
        a, b = render(language, "hours", 48), render(language, "hours", 6)
        for verb in down_verbs:
            text = down_template.format(v=verb, m=language.time, a=a, b=b)
            text = text[0].upper() + text[1:]
            out.append(Phrasing(text, language.code, "lower_verbs", DECREASE, 48, 6, None, "hours"))
    return out


# "by N%" in each language, {v} the verb: here the verb alone gives the direction.
BY_TEMPLATES = {
    "en": "{v} {m} by {n}", "de": "{m} um {n} {v}", "fr": "{v} {m} de {n}",
    "es": "{v} {m} en un {n}", "pt": "{v} {m} em {n}", "it": "{v} {m} del {n}",
    "nl": "{m} {v} met {n}", "pl": "{v} {m} o {n}", "ru": "{v} {m} на {n}", "tr": "{m} {n} {v}",
    "id": "{v} {m} sebesar {n}", "vi": "{v} {m} thêm {n}", "zh": "{m}{v}{n}", "ja": "{m}を{n}{v}",
    "ko": "{m} {n} {v}", "fa": "{v} {m} به میزان {n}", "ar": "{v} {m} بنسبة {n}",
}  # fmt: skip
# Verbs that take a target, not an amount ("Porter le CA à …", "Faire passer … à …").
_TO_ONLY = frozenset(["Faire passer", "Porter", "Portare"])


def verb_by_variants() -> list[Phrasing]:
    """Return each language's raise verbs on revenue and lower verbs on churn "by 15%"."""
    out = []
    for language in LANGUAGES:
        _, up_verbs, _, down_verbs = VERBS[language.code]
        n = render(language, "pct", 15)
        change = {"amount": 15, "relative": True}
        for verbs, metric, direction, family in (
            (up_verbs, language.rev, INCREASE, "raise_verbs_by"),
            (down_verbs, language.churn, DECREASE, "lower_verbs_by"),
        ):
            for verb in verbs:
                if verb in _TO_ONLY:
                    continue
                text = BY_TEMPLATES[language.code].format(v=verb, m=metric, n=n)
                text = text[0].upper() + text[1:]
                out.append(
                    Phrasing(text, language.code, family, direction, None, None, change, None)
                )
    return out


# A count of customers, by the counted-noun convention of docs/plaintext.md (step 0a): in
# French, Spanish and Portuguese the noun comes first and is the unit; the inflected languages'
# nouns and the CJK measure words are not units. Italian counts its noun first too (its plurals
# end in -i or -e: "clienti", settled by the round-9 labels, which count "visite", "iscritti",
# "contratti"). Left out: German, Dutch, Indonesian, Vietnamese, Persian and Arabic.
COUNTS = {
    "fr": ("Atteindre {n} clients payants", "clients"),
    "es": ("Alcanzar {n} clientes de pago", "clientes"),
    "pt": ("Alcançar {n} clientes pagantes", "clientes"),
    "it": ("Raggiungere {n} clienti paganti", "clienti"),
    "ru": ("Привлечь {n} платящих клиентов", None),
    # twentieth round: a Polish count keeps its noun as written (rounds 19 and 20's labels)
    "pl": ("Pozyskać {n} płacących klientów", "klientów"),
    "tr": ("{n} ücretli müşteriye ulaşmak", None),
    "zh": ("获得{n}个付费客户", None),
    "ja": ("有料顧客を{n}社獲得する", None),
    "ko": ("유료 고객 {n}명 확보", None),
}


def count_variants(values=(250, 1500, 40000)) -> list[Phrasing]:
    """Return "reach N paying customers" in each language with a counted-noun convention."""
    out = []
    for language in LANGUAGES:
        if language.code not in COUNTS:
            continue
        template, unit = COUNTS[language.code]
        for value in values:
            text = template.format(n=language.notation.render(value))
            out.append(
                Phrasing(text, language.code, "count_target", INCREASE, None, value, None, unit)
            )
    return out


# Doubling and halving in each language: a relative change of +100% or -50% (no baseline).
FACTORS = {
    "en": ("Double {m}", "Halve {m}"),
    "de": ("{m} verdoppeln", "{m} halbieren"),
    "fr": ("Doubler {m}", "Réduire de moitié {m}"),
    "es": ("Duplicar {m}", "Reducir a la mitad {m}"),
    "pt": ("Dobrar {m}", "Reduzir pela metade {m}"),
    "it": ("Raddoppiare {m}", "Dimezzare {m}"),
    "nl": ("{m} verdubbelen", "{m} halveren"),
    "pl": ("Podwoić {m}", "Zmniejszyć o połowę {m}"),
    "ru": ("Удвоить {m}", "Сократить вдвое {m}"),
    "tr": ("{m} iki katına çıkarmak", "{m} yarıya indirmek"),
    "vi": ("Tăng gấp đôi {m}", "Giảm một nửa {m}"),
    "zh": ("{m}翻倍", "{m}减半"),
    "ja": ("{m}を倍増させる", "{m}を半減させる"),
    "ko": ("{m} 두 배 증가", "{m} 절반으로 감소"),
}


def factor_variants() -> list[Phrasing]:
    """Return "double revenue" and "halve churn" in each language with a factor verb."""
    out = []
    for language in LANGUAGES:
        if language.code not in FACTORS:
            continue
        double, halve = FACTORS[language.code]
        for template, metric, direction, amount in (
            (double, language.rev, INCREASE, 100),
            (halve, language.churn, DECREASE, 50),
        ):
            text = template.format(m=metric)
            text = text[0].upper() + text[1:]
            change = {"amount": amount, "relative": True}
            out.append(Phrasing(text, language.code, "factor", direction, None, None, change, None))
    return out


# More bound words in each language: keep a rate in % above, a time in hours below; {n} the
# value with its unit. A bound may follow its number ("4 heures maximum", "3 engineers minimum").
BOUND_WORDS = {
    "en": (
        ("Keep {up} at {n} minimum",),
        ("Keep {time} at {n} max", "Keep {time} at or below {n}"),
    ),
    "de": (("{up} über {n} halten",), ("{time} unter {n} halten", "{time} bei maximal {n} halten")),
    "fr": (
        ("Maintenir {up} au-dessus de {n}",),
        ("Maintenir {time} en dessous de {n}", "Maintenir {time} à {n} maximum"),
    ),
    "es": (("Mantener {up} por encima del {n}",), ("Mantener {time} por debajo de {n}",)),
    "pt": (("Manter {up} acima de {n}",), ("Manter {time} abaixo de {n}",)),
    "it": (("Mantenere {up} sopra il {n}",), ("Mantenere {time} entro {n}",)),
    "nl": (("{up} boven {n} houden",), ("{time} onder {n} houden",)),
    "pl": (("Utrzymać {up} powyżej {n}",), ("Utrzymać {time} poniżej {n}",)),
    "ru": (("Удерживать {up} выше {n}",), ("Удерживать {time} менее {n}",)),
    "tr": (("{up} {n}'in üzerinde tutmak",), ("{time} en fazla {n} tutmak",)),
    "id": (("Menjaga {up} di atas {n}",), ("Menjaga {time} di bawah {n}",)),
    "vi": (("Duy trì {up} trên {n}",), ("Duy trì {time} không quá {n}",)),
    "zh": (("{up}不低于{n}",), ("{time}不超过{n}",)),
    "ja": (("{up}を{n}以上に維持する",), ("{time}を{n}以下に抑える",)),
    "ko": (("{up} {n} 이상 유지",), ("{time} {n} 이하 유지",)),
}


def bound_variants() -> list[Phrasing]:
    """Return each language's other bound words on a rate (above) and a time (below)."""
    out = []
    for language in LANGUAGES:
        if language.code not in BOUND_WORDS:
            continue
        above, below = BOUND_WORDS[language.code]
        pct, hours = render(language, "pct", 99.5), render(language, "hours", 4)
        for template in above:
            text = template.format(up=language.up, n=pct)
            text = text[0].upper() + text[1:]
            out.append(Phrasing(text, language.code, "bound_words", ABOVE, None, 99.5, None, "%"))
        for template in below:
            text = template.format(time=language.time, n=hours)
            text = text[0].upper() + text[1:]
            out.append(Phrasing(text, language.code, "bound_words", BELOW, None, 4, None, "hours"))
    return out


# Money written with a scale between the number and the currency, or in two CJK scales.
SCALED_MONEY = {
    "fr": (
        ("Augmenter le chiffre d'affaires à {d} M€", 1e6, "€"),
        ("Réduire les coûts de {d} k€", 1e3, "€"),
    ),
    "de": (("Den Umsatz auf {d} Mio. € steigern", 1e6, "€"),),
    "es": (("Aumentar los ingresos a {d} millones de euros", 1e6, "€"),),
    "ru": (("Увеличить выручку до {d} млн ₽", 1e6, "RUB"),),
}


def scaled_money_variants() -> list[Phrasing]:
    """Return money targets and changes with a scale word or letter before the currency, and
    CJK amounts in two scales ("1億2000万円")."""
    out = []
    for language in LANGUAGES:
        for template, scale, unit in SCALED_MONEY.get(language.code, ()):
            for value in (1.2, 2.5, 40):
                text = template.format(d=language.notation.render(value))
                amount = value * scale
                if template.startswith("Réduire"):
                    change = {"amount": amount, "relative": False}
                    out.append(
                        Phrasing(
                            text, language.code, "scaled_money", DECREASE, None, None, change, unit
                        )
                    )
                else:
                    out.append(
                        Phrasing(
                            text, language.code, "scaled_money", INCREASE, None, amount, None, unit
                        )
                    )
    for code, template, unit in (
        ("zh", "将收入提高到{a}亿{b}万元", "元"),
        ("ja", "売上を{a}億{b}万円に増加させる", "円"),
        ("ko", "매출을 {a}억 {b}만원으로 증가", "원"),
    ):
        for a, b in ((1, 2000), (3, 500), (12, 5000)):
            text = template.format(a=a, b=b)
            out.append(
                Phrasing(text, code, "scaled_money", INCREASE, None, a * 1e8 + b * 1e4, None, unit)
            )
    return out
