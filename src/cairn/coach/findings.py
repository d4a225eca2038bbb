"""Findings: what the coach says about one objective or key result."""

from __future__ import annotations

from dataclasses import dataclass

from cairn.coach.rules import RULES

OBJECTIVE = "objective"
KEY_RESULT = "key_result"


@dataclass(frozen=True)
class Finding:
    """One rule that fired: code, severity, message, suggestion, and what it is about.

    `subject` is "objective", "key_result" (a key result reviewed on its own) or
    "key_result:N" (the N-th key result, from 0, of the reviewed objective).
    """

    code: str
    severity: str
    message: str
    suggestion: str
    subject: str = KEY_RESULT

    @property
    def explanation(self) -> str:
        """Return why the rule matters in OKR practice."""
        return RULES[self.code].explanation

    @property
    def key_result_index(self) -> int | None:
        """Return the index of the key result this finding is about, if any."""
        head, _, index = self.subject.partition(":")
        return int(index) if head == KEY_RESULT and index else None

    def as_dict(self) -> dict:
        """Return {"code", "severity", "message", "suggestion"} for JSON."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
        }
