"""Measure the reader on the generated shape space (issue 15, ninth to eleventh rounds).

    .venv/bin/python -m bench.document_shapes          # grid, tenth/eleventh-round families, random

The grid is every objective marker × key-result marker × five owner/score/status mixes; the
tenth-round families are every shape using one of the tenth round's forms, in every language
they apply to, and so are the eleventh round's (key-result headings naming their kind over a
bold measured line, "## Objective" over a deeper title heading); the twelfth round's page
families (B: spaced ids, HTML tables, primers, step lists, closing sections) follow; the random
space draws 2,000 shapes with `random.Random(0)`.
"""

from __future__ import annotations

import itertools
import random
import sys

from tests.text.document_shapes import (
    KEY_RESULT_STYLES,
    LANGUAGES,
    NOISE,
    OBJECTIVE_STYLES,
    OWNER_STYLES,
    SCORE_STYLES,
    STATUS_STYLES,
    Shape,
    compatible,
    expected,
    fit,
    render,
    sample_tree,
)

from bench.documents import read_tree, same

FIELDS = [
    ("none", "none", "none"),
    ("paren", "arrow", "paren"),
    ("owner_bullet", "score_bullet", "status_bullet"),
    ("dri", "paren", "none"),
    ("handle", "none", "paren"),
]
TENTH_OBJECTIVES = ("bare_heading_note", "enumerated_heading")
MARKED_KEY_RESULTS = ("kr_colon", "kr_dotted_dash", "kr_hyphen", "kr_bold", "kr_italic")


def reads(shape: Shape, seed: int, objectives: int = 2, key_results: int = 3, owners=False) -> bool:
    tree = fit(sample_tree(seed, objectives, key_results, shape.language, owners=owners), shape)
    return same(read_tree(render(tree, shape)), expected(tree))


def grid() -> list[tuple[Shape, int]]:
    return [
        (Shape(objective=o, key_result=k, owner=ow, score=sc, status=st), 1)
        for o, k in itertools.product(OBJECTIVE_STYLES, KEY_RESULT_STYLES)
        for ow, sc, st in FIELDS
    ]


def tenth() -> list[tuple[Shape, int]]:
    """Every shape with one tenth-round form, in every language, with and without header."""
    out = []
    for lang, header in itertools.product(LANGUAGES, (False, True)):
        for o in TENTH_OBJECTIVES:
            for k in ("bullet", "numbered", "kr_colon", "kr_bold", "kr_italic"):
                out.append(Shape(o, k, language=lang, key_results_header=header))
        for o in ("h2", "h3", "bare_heading", "bold", "o_code"):
            out.append(Shape(o, "kr_italic", language=lang, key_results_header=header))
            out.append(Shape(o, language=lang, noise=("file_title",), key_results_header=header))
            for k in MARKED_KEY_RESULTS:
                out.append(Shape(o, k, language=lang, noise=("points",), key_results_header=header))
    return [(shape, 2) for shape in out]


def eleventh() -> list[tuple[Shape, int]]:
    """Every shape with one eleventh-round form, in every language, with the field mixes."""
    out = []
    for lang, (ow, sc, st) in itertools.product(LANGUAGES, FIELDS):
        for o in ("h2", "h3", "bare_heading", "bare_over_heading", "quote_title", "o_code"):
            for k in ("kind_heading", "kind_heading_quote"):
                out.append(Shape(o, k, ow, sc, st, language=lang))
        for k in ("bullet", "numbered", "kr_colon", "kr_bold", "kr_italic"):
            out.append(Shape("bare_over_heading", k, ow, sc, st, language=lang))
    return [(shape, 4) for shape in out]


def randomly(n: int = 2000) -> list[tuple[Shape, int, int, int, bool]]:
    rng = random.Random(0)
    out = []
    while len(out) < n:
        shape = Shape(
            objective=rng.choice(OBJECTIVE_STYLES),
            key_result=rng.choice(KEY_RESULT_STYLES),
            owner=rng.choice(OWNER_STYLES),
            score=rng.choice(SCORE_STYLES),
            status=rng.choice(STATUS_STYLES),
            language=rng.choice(tuple(LANGUAGES)),
            noise=tuple(rng.sample(NOISE, rng.randint(0, 3))),
            page_title=rng.random() < 0.5,
            key_results_header=rng.random() < 0.5,
        )
        if compatible(shape):
            out.append(
                (
                    shape,
                    rng.randint(0, 60),
                    rng.randint(1, 3),
                    rng.randint(1, 4),
                    rng.random() < 0.5,
                )
            )
    return out  # fmt: skip


def twelfth_b(show: bool) -> None:
    """Print the twelfth round's page families of part B (tests/text/document_shapes_twelfth_b.py)."""
    from tests.text.document_shapes_twelfth_b import case, cases

    missed = [args for args in cases() if not same(read_tree(case(*args)[0]), case(*args)[1])]
    print(f"twelfth-round families (B): {len(cases()) - len(missed)}/{len(cases())}")
    if show:
        print("\n".join(f"  - {m}" for m in missed[:40]))


