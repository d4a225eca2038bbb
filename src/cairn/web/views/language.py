"""The language settings: the person's own language and, for admins, the organisation's default."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.accounts.services import organisation_language_update, user_language_update
from cairn.okrs.permissions import require
from cairn.web.decorators import person_required
from cairn.web.forms.language import OrganisationLanguageForm, PersonLanguageForm
from cairn.web.views.auth import add_errors


def _default_label(request: HttpRequest) -> str:
    names = dict(settings.LANGUAGES)
    code = request.person.organisation.language
    if code in names:
        return _("Organisation default (%(language)s)") % {"language": names[code]}
    return _("Organisation default (your browser's language)")


@person_required
def language(request: HttpRequest) -> HttpResponse:
    """Return the language settings; POST saves the person's language."""
    person = request.person
    form = PersonLanguageForm(
        request.POST or None,
        initial={"language": person.user.language},
        default_label=_default_label(request),
    )
    if request.method == "POST" and form.is_valid():
        try:
            user_language_update(actor=person, language=form.cleaned_data["language"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            chosen = form.cleaned_data["language"]
            with translation.override(chosen or translation.get_language()):
                messages.success(request, _("Language saved."))
            response = redirect("language_settings")
            _remember(response, chosen)
            return response
    return _page(request, form=form, status=400 if form.errors else 200)


@require_POST
@person_required
def organisation_language(request: HttpRequest) -> HttpResponse:
    """Save the organisation's default language (admins; 403 for everyone else)."""
    require(request.person.is_admin, _("Only admins change the organisation's language."))
    form = OrganisationLanguageForm(request.POST)
    if form.is_valid():
        try:
            organisation_language_update(
                actor=request.person, language=form.cleaned_data["language"]
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Organisation language saved."))
            return redirect("language_settings")
    return _page(request, organisation_form=form, status=400)


def _remember(response: HttpResponse, language: str) -> None:
    """Keep the choice in the language cookie too, so the sign-in page speaks it after sign-out."""
    if language:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
        )
    else:
        response.delete_cookie(settings.LANGUAGE_COOKIE_NAME)


def _page(
    request: HttpRequest,
    *,
    form: PersonLanguageForm | None = None,
    organisation_form: OrganisationLanguageForm | None = None,
    status: int = 200,
) -> HttpResponse:
    person = request.person
    if form is None:
        form = PersonLanguageForm(
            initial={"language": person.user.language}, default_label=_default_label(request)
        )
    if organisation_form is None and person.is_admin:
        organisation_form = OrganisationLanguageForm(
            initial={"language": person.organisation.language}
        )
    context = {
        "nav": "language_settings",
        "form": form,
        "organisation_form": organisation_form if person.is_admin else None,
    }
    return render(request, "web/language/settings.html", context, status=status)
