"""Whole-document families of the twenty-third round (issue 15), the tree known by construction
(test-side only, never shipped). Invented texts in fourteen languages (en es pt fr de it nl pl
tr id zh ja ko ru), each page with its near misses:

- `yearly_table` (round 23's yearly personal OKR): a title, a "> …" summary, "## 1. <last year in
  review>" over ✅ measured bullets and "## 2. <themes of the year>" over bare bullets (context),
  then "## 3. OKRs 2026" over "### O1 · <objective>" headings, each over a "> …" line and a table
  "| KR | <key results> |" whose rows are "| KR1 · <group> | ① …; ② … |": the circled-number
  items are the key results. Variants: circled items, items under two category labels (the
  labels go), "❶ ❷" markers, "O1:" / "KR1:" ids, bullets under the headings instead of a table.
  Near misses: one labelled item keeps its label ("Book list: read 3 books"), a cell written
  without circled numbers is one key result, a page with no context sections.
- `avoid_sections` (round 24's template): objectives written "**Objective**: …" over
  "**Key Results**:" and bullets, then a closing section of anti-patterns, common mistakes or
  pitfalls ("## Anti-Patterns to Avoid", "## Errores comunes", "## 常见误区") over "❌ …" bullets:
  advice, not an objective. Variants: three heading words, plain, numbered ("## 5. …") and
  emoji ("## ⚠️ …") headings, bullets with and without "❌". Near miss on every page: an
  objective about mistakes ("Reduce billing mistakes") stays an objective.
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

FAMILIES = ("yearly_table", "avoid_sections")
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "id", "zh", "ja", "ko", "ru")


@dataclass(frozen=True)
class Words:
    okrs: str  # a heading naming the OKRs
    krs: str  # the key results column / header word
    objective: str  # "Objective"
    review: tuple[str, str, str]  # heading, two measured milestones of last year
    themes: tuple[str, str, str]  # heading, two themes
    titles: tuple[str, str, str]
    groups: tuple[str, str]
    items: tuple[str, str, str, str, str, str]
    labels: tuple[str, str]  # two category labels
    lone: str  # one labelled item, kept whole
    avoid: tuple[str, str, str]  # anti-patterns, common mistakes, pitfalls / what to avoid
    bad: tuple[str, str]  # two pieces of bad practice
    mistakes: tuple[str, str, str]  # an objective about mistakes and two of its key results


W = Words
WORDS: dict[str, Words] = {
    "en": W("OKRs 2026", "Key results", "Objective",
            ("Last year in review", "Published 1 paper in a national journal", "Lost 14 kg in 6 months"),
            ("Themes of the year", "Career growth", "Health"),
            ("Grow at work", "Keep learning", "Live sustainably"), ("Skills", "Habits"),
            ("Ship 5 portfolio projects", "Pass the promotion review", "Read 12 books",
             "Build a personal knowledge base", "Run 300 km", "Sleep 7 hours a night"),
            ("Health", "Daily"), "Book list: read 3 books",
            ("Anti-Patterns to Avoid", "Common Mistakes", "Pitfalls to avoid"),
            ("Too many OKRs (more than 3 objectives)", "KRs that are tasks, not outcomes"),
            ("Reduce billing mistakes", "Cut invoice errors from 40 to 10 a month", "Reach 99% correct invoices")),
    "es": W("OKR 2026", "Resultados clave", "Objetivo",
            ("Repaso del año pasado", "Publiqué 1 artículo en una revista nacional", "Bajé 14 kg en 6 meses"),
            ("Temas del año", "Crecimiento profesional", "Salud"),
            ("Crecer en el trabajo", "Seguir aprendiendo", "Vivir de forma sostenible"), ("Habilidades", "Hábitos"),
            ("Entregar 5 proyectos de portafolio", "Superar la evaluación de ascenso", "Leer 12 libros",
             "Crear una base de conocimiento personal", "Correr 300 km", "Dormir 7 horas cada noche"),
            ("Salud", "Diario"), "Lista de libros: leer 3 libros",
            ("Antipatrones", "Errores comunes", "Qué evitar"),
            ("Demasiados OKR (más de 3 objetivos)", "KR que son tareas, no resultados"),
            ("Reducir los errores de facturación", "Bajar los errores de factura de 40 a 10 al mes", "Llegar al 99% de facturas correctas")),
    "pt": W("OKRs 2026", "Resultados-chave", "Objetivo",
            ("Retrospectiva do ano passado", "Publiquei 1 artigo numa revista nacional", "Perdi 14 kg em 6 meses"),
            ("Temas do ano", "Crescimento profissional", "Saúde"),
            ("Crescer no trabalho", "Continuar aprendendo", "Viver de forma sustentável"), ("Habilidades", "Hábitos"),
            ("Entregar 5 projetos de portfólio", "Passar na avaliação de promoção", "Ler 12 livros",
             "Criar uma base de conhecimento pessoal", "Correr 300 km", "Dormir 7 horas por noite"),
            ("Saúde", "Diário"), "Lista de livros: ler 3 livros",
            ("Antipadrões", "Erros comuns", "O que evitar"),
            ("OKRs demais (mais de 3 objetivos)", "KRs que são tarefas, não resultados"),
            ("Reduzir os erros de faturação", "Baixar os erros de fatura de 40 para 10 por mês", "Chegar a 99% de faturas corretas")),
    "fr": W("OKR 2026", "Résultats clés", "Objectif",
            ("Bilan de l'année dernière", "Publié 1 article dans une revue nationale", "Perdu 14 kg en 6 mois"),
            ("Thèmes de l'année", "Évolution de carrière", "Santé"),
            ("Grandir au travail", "Continuer à apprendre", "Vivre durablement"), ("Compétences", "Habitudes"),
            ("Livrer 5 projets de portfolio", "Réussir l'entretien de promotion", "Lire 12 livres",
             "Construire une base de connaissances", "Courir 300 km", "Dormir 7 heures par nuit"),
            ("Santé", "Quotidien"), "Liste de lecture : lire 3 livres",
            ("Anti-patterns", "Erreurs courantes", "Pièges à éviter"),
            ("Trop d'OKR (plus de 3 objectifs)", "Des KR qui sont des tâches, pas des résultats"),
            ("Réduire les erreurs de facturation", "Baisser les erreurs de facture de 40 à 10 par mois", "Atteindre 99% de factures correctes")),
    "de": W("OKRs 2026", "Schlüsselergebnisse", "Ziel",
            ("Rückblick auf das letzte Jahr", "1 Artikel in einer Fachzeitschrift veröffentlicht", "14 kg in 6 Monaten abgenommen"),
            ("Themen des Jahres", "Berufliche Entwicklung", "Gesundheit"),
            ("Im Beruf wachsen", "Weiter lernen", "Nachhaltig leben"), ("Fähigkeiten", "Gewohnheiten"),
            ("5 Portfolio-Projekte liefern", "Die Beförderungsrunde bestehen", "12 Bücher lesen",
             "Eine persönliche Wissensbasis aufbauen", "300 km laufen", "7 Stunden pro Nacht schlafen"),
            ("Gesundheit", "Alltag"), "Leseliste: 3 Bücher lesen",
            ("Anti-Patterns", "Häufige Fehler", "Fallstricke"),
            ("Zu viele OKRs (mehr als 3 Ziele)", "KRs, die Aufgaben sind, keine Ergebnisse"),
            ("Abrechnungsfehler reduzieren", "Rechnungsfehler von 40 auf 10 pro Monat senken", "99% korrekte Rechnungen erreichen")),
    "it": W("OKR 2026", "Risultati chiave", "Obiettivo",
            ("Bilancio dell'anno scorso", "Pubblicato 1 articolo su una rivista nazionale", "Persi 14 kg in 6 mesi"),
            ("Temi dell'anno", "Crescita professionale", "Salute"),
            ("Crescere nel lavoro", "Continuare a imparare", "Vivere in modo sostenibile"), ("Competenze", "Abitudini"),
            ("Consegnare 5 progetti di portfolio", "Superare la valutazione per la promozione", "Leggere 12 libri",
             "Creare una base di conoscenza personale", "Correre 300 km", "Dormire 7 ore a notte"),
            ("Salute", "Quotidiano"), "Lista di libri: leggere 3 libri",
            ("Anti-pattern", "Errori comuni", "Cosa evitare"),
            ("Troppi OKR (più di 3 obiettivi)", "KR che sono attività, non risultati"),
            ("Ridurre gli errori di fatturazione", "Ridurre gli errori in fattura da 40 a 10 al mese", "Arrivare al 99% di fatture corrette")),
    "nl": W("OKR's 2026", "Kernresultaten", "Doelstelling",
            ("Terugblik op vorig jaar", "1 artikel gepubliceerd in een vakblad", "14 kg afgevallen in 6 maanden"),
            ("Thema's van het jaar", "Loopbaan", "Gezondheid"),
            ("Groeien in mijn werk", "Blijven leren", "Duurzaam leven"), ("Vaardigheden", "Gewoonten"),
            ("5 portfolioprojecten opleveren", "De promotieronde halen", "12 boeken lezen",
             "Een persoonlijke kennisbank bouwen", "300 km hardlopen", "7 uur per nacht slapen"),
            ("Gezondheid", "Dagelijks"), "Leeslijst: 3 boeken lezen",
            ("Antipatronen", "Veelgemaakte fouten", "Valkuilen"),
            ("Te veel OKR's (meer dan 3 doelen)", "KR's die taken zijn, geen resultaten"),
            ("Factuurfouten verminderen", "Factuurfouten van 40 naar 10 per maand brengen", "99% correcte facturen halen")),
    "pl": W("OKR 2026", "Kluczowe rezultaty", "Cel",
            ("Podsumowanie zeszłego roku", "Opublikowałem 1 artykuł w czasopiśmie", "Schudłem 14 kg w 6 miesięcy"),
            ("Tematy roku", "Rozwój zawodowy", "Zdrowie"),
            ("Rozwijać się w pracy", "Uczyć się dalej", "Żyć zrównoważenie"), ("Umiejętności", "Nawyki"),
            ("Dostarczyć 5 projektów do portfolio", "Zdać ocenę awansową", "Przeczytać 12 książek",
             "Zbudować osobistą bazę wiedzy", "Przebiec 300 km", "Spać 7 godzin każdej nocy"),
            ("Zdrowie", "Codziennie"), "Lista książek: przeczytać 3 książki",
            ("Antywzorce", "Typowe błędy", "Czego unikać"),
            ("Za dużo OKR (więcej niż 3 cele)", "KR, które są zadaniami, a nie wynikami"),
            ("Ograniczyć błędy w fakturach", "Zmniejszyć liczbę błędów w fakturach z 40 do 10 miesięcznie", "Osiągnąć 99% poprawnych faktur")),
    "tr": W("2026 OKR'ları", "Anahtar sonuçlar", "Amaç",
            ("Geçen yılın değerlendirmesi", "Ulusal bir dergide 1 makale yayımladım", "6 ayda 14 kg verdim"),
            ("Yılın temaları", "Kariyer gelişimi", "Sağlık"),
            ("İşte büyümek", "Öğrenmeye devam etmek", "Sürdürülebilir yaşamak"), ("Beceriler", "Alışkanlıklar"),
            ("5 portföy projesi teslim etmek", "Terfi değerlendirmesini geçmek", "12 kitap okumak",
             "Kişisel bir bilgi tabanı kurmak", "300 km koşmak", "Her gece 7 saat uyumak"),
            ("Sağlık", "Günlük"), "Kitap listesi: 3 kitap okumak",
            ("Anti-desenler", "Sık yapılan hatalar", "Kaçınılması gerekenler"),
            ("Çok fazla OKR (3'ten fazla hedef)", "Sonuç değil görev olan KR'ler"),
            ("Fatura hatalarını azaltmak", "Fatura hatalarını ayda 40'tan 10'a indirmek", "Doğru faturalarda %99'a ulaşmak")),
    "id": W("OKR 2026", "Hasil utama", "Tujuan",
            ("Tinjauan tahun lalu", "Menerbitkan 1 artikel di jurnal nasional", "Turun 14 kg dalam 6 bulan"),
            ("Tema tahun ini", "Pengembangan karier", "Kesehatan"),
            ("Bertumbuh di tempat kerja", "Terus belajar", "Hidup berkelanjutan"), ("Keterampilan", "Kebiasaan"),
            ("Menyelesaikan 5 proyek portofolio", "Lulus penilaian promosi", "Membaca 12 buku",
             "Membangun basis pengetahuan pribadi", "Berlari 300 km", "Tidur 7 jam setiap malam"),
            ("Kesehatan", "Harian"), "Daftar buku: membaca 3 buku",
            ("Anti-pattern", "Kesalahan umum", "Yang harus dihindari"),
            ("Terlalu banyak OKR (lebih dari 3 tujuan)", "KR yang berupa tugas, bukan hasil"),
            ("Mengurangi kesalahan penagihan", "Menurunkan kesalahan faktur dari 40 ke 10 per bulan", "Mencapai 99% faktur yang benar")),
    "zh": W("年度 OKR", "关键结果", "目标",
            ("上年度里程碑回顾", "发表 1 篇国家级期刊论文", "6 个月减重 14 公斤"),
            ("年度节奏", "实习转正", "健康管理"),
            ("工作产出", "通识学习", "可持续发展"), ("能力导向", "思维搭建"),
            ("在职场积累作品 ≥ 5 项", "参与转正答辩", "读完 12 本书",
             "完整的 AI 知识库体系", "全年跑步 300 公里", "每晚睡眠 7 小时"),
            ("医美", "日常"), "得到书单：读完 3 本",
            ("反模式", "常见错误", "常见误区"),
            ("OKR 太多（超过 3 个目标）", "KR 是任务而不是结果"),
            ("减少账单错误", "每月发票错误从 40 降到 10", "发票正确率达到 99%")),
    "ja": W("2026年のOKR", "主要な成果", "目標",
            ("昨年の振り返り", "全国誌に論文を 1 本掲載", "6 か月で 14 kg 減量"),
            ("今年のテーマ", "キャリア", "健康"),
            ("仕事で成長する", "学び続ける", "持続可能に暮らす"), ("スキル", "習慣"),
            ("ポートフォリオ作品を 5 件公開", "昇格審査に合格", "本を 12 冊読む",
             "個人のナレッジベースを構築", "300 km 走る", "毎晩 7 時間眠る"),
            ("健康", "日常"), "読書リスト：3 冊読む",
            ("アンチパターン", "よくある間違い", "避けるべきこと"),
            ("OKR が多すぎる（目標が 3 つ超）", "成果ではなくタスクになっている KR"),
            ("請求ミスを減らす", "請求書のミスを月 40 件から 10 件に減らす", "正しい請求書を 99% にする")),
    "ko": W("2026 OKR", "핵심 결과", "목표",
            ("작년 회고", "국내 학술지에 논문 1편 게재", "6개월 동안 14kg 감량"),
            ("올해의 테마", "커리어 성장", "건강"),
            ("일에서 성장하기", "계속 배우기", "지속 가능하게 살기"), ("역량", "습관"),
            ("포트폴리오 프로젝트 5개 완성", "승진 심사 통과", "책 12권 읽기",
             "개인 지식 베이스 구축", "300km 달리기", "매일 밤 7시간 자기"),
            ("건강", "일상"), "도서 목록: 책 3권 읽기",
            ("안티 패턴", "흔한 실수", "피해야 할 것"),
            ("OKR이 너무 많음 (목표 3개 초과)", "결과가 아닌 작업인 KR"),
            ("청구 오류 줄이기", "월 청구서 오류를 40건에서 10건으로 줄이기", "정확한 청구서 99% 달성")),
    "ru": W("OKR на 2026", "Ключевые результаты", "Цель",
            ("Итоги прошлого года", "Опубликовал 1 статью в журнале", "Похудел на 14 кг за 6 месяцев"),
            ("Темы года", "Карьера", "Здоровье"),
            ("Расти в работе", "Продолжать учиться", "Жить устойчиво"), ("Навыки", "Привычки"),
            ("Сделать 5 проектов для портфолио", "Пройти оценку на повышение", "Прочитать 12 книг",
             "Собрать личную базу знаний", "Пробежать 300 км", "Спать 7 часов каждую ночь"),
            ("Здоровье", "Быт"), "Список книг: прочитать 3 книги",
            ("Антипаттерны", "Типичные ошибки", "Чего избегать"),
            ("Слишком много OKR (больше 3 целей)", "KR, которые являются задачами, а не результатами"),
            ("Сократить ошибки в счетах", "Снизить ошибки в счетах с 40 до 10 в месяц", "Достичь 99% верных счетов")),
}  # fmt: skip

_CJK = ("zh", "ja")

# --- yearly_table -------------------------------------------------------------------------------

YEARLY_VARIANTS = (
    "circled", "labelled", "lone_label", "plain_cell", "dark_circles", "colon_ids", "bullets",
    "no_context",
)  # fmt: skip


def _items(lang: str, items: list[str], dark: bool = False) -> str:
    first = 0x2776 if dark else 0x2460
    sep = "；" if lang in _CJK else "; "
    return sep.join(f"{chr(first + n)} {item}" for n, item in enumerate(items))


def _label(lang: str, label: str, item: str) -> str:
    return f"{label}：{item}" if lang in _CJK else f"{label}: {item}"


def yearly_tree(lang: str, variant: str, objectives: int) -> tuple[Tree, list[list[list[str]]]]:
    """Return the tree and, per objective, the cells' items as drawn (labels included)."""
    w = WORDS[lang]
    out, drawn = [], []
    for i in range(objectives):
        a, b, c, d = (w.items[(i * 2 + k) % 6] for k in range(4))
        rows = [[a, b], [c, d]]
        if variant == "plain_cell":
            rows = [[a, b], [c]]
        read = [x for row in rows for x in row]
        if variant == "labelled":
            rows[1] = [_label(lang, w.labels[0], c), _label(lang, w.labels[1], d)]
        if variant == "lone_label" and i == 0:
            rows[0] = [w.lone, b]
            read = [w.lone, b, c, d]
        drawn.append(rows)
        out.append(Objective(w.titles[i], tuple(KeyResult(t) for t in read)))
    return Tree(tuple(out)), drawn


