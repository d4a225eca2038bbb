"""Sign-in, sign-out, password reset and change, invitations and switching organisation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.accounts import services as invitations
from cairn.web.decorators import person_required
from cairn.web.forms.auth import AcceptInvitationForm, InvitationForm, SignInForm
from cairn.web.middleware import choose_person


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "web/auth/sign_in.html"
    redirect_authenticated_user = True


sign_out = auth_views.LogoutView.as_view()

password_reset = auth_views.PasswordResetView.as_view(
    template_name="web/auth/password_reset.html",
    email_template_name="web/auth/password_reset_email.txt",
    subject_template_name="web/auth/password_reset_subject.txt",
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="web/auth/password_reset_done.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="web/auth/password_reset_confirm.html"
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="web/auth/password_reset_complete.html"
)
password_change = auth_views.PasswordChangeView.as_view(
    template_name="web/auth/password_change.html", success_url=reverse_lazy("home")
)


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
