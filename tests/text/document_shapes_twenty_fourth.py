"""Generated pages of the twenty-fourth round (issue 15): page conventions the reader had not
been developed on, across twenty languages (test-side only, never shipped).

Families (each page's expected tree known by construction; near misses are pages or sections
that must yield no objective, or must not change the tree around them):

- `label_words`: objectives labelled with words the reader did not know as labels: Dutch
  "Doel 1:" and Turkish "Hedef 1:" / "## Hedef 1 – …", numbered only ("Doel:" alone is the
  goal statement under an objective, as "Goal:" is; "Hedef" alone is also a target value).
  Near misses: a "Doel: 35%" / "Hedef: 35%" detail line under a key result stays a detail.
- `markup_headings`: AsciiDoc ("= Page", "== Objective: …", "== …", "* KR") and org-mode
  ("#+TITLE:", "* Page", "** Objective", "- KR" / "*** KR") pages. Near misses: an AsciiDoc
  "== Links" section of "* https://…[OKRs Q3 2026]" items after the OKRs and an org-mode schedule of steps (headings alone).
- `numbered_outline`: "1. Objective" over "1.1 KR" / "1.1. KR" lines (flat or indented) and
  "1. Objective" over indented "- KR" bullets. Near misses: numbered key results under an
  objective heading, each over indented unmeasured notes, stay key results, and so do
  unmeasured numbered lines under an objective's heading over measured sub-points.
- `sheet_rows`: sheets pasted as tab-separated text: a header row ("Objective<TAB>Key
  result<TAB>Owner") over rows whose first cell is blank under the objective's row, and
  "OKR 1<TAB>title" / "KR 1.1<TAB>text" id columns. Near miss: a tab-separated schedule.
- `kr_suffixes`: key results with a trailing "— @name" owner or "— 0.7" grade. Near miss: a
  dash followed by words ("— see the dashboard") stays in the title. "— 70%" after each key
  result was a near miss too (a target, kept in the title) until round 33's first run: the lead
  then set the convention that a trailing share after a key result that holds its measure, or
  after sibling key results all closed so, is its progress (cairn.text.doc_dash_progress), and
  the `percent` variant now expects the score (N/100), the title without it.
- `glossary_sections`: a "## Glossary" section ("Glosario", "Glossar", "术语表", "用語集",
  numbered or with an emoji) of "Objective: …" / "KR: …" / "KPI: …" definitions (plain or bold
  terms) before or after the OKRs, or alone. Near miss: "- KR1: …" lines under the objective
  headings after the glossary stay key results.
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

FAMILIES = (
    "label_words", "markup_headings", "numbered_outline", "sheet_rows", "kr_suffixes",
    "glossary_sections",
)  # fmt: skip


@dataclass(frozen=True)
class Words:
    page: str  # the page's title
    objective: str  # "Objective"
    key_results: str  # "Key results"
    owner: str  # "Owner"
    titles: tuple[str, str, str]
    krs: tuple[str, str, str, str, str, str]
    glossary: tuple[str, str, str]  # heading, "Objective: …" definition, "Key result: …"
    steps: tuple[str, str, str, str]  # heading, three unmeasured steps


W = Words
WORDS: dict[str, Words] = {
    "en": W("OKRs Q3 2026", "Objective", "Key results", "Owner",
            ("Make deploys boring", "Win the first ten paying customers", "Build a calm on-call rotation"),
            ("Cut failed deploys from 12% to 3%", "Halve median build time", "Reach 40 weekly active teams",
             "Raise NPS from 20 to 45", "Keep pages below 5 a week", "Sign 10 paying customers"),
            ("Glossary", "a qualitative goal", "a measurable outcome"),
            ("How to write OKRs", "Agree on the mission", "Draft the objectives", "Review them with the team")),
    "es": W("OKR T3 2026", "Objetivo", "Resultados clave", "Responsable",
            ("Lanzar la nueva app móvil", "Mejorar la retención de clientes", "Ordenar las guardias"),
            ("Aumentar las descargas a 10.000", "Reducir el tiempo de respuesta a 4 horas", "Llegar a 40 equipos activos",
             "Subir el NPS de 20 a 45", "Bajar las alertas a 5 por semana", "Firmar 10 clientes de pago"),
            ("Glosario", "una meta cualitativa", "un resultado medible"),
            ("Cómo escribir OKR", "Acordar la misión", "Redactar los objetivos", "Revisarlos con el equipo")),
    "pt": W("OKRs T3 2026", "Objetivo", "Resultados-chave", "Responsável",
            ("Lançar o novo app", "Melhorar a retenção de clientes", "Organizar os plantões"),
            ("Aumentar os downloads para 10.000", "Reduzir o tempo de resposta para 4 horas", "Chegar a 40 equipes ativas",
             "Subir o NPS de 20 para 45", "Baixar os alertas para 5 por semana", "Assinar 10 clientes pagantes"),
            ("Glossário", "uma meta qualitativa", "um resultado mensurável"),
            ("Como escrever OKRs", "Combinar a missão", "Escrever os objetivos", "Revisar com o time")),
    "fr": W("OKR T3 2026", "Objectif", "Résultats clés", "Responsable",
            ("Rendre les déploiements fiables", "Fidéliser nos premiers clients", "Apaiser les astreintes"),
            ("Passer le taux de churn de 8% à 4%", "Signer 5 nouveaux partenaires", "Atteindre 40 équipes actives",
             "Faire passer le NPS de 20 à 45", "Limiter les alertes à 5 par semaine", "Gagner 10 clients payants"),
            ("Glossaire", "un but qualitatif", "un résultat mesurable"),
            ("Comment écrire des OKR", "Convenir de la mission", "Rédiger les objectifs", "Les relire en équipe")),
    "de": W("OKRs Q3 2026", "Ziel", "Schlüsselergebnisse", "Verantwortlich",
            ("Kunden schneller an Bord holen", "Die Plattform stabil betreiben", "Ruhige Rufbereitschaft aufbauen"),
            ("Aktivierungsrate von 20% auf 35% steigern", "Ladezeit unter 2 Sekunden senken", "40 aktive Teams erreichen",
             "NPS von 20 auf 45 heben", "Alarme auf 5 pro Woche senken", "10 zahlende Kunden gewinnen"),
            ("Glossar", "ein qualitatives Ziel", "ein messbares Ergebnis"),
            ("So schreibt man OKRs", "Die Mission abstimmen", "Die Ziele entwerfen", "Mit dem Team prüfen")),
    "it": W("OKR T3 2026", "Obiettivo", "Risultati chiave", "Responsabile",
            ("Lanciare la nuova app", "Fidelizzare i primi clienti", "Rendere tranquille le reperibilità"),
            ("Portare i download a 10.000", "Ridurre il tempo di risposta a 4 ore", "Arrivare a 40 team attivi",
             "Portare l'NPS da 20 a 45", "Scendere a 5 allarmi a settimana", "Firmare 10 clienti paganti"),
            ("Glossario", "un traguardo qualitativo", "un risultato misurabile"),
            ("Come scrivere gli OKR", "Concordare la missione", "Scrivere gli obiettivi", "Rivederli con il team")),
    "nl": W("OKR's Q3 2026", "Doelstelling", "Kernresultaten", "Eigenaar",
            ("Klanten sneller laten starten", "De release betrouwbaar maken", "Rustige wachtdiensten"),
            ("Activatie van 20% naar 35% verhogen", "Onboardingtijd terugbrengen tot 3 dagen", "40 actieve teams bereiken",
             "NPS van 20 naar 45 brengen", "Alarmen terug naar 5 per week", "10 betalende klanten tekenen"),
            ("Begrippenlijst", "een kwalitatief doel", "een meetbaar resultaat"),
            ("Zo schrijf je OKR's", "De missie afstemmen", "De doelen opschrijven", "Ze met het team bespreken")),
    "pl": W("OKR Q3 2026", "Cel", "Kluczowe rezultaty", "Odpowiedzialny",
            ("Szybciej wdrażać klientów", "Ustabilizować platformę", "Uspokoić dyżury"),
            ("Zwiększyć aktywację z 20% do 35%", "Skrócić wdrożenie do 3 dni", "Osiągnąć 40 aktywnych zespołów",
             "Podnieść NPS z 20 do 45", "Zmniejszyć alarmy do 5 tygodniowo", "Pozyskać 10 płacących klientów"),
            ("Słowniczek", "cel jakościowy", "mierzalny wynik"),
            ("Jak pisać OKR", "Uzgodnić misję", "Napisać cele", "Omówić je z zespołem")),
    "tr": W("2026 3. Çeyrek OKR'ları", "Amaç", "Anahtar sonuçlar", "Sorumlu",
            ("Müşterileri daha hızlı başlatmak", "Platformu kararlı hale getirmek", "Nöbetleri sakinleştirmek"),
            ("Aktivasyonu %20'den %35'e çıkarmak", "Kurulum süresini 3 güne indirmek", "40 aktif takıma ulaşmak",
             "NPS'i 20'den 45'e çıkarmak", "Alarmları haftada 5'e indirmek", "10 ödeme yapan müşteri kazanmak"),
            ("Sözlük", "nitel bir amaç", "ölçülebilir bir sonuç"),
            ("OKR nasıl yazılır", "Misyonda anlaşmak", "Amaçları yazmak", "Ekiple gözden geçirmek")),
    "ru": W("OKR на 3 квартал 2026", "Цель", "Ключевые результаты", "Ответственный",
            ("Ускорить онбординг новых клиентов", "Сделать релизы предсказуемыми", "Успокоить дежурства"),
            ("Сократить время онбординга до 3 дней", "Достичь 500 активных пользователей", "Поднять NPS с 20 до 45",
             "Снизить число сбоев с 12% до 3%", "Сократить алерты до 5 в неделю", "Подписать 10 платящих клиентов"),
            ("Глоссарий", "качественная цель", "измеримый результат"),
            ("Как писать OKR", "Договориться о миссии", "Написать цели", "Обсудить их с командой")),
    "uk": W("OKR на 3 квартал 2026", "Ціль", "Ключові результати", "Відповідальний",
            ("Пришвидшити онбординг клієнтів", "Зробити релізи передбачуваними", "Заспокоїти чергування"),
            ("Скоротити онбординг до 3 днів", "Досягти 500 активних користувачів", "Підняти NPS з 20 до 45",
             "Знизити частку збоїв з 12% до 3%", "Скоротити алерти до 5 на тиждень", "Підписати 10 клієнтів"),
            ("Глосарій", "якісна ціль", "вимірюваний результат"),
            ("Як писати OKR", "Домовитися про місію", "Написати цілі", "Обговорити їх з командою")),
    "zh": W("2026 年第三季度 OKR", "目标", "关键结果", "负责人",
            ("提升用户留存", "打造稳定的发布流程", "让值班更轻松"),
            ("日活跃用户达到 5000", "发布失败率降低到 3%", "NPS 从 20 提升到 45",
             "构建时间缩短 50%", "每周告警降到 5 次", "签约 10 家付费客户"),
            ("术语表", "定性的方向", "可衡量的结果"),
            ("如何写 OKR", "对齐使命", "起草目标", "与团队一起评审")),
    "ja": W("2026年 第3四半期 OKR", "目標", "主要な成果", "担当者",
            ("顧客体験を向上させる", "リリースを安定させる", "オンコールを楽にする"),
            ("解約率を5%から3%に下げる", "週次アクティブチームを40にする", "NPSを20から45に上げる",
             "ビルド時間を50%短縮する", "アラートを週5件以下にする", "有料顧客を10社獲得する"),
            ("用語集", "定性的な目標", "測定可能な成果"),
            ("OKRの書き方", "ミッションをすり合わせる", "目標を書く", "チームで見直す")),
    "ko": W("2026년 3분기 OKR", "목표", "핵심 결과", "담당자",
            ("고객 온보딩 속도 높이기", "릴리스 안정화", "당직 부담 줄이기"),
            ("활성화율을 20%에서 35%로 높이기", "온보딩 기간을 3일로 줄이기", "주간 활성 팀 40개 달성",
             "NPS를 20에서 45로 올리기", "주간 알림을 5건 이하로 줄이기", "유료 고객 10곳 확보"),
            ("용어집", "정성적인 목표", "측정 가능한 결과"),
            ("OKR 작성 방법", "미션 합의하기", "목표 초안 쓰기", "팀과 함께 검토하기")),
    "vi": W("OKR quý 3 năm 2026", "Mục tiêu", "Kết quả then chốt", "Người phụ trách",
            ("Đưa khách hàng vào sử dụng nhanh hơn", "Ổn định nền tảng", "Giảm áp lực trực ca"),
            ("Tăng tỷ lệ kích hoạt từ 20% lên 35%", "Giảm thời gian onboarding xuống 3 ngày", "Đạt 40 nhóm hoạt động",
             "Nâng NPS từ 20 lên 45", "Giảm cảnh báo xuống 5 mỗi tuần", "Ký 10 khách hàng trả phí"),
            ("Thuật ngữ", "một đích đến định tính", "một kết quả đo được"),
            ("Cách viết OKR", "Thống nhất sứ mệnh", "Viết các mục tiêu", "Xem lại cùng nhóm")),
    "id": W("OKR Q3 2026", "Tujuan", "Hasil Utama", "Penanggung jawab",
            ("Membuat pelanggan lebih cepat mulai", "Menstabilkan platform", "Menenangkan giliran piket"),
            ("Menaikkan aktivasi dari 20% ke 35%", "Mengurangi waktu onboarding menjadi 3 hari", "Mencapai 40 tim aktif",
             "Menaikkan NPS dari 20 ke 45", "Menurunkan alarm ke 5 per minggu", "Mendapatkan 10 pelanggan berbayar"),
            ("Glosarium", "sasaran kualitatif", "hasil yang terukur"),
            ("Cara menulis OKR", "Menyepakati misi", "Menulis tujuan", "Meninjau bersama tim")),
    "sv": W("OKR Q3 2026", "Mål", "Nyckelresultat", "Ansvarig",
            ("Få kunderna snabbare igång", "Stabilisera plattformen", "Lugnare jourer"),
            ("Öka aktiveringen från 20% till 35%", "Minska onboardingtiden till 3 dagar", "Nå 40 aktiva team",
             "Höja NPS från 20 till 45", "Minska larmen till 5 i veckan", "Vinna 10 betalande kunder"),
            ("Ordlista", "ett kvalitativt mål", "ett mätbart resultat"),
            ("Så skriver du OKR", "Enas om uppdraget", "Skriva målen", "Gå igenom dem med teamet")),
    "da": W("OKR Q3 2026", "Mål", "Nøgleresultater", "Ansvarlig",
            ("Få kunderne hurtigere i gang", "Gøre platformen stabil", "Roligere vagter"),
            ("Øg aktiveringen fra 20% til 35%", "Reducer onboardingtiden til 3 dage", "Nå 40 aktive teams",
             "Hæv NPS fra 20 til 45", "Sænk alarmerne til 5 om ugen", "Vind 10 betalende kunder"),
            ("Ordliste", "et kvalitativt mål", "et målbart resultat"),
            ("Sådan skriver du OKR", "Bliv enige om missionen", "Skriv målene", "Gennemgå dem med teamet")),
    "no": W("OKR Q3 2026", "Mål", "Nøkkelresultater", "Ansvarlig",
            ("Få kundene raskere i gang", "Gjøre plattformen stabil", "Roligere vakter"),
            ("Øke aktiveringen fra 20% til 35%", "Korte ned onboarding til 3 dager", "Nå 40 aktive team",
             "Heve NPS fra 20 til 45", "Senke alarmene til 5 i uka", "Vinne 10 betalende kunder"),
            ("Ordliste", "et kvalitativt mål", "et målbart resultat"),
            ("Slik skriver du OKR", "Bli enige om oppdraget", "Skrive målene", "Gå gjennom dem med teamet")),
    "cs": W("OKR Q3 2026", "Cíl", "Klíčové výsledky", "Odpovědná osoba",
            ("Rychlejší start zákazníků", "Stabilní platforma", "Klidnější pohotovosti"),
            ("Zvýšit aktivaci z 20 % na 35 %", "Zkrátit onboarding na 3 dny", "Dosáhnout 40 aktivních týmů",
             "Zvednout NPS z 20 na 45", "Snížit počet alarmů na 5 týdně", "Získat 10 platících zákazníků"),
            ("Slovníček", "kvalitativní cíl", "měřitelný výsledek"),
            ("Jak psát OKR", "Shodnout se na misi", "Napsat cíle", "Projít je s týmem")),
}  # fmt: skip

LANGUAGES = tuple(WORDS)
_CJK = ("zh", "ja")
OWNERS = ("ana", "ben-k", "chenli", "dana_o")


def tree_of(lang: str, objectives: int, krs: int = 2, **fields: object) -> Tree:
    """Return a tree of the language's titles, each objective with `krs` key results."""
    w = WORDS[lang]
    out = []
    for i in range(objectives):
        items = tuple(KeyResult(w.krs[(i * krs + j) % 6], **fields) for j in range(krs))  # type: ignore[arg-type]
        out.append(Objective(w.titles[i], items))
    return Tree(tuple(out))


