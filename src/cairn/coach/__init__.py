"""The OKR quality coach: explainable rules with stable codes (SPEC §5), pure Python.

>>> from cairn.coach import review_sentence
>>> [f.code for f in review_sentence("Run 4 customer workshops")]
['KR102']
"""

from cairn.coach.config import DEFAULT, THRESHOLDS, CoachConfig, ConfigError, RuleSetting
from cairn.coach.drafts import KeyResultDraft, ObjectiveDraft
from cairn.coach.findings import Finding
from cairn.coach.necessary import Question, Verdict, assess, questions
from cairn.coach.review import review_key_result, review_objective, review_sentence
from cairn.coach.rules import ERROR, INFO, RULES, SEVERITIES, WARNING, Rule

__all__ = [
    "DEFAULT",
    "ERROR",
    "INFO",
    "RULES",
    "SEVERITIES",
    "THRESHOLDS",
    "WARNING",
    "CoachConfig",
    "ConfigError",
    "Finding",
    "KeyResultDraft",
    "ObjectiveDraft",
    "Question",
    "Rule",
    "RuleSetting",
    "Verdict",
    "assess",
    "questions",
    "review_key_result",
    "review_objective",
    "review_sentence",
]
