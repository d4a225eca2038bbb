"""The coach's rules: stable codes, default severity, why each matters, what to do instead."""

from __future__ import annotations

from dataclasses import dataclass

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
        "Objective has fewer than 3 key results",
        "One or two key results rarely capture an objective: a single number is easy to game "
        "and says little about whether the objective is really met.",
        "Add key results that together would convince a sceptic the objective is achieved; "
        "pair a quantity measure with a quality one.",
    ),
    Rule(
        "OKR002",
        WARNING,
        "Objective has more than 5 key results",
        "Too many key results dilute focus and turn the objective into a to-do list that "
        "nobody can move in one cycle.",
        "Keep the 3–5 that best prove the objective; move the rest to initiatives, KPIs or a "
        "later cycle.",
    ),
    Rule(
        "OKR003",
        WARNING,
        "Owner has more than 5 objectives in the cycle",
        "OKRs work by saying no; someone who owns many objectives has no real priorities and "
        "spreads effort thin.",
        "Keep the objectives that matter most this cycle; hand others to another owner or "
        "defer them.",
    ),
    Rule(
        "OKR004",
        WARNING,
        "Objective contains a metric",
        "An objective states the qualitative, inspiring 'what'; numbers belong in key results, "
        "where they are tracked and graded.",
        "Move the number into a key result and phrase the objective as the outcome it serves, "
        "e.g. 'Make onboarding effortless for small teams'.",
    ),
    Rule(
        "OKR005",
        INFO,
        "Objective is long",
        "A short objective is memorable and easy to rally around; long ones usually mix in key "
        "results or context.",
        "Cut it to one short phrase; move detail into the key results or the description.",
    ),
    Rule(
        "OKR006",
        WARNING,
        "Objective below company level is not aligned",
        "Alignment shows how team work ladders up to company goals; an unaligned objective may "
        "pull in a different direction from everyone else.",
        "Align it to the parent objective or key result it contributes to, or agree with your "
        "lead that it is deliberately standalone.",
    ),
    Rule(
        "OKR007",
        ERROR,
        "Objective or key result has no owner",
        "Exactly one owner makes someone responsible for checking in and raising risks; "
        "without one, nobody does.",
        "Assign one person as owner; add others as contributors.",
    ),
    Rule(
        "KR101",
        ERROR,
        "Key result is not measurable",
        "A key result must make it unambiguous at the end of the cycle whether it was met; "
        "without a number there is nothing to check in against or grade.",
        "Name the metric with a start and a target, e.g. 'Raise the team engagement score from "
        "62 to 75'.",
    ),
    Rule(
        "KR102",
        WARNING,
        "Key result describes an activity, not an outcome",
        "Key results measure the change you want to see, not the work you will do; every "
        "activity can be completed while nothing improves.",
        "Make the activity an initiative under a key result that measures what it should "
        "change, e.g. 'Run 4 customer workshops' → 'Raise activation from 30% to 45%'.",
    ),
    Rule(
        "KR103",
        WARNING,
        "Key result has a target but no baseline",
        "Without a starting value progress cannot be computed, and nobody can tell whether the "
        "target is ambitious or trivial.",
        "State where you start ('from X to Y'); if you do not know yet, measure it in the first "
        "week and record it as the start.",
    ),
    Rule(
        "KR104",
        WARNING,
        "Vague wording without a measure",
        "Words like improve, enhance or optimise sound good but cannot be checked: any change "
        "at all counts as success.",
        "Replace the vague verb with the metric and the number, e.g. 'Improve onboarding' → "
        "'Cut time to first value from 14 days to 3 days'.",
    ),
    Rule(
        "KR105",
        WARNING,
        "Low ambition",
        "OKRs should stretch; a target this close to today's value is business as usual and may "
        "be sandbagged.",
        "Set a target that would feel like real progress, or track the number as a KPI instead "
        "of a key result.",
    ),
    Rule(
        "KR106",
        WARNING,
        "Unrealistic target",
        "A target far out of reach is ignored after the second week and demotivates; even "
        "aspirational key results should be about 70% achievable.",
        "Check the baseline, spread the ambition over several cycles, or mark the objective "
        "aspirational with a target you would be proud to reach 70% of.",
    ),
    Rule(
        "KR107",
        INFO,
        "Key result in an active cycle has no initiative",
        "Key results do not move by themselves; without planned work behind them they are wishes.",
        "Link at least one initiative (project, experiment or epic) that you expect to move "
        "this number.",
    ),
    Rule(
        "KR108",
        WARNING,
        "Stale key result",
        "Key results that are not checked in are forgotten; the team loses the chance to react "
        "while there is still time.",
        "Record a check-in now with the current value and your confidence, even if nothing "
        "changed.",
    ),
    Rule(
        "KR109",
        WARNING,
        "Two key results say nearly the same thing",
        "Two key results measuring the same thing count it twice in the objective's progress "
        "and leave other aspects unmeasured.",
        "Merge them, or replace one with a measure of a different aspect (quality, speed, "
        "cost, adoption).",
    ),
    Rule(
        "KR110",
        WARNING,
        "Compound key result",
        "With two measures in one key result, progress and grading are ambiguous when one "
        "moves and the other does not.",
        "Split it into separate key results, one per measure.",
    ),
    Rule(
        "KR111",
        INFO,
        "Key result read with an assumption",
        "Real key results are written many ways; when a sentence can be read two ways the "
        "reader picks one, and a wrong pick tracks the wrong number all cycle.",
        "Check the reading shown beside the key result; if it is wrong, state the value "
        "plainly, e.g. 'Resolve each P1 incident within 1 hour' or 'from 15 to 80 weekly users'.",
    ),
    Rule(
        "NS001",
        WARNING,
        "Key result is not necessary",
        "Every key result should be needed to reach the objective; one that is not dilutes "
        "progress and effort.",
        "Remove it, or keep the number as a KPI or an initiative's goal.",
    ),
    Rule(
        "NS002",
        WARNING,
        "Key results are not sufficient",
        "If every key result can be met while the objective still fails, something important "
        "is not measured.",
        "Add the key result that closes the gap, often a quality or adoption measure beside a "
        "quantity one.",
    ),
]
RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


def rule(code: str) -> Rule:
    """Return the rule with this code (KeyError for an unknown code)."""
    return RULES[code]
