"""Forms of the spreadsheet import: the upload, and the signed rows carried to the confirm step."""

from __future__ import annotations

from dataclasses import replace

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import Cycle
from cairn.text import sheet_files, tabular
from cairn.text.upload_limits import DEFAULT, MB

# the preview and the signed rows stay small enough for one page: tighter than the defaults
LIMITS = replace(DEFAULT, max_bytes=5 * MB, max_rows=5_000)
PREVIEW_MAX_AGE = 60 * 60  # seconds a preview may be confirmed
SALT = "cairn.web.spreadsheet-import"
EXTENSIONS = (".csv", ".tsv", ".xlsx")


class SpreadsheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_(
            "A .csv or .xlsx file of up to 5 MB and 5,000 rows; the first row names the columns."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )

    def clean(self) -> dict:
        """Return the cleaned data with the file read as `sheet` (a tabular.Sheet)."""
        data = super().clean()
        upload = data.get("file")
        if upload is None:
            return data
        if not upload.name.lower().endswith(EXTENSIONS):
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        if upload.size > LIMITS.max_bytes:  # refused before a byte is read
            raise forms.ValidationError(
                _("The file is larger than 5 MB: split it, or import it with `cairn import`.")
            )
        sheet = sheet_files.read_file(upload.name, upload.read(), limits=LIMITS)
        if sheet.problems:
            raise forms.ValidationError([str(p) for p in sheet.problems])
        data["sheet"] = sheet
        return data


def sign_sheet(sheet: tabular.Sheet, *, cycle: Cycle, name: str) -> str:
    """Return the sheet's rows signed for the confirm step of this cycle."""
    data = {"cycle": cycle.pk, "name": name, "sheet": sheet.as_dict()}
    return signing.dumps(data, salt=SALT, compress=True)


NOT_VERIFIED = _("The preview could not be verified: upload the file again.")


class SpreadsheetConfirmForm(forms.Form):
    payload = forms.CharField(widget=forms.HiddenInput, error_messages={"required": NOT_VERIFIED})

    def __init__(self, *args: object, cycle: Cycle, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.cycle = cycle

    def clean_payload(self) -> tuple[tabular.Sheet, str]:
        """Return the signed sheet and file name; refuse anything changed, old or foreign."""
        try:
            data = signing.loads(self.cleaned_data["payload"], salt=SALT, max_age=PREVIEW_MAX_AGE)
        except signing.SignatureExpired:
            raise forms.ValidationError(
                _("The preview is more than an hour old: upload the file again.")
            ) from None
        except signing.BadSignature:
            raise forms.ValidationError(NOT_VERIFIED) from None
        try:
            if data["cycle"] != self.cycle.pk:
                raise forms.ValidationError(NOT_VERIFIED)
            return tabular.Sheet.from_dict(data["sheet"]), str(data["name"])
        except (KeyError, TypeError, ValueError):
            raise forms.ValidationError(NOT_VERIFIED) from None
