"""A sixteenth batch of composed key results (docs/plaintext.md, "Twenty-third round (issue 15):
the coach"): the first-run families of rounds 23 and 24 (customers, users and reviews won from
others counted as work; the team's own sessions, contacts, writing and a project's coverage
missed), written as patterns in several languages and measured before any rule.

- ``customers_developed`` (outcome): customers or users won with other verbs, in Chinese
  ("至少发展50个新客户", "新增10个活跃用户"), Japanese and Korean ("신규 고객 50명 확보"), and English
  ("Add 50 new paying customers");
- ``reviews_collected`` (outcome): reviews and testimonials others write, collected ("Collect at
  least 300 positive online reviews", "Recueillir 30 témoignages clients", "获得300条好评");
- ``replies_per_item`` (outcome): a content's average replies or comments ("平均每个帖子吸引到10个回复",
  "Average 10 replies per post");
- ``sessions_taken`` (activity): the writer's own sessions taken or held, counted ("필라테스 30회 이상
  받기", "カジュアル面談数3回", "完成3轮候选人技术评估", "Take 30 Pilates classes");
- ``posts_written`` (activity): the writer's own posts written ("블로그에 최소한 8개의 글 쓰기",
  "ブログに8本の記事を書く", "在博客上写8篇文章");
- ``contacts_made`` (activity): the team's own contacts, calls and pitches ("Minstens 50 inactieve
  klanten opnieuw contacteren", "We have directly contacted 100 potential investors",
  "Participation of at least 10 investor pitches", "Increase the number of calls on prospective
  customers by 50%", "联系50位潜在投资人");
- ``project_coverage`` (activity): the team's own project's coverage ("门店陈列优化项目覆盖率达80%").

Near misses (``kept``, outcome): others' doings in the same shapes ("Reduce the number of calls
to support by 20%", "100 investors contacted us", "市场覆盖率达到30%"); (``kept_work``, activity)
the team's own work in the same shapes ("Reply to 30 customer reviews", "Write 10 reviews of
competitor products").

`python -m tests.coach.phrasings_twenty_third [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWENTY_THIRD: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "customers_developed": ("Add {n}0 new paying customers",),
        "reviews_collected": (
            "Collect at least {n}00 positive online reviews",
            "Gather {n}0 customer testimonials",
        ),
        "replies_per_item": ("Average {n}0 replies per post",),
        "sessions_taken": ("Take {n}0 Pilates classes",),
        "posts_written": ("Write at least {n} blog posts",),
        "contacts_made": (
            "We have directly contacted {n}00 potential investors (mail, telephone)",
            "Participation of at least {n} investor pitches",
            "Increase the number of calls on prospective customers by {n}0%",
            "Contact {n}0 inactive customers again with personalised offers",
        ),
        "kept": (
            "Reduce the number of calls to support by {n}0%",
            "{n}0 investors contacted us after the launch",
        ),
        "kept_work": ("Reply to {n}0 customer reviews", "Write {n} reviews of competitor products"),
    },
    "nl": {
        "reviews_collected": ("{n}00 positieve online reviews verzamelen",),
        "contacts_made": (
            "Minstens {n}0 inactieve klanten opnieuw contacteren met gepersonaliseerde voorstellen",
            "{n}0 potentiële investeerders contacteren",
        ),
        "posts_written": ("Minstens {n} blogartikelen schrijven",),
    },
    "de": {
        "reviews_collected": ("{n}00 positive Online-Bewertungen sammeln",),
        "contacts_made": (
            "{n}0 inaktive Kunden erneut kontaktieren",
            "{n}0 potenzielle Investoren kontaktieren",
        ),
        "sessions_taken": ("{n}0 Pilates-Stunden nehmen",),
    },
    "fr": {
        "reviews_collected": ("Recueillir {n}0 témoignages clients",),
        "contacts_made": ("Recontacter {n}0 clients inactifs",),
        "sessions_taken": ("Suivre {n}0 cours de pilates",),
    },
    "es": {
        "reviews_collected": ("Conseguir {n}00 reseñas positivas en línea",),
        "contacts_made": ("Volver a contactar a {n}0 clientes inactivos",),
        "sessions_taken": ("Tomar {n}0 clases de pilates",),
        "kept_work": ("Responder a {n}0 reseñas de clientes",),
    },
    "pt": {
        "reviews_collected": ("Coletar {n}00 avaliações positivas online",),
        "contacts_made": ("Recontatar {n}0 clientes inativos",),
    },
    "zh": {
        "customers_developed": (
            "至少发展{n}0个新客户",
            "新增{n}0个活跃用户",
            "新增付费用户{n}00名",
        ),
        "reviews_collected": ("获得{n}00条好评",),
        "replies_per_item": (
            "平均每个帖子吸引到{n}0个私信回复",
            "每篇文章平均获得{n}0条评论",
        ),
        "sessions_taken": ("完成{n}轮候选人技术评估", "完成{n}次客户访谈"),
        "posts_written": ("在博客上写{n}篇文章",),
        "contacts_made": ("联系{n}0位潜在投资人", "主动联系{n}0家潜在客户"),
        "project_coverage": (
            "督导主导的门店陈列优化项目覆盖率达{n}0%",
            "新员工培训项目覆盖率达到{n}0%",
        ),
        "kept": ("市场覆盖率达到{n}0%", "用户覆盖率达{n}0%"),
        "kept_work": ("新增{n}个功能模块",),
    },
    "ja": {
        "customers_developed": ("新規顧客を{n}0社開拓する",),
        "replies_per_item": ("1投稿あたり平均{n}0件のコメントを獲得",),
        "sessions_taken": ("カジュアル面談数{n}回", "1on1面談を{n}回実施する"),
        "posts_written": ("ブログに{n}本の記事を書く",),
        "contacts_made": ("潜在顧客{n}0社に連絡する",),
    },
    "ko": {
        "customers_developed": ("신규 고객 {n}0명 확보",),
        "sessions_taken": ("필라테스 {n}0회 이상 받기", "PT {n}0회 받기"),
        "posts_written": ("블로그에 최소한 {n}개의 글 쓰기", "블로그 글 {n}개 작성하기"),
        "contacts_made": ("잠재 투자자 {n}0명에게 연락하기",),
    },
}

# The second part, written after the first part's rules: the same families in more languages
# and word orders, and their near misses.
SECOND_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "reviews_collected": ("Raccogliere {n}00 recensioni positive online",),
        "contacts_made": ("Ricontattare {n}0 clienti inattivi",),
        "replies_per_item": ("Media di {n}0 commenti per post",),
    },
    "es": {
        "replies_per_item": ("Promedio de {n}0 comentarios por publicación",),
        "contacts_made": ("Aumentar el número de llamadas a clientes potenciales en un {n}0%",),
    },
    "fr": {
        "replies_per_item": ("Moyenne de {n}0 commentaires par publication",),
        "contacts_made": ("Augmenter le nombre d'appels aux prospects de {n}0%",),
        "kept_work": ("Répondre à {n}0 avis clients",),
    },
    "pt": {
        "customers_developed": ("Adicionar {n}0 novos clientes pagantes",),
        "contacts_made": ("Contatar {n}0 potenciais investidores",),
    },
    "de": {
        "contacts_made": ("Anzahl der Anrufe bei potenziellen Kunden um {n}0% erhöhen",),
        "kept": ("Die Anzahl der Anrufe beim Support um {n}0% senken",),
    },
    "pl": {
        "reviews_collected": ("Zebrać {n}00 pozytywnych opinii online",),
        "contacts_made": ("Skontaktować się z {n}0 potencjalnymi inwestorami",),
    },
    "ru": {
        "reviews_collected": ("Собрать {n}00 положительных отзывов",),
        "contacts_made": ("Связаться с {n}0 потенциальными инвесторами",),
    },
    "id": {
        "reviews_collected": ("Mengumpulkan {n}00 ulasan positif",),
        "contacts_made": ("Menghubungi {n}0 calon investor",),
    },
    "zh": {
        "reviews_collected": ("收集{n}0份客户推荐",),
        "customers_developed": ("发展{n}0家经销商",),
        "sessions_taken": ("完成{n}场用户访谈",),
        "kept": ("完成{n}轮融资",),
    },
    "ja": {
        "reviews_collected": ("レビューを{n}0件獲得する",),
        "sessions_taken": ("1on1面談を{n}回実施する",),
        "kept": ("ユーザーが週{n}回ログインする",),
    },
    "ko": {
        "reviews_collected": ("리뷰 {n}0개 확보",),
        "replies_per_item": ("게시물당 평균 {n}0개의 댓글",),
        "sessions_taken": ("영어 회화 수업 {n}0회 듣기",),
    },
}
for _language, _families in SECOND_PART.items():
    for _family, _texts in _families.items():
        _table = TWENTY_THIRD.setdefault(_language, {})
        _table[_family] = _table.get(_family, ()) + _texts

FAMILIES = (
    "customers_developed",
    "reviews_collected",
    "replies_per_item",
    "sessions_taken",
    "posts_written",
    "contacts_made",
    "project_coverage",
    "kept",
    "kept_work",
)
# Indonesian forms: a floor and a deadline after the key result.
phrasings.DECOR.setdefault("id", ("minimal {n}", "sebelum akhir tahun", False))
KIND.update(
    {
        "customers_developed": "outcome",
        "reviews_collected": "outcome",
        "replies_per_item": "outcome",
        "sessions_taken": "activity",
        "posts_written": "activity",
        "contacts_made": "activity",
        "project_coverage": "activity",
        "kept": "outcome",
        "kept_work": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, TWENTY_THIRD, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
