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
- `prose_okrs`: a blog post or note whose only OKRs are written in prose: 'For example, an
  objective might be "…," while key results could be "…" and "…."', or 'An example objective
  could be to "…". The associated KRs for this objective could be to …, … and ….' (English,
  Spanish, Portuguese, French; after definition paragraphs under "Objectives:" / "Key Results:").
- `annotated_fields`: an annotated example quarter of "### Objective N: …" headings, each over
  "**Owner:** Sarah Chen, CEO" / "**Priority:** P0" and "#### Key Result N.M: …" headings with
  "- **Metric:** …" / "- **Baseline:** …" / "- **Target:** …" / "- **Current:** 98.8% uptime, 0
  incidents (Week 7)" / "- **On Track:** At Risk (…)" fields (English): the owner is the name and
  role as written, the current reading and the tracking field no status.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    RoundShapes,
    Tree,
    sample_tree,
)

FAMILIES = ("list_commas", "details_progress", "prose_okrs", "annotated_fields")


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
    # twentieth round: the same shapes in Italian and Dutch
    "it": Words("Obiettivo", "Risultato chiave", "Processo di sviluppo del prodotto"),
    "nl": Words("Doelstelling", "Kernresultaat", "Productontwikkelingsproces"),
}
VARIANTS = {
    "list_commas": ("tab_numbered", "spaced_numbered", "dash_items", "semicolons", "label_space"),
    "details_progress": ("summary_line", "details_same_line", "last_unscored", "kr_short", "h3"),
    "prose_okrs": ("quoted", "listed", "quoted_definitions", "listed_two", "curly_quoted"),
    "annotated_fields": ("bold_fields", "plain_fields", "h2_headings", "dri_label", "star_bullets"),
}
_PEOPLE = (("Sarah Chen", "CEO"), ("Marcus Rodriguez", "CTO"), ("Priya Patel", "VP of People"),
           ("Lena Vogel", "Head of Platform and Data"))  # fmt: skip
_READINGS = ("98.8% uptime, 0 critical incidents (Week 7)", "9 days (as of Week 7)",
             "SOC2 Type II in progress (60% complete), FedRAMP discovery phase",
             "2 features shipped, 2 in QA, 1 in development")  # fmt: skip
# The prose sentences, per language: an objective then its key results, quoted or listed
_PROSE = {
    "en": ('For example, an objective might be "{o}," while key results could be {krs}.',
           "An example objective for a team could be to “{o}”. The associated KRs for this "
           "objective could be to {krs}.", "and"),
    "es": ('Por ejemplo, un objetivo podría ser "{o}", mientras que los resultados clave '
           "podrían ser {krs}.", "Un objetivo de ejemplo podría ser “{o}”. Los resultados "
           "clave asociados podrían ser {krs}.", "y"),
    "pt": ('Por exemplo, um objetivo poderia ser "{o}", enquanto os resultados-chave poderiam '
           "ser {krs}.", "Um objetivo de exemplo poderia ser “{o}”. Os resultados-chave "
           "associados poderiam ser {krs}.", "e"),
    "fr": ("Par exemple, un objectif pourrait être « {o} », tandis que les résultats clés "
           "pourraient être {krs}.", "Un objectif d'exemple pourrait être « {o} ». Les "
           "résultats clés associés pourraient être {krs}.", "et"),
    "it": ('Per esempio, un obiettivo potrebbe essere "{o}", mentre i risultati chiave '
           "potrebbero essere {krs}.", "Un obiettivo di esempio potrebbe essere “{o}”. I risultati "
           "chiave associati potrebbero essere {krs}.", "e"),
}  # fmt: skip
_PROSE_LANGUAGES = tuple(_PROSE)
_EVIDENCE = (
    "- Contribute PRs to [ golang/go ](https://github.com/golang/go)",
    "",
    "\t- 20210725 [crypto/x509: fix typo in error message](https://github.com/golang/go/pull/47383)",
    "    - 20211230 [《Everyday Go》](https://openfaas.gumroad.com/l/everyday-golang)",
    "- Blogs:",
    "",
    "\t- 20210901 30 blogs",
)


def _usable(text: str, family: str = "") -> bool:
    """A drawn key result the families can write as is (no closing comma or percentage; in
    prose, a measured clause with no comma, quote or joining word of its own)."""
    if text.endswith((",", ";", "%)", ".")) or "<" in text:
        return False
    if family != "prose_okrs":
        return True
    joins = (" and ", " y ", " e ", " et ", " or ")
    return (
        any(c.isdigit() for c in text)
        and not any(c in text for c in ',;"“”«»:')
        and not any(j in f" {text} " for j in joins)
    )


