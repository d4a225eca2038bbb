"""Progress written in parentheses after every objective of a page (issue 15, fourteenth round).

"## Objective 1: Improve Golang Programming Skills (70%)" over "Key Result 1: Read 2 Golang
books and 100 blogs (100%)": a personal page that reports how far each objective and key result
got closes each title with its percentage. When every objective of the page closes with one and
some key result does too, the percentages are progress, not part of the titles: an objective's
is left out (it is not stored, as an objective's grade), a key result's is its score when it has
none yet. A page where only key results close with "(80%)" ("Raise test coverage (80%)") states
targets and is read as before, and so is one objective of several closing with a percentage.

Twenty-fifth round (`key_result_progress`): an objective whose key results (two or more) all
close with "(NN%)", at least half of them stating a number of their own before it ("Cut failed
deploys from 12% to 3% (40%)"), reports their progress: each percentage is its key result's
score. Percentages that add up to 100 are weights and stay in the titles, as the round-18
objectives' "(70%)" do, and so does "(80%)" after key results that state no other number
("Raise test coverage (80%)": the target).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cairn.text.outline_nodes import ObjectiveNode

# "… (70%)", "… (100 %)": a percentage alone in the parentheses that close the title
_GRADE = re.compile(r"\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)$")


def _graded(title: str) -> re.Match[str] | None:
    return _GRADE.search(title) if title.endswith("%)") else None


def percent_grades(objectives: list[ObjectiveNode]) -> None:
    """Take the closing "(NN%)" off every objective's title and make a key result's its score,
    when every objective of the page closes with one and some key result does too."""
    if not objectives or not all(_graded(o.title) for o in objectives):
        return
    graded = [
        (kr, m)
        for o in objectives
        for kr in o.key_results
        if kr.score is None and (m := _graded(kr.title))
    ]
    if not graded:
        return
    for o in objectives:
        o.title = o.title[: _GRADE.search(o.title).start()].rstrip()
    for kr, m in graded:
        value = float(m.group(1)) / 100
        if value <= 1:
            kr.score, kr.title = value, kr.title[: m.start()].rstrip()


def key_result_progress(objectives: list[ObjectiveNode]) -> None:
    """Make each objective's closing "(NN%)" its key results' scores, when all of them (two or
    more) close with one, at least half state a number of their own, and the shares are no
    weights (adding up to 100)."""
    for o in objectives:
        if len(o.key_results) < 2 or any(kr.score is not None for kr in o.key_results):
            continue
        graded = [(kr, m) for kr in o.key_results if (m := _graded(kr.title))]
        if len(graded) < len(o.key_results):
            continue
        shares = [float(m.group(1)) for _, m in graded]
        if abs(sum(shares) - 100) < 0.5 or max(shares) > 100:
            continue  # "(60%)" / "(40%)": weights of the key results
        own = sum(any(c.isdigit() for c in kr.title[: m.start()]) for kr, m in graded)
        if 2 * own < len(graded):
            continue  # "Raise test coverage (80%)": the percentage is the target
        for (kr, m), share in zip(graded, shares, strict=True):
            kr.score, kr.title = share / 100, kr.title[: m.start()].rstrip()


# "… scenarios (0)", "… (1)": a whole grade alone in the closing parenthesis
_WHOLE_GRADE = re.compile(r"\s*\(\s?([01])\s?\)$")
# an objective's own grade over graded key results: "(0.45)", "(0.215)", "( 0 )", "(1.0)"
_OBJECTIVE_GRADE = re.compile(r"\s*\(\s?(?:0(?:[.,]\d{1,3})?|1(?:[.,]0{1,3})?)\s?\)$")


def sibling_grades(objectives: list[ObjectiveNode]) -> None:
    """Make a key result's closing "(0)" / "(1)" its score (and leave an objective's out) when
    half or more of its key results have a score (two or more on the page): a quarter review
    grading each key result ("Make it work with CSI (0.1)" over "Make it multi-cluster (0)",
    twenty-sixth round). Elsewhere "(1)" may be a note's id."""
    if sum(kr.score is not None for o in objectives for kr in o.key_results) < 2:
        return
    for o in objectives:
        scored = sum(kr.score is not None for kr in o.key_results)
        if not scored or 2 * scored < len(o.key_results):
            continue
        if o.title.endswith(")") and (m := _OBJECTIVE_GRADE.search(o.title)):
            o.title = o.title[: m.start()].rstrip()  # the objective's own grade, not stored
        for kr in o.key_results:
            if kr.score is None and kr.title.endswith(")") and (m := _WHOLE_GRADE.search(kr.title)):
                kr.score, kr.title = float(m.group(1)), kr.title[: m.start()].rstrip()
