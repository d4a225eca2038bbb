"""Whole-document families of the twenty-second round (issue 15), the tree known by construction
(test-side only, never shipped). Invented texts in fourteen languages (en es pt fr de it nl pl
tr id zh ja ko ru), each page with its near misses:

- `emoji_sections` (a state-startup page, round 22): "## The problem we tackle" over a lead
  line and bullets, "## Our solution" over emoji lines ("🔍 Precise analysis") each over
  bullets, "## Objectives and key results for 2025" over emoji lines over bullets (the OKRs),
  "## Our impact so far" over emoji lines over measured bullets, "## Team" over bullets: only
  the section naming the OKRs holds objectives. Variants: emoji lines, bold emoji lines, emoji
  headings one level down, lines without emoji, a short "OKRs 2025" heading.
- `cross` (carry-over): the conventions the reader knows in one language or markup, written in
  every language: marked lines and bullets, headings over a key-results header, bold labels,
  numbered and lettered lists, a task list under a quarter heading, a table, a code fence,
  objectives repeated under two quarter headings, emoji prefixes, scores, owners, "Key results
  N - " ids, a vision list above the OKRs. Every page carries a near miss (guidance bullets, a
  link list, an about section) that must stay out.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    Tree,
    expected,
    print_variant_figures,
    variant_figures,
)

FAMILIES = ("emoji_sections", "cross")
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "id", "zh", "ja", "ko", "ru")


@dataclass(frozen=True)
class Words:
    objective: str  # "Objective"
    kr: str  # "Key result"
    krs: str  # "Key results"
    okrs: str  # "Objectives and key results for 2025"
    quarters: tuple[str, str]  # "Q3", "Q4" as the language writes them
    owner: str  # "Owner"
    vision: tuple[str, str, str]  # heading, two wishes
    guide: tuple[str, str, str]  # heading, two pieces of advice
    links: str  # "Useful links"
    problem: tuple[str, str, str, str]  # heading, lead line ending ":", two bullets
    solution: tuple[str, str, str, str]  # heading, a feature line, two bullets
    impact: tuple[str, str, str, str]  # heading, a figures line, two measured bullets
    team: tuple[str, str]  # heading, one bullet
    titles: tuple[str, str, str]
    results: tuple[str, str, str, str, str, str]


W = Words
WORDS: dict[str, Words] = {
    "en": W("Objective", "Key result", "Key results", "Objectives and key results for 2025", ("Q3", "Q4"), "Owner",
            ("Vision", "Every team ships without fear", "Customers trust our releases"),
            ("How to write good OKRs", "Keep objectives qualitative and short", "Write three to five key results"),
            "Useful links",
            ("The problem we tackle", "Local teams lack reliable data:", "Over a million people without suitable housing", "Planning tools are hard to use"),
            ("Our solution", "Precise analysis", "Automated processing of local data", "Scenarios built with local teams"),
            ("Our impact so far", "Key figures", "41 partner territories", "92% reuse rate"),
            ("The team", "Two developers and one designer"),
            ("Grow adoption across the country", "Improve housing outcomes", "Keep users satisfied"),
            ("Reach 200 active users", "Sign 45 territories", "Publish the public API", "Cut response time to 2 days",
             "Raise satisfaction to 4.5/5", "Reach 85% recommendation")),
    "es": W("Objetivo", "Resultado clave", "Resultados clave", "Objetivos y resultados clave para 2025", ("T3", "T4"), "Responsable",
            ("Visión", "Cada equipo publica sin miedo", "Los clientes confían en nuestras versiones"),
            ("Cómo escribir buenos OKR", "Objetivos cualitativos y breves", "Entre tres y cinco resultados clave"),
            "Enlaces útiles",
            ("El problema que abordamos", "Los equipos locales no tienen datos fiables:", "Más de un millón de personas sin vivienda adecuada", "Herramientas de planificación difíciles de usar"),
            ("Nuestra solución", "Análisis preciso", "Procesamiento automático de datos locales", "Escenarios construidos con los equipos"),
            ("Nuestro impacto actual", "Cifras clave", "41 territorios socios", "92% de tasa de reutilización"),
            ("El equipo", "Dos desarrolladores y una diseñadora"),
            ("Aumentar la adopción en todo el país", "Mejorar el acceso a la vivienda", "Mantener satisfechos a los usuarios"),
            ("Alcanzar 200 usuarios activos", "Firmar con 45 territorios", "Publicar la API pública", "Reducir el tiempo de respuesta a 2 días",
             "Subir la satisfacción a 4,5/5", "Llegar a un 85% de recomendación")),
    "pt": W("Objetivo", "Resultado-chave", "Resultados-chave", "Objetivos e resultados-chave para 2025", ("T3", "T4"), "Responsável",
            ("Visão", "Cada equipe publica sem medo", "Os clientes confiam nas nossas versões"),
            ("Como escrever bons OKRs", "Objetivos qualitativos e curtos", "Entre três e cinco resultados-chave"),
            "Links úteis",
            ("O problema que enfrentamos", "As equipes locais não têm dados confiáveis:", "Mais de um milhão de pessoas sem moradia adequada", "Ferramentas de planejamento difíceis de usar"),
            ("Nossa solução", "Análise precisa", "Processamento automático de dados locais", "Cenários construídos com as equipes"),
            ("Nosso impacto atual", "Números-chave", "41 territórios parceiros", "92% de taxa de reutilização"),
            ("A equipe", "Dois desenvolvedores e uma designer"),
            ("Aumentar a adoção em todo o país", "Melhorar o acesso à moradia", "Manter os usuários satisfeitos"),
            ("Alcançar 200 usuários ativos", "Assinar com 45 territórios", "Publicar a API pública", "Reduzir o tempo de resposta para 2 dias",
             "Elevar a satisfação para 4,5/5", "Chegar a 85% de recomendação")),
    "fr": W("Objectif", "Résultat clé", "Résultats clés", "Objectifs et résultats clés visés pour fin 2025", ("T3", "T4"), "Responsable",
            ("Vision", "Chaque équipe livre sans crainte", "Les clients font confiance à nos versions"),
            ("Comment écrire de bons OKR", "Des objectifs qualitatifs et courts", "Trois à cinq résultats clés"),
            "Liens utiles",
            ("Le problème auquel on s'attaque", "Les équipes locales manquent de données fiables :", "Plus d'un million de personnes sans logement adapté", "Des outils de planification difficiles à utiliser"),
            ("La solution", "Analyse précise et fiable", "Traitement automatisé des données locales", "Scénarios construits avec les équipes"),
            ("Notre impact actuel", "Chiffres clés", "41 territoires partenaires", "92% de taux de réutilisation"),
            ("L'équipe", "Deux développeurs et une designer"),
            ("Adoption et déploiement", "Améliorer le logement", "Satisfaire les utilisateurs"),
            ("Atteindre 200 utilisateurs actifs", "Signer avec 45 territoires", "Publier l'API publique", "Réduire le délai de réponse à 2 jours",
             "Porter la satisfaction à 4,5/5", "Atteindre 85% de recommandation")),
    "de": W("Ziel", "Schlüsselergebnis", "Schlüsselergebnisse", "Ziele und Schlüsselergebnisse für 2025", ("Q3", "Q4"), "Verantwortlich",
            ("Vision", "Jedes Team liefert ohne Angst", "Kunden vertrauen unseren Releases"),
            ("Wie man gute OKRs schreibt", "Ziele qualitativ und kurz halten", "Drei bis fünf Schlüsselergebnisse"),
            "Nützliche Links",
            ("Das Problem, das wir angehen", "Lokalen Teams fehlen verlässliche Daten:", "Über eine Million Menschen ohne passende Wohnung", "Planungswerkzeuge sind schwer zu bedienen"),
            ("Unsere Lösung", "Genaue Analyse", "Automatische Verarbeitung lokaler Daten", "Szenarien gemeinsam mit den Teams"),
            ("Unsere bisherige Wirkung", "Kennzahlen", "41 Partnergebiete", "92% Wiederverwendungsrate"),
            ("Das Team", "Zwei Entwickler und eine Designerin"),
            ("Die Nutzung im ganzen Land steigern", "Die Wohnsituation verbessern", "Die Nutzer zufrieden halten"),
            ("200 aktive Nutzer erreichen", "45 Gebiete gewinnen", "Die öffentliche API veröffentlichen", "Die Antwortzeit auf 2 Tage senken",
             "Die Zufriedenheit auf 4,5/5 heben", "85% Weiterempfehlung erreichen")),
    "it": W("Obiettivo", "Risultato chiave", "Risultati chiave", "Obiettivi e risultati chiave per il 2025", ("T3", "T4"), "Responsabile",
            ("Visione", "Ogni team rilascia senza paura", "I clienti si fidano delle nostre versioni"),
            ("Come scrivere buoni OKR", "Obiettivi qualitativi e brevi", "Da tre a cinque risultati chiave"),
            "Link utili",
            ("Il problema che affrontiamo", "I team locali non hanno dati affidabili:", "Oltre un milione di persone senza casa adeguata", "Strumenti di pianificazione difficili da usare"),
            ("La nostra soluzione", "Analisi precisa", "Elaborazione automatica dei dati locali", "Scenari costruiti con i team"),
            ("Il nostro impatto attuale", "Numeri chiave", "41 territori partner", "92% di tasso di riutilizzo"),
            ("Il team", "Due sviluppatori e una designer"),
            ("Aumentare l'adozione in tutto il paese", "Migliorare l'accesso alla casa", "Mantenere soddisfatti gli utenti"),
            ("Raggiungere 200 utenti attivi", "Firmare con 45 territori", "Pubblicare l'API pubblica", "Ridurre il tempo di risposta a 2 giorni",
             "Portare la soddisfazione a 4,5/5", "Raggiungere l'85% di raccomandazione")),
    "nl": W("Doelstelling", "Kernresultaat", "Kernresultaten", "Doelstellingen en kernresultaten voor 2025", ("Q3", "Q4"), "Eigenaar",
            ("Visie", "Elk team levert zonder angst", "Klanten vertrouwen onze releases"),
            ("Zo schrijf je goede OKR's", "Houd doelstellingen kwalitatief en kort", "Schrijf drie tot vijf kernresultaten"),
            "Nuttige links",
            ("Het probleem dat we aanpakken", "Lokale teams missen betrouwbare gegevens:", "Meer dan een miljoen mensen zonder passende woning", "Planningstools zijn moeilijk te gebruiken"),
            ("Onze oplossing", "Nauwkeurige analyse", "Automatische verwerking van lokale gegevens", "Scenario's samen met de teams"),
            ("Onze impact tot nu toe", "Kerncijfers", "41 partnergebieden", "92% hergebruik"),
            ("Het team", "Twee ontwikkelaars en een ontwerper"),
            ("Het gebruik in het hele land vergroten", "De woonsituatie verbeteren", "Gebruikers tevreden houden"),
            ("200 actieve gebruikers bereiken", "45 gebieden aansluiten", "De publieke API publiceren", "De reactietijd verlagen naar 2 dagen",
             "De tevredenheid verhogen naar 4,5/5", "85% aanbeveling bereiken")),
    "pl": W("Cel", "Kluczowy rezultat", "Kluczowe rezultaty", "Cele i kluczowe rezultaty na 2025", ("Q3", "Q4"), "Odpowiedzialny",
            ("Wizja", "Każdy zespół wdraża bez obaw", "Klienci ufają naszym wydaniom"),
            ("Jak pisać dobre OKR", "Cele jakościowe i krótkie", "Od trzech do pięciu kluczowych rezultatów"),
            "Przydatne linki",
            ("Problem, który rozwiązujemy", "Lokalnym zespołom brakuje wiarygodnych danych:", "Ponad milion osób bez odpowiedniego mieszkania", "Narzędzia planowania są trudne w użyciu"),
            ("Nasze rozwiązanie", "Dokładna analiza", "Automatyczne przetwarzanie danych lokalnych", "Scenariusze budowane z zespołami"),
            ("Nasz dotychczasowy wpływ", "Kluczowe liczby", "41 regionów partnerskich", "92% ponownego użycia"),
            ("Zespół", "Dwóch programistów i projektantka"),
            ("Zwiększyć wykorzystanie w całym kraju", "Poprawić sytuację mieszkaniową", "Utrzymać zadowolenie użytkowników"),
            ("Osiągnąć 200 aktywnych użytkowników", "Pozyskać 45 regionów", "Opublikować publiczne API", "Skrócić czas odpowiedzi do 2 dni",
             "Podnieść zadowolenie do 4,5/5", "Osiągnąć 85% rekomendacji")),
    "tr": W("Amaç", "Anahtar sonuç", "Anahtar sonuçlar", "2025 için amaçlar ve anahtar sonuçlar", ("Q3", "Q4"), "Sorumlu",
            ("Vizyon", "Her ekip korkmadan yayın yapar", "Müşteriler sürümlerimize güvenir"),
            ("İyi OKR nasıl yazılır", "Amaçlar nitel ve kısa olmalı", "Üç ile beş anahtar sonuç yazın"),
            "Faydalı bağlantılar",
            ("Çözdüğümüz sorun", "Yerel ekiplerin güvenilir verisi yok:", "Bir milyondan fazla kişi uygun konuttan yoksun", "Planlama araçları zor kullanılıyor"),
            ("Çözümümüz", "Doğru analiz", "Yerel verilerin otomatik işlenmesi", "Ekiplerle birlikte kurulan senaryolar"),
            ("Şu ana kadarki etkimiz", "Temel rakamlar", "41 ortak bölge", "%92 yeniden kullanım oranı"),
            ("Ekip", "İki geliştirici ve bir tasarımcı"),
            ("Ülke genelinde kullanımı artırmak", "Konut koşullarını iyileştirmek", "Kullanıcıları memnun tutmak"),
            ("200 aktif kullanıcıya ulaşmak", "45 bölge ile anlaşmak", "Herkese açık API'yi yayınlamak", "Yanıt süresini 2 güne indirmek",
             "Memnuniyeti 4,5/5 seviyesine çıkarmak", "%85 tavsiye oranına ulaşmak")),
    "id": W("Tujuan", "Hasil utama", "Hasil utama", "Tujuan dan hasil utama 2025", ("Q3", "Q4"), "Penanggung jawab",
            ("Visi", "Setiap tim merilis tanpa rasa takut", "Pelanggan percaya pada rilis kami"),
            ("Cara menulis OKR yang baik", "Tujuan harus kualitatif dan singkat", "Tulis tiga sampai lima hasil utama"),
            "Tautan berguna",
            ("Masalah yang kami hadapi", "Tim lokal tidak punya data yang andal:", "Lebih dari satu juta orang tanpa rumah layak", "Alat perencanaan sulit digunakan"),
            ("Solusi kami", "Analisis yang tepat", "Pengolahan data lokal secara otomatis", "Skenario yang disusun bersama tim"),
            ("Dampak kami sejauh ini", "Angka utama", "41 wilayah mitra", "92% tingkat penggunaan ulang"),
            ("Tim", "Dua pengembang dan satu desainer"),
            ("Meningkatkan adopsi di seluruh negeri", "Memperbaiki kondisi perumahan", "Menjaga kepuasan pengguna"),
            ("Mencapai 200 pengguna aktif", "Menggandeng 45 wilayah", "Menerbitkan API publik", "Memangkas waktu respons menjadi 2 hari",
             "Menaikkan kepuasan menjadi 4,5/5", "Mencapai 85% rekomendasi")),
    "zh": W("目标", "关键结果", "关键结果", "2025年目标与关键结果", ("第三季度", "第四季度"), "负责人",
            ("年度愿景", "每个团队都能放心发布", "客户信任我们的版本"),
            ("如何写好OKR", "目标要定性并且简短", "每个目标写三到五个关键结果"),
            "相关链接",
            ("我们要解决的问题", "地方团队缺少可靠的数据：", "超过一百万人没有合适的住房", "规划工具难以使用"),
            ("我们的方案", "精准分析", "自动处理本地数据", "与团队一起构建场景"),
            ("目前的成效", "关键数字", "41个合作地区", "92%的复用率"),
            ("团队", "两名开发者和一名设计师"),
            ("在全国扩大使用", "改善住房状况", "保持用户满意"),
            ("活跃用户达到200人", "签约45个地区", "发布公开API", "响应时间缩短到2天", "满意度提升到4.5/5", "推荐率达到85%")),
    "ja": W("目標", "主要な成果", "主要な成果", "2025年の目標と主要な成果", ("第3四半期", "第4四半期"), "担当者",
            ("ビジョン", "すべてのチームが安心してリリースする", "顧客がリリースを信頼する"),
            ("良いOKRの書き方", "目標は定性的で短くする", "主要な成果は三つから五つ"),
            "参考リンク",
            ("私たちが取り組む課題", "地域のチームには信頼できるデータがない：", "百万人以上が適切な住まいを持たない", "計画ツールが使いにくい"),
            ("私たちの解決策", "正確な分析", "地域データの自動処理", "チームと一緒に作るシナリオ"),
            ("これまでの成果", "主な数字", "41の提携地域", "再利用率92%"),
            ("チーム", "開発者二名とデザイナー一名"),
            ("全国で利用を広げる", "住環境を改善する", "利用者の満足を保つ"),
            ("アクティブユーザーを200人にする", "45の地域と契約する", "公開APIをリリースする", "応答時間を2日に短縮する",
             "満足度を4.5/5に上げる", "推奨率を85%にする")),
    "ko": W("목표", "핵심 결과", "핵심 결과", "2025년 목표와 핵심 결과", ("3분기", "4분기"), "담당자",
            ("비전", "모든 팀이 두려움 없이 배포한다", "고객이 우리 릴리스를 신뢰한다"),
            ("좋은 OKR 작성법", "목표는 정성적이고 짧게", "핵심 결과는 세 개에서 다섯 개"),
            "유용한 링크",
            ("우리가 해결하는 문제", "지역 팀에는 신뢰할 수 있는 데이터가 없다:", "백만 명 이상이 적절한 주거가 없다", "계획 도구가 사용하기 어렵다"),
            ("우리의 해결책", "정확한 분석", "지역 데이터 자동 처리", "팀과 함께 만드는 시나리오"),
            ("지금까지의 성과", "주요 수치", "41개 협력 지역", "재사용률 92%"),
            ("팀", "개발자 두 명과 디자이너 한 명"),
            ("전국으로 사용 확대", "주거 환경 개선", "사용자 만족 유지"),
            ("활성 사용자 200명 달성", "45개 지역과 계약", "공개 API 출시", "응답 시간을 2일로 단축", "만족도를 4.5/5로 향상", "추천률 85% 달성")),
    "ru": W("Цель", "Ключевой результат", "Ключевые результаты", "Цели и ключевые результаты на 2025 год", ("Q3", "Q4"), "Ответственный",
            ("Видение", "Каждая команда выпускает без страха", "Клиенты доверяют нашим релизам"),
            ("Как писать хорошие OKR", "Цели качественные и короткие", "От трёх до пяти ключевых результатов"),
            "Полезные ссылки",
            ("Проблема, которую мы решаем", "Местным командам не хватает надёжных данных:", "Более миллиона человек без подходящего жилья", "Инструменты планирования сложны"),
            ("Наше решение", "Точный анализ", "Автоматическая обработка местных данных", "Сценарии вместе с командами"),
            ("Наш результат на сегодня", "Ключевые цифры", "41 регион-партнёр", "92% повторного использования"),
            ("Команда", "Два разработчика и дизайнер"),
            ("Расширить использование по всей стране", "Улучшить жилищные условия", "Сохранить довольство пользователей"),
            ("Достичь 200 активных пользователей", "Подписать 45 регионов", "Опубликовать публичный API", "Сократить время ответа до 2 дней",
             "Поднять удовлетворённость до 4,5/5", "Достичь 85% рекомендаций")),
}  # fmt: skip

EMOJI = ("📊", "🏡", "🌱", "👥")
OTHER_EMOJI = ("🔍", "🛠️", "📈", "⭐", "💬")
_SCORES = (0.7, 0.4, 1.0, 0.5, 0.3, 0.9)
_OWNERS = ("Ana", "Ben", "Chen Li")


def tree_for(lang: str, objectives: int, krs: int, *, scores: bool = False, owners: bool = False):
    """Return a tree of the language's invented texts: objectives over krs key results each."""
    w = WORDS[lang]
    out = []
    for i in range(objectives):
        mine = w.results[i * krs : (i + 1) * krs] if krs * objectives <= 6 else w.results[:krs]
        results = tuple(
            KeyResult(t, score=_SCORES[(i * krs + j) % 6] if scores else None)
            for j, t in enumerate(mine)
        )
        out.append(Objective(w.titles[i], results, owner=_OWNERS[i] if owners else None))
    return Tree(tuple(out))


