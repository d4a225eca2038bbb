"""Twenty-first-round reader rules (issue 15): the shapes of the round-21 and round-22 documents.

Each rule has invented documents in the languages that occur and near misses that must keep
their reading.
"""

import pytest

from cairn.text.document import parse_document


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o.title, [kr.title for kr in o.key_results]) for o in parse_document(text).objectives]


# --- "Resultados Chave 1 - …": the plural key-results word before an id marks one key result ---

_PLURAL_IDS = {
    "pt": ("Objetivo", "Resultados Chave", ("Ter presença digital", "Lançar um curso rápido")),
    "es": ("Objetivo", "Resultados clave", ("Ganar clientes nuevos", "Lanzar la tienda")),
    "fr": ("Objectif", "Résultats clés", ("Gagner des clients", "Lancer la boutique")),
    "en": ("Objective", "Key Results", ("Win new customers", "Launch the shop")),
    "de": ("Ziel", "Schlüsselergebnisse", ("Neue Kunden gewinnen", "Den Laden eröffnen")),
}
_KRS = ("Sign 10 partners", "Publish 12 posts", "Reach 300 subscribers")


def _plural_id_page(lang: str, separator: str, bullet: str) -> str:
    objective, krs, titles = _PLURAL_IDS[lang]
    lines = ["# Exemplo", "", "Some prose before the example.", ""]
    for n, title in enumerate(titles, 1):
        lines.append(f"{bullet}{objective} {n}: {title}")
        lines += [f"{bullet}{krs} {k}{separator}{kr};" for k, kr in enumerate(_KRS, 1)]
        lines.append("")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(_PLURAL_IDS))
@pytest.mark.parametrize("separator", [" - ", ": ", " – "])
@pytest.mark.parametrize("bullet", ["- ", ""])
def test_a_plural_key_results_word_before_an_id_marks_a_key_result(lang, separator, bullet):
    titles = _PLURAL_IDS[lang][2]
    assert _tree(_plural_id_page(lang, separator, bullet)) == [(t, list(_KRS)) for t in titles]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the plural word alone still heads the list
        (
            "Objective: Win new customers\n\nKey Results:\n- Sign 10 partners\n- Publish 12 posts\n",
            [("Win new customers", ["Sign 10 partners", "Publish 12 posts"])],
        ),
        (
            "Objetivo: Ter presença digital\n\nResultados-chave:\n- Pesquisar 10 clientes\n",
            [("Ter presença digital", ["Pesquisar 10 clientes"])],
        ),
    ],
)
def test_the_plural_word_alone_still_heads_the_list(text, expected):
    assert _tree(text) == expected


# --- "Q1 2024 | Pre-Seed | R$50k MRR" over fenced "O1: …": a period's context line, no OKR ---

_FENCE_WORDS = {
    "pt": ("Biblioteca de Exemplos", "Exemplo", ("Validar o produto", "Construir aquisição")),
    "en": ("OKR Examples Library", "Example", ("Validate the product", "Build acquisition")),
    "es": ("Biblioteca de ejemplos", "Ejemplo", ("Validar el producto", "Construir adquisición")),
    "fr": (
        "Bibliothèque d'exemples",
        "Exemple",
        ("Valider le produit", "Construire l'acquisition"),
    ),
}
_FENCE_KRS = (
    ("Reach 50 paying customers", "Cut CAC from 8k to 4k"),
    ("Grow MRR from 500k to 1M", "Keep NRR above 120%"),
)
_CONTEXTS = (
    "Q1 2024 | Pre-Seed | R$50k MRR",
    "Q2 2024 | Series A | 500k MRR",
    "H1 2025 | Growth | Product Team",
    "FY24 | Sales Team | EMEA",
    "2025 | Seed | Marketing",
)


_LEADS = ("50+ real OKR examples, organised by area and type.", "Real OKR examples, by area.")


def _context_fence_page(lang: str, context: str, numbered: bool, lead: str = _LEADS[0]) -> str:
    title, example, objectives = _FENCE_WORDS[lang]
    lines = [f"# {title}", "", lead, ""]
    for n in (1, 2):
        lines += [f"### {example} {n}: Stage", "", "```", context, ""]
        for k, objective in enumerate(objectives, 1):
            lines.append(f"O{k}: {objective}" if numbered else f"O: {objective}")
            lines += [f"  KR{i}: {kr}" for i, kr in enumerate(_FENCE_KRS[n - 1], 1)]
            lines.append("")
        lines += ["```", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(_FENCE_WORDS))
@pytest.mark.parametrize("context", _CONTEXTS)
@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("lead", _LEADS)
def test_a_period_context_line_in_a_fence_is_no_objective(lang, context, numbered, lead):
    objectives = _FENCE_WORDS[lang][2]
    expected = [(o, list(krs)) for krs in _FENCE_KRS for o in objectives]
    assert _tree(_context_fence_page(lang, context, numbered, lead)) == expected


