"""Render one OKR tree into many document shapes, the expected tree known by construction
(issue 15, ninth round; test-side only, never shipped).

A `Tree` (objectives with titles and owners, key results with texts, owners, scores and
statuses, initiatives) is written by `render(tree, shape)`; `expected(tree)` is the tree the
reader must return, compared as `bench.documents` compares. A `Shape` picks one form for each
part: how objectives are marked (`OBJECTIVE_STYLES`), how key results are marked
(`KEY_RESULT_STYLES`), how owners, scores and statuses are written, in which language's marker
words (`LANGUAGES`), and which noise blocks stand around and between (`NOISE`).

Titles and key-result texts come from the labelled development trees
(tests/text/documents/*.expected.json, plain ones only: no brackets, colons, backticks or
markup, so that the text itself is never what is tested) and invented ones in several languages.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from cairn.text.key_result_parser import parse_key_result

DOCUMENTS = Path(__file__).resolve().parent / "documents"

# Marker words per language: (objective word, key-result word, "Key results" header).
LANGUAGES: dict[str, tuple[str, str, str]] = {
    "en": ("Objective", "KR", "Key results"),
    "de": ("Ziel", "KR", "Schlüsselergebnisse"),
    "fr": ("Objectif", "KR", "Résultats clés"),
    "es": ("Objetivo", "KR", "Resultados clave"),
    "pt": ("Objetivo", "KR", "Resultados-chave"),
    "it": ("Obiettivo", "KR", "Risultati chiave"),
    "zh": ("目标", "KR", "关键结果"),
    "ja": ("目標", "KR", "主要な成果"),
    "ko": ("목표", "KR", "핵심 결과"),
    "ru": ("Цель", "KR", "Ключевые результаты"),
    "tr": ("Amaç", "KR", "Anahtar sonuçlar"),
    "fa": ("هدف", "KR", "نتایج کلیدی"),
}

INVENTED_OBJECTIVES = {
    "en": ["Make deploys boring", "Win the first ten paying customers", "Build a calm on-call rotation"],
    "de": ["Kunden schneller an Bord holen", "Die Plattform stabil betreiben"],
    "fr": ["Rendre les déploiements fiables", "Fidéliser nos premiers clients"],
    "es": ["Lanzar la nueva app móvil", "Mejorar la retención de clientes"],
    "zh": ["提升用户留存", "打造稳定的发布流程"],
    "ru": ["Ускорить онбординг новых клиентов", "Сделать релизы предсказуемыми"],
    "ja": ["顧客体験を向上させる"],
}  # fmt: skip
INVENTED_KEY_RESULTS = {
    "en": ["Cut failed deploys from 12% to 3%", "Reach 40 weekly active teams",
           "Raise NPS from 20 to 45", "Publish the public API docs", "Halve median build time"],
    "de": ["Aktivierungsrate von 20% auf 35% steigern", "Ladezeit unter 2 Sekunden senken"],
    "fr": ["Passer le taux de churn de 8% à 4%", "Signer 5 nouveaux partenaires"],
    "es": ["Aumentar las descargas a 10.000", "Reducir el tiempo de respuesta a 4 horas"],
    "zh": ["日活跃用户达到 5000", "发布失败率降低到 3%"],
    "ru": ["Сократить время онбординга до 3 дней", "Достичь 500 активных пользователей"],
    "ja": ["解約率を5%から3%に下げる"],
}  # fmt: skip
OWNERS = ["Ana", "Ben", "Chen Li", "Dana", "Oleg", "María"]
HANDLES = ["ana", "ben-k", "chenli", "dana_o"]
STATUSES = ["In progress", "Done", "At risk", "Not started"]

_PLAIN = re.compile(r"^[^\s\W][^()\[\]{}:：;`*_|#@<>\"“”~=→⇒\n]{10,110}$")
_ENDS = re.compile(r"(?:[.!?。])$")


# A short title holding a section's name ("Operationalize KPI exports", "Metrics") may name a
# section: the reader keeps such a title only when it starts with a verb it knows; that is
# tested apart (test_document_shapes), not drawn here.
_SECTION_WORD = re.compile(
    r"\b(?:kpis?|metrics|timeline|background|tracking|links|notes?|examples?|criteria|faq)\b", re.I
)


def _plain(text: str) -> bool:
    """Return True for a title that carries no markup, note or list of its own."""
    return bool(_PLAIN.match(text)) and not re.search(
        r"(?:\bKR\b|\bO\d|^\d|\s[-–—]\s|\s\d+\.\d)", text
    )


def _not_yet_run() -> frozenset[str]:
    """Names of the documents of held-out parts not yet run (bench.documents.NOT_YET_RUN)."""
    from bench.documents import NOT_YET_RUN

    manifest = json.loads((DOCUMENTS / "manifest.json").read_text(encoding="utf-8"))
    return frozenset(
        d["name"] for d in manifest["documents"] if any(d.get(part) for part in NOT_YET_RUN)
    )


@cache
def labelled_texts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return plain objective titles and key-result texts of the labelled development trees."""
    objectives: list[str] = []
    key_results: list[str] = []
    not_run = _not_yet_run()
    for path in sorted(DOCUMENTS.glob("*.expected.json")):
        if path.name.removesuffix(".expected.json") in not_run:
            continue  # a held-out set waiting for its one first run is not development material
        for objective in json.loads(path.read_text(encoding="utf-8"))["objectives"]:
            title = objective["title"]
            # a plain line of more than 15 words is prose, not a title (outline_rules._short):
            # such labelled titles are read only where a marker makes them one (round 15's)
            titled = _plain(title) and len(title.split()) <= 15 and not _ENDS.search(title)
            if titled and not _SECTION_WORD.search(title):
                objectives.append(objective["title"])
            for kr in objective["key_results"]:
                if _plain(kr["title"]) and not _ENDS.search(kr["title"]):
                    key_results.append(kr["title"])
    return tuple(dict.fromkeys(objectives)), tuple(dict.fromkeys(key_results))


