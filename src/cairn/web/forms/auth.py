"""Sign-in, invitation and invitation-acceptance forms."""

from __future__ import annotations

from typing import Any

from allauth.account.forms import LoginForm
from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Role
from cairn.sso.services import password_refused

SSO_REQUIRED = _(
    "Your organisation signs in with single sign-on: use “Sign in with SSO” below. "
    "(Passwords are off for it; an admin keeps a break-glass account.)"
)


class SignInForm(LoginForm):
    """allauth's email and password form, as Cairn has always shown and posted it.

    The email field keeps its name `username` (password managers and scripts already know it);
    django-axes throttles failures (cairn.accounts.signin), allauth adds the second factor.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        email = self.fields["login"]
        email.label = _("Email address")
        email.widget.attrs = {"autofocus": True, "autocomplete": "email"}
        password = self.fields["password"]
        password.help_text = ""
        password.widget.attrs = {"autocomplete": "current-password"}

    def add_prefix(self, field_name: str) -> str:
        return super().add_prefix("username" if field_name == "login" else field_name)

    def clean_login(self) -> str:
        return super().clean_login().lower()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        # Checked after the password: nobody learns an organisation's SSO rule without it.
        if self.user is not None and password_refused(self.user):
            self.user = None
            raise forms.ValidationError(SSO_REQUIRED, code="sso_required")
        return data


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        required=False,
        help_text=_("Suggested to them when they choose a password; never replaces their own."),
    )
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)


class AcceptInvitationForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    password = forms.CharField(
        label=_("Choose a password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters; not only numbers, not a common password."),
    )
    password_again = forms.CharField(
        label=_("Password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("password") and data.get("password") != data.get("password_again"):
            self.add_error("password_again", _("The two passwords differ."))
        return data


class OrganisationSwitchForm(forms.Form):
    person = forms.IntegerField()
