"""A fifteenth batch of composed key results (docs/plaintext.md, "Twenty-second round (issue
15): the coach"): the first-run families of the held-out sets (things won from others counted as
work; the team's own research, presence, practice and arrangements missed), written as patterns
in several languages and word orders and measured before any rule.

- ``deals_landed`` (outcome): deals, contracts or partnerships won, after more verbs of winning
  ("Land 3 enterprise deals"), with the verb last ("10 neue Verträge abschließen", "5 nieuwe
  contracten sluiten") or in Japanese, Chinese and Korean ("新規契約を10件締結する");
- ``markets_entered`` (outcome): new markets or countries entered, the verb last ("In 3 neue
  Märkte expandieren") or in Chinese ("进入3个新市场", "开拓5个新市场");
- ``customers_won`` (outcome): customers, leads or territories won or engaged after a verb of
  winning ("Conquistar 20 novos clientes", "リードを300件獲得する", "Engage 30 territories in the
  programme");
- ``cycle_cut`` (outcome): a business cycle's days cut ("应收账款周转天数降至40天");
- ``members_arranged`` (activity): the team's own arrangement, each member given a count of
  things ("faire en sorte que les membres du commando aient au moins deux projets chacun",
  "Ensure each team member has at least 2 projects");
- ``own_research`` (activity): competitors or prospects researched, the verb last or in Chinese,
  Japanese and Korean ("10 Wettbewerber analysieren", "调研10家潜在客户", "競合10社を調査する");
- ``own_visits`` (activity): the team's own visits and attendance ("Rendre visite à 15 clients",
  "An 3 Messen teilnehmen", "每月拜访20家客户", "Reach out to 40 prospects");
- ``daily_practice`` (activity): the writer's own minutes of practice a day, in Chinese, Japanese
  and Korean ("每天练习钢琴30分钟", "毎日30分英語を勉強する", "하루 30분 운동하기").

Near misses (``kept``, outcome): results in the same shapes ("每月网站访问量达到2万", "响应时间缩短至30分钟",
"Garantir que cada cliente tenha pelo menos 2 usuários ativos"); (``kept_work``, activity) the
team's own work in the same shapes ("10 Tickets schließen", "Cerrar 20 incidencias abiertas",
"Enter 200 contacts into the CRM").

`python -m tests.coach.phrasings_twenty_second [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWENTY_SECOND: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "deals_landed": ("Land {n} enterprise deals", "Win {n} new contracts with distributors"),
        "customers_won": (
            "Engage {n}0 territories in the programme",
            "Win {n}0 new customers in the region",
        ),
        "cycle_cut": ("Cut receivables collection time to 4{n} days",),
        "members_arranged": (
            "Ensure each team member has at least {n} projects",
            "Make sure every analyst has {n} accounts of their own",
        ),
        "own_research": ("Research {n}0 competitors in the segment",),
        "own_visits": ("Reach out to {n}0 prospects", "Attend {n} industry trade fairs"),
        "kept": (
            "Ensure each customer has at least {n} active users",
            "Reduce response time to {n}0 minutes",
        ),
        "kept_work": ("Enter {n}00 contacts into the CRM", "Close {n}0 open support tickets"),
    },
    "de": {
        "deals_landed": (
            "{n} neue Verträge abschließen",
            "{n} strategische Partnerschaften unterzeichnen",
        ),
        "markets_entered": ("In {n} neue Märkte expandieren",),
        "customers_won": ("{n}0 Neukunden gewinnen",),
        "members_arranged": ("Sicherstellen, dass jedes Teammitglied mindestens {n} Projekte hat",),
        "own_research": ("{n}0 Wettbewerber analysieren", "{n}0 potenzielle Kunden recherchieren"),
        "own_visits": ("An {n} Messen teilnehmen", "{n}0 Kunden besuchen"),
        "kept": ("Die Antwortzeit auf {n}0 Minuten senken",),
        "kept_work": ("{n}0 Tickets schließen", "{n} Blogartikel schreiben"),
    },
    "nl": {
        "deals_landed": ("{n} nieuwe contracten sluiten",),
        "markets_entered": ("{n} nieuwe markten betreden",),
        "own_research": ("{n}0 concurrenten analyseren",),
        "own_visits": ("{n}0 klanten bezoeken",),
        "kept_work": ("{n} blogartikelen schrijven",),
    },
    "fr": {
        "deals_landed": ("Décrocher {n} nouveaux contrats",),
        "customers_won": ("Conquérir {n}0 nouveaux clients",),
        "members_arranged": (
            "faire en sorte que les membres du commando aient au moins {n} projets chacun",
            "Veiller à ce que chaque membre de l'équipe ait {n} dossiers",
        ),
        "own_visits": ("Rendre visite à {n}0 clients", "Assister à {n} salons professionnels"),
        "kept": ("Faire en sorte que {n}0% des clients renouvellent",),
        "kept_work": ("Rédiger {n} articles pour le blog",),
    },
    "es": {
        "deals_landed": ("Conseguir {n} nuevos contratos con distribuidores",),
        "customers_won": ("Captar {n}0 nuevos clientes",),
        "cycle_cut": ("Reducir el plazo medio de cobro a 4{n} días",),
        "members_arranged": ("Asegurar que cada miembro del equipo tenga al menos {n} proyectos",),
        "own_visits": ("Visitar {n}0 clientes por mes",),
        "kept_work": ("Cerrar {n}0 incidencias abiertas",),
    },
    "pt": {
        "customers_won": ("Conquistar {n}0 novos clientes", "Conquistar {n} novas contas"),
        "members_arranged": ("Garantir que cada membro da equipe tenha pelo menos {n} projetos",),
        "kept": ("Garantir que cada cliente tenha pelo menos {n} usuários ativos",),
        "kept_work": ("Cadastrar {n}00 contatos no CRM",),
    },
    "it": {
        "members_arranged": ("Assicurarsi che ogni membro del team abbia almeno {n} progetti",),
        "customers_won": ("Conquistare {n}0 nuovi clienti",),
    },
    "zh": {
        "deals_landed": ("签署{n}份战略合作协议", "与{n}家合作伙伴签约"),
        "markets_entered": ("进入{n}个新市场", "开拓{n}个海外市场"),
        "customers_won": ("获取{n}00条销售线索",),
        "cycle_cut": ("应收账款周转天数降至4{n}天", "回款周期缩短至4{n}天以内"),
        "members_arranged": ("确保每位成员至少负责{n}个项目",),
        "own_research": ("调研{n}0家潜在客户", "分析{n}0家竞争对手"),
        "own_visits": ("每月拜访{n}0家客户",),
        "daily_practice": ("每天练习钢琴{n}0分钟", "每天阅读{n}0分钟"),
        "kept": ("每月网站访问量达到{n}万", "响应时间缩短至{n}0分钟"),
        "kept_work": ("编写{n}篇技术文章",),
    },
    "ja": {
        "deals_landed": ("新規契約を{n}0件締結する", "業務提携を{n}件締結"),
        "markets_entered": ("{n}つの新市場に進出する",),
        "customers_won": ("リードを{n}00件獲得する", "新規顧客を{n}0社獲得"),
        "cycle_cut": ("売掛金の回収期間を4{n}日以内に短縮",),
        "members_arranged": ("各メンバーが最低{n}つのプロジェクトを担当する",),
        "own_research": ("競合{n}0社を調査する",),
        "own_visits": ("毎月{n}0社の顧客を訪問する",),
        "daily_practice": ("毎日{n}0分英語を勉強する", "毎日{n}0分ピアノを練習する"),
        "kept": ("平均待ち時間を{n}0分以内にする",),
    },
    "ko": {
        "deals_landed": ("신규 파트너십 {n}건 체결",),
        "markets_entered": ("{n}개 신규 시장 진출",),
        "own_research": ("경쟁사 {n}0곳 조사",),
        "own_visits": ("매월 고객 {n}0곳 방문",),
        "daily_practice": ("하루 {n}0분 운동하기", "매일 {n}0분 영어 공부하기"),
        "kept": ("월 방문자 {n}만 명 달성",),
    },
}

# The second part: the remaining misses of the labelled sets, each written as a pattern.
SECOND_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "work_as_means": (
            "Expand thought leadership by placing articles on {n} industry sites",
            "Grow brand awareness by publishing {n}0 guest posts",
        ),
        "outputs_with_purpose": (
            "Train {n}0 models that improve and adapt great models to our region's needs",
            "Identify and provide {n} high value automations that increase quality of service",
            "Ship {n} features that improve onboarding",
        ),
        "money_given": (
            "Distribute ${n}50K in patient assistance",
            "Disburse ${n}M in small grants",
        ),
        "data_gathered": (
            "Collect {n}0+ calibration data points across categories",
            "Gather {n}00 data points from field tests",
        ),
        "sessions_held": ("{n} monthly leadership development sessions",),
        "members_do": (
            "Each engineer reviews {n} pull requests a week",
            "Each member of the team mentors at least {n} junior",
        ),
        "kept": (
            "Raise ${n}M in donations",
            "Increase revenue by {n}0% by launching 3 campaigns",
            "Each customer places {n} orders a month",
            "{n}0,000 user sessions per month",
        ),
        "kept_work": ("Build a community by hosting {n} meetups",),
    },
    "es": {
        "work_as_means": (
            "Aumentar la visibilidad publicando {n}0 artículos en medios del sector",
        ),
        "outputs_with_purpose": ("Lanzar {n} funcionalidades que mejoren la retención",),
        "money_given": ("Repartir {n}0.000 € en becas",),
        "data_gathered": ("Recolectar {n}00 muestras etiquetadas",),
        "sessions_held": ("{n} sesiones de formación para el equipo",),
        "members_do": ("Cada analista gestiona {n}0 procesos simultáneos",),
        "kept": ("Cada cliente realiza {n} pedidos al mes",),
    },
    "pt": {
        "work_as_means": ("Ampliar a visibilidade publicando {n} artigos em portais do setor",),
        "outputs_with_purpose": ("Criar {n} automações que aumentem a produtividade",),
        "money_given": ("Distribuir R$ {n} milhões em bolsas de estudo",),
        "sessions_held": ("{n}0 sessões de mentoria com os novos colaboradores",),
        "members_do": ("Cada analista gerencia {n}0 processos simultâneos",),
    },
    "fr": {
        "work_as_means": ("Renforcer notre notoriété en publiant {n} articles",),
        "outputs_with_purpose": ("Développer {n} outils qui améliorent la qualité du service",),
        "money_given": ("Verser {n}00 000 € d'aides aux associations",),
        "sessions_held": ("{n} séances de coaching individuel",),
        "members_do": ("Chaque consultant gère {n}0 dossiers",),
    },
    "it": {
        "work_as_means": ("Rafforzare il marchio pubblicando {n} articoli su riviste di settore",),
        "members_do": ("Ogni sviluppatore revisiona {n}0 PR a settimana",),
    },
    "de": {"members_do": ("Jedes Teammitglied betreut {n} Kunden",)},
    "zh": {
        "contacted": (
            "与{n}位客户沟通需求",
            "联系{n}0家潜在客户",
            "與{n}位客戶聯繫，證明材料可以使用。",
        ),
        "own_distance": ("今年跑步{n}000公里", "全年骑行{n}000公里"),
    },
    "ja": {
        "own_distance": ("ランニング合計{n}万キロ", "年間ランニング{n}000km"),
        "count_raised": (
            "新規顧客数を四半期で{n}00件に増加させる",
            "問い合わせ件数を月{n}0件にする",
            "フォロワー数を{n}万人に増やす",
        ),
    },
    "ko": {
        "own_distance": ("올해 {n}000km 달리기",),
        "count_raised": ("신규 고객 수를 {n}00명으로 늘리기",),
    },
}
# The third part: the same wins in more languages, and sales opportunities generated.
THIRD_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"customers_won": ("Generate {n}0 qualified sales opportunities",)},
    "es": {"customers_won": ("Generar {n}0 oportunidades de venta",)},
    "pt": {"customers_won": ("Gerar {n}0 oportunidades qualificadas",)},
    "fr": {"customers_won": ("Générer {n}0 opportunités commerciales",)},
    "nl": {"deals_landed": ("Sluit {n}0 nieuwe deals",)},
    "pl": {
        "deals_landed": ("Zamknąć {n}0 nowych umów z partnerami", "Podpisać {n} kontraktów"),
        "markets_entered": ("Wejść na {n} nowe rynki",),
    },
    "ru": {
        "deals_landed": ("Заключить {n}0 новых сделок",),
        "markets_entered": ("Выйти на {n} новых рынка",),
    },
    "id": {
        "deals_landed": ("Menutup {n}0 kesepakatan baru",),
        "markets_entered": ("Masuk ke {n} pasar baru",),
    },
    "tr": {"markets_entered": ("{n} yeni pazara girmek",)},
}
# The fourth part: partners and investors found, gerunds, research in more languages, shifts
# assigned, and hours of practice a day.
FOURTH_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "customers_won": ("Find {n} new investors", "Bring in {n}0 new enterprise accounts"),
        "deals_landed": ("Closing {n}0 enterprise deals this quarter",),
        "members_arranged": ("Assign each engineer {n} on-call shifts per month",),
        "kept_work": ("Find {n}0 potential partners to interview",),
    },
    "fr": {
        "customers_won": ("Trouver {n} nouveaux partenaires",),
        "kept_work": ("Trouver {n}0 partenaires potentiels à contacter",),
    },
    "es": {"customers_won": ("Encontrar {n} socios inversores",)},
    "pl": {"own_research": ("Zbadać {n}0 konkurentów",)},
    "tr": {"own_research": ("{n}0 rakip firmayı analiz etmek",)},
    "id": {"own_research": ("Meneliti {n}0 pesaing",)},
    "ru": {"own_research": ("Изучить {n}0 конкурентов",)},
    "ja": {"daily_practice": ("毎日{n}時間プログラミングする",)},
    "ko": {"daily_practice": ("매일 {n}시간 코딩하기",)},
    "zh": {"kept": ("每天工作时间不超过{n}小时",)},
}
# The fifth part: the team's own presence at events, hours and times of practice, and members'
# arrangements, in more languages (the brief's "presence, practice, hours and arrangements").
FIFTH_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"own_presence": ("Participer à {n} salons professionnels",)},
    "pt": {"own_presence": ("Estar presente em {n} feiras do setor",)},
    "es": {"own_presence": ("Tener presencia en {n} eventos del sector",)},
    "nl": {"own_presence": ("Deelnemen aan {n} netwerkevenementen", "Op {n} beurzen staan")},
    "pl": {
        "own_presence": ("Wziąć udział w {n} konferencjach",),
        "own_hours": ("Poświęcić {n} godzin tygodniowo na naukę",),
        "practice_times": ("Ćwiczyć {n} razy w tygodniu",),
        "members_arranged": ("Upewnić się, że każdy członek zespołu ma {n} projekty",),
    },
    "tr": {"own_presence": ("{n} konferansa katılmak",)},
    "id": {
        "own_presence": ("Menghadiri {n} konferensi industri",),
        "own_hours": ("Belajar {n} jam per minggu",),
        "practice_times": ("Olahraga {n} kali seminggu",),
        "members_arranged": ("Memastikan setiap anggota tim memiliki {n} proyek",),
    },
    "ru": {
        "own_presence": ("Принять участие в {n} конференциях",),
        "own_hours": ("Заниматься {n} часов в неделю",),
        "practice_times": ("Тренироваться {n} раза в неделю",),
    },
    "ja": {
        "own_presence": ("業界カンファレンスに{n}回参加する",),
        "practice_times": ("週{n}回ジムに通う",),
        "kept": ("ユーザーが週{n}回ログインする",),
    },
    "ko": {"own_presence": ("업계 행사 {n}회 참가",)},
}
# The sixth part: expansion to new regions, cities or states, markets won counted bare, and
# partners or customers had (a state others bring about).
SIXTH_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"kept_work": ("Expand telehealth services to {n} new specialties",)},
    "pt": {
        "markets_entered": ("Expandir para {n} novos estados", "{n} novos mercados conquistados"),
        "customers_won": ("Ter {n}0 empresas parceiras ativas",),
        "kept_work": ("Ter {n}0% de cobertura de testes nos serviços",),
    },
    "es": {
        "markets_entered": ("Expandir a {n} nuevas ciudades",),
        "customers_won": ("Contar con {n}0 aliados estratégicos",),
    },
    "fr": {
        "markets_entered": ("S'étendre à {n} nouvelles villes",),
        "customers_won": ("Avoir {n}5 partenaires actifs",),
    },
}
# The seventh part: Chinese expansion, coverage and awards won; writing counted a day; Korean
# customer meetings a week.
SEVENTH_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "markets_entered": ("拓展{n}个新城市", "新开拓海外市场{n}个", "覆盖全国{n}0个省份"),
        "customers_won": ("获得{n}项行业大奖",),
        "daily_practice": ("每天写{n}00字",),
        "kept": ("用户覆盖率达到9{n}%",),
    },
    "ko": {"own_visits": ("매주 {n}회 고객 미팅",)},
}
for _part in (SECOND_PART, THIRD_PART, FOURTH_PART, FIFTH_PART, SIXTH_PART, SEVENTH_PART):
    for _language, _families in _part.items():
        for _family, _texts in _families.items():
            _table = TWENTY_SECOND.setdefault(_language, {})
            _table[_family] = _table.get(_family, ()) + _texts


FAMILIES = (
    "deals_landed",
    "markets_entered",
    "customers_won",
    "cycle_cut",
    "members_arranged",
    "own_research",
    "own_visits",
    "daily_practice",
    "work_as_means",
    "outputs_with_purpose",
    "money_given",
    "data_gathered",
    "sessions_held",
    "members_do",
    "contacted",
    "own_distance",
    "count_raised",
    "own_presence",
    "own_hours",
    "practice_times",
    "kept",
    "kept_work",
)
# Indonesian forms: a floor and a deadline after the key result.
phrasings.DECOR.setdefault("id", ("minimal {n}", "sebelum akhir tahun", False))
KIND.update(
    {
        "deals_landed": "outcome",
        "markets_entered": "outcome",
        "customers_won": "outcome",
        "cycle_cut": "outcome",
        "members_arranged": "activity",
        "own_research": "activity",
        "own_visits": "activity",
        "daily_practice": "activity",
        "work_as_means": "activity",
        "outputs_with_purpose": "activity",
        "money_given": "activity",
        "data_gathered": "activity",
        "sessions_held": "activity",
        "members_do": "activity",
        "contacted": "activity",
        "own_distance": "activity",
        "count_raised": "outcome",
        "own_presence": "activity",
        "own_hours": "activity",
        "practice_times": "activity",
        "kept": "outcome",
        "kept_work": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, TWENTY_SECOND, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
