"""Generated pages of the twenty-fifth round (issue 15): objective tables, heading attribute
blocks, a key result's closing "(40%)" and lists right under a page's title, across twenty
languages (test-side only, never shipped; the words are the twenty-fourth round's).

Families (each page's expected tree known by construction; near misses are pages or sections
that must yield no objective, or must not change the tree around them):

- `objective_tables`: a Markdown table whose header cell names the objective ("| O1：… | 1月KA |
  2月KA |", "| Objective 2: … | Q1 | Q2 |", "| 目标1：… |", a bare "| Objective |" / "| O |"
  under the objective's heading) over rows whose first cell is a key result ("KR1：…", "KR 1.1 …",
  "关键结果1：…", "主要な結果1：…", "Resultado clave 1: …"); the other columns are months, key
  actions, owners or progress. Near misses: the same header over rows of actions (no key
  result), and a schedule table ("| Month | Action | Owner |").
- `heading_attributes`: kramdown / Pandoc / Hugo attribute blocks closing a heading or a bold
  line ("{#objective-1}", "{#o1 .okr}", "{: #o1}", "{.unnumbered}", "{-}") and HTML anchors
  ("<a name=…></a>", "<a id=…></a>") in headings and bold lines. Near miss: braces holding a
  word ("{Q3}") stay in the title.
- `kr_progress`: every key result of an objective states its own measure and closes with
  "(NN%)": progress, the key result's score. Near misses: percentages closing the key results
  that add up to 100 (weights) stay in the titles, and so does "(80%)" after a key result that
  states no other number (its target).
- `title_lists`: a list right under the page's title that is no objective's: a list of links
  alone (no OKR), a list of links before the objectives, a numbered how-to list under a title
  naming the OKRs before the objectives' headings. Near miss: a page titled by its objective over
  its measured key results stays one objective.
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
from tests.text.document_shapes_twenty_fourth import OWNERS, WORDS, tree_of

FAMILIES = ("objective_tables", "heading_attributes", "kr_progress", "title_lists")
LANGUAGES = tuple(WORDS)
_CJK = ("zh", "ja")

# one key result's own word, numbered ("Resultado clave 1:"), where the language has one
KR_WORD = {
    "es": "Resultado clave", "pt": "Resultado-chave", "fr": "Résultat clé", "de": "Schlüsselergebnis",
    "it": "Risultato chiave", "ru": "Ключевой результат", "uk": "Ключовий результат",
    "zh": "关键结果", "ja": "主要な結果", "ko": "핵심 결과", "vi": "Kết quả then chốt",
    "id": "Hasil Utama", "sv": "Nyckelresultat", "cs": "Klíčový výsledek", "tr": "Anahtar sonuç",
}  # fmt: skip
# months or quarters over the key actions
MONTHS = {
    "zh": ("1月KA", "2月KA", "3月KA"),
    "ja": ("1月", "2月", "3月"),
    "ko": ("1월", "2월", "3월"),
}


def _colon(lang: str) -> str:
    return "：" if lang in _CJK else ": "


# --- objective_tables ---------------------------------------------------------------------------

TABLE_VARIANTS = (
    "repeat_heading", "titled_header", "native_ids", "bare_header", "dotted_ids", "owner_progress",
    "action_rows", "schedule",
)  # fmt: skip


def _table_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    c = _colon(lang)
    months = MONTHS.get(lang, ("Jan", "Feb", "Mar"))
    lines = [f"# {w.page}", ""]
    if variant == "schedule":  # a schedule: no OKR
        return (
            lines
            + [f"| Month | {w.steps[0]} | {w.owner} |", "|--|--|--|"]
            + [
                f"| {m} | {s} | {OWNERS[n]} |"
                for n, (m, s) in enumerate(zip(months, w.steps[1:], strict=True))
            ]
        )
    for i, o in enumerate(tree.objectives, 1):
        krs = o.key_results
        if variant == "action_rows":  # the objective's bullets, then a table of actions alone
            lines += [f"## {w.objective}{c}{o.title}", ""] + [f"- {kr.text}" for kr in krs]
            lines += ["", f"| O{i}{c}{o.title} | {' | '.join(months)} |", "|--|--|--|--|"]
            lines += [f"| {s} | {s} | {s} | {s} |" for s in w.steps[1:]] + [""]
            continue
        if variant in ("repeat_heading", "bare_header", "owner_progress", "native_ids"):
            lines += [f"## {w.objective}{c}{o.title}", ""]
        head = {
            "repeat_heading": f"O{i}{c}{o.title}",
            "titled_header": f"{w.objective} {i}{c}{o.title}",
            "native_ids": f"{w.objective}{i}{c}{o.title}",
            "bare_header": w.objective if lang not in _CJK else "O",
            "dotted_ids": f"O{i}{c}{o.title}",
            "owner_progress": w.objective,
        }[variant]
        columns = (w.owner, "Progress") if variant == "owner_progress" else months
        lines += [f"| {head} | {' | '.join(columns)} |", "|" + "--|" * (1 + len(columns))]
        for j, kr in enumerate(krs, 1):
            kr_id = {
                "native_ids": f"{KR_WORD.get(lang, 'KR')}{'' if lang in _CJK else ' '}{j}{c}",
                "dotted_ids": f"KR {i}.{j} ",
            }.get(variant, f"KR{j}{c}")
            if variant == "owner_progress":
                cells = [kr.owner or "", f"{round((kr.score or 0) * 100)}%"]
            else:
                cells = [w.steps[1 + (j % 3)], f"{w.krs[(j + 3) % 6]}", w.steps[(j + 1) % 3 + 1]]
            lines.append(f"| {kr_id}{kr.text} | {' | '.join(cells)} |")
        lines.append("")
    return lines


# --- heading_attributes -------------------------------------------------------------------------

ATTRIBUTE_VARIANTS = (
    "kramdown_id", "pandoc_class", "ial_bold", "unnumbered", "anchor_name", "anchor_id_bold",
    "kr_ial", "braces_word",
)  # fmt: skip


def _attribute_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    c = _colon(lang)
    page = f"# {w.page} {{.unnumbered}}" if variant == "unnumbered" else f"# {w.page}"
    lines = [page, ""]
    for i, o in enumerate(tree.objectives, 1):
        label = f"{w.objective} {i}{c}{o.title}"
        lines.append({
            "kramdown_id": f"## {label} {{#objective-{i}-okr}}",
            "pandoc_class": f"## {label} {{#o{i} .okr .wide}}",
            "ial_bold": f"**{label}** {{: #o{i}}}",
            "unnumbered": f"## {label} {{-}}",
            "anchor_name": f'## <a name="o{i}"></a>{label}',
            "anchor_id_bold": f'**{label}** <a id="o{i}"></a>',
            "kr_ial": f"## {label} {{#o-{i}}}",
            "braces_word": f"## {label}",  # the tree's title holds its "{Q3}"
        }[variant])  # fmt: skip
        for j, kr in enumerate(o.key_results, 1):
            lines.append(
                f"- {kr.text} {{: #kr-{i}-{j}}}" if variant == "kr_ial" else f"- {kr.text}"
            )
        lines.append("")
    return lines


# --- kr_progress --------------------------------------------------------------------------------

PROGRESS_VARIANTS = ("every_kr", "bold_labels", "weights", "target_only")
_PROGRESS = (40, 75, 20, 100, 60, 5)


def _progress_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    c = _colon(lang)
    lines = [f"# {w.page}", ""]
    for i, o in enumerate(tree.objectives, 1):
        lines += [f"## {w.objective} {i}{c}{o.title}", ""]
        for j in range(1, len(o.key_results) + 1):
            text, share = _progress_kr(lang, variant, i, j)
            item = (
                f"- **KR{j}**{c}{text} ({share}%)"
                if variant == "bold_labels"
                else f"- {text} ({share}%)"
            )
            lines.append(item)
        lines.append("")
    return lines


def _progress_kr(lang: str, variant: str, i: int, j: int) -> tuple[str, int]:
    w = WORDS[lang]
    n = (i * 2 + j) % 6
    if variant == "weights":  # 60 + 40 per objective of two key results: weights
        return w.krs[n], (60, 40)[(j - 1) % 2]
    if variant == "target_only":  # no number of its own: the share is its target
        return w.steps[1 + (j % 3)], (80, 90)[(j - 1) % 2]
    return w.krs[n], _PROGRESS[(i + j) % 6]


# --- title_lists --------------------------------------------------------------------------------

TITLE_VARIANTS = ("links_alone", "links_before", "howto_before", "titled_by_objective")


def _title_page(lang: str, variant: str, tree: Tree) -> list[str]:
    w = WORDS[lang]
    lines = [f"# {w.page}", ""]
    if variant.startswith("links"):
        lines += [f"- [{w.steps[0]}](https://example.com/howto)",
                  f"- [{w.glossary[0]}](https://example.com/glossary)", ""]  # fmt: skip
        if variant == "links_alone":
            return lines
    if variant == "howto_before":
        lines += [f"{n}. {s}" for n, s in enumerate(w.steps[1:], 1)] + [""]
    if variant == "titled_by_objective":  # the page's title is its objective
        o = tree.objectives[0]
        return [f"# {o.title}", ""] + [f"- {kr.text}" for kr in o.key_results]
    for o in tree.objectives:
        head = (
            f"## {o.title}"
            if variant == "howto_before"
            else f"## {w.objective}{_colon(lang)}{o.title}"
        )
        lines += [head, ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return lines


# --- the cases ----------------------------------------------------------------------------------

VARIANTS = {
    "objective_tables": TABLE_VARIANTS,
    "heading_attributes": ATTRIBUTE_VARIANTS,
    "kr_progress": PROGRESS_VARIANTS,
    "title_lists": TITLE_VARIANTS,
}
_EMPTY = ("schedule", "links_alone")


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
    n = objectives
    w = WORDS[lang]
    if variant in _EMPTY:
        return Tree(())
    if variant == "titled_by_objective":
        return tree_of(lang, 1)
    if variant == "owner_progress":
        tree = tree_of(lang, n)
        return Tree(tuple(
            Objective(o.title, tuple(KeyResult(kr.text, owner=OWNERS[(i + j) % 4], score=(0.4, 0.75)[j % 2])
                                     for j, kr in enumerate(o.key_results)))
            for i, o in enumerate(tree.objectives)
        ))  # fmt: skip
    if variant == "braces_word":
        tree = tree_of(lang, n)
        return Tree(tuple(Objective(f"{o.title} {{Q3}}", o.key_results) for o in tree.objectives))
    if family == "kr_progress":
        out = []
        for i, o in enumerate(tree_of(lang, n).objectives, 1):
            krs = []
            for j in (1, 2):
                text, share = _progress_kr(lang, variant, i, j)
                if variant in ("weights", "target_only"):
                    krs.append(KeyResult(f"{text} ({share}%)"))
                else:
                    krs.append(KeyResult(text, score=share / 100))
            out.append(Objective(o.title, tuple(krs)))
        return Tree(tuple(out))
    del w
    return tree_of(lang, n)


def case(family: str, lang: str, variant: str, objectives: int) -> tuple[str, list[dict]]:
    """Return (document text, expected tree) of one case."""
    tree = _tree(family, lang, variant, objectives)
    page = {
        "objective_tables": _table_page,
        "heading_attributes": _attribute_page,
        "kr_progress": _progress_page,
        "title_lists": _title_page,
    }[family]
    lines = page(lang, variant, tree_of(lang, 2) if variant in _EMPTY else tree)
    return "\n".join(lines).rstrip() + "\n", expected(tree)


def figures(show: bool = False) -> dict[str, tuple[int, int]]:
    """Return {family, family:variant, lang:xx: (read exactly, cases)}; print misses with show."""
    return variant_figures(cases(), case, show)


def main(show: bool = False) -> None:
    """Print each family's figure (bench.document_shapes calls this)."""
    print_variant_figures("twenty-fifth", FAMILIES, figures(show), show)


if __name__ == "__main__":
    main(show=True)