@dataclass(frozen=True)
class KeyResult:
    text: str
    owner: str | None = None
    score: float | None = None
    status: str | None = None


@dataclass(frozen=True)
class Objective:
    title: str
    key_results: tuple[KeyResult, ...]
    owner: str | None = None
    initiatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tree:
    objectives: tuple[Objective, ...]


OBJECTIVE_STYLES = (
    "h1", "h2", "h3", "h4", "bare_heading", "bold", "bold_marked", "plain_over_list",
    "label_bullet", "o_code", "dash", "numbered_okr", "quote_title", "table", "table_blank",
    "bare_heading_note", "enumerated_heading",  # tenth round
    "bare_over_heading",  # eleventh round: "## Objective" over "### 🏥 Its title"
)  # fmt: skip
KEY_RESULT_STYLES = (
    "bullet", "numbered", "kr_colon", "kr_dotted_dash", "kr_hyphen", "kr_bold", "dotted_number",
    "checkbox", "heading_fields", "heading_field_table",
    "kr_italic",  # tenth round
    "kind_heading", "kind_heading_quote",  # eleventh round: "### KR1 — Leading" / "**…**"
)  # fmt: skip
# The kind a key result heading names when the bold line below states the key result
_KINDS = ("Leading (forecast)", "Lagging (outcome)", "Quality (retention)", "Health metric")
# Measured texts a kind heading's bold line holds when the drawn one measures nothing
_MEASURED = (
    "Reach {n} weekly active teams",
    "Raise NPS from 20 to {n}",
    "Signer {n} nouveaux partenaires",
)
OWNER_STYLES = ("none", "paren", "dri", "handle", "owner_bullet")
SCORE_STYLES = ("none", "arrow", "score_bullet", "paren")
STATUS_STYLES = ("none", "paren", "status_bullet")
NOISE = (
    "front_matter", "intro", "intro_bullets", "links", "schedule", "rationale", "grading",
    "glossary", "template", "summary", "initiatives", "rules", "comment",
    "file_title",  # tenth round: the page titled by a file name ("# OKR.md — …")
    "points",  # tenth round: "- KR1: … in these areas:" over unmarked sibling points
)  # fmt: skip
_MARKED_KRS = ("kr_colon", "kr_dotted_dash", "kr_hyphen", "kr_bold", "kr_italic")
_POINTS = " in these areas:"
# Scripts whose brackets are full-width and whose headings take a numeral enumerator ("一、")
_CJK = ("zh", "ja")
_CJK_NUMERALS = "一二三四五六七八九"