def test_pipe_okr_lines_not_headed_by_a_period_still_read():
    text = (
        "User acquisition | Acquire at least 2000 new users | 1690 new users | 84 %\n"
        "Retention | Keep 40 % of users after a month | 37 %\n"
    )
    assert _tree(text) == [
        ("User acquisition", ["Acquire at least 2000 new users"]),
        ("Retention", ["Keep 40 % of users after a month"]),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the page's own objective over one key result, one example fence: the page's OKR
        (
            "# Objective: Ship v2\n\n- Reach 100 paying users\n\nFormat:\n\n```\n"
            "O1: Be loved\n  KR1: Reach NPS 50\n```\n",
            [("Ship v2", ["Reach 100 paying users"])],
        ),
        # two key results outside: the page's OKRs, the fences are examples
        (
            "# Ship v2\n\n- Reach 100 paying users\n- Cut churn to 2%\n\n```\n"
            "O1: Be loved\n  KR1: Reach NPS 50\nO2: Grow\n  KR1: Reach 1M MRR\n```\n",
            [("Ship v2", ["Reach 100 paying users", "Cut churn to 2%"])],
        ),
    ],
)
def test_a_page_with_its_own_okrs_keeps_them_over_its_fences(text, expected):
    assert _tree(text) == expected


# --- "### 第四季度" over a two-level task list: the top items are the objectives ---

_QUARTERS = {
    "zh": (
        ("年度愿景", "季度计划", "第三季度", "第四季度", "任务追踪"),
        ("寻找远程办公合作机会；", "初步搭建家庭数据中心。"),
        ("在做/计划做：", "个人网站完善", "开源项目网站完善"),
        "主要主题是「生态体系建设」——",
        (
            ("官网前端达到可开源程度", ("完成目录结构调整", "编写开发指导文档")),
            ("生态体系搭建", ("梳理并产出协作流程与规范", "开源生态官网搭建")),
            ("掌握全栈开发技能", ("实现用户注册与登录功能", "实现一个业务功能")),
        ),
    ),
    "en": (
        ("Vision for the year", "Quarterly plans", "Q3", "Q4", "Tracking"),
        ("Find remote work;", "Build a home data centre."),
        ("Doing / planned:", "Personal website polish", "Project website polish"),
        "The main theme is laying the ecosystem's foundations —",
        (
            ("Open-source the website front end", ("Restructure the folders", "Write the guide")),
            ("Build the ecosystem", ("Publish the contribution rules", "Launch the site")),
            ("Learn full-stack development", ("Ship sign-up and login", "Ship one feature")),
        ),
    ),
    "fr": (
        ("Vision annuelle", "Plans trimestriels", "T3", "T4", "Suivi"),
        ("Trouver du travail à distance ;", "Monter un centre de données."),
        ("En cours :", "Site personnel", "Site du projet"),
        "Le thème principal est l'écosystème —",
        (
            ("Ouvrir le code du site", ("Revoir les dossiers", "Écrire le guide")),
            ("Construire l'écosystème", ("Publier les règles", "Lancer le site")),
            ("Apprendre le full-stack", ("Livrer l'inscription", "Livrer une fonction")),
        ),
    ),
    "es": (
        (
            "Visión anual",
            "Planes trimestrales",
            "Tercer trimestre",
            "Cuarto trimestre",
            "Seguimiento",
        ),
        ("Buscar trabajo remoto;", "Montar un centro de datos."),
        ("Haciendo:", "Web personal", "Web del proyecto"),
        "El tema principal es el ecosistema —",
        (
            ("Abrir el código de la web", ("Reordenar las carpetas", "Escribir la guía")),
            ("Construir el ecosistema", ("Publicar las reglas", "Lanzar la web")),
            ("Aprender full-stack", ("Entregar el registro", "Entregar una función")),
        ),
    ),
}


def _quarter_page(lang: str, intro: bool, vision: bool, ticks: str) -> str:
    headings, visions, doing, theme, objectives = _QUARTERS[lang]
    lines = ["Find the way!", ""]
    if vision:
        lines += [f"## {headings[0]}", ""] + [f"{n}. {v}" for n, v in enumerate(visions, 1)] + [""]
    lines += [f"## {headings[1]}", "", f"### {headings[2]}", "", doing[0], ""]
    lines += [f"- {d}" for d in doing[1:]] + ["", f"### {headings[3]}", ""]
    if intro:
        lines += [theme, ""]
    for n, (objective, krs) in enumerate(objectives):
        lines.append(f"- [{ticks[n % len(ticks)]}] {objective}")
        lines += [f"  - [{ticks[(n + k) % len(ticks)]}] {kr}" for k, kr in enumerate(krs)]
    lines += ["", f"## {headings[4]}", "", "<https://example.com/board>"]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(_QUARTERS))
