"""Generated pages of the twenty-sixth round (issue 15): bracketed or tagged markers and quarter
reviews graded after each line, across twenty languages (test-side only, never shipped; the
words are the twenty-fourth round's).

Families (each page's expected tree known by construction; near misses are pages or lines that
must keep the other reading):

- `bracket_markers`: "[Objective]", "[O]", "[KR]", "[KeyResult]", "[Key Result]", the language's
  own words ("[Objetivo]" / "[Resultado clave]", "[Ziel]", "【目标】" / "【KR】"), "(Objective)",
  "<Objective>", "[Objective]:" at the start of headings, bullets and plain lines: the marker
  leaves the title. Near misses: a "[Draft]" / "[WIP]" tag before a title is no marker and
  stays in it, "[Objective]" inside a sentence of the page's introduction is no objective, and
  a table of contents' "- [Objective](#objective)" / "- [KR](#kr)" links are no markers.
- `quarter_review`: a quarter's OKRs, then the last quarter's review writing the same objectives
  again with a grade after the objective and each key result ("(0.45)", "( 0.8 )", "(0.215)",
  "-- (0.9)", "-- (1)", "(0)" among graded siblings): another objective each, graded. Near
  miss: a section restating the same objectives with the same key results, ungraded, is a
  repeat, left out.
"""

from __future__ import annotations

import itertools

from tests.text.document_shapes import (
    KeyResult,
    Objective,
    Tree,
    expected,
    print_variant_figures,
    variant_figures,
)
from tests.text.document_shapes_twenty_fifth import KR_WORD
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("bracket_markers", "quarter_review")
LANGUAGES = tuple(WORDS)

# --- bracket_markers ----------------------------------------------------------------------------

BRACKET_VARIANTS = (
    "heading_bullets", "short_tags", "native_words", "keyresult_glued", "parens", "angle",
    "colon_after", "plain_lines", "cjk_brackets", "draft_tags", "sentence_mention", "toc_links",
)  # fmt: skip


def _markers(lang: str, variant: str) -> tuple[str, str]:
    w = WORDS[lang]
    return {
        "heading_bullets": ("[Objective]", "[Key Result]"),
        "short_tags": ("[O]", "[KR]"),
        "native_words": (f"[{w.objective}]", f"[{KR_WORD.get(lang, 'Key Result')}]"),
        "keyresult_glued": ("[Objective]", "[KeyResult]"),
        "parens": ("(Objective)", "(KR)"),
        "angle": ("<Objective>", "<KR>"),
        "colon_after": ("[Objective]:", "[KR]:"),
        "plain_lines": (f"[{w.objective}]", "[KR]"),
        "cjk_brackets": (f"【{w.objective}】", "【KR】"),
    }[variant]


def _bracket_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    lines = [f"# {w.page}", ""]
    if variant == "sentence_mention":
        lines += [f"Write each [Objective] line first, then its [KR] lines ({w.steps[1]}).", ""]
    if variant == "toc_links":  # a table of contents: links, no markers
        lines += [f"- [{w.objective}](#{w.objective.lower()})", "- [KR](#kr)", ""]
    for o in tree.objectives:
        if variant == "draft_tags":  # the title itself starts with the tag
            lines += [f"## {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
            continue
        if variant in ("sentence_mention", "toc_links"):
            lines += [f"## {w.objective}: {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
            lines.append("")
            continue
        om, km = _markers(lang, variant)
        if variant == "plain_lines":
            lines += [f"{om} {o.title}"] + [f"  {km} {kr.text}" for kr in o.key_results] + [""]
            continue
        lines += [f"## {om} {o.title}"] + [f"- {km} {kr.text}" for kr in o.key_results] + [""]
    return lines


# --- quarter_review -----------------------------------------------------------------------------

REVIEW_VARIANTS = ("parens", "spaced_parens", "three_decimals", "double_dash", "restated")
_GRADES = (0.5, 0.3, 0.8, 0.0, 1.0, 0.2)


def _grade(variant: str, n: int) -> tuple[float, str]:
    value = _GRADES[n % 6]
    whole = f"{value:g}"
    if variant == "spaced_parens":
        return value, f" ( {whole} )"
    if variant == "double_dash":
        return value, f"      -- ({whole})"
    return value, f" ({whole})"


def _review_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    lines = [f"# Q2 {w.page}", ""]
    for o in tree.objectives:
        lines += [f"## [{w.objective}] {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
        lines.append("")
    lines += ["---", "", f"# Q1 {w.page} (Quarter End Review)", ""]
    for i, o in enumerate(tree.objectives):
        if variant == "restated":
            lines += [f"## [{w.objective}] {o.title}"] + [f"- {kr.text}" for kr in o.key_results]
            lines.append("")
            continue
        mark = " (0.215)" if variant == "three_decimals" else _grade(variant, i + 3)[1]
        lines.append(f"## [{w.objective}] {o.title}{mark}")
        for j, kr in enumerate(o.key_results):
            lines.append(f"- {kr.text}{_grade(variant, i + j)[1]}")
        lines.append("")
    return lines


def _review_tree(lang: str, variant: str, n: int) -> Tree:
    first = tree_of(lang, n)
    if variant == "restated":
        return first
    graded = tuple(
        Objective(
            o.title,
            tuple(
                KeyResult(kr.text, score=_grade(variant, i + j)[0])
                for j, kr in enumerate(o.key_results)
            ),
        )
        for i, o in enumerate(first.objectives)
    )
    return Tree(first.objectives + graded)


# --- the cases ----------------------------------------------------------------------------------

VARIANTS = {"bracket_markers": BRACKET_VARIANTS, "quarter_review": REVIEW_VARIANTS}


def cases() -> list[tuple[str, str, str, int]]:
    """Return (family, language, variant, objectives) for every case."""
    out = []
    for family in FAMILIES:
        for (k, lang), (n, variant) in itertools.product(
            enumerate(LANGUAGES), enumerate(VARIANTS[family])
        ):
            out.append((family, lang, variant, 1 + (n + k) % 3))
    return out


def _tree(family: str, lang: str, variant: str, objectives: int) -> Tree:
    if family == "quarter_review":
        return _review_tree(lang, variant, objectives)
    tree = tree_of(lang, objectives)
    if variant == "draft_tags":  # "[Draft]" / "[WIP]" stay in the titles
        return Tree(
            tuple(
                Objective(
                    f"[Draft] {o.title}",
                    tuple(KeyResult(f"[WIP] {kr.text}") for kr in o.key_results),
                )
                for o in tree.objectives
            )
        )
    return tree


def case(family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
    """Return (document text, expected tree) of one case."""
    tree = _tree(family, lang, variant, objectives)
    if family == "quarter_review":
        lines = _review_page(lang, variant, tree_of(lang, objectives))
    else:
        lines = _bracket_page(lang, variant, tree)
    return "\n".join(lines).rstrip() + "\n", expected(tree)


def figures(show: bool = False) -> dict[str, tuple[int, int]]:
    """Return {family, family:variant, lang:xx: (read exactly, cases)}; print misses with show."""
    return variant_figures(cases(), case, show)


def main(show: bool = False) -> None:
    """Print each family's figure (bench.document_shapes calls this)."""
    print_variant_figures("twenty-sixth", FAMILIES, figures(show), show)


if __name__ == "__main__":
    main(show=True)
