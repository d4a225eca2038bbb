"""Business won from others, counted, as results (coach, twenty-second round).

The held-out sets' first runs flag as work what the team wins from others: deals closed,
partnerships signed, markets entered, customers and territories won or engaged, leads found
(docs/plaintext.md, "Twenty-second round (issue 15): the coach"). `others_won` reads the
verb-first forms of rounds 20 and 21; this module reads the same results in the other word
orders and scripts, each a pattern across languages. Read by `wording._result_after_all`, only on
what would be flagged:

- **deals landed** (`_DEALS_FIRST`, `_DEALS_LAST`, `_CJK_DEALS`): more verbs of winning before a
  count of deals, contracts or partnerships ("Land 3 enterprise deals", "Décrocher 4 nouveaux
  contrats"), the verb last ("10 neue Verträge abschließen", "5 nieuwe contracten sluiten"), or
  in Japanese ("新規契約を10件締結する", "業務提携を3件締結"); what the team closes of its own stays
  work ("30 Tickets schließen", "Close 30 open support tickets", own_legwork);
- **markets entered** (`_MARKETS_LAST`, `_CJK_MARKETS`): "In 3 neue Märkte expandieren", "3
  nieuwe markten betreden", "进入3个新市场", "开拓5个海外市场", "拓展3个新城市", "新开拓海外市场2个"; places
  covered ("覆盖全国20个省份"; not modules, "测试覆盖10个模块") and awards won ("获得3项行业大奖");
- **customers won or engaged** (`_CUSTOMERS`, `_ENGAGED`, `_CJK_CUSTOMERS`): "Conquistar 20
  novos clientes", "Conquérir 30 nouveaux clients", "Engage 30 territories in the programme",
  "リードを300件獲得する", "新規顧客を10社獲得"; visiting, calling or researching them stays work
  ("Visitar 20 clientes por mês", "Contactar 100 potenciales socios");
- **others counted, raised to a count** (`_CJK_CUSTOMERS`, Japanese and Korean): "新規顧客数を四半期で
  200件に増加させる" (round 21), "問い合わせ件数を月50件にする", "신규 고객 수를 200명으로 늘리기";
- **in Polish, Russian, Indonesian, Dutch and Turkish** (`_DEALS_FIRST`, `_MARKETS_FIRST`):
  "Zamknąć 10 nowych umów z partnerami", "Заключить 10 новых сделок", "Menutup 10 kesepakatan
  baru", "Sluit 10 nieuwe deals", "Masuk ke 3 pasar baru", "Wejść na 3 nowe rynki", "3 yeni
  pazara girmek"; launching in markets stays work, as labelled ("Launch in 15 markets by Q4");
- **spreading to new places** (`_SPREAD`), with no object between the verb and the places:
  "Expandir a 4 nuevas ciudades", "Expandir para 3 novos estados", "S'étendre à 5 nouvelles
  villes", and markets won counted bare ("3 novos mercados conquistados"); a service or pilot
  extended keeps its own reading ("Expand telehealth services to 5 new specialties", work);
- **partners or customers had** (`_PARTNERS_HAD`): "Ter 30 empresas parceiras ativas", "Contar
  con 20 aliados estratégicos", "Avoir 15 partenaires actifs"; not the team's own acts on them
  ("Have 10 customers interviewed");
- **sales opportunities generated** (`_PIPELINE`): "Generate 30 qualified sales opportunities",
  "Generar 30 oportunidades de venta", "Générer 30 opportunités commerciales" (like leads);
- **a business cycle's days cut** (`_CJK_CYCLE`): "应收账款周转天数降至40天", "回款周期缩短至45天以内"; the
  writer's own days of practice stay work ("每周健身4天").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

_FLOOR = r"(?:(?:at least|al menos|pelo menos|almeno|au moins|mindestens|minstens|over|\+)\s+)?"
_DEALS_FIRST = re.compile(
    r"^(?:land|win|secure|book|closing|signing|landing|winning|décrocher|remporter|conseguir|ganar|ganhar|conquistar|vincere"
    r"|acquisire|aggiudicarsi|ottenere|obtener|obter|sluit|sluiten|afsluiten|tekenen|zamknąć"
    r"|zawrzeć|podpisać|menutup|menandatangani|закрыть|заключить|подписать)\s+"
    + _FLOOR
    + r"\d[\d.,]*\s+"
    r"(?:[^\W\d]+\s+){0,2}?"
    r"(?:deals|contracts|partnerships|agreements|contrats|partenariats|accords|contratos"
    r"|acuerdos|alianzas|parcerias|acordos|contratti|accordi|partnership|appalti|licitaciones"
    r"|licitações|tenders|umów|umowy|kontraktów|kontrakty|kesepakatan|kontrak|perjanjian|сделок"
    r"|сделки|договоров|договора|соглашений|соглашения)(?!\w)",
    re.IGNORECASE,
)
_DEALS_LAST = re.compile(
    r"(?:^|\s)\d[\d.,]*\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:Verträge|Deals|Partnerschaften|Kooperationen|Vereinbarungen|Abschlüsse|Aufträge"
    r"|contracten|partnerschappen|overeenkomsten|samenwerkingen|opdrachten)\s+"
    r"(?:abschließen|abschliessen|unterzeichnen|unterschreiben|gewinnen|sichern|sluiten"
    r"|afsluiten|tekenen|binnenhalen|ondertekenen|winnen)\b",
    re.IGNORECASE,
)
_CJK_DEALS = re.compile(
    r"(?:契約|提携|パートナー(?:シップ)?|協業|商談|受注)[^。、\d]{0,4}?\d+\s*(?:件|社)\s*(?:を|の)?\s*"
    r"(?:締結|獲得|成約|受注|成立)"
)
_MARKETS_LAST = re.compile(
    r"(?:^|\s)\d+\s+(?:[^\W\d]+\s+)?(?:Märkte|Länder|Regionen|markten|landen|regio's)\s+"
    r"(?:expandieren|erschließen|erschliessen|eintreten|betreten|erobern|uitbreiden|betreden"
    r"|veroveren|toetreden|aanboren)\b",
    re.IGNORECASE,
)
_MARKETS_FIRST = re.compile(
    r"^(?:enter|masuk(?:\s+ke)?|memasuki|wejść\s+na|выйти\s+на|войти\s+на|entrer\s+sur"
    r"|pénétrer)\s+" + _FLOOR + r"\d+\s+(?:[^\W\d]+\s+)?(?:pasar|rynki|rynków|рынка|рынков"
    r"|markets|marchés|markten)(?!\w)"
    r"|(?:^|\s)\d+\s+(?:yeni\s+)?(?:pazara|ülkeye)\s+(?:girmek|açılmak)\b",
    re.IGNORECASE,
)
_SPREAD = re.compile(  # spreading to places itself, no object: "Expandir a 4 nuevas ciudades"
    r"^(?:expand(?:ir)?(?:se)?|expandir-se|s'étendre|s'implanter|ampliar(?:se)?|extend|étendre"
    r"|espandersi|expandieren)\s+(?:a|en|em|para|to|into|à|dans|in|nach|sur)\s+"
    + _FLOOR
    + r"\d+\s+(?:[^\W\d]+\s+)?(?:states|estados|états|regions|regiones|regiões|régions|regioni"
    r"|cities|ciudades|cidades|villes|città|städte|provinces|provincias|províncias|countries"
    r"|países|pays|paesi|länder|markets|mercados|marchés|mercati|märkte|territories"
    r"|territorios|territórios|territoires)\b"
    r"|^\d+\s+(?:[^\W\d]+\s+)?(?:markets|mercados|marchés|mercati|märkte|markten|countries"
    r"|países|pays)\s+(?:[^\W\d]+\s+)?(?:conquistados|conquistadas|ganados|ganhos|conquis"
    r"|gewonnen|erobert|won|entered|penetrados)\b",
    re.IGNORECASE,
)
_PARTNERS_HAD = re.compile(  # others counted as a state to reach: "Avoir 15 partenaires actifs"
    r"^(?:ter|tener|contar\s+con|contar\s+com|avoir|have|haben|avere|disporre\s+di"
    r"|dispor\s+de)\s+" + _FLOOR + r"\d+\s+(?:[^\W\d]+\s+){0,2}?(?:partners|parceiros"
    r"|parceiras|aliados|socios|partenaires|partner|clientes|clients|customers|kunden|clienti"
    r"|distribuidores|distributeurs|revendedores|revendeurs|patrocinadores|sponsors)\b"
    r"(?!\s+(?:interview|entrevistad|contact|visit|called|surveyed|encuestad|trained|formad"
    r"|formé|treinad))",
    re.IGNORECASE,
)
_PIPELINE = re.compile(
    r"^(?:generate|generar|gerar|générer|generare|genereren|generieren|create|crear|criar|créer"
    r"|creare|open|abrir|ouvrir)\s+" + _FLOOR + r"\d[\d.,]*\s*k?\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:opportunities|oportunidades|opportunités|opportunità|kansen|verkaufschancen"
    r"|opportunitys)\b",
    re.IGNORECASE,
)
_CJK_MARKETS = re.compile(
    r"(?:进入|开拓|拓展|开辟|打入|进军)\s*\d+\s*个\s*(?:新|海外|国际|新的|新兴|重点)?\s*"
    r"(?:市场|国家|地区|城市|省份)"
    r"|(?:进入|开拓|拓展|开辟|进军)(?:新的|新|海外|国际)?(?:市场|城市|国家|地区)\s*\d+\s*个"
    r"|(?:覆盖|覆蓋)[^，。,；;\d]{0,4}?\d+\s*个?(?:省份|省|城市|地区|国家|区县)"
    r"|(?:获得|荣获|斩获|赢得)\s*\d+\s*(?:项|个)[^，。,；;]{0,6}?奖"
)
_CUSTOMERS = re.compile(
    r"^(?:conquistar|conquérir|conquistare|captar|gagner|ganhar|acquire|acquérir|adquirir"
    r"|acquisire|win|attract|atraer|atrair|attirer|attrarre|bring in|find|trouver|encontrar"
    r"|trovare)\s+" + _FLOOR + r"\d[\d.,]*\s*k?\s+"
    r"(?:(?!potential|potenti|prospective|team|équipe|equipo|equipe)[^\W\d]+\s+){0,2}?(?:customers|clients|clientes"
    r"|clienti|accounts|contas|cuentas|comptes|abonnés|subscribers|members|membres|socios"
    r"|membros|sócios|partners|partenaires|parceiros|investors|investisseurs|inversores"
    r"|investidores|investitori|sponsors|patrocinadores|mécènes|distributors|distribuidores"
    r"|distributeurs|resellers|revendeurs)\b(?!\s+(?:potenti|prospecti))",
    re.IGNORECASE,
)
_ENGAGED = re.compile(
    r"^(?:engage|engager|involve|impliquer|mobili[sz]e|mobiliser|comprometer|engajar|mobilizar"
    r"|coinvolgere|sumar|rally|enrol|enroll)\s+" + _FLOOR + r"\d[\d.,]*\s+(?:[^\W\d]+\s+)?"
    r"(?:territories|territoires|territorios|territórios|municipalities|communes|municipios"
    r"|municípios|comuni|cities|villes|ciudades|cidades|schools|écoles|escuelas|escolas|scuole"
    r"|companies|entreprises|empresas|aziende|organi[sz]ations|institutions|instituciones"
    r"|instituições|hospitals|hôpitaux|hospitales|regions|régions|regiones)\b",
    re.IGNORECASE,
)
_CJK_CUSTOMERS = re.compile(
    r"(?:リード|見込み客|見込顧客|新規顧客|顧客|会員|取引先|ユーザー)\s*を?\s*\d+\s*(?:件|社|人|名)\s*"
    r"(?:を|の)?\s*(?:獲得|開拓)"
    r"|(?:获取|获得|拓展|新增|签约)\s*\d+\s*(?:条|个|家|位|名)\s*(?:新|新的|优质|有效)?\s*"
    r"(?:潜在)?(?:销售)?(?:线索|客户|商机|经销商|代理商)(?![管端系功模画案需])"
    r"|(?:顧客|会員|ユーザー|利用者|登録者|フォロワー|リード|問い合わせ|問合せ|応募|申込|申し込み|来店|来場)者?"
    r"(?:数|件数)を[^。、]{0,10}?\d+\s*(?:万|千)?\s*(?:件|社|人|名)に"
    r"|(?:고객|회원|사용자|이용자|가입자|팔로워|문의|신청)\s*수를?\s*\d+\s*(?:만|천)?\s*(?:명|건|곳)(?:으로|로)"
)
_CJK_CYCLE = re.compile(
    r"(?:应收账款|应收|回款|账期|收款|交付|交货|库存|结算|回收)[^。，,；;\d]{0,6}?"
    r"(?:周期|周转天数|天数|时间|期限)[^。，,；;\d]{0,3}?"
    r"(?:降至|降低至|降低到|降到|缩短至|缩短到|减少至|减少到|压缩至|压缩到|控制在)\s*\d+\s*天"
)

_CJK = (_CJK_DEALS, _CJK_MARKETS, _CJK_CUSTOMERS, _CJK_CYCLE)
# The nouns of the verb-last patterns (de, nl), lower case.
_LAST_WORDS = (
    "vertr", "deal", "partner", "kooperation", "vereinbarung", "abschl", "auftr", "contract",
    "overeenkomst", "samenwerking", "opdracht", "märkte", "länder", "regionen", "markten",
    "landen", "regio",
)  # fmt: skip


def business_won(written: str) -> bool:
    """Return True for deals landed, markets entered, customers or territories won or engaged,
    counted in any word order, or a business cycle's days cut (Chinese)."""
    if not written.isascii() and any(p.search(written) for p in _CJK):
        return True
    if _DEALS_FIRST.search(written) or _CUSTOMERS.search(written) or _ENGAGED.search(written):
        return True
    if _MARKETS_FIRST.search(written) or _PIPELINE.search(written):
        return True
    if _SPREAD.search(written) or _PARTNERS_HAD.search(written):
        return True
    low = written.lower()
    if not any(word in low for word in _LAST_WORDS):
        return False  # a cheap gate before the patterns that scan the sentence
    return _DEALS_LAST.search(written) is not None or _MARKETS_LAST.search(written) is not None


@RESULT_AFTER_ALL.rule("business won")
def _business_won_rule(written: str, verb: str | None) -> bool:
    """ "Land 3 enterprise deals", "10 neue Verträge abschließen", "进入3个新市场"."""
    return business_won(written)
