"""Thirteenth-round reader rules (issue 15): the families of the round-11 documents.

Each family is generated in several languages and variants (tests/text/document_shapes_thirteenth.py)
and must be read exactly; each rule has its own sentences and near misses that must not change.
"""

import pytest

from bench.documents import read_tree
from cairn.text.document import parse_document
from cairn.text.outline_examples import primer_examples
from cairn.text.outline_glossary import question_pairs
from cairn.text.outline_lines import read_lines
from cairn.text.outline_page_fields import page_owner_lines
from cairn.text.outline_quoted import unquote_trees
from cairn.text.outline_rules import _named_section


def _krs(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (kr.title, kr.score, kr.status)
        for o in parse_document(text, None).objectives
        for kr in o.key_results
    ]


# --- a status written after its emoji ("**Status:** 🟡 At Risk") ---


@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("- **Status:** 🟡 At Risk", "At Risk"),
        ("- Status: 🔴 Off Track", "Off Track"),
        ("- **Estado:** 🟢 On Track", "On Track"),
        ("**Statut :** 🚧 blocked", "blocked"),
        ("- **Stato:** ⏳ in progress", "in progress"),
        ("- **Status:** On Track", "On Track"),  # no emoji: as before
    ],
)
def test_an_emoji_status_field_reports_its_word(field, status):
    text = f"## Objective 1: Grow traffic\n\n#### KR1.1: Reach 75K sessions a month\n{field}\n"
    assert _krs(text) == [("Reach 75K sessions a month", None, status)]


def test_a_placeholder_emoji_status_reports_nothing():
    # near miss: a template's "🟢 / 🟡 / 🔴" states no status
    text = "## Objective 1: Grow\n\n#### KR1.1: Reach 75K sessions\n- **Status:** 🟢 / 🟡 / 🔴\n"
    assert _krs(text) == [("Reach 75K sessions", None, None)]


def test_an_emoji_status_after_a_key_result_title_stays_a_note():
    # near miss: "- Ship the CLI 🟡 at risk" is a key result with its status note, as before
    text = "## Objective 1: Grow\n\n- Ship the CLI to 40 teams 🟡 at risk\n"
    assert _krs(text) == [("Ship the CLI to 40 teams", None, "at risk")]


def test_an_emoji_status_under_the_objective_gives_no_key_result_a_status():
    text = (
        "## Objective 1: Grow\n\n**Status:** 🟢 On Track\n\n"
        "#### KR1.1: Reach 75K sessions\n- **Progress:** 10%\n"
    )
    assert _krs(text) == [("Reach 75K sessions", 0.1, None)]


# --- an owner among the page's metadata, after the key results ---


@pytest.mark.parametrize(
    "footer",
    [
        "---\nÚltima actualización: {{FECHA}}\nOwner: CKO / Governance\nVersión: 1.0",
        "---\nOwner: Knowledge team\nLast updated: 2025-10-30",
        "Version: 1.0\nOwner: Platform Team",
        "**Dernière mise à jour :** mai 2025  \n**Owner:** Équipe data",
        "Zuletzt aktualisiert: 3. Mai\nOwner: Team Wissen",
        "Última atualização: maio\nOwner: Time de dados",
    ],
)
def test_an_owner_in_the_page_footer_owns_no_objective(footer):
    text = f"## Objective 1: Cover critical processes\n- KR1: 95% of processes with an SOP\n\n{footer}\n"
    objectives = parse_document(text, None).objectives
    assert [(o.title, o.owner) for o in objectives] == [("Cover critical processes", None)]


@pytest.mark.parametrize(
    "text",
    [
        # under the title, before the key results: the objective's, even beside a date
        "## Objective 1: Cover processes\nOwner: Ana\nLast updated: 3 May\n- KR1: 95% with an SOP\n",
        # after the key results with no metadata beside it: the objective's, as before
        "## Objective 1: Cover processes\n- KR1: 95% with an SOP\n\nOwner: Ana\n",
        # a blank line apart from the metadata: not beside it
        "## Objective 1: Cover processes\n- KR1: 95% with an SOP\n\nOwner: Ana\n\nVersion: 2\n",
    ],
)
def test_an_owner_not_in_a_footer_still_owns_its_objective(text):
    objectives = parse_document(text, None).objectives
    assert [(o.title, o.owner) for o in objectives] == [("Cover processes", "Ana")]


def test_page_owner_lines_are_the_owner_lines_next_to_metadata():
    lines = read_lines(
        "# OKRs\n\nVersión: 1.0\nOwner: Ana\n\nOwner: Ben\n\nStand: Mai\nOwner: Cy\n"
    )
    assert page_owner_lines(lines) == frozenset({4, 9})


# --- a section of advice ("### Common Mistakes") ---