def _colon(lang: str) -> str:
    return "：" if lang in _CJK else ": "


# --- label_words --------------------------------------------------------------------------------

LABEL_VARIANTS = ("numbered_line", "numbered_heading", "dash_heading", "detail")


def _label_page(lang: str, variant: str, tree: Tree, word: str) -> list[str]:
    lines = [f"# {WORDS[lang].page}", ""]
    for i, o in enumerate(tree.objectives, 1):
        label = {
            "numbered_line": f"{word} {i}: {o.title}",
            "numbered_heading": f"## {word} {i}: {o.title}",
            "dash_heading": f"## {word} {i} – {o.title}",
            "detail": f"{word} {i}: {o.title}",
        }[variant]
        lines += [label]
        for kr in o.key_results:
            lines.append(f"- {kr.text}")
            if variant == "detail":  # a target value under the key result: a detail, no objective
                lines.append(f"  - {word}: 35%")
        lines.append("")
    return lines


def _label_word(lang: str) -> str | None:
    """Dutch "Doel" and Turkish "Hedef", numbered only ("Doel:" alone is a goal statement, as
    "Goal:" is; "Hedef: %35" a target value); None: not drawn."""
    return {"nl": "Doel", "tr": "Hedef"}.get(lang)


# --- markup_headings ----------------------------------------------------------------------------

