"""Review objectives and key results against the coach's rules (SPEC §5)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from cairn.coach import duplicates, measures, own_records, recognition, wording
from cairn.coach.config import DEFAULT, CoachConfig
from cairn.coach.drafts import KeyResultDraft, ObjectiveDraft
from cairn.coach.findings import KEY_RESULT, OBJECTIVE, Finding
from cairn.coach.i18n import Message, gettext_noop
from cairn.coach.rules import RULES
from cairn.text.key_result_parser import ParsedKeyResult
from cairn.text.tokens import normalise, tokenize

Check = Callable[[KeyResultDraft, ParsedKeyResult, CoachConfig], str | None]


def review_sentence(text: str, config: CoachConfig = DEFAULT) -> list[Finding]:
    """Return the findings for a bare key result sentence (owner and context unknown)."""
    return _review_key_result(KeyResultDraft(text), config, skip={"OKR007"})


def review_key_result(kr: KeyResultDraft, config: CoachConfig = DEFAULT) -> list[Finding]:
    """Return the findings for one key result on its own."""
    return _review_key_result(kr, config, skip=set())


def review_objective(obj: ObjectiveDraft, config: CoachConfig = DEFAULT) -> list[Finding]:
    """Return the findings for an objective, then for each of its key results in order."""
    findings = [
        finding(config, code, message, OBJECTIVE)
        for code, message in _objective_messages(obj, config)
    ]
    judged = [kr.measure() for kr in obj.key_results]  # each measure read once, used twice
    repeats = _repeats(obj, judged, config)
    for index, (kr, measure) in enumerate(zip(obj.key_results, judged, strict=True)):
        subject = f"{KEY_RESULT}:{index}"
        found = _review_key_result(kr, config, skip=set(), measure=measure)
        findings += [replace(f, subject=subject) for f in found]
        findings += _duplicate(obj, index, repeats[index], config)
    return [f for f in findings if f is not None]


def finding(config: CoachConfig, code: str, message: str, subject: str) -> Finding:
    """Return a finding with the configured severity and the rule's suggestion."""
    return Finding(code, config.severity(code), message, RULES[code].suggestion, subject)


def _review_key_result(
    kr: KeyResultDraft,
    config: CoachConfig,
    skip: set[str],
    measure: ParsedKeyResult | None = None,
) -> list[Finding]:
    """Return the findings of every enabled key result rule, in code order (measure: the key
    result's measure when the caller has read it already)."""
    measure = measure if measure is not None else kr.measure()
    findings = []
    for code, check in _KR_CHECKS.items():
        if code in skip or not config.enabled(code):
            continue
        message = check(kr, measure, config)
        if message:
            findings.append(finding(config, code, message, KEY_RESULT))
    return findings


def _objective_messages(obj: ObjectiveDraft, config: CoachConfig) -> Iterable[tuple[str, str]]:
    """Yield (code, message) for every objective rule that fires and is enabled."""
    checks = {
        "OKR001": _too_few,
        "OKR002": _too_many,
        "OKR003": _owner_overloaded,
        "OKR004": _objective_metric,
        "OKR005": _too_long,
        "OKR006": _unaligned,
        "OKR007": _objective_no_owner,
    }
    for code, check in checks.items():
        message = check(obj, config) if config.enabled(code) else None
        if message:
            yield code, message


def _objective_no_owner(obj: ObjectiveDraft, config: CoachConfig) -> str | None:
    return (
        None if (obj.owner or "").strip() else Message(gettext_noop("The objective has no owner."))
    )


def _too_few(obj: ObjectiveDraft, config: CoachConfig) -> str | None:
    count = len(obj.key_results)
    if count >= config.min_key_results:
        return None
    low, high = config.min_key_results, config.max_key_results
    if count == 0:
        template = gettext_noop(
            "The objective has no key results; %(low)d–%(high)d give a balanced picture."
        )
    elif count == 1:
        template = gettext_noop(
            "The objective has only %(count)d key result; %(low)d–%(high)d give a balanced picture."
        )
    else:
        template = gettext_noop(
            "The objective has only %(count)d key results; %(low)d–%(high)d give a balanced picture."
        )
    return Message(template, count=count, low=low, high=high)


def _too_many(obj: ObjectiveDraft, config: CoachConfig) -> str | None:
    count = len(obj.key_results)
    if count <= config.max_key_results:
        return None
    return Message(
        gettext_noop("The objective has %(count)d key results; more than %(max)d dilute focus."),
        count=count,
        max=config.max_key_results,
    )


