"""The cross generator's second part (twenty-second round, issue 15): more conventions the
reader knows in one language or markup, written in the fourteen languages of
`document_shapes_twenty_second` (its invented texts), each page with a near miss.

- `short_fenced`: a lead line over a code fence of "O1: …" / "  KR1: …" lines;
- `short_markers`: the same lines outside any fence;
- `vision_quarter`: "## Vision" (年度愿景) over numbered wishes above "### Q4" over a task list;
- `guided_fences`: a guidance heading over advice, then "## Example" over a fence of marked OKRs;
- `objective_bullets`: "## Objectives for this quarter" over one bullet per objective;
- `numbered_headings`: "## …" over "### Key results" and a numbered list;
- `bold_numbered`: "**…**" over a numbered list;
- `dash_ids`: "Objective 1 — …" over "- Key result 1.1 — …";
- `kr_owners`: "- Key result 1.1: … (Owner: Ana)";
- `arrow_scores`: "- KR1: … => 70%";
- `emoji_headings`: "## Objectives and key results" over "### 🎯 …" headings over bullets;
- `table_scores`: a table of objective, key result and score columns;
- `okr_headings`: "### OKR 1: …" over bullets.

Near misses, in turn: a guidance section, a link list, a table of contents, an about section.
"""

from __future__ import annotations

import itertools
import re

from tests.text.document_shapes import KeyResult, Objective, Tree, expected, variant_figures
from tests.text.document_shapes_twenty_second import LANGUAGES, WORDS, Words, tree_for

VARIANTS = (
    "short_fenced", "short_markers", "vision_quarter", "guided_fences", "objective_bullets",
    "numbered_headings", "bold_numbered", "dash_ids", "kr_owners", "arrow_scores",
    "emoji_headings", "table_scores", "okr_headings",
)  # fmt: skip
NEAR_MISSES = ("guide", "links", "contents", "about")

# "Objectives for this quarter" and "Example" in each language
CURRENT = {
    "en": ("Objectives for this quarter", "Example"),
    "es": ("Objetivos de este trimestre", "Ejemplo"),
    "pt": ("Objetivos deste trimestre", "Exemplo"),
    "fr": ("Objectifs de ce trimestre", "Exemple"),
    "de": ("Ziele für dieses Quartal", "Beispiel"),
    "it": ("Obiettivi di questo trimestre", "Esempio"),
    "nl": ("Doelstellingen voor dit kwartaal", "Voorbeeld"),
    "pl": ("Cele na ten kwartał", "Przykład"),
    "tr": ("Bu çeyreğin amaçları", "Örnek"),
    "id": ("Tujuan kuartal ini", "Contoh"),
    "zh": ("本季度目标", "示例"),
    "ja": ("今四半期の目標", "例"),
    "ko": ("이번 분기 목표", "예시"),
    "ru": ("Цели на этот квартал", "Пример"),
}
_OWNERS = ("Ana", "Ben", "Chen Li", "Dana", "Oleg", "María")
_SCORES = (0.7, 0.4, 1.0, 0.5, 0.3, 0.9)


def _c(w: Words) -> str:
    return " :" if w.objective == "Objectif" else ":"