@dataclass(frozen=True)
class Shape:
    objective: str = "h2"
    key_result: str = "bullet"
    owner: str = "none"
    score: str = "none"
    status: str = "none"
    language: str = "en"
    noise: tuple[str, ...] = ()
    page_title: bool = True
    key_results_header: bool = False

    def label(self) -> str:
        """Return a short name of the shape, for test ids."""
        parts = [
            self.objective,
            self.key_result,
            self.owner,
            self.score,
            self.status,
            self.language,
        ]
        return "-".join([*parts, *self.noise, *(["header"] if self.key_results_header else [])])


def family_grid(
    families: tuple[str, ...], languages: dict, variants: dict, objectives: dict
) -> list[tuple[str, str, str, int, int, int]]:
    """Return (family, language, variant, seed, objectives, key results) for every family,
    language and variant of a round's page families: three seeds of 1, 2 and 3 objectives
    unless `objectives` names others for the family, with 2 or 3 key results each."""
    out = []
    for family, language in itertools.product(families, languages):
        for variant in variants[family]:
            for seed, count in enumerate(objectives.get(family, (1, 2, 3))):
                out.append((family, language, variant, seed + 1, count, 2 + seed % 2))
    return out


@dataclass(frozen=True)
class RoundShapes:
    """One round's page families: how each renders a tree, the grid of cases, its printed figure.

    A round's module names its families, words, variants, renderers (family -> lines) and how it
    draws a tree; `heading` opens every page, `keep` leaves cases out of the grid.
    """

    name: str
    families: tuple[str, ...]
    words: dict
    variants: dict
    renderers: dict
    tree_for: Callable[..., Tree]
    sizes: dict = field(default_factory=dict)
    heading: tuple[str, ...] = ()
    keep: Callable[[tuple], bool] | None = None

    def render(self, tree: Tree, family: str, language: str, variant: str, seed: int) -> str:
        """Return the page of a tree in one family's shape."""
        lines = [*self.heading, *self.renderers[family](tree, self.words[language], variant, seed)]
        return "\n".join(lines).rstrip() + "\n"

    def cases(self) -> list[tuple[str, str, str, int, int, int]]:
        """Return (family, language, variant, seed, objectives, key results) for every case."""
        grid = family_grid(self.families, self.words, self.variants, self.sizes)
        return [c for c in grid if self.keep is None or self.keep(c)]

    def case(self, family: str, language: str, variant: str, seed: int, objectives: int, krs: int):
        """Return (document text, expected tree) of one case."""
        tree = self.tree_for(seed, objectives, krs, language, family)
        return self.render(tree, family, language, variant, seed), expected(tree)

    def main(self, show: bool = False) -> None:
        """Print each family's figure (bench.document_shapes calls this)."""
        print_family_figures(self.name, self.families, self.cases(), self.case, show)


def print_family_figures(round_name: str, families, cases: list[tuple], case, show: bool) -> None:  # noqa: ANN001
    """Print one round's figure per family (bench.document_shapes calls each round's main)."""
    from bench.documents import read_tree, same

    parts = []
    total = missed_all = 0
    misses = []
    for family in families:
        mine = [c for c in cases if c[0] == family]
        missed = [c for c in mine if not same(read_tree(case(*c)[0]), case(*c)[1])]
        parts.append(f"{family} {len(mine) - len(missed)}/{len(mine)}")
        total, missed_all = total + len(mine), missed_all + len(missed)
        misses += missed
    print(f"{round_name}-round families: {total - missed_all}/{total} ({', '.join(parts)})")
    if show:
        print("\n".join(f"  - {m}" for m in misses[:40]))