def _owner_overloaded(obj: ObjectiveDraft, config: CoachConfig) -> str | None:
    count = obj.owner_objective_count
    if count is None or count <= config.max_objectives_per_owner:
        return None
    return Message(
        gettext_noop(
            "The owner has %(count)d objectives in this cycle; more than %(max)d spread effort thin."
        ),
        count=count,
        max=config.max_objectives_per_owner,
    )


def _objective_metric(obj: ObjectiveDraft, config: CoachConfig) -> str | None:
    numbers = [
        t.text for t in tokenize(normalise(obj.title)) if t.kind == "num" and _has_digit(t.text)
    ]
    if not numbers:
        return None
    return Message(
        gettext_noop(
            "The objective contains the number '%(number)s'; numbers belong in key results."
        ),
        number=numbers[0],
    )


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _too_long(obj: ObjectiveDraft, config: CoachConfig) -> str | None:
    length = len(obj.title.strip())
    if length <= config.max_objective_length:
        return None
    return Message(
        gettext_noop("The objective is %(length)d characters long; keep it under %(max)d."),
        length=length,
        max=config.max_objective_length,
    )


def _unaligned(obj: ObjectiveDraft, config: CoachConfig) -> str | None:
    if obj.aligned is not False or obj.level == "company":
        return None
    template = _UNALIGNED.get(obj.level)
    if template is None:
        return (
            f"This {obj.level}-level objective is not aligned to a parent objective or key result."
        )
    return Message(template)


# One sentence per level: a translation cannot glue "team" and "-level" the English way.
_UNALIGNED = {
    "team": gettext_noop(
        "This team-level objective is not aligned to a parent objective or key result."
    ),
    "person": gettext_noop(
        "This person-level objective is not aligned to a parent objective or key result."
    ),
}


