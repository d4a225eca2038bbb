"""Generated pages of the twenty-eighth round (issue 15): plain objective lines over lists, on a
page that names its OKRs (test-side only, never shipped).

The round-30 held-out document (a personal OKR file: "# Objectives and Key Results", bold
"**2019 Q1**" period lines, then plain paragraph lines, each an objective, some closed by the
objective's score " – 2", each over a "- " list of key results that state no number) was read
as no objective. Families (each page's expected tree known by construction):

- `paragraph_objectives`: a page naming its OKRs by its title or a heading ("Objectives and Key
  Results", "OKRs 2019", "Objetivos y resultados clave", "Objectifs et résultats clés", "Ziele
  und Schlüsselergebnisse", "目标与关键结果", "目標と主な成果" …), period lines in bold, plain
  ("2019 Q1", "Q1 2019:", "H1 2024"), as headings or none; each objective a plain line, with its
  score (" – 2", " - 0.7", " (0.6)", " — 70%") or none, over its key results as "-", "*", "•"
  or "1." items, measured or not, a blank line between or not.
- `paragraph_near_misses`: a README page not naming OKRs ("Installation" paragraph over its
  steps) is left alone by the rule; since the thirty-first round it reads as no OKR at all
  (its "Installation" / "Usage" lines name a document's sections:
  `cairn.text.outline_other_sections`; each short line was the objective of its list before); on an OKR page, a long prose paragraph over a list of links, an
  intro sentence closed by a colon over a list of principles, a "Notes" or "Retrospective"
  paragraph over bullets are no objectives, and their items no key results.
"""

from __future__ import annotations

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    Tree,
    VariantRound,
)
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("paragraph_objectives", "paragraph_near_misses")
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "zh", "ja")
_CJK = ("zh", "ja")

# the page's name for its OKRs: the long name, and a page title for the "heading" variant
NAMES = {
    "en": ("Objectives and Key Results", "Personal file"),
    "es": ("Objetivos y resultados clave", "Archivo personal"),
    "pt": ("Objetivos e resultados-chave", "Arquivo pessoal"),
    "fr": ("Objectifs et résultats clés", "Fichier personnel"),
    "de": ("Ziele und Schlüsselergebnisse", "Persönliche Datei"),
    "it": ("Obiettivi e risultati chiave", "File personale"),
    "nl": ("Doelen en kernresultaten", "Persoonlijk bestand"),
    "zh": ("目标与关键结果", "个人文件"),
    "ja": ("目標と主な成果", "個人ファイル"),
}
# key results that state no number (a personal file's learning goals)
UNMEASURED = {
    "en": ("facility with algebraic manipulations", "code and projects are properly documented",
           "Python documentation read and understood", "stretch JavaScript with Python knowledge"),
    "es": ("soltura con la manipulación algebraica", "código y proyectos bien documentados",
           "documentación de Python leída y entendida", "llevar JavaScript más allá con Python"),
    "pt": ("facilidade com manipulações algébricas", "código e projetos bem documentados",
           "documentação do Python lida e entendida", "levar o JavaScript adiante com Python"),
    "fr": ("aisance avec les manipulations algébriques", "code et projets bien documentés",
           "documentation de Python lue et comprise", "pousser JavaScript plus loin avec Python"),
    "de": ("sicherer Umgang mit algebraischen Umformungen", "Code und Projekte sauber dokumentiert",
           "Python-Dokumentation gelesen und verstanden", "JavaScript mit Python-Wissen ausbauen"),
    "it": ("dimestichezza con le manipolazioni algebriche", "codice e progetti ben documentati",
           "documentazione di Python letta e capita", "portare JavaScript oltre con Python"),
    "nl": ("vaardigheid met algebraïsche bewerkingen", "code en projecten goed gedocumenteerd",
           "Python-documentatie gelezen en begrepen", "JavaScript verder brengen met Python"),
    "zh": ("熟练进行代数运算", "代码和项目都有完善的文档", "读懂 Python 官方文档", "用 Python 的知识拓展 JavaScript"),
    "ja": ("代数の式変形に慣れる", "コードとプロジェクトを適切に文書化する", "Pythonのドキュメントを読んで理解する",
           "Pythonの知識でJavaScriptを伸ばす"),
}  # fmt: skip

PERIODS = ("bold", "plain", "colon", "half", "heading", "none")
SCORES = ("en_dash", "hyphen", "paren", "em_percent", "none")
_SCORE_TEXT = {"en_dash": " – 2", "hyphen": " - 0.7", "paren": " (0.6)", "em_percent": " — 70%"}
GLYPHS = ("-", "*", "•", "1.")
NAMINGS = ("title", "okrs", "heading")
NEAR_MISSES = ("readme", "links", "principles", "notes", "retrospective")

