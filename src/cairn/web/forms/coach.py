"""The coach settings form: one row per rule (on/off, severity), one field per threshold."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from cairn.coach import RULES, SEVERITIES, THRESHOLDS, CoachConfig, Rule
from cairn.web.forms.errors import apply_errors

SEVERITY_LABELS = {"error": _("Error"), "warning": _("Warning"), "info": _("Info")}
THRESHOLD_LABELS = {
    "min_key_results": _("Fewest key results per objective"),
    "max_key_results": _("Most key results per objective"),
    "max_objectives_per_owner": _("Most objectives per owner in a cycle"),
    "max_objective_length": _("Longest objective (characters)"),
    # xgettext:no-python-format
    "low_ambition_percent": _("Low ambition below (% change)"),
    "unrealistic_factor": _("Unrealistic above (× the baseline)"),
    "stale_periods": _("Stale after (cadence periods)"),
    "duplicate_similarity": _("Duplicate key results from (similarity 0–1)"),
}


@dataclass(frozen=True)
class RuleRow:
    """One rule of the form: the rule and its two bound fields."""

    rule: Rule
    enabled: forms.BoundField
    severity: forms.BoundField


def enabled_field(code: str) -> str:
    return f"{code}_enabled"


def severity_field(code: str) -> str:
    return f"{code}_severity"


class CoachSettingsForm(forms.Form):
    """Fields are built from the coach's RULES and THRESHOLDS; `config` gives the initial values."""

    def __init__(self, *args: object, config: CoachConfig, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        for code, rule in RULES.items():
            setting = config.setting(code)
            self.fields[enabled_field(code)] = forms.BooleanField(
                label=_("Check %(code)s") % {"code": code},
                required=False,
                initial=setting.enabled,
            )
            default = _("Default (%(severity)s)") % {"severity": SEVERITY_LABELS[rule.severity]}
            self.fields[severity_field(code)] = forms.ChoiceField(
                label=_("Severity of %(code)s") % {"code": code},
                choices=[("", default), *((s, SEVERITY_LABELS[s]) for s in SEVERITIES)],
                required=False,
                initial=setting.severity or "",
            )
        for name, (kind, minimum, description) in THRESHOLDS.items():
            field_class = forms.IntegerField if kind is int else forms.FloatField
            self.fields[name] = field_class(
                label=THRESHOLD_LABELS.get(name, name),
                help_text=description,
                min_value=minimum,
                initial=getattr(config, name),
            )
            if kind is float:
                self.fields[name].widget.attrs["step"] = "any"

    def rule_rows(self) -> list[RuleRow]:
        """Return a row per rule, in code order, for the template."""
        return [
            RuleRow(rule, self[enabled_field(code)], self[severity_field(code)])
            for code, rule in RULES.items()
        ]

    def threshold_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in THRESHOLDS]

    def config(self) -> dict:
        """Return the settings as `CoachConfig.from_dict` reads them; only changed rules listed."""
        rules = {}
        for code in RULES:
            enabled = self.cleaned_data[enabled_field(code)]
            severity = self.cleaned_data[severity_field(code)] or None
            if not enabled or severity:
                rules[code] = {"enabled": enabled, "severity": severity}
        thresholds = {name: self.cleaned_data[name] for name in THRESHOLDS}
        return {"rules": rules, "thresholds": thresholds}

    def add_service_errors(self, error: ValidationError) -> None:
        """Show the service's problems next to the threshold or rule (its severity) they name."""
        if not hasattr(error, "error_dict"):
            apply_errors(self, error)
            return
        keyed = {
            (severity_field(key) if key in RULES else key): messages
            for key, messages in error.message_dict.items()
            if key != NON_FIELD_ERRORS
        }
        keyed[NON_FIELD_ERRORS] = error.message_dict.get(NON_FIELD_ERRORS, [])
        apply_errors(self, ValidationError({k: v for k, v in keyed.items() if v}))
