"""Generated pages of the thirty-first round (issue 15): conventions of the round's survey
(bench/document_survey_plans.py) the reader missed, and pages that are no OKRs (test-side only,
never shipped). Families (each page's expected tree known by construction):

- `id_numberings`: ids without words or separators ("O1 title" over "KR1.1 text" lines, "## O1.
  title" over "KR 1-1 text", "Objective 1. title" over "Key result 1-1. text" in the language's
  words, "目标一：" / "关键结果1：", "目標1．" / "成果指標1．").
- `enumerated_levels`: two kinds of list number on one level ("一、title" over "1、…", "①
  title" over "・…", "■ title" over "- …").
- `markup_exports`: AsciiDoc ".Title" block titles under "= Page" / ":toc:", org-mode "***
  TODO …" / "*** DONE …" items, HTML "<li>title" over a nested "<ul>", "<p><strong>title</strong>
  </p>" over "<ul>", Logseq "- ## title" over "\\t- …" blocks, a Notion database export ("##
  title" over "Status:" / "Owner:" / "Quarter:" property lines over "### Key results").
- `br_cells`: "| Objective | Key results |" rows whose key results are joined by "<br>" without
  markers.
- `other_sections`: pages or sections that hold no OKRs read as none: a README of "Installation"
  / "Usage" steps, a roadmap of phases over tasks, a README whose "## Goals" holds the OKRs beside
  a "## Contributing" list, a plan whose OKR section stands beside a roadmap's phase headings.
- `other_section_near_misses`: the simple paste format (a title line over its key results), a
  phase heading over marked objective lines, a title naming an installation ("Automate the
  installation of agents"), one "O2 …" line over plain bullets, a tagged objective closed by
  "(Beta)" (a note, kept in the title) beside one closed by "(Ana)" (the owner), a key-results
  cell joined by "; " (one compound key result), a "<br>" wrapping one key result ("…<br>(from
  20 today)").
"""

from __future__ import annotations

from bench.document_survey_plans import KR_WORD, PROSE
from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = (
    "id_numberings",
    "enumerated_levels",
    "markup_exports",
    "br_cells",
    "other_sections",
    "other_section_near_misses",
)
LANGUAGES = ("en", "es", "pt", "de", "fr", "zh", "ja", "ko")
_CJK = ("zh", "ja", "ko")
ZH_NUM = "一二三"

# a README's two sections ("Installation", "Usage") and a roadmap's phase name
README = {
    "en": ("Installation", "Usage", "Contributing", "Phase"),
    "es": ("Instalación", "Uso", "Contribuir", "Fase"),
    "pt": ("Instalação", "Uso", "Contribuindo", "Fase"),
    "de": ("Installation", "Verwendung", "Mitwirken", "Phase"),
    "fr": ("Installation", "Utilisation", "Contribuer", "Phase"),
    "zh": ("安装", "使用方法", "贡献", "阶段"),
    "ja": ("インストール", "使い方", "ライセンス", "フェーズ"),
    "ko": ("설치", "사용법", "기여", "단계"),
}  # fmt: skip
# an objective title naming an installation, not a README section
INSTALL_TITLE = {
    "en": "Automate the installation of agents", "es": "Automatizar la instalación de agentes",
    "pt": "Automatizar a instalação de agentes", "de": "Die Installation der Agenten automatisieren",
    "fr": "Automatiser l'installation des agents", "zh": "自动化代理的安装流程",
    "ja": "エージェントのインストールを自動化する", "ko": "에이전트 설치를 자동화한다",
}  # fmt: skip


def _c(lang: str) -> str:
    return "：" if lang in ("zh", "ja") else ": "


def _phase(lang: str, n: int) -> str:
    word = README[lang][3]
    if lang == "zh":
        return f"{word}{ZH_NUM[n - 1]}"
    if lang == "ko":
        return f"{n}{word}"
    return f"{word} {n}"


def _tree(lang: str, objectives: int) -> Tree:
    return tree_of(lang, objectives, 2)


