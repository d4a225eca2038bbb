"""The thirty-first reader round's survey (issue 15): OKR pages in conventions the twenty-seventh
round's survey (bench/document_survey.py) did not hold, one small page per convention and
language (the same 12 languages, 2-3 objectives of 2-3 key results, the expected tree known by
construction), read by the reader.

    .venv/bin/python -m bench.document_survey_plans             # every convention
    .venv/bin/python -m bench.document_survey_plans plan_okrs   # one convention, misses shown

Written before any rule of the round (the "before" figure of docs/plaintext.md, "The
thirty-first reader round"): OKRs as one section of a long plan, PRD, strategy memo or README
among roadmap, KPI, RACI and risk sections; CJK markers; id numberings without words; table
rows; quarter / team sections; trailing status, owner and emoji; Notion / Confluence exports;
org-mode, AsciiDoc and HTML lists; spreadsheet rows; YAML-like lists.
"""

import sys

from tests.text.document_shapes import KeyResult, Objective, Tree

from bench.document_survey import W, conventions, survey

CONV, conv = conventions()
_CJK = ("zh", "ja", "ko")


# The singular key-result word, "Key result 1" (the WORDS table holds the plural header only).
KR_WORD = {
    "en": "Key result", "es": "Resultado clave", "pt": "Resultado-chave", "fr": "Résultat clé",
    "de": "Schlüsselergebnis", "nl": "Kernresultaat", "pl": "Kluczowy rezultat",
    "ru": "Ключевой результат", "zh": "关键结果", "ja": "成果指標", "ko": "핵심 결과",
    "id": "Hasil utama",
}  # fmt: skip
# Section names of a long plan: background, roadmap, KPIs, RACI, risks, OKRs.
SECTIONS = {
    "en": ("Background", "Roadmap", "KPIs", "RACI", "Risks", "OKRs"),
    "es": ("Contexto", "Hoja de ruta", "KPI", "Matriz RACI", "Riesgos", "OKR"),
    "pt": ("Contexto", "Roteiro", "KPIs", "Matriz RACI", "Riscos", "OKRs"),
    "fr": ("Contexte", "Feuille de route", "KPI", "Matrice RACI", "Risques", "OKR"),
    "de": ("Hintergrund", "Roadmap", "KPIs", "RACI-Matrix", "Risiken", "OKRs"),
    "nl": ("Achtergrond", "Roadmap", "KPI's", "RACI", "Risico's", "OKR's"),
    "pl": ("Kontekst", "Plan działania", "KPI", "Macierz RACI", "Ryzyka", "OKR"),
    "ru": ("Контекст", "Дорожная карта", "KPI", "Матрица RACI", "Риски", "OKR"),
    "zh": ("背景", "路线图", "KPI 指标", "RACI 矩阵", "风险", "OKR"),
    "ja": ("背景", "ロードマップ", "KPI", "RACI", "リスク", "OKR"),
    "ko": ("배경", "로드맵", "KPI", "RACI", "위험", "OKR"),
    "id": ("Latar belakang", "Peta jalan", "KPI", "Matriks RACI", "Risiko", "OKR"),
}  # fmt: skip
PROSE = {
    "en": "This plan describes how the team works this quarter.",
    "es": "Este plan describe cómo trabaja el equipo este trimestre.",
    "pt": "Este plano descreve como a equipe trabalha neste trimestre.",
    "fr": "Ce plan décrit comment l'équipe travaille ce trimestre.",
    "de": "Dieser Plan beschreibt, wie das Team in diesem Quartal arbeitet.",
    "nl": "Dit plan beschrijft hoe het team dit kwartaal werkt.",
    "pl": "Ten plan opisuje, jak zespół pracuje w tym kwartale.",
    "ru": "Этот план описывает, как команда работает в этом квартале.",
    "zh": "本计划说明团队本季度的工作方式。",
    "ja": "この計画は今四半期のチームの進め方を説明します。",
    "ko": "이 계획은 이번 분기 팀의 일하는 방식을 설명합니다.",
    "id": "Rencana ini menjelaskan cara tim bekerja kuartal ini.",
}  # fmt: skip
ZH_NUM = "一二三四五"


