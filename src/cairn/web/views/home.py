"""My week: my key results with pace, the ones due for a check-in, risks and recent activity."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.conversations.activity import with_comments
from cairn.feedback.activity import with_feedback
from cairn.meetings.selectors import open_follow_ups
from cairn.okrs import selectors
from cairn.web.decorators import person_required
from cairn.web.feed import feed
from cairn.web.queries.getting_started import getting_started


def _checked_in(row: selectors.KeyResultRow) -> bool:
    return row.key_result.last_check_in_at is not None


@person_required
def my_week(request: HttpRequest) -> HttpResponse:
    """Return the signed-in person's week."""
    person = request.person
    rows = selectors.key_result_rows(selectors.my_key_results(person), person)
    context = {
        "nav": "home",
        "rows": rows,
        "due": [row for row in rows if row.due],
        # Before its first check-in a key result is due, not at risk: its pace is a guess.
        "attention": [row for row in rows if row.stale or (row.at_risk and _checked_in(row))],
        "activity": feed(
            with_comments(with_feedback(selectors.recent_activity(person), person), person)
        ),
        "follow_ups": open_follow_ups(person),
        "has_cycles": bool(rows) or selectors.organisation_has_cycles(person),
        "getting_started": getting_started(person),
    }
    return render(request, "web/home/my_week.html", context)
