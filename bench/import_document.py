"""A large, realistic OKR document for the import benchmark (`CAIRN_BENCH_IMPORT=10000`).

`bench_document(n)` writes n objectives in the shapes of SPEC §6 one after another (O:/KR
lines, "Objective:" with "Key results:", Markdown headings with bullets, numbered lists with
lettered key results, bold prefixes), with owners by email, nested initiatives, context labels
and key result sentences in many wordings (ranges, arrows, currencies, "at least", dates that
are not targets, milestones …). `time_parse` times `parse_document` on it. Pure Python: the
database half of the benchmark lives in `bench.run`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cairn.coach import DEFAULT, any_language, duplicates, wording
from cairn.text import timeframes, tokens
from cairn.text.document import ParsedDocument, parse_document
from cairn.text.key_result_parser import leading_verb, parse_key_result
from cairn.text.languages import language_of


def _items(text: str) -> list[str]:
    """Return the "|"-separated items of text."""
    return text.split("|")


_ADJECTIVES = _items(
    "effortless|delightful|reliable|profitable|sustainable|fast|trusted|secure|simple|loved|"
    "resilient|accessible|predictable|scalable|transparent|healthy|focused"
)
_SUBJECTS = _items(
    "onboarding|support|checkout|the mobile app|our data platform|hiring|the partner programme|"
    "billing|search|the help centre|deliveries|the developer API|reporting|pricing|security|"
    "the sales pipeline|customer success|internal tooling|the design system|marketing sites"
)
_OBJECTIVE_FORMS = (
    "Make {subject} {adjective}",
    "Make {subject} {adjective} for every team",
    "Build a {adjective} foundation for {subject}",
    "Become the most {adjective} choice in {subject}",
    "Turn {subject} into a {adjective} experience",
    "Win the mid-market with {adjective} {subject}",
)
_UP_METRICS = _items(
    "weekly active users|paying customers|NPS|activation rate|trial-to-paid conversion|"
    "net revenue retention|daily sign-ups|feature adoption|CSAT|self-serve upgrades|"
    "qualified leads|test coverage|monthly recurring revenue|repeat purchases"
)
_DOWN_METRICS = _items(
    "churn|first-reply time|page load time|open bugs|support backlog|cost per acquisition|"
    "deployment lead time|incident count|refund rate|time to first value|onboarding drop-off|"
    "p95 latency|cloud spend|escalations"
)
_NOUNS = _items("customers|partners|integrations|reviews|case studies|merchants|teams|apps")
_THINGS = _items(
    "help centre|new pricing page|partner portal|audit log|status page|mobile redesign"
)
_DATES = ("", "", "", " by June 30", " by the end of Q3", " within 60 days", " in 2026", " by EOQ")


def _kr_sentence(rng: random.Random, *, measured: bool = False) -> str:
    """Return one key result sentence in one of many wordings, numbers drawn at random.

    measured picks one of the first wordings, which always state a target.
    """
    up, down, noun = rng.choice(_UP_METRICS), rng.choice(_DOWN_METRICS), rng.choice(_NOUNS)
    a, b = rng.randrange(5, 60), rng.randrange(61, 99)
    big, date = rng.randrange(2, 90) * 1000, rng.choice(_DATES)
    forms: list[Callable[[], str]] = [
        lambda: f"Reduce {down} from {b}% to {a}%{date}",
        lambda: f"Grow {up} from {big:,} to {big * 2 + 500:,}",
        lambda: f"Increase {up} by {a} points to {b}",
        lambda: f"Cut {down} from {b} hours to {a} hours{date}",
        lambda: f"Keep {up} at least {b}%",
        lambda: f"Raise {up} to ${a}.{b % 10} million{date}",
        lambda: f"Sign {a} new {noun}{date}",
        lambda: f"Lower {down} below {a}%",
        lambda: f"Double weekly {noun} from {a} to {a * 2}",
        lambda: f"Launch the {rng.choice(_THINGS)}",
        lambda: f"Run {a % 9 + 2} customer workshops",
        lambda: f"{up.capitalize()}: {a} → {b}",
        lambda: f"Improve {up} from {a} to {b}{date}",
        lambda: f"Grow {up} by {a}%",
        lambda: f"Maintain uptime of 99.{b}% or higher",
        lambda: f"Achieve {up} of {b} or better",
        lambda: f"Get {big:,} {noun} in Germany",
        lambda: f"Bring {down} down to {a} days",
        lambda: f"Reduce {down} by half, from {b} to {b // 2}",
        lambda: f"Take {up} from {a} to {b}% (owner dashboards)",
    ]
    return rng.choice(forms[:4] if measured else forms)()


@dataclass(frozen=True)
class BenchDocument:
    """The generated text and what a correct parse of it finds."""

    text: str
    objectives: int
    key_results: int
    initiatives: int


class _Writer:
    """Appends objectives to the document in one shape per block."""

    def __init__(self, rng: random.Random, emails: Sequence[str]) -> None:
        self.rng, self.emails = rng, list(emails)
        self.lines: list[str] = []
        self.objectives = self.key_results = self.initiatives = 0

    def owner(self) -> str | None:
        """Return an owner email for about half the items (none when no emails are given)."""
        if not self.emails or self.rng.random() < 0.5:
            return None
        return self.rng.choice(self.emails)

    def title(self) -> str:
        self.objectives += 1
        form = self.rng.choice(_OBJECTIVE_FORMS)
        return form.format(
            subject=self.rng.choice(_SUBJECTS), adjective=self.rng.choice(_ADJECTIVES)
        )

    def krs(self, *, measured_first: bool = False) -> list[str]:
        count = self.rng.randrange(3, 6)
        self.key_results += count
        return [_kr_sentence(self.rng, measured=measured_first and not n) for n in range(count)]

    def initiative(self) -> str | None:
        if self.rng.random() < 0.7:
            return None
        self.initiatives += 1
        return f"{self.rng.choice(['Ship', 'Pilot', 'Draft', 'Test'])} {self.rng.choice(_THINGS)}"

    def suffix(self) -> str:
        owner = self.owner()
        return f" (owner: {owner})" if owner else ""

    def explicit(self) -> None:
        """O: … / KR n: … lines, initiatives nested under key results."""
        self.lines += [f"O: {self.title()}{self.suffix()}"]
        for n, kr in enumerate(self.krs(), 1):
            self.lines.append(f"KR {n}: {kr}{self.suffix()}")
            if initiative := self.initiative():
                self.lines.append(f"  - {initiative}")
        self.lines.append("")

    def objective_block(self) -> None:
        """Objective: … then Owner:, Key results: and a bulleted list."""
        self.lines.append(f"Objective: {self.title()}")
        if owner := self.owner():
            self.lines.append(f"Owner: {owner}")
        self.lines.append("Key results:")
        for kr in self.krs():
            self.lines.append(f"- {kr}")
            if initiative := self.initiative():
                self.lines.append(f"    • {initiative}")
        self.lines.append("")

    def heading(self) -> None:
        """A Markdown heading per objective with bullet key results."""
        self.lines += [f"## {self.title()}{self.suffix()}", ""]
        for kr in self.krs():
            self.lines.append(f"* {kr}{self.suffix()}")
            if initiative := self.initiative():
                self.lines.append(f"  * {initiative}")
        self.lines.append("")

    def numbered(self, count: int) -> None:
        """A heading (kept as a label), then numbered objectives with lettered key results."""
        self.lines += [f"## Department {self.rng.randrange(1, 40)}", ""]
        for n in range(1, count + 1):
            self.lines.append(f"{n}. {self.title()}")
            # an item with no measured child would read as a key result: one is always measured
            for letter, kr in zip("abcde", self.krs(measured_first=True), strict=False):
                self.lines.append(f"   {letter}. {kr}")
        self.lines.append("")

    def bold(self) -> None:
        """**Objective n:** … with **KR n.m:** bullets."""
        n = self.objectives + 1
        self.lines.append(f"**Objective {n}:** {self.title()}")
        for m, kr in enumerate(self.krs(), 1):
            self.lines.append(f"- **KR {n}.{m}:** {kr}")
        self.lines.append("")


def bench_document(objectives: int = 10_000, emails: Sequence[str] = (), seed: int = 5):
    """Return a BenchDocument of `objectives` objectives with 3–5 key results each."""
    writer = _Writer(random.Random(seed), emails)
    shapes = [writer.explicit, writer.objective_block, writer.heading, writer.bold]
    while writer.objectives < objectives:
        left = objectives - writer.objectives
        if writer.rng.random() < 0.15 and left >= 4:
            writer.numbered(min(left, writer.rng.randrange(2, 8)))
            continue
        writer.lines.append(f"# Part {writer.objectives // 500 + 1}") if left % 500 == 0 else None
        writer.rng.choice(shapes)()
    text = "\n".join(writer.lines) + "\n"
    return BenchDocument(text, writer.objectives, writer.key_results, writer.initiatives)


def check(document: ParsedDocument, expected: BenchDocument) -> None:
    """Raise AssertionError unless the parse found what the generator wrote."""
    found = (
        len(document.objectives),
        sum(len(o.key_results) for o in document.objectives),
        sum(len(o.initiatives) for o in document.objectives),
        len(document.problems),
    )
    wanted = (expected.objectives, expected.key_results, expected.initiatives, 0)
    assert found == wanted, f"parsed (objectives, KRs, initiatives, problems) {found} != {wanted}"


def clear_caches() -> None:
    """Forget every sentence the parser remembers, so that a timing starts cold."""
    for function in (
        parse_key_result,
        leading_verb,
        tokens.tokenize,
        timeframes.date_word,
        duplicates.content_words,
        wording._normalised,
        any_language._words,
        language_of,
    ):
        function.cache_clear()


def time_parse(expected: BenchDocument, *, coach: bool = False) -> tuple[float, ParsedDocument]:
    """Return the seconds parse_document takes on the document (cold caches), and the document."""
    clear_caches()
    started = time.perf_counter()
    document = parse_document(expected.text, DEFAULT if coach else None)
    return time.perf_counter() - started, document