def c(lang):
    return "：" if lang in ("zh", "ja") else ": "


def status_tree(t, statuses):
    """The tree with each key result's status drawn in turn from `statuses`."""
    k = 0
    out = []
    for o in t.objectives:
        krs = []
        for kr in o.key_results:
            krs.append(KeyResult(kr.text, status=statuses[k % len(statuses)]))
            k += 1
        out.append(Objective(o.title, tuple(krs), o.owner))
    return Tree(tuple(out))


def marked_page(t, head, heading, item, statuses):
    """A page of the head's lines, then each objective's heading(i, o) (a line or a list of
    lines) over item(k, kr) for each key result, k counting over the page, and a blank line;
    with the tree whose key results take `statuses` in turn."""
    lines = list(head)
    k = 0
    for i, o in enumerate(t.objectives, 1):
        above = heading(i, o)
        lines += [above] if isinstance(above, str) else above
        for kr in o.key_results:
            lines.append(item(k, kr))
            k += 1
        lines.append("")
    return lines, status_tree(t, statuses)


def owner_tree(t, owners):
    return Tree(
        tuple(Objective(o.title, o.key_results, owners[i]) for i, o in enumerate(t.objectives))
    )


def _context(lang):
    """The sections of a long plan around its OKRs: background, roadmap, KPI table, RACI, risks."""
    s = SECTIONS[lang]
    w = W(lang)
    return {
        "background": [f"## 1. {s[0]}", "", PROSE[lang], ""],
        "roadmap": [f"## 2. {s[1]}", "", f"### Phase 1: {w.steps[1]}"]
        + [f"- {w.steps[2]}", f"- {w.steps[3]}", "", f"### Phase 2: {w.steps[3]}"]
        + [f"- {w.steps[1]}", ""],
        "kpi": [f"## 4. {s[2]}", "", "| KPI | Q2 | Q3 |", "|---|---|---|", "| NPS | 20 | 45 |"]
        + ["| MAU | 1200 | 3000 |", ""],
        "raci": [f"## 5. {s[3]}", "", "| Task | R | A | C | I |", "|---|---|---|---|---|"]
        + [f"| {w.steps[1]} | Ana | Ben | Dana | Oleg |", ""],
        "risks": [f"## 6. {s[4]}", "", f"- {w.steps[2]}", f"- {w.steps[3]}", ""],
    }


