"""Data source form: common fields, then the fields of the chosen kind (swapped by htmx)."""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.kpis.models import Kpi
from cairn.okrs.models import CycleState, KeyResult, KeyResultKind
from cairn.organisations.models import Person
from cairn.sources.models import RowRule, ScheduleUnit, SourceKind

KIND_FIELDS: dict[str, tuple[str, ...]] = {
    SourceKind.HTTP_JSON: ("url", "json_path", "auth_header", "auth_secret"),
    SourceKind.CSV_URL: (
        "url", "csv_column", "csv_row_rule", "csv_match_column", "csv_match_value",
        "auth_header", "auth_secret",
    ),
    SourceKind.SQL: ("database_url", "query"),
    SourceKind.PUSH: (),
}  # fmt: skip
COMMON_FIELDS = (
    "name", "kind", "key_result", "kpi", "owner", "schedule_unit", "schedule_every", "daily_at", "enabled",
)  # fmt: skip
CONDITIONALLY_REQUIRED = ("url", "json_path", "csv_column", "database_url", "query")
WRITE_ONLY_HELP = _("Never shown again once saved; leave empty to keep the saved one.")


class Feeds(models.TextChoices):
    KEY_RESULT = "key_result", _("A key result")
    KPI = "kpi", _("A KPI")


class DataSourceForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), choices=SourceKind.choices)
    feeds = forms.ChoiceField(
        label=_("Feeds"),
        choices=Feeds.choices,
        initial=Feeds.KEY_RESULT,
        required=False,  # a form without the choice feeds a key result, as before KPIs
        widget=forms.RadioSelect,
        help_text=_("Each reading becomes a check-in on the key result, or a value of the KPI."),
    )
    key_result = forms.ModelChoiceField(
        label=_("Key result"), queryset=KeyResult.objects.none(), required=False
    )
    kpi = forms.ModelChoiceField(
        label=_("KPI"),
        queryset=Kpi.objects.none(),
        required=False,
        help_text=_("Key results that follow the KPI get the value as a check-in."),
    )
    owner = forms.ModelChoiceField(
        label=_("Owner"),
        queryset=Person.objects.none(),
        help_text=_("Records the check-ins and hears when the source keeps failing."),
    )
    schedule_unit = forms.ChoiceField(
        label=_("Schedule"), choices=ScheduleUnit.choices, initial="hours"
    )
    schedule_every = forms.IntegerField(
        label=_("N (minutes or hours)"), min_value=1, max_value=1440, initial=1
    )
    daily_at = forms.TimeField(
        label=_("Daily at"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )
    enabled = forms.BooleanField(label=_("Enabled"), required=False, initial=True)
    url = forms.CharField(label=_("URL"), max_length=500, required=False, widget=forms.URLInput)
    json_path = forms.CharField(
        label=_("JSONPath"), max_length=300, required=False, help_text=_("e.g. $.data.total")
    )
    auth_header = forms.CharField(
        label=_("Auth header name"),
        max_length=100,
        required=False,
        help_text=_("e.g. Authorization"),
    )
    auth_secret = forms.CharField(
        label=_("Auth header value (secret)"),
        max_length=1000,
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=WRITE_ONLY_HELP,
    )
    csv_column = forms.CharField(label=_("Value column"), max_length=100, required=False)
    csv_row_rule = forms.ChoiceField(
        label=_("Row"), choices=RowRule.choices, initial="last", required=False
    )
    csv_match_column = forms.CharField(label=_("Match column"), max_length=100, required=False)
    csv_match_value = forms.CharField(label=_("Match value"), max_length=200, required=False)
    database_url = forms.CharField(
        label=_("Database URL"),
        max_length=500,
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_(
            "postgresql://user:password@host/db, mysql://…, or sqlite:///file.db (in the server's "
            "data source directory). Never shown again once saved; leave empty to keep it."
        ),
    )
    query = forms.CharField(
        label=_("Query"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        help_text=_("One read-only statement returning one row with one number."),
    )

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for name in CONDITIONALLY_REQUIRED:  # required for their kind: not marked "(optional)"
            self.fields[name].conditionally_required = True  # type: ignore[attr-defined]
        org = person.organisation_id
        key_results = self.fields["key_result"]
        key_results.queryset = (  # type: ignore[attr-defined]
            KeyResult.objects.filter(organisation_id=org)
            .exclude(kind=KeyResultKind.MILESTONE)
            .exclude(objective__cycle__state=CycleState.CLOSED)
            .select_related("objective")
            .order_by("objective__title", "position", "id")
        )
        key_results.label_from_instance = lambda kr: f"{kr.objective.title} → {kr.title}"  # type: ignore[attr-defined]
        kpis = self.fields["kpi"]
        kpis.queryset = Kpi.objects.filter(  # type: ignore[attr-defined]
            organisation_id=org, archived=False
        ).order_by("name", "id")
        for name in ("feeds", "key_result", "kpi"):  # required when chosen: not marked "(optional)"
            self.fields[name].conditionally_required = True  # type: ignore[attr-defined]
        owners = self.fields["owner"]
        owners.queryset = Person.objects.filter(  # type: ignore[attr-defined]
            organisation_id=org, is_active=True
        ).select_related("user")
        owners.label_from_instance = lambda p: p.name  # type: ignore[attr-defined]

    def kind_fields(self, kind: str) -> list[forms.BoundField]:
        """Return the bound fields of one kind, in display order."""
        return [self[name] for name in KIND_FIELDS.get(kind, ())]

    def clean(self) -> dict[str, object]:
        """Require the target the "Feeds" choice names (the other select is ignored)."""
        data = super().clean() or {}
        feeds = data["feeds"] = data.get("feeds") or Feeds.KEY_RESULT
        if (
            feeds == Feeds.KEY_RESULT
            and not data.get("key_result")
            and "key_result" not in self.errors
        ):
            self.add_error("key_result", _("Choose the key result this source feeds."))
        if feeds == Feeds.KPI and not data.get("kpi") and "kpi" not in self.errors:
            self.add_error("kpi", _("Choose the KPI this source feeds."))
        return data

    def values(self) -> dict[str, object]:
        """Return the cleaned values the service takes (other kinds' fields left out)."""
        data = self.cleaned_data
        names = COMMON_FIELDS + KIND_FIELDS.get(data["kind"], ())
        values = {name: data[name] for name in names}
        unchosen = "kpi" if data["feeds"] == Feeds.KEY_RESULT else "key_result"
        values[unchosen] = None  # exactly one target
        values["csv_row_rule"] = values.get("csv_row_rule") or RowRule.LAST
        return values
