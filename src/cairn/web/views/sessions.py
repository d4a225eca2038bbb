"""The person's browser sessions: list them, end one, end all others."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cairn.accounts.sessions import session_revoke, sessions_of_user, sessions_revoke_others
from cairn.web.decorators import person_required


@person_required
def sessions(request: HttpRequest) -> HttpResponse:
    """Return the list of the user's sessions, this one marked."""
    listed = sessions_of_user(user=request.user)
    context = {"sessions": listed, "current": request.session.session_key, "nav": "sessions"}
    return render(request, "web/sessions/sessions.html", context)


@require_POST
@person_required
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """End one of the user's sessions; return to the list (or sign-in, if it was this one)."""
    session_revoke(user=request.user, pk=pk)
    messages.success(request, _("The session was ended."))
    return redirect("sessions")


@require_POST
@person_required
def revoke_others(request: HttpRequest) -> HttpResponse:
    """End every other session of the user; return to the list."""
    count = sessions_revoke_others(user=request.user, keep=request.session.session_key)
    message = ngettext("%(count)d other session ended.", "%(count)d other sessions ended.", count)
    messages.success(request, message % {"count": count})
    return redirect("sessions")
