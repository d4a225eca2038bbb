"""The inbox, the bell, notification settings and the one-click unsubscribe (RFC 8058)."""

from __future__ import annotations

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from cairn.notifications import calendar, selectors, services
from cairn.notifications.channels.email import read_unsubscribe_token
from cairn.notifications.kinds import Kind
from cairn.notifications.models import ChatChannel, Preference
from cairn.notifications.preferences import Settings, settings_for
from cairn.okrs.permissions import require
from cairn.organisations.models import Person
from cairn.web.decorators import person_required
from cairn.web.forms.notifications import (
    ChatChannelForm,
    OrganisationNotificationSettingsForm,
    PersonNotificationSettingsForm,
)
from cairn.web.views.auth import add_errors

PAGE_SIZE = 25


@person_required
def inbox(request: HttpRequest) -> HttpResponse:
    """Return the person's notifications, newest first, a page at a time."""
    page = Paginator(selectors.inbox(request.person), PAGE_SIZE).get_page(request.GET.get("page"))
    unread = selectors.unread_count(request.person)
    context = {"nav": "notifications", "page": page, "unread": unread}
    return render(request, "web/notifications/inbox.html", context)


@person_required
def bell(request: HttpRequest) -> HttpResponse:
    """Return the bell with the unread count (the htmx partial the header refreshes)."""
    context = {"unread": selectors.unread_count(request.person)}
    return render(request, "web/notifications/bell.html", context)


@require_POST
@person_required
def mark_read(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one of the person's notifications read (404 for anyone else's); return to the inbox."""
    if not selectors.inbox(request.person).filter(pk=pk).exists():
        raise Http404
    services.notification_mark_read(actor=request.person, notification_id=pk)
    return redirect("notifications")


@require_POST
@person_required
def mark_all_read(request: HttpRequest) -> HttpResponse:
    """Mark all the person's notifications read; return to the inbox."""
    count = services.notifications_mark_all_read(actor=request.person)
    messages.success(request, _("%(n)d notifications marked read.") % {"n": count})
    return redirect("notifications")


def _unsubscribe_target(token: str) -> tuple[Person, list[str]]:
    try:
        person_id, kinds = read_unsubscribe_token(token)
    except signing.BadSignature:
        raise Http404 from None
    person = Person.objects.select_related("user", "organisation").filter(pk=person_id).first()
    known = [kind for kind in kinds if kind in Kind.values]
    if person is None or not known:
        raise Http404
    return person, known


@csrf_exempt  # RFC 8058: mail clients POST without a session or token; the URL is signed
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET: confirm page; POST (one click, no sign-in): turn the kinds off for that person."""
    person, kinds = _unsubscribe_target(token)
    labels = [Kind(kind).label for kind in kinds]
    if request.method == "POST":
        services.notifications_unsubscribe(person=person, kinds=kinds)
        context = {"labels": labels, "done": True, "organisation": person.organisation}
        return render(request, "web/notifications/unsubscribe.html", context)
    context = {"labels": labels, "done": False, "organisation": person.organisation}
    return render(request, "web/notifications/unsubscribe.html", context)


@person_required
def settings_page(request: HttpRequest) -> HttpResponse:
    """Return the person's notification settings; POST saves them."""
    person = request.person
    initial = PersonNotificationSettingsForm.initial_from(settings_for(person))
    initial["time_zone"] = person.time_zone
    form = PersonNotificationSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.preference_update(actor=person, person=person, **form.changes())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Notification settings saved."))
            return redirect("notification_settings")
    return _settings_page(request, form=form, status=400 if form.errors else 200)


def _settings_page(
    request: HttpRequest,
    *,
    form: PersonNotificationSettingsForm | None = None,
    channel_form: ChatChannelForm | None = None,
    calendar_url: str = "",
    status: int = 200,
) -> HttpResponse:
    person = request.person
    if form is None:
        initial = PersonNotificationSettingsForm.initial_from(settings_for(person))
        form = PersonNotificationSettingsForm(initial={**initial, "time_zone": person.time_zone})
    context = {
        "nav": "notification_settings",
        "form": form,
        "channel_form": channel_form or ChatChannelForm(),
        "channels": selectors.chat_channels(person),
        "organisation": person.organisation,
        "calendar_feed": calendar.calendar_feed_active(person),
        "calendar_url": calendar_url,
    }
    return render(request, "web/notifications/settings.html", context, status=status)


