"""Key results composed by construction, labelled by docs/coach.md's convention (not shipped).

Each family is a shape the convention decides, written in the languages the text layer knows:

- ``counted`` (activity): a count of the team's own work after any verb ("Do 6 demos per
  week", "Speak at 8 conferences", "Host 12 meetups"); a floor on it is still work;
- ``output`` (activity): an output reported after its count, no leading verb ("3 case studies
  shipped", "5 engineers hired");
- ``move`` (outcome): a metric moved to a target, from a baseline or by a change;
- ``bound`` (outcome): a metric held above or below a level ("NPS above 40");
- ``granted`` (outcome): a state others grant ("Pentest passed", "ISO 27001 certification",
  "Contract with a regional distributor");
- ``vague`` (vague): a metric or quality without a target ("Improve retention", "Increase
  NPS").

Left out because the convention leaves them unclear (docs/coach.md, "Ninth round"): "approved
by" a named person (the team's gate or others' judgement), service levels on the team's own
process ("Triage all bugs within one week"), product capabilities ("Users can export …"),
shares of the team's own items having something ("100% of services have runbooks"), and
"visit N partners" against "onboard N partners" in languages whose verbs the text layer does not
tell apart.

`python -m tests.coach.phrasings [-v] [--fresh]` prints how the coach does per language and
family (-v lists the misses; --fresh measures the second batch, `tests.coach.phrasings_fresh`).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

KIND = {
    "counted": "activity",
    "output": "activity",
    "move": "outcome",
    "bound": "outcome",
    "granted": "outcome",
    "vague": "vague",
}

# {n}: a count (2–40); {lo} < {hi}: the two ends of a move (percent-safe, ≤ 80).
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "counted": (
            "Do {n} customer demos per week",
            "Speak at {n} conferences",
            "Host {n} meetups",
            "Run {n} customer workshops",
            "Publish {n} blog posts",
            "Write {n} case studies",
            "Give {n} talks at industry events",
            "Hold {n} webinars this quarter",
            "Record {n} podcast episodes",
            "Organise {n} hackathons",
            "Attend {n} trade fairs",
            "Send {n} newsletters",
            "Make {n} sales calls per day",
            "Conduct {n} user interviews",
            "Deliver {n} training sessions",
            "Launch {n} marketing campaigns",
            "Submit {n} grant applications",
            "Produce {n} explainer videos",
            "Do at least {n} demos a month",
            "Host {n}+ community events",
            "Interview {n} candidates",
            "Teach {n} classes",
        ),
        "output": (
            "{n} case studies shipped",
            "{n} engineers hired",
            "{n} blog posts published",
            "{n} webinars held",
            "{n} workshops run",
            "{n} demos delivered",
            "{n} talks given",
            "{n} podcast episodes recorded",
            "{n} tutorials written",
            "{n} new features released",
            "{n} newsletters sent",
            "{n} hackathons organised",
            "{n} grant applications submitted",
            "{n} support engineers trained",
            "{n} sales calls made",
            "{n} explainer videos produced",
        ),
        "move": (
            "Cut churn from {hi}% to {lo}%",
            "Reduce first-response time from {hi} hours to {lo} hours",
            "Grow weekly active users from {lo}00 to {hi}00",
            "Increase NPS from {lo} to {hi}",
            "Raise trial-to-paid conversion from {lo}% to {hi}%",
            "Increase activation by {n}%",
            "Grow revenue by {n}%",
            "Lower cost per lead from ${hi} to ${lo}",
        ),
        "bound": (
            "NPS above {n}",
            "Churn below {n}%",
            "Keep uptime at least 99.9%",
            "p95 latency under {n}0 ms",
            "Customer satisfaction of at least {n}%",
        ),
        "granted": (
            "Pentest passed",
            "SOC 2 audit passed",
            "Security audit passed",
            "Have a signed offer by end of Q2",
            "ISO 27001 certification",
            "Contract with a regional distributor",
            "Partnership agreement signed",
            "Series A term sheet signed",
            "Pricing model confirmed with the leadership team",
            "Ranked #1 in onboarding speed",
        ),
        "vague": (
            "Improve retention",
            "Enhance the developer experience",
            "Optimise the checkout flow",
            "Boost brand awareness",
            "Increase customer satisfaction",
            "Reduce churn",
            "Grow revenue",
            "Increase NPS",
        ),
    },
    "de": {
        "counted": (
            "{n} Kundendemos pro Woche durchführen",
            "Auf {n} Konferenzen sprechen",
            "{n} Meetups veranstalten",
            "{n} Blogartikel veröffentlichen",
            "{n} Workshops mit Kunden durchführen",
            "{n} Fallstudien schreiben",
        ),
        "output": (
            "{n} Fallstudien veröffentlicht",
            "{n} Entwickler eingestellt",
            "{n} Webinare durchgeführt",
            "{n} Blogartikel geschrieben",
        ),
        "move": (
            "Churn von {hi}% auf {lo}% senken",
            "Umsatz um {n}% steigern",
            "NPS von {lo} auf {hi} erhöhen",
            "Antwortzeit von {hi} auf {lo} Stunden reduzieren",
        ),
        "bound": ("NPS über {n}", "Churn unter {n}%", "Verfügbarkeit mindestens 99,9%"),
        "granted": (
            "Prüfung bestanden",
            "Sicherheitsaudit bestanden",
            "Vertrag mit einem regionalen Händler",
        ),
        "vague": (
            "Kundenzufriedenheit verbessern",
            "Die Entwicklererfahrung verbessern",
            "Onboarding optimieren",
        ),
    },
    "fr": {
        "counted": (
            "Réaliser {n} démos clients par semaine",
            "Intervenir dans {n} conférences",
            "Organiser {n} meetups",
            "Publier {n} articles de blog",
            "Animer {n} ateliers clients",
            "Rédiger {n} études de cas",
        ),
        "output": (
            "{n} études de cas publiées",
            "{n} ingénieurs recrutés",
            "{n} webinaires organisés",
            "{n} ateliers animés",
        ),
        "move": (
            "Réduire le churn de {hi}% à {lo}%",
            "Augmenter le chiffre d'affaires de {n}%",
            "Faire passer le NPS de {lo} à {hi}",
            "Réduire le temps de réponse de {hi} à {lo} heures",
        ),
        "bound": (
            "NPS supérieur à {n}",
            "Churn inférieur à {n}%",
            "Disponibilité d'au moins 99,9%",
        ),
        "granted": ("Audit de sécurité réussi", "Contrat avec un distributeur régional"),
        "vague": (
            "Améliorer la satisfaction client",
            "Optimiser le tunnel de paiement",
            "Améliorer l'expérience développeur",
        ),
    },
    "es": {
        "counted": (
            "Hacer {n} demos a clientes por semana",
            "Dar {n} charlas en conferencias",
            "Organizar {n} meetups",
            "Publicar {n} artículos en el blog",
            "Realizar {n} talleres con clientes",
            "Escribir {n} casos de estudio",
        ),
        "output": (
            "{n} casos de estudio publicados",
            "{n} ingenieros contratados",
            "{n} webinars realizados",
            "{n} talleres organizados",
        ),
        "move": (
            "Reducir el churn del {hi}% al {lo}%",
            "Aumentar los ingresos un {n}%",
            "Aumentar el NPS de {lo} a {hi}",
            "Reducir el tiempo de respuesta de {hi} a {lo} horas",
        ),
        "bound": (
            "NPS superior a {n}",
            "Churn inferior al {n}%",
            "Disponibilidad de al menos 99,9%",
        ),
        "granted": (
            "Auditoría externa aprobada",
            "Acuerdo con una distribuidora regional",
            "Certificación ISO 27001",
        ),
        "vague": (
            "Mejorar la satisfacción del cliente",
            "Optimizar el proceso de pago",
            "Mejorar la experiencia de usuario",
        ),
    },
    "pt": {
        "counted": (
            "Fazer {n} demos para clientes por semana",
            "Palestrar em {n} conferências",
            "Organizar {n} meetups",
            "Publicar {n} artigos no blog",
            "Realizar {n} workshops com clientes",
            "Escrever {n} estudos de caso",
        ),
        "output": (
            "{n} estudos de caso publicados",
            "{n} engenheiros contratados",
            "{n} webinars realizados",
            "{n} workshops organizados",
        ),
        "move": (
            "Reduzir o churn de {hi}% para {lo}%",
            "Aumentar a receita em {n}%",
            "Aumentar o NPS de {lo} para {hi}",
            "Reduzir o tempo de resposta de {hi} para {lo} horas",
        ),
        "bound": (
            "NPS acima de {n}",
            "Churn abaixo de {n}%",
            "Disponibilidade de pelo menos 99,9%",
        ),
        "granted": (
            "Pentest aprovado",
            "Auditoria de segurança aprovada",
            "Acordo com a distribuidora regional",
            "Certificação ISO 27001",
        ),
        "vague": (
            "Melhorar a satisfação dos clientes",
            "Otimizar o checkout",
            "Melhorar a experiência do usuário",
        ),
    },
    "it": {
        "counted": (
            "Fare {n} demo ai clienti a settimana",
            "Parlare a {n} conferenze",
            "Organizzare {n} meetup",
            "Pubblicare {n} articoli sul blog",
            "Condurre {n} workshop con i clienti",
            "Scrivere {n} casi di studio",
        ),
        "output": (
            "{n} casi di studio pubblicati",
            "{n} ingegneri assunti",
            "{n} webinar organizzati",
            "{n} articoli pubblicati",
        ),
        "move": (
            "Ridurre il churn dal {hi}% al {lo}%",
            "Aumentare il fatturato del {n}%",
            "Aumentare l'NPS da {lo} a {hi}",
            "Ridurre il tempo di risposta da {hi} a {lo} ore",
        ),
        "bound": ("NPS superiore a {n}", "Churn inferiore al {n}%", "Disponibilità almeno 99,9%"),
        "granted": ("Audit di sicurezza superato", "Accordo con un distributore regionale"),
        "vague": (
            "Migliorare la soddisfazione dei clienti",
            "Ottimizzare il processo di checkout",
            "Migliorare l'esperienza utente",
        ),
    },
    "nl": {
        "counted": (
            "{n} klantdemo's per week geven",
            "Spreken op {n} conferenties",
            "{n} meetups organiseren",
            "{n} blogposts publiceren",
            "{n} workshops met klanten uitvoeren",
            "{n} casestudies schrijven",
        ),
        "output": (
            "{n} casestudies gepubliceerd",
            "{n} engineers aangenomen",
            "{n} webinars georganiseerd",
            "{n} blogposts geschreven",
        ),
        "move": (
            "Churn verlagen van {hi}% naar {lo}%",
            "Omzet met {n}% verhogen",
            "NPS verhogen van {lo} naar {hi}",
            "Reactietijd verlagen van {hi} naar {lo} uur",
        ),
        "bound": ("NPS boven {n}", "Churn onder {n}%", "Beschikbaarheid minimaal 99,9%"),
        "granted": ("Beveiligingsaudit geslaagd", "Contract met een regionale distributeur"),
        "vague": (
            "Klanttevredenheid verbeteren",
            "Het afrekenproces optimaliseren",
            "De gebruikerservaring verbeteren",
        ),
    },
    "pl": {
        "counted": (
            "Przeprowadzić {n} demo dla klientów tygodniowo",
            "Wystąpić na {n} konferencjach",
            "Zorganizować {n} meetupów",
            "Opublikować {n} artykułów na blogu",
            "Napisać {n} studiów przypadku",
            "Przeprowadzić {n} warsztatów z klientami",
        ),
        "output": (
            "{n} artykuły opublikowane",
            "{n} warsztaty przeprowadzone",
            "{n} nowe funkcje wdrożone",
        ),
        "move": (
            "Zmniejszyć churn z {hi}% do {lo}%",
            "Zwiększyć przychody o {n}%",
            "Zwiększyć NPS z {lo} do {hi}",
            "Skrócić czas odpowiedzi z {hi} do {lo} godzin",
        ),
        "bound": ("NPS powyżej {n}", "Churn poniżej {n}%", "Dostępność co najmniej 99,9%"),
        "granted": ("Audyt bezpieczeństwa zaliczony", "Umowa z regionalnym dystrybutorem"),
        "vague": (
            "Poprawić satysfakcję klientów",
            "Zoptymalizować proces płatności",
            "Poprawić doświadczenie użytkowników",
        ),
    },
    "ru": {
        "counted": (
            "Провести {n} демо для клиентов в неделю",
            "Выступить на {n} конференциях",
            "Организовать {n} митапов",
            "Опубликовать {n} статей в блоге",
            "Провести {n} воркшопов с клиентами",
            "Написать {n} кейсов",
        ),
        "output": (
            "{n} статей опубликовано",
            "{n} воркшопов проведено",
            "{n} инженеров нанято",
            "{n} новых функций выпущено",
        ),
        "move": (
            "Снизить отток с {hi}% до {lo}%",
            "Увеличить выручку на {n}%",
            "Повысить NPS с {lo} до {hi}",
            "Сократить время ответа с {hi} до {lo} часов",
        ),
        "bound": ("NPS выше {n}", "Отток ниже {n}%", "Доступность не менее 99,9%"),
        "granted": ("Аудит безопасности пройден", "Договор с региональным дистрибьютором"),
        "vague": (
            "Улучшить удовлетворённость клиентов",
            "Оптимизировать процесс оплаты",
            "Улучшить пользовательский опыт",
        ),
    },
    "tr": {
        "counted": (
            "Haftada {n} müşteri demosu yapmak",
            "{n} konferansta konuşmak",
            "{n} meetup düzenlemek",
            "{n} blog yazısı yayınlamak",
            "{n} müşteri atölyesi düzenlemek",
            "{n} vaka çalışması yazmak",
        ),
        "output": (
            "{n} blog yazısı yayınlandı",
            "{n} atölye düzenlendi",
            "{n} mühendis işe alındı",
            "{n} vaka çalışması tamamlandı",
        ),
        "move": (
            "Geliri %{n} artırmak",
            "Yanıt süresini {hi} saatten {lo} saate düşürmek",
            "Aktif kullanıcı sayısını {lo}00'den {hi}00'e çıkarmak",
        ),
        "bound": ("NPS {n} üzerinde", "Churn %{n} altında", "Erişilebilirlik en az %99,9"),
        "granted": ("Güvenlik denetimi geçildi", "Bölgesel distribütörle sözleşme"),
        "vague": (
            "Müşteri memnuniyetini iyileştirmek",
            "Ödeme sürecini optimize etmek",
            "Kullanıcı deneyimini geliştirmek",
        ),
    },
    "zh": {
        "counted": (
            "每周做{n}场客户演示",
            "在{n}场大会上演讲",
            "举办{n}场线下聚会",
            "发布{n}篇博客文章",
            "开展{n}场客户工作坊",
            "撰写{n}篇案例研究",
            "招聘{n}名工程师",
        ),
        "output": ("{n}篇博客文章已发布", "{n}场研讨会已举办", "{n}个新功能已上线"),
        "move": (
            "将客户流失率从{hi}%降低到{lo}%",
            "收入增长{n}%",
            "将NPS从{lo}提升到{hi}",
            "将响应时间从{hi}小时缩短到{lo}小时",
        ),
        "bound": ("NPS高于{n}", "流失率低于{n}%", "可用性至少99.9%"),
        "granted": ("安全审计通过", "通过ISO 27001认证"),
        "vague": ("提升客户满意度", "优化结账流程", "改善用户体验"),
    },
    "ja": {
        "counted": (
            "毎週{n}件の顧客デモを実施する",
            "{n}件のカンファレンスで登壇する",
            "{n}回のミートアップを開催する",
            "ブログ記事を{n}本公開する",
            "{n}本の事例記事を執筆する",
        ),
        "output": ("ブログ記事{n}本公開", "ウェビナー{n}回開催"),
        "move": (
            "解約率を{hi}%から{lo}%に下げる",
            "売上を{n}%増やす",
            "NPSを{lo}から{hi}に上げる",
            "応答時間を{hi}時間から{lo}時間に短縮する",
        ),
        "bound": ("NPS {n}以上", "解約率{n}%未満", "稼働率99.9%以上"),
        "granted": ("セキュリティ監査に合格", "ISO 27001認証を取得"),
        "vague": ("顧客満足度を向上させる", "決済フローを最適化する", "ユーザー体験を改善する"),
    },
    "ko": {
        "counted": (
            "주 {n}회 고객 데모 진행",
            "{n}개 컨퍼런스에서 발표",
            "밋업 {n}회 개최",
            "블로그 글 {n}편 작성",
            "고객 워크숍 {n}회 진행",
            "사례 연구 {n}건 작성",
        ),
        "output": ("블로그 글 {n}편 발행 완료", "엔지니어 {n}명 채용 완료"),
        "move": (
            "이탈률을 {hi}%에서 {lo}%로 감소",
            "매출 {n}% 증가",
            "NPS를 {lo}에서 {hi}로 향상",
            "응답 시간을 {hi}시간에서 {lo}시간으로 단축",
        ),
        "bound": ("NPS {n} 이상", "이탈률 {n}% 이하", "가용성 99.9% 이상"),
        "granted": ("보안 감사 통과", "ISO 27001 인증 획득"),
        "vague": ("고객 만족도 향상", "결제 프로세스 최적화", "사용자 경험 개선"),
    },
    "fa": {
        "counted": (
            "برگزاری {n} وبینار در هر فصل",
            "انتشار {n} مقاله در وبلاگ",
            "انجام {n} دمو برای مشتریان در هفته",
            "سخنرانی در {n} کنفرانس",
        ),
        "output": ("{n} مقاله منتشر شد", "{n} مهندس استخدام شد"),
        "move": (
            "کاهش نرخ ریزش از {hi}% به {lo}%",
            "افزایش درآمد به میزان {n}%",
            "افزایش NPS از {lo} به {hi}",
        ),
        "bound": ("NPS بالای {n}", "نرخ ریزش کمتر از {n}%"),
        "granted": ("قرارداد با توزیع‌کننده منطقه‌ای",),
        "vague": ("بهبود رضایت مشتری", "بهینه‌سازی فرآیند پرداخت"),
    },
}
# How each language writes a floor on a count and a timeframe, and whether the timeframe opens
# the sentence (verb-last languages) or closes it.
DECOR: dict[str, tuple[str, str, bool]] = {
    "en": ("at least {n}", "by the end of Q3", False),
    "de": ("mindestens {n}", "Bis Ende Q3", True),
    "fr": ("au moins {n}", "d'ici fin septembre", False),
    "es": ("al menos {n}", "antes de fin de año", False),
    "pt": ("pelo menos {n}", "até o fim do trimestre", False),
    "it": ("almeno {n}", "entro fine anno", False),
    "nl": ("minstens {n}", "Voor eind Q3", True),
    "pl": ("co najmniej {n}", "do końca roku", False),
    "ru": ("не менее {n}", "до конца квартала", False),
    "tr": ("en az {n}", "Yıl sonuna kadar", True),
    "zh": ("至少{n}", "年底前", True),
    "ja": ("少なくとも{n}", "年末までに", True),
    "ko": ("최소 {n}", "연말까지", True),
    "fa": ("حداقل {n}", "تا پایان سال", False),
}
LANGUAGES = tuple(TEMPLATES)
FAMILIES = tuple(KIND)


@dataclass(frozen=True)
class Phrasing:
    """One composed key result and its label by construction."""

    text: str
    kind: str
    family: str
    language: str
    template: str


def compose(
    language: str,
    family: str,
    index: int,
    n: int = 6,
    lo: int = 12,
    *,
    floor: bool = False,
    timeframe: bool = False,
    table: dict | None = None,
    label: str = "",
) -> Phrasing:
    """Return template `index` of a language and family with its numbers filled in; `floor`
    writes a count of work as "at least N" (still work), `timeframe` adds a deadline, `label`
    goes before a colon ("Marketing: …", "KR2: …")."""
    template = (table or TEMPLATES)[language][family][index]
    hi = min(lo * 2, 80)
    floor_form, deadline, deadline_first = DECOR[language]
    count = floor_form.format(n=n) if floor and family in ("counted", "output") else str(n)
    opens = not (timeframe and deadline_first)
    if (
        opens
        and floor
        and family == "output"
        and template.startswith("{n}")
        and language not in _CJK
    ):
        count = count[:1].upper() + count[1:]
    text = template.format(n=count, lo=lo, hi=hi)
    if timeframe:
        if deadline_first:
            joiner = "" if language in _CJK else " "
            first = text[:1].lower() if language in ("nl", "tr") else text[:1]
            text = f"{deadline}{joiner}{first}{text[1:]}"
        else:
            text = f"{text} {deadline}"
    if label:
        text = f"{label}: {text[:1].upper()}{text[1:]}"
    return Phrasing(text, KIND[family], family, language, template)


_CJK = frozenset(["zh", "ja"])


def templates(table: dict | None = None) -> list[tuple[str, str, int]]:
    """Return (language, family, index) for every template."""
    return [
        (language, family, i)
        for language, families in (table or TEMPLATES).items()
        for family, texts in families.items()
        for i in range(len(texts))
    ]


def template_params(table: dict, left: frozenset | set = frozenset()) -> list:
    """Return a pytest parameter per template of the batch, the ones in `left` strict xfails
    (templates whose labels the rules leave alone, each with its reason in the test module)."""
    import pytest

    return [
        pytest.param(
            *t, id="-".join(map(str, t)), marks=[pytest.mark.xfail(strict=True)] * (t in left)
        )
        for t in templates(table)
    ]


def codes(text: str) -> set[str]:
    """Return the codes of the coach's findings on one key result sentence."""
    from cairn.coach import review_sentence

    return {f.code for f in review_sentence(text)}


