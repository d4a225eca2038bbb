"""Per-organisation coach settings: which rules run, at what severity, with which thresholds.

Stored as JSON (`CoachConfig.as_dict()`), read back with `CoachConfig.from_dict()`, which
reports every problem at once in a ConfigError.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from functools import cached_property

from cairn.coach.rules import RULES, SEVERITIES


class ConfigError(ValueError):
    """A coach configuration that cannot be used; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class RuleSetting:
    """Whether a rule runs, and the severity it reports (None: the rule's default)."""

    enabled: bool = True
    severity: str | None = None


_DEFAULT_SETTING = RuleSetting()

# Threshold name → (type, smallest allowed value, description).
THRESHOLDS: dict[str, tuple[type, float, str]] = {
    "min_key_results": (int, 0, "OKR001 fires below this many key results"),
    "max_key_results": (int, 1, "OKR002 fires above this many key results"),
    "max_objectives_per_owner": (int, 1, "OKR003 fires above this many objectives per owner"),
    "max_objective_length": (int, 1, "OKR005 fires above this many characters"),
    "low_ambition_percent": (float, 0, "KR105 fires when the target moves less than this %"),
    "unrealistic_factor": (float, 1, "KR106 fires when the target is more than this × start"),
    "stale_periods": (float, 1, "KR108 fires after this many cadence periods without check-in"),
    "duplicate_similarity": (float, 0, "KR109 fires at this word similarity (0–1) or above"),
}


@dataclass(frozen=True)
class CoachConfig:
    """The coach settings of one organisation; the defaults follow SPEC §4 and §5."""

    rules: tuple[tuple[str, RuleSetting], ...] = field(default=())
    min_key_results: int = 3
    max_key_results: int = 5
    max_objectives_per_owner: int = 5
    max_objective_length: int = 70
    low_ambition_percent: float = 5.0
    unrealistic_factor: float = 10.0
    stale_periods: float = 2.0
    duplicate_similarity: float = 0.7

    @cached_property
    def _settings(self) -> dict[str, RuleSetting]:
        return dict(self.rules)

    def setting(self, code: str) -> RuleSetting:
        """Return the setting of one rule (the default when not configured)."""
        return self._settings.get(code, _DEFAULT_SETTING)

    def enabled(self, code: str) -> bool:
        """Return True when the rule runs."""
        return self.setting(code).enabled

    def severity(self, code: str) -> str:
        """Return the severity the rule reports."""
        return self.setting(code).severity or RULES[code].severity

    def with_rule(
        self, code: str, *, enabled: bool | None = None, severity: str | None = None
    ) -> CoachConfig:
        """Return a copy with one rule switched on/off or given another severity."""
        current = self.setting(code)
        updated = RuleSetting(
            current.enabled if enabled is None else enabled, severity or current.severity
        )
        rules = dict(self.rules) | {code: updated}
        return replace(self, rules=tuple(sorted(rules.items())))

    def as_dict(self) -> dict:
        """Return the settings as JSON-serialisable data."""
        rules = {code: {"enabled": s.enabled, "severity": s.severity} for code, s in self.rules}
        thresholds = {name: getattr(self, name) for name in THRESHOLDS}
        return {"rules": rules, "thresholds": thresholds}

    @classmethod
    def from_dict(cls, data: object) -> CoachConfig:
        """Return the settings stored in data, or raise ConfigError listing every problem."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ConfigError(["coach settings must be a JSON object"])
        problems = [f"unknown key {key!r}" for key in data if key not in ("rules", "thresholds")]
        rules = _read_rules(data.get("rules") or {}, problems)
        thresholds = _read_thresholds(data.get("thresholds") or {}, problems)
        if not problems:
            config = cls(rules=rules, **thresholds)
            problems = config.problems()
            if not problems:
                return config
        raise ConfigError(problems)

    def problems(self) -> list[str]:
        """Return the contradictions between thresholds (empty when consistent)."""
        problems = []
        if self.min_key_results > self.max_key_results:
            problems.append(
                f"min_key_results ({self.min_key_results}) is above "
                f"max_key_results ({self.max_key_results})"
            )
        if self.duplicate_similarity > 1:
            problems.append("duplicate_similarity must be between 0 and 1")
        return problems


def _read_rules(data: object, problems: list[str]) -> tuple[tuple[str, RuleSetting], ...]:
    """Return rule settings from {"KR102": {"enabled": false, "severity": "info"}, …}."""
    if not isinstance(data, dict):
        problems.append("rules must be an object keyed by rule code")
        return ()
    settings = {}
    for code, value in data.items():
        if code not in RULES:
            problems.append(f"unknown rule code {code!r}; known codes: {', '.join(RULES)}")
            continue
        if not isinstance(value, dict) or set(value) - {"enabled", "severity"}:
            problems.append(f"{code}: expected {{'enabled': true|false, 'severity': …}}")
            continue
        enabled, severity = value.get("enabled", True), value.get("severity")
        if not isinstance(enabled, bool):
            problems.append(f"{code}: enabled must be true or false, not {enabled!r}")
        if severity is not None and severity not in SEVERITIES:
            problems.append(f"{code}: severity must be one of {', '.join(SEVERITIES)}")
        settings[code] = RuleSetting(enabled is not False, severity)
    return tuple(sorted(settings.items()))


def _read_thresholds(data: object, problems: list[str]) -> dict[str, float]:
    """Return the valid thresholds in data, appending a problem for each invalid one."""
    if not isinstance(data, dict):
        problems.append("thresholds must be an object")
        return {}
    result: dict[str, float] = {}
    for name, value in data.items():
        if name not in THRESHOLDS:
            problems.append(f"unknown threshold {name!r}; known: {', '.join(THRESHOLDS)}")
            continue
        kind, minimum, _ = THRESHOLDS[name]
        number_ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not number_ok or (kind is int and not float(value).is_integer()):
            problems.append(f"{name} must be {'a whole number' if kind is int else 'a number'}")
        elif not math.isfinite(value) or value < minimum:
            problems.append(f"{name} must be at least {minimum}, not {value}")
        else:
            result[name] = kind(value)
    return result


DEFAULT = CoachConfig()
assert {f.name for f in fields(CoachConfig)} == {"rules", *THRESHOLDS}
