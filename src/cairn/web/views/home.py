"""My week: my key results with pace, the ones due for a check-in, risks and recent activity."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.meetings.selectors import open_follow_ups
from cairn.okrs import selectors
from cairn.web.decorators import person_required
from cairn.web.queries.getting_started import getting_started


@person_required
def my_week(request: HttpRequest) -> HttpResponse:
    """Return the signed-in person's week."""
    person = request.person
    rows = selectors.key_result_rows(selectors.my_key_results(person), person)
    context = {
        "nav": "home",
        "rows": rows,
        "due": [row for row in rows if row.due],
        "attention": [row for row in rows if row.at_risk or row.stale],
        "activity": selectors.recent_activity(person),
        "follow_ups": open_follow_ups(person),
        "has_cycles": bool(rows) or selectors.organisation_has_cycles(person),
        "getting_started": getting_started(person),
    }
    return render(request, "web/home/my_week.html", context)