def family_misses(family: str, cases: list[tuple], case) -> list[str]:  # noqa: ANN001
    """Return each case of the family the reader does not read as its tree, with what it read."""
    from bench.documents import read_tree, same

    missed = []
    for args in (c for c in cases if c[0] == family):
        text, want = case(*args)
        read = read_tree(text)
        if not same(read, want):
            missed.append(f"{args}\n{text}\nread: {json.dumps(read, ensure_ascii=False)}")
    return missed


def expected(tree: Tree) -> list[dict]:
    """Return the tree as `bench.documents.read_tree` returns it."""
    return [
        {
            "title": o.title,
            "owner": o.owner,
            "key_results": [
                {"title": kr.text, "owner": kr.owner, "score": kr.score, "status": kr.status}
                for kr in o.key_results
            ],
        }
        for o in tree.objectives
    ]


def fit(tree: Tree, shape: Shape) -> Tree:
    """Return the tree a shape can carry: fields the shape does not write are left out."""
    table = shape.objective.startswith("table")

    def one(kr: KeyResult) -> KeyResult:
        owner = kr.owner if shape.owner != "none" else None
        if owner and shape.owner == "handle":
            owner = re.sub(r"\W", "", owner).lower()  # a handle: one word
        return replace(
            kr,
            owner=owner,
            score=kr.score if shape.score != "none" and not table else None,
            status=kr.status if shape.status != "none" else None,
        )

    drawn = itertools.count()

    def stated(kr: KeyResult) -> KeyResult:  # a kind heading's bold line states a measure
        if not shape.key_result.startswith("kind_heading") or parse_key_result(kr.text).measurable:
            return kr
        n = next(drawn)  # one number per key result: no two alike
        return replace(kr, text=_MEASURED[n % len(_MEASURED)].format(n=12 + n))

    def reported(kr: KeyResult) -> KeyResult:  # a status section repeating the key results
        return replace(kr, status=kr.status or "on track") if "grading" in shape.noise else kr

    def pointed(o: Objective) -> Objective:  # "- KR1: … in these areas:" over its points
        if "points" not in shape.noise or shape.key_result not in _MARKED_KRS:
            return o
        first = replace(o.key_results[0], text=o.key_results[0].text + _POINTS, owner=None,
                        score=None, status=None)  # fmt: skip
        return replace(o, key_results=(first, *o.key_results[1:]))

    return Tree(
        tuple(
            pointed(replace(o, key_results=tuple(reported(one(stated(kr))) for kr in o.key_results),
                    owner=o.owner if not table else None))
            for o in tree.objectives
        )
    )  # fmt: skip


# --- key results ------------------------------------------------------------------------------


def _pct(score: float) -> str:
    return f"{round(score * 100)}%"


def _kr_line(kr: KeyResult, i: int, j: int, shape: Shape) -> str:
    """Return the text of one key result's line, with its owner, score and status inline."""
    text = f"*{kr.text}*" if shape.key_result == "kr_italic" else kr.text
    if kr.owner and shape.owner == "paren":
        text += f" (owner: {kr.owner})"
    if kr.owner and shape.owner == "handle":
        text += f" (@{kr.owner})"
    if kr.owner and shape.owner == "dri" and shape.key_result in ("bullet", "numbered", "checkbox"):
        text = f"DRI: {kr.owner} — {text}"  # before the text of an unmarked item
    elif kr.owner and shape.owner == "dri":
        text = f"{text} — DRI: {kr.owner}"  # after the text of a marked one
    if kr.status and shape.status == "paren":
        text += f" ({kr.status})"
    if kr.score is not None and shape.score == "arrow":
        text += f" => {_pct(kr.score)}"
    if kr.score is not None and shape.score == "paren":
        text += f" ({kr.score:.1f})"

    return text


def _outline_dot(o: Objective, text: str) -> str:
    """Return "." after an outline number that is ambiguous alone, else "".

    "1.1 x% of staff …" alone reads like "1.5 million users" (a number, no item); two numbers
    in sequence ("2.1 …", "2.2 …") or a capital letter after it make it an item.
    """
    return "." if len(o.key_results) == 1 and not text[:1].isupper() else ""