def assert_result(text: str) -> None:
    """Assert the coach reads the sentence as an outcome (neither KR102 nor KR104)."""
    assert not {"KR102", "KR104"} & codes(text), text


def assert_work(text: str) -> None:
    """Assert the coach flags the sentence as an activity (KR102)."""
    assert "KR102" in codes(text), text


def reading(text: str):
    """Return the Reading the coach's work rules see for a sentence."""
    from cairn.coach.work_rules import Reading
    from cairn.text.key_result_parser import leading_verb, parse_key_result
    from cairn.text.languages import localise

    english = localise(text)
    return Reading(text, english, parse_key_result(text), leading_verb(english))


def flagged(text: str) -> bool:
    """Return True when the coach flags the sentence as an activity or as vague."""
    return bool({"KR102", "KR104"} & codes(text))


def coach_right(phrasing: Phrasing) -> bool:
    """Return True when the coach treats the phrasing as its label says (bench.coach_accuracy)."""
    found = codes(phrasing.text)
    if phrasing.kind == "outcome":
        return not {"KR102", "KR104"} & found
    if phrasing.kind == "activity":
        return "KR102" in found
    return bool({"KR104", "KR101"} & found)


VARIANTS = (
    (3, 8, False, False, ""),
    (6, 12, True, False, ""),
    (25, 30, False, True, ""),
    (12, 20, True, True, ""),
    (4, 10, False, False, "Marketing"),
    (9, 16, True, True, "KR2"),
)
LABELS = ("", "Marketing", "KR2", "Q3 Sales", "Team")