# --- emoji_sections ---------------------------------------------------------------------------

EMOJI_VARIANTS = ("lines", "bold", "headings", "no_emoji", "short_heading", "front_matter")


def _emoji_page(tree: Tree, w: Words, variant: str) -> list[str]:
    def group(n: int, title: str, emoji: str, bullets) -> list[str]:
        head = title if variant == "no_emoji" else f"{emoji} {title}"
        head = {"bold": f"**{head}**", "headings": f"### {head}"}.get(variant, head)
        gap = [""] if n == 0 or variant == "headings" else []  # "🔍 …" / blank / "* …" at first
        return [head, *gap, *[f"* {b}" for b in bullets], ""]

    lines = []
    if variant == "front_matter":
        lines += ["---", "title: Otelo", "incubator: mtes", "phases:", "  - name: investigation",
                  "    start: 2023-05-01", "---", ""]  # fmt: skip
    heading, lead, first, second = w.problem
    lines += [f"## {heading}", "", lead, f"* {first}", f"* {second}", ""]
    heading, feature, first, second = w.solution
    lines += [f"## {heading}", ""] + group(0, feature, OTHER_EMOJI[0], (first, second))
    lines += group(1, w.vision[1], OTHER_EMOJI[1], (w.vision[2], second))
    okrs = "OKRs 2025" if variant == "short_heading" else w.okrs
    lines += [f"## {okrs}", ""]
    for i, o in enumerate(tree.objectives):
        lines += group(i, o.title, EMOJI[i], [kr.text for kr in o.key_results])
    heading, figures, first, second = w.impact
    lines += [f"## {heading}", ""] + group(0, figures, OTHER_EMOJI[2], (first, second))
    lines += group(1, w.team[1], OTHER_EMOJI[3], (first, second))
    lines += [f"## {w.team[0]}", "", f"* {w.team[1]}", "", f"## {w.links}", "",
              "`https://github.com/example/otelo-back`"]  # fmt: skip
    return lines