def _kr_fields(kr: KeyResult, shape: Shape) -> list[tuple[str, str]]:
    """Return the (name, value) fields a key result reports below its line."""
    fields: list[tuple[str, str]] = []
    if kr.owner and shape.owner == "owner_bullet":
        fields.append(("Owner", kr.owner))
    if kr.score is not None and shape.score == "score_bullet":
        fields.append(("Score", f"{kr.score:.1f}"))
    if kr.status and shape.status == "status_bullet":
        fields.append(("Status", kr.status))
    return fields


def _key_results(o: Objective, i: int, shape: Shape, level: int, indent: str = "") -> list[str]:
    """Return the lines of an objective's key results."""
    kr_word = LANGUAGES[shape.language][1]
    lines: list[str] = []
    style = shape.key_result
    for j, kr in enumerate(o.key_results, 1):
        text = _kr_line(kr, i, j, shape)
        fields = _kr_fields(kr, shape)
        if style.startswith("kind_heading"):
            quote = "> " if style == "kind_heading_quote" else ""
            kind = _KINDS[(j - 1) % len(_KINDS)]
            head = f"{'#' * min(level + 1, 6)} {kr_word}{j} — {kind}"
            lines += ["", head, f"{quote}**{text}**", "", "> Why: it forecasts retention.", ""]
            lines += [f"- **{name}**: {value}" for name, value in fields]
            continue
        if style in ("heading_fields", "heading_field_table"):
            lines += ["", f"{'#' * min(level + 1, 6)} {kr_word} {i}.{j}: {text}", ""]
            rows = [("Target", "see title"), ("Baseline", "today's value"), *fields]
            if style == "heading_fields":
                lines += [f"- **{name}**: {value}" for name, value in rows]
            else:
                lines += ["| Field | Value |", "|---|---|", *[f"| {n} | {v} |" for n, v in rows]]
            continue
        line = {
            "bullet": f"- {text}",
            "numbered": f"{j}. {text}",
            "kr_colon": f"- {kr_word}{j}: {text}",
            "kr_dotted_dash": f"- {kr_word} {i}.{j} — {text}",
            "kr_hyphen": f"- {kr_word}-{j}: {text}",
            "kr_bold": f"- **{kr_word} {j}**: {text}",
            "dotted_number": f"{i}.{j}{_outline_dot(o, text)} {text}",
            "checkbox": f"- [{'x' if kr.status == 'Done' else ' '}] {text}",
            "kr_italic": f"- {kr_word}{j}: {text}",  # the text set in italics by _kr_line
        }[style]
        sub = "   " if style == "numbered" else "  "
        lines.append(indent + line)
        lines += [f"{indent}{sub}- {name}: {value}" for name, value in fields]
        if kr.text.endswith(_POINTS):  # the points the colon announced, unmarked, at its level
            lines += [f"{indent}- Reliability", f"{indent}- Speed of delivery"]
    return lines


# --- objectives -------------------------------------------------------------------------------


