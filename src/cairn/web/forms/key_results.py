"""Key result form: the type decides which of start, target and done matter."""

from __future__ import annotations

from collections.abc import Mapping

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cairn.kpis.models import Kpi
from cairn.okrs.models import KeyResultKind
from cairn.organisations.models import Person
from cairn.text.key_result_parser import ParsedKeyResult, json_number, parse_key_result

# The fields the key result parser fills while the title is typed (SPEC §6).
PARSED_FIELDS = ("kind", "start", "target", "unit")


class KeyResultForm(forms.Form):
    title = forms.CharField(
        label=_("Key result"),
        max_length=300,
        help_text=_("A measurable outcome, e.g. “Cut first-reply time from 18 to 4 hours”."),
    )
    kind = forms.ChoiceField(label=_("Type"), choices=KeyResultKind.choices)
    start = forms.CharField(
        label=_("Start (baseline)"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        help_text=_("For metrics; leave empty for milestones."),
    )
    target = forms.CharField(
        label=_("Target"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        help_text=_("The bound for “stay above/below”."),
    )
    unit = forms.CharField(label=_("Unit"), max_length=40, required=False)
    owner = forms.ModelChoiceField(label=_("Owner"), queryset=Person.objects.none())
    due_date = forms.DateField(
        label=_("Due date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty to use the end of the cycle."),
    )
    weight = forms.FloatField(label=_("Weight"), min_value=0, initial=1)
    follows_kpi = forms.ModelChoiceField(
        label=_("Follows a KPI"),
        queryset=Kpi.objects.none(),
        required=False,
        help_text=_(
            "Each value of the KPI becomes a check-in on this key result (not for milestones)."
        ),
    )

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = Person.objects.filter(
            organisation_id=person.organisation_id, is_active=True
        ).select_related("user")
        self.fields["owner"].label_from_instance = lambda p: p.name
        current = self.initial.get("follows_kpi")
        kept = Q(archived=False) | Q(pk=getattr(current, "pk", current))  # the one it follows
        self.fields["follows_kpi"].queryset = Kpi.objects.filter(
            kept, organisation_id=person.organisation_id
        )
        # A metric needs both, a "stay above/below" its target, a milestone neither: never
        # "(optional)" beside a field that the chosen type then requires (issue 14).
        for name in ("start", "target"):
            self.fields[name].conditionally_required = True  # type: ignore[attr-defined]


class KeyResultEditForm(KeyResultForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


def parsed_fields(parsed: ParsedKeyResult) -> dict[str, str]:
    """Return the form values a parsed title stands for; "" where the title says nothing.

    Increase and decrease are metrics with a start and a target; "stay above/below" has only
    its bound as the target; a change without a baseline ("by 15%") fills neither.
    """
    kind = KeyResultKind.METRIC
    if parsed.direction in (KeyResultKind.STAY_ABOVE, KeyResultKind.STAY_BELOW):
        kind = parsed.direction
    start = parsed.start if kind == KeyResultKind.METRIC else None
    return {
        "kind": str(kind),
        "start": form_number(start),
        "target": form_number(parsed.target),
        "unit": (parsed.unit or "")[:40],
    }


def form_number(value: float | None) -> str:
    """Return a number as the form shows it: "18", "2.5", "2500000"; "" for None."""
    return "" if value is None else str(json_number(value))


def hand_set_fields(values: Mapping[str, object]) -> list[str]:
    """Return the parsed fields whose value is not what the title in `values` says.

    `values` is the stored key result (edit) or what was posted (a form shown again with
    errors): those fields were set by hand, so the live coach leaves them alone; the others
    follow the title as it is retyped.
    """
    from_title = parsed_fields(parse_key_result(str(values.get("title") or "")))
    given = {
        "kind": str(values.get("kind") or KeyResultKind.METRIC),
        "start": _as_number(values.get("start")),
        "target": _as_number(values.get("target")),
        "unit": str(values.get("unit") or "").strip(),
    }
    return [name for name in PARSED_FIELDS if given[name] != from_title[name]]


def _as_number(value: object) -> str:
    """Return a stored or typed number as parsed_fields writes it; text that is no number as is."""
    if value is None or isinstance(value, bool):
        return ""
    try:
        return form_number(float(str(value).strip().replace(",", "")))
    except ValueError:
        return str(value).strip()