def main() -> None:
    show = "--misses" in sys.argv
    families = (("grid", grid()), ("tenth-round families", tenth()))
    for name, cases in (*families, ("eleventh-round families", eleventh())):
        cases = [(s, seed) for s, seed in cases if compatible(s)]
        missed = [s.label() for s, seed in cases if not reads(s, seed)]
        print(f"{name}: {len(cases) - len(missed)}/{len(cases)}")
        if show:
            print("\n".join(f"  - {m}" for m in missed[:40]))
    from tests.text.document_shapes_twelfth import main as twelfth

    twelfth()  # "## O" / "## KR" pages, "### O1 Title" over "#### O1KR1" headings
    twelfth_b(show)
    from tests.text.document_shapes_thirteenth import main as thirteenth

    thirteenth(show)  # emoji statuses, a footer's owner, closing advice sections
    from tests.text.document_shapes_fourteenth import main as fourteenth

    fourteenth(show)  # list items ending in commas, "<details>" blocks with percentages
    from tests.text.document_shapes_fifteenth import main as fifteenth

    fifteenth(show)  # "**Goal**:" lines, "(Individual)" headings, anchored headings
    from tests.text.document_shapes_sixteenth import main as sixteenth

    sixteenth(show)  # defining pairs over an example, fenced key results, progress bars
    from tests.text.document_shapes_seventeenth import main as seventeenth

    seventeenth(show)  # "·" initiatives, "Q1 0%-30%" columns, "okrN" headings, quoted statements
    from tests.text.document_shapes_eighteenth import main as eighteenth

    eighteenth(show)  # "a | b | c | 84 %" lines, "Assignee:" headers, guided labels, parts
    from tests.text.document_shapes_nineteenth import main as nineteenth

    nineteenth(show)  # "KR1:…；" lines, "### O-1 …", "## Objective" sections, "1.C.3.2 …" lines
    from tests.text.document_shapes_twentieth import main as twentieth

    twentieth(show)  # OKRs only inside code fences; objective bullets under a section heading
    from tests.text.document_shapes_twenty_second import main as twenty_second

    twenty_second(show)  # a heading naming the OKRs among emoji sections; conventions x languages
    from tests.text.document_shapes_twenty_third import main as twenty_third

    twenty_third(show)  # "O1 · " headings over "① …；② …" KR cells; anti-pattern sections
    from tests.text.document_shapes_twenty_fourth import main as twenty_fourth

    twenty_fourth(show)  # AsciiDoc / org-mode pages, "1." over "1.1", pasted sheets, "— @ana"
    from tests.text.document_shapes_twenty_fifth import main as twenty_fifth

    twenty_fifth(show)  # objective tables, "{#id}" attributes, "(40%)" progress, title lists
    from tests.text.document_shapes_twenty_sixth import main as twenty_sixth

    twenty_sixth(show)  # "[Objective]" / "【KR】" markers, quarter reviews graded per line
    from tests.text.document_shapes_twenty_seventh import main as twenty_seventh

    twenty_seventh(show)  # pasted nested lists, wiki markup / reST pages, plain "Title:" lines
    from tests.text.document_shapes_twenty_eighth import main as twenty_eighth

    twenty_eighth(show)  # "# OKRs" / "**2019 Q1**" / plain objective lines over lists
    from tests.text.document_shapes_twenty_ninth import main as twenty_ninth

    twenty_ninth(show)  # "O1 [标签]: title (owner)" lines under "## Phase 1: …" headings
    from tests.text.document_shapes_thirtieth import main as thirtieth

    thirtieth(show)  # "### O1：" OKR sections beside "目标：…" lines; "**1. …**" table cells
    from tests.text.document_shapes_thirty_first import main as thirty_first

    thirty_first(show)  # "O1 …" / "KR1.1 …" ids, "一、" / "1、", markup exports; READMEs, roadmaps
    from tests.text.document_shapes_after_thirty_third import main as after_thirty_third

    after_thirty_third(show)  # "… — 100%" a progress, "… — confirmed" a status (after round 33)
    from tests.text.document_shapes_after_thirty_fourth import main as after_thirty_fourth

    after_thirty_fourth(show)  # "~60%" a status; "度量:" beside "动作:" bullets (after round 34)
    from tests.text.document_shapes_after_thirty_fifth import main as after_thirty_fifth

    after_thirty_fifth(show)  # a trailing "✓" done; a front matter's "objective:" (rounds 35, 36)
    from tests.text.document_shapes_after_thirty_seventh import main as after_thirty_seventh

    after_thirty_seventh(show)  # "* P0: …", "* P1 (1.0): …", "Priority 1: …" tags (after round 37)
    from tests.text.document_shapes_after_thirty_ninth import main as after_thirty_ninth

    after_thirty_ninth(show)  # wraps opening with "(" or "`"; check-in records' sub-headings (39)
    from tests.text.document_shapes_after_forty_second import main as after_forty_second

    after_forty_second(show)  # "(name)=" labels; category headings over nested OKRs (round 42)
    from tests.text.document_shapes_thirty_second_a import main as thirty_second_a

    thirty_second_a(show)  # "## Goal 1: …" goals, "- Metric: … | Target: 45" bullets (goal files)
    from tests.text.document_shapes_thirty_second_b import main as thirty_second_b

    thirty_second_b(show)  # "&nbsp;", "::: {…}", "Page 1 of 2", "+---+" grids, "(/)" (exports)
    from tests.text.document_shapes_thirty_third import main as thirty_third

    thirty_third(show)  # "### Progress log", "## October update", "[descoped]" (progress logs)
    cases = randomly()
    missed = [s.label() for s, seed, o, k, ow in cases if not reads(s, seed, o, k, ow)]
    print(f"random: {len(cases) - len(missed)}/{len(cases)}")
    if show:
        print("\n".join(f"  - {m}" for m in missed[:40]))


if __name__ == "__main__":
    main()
