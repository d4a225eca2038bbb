"""Generated pages of the reader after round 39's first run (issue 15): wrapped key-result items
whose continuation opens with any character, and progress records with sub-headings of their own
(test-side only, never shipped). Families (each page's expected tree known by construction):

- `wrapped_openers`: key-result items ("- ", "* ", "1. ", "a) ") wrapped onto a line under their
  text that opens with a backtick, a parenthesis, a quote, a digit, a bracket or an emoji
  ("… (`stats.uncertainSpans` in\\n  `ursa-major/…`) are …", "… events\\n  (steps 453, 497, 732)"):
  the item's title is both lines joined with one space (Ursa's page).
- `wrapped_near_misses`: what still ends the item: a nested list item, a bold line alone, a note
  written deeper than the item's text, a line after the item's full stop, a defined term
  ('"Unnecessary": …'); the item's title is its first line.
- `record_sections`: "## <objective word>: …" headings over key results, then progress records
  ("## Check-in 2026-09 (baseline)", "## Update Sep 2026", "## Revisión semana 3", "## Bilan
  septembre 2026", "## Rückblick KW 39", "## Check-in Q3 week 4 (update, 2026-09-24)") holding
  sub-headings of any wording ("### vs Competitor", "#### Benchmark"), measured bullets under
  them, and bold lines repeating each objective over its key results' standing: only the
  objectives above are read (alexandria's page).
- `record_near_misses`: a real objective heading after a record section at its level ("## <word>:
  …" after "## Check-in …") opens an objective; objectives under "## Q4 2026" period headings
  are read as before.
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("wrapped_openers", "wrapped_near_misses", "record_sections", "record_near_misses")
LANGUAGES = ("en", "es", "pt", "fr", "de")
MARKERS = ("- ", "* ", "1. ", "a) ")
OPENERS = {
    "backtick": "`metrics/kr.json` tracked {w}",
    "paren": "(steps 453, 497, 732) {w}",
    "quote": '"north star" {w}',
    "digit": "2026-09-30 {w}",
    "bracket": "[dashboard] {w}",
    "emoji": "🚀 {w}",
    "paren_code": "(`stats.uncertainSpans` in `trial/record.json`) {w}",
}
# a word that goes on the sentence, in the page's language
ON = {"en": "every week", "es": "cada semana", "pt": "toda semana", "fr": "chaque semaine",
      "de": "jede Woche"}  # fmt: skip
# progress records: the heading, by date form, in each language
RECORDS = {
    "en": {"month_iso": "Check-in 2026-09 (baseline)", "month_year": "Update Sep 2026",
           "day_iso": "Check-in 2026-09 (update, 2026-09-24)", "quarter_week": "Q3 week 4 check-in",
           "week_word": "Week 39 review", "month_name": "September 2026 retro",
           "kw": "Review 2026-09-24"},
    "es": {"month_iso": "Seguimiento 2026-09", "month_year": "Actualización de septiembre 2026",
           "day_iso": "Revisión 2026-09-24 (segunda)", "quarter_week": "Check-in Q3 semana 4",
           "week_word": "Revisión semana 3", "month_name": "Retrospectiva septiembre 2026",
           "kw": "Check-in semana 39"},
    "pt": {"month_iso": "Atualização 2026-09", "month_year": "Revisão setembro 2026",
           "day_iso": "Check-in 2026-09-24 (atualização)", "quarter_week": "Check-in Q3 semana 4",
           "week_word": "Revisão semana 3", "month_name": "Retrospectiva de setembro 2026",
           "kw": "Atualização semana 39"},
    "fr": {"month_iso": "Point 2026-09", "month_year": "Bilan septembre 2026",
           "day_iso": "Point du 2026-09-24", "quarter_week": "Revue Q3 semaine 4",
           "week_word": "Point semaine 3", "month_name": "Rétrospective septembre 2026",
           "kw": "Bilan semaine 39"},
    "de": {"month_iso": "Check-in 2026-09 (Basis)", "month_year": "Update September 2026",
           "day_iso": "Check-in 2026-09-24 (Update)", "quarter_week": "Rückblick Q3 KW 4",
           "week_word": "Rückblick Woche 3", "month_name": "Retrospektive Oktober 2026",
           "kw": "Rückblick KW 39"},
}  # fmt: skip
# sub-headings of any wording under a record, and their measured bullets
SUBS = ("vs Elicit", "Benchmark", "KR status", "vs Consensus (consensus.app)", "Drift")
SCORED = ("Speed to the frontier: 4. Ships 3 issues a week", "Judgment: 2 of 5, 80% cited")


def _heading(lang: str, title: str) -> str:
    return f"## {WORDS[lang].objective}: {title}"


def _okrs(lang: str, t: Tree) -> list[str]:
    lines = [f"# {WORDS[lang].page}", ""]
    for o in t.objectives:
        lines += [_heading(lang, o.title), ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    return lines


def _wrapped(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    lines, out, k = [f"# {WORDS[lang].page}", ""], [], 0
    for o in t.objectives:
        lines += [_heading(lang, o.title), ""]
        krs = []
        for kr in o.key_results:
            marker = MARKERS[k % 4]
            more = OPENERS[variant].format(w=ON[lang])
            lines += [f"{marker}{kr.text}", " " * len(marker) + more]
            krs.append(KeyResult(f"{kr.text} {more}"))
            k += 1
        lines.append("")
        out.append(Objective(o.title, tuple(krs)))
    return lines, Tree(tuple(out))


def _wrapped_near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    lines, k = [f"# {WORDS[lang].page}", ""], 0
    steps = WORDS[lang].steps
    for o in t.objectives:
        lines += [_heading(lang, o.title), ""]
        for kr in o.key_results:
            marker = MARKERS[k % 4]
            pad = " " * len(marker)
            k += 1
            if variant == "nested_item":
                lines += [f"{marker}{kr.text}", f"{pad}- ({steps[1]})"]
            elif variant == "bold_line":
                lines += [f"{marker}{kr.text}", f"{pad}**{steps[2]}**"]
            elif variant == "deeper_note":
                lines += [f"{marker}{kr.text}", f"{pad}        (=1 {steps[3]})"]
            elif variant == "full_stop":
                lines += [f"{marker}{kr.text}.", f"{pad}(e.g. {steps[1]})"]
            else:  # "defined_term"
                lines += [f"{marker}{kr.text}", f'{pad}"{steps[2]}": {steps[3]}.']
        lines.append("")
    if variant == "full_stop":
        t = Tree(
            tuple(
                Objective(o.title, tuple(KeyResult(f"{kr.text}.") for kr in o.key_results))
                for o in t.objectives
            )
        )
    return lines, t


def _record(lang: str, heading: str, t: Tree, i: int) -> list[str]:
    """A progress record: sub-headings of any wording, bold repeats of each objective."""
    lines = [f"## {heading}", "", f"{ON[lang]}: 2026-09-17.", ""]
    for j, sub in enumerate(SUBS):
        lines += [f"{'#' * (3 + (i + j) % 2)} {sub}", ""]
        if sub == "KR status":
            for o in t.objectives:
                lines.append(f"**{WORDS[lang].objective}: {o.title}**")
                lines += [f"- KR{n} on track, {kr.text}" for n, kr in enumerate(o.key_results, 1)]
                lines.append("")
        else:
            lines += [f"- {s}" for s in SCORED] + [""]
    return lines


def _records(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    lines = _okrs(lang, t)
    for i, form in enumerate((variant, "month_iso")):
        lines += _record(lang, RECORDS[lang][form], t, i)
    return lines, t


def _record_near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, min(objectives + 1, 3), 2)
    if variant == "objective_after":
        first = Tree(t.objectives[:-1])
        lines = _okrs(lang, first)[:-1] + _record(lang, RECORDS[lang]["day_iso"], first, 0)
        last = t.objectives[-1]
        lines += [_heading(lang, last.title), ""] + [f"- {kr.text}" for kr in last.key_results]
        return lines, t
    # "period_headings": "## Q4 2026" / "### <word>: …" over key results, two periods
    lines = [f"# {WORDS[lang].page}", ""]
    for n, o in enumerate(t.objectives):
        if n % 2 == 0:
            lines += [f"## Q{3 + n // 2} 2026", ""]
        lines += [f"### {WORDS[lang].objective}: {o.title}", ""]
        lines += [f"- {kr.text}" for kr in o.key_results] + [""]
    return lines, t


VARIANTS = {
    "wrapped_openers": tuple(OPENERS),
    "wrapped_near_misses": ("nested_item", "bold_line", "deeper_note", "full_stop", "defined_term"),
    "record_sections": tuple(RECORDS["en"]),
    "record_near_misses": ("objective_after", "period_headings"),
}

ROUND = VariantRound(
    "after the thirty-ninth",
    LANGUAGES,
    VARIANTS,
    {
        "wrapped_openers": _wrapped,
        "wrapped_near_misses": _wrapped_near,
        "record_sections": _records,
        "record_near_misses": _record_near,
    },
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
