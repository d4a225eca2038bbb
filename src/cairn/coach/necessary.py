"""The guided necessary-and-sufficient review of an objective (SPEC §5).

For each key result: "Would the objective still be reached without this key result?" (yes means
it is not necessary). For the set: "If every key result is met, is the objective undoubtedly
achieved?" (no means the set is not sufficient). The web layer stores the answers as a plain
{question key: answer} mapping and calls `assess` to turn them into verdicts and findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cairn.coach.config import DEFAULT, CoachConfig
from cairn.coach.drafts import ObjectiveDraft
from cairn.coach.findings import KEY_RESULT, OBJECTIVE, Finding
from cairn.coach.i18n import Message, gettext_noop
from cairn.coach.review import finding

YES, NO, UNSURE = "yes", "no", "unsure"
ANSWERS = (YES, NO, UNSURE)
SUFFICIENT_KEY = "sufficient"


@dataclass(frozen=True)
class Question:
    """One question of the review; `key` is how its answer is stored."""

    key: str
    text: str
    key_result: int | None = None  # index of the key result asked about, None for the set

    def as_dict(self) -> dict:
        """Return {"key", "text", "key_result"} for JSON."""
        return {"key": self.key, "text": self.text, "key_result": self.key_result}


@dataclass(frozen=True)
class Verdict:
    """The outcome of a review: per key result and for the set, with the findings it implies.

    Per key result: "necessary", "not_necessary", "unsure" or "unanswered"; for the set:
    "sufficient", "not_sufficient", "unsure" or "unanswered".
    """

    necessary: tuple[str, ...]
    sufficient: str
    findings: tuple[Finding, ...]

    @property
    def complete(self) -> bool:
        """Return True when every question has been answered."""
        return "unanswered" not in (*self.necessary, self.sufficient)

    @property
    def passed(self) -> bool:
        """Return True when every key result is necessary and the set is sufficient."""
        return all(v == "necessary" for v in self.necessary) and self.sufficient == "sufficient"

    def as_dict(self) -> dict:
        """Return the verdict as JSON-serialisable data."""
        return {
            "necessary": list(self.necessary),
            "sufficient": self.sufficient,
            "complete": self.complete,
            "passed": self.passed,
            "findings": [f.as_dict() | {"subject": f.subject} for f in self.findings],
        }


def necessary_key(index: int) -> str:
    """Return the answer key of the necessity question for key result index."""
    return f"necessary:{index}"


def questions(obj: ObjectiveDraft) -> list[Question]:
    """Return the questions to ask about an objective, one per key result and one for the set."""
    asked = [
        Question(
            necessary_key(i),
            Message(
                gettext_noop("Would “%(objective)s” still be reached without “%(key_result)s”?"),
                objective=obj.title,
                key_result=kr.title,
            ),
            i,
        )
        for i, kr in enumerate(obj.key_results)
    ]
    sufficient = Message(
        gettext_noop("If every key result is met, is “%(objective)s” undoubtedly achieved?"),
        objective=obj.title,
    )
    return [*asked, Question(SUFFICIENT_KEY, sufficient)]


def answer_problems(obj: ObjectiveDraft, answers: Mapping[str, str]) -> list[str]:
    """Return why the answers cannot be stored (unknown questions, answers not yes/no/unsure)."""
    keys = {q.key for q in questions(obj)}
    problems = [f"unknown question {key!r}" for key in answers if key not in keys]
    problems += [
        f"answer to {key!r} must be one of {', '.join(ANSWERS)}"
        for key, value in answers.items()
        if key in keys and value not in ANSWERS
    ]
    return problems


def assess(
    obj: ObjectiveDraft, answers: Mapping[str, str], config: CoachConfig = DEFAULT
) -> Verdict:
    """Return the verdict and findings (NS001, NS002) implied by the reviewer's answers."""
    problems = answer_problems(obj, answers)
    if problems:
        raise ValueError("; ".join(problems))
    necessary = tuple(
        _necessity(answers.get(necessary_key(i))) for i in range(len(obj.key_results))
    )
    sufficient = _sufficiency(answers.get(SUFFICIENT_KEY))
    findings = [
        finding(
            config,
            "NS001",
            Message(
                gettext_noop("The reviewer says “%(title)s” is not needed to reach the objective."),
                title=kr.title,
            ),
            f"{KEY_RESULT}:{i}",
        )
        for i, kr in enumerate(obj.key_results)
        if necessary[i] == "not_necessary" and config.enabled("NS001")
    ]
    if sufficient == "not_sufficient" and config.enabled("NS002"):
        message = Message(
            gettext_noop(
                "The reviewer says meeting every key result would not guarantee the objective."
            )
        )
        findings.append(finding(config, "NS002", message, OBJECTIVE))
    return Verdict(necessary, sufficient, tuple(findings))


def _necessity(answer: str | None) -> str:
    """Return the verdict for "would the objective still be reached without it?"."""
    return {YES: "not_necessary", NO: "necessary", UNSURE: "unsure"}.get(answer or "", "unanswered")


def _sufficiency(answer: str | None) -> str:
    """Return the verdict for "if every key result is met, is the objective achieved?"."""
    return {YES: "sufficient", NO: "not_sufficient", UNSURE: "unsure"}.get(
        answer or "", "unanswered"
    )
