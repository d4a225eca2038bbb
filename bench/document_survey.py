"""The twenty-seventh reader round's survey (issue 15): OKR documents written in markup
conventions people plausibly use, one small page per convention and language (12 languages, 2-3
objectives of 2-3 key results, the expected tree known by construction), read by the reader.

    .venv/bin/python -m bench.document_survey            # every convention: read exactly / pages
    .venv/bin/python -m bench.document_survey mediawiki  # one convention, its first misses shown

Written before any rule of the round to find conventions the reader did not read yet (the
"before" figure of docs/plaintext.md, "Twenty-seventh round (issue 15): the reader"); the ones
taken up became the families of tests/text/document_shapes_twenty_seventh.py.
"""

import json
import sys
from collections.abc import Callable

from tests.text.document_shapes import KeyResult, Objective, Tree, expected
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

from bench.documents import read_tree, same


def conventions() -> tuple[dict, Callable]:
    """Return a survey's table of conventions, by name, and the decorator that fills it."""
    table: dict = {}

    def conv(f):
        table[f.__name__] = f
        return f

    return table, conv


LANGS = ("en", "es", "pt", "fr", "de", "nl", "pl", "ru", "zh", "ja", "ko", "id")
CONV, conv = conventions()


_BS = chr(92)


def ul(s):
    return len(s) * (2 if any(ord(c) > 0x2E80 for c in s) else 1)


def T(lang, n=2, k=3):
    return tree_of(lang, n, k)


def W(lang):
    return WORDS[lang]


