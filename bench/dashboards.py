"""Dashboard pages on the generated organisation (SPEC §7: ≤ 300 ms, constant query counts).

`CAIRN_BENCH_ONLY=dashboards make bench` (or `python -m bench`); `CAIRN_BENCH_PEOPLE` sets the
size. Each page is timed as an admin (no visibility filter) and as a member (the filter on).
"""

from __future__ import annotations

from collections.abc import Callable

REPEAT = 20


def pages(organisation, timed: Callable, report: Callable) -> None:
    """Time the company, team and person dashboards, the confidence trend and two downloads."""
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from cairn.organisations.models import Person, Role, Team

    people = Person.objects.filter(organisation=organisation, is_active=True)
    department = Team.objects.filter(
        organisation=organisation, parent__isnull=False, children__isnull=False
    ).first()
    urls = [
        ("company", reverse("dashboard")),
        ("team", reverse("team_dashboard", args=[department.pk])),
        ("person", reverse("person_dashboard", args=[people.first().pk])),
        ("company confidence trend", reverse("dashboard") + "?part=confidence"),
        (
            "team confidence trend",
            reverse("team_dashboard", args=[department.pk]) + "?part=confidence",
        ),
        ("company CSV at_risk", reverse("dashboard") + "?format=csv&table=at_risk"),
        ("company XLSX teams", reverse("dashboard") + "?format=xlsx&table=teams"),
    ]
    day = timezone.localdate()  # the generated data is created today: yesterday is empty
    urls += [
        ("company as of today", reverse("dashboard") + f"?as_of={day}"),
        ("team as of today", reverse("team_dashboard", args=[department.pk]) + f"?as_of={day}"),
    ]
    for role in (Role.ADMIN, Role.MEMBER):
        reader = people.filter(role=role).first()
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(reader.user)
        for label, url in urls:
            status = client.get(url).status_code
            samples = timed(lambda url=url, client=client: client.get(url), REPEAT)
            report(f"dashboard {label} as {role} [{status}]", samples, 300)