MARKUP_VARIANTS = (
    "adoc_labelled", "adoc_bare", "adoc_deep", "org_labelled", "org_bare", "org_items",
    "adoc_links", "org_schedule",
)  # fmt: skip


def _markup_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    c = _colon(lang)
    if variant.startswith("adoc"):
        lines = [f"= {w.page}", ":toc:", ""]
        for o in tree.objectives:
            head = {"adoc_labelled": f"== {w.objective}{c}{o.title}", "adoc_bare": f"== {o.title}",
                    "adoc_links": f"== {o.title}",
                    "adoc_deep": f"=== {o.title}"}[variant]  # fmt: skip
            lines += [head, ""] + [f"* {kr.text}" for kr in o.key_results] + [""]
        if variant == "adoc_deep":
            lines[3:3] = ["== OKR", ""]
        if variant == "adoc_links":  # a section of links after the OKRs: no key result
            lines += ["== Links", "", f"* https://example.com/okr[{w.page}]",
                      f"* https://example.com/howto[{w.steps[0]}]", ""]  # fmt: skip
        return lines
    lines = [f"#+TITLE: {w.page}", "#+STARTUP: overview", ""]
    if variant == "org_schedule":
        return lines + [
            f"* {w.steps[0]}",
            f"** {w.steps[1]}",
            f"** {w.steps[2]}",
            f"** {w.steps[3]}",
        ]
    lines.append(f"* {w.page}")
    for o in tree.objectives:
        if variant == "org_labelled":
            lines.append(f"** {w.objective}{c}{o.title}")
        else:
            lines.append(f"** {o.title}")
        star = "- " if variant == "org_items" else "*** "
        lines += [f"{star}{kr.text}" for kr in o.key_results]
    return lines