def variants(language: str, family: str, index: int, table: dict | None = None) -> list[Phrasing]:
    """Return a template's composed forms: plain, with a floor, a deadline, both, a label."""
    return [
        compose(
            language,
            family,
            index,
            n,
            lo,
            floor=floor,
            timeframe=timeframe,
            table=table,
            label=label,
        )
        for n, lo, floor, timeframe, label in VARIANTS
    ]


def measure(table: dict | None = None) -> dict:
    """Return {(language, family): (right, total)} over every template and its variants."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for language, family, i in templates(table):
        for phrasing in variants(language, family, i, table):
            counts[language, family]["total"] += 1
            counts[language, family]["right"] += coach_right(phrasing)
    return {key: (c["right"], c["total"]) for key, c in counts.items()}


def main(
    argv: list[str] | None = None, table: dict | None = None, families: tuple[str, ...] = ()
) -> int:
    """Print the share the coach gets right per language and family (and misses with -v).

    `table` and `families`: a later batch's templates (tests.coach.phrasings_tenth …); the first
    batch by default, or the second with --fresh.
    """
    args = sys.argv[1:] if argv is None else argv
    if table is None and "--fresh" in args:  # the second batch, written after the rules
        from tests.coach.phrasings_fresh import FRESH as table
    families = families or FAMILIES
    result = measure(table)
    print(f"{'lang':<5}" + "".join(f"{f:>10}" for f in families) + f"{'all':>10}")
    for language in table or LANGUAGES:
        cells, right, total = [], 0, 0
        for family in families:
            r, t = result.get((language, family), (0, 0))
            right, total = right + r, total + t
            cells.append(f"{r}/{t}" if t else "-")
        print(f"{language:<5}" + "".join(f"{c:>10}" for c in cells) + f"{right}/{total}".rjust(10))
    flagged = [result[k] for k in result if KIND[k[1]] != "outcome"]
    outcomes = [result[k] for k in result if KIND[k[1]] == "outcome"]
    caught, wrong = sum(r for r, _ in flagged), sum(t - r for r, t in outcomes)
    print(
        f"activity+vague caught {caught}/{sum(t for _, t in flagged)}, "
        f"outcomes wrongly flagged {wrong}/{sum(t for _, t in outcomes)}"
    )
    if "-v" in args:
        for language, family, i in templates(table):
            for phrasing in variants(language, family, i, table):
                if not coach_right(phrasing):
                    print(f"- {language} {family} ({phrasing.kind}): {phrasing.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