def _labels(tree: Tree, w: Words) -> list[str]:
    c, lines = _c(w), []
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"{w.objective} {i}{c} {o.title}")
        lines += [f"- {w.kr} {i}.{j}{c} {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines.append("")
    return lines


def _short(tree: Tree) -> list[str]:
    lines = []
    for i, o in enumerate(tree.objectives, 1):
        lines.append(f"O{i}: {o.title}")
        lines += [f"  KR{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        lines.append("")
    return lines[:-1]


def _okrs(tree: Tree, w: Words, lang: str, variant: str) -> list[str]:  # noqa: PLR0911
    c, obj = _c(w), tree.objectives
    if variant == "short_fenced":
        return [f"{w.okrs}{c}", "", "```", *_short(tree), "```", ""]
    if variant == "short_markers":
        return [f"## {w.okrs}", "", *_short(tree), ""]
    if variant == "vision_quarter":
        heading, first, second = w.vision
        lines = [f"## {heading}", "", f"1. {first}", f"2. {second}", "", f"### {w.quarters[1]}", ""]
        for o in obj:
            lines += [f"- [ ] {o.title}", *[f"  - [ ] {kr.text}" for kr in o.key_results]]
        return [*lines, ""]
    if variant == "guided_fences":
        heading, first, second = w.guide
        lines = [f"## {heading}", "", f"- {first}", f"- {second}", ""]
        return [
            *lines,
            f"## {CURRENT[lang][1]}",
            "",
            "```markdown",
            *_labels(tree, w)[:-1],
            "```",
            "",
        ]
    if variant == "objective_bullets":
        return [f"## {CURRENT[lang][0]}", "", *[f"- {o.title}" for o in obj], ""]
    if variant == "numbered_headings":
        lines = []
        for o in obj:
            lines += [f"## {o.title}", "", f"### {w.krs}", ""]
            lines += [f"{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
        return lines
    if variant == "bold_numbered":
        lines = []
        for o in obj:
            lines += [
                f"**{o.title}**",
                *[f"{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1)],
                "",
            ]
        return lines
    if variant == "dash_ids":
        lines = []
        for i, o in enumerate(obj, 1):
            lines.append(f"{w.objective} {i} — {o.title}")
            lines += [f"- {w.kr} {i}.{j} — {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            lines.append("")
        return lines
    if variant == "kr_owners":
        lines = []
        for i, o in enumerate(obj, 1):
            lines.append(f"{w.objective} {i}{c} {o.title}")
            lines += [
                f"- {w.kr} {i}.{j}{c} {kr.text} ({w.owner}: {kr.owner})"
                for j, kr in enumerate(o.key_results, 1)
            ]
            lines.append("")
        return lines
    if variant == "arrow_scores":
        lines = []
        for i, o in enumerate(obj, 1):
            lines.append(f"{w.objective} {i}{c} {o.title}")
            lines += [
                f"- KR{j}: {kr.text} => {round(kr.score * 100)}%"
                for j, kr in enumerate(o.key_results, 1)
            ]
            lines.append("")
        return lines
    if variant == "emoji_headings":
        lines = [f"## {w.okrs}", ""]
        for o in obj:
            lines += [f"### 🎯 {o.title}", "", *[f"- {kr.text}" for kr in o.key_results], ""]
        return lines
    if variant == "table_scores":
        lines = [f"| {w.objective} | {w.kr} | Score |", "|---|---|---|"]
        lines += [f"| {o.title} | {kr.text} | {kr.score} |" for o in obj for kr in o.key_results]
        return [*lines, ""]
    assert variant == "okr_headings"
    lines = []
    for i, o in enumerate(obj, 1):
        lines += [f"### OKR {i}: {o.title}", "", *[f"- {kr.text}" for kr in o.key_results], ""]
    return lines


def _near_miss(w: Words, kind: str) -> list[str]:
    if kind == "guide":
        heading, first, second = w.guide
        return [f"## {heading}", "", f"- {first}", f"- {second}", ""]
    if kind == "links":
        return [f"## {w.links}", "", "- [OKR guide](https://example.org/okr)",
                "- [Blog](https://example.org/blog)", ""]  # fmt: skip
    if kind == "contents":
        return ["- [OKR](#okr)", *[f"- [{t}](#{_slug(t)})" for t in (w.team[0], w.links)], ""]
    heading, lead, first, second = w.problem  # "## The problem we tackle" over "…:" and bullets
    return [f"## {heading}", "", lead, f"- {first}", f"- {second}", ""]


def _slug(title: str) -> str:
    """Return a heading's anchor as GitHub writes it ("The team" → "the-team")."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


def tree_of(lang: str, variant: str, objectives: int) -> Tree:
    """Return the tree a page of the variant states."""
    tree = tree_for(lang, objectives, 3 - objectives % 2, scores="scores" in variant)
    if variant == "objective_bullets":
        return Tree(tuple(Objective(o.title, ()) for o in tree.objectives))
    if variant == "kr_owners":
        n = itertools.count()
        return Tree(
            tuple(
                Objective(
                    o.title, tuple(KeyResult(kr.text, _OWNERS[next(n) % 6]) for kr in o.key_results)
                )
                for o in tree.objectives
            )
        )
    return tree


def cases() -> list[tuple[str, str, str, int]]:
    """Return (family, language, variant, objectives) for every case."""
    return [
        ("cross_b", lang, f"{variant}/{NEAR_MISSES[(n + k) % 4]}", 1 + (n + k) % 3)
        for (n, variant), (k, lang) in itertools.product(enumerate(VARIANTS), enumerate(LANGUAGES))
    ]


def case(family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
    """Return (document text, expected tree) of one case."""
    w = WORDS[lang]
    shape, near = variant.split("/")
    tree = tree_of(lang, shape, objectives)
    okrs, miss = _okrs(tree, w, lang, shape), _near_miss(w, near)
    lines = ["# OKR 2025", "", *(miss + okrs if near in ("contents", "about") else okrs + miss)]
    return "\n".join(lines).rstrip() + "\n", expected(tree)


def figures(show: bool = False) -> dict[str, tuple[int, int]]:
    """Return {"cross_b" or its variant or language: (read exactly, cases)}."""
    return variant_figures(cases(), case, show)


if __name__ == "__main__":
    for key, (ok, total) in sorted(figures(show=True).items()):
        print(f"  {key}: {ok}/{total}")