def _yearly_page(lang: str, variant: str, tree: Tree, drawn: list[list[list[str]]]) -> list[str]:
    w = WORDS[lang]
    colon = "：" if lang in _CJK else ": "
    numbered = ("一、", "二、", "三、") if lang == "zh" else ("1. ", "2. ", "3. ")
    lines = [f"# 2026 {w.okrs}", "", f"> {w.titles[0]} · {w.titles[1]}", ""]
    if variant != "no_context":
        lines += [
            f"## {numbered[0]}{w.review[0]}",
            "",
            f"- ✅ {w.review[1]}",
            f"- ✅ {w.review[2]}",
            "",
        ]
        lines += [f"## {numbered[1]}{w.themes[0]}", "", f"- {w.themes[1]}", f"- {w.themes[2]}", ""]
    lines += [f"## {numbered[2]}{w.okrs}", ""]
    for i, (objective, rows) in enumerate(zip(tree.objectives, drawn, strict=True)):
        head = f"O{i + 1}{colon}" if variant == "colon_ids" else f"O{i + 1} · "
        lines += [f"### {head}{objective.title}", "", f"> {w.themes[1]}", ""]
        if variant == "bullets":
            lines += [f"- {kr.text}" for kr in objective.key_results] + [""]
            continue
        lines += [f"| KR | {w.krs} |", "| --- | --- |"]
        for n, items in enumerate(rows):
            kr_id = f"KR{n + 1}{colon}" if variant == "colon_ids" else f"KR{n + 1} · "
            cell = items[0] if len(items) == 1 else _items(lang, items, variant == "dark_circles")
            lines.append(f"| {kr_id}{w.groups[n]} | {cell} |")
        lines.append("")
    return lines


