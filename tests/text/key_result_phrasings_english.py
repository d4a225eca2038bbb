"""English key results composed by parts, labels known by construction (ninth round).

Not shipped; see tests/text/key_result_phrasings.py for the conventions the labels follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# English, by parts: the verb, the metric, where the number stands, the unit and its shape, the
# bound, the baseline aside and a qualifying number, each chosen independently.


@dataclass(frozen=True)
class Unit:
    """A unit of measure: how a value is written, and the unit label it gives."""

    name: str
    write: str  # "{}%", "${}", "{} hours"
    label: str | None
    up: str  # a higher-is-better metric measured in it
    down: str  # a lower-is-better metric measured in it
    scale: float = 1.0  # the value written is multiplied by it ("$1.2M")


UNITS: tuple[Unit, ...] = (
    Unit("percent", "{}%", "%", "trial-to-paid conversion", "monthly churn"),
    Unit("dollars", "${}", "$", "monthly recurring revenue", "cloud spend"),
    Unit("dollars_k", "${}K", "$", "net new ARR", "infrastructure cost", 1e3),
    Unit("euros_m", "€{}M", "€", "annual revenue", "operating cost", 1e6),
    Unit("pounds_k", "£{}k", "£", "average deal size", "support cost", 1e3),
    Unit("usd_code", "{} USD", "USD", "quarterly bookings", "fraud losses"),
    Unit("eur_code_b", "EUR {}B", "EUR", "gross merchandise volume", "outstanding debt", 1e9),
    Unit("rate_money", "${}K/month", "$", "expansion revenue", "storage cost", 1e3),
    Unit("hours", "{} hours", "hours", "weekly focus time", "first-response time"),
    Unit("minutes", "{} minutes", "minutes", "average session length", "build time"),
    Unit("days", "{} days", "days", "runway", "lead time for changes"),
    Unit("ms", "{}ms", "ms", "cache hit budget", "p95 API latency"),
    Unit("seconds", "{} seconds", "seconds", "time on page", "page load time"),
    Unit("megabytes", "{} MB", "MB", "upload limit", "app bundle size"),
    Unit("kilobytes", "{} KB", "KB", "inline payload budget", "initial JavaScript payload"),
    Unit("terabytes", "{} TB", "TB", "archive capacity", "log storage"),
    Unit("points", "{} points", "points", "NPS", "detractor score"),
)
_UNIT = {unit.name: unit for unit in UNITS}

UP_VERBS = ("Increase", "Grow", "Raise", "Lift", "Boost")
DOWN_VERBS = ("Reduce", "Cut", "Lower", "Decrease", "Shrink")
ABOVE_BOUNDS = ("at least {}", "no less than {}", "{} or more", "above {}", "over {}")
BELOW_BOUNDS = ("no more than {}", "under {}", "below {}", "at most {}", "{} or less")
# Nouns a number counts, placed after it ("300 paying customers" counts customers).
COUNTED = (
    ("paying customers", "customers"),
    ("weekly active users", "users"),
    ("new enterprise customers", "customers"),
    ("qualified leads", "leads"),
    ("merged PRs", "PRs"),
    ("published case studies", "case studies"),  # a fixed compound (session 14)
)
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    8: "eight",
    10: "ten",
    12: "twelve",
}


def english_number(value: float, shape: str) -> str:
    """Write value as `shape`: plain, comma-grouped, space-grouped, k-suffixed or a word."""
    if shape == "word":
        return NUMBER_WORDS[int(value)]
    if shape == "k" and value >= 1000 and value % 100 == 0:
        return f"{value / 1000:g}k"
    text = f"{value:.10g}"
    whole, _, frac = text.partition(".")
    if shape in ("comma", "space") and len(whole) >= 4:
        whole = f"{int(whole):,}".replace(",", " " if shape == "space" else ",")
    return whole + ("." + frac if frac else "")


def _value(unit: Unit, value: float) -> tuple[str, float]:
    """Return the written value in `unit` and the number it stands for."""
    return unit.write.format(f"{value:g}"), value * unit.scale


def english_moves(unit: Unit, a: float, b: float, verb_at: int = 0) -> list[Phrasing]:
    """Metric named before the numbers: from A to B, to B, to B with a baseline aside, by N."""
    up = b > a
    verbs = UP_VERBS if up else DOWN_VERBS
    verb = verbs[verb_at % len(verbs)]
    metric = unit.up if up else unit.down
    wa, va = _value(unit, a)
    wb, vb = _value(unit, b)
    direction = INCREASE if up else DECREASE
    out = [
        Phrasing(
            f"{verb} {metric} from {wa} to {wb}",
            "en",
            "from_to",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
        Phrasing(
            f"{verb} {metric} to {wb}", "en", "to_target", direction, None, vb, None, unit.label
        ),
        Phrasing(
            f"{verb} {metric} to {wb} (currently {wa})",
            "en",
            "baseline_aside",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
        Phrasing(
            f"{verb} {metric} to {wb} from the current {wa}",
            "en",
            "baseline_current",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
        Phrasing(
            f"{verb} {metric} to {wb} (baseline: {wa})",
            "en",
            "baseline_label",
            direction,
            va,
            vb,
            None,
            unit.label,
        ),
    ]
    if up:
        out.append(
            Phrasing(
                f"{verb} {metric} to {wb} (up from {wa})",
                "en",
                "baseline_up_from",
                direction,
                va,
                vb,
                None,
                unit.label,
            )
        )
    if unit.scale == 1 and unit.name not in ("rate_money",):
        change = abs(b - a)
        wc, vc = _value(unit, change)
        if unit.label == "%":
            # "by N%" is relative: its % is not the unit
            out.append(
                Phrasing(
                    f"{verb} {metric} by {wc}",
                    "en",
                    "by_relative",
                    direction,
                    None,
                    None,
                    {"amount": vc, "relative": True},
                    None,
                )
            )
        else:
            out.append(
                Phrasing(
                    f"{verb} {metric} by {wc}",
                    "en",
                    "by_absolute",
                    direction,
                    None,
                    None,
                    {"amount": vc, "relative": False},
                    unit.label,
                )
            )
    return out


def english_bounds(unit: Unit, value: float, bound_at: int = 0) -> list[Phrasing]:
    """Keep a metric above or below a value, the bound in words, symbols or "N+"."""
    written, number = _value(unit, value)
    above = ABOVE_BOUNDS[bound_at % len(ABOVE_BOUNDS)].format(written)
    below = BELOW_BOUNDS[bound_at % len(BELOW_BOUNDS)].format(written)
    return [
        Phrasing(
            f"Keep {unit.up} {above}", "en", "bound_above", ABOVE, None, number, None, unit.label
        ),
        Phrasing(
            f"Keep {unit.down} {below}", "en", "bound_below", BELOW, None, number, None, unit.label
        ),
        Phrasing(
            f"Maintain {unit.down} {below}",
            "en",
            "bound_below",
            BELOW,
            None,
            number,
            None,
            unit.label,
        ),
    ]


def english_trends(metric: str, value: float) -> list[Phrasing]:
    """A stated relative change: "12% increase in M", "a 12% reduction in M", "M up 12%"."""
    change = {"amount": value, "relative": True}
    n = f"{value:g}%"
    return [
        Phrasing(
            f"{n} increase in {metric}", "en", "trend_noun", INCREASE, None, None, change, None
        ),
        Phrasing(
            f"A {n} reduction in {metric}", "en", "trend_noun", DECREASE, None, None, change, None
        ),
        Phrasing(
            f"{metric[0].upper()}{metric[1:]} up {n}",
            "en",
            "trend_up_down",
            INCREASE,
            None,
            None,
            change,
            None,
        ),
        Phrasing(
            f"{metric[0].upper()}{metric[1:]} down {n}",
            "en",
            "trend_up_down",
            DECREASE,
            None,
            None,
            change,
            None,
        ),
    ]


def english_counts(noun: str, label: str, value: float, shape: str) -> list[Phrasing]:
    """A number counting a noun written after it, in a number shape, plain or bounded."""
    written = english_number(value, shape)
    return [
        Phrasing(f"Reach {written} {noun}", "en", "counted", INCREASE, None, value, None, label),
        Phrasing(f"Reach {written}+ {noun}", "en", "counted_plus", ABOVE, None, value, None, label),
        Phrasing(
            f"Reach at least {written} {noun}",
            "en",
            "counted_bound",
            ABOVE,
            None,
            value,
            None,
            label,
        ),
        Phrasing(
            f"Grow {noun} from {english_number(value / 2, shape if shape != 'word' else 'plain')} to {written}",
            "en",
            "counted_from_to",
            INCREASE,
            value / 2,
            value,
            None,
            None,
        ),
    ]


def english_qualified(value: float, limit: float) -> list[Phrasing]:
    """A number that says which items count or by when beside the measure."""
    n = f"{value:g}"
    h = "hour" if limit == 1 else "hours"
    return [
        Phrasing(
            f"Answer {n}% of support tickets within {limit:g} {h}",
            "en",
            "qualifier",
            INCREASE,
            None,
            value,
            None,
            "%",
        ),
        Phrasing(
            f"Resolve {n}% of P1 incidents in under {limit:g} {h}",
            "en",
            "qualifier",
            INCREASE,
            None,
            value,
            None,
            "%",
        ),
        Phrasing(
            f"Onboard {n:s} beta customers for release 4.2",
            "en",
            "qualifier",
            INCREASE,
            None,
            value,
            None,
            "customers",
        ),
        Phrasing(
            f"Grow revenue from the top 10 accounts by {n}%",
            "en",
            "qualifier",
            INCREASE,
            None,
            None,
            {"amount": value, "relative": True},
            None,
        ),
        Phrasing(
            f"Resolve P1 incidents within {limit:g} {h}",
            "en",
            "limit",
            BELOW,
            None,
            limit,
            None,
            "hours",
        ),
        Phrasing(
            f"Never more than {n} open P1 incidents",
            "en",
            "bound_never",
            BELOW,
            None,
            value,
            None,
            "incidents",
        ),
    ]


def english_polarity(unit: Unit, value: float) -> list[Phrasing]:
    """ "Improve" a metric to a value: the direction follows the metric's polarity, written only
    where docs/plaintext.md says which way is better (lower for churn, cost, time, latency …;
    higher otherwise). A time or a size that is better higher ("weekly focus time") and sizes
    and scores without a stated polarity are left out."""
    written, number = _value(unit, value)
    out = []
    if unit.name in _POLARITY_UP:
        out.append(
            Phrasing(
                f"Improve {unit.up} to {written}",
                "en",
                "improve",
                INCREASE,
                None,
                number,
                None,
                unit.label,
            )
        )
    if unit.name in _POLARITY_DOWN:
        out.append(
            Phrasing(
                f"Improve {unit.down} to {written}",
                "en",
                "improve",
                DECREASE,
                None,
                number,
                None,
                unit.label,
            )
        )
    return out


_POLARITY_UP = ("percent", "dollars", "dollars_k", "euros_m", "pounds_k", "usd_code", "eur_code_b")
_POLARITY_DOWN = (
    "percent",
    "dollars_k",
    "euros_m",
    "pounds_k",
    "hours",
    "minutes",
    "days",
    "ms",
    "seconds",
)


SYMBOL_BOUNDS = (
    (">= {}", ABOVE),
    ("≥ {}", ABOVE),
    ("> {}", ABOVE),
    ("<= {}", BELOW),
    ("≤ {}", BELOW),
    ("< {}", BELOW),
)


def english_symbols(unit: Unit, value: float) -> list[Phrasing]:
    """A metric, a comparison sign and a value: "p95 API latency < 300ms"."""
    written, number = _value(unit, value)
    out = []
    for sign, direction in SYMBOL_BOUNDS:
        metric = unit.up if direction == ABOVE else unit.down
        text = f"{metric[0].upper()}{metric[1:]} {sign.format(written)}"
        out.append(Phrasing(text, "en", "symbol_bound", direction, None, number, None, unit.label))
    return out


def english_rates_and_asides(value: int) -> list[Phrasing]:
    """A count per period, "fewer than", a baseline "about N", and "(from N teams)" (where the
    items come from, not a start)."""
    return [
        Phrasing(
            f"Publish {value} blog posts per week",
            "en",
            "rate",
            INCREASE,
            None,
            value,
            None,
            "posts",
        ),
        Phrasing(
            f"Ship {value} releases/week", "en", "rate", INCREASE, None, value, None, "releases"
        ),
        Phrasing(
            f"Fewer than {value} escaped defects per release",
            "en",
            "fewer_than",
            BELOW,
            None,
            value,
            None,
            "defects",
        ),
        Phrasing(
            f"Reach {value * 2} paying teams (currently about {value})",
            "en",
            "baseline_about",
            INCREASE,
            value,
            value * 2,
            None,
            "teams",
        ),
        Phrasing(
            f"Sign {value * 2} reseller agreements (from {value} regions)",
            "en",
            "aside_other_items",
            INCREASE,
            None,
            value * 2,
            None,
            "agreements",
        ),
    ]


def english_decimal_commas(value: float) -> list[Phrasing]:
    """A decimal comma in English text, where it cannot group thousands: one or two digits
    before a percent sign or a scale ("2,5%", "€1,5M", "1,25 million downloads")."""
    comma = f"{value:g}".replace(".", ",")
    return [
        Phrasing(
            f"Increase trial conversion to {comma}%",
            "en",
            "decimal_comma",
            INCREASE,
            None,
            value,
            None,
            "%",
        ),
        Phrasing(
            f"Grow ARR to €{comma}M", "en", "decimal_comma", INCREASE, None, value * 1e6, None, "€"
        ),
        Phrasing(
            f"Reach {comma} million downloads",
            "en",
            "decimal_comma",
            INCREASE,
            None,
            value * 1e6,
            None,
            "downloads",
        ),
    ]


_MOVE_PAIRS = ((12, 18), (40, 25), (2.5, 4), (1200, 1500), (300, 200))
_SHAPES = ("plain", "comma", "space", "k")


def extra() -> list[Phrasing]:
    """Return the English combinations (units × moves, bounds, trends, counts, qualifiers)."""
    out: list[Phrasing] = []
    for i, (unit, (a, b)) in enumerate(product(UNITS, _MOVE_PAIRS)):
        out += english_moves(unit, a, b, verb_at=i)
    for i, (unit, value) in enumerate(product(UNITS, (5, 99.5, 250))):
        out += english_bounds(unit, value, bound_at=i)
    for metric, value in product(("weekly sign-ups", "support backlog", "cloud spend"), (12, 7.5)):
        out += english_trends(metric, value)
    for (noun, label), shape in product(COUNTED, _SHAPES):
        for value in (12, 2500, 40000):
            out += english_counts(noun, label, value, shape)
    for (noun, label), value in product(COUNTED[:3], (2, 3, 12)):
        out += english_counts(noun, label, value, "word")
    for value, limit in product((90, 95, 12), (1, 4, 12)):
        out += english_qualified(value, limit)
    for unit, value in product(UNITS, (15, 2.5)):
        out += english_polarity(unit, value) + english_symbols(unit, value)
    for value in (3, 12, 40):
        out += english_rates_and_asides(value)
    for value in (1.5, 2.25, 12.5, 0.75):
        out += english_decimal_commas(value)
    return out