def _ids(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t, w = _tree(lang, objectives), WORDS[lang]
    lines = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        krs = list(enumerate(o.key_results, 1))
        if variant == "bare":
            lines += [f"O{i} {o.title}"] + [f"KR{i}.{j} {kr.text}" for j, kr in krs]
        elif variant == "dashed":
            lines += [f"## O{i}. {o.title}"] + [f"KR {i}-{j} {kr.text}" for j, kr in krs]
        elif lang == "zh":
            lines += [f"目标{ZH_NUM[i - 1]}：{o.title}"]
            lines += [f"关键结果{j}：{kr.text}" for j, kr in krs]
        elif lang == "ja":
            lines += [f"目標{i}．{o.title}"] + [f"成果指標{j}．{kr.text}" for j, kr in krs]
        else:
            lines += [f"{w.objective} {i}. {o.title}"]
            lines += [f"{KR_WORD[lang]} {i}-{j}. {kr.text}" for j, kr in krs]
        lines.append("")
    return lines, t


def _enumerated(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t, w = _tree(lang, objectives), WORDS[lang]
    lines = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives):
        krs = list(enumerate(o.key_results, 1))
        if variant == "numerals":
            lines += [f"{ZH_NUM[i]}、{o.title}"] + [f"{j}、{kr.text}" for j, kr in krs]
        elif variant == "circled":
            lines += [f"{'①②③'[i]} {o.title}"] + [f"・{kr.text}" for _, kr in krs]
        else:
            lines += [f"■ {o.title}"] + [f"- {kr.text}" for _, kr in krs]
        lines.append("")
    return lines, t


def _done(t: Tree) -> Tree:
    """The tree with every second key result done (org-mode DONE items)."""
    out, k = [], 0
    for o in t.objectives:
        krs = []
        for kr in o.key_results:
            krs.append(KeyResult(kr.text, status="done" if k % 2 else None))
            k += 1
        out.append(Objective(o.title, tuple(krs)))
    return Tree(tuple(out))


def _markup(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t, w = _tree(lang, objectives), WORDS[lang]
    if variant == "adoc_blocks":
        lines = [f"= {w.page}", ":toc:", ""]
        for o in t.objectives:
            lines += [f".{o.title}"] + [f"* {kr.text}" for kr in o.key_results] + [""]
        return lines, t
    if variant == "org_todo":
        lines, k = [f"#+TITLE: {w.page}", "", f"* {w.page}"], 0
        for o in t.objectives:
            lines.append(f"** {o.title}")
            for kr in o.key_results:
                lines.append(f"*** {'DONE' if k % 2 else 'TODO [#A]'} {kr.text}")
                k += 1
        return lines, _done(t)
    if variant == "html_nested":
        lines = [f"<h1>{w.page}</h1>", "<ul>"]
        for o in t.objectives:
            lines += [f"  <li>{o.title}", "    <ul>"]
            lines += [f"      <li>{kr.text}</li>" for kr in o.key_results] + [
                "    </ul>",
                "  </li>",
            ]
        return lines + ["</ul>"], t
    if variant == "html_strong":
        lines = [f"<h1>{w.page}</h1>"]
        for o in t.objectives:
            lines += [f"<p><strong>{o.title}</strong></p>", "<ul>"]
            lines += [f"<li>{kr.text}</li>" for kr in o.key_results] + ["</ul>"]
        return lines, t
    if variant == "notion":  # a database export: property lines, then "### Key results"
        lines, owners = [f"# {w.page}", ""], ("Ana", "Ben", "Dana")
        for i, o in enumerate(t.objectives):
            lines += [f"## {o.title}", "", "Status: In progress", f"{w.owner}: {owners[i]}"]
            lines += ["Quarter: Q3 2026", "", f"### {w.key_results}", ""]
            lines += [f"- [ ] {kr.text}" for kr in o.key_results] + [""]
        owned = (Objective(o.title, o.key_results, owners[i]) for i, o in enumerate(t.objectives))
        return lines, Tree(tuple(owned))
    lines = [f"- # {w.page}"]  # logseq
    for o in t.objectives:
        lines += [f"- ## {o.title}"] + [f"\t- {kr.text}" for kr in o.key_results]
    return lines, t


def _br_cells(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t, w = _tree(lang, objectives), WORDS[lang]
    br = "<br/>" if variant == "slash" else "<br>"
    lines = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} |", "|---|---|"]
    for o in t.objectives:
        lines.append(f"| {o.title} | {br.join(kr.text for kr in o.key_results)} |")
    return lines, t


def _steps(lang: str, k: int) -> list[str]:
    steps = WORDS[lang].steps[1:]
    return [f"- {steps[k % 3]}", f"- {steps[(k + 1) % 3]}"]


def _other(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t, w = _tree(lang, objectives), WORDS[lang]
    install, usage, contributing, _ = README[lang]
    if variant == "readme":
        lines = ["# cairn-tools", "", PROSE[lang], "", f"## {install}", ""]
        lines += [f"1. {w.steps[1]}", f"2. {w.steps[2]}", "", f"## {usage}", ""] + _steps(lang, 0)
        return lines, Tree(())
    if variant == "roadmap":
        lines = ["# Roadmap 2026", ""]
        for i in range(1, objectives + 1):
            lines += [f"## {_phase(lang, i)}{_c(lang)}{t.objectives[i - 1].title}"]
            lines += _steps(lang, i) + [""]
        return lines, Tree(())
    if variant == "readme_goals":
        lines = ["# cairn-tools", "", PROSE[lang], "", f"## {install}", ""] + _steps(lang, 0)
        lines += ["", "## Goals", ""]
        for o in t.objectives:
            lines += [f"### {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
        return lines + [f"## {contributing}", ""] + _steps(lang, 1), t
    # plan: an OKR section of "### title" headings, then a roadmap of "### Phase n" headings
    lines = [f"# {w.page}", "", "## OKR", ""]
    for o in t.objectives:
        lines += [f"### {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
    lines += ["## Roadmap", ""]
    for i in range(1, 3):
        lines += [f"### {_phase(lang, i)}"] + _steps(lang, i) + [""]
    return lines, t


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t, w = _tree(lang, objectives), WORDS[lang]
    o = t.objectives[0]
    if variant == "simple_paste":
        return [o.title] + [f"- {kr.text}" for kr in o.key_results], Tree((o,))
    if variant == "phase_over_marked":
        lines = ["# Roadmap", ""]
        for i, x in enumerate(t.objectives, 1):
            lines += [f"## {_phase(lang, i)}", "", f"O{i}{_c(lang)}{x.title}"]
            lines += [f"- KR{j}{_c(lang)}{kr.text}" for j, kr in enumerate(x.key_results, 1)] + [""]
        return lines, t
    if variant == "install_title":
        x = Objective(INSTALL_TITLE[lang], o.key_results)
        lines = [f"# {w.page}", "", f"## {x.title}"] + [f"- {kr.text}" for kr in o.key_results]
        return lines, Tree((x,))
    if variant == "one_o_line":
        title = f"O2 {o.title}"
        return [f"# {w.page}", "", title] + [f"- {kr.text}" for kr in o.key_results], Tree(
            (Objective(title, o.key_results),)
        )
    if variant == "beta_note":
        a, b = t.objectives[0], t.objectives[1]
        lines = [f"# {w.page}", "", f"O1 [Growth]: {a.title} (Beta)"]
        lines += [f"- KR1{_c(lang)}{kr.text}" for kr in a.key_results]
        lines += ["", f"O2 [Ops]: {b.title} (Ana)"]
        lines += [f"- KR1{_c(lang)}{kr.text}" for kr in b.key_results]
        tree = Tree(
            (
                Objective(f"{a.title} (Beta)", a.key_results),
                Objective(b.title, b.key_results, "Ana"),
            )
        )
        return lines, tree
    if variant == "semicolon_cell":
        lines = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} |", "|---|---|"]
        one = "; ".join(kr.text for kr in o.key_results)
        return lines + [f"| {o.title} | {one} |"], Tree((Objective(o.title, (KeyResult(one),)),))
    # br_wrapped: a "<br>" inside one key result, its second line a note in brackets
    lines = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} |", "|---|---|"]
    kr = o.key_results[0].text
    return lines + [f"| {o.title} | {kr}<br>(Q2: 20) |"], Tree(
        (Objective(o.title, (KeyResult(f"{kr} (Q2: 20)"),)),)
    )


VARIANTS = {
    "id_numberings": ("bare", "dashed", "words"),
    "enumerated_levels": ("numerals", "circled", "squares"),
    "markup_exports": ("adoc_blocks", "org_todo", "html_nested", "html_strong", "logseq", "notion"),
    "br_cells": ("plain", "slash"),
    "other_sections": ("readme", "roadmap", "readme_goals", "plan"),
    "other_section_near_misses": (
        "simple_paste", "phase_over_marked", "install_title", "one_o_line", "beta_note",
        "semicolon_cell", "br_wrapped",
    ),
}  # fmt: skip

ROUND = VariantRound(
    "thirty-first",
    LANGUAGES,
    VARIANTS,
    {
        "id_numberings": _ids,
        "enumerated_levels": _enumerated,
        "markup_exports": _markup,
        "br_cells": _br_cells,
        "other_sections": _other,
        "other_section_near_misses": _near,
    },
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
