"""Forms of the work import: the upload with its target and mapping, and the signed confirm step."""

from __future__ import annotations

from dataclasses import replace

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from cairn.execution.imports import FORMATS, LIMITS, decode
from cairn.execution.selectors import visible_initiative_ids
from cairn.okrs.models import Initiative
from cairn.organisations.models import Person, Team
from cairn.text.upload_limits import MB

# The confirm step carries the file signed and compressed in the page: it must stay well under
# DATA_UPLOAD_MAX_MEMORY_SIZE. `cairn import-work` and the API take the full 20,000 rows.
WEB_LIMITS = replace(LIMITS, max_bytes=2 * MB, max_rows=5_000)
PREVIEW_MAX_AGE = 60 * 60
SALT = "cairn.web.work-import"
EXTENSIONS = (".csv", ".json", ".txt")
FORMAT_CHOICES = [
    ("auto", _("Detect from the file")),
    ("jira", _("Jira CSV export")),
    ("github", _("GitHub issues JSON (gh issue list --json)")),
    ("gitlab", _("GitLab issues CSV export")),
    ("linear", _("Linear CSV export")),
]
assert [value for value, _label in FORMAT_CHOICES[1:]] == list(FORMATS)


class WorkImportForm(forms.Form):
    file = forms.FileField(
        label=_("Export file"),
        help_text=_("A .csv or .json file of up to 2 MB and 5,000 rows."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES, initial="auto")
    initiative = forms.ModelChoiceField(
        label=_("Initiative"),
        queryset=Initiative.objects.none(),
        required=False,
        help_text=_("Every imported item serves it (sub-items follow their parent)."),
    )
    team = forms.ModelChoiceField(
        label=_("Team"),
        queryset=Team.objects.none(),
        required=False,
        help_text=_("Owns the items; their sprints are matched by name or planned."),
    )
    statuses = forms.CharField(
        label=_("Status mapping"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "Code Review=in_progress"}),
        help_text=_(
            "One Name=state per line (todo, in_progress, done, cancelled); wins over the defaults."
        ),
    )

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        organisation_id = person.organisation_id
        self.fields["initiative"].queryset = Initiative.objects.filter(  # type: ignore[attr-defined]
            organisation_id=organisation_id, pk__in=visible_initiative_ids(person)
        ).order_by("title")
        self.fields["team"].queryset = Team.objects.filter(  # type: ignore[attr-defined]
            organisation_id=organisation_id
        ).order_by("name")

    def clean(self) -> dict:
        """Return the cleaned data with the file's text as `content`."""
        data = super().clean()
        if not data.get("initiative") and not data.get("team") and not self.errors:
            raise forms.ValidationError(_("Choose an initiative or a team."))
        upload = data.get("file")
        if upload is None:
            return data
        if not upload.name.lower().endswith(EXTENSIONS):
            self.add_error("file", _("Choose a .csv or .json file."))
        elif upload.size > WEB_LIMITS.max_bytes:
            self.add_error(
                "file", _("The file is larger than 2 MB: import it with `cairn import-work`.")
            )
        else:
            content = decode(upload.read())
            if content is None:
                self.add_error("file", _("The file is not text in UTF-8 or Windows-1252."))
            data["content"] = content or ""
        return data

    def statuses_list(self) -> list[str]:
        return [line for line in self.cleaned_data.get("statuses", "").splitlines() if line.strip()]


def sign(data: dict) -> str:
    """Return the import's file and choices signed (compressed) for the confirm step."""
    return signing.dumps(data, salt=SALT, compress=True)


class ConfirmError(Exception):
    """The signed preview cannot be used; str() says why."""


def unsign(value: str) -> dict:
    """Return the signed import; raise ConfirmError when it is changed, old or foreign."""
    try:
        data = signing.loads(value, salt=SALT, max_age=PREVIEW_MAX_AGE)
    except signing.SignatureExpired:
        raise ConfirmError(
            _("The preview is more than an hour old: upload the file again.")
        ) from None
    except signing.BadSignature:
        raise ConfirmError(_("The preview could not be verified: upload the file again.")) from None
    if not isinstance(data, dict) or not {
        "content",
        "format",
        "initiative",
        "team",
        "statuses",
        "person",
    } <= set(data):
        raise ConfirmError(_("The preview could not be verified: upload the file again."))
    return data