def _objective(o: Objective, i: int, shape: Shape) -> list[str]:
    """Return the lines of one objective and its key results (not in a table)."""
    word, _, header = LANGUAGES[shape.language]
    style = shape.objective
    level = int(style[1]) if re.fullmatch(r"h\d", style) else 3
    head: list[str]
    if re.fullmatch(r"h\d", style):
        head = [f"{'#' * level} {word} {i}: {o.title}"]
    elif style == "bare_heading":
        head = [f"### {word} {i}", "", o.title]
    elif style == "bare_heading_note":  # "### Objective 1 (core)", "### 目标 1（核心目标）"
        note = "（核心）" if shape.language in _CJK else " (core)"
        head = [f"### {word} {i}{note}", "", o.title]
    elif style == "enumerated_heading":  # "### 一、目标（O1）"
        head = [f"### {_CJK_NUMERALS[i - 1]}、{word}（O{i}）", "", o.title]
    elif style == "bare_over_heading":  # "## Objective" / "### 🏥 Its title"
        head = [f"## {word}", "", f"### 🎯 {o.title}", "", "*Inspiring enough to read aloud.*"]
        level = 2
    elif style == "bold":
        head = [f"**{o.title}**"]
    elif style == "bold_marked":
        head = [f"**{word} {i}:** {o.title}"]
    elif style == "plain_over_list":
        head = [o.title]
    elif style == "o_code":
        head = [f"O{i}: {o.title}"]
    elif style == "dash":
        head = [f"{word} {i} — {o.title}"]
    elif style == "quote_title":
        head = [f"### {word} {i}", "", f"> {o.title}"]
    elif style == "label_bullet":
        lines = [f"- {word}: {o.title}"]
        if o.owner:
            lines.append(f"  - Owner: {o.owner}")
        shape_in = replace(
            shape, key_result="kr_colon" if shape.key_result == "kr_colon" else "bullet"
        )
        return [*lines, *_key_results(o, i, shape_in, level, indent="  ")]
    elif style == "numbered_okr":
        lines = [f"{i}. OKR: {o.title}"]
        if o.owner:
            lines.append(f"   - Owner: {o.owner}")
        shape_in = replace(shape, key_result="bullet" if shape.key_result in ("numbered", "dotted_number",
                           "heading_fields", "heading_field_table") else shape.key_result)  # fmt: skip
        return [*lines, *_key_results(o, i, shape_in, level, indent="   ")]
    else:  # pragma: no cover - a shape not written here
        raise ValueError(style)
    if o.owner:
        head += ["", f"Owner: {o.owner}"]
    if shape.key_results_header and style in ("bare_heading_note", "enumerated_heading"):
        note = "（KR）" if shape.language in _CJK else " (KR)"
        head += ["", f"#### {header}{note}"]  # "#### 关键结果（KR）": a header heading with a note
    elif shape.key_results_header:
        head += ["", f"**{header}:**"]
    return [*head, "", *_key_results(o, i, shape, level)]


def _table(tree: Tree, shape: Shape) -> list[str]:
    """Return the objectives as one table, a row per key result."""
    word = LANGUAGES[shape.language][0]
    columns = [word, "Key result"]
    columns += (
        ["Owner"] * (shape.owner != "none") + ["Target"] + ["Status"] * (shape.status != "none")
    )
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for i, o in enumerate(tree.objectives, 1):
        for j, kr in enumerate(o.key_results, 1):
            first = j == 1 or shape.objective == "table"
            cells = [o.title if first else "", kr.text]
            if shape.owner != "none":
                cells.append(kr.owner or "")
            cells.append(f"{10 * j + i}")
            if shape.status != "none":
                cells.append(kr.status or "")
            lines.append("| " + " | ".join(cells) + " |")
    return lines


# --- noise ------------------------------------------------------------------------------------

_NOISE_BEFORE = {
    "intro": ["We write our OKRs every quarter. Teams that review their goals weekly hit 40% more of them.", ""],
    "intro_bullets": ["How to read this page:", "", "- Each objective has 2 to 4 key results",
                      "- Scores run from 0 to 1", ""],
    "links": ["## Links", "", "- [The OKR guide](https://example.org/guide)",
              "- [Last quarter's review](https://example.org/q2-review)", ""],
    "glossary": ["## What are OKRs?", "",
                 "An objective is a qualitative goal; key results are 3 to 5 measurable outcomes.", "",
                 "- **Objective**: what we want to achieve", "- **Key result**: how we measure it, 0 to 100%", ""],
    "comment": ["<!-- last reviewed on 3 May: keep scores up to date -->", ""],
    "rules": ["---", ""],
}  # fmt: skip
_NOISE_AFTER = {
    "schedule": ["## Schedule", "", "| Week | What |", "|---|---|", "| 1 | Draft 5 OKRs |",
                 "| 3 | Review 2 drafts |", ""],
    "template": ["## Template", "", "### Objective: [Your objective]", "", "- KR1: [Measurable outcome 1]",
                 "- KR2: [Measurable outcome 2]", ""],
    "rules": ["---", ""],
}  # fmt: skip


def _between(o: Objective, name: str) -> list[str]:
    """Return a noise block written right after one objective's key results."""
    if name == "rationale":
        return ["Rationale: we lost 3 customers to slow onboarding last quarter.", ""]
    if name == "initiatives" and o.initiatives:
        return ["**Initiatives:**", "", *[f"- {x}" for x in o.initiatives], ""]
    if name == "rules":
        return ["---", ""]
    return []