@pytest.mark.parametrize("intro", [True, False])
@pytest.mark.parametrize("vision", [True, False])
@pytest.mark.parametrize("ticks", [" ", " x"])
def test_a_quarter_heading_over_a_two_level_list_lists_objectives(lang, intro, vision, ticks):
    expected = [(o, list(krs)) for o, krs in _QUARTERS[lang][4]]
    assert _tree(_quarter_page(lang, intro, vision, ticks)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quarter heading over a flat list: the heading is the objective, as before
        (
            "### Q4 2024\n\n- Reach 100 paying users\n- Cut churn to 2%\n",
            [("Q4 2024", ["Reach 100 paying users", "Cut churn to 2%"])],
        ),
        # an objective's heading over key results with their initiatives: as before
        (
            "### Grow the community\n\n- Reach 500 members\n  - Host meetups\n"
            "- Publish 12 posts\n  - Write a calendar\n",
            [("Grow the community", ["Reach 500 members", "Publish 12 posts"])],
        ),
    ],
)
def test_other_headings_over_lists_read_as_before(text, expected):
    assert _tree(text) == expected


# --- "**Mission « **_**…**_** »**": a quotation set in bold is no label over the OKRs below ---

_MISSIONS = {
    "fr": (
        "Mission",
        "«",
        "»",
        "Objectif",
        "Résultat clé",
        "diffuser nos produits",
        "signer deux conventions",
    ),
    "en": (
        "Mission",
        "“",
        "”",
        "Objective",
        "Key result",
        "spread our products",
        "sign two agreements",
    ),
    "de": (
        "Mission",
        "„",
        "“",
        "Ziel",
        "Schlüsselergebnis",
        "Produkte verbreiten",
        "zwei Verträge schließen",
    ),
    "pt": (
        "Missão",
        "“",
        "”",
        "Objetivo",
        "Resultado-chave",
        "divulgar produtos",
        "assinar dois acordos",
    ),
}


def _mission_page(lang: str, italic: bool) -> str:
    word, opening, closing, objective, kr, title, result = _MISSIONS[lang]
    quoted = "_**we build the best services**_**" if italic else "we build the best services "
    lines = ["# OKR Fred", "", "## OKR 2020", ""]
    for n in (1, 2):
        lines += [f"**{word} {opening} **{quoted}{closing}**", ""]
        lines += [f"* **{objective}** : {title} {n}", f"* **{kr}** : {result} {n}", "", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(_MISSIONS))
@pytest.mark.parametrize("italic", [True, False])
def test_a_bold_quotation_is_no_label_over_the_okrs(lang, italic):
    title, result = _MISSIONS[lang][5:]
    expected = [(f"{title} {n}", [f"{result} {n}"]) for n in (1, 2)]
    assert _tree(_mission_page(lang, italic)) == expected


# --- "> **Résultat** 30 % …" right below a key result: its score ---

_RESULTS = {
    "fr": ("Objectif", "Résultat clé", "Résultat", ("Arrêter", "Commencer")),
    "en": ("Objective", "Key result", "Result", ("Stop", "Start")),
    "es": ("Objetivo", "Resultado clave", "Resultado", ("Parar", "Empezar")),
    "pt": ("Objetivo", "Resultado-chave", "Resultado", ("Parar", "Começar")),
    "de": ("Ziel", "Schlüsselergebnis", "Ergebnis", ("Aufhören", "Anfangen")),
}
_SCORED = (("recruit two developers", 30), ("sign four partners", 100), ("ship the MVP", 0))


def _results_page(lang: str, indented: bool, retro: bool) -> str:
    objective, kr, result, retro_words = _RESULTS[lang]
    quote = "    > " if indented else "> "
    lines = ["### OKR T1 2020 36 %", "", f"* **{objective}** : grow the team", ""]
    for title, score in _SCORED:
        lines += [f"* **{kr}** : {title}", "", f"{quote}**{result}** {score} % Done."]
        if retro:
            lines += [
                f"{quote}",
                f"{quote}**{retro_words[0]}** 5 % less.",
                f"{quote}**{retro_words[1]}**",
            ]
        lines.append("")
    return "\n".join(lines)


def _scores(text: str) -> list[tuple[str, float | None]]:
    return [(kr.title, kr.score) for o in parse_document(text).objectives for kr in o.key_results]


@pytest.mark.parametrize("lang", sorted(_RESULTS))
@pytest.mark.parametrize("indented", [True, False])
@pytest.mark.parametrize("retro", [True, False])
def test_a_quoted_result_below_a_key_result_is_its_score(lang, indented, retro):
    assert _scores(_results_page(lang, indented, retro)) == [(t, s / 100) for t, s in _SCORED]


@pytest.mark.parametrize(
    "text",
    [
        # a quote after an objective, or a result without a percentage: no score
        "* **Objective** : grow the team\n\n> **Result** 30 %\n\n* **Key result** : hire two\n",
        "* **Objective** : grow the team\n* **Key result** : hire two\n\n> **Result** pending\n",
        # a quote without its label
        "* **Objective** : grow the team\n* **Key result** : hire two\n\n> 30 % of the way\n",
    ],
)
def test_other_quotes_give_no_score(text):
    assert [score for _, score in _scores(text)] == [None]