# --- numbered_outline ---------------------------------------------------------------------------

NUMBERED_VARIANTS = ("flat", "flat_dotted", "indented", "bullets", "kr_notes", "under_objective")


def _numbered_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    lines = [w.page, ""]
    if variant == "under_objective":  # numbered key results of a marked objective, measures below
        o = tree.objectives[0]
        lines += [f"## {w.objective}{_colon(lang)}{o.title}", ""]
        for j, kr in enumerate(o.key_results, 1):
            lines += [f"{j}. {kr.text}", f"   - {w.krs[j % 6]}", f"   - {w.krs[(j + 2) % 6]}"]
        return lines
    if variant == "kr_notes":  # numbered key results with notes below: no objective each
        for o in tree.objectives:
            lines += [f"## {w.objective}{_colon(lang)}{o.title}", ""]
            for j, kr in enumerate(o.key_results, 1):
                lines += [f"{j}. {kr.text}", f"   - {w.steps[1]}", f"   - {w.steps[2]}"]
            lines.append("")
        return lines
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"{i}. {o.title}")
        for j, kr in enumerate(o.key_results, 1):
            lines.append({"flat": f"{i}.{j} {kr.text}", "flat_dotted": f"{i}.{j}. {kr.text}",
                          "indented": f"   {i}.{j} {kr.text}", "bullets": f"   - {kr.text}"}[variant])  # fmt: skip
    return lines


