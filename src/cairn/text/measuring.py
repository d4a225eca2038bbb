"""Key results that measure rather than move (twenty-fifth round, issue 15).

"Measure the satisfaction of participants … to make them more inclusive", "Set a baseline metric
for percent of users who click …", "Medir la satisfacción …", "测量参与者的满意度": a verb of
measuring, or of setting a baseline, with no number names no direction — what the measure is for
("more inclusive", "Learn more") is not a trend. A verb of change joined to it still moves the
number ("Measure and improve customer satisfaction": up), and so does a value.
"""

from __future__ import annotations

from cairn.text.sentence import Sentence

# Verbs of measuring, opening the key result, in the languages the parser reads.
_MEASURING = frozenset(
    ["measure", "track", "benchmark", "quantify", "medir", "mesurer", "misurare", "meten"]
    + ["messen", "erfassen", "测量", "衡量", "測量", "測定", "計測"]
)
# Verbs that set a baseline: only with the word "baseline" right after ("Set a baseline …").
_SETTING = frozenset(["set", "establish", "define", "create", "determine", "build"])
_BASELINES = frozenset(["baseline", "baselines", "línea", "ligne", "linha", "basislinie"])
_JOINED = frozenset(["and", "&", "y", "e", "et", "und", "并", "並"])
_ARTICLES = frozenset(["a", "an", "the", "our", "una", "une", "uma", "eine"])


def measured_only(sentence: Sentence) -> bool:
    """Return True for a key result whose first verb measures or sets a baseline ("Measure
    the satisfaction …", "Set a baseline metric for …"); German puts the verb last ("Die
    Zufriedenheit der Teilnehmer messen"). The caller checks that no value is stated."""
    words = [t.low for t in sentence.tokens[:40] if t.kind == "word"]
    if not words:
        return False
    if words[1:2] and words[1] in _JOINED:
        return False  # "Measure and improve customer satisfaction": the joined verb moves it
    if words[0] in _MEASURING or any(words[0].startswith(w) for w in _CJK_MEASURING):
        return True
    if words[0] in _SETTING:
        rest = words[1:3] if words[1:2] and words[1] not in _ARTICLES else words[2:4]
        return bool(rest) and rest[0] in _BASELINES
    return sentence.language == "de" and words[-1] in _MEASURING


_CJK_MEASURING = tuple(w for w in _MEASURING if not w.isascii())


def baseline_unit(baseline: str) -> str | None:
    """Return "%" for a current value in percent stated aside with no target ("Reduce churn
    (currently 5%)"): the start's unit; a count's counter word ("100个") is none."""
    return "%" if "%" in baseline or "％" in baseline else None