@pytest.mark.parametrize(
    "heading",
    [
        "Common Mistakes",
        "Pitfalls to avoid",
        "Best Practices",
        "OKR Best Practices",
        "Tips and tricks",
        "Dos and Don'ts",
        "Errores comunes",
        "Boas práticas",
        "Erreurs à éviter",
        "Häufige Fehler",
        "Errori comuni",
    ],
)
def test_an_advice_heading_names_a_section(heading):
    assert _named_section(heading)


@pytest.mark.parametrize(
    "title",
    [
        "Fewer billing mistakes",
        "Reduce common mistakes in invoices",
        "Cut errors in the checkout",
        "Share best practices across all teams",
        "Grow revenue",
    ],
)
def test_a_goal_about_mistakes_is_no_advice_section(title):
    assert not _named_section(title)


def test_an_objective_about_mistakes_keeps_its_key_results():
    text = (
        "# OKRs\n\n## Objective 1: Grow revenue\n- KR1: Reach $2M ARR\n\n"
        "## Fewer billing mistakes\n- Cut invoice errors from 40 to 5 a month\n"
        "- Reach 99% first-time-right invoices\n"
    )
    titles = [o.title for o in parse_document(text, None).objectives]
    assert titles[0] == "Grow revenue"
    assert len(titles) == len(read_tree(text))


# --- a primer's definitions, then "Example: …" under "## Objective" and "## Key Results" ---

_PRIMER = (
    "## {objective}\n\n- a qualitative vision to aim for\n- no numbers\n\n{example}: {title}\n\n"
    "## {krs}\n\n- a measurement instrument\n- aim for about 70%\n\n{example}:\n"
    "1) reduce checkout time by 30%\n2) reduce abandoned carts by 40%\n"
)


@pytest.mark.parametrize(
    ("objective", "krs", "example"),
    [
        ("Objective", "Key-Results", "Example"),
        ("Objective", "Key Results", "For example"),
        ("Objetivo", "Resultados clave", "Ejemplo"),
        ("Objectif", "Résultats clés", "Exemple"),
        ("Ziel", "Schlüsselergebnisse", "Beispiel"),
        ("Obiettivo", "Risultati chiave", "Esempio"),
    ],
)
def test_a_primers_examples_are_its_okr(objective, krs, example):
    text = _PRIMER.format(objective=objective, krs=krs, example=example, title="grow revenue")
    objectives = parse_document(text, None).objectives
    assert [(o.title, [kr.title for kr in o.key_results]) for o in objectives] == [
        ("grow revenue", ["reduce checkout time by 30%", "reduce abandoned carts by 40%"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no example under the objective heading: its title bullet, as before
        "## Objective\n\n- Grow revenue\n\n## Key Results\n\nExample:\n1) Reach 40 users\n",
        # the example right under the heading, no definitions before it
        "## Objective\n\nExample: Grow revenue\n\n## Key Results\n\n- x\n\nExample:\n1) Reach 40\n",
        # only the objective section gives an example
        "## Objective\n\n- no numbers\n\nExample: Grow\n\n## Key Results\n\n- Reach 40 users\n",
        # an ordinary OKR
        "## Objective 1: Grow revenue\n\n- Reach $2M ARR\n\nExample: as in 2024\n",
    ],
)
def test_pages_that_are_no_primer_keep_their_lines(text):
    lines = read_lines(text)
    assert primer_examples(lines) is lines


# --- an OKR tree written as a blockquote ---

_QUOTED_TREE = (
    "Ejemplo:\n\n> - **{o} 1**: Ser la marca de referencia\n"
    ">   - **{kr} 1.1**: Incrementar las recomendaciones en un 20%\n"
    ">     - **Iniciativa 1.1.1**: organizar sorteos\n"
    ">   - **{kr} 1.2**: Adquirir dos competidores\n"
)


@pytest.mark.parametrize(
    ("o", "kr"),
    [
        ("Objetivo", "Resultado clave"),
        ("Objective", "Key Result"),
        ("Objectif", "Résultat clé"),
        ("Ziel", "KR"),
        ("Obiettivo", "Risultato chiave"),
    ],
)
def test_a_quoted_tree_of_marked_ids_is_read(o, kr):
    objectives = parse_document(_QUOTED_TREE.format(o=o, kr=kr), None).objectives
    assert [(x.title, [k.title for k in x.key_results]) for x in objectives] == [
        (
            "Ser la marca de referencia",
            ["Incrementar las recomendaciones en un 20%", "Adquirir dos competidores"],
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted list defining the terms: no ids
        "> - **Objetivo**: Dónde queremos llegar\n>   - **Key Result**: Cómo medimos\n",
        # ids, but the key result is not nested under the objective
        "> - **Objetivo 1**: Ser la marca\n> - **Resultado clave 1.1**: Subir un 20%\n",
        # a citation
        '> _"Urgent is seldom important."_\n> D. Eisenhower\n',
        # the page's own objectives outside the quote: the quoted tree is an example
        "## Objective 1: Grow revenue\n- KR1: Reach $2M\n\n> - **Objective 1**: Be loved\n"
        ">   - **KR 1.1**: NPS 60\n",
    ],
)
def test_other_quotes_stay_quotes(text):
    assert unquote_trees(text) == text


# --- "`Objective` - …" / "<br>`Key Results`": backticked markers, lines opened by "<br>" ---


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("`Objective` - launch the beta", "Objective: launch the beta"),
        ("`Objective`- launch the beta", "Objective: launch the beta"),
        ("`Objetivo`: lanzar la beta", "Objetivo: lanzar la beta"),
        ("<br>`Objective`- launch the beta", "Objective: launch the beta"),
        ("<br/>`Key Results`", "Key Results"),
        ("`Resultados clave`", "Resultados clave"),
        ("`KR 2`: reach 40 users", "KR 2: reach 40 users"),  # with an id: as before
    ],
)
def test_a_backticked_marker_reads_as_the_marker(line, text):
    assert read_lines(line)[0].text == text


