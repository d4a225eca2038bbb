"""Whole-document families of the fourteenth round (issue 15), the tree known by construction
(test-side only, never shipped). Each family writes a tree drawn by `sample_tree`
(tests/text/document_shapes.py) in one page shape of the round-12 documents, in several
languages, with variants:

- `list_commas`: a guide's "* Objective: …" label bullet over a "* Key result:" label bullet and
  indented numbered items written as one sentence ("1. Revenue of the new product," / "2. Cost," /
  "3. Units discontinued."): each item's trailing comma (or semicolon) is punctuation, the last
  item's period is kept.
- `details_progress`: a personal page of "## Objective N: … (70%)" headings over HTML
  "<details>" blocks, each "<summary> Key Result N: … (60%)</summary>" over hidden evidence
  bullets (dated links, books read): the summary is the key result, its percentage its score, the
  objective's percentage no part of its title, the evidence no key result.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    Tree,
    expected,
    family_grid,
    sample_tree,
)

FAMILIES = ("list_commas", "details_progress")


@dataclass(frozen=True)
class Words:
    """A language's words for the families."""

    objective: str  # "Objective", as the page labels it
    key_result: str  # "Key result"
    process: str  # the section heading above an objective ("Product development process")


WORDS: dict[str, Words] = {
    "en": Words("Objective", "Key result", "Product development process"),
    "vi": Words("Objective", "Key result", "Quá trình phát triển sản phẩm mới"),
    "es": Words("Objetivo", "Resultado clave", "Proceso de desarrollo de producto"),
    "pt": Words("Objetivo", "Resultado-chave", "Processo de desenvolvimento de produto"),
    "fr": Words("Objectif", "Résultat clé", "Processus de développement produit"),
    "de": Words("Objective", "Key Result", "Produktentwicklung"),
}
VARIANTS = {
    "list_commas": ("tab_numbered", "spaced_numbered", "dash_items", "semicolons", "label_space"),
    "details_progress": ("summary_line", "details_same_line", "last_unscored", "kr_short", "h3"),
}
_EVIDENCE = (
    "- Contribute PRs to [ golang/go ](https://github.com/golang/go)",
    "",
    "\t- 20210725 [crypto/x509: fix typo in error message](https://github.com/golang/go/pull/47383)",
    "    - 20211230 [《Everyday Go》](https://openfaas.gumroad.com/l/everyday-golang)",
    "- Blogs:",
    "",
    "\t- 20210901 30 blogs",
)


def _usable(text: str) -> bool:
    """A drawn key result the families can write as is (no closing comma or percentage)."""
    return not text.endswith((",", ";", "%)", ".")) and "<" not in text


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with key-result texts, and the scores the family reports."""
    drawn = sample_tree(seed, objectives, key_results + 2, language)
    out = []
    for i, o in enumerate(drawn.objectives):
        texts = [kr.text for kr in o.key_results if _usable(kr.text)][:key_results]
        krs = []
        for j, text in enumerate(texts):
            if family == "details_progress":
                last = j == len(texts) - 1
                score = None if last and seed % 2 == 0 else (20 + 10 * ((i + j) % 9)) / 100
                krs.append(KeyResult(text, score=score))
            elif j == len(texts) - 1:
                krs.append(KeyResult(f"{text}."))  # the last item's period is kept
            else:
                krs.append(KeyResult(text))
        title = o.title if family == "details_progress" else f"{o.title.rstrip('.')}."
        out.append(Objective(title, tuple(krs)))  # the label bullet's final period is kept
    return Tree(tuple(out))


def _list_commas(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = []
    indent = "    " if variant == "spaced_numbered" else "\t"
    comma = ";" if variant == "semicolons" else ","
    for o in tree.objectives:
        space = " " if variant == "label_space" else ""
        lines += [f"## {words.process}", f"* {words.objective}: {o.title}",
                  f"* {words.key_result}:{space}"]  # fmt: skip
        for j, kr in enumerate(o.key_results, 1):
            end = "" if j == len(o.key_results) else comma
            marker = "-" if variant == "dash_items" else f"{j}."
            lines.append(f"{indent}{marker} {kr.text}{end}")
        lines.append("")
    return [*lines, "# KPI", "KPI are the figures each activity is judged by.", "",
            "| Activity | KPI | Target |", "| --- | --- | ---: |",
            "| Product | Studies run | 2 |"]  # fmt: skip


def _details_progress(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    lines = ["## What is OKRs", "", "Objectives and key results (OKR) is a framework.", "",
             "## Goals", "", "Improve skills to become an architect.", "", "---", ""]  # fmt: skip
    level = "###" if variant == "h3" else "##"
    label = "KR" if variant == "kr_short" else words.key_result
    for i, o in enumerate(tree.objectives, 1):
        grade = 20 + 10 * ((seed + i) % 8)
        lines += [f"{level} {words.objective} {i}: {o.title} ({grade}%)", ""]
        for j, kr in enumerate(o.key_results, 1):
            score = f" ({round(kr.score * 100)}%)" if kr.score is not None else ""
            summary = f"<summary> {label} {j}: {kr.text}{score}</summary>"
            if variant == "details_same_line":
                lines += [f"<details><summary>{label} {j}: {kr.text}{score} </summary>", ""]
            else:
                lines += ["<details>", summary, ""]
            lines += [*_EVIDENCE, "", "</details>"]
        lines.append("")
    return lines


RENDER = {"list_commas": _list_commas, "details_progress": _details_progress}


def render(tree: Tree, family: str, language: str, variant: str, seed: int) -> str:
    """Return the page of a tree in one family's shape."""
    lines = ["# OKRs", "", *RENDER[family](tree, WORDS[language], variant, seed)]
    return "\n".join(lines).rstrip() + "\n"


def cases() -> list[tuple[str, str, str, int, int, int]]:
    """Return (family, language, variant, seed, objectives, key results) for every case."""
    return family_grid(FAMILIES, WORDS, VARIANTS, {})


def case(family: str, language: str, variant: str, seed: int, objectives: int, krs: int):
    """Return (document text, expected tree) of one case."""
    tree = tree_for(seed, objectives, krs, language, family)
    return render(tree, family, language, variant, seed), expected(tree)


def main(show: bool = False) -> None:
    """Print each family's figure (bench.document_shapes calls this)."""
    from bench.documents import read_tree, same

    parts = []
    total = missed_all = 0
    misses = []
    for family in FAMILIES:
        mine = [c for c in cases() if c[0] == family]
        missed = [c for c in mine if not same(read_tree(case(*c)[0]), case(*c)[1])]
        parts.append(f"{family} {len(mine) - len(missed)}/{len(mine)}")
        total, missed_all = total + len(mine), missed_all + len(missed)
        misses += missed
    print(f"fourteenth-round families: {total - missed_all}/{total} ({', '.join(parts)})")
    if show:
        print("\n".join(f"  - {m}" for m in misses[:40]))


if __name__ == "__main__":
    main(show=True)
