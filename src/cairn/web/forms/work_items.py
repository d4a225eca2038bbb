"""The work item form: kind, story text, acceptance criteria, estimates and links."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cairn.execution.models import ExternalSource, WorkItemKind, WorkItemStatus
from cairn.execution.services.common import MAX_CRITERIA

DONE_MARK = "[x]"


def criteria_text(criteria: list[dict]) -> str:
    """Return the checklist as lines, a done one starting with "[x]"."""
    return "\n".join(
        f"{DONE_MARK} {c['text']}" if c.get("done") else str(c["text"]) for c in criteria or []
    )


def parse_criteria(raw: str) -> list[dict[str, object]]:
    """Return [{text, done}] from one criterion per line ("[x] " marks a done one)."""
    result: list[dict[str, object]] = []
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        done = line.lower().startswith(DONE_MARK)
        text = line[len(DONE_MARK) :].strip() if done else line
        if text:
            result.append({"text": text, "done": done})
    if len(result) > MAX_CRITERIA:
        raise ValidationError(_("Write at most %(n)d criteria.") % {"n": MAX_CRITERIA})
    return result


class WorkItemForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=WorkItemKind.choices)
    title = forms.CharField(label=_("Title"), max_length=300)
    parent = forms.TypedChoiceField(label=_("Under"), required=False, coerce=int, empty_value=None)
    initiative = forms.TypedChoiceField(
        label=_("Serves (initiative → key results)"), coerce=int, empty_value=None
    )
    user_story = forms.CharField(
        label=_("User story"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("As a … I want … so that …"),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    acceptance_criteria = forms.CharField(
        label=_("Acceptance criteria"),
        required=False,
        max_length=100000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line; start a line with [x] when it is met."),
    )
    status = forms.ChoiceField(label=_("Status"), choices=WorkItemStatus.choices)
    assignee = forms.TypedChoiceField(
        label=_("Assignee"), required=False, coerce=int, empty_value=None
    )
    estimate_points = forms.DecimalField(
        label=_("Estimate (points)"), required=False, min_value=0, max_value=99999.9
    )
    estimate_hours = forms.DecimalField(
        label=_("Estimate (hours)"), required=False, min_value=0, max_value=99999.9
    )
    due_on = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    external_source = forms.ChoiceField(
        label=_("Tracker"), required=False, choices=ExternalSource.choices
    )
    external_key = forms.CharField(label=_("External key"), required=False, max_length=100)
    external_url = forms.URLField(
        label=_("External URL"), required=False, max_length=500, assume_scheme="https"
    )

    def __init__(self, *args: object, parents, initiatives, people, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].choices = [("", "—")] + [
            (p.pk, f"{p.get_kind_display()}: {p.title}") for p in parents
        ]
        self.fields["initiative"].choices = [(i.pk, i.label) for i in initiatives]
        self.fields["assignee"].choices = [("", "—")] + [(p.pk, p.name) for p in people]

    def clean_acceptance_criteria(self) -> list[dict[str, object]]:
        return parse_criteria(self.cleaned_data.get("acceptance_criteria") or "")


class LinkForm(forms.Form):
    initiative = forms.TypedChoiceField(label=_("Serves"), coerce=int, empty_value=None)

    def __init__(self, *args: object, initiatives, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["initiative"].choices = [("", "—")] + [(i.pk, i.label) for i in initiatives]
