"""Families of composed key results after the first run of round 39 (issue 15, session 21),
labels by construction (docs/plaintext.md, "After the first run of round 39"), never what the
parser answers:

1. a sentence opening on a spelled-out count of one, adjectives and a (compound) singular noun,
   then a verb of state ("One full outcome record is publicly browsable: …", "One customer case
   study gets published"): an increase to 1, the head noun in the plural the unit, as "At least
   one EHR vendor participates" reads vendors (`counted_nouns.singular_subject`).

English only: "un", "una", "ein", "um" are as often the article as the count, and the labelled
sets hold no such row in another language. Near misses keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_after_round39` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import INCREASE, Phrasing

# 1. "One <adjectives> <noun> is/gets/becomes …": one of them, counted.
ONE_SUBJECTS = (
    ("One full outcome record is publicly browsable: the record schema documented", "records"),
    ("One outcome record is published", "records"),
    ("One customer case study gets published on the blog", "studies"),
    ("One paying enterprise customer becomes a public reference", "customers"),
    ("One new regional partner is signed by June", "partners"),
    ("One production pilot goes live in Q3", "pilots"),
    ("One open dataset is released under CC-BY", "datasets"),
    ("One external security audit is completed", "audits"),
    ("One onboarding guide is translated into Spanish", "guides"),
    ("One peer-reviewed paper is accepted", "papers"),
)


def one_subjects() -> list[Phrasing]:
    """Family 1: a count of one opening the sentence before its noun and a verb of state."""
    return [
        Phrasing(text, "en", "one subject", INCREASE, None, 1, None, unit)
        for text, unit in ONE_SUBJECTS
    ]


def after_round39_phrasings() -> list[Phrasing]:
    """Every family of the round."""
    return one_subjects()


def near_misses() -> list[Phrasing]:
    """Sentences alike that keep their reading (no count of one)."""
    return [
        # "one of": a member, not a count (tokens._word_number_at)
        Phrasing("One of our goals is a public record", "en", "near miss", None),
        # a compound adjective: no count
        Phrasing("One-click checkout is live", "en", "near miss", None),
        # a verb of doing, not of state: "one" is read as the article, as before
        Phrasing("One team owns the roadmap", "en", "near miss", None),
        Phrasing("Once the record is published, announce it", "en", "near miss", None),
        # a count of one later in the sentence stays an article before a singular noun
        Phrasing("Publish the record in one place", "en", "near miss", None),
        # the bounded form keeps its reading
        Phrasing(
            "At least one EHR vendor participates",
            "en",
            "near miss",
            "stay_above",
            None,
            1,
            None,
            "vendors",
        ),  # fmt: skip
        # a plural count is read as before
        Phrasing(
            "Two outcome records are published",
            "en",
            "near miss",
            INCREASE,
            None,
            2,
            None,
            "records",
        ),  # fmt: skip
    ]


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round39_phrasings(), "near misses": near_misses()})
