"""What others give, gathered and counted, as results (coach, twenty-third round).

The first runs of rounds 23 and 24 flag as work customers and users won with verbs the earlier
rules do not read, reviews that customers write, and a content's average replies (docs/
plaintext.md, "Twenty-third round (issue 15): the coach"). Read by `wording._result_after_all`,
only on what would be flagged:

- **customers developed** (`_CJK_CUSTOMERS`): customers, users or members developed or added, in
  Chinese ("至少发展50个新客户", "新增10个活跃用户", "新增付费用户300名"); features or modules added
  stay work ("新增3个功能模块");
- **reviews collected** (`_REVIEWS_FIRST`, `_REVIEWS_LAST`, `_CJK_REVIEWS`): reviews,
  testimonials and ratings others write, collected or received ("Collect at least 300 positive
  online reviews", "Gather 30 customer testimonials", "Recueillir 30 témoignages clients",
  "Coletar 300 avaliações positivas", "300 positive Online-Bewertungen sammeln", "获得300条好评",
  "レビューを30件獲得"); the team's own reviews stay work ("Get 10 code reviews on Django
  projects", "Write 10 reviews of competitor products", "Reply to 30 customer reviews");
- **replies per item** (`_AVERAGE_REPLIES`, `_CJK_REPLIES`): a content's average replies,
  comments or likes ("Average 30 replies per post", "平均每个帖子吸引到10个私信回复",
  "每篇文章平均获得30条评论", "1投稿あたり平均30件のコメントを獲得");
- **others who contacted the team** (`_CONTACTED_US`): "100 investors contacted us";
- **new customers added** (`_ADDED`): "Adicionar 30 novos clientes pagantes", "Add 30 new paying
  customers"; customers entered in a tool stay work ("Add 30 customers to the CRM").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

_CJK_CUSTOMERS = re.compile(
    r"(?:发展|發展|新增|增加|新开发|新開發|拓展|积累|積累)\s*(?:了)?\s*\d[\d,.]*\s*(?:万|萬)?\s*(?:个|個|名|位|家)"
    r"\s*(?:新的?)?\s*(?:活跃|活躍|付费|付費|优质|優質|忠实|忠實|长期|長期|稳定|穩定|企业|企業|注册|註冊)?"
    r"\s*(?:客户|客戶|用户|用戶|会员|會員|粉丝|粉絲|经销商|經銷商|代理商|合作伙伴|合作夥伴|渠道伙伴|渠道夥伴"
    r"|加盟商|商户|商戶|商家|门店|門店)"
    r"|新增\s*(?:活跃|活躍|付费|付費|注册|註冊)?\s*(?:客户|客戶|用户|用戶|会员|會員)\s*(?:数)?\s*\d"
)
_REVIEW_NOUNS = (
    r"(?:[^\W\d]+-)?(?:reviews|testimonials|ratings|recommendations|endorsements|témoignages|avis|reseñas"
    r"|testimonios|valoraciones|opiniones|avaliações|depoimentos|recensioni|testimonianze"
    r"|opinii|recenzji|отзывов|отзыва|ulasan|testimoni|Bewertungen|Rezensionen"
    r"|Erfahrungsberichte|Empfehlungen|beoordelingen|recensies|aanbevelingen)"
)
_REVIEWS_FIRST = re.compile(
    r"^(?:collect|gather|receive|earn|obtain|generate|recueillir|collecter|obtenir|récolter"
    r"|recolectar|conseguir|obtener|recibir|reunir|coletar|obter|receber|reunir|raccogliere"
    r"|ottenere|ricevere|zebrać|uzyskać|собрать|получить|mengumpulkan|mendapatkan|sammeln"
    r"|erhalten|verzamelen|ontvangen)\s+"
    r"(?:(?:at least|au moins|al menos|pelo menos|almeno|mindestens|minstens|over)\s+)?"
    r"\d[\d.,]*\+?\s+(?:[^\W\d]+\s+){0,3}?" + _REVIEW_NOUNS + r"(?!\w)",
    re.IGNORECASE,
)
_REVIEWS_LAST = re.compile(
    r"(?:^|\s)\d[\d.,]*\+?\s+(?:[^\W\d]+\s+){0,3}?" + _REVIEW_NOUNS
    + r"\s+(?:sammeln|erhalten|bekommen|verzamelen|ontvangen|krijgen|zbierać|zebrać)\b",
    re.IGNORECASE,
)  # fmt: skip
_OWN_REVIEWS = re.compile(r"\b(?:code|peer|design|security|pull|performance)[- ]reviews\b", re.I)
_CJK_REVIEWS = re.compile(
    r"(?:获得|獲得|收集|收到|积累|積累)\s*\d[\d,.]*\s*(?:条|條|个|個|份)\s*\S{0,4}?(?:好评|好評|评价|評價|推荐|推薦)"
    r"|(?:レビュー|口コミ|お客様の声|推薦文)\s*(?:を)?\s*\d+\s*件\s*(?:以上\s*)?(?:獲得|集め|収集|いただ)"
    r"|(?:리뷰|후기)\s*\d+\s*(?:개|건)\s*(?:이상\s*)?(?:확보|받기|모으기|획득)"
)
_AVERAGE_REPLIES = re.compile(
    r"^average\s+(?:of\s+)?\d[\d.,]*\s+(?:replies|comments|likes|shares|reactions|responses)\s+"
    r"(?:per|a|each|on\s+each)\s+(?:post|article|video|episode|story|newsletter|email|reel)\b",
    re.IGNORECASE,
)
_CJK_REPLIES = re.compile(
    r"平均[^。，,]{0,3}?每(?:个|個|篇|条|條|则|則|支)[^。，,]{0,16}?\d+\s*(?:个|個|条|條|次)[^。，,]{0,6}?"
    r"(?:回复|回覆|评论|評論|留言|点赞|點讚|互动|互動)"
    r"|每(?:个|個|篇|条|條|则|則|支)[^。，,]{0,8}?平均[^。，,]{0,8}?\d+\s*(?:个|個|条|條|次)[^。，,]{0,6}?"
    r"(?:回复|回覆|评论|評論|留言|点赞|點讚|互动|互動)"
    r"|(?:投稿|記事|動画)\s*(?:1|一)?\s*(?:本|件)?\s*あたり\s*(?:平均)?\s*\d+\s*件の?"
    r"(?:コメント|返信|いいね|反応)"
    r"|(?:1|一)\s*(?:投稿|記事|動画)\s*あたり\s*(?:平均)?\s*\d+\s*件の?(?:コメント|返信|いいね|反応)"
)
# New customers or users added, after a verb of adding (the word "new" required: "Add 30
# customers to the CRM" is the team's data entry); new contributors too, after the first run of
# round 35 ("Add four new TOC contributors": contributors gained are results in rounds 4, 7, 10
# and 28), the count written as a word as well.
_ADDED = re.compile(
    r"^(?:add|adicionar|añadir|agregar|sumar|ajouter|aggiungere|hinzufügen|dodać|добавить"
    r"|menambah|menambahkan)\s+(?:(?:at least|pelo menos|al menos|au moins|almeno|mindestens"
    r"|co najmniej|не менее|minimal)\s+)?(?:\d[\d.,]*\+?|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve|twenty|dos|tres|cuatro|cinco|três|quatro|deux|trois|quatre|cinq)\s+"
    r"(?:new|more|novos|novas|nuevos|nuevas|nouveaux"
    r"|nouvelles|nuovi|nuove|neue|nowych|новых|baru)\s+(?:[^\W\d]+\s+)?(?:customers|clients"
    r"|clientes|clienti|Kunden|klientów|клиентов|pelanggan|users|usuários|usuarios|utilisateurs"
    r"|utenti|Nutzer|użytkowników|пользователей|pengguna|subscribers|assinantes|suscriptores"
    r"|abonnés|abbonati|Abonnenten|contributors|contribuidores|contributeurs|contributori"
    r"|Mitwirkende|Beitragende)(?!\w|'s?\b|\s+(?:guides?|docs?|documentation|pages?|sections?"
    r"|lists?|handbook|portal)\b)",
    re.IGNORECASE,
)
_CONTACTED_US = re.compile(
    r"\d[\d.,]*\+?\s+(?:[^\W\d]+\s+){0,3}?(?:contacted|called|emailed|approached)\s+us\b",
    re.IGNORECASE,
)


@RESULT_AFTER_ALL.rule("others gathered")
def _others_gathered(written: str, verb: str | None) -> bool:
    """ "至少发展50个新客户", "Collect at least 300 positive online reviews", "Average 30 replies
    per post", "100 investors contacted us"."""
    if not written.isascii() and (
        _CJK_CUSTOMERS.search(written)
        or _CJK_REVIEWS.search(written)
        or _CJK_REPLIES.search(written)
    ):
        return True
    if _REVIEWS_FIRST.search(written) or _REVIEWS_LAST.search(written):
        return _OWN_REVIEWS.search(written) is None
    return bool(
        _AVERAGE_REPLIES.search(written) or _CONTACTED_US.search(written) or _ADDED.search(written)
    )