# --- avoid_sections -----------------------------------------------------------------------------

AVOID_VARIANTS = tuple(
    f"{kind}_{form}"
    for kind, form in itertools.product(
        ("anti", "mistakes", "pitfalls"), ("plain", "numbered", "emoji")
    )
)


def avoid_tree(lang: str, objectives: int) -> Tree:
    w = WORDS[lang]
    out = [
        Objective(w.titles[i], (KeyResult(w.items[i * 2]), KeyResult(w.items[i * 2 + 1])))
        for i in range(objectives)
    ]
    out.append(Objective(w.mistakes[0], (KeyResult(w.mistakes[1]), KeyResult(w.mistakes[2]))))
    return Tree(tuple(out))


def _avoid_page(lang: str, variant: str, tree: Tree, crossed: bool) -> list[str]:
    w = WORDS[lang]
    kind, form = variant.split("_")
    heading = w.avoid[("anti", "mistakes", "pitfalls").index(kind)]
    heading = {"plain": heading, "numbered": f"5. {heading}", "emoji": f"⚠️ {heading}"}[form]
    lines = [f"# {w.okrs}", ""]
    for n, objective in enumerate(tree.objectives):
        lines += [f"### {w.groups[n % 2]} OKRs", "", f"**{w.objective}**: {objective.title}", ""]
        lines += (
            [f"**{w.krs}**:"] + [f"- {kr.text}" for kr in objective.key_results] + ["", "---", ""]
        )
    mark = "❌ " if crossed else ""
    lines += [f"## {heading}", "", f"- {mark}{w.bad[0]}", f"- {mark}{w.bad[1]}"]
    return lines