def _channel(request: HttpRequest, pk: int) -> ChatChannel:
    """Return one of the person's own chat channels, or 404 (also for other organisations')."""
    return get_object_or_404(selectors.chat_channels(request.person), pk=pk)


@require_POST
@person_required
def channel_add(request: HttpRequest) -> HttpResponse:
    """Add a chat channel from its apprise URL; the settings page shows it masked."""
    form = ChatChannelForm(request.POST)
    if form.is_valid():
        try:
            services.chat_channel_create(actor=request.person, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Chat channel added."))
            return redirect("notification_settings")
    return _settings_page(request, channel_form=form, status=400)


@require_POST
@person_required
def channel_test(request: HttpRequest, pk: int) -> HttpResponse:
    """Send a sample message to one of the person's channels; say whether it arrived."""
    channel = _channel(request, pk)
    try:
        services.chat_channel_test(actor=request.person, channel=channel)
    except ValidationError as error:
        messages.error(
            request, _("The test message failed: %(e)s") % {"e": " ".join(error.messages)}
        )
    else:
        messages.success(request, _("Test message sent to %(name)s.") % {"name": channel.name})
    return redirect("notification_settings")


@require_POST
@person_required
def channel_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove one of the person's chat channels."""
    channel = _channel(request, pk)
    services.chat_channel_delete(actor=request.person, channel=channel)
    messages.success(request, _("Chat channel removed."))
    return redirect("notification_settings")


@require_POST
@person_required
def calendar_create(request: HttpRequest) -> HttpResponse:
    """Create a new calendar link (the old one stops working); show its URL this once."""
    created = calendar.calendar_feed_create(actor=request.person, person=request.person)
    url = request.build_absolute_uri(reverse("calendar_feed", args=[created.plaintext]))
    return _settings_page(request, calendar_url=url)


@require_POST
@person_required
def calendar_revoke(request: HttpRequest) -> HttpResponse:
    """Revoke the person's calendar link; calendar apps get 404 from then on."""
    calendar.calendar_feed_revoke(actor=request.person, person=request.person)
    messages.success(request, _("Calendar link revoked."))
    return redirect(reverse("notification_settings") + "#calendar")


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """Return a person's iCal feed by its secret link, without a session (404 if not live)."""
    person = calendar.calendar_feed_person(token)
    if person is None:
        raise Http404
    response = HttpResponse(calendar.calendar_feed_ics(person), content_type="text/calendar")
    response["Content-Type"] = "text/calendar; charset=utf-8"
    response["Cache-Control"] = "private, max-age=900"
    response["Referrer-Policy"] = "no-referrer"
    return response


@person_required
def organisation_defaults(request: HttpRequest) -> HttpResponse:
    """Return the organisation's notification defaults and failed deliveries (admins); POST saves."""
    person = request.person
    require(person.is_admin, _("Only admins change the organisation's notification defaults."))
    organisation = person.organisation
    defaults = Preference.objects.filter(organisation=organisation, person__isnull=True).first()
    initial = {
        **OrganisationNotificationSettingsForm.initial_from(Settings.of(defaults)),
        "organisation_weekday": organisation.check_in_weekday,
        "escalation_weeks": organisation.escalation_weeks,
    }
    form = OrganisationNotificationSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.preference_update(actor=person, person=None, **form.changes())
            services.organisation_cadence_update(
                actor=person,
                check_in_weekday=form.cleaned_data["organisation_weekday"],
                escalation_weeks=form.cleaned_data["escalation_weeks"],
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Organisation notification defaults saved."))
            return redirect("notification_defaults")
    context = {
        "nav": "notification_defaults",
        "form": form,
        "failures": selectors.failed_deliveries(person),
    }
    status = 400 if form.errors else 200
    return render(request, "web/notifications/defaults.html", context, status=status)
