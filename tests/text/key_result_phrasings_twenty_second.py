"""Twenty-second-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. The family is the
unit of a count, the largest cause of misses in first runs on held-out sets (rounds 19, 20 and
22); labels follow the conventions of docs/plaintext.md, never what the parser answers:

- a scale word and its link before the noun: "2 millones de usuarios" counts usuarios;
- Romance adjectives written before the noun: "10 potenciais clientes" counts clientes;
- German adjectives before the capitalised noun, kept as written: "500 qualifizierte Leads";
- Czech and Slovak nouns as written, case included, past adjectives: "50 nových klientů";
- Korean: the noun before the closing verbal noun, "100만 웹 방문자 유치" (방문자);
- Norwegian and Danish plurals past adjectives in -e: "1000 nye følgere"; Dutch told by
  "nieuwe" in a short sentence: "Sluit 10 nieuwe contracten";
- English: a singular counted per period is a plural unit, "<5 unassigned incident per day";
- Chinese currency names after an amount, as written: "500万人民币";
- an English loan compound before an Italian participle: "50 case study pubblicati";
- French elision and Italian loans: "2 millions d'utilisateurs", "10 mila follower".

And the other value fields of the first runs:

- a verb of exceeding is a floor ("Superar los 500 clientes"), denied a ceiling ("Ninguna
  región supera el 15%", "Latencia no debe superar 500 ms"), "only" before the value a
  ceiling ("Nur 10% der Neueinstellungen verlassen …");
- a baseline aside written "contre"/"contra" or with an apostrophe ("(vs 30% aujourd’hui)");
- English counted phrases: the plural before "of" ("500 lines of custom styles"), a change word
  as a modifier ("10 personal growth podcasts": no change), an acronym before nouns ("SQL
  injection vulnerabilities"), "criteria" a plural;
- "more", "better", "fewer" in the tables' languages give a direction without a number
  ("Generar más leads"); a duration after a plural with "of/de … more than" says which items
  count ("renovaciones de contratos de más de 1 año": no value);
- a bare bound after a relative clause bounds the head ("NPS from users who completed
  activation ≥8"); a Chinese change verb before 率 is a noun ("用户增长率达到10%": to 10%).

Each family carries near misses that keep no unit (a counter, a period, a verb after the
number) in `near_misses()`.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. A scale word and its link: the noun after "de/di/of" is counted.

SCALE_LINKS = (
    ("Alcanzar {n} millones de usuarios activos", "es", "usuarios"),
    ("Conseguir {n} millones de visitas en la web", "es", "visitas"),
    ("Atingir {n} milhões de usuários ativos", "pt", "usuários"),
    ("Alcançar {n} milhões de downloads do aplicativo", "pt", "downloads"),
    ("Raggiungere {n} milioni di utenti attivi", "it", "utenti"),
    ("Atteindre {n} millions de visiteurs uniques", "fr", "visiteurs"),
)


def scale_link_variants() -> list[Phrasing]:
    """Return "2 millones de usuarios": the target N million, the noun as unit."""
    return [
        Phrasing(shape.format(n=n), lang, "scale link", INCREASE, None, n * 1_000_000, None, unit)
        for (shape, lang, unit), n in product(SCALE_LINKS, (2, 3))
    ]


# ---------------------------------------------------------------------------------------------
# 2. Romance adjectives written before the noun.

PRENOMINAL = (
    ("Pesquisar {n} potenciais clientes", "pt", "clientes"),
    ("Mapear {n} possíveis parceiros", "pt", "parceiros"),
    ("Contactar {n} posibles socios", "es", "socios"),
    ("Captar {n} potenciales clientes", "es", "clientes"),
    ("Contattare {n} potenziali clienti", "it", "clienti"),
    ("Recruter {n} futurs ambassadeurs", "fr", "ambassadeurs"),
)


def prenominal_variants() -> list[Phrasing]:
    """Return "10 potenciais clientes": the adjective skipped, the noun counted."""
    return [
        Phrasing(shape.format(n=n), lang, "prenominal", INCREASE, None, n, None, unit)
        for (shape, lang, unit), n in product(PRENOMINAL, (10, 25))
    ]


# ---------------------------------------------------------------------------------------------
# 3. German: adjectives, then the capitalised noun as written.

GERMAN = (
    ("{n} qualifizierte Leads generieren", "Leads"),
    ("{n} wichtige Kunden akquirieren", "Kunden"),
    ("{n} technische Artikel publizieren", "Artikel"),
    ("{n} zusätzliche Partner gewinnen", "Partner"),
    ("{n} zertifizierte Trainer rekrutieren", "Trainer"),
    ("{n} Projekte realisieren", "Projekte"),
)


def german_variants() -> list[Phrasing]:
    """Return "500 qualifizierte Leads generieren": Leads, with its capital."""
    return [
        Phrasing(shape.format(n=n), "de", "german noun", INCREASE, None, n, None, unit)
        for (shape, unit), n in product(GERMAN, (20, 500))
    ]


# ---------------------------------------------------------------------------------------------
# 4. Czech and Slovak: the noun as written, past its adjectives.

CZECH = (
    ("Získejte {n} zákazníků z webových stránek za měsíc", "cs", "zákazníků"),
    ("Získat {n} nových klientů", "cs", "klientů"),
    ("Napsat {n} článků na blog", "cs", "článků"),
    ("Oslovit {n} potenciálních zákazníků", "cs", "zákazníků"),
    ("Získať {n} nových zákazníkov", "sk", "zákazníkov"),
    ("Zvýšit počet uživatelů na {n} aktivních uživatelů", "cs", "uživatelů"),
)


def czech_variants() -> list[Phrasing]:
    """Return "400 zákazníků": the Czech or Slovak noun as written."""
    return [
        Phrasing(shape.format(n=n), lang, "czech noun", INCREASE, None, n, None, unit)
        for (shape, lang, unit), n in product(CZECH, (50, 400))
    ]


# ---------------------------------------------------------------------------------------------
# 5. Korean: the noun before the closing verbal noun.

KOREAN = (
    ("{n} 웹 방문자 유치", "방문자"),
    ("{n} feature 출시", "feature"),
    ("{n} 신규 회원 확보", "회원"),
    ("{n} 파트너사 모집", "파트너사"),
    ("{n} 리뷰 획득", "리뷰"),
    ("{n} 유료 고객 달성", "고객"),
)


def korean_variants() -> list[Phrasing]:
    """Return "10 feature 출시", "100만 웹 방문자 유치": the noun before the verb."""
    out = []
    for (shape, unit), (written, n) in product(KOREAN, (("10", 10), ("100만", 1_000_000))):
        out.append(
            Phrasing(shape.format(n=written), "ko", "korean noun", INCREASE, None, n, None, unit)
        )
    return out


# ---------------------------------------------------------------------------------------------
# 6. Norwegian and Danish plurals past adjectives in -e.

NORDIC = (
    ("Skaffe {n} nye følgere på LinkedIn", "følgere"),
    ("Få {n} nye kunder", "kunder"),
    ("Skaffe {n} betalende brugere på et år", "brugere"),
    ("Rekruttere {n} nye medarbeidere før sommeren", "medarbeidere"),
    ("Øke til {n} aktive brukere", "brukere"),
    ("Få {n} nye abonnenter på nyhetsbrevet", "abonnenter"),
)


DUTCH = (
    ("Sluit {n} nieuwe contracten", "contracten"),
    ("Win {n} nieuwe klanten", "klanten"),
    ("Werf {n} nieuwe leden", "leden"),
    ("Teken {n} nieuwe partners", "partners"),
    ("Lanceer {n} nieuwe producten", "producten"),
    ("Haal {n} nieuwe abonnees binnen", "abonnees"),
)


def dutch_variants() -> list[Phrasing]:
    """Return "Sluit 10 nieuwe contracten": Dutch told by "nieuwe", the noun after it."""
    return [
        Phrasing(shape.format(n=n), "nl", "dutch noun", INCREASE, None, n, None, unit)
        for (shape, unit), n in product(DUTCH, (10, 40))
    ]


def nordic_variants() -> list[Phrasing]:
    """Return "1000 nye følgere": the plural after the adjective."""
    return [
        Phrasing(shape.format(n=n), "nb", "nordic noun", INCREASE, None, n, None, unit)
        for (shape, unit), n in product(NORDIC, (50, 1000))
    ]


# ---------------------------------------------------------------------------------------------
# 7. English: a singular counted per period.

PER_PERIOD = (
    ("Average <{n} unassigned incident per day", BELOW, "incidents"),
    ("Fewer than {n} outage per month", BELOW, "outages"),
    ("At most {n} escalated ticket per week", BELOW, "tickets"),
    ("Less than {n} failed deployment per quarter", BELOW, "deployments"),
    ("At least {n} customer interview per month", ABOVE, "interviews"),
    ("Minimum {n} security review per quarter", ABOVE, "reviews"),
)


def per_period_variants() -> list[Phrasing]:
    """Return "<5 unassigned incident per day": incidents."""
    return [
        Phrasing(shape.format(n=n), "en", "per period", d, None, n, None, unit)
        for (shape, d, unit), n in product(PER_PERIOD, (3, 5))
    ]


# ---------------------------------------------------------------------------------------------
# 8. Chinese currency names after an amount, as written.

CURRENCIES = (
    ("季度新簽合同金額達到{n}萬人民幣", "人民幣"),
    ("季度新签合同金额达到{n}万人民币", "人民币"),
    ("海外营收达到{n}万英镑", "英镑"),
    ("年度銷售額達到{n}萬新台幣", "新台幣"),
    ("韩国市场收入达到{n}万韩元", "韩元"),
    ("澳洲业务收入达到{n}万澳元", "澳元"),
)


def currency_variants() -> list[Phrasing]:
    """Return "达到500万人民币": the target 5,000,000 人民币."""
    return [
        Phrasing(shape.format(n=n), "zh", "currency", INCREASE, None, n * 10_000, None, unit)
        for (shape, unit), n in product(CURRENCIES, (100, 500))
    ]


# ---------------------------------------------------------------------------------------------
# 9. An English loan compound before an Italian participle.

LOAN_COMPOUNDS = (
    ("{n} case study pubblicati", "case study"),
    ("Scrivere {n} case study approvati", "case study"),
)


def loan_compound_variants() -> list[Phrasing]:
    """Return "50 case study pubblicati": the compound counted whole."""
    return [
        Phrasing(shape.format(n=n), "it", "loan compound", INCREASE, None, n, None, unit)
        for (shape, unit), n in product(LOAN_COMPOUNDS, (5, 50))
    ]


# ---------------------------------------------------------------------------------------------
# 10. A French elision and an Italian loan before the counted noun.

ELISIONS_AND_LOANS = (
    ("Atteindre {n} millions d'utilisateurs actifs", "fr", 1_000_000, "utilisateurs"),
    ("Atteindre {n} millions d’abonnés", "fr", 1_000_000, "abonnés"),
    ("Raggiungere {n} mila follower su Instagram", "it", 1_000, "follower"),
    ("Pubblicare {n} post sul blog aziendale", "it", 1, "post"),
    ("Organizzare {n} webinar per i clienti", "it", 1, "webinar"),
    ("Generare {n} lead dal sito", "it", 1, "lead"),
)


def elision_and_loan_variants() -> list[Phrasing]:
    """Return "2 millions d'utilisateurs" (utilisateurs) and "10 mila follower" (follower)."""
    return [
        Phrasing(shape.format(n=n), lang, "elision or loan", INCREASE, None, n * scale, None, u)
        for (shape, lang, scale, u), n in product(ELISIONS_AND_LOANS, (2, 10))
    ]


# ---------------------------------------------------------------------------------------------
# 11. Floors and ceilings in words: a verb of exceeding, "only" before the value.

EXCEEDING = (
    ("Exceed {n} paying customers", "en", "customers"),
    ("Surpass {n} active users", "en", "users"),
    ("Superar los {n} clientes activos", "es", "clientes"),
    ("Ultrapassar {n} usuários ativos", "pt", "usuários"),
    ("Dépasser {n} clients actifs", "fr", "clients"),
    ("Superare {n} utenti attivi", "it", "utenti"),
    ("{n} Kunden übertreffen", "de", "Kunden"),
)
DENIED = (
    ("Ninguna región supera el {n}%", "es", "%"),
    ("No team exceeds {n} open incidents", "en", "incidents"),
    ("Latencia no debe superar {n} ms", "es", "ms"),
    ("Nenhuma região ultrapassa {n}%", "pt", "%"),
    ("Aucune région ne dépasse {n}%", "fr", "%"),
    ("Keine Region überschreitet {n}%", "de", "%"),
)
ONLY = (
    ("Only {n}% of orders shipped late", "en"),
    ("Nur {n}% der Neueinstellungen verlassen das Unternehmen", "de"),
    ("Solo {n}% de los clientes cancelan", "es"),
    ("Apenas {n}% dos pedidos com atraso", "pt"),
    ("Seulement {n}% des commandes en retard", "fr"),
    ("Solo il {n}% dei clienti abbandona", "it"),
)


def word_bound_variants() -> list[Phrasing]:
    """Return "Superar los 500 clientes" (a floor) and "Nur 10% …" (a ceiling)."""
    out = [
        Phrasing(shape.format(n=n), lang, "exceeding", ABOVE, None, n, None, unit)
        for (shape, lang, unit), n in product(EXCEEDING, (500, 1000))
    ]
    out += [
        Phrasing(shape.format(n=n), lang, "exceeding denied", BELOW, None, n, None, unit)
        for (shape, lang, unit), n in product(DENIED, (15, 20))
    ]
    out += [
        Phrasing(shape.format(n=n), lang, "only", BELOW, None, n, None, "%")
        for (shape, lang), n in product(ONLY, (3, 10))
    ]
    return out


# ---------------------------------------------------------------------------------------------
# 12. A baseline aside: "against" and words with an apostrophe.

BASELINE_ASIDES = (
    ("Atteindre {t}% d'adoption (vs {s}% aujourd'hui)", "fr", "%"),
    ("Atteindre un taux d’utilisation de {t}% (vs {s}% aujourd’hui)", "fr", "%"),
    ("Atteindre un NPS de {t} (contre {s} aujourd’hui)", "fr", None),
    ("Alcanzar un NPS de {t} (contra {s} hoy)", "es", None),
    ("Raggiungere il {t}% di utilizzo (vs {s}% all'inizio)", "it", "%"),
    ("Reach {t}% adoption (vs {s}% at today's count)", "en", "%"),
)


def baseline_aside_variants() -> list[Phrasing]:
    """Return "75% (vs 30% aujourd’hui)": from 30 to 75."""
    return [
        Phrasing(shape.format(t=t, s=s_), lang, "baseline aside", INCREASE, s_, t, None, unit)
        for (shape, lang, unit), (s_, t) in product(BASELINE_ASIDES, ((30, 75), (40, 60)))
    ]


# ---------------------------------------------------------------------------------------------
# 13. A bare bound after a relative clause bounds the head; 增长率 is a noun.

HEAD_BOUNDS = (
    "NPS from users who completed activation ≥{n}",
    "CSAT from customers who finished onboarding ≥ {n}",
    "Satisfaction of teams who adopted the tool ≥ {n}",
    "Rating from users whose orders arrived late ≥ {n}",
    "Score from buyers who returned an item ≥{n}",
    "NPS among partners who joined in Q1 ≥ {n}",
)
GROWTH_RATES = (
    ("用户增长率达到{n}%", INCREASE),
    ("关注用户增长率达到{n}%", INCREASE),
    ("收入增长率提升至{n}%", INCREASE),
    ("利润增长率达到{n}%", INCREASE),
    ("营收增长率保持在{n}%以上", ABOVE),
    ("月活增长率不低于{n}%", ABOVE),
)


def head_bound_variants() -> list[Phrasing]:
    """Return "NPS from users who completed activation ≥8" (a floor of 8) and "用户增长率达到10%"
    (to 10%)."""
    out = [
        Phrasing(shape.format(n=n), "en", "head bound", ABOVE, None, n)
        for shape, n in product(HEAD_BOUNDS, (4, 8))
    ]
    out += [
        Phrasing(shape.format(n=n), "zh", "growth rate", d, None, n, None, "%")
        for (shape, d), n in product(GROWTH_RATES, (8, 15))
    ]
    return out


# ---------------------------------------------------------------------------------------------
# 14. English counted phrases: the plural before "of", a change word as a modifier, an acronym
#     before nouns, "criteria".

ENGLISH_PHRASES = (
    ("Write at least {n} lines of custom styles", ABOVE, "lines"),
    ("Run {n} rounds of usability tests", INCREASE, "rounds"),
    ("Appear on {n} personal growth podcasts", INCREASE, "podcasts"),
    ("Promote paid membership in {n} personal growth newsletters", INCREASE, "newsletters"),
    ("Write {n} personal growth articles", INCREASE, "articles"),
    ("At most {n} open SQL injection vulnerabilities", BELOW, "vulnerabilities"),
    ("Define {n}+ testable acceptance criteria", ABOVE, "criteria"),
)


def english_phrase_variants() -> list[Phrasing]:
    """Return "500 lines of custom styles" (lines), "10 personal growth podcasts" (a count of
    podcasts, no change)."""
    return [
        Phrasing(shape.format(n=n), "en", "english phrase", d, None, n, None, unit)
        for (shape, d, unit), n in product(ENGLISH_PHRASES, (10, 50))
    ]


# ---------------------------------------------------------------------------------------------
# 15. "More" and "better" without a number in the tables' languages; a duration qualifying the
#     items counted.

MORE_WORDS = (
    ("Generar más leads", "es", INCREASE),
    ("Gerar mais leads qualificados", "pt", INCREASE),
    ("Générer davantage de leads", "fr", INCREASE),
    ("Generare più lead", "it", INCREASE),
    ("Mehr Leads generieren", "de", INCREASE),
    ("Contratar mejores perfiles profesionales", "es", INCREASE),
    ("Menos incidentes en producción", "es", "decrease"),
)
QUALIFIED = (
    ("Tener más renovaciones de contratos de más de 1 año", "es", INCREASE, None, None),
    ("Renew {n} contracts of more than 12 months", "en", INCREASE, "{n}", "contracts"),
    ("Retain {n} customers with over 2 years of tenure", "en", INCREASE, "{n}", "customers"),
    ("Renovar {n} contratos de más de 2 años", "es", INCREASE, "{n}", "contratos"),
    ("Renovar {n} contratos com mais de 2 anos", "pt", INCREASE, "{n}", "contratos"),
    ("Fidéliser {n} clients de plus de 3 ans", "fr", INCREASE, "{n}", "clients"),
)


def more_and_qualifier_variants() -> list[Phrasing]:
    """Return "Generar más leads" (an increase, no value) and "contratos de más de 1 año" (the
    duration says which contracts count)."""
    out = [Phrasing(text, lang, "more words", d) for text, lang, d in MORE_WORDS]
    for (shape, lang, d, target, unit), n in product(QUALIFIED, (20, 50)):
        value = None if target is None else n
        if target is None and n == 50:
            continue
        out.append(
            Phrasing(shape.format(n=n), lang, "period qualifier", d, None, value, None, unit)
        )
    return out


def twenty_second_round_phrasings() -> list[Phrasing]:
    """Return every family of the twenty-second round."""
    return (
        scale_link_variants()
        + prenominal_variants()
        + german_variants()
        + czech_variants()
        + korean_variants()
        + nordic_variants()
        + dutch_variants()
        + per_period_variants()
        + currency_variants()
        + loan_compound_variants()
        + elision_and_loan_variants()
        + word_bound_variants()
        + baseline_aside_variants()
        + head_bound_variants()
        + english_phrase_variants()
        + more_and_qualifier_variants()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: a count without a unit, or a number that is no value.

NEAR_MISSES = (
    Phrasing("유료 구독자 200명 확보", "ko", "near miss", INCREASE, None, 200),
    Phrasing("100개의 소셜 포스트 발행", "ko", "near miss", INCREASE, None, 100),
    Phrasing("다운로드수 100 달성", "ko", "near miss", INCREASE, None, 100),
    Phrasing("고객 만족도 4.5/5 이상 유지", "ko", "near miss", ABOVE, None, 4.5),
    Phrasing("5 code reviews done per sprint", "en", "near miss", INCREASE, None, 5, None, "code reviews"),
    Phrasing("Create %23 blueprints", "en", "near miss", INCREASE),
    Phrasing("Yıllık geliri %20 arttırmak", "tr", "near miss", INCREASE, None, None, {"amount": 20, "relative": True}),
    Phrasing("Grow enterprise customers from 156 to 220", "en", "near miss", INCREASE, 156, 220),
    Phrasing("Weekly active users reach 50K", "en", "near miss", INCREASE, None, 50000),
    Phrasing("Сократить время ответа до 3 дней", "ru", "near miss", "decrease", None, 3, None, "days"),
    Phrasing("Привлечь 500 новых клиентов", "ru", "near miss", INCREASE, None, 500),
    Phrasing("Publish 3 releases per quarter", "en", "near miss", INCREASE, None, 3, None, "releases"),
    Phrasing("Users who log in ≥ 3 times a week", "en", "near miss", None),
    Phrasing("Touch Kiosk memory must not exceed 500MB", "en", "near miss", BELOW, None, 500, None, "MB"),
    Phrasing("No debe superar los 500 ms", "es", "near miss", BELOW, None, 500, None, "ms"),
    Phrasing("Customer satisfaction exceeds 96%", "en", "near miss", ABOVE, None, 96, None, "%"),
    Phrasing("Score ≥ 8/10 lors de la prochaine enquête", "fr", "near miss", ABOVE, None, 8),
    Phrasing("Note ≥ 4/5 après chaque atelier", "fr", "near miss", ABOVE, None, 4),
    Phrasing("用户增长10%", "zh", "near miss", INCREASE, None, None, {"amount": 10, "relative": True}),
    Phrasing("Ticket promedio frente a 2024", "es", "near miss", None),
    Phrasing("Reach 3 meses de runway", "es", "near miss", INCREASE, None, 3, None, "months"),
    Phrasing("Achieve a 10% cost reduction in churn", "en", "near miss", "decrease", None, None, {"amount": 10, "relative": True}),
    Phrasing("Reach 1,000 MAU", "en", "near miss", INCREASE, None, 1000, None, "MAU"),
    Phrasing("Remove >1000 lines of code", "en", "near miss", ABOVE, None, 1000, None, "lines"),
)  # fmt: skip


def near_misses() -> list[Phrasing]:
    """Return sentences the twenty-second-round rules must read as before."""
    return list(NEAR_MISSES)