def _grading(tree: Tree) -> list[str]:
    """Return a status section listing every key result again, with no new field."""
    lines = ["## Status update", ""]
    for o in tree.objectives:
        lines += [f"- {kr.text}: on track" for kr in o.key_results]
    return [*lines, ""]


def _summary(tree: Tree) -> list[str]:
    """Return a table counting each objective's key results."""
    lines = ["## Summary", "", "| Objective | Key results | Owner |", "|---|---|---|"]
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"| O{i} | {len(o.key_results)} KRs | {o.owner or 'Team'} |")
    return [*lines, ""]


def render(tree: Tree, shape: Shape) -> str:
    """Return the document of a tree in a shape."""
    lines: list[str] = []
    if "front_matter" in shape.noise:
        lines += ["---", "title: Team OKRs", "quarter: Q3", "---", ""]
    if shape.page_title:
        lines += [
            "# OKR.md — Team OKRs Q3" if "file_title" in shape.noise else "# Team OKRs Q3",
            "",
        ]
    for name in shape.noise:
        lines += _NOISE_BEFORE.get(name, [])
    headed = any(_NOISE_BEFORE.get(name, [""])[0].startswith("#") for name in shape.noise)
    if headed and shape.objective in ("bold", "plain_over_list"):
        lines += [
            "## Our OKRs",
            "",
        ]  # paragraph titles after "## Links" need a section of their own
    if shape.objective.startswith("table"):
        lines += [*_table(tree, shape), ""]
    else:
        for i, o in enumerate(tree.objectives, 1):
            lines += [*_objective(o, i, shape), ""]
            for name in shape.noise:
                lines += _between(o, name)
    for name in shape.noise:
        lines += _NOISE_AFTER.get(name, [])
        if name == "grading":
            lines += _grading(tree)
        if name == "summary":
            lines += _summary(tree)
    return "\n".join(lines).rstrip() + "\n"


def compatible(shape: Shape) -> bool:
    """Return False for a shape that cannot be written: key-result headings under a paragraph."""
    paragraph = shape.objective in ("bold", "plain_over_list")
    if shape.objective == "enumerated_heading" and shape.language not in _CJK:
        return False  # a numeral enumerator before the marker: Chinese and Japanese headings
    if "points" in shape.noise and (
        shape.key_result not in _MARKED_KRS
        or shape.objective in ("label_bullet", "table", "table_blank")
        or "grading" in shape.noise  # its status section would repeat "…areas:: on track"
    ):
        return False  # points follow a marked key result ending in a colon, in a list
    noted = (
        shape.objective in ("bare_heading_note", "enumerated_heading") and shape.key_results_header
    )
    if shape.key_result.startswith("kind_heading") and shape.objective in (
        "label_bullet",
        "numbered_okr",
        "table",
        "table_blank",
    ):
        return False  # a key result heading inside a list or a table cannot be written
    headings = shape.key_result.startswith(("heading", "kind_heading"))
    return not ((paragraph or noted) and headings)


def sample_tree(
    seed: int,
    objectives: int = 2,
    key_results: int = 3,
    language: str = "en",
    *,
    owners: bool = False,
) -> Tree:
    """Return a small tree, its texts drawn by a seed from the labelled and invented pools."""
    labelled_objectives, labelled_krs = labelled_texts()
    titles = [*INVENTED_OBJECTIVES.get(language, []), *labelled_objectives]
    texts = [*INVENTED_KEY_RESULTS.get(language, []), *labelled_krs]
    out = []
    n = seed * 7
    for i in range(objectives):
        krs = tuple(
            KeyResult(
                texts[(n + 3 * i + j * 11) % len(texts)],
                owner=OWNERS[(n + j) % len(OWNERS)],
                score=[0.3, 0.6, 0.7, 1.0][(n + i + j) % 4],
                status=STATUSES[(n + 2 * j + i) % len(STATUSES)],
            )
            for j in range(key_results)
        )
        owner = OWNERS[(n + i + 3) % len(OWNERS)] if owners else None
        out.append(Objective(titles[(n + 5 * i) % len(titles)], krs, owner=owner,
                             initiatives=("Run 5 customer interviews", "Rewrite the setup guide")))  # fmt: skip
    return Tree(tuple(out))