# --- sheet_rows ---------------------------------------------------------------------------------

SHEET_VARIANTS = ("header_blank_cells", "header_owner", "id_columns", "id_cells", "schedule")


def _sheet_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    if variant == "schedule":  # a tab-separated schedule: no OKR
        return [
            f"{w.steps[0]}\t{w.owner}",
            *[f"{s}\t{OWNERS[n]}" for n, s in enumerate(w.steps[1:])],
        ]
    lines = []
    if variant.startswith("header"):
        head = [w.objective, w.key_results] + ([w.owner] if variant == "header_owner" else [])
        lines.append("\t".join(head))
    for i, o in enumerate(tree.objectives, 1):
        for j, kr in enumerate(o.key_results, 1):
            if variant.startswith("header"):
                row = [o.title if j == 1 else "", kr.text]
                if variant == "header_owner":
                    row.append(kr.owner or "")
                lines.append("\t".join(row))
            elif variant == "id_columns":
                if j == 1:
                    lines.append(f"OKR {i}\t{o.title}")
                lines.append(f"KR {i}.{j}\t{kr.text}")
            else:
                if j == 1:
                    lines.append(f"OKR {i}: {o.title}\t")
                lines.append(f"\tKR {i}.{j} {kr.text}")
    return lines


# --- kr_suffixes --------------------------------------------------------------------------------