@conv
def plan_okr_section(lang, t):
    """A long plan: OKRs in one section ("### O1: …" over "- KR1.1: …") among roadmap, KPIs,
    RACI and risks."""
    w, x = W(lang), _context(lang)
    L = [f"# {w.page}", ""] + x["background"] + x["roadmap"] + [f"## 3. {SECTIONS[lang][5]}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"### O{i}{c(lang)}{o.title}"]
        L += [f"- KR{i}.{j}{c(lang)}{kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L + x["kpi"] + x["raci"] + x["risks"], t


@conv
def plan_okr_section_plain(lang, t):
    """A long plan whose OKR section holds unmarked "### title" headings over "- KR" bullets."""
    w, x = W(lang), _context(lang)
    L = [f"# {w.page}", ""] + x["background"] + [f"## 3. {SECTIONS[lang][5]}", ""]
    for o in t.objectives:
        L += [f"### {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return L + x["roadmap"] + x["kpi"] + x["raci"] + x["risks"], t


@conv
def prd_goals(lang, t):
    """A PRD: problem, "## Goals" of "**Objective 1:** …" over numbered key results, non-goals,
    requirements."""
    w = W(lang)
    L = ["# PRD: Mobile onboarding", "", "## Problem", "", PROSE[lang], "", "## Goals", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"**{w.objective} {i}:** {o.title}", ""]
        L += [f"{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    L += ["## Non-goals", "", f"- {w.steps[2]}", "", "## Requirements", ""]
    L += [f"1. {w.steps[1]}", f"2. {w.steps[3]}", ""]
    return L, t


@conv
def readme_goals(lang, t):
    """A README: installation and usage, then "## Goals" of "### title" over "- KR"."""
    w = W(lang)
    L = ["# cairn-tools", "", PROSE[lang], "", "## Installation", "", "```", "pip install x"]
    L += ["```", "", "## Goals (Q3 2026)", ""]
    for o in t.objectives:
        L += [f"### {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
    L += ["## Contributing", "", f"- {w.steps[1]}", f"- {w.steps[2]}", ""]
    return L, t


@conv
def memo_numbered(lang, t):
    """A strategy memo: prose paragraphs, then "OKRs:" over "1. title" items over indented
    "   - KR" bullets, then prose."""
    w = W(lang)
    L = [f"# Memo: {w.page}", "", PROSE[lang], "", f"## {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{i}. {o.title}"] + [f"   - {kr.text}" for kr in o.key_results]
    L += ["", "## Next steps", "", PROSE[lang], ""]
    return L, t


@conv
def cjk_labels(lang, t):
    """ "目标一：…" / "关键结果1：…" (zh), "目標1．…" / "成果指標1．…" (ja), "목표 1. …" / "핵심 결과
    1-1. …" (ko); other languages "Objective 1. …" / "Key result 1-1. …" in their words."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        if lang == "zh":
            L += [f"目标{ZH_NUM[i - 1]}：{o.title}"]
            L += [f"关键结果{j}：{kr.text}" for j, kr in enumerate(o.key_results, 1)]
        elif lang == "ja":
            L += [f"目標{i}．{o.title}"]
            L += [f"成果指標{j}．{kr.text}" for j, kr in enumerate(o.key_results, 1)]
        else:
            L += [f"{w.objective} {i}. {o.title}"]
            L += [f"{KR_WORD[lang]} {i}-{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1)]
        L += [""]
    return L, t


@conv
def kr_dash_ids(lang, t):
    """ "## O1. title" over "KR 1-1 text" lines (no colon)."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}. {o.title}"]
        L += [f"KR {i}-{j} {kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


@conv
def o_kr_ids(lang, t):
    """ "O1: title" over "- O1-KR2: text" bullets."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"O{i}{c(lang)}{o.title}"]
        L += [f"- O{i}-KR{j}{c(lang)}{kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


@conv
def bare_ids(lang, t):
    """ "O1 title" over "KR1.1 text" lines, ids without words or colons."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"O{i} {o.title}"]
        L += [f"KR{i}.{j} {kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


@conv
def table_br_plain(lang, t):
    """ "| Objective | Key results |" rows, the key results joined by "<br>" without a marker."""
    w = W(lang)
    L = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} |", "|---|---|"]
    for o in t.objectives:
        L.append(f"| {o.title} | {'<br>'.join(kr.text for kr in o.key_results)} |")
    return L, t


@conv
def table_semicolons(lang, t):
    """Table rows, the key results joined by "; "."""
    w = W(lang)
    L = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} |", "|---|---|"]
    for o in t.objectives:
        L.append(f"| {o.title} | {'; '.join(kr.text for kr in o.key_results)} |")
    return L, t


@conv
def table_cell_numbered(lang, t):
    """Table rows, the key results a numbered list inside the cell ("1. …<br>2. …")."""
    w = W(lang)
    L = [f"# {w.page}", "", f"| # | {w.objective} | {w.key_results} |", "|---|---|---|"]
    for i, o in enumerate(t.objectives, 1):
        krs = "<br>".join(f"{j}. {kr.text}" for j, kr in enumerate(o.key_results, 1))
        L.append(f"| {i} | {o.title} | {krs} |")
    return L, t


@conv
def quarter_team_lists(lang, t):
    """ "## Q3 2026" → "### Team" → "1. title" over indented "   - KR"."""
    L = ["# OKR 2026", "", "## Q3 2026", ""]
    for i, o in enumerate(t.objectives):
        L += [f"### {['Platform', 'Growth', 'Support'][i]}", ""]
        L += [f"1. {o.title}"] + [f"   - {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def status_brackets(lang, t):
    """ "### O1: title [On track]" headings, "- KR1: text [0.7]" / "[70%]" bullets: the bracket a
    status or progress, no part of the title."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"### O{i}{c(lang)}{o.title} [On track]"]
        L += [f"- KR{j}{c(lang)}{kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


@conv
def owner_brackets(lang, t):
    """ "## O1: title [Ana]" / "## Objective 2 — title (Owner: Ben)": the owner after the title."""
    w = W(lang)
    owners = ("Ana", "Ben", "Dana")
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}{c(lang)}{o.title} ({w.owner}: {owners[i - 1]})"]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, owner_tree(t, owners)


@conv
def emoji_status_lines(lang, t):
    """ "### 🟢 O1: title" headings, key results "- 🟢 text" / "- 🟡 text" / "- 🔴 text"."""
    return marked_page(
        t,
        [f"# {W(lang).page}", ""],
        lambda i, o: f"### 🟢 O{i}{c(lang)}{o.title}",
        lambda k, kr: f"- {'🟢🟡🔴'[k % 3]} {kr.text}",
        ("on_track", "at_risk", "off_track"),
    )


@conv
def emoji_trailing(lang, t):
    """Key results closed by a status emoji ("- text ✅", "- text 🟡")."""
    return marked_page(
        t,
        [f"# {W(lang).page}", ""],
        lambda i, o: f"## {o.title}",
        lambda k, kr: f"- {kr.text} {'✅🟡'[k % 2]}",
        ("done", "at_risk"),
    )


@conv
def notion_properties(lang, t):
    """A Notion database export: "## title" over property lines (Status / Owner / Quarter), then a
    "Key results" header over "- [ ] …"."""
    w = W(lang)
    owners = ("Ana", "Ben", "Dana")
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives):
        L += [f"## {o.title}", "", "Status: In progress", f"{w.owner}: {owners[i]}"]
        L += ["Quarter: Q3 2026", "", f"### {w.key_results}", ""]
        L += [f"- [ ] {kr.text}" for kr in o.key_results] + [""]
    return L, owner_tree(t, owners)


@conv
def confluence_export(lang, t):
    """A Confluence page exported to Markdown: breadcrumbs, "Created by …", a page-properties
    table, then "## Objective 1: …" over "- KR"."""
    w = W(lang)
    L = [f"# {w.page}", "", "1. [Team space](index.html)", "2. [OKRs](okrs.html)", ""]
    L += ["Created by Ana Silva, last modified on Jul 01, 2026", ""]
    L += ["| Quarter | Q3 2026 |", "|---|---|", "| Status | Draft |", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## {w.objective} {i}{c(lang)}{o.title}", ""]
        L += [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def org_checkboxes(lang, t):
    """org-mode: "* OKRs" / "** title" / "- [ ] KR" / "- [X] KR"."""
    w = W(lang)
    L = [f"#+TITLE: {w.page}", "", f"* {w.page}"]
    k = 0
    for o in t.objectives:
        L += [f"** {o.title}"]
        for kr in o.key_results:
            L.append(f"- [{'X' if k % 2 else ' '}] {kr.text}")
            k += 1
    return L, status_tree(t, (None, "done"))


@conv
def org_todo(lang, t):
    """org-mode: "** title" over "*** TODO KR" / "*** DONE KR" headings."""
    w = W(lang)
    L = [f"#+TITLE: {w.page}", "", f"* {w.page}"]
    k = 0
    for o in t.objectives:
        L += [f"** {o.title}"]
        for kr in o.key_results:
            L.append(f"*** {'DONE' if k % 2 else 'TODO'} {kr.text}")
            k += 1
    return L, status_tree(t, (None, "done"))


@conv
def asciidoc_block_titles(lang, t):
    """AsciiDoc: "= Page", ".title" block titles over "* KR" lists."""
    w = W(lang)
    L = [f"= {w.page}", ":toc:", ""]
    for o in t.objectives:
        L += [f".{o.title}"] + [f"* {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def html_nested_ul(lang, t):
    """HTML pasted: "<ul><li>title<ul><li>KR</li></ul></li></ul>", one element a line."""
    w = W(lang)
    L = [f"<h1>{w.page}</h1>", "<ul>"]
    for o in t.objectives:
        L += [f"  <li>{o.title}", "    <ul>"]
        L += [f"      <li>{kr.text}</li>" for kr in o.key_results] + ["    </ul>", "  </li>"]
    return L + ["</ul>"], t


@conv
def html_strong_p(lang, t):
    """HTML pasted: "<p><strong>title</strong></p>" over "<ul><li>KR</li></ul>"."""
    w = W(lang)
    L = [f"<h1>{w.page}</h1>"]
    for o in t.objectives:
        L += [f"<p><strong>{o.title}</strong></p>", "<ul>"]
        L += [f"<li>{kr.text}</li>" for kr in o.key_results] + ["</ul>"]
    return L, t


@conv
def tsv_repeated(lang, t):
    """Spreadsheet rows pasted: "Objective<TAB>Key result" header, the objective repeated on
    every row."""
    w = W(lang)
    L = [f"{w.objective}\t{KR_WORD[lang]}\t{w.owner}"]
    for o in t.objectives:
        L += [f"{o.title}\t{kr.text}\tAna" for kr in o.key_results]
    return L, Tree(
        tuple(
            Objective(o.title, tuple(KeyResult(kr.text, owner="Ana") for kr in o.key_results))
            for o in t.objectives
        )
    )


@conv
def yaml_objective_keys(lang, t):
    """YAML-like: "- objective: title" over "  key_results:" over "    - text"."""
    L = ["okrs:"]
    for o in t.objectives:
        L += [f"  - objective: {o.title}", "    key_results:"]
        L += [f"      - {kr.text}" for kr in o.key_results]
    return L, t


@conv
def logseq_blocks(lang, t):
    """Logseq / Roam blocks: "- ## title" over tab-indented "\t- KR"."""
    w = W(lang)
    L = [f"- # {w.page}"]
    for o in t.objectives:
        L += [f"- ## {o.title}"] + [f"\t- {kr.text}" for kr in o.key_results]
    return L, t


@conv
def email_okrs(lang, t):
    """An e-mail: greeting, "Objective 1 - title" over "  * KR", sign-off."""
    w = W(lang)
    L = ["Hi team,", "", PROSE[lang], ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{w.objective} {i} - {o.title}"] + [f"  * {kr.text}" for kr in o.key_results]
        L += [""]
    return L + ["Thanks,", "Ana"], t


@conv
def kr_tables_per_objective(lang, t):
    """ "## O1: title" over a "| KR | Baseline | Target | Owner |" table."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}{c(lang)}{o.title}", "", f"| KR | Baseline | Target | {w.owner} |"]
        L += ["|---|---|---|---|"] + [f"| {kr.text} | 0 | 1 | Ana |" for kr in o.key_results]
        L += [""]
    return L, Tree(
        tuple(
            Objective(o.title, tuple(KeyResult(kr.text, owner="Ana") for kr in o.key_results))
            for o in t.objectives
        )
    )


@conv
def circled_numbers(lang, t):
    """ "■ title" or "① title" over "・KR" lines (Japanese documents)."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives):
        L += [f"{'①②③'[i]} {o.title}"] + [f"・{kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def chinese_enumeration(lang, t):
    """ "一、title" over "1、KR" / "（1）KR" lines (Chinese documents)."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives):
        L += [f"{ZH_NUM[i]}、{o.title}"]
        L += [f"{j}、{kr.text}" for j, kr in enumerate(o.key_results, 1)] + [""]
    return L, t


@conv
def company_team_sections(lang, t):
    """ "## Company OKRs" and "## Team OKRs" sections, each over "### O1: …" headings."""
    w = W(lang)
    L = [f"# {w.page}", "", "## Company OKRs", ""]
    for i, o in enumerate(t.objectives, 1):
        if i == 2:
            L += ["## Team OKRs", ""]
        L += [f"### O{i}{c(lang)}{o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def definition_list(lang, t):
    """Markdown Extra definition lists: "title" over ": KR" lines."""
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [o.title] + [f": {kr.text}" for kr in o.key_results] + [""]
    return L, t


if __name__ == "__main__":
    survey(CONV, sys.argv[1:])