@dataclass
class Tally:
    """How many combinations the reader reads exactly, and the shapes it misses."""

    exact: int = 0
    missed: list[str] = field(default_factory=list)


def titles(text: str) -> list[tuple[str, list[str]]]:
    """Return each objective's title with its key results' titles, as the reader reads text."""
    from cairn.text.document import parse_document

    return [(o.title, [kr.title for kr in o.key_results]) for o in parse_document(text).objectives]


def variant_cases(cases: list[tuple], family: str, variant: str) -> list[tuple]:
    """Return the cases of one family and variant: the variant as listed ("h3_o/h2/before") or
    its first part ("variant/near miss" cases of a variant listed as "variant")."""
    return [c for c in cases if c[0] == family and variant in (c[2], c[2].split("/")[0])]


def variant_misses(cases: list[tuple], case, family: str, variant: str) -> list[tuple]:  # noqa: ANN001
    """Return the cases of one family and variant not read exactly."""
    from bench.documents import read_tree, same

    return [
        c
        for c in variant_cases(cases, family, variant)
        if not same(read_tree(case(*c)[0]), case(*c)[1])
    ]


def variant_figures(cases: list[tuple], case, show: bool = False) -> dict[str, tuple[int, int]]:  # noqa: ANN001
    """Return {family, family:variant or lang:language: (read exactly, cases)} over the cases,
    printing the misses with show."""
    from bench.documents import read_tree, same

    out: dict[str, list[int]] = {}
    for args in cases:
        text, want = case(*args)
        ok = same(read_tree(text), want)
        for key in (args[0], f"{args[0]}:{args[2].split('/')[0]}", f"lang:{args[1]}"):
            out.setdefault(key, [0, 0])
            out[key][0] += ok
            out[key][1] += 1
        if show and not ok:
            print("MISS", args)
    return {k: (v[0], v[1]) for k, v in out.items()}


def print_variant_figures(round_name: str, families, got: dict, show: bool) -> None:  # noqa: ANN001
    """Print a round's families' figures (bench.document_shapes), every key's with show."""
    parts = ", ".join(f"{f} {got[f][0]}/{got[f][1]}" for f in families)
    total = sum(got[f][0] for f in families), sum(got[f][1] for f in families)
    print(f"{round_name}-round families: {total[0]}/{total[1]} ({parts})")
    if show:
        for key, (ok, n) in sorted(got.items()):
            print(f"  {key}: {ok}/{n}")


Page = Callable[[str, str, int], tuple[list[str], Tree]]


@dataclass(frozen=True)
class VariantRound:
    """A round's generator of document families: each family's variants in each language, one
    page builder per family (language, variant, objectives → lines and the tree they hold).

    The rounds' generators (document_shapes_<round>.py) bind `cases`, `case`, `figures` and `main`
    from it, the names tests/text/test_document_families.py and bench.document_shapes read.
    """

    name: str
    languages: tuple[str, ...]
    variants: dict[str, tuple[str, ...]]
    pages: dict[str, Page]

    def cases(self) -> list[tuple[str, str, str, int]]:
        """Return (family, language, variant, objectives) for every case: 2 or 3 objectives."""
        return [
            (family, lang, variant, 2 + (n + k) % 2)
            for family in self.variants
            for k, lang in enumerate(self.languages)
            for n, variant in enumerate(self.variants[family])
        ]

    def case(self, family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
        """Return (document text, expected tree) of one case."""
        lines, tree = self.pages[family](lang, variant, objectives)
        return "\n".join(lines).rstrip() + "\n", expected(tree)

    def figures(self, show: bool = False) -> dict[str, tuple[int, int]]:
        """Return {family, family:variant, lang:xx: (read exactly, cases)}; misses with show."""
        return variant_figures(self.cases(), self.case, show)

    def main(self, show: bool = False) -> None:
        """Print each family's figure (bench.document_shapes calls this)."""
        print_variant_figures(self.name, tuple(self.variants), self.figures(show), show)
