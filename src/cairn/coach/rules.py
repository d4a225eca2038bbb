"""The coach's rules: stable codes, default severity, why each matters, what to do instead."""

from __future__ import annotations

from dataclasses import dataclass

from cairn.coach.i18n import gettext_noop

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Rule:
    """One quality rule of SPEC §5."""

    code: str
    severity: str
    title: str
    explanation: str
    suggestion: str


_RULES = [
    Rule(
        "OKR001",
        WARNING,
        gettext_noop("Objective has fewer than 3 key results"),
        gettext_noop(
            "One or two key results rarely capture an objective: a single number is easy to game "
            "and says little about whether the objective is really met."
        ),
        gettext_noop(
            "Add key results that together would convince a sceptic the objective is achieved; "
            "pair a quantity measure with a quality one."
        ),
    ),
    Rule(
        "OKR002",
        WARNING,
        gettext_noop("Objective has more than 5 key results"),
        gettext_noop(
            "Too many key results dilute focus and turn the objective into a to-do list that "
            "nobody can move in one cycle."
        ),
        gettext_noop(
            "Keep the 3–5 that best prove the objective; move the rest to initiatives, KPIs or a "
            "later cycle."
        ),
    ),
    Rule(
        "OKR003",
        WARNING,
        gettext_noop("Owner has more than 5 objectives in the cycle"),
        gettext_noop(
            "OKRs work by saying no; someone who owns many objectives has no real priorities and "
            "spreads effort thin."
        ),
        gettext_noop(
            "Keep the objectives that matter most this cycle; hand others to another owner or "
            "defer them."
        ),
    ),
    Rule(
        "OKR004",
        WARNING,
        gettext_noop("Objective contains a metric"),
        gettext_noop(
            "An objective states the qualitative, inspiring 'what'; numbers belong in key results, "
            "where they are tracked and graded."
        ),
        gettext_noop(
            "Move the number into a key result and phrase the objective as the outcome it serves, "
            "e.g. 'Make onboarding effortless for small teams'."
        ),
    ),
    Rule(
        "OKR005",
        INFO,
        gettext_noop("Objective is long"),
        gettext_noop(
            "A short objective is memorable and easy to rally around; long ones usually mix in key "
            "results or context."
        ),
        gettext_noop(
            "Cut it to one short phrase; move detail into the key results or the description."
        ),
    ),
    Rule(
        "OKR006",
        WARNING,
        gettext_noop("Objective below company level is not aligned"),
        gettext_noop(
            "Alignment shows how team work ladders up to company goals; an unaligned objective may "
            "pull in a different direction from everyone else."
        ),
        gettext_noop(
            "Align it to the parent objective or key result it contributes to, or agree with your "
            "lead that it is deliberately standalone."
        ),
    ),
    Rule(
        "OKR007",
        ERROR,
        gettext_noop("Objective or key result has no owner"),
        gettext_noop(
            "Exactly one owner makes someone responsible for checking in and raising risks; "
            "without one, nobody does."
        ),
        gettext_noop("Assign one person as owner; add others as contributors."),
    ),
    Rule(
        "KR101",
        ERROR,
        gettext_noop("Key result is not measurable"),
        gettext_noop(
            "A key result must make it unambiguous at the end of the cycle whether it was met; "
            "without a number there is nothing to check in against or grade."
        ),
        gettext_noop(
            "Name the metric with a start and a target, e.g. 'Raise the team engagement score from "
            "62 to 75'."
        ),
    ),
    Rule(
        "KR102",
        WARNING,
        gettext_noop("Key result describes an activity, not an outcome"),
        gettext_noop(
            "Key results measure the change you want to see, not the work you will do; every "
            "activity can be completed while nothing improves."
        ),
        gettext_noop(
            "Make the activity an initiative under a key result that measures what it should "
            "change, e.g. 'Run 4 customer workshops' → 'Raise activation from 30% to 45%'.",
        ),
    ),
    Rule(
        "KR103",
        WARNING,
        gettext_noop("Key result has a target but no baseline"),
        gettext_noop(
            "Without a starting value progress cannot be computed, and nobody can tell whether the "
            "target is ambitious or trivial."
        ),
        gettext_noop(
            "State where you start ('from X to Y'); if you do not know yet, measure it in the first "
            "week and record it as the start."
        ),
    ),
    Rule(
        "KR104",
        WARNING,
        gettext_noop("Vague wording without a measure"),
        gettext_noop(
            "Words like improve, enhance or optimise sound good but cannot be checked: any change "
            "at all counts as success."
        ),
        gettext_noop(
            "Replace the vague verb with the metric and the number, e.g. 'Improve onboarding' → "
            "'Cut time to first value from 14 days to 3 days'."
        ),
    ),
    Rule(
        "KR105",
        WARNING,
        gettext_noop("Low ambition"),
        gettext_noop(
            "OKRs should stretch; a target this close to today's value is business as usual and may "
            "be sandbagged."
        ),
        gettext_noop(
            "Set a target that would feel like real progress, or track the number as a KPI instead "
            "of a key result."
        ),
    ),
    Rule(
        "KR106",
        WARNING,
        gettext_noop("Unrealistic target"),
        gettext_noop(
            # xgettext:no-python-format ("70% of" is not a placeholder)
            "A target far out of reach is ignored after the second week and demotivates; even "
            "aspirational key results should be about 70% achievable."
        ),
        gettext_noop(
            # xgettext:no-python-format ("70% of" is not a placeholder)
            "Check the baseline, spread the ambition over several cycles, or mark the objective "
            "aspirational with a target you would be proud to reach 70% of."
        ),
    ),
    Rule(
        "KR107",
        INFO,
        gettext_noop("Key result in an active cycle has no initiative"),
        gettext_noop(
            "Key results do not move by themselves; without planned work behind them they are wishes."
        ),
        gettext_noop(
            "Link at least one initiative (project, experiment or epic) that you expect to move "
            "this number."
        ),
    ),
    Rule(
        "KR108",
        WARNING,
        gettext_noop("Stale key result"),
        gettext_noop(
            "Key results that are not checked in are forgotten; the team loses the chance to react "
            "while there is still time."
        ),
        gettext_noop(
            "Record a check-in now with the current value and your confidence, even if nothing "
            "changed."
        ),
    ),
    Rule(
        "KR109",
        WARNING,
        gettext_noop("Two key results say nearly the same thing"),
        gettext_noop(
            "Two key results measuring the same thing count it twice in the objective's progress "
            "and leave other aspects unmeasured."
        ),
        gettext_noop(
            "Merge them, or replace one with a measure of a different aspect (quality, speed, "
            "cost, adoption)."
        ),
    ),
    Rule(
        "KR110",
        WARNING,
        gettext_noop("Compound key result"),
        gettext_noop(
            "With two measures in one key result, progress and grading are ambiguous when one "
            "moves and the other does not."
        ),
        gettext_noop("Split it into separate key results, one per measure."),
    ),
    Rule(
        "KR111",
        INFO,
        gettext_noop("Key result read with an assumption"),
        gettext_noop(
            "Real key results are written many ways; when a sentence can be read two ways the "
            "reader picks one, and a wrong pick tracks the wrong number all cycle."
        ),
        gettext_noop(
            "Check the reading shown beside the key result; if it is wrong, state the value "
            "plainly, e.g. 'Resolve each P1 incident within 1 hour' or 'from 15 to 80 weekly users'."
        ),
    ),
    Rule(
        "NS001",
        WARNING,
        gettext_noop("Key result is not necessary"),
        gettext_noop(
            "Every key result should be needed to reach the objective; one that is not dilutes "
            "progress and effort."
        ),
        gettext_noop("Remove it, or keep the number as a KPI or an initiative's goal."),
    ),
    Rule(
        "NS002",
        WARNING,
        gettext_noop("Key results are not sufficient"),
        gettext_noop(
            "If every key result can be met while the objective still fails, something important "
            "is not measured."
        ),
        gettext_noop(
            "Add the key result that closes the gap, often a quality or adoption measure beside a "
            "quantity one."
        ),
    ),
]
RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


def rule(code: str) -> Rule:
    """Return the rule with this code (KeyError for an unknown code)."""
    return RULES[code]