def _no_owner(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    return (
        None if (kr.owner or "").strip() else Message(gettext_noop("The key result has no owner."))
    )


def _not_measurable(
    kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig
) -> str | None:
    if kr.is_milestone or measure.measurable:
        return None
    if recognition.granted_recognition(kr.title):
        return None  # "Get featured on Product Hunt": met or not, as a milestone (recognition)
    return Message(
        gettext_noop(
            "%(title)s has no number or target, so nobody can tell at the end of the cycle "
            "whether it was met."
        ),
        title=_quote(kr.title),
    )


def _activity(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    if not wording.is_activity(kr.title, measure):
        return None
    return Message(
        gettext_noop(
            "%(title)s describes work to do, not the change it should bring; it belongs as an "
            "initiative."
        ),
        title=_quote(kr.title),
    )


def _no_baseline(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    if measure.start is not None or measure.direction in ("stay_above", "stay_below"):
        return None
    if measure.change is not None:
        amount = _number(measure.change.amount, "%" if measure.change.relative else measure.unit)
        return Message(
            gettext_noop(
                "The change of %(amount)s has no baseline to start from, so progress cannot be "
                "computed."
            ),
            amount=amount,
        )
    if measure.target is None or wording.is_activity(kr.title, measure):
        return None
    target = _number(measure.target, measure.unit)
    return Message(
        gettext_noop("The target %(target)s has no baseline, so progress cannot be computed."),
        target=target,
    )


def _vague(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    # "Ticket promedio con tendencia creciente vs 2025": the year compared with is no target
    trend = own_records.trend_only(kr.title)
    word = wording.vague_word(kr.title) or trend
    if word is None or (measure.measurable and trend is None):  # a done/not-done "improve X" too
        return None
    if trend is None and measures.compared(kr.title):  # "faster than those they replaced"
        return None  # a relative target
    return Message(
        gettext_noop("'%(word)s' without a number can mean any change at all."), word=word
    )


def _low_ambition(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    percent = _ambition_percent(measure)
    if percent is None or percent >= config.low_ambition_percent:
        return None
    return Message(
        gettext_noop("The target moves only %(percent).1f%% from the baseline%(span)s."),
        percent=percent,
        span=_span(measure),
    )


def _ambition_percent(measure: ParsedKeyResult) -> float | None:
    """Return how far the target moves from the start, in percent of the start.

    For percentages the move is also measured against the room left (100 − value), so that
    99.9% → 99.95% uptime counts as halving the downtime rather than as a 0.05% change.
    """
    if measure.change is not None and measure.change.relative:
        return measure.change.amount
    start, target = measure.start, measure.target
    if (
        start is None
        or target is None
        or start == 0
        or measure.direction not in ("increase", "decrease")
    ):
        return None
    moved = abs(target - start)
    percent = moved / abs(start) * 100
    if measure.unit == "%" and 0 <= start < 100 and 0 <= target <= 100:
        percent = max(percent, moved / (100 - min(start, target)) * 100)
    return percent


def _unrealistic(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    factor = _growth_factor(measure)
    if factor is None or factor <= config.unrealistic_factor:
        return None
    return Message(
        gettext_noop("The target is %(factor).0f× the baseline%(span)s."),
        factor=factor,
        span=_span(measure),
    )


def _growth_factor(measure: ParsedKeyResult) -> float | None:
    """Return target ÷ start for an increase (or 1 + change for a relative change)."""
    if measure.change is not None and measure.change.relative and measure.direction == "increase":
        return 1 + measure.change.amount / 100
    start, target = measure.start, measure.target
    if start is None or target is None or start <= 0 or target <= start:
        return None
    return target / start


def _no_initiative(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    if not kr.cycle_active or kr.has_initiative is not False:
        return None
    return Message(
        gettext_noop("No initiative is linked to this key result, and its cycle is running.")
    )


def _stale(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    days = kr.last_check_in_days_ago
    if not kr.cycle_active or days is None or days < config.stale_periods * kr.cadence_days:
        return None
    if kr.cadence_days == 1:
        template = gettext_noop(
            "No check-in for %(days).0f days; the cadence is every %(cadence)d day."
        )
    else:
        template = gettext_noop(
            "No check-in for %(days).0f days; the cadence is every %(cadence)d days."
        )
    return Message(template, days=days, cadence=kr.cadence_days)


def _compound(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    if not wording.is_compound(kr.title):
        return None
    return Message(
        gettext_noop("%(title)s joins two measures, so its progress and grade are ambiguous."),
        title=_quote(kr.title),
    )


def _assumed(kr: KeyResultDraft, measure: ParsedKeyResult, config: CoachConfig) -> str | None:
    typed = (kr.start, kr.target, kr.change)
    if not measure.notes or any(value is not None for value in typed):
        return None  # typed fields say what they mean; only a reading of the title assumes
    return f"{_quote(kr.title)}: " + "; ".join(measure.notes) + "."


_KR_CHECKS: dict[str, Check] = {
    "OKR007": _no_owner,
    "KR101": _not_measurable,
    "KR102": _activity,
    "KR103": _no_baseline,
    "KR104": _vague,
    "KR105": _low_ambition,
    "KR106": _unrealistic,
    "KR107": _no_initiative,
    "KR108": _stale,
    "KR110": _compound,
    "KR111": _assumed,
}


def _repeats(
    obj: ObjectiveDraft, judged: list[ParsedKeyResult], config: CoachConfig
) -> list[int | None]:
    """Return, for each key result, the earlier one it nearly repeats (KR109), once per objective."""
    if not config.enabled("KR109"):
        return [None] * len(obj.key_results)
    titles = [kr.title for kr in obj.key_results]
    return duplicates.first_duplicates(titles, judged, config.duplicate_similarity)


def _duplicate(
    obj: ObjectiveDraft, index: int, other_index: int | None, config: CoachConfig
) -> list[Finding]:
    """Return KR109 for key result index when an earlier key result says nearly the same."""
    if other_index is None:
        return []
    message = Message(
        gettext_noop("Nearly the same as key result %(number)d: %(title)s."),
        number=other_index + 1,
        title=_quote(obj.key_results[other_index].title),
    )
    return [finding(config, "KR109", message, f"{KEY_RESULT}:{index}")]


def _quote(title: str, limit: int = 60) -> str:
    """Return the title in quotes, shortened to limit characters."""
    title = " ".join(title.split())
    return f"'{title if len(title) <= limit else title[: limit - 1] + '…'}'"


def _number(value: float, unit: str | None) -> str:
    """Return a number with its unit: "40,000", "3.5%", "$2,500,000", "18 hours"."""
    text = f"{value:,.10g}"
    if not unit:
        return text
    if unit == "%":
        return f"{text}%"
    return f"{unit}{text}" if len(unit) <= 2 and not unit.isalpha() else f"{text} {unit}"


def _span(measure: ParsedKeyResult) -> str:
    """Return " (start → target)" when both are known."""
    if measure.start is None or measure.target is None:
        return ""
    return f" ({_number(measure.start, measure.unit)} → {_number(measure.target, measure.unit)})"