@pytest.mark.parametrize(
    "line",
    [
        "`okr.md` - the file we keep them in",  # code, not a marker
        "Use `Objective` - the word - sparingly",  # the marker inside a sentence
        "`Objectives of the API` are listed below",
    ],
)
def test_other_code_spans_are_not_markers(line):
    assert read_lines(line)[0].text == line  # kept as written


def test_a_br_line_reads_as_a_line_of_its_own():
    lines = read_lines("Intro\n<br>- Grow revenue by 20%\n")
    assert [(x.item, x.text) for x in lines][-1] == (True, "Grow revenue by 20%")


def test_backticked_examples_read_as_objectives():
    text = (
        "## Examples\n\n`Objective` - launch the beta\n<br>`Key Results`\n- Collect 50 reviews\n"
        "- Reach 500 sign-ups\n\n<br>`Objective`- design the vision\n<br>`Key Results`\n"
        "- Interview 20 prospects\n"
    )
    objectives = parse_document(text, None).objectives
    assert [(o.title, len(o.key_results)) for o in objectives] == [
        ("launch the beta", 2),
        ("design the vision", 1),
    ]


# --- two questions defining the terms ---


@pytest.mark.parametrize(
    ("objective", "key_result"),
    [
        ("Mục tiêu (Objective): Tôi muốn đi đâu?", "Kết quả then chốt (Key Result): Tôi đến đó?"),
        ("Objective: Where do I want to go?", "Key Result: How do I get there?"),
        ("Objetivo: ¿A dónde quiero llegar?", "Resultado clave: ¿Cómo llego?"),
    ],
)
def test_an_objective_and_key_result_titled_by_questions_define_the_terms(objective, key_result):
    text = f"Two questions:\n<br>  + {objective}\n<br>  + {key_result}\n"
    assert not parse_document(text, None).objectives


@pytest.mark.parametrize(
    "text",
    [
        # one question over a key result stated as one
        "Objective: Can we double revenue?\nKey Result: Reach $2M ARR\n",
        # a question over a key result that is no question
        "- Objective: Where do we grow next?\n- KR1: Open 2 new markets\n",
    ],
)
def test_a_question_over_a_real_key_result_is_an_objective(text):
    assert not question_pairs(read_lines(text))
    assert len(parse_document(text, None).objectives) == 1


# --- "*2. Engineering OKRs Examples*": an italic group name after a list of key results ---


@pytest.mark.parametrize(
    "group", ["*2. Engineering OKRs Examples*", "_Marketing examples_", "*3. Notes*"]
)
def test_an_italic_section_name_after_key_results_is_no_key_result(group):
    text = (
        "`Objective` - launch the beta\n`Key Results`\n- Collect 50 reviews\n\n"
        f"{group}\n\n`Objective` - design it\n`Key Results`\n- Interview 20 prospects\n"
    )
    objectives = parse_document(text, None).objectives
    assert [[k.title for k in o.key_results] for o in objectives] == [
        ["Collect 50 reviews"],
        ["Interview 20 prospects"],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "*Reach 40% weekly retention*",  # italic, but a key result
        "2. Engineering OKRs Examples",  # not italic: as before
    ],
)
def test_other_lines_after_key_results_read_as_before(line):
    text = f"**Objective:** grow\n\n**Key Results:**\n- Collect 50 reviews\n\n{line}\n"
    titles = [k.title for o in parse_document(text, None).objectives for k in o.key_results]
    assert titles[0] == "Collect 50 reviews"
    assert len(titles) == 2  # the key result, and the line read as one as before