SUFFIX_VARIANTS = ("handle", "score", "percent", "words")


def _suffix_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    lines = [f"# {w.page}", ""]
    for o in tree.objectives:
        lines += [f"## {w.objective}{_colon(lang)}{o.title}", ""]
        for kr in o.key_results:
            suffix = {
                "handle": f" — @{kr.owner}",
                "score": f" — {kr.score}",
                "percent": f" — {round((kr.score or 0) * 100)}%",
                "words": "",
            }[variant]
            lines.append(f"- {kr.text}{suffix}")
        lines.append("")
    return lines


# --- glossary_sections --------------------------------------------------------------------------

GLOSSARY_VARIANTS = ("after", "before", "bold_terms", "numbered", "emoji", "alone")


def _glossary_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    c = _colon(lang)
    name = {"numbered": f"3. {w.glossary[0]}", "emoji": f"📖 {w.glossary[0]}"}.get(
        variant, w.glossary[0]
    )
    term = (lambda t: f"**{t}**") if variant == "bold_terms" else (lambda t: t)
    glossary = [f"## {name}", "", f"- {term(w.objective)}{c}{w.glossary[1]}",
                f"- {term('KR')}{c}{w.glossary[2]}", f"- {term('KPI')}{c}{w.glossary[2]}", ""]  # fmt: skip
    okrs: list[str] = []
    for o in tree.objectives:  # "- KR1: …" lines after the glossary stay key results
        okrs += [f"## {w.objective}{c}{o.title}", ""]
        okrs += [f"- KR{j}{c}{kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    head = [f"# {w.page}", ""]
    return head + (glossary + okrs if variant == "before" else okrs + glossary)


# --- the cases ----------------------------------------------------------------------------------

VARIANTS = {
    "label_words": LABEL_VARIANTS,
    "markup_headings": MARKUP_VARIANTS,
    "numbered_outline": NUMBERED_VARIANTS,
    "sheet_rows": SHEET_VARIANTS,
    "kr_suffixes": SUFFIX_VARIANTS,
    "glossary_sections": GLOSSARY_VARIANTS,
}
_EMPTY = ("org_schedule", "schedule", "alone")


def cases() -> list[tuple[str, str, str, int]]:
    """Return (family, language, variant, objectives) for every case."""
    out = []
    for family in FAMILIES:
        for (k, lang), (n, variant) in itertools.product(
            enumerate(LANGUAGES), enumerate(VARIANTS[family])
        ):
            if family == "label_words":  # few languages: every size of page
                if _label_word(lang) is not None:
                    out += [(family, lang, variant, size) for size in (1, 2, 3)]
                continue
            out.append((family, lang, variant, 1 + (n + k) % 3))
    return out


def _tree(family: str, lang: str, variant: str, objectives: int) -> Tree:
    n = objectives
    if variant in _EMPTY:
        return Tree(())
    if variant == "under_objective":  # unmeasured key results: the objective's other titles
        w = WORDS[lang]
        return Tree((Objective(w.titles[0], (KeyResult(w.titles[1]), KeyResult(w.titles[2]))),))
    if family == "sheet_rows" and variant == "header_owner":
        tree = tree_of(lang, n)
        return Tree(tuple(
            Objective(o.title, tuple(KeyResult(kr.text, owner=OWNERS[(i + j) % 4].title().replace("-k", ""))
                                     for j, kr in enumerate(o.key_results)))
            for i, o in enumerate(tree.objectives)
        ))  # fmt: skip
    if family == "kr_suffixes":
        tree = tree_of(lang, n)
        out = []
        for i, o in enumerate(tree.objectives):
            krs = []
            for j, kr in enumerate(o.key_results):
                owner = OWNERS[(i + j) % 4] if variant == "handle" else None
                grades = variant in ("score", "percent")  # "— 70%": a progress (after round 33)
                score = (0.3, 0.5, 0.7, 0.9)[(i + j) % 4] if grades else None
                text = kr.text  # words after the dash are a note: they stay
                text += f" — {WORDS[lang].steps[1]}" if variant == "words" else ""
                krs.append(KeyResult(text, owner=owner, score=score))
            out.append(Objective(o.title, tuple(krs)))
        return Tree(tuple(out))
    return tree_of(lang, n)


def case(family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
    """Return (document text, expected tree) of one case."""
    tree = _tree(family, lang, variant, objectives)
    if family == "label_words":
        lines = _label_page(lang, variant, tree, _label_word(lang) or "")
    elif family == "markup_headings":
        lines = _markup_page(lang, variant, tree_of(lang, 2) if variant in _EMPTY else tree)
    elif family == "numbered_outline":
        lines = _numbered_page(lang, variant, tree)
    elif family == "sheet_rows":
        lines = _sheet_page(lang, variant, tree)
    elif family == "glossary_sections":
        lines = _glossary_page(lang, variant, tree)
    else:
        lines = _suffix_page(lang, variant, tree)
    return "\n".join(lines).rstrip() + "\n", expected(tree)


def figures(show: bool = False) -> dict[str, tuple[int, int]]:
    """Return {family, family:variant, lang:xx: (read exactly, cases)}; print misses with show."""
    return variant_figures(cases(), case, show)


def main(show: bool = False) -> None:
    """Print each family's figure (bench.document_shapes calls this)."""
    print_variant_figures("twenty-fourth", FAMILIES, figures(show), show)


if __name__ == "__main__":
    main(show=True)