# --- cross ------------------------------------------------------------------------------------

CROSS_VARIANTS = (
    "labels", "label_bullets", "headings", "bold", "numbered", "lettered", "quarter_tasks",
    "table", "fenced", "quarters_repeated", "emoji", "scores", "owners", "plural_ids", "vision",
)  # fmt: skip
NEAR_MISSES = ("guide", "links", "about")


def _colon(w: Words) -> str:
    return " :" if w.objective == "Objectif" else ":"


def _labels(tree: Tree, w: Words, bullet: str = "", sub: str = "") -> list[str]:
    c, lines = _colon(w), []
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"{bullet}{w.objective} {i}{c} {o.title}")
        lines += [f"{sub}{w.kr} {i}.{j}{c} {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines.append("")
    return lines


def _cross_okrs(tree: Tree, w: Words, variant: str) -> list[str]:
    c = _colon(w)
    obj = tree.objectives
    if variant == "labels":
        return ["## OKR", "", *_labels(tree, w)]
    if variant == "label_bullets":
        return ["## OKR", "", *_labels(tree, w, "- ", "  - ")]
    if variant == "headings":
        lines = []
        for i, o in enumerate(obj, 1):
            lines += [f"## {w.objective} {i}{c} {o.title}", "", f"### {w.krs}", ""]
            lines += [f"- {kr.text}" for kr in o.key_results] + [""]
        return lines
    if variant == "bold":
        lines = []
        for o in obj:
            lines += [f"**{w.objective}{c}** {o.title}", "", f"**{w.krs}{c}**"]
            lines += [f"- {kr.text}" for kr in o.key_results] + [""]
        return lines
    if variant in ("numbered", "lettered"):
        lines = [f"## {w.okrs}", ""]
        for i, o in enumerate(obj, 1):
            lines.append(f"{i}. {o.title}")
            lines += [
                f"   {'abcdef'[j] + ')' if variant == 'lettered' else '-'} {kr.text}"
                for j, kr in enumerate(o.key_results)
            ]
        return [*lines, ""]
    if variant == "quarter_tasks":
        lines = [f"### {w.quarters[1]}", ""]
        for o in obj:
            lines += [f"- [ ] {o.title}", *[f"  - [ ] {kr.text}" for kr in o.key_results]]
        return [*lines, ""]
    if variant == "table":
        lines = [f"| {w.objective} | {w.kr} |", "|---|---|"]
        lines += [f"| {o.title} | {kr.text} |" for o in obj for kr in o.key_results]
        return [*lines, ""]
    if variant == "fenced":
        return [w.okrs + c, "", "```", *_labels(tree, w)[:-1], "```", ""]
    if variant == "quarters_repeated":
        half = len(obj[0].key_results) // 2 or 1
        lines = []
        for q, part in zip(w.quarters, (slice(0, half), slice(half, None)), strict=True):
            lines += [f"## {q}", ""]
            for o in obj:
                lines += [f"- **{w.objective}**{c} {o.title}"]
                lines += [f"- **{w.kr}**{c} {kr.text}" for kr in o.key_results[part]] + [""]
        return lines
    if variant == "emoji":
        lines = [f"## {w.okrs}", ""]
        for i, o in enumerate(obj, 1):
            lines += [f"🎯 {w.objective} {i}{c} {o.title}"]
            lines += [f"📈 {w.kr} {i}.{j}{c} {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            lines.append("")
        return lines
    if variant == "scores":
        lines = ["## OKR", ""]
        for i, o in enumerate(obj, 1):
            lines.append(f"{w.objective} {i}{c} {o.title}")
            lines += [
                f"- {w.kr} {i}.{j}{c} {kr.text} ({kr.score:.1f})"
                for j, kr in enumerate(o.key_results, 1)
            ]
            lines.append("")
        return lines
    if variant == "owners":
        lines = ["## OKR", ""]
        for i, o in enumerate(obj, 1):
            lines += [f"{w.objective} {i}{c} {o.title}", f"{w.owner}{c} {o.owner}"]
            lines += [f"- {w.kr} {i}.{j}{c} {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            lines.append("")
        return lines
    if variant == "plural_ids":
        lines = []
        for i, o in enumerate(obj, 1):
            lines.append(f"- {w.objective} {i}{c} {o.title}")
            lines += [f"- {w.krs} {j} - {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            lines.append("")
        return lines
    assert variant == "vision"
    heading, first, second = w.vision
    return [f"## {heading}", "", f"1. {first}", f"2. {second}", "", *_labels(tree, w)]


def _near_miss(w: Words, kind: str) -> list[str]:
    if kind == "guide":
        heading, first, second = w.guide
        return [f"## {heading}", "", f"- {first}", f"- {second}", ""]
    if kind == "links":
        return [f"## {w.links}", "", "- [OKR guide](https://example.org/okr)",
                "- [Blog](https://example.org/blog)", ""]  # fmt: skip
    heading, feature, first, second = w.solution
    return [f"## {heading}", "", f"{feature}:", f"- {first}", f"- {second}", ""]


def _cross_page(tree: Tree, w: Words, variant: str, near: str) -> list[str]:
    okrs = _cross_okrs(tree, w, variant)
    miss = _near_miss(w, near)
    return ["# OKR 2025", "", *miss, *okrs] if near == "about" else ["# OKR 2025", "", *okrs, *miss]


def cross_tree(lang: str, variant: str, objectives: int) -> Tree:
    """Return the tree a cross page of the variant writes (two quarters halve the key results)."""
    tree = tree_for(lang, objectives, 2 if variant == "quarters_repeated" else 3 - objectives % 2,
                    scores=variant == "scores", owners=variant == "owners")  # fmt: skip
    if variant != "quarters_repeated":
        return tree
    halves = [Objective(o.title, o.key_results[:1]) for o in tree.objectives]
    return Tree((*halves, *(Objective(o.title, o.key_results[1:]) for o in tree.objectives)))


def cases() -> list[tuple[str, str, str, int]]:
    """Return (family, language, variant, objectives) for every case."""
    out = [
        ("emoji_sections", lang, variant, 2 + n % 2)
        for lang, (n, variant) in itertools.product(LANGUAGES, enumerate(EMOJI_VARIANTS))
    ]
    out += [
        ("cross", lang, f"{variant}/{NEAR_MISSES[n % 3]}", 1 + n % 2 + (lang < "m"))
        for (n, variant), lang in itertools.product(enumerate(CROSS_VARIANTS), LANGUAGES)
    ]
    return out


def case(family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
    """Return (document text, expected tree) of one case."""
    w = WORDS[lang]
    if family == "emoji_sections":
        tree = tree_for(lang, objectives, 2 if objectives > 2 else 3)
        lines = _emoji_page(tree, w, variant)
    else:
        shape, near = variant.split("/")
        tree = cross_tree(lang, shape, objectives)
        drawn = tree if shape != "quarters_repeated" else tree_for(lang, objectives, 2)
        lines = _cross_page(drawn, w, shape, near)
    return "\n".join(lines).rstrip() + "\n", expected(tree)


def figures(show: bool = False) -> dict[str, tuple[int, int]]:
    """Return {family, family:variant, lang:xx: (read exactly, cases)}; print misses with show."""
    return variant_figures(cases(), case, show)


def main(show: bool = False) -> None:
    """Print each family's figure (bench.document_shapes calls this)."""
    print_variant_figures("twenty-second", FAMILIES, figures(show), show)


if __name__ == "__main__":
    main(show=True)