# --- the cases ----------------------------------------------------------------------------------


def cases() -> list[tuple[str, str, str, int]]:
    """Return (family, language, variant, objectives) for every case."""
    out = [
        ("yearly_table", lang, variant, 2 + (n + k) % 2)
        for (k, lang), (n, variant) in itertools.product(
            enumerate(LANGUAGES), enumerate(YEARLY_VARIANTS)
        )
    ]
    out += [
        ("avoid_sections", lang, f"{variant}/{'crossed' if n % 2 else 'plain'}", 1 + (n + k) % 2)
        for (k, lang), (n, variant) in itertools.product(
            enumerate(LANGUAGES), enumerate(AVOID_VARIANTS)
        )
    ]
    return out


def case(family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
    """Return (document text, expected tree) of one case."""
    if family == "yearly_table":
        tree, drawn = yearly_tree(lang, variant, objectives)
        lines = _yearly_page(lang, variant, tree, drawn)
    else:
        shape, bullets = variant.split("/")
        tree = avoid_tree(lang, objectives)
        lines = _avoid_page(lang, shape, tree, bullets == "crossed")
    return "\n".join(lines).rstrip() + "\n", expected(tree)


def figures(show: bool = False) -> dict[str, tuple[int, int]]:
    """Return {family, family:variant, lang:xx: (read exactly, cases)}; print misses with show."""
    return variant_figures(cases(), case, show)


def main(show: bool = False) -> None:
    """Print each family's figure (bench.document_shapes calls this)."""
    print_variant_figures("twenty-third", FAMILIES, figures(show), show)


if __name__ == "__main__":
    main(show=True)