# near misses: (README page title, two paragraphs each over two steps), the link paragraph,
# the principles' intro and principles, "Notes", "Retrospective"
README = {
    "en": ("Data tools", ("Installation", ("Clone the repository", "Run the setup script")),
           ("Usage", ("Open a terminal", "Start the import"))),
    "es": ("Herramientas de datos", ("Instalación", ("Clonar el repositorio", "Ejecutar el script de instalación")),
           ("Uso", ("Abrir una terminal", "Lanzar la importación"))),
    "pt": ("Ferramentas de dados", ("Instalação", ("Clonar o repositório", "Rodar o script de instalação")),
           ("Uso", ("Abrir um terminal", "Iniciar a importação"))),
    "fr": ("Outils de données", ("Installation", ("Cloner le dépôt", "Lancer le script d'installation")),
           ("Utilisation", ("Ouvrir un terminal", "Démarrer l'import"))),
    "de": ("Datenwerkzeuge", ("Installation", ("Das Repository klonen", "Das Setup-Skript ausführen")),
           ("Verwendung", ("Ein Terminal öffnen", "Den Import starten"))),
    "it": ("Strumenti dati", ("Installazione", ("Clonare il repository", "Eseguire lo script di installazione")),
           ("Utilizzo", ("Aprire un terminale", "Avviare l'importazione"))),
    "nl": ("Datatools", ("Installatie", ("De repository klonen", "Het installatiescript draaien")),
           ("Gebruik", ("Een terminal openen", "De import starten"))),
    "zh": ("数据工具", ("安装", ("克隆代码仓库", "运行安装脚本")), ("使用方法", ("打开终端", "开始导入"))),
    "ja": ("データツール", ("インストール", ("リポジトリをクローンする", "セットアップスクリプトを実行する")),
           ("使い方", ("ターミナルを開く", "インポートを開始する"))),
}  # fmt: skip
PROSE = {
    "en": "These objectives build on last year's strategy, which we discussed at length during the "
          "offsite; the documents below give the background and the numbers behind each choice.",
    "es": "Estos objetivos se apoyan en la estrategia del año pasado, que discutimos a fondo en el "
          "retiro; los documentos de abajo dan el contexto y las cifras detrás de cada decisión.",
    "pt": "Estes objetivos partem da estratégia do ano passado, que discutimos a fundo no offsite; "
          "os documentos abaixo trazem o contexto e os números por trás de cada escolha.",
    "fr": "Ces objectifs prolongent la stratégie de l'an dernier, dont nous avons longuement parlé "
          "au séminaire ; les documents ci-dessous donnent le contexte et les chiffres de chaque choix.",
    "de": "Diese Ziele bauen auf der Strategie des letzten Jahres auf, die wir im Offsite lange "
          "besprochen haben; die Dokumente unten liefern den Hintergrund und die Zahlen dazu.",
    "it": "Questi obiettivi partono dalla strategia dell'anno scorso, di cui abbiamo parlato a lungo "
          "all'offsite; i documenti qui sotto danno il contesto e i numeri dietro ogni scelta.",
    "nl": "Deze doelen bouwen voort op de strategie van vorig jaar, die we uitgebreid bespraken "
          "tijdens de offsite; de documenten hieronder geven de achtergrond en de cijfers.",
    "zh": "这些目标延续了去年的战略，我们在团队务虚会上对此做过长时间的讨论；下面的文档给出了每个选择背后的背景和数据。",
    "ja": "これらの目標は昨年の戦略を引き継ぐもので、オフサイトで長い時間をかけて議論しました。"
          "以下の資料に、それぞれの選択の背景と数字がまとめてあります。",
}  # fmt: skip
LINKS = (
    "[Strategy 2024](https://example.com/strategy)",
    "[Offsite notes](https://example.com/offsite)",
)
PRINCIPLES = {
    "en": ("We set our OKRs by these principles:", ("Focus on what matters", "Share progress openly")),
    "es": ("Fijamos nuestros OKR con estos principios:", ("Enfocarse en lo importante", "Compartir el avance abiertamente")),
    "pt": ("Definimos nossos OKRs com estes princípios:", ("Focar no que importa", "Compartilhar o progresso abertamente")),
    "fr": ("Nous fixons nos OKR selon ces principes :", ("Se concentrer sur l'essentiel", "Partager les progrès ouvertement")),
    "de": ("Wir setzen unsere OKRs nach diesen Grundsätzen:", ("Auf das Wesentliche konzentrieren", "Fortschritt offen teilen")),
    "it": ("Fissiamo i nostri OKR con questi principi:", ("Concentrarsi su ciò che conta", "Condividere i progressi apertamente")),
    "nl": ("We stellen onze OKR's op volgens deze principes:", ("Focussen op wat telt", "Voortgang open delen")),
    "zh": ("我们按以下原则制定 OKR：", ("聚焦最重要的事", "公开分享进展")),
    "ja": ("OKRは次の原則で決めます：", ("大切なことに集中する", "進捗をオープンに共有する")),
}  # fmt: skip
AFTER = {  # "Notes" and "Retrospective" paragraphs, each over two bullets
    "en": ("Notes", "Retrospective", ("Review every month", "Keep the file in the team folder")),
    "es": ("Notas", "Retrospectiva", ("Revisar cada mes", "Guardar el archivo en la carpeta del equipo")),
    "pt": ("Notas", "Retrospectiva", ("Revisar todo mês", "Guardar o arquivo na pasta do time")),
    "fr": ("Notes", "Rétrospective", ("Relire chaque mois", "Garder le fichier dans le dossier de l'équipe")),
    "de": ("Notizen", "Rückblick", ("Jeden Monat prüfen", "Die Datei im Teamordner ablegen")),
    "it": ("Note", "Retrospettiva", ("Rivedere ogni mese", "Tenere il file nella cartella del team")),
    "nl": ("Notities", "Retrospectief", ("Elke maand nakijken", "Het bestand in de teammap bewaren")),
    "zh": ("备注", "回顾", ("每月回顾一次", "文件放在团队文件夹里")),
    "ja": ("メモ", "振り返り", ("毎月見直す", "ファイルはチームのフォルダに置く")),
}  # fmt: skip