@conv
def rst_headings(lang, t):
    w = W(lang)
    p = w.page
    L = [p, "=" * ul(p), ""]
    for o in t.objectives:
        L += [o.title, "-" * ul(o.title), ""] + [f"* {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def rst_enum(lang, t):
    w = W(lang)
    p = w.page
    L = [p, "=" * ul(p), ""]
    for o in t.objectives:
        L += (
            [f"{w.objective}: {o.title}", "~" * ul(f"{w.objective}: {o.title}"), ""]
            + [f"#. {kr.text}" for kr in o.key_results]
            + [""]
        )
    return L, t


@conv
def rst_note(lang, t):
    w = W(lang)
    p = w.page
    L = [p, "=" * ul(p), ""]
    for o in t.objectives:
        L += (
            [o.title, "-" * ul(o.title), "", ".. note::", "", f"   {w.steps[1]}.", ""]
            + [f"* {kr.text}" for kr in o.key_results]
            + [""]
        )
    return L, t


@conv
def mediawiki(lang, t):
    w = W(lang)
    L = [f"= {w.page} =", ""]
    for o in t.objectives:
        L += [f"== {o.title} =="] + [f"* {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def mediawiki_hash(lang, t):
    w = W(lang)
    L = [f"= {w.page} =", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"=== {w.objective} {i}: {o.title} ==="]
            + [f"# {kr.text}" for kr in o.key_results]
            + [""]
        )
    return L, t


@conv
def jira_h2(lang, t):
    w = W(lang)
    L = [f"h1. {w.page}", ""]
    for o in t.objectives:
        L += [f"h2. {o.title}"] + [f"* {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def jira_h3_hash(lang, t):
    w = W(lang)
    L = [f"h1. {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"h3. {w.objective} {i}: {o.title}", f"*{w.key_results}*"]
            + [f"# {kr.text}" for kr in o.key_results]
            + [""]
        )
    return L, t


@conv
def confluence_table(lang, t):
    w = W(lang)
    L = [f"h1. {w.page}", "", f"||{w.objective}||{w.key_results}||"]
    for o in t.objectives:
        for kr in o.key_results:
            L.append(f"|{o.title}|{kr.text}|")
    return L, t


@conv
def confluence_panel(lang, t):
    w = W(lang)
    L = [f"h1. {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"{{panel:title={w.objective} {i}: {o.title}}}"]
            + [f"* {kr.text}" for kr in o.key_results]
            + ["{panel}", ""]
        )
    return L, t


@conv
def emoji_markers(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += (
            [f"🎯 {w.objective}: {o.title}"]
            + [f"🔑 KR{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def emoji_status(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += (
            [f"## 🎯 {o.title}"]
            + [f"- {'✅' if j % 2 else '⬜'} {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def checkbox_progress(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += (
            [f"## {o.title}", ""]
            + [f"- [{'x' if j % 2 else ' '}] {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, Tree(
        tuple(
            Objective(
                o.title,
                tuple(
                    KeyResult(kr.text, status=("done" if j % 2 else None))
                    for j, kr in enumerate(o.key_results, 1)
                ),
            )
            for o in t.objectives
        )
    )


@conv
def id_emdash(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"O{i} — {o.title}"]
            + [f"KR{i}.{j} — {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def id_paren(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"O{i}) {o.title}"]
            + [f"   KR{j}) {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def id_bracket(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"[O{i}] {o.title}"]
            + [f"- [KR{i}.{j}] {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def id_okr_dash(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"OKR-{i}: {o.title}"]
            + [f"  KR-{i}.{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def id_running(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    n = 0
    for i, o in enumerate(t.objectives, 1):
        L += [f"## O{i}: {o.title}"]
        for kr in o.key_results:
            n += 1
            L.append(f"- KR{n}: {kr.text}")
        L.append("")
    return L, t


@conv
def colon_spaces(lang, t):
    w = W(lang)
    L = [f"{w.page}", ""]
    for o in t.objectives:
        L += [f"{o.title}:"] + [f"    {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def colon_tabs(lang, t):
    w = W(lang)
    L = [f"{w.page}", ""]
    for o in t.objectives:
        L += [f"{o.title}:"] + [f"\t{kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def lettered(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"{i}. {o.title}"]
            + [f"   {'abcd'[j]}) {kr.text}" for j, kr in enumerate(o.key_results)]
            + [""]
        )
    return L, t


@conv
def roman_paren(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"{w.objective} {i}: {o.title}"]
            + [
                f"   ({['i', 'ii', 'iii', 'iv'][j]}) {kr.text}"
                for j, kr in enumerate(o.key_results)
            ]
            + [""]
        )
    return L, t


@conv
def roman_dot(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for _i, o in enumerate(t.objectives, 1):
        L += (
            [f"## {o.title}"]
            + [f"{['i', 'ii', 'iii', 'iv'][j]}. {kr.text}" for j, kr in enumerate(o.key_results)]
            + [""]
        )
    return L, t


@conv
def notion_toggle(lang, t):
    w = W(lang)
    L = [f"{w.page}", ""]
    for o in t.objectives:
        L += [f"▸ {o.title}"] + [f"    • {kr.text}" for kr in o.key_results]
    return L, t


@conv
def word_bullets(lang, t):
    w = W(lang)
    L = [f"{w.page}", ""]
    for o in t.objectives:
        L += [f"• {o.title}"] + [f"    ◦ {kr.text}" for kr in o.key_results]
    return L, t


@conv
def word_circle_square(lang, t):
    w = W(lang)
    L = [f"{w.page}", ""]
    for o in t.objectives:
        L += [f"○ {o.title}"] + [f"\t▪ {kr.text}" for kr in o.key_results]
    return L, t


@conv
def word_numbered_paren(lang, t):
    w = W(lang)
    L = [f"{w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{i}) {o.title}"] + [
            f"\t{'abcd'[j]}) {kr.text}" for j, kr in enumerate(o.key_results)
        ]
    return L, t


@conv
def word_numbered_dash(lang, t):
    w = W(lang)
    L = [f"{w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"{i}- {o.title}"] + [f"    • {kr.text}" for kr in o.key_results]
    return L, t


@conv
def yaml_okrs(lang, t):
    L = ["objectives:"]
    for o in t.objectives:
        L += [f"  - title: {o.title}", "    key_results:"] + [
            f"      - {kr.text}" for kr in o.key_results
        ]
    return L, t


@conv
def yaml_kr_titles(lang, t):
    L = ["quarter: 2026-Q3", "objectives:"]
    for o in t.objectives:
        L += [f'  - title: "{o.title}"', "    key_results:"] + [
            f'      - title: "{kr.text}"' for kr in o.key_results
        ]
    return L, t


@conv
def front_matter(lang, t):
    w = W(lang)
    L = [
        "---",
        f"title: {w.page}",
        "team: Platform",
        "quarter: Q3 2026",
        "---",
        "",
        f"# {w.page}",
        "",
    ]
    for o in t.objectives:
        L += [f"## {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def html_h3_ol(lang, t):
    w = W(lang)
    L = [f"<h1>{w.page}</h1>"]
    for o in t.objectives:
        L += (
            [f"<h3>{o.title}</h3>", "<ol>"]
            + [f"  <li>{kr.text}</li>" for kr in o.key_results]
            + ["</ol>"]
        )
    return L, t


@conv
def html_table(lang, t):
    w = W(lang)
    L = [
        f"<h2>{w.page}</h2>",
        "<table>",
        f"  <tr><th>{w.objective}</th><th>{w.key_results}</th></tr>",
    ]
    for o in t.objectives:
        for kr in o.key_results:
            L.append(f"  <tr><td>{o.title}</td><td>{kr.text}</td></tr>")
    L.append("</table>")
    return L, t


@conv
def html_details(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += (
            ["<details>", f"<summary>{o.title}</summary>", ""]
            + [f"- {kr.text}" for kr in o.key_results]
            + ["", "</details>", ""]
        )
    return L, t


@conv
def table_merged(lang, t):
    w = W(lang)
    L = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} |", "|---|---|"]
    for o in t.objectives:
        for j, kr in enumerate(o.key_results):
            L.append(f"| {o.title if j == 0 else ''} | {kr.text} |")
    return L, t


@conv
def table_fields_native(lang, t):
    w = W(lang)
    L = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} | {w.owner} |", "|---|---|---|"]
    tt = []
    for _i, o in enumerate(t.objectives):
        ks = []
        for j, kr in enumerate(o.key_results):
            own = ["Ana", "Bruno", "Chen"][j % 3]
            L.append(f"| {o.title} | {kr.text} | {own} |")
            ks.append(KeyResult(kr.text, owner=own))
        tt.append(Objective(o.title, tuple(ks)))
    return L, Tree(tuple(tt))


@conv
def quarter_headings(lang, t):
    W(lang)
    L = ["# OKR 2026", "", "## Q3 2026", ""]
    for o in t.objectives:
        L += [f"### {o.title}"] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def team_headings(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives):
        L += (
            [f"## {['Platform', 'Growth', 'Support'][i]}", "", f"### {w.objective}: {o.title}"]
            + [f"- {kr.text}" for kr in o.key_results]
            + [""]
        )
    return L, t


@conv
def kr_notes(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}"]
        for kr in o.key_results:
            L += [
                f"- {kr.text}",
                f"  - Progress: {w.steps[2]}",
                "  - https://example.com/dashboard",
            ]
        L.append("")
    return L, t


@conv
def kr_initiatives(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {w.objective}: {o.title}"]
        for kr in o.key_results:
            L += [f"- KR: {kr.text}", f"    - {w.steps[1]}", f"    - {w.steps[3]}"]
        L.append("")
    return L, t


@conv
def slack_bold(lang, t):
    w = W(lang)
    L = [f"*{w.page}*", ""]
    for o in t.objectives:
        L += [f"*{o.title}*"] + [f"• {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def title_tab_lines(lang, t):
    w = W(lang)
    L = [w.page, ""]
    for o in t.objectives:
        L += [o.title] + [f"\t{kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def wide_table(lang, t):
    w = W(lang)
    n = max(len(o.key_results) for o in t.objectives)
    L = [
        f"# {w.page}",
        "",
        f"| {w.objective} | " + " | ".join(f"KR{j}" for j in range(1, n + 1)) + " |",
        "|---|" + "---|" * n,
    ]
    for o in t.objectives:
        L.append(f"| {o.title} | " + " | ".join(kr.text for kr in o.key_results) + " |")
    return L, t


@conv
def table_br(lang, t):
    w = W(lang)
    L = [f"# {w.page}", "", f"| {w.objective} | {w.key_results} |", "|---|---|"]
    for o in t.objectives:
        L.append(f"| {o.title} | " + "<br>".join(f"• {kr.text}" for kr in o.key_results) + " |")
    return L, t


@conv
def keycap_emoji(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    caps = ["1️⃣", "2️⃣", "3️⃣"]
    for i, o in enumerate(t.objectives):
        L += [f"{caps[i]} {o.title}"] + [f"   - {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def dash_labels(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"{w.objective} - {o.title}"] + [f"KR - {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def goal_metric(lang, t):
    L = ["# Goals Q3", ""]
    for i, o in enumerate(t.objectives, 1):
        L += [f"Goal {i}: {o.title}"] + [f"- Metric: {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def task_list_nested(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"- [ ] {o.title}"] + [f"  - [ ] {kr.text}" for kr in o.key_results]
    return L, t


@conv
def plain_title_bullets_no_blank(lang, t):
    w = W(lang)
    L = [w.page]
    for o in t.objectives:
        L += [o.title] + [f"- {kr.text}" for kr in o.key_results]
    return L, t


@conv
def gdocs_escaped(lang, t):
    w = W(lang)
    L = [f"# **{w.page}**", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"## **{w.objective} {i}\\: {o.title}**", ""]
            + [
                str(j) + _BS + ". " + kr.text.replace("%", _BS + "%")
                for j, kr in enumerate(o.key_results, 1)
            ]
            + [""]
        )
    return L, t


@conv
def obsidian_callout(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"> [!abstract] {o.title}"] + [f"> - {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def arrow_bullets(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}"] + [f"→ {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def ascii_arrow_bullets(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for o in t.objectives:
        L += [f"## {o.title}"] + [f"-> {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def upper_labels(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"{w.objective.upper()} {i}: {o.title}"]
            + [f"KR {i}.{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def hash_numbers(lang, t):
    w = W(lang)
    L = [f"# {w.page}", ""]
    for i, o in enumerate(t.objectives, 1):
        L += (
            [f"**{w.objective} #{i}:** {o.title}"]
            + [f"- KR #{j}: {kr.text}" for j, kr in enumerate(o.key_results, 1)]
            + [""]
        )
    return L, t


@conv
def html_comments(lang, t):
    w = W(lang)
    L = [f"# {w.page}", "", "<!-- Fill in before the planning meeting -->", ""]
    for o in t.objectives:
        L += (
            [f"## {o.title}", "<!-- owner: TBD -->"]
            + [f"- {kr.text}" for kr in o.key_results]
            + [""]
        )
    return L, t


@conv
def slack_shortcodes(lang, t):
    w = W(lang)
    L = [f"*{w.page}*", ""]
    for o in t.objectives:
        L += [f":dart: {o.title}"] + [f":key: {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def slack_shortcode_bullets(lang, t):
    w = W(lang)
    L = [f"*{w.page}*", ""]
    for o in t.objectives:
        L += [f":dart: *{o.title}*"] + [f"• {kr.text}" for kr in o.key_results] + [""]
    return L, t


@conv
def issue_form(lang, t):
    w = W(lang)
    L = []
    for o in t.objectives:
        L += (
            [f"### {w.objective}", "", o.title, "", f"### {w.key_results}", ""]
            + [f"- {kr.text}" for kr in o.key_results]
            + [""]
        )
    return L, t


def run(names=None, show=False, conventions=None):
    res = {}
    for name, f in (conventions or CONV).items():
        if names and name not in names:
            continue
        ok = 0
        miss = []
        for k, lang in enumerate(LANGS):
            t = T(lang, *[(2, 2), (2, 3), (3, 2)][k % 3])
            L, want = f(lang, t)
            text = "\n".join(L).rstrip() + "\n"
            got = read_tree(text)
            e = expected(want)
            if same(got, e):
                ok += 1
            else:
                miss.append((lang, text, got, e))
        res[name] = (ok, len(LANGS))
        print(f"{name:22s} {ok}/{len(LANGS)}")
        if show:
            for lang, text, got, _want in miss[:2]:
                print("  MISS", lang)
                print(text)
                print(
                    "  read:",
                    json.dumps(
                        [
                            [
                                o["title"],
                                [
                                    (kr["title"], kr["status"], kr["owner"])
                                    for kr in o["key_results"]
                                ],
                            ]
                            for o in got
                        ],
                        ensure_ascii=False,
                    ),
                )
    return res


def survey(conventions, argv) -> None:
    """Run a later round's conventions (all, or those named in argv with their misses shown) and
    print the total: pages read exactly and conventions read exactly in every language."""
    assert len(LANGS) == 12
    res = run(argv or None, show=bool(argv), conventions=conventions)
    ok = sum(a for a, _ in res.values())
    n = sum(b for _, b in res.values())
    full = sum(a == b for a, b in res.values())
    print(f"survey: {ok}/{n} pages, {full} of {len(res)} conventions read exactly")


if __name__ == "__main__":
    run(sys.argv[1:] or None, show=bool(sys.argv[1:]))
