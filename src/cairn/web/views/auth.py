"""Sign-in, sign-out, password reset and change, invitations and switching organisation."""

from __future__ import annotations

from urllib.parse import urlencode

from allauth.account import views as allauth_views
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model, login
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cairn import audit
from cairn.accounts import services as invitations
from cairn.accounts.password_resets import password_reset_request_record
from cairn.accounts.signin import client_address
from cairn.api.tokens import tokens_revoke_for_user
from cairn.audit.services import audit_record_about_email, audit_record_for_user
from cairn.web.decorators import person_required
from cairn.web.forms.auth import AcceptInvitationForm, InvitationForm
from cairn.web.middleware import choose_person


class SignInView(allauth_views.LoginView):
    """allauth's sign-in (a second factor follows when the person has one), Cairn's page."""

    template_name = "web/auth/sign_in.html"


sign_in = SignInView.as_view()


def admin_sign_in(request: HttpRequest) -> HttpResponse:
    """Send the admin's sign-in to Cairn's, so it is throttled and asks for the second factor."""
    target = request.GET.get(REDIRECT_FIELD_NAME) or reverse("admin:index")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("admin:index")
    if request.user.is_authenticated:
        if request.user.is_active and request.user.is_staff:
            return redirect(target)
        raise PermissionDenied(_("Only staff accounts use the administration site."))
    return redirect(f"{reverse('login')}?{urlencode({REDIRECT_FIELD_NAME: target})}")


def sign_in_paused(
    request: HttpRequest, response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """Return the friendly page for a paused sign-in (django-axes' lock-out, on every path)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "web/auth/sign_in_paused.html", {"minutes": minutes}, status=429)


sign_out = auth_views.LogoutView.as_view()


class PasswordResetView(auth_views.PasswordResetView):
    """Send a reset link, within the hourly limits; the answer never tells whether it was sent."""

    template_name = "web/auth/password_reset.html"
    email_template_name = "web/auth/password_reset_email.txt"
    subject_template_name = "web/auth/password_reset_subject.txt"

    def form_valid(self, form) -> HttpResponse:
        email = form.cleaned_data["email"]
        allowed = password_reset_request_record(email=email, address=client_address(self.request))
        audit_record_about_email(
            audit.Action.PASSWORD_RESET_REQUESTED, email, self.request, throttled=not allowed
        )
        if allowed:
            return super().form_valid(form)
        return HttpResponseRedirect(self.get_success_url())


def _say_tokens_revoked(request: HttpRequest, count: int) -> None:
    if count:
        text = ngettext(
            "Your %(count)d API token was revoked; create a new one in Settings → API tokens.",
            "Your %(count)d API tokens were revoked; create new ones in Settings → API tokens.",
            count,
        )
        messages.warning(request, text % {"count": count})


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Save the new password; every session ends and the person's API tokens are revoked."""

    template_name = "web/auth/password_reset_confirm.html"

    @transaction.atomic
    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        revoked = tokens_revoke_for_user(user=form.user)
        audit_record_for_user(
            user=form.user,
            action=audit.Action.PASSWORD_RESET_COMPLETED,
            request=self.request,
            details={"tokens_revoked": revoked},
        )
        _say_tokens_revoked(self.request, revoked)
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    """Change the password; this session stays, others end, the API tokens are revoked."""

    template_name = "web/auth/password_change.html"
    success_url = reverse_lazy("home")

    @transaction.atomic
    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, _("Password changed; your other sessions were signed out."))
        revoked = tokens_revoke_for_user(user=form.user)
        audit_record_for_user(
            user=form.user,
            action=audit.Action.PASSWORD_CHANGED,
            request=self.request,
            details={"tokens_revoked": revoked},
        )
        _say_tokens_revoked(self.request, revoked)
        return response


password_reset = PasswordResetView.as_view()
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="web/auth/password_reset_done.html"
)
password_reset_confirm = PasswordResetConfirmView.as_view()
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="web/auth/password_reset_complete.html"
)
password_change = PasswordChangeView.as_view()


def add_errors(form, error: ValidationError) -> None:
    """Put a service's ValidationError next to the form's fields (or at the top)."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            field = form.fields.get(name)
            target = name if field is not None and not field.widget.is_hidden else None
            for item in errors:
                form.add_error(target, item.messages)
    else:
        form.add_error(None, error.messages)


@person_required
def invitation_create(request: HttpRequest) -> HttpResponse:
    """Return the invitation page (admins); POST sends an invitation."""
    if not request.person.is_admin:
        raise PermissionDenied(_("Only admins invite people."))
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation, _token = invitations.invitation_create(
                organisation=request.person.organisation, actor=request.person, **form.cleaned_data
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("invitation_create")
    pending = request.person.organisation.invitations.filter(accepted_at__isnull=True)[:50]
    return render(request, "web/auth/invitation_create.html", {"form": form, "pending": pending})


def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """Return the page that sets a password and joins; a dead link gets a friendly 404."""
    invitation = invitations.invitation_for(token)
    if invitation is None:
        return render(request, "web/auth/invitation_invalid.html", status=404)
    signed_in = request.user.is_authenticated and request.user.email == invitation.email
    has_account = get_user_model().objects.filter(email=invitation.email).exists()
    names = {"first_name": invitation.first_name, "last_name": invitation.last_name}
    form = None if has_account else AcceptInvitationForm(request.POST or None, initial=names)
    context = {"invitation": invitation, "form": form, "signed_in": signed_in}
    if has_account and not signed_in:
        return render(request, "web/auth/invitation_accept.html", context)
    if request.method == "POST" and (form is None or form.is_valid()):
        data = form.cleaned_data if form else {}
        try:
            person = invitations.invitation_accept(
                token=token,
                password=data.get("password", ""),
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
                user=request.user if signed_in else None,
            )
        except ValidationError as error:
            add_errors(form, error) if form else messages.error(request, " ".join(error.messages))
        else:
            if not signed_in:
                login(request, person.user, backend="django.contrib.auth.backends.ModelBackend")
            choose_person(request, person)
            messages.success(request, _("Welcome to %(org)s.") % {"org": person.organisation.name})
            return redirect("home")
    return render(request, "web/auth/invitation_accept.html", context)


@require_POST
@person_required
def organisation_switch(request: HttpRequest) -> HttpResponse:
    """Act in another organisation the user belongs to; return to my week."""
    chosen = next(
        (p for p in request.memberships if str(p.pk) == request.POST.get("person", "")), None
    )
    if chosen is None:
        messages.error(request, _("You are not a member of that organisation."))
    else:
        choose_person(request, chosen)
    return redirect("home")
