"""Sign-in (throttled), invitation and invitation-acceptance forms."""

from __future__ import annotations

import hashlib

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Role

MAX_FAILURES = 5
THROTTLE_SECONDS = 15 * 60


def _throttle_key(email: str, ip: str) -> str:
    digest = hashlib.sha256(f"{email.strip().lower()}|{ip}".encode()).hexdigest()
    return f"cairn:signin-failures:{digest}"


class SignInForm(AuthenticationForm):
    """Email and password; after five failures per email and address, a friendly pause."""

    username = forms.EmailField(
        label=_("Email address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("That email and password do not match. Please try again."),
        "throttled": _(
            "Too many failed attempts. For your security, wait 15 minutes and try again, "
            "or reset your password."
        ),
    }

    def _key(self) -> str:
        ip = self.request.META.get("REMOTE_ADDR", "") if self.request else ""
        return _throttle_key(self.data.get("username", ""), ip)

    def clean(self) -> dict:
        if cache.get(self._key(), 0) >= MAX_FAILURES:
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        if self.cleaned_data.get("username"):
            self.cleaned_data["username"] = self.cleaned_data["username"].lower()
        try:
            return super().clean()
        except forms.ValidationError:
            key = self._key()
            cache.add(key, 0, THROTTLE_SECONDS)
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, THROTTLE_SECONDS)
            raise


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
