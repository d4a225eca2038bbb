"""A batch of composed key results after the first run of round 37 (docs/plaintext.md, "After
the first run of round 37 (issue 15, session 20): the coach"), written as patterns and measured
before the rules:

- ``conversations_held`` (activity): a verb of conversation first and "with" a count of others
  ("Discuss opportunities to co-develop with at least {n} outside organizations", "Meet with {n}
  customers"; `own_contacts.conversations_held`);
- ``others_converse`` (outcome, near misses): others discussing, or a partnership's effect
  ("Customers discuss renewals with {n} account managers", "Partner with AWS which will increase
  revenue by {n}0%");
- ``built_to_do`` (activity): a verb of making, an article, the thing and what it does ("Build an
  evidence-manifest resolver that improves at least {n} weak attributes", "Create a script which
  covers {n} edge cases"; `own_artifacts.built_to_do`);
- ``grown_to_do`` (outcome, near misses): a metric's verb before the clause, or a thing others
  adopt ("Grow a community that contributes {n}0 PRs a month", "Reduce churn that affects {n}0%
  of users");
- ``year_named`` (activity): a year naming the team's own deliverable ("Submit {y} project
  proposal for the scheduling links"; `names._year_before_singular` in the parser).

Not here: round 37's false flag "New issuers are subscribed to Zulip chat … (at least three new
issuers)" is mended in the parser (the aside's bounded count, `asides._BOUNDED_WORD`, in the
generator key_result_phrasings_after_round37); the batch's deadline variants ("… by the end of
Q3") put a number outside the aside, which then is dropped as "(at least 4 hospitals)" already
was, and "Hospitals adopt the standard" alone is flagged before and after: left for the lead.

`python -m tests.coach.phrasings_after_round37 [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

AFTER_ROUND37: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "conversations_held": (
            "Discuss opportunities to co-develop with at least {n} outside organizations",
            "Meet with {n} customers",
            "Talk with {n}0 users about onboarding",
            "Speak with at least {n} investors about the seed round",
            "Discuss integration options with {n} partners",
        ),
        "others_converse": (
            "Customers discuss renewals with {n} account managers",
            "Partner with AWS and Azure which will increase revenues by {n}0%",
            "{n}0 users talk with support each week",
        ),
        "built_to_do": (
            "Build an evidence-manifest resolver that improves at least {n} weak attributes over"
            " the best reproduced baseline.",
            "Create a script which covers {n} edge cases",
            "Build a tool that reduces build time by {n}0%",
            "Develop a classifier that detects {n} kinds of fraud",
            "Implement a cache that serves the {n} most used pages",
        ),
        "grown_to_do": (
            "Grow a community that contributes {n}0 PRs a month",
            "Reduce churn that affects {n}0% of users",
            "Increase the share of teams that use the tool to {n}0%",
        ),
        "year_named": (
            'Submit 2026 project proposal for "SMART Scheduling Links"',
            "Publish 2025 annual report",
            "Complete 2027 budget plan",
        ),
    },
}

FAMILIES = (
    "conversations_held",
    "others_converse",
    "built_to_do",
    "grown_to_do",
    "year_named",
)
KIND.update(
    {
        "conversations_held": "activity",
        "others_converse": "outcome",
        "built_to_do": "activity",
        "grown_to_do": "outcome",
        "year_named": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, AFTER_ROUND37, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