def _period(kind: str, n: int) -> list[str]:
    text = {"colon": f"Q{n} 2019:", "half": f"H{n} 2024"}.get(kind, f"2019 Q{n}")
    return {"bold": [f"**{text}**", ""], "heading": [f"## {text}", ""], "none": []}.get(
        kind, [text, ""]
    )


def _tree(lang: str, measured: bool, objectives: int) -> Tree:
    if measured:
        return tree_of(lang, objectives)
    titles, krs = WORDS[lang].titles, UNMEASURED[lang]
    return Tree(
        tuple(
            Objective(titles[i], tuple(KeyResult(krs[(i + j) % 4]) for j in range(2)))
            for i in range(objectives)
        )
    )


def _head(lang: str, naming: str) -> list[str]:
    name, page = NAMES[lang]
    if naming == "okrs":
        return ["# OKRs 2019", ""]
    return [f"# {page}", "", f"## {name}", ""] if naming == "heading" else [f"# {name}", ""]


def _objectives(tree: Tree, period: str, score: str, glyph: str, blank: bool) -> list[str]:
    lines: list[str] = []
    half = (len(tree.objectives) + 1) // 2  # the first period's objectives, then the second's
    for i, o in enumerate(tree.objectives):
        if i in (0, half) and period != "none":
            lines += _period(period, 1 if i == 0 else 2)
        lines.append(o.title + (_SCORE_TEXT.get(score, "") if i % 2 == 0 else ""))
        if blank:
            lines.append("")
        for j, kr in enumerate(tree.objectives[i].key_results, 1):
            lines.append(f"{j}. {kr.text}" if glyph == "1." else f"{glyph} {kr.text}")
        lines.append("")
    return lines


def _positive(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    period, score, glyph, blank, measured, naming = variant.split("/")
    tree = _tree(lang, measured == "measured", objectives)
    lines = _head(lang, naming)
    return lines + _objectives(tree, period, score, glyph, blank == "blank"), tree


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    if variant == "readme":
        title, *parts = README[lang]
        lines = [f"# {title}", ""]
        for paragraph, steps in parts:
            lines += [paragraph, ""] + [f"- {s}" for s in steps] + [""]
        # not named an OKR page, the rule leaves it alone; its "Installation" / "Usage" lines
        # name a document's sections, no objectives (thirty-first round)
        return lines, Tree(())
    tree = _tree(lang, objectives % 2 == 0, objectives)
    lines = _head(lang, "title")
    if variant == "principles":
        intro, items = PRINCIPLES[lang]
        lines += [intro, ""] + [f"- {p}" for p in items] + [""]
    lines += _objectives(tree, "bold", "en_dash", "-", True)
    if variant == "links":
        lines += [PROSE[lang], ""] + [f"- {link}" for link in LINKS]
    elif variant in ("notes", "retrospective"):
        notes, retro, items = AFTER[lang]
        lines += [notes if variant == "notes" else retro, ""] + [f"- {x}" for x in items]
    return lines, tree


def _positive_variants() -> list[str]:
    out = []
    for n, (period, score) in enumerate((p, s) for p in PERIODS for s in SCORES):
        glyph = GLYPHS[n % 4]
        blank = ("blank", "tight")[n // 4 % 2]
        measured = ("unmeasured", "measured")[n // 3 % 2]
        out.append(f"{period}/{score}/{glyph}/{blank}/{measured}/{NAMINGS[n % 3]}")
    return out


VARIANTS = {
    "paragraph_objectives": tuple(_positive_variants()),
    "paragraph_near_misses": NEAR_MISSES,
}

ROUND = VariantRound(
    "twenty-eighth",
    LANGUAGES,
    VARIANTS,
    {"paragraph_objectives": _positive, "paragraph_near_misses": _near},
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main


if __name__ == "__main__":
    main(show=True)