def tree_for(seed: int, objectives: int, key_results: int, language: str, family: str) -> Tree:
    """Return a tree with key-result texts, and the scores the family reports."""
    drawn = sample_tree(seed, objectives, key_results + 30, language)
    out = []
    for i, o in enumerate(drawn.objectives):
        texts = [kr.text for kr in o.key_results if _usable(kr.text, family)][:key_results]
        krs = []
        for j, text in enumerate(texts):
            if family == "details_progress":
                last = j == len(texts) - 1
                score = None if last and seed % 2 == 0 else (20 + 10 * ((i + j) % 9)) / 100
                krs.append(KeyResult(text, score=score))
            elif j == len(texts) - 1 and family == "list_commas":
                krs.append(KeyResult(f"{text}."))  # the last item's period is kept
            else:
                krs.append(KeyResult(text))
        title = o.title if family != "list_commas" else f"{o.title.rstrip('.')}."
        owner = None
        if family == "annotated_fields":
            name, role = _PEOPLE[(seed + i) % len(_PEOPLE)]
            owner = name if seed % 3 == 0 else f"{name}, {role}"
        out.append(Objective(title, tuple(krs), owner))  # a label bullet's final period is kept
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


def _prose_okrs(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    quoted_sentence, listed_sentence, join = _PROSE[_language(words)]
    lines = ["OKR stands for Objectives and Key Results, a goal-setting framework.", ""]
    if variant == "quoted_definitions":
        lines += ["Here's a breakdown:", "", f"{words.objective}s:",
                  "These are qualitative, aspirational goals. They should be clear.", "",
                  "Key Results:", "", "These are measurable outcomes. They should be specific.",
                  ""]  # fmt: skip
    for o in tree.objectives:
        texts = [kr.text for kr in o.key_results]
        if variant.startswith("listed"):
            krs = f"{', '.join(texts[:-1])} {join} {texts[-1]}"
            lines += [listed_sentence.format(o=o.title, krs=krs), ""]
        else:
            mark = ("«", "»") if words.objective == "Objectif" else ('"', '"')
            if variant == "curly_quoted":
                mark = ("“", "”")
            items = [f"{mark[0]}{t}{mark[1]}" for t in texts]
            krs = f"{', '.join(items[:-1])} {join} {items[-1]}"
            lines += [quoted_sentence.format(o=o.title, krs=krs), ""]
    return [*lines, "OKRs are typically set for a quarter and used to align efforts."]


def _language(words: Words) -> str:
    return next(key for key, known in WORDS.items() if known is words)


def _annotated_fields(tree: Tree, words: Words, variant: str, seed: int) -> list[str]:
    def field(name: str, value: str) -> str:
        return f"{name}: {value}" if variant == "plain_fields" else f"**{name}:** {value}"

    lines = ["## Example Quarter: Q2 2024 (Annotated Example)", "",
             field("Quarter Dates", "April 1, 2024 - June 30, 2024"), "",]  # fmt: skip
    label = "DRI" if variant == "dri_label" else "Owner"
    high, low = ("##", "###") if variant == "h2_headings" else ("###", "####")
    bullet = "*" if variant == "star_bullets" else "-"
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"{high} Objective {i}: {o.title}", "", field(label, o.owner or ""),
                  field("Priority", "P0"), ""]  # fmt: skip
        for j, kr in enumerate(o.key_results, 1):
            reading = _READINGS[(seed + i + j) % len(_READINGS)]
            fields = [("Metric", "Count"), ("Baseline", "3 (Q1 2024)"), ("Target", "10"),
                      ("Current", reading), ("On Track", "At Risk (behind)")]  # fmt: skip
            lines += [f"{low} Key Result {i}.{j}: {kr.text}"]
            lines += [f"{bullet} {field(name, value)}" for name, value in fields] + [""]
    return [*lines, "## Best Practices", "", "- Review weekly"]


RENDER = {
    "list_commas": _list_commas,
    "details_progress": _details_progress,
    "prose_okrs": _prose_okrs,
    "annotated_fields": _annotated_fields,
}


def _kept(c: tuple) -> bool:
    """Prose only in the languages its words exist for; the annotated template in English."""
    return (c[0] != "prose_okrs" or c[1] in _PROSE_LANGUAGES) and (
        c[0] != "annotated_fields" or c[1] == "en"
    )


SHAPES = RoundShapes(
    "fourteenth", FAMILIES, WORDS, VARIANTS, RENDER, tree_for, {"prose_okrs": (1, 1, 2)},
    heading=("# OKRs", ""), keep=_kept,
)  # fmt: skip
render, cases, case, main = SHAPES.render, SHAPES.cases, SHAPES.case, SHAPES.main

if __name__ == "__main__":
    main(show=True)
