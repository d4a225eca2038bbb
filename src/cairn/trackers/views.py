"""The receive endpoints trackers post to: verified, size-limited, stored once, applied at once."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cairn.trackers.models import EventOutcome, TrackerConnection, TrackerKind
from cairn.trackers.signatures import signed
from cairn.trackers.sync import BadPayload, event_apply, event_receive, parse_body

MAX_BODY = 1024 * 1024  # 1 MB: an issue event is a few kB; GitHub caps its own at 25 MB


def _problem(status: int, detail: str) -> JsonResponse:
    return JsonResponse({"status": status, "detail": detail}, status=status)


def _too_large(request: HttpRequest) -> bool:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY
    except ValueError:
        return True


@csrf_exempt  # trackers cannot send a CSRF token; the signature is the proof
@require_POST
def receive(request: HttpRequest, kind: str, public_id: str, path_secret: str = "") -> JsonResponse:
    """Verify, store and apply one delivery; return its outcome as JSON."""
    if kind not in TrackerKind.values:
        return _problem(404, "No such tracker.")
    connection = get_object_or_404(
        TrackerConnection.objects.select_related("actor__organisation", "organisation"),
        kind=kind,
        public_id=public_id,
    )
    if _too_large(request):
        return _problem(413, f"The body is larger than {MAX_BODY} bytes.")
    body = request.read(MAX_BODY + 1)
    if len(body) > MAX_BODY:
        return _problem(413, f"The body is larger than {MAX_BODY} bytes.")
    if not signed(kind, connection.secret, body, request.headers, path_secret):
        return _problem(401, "The delivery is not signed with this connection's secret.")
    try:
        payload = parse_body(body)
    except BadPayload as error:
        return _problem(400, str(error))
    event, created = event_receive(
        connection=connection, headers=request.headers, body=body, payload=payload
    )
    if created:
        event = event_apply(event=event)
    status = 202 if event.outcome == EventOutcome.IGNORED else 200
    answer = {"event": event.pk, "outcome": event.outcome, "duplicate": not created}
    if event.error:
        answer["detail"] = event.error
    return JsonResponse(answer, status=status)
