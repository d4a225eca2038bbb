"""Key-result sentences composed from parts, with their labels known by construction.

Not shipped: a test-side generator for the ninth round (issue 15). A phrasing is a template
family ("from A to B", "by N%", "at least N" …) written in one language, filled with numbers
rendered in that language's notation; its direction, start, target, change and unit follow
from the family and the numbers by the conventions of docs/plaintext.md ("The key result
parser"), never from what the parser answers:

- "raise/lower M from A to B": direction from A and B, start A, target B, no change;
- "raise/lower M by N%": a relative change, unit null (a relative change's % is not the unit);
- "raise/lower M by N hours": an absolute change in hours;
- "N% increase/reduction in M" (a stated trend): a relative change;
- "raise M to N": the target; "keep M at least / above N" → stay above, "no more than /
  under / below / within N hours" → stay below, "N+" → stay above;
- a baseline aside "(currently A)", "(up from A)", "from the current A" is the start;
- a qualifying number ("within 2 hours" after a share, "for release 4.2", "top 10") is not
  the measure;
- units: %, currency symbols and codes (with k/M/B scales), time units, sizes, "points",
  counted plural nouns after the number ("300 paying customers" → customers).

Combinations whose labels the conventions leave open are not generated (see
docs/plaintext.md, "Ninth round").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

INCREASE, DECREASE, ABOVE, BELOW = "increase", "decrease", "stay_above", "stay_below"


@dataclass(frozen=True)
class Phrasing:
    """One composed key result and the labels its composition gives."""

    text: str
    language: str
    family: str
    direction: str | None
    start: float | None = None
    target: float | None = None
    change: dict | None = None
    unit: str | None = None

    def labels(self) -> dict:
        """Return the five value fields as `ParsedKeyResult.as_dict()` names them."""
        return {
            "direction": self.direction,
            "start": self.start,
            "target": self.target,
            "change": self.change,
            "unit": self.unit,
        }


# ---------------------------------------------------------------------------------------------
# Numbers in each notation.

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class Notation:
    """How a language writes 12500.5: thousands separator, decimal mark, digits."""

    group: str = ","
    decimal: str = "."
    digits: dict | None = None

    def render(self, value: float) -> str:
        whole, _, frac = f"{value:.10g}".partition(".")
        if len(whole) > 4 or (len(whole) == 4 and self.group != " "):
            whole = f"{int(whole):,}".replace(",", self.group)
        text = whole + (self.decimal + frac if frac else "")
        return text.translate(self.digits) if self.digits else text


EN = Notation()
DOT = Notation(group=".", decimal=",")
SPACE = Notation(group=" ", decimal=",")
NONE_GROUP = Notation(group="", decimal=",")


# ---------------------------------------------------------------------------------------------
# One language: its words for each family. {m} the metric, {a} {b} {n} rendered values with
# their units. Metrics: `up` a higher-is-better rate in %, `time` a lower-is-better time in
# hours, `money` revenue in the language's currency, `churn` a lower-is-better rate in %.


@dataclass(frozen=True)
class Language:
    code: str
    notation: Notation
    pct: str  # "{} %", "%{}"
    hours: str  # "{} hours"
    money: str  # "€{}", "{} €"
    currency: str  # the unit the parser reports for it
    up: str
    time: str
    rev: str
    churn: str
    families: dict


def _lang(code, notation, pct, hours, money, currency, metrics, **families) -> Language:
    up, time, rev, churn = metrics
    return Language(code, notation, pct, hours, money, currency, up, time, rev, churn, families)


# Families, with how their labels follow from the numbers (a, b or n):
#   raise_from_to  {up} from a% to b%            increase, a → b, %
#   lower_from_to  {time} from a h to b h        decrease, a → b, hours
#   raise_by_pct   {rev} by n%                   increase, change n relative, unit null
#   lower_by_pct   {churn} by n%                 decrease, change n relative, unit null
#   raise_to_money {rev} to n (currency)         increase, target n, currency
#   at_least       keep {up} at least n%         stay_above, target n, %
#   at_most        keep {time} at most n h       stay_below, target n, hours
#   trend_up       n% increase in {rev}          increase, change n relative
#   trend_down     n% reduction in {churn}       decrease, change n relative
#   baseline       raise {up} to b% (currently a%)  increase, a → b, %

LANGUAGES: tuple[Language, ...] = (
    _lang(
        "en",
        EN,
        "{}%",
        "{} hours",
        "${}",
        "$",
        ("conversion rate", "first-response time", "revenue", "monthly churn"),
        raise_from_to="Increase {m} from {a} to {b}",
        lower_from_to="Reduce {m} from {a} to {b}",
        raise_by_pct="Grow {m} by {n}",
        lower_by_pct="Cut {m} by {n}",
        raise_to_money="Increase {m} to {n}",
        at_least="Keep {m} at least {n}",
        at_most="Keep {m} no more than {n}",
        trend_up="{n} increase in {m}",
        trend_down="{n} reduction in {m}",
        baseline="Raise {m} to {b} (currently {a})",
        limit_within="Resolve critical incidents within {n}",
        by_hours="Reduce {m} by {n}",
        under_bound="Keep {m} under {n}",
        lower_to="Cut {m} to {n}",
    ),
    _lang(
        "de",
        DOT,
        "{} %",
        "{} Stunden",
        "{} €",
        "€",
        ("die Conversion-Rate", "die Antwortzeit", "den Umsatz", "die monatliche Abwanderung"),
        raise_from_to="{m} von {a} auf {b} steigern",
        lower_from_to="{m} von {a} auf {b} senken",
        raise_by_pct="{m} um {n} steigern",
        lower_by_pct="{m} um {n} senken",
        raise_to_money="{m} auf {n} steigern",
        at_least="{m} bei mindestens {n} halten",
        at_most="{m} bei höchstens {n} halten",
        trend_up="Steigerung des Umsatzes um {n}",
        trend_down="Senkung der Abwanderung um {n}",
        baseline="{m} auf {b} steigern (aktuell {a})",
        limit_within="Kritische Vorfälle innerhalb von {n} lösen",
        by_hours="{m} um {n} senken",
        under_bound="{m} unter {n} halten",
        lower_to="{m} auf {n} senken",
    ),
    _lang(
        "fr",
        SPACE,
        "{} %",
        "{} heures",
        "{} €",
        "€",
        (
            "le taux de conversion",
            "le délai de réponse",
            "le chiffre d'affaires",
            "le taux d'attrition",
        ),
        raise_from_to="Augmenter {m} de {a} à {b}",
        lower_from_to="Réduire {m} de {a} à {b}",
        raise_by_pct="Augmenter {m} de {n}",
        lower_by_pct="Réduire {m} de {n}",
        raise_to_money="Augmenter {m} à {n}",
        at_least="Maintenir {m} à au moins {n}",
        at_most="Maintenir {m} à moins de {n}",
        trend_up="Hausse de {n} du chiffre d'affaires",
        trend_down="Baisse de {n} du taux d'attrition",
        baseline="Augmenter {m} à {b} (actuellement {a})",
        limit_within="Résoudre les incidents critiques dans un délai de {n}",
        by_hours="Réduire {m} de {n}",
        under_bound="Maintenir {m} sous {n}",
        lower_to="Réduire {m} à {n}",
    ),
    _lang(
        "es",
        DOT,
        "{}%",
        "{} horas",
        "{} €",
        "€",
        ("la tasa de conversión", "el tiempo de respuesta", "los ingresos", "la tasa de abandono"),
        raise_from_to="Aumentar {m} de {a} a {b}",
        lower_from_to="Reducir {m} de {a} a {b}",
        raise_by_pct="Aumentar {m} en un {n}",
        lower_by_pct="Reducir {m} en un {n}",
        raise_to_money="Aumentar {m} a {n}",
        at_least="Mantener {m} en al menos {n}",
        at_most="Mantener {m} por debajo de {n}",
        trend_up="Aumento del {n} en los ingresos",
        trend_down="Reducción del {n} en la tasa de abandono",
        baseline="Aumentar {m} a {b} (actual: {a})",
        limit_within="Resolver los incidentes críticos en un plazo de {n}",
        by_hours="Reducir {m} en {n}",
        under_bound="Mantener {m} en menos de {n}",
        lower_to="Reducir {m} a {n}",
        raise_from_to_article="Aumentar {m} del {a} al {b}",
    ),
    _lang(
        "pt",
        DOT,
        "{}%",
        "{} horas",
        "R$ {}",
        "R$",
        ("a taxa de conversão", "o tempo de resposta", "a receita", "a taxa de cancelamento"),
        raise_from_to="Aumentar {m} de {a} para {b}",
        lower_from_to="Reduzir {m} de {a} para {b}",
        raise_by_pct="Aumentar {m} em {n}",
        lower_by_pct="Reduzir {m} em {n}",
        raise_to_money="Aumentar {m} para {n}",
        at_least="Manter {m} em pelo menos {n}",
        at_most="Manter {m} abaixo de {n}",
        trend_up="Aumento de {n} na receita",
        trend_down="Redução de {n} na taxa de cancelamento",
        baseline="Aumentar {m} para {b} (atual: {a})",
        limit_within="Resolver incidentes críticos em até {n}",
        by_hours="Reduzir {m} em {n}",
        under_bound="Manter {m} em no máximo {n}",
        lower_to="Reduzir {m} para {n}",
    ),
    _lang(
        "it",
        DOT,
        "{}%",
        "{} ore",
        "{} €",
        "€",
        (
            "il tasso di conversione",
            "il tempo di risposta",
            "il fatturato",
            "il tasso di abbandono",
        ),
        raise_from_to="Aumentare {m} dal {a} al {b}",
        lower_from_to="Ridurre {m} da {a} a {b}",
        raise_by_pct="Aumentare {m} del {n}",
        lower_by_pct="Ridurre {m} del {n}",
        raise_to_money="Aumentare {m} a {n}",
        at_least="Mantenere {m} ad almeno {n}",
        at_most="Mantenere {m} sotto {n}",
        trend_up="Aumento del {n} del fatturato",
        trend_down="Riduzione del {n} del tasso di abbandono",
        baseline="Aumentare {m} al {b} (attuale: {a})",
        limit_within="Risolvere gli incidenti critici entro {n}",
        by_hours="Ridurre {m} di {n}",
        under_bound="Mantenere {m} al di sotto di {n}",
        lower_to="Ridurre {m} a {n}",
        raise_from_to_article="Aumentare {m} dal {a} al {b}",
    ),
    _lang(
        "nl",
        DOT,
        "{}%",
        "{} uur",
        "€ {}",
        "€",
        ("de conversieratio", "de reactietijd", "de omzet", "het klantverloop"),
        raise_from_to="{m} verhogen van {a} naar {b}",
        lower_from_to="{m} verlagen van {a} naar {b}",
        raise_by_pct="{m} verhogen met {n}",
        lower_by_pct="{m} verlagen met {n}",
        raise_to_money="{m} verhogen naar {n}",
        at_least="{m} op minimaal {n} houden",
        at_most="{m} op maximaal {n} houden",
        trend_up="Stijging van de omzet met {n}",
        trend_down="Daling van het klantverloop met {n}",
        baseline="{m} verhogen naar {b} (huidig: {a})",
        limit_within="Kritieke incidenten binnen {n} oplossen",
        by_hours="{m} met {n} verkorten",
        under_bound="{m} onder {n} houden",
        lower_to="{m} verlagen naar {n}",
    ),
    _lang(
        "pl",
        SPACE,
        "{}%",
        "{} godzin",
        "{} zł",
        "PLN",
        ("współczynnik konwersji", "czas odpowiedzi", "przychód", "wskaźnik rezygnacji"),
        raise_from_to="Zwiększyć {m} z {a} do {b}",
        lower_from_to="Skrócić {m} z {a} do {b}",
        raise_by_pct="Zwiększyć {m} o {n}",
        lower_by_pct="Zmniejszyć {m} o {n}",
        raise_to_money="Zwiększyć {m} do {n}",
        at_least="Utrzymać {m} na poziomie co najmniej {n}",
        at_most="Utrzymać {m} poniżej {n}",
        trend_up="Wzrost przychodu o {n}",
        trend_down="Spadek wskaźnika rezygnacji o {n}",
        baseline="Zwiększyć {m} do {b} (obecnie {a})",
        limit_within="Rozwiązywać krytyczne incydenty w ciągu {n}",
        by_hours="Skrócić {m} o {n}",
        under_bound="Utrzymać {m} poniżej {n}",
        lower_to="Skrócić {m} do {n}",
        trend_down_mid="Spadek wskaźnika rezygnacji o {n}",
    ),
    _lang(
        "ru",
        SPACE,
        "{}%",
        "{} часов",
        "{} ₽",
        "RUB",
        ("конверсию", "время ответа", "выручку", "отток клиентов"),
        raise_from_to="Увеличить {m} с {a} до {b}",
        lower_from_to="Сократить {m} с {a} до {b}",
        raise_by_pct="Увеличить {m} на {n}",
        lower_by_pct="Снизить {m} на {n}",
        raise_to_money="Увеличить {m} до {n}",
        at_least="Удерживать {m} не менее {n}",
        at_most="Удерживать {m} не более {n}",
        trend_up="Рост выручки на {n}",
        trend_down="Снижение оттока клиентов на {n}",
        baseline="Увеличить {m} до {b} (сейчас {a})",
        limit_within="Решать критические инциденты в течение {n}",
        by_hours="Сократить {m} на {n}",
        under_bound="Удерживать {m} ниже {n}",
        lower_to="Сократить {m} до {n}",
    ),
    _lang(
        "tr",
        DOT,
        "%{}",
        "{} saat",
        "{} TL",
        "TRY",
        ("dönüşüm oranını", "yanıt süresini", "geliri", "müşteri kaybını"),
        raise_from_to="{m} {a}'den {b}'e çıkarmak",
        lower_from_to="{m} {a}'ten {b}'e düşürmek",
        raise_by_pct="{m} {n} artırmak",
        lower_by_pct="{m} {n} azaltmak",
        raise_to_money="{m} {n}'ye çıkarmak",
        at_least="Dönüşüm oranını en az {n} seviyesinde tutmak",
        at_most="Yanıt süresini en fazla {n} seviyesinde tutmak",
        trend_up="Gelirde {n} artış",
        trend_down="Müşteri kaybında {n} azalma",
        baseline="{m} {b}'e çıkarmak (mevcut: {a})",
        limit_within="Kritik olayları {n} içinde çözmek",
        by_hours="{m} {n} azaltmak",
        under_bound="{m} {n}in altında tutmak",
        lower_to="{m} {n}e düşürmek",
    ),
    _lang(
        "id",
        DOT,
        "{}%",
        "{} jam",
        "Rp {}",
        "Rp",
        ("tingkat konversi", "waktu respons", "pendapatan", "tingkat churn"),
        raise_from_to="Meningkatkan {m} dari {a} menjadi {b}",
        lower_from_to="Mengurangi {m} dari {a} menjadi {b}",
        raise_by_pct="Meningkatkan {m} sebesar {n}",
        lower_by_pct="Mengurangi {m} sebesar {n}",
        raise_to_money="Meningkatkan {m} menjadi {n}",
        at_least="Mempertahankan {m} minimal {n}",
        at_most="Mempertahankan {m} maksimal {n}",
        trend_up="Kenaikan pendapatan sebesar {n}",
        trend_down="Penurunan tingkat churn sebesar {n}",
        baseline="Meningkatkan {m} menjadi {b} (saat ini {a})",
        limit_within="Menyelesaikan insiden kritis dalam {n}",
        by_hours="Mengurangi {m} sebesar {n}",
        under_bound="Menjaga {m} di bawah {n}",
        lower_to="Mengurangi {m} menjadi {n}",
        trend_up_mid="Pendapatan naik {n}",
    ),
    _lang(
        "vi",
        DOT,
        "{}%",
        "{} giờ",
        "{} đồng",
        "VND",
        ("tỷ lệ chuyển đổi", "thời gian phản hồi", "doanh thu", "tỷ lệ rời bỏ"),
        raise_from_to="Tăng {m} từ {a} lên {b}",
        lower_from_to="Giảm {m} từ {a} xuống {b}",
        raise_by_pct="Tăng {m} thêm {n}",
        lower_by_pct="Giảm {m} {n}",
        raise_to_money="Tăng {m} lên {n}",
        at_least="Duy trì {m} ít nhất {n}",
        at_most="Duy trì {m} không quá {n}",
        trend_up="Tăng trưởng doanh thu {n}",
        trend_down="Tỷ lệ rời bỏ giảm {n}",
        baseline="Tăng {m} lên {b} (hiện tại {a})",
        limit_within="Xử lý sự cố nghiêm trọng trong vòng {n}",
        by_hours="Giảm {m} thêm {n}",
        under_bound="Giữ {m} dưới {n}",
        lower_to="Giảm {m} xuống {n}",
        trend_up_mid="Doanh thu tăng {n}",
    ),
    _lang(
        "zh",
        Notation(group=","),
        "{}%",
        "{}小时",
        "{}元",
        "CNY",
        ("转化率", "响应时间", "收入", "月流失率"),
        raise_from_to="将{m}从{a}提高到{b}",
        lower_from_to="将{m}从{a}降低到{b}",
        raise_by_pct="{m}提高{n}",
        lower_by_pct="{m}降低{n}",
        raise_to_money="将{m}提高到{n}",
        at_least="{m}保持在至少{n}",
        at_most="{m}不超过{n}",
        trend_up="收入增长{n}",
        trend_down="月流失率下降{n}",
        baseline="将{m}提高到{b}（当前{a}）",
        limit_within="在{n}内解决严重事故",
        by_hours="{m}缩短{n}",
        under_bound="{m}低于{n}",
        lower_to="将{m}缩短到{n}",
    ),
    _lang(
        "ja",
        Notation(group=","),
        "{}%",
        "{}時間",
        "{}円",
        "JPY",
        ("コンバージョン率", "応答時間", "売上", "解約率"),
        raise_from_to="{m}を{a}から{b}に向上させる",
        lower_from_to="{m}を{a}から{b}に短縮する",
        raise_by_pct="{m}を{n}増加させる",
        lower_by_pct="{m}を{n}削減する",
        raise_to_money="{m}を{n}に増加させる",
        at_least="{m}を{n}以上に維持する",
        at_most="{m}を{n}以下に維持する",
        trend_up="売上{n}増加",
        trend_down="解約率{n}削減",
        baseline="{m}を{b}に向上させる（現在{a}）",
        limit_within="重大インシデントを{n}以内に解決する",
        by_hours="{m}を{n}短縮する",
        under_bound="{m}を{n}未満に抑える",
        lower_to="{m}を{n}に短縮する",
    ),
    _lang(
        "ko",
        Notation(group=","),
        "{}%",
        "{}시간",
        "{}원",
        "KRW",
        ("전환율", "응답 시간", "매출", "이탈률"),
        raise_from_to="{m}을 {a}에서 {b}로 향상",
        lower_from_to="{m}을 {a}에서 {b}으로 단축",
        raise_by_pct="{m} {n} 증가",
        lower_by_pct="{m} {n} 감소",
        raise_to_money="{m}을 {n}으로 증가",
        at_least="{m} 최소 {n} 유지",
        at_most="{m} 최대 {n} 유지",
        trend_up="매출 {n} 상승",
        trend_down="이탈률 {n} 하락",
        baseline="{m}을 {b}로 향상 (현재 {a})",
        limit_within="중대 장애를 {n} 이내에 해결",
        by_hours="{m} {n} 단축",
        under_bound="{m} {n} 미만 유지",
        lower_to="{m}을 {n}으로 단축",
    ),
    _lang(
        "fa",
        Notation(group="٬", decimal="٫", digits=_PERSIAN),
        "{}٪",
        "{} ساعت",
        "{} ریال",
        "IRR",
        ("نرخ تبدیل", "زمان پاسخ", "درآمد", "نرخ ریزش مشتری"),
        raise_from_to="افزایش {m} از {a} به {b}",
        lower_from_to="کاهش {m} از {a} به {b}",
        raise_by_pct="افزایش {m} به میزان {n}",
        lower_by_pct="کاهش {m} به میزان {n}",
        raise_to_money="افزایش {m} به {n}",
        at_least="حفظ {m} در سطح حداقل {n}",
        at_most="حفظ {m} در سطح حداکثر {n}",
        trend_up="{n} افزایش درآمد",
        trend_down="{n} کاهش نرخ ریزش مشتری",
        baseline="افزایش {m} به {b} (فعلی: {a})",
        limit_within="رفع حوادث بحرانی ظرف {n}",
        by_hours="کاهش {m} به میزان {n}",
        under_bound="حفظ {m} زیر {n}",
        lower_to="کاهش {m} به {n}",
    ),
    _lang(
        "ar",
        Notation(group="٬", decimal="٫", digits=_ARABIC),
        "{}٪",
        "{} ساعة",
        "{} ريال",
        "SAR",
        ("معدل التحويل", "زمن الاستجابة", "الإيرادات", "معدل التسرب"),
        raise_from_to="زيادة {m} من {a} إلى {b}",
        lower_from_to="خفض {m} من {a} إلى {b}",
        raise_by_pct="زيادة {m} بنسبة {n}",
        lower_by_pct="خفض {m} بنسبة {n}",
        raise_to_money="زيادة {m} إلى {n}",
        at_least="الحفاظ على {m} بما لا يقل عن {n}",
        at_most="الحفاظ على {m} بما لا يزيد عن {n}",
        trend_up="ارتفاع الإيرادات بنسبة {n}",
        trend_down="انخفاض معدل التسرب بنسبة {n}",
        baseline="زيادة {m} إلى {b} (حاليا: {a})",
        limit_within="حل الحوادث الحرجة خلال {n}",
        by_hours="خفض {m} بمقدار {n}",
        under_bound="إبقاء {m} أقل من {n}",
        lower_to="خفض {m} إلى {n}",
    ),
)

# The numbers each family is filled with: (a, b) for a move, n for the rest. Percentages
# include decimals; times and money include thousands.
_MOVES = {
    "raise_from_to": ("pct", [(2.5, 4), (12, 18), (40, 55.5)]),
    "lower_from_to": ("hours", [(48, 24), (12, 4), (36, 1.5)]),
    "baseline": ("pct", [(17, 25), (2.5, 3.5)]),
    "raise_from_to_article": ("pct", [(60, 72), (12.5, 15)]),
}
_SINGLE = {
    "raise_by_pct": ("pct", [15, 20, 7.5]),
    "lower_by_pct": ("pct", [10, 30, 12.5]),
    "raise_to_money": ("money", [1500, 250000, 12500]),
    "at_least": ("pct", [95, 99.5, 80]),
    "at_most": ("hours", [4, 24, 1.5]),
    "trend_up": ("pct", [12, 25, 4.5]),
    "trend_down": ("pct", [8, 15, 2.5]),
    "limit_within": ("hours", [4, 24, 1.5]),
    "by_hours": ("hours", [2, 12, 0.5]),
    "under_bound": ("hours", [4, 48, 2.5]),
    "lower_to": ("hours", [4, 24, 1.5]),
    "trend_up_mid": ("pct", [20, 7.5]),
    "trend_down_mid": ("pct", [5, 12.5]),
}
FAMILIES = tuple(_MOVES) + tuple(_SINGLE)


def _render(language: Language, kind: str, value: float) -> str:
    number = language.notation.render(value)
    return {"pct": language.pct, "hours": language.hours, "money": language.money}[kind].format(
        number
    )


def _unit(language: Language, kind: str) -> str:
    return {"pct": "%", "hours": "hours", "money": language.currency}[kind]


_METRIC = {
    "raise_from_to": "up",
    "lower_from_to": "time",
    "baseline": "up",
    "raise_by_pct": "rev",
    "lower_by_pct": "churn",
    "raise_to_money": "rev",
    "at_least": "up",
    "at_most": "time",
    "trend_up": "rev",
    "trend_down": "churn",
    "limit_within": "time",
    "by_hours": "time",
    "under_bound": "time",
    "lower_to": "time",
    "raise_from_to_article": "up",
    "trend_up_mid": "rev",
    "trend_down_mid": "churn",
}


_RELATIVE = ("raise_by_pct", "lower_by_pct", "trend_up", "trend_down", "trend_up_mid")
_RELATIVE += ("trend_down_mid",)


def compose(language: Language, family: str, numbers) -> Phrasing:
    """Return the phrasing of `family` in `language` filled with `numbers` and its labels."""
    template = language.families[family]
    metric = getattr(language, _METRIC[family])
    if family in _MOVES:
        kind = _MOVES[family][0]
        a, b = numbers
        text = template.format(m=metric, a=_render(language, kind, a), b=_render(language, kind, b))
        direction = INCREASE if b > a else DECREASE
        return Phrasing(text, language.code, family, direction, a, b, None, _unit(language, kind))
    kind = _SINGLE[family][0]
    n = numbers
    text = template.format(m=metric, n=_render(language, kind, n))
    text = text[0].upper() + text[1:]
    if family == "by_hours":
        change = {"amount": n, "relative": False}
        return Phrasing(text, language.code, family, DECREASE, None, None, change, "hours")
    if family in _RELATIVE:
        direction = INCREASE if family in ("raise_by_pct", "trend_up", "trend_up_mid") else DECREASE
        change = {"amount": n, "relative": True}
        return Phrasing(text, language.code, family, direction, None, None, change, None)
    direction = {"raise_to_money": INCREASE, "at_least": ABOVE, "lower_to": DECREASE}.get(
        family, BELOW
    )
    return Phrasing(text, language.code, family, direction, None, n, None, _unit(language, kind))


def numbers_for(family: str) -> list:
    """Return the fixed numbers the grid fills `family` with."""
    return (_MOVES.get(family) or _SINGLE[family])[1]


def grid() -> list[Phrasing]:
    """Return every language × family × fixed numbers combination."""
    return [
        compose(language, family, numbers)
        for language, family in product(LANGUAGES, FAMILIES)
        if family in language.families
        for numbers in numbers_for(family)
    ]


# ---------------------------------------------------------------------------------------------
# English, by parts: the verb, the metric, where the number stands, the unit and its shape, the
# bound, the baseline aside and a qualifying number, each chosen independently.


@dataclass(frozen=True)
class Unit:
    """A unit of measure: how a value is written, and the unit label it gives."""

    name: str
    write: str  # "{}%", "${}", "{} hours"
    label: str | None
    up: str  # a higher-is-better metric measured in it
    down: str  # a lower-is-better metric measured in it
    scale: float = 1.0  # the value written is multiplied by it ("$1.2M")


UNITS: tuple[Unit, ...] = (
    Unit("percent", "{}%", "%", "trial-to-paid conversion", "monthly churn"),
    Unit("dollars", "${}", "$", "monthly recurring revenue", "cloud spend"),
    Unit("dollars_k", "${}K", "$", "net new ARR", "infrastructure cost", 1e3),
    Unit("euros_m", "€{}M", "€", "annual revenue", "operating cost", 1e6),
    Unit("pounds_k", "£{}k", "£", "average deal size", "support cost", 1e3),
    Unit("usd_code", "{} USD", "USD", "quarterly bookings", "fraud losses"),
    Unit("eur_code_b", "EUR {}B", "EUR", "gross merchandise volume", "outstanding debt", 1e9),
    Unit("rate_money", "${}K/month", "$", "expansion revenue", "storage cost", 1e3),
    Unit("hours", "{} hours", "hours", "weekly focus time", "first-response time"),
    Unit("minutes", "{} minutes", "minutes", "average session length", "build time"),
    Unit("days", "{} days", "days", "runway", "lead time for changes"),
    Unit("ms", "{}ms", "ms", "cache hit budget", "p95 API latency"),
    Unit("seconds", "{} seconds", "seconds", "time on page", "page load time"),
    Unit("megabytes", "{} MB", "MB", "upload limit", "app bundle size"),
    Unit("kilobytes", "{} KB", "KB", "inline payload budget", "initial JavaScript payload"),
    Unit("terabytes", "{} TB", "TB", "archive capacity", "log storage"),
    Unit("points", "{} points", "points", "NPS", "detractor score"),
)
_UNIT = {unit.name: unit for unit in UNITS}

UP_VERBS = ("Increase", "Grow", "Raise", "Lift", "Boost")
DOWN_VERBS = ("Reduce", "Cut", "Lower", "Decrease", "Shrink")
ABOVE_BOUNDS = ("at least {}", "no less than {}", "{} or more", "above {}", "over {}")
BELOW_BOUNDS = ("no more than {}", "under {}", "below {}", "at most {}", "{} or less")
# Nouns a number counts, placed after it ("300 paying customers" counts customers).
COUNTED = (
    ("paying customers", "customers"),
    ("weekly active users", "users"),
    ("new enterprise customers", "customers"),
    ("qualified leads", "leads"),
    ("merged PRs", "PRs"),
    ("published case studies", "studies"),
)
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    8: "eight",
    10: "ten",
    12: "twelve",
}


def english_number(value: float, shape: str) -> str:
    """Write value as `shape`: plain, comma-grouped, space-grouped, k-suffixed or a word."""
    if shape == "word":
        return NUMBER_WORDS[int(value)]
    if shape == "k" and value >= 1000 and value % 100 == 0:
        return f"{value / 1000:g}k"
    text = f"{value:.10g}"
    whole, _, frac = text.partition(".")
    if shape in ("comma", "space") and len(whole) >= 4:
        whole = f"{int(whole):,}".replace(",", " " if shape == "space" else ",")
    return whole + ("." + frac if frac else "")


def _value(unit: Unit, value: float) -> tuple[str, float]:
    """Return the written value in `unit` and the number it stands for."""
    return unit.write.format(f"{value:g}"), value * unit.scale


def english_moves(unit: Unit, a: float, b: float, verb_at: int = 0) -> list[Phrasing]:
    """Metric named before the numbers: from A to B, to B, to B with a baseline aside, by N."""
    up = b > a
    verbs = UP_VERBS if up else DOWN_VERBS
    verb = verbs[verb_at % len(verbs)]
    metric = unit.up if up else unit.down
    wa, va = _value(unit, a)
    wb, vb = _value(unit, b)
    direction = INCREASE if up else DECREASE
    out = [
        Phrasing(
            f"{verb} {metric} from {wa} to {wb}",
            "en",
            "from_to",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
        Phrasing(
            f"{verb} {metric} to {wb}", "en", "to_target", direction, None, vb, None, unit.label
        ),
        Phrasing(
            f"{verb} {metric} to {wb} (currently {wa})",
            "en",
            "baseline_aside",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
        Phrasing(
            f"{verb} {metric} to {wb} from the current {wa}",
            "en",
            "baseline_current",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
        Phrasing(
            f"{verb} {metric} to {wb} (baseline: {wa})",
            "en",
            "baseline_label",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
    ]
    if up:
        out.append(
            Phrasing(
                f"{verb} {metric} to {wb} (up from {wa})",
                "en",
                "baseline_up_from",
                direction,
                va,
                vb,
                None,
                unit.label,
            )
        )
    if unit.scale == 1 and unit.name not in ("rate_money",):
        change = abs(b - a)
        wc, vc = _value(unit, change)
        if unit.label == "%":
            # "by N%" is relative: its % is not the unit
            out.append(
                Phrasing(
                    f"{verb} {metric} by {wc}",
                    "en",
                    "by_relative",
                    direction,
                    None,
                    None,
                    {"amount": vc, "relative": True},
                    None,
                )
            )
        else:
            out.append(
                Phrasing(
                    f"{verb} {metric} by {wc}",
                    "en",
                    "by_absolute",
                    direction,
                    None,
                    None,
                    {"amount": vc, "relative": False},
                    unit.label,
                )
            )
    return out


def english_bounds(unit: Unit, value: float, bound_at: int = 0) -> list[Phrasing]:
    """Keep a metric above or below a value, the bound in words, symbols or "N+"."""
    written, number = _value(unit, value)
    above = ABOVE_BOUNDS[bound_at % len(ABOVE_BOUNDS)].format(written)
    below = BELOW_BOUNDS[bound_at % len(BELOW_BOUNDS)].format(written)
    return [
        Phrasing(
            f"Keep {unit.up} {above}", "en", "bound_above", ABOVE, None, number, None, unit.label
        ),
        Phrasing(
            f"Keep {unit.down} {below}", "en", "bound_below", BELOW, None, number, None, unit.label
        ),
        Phrasing(
            f"Maintain {unit.down} {below}",
            "en",
            "bound_below",
            BELOW,
            None,
            number,
            None,
            unit.label,
        ),
    ]


def english_trends(metric: str, value: float) -> list[Phrasing]:
    """A stated relative change: "12% increase in M", "a 12% reduction in M", "M up 12%"."""
    change = {"amount": value, "relative": True}
    n = f"{value:g}%"
    return [
        Phrasing(
            f"{n} increase in {metric}", "en", "trend_noun", INCREASE, None, None, change, None
        ),
        Phrasing(
            f"A {n} reduction in {metric}", "en", "trend_noun", DECREASE, None, None, change, None
        ),
        Phrasing(
            f"{metric[0].upper()}{metric[1:]} up {n}",
            "en",
            "trend_up_down",
            INCREASE,
            None,
            None,
            change,
            None,
        ),
        Phrasing(
            f"{metric[0].upper()}{metric[1:]} down {n}",
            "en",
            "trend_up_down",
            DECREASE,
            None,
            None,
            change,
            None,
        ),
    ]


def english_counts(noun: str, label: str, value: float, shape: str) -> list[Phrasing]:
    """A number counting a noun written after it, in a number shape, plain or bounded."""
    written = english_number(value, shape)
    return [
        Phrasing(f"Reach {written} {noun}", "en", "counted", INCREASE, None, value, None, label),
        Phrasing(f"Reach {written}+ {noun}", "en", "counted_plus", ABOVE, None, value, None, label),
        Phrasing(
            f"Reach at least {written} {noun}",
            "en",
            "counted_bound",
            ABOVE,
            None,
            value,
            None,
            label,
        ),
        Phrasing(
            f"Grow {noun} from {english_number(value / 2, shape if shape != 'word' else 'plain')} to {written}",
            "en",
            "counted_from_to",
            INCREASE,
            value / 2,
            value,
            None,
            None,
        ),
    ]


def english_qualified(value: float, limit: float) -> list[Phrasing]:
    """A number that says which items count or by when beside the measure."""
    n = f"{value:g}"
    h = "hour" if limit == 1 else "hours"
    return [
        Phrasing(
            f"Answer {n}% of support tickets within {limit:g} {h}",
            "en",
            "qualifier",
            INCREASE,
            None,
            value,
            None,
            "%",
        ),
        Phrasing(
            f"Resolve {n}% of P1 incidents in under {limit:g} {h}",
            "en",
            "qualifier",
            INCREASE,
            None,
            value,
            None,
            "%",
        ),
        Phrasing(
            f"Onboard {n:s} beta customers for release 4.2",
            "en",
            "qualifier",
            INCREASE,
            None,
            value,
            None,
            "customers",
        ),
        Phrasing(
            f"Grow revenue from the top 10 accounts by {n}%",
            "en",
            "qualifier",
            INCREASE,
            None,
            None,
            {"amount": value, "relative": True},
            None,
        ),
        Phrasing(
            f"Resolve P1 incidents within {limit:g} {h}",
            "en",
            "limit",
            BELOW,
            None,
            limit,
            None,
            "hours",
        ),
        Phrasing(
            f"Never more than {n} open P1 incidents",
            "en",
            "bound_never",
            BELOW,
            None,
            value,
            None,
            "incidents",
        ),
    ]


def english_polarity(unit: Unit, value: float) -> list[Phrasing]:
    """ "Improve" a metric to a value: the direction follows the metric's polarity, written only
    where docs/plaintext.md says which way is better (lower for churn, cost, time, latency …;
    higher otherwise). A time or a size that is better higher ("weekly focus time") and sizes
    and scores without a stated polarity are left out."""
    written, number = _value(unit, value)
    out = []
    if unit.name in _POLARITY_UP:
        out.append(
            Phrasing(
                f"Improve {unit.up} to {written}",
                "en",
                "improve",
                INCREASE,
                None,
                number,
                None,
                unit.label,
            )
        )
    if unit.name in _POLARITY_DOWN:
        out.append(
            Phrasing(
                f"Improve {unit.down} to {written}",
                "en",
                "improve",
                DECREASE,
                None,
                number,
                None,
                unit.label,
            )
        )
    return out


_POLARITY_UP = ("percent", "dollars", "dollars_k", "euros_m", "pounds_k", "usd_code", "eur_code_b")
_POLARITY_DOWN = (
    "percent",
    "dollars_k",
    "euros_m",
    "pounds_k",
    "hours",
    "minutes",
    "days",
    "ms",
    "seconds",
)


SYMBOL_BOUNDS = (
    (">= {}", ABOVE),
    ("≥ {}", ABOVE),
    ("> {}", ABOVE),
    ("<= {}", BELOW),
    ("≤ {}", BELOW),
    ("< {}", BELOW),
)


def english_symbols(unit: Unit, value: float) -> list[Phrasing]:
    """A metric, a comparison sign and a value: "p95 API latency < 300ms"."""
    written, number = _value(unit, value)
    out = []
    for sign, direction in SYMBOL_BOUNDS:
        metric = unit.up if direction == ABOVE else unit.down
        text = f"{metric[0].upper()}{metric[1:]} {sign.format(written)}"
        out.append(Phrasing(text, "en", "symbol_bound", direction, None, number, None, unit.label))
    return out


def english_rates_and_asides(value: int) -> list[Phrasing]:
    """A count per period, "fewer than", a baseline "about N", and "(from N teams)" (where the
    items come from, not a start)."""
    return [
        Phrasing(
            f"Publish {value} blog posts per week",
            "en",
            "rate",
            INCREASE,
            None,
            value,
            None,
            "posts",
        ),
        Phrasing(
            f"Ship {value} releases/week", "en", "rate", INCREASE, None, value, None, "releases"
        ),
        Phrasing(
            f"Fewer than {value} escaped defects per release",
            "en",
            "fewer_than",
            BELOW,
            None,
            value,
            None,
            "defects",
        ),
        Phrasing(
            f"Reach {value * 2} paying teams (currently about {value})",
            "en",
            "baseline_about",
            INCREASE,
            value,
            value * 2,
            None,
            "teams",
        ),
        Phrasing(
            f"Sign {value * 2} reseller agreements (from {value} regions)",
            "en",
            "aside_other_items",
            INCREASE,
            None,
            value * 2,
            None,
            "agreements",
        ),
    ]


def english_decimal_commas(value: float) -> list[Phrasing]:
    """A decimal comma in English text, where it cannot group thousands: one or two digits
    before a percent sign or a scale ("2,5%", "€1,5M", "1,25 million downloads")."""
    comma = f"{value:g}".replace(".", ",")
    return [
        Phrasing(
            f"Increase trial conversion to {comma}%",
            "en",
            "decimal_comma",
            INCREASE,
            None,
            value,
            None,
            "%",
        ),
        Phrasing(
            f"Grow ARR to €{comma}M", "en", "decimal_comma", INCREASE, None, value * 1e6, None, "€"
        ),
        Phrasing(
            f"Reach {comma} million downloads",
            "en",
            "decimal_comma",
            INCREASE,
            None,
            value * 1e6,
            None,
            "downloads",
        ),
    ]


_MOVE_PAIRS = ((12, 18), (40, 25), (2.5, 4), (1200, 1500), (300, 200))
_SHAPES = ("plain", "comma", "space", "k")


def extra() -> list[Phrasing]:
    """Return the English combinations (units × moves, bounds, trends, counts, qualifiers)."""
    out: list[Phrasing] = []
    for i, (unit, (a, b)) in enumerate(product(UNITS, _MOVE_PAIRS)):
        out += english_moves(unit, a, b, verb_at=i)
    for i, (unit, value) in enumerate(product(UNITS, (5, 99.5, 250))):
        out += english_bounds(unit, value, bound_at=i)
    for metric, value in product(("weekly sign-ups", "support backlog", "cloud spend"), (12, 7.5)):
        out += english_trends(metric, value)
    for (noun, label), shape in product(COUNTED, _SHAPES):
        for value in (12, 2500, 40000):
            out += english_counts(noun, label, value, shape)
    for (noun, label), value in product(COUNTED[:3], (2, 3, 12)):
        out += english_counts(noun, label, value, "word")
    for value, limit in product((90, 95, 12), (1, 4, 12)):
        out += english_qualified(value, limit)
    for unit, value in product(UNITS, (15, 2.5)):
        out += english_polarity(unit, value) + english_symbols(unit, value)
    for value in (3, 12, 40):
        out += english_rates_and_asides(value)
    for value in (1.5, 2.25, 12.5, 0.75):
        out += english_decimal_commas(value)
    return out


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
        a, b = _render(language, "pct", 12), _render(language, "pct", 18.5)
        for verb in up_verbs:
            text = up_template.format(v=verb, m=language.up, a=a, b=b)
            text = text[0].upper() + text[1:]
            out.append(Phrasing(text, language.code, "raise_verbs", INCREASE, 12, 18.5, None, "%"))
        a, b = _render(language, "hours", 48), _render(language, "hours", 6)
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
        n = _render(language, "pct", 15)
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
# nouns and the CJK measure words are not units. Left out: German, Dutch, Indonesian,
# Vietnamese, Persian and Arabic (no convention says), and Italian, whose plurals do not end in
# -s: the docs count the noun first in Italian too, a seventh-round test reads "100 nuovi
# clienti" without a unit.
COUNTS = {
    "fr": ("Atteindre {n} clients payants", "clients"),
    "es": ("Alcanzar {n} clientes de pago", "clientes"),
    "pt": ("Alcançar {n} clientes pagantes", "clientes"),
    "ru": ("Привлечь {n} платящих клиентов", None),
    "pl": ("Pozyskać {n} płacących klientów", None),
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
        pct, hours = _render(language, "pct", 99.5), _render(language, "hours", 4)
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
        ("zh", "将收入提高到{a}亿{b}万元", "CNY"),
        ("ja", "売上を{a}億{b}万円に増加させる", "JPY"),
        ("ko", "매출을 {a}억 {b}만원으로 증가", "KRW"),
    ):
        for a, b in ((1, 2000), (3, 500), (12, 5000)):
            text = template.format(a=a, b=b)
            out.append(
                Phrasing(text, code, "scaled_money", INCREASE, None, a * 1e8 + b * 1e4, None, unit)
            )
    return out
