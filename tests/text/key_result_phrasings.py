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
        "元",  # seventeenth round: as written
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
        "円",  # seventeenth round: as written
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
        "원",  # seventeenth round: as written
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


def render(language: Language, kind: str, value: float) -> str:
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
        text = template.format(m=metric, a=render(language, kind, a), b=render(language, kind, b))
        direction = INCREASE if b > a else DECREASE
        return Phrasing(text, language.code, family, direction, a, b, None, _unit(language, kind))
    kind = _SINGLE[family][0]
    n = numbers
    text = template.format(m=metric, n=render(language, kind, n))
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
